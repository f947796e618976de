"""Search requests and results: pure functions from options to a request body, and hits to lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

TEXT_FIELDS = ("title^3", "description^2", "text")
EXACT_FIELDS = ("title.exact^3", "description.exact^2", "text.exact")
ENTITY_FIELDS = ("persons", "organisations", "places")
SOURCE_FIELDS = ("article_id", "title", "url", "outlet", "published_at", "event_types", "persons", "places")
EM = re.compile(r"<em>(.*?)</em>", re.DOTALL)
BOLD, RESET = "\033[1m", "\033[0m"


@dataclass(frozen=True)
class SearchOptions:
    """What `warta search` asks for. Filters are exact: keyword terms, not analysed text."""

    query: str = ""
    entity: str | None = None
    event_type: str | None = None
    outlet: str | None = None
    place: str | None = None
    place_codes: tuple[str, ...] = ()  # Kemendagri codes of `place`: a province matches what lies inside it
    date_from: str | None = None
    date_to: str | None = None
    size: int = 10


def _text_query(query: str) -> dict[str, Any]:
    """A stemmed multi_match; a query in double quotes is an exact phrase on the unstemmed fields."""
    stripped = query.strip()
    if not stripped:
        return {"match_all": {}}
    if len(stripped) > 1 and stripped.startswith('"') and stripped.endswith('"'):
        return {"multi_match": {"query": stripped[1:-1], "type": "phrase", "fields": list(EXACT_FIELDS)}}
    return {"multi_match": {"query": stripped, "type": "best_fields", "fields": list(TEXT_FIELDS)}}


def _filters(opts: SearchOptions) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = []
    if opts.entity:
        field = "entity_ids" if ":" in opts.entity else None
        should = [{"term": {f: opts.entity}} for f in ((field,) if field else ENTITY_FIELDS)]
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    if opts.event_type:
        field = "event_types" if "." in opts.event_type else "event_families"
        filters.append({"term": {field: opts.event_type}})
    if opts.outlet:
        filters.append({"term": {"outlet": opts.outlet}})
    if opts.place:
        places: list[dict[str, Any]] = [{"term": {"places": opts.place}}]
        for code in opts.place_codes:
            places += [{"term": {"place_codes": code}}, {"prefix": {"place_codes": code + "."}}]
        filters.append({"bool": {"should": places, "minimum_should_match": 1}})
    if opts.date_from or opts.date_to:
        bounds = {k: v for k, v in (("gte", opts.date_from), ("lte", opts.date_to)) if v}
        filters.append({"range": {"published_at": bounds}})
    return filters


def build_search(opts: SearchOptions) -> dict[str, Any]:
    """The body of the search request (keyword arguments of `Elasticsearch.search`)."""
    body: dict[str, Any] = {
        "query": {"bool": {"must": [_text_query(opts.query)], "filter": _filters(opts)}},
        "highlight": {
            "pre_tags": ["<em>"],
            "post_tags": ["</em>"],
            "fields": {
                "title": {"number_of_fragments": 0},
                "text": {"fragment_size": 160, "number_of_fragments": 2},
            },
        },
        "source": list(SOURCE_FIELDS),
        "size": opts.size,
        "track_total_hits": True,
    }
    if not opts.query.strip():
        body["sort"] = [{"published_at": {"order": "desc", "unmapped_type": "date"}}]
    return body


def emphasise(fragment: str, bold: bool) -> str:
    """`<em>x</em>` as terminal bold, or as «x» when the output is not a terminal."""
    return EM.sub(lambda m: f"{BOLD}{m.group(1)}{RESET}" if bold else f"«{m.group(1)}»", fragment)


def format_hit(hit: dict[str, Any], bold: bool) -> list[str]:
    """A hit as lines: date, outlet and title; the URL; the highlighted snippets."""
    src = hit.get("_source", {})
    hl = hit.get("highlight", {})
    title = emphasise(hl["title"][0], bold) if "title" in hl else src.get("title", "")
    date = (src.get("published_at") or "")[:10] or "----------"
    lines = [f"{date}  {src.get('outlet', '?'):<12} {title}", f"    {src.get('url', '')}"]
    lines.extend(f"    … {emphasise(frag, bold)} …" for frag in hl.get("text", []))
    return lines


def summary_line(response: dict[str, Any]) -> str:
    total = response.get("hits", {}).get("total", {})
    value = total.get("value", 0) if isinstance(total, dict) else total
    return f"{value} articles ({response.get('took', 0)} ms)"
