"""kapanlagi.com (2015-2016 layout): the lead paragraph is loose text at the top of
`div.entertainment-detail-news`, which the generic extractor drops."""

from __future__ import annotations

from ingest.extract.sites.base import SiteRule


class V1(SiteRule):
    DOMAINS = ("kapanlagi.com",)
    CONTAINER = ("//div[@id='v6-revb-detailnews']", "//div[contains(@class,'entertainment-detail-news')]")
    PRUNE = ("//*[contains(@class,'photonews')]", "//div[contains(@class,'lihat-juga')]")
