"""mediaindonesia.com (2025-2026 layout): the generic extractor keeps the "Headline" teaser list
and the related-article blurbs next to `div.article`."""

from __future__ import annotations

from ingest.extract.sites.base import SiteRule


class V1(SiteRule):
    DOMAINS = ("mediaindonesia.com",)
    CONTAINER = ("//section[contains(@class,'detail')]//div[@class='article']",)
    PRUNE = ("//p[contains(@class,'related-news')]",)
