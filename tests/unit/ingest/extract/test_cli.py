"""`warta extract` and `warta bench-extract`."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.unit.ingest.extract.conftest import ARTICLES
from warta.cli import main


def test_extract_a_file_prints_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    page = next(p for p in ARTICLES if p.name.endswith("detik-singlepage.html"))
    assert main(["extract", str(page.path), "--url", page.url]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["title"] == "Google Umbar Kelemahan Galaxy S6 Edge"
    assert article["outlet"] == "detik"
    assert article["published_at"] == "2015-11-05T10:08:58+07:00"
    assert article["text"].startswith("Jakarta - Galaxy S6 Edge")


class _Handler(BaseHTTPRequestHandler):
    body = b""
    seen_agent = ""

    def do_GET(self) -> None:
        type(self).seen_agent = self.headers.get("User-Agent", "")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("ETag", '"v1"')
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    page = next(p for p in ARTICLES if p.name.endswith("viva-singlepage.html"))
    _Handler.body = page.path.read_bytes()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/read/736460-taylor-swift"
    httpd.shutdown()
    httpd.server_close()


def test_extract_a_url_fetches_it_with_our_user_agent(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", server, "--outlet", "viva"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["title"] == "Taylor Swift Standing Ovation untuk Pianis Cilik Indonesia"
    assert article["provenance"]["etag"] == '"v1"'
    assert _Handler.seen_agent.startswith("WartaBot/")


def test_extract_a_missing_url_is_a_fetch_failure(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "http://127.0.0.1:9/nothing-listens-here"]) == 1
    assert "cannot fetch" in capsys.readouterr().err


def test_bench_prints_scores_for_us_and_plain_trafilatura(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench-extract", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "mean F1 ours" in out and "ratio ours/plain" in out
    assert out.count(": rejected (") == 6
