"""The gold pages in `shared/corpus/pages`, read where they lie (they are never copied into the repo).

Three folders, three formats (see `corpus/README.md`):
- `anpandu_2015_2017/expected.json`: url, title, date_epoch_ms and content per page; index pages have
  `first_links` instead and are expected to be rejected as non-articles;
- `mediaindonesia_2025_2026/*.expected.json`: fundus's title, publishing_date and body paragraphs,
  with the url in `*.meta.json`;
- `kabarislamia_2015/*.expected.json`: url and a human articleBody (no title or date).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from warta.shared import shared_dir

ANPANDU = "anpandu_2015_2017"
MEDIAINDONESIA = "mediaindonesia_2025_2026"
KABARISLAMIA = "kabarislamia_2015"


class GoldPage(NamedTuple):
    """One stored page and what extraction should give; `body is None` for an index page."""

    name: str
    path: Path
    url: str
    outlet: str
    title: str | None
    published_at: datetime | None
    body: str | None

    @property
    def is_index(self) -> bool:
        return self.body is None


def pages_dir() -> Path:
    """`corpus/pages` in the shared folder (`$WARTA_SHARED_DIR`, else `../shared` beside the repository)."""
    return shared_dir(required=False) / "corpus" / "pages"


def outlet_of(url: str) -> str:
    """A short outlet name from the host: `regional.kompas.com` -> `kompas`, `en.tempo.co` -> `tempo`."""
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in {"www", "co", "com", "id", "org", "net"}]
    return parts[-1] if parts else host


def load_gold(root: Path | None = None) -> list[GoldPage]:
    """Every gold page under `root` (default `pages_dir()`), sorted by name."""
    root = root or pages_dir()
    pages = [*_anpandu(root / ANPANDU), *_mediaindonesia(root / MEDIAINDONESIA), *_kabarislamia(root / KABARISLAMIA)]
    return sorted(pages, key=lambda p: p.name)


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _anpandu(folder: Path) -> list[GoldPage]:
    if not (folder / "expected.json").is_file():
        return []
    pages = []
    for rel, item in _read_json(folder / "expected.json").items():
        if "first_links" in item:
            first = next(iter(re.findall(r"https?://[^'\"\s]+", str(item["first_links"]))), "")
            pages.append(GoldPage(f"{ANPANDU}/{rel}", folder / rel, "", outlet_of(first), None, None, None))
            continue
        epoch_ms = item.get("date_epoch_ms")
        stamp = datetime.fromtimestamp(int(epoch_ms) / 1000, tz=UTC) if epoch_ms else None
        url = item["url"]
        pages.append(
            GoldPage(f"{ANPANDU}/{rel}", folder / rel, url, outlet_of(url), item["title"], stamp, item["content"])
        )
    return pages


def _mediaindonesia(folder: Path) -> list[GoldPage]:
    pages = []
    for expected in sorted(folder.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        meta = next(iter(_read_json(folder / f"{stem}.meta.json").values()))
        gold = _read_json(expected)["V1"]
        paragraphs = [
            text for section in gold["body"]["sections"] for text in [*section["headline"], *section["paragraphs"]]
        ]
        body = "\n".join([*gold["body"]["summary"], *paragraphs])
        stamp = datetime.fromisoformat(gold["publishing_date"])
        url = meta["url"]
        html = folder / f"{stem}.html"
        pages.append(GoldPage(f"{MEDIAINDONESIA}/{html.name}", html, url, outlet_of(url), gold["title"], stamp, body))
    return pages


def _kabarislamia(folder: Path) -> list[GoldPage]:
    pages = []
    for expected in sorted(folder.glob("*.expected.json")):
        gold = _read_json(expected)
        html = folder / expected.name.replace(".expected.json", ".html")
        url = gold["url"]
        name = f"{KABARISLAMIA}/{html.name}"
        pages.append(GoldPage(name, html, url, outlet_of(url), None, None, gold["articleBody"]))
    return pages
