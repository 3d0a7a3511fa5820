"""clinicdir package."""
