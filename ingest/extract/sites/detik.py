"""detik.com: the 2015 layout leaves the dateline and `<br>`-separated text loose in `div.text_detail`,
so the generic extractor loses the lead and keeps the "Berita Terkait" lists; its `pubdate` says `Z`
for what is WIB."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from ingest.extract.dates import WIB
from ingest.extract.sites.base import SiteRule


class V1(SiteRule):
    DOMAINS = ("detik.com",)
    VALID_UNTIL: ClassVar[date | None] = date(2019, 1, 1)
    CONTAINER = ("//div[@class='text_detail']", "//div[@id='detikdetailtext']")
    PRUNE = ("//*[contains(@class,'lihatjg')]", "//table[contains(@class,'linksisip')]")
    Z_MEANS = WIB


class V2(SiteRule):
    """The layout in use since about 2019: `div.detail__body-text` with "Baca juga" inserts (`.parallax`)."""

    DOMAINS = ("detik.com",)
    CONTAINER = ("//div[contains(@class,'detail__body-text')]", "//div[contains(@class,'itp_bodycontent')]")
    PRUNE = (
        "//*[contains(@class,'parallaxindetail')]",
        "//*[contains(@class,'lihatjg')]",
        "//table[contains(@class,'linksisip')]",
    )
    Z_MEANS = WIB
