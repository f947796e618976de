"""Kibana saved objects for Warta, generated as NDJSON (`kibana/warta.ndjson`).

A data view over `<prefix>-articles*` (time field `published_at`), one saved search per event family,
Lens visualisations (articles over time per outlet, top people, top organisations, events by type),
a map of event locations, and a dashboard that shows them. Objects refer to each other by id and
carry the migration versions of the 8.x forms they are written in, so that Kibana 9.x runs only the
migrations that came after (the same convention as Kibana's own sample data sets).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
NDJSON_FILE = REPO_ROOT / "kibana" / "warta.ndjson"
DEFAULT_PREFIX = "warta"
DATA_VIEW_ID = "warta-articles"
EVENT_FAMILIES = ("DIPLOMACY", "CONFLICT", "DISASTER", "HEALTH", "CRIME", "LEGAL", "POLITICS", "PROTEST",
                  "ACCIDENT", "ECONOMY")  # fmt: skip
SEARCH_COLUMNS = ("title", "outlet", "event_types", "persons", "places")
LAYER = "layer1"
CORE_MIGRATION_VERSION = "8.8.0"
TYPE_MIGRATION_VERSIONS = {
    "index-pattern": "8.0.0",
    "search": "8.0.0",
    "lens": "8.9.0",
    "map": "8.4.0",
    "dashboard": "8.9.0",
}
PANEL_VERSION = "8.11.0"


def data_view_title(prefix: str) -> str:
    return f"{prefix}-articles*"


def data_view(prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    return {
        "type": "index-pattern",
        "id": DATA_VIEW_ID,
        "attributes": {"title": data_view_title(prefix), "name": "Warta articles", "timeFieldName": "published_at"},
        "references": [],
    }


def _search_source(query: str, ref: str) -> str:
    return json.dumps({"query": {"query": query, "language": "kuery"}, "filter": [], "indexRefName": ref})


def saved_search(family: str) -> dict[str, Any]:
    """Discover search of the articles that report an event of `family`."""
    ref = "kibanaSavedObjectMeta.searchSourceJSON.index"
    return {
        "type": "search",
        "id": f"warta-events-{family.lower()}",
        "attributes": {
            "title": f"Warta: {family.title()} events",
            "description": f"Articles with at least one {family} event",
            "columns": list(SEARCH_COLUMNS),
            "sort": [["published_at", "desc"]],
            "kibanaSavedObjectMeta": {"searchSourceJSON": _search_source(f'event_families : "{family}"', ref)},
        },
        "references": [{"name": ref, "type": "index-pattern", "id": DATA_VIEW_ID}],
    }


def _count() -> dict[str, Any]:
    return {"label": "Articles", "dataType": "number", "operationType": "count", "isBucketed": False,
            "scale": "ratio", "sourceField": "___records___"}  # fmt: skip


def _terms(field: str, size: int, label: str) -> dict[str, Any]:
    return {
        "label": label,
        "dataType": "string",
        "operationType": "terms",
        "sourceField": field,
        "isBucketed": True,
        "scale": "ordinal",
        "params": {"size": size, "orderBy": {"type": "column", "columnId": "count"}, "orderDirection": "desc"},
    }


def _date_histogram(field: str) -> dict[str, Any]:
    return {"label": "Published", "dataType": "date", "operationType": "date_histogram", "sourceField": field,
            "isBucketed": True, "scale": "interval", "params": {"interval": "auto"}}  # fmt: skip


def _lens(
    lens_id: str, title: str, columns: dict[str, Any], visualization: dict[str, Any], kind: str
) -> dict[str, Any]:
    layer = {"columns": columns, "columnOrder": list(columns), "incompleteColumns": {}}
    return {
        "type": "lens",
        "id": lens_id,
        "attributes": {
            "title": title,
            "visualizationType": kind,
            "state": {
                "datasourceStates": {"formBased": {"layers": {LAYER: layer}}, "textBased": {"layers": {}}},
                "visualization": visualization,
                "query": {"query": "", "language": "kuery"},
                "filters": [],
                "internalReferences": [],
                "adHocDataViews": {},
            },
        },
        "references": [
            {"type": "index-pattern", "id": DATA_VIEW_ID, "name": f"indexpattern-datasource-layer-{LAYER}"},
        ],
    }


def _xy(x: str, y: str, split: str | None, series: str) -> dict[str, Any]:
    layer: dict[str, Any] = {"layerId": LAYER, "layerType": "data", "seriesType": series, "xAccessor": x,
                             "accessors": [y]}  # fmt: skip
    if split:
        layer["splitAccessor"] = split
    return {"preferredSeriesType": series, "legend": {"isVisible": True, "position": "right"}, "layers": [layer]}


def articles_per_outlet() -> dict[str, Any]:
    columns = {"date": _date_histogram("published_at"), "outlet": _terms("outlet", 10, "Outlet"), "count": _count()}
    return _lens("warta-lens-articles-per-outlet", "Articles over time per outlet", columns,
                 _xy("date", "count", "outlet", "bar_stacked"), "lnsXY")  # fmt: skip


def top_terms(lens_id: str, title: str, field: str, label: str) -> dict[str, Any]:
    columns = {"term": _terms(field, 15, label), "count": _count()}
    return _lens(lens_id, title, columns, _xy("term", "count", None, "bar_horizontal"), "lnsXY")


def event_locations_map() -> dict[str, Any]:
    ref = "layer_0_source_index_pattern"
    layer = {
        "id": "warta-event-locations",
        "label": "Event locations",
        "type": "MVT_VECTOR",
        "visible": True,
        "sourceDescriptor": {
            "type": "ES_SEARCH",
            "id": "warta-event-locations-source",
            "geoField": "event_locations",
            "scalingType": "MVT",
            "tooltipProperties": ["title", "event_types", "outlet"],
            "indexPatternRefName": ref,
            "applyGlobalQuery": True,
            "applyGlobalTime": True,
        },
        "style": {"type": "VECTOR", "properties": {}},
    }
    return {
        "type": "map",
        "id": "warta-map-event-locations",
        "attributes": {
            "title": "Warta: event locations",
            "description": "Where the reported events happened",
            "layerListJSON": json.dumps([layer]),
            "mapStateJSON": json.dumps({"zoom": 3.8, "center": {"lon": 118.0, "lat": -2.5}}),
            "uiStateJSON": json.dumps({"isLayerTOCOpen": True}),
        },
        "references": [{"name": ref, "type": "index-pattern", "id": DATA_VIEW_ID}],
    }


def visualisations() -> list[dict[str, Any]]:
    return [
        articles_per_outlet(),
        top_terms("warta-lens-top-persons", "Top people", "persons", "Person"),
        top_terms("warta-lens-top-organisations", "Top organisations", "organisations", "Organisation"),
        top_terms("warta-lens-events-by-type", "Events by type", "event_types", "Event type"),
        event_locations_map(),
    ]


def dashboard(panels: list[dict[str, Any]]) -> dict[str, Any]:
    """The dashboard: two panels per row, 24 columns wide each, by reference."""
    panel_json = []
    references = []
    for n, obj in enumerate(panels):
        index = str(n + 1)
        grid = {"x": 24 * (n % 2), "y": 15 * (n // 2), "w": 24 if n < len(panels) - 1 else 48, "h": 15, "i": index}
        panel_json.append({"version": PANEL_VERSION, "type": obj["type"], "panelIndex": index, "gridData": grid,
                           "embeddableConfig": {"enhancements": {}},
                           "panelRefName": f"panel_{index}"})  # fmt: skip
        references.append({"name": f"{index}:panel_{index}", "type": obj["type"], "id": obj["id"]})
    return {
        "type": "dashboard",
        "id": "warta-overview",
        "attributes": {
            "title": "Warta: Indonesian news overview",
            "description": "Articles per outlet, people, organisations, events by type, event map",
            "panelsJSON": json.dumps(panel_json),
            "optionsJSON": json.dumps({"useMargins": True, "syncColors": False, "hidePanelTitles": False}),
            "timeRestore": False,
            "kibanaSavedObjectMeta": {
                "searchSourceJSON": json.dumps({"query": {"query": "", "language": "kuery"}, "filter": []})
            },
        },
        "references": references,
    }


def saved_objects(prefix: str = DEFAULT_PREFIX) -> list[dict[str, Any]]:
    """Every object, each one after those it refers to."""
    visuals = visualisations()
    objects = [data_view(prefix), *(saved_search(f) for f in EVENT_FAMILIES), *visuals, dashboard(visuals)]
    return [
        {
            **obj,
            "coreMigrationVersion": CORE_MIGRATION_VERSION,
            "typeMigrationVersion": TYPE_MIGRATION_VERSIONS[obj["type"]],
        }
        for obj in objects
    ]


def to_ndjson(objects: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n" for obj in objects)


def with_prefix(ndjson: str, prefix: str) -> str:
    """The NDJSON with the data view over `<prefix>-articles*` instead of the default prefix's."""
    lines = []
    for line in ndjson.splitlines():
        obj = json.loads(line)
        if obj["type"] == "index-pattern":
            obj["attributes"]["title"] = data_view_title(prefix)
        lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"
