"""The one error type the directory stage raises for bad input: its message names the file and the place."""


class InputError(Exception):
    """A policy, overrides or crawl file the build cannot use; nothing has been written when it is raised."""
