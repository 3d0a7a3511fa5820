"""Tests of clinicdir, run by `make test` (pytest); tests/conftest.py holds the suite-wide rules."""
