"""Page template, stylesheet and script of the map page (a package so that wheels and eggs ship them)."""
