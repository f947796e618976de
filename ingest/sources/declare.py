"""Helpers to declare outlets in a few lines each, and the `origin` wordings of feed URLs."""

from __future__ import annotations

from ingest.sources.model import Feed, Outlet, Politeness

UNVERIFIED = "unverified: URL as listed on the outlet's RSS page before 2025, not checked from here"
CORPUS_2015 = "corpus feed 2015 (shared/corpus/feeds/publishers_2015); URL from the feed's channel, unverified"
CORPUS_TEMPO = "corpus feed 2025-26 (shared/corpus/feeds/tempo_2025_2026); URL unverified"
ALIASES = ("www.", "m.", "amp.")


def feeds(*pairs: tuple[str, str], origin: str = UNVERIFIED) -> tuple[Feed, ...]:
    return tuple(Feed(section=section, url=url, origin=origin) for section, url in pairs)


def outlet(
    id: str,
    name: str,
    domains: tuple[str, ...],
    feeds: tuple[Feed, ...],
    *,
    region: str = "national",
    kind: str = "general",
    article: tuple[str, ...] = (),
    extractor: str | None = None,
    delay_s: float = 2.0,
    language: str = "id",
) -> Outlet:
    return Outlet(
        id=id,
        name=name,
        region=region,
        kind=kind,
        language=language,
        domains=domains,
        strip_prefixes=ALIASES,
        feeds=feeds,
        article_patterns=article,
        politeness=Politeness(delay_s=delay_s, max_concurrent=2),
        extractor=extractor,
    )
