"""HTTP, robots.txt and politeness against the replay server (a real socket, no internet)."""

from __future__ import annotations

import pytest

from ingest.exceptions import HttpStatusError, NetworkError, RobotsDisallowedError, TooLargeError, TooManyRedirectsError
from ingest.poll.http import HttpOptions, http_get, raise_for_status
from ingest.poll.net import Net
from ingest.poll.politeness import HostGate
from ingest.poll.robots import RobotsCache, parse_robots
from ingest.replay import RunningReplay
from ingest.sources.model import Politeness
from warta.settings import Settings

OPTIONS = HttpOptions(user_agent=Settings().user_agent, timeout_s=5)


def test_conditional_get_answers_304_with_the_etag(replay: RunningReplay) -> None:
    url = f"{replay.base_url}/antaranews.com/rss/latest.xml"
    first = http_get(url, OPTIONS)
    assert first.status == 200 and first.etag and first.last_modified
    again = http_get(url, OPTIONS, etag=first.etag)
    assert again.status == 304 and again.body == b""
    by_date = http_get(url, OPTIONS, last_modified=first.last_modified)
    assert by_date.status == 304
    stale = http_get(url, OPTIONS, etag='"not-it"')
    assert stale.status == 200 and stale.body == first.body


def test_redirects_are_followed_up_to_the_cap(replay: RunningReplay) -> None:
    wrapped = (
        f"{replay.base_url}/detik.feedsportal.com/c/33613/f/656082/s/4b3f909e/sc/3/l/0Linet0Bdetik0N0Cread0C20A150C110C0A5"
        "0C10A0A0A260C30A626230C3230Cgoogle0Eumbar0Ekelemahan0Egalaxy0Es60Eedge/story01.htm"
    )
    response = http_get(wrapped, OPTIONS)
    assert response.status == 200
    assert response.url.endswith(
        "/inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge"
    )
    with pytest.raises(TooManyRedirectsError, match="more than 0 redirects"):
        http_get(wrapped, HttpOptions(user_agent="t", max_redirects=0))


def test_status_codes_keep_their_meaning(replay: RunningReplay) -> None:
    missing = http_get(f"{replay.base_url}/kompas.com/read/tidak-ada", OPTIONS)
    with pytest.raises(HttpStatusError) as info:
        raise_for_status(missing)
    assert info.value.reason == "fetch_failed" and info.value.status == 404
    with pytest.raises(NetworkError):
        http_get("http://127.0.0.1:9/", OPTIONS)


def test_body_cap_is_a_permanent_too_large(replay: RunningReplay) -> None:
    url = f"{replay.base_url}/www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan"
    with pytest.raises(TooLargeError) as info:
        http_get(url, HttpOptions(user_agent="t", max_bytes=1000))
    assert info.value.reason == "too_large"


def test_robots_disallowed_path_is_refused_with_its_reason(replay: RunningReplay) -> None:
    outlet = replay.registry.get("kompas")
    assert outlet is not None
    net = Net.create(Settings())
    with pytest.raises(RobotsDisallowedError) as info:
        net.get("http://regional.kompas.com/private/rahasia", outlet)
    assert info.value.reason == "robots_disallowed"
    assert net.robots.allowed("http://regional.kompas.com/read/2019/x", outlet.mirror)


def test_unreachable_robots_is_transient_and_retried_after_a_while() -> None:
    now = [0.0]
    cache = RobotsCache(HttpOptions(user_agent="WartaBot/0.1", timeout_s=1), retry_s=60.0, clock=lambda: now[0])
    with pytest.raises(NetworkError, match=r"robots\.txt unavailable"):
        cache.allowed("http://127.0.0.1:9/a")
    with pytest.raises(NetworkError):
        cache.allowed("http://127.0.0.1:9/b")  # remembered, not asked again
    now[0] = 61.0
    with pytest.raises(NetworkError):
        cache.allowed("http://127.0.0.1:9/c")


def test_robots_rules_are_read_for_our_agent() -> None:
    rules = parse_robots("User-agent: WartaBot\nDisallow: /x/\n\nUser-agent: *\nDisallow: /\n")
    assert rules.can_fetch("WartaBot/0.1 (+https://example)", "http://h/y")
    assert not rules.can_fetch("WartaBot/0.1", "http://h/x/1")
    assert not rules.can_fetch("OtherBot", "http://h/y")


def test_robots_cache_asks_once_per_host(replay: RunningReplay) -> None:
    cache = RobotsCache(OPTIONS)
    mirror = replay.base_url
    assert cache.allowed("http://regional.kompas.com/read/1", mirror)
    first = cache.parser_for("http://regional.kompas.com/read/2", mirror)
    assert cache.parser_for("http://regional.kompas.com/read/3", mirror) is first
    assert cache.parser_for("http://nasional.kompas.com/read/3", mirror) is not first


def test_host_gate_spaces_requests_by_the_delay() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    gate = HostGate(clock=lambda: now[0], sleep=sleep)
    polite = Politeness(delay_s=2.0, max_concurrent=1)
    for _ in range(3):
        with gate.request("kompas.com", polite):
            pass
    with gate.request("detik.com", polite):
        pass
    assert slept == [2.0, 2.0]
