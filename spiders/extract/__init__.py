"""Extraction shared by every spider: structured data, contact details, services and fees."""
