"""The application: the `clinicdir` command, which runs the crawl, the directory build and the map stages, and
the bundled sample web."""
