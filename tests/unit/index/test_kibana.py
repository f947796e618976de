from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from index.kibana_import import build_request, import_url, send, summarise
from index.kibana_objects import NDJSON_FILE, saved_objects, to_ndjson, with_prefix
from index.template import field_types

KQL_FIELD = re.compile(r"([a-z_.]+)\s*:")


def _objects() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NDJSON_FILE.read_text(encoding="utf-8").splitlines()]


def _referenced_fields(obj: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(field, expected type or None for any) pairs that an object uses."""
    attrs = obj["attributes"]
    out: list[tuple[str, str | None]] = []
    if obj["type"] == "index-pattern":
        out.append((attrs["timeFieldName"], "date"))
    if obj["type"] == "search":
        out.extend((col, None) for col in attrs["columns"])
        out.extend((field, None) for field, _ in attrs["sort"])
        source = json.loads(attrs["kibanaSavedObjectMeta"]["searchSourceJSON"])
        out.extend((field, "keyword") for field in KQL_FIELD.findall(source["query"]["query"]))
    if obj["type"] == "lens":
        for layer in attrs["state"]["datasourceStates"]["formBased"]["layers"].values():
            for col in layer["columns"].values():
                if col["sourceField"] == "___records___":
                    continue
                expected = {"terms": "keyword", "date_histogram": "date"}[col["operationType"]]
                out.append((col["sourceField"], expected))
    if obj["type"] == "map":
        for layer in json.loads(attrs["layerListJSON"]):
            out.append((layer["sourceDescriptor"]["geoField"], "geo_point"))
            out.extend((f, None) for f in layer["sourceDescriptor"]["tooltipProperties"])
    return out


def test_the_ndjson_in_the_repo_is_the_generator_output() -> None:
    assert NDJSON_FILE.read_text(encoding="utf-8") == to_ndjson(saved_objects())


def test_every_referenced_field_exists_with_the_right_type() -> None:
    types = field_types()
    checked = 0
    for obj in _objects():
        for field, expected in _referenced_fields(obj):
            assert field in types, f"{obj['id']} uses unmapped field {field}"
            if expected is not None:
                assert types[field] == expected, f"{obj['id']}: {field} is {types[field]}, not {expected}"
            checked += 1
    assert checked > 20


def test_objects_cover_data_view_searches_visualisations_map_and_dashboard() -> None:
    objects = _objects()
    kinds = [o["type"] for o in objects]
    assert kinds.count("index-pattern") == 1
    assert kinds.count("search") >= 8
    assert "map" in kinds
    assert kinds.count("lens") == 4
    ids = {o["id"] for o in objects}
    for obj in objects:
        for ref in obj["references"]:
            assert ref["id"] in ids, f"{obj['id']} refers to missing {ref['id']}"
    dashboard = next(o for o in objects if o["type"] == "dashboard")
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    assert len(panels) == len(dashboard["references"]) == 5
    view = objects[0]["attributes"]
    assert view["title"] == "warta-articles*"
    assert view["timeFieldName"] == "published_at"


def test_with_prefix_renames_only_the_data_view() -> None:
    text = with_prefix(NDJSON_FILE.read_text(encoding="utf-8"), "t123")
    objects = [json.loads(line) for line in text.splitlines()]
    assert objects[0]["attributes"]["title"] == "t123-articles*"
    assert len(objects) == len(_objects())


def test_import_url_with_and_without_space() -> None:
    assert import_url("http://k:5601/", None) == "http://k:5601/api/saved_objects/_import?overwrite=true"
    assert import_url("http://k:5601", "news") == "http://k:5601/s/news/api/saved_objects/_import?overwrite=true"


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []  # noqa: RUF012 - one test server per test, reset by the fixture

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.seen.append({"path": self.path, "headers": dict(self.headers), "body": self.rfile.read(length)})
        body = json.dumps({"success": True, "successCount": 17, "errors": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def kibana() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    _Recorder.seen = []
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.seen
    server.shutdown()
    server.server_close()


def test_import_posts_a_multipart_ndjson_file_with_the_xsrf_header(kibana: tuple[str, list[dict[str, Any]]]) -> None:
    url, seen = kibana
    ndjson = NDJSON_FILE.read_text(encoding="utf-8")
    answer = send(build_request(url, "news", ndjson, boundary="BOUNDARY42"))
    assert summarise(answer) == ["imported 17 objects, success=True"]
    (request,) = seen
    assert request["path"] == "/s/news/api/saved_objects/_import?overwrite=true"
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["kbn-xsrf"] == "true"
    assert headers["content-type"] == "multipart/form-data; boundary=BOUNDARY42"
    body: bytes = request["body"]
    assert body.startswith(b"--BOUNDARY42\r\n")
    assert b'Content-Disposition: form-data; name="file"; filename="warta.ndjson"\r\n' in body
    assert b"Content-Type: application/ndjson\r\n\r\n" in body
    assert body.endswith(b"\r\n--BOUNDARY42--\r\n")
    part = body.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n--BOUNDARY42--", 1)[0]
    assert part.decode("utf-8") == ndjson
