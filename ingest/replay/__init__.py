"""The replay server: the offline corpus served on 127.0.0.1 as if it were the outlets.

`start_replay(...)` runs it in a thread and returns the server and the sources file (a registry that
points at it) for `warta ingest --sources FILE`, the tests and the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.replay.feeds import Clock, now_utc
from ingest.replay.server import ReplayApp, ReplayServer
from ingest.replay.site import TEMPO_HOST, ReplayOptions, ReplaySite
from ingest.sources import builtin_registry, dump_registry
from ingest.sources.model import Feed, Outlet, Politeness, Registry
from warta.shared import shared_dir

LATEST_ORIGIN = "replay server: corpus gold pages and CLICK-ID texts (CC BY 4.0)"
ORIGIN_2015 = "replay server: corpus feed 2015, links moved onto the server"
TEMPO_ORIGIN = "replay server: tempo 2025-26 snapshots, links moved onto the server"

__all__ = ["ReplayOptions", "ReplayServer", "RunningReplay", "replay_registry", "start_replay"]


def _feeds_of(site: ReplaySite, outlet_id: str, base: str) -> list[Feed]:
    feeds = []
    latest = site.latest_hosts()
    if outlet_id in latest:
        feeds.append(Feed(section="latest", url=f"{base}/{latest[outlet_id]}/rss/latest.xml", origin=LATEST_ORIGIN))
    for host, (owner, _) in sorted(site.feeds_2015.items()):
        if owner == outlet_id:
            feeds.append(Feed(section="2015", url=f"{base}/{host}/rss/2015.xml", origin=ORIGIN_2015))
    if outlet_id == "tempo":
        for section in site.tempo_sections():
            feeds.append(Feed(section=section, url=f"{base}/{TEMPO_HOST}/rss/{section}.xml", origin=TEMPO_ORIGIN))
    return feeds


def replay_registry(site: ReplaySite, base: str) -> Registry:
    """The outlets the server replays, with their feeds on it and `mirror` set to it."""
    outlets: list[Outlet] = []
    for outlet in site.registry.outlets:
        feeds = _feeds_of(site, outlet.id, base)
        if feeds:
            polite = Politeness(delay_s=0.0, max_concurrent=4)
            outlets.append(outlet.model_copy(update={"feeds": tuple(feeds), "mirror": base, "politeness": polite}))
    return Registry(outlets=tuple(outlets))


@dataclass(frozen=True)
class RunningReplay:
    server: ReplayServer
    site: ReplaySite
    registry: Registry
    sources_file: Path | None

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def stop(self) -> None:
        self.server.stop()


def build(options: ReplayOptions, corpus_dir: Path | None = None, registry: Registry | None = None) -> ReplaySite:
    return ReplaySite(corpus_dir or shared_dir() / "corpus", registry or builtin_registry(), options)


def start_replay(
    options: ReplayOptions | None = None,
    *,
    port: int = 0,
    sources_out: Path | None = None,
    site: ReplaySite | None = None,
    background: bool = True,
) -> RunningReplay:
    """Start the server (port 0: any free port); write the sources file when `sources_out` is given."""
    site = site or build(options or ReplayOptions())
    clock = Clock(now_utc())
    server = ReplayServer(lambda base: ReplayApp(site, base, clock), port=port)
    registry = replay_registry(site, server.base_url)
    if sources_out is not None:
        sources_out.parent.mkdir(parents=True, exist_ok=True)
        dump_registry(registry, sources_out)
    if background:
        server.start()
    return RunningReplay(server, site, registry, sources_out)
