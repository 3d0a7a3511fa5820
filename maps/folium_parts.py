"""The folium pieces of the page: a Map without CDN assets, the clinic layer, and a page-level Figure.

folium builds the Leaflet map (map options, tile layer, element tree, rendering); these subclasses only replace
what a patient page cannot use from folium's defaults: CDN <script>/<link> tags, a viewport that forbids zooming
(user-scalable=no fails WCAG 1.4.4), and a body that is nothing but the map.
"""

from __future__ import annotations

from typing import Any

import folium
from branca.element import Figure, MacroElement
from folium.template import Template as FoliumTemplate
from jinja2 import Template


class OfflineMap(folium.Map):
    """A folium Map that loads nothing: the page inlines Leaflet itself."""

    _template = FoliumTemplate("""
{% macro header(this, kwargs) %}{% endmacro %}
{% macro html(this, kwargs) %}<div class="folium-map clinic-map" id={{ this.get_name()|tojson }}></div>{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.map({{ this.get_name()|tojson }}, {
    center: {{ this.location|tojson }},
    crs: L.CRS.{{ this.crs }},
    ...{{ this.options|tojavascript }}
});
{% endmacro %}
""")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Instance attributes, so other folium maps in the same process keep their defaults.
        self.default_js = []
        self.default_css = []


class ClinicLayer(MacroElement):
    """Markers, clusters and page controls, created in the browser from the page's clinic JSON.

    The JSON is not part of this element's script on purpose: branca compiles every rendered macro output as a
    new Jinja template, so scraped text there would be evaluated ("{{ 7*7 }}" becomes 49) or break the build.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
window.clinicMap = initClinicMap({{ this._parent.get_name() }},
    JSON.parse(document.getElementById({{ this.data_element_id|tojson }}).textContent));
{% endmacro %}
""")

    def __init__(self, data_element_id: str) -> None:
        super().__init__()
        self._name = "ClinicLayer"
        self.data_element_id = data_element_id


class ClinicPage(Figure):
    """The whole HTML document: a Figure whose template is the patient page rather than a bare map. The template
    leaves out the Figure's header: the page declares its own charset and viewport, and loads no CDN asset."""

    def __init__(self, template: Template, page: object) -> None:
        super().__init__()
        self._template = template
        self.page = page
