"""Metadata from the page head: meta tags, JSON-LD, `<h1>`, visible date lines, rel=canonical."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timezone
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ingest.extract.boilerplate import split_names
from ingest.extract.dates import parse_iso, parse_visible

# Elements that carry the article's printed date on Indonesian sites (class or tag names).
_DATE_XPATH = (
    "//time | //*[contains(@class,'date') or contains(@class,'tanggal') or contains(@class,'tgl')"
    " or contains(@class,'time') or contains(@class,'schedule') or contains(@class,'publish')]"
)
# SEO filler that Indonesian outlets put in their keywords.
_FILLER_TAG = re.compile(r"^(berita|portal|news|info)\b", re.IGNORECASE)
# Author values that name the organisation, not a person.
_ORG_AUTHOR = re.compile(r"\.(com|co\.id|id)\b|\bPT\b|\bmedia\b|developer|redaksi|https?:", re.IGNORECASE)


class PageMeta(NamedTuple):
    title: str | None
    authors: list[str]
    published_at: datetime | None
    updated_at: datetime | None
    section: str | None
    tags: list[str]
    image: str | None
    description: str | None
    canonical: str
    og_type: str | None


def clean_space(text: str) -> str:
    return " ".join(text.split())


def meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """The first `content` for each meta name, property or itemprop (lower-cased keys)."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = node.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (node.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def _ld_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _ld_objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _ld_objects(value.get("@graph", []))


def json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object with a headline or a datePublished (an article), or `{}`."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError:
            continue
        for obj in _ld_objects(data):
            if "headline" in obj or "datePublished" in obj:
                return obj
    return {}


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return [clean_space(str(value))] if value else []


_SEPARATOR = re.compile(r"\s+(?:\||::|-|–|—|»|«)\s+")
_GENERIC_HOST_LABELS = {"www", "m", "co", "com", "id", "or", "go", "ac", "net", "org", "news", "en"}


def _brand_like(segment: str, brands: set[str]) -> bool:
    low = segment.lower()
    return bool(re.search(r"\w\.(com|co\.id|id|net|org)\b", low)) or any(b in low for b in brands)


def strip_site_name(title: str, brands: set[str]) -> str:
    """`Judul - Kompas.com Regional` -> `Judul`; `KapanLagi.com: Judul` -> `Judul`; `Judul | National | Tempo.Co`."""
    head, colon, rest = title.partition(": ")
    if colon and _brand_like(head, brands) and len(head.split()) <= 3:
        title = rest
    parts = _SEPARATOR.split(title)
    if len(parts) > 1 and _brand_like(parts[-1], brands):
        parts.pop()
        while len(parts) > 1 and len(parts[-1].split()) <= 2:
            parts.pop()
    return clean_space(" - ".join(parts))


def _brands(meta: dict[str, str], url: str) -> set[str]:
    labels = (urlsplit(url).hostname or "").lower().split(".")
    brands = {label for label in labels[-3:] if label not in _GENERIC_HOST_LABELS and len(label) > 2}
    site = meta.get("og:site_name", "").strip().lower()
    return brands | ({site} if site else set())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def find_title(tree: lxml_html.HtmlElement, meta: dict[str, str], ld: dict[str, Any], url: str) -> str | None:
    """The `<h1>` that agrees with og:title or `<title>`; else og:title, the headline or `<title>` without site name."""
    brands = _brands(meta, url)
    title_el = tree.find(".//title")
    raw = [meta.get("og:title"), ld.get("headline"), meta.get("twitter:title")]
    raw.append(title_el.text_content() if title_el is not None else None)
    candidates = [strip_site_name(clean_space(str(c)), brands) for c in raw if c]
    candidates = [c for c in candidates if c]
    for h1 in tree.iter("h1"):
        text = clean_space(h1.text_content())
        if text and any(_words(text) == _words(c) for c in candidates):
            return text
    if candidates:
        return candidates[0]
    h1s = [clean_space(h.text_content()) for h in tree.iter("h1")]
    return next((h for h in h1s if h), None)


def visible_date(tree: lxml_html.HtmlElement) -> datetime | None:
    """The first printed date with a WIB/WITA/WIT zone in a date-like element, else the first printed one."""
    fallback = None
    for node in tree.xpath(_DATE_XPATH):
        found = parse_visible(clean_space(node.text_content())[:200])
        if found and found[1]:
            return found[0]
        if found and fallback is None:
            fallback = found[0]
    return fallback or _date_near_title(tree)


