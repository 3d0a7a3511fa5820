"""Benchmarks: `python -m bench` (or `make bench`) prints one Markdown table per benchmark."""
