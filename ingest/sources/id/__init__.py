"""Indonesian outlets and their public feeds, declared as data (fundus style).

Adding an outlet is a few lines: an `outlet(...)` call (see `ingest/sources/declare.py`) with its
domains, feeds and URL filters. Regional outlets are in `regional.py`. Every feed says where its URL
comes from (`origin`). This registry was written without internet access: feeds marked `UNVERIFIED`
follow the URLs the outlets listed on their RSS pages before 2025 and must be confirmed with
`warta sources check` on a connected machine before they are trusted.
"""

from __future__ import annotations

from ingest.sources.declare import CORPUS_2015, CORPUS_TEMPO, feeds, outlet
from ingest.sources.id.regional import REGIONAL
from ingest.sources.model import Outlet

NATIONAL_GENERAL = (
    outlet(
        "antara",
        "ANTARA News",
        ("antaranews.com",),
        feeds(
            ("terkini", "https://www.antaranews.com/rss/terkini.xml"),
            ("politik", "https://www.antaranews.com/rss/politik.xml"),
            ("ekonomi", "https://www.antaranews.com/rss/ekonomi.xml"),
        )
        + feeds(("terkini-2015", "http://www.antaranews.com/rss/terkini"), origin=CORPUS_2015),
        article=(r"/berita/\d+/",),
        delay_s=1.0,
    ),
    outlet(
        "kompas",
        "Kompas.com",
        ("kompas.com",),
        feeds(("terkini", "https://www.kompas.com/getrss/all"), ("nasional", "https://nasional.kompas.com/rss")),
        article=(r"/read/\d{4}/\d{2}/\d{2}/",),
        delay_s=1.0,
    ),
    outlet(
        "detik",
        "detikcom",
        ("detik.com",),
        feeds(
            ("terkini", "https://rss.detik.com/index.php/detikcom"),
            ("news", "https://news.detik.com/rss"),
            ("finance", "https://finance.detik.com/rss"),
        )
        + feeds(("news-2015", "http://rss.detik.com/index.php/detikcom_nasional"), origin=CORPUS_2015),
        article=(r"/(read/|berita/d-\d+|d-\d+/)",),
        extractor="detik",
        delay_s=1.0,
    ),
    outlet(
        "tempo",
        "Tempo.co",
        ("tempo.co",),
        feeds(("nasional", "https://rss.tempo.co/nasional"), ("bisnis", "https://rss.tempo.co/bisnis"))
        + feeds(("ekonomi", "https://www.tempo.co/rss/ekonomi"), origin=CORPUS_TEMPO),
        article=(r"(/read/|-\d{6,}/?$)",),
    ),
    outlet(
        "cnnindonesia",
        "CNN Indonesia",
        ("cnnindonesia.com",),
        feeds(
            ("nasional", "https://www.cnnindonesia.com/nasional/rss"),
            ("ekonomi", "https://www.cnnindonesia.com/ekonomi/rss"),
            ("internasional", "https://www.cnnindonesia.com/internasional/rss"),
        ),
        article=(r"/\d{14}-\d+-\d+/",),
    ),
    outlet(
        "liputan6",
        "Liputan6.com",
        ("liputan6.com",),
        feeds(("news", "https://feed.liputan6.com/rss/news"), ("bisnis", "https://feed.liputan6.com/rss/bisnis")),
        article=(r"/read/\d+/",),
    ),
    outlet(
        "republika",
        "Republika",
        ("republika.co.id",),
        feeds(("terkini", "https://www.republika.co.id/rss"))
        + feeds(("terkini-2015", "http://www.republika.co.id/rss"), origin=CORPUS_2015),
        article=(r"/(berita/|read/)",),
    ),
    outlet(
        "okezone",
        "Okezone",
        ("okezone.com",),
        feeds(("terkini", "https://sindikasi.okezone.com/index.php/rss/0/RSS2.0")),
        article=(r"/read/\d{4}/\d{2}/\d{2}/",),
    ),
    outlet(
        "sindonews",
        "SINDOnews",
        ("sindonews.com",),
        feeds(("nasional", "https://nasional.sindonews.com/rss"), ("ekbis", "https://ekbis.sindonews.com/rss")),
        article=(r"/read/\d+/",),
    ),
    outlet(
        "tribunnews",
        "Tribunnews.com",
        ("tribunnews.com",),
        feeds(("terkini", "https://www.tribunnews.com/rss")),
        article=(r"/\d{4}/\d{2}/\d{2}/",),
    ),
    outlet(
        "kumparan",
        "kumparan",
        ("kumparan.com",),
        feeds(("terkini", "https://lapi.kumparan.com/v2.0/rss/")),
        article=(r"-[0-9A-Za-z]{20,}/?$",),
    ),
    outlet(
        "suara",
        "Suara.com",
        ("suara.com",),
        feeds(("terkini", "https://www.suara.com/rss")),
        article=(r"/\d{4}/\d{2}/\d{2}/\d+/",),
    ),
    outlet(
        "merdeka",
        "Merdeka.com",
        ("merdeka.com",),
        feeds(("terkini", "https://www.merdeka.com/feed/")),
        article=(r"\.html$",),
    ),
    outlet(
        "viva",
        "VIVA.co.id",
        ("viva.co.id",),
        feeds(("terkini", "https://www.viva.co.id/get/all")),
        article=(r"/(read/)?\d{5,}-",),
        extractor="viva",
    ),
    outlet("idntimes", "IDN Times", ("idntimes.com",), feeds(("terkini", "https://www.idntimes.com/rss"))),
    outlet(
        "jpnn",
        "JPNN.com",
        ("jpnn.com",),
        feeds(("terkini", "https://www.jpnn.com/index.php?mib=rss")),
        article=(r"/news/",),
    ),
    outlet(
        "mediaindonesia",
        "Media Indonesia",
        ("mediaindonesia.com",),
        feeds(("terkini", "https://mediaindonesia.com/feed")),
        article=(r"/[\w-]+/\d+/",),
        extractor="mediaindonesia",
    ),
    outlet("jawapos", "Jawa Pos", ("jawapos.com",), feeds(("terkini", "https://www.jawapos.com/rss"))),
    outlet("inews", "iNews.id", ("inews.id",), feeds(("terkini", "https://www.inews.id/feed"))),
    outlet("beritasatu", "Beritasatu", ("beritasatu.com",), feeds(("terkini", "https://www.beritasatu.com/rss"))),
    outlet("tirto", "Tirto.id", ("tirto.id",), feeds(("terkini", "https://tirto.id/sitemap/r/google-news"))),
    outlet("medcom", "Medcom.id", ("medcom.id",), feeds(("terkini", "https://www.medcom.id/rss"))),
    outlet("rri", "RRI", ("rri.go.id",), feeds(("terkini", "https://www.rri.go.id/rss"))),
)

