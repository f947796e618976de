"""What the demo prints at the end: counts, a sample search, and how to open the data in Kibana."""

from __future__ import annotations

from typing import Any

from warta.pipeline.progress import Counts
from warta.settings import Settings


def _sample_search(es: Any, settings: Settings, query: str) -> list[str]:
    from index.search import SearchOptions, build_search, format_hit  # noqa: PLC0415 - heavy

    body = build_search(SearchOptions(query=query, size=3))
    response = es.search(index=settings.articles_alias, **body)
    lines = [f'sample search: warta search "{query}"  ->  {response["hits"]["total"]["value"]} hits']
    for hit in response["hits"]["hits"]:
        lines.extend("  " + line for line in format_hit(hit, bold=False))
    return lines


def print_report(
    settings: Settings, es: Any, before: Counts, final: Counts, outlets: list[tuple[str, int]], query: str,
    seconds: float,
) -> None:  # fmt: skip
    print()
    print(f"done in {seconds:.0f} s: every article on {settings.topic('articles')} is searchable "
          f"in {settings.articles_alias}")  # fmt: skip
    rows = [
        ("feed items", before.feed_items, final.feed_items),
        ("articles", before.articles, final.articles),
        ("enriched articles", before.enriched, final.enriched),
        ("events", before.events, final.events),
        ("dead letters", before.dead_letters, final.dead_letters),
        ("searchable documents", before.searchable, final.searchable),
    ]
    print(f"{'per stage':<22}{'this run':>10}{'total':>10}")
    for name, was, now in rows:
        print(f"{name:<22}{now - was:>10}{now:>10}")
    print("per outlet (searchable documents):")
    for outlet, count in outlets:
        print(f"  {outlet:<20}{count:>6}")
    print()
    for line in _sample_search(es, settings, query):
        print(line)
    print()
    print("next:")
    print('  .venv/bin/warta search "banjir" --event-type DISASTER     # full-text search with filters')
    print("  .venv/bin/warta tail --events --from-beginning --max 5     # the enriched events topic")
    print("  Kibana (needs Docker or a Kibana 9.5 of your own pointed at "
          f"{settings.es_url}):")  # fmt: skip
    print("    .venv/bin/warta kibana import --url http://localhost:5601   # data view, searches, dashboard")
    print(f"    then open Discover on the data view '{settings.articles_alias}*' or the 'Warta' dashboard")
    print("  .venv/bin/warta stack down                                  # stop Kafka and Elasticsearch")