def _date_near_title(tree: lxml_html.HtmlElement) -> datetime | None:
    """A zoned date in the first text nodes after the first `<h1>` (sites with no date class)."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    for count, text in enumerate(h1.xpath("following::text()[normalize-space()]")):
        found = parse_visible(clean_space(str(text)))
        if found and found[1]:
            return found[0]
        if count > 200:
            break
    return None


def find_dates(
    tree: lxml_html.HtmlElement, meta: dict[str, str], ld: dict[str, Any], z_means: timezone
) -> tuple[datetime | None, datetime | None]:
    published_raw = (
        ld.get("datePublished") or meta.get("article:published_time") or meta.get("datepublished")
        or meta.get("pubdate") or meta.get("og:published_time") or meta.get("publishdate")
    )  # fmt: skip
    updated_raw = ld.get("dateModified") or meta.get("article:modified_time") or meta.get("datemodified")
    published = parse_iso(str(published_raw), z_means=z_means) if published_raw else None
    # A stamp without a time ("2016-02-23") is less precise than the printed date line.
    if published is None or (published.hour, published.minute) == (0, 0):
        published = visible_date(tree) or published
    updated = parse_iso(str(updated_raw), z_means=z_means) if updated_raw else None
    return published, updated


def find_tags(meta: dict[str, str], ld: dict[str, Any]) -> list[str]:
    raw = meta.get("news_keywords") or meta.get("keywords") or meta.get("article:tag") or ld.get("keywords") or ""
    items = raw if isinstance(raw, list) else str(raw).split(",")
    if len(items) >= 8 and sum(len(str(i).split()) == 1 for i in items) >= 0.8 * len(items):
        return []  # a sentence cut at every word ("main, di, film, ..."), not tags
    tags: list[str] = []
    for item in items:
        tag = clean_space(str(item)).lstrip("#")
        if tag and len(tag) <= 60 and not _FILLER_TAG.match(tag) and tag.lower() not in {t.lower() for t in tags}:
            tags.append(tag)
    return tags


def find_section(meta: dict[str, str], ld: dict[str, Any], url: str) -> str | None:
    section = meta.get("article:section") or ld.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    if section and "." not in str(section):
        return clean_space(str(section))
    host = urlsplit(url).hostname or ""
    sub = host.split(".")[0]
    return sub if host.count(".") >= 2 and sub not in {"www", "m", "en"} else None


def find_image(tree: lxml_html.HtmlElement, meta: dict[str, str], ld: dict[str, Any], url: str) -> str | None:
    image = meta.get("og:image") or meta.get("twitter:image") or meta.get("twitter:image:src")
    if not image and ld.get("image"):
        found = ld["image"]
        found = found[0] if isinstance(found, list) and found else found
        image = found.get("url") if isinstance(found, dict) else str(found)
    if not image:
        links = tree.xpath("//link[@rel='image_src']/@href")
        image = str(links[0]) if links else None
    return urljoin(url, image) if image else None


def find_canonical(tree: lxml_html.HtmlElement, meta: dict[str, str], url: str) -> str:
    links = tree.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    href = str(links[0]).strip() if links else meta.get("og:url")
    return urljoin(url, href) if href and href.startswith(("http", "/")) else url


def _byline_names(tree: lxml_html.HtmlElement) -> list[str]:
    """Names in visible `itemprop=author` or `rel=author` elements (`Pewarta: <span itemprop=author>`)."""
    nodes = tree.xpath("//body//*[@itemprop='author' or @rel='author'][not(self::meta or self::link)]")
    texts = [clean_space(node.text_content()) for node in nodes]
    return [name for text in texts if 0 < len(text.split()) <= 8 for name in split_names(text)]


def find_authors(tree: lxml_html.HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> list[str]:
    """Person authors from JSON-LD, meta tags or the byline; organisations and URLs are left out."""
    for names in (_names(ld.get("author")), _names(meta.get("author")), _names(meta.get("dc.creator"))):
        people = [n for n in dict.fromkeys(names) if n and not _ORG_AUTHOR.search(n)]
        if people:
            return people
    return [n for n in dict.fromkeys(_byline_names(tree)) if not _ORG_AUTHOR.search(n)]


def read_meta(tree: lxml_html.HtmlElement, url: str, *, z_means: timezone = UTC) -> PageMeta:
    meta = meta_tags(tree)
    ld = json_ld_article(tree)
    published, updated = find_dates(tree, meta, ld, z_means)
    description = meta.get("og:description") or meta.get("description") or ld.get("description")
    return PageMeta(
        title=find_title(tree, meta, ld, url),
        authors=find_authors(tree, meta, ld),
        published_at=published,
        updated_at=updated,
        section=find_section(meta, ld, url),
        tags=find_tags(meta, ld),
        image=find_image(tree, meta, ld, url),
        description=clean_space(str(description)) if description else None,
        canonical=find_canonical(tree, meta, url),
        og_type=(meta.get("og:type") or "").lower() or None,
    )