BUSINESS = (
    outlet(
        "cnbcindonesia",
        "CNBC Indonesia",
        ("cnbcindonesia.com",),
        feeds(
            ("news", "https://www.cnbcindonesia.com/news/rss"), ("market", "https://www.cnbcindonesia.com/market/rss")
        ),
        kind="business",
        article=(r"/\d{14}-\d+-\d+/",),
    ),
    outlet(
        "kontan",
        "Kontan",
        ("kontan.co.id",),
        feeds(("nasional", "https://nasional.kontan.co.id/rss"), ("investasi", "https://investasi.kontan.co.id/rss")),
        kind="business",
        article=(r"/news/",),
    ),
    outlet(
        "bisnis",
        "Bisnis.com",
        ("bisnis.com",),
        feeds(("terkini", "https://www.bisnis.com/rss"), ("ekonomi", "https://ekonomi.bisnis.com/rss")),
        kind="business",
        article=(r"/read/\d{8}/",),
    ),
    outlet(
        "katadata", "Katadata", ("katadata.co.id",), feeds(("terkini", "https://katadata.co.id/rss")), kind="business"
    ),
    outlet(
        "wartaekonomi",
        "Warta Ekonomi",
        ("wartaekonomi.co.id",),
        feeds(("terkini", "https://www.wartaekonomi.co.id/rss")),
        kind="business",
    ),
    outlet("investor", "Investor.id", ("investor.id",), feeds(("terkini", "https://investor.id/rss")), kind="business"),
    outlet(
        "idxchannel",
        "IDX Channel",
        ("idxchannel.com",),
        feeds(("terkini", "https://www.idxchannel.com/rss")),
        kind="business",
    ),
)

INTERNATIONAL = (
    outlet(
        "bbcindonesia",
        "BBC News Indonesia",
        ("bbc.com",),
        feeds(("indonesia", "https://feeds.bbci.co.uk/indonesia/rss.xml")),
        article=(r"/indonesia/(articles/|[\w-]+-\d+)",),
    ),
    outlet(
        "voaindonesia",
        "VOA Indonesia",
        ("voaindonesia.com",),
        feeds(("terkini", "https://www.voaindonesia.com/api/zmgqoe$moi")),
        article=(r"/a/[\w-]+/\d+\.html",),
    ),
    outlet(
        "dwindonesia",
        "DW Indonesia",
        ("dw.com",),
        feeds(("indonesia", "https://rss.dw.com/xml/rss-id-all")),
        article=(r"/id/",),
    ),
)

ENTERTAINMENT_AND_OTHER = (
    outlet(
        "kapanlagi",
        "KapanLagi.com",
        ("kapanlagi.com",),
        feeds(("terkini", "https://www.kapanlagi.com/feed/"))
        + feeds(("showbiz-2015", "http://www.kapanlagi.com/feed/"), origin=CORPUS_2015),
        kind="entertainment",
        article=(r"-[0-9a-f]{6}\.html$",),
        extractor="kapanlagi",
    ),
    outlet("bolanet", "Bola.net", ("bola.net",), feeds(("terkini", "https://www.bola.net/feed/")), kind="sport"),
    outlet(
        "kabarislamia",
        "Kabar Islamia",
        ("kabarislamia.com",),
        feeds(("terkini", "https://kabarislamia.com/feed/")),
        kind="religion",
        article=(r"/\d{4}/\d{2}/\d{2}/",),
    ),
)

OUTLETS: tuple[Outlet, ...] = (*NATIONAL_GENERAL, *BUSINESS, *INTERNATIONAL, *ENTERTAINMENT_AND_OTHER, *REGIONAL)
