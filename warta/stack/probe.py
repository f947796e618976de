"""Is a server really serving? Kafka: an ApiVersions round trip; Elasticsearch: an HTTP GET."""

from __future__ import annotations

import socket
import struct
import urllib.error
import urllib.request

API_VERSIONS_KEY = 18
CORRELATION_ID = 0x57A7


def api_versions_request(client_id: str = "warta-stack") -> bytes:
    """An ApiVersions v0 request (header v1), size-prefixed."""
    name = client_id.encode()
    body = struct.pack(">hhih", API_VERSIONS_KEY, 0, CORRELATION_ID, len(name)) + name
    return struct.pack(">i", len(body)) + body


def parse_api_versions_head(data: bytes) -> bool:
    """True when `data` starts an ApiVersions response to our request with error code 0."""
    if len(data) < 10:
        return False
    _size, correlation, error = struct.unpack(">iih", data[:10])
    return bool(correlation == CORRELATION_ID and error == 0)


def kafka_answers(host: str, port: int, timeout: float = 2.0) -> bool:
    """True when the broker answers an ApiVersions request without error."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(api_versions_request())
            data = b""
            while len(data) < 10:
                chunk = sock.recv(64)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return False
    return parse_api_versions_head(data)


def http_ok(url: str, timeout: float = 2.0) -> bool:
    """True when GET `url` answers 2xx."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status: int = response.status
            return 200 <= status < 300
    except (urllib.error.URLError, OSError, ValueError):
        return False
