from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.poll.parse import candidates, fingerprint, parse_feed
from ingest.sources import builtin_registry

FEEDS_2015 = {"antara-rss.xml": "antara", "detik-rss.xml": "detik", "kapanlagi-rss.xml": "kapanlagi",
              "republika-rss.xml": "republika"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FEEDS_2015))
def test_publisher_feeds_parse_with_their_first_links(corpus_dir: Path, name: str) -> None:
    folder = corpus_dir / "feeds/publishers_2015"
    expected = json.loads((folder / "expected.json").read_text())[name]["first_links"]
    parsed = parse_feed((folder / name).read_bytes(), f"http://example.test/{name}")
    assert parsed.bozo is None
    assert [e.link for e in parsed.entries[:3]] == expected
    assert all(e.title and e.published_at for e in parsed.entries)
    outlet = builtin_registry().get(FEEDS_2015[name])
    assert outlet is not None
    assert len(candidates(parsed, outlet)) == len(parsed.entries)


def test_kapanlagi_latin1_feed_decodes(corpus_dir: Path) -> None:
    parsed = parse_feed((corpus_dir / "feeds/publishers_2015/kapanlagi-rss.xml").read_bytes(), "http://x.test/")
    assert parsed.entries[0].title == "Drama Adaptasi Webtoon 'Cheese In Trap' Rilis Teaser Perdana"


def test_summary_is_plain_text_without_feedsportal_tracking(corpus_dir: Path) -> None:
    parsed = parse_feed((corpus_dir / "feeds/publishers_2015/detik-rss.xml").read_bytes(), "http://x.test/")
    summary = parsed.entries[0].summary or ""
    assert summary.startswith("Galaxy S6 Edge, dengan material premium")
    assert "<" not in summary and "feedsportal" not in summary


def test_tempo_snapshots_dedupe_by_link_not_guid(corpus_dir: Path) -> None:
    tempo = builtin_registry().get("tempo")
    assert tempo is not None
    ids: set[str] = set()
    entries = guids = 0
    for path in sorted((corpus_dir / "feeds/tempo_2025_2026").glob("*/*.xml")):
        parsed = parse_feed(path.read_bytes(), path.as_uri())
        entries += len(parsed.entries)
        guids = max(guids, *(int((e.guid or "0").rsplit("/", 1)[-1]) for e in parsed.entries))
        ids.update(c.article_id for c in candidates(parsed, tempo))
    assert entries == 1125
    assert guids <= 9  # the guid is only the position: useless as an identity
    assert len(ids) == 741


def test_a_feed_listing_one_link_twice_yields_one_candidate(corpus_dir: Path) -> None:
    body = (corpus_dir / "feeds/publishers_2015/antara-rss.xml").read_bytes()
    item_start = body.index(b"<item>")
    item_end = body.index(b"</item>") + len(b"</item>")
    doubled = body[:item_start] + body[item_start:item_end] * 2 + body[item_end:]
    parsed = parse_feed(doubled, "http://x.test/")
    antara = builtin_registry().get("antara")
    assert antara is not None
    assert len(parsed.entries) == 21
    assert len(candidates(parsed, antara)) == 20


def test_malformed_feed_is_reported_and_parsed_as_far_as_possible(corpus_dir: Path) -> None:
    body = (corpus_dir / "feeds/publishers_2015/antara-rss.xml").read_bytes()
    cut = body.index(b"<item>", body.index(b"<item>") * 2 + 1000)
    broken = body[:cut] + b"<item><title>Rusak & tidak <b>tertutup</title>"
    parsed = parse_feed(broken, "http://x.test/")
    assert parsed.bozo is not None
    assert len(parsed.entries) >= 3
    assert parsed.entries[0].link.endswith("29-penerbangan-bandara-internasional-lombok-dibatalkan")


def test_fingerprint_changes_with_title_summary_or_updated(corpus_dir: Path) -> None:
    parsed = parse_feed((corpus_dir / "feeds/publishers_2015/antara-rss.xml").read_bytes(), "http://x.test/")
    entry = parsed.entries[0]
    assert fingerprint(entry) == fingerprint(replace(entry, guid="other"))
    assert fingerprint(entry) != fingerprint(replace(entry, title="Judul baru"))
    assert fingerprint(entry) != fingerprint(replace(entry, summary="Ringkasan baru"))
    assert fingerprint(entry) != fingerprint(replace(entry, updated_at=entry.published_at.replace(year=2016)))  # type: ignore[union-attr]
