"""The source registry's schema: outlets, their feeds, URL filters and politeness, as frozen data.

The same models are the schema of a sources file (JSON), so a replay server or a user can replace the
built-in registry with `--sources FILE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Paths that are never single articles on Indonesian news sites: tag, index, search, media galleries.
DEFAULT_EXCLUDES: tuple[str, ...] = (
    r"/(tag|tags|topik|topic|indeks|index|search|cari|penulis|author)(/|$|\?)",
    r"/(video|videos|foto|photo|galeri|gallery|infografis|podcast)(/|$)",
    r"^/?$",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Feed(_Frozen):
    """One RSS/Atom feed of an outlet, and where we learnt its URL."""

    section: str = Field(description="section name, e.g. 'nasional', 'ekonomi', 'terkini'")
    url: str
    origin: str = Field(description="where the URL comes from, e.g. 'outlet RSS index page as of 2025'")


class Politeness(_Frozen):
    """How gently to treat the outlet's hosts."""

    delay_s: float = Field(default=2.0, ge=0, description="minimum pause between two requests to one host")
    max_concurrent: int = Field(default=2, ge=1, description="requests in flight to one host at most")


class Outlet(_Frozen):
    """A news outlet: identity, feeds, URL filters, politeness and extraction override."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    country: str = "ID"
    region: str = Field(default="national", description="'national' or a province, e.g. 'Jawa Tengah'")
    kind: str = Field(default="general", description="'general', 'business', 'entertainment', 'sport', ...")
    language: str = "id"
    domains: tuple[str, ...] = Field(min_length=1, description="registered domains; subdomains included")
    strip_prefixes: tuple[str, ...] = Field(
        default=(), description="host prefixes that are aliases: 'www.', 'm.', 'amp.'"
    )
    force_https: bool = Field(default=True, description="canonical URLs use https")
    feeds: tuple[Feed, ...] = ()
    article_patterns: tuple[str, ...] = Field(default=(), description="regexes (search) an article URL path must match")
    exclude_patterns: tuple[str, ...] = DEFAULT_EXCLUDES
    keep_query: tuple[str, ...] = Field(default=(), description="query parameters that identify an article")
    politeness: Politeness = Field(default_factory=Politeness)
    extractor: str | None = Field(default=None, description="name of a per-site extraction override")
    mirror: str | None = Field(
        default=None, description="base URL of a mirror serving the outlet's pages as <mirror>/<host>/<path> (replay)"
    )

    @model_validator(mode="after")
    def _patterns_compile(self) -> Outlet:
        for pattern in (*self.article_patterns, *self.exclude_patterns):
            re.compile(pattern)
        return self

    @cached_property
    def _article_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.article_patterns)

    @cached_property
    def _exclude_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.exclude_patterns)

    def is_article_url(self, url: str) -> bool:
        """True when the URL's path (and query) passes the outlet's filters."""
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if any(r.search(target) for r in self._exclude_res):
            return False
        return not self._article_res or any(r.search(target) for r in self._article_res)

    def owns_host(self, host: str) -> bool:
        host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


class Registry(_Frozen):
    """All outlets, looked up by id. `version` is the schema version of a sources file."""

    version: int = 1
    outlets: tuple[Outlet, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> Registry:
        ids = [o.id for o in self.outlets]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate outlet ids: {', '.join(dupes)}")
        return self

    def get(self, outlet_id: str) -> Outlet | None:
        return next((o for o in self.outlets if o.id == outlet_id), None)

    def for_host(self, host: str) -> Outlet | None:
        """The outlet whose domains cover `host` (the longest matching domain wins)."""
        matches = [
            (len(domain), outlet)
            for outlet in self.outlets
            for domain in outlet.domains
            if host.lower() == domain or host.lower().endswith("." + domain)
        ]
        best = max(matches, key=lambda m: m[0], default=None)
        return best[1] if best else None

    def feeds(self) -> Iterator[tuple[Outlet, Feed]]:
        for outlet in self.outlets:
            for feed in outlet.feeds:
                yield outlet, feed
