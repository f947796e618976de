"""A fetched page as the fetcher hands it over, and its decoding to text."""

from __future__ import annotations

import codecs
import re

from pydantic import BaseModel, ConfigDict

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


class FetchedPage(BaseModel):
    """One HTTP response of an article (one page of it, for a multi-page article)."""

    model_config = ConfigDict(frozen=True)

    url: str
    html: bytes | str
    http_status: int | None = 200
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None  # the Content-Type header, for its charset
    encoding: str | None = None  # an encoding the fetcher already knows to be right


def _known(name: str | None) -> bool:
    if not name:
        return False
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def decode_html(page: FetchedPage) -> str:
    """The page as text.

    Order: an explicit `encoding`; then UTF-8 when the bytes are valid UTF-8 (a strong signal, and
    Indonesian sites such as kapanlagi declare iso-8859-1 while serving UTF-8); then the charset of
    the Content-Type header, then the `<meta charset>`; windows-1252 as the last resort (a superset
    of iso-8859-1 that never fails).
    """
    raw = page.html
    if isinstance(raw, str):
        return raw
    if _known(page.encoding):
        return raw.decode(page.encoding or "utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    header = _HEADER_CHARSET.search(page.content_type or "")
    meta = _META_CHARSET.search(raw[:4096])
    for candidate in (header.group(1) if header else None, meta.group(1).decode("ascii") if meta else None):
        if _known(candidate):
            return raw.decode(candidate or "utf-8", errors="replace")
    return raw.decode("cp1252", errors="replace")
