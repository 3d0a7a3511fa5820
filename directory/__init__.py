"""The build stage: crawl items merged into clinics, placed on the map, judged by the policy, reviewed, and written
as the directory's files (DATA_FORMAT.md)."""
