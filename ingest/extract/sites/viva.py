"""viva.co.id (2016 layout): the lead is loose text in `span[itemprop=articleBody]` before the first
`<div>`, which the generic extractor drops; embedded tweets follow the text."""

from __future__ import annotations

from ingest.extract.sites.base import SiteRule


class V1(SiteRule):
    DOMAINS = ("viva.co.id",)
    CONTAINER = ("//*[@itemprop='articleBody']",)
    PRUNE = ("//blockquote[contains(@class,'twitter')]", "//blockquote[contains(@class,'instagram')]")
