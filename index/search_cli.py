"""`warta search "query"`: full-text search over the articles alias, with exact filters."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("search", help='search the indexed articles (stemmed; "quotes" = exact phrase)')
    parser.add_argument("query", nargs="?", default="", help="words to find; empty lists the newest")
    parser.add_argument("--entity", help="canonical name of a person, organisation or place (or an entity id)")
    parser.add_argument("--event-type", help="event type (CRIME.ARREST) or family (CRIME)")
    parser.add_argument("--outlet", help="outlet id, e.g. kompas")
    parser.add_argument("--place", help="place name; a province matches the regencies and cities inside it")
    parser.add_argument("--from", dest="date_from", help="published on or after (ISO date)")
    parser.add_argument("--to", dest="date_to", help="published on or before (ISO date)")
    parser.add_argument("--size", type=int, default=10, help="number of results")
    parser.add_argument("--json", action="store_true", help="print the raw hits as JSON")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    from elasticsearch import ApiError, Elasticsearch  # noqa: PLC0415 - imported when the command runs
    from elasticsearch import ConnectionError as EsConnectionError  # noqa: PLC0415 - imported when the command runs

    from index.exceptions import ElasticsearchUnavailableError, IndexConfigError  # noqa: PLC0415 - imported when the command runs
    from index.search import SearchOptions, build_search, format_hit, summary_line  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    settings = Settings()
    from warta.tail.cli import resolve_place_codes  # noqa: PLC0415 - imported when the command runs

    opts = SearchOptions(
        query=args.query, entity=args.entity, event_type=args.event_type, outlet=args.outlet, place=args.place,
        place_codes=tuple(sorted(resolve_place_codes(args.place))), date_from=args.date_from, date_to=args.date_to,
        size=args.size,
    )
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    try:
        response = es.search(index=settings.articles_alias, **build_search(opts)).body
    except EsConnectionError as exc:
        raise ElasticsearchUnavailableError(f"Elasticsearch at {settings.es_url} did not answer") from exc
    except ApiError as exc:
        if exc.meta.status == 404:
            raise IndexConfigError(f"no articles indexed yet: alias {settings.articles_alias} missing") from exc
        raise IndexConfigError(f"search failed: {exc}") from exc
    finally:
        es.close()
    if args.json:
        print(json.dumps(response["hits"]["hits"], ensure_ascii=False, indent=2))
        return 0
    bold = sys.stdout.isatty()
    print(summary_line(response))
    for hit in response["hits"]["hits"]:
        print("\n".join(format_hit(hit, bold)))
    return 0
