"""Sub-commands `warta extract` and `warta bench-extract`."""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warta.exceptions import PermanentError, TransientError
from warta.models.dead_letter import Reason
from warta.settings import Settings

TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024


def register(sub: argparse._SubParsersAction[Any]) -> None:
    one = sub.add_parser("extract", help="extract one article page (file or http(s) URL) and print it as JSON")
    one.add_argument("source", metavar="FILE_OR_URL")
    one.add_argument("--url", help="the page's URL when SOURCE is a file")
    one.add_argument("--outlet", help="outlet name (default: from the URL's host)")
    one.set_defaults(func=cmd_extract)
    bench = sub.add_parser("bench-extract", help="score extraction on the gold pages against plain trafilatura")
    bench.add_argument("--pages", type=Path, help="the corpus pages folder (default: ../shared/corpus/pages)")
    bench.add_argument("--repeat", type=int, default=3, help="runs per page; the fastest is timed")
    bench.set_defaults(func=cmd_bench)


def fetch(url: str, settings: Settings) -> tuple[bytes, int, dict[str, str]]:
    request = urllib.request.Request(url, headers={"User-Agent": settings.user_agent})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            body = response.read(MAX_BYTES + 1)
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        kind = TransientError if exc.code >= 500 or exc.code == 429 else PermanentError
        if kind is PermanentError:
            raise PermanentError(Reason.FETCH_FAILED.value, f"HTTP {exc.code} for {url}") from exc
        raise TransientError(f"HTTP {exc.code} for {url}") from exc
    except (urllib.error.URLError, TimeoutError) as exc:
        raise TransientError(f"cannot fetch {url}: {exc}") from exc
    if len(body) > MAX_BYTES:
        raise PermanentError(Reason.TOO_LARGE.value, f"{url} is over {MAX_BYTES} bytes")
    return body, status, headers


def cmd_extract(args: argparse.Namespace) -> int:
    # Heavy imports (trafilatura, lxml) stay in the handler so that `warta --help` starts fast.
    from ingest.extract.core import extract  # noqa: PLC0415
    from ingest.extract.gold import outlet_of  # noqa: PLC0415
    from ingest.extract.page import FetchedPage  # noqa: PLC0415

    source: str = args.source
    if source.startswith(("http://", "https://")):
        body, status, headers = fetch(source, Settings())
        page = FetchedPage(
            url=source, html=body, http_status=status, etag=headers.get("etag"),
            last_modified=headers.get("last-modified"), content_type=headers.get("content-type"),
        )  # fmt: skip
    else:
        page = FetchedPage(url=args.url or Path(source).resolve().as_uri(), html=Path(source).read_bytes())
    outlet = args.outlet or outlet_of(page.url) or "unknown"
    article = extract([page], outlet=outlet, article_id=page.url, fetched_at=datetime.now(UTC))
    sys.stdout.write(article.model_dump_json(indent=2) + "\n")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from ingest.extract.bench import run  # noqa: PLC0415 - heavy import kept in the handler

    for line in run(args.pages, repeat=args.repeat):
        print(line)
    return 0
