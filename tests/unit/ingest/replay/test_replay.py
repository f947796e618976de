"""The replay server's content: pages, feeds, releases over time, the sources file it writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ingest.poll.http import HttpOptions, http_get
from ingest.poll.parse import parse_feed
from ingest.replay import ReplayOptions, RunningReplay, build
from ingest.replay.corpus import parse_click_date, split_paragraphs
from ingest.replay.feeds import Clock
from ingest.replay.server import ReplayApp
from ingest.replay.site import ReplaySite
from ingest.sources import dump_registry, load_registry

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
OPTIONS = HttpOptions(user_agent="test", timeout_s=5)


@pytest.fixture(scope="module")
def releasing() -> ReplaySite:
    return build(ReplayOptions(click_limit=12, include_2015=False, rate_per_s=0.5, snapshot_period_s=60.0))


def _app(site: ReplaySite, now: datetime) -> ReplayApp:
    return ReplayApp(site, "http://replay.test", Clock(T0), now=lambda: now)


def _latest_entries(site: ReplaySite, now: datetime) -> list[tuple[str, datetime | None]]:
    app = _app(site, now)
    entries = []
    for host in app.latest:
        doc = app.document(host, "/rss/latest.xml")
        assert doc is not None
        entries += [(e.link, e.published_at) for e in parse_feed(doc.body, "http://replay.test/").entries]
    return entries


def test_items_are_released_at_the_rate_with_pubdate_the_release_time(releasing: ReplaySite) -> None:
    assert _latest_entries(releasing, T0) == []
    after = _latest_entries(releasing, T0 + timedelta(seconds=10.5))
    assert len(after) == 5
    assert sorted(when for _, when in after) == [T0 + timedelta(seconds=2 * k) for k in range(1, 6)]  # type: ignore[type-var]
    assert len(_latest_entries(releasing, T0 + timedelta(hours=1))) == len(releasing.releases)


def test_tempo_feeds_advance_one_snapshot_per_period(releasing: ReplaySite) -> None:
    first = _app(releasing, T0).document("satu.tempo.co", "/rss/free-ekonomi.xml")
    later = _app(releasing, T0 + timedelta(seconds=61)).document("satu.tempo.co", "/rss/free-ekonomi.xml")
    assert first is not None and later is not None
    assert first.body != later.body
    links = [e.link for e in parse_feed(first.body, "http://replay.test/").entries]
    assert links and all(link.startswith("http://replay.test/satu.tempo.co/") for link in links)


def test_rendered_pages_are_articles_with_attribution(replay: RunningReplay) -> None:
    page = next(p for p in replay.site.releases if p.click is not None)
    response = http_get(f"{replay.base_url}/{page.origin.split('://', 1)[1]}", OPTIONS)
    html = response.body.decode("utf-8")
    assert response.status == 200
    assert "CLICK-ID" in html and "CC BY 4.0" in html
    assert "Baca juga:" in html
    assert 'property="article:published_time" content="2019-' in html and "+07:00" in html
    assert f'<link rel="canonical" href="{page.origin}">' in html


def test_every_feed_of_the_sources_file_answers(replay: RunningReplay, tmp_path: Path) -> None:
    path = tmp_path / "sources.json"
    dump_registry(replay.registry, path)
    registry = load_registry(path)
    assert {o.id for o in registry.outlets} >= {"antara", "kompas", "detik", "tempo", "okezone", "kapanlagi"}
    for outlet, feed in registry.feeds():
        assert outlet.mirror == replay.base_url
        response = http_get(feed.url, OPTIONS)
        assert response.status == 200, feed.url
        assert parse_feed(response.body, feed.url).entries, feed.url


def test_index_pages_are_served_but_not_listed(replay: RunningReplay) -> None:
    assert http_get(f"{replay.base_url}/www.kompas.com/indeks", OPTIONS).status == 200
    listed = {p.origin for p in replay.site.releases}
    assert not any(origin.endswith("/indeks") for origin in listed)


@pytest.mark.parametrize(
    ("date", "time", "expected"),
    [
        ("2019-09-10", "21:48 WIB", datetime(2019, 9, 10, 21, 48)),
        ("13/09/2019", "23:15", datetime(2019, 9, 13, 23, 15)),
        ("10-Sep-19", "23:04", datetime(2019, 9, 10, 23, 4)),
        ("31 Juli 2019", "12:38", datetime(2019, 7, 31, 12, 38)),
        ("Oktober 19, 2019", "-", datetime(2019, 10, 19, 12, 0)),
    ],
)
def test_click_dates(date: str, time: str, expected: datetime) -> None:
    parsed = parse_click_date(date, time)
    assert parsed is not None and parsed.replace(tzinfo=None) == expected
    assert parsed.utcoffset() == timedelta(hours=7)


def test_click_paragraphs_are_split_on_sentence_commas() -> None:
    text = 'Satu kalimat, dengan koma. ,Dua "kutipan," kata dia.,,,Tiga.'
    assert split_paragraphs(text) == ("Satu kalimat, dengan koma.", 'Dua "kutipan," kata dia.', "Tiga.")
