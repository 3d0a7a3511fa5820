"""For scrapyd-deploy, which builds its egg with `python setup.py bdist_egg`; every setting lives in pyproject.toml."""

from setuptools import setup

setup()
