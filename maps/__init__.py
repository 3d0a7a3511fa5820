"""The map stage: from rows of a directory.csv (the directory's published contract), `maps.page.write_map_page`
writes the patient map page, one self-contained HTML file (folium/Leaflet map, clustered markers, search, filters
and an accessible list), and the list as a page of its own beside it; `python -m maps.vendor` checks its offline
assets."""
