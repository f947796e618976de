"""POST saved objects to Kibana's import API: a multipart request built by pure functions."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from index.exceptions import IndexConfigError
from warta.exceptions import TransientError

IMPORT_PATH = "/api/saved_objects/_import?overwrite=true"


@dataclass(frozen=True)
class ImportRequest:
    url: str
    headers: dict[str, str]
    body: bytes


def import_url(base_url: str, space: str | None) -> str:
    """`http://kibana:5601/s/<space>/api/saved_objects/_import?overwrite=true` (no /s/ for default)."""
    base = base_url.rstrip("/")
    if space and space != "default":
        base = f"{base}/s/{quote(space, safe='')}"
    return base + IMPORT_PATH


def multipart_body(filename: str, content: bytes, boundary: str) -> bytes:
    """A multipart/form-data body with one part, `file`, holding the NDJSON."""
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/ndjson\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode()


def build_request(base_url: str, space: str | None, ndjson: str, boundary: str | None = None) -> ImportRequest:
    mark = boundary or f"warta-{uuid.uuid4().hex}"
    return ImportRequest(
        url=import_url(base_url, space),
        headers={"kbn-xsrf": "true", "Content-Type": f"multipart/form-data; boundary={mark}"},
        body=multipart_body("warta.ndjson", ndjson.encode("utf-8"), mark),
    )


def send(request: ImportRequest, timeout_s: float = 60.0) -> dict[str, Any]:
    """Send the request; Kibana's JSON answer (`success`, `successCount`, `errors`)."""
    req = urllib.request.Request(request.url, data=request.body, headers=request.headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as response:
            answer: dict[str, Any] = json.loads(response.read().decode("utf-8"))
            return answer
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", errors="replace")[:500]
        if exc.code >= 500:
            raise TransientError(f"Kibana answered {exc.code}: {detail}") from exc
        raise IndexConfigError(f"Kibana refused the import ({exc.code}): {detail}") from exc
    except (urllib.error.URLError, TimeoutError) as exc:
        raise TransientError(f"cannot reach Kibana at {request.url}: {exc}") from exc


def summarise(answer: dict[str, Any]) -> list[str]:
    """Report lines: the count, then each object Kibana could not import."""
    lines = [f"imported {answer.get('successCount', 0)} objects, success={answer.get('success')}"]
    for error in answer.get("errors", []):
        lines.append(f"  error {error.get('type')}/{error.get('id')}: {json.dumps(error.get('error'))}")
    return lines
