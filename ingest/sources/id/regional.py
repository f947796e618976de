"""Regional Indonesian outlets: Tribun's provincial sites, ANTARA bureaus and provincial papers."""

from __future__ import annotations

from ingest.sources.declare import feeds, outlet

_TRIBUN_REGIONAL = (
    # (id suffix, subdomain, province)
    ("jateng", "jateng", "Jawa Tengah"),
    ("jogja", "jogja", "DI Yogyakarta"),
    ("jatim", "jatim", "Jawa Timur"),
    ("jabar", "jabar", "Jawa Barat"),
    ("medan", "medan", "Sumatera Utara"),
    ("makassar", "makassar", "Sulawesi Selatan"),
    ("bali", "bali", "Bali"),
    ("aceh", "aceh", "Aceh"),
    ("kaltim", "kaltim", "Kalimantan Timur"),
    ("pontianak", "pontianak", "Kalimantan Barat"),
)

TRIBUN_REGIONAL_OUTLETS = tuple(
    outlet(
        f"tribun-{suffix}",
        f"Tribun {province}" if suffix != "aceh" else "Serambinews (Tribun Aceh)",
        (f"{sub}.tribunnews.com",),
        feeds(("terkini", f"https://{sub}.tribunnews.com/rss")),
        region=province,
        article=(r"/\d{4}/\d{2}/\d{2}/",),
    )
    for suffix, sub, province in _TRIBUN_REGIONAL
)

REGIONAL = (
    *TRIBUN_REGIONAL_OUTLETS,
    outlet(
        "pikiranrakyat",
        "Pikiran Rakyat",
        ("pikiran-rakyat.com",),
        feeds(("terkini", "https://www.pikiran-rakyat.com/feed")),
        region="Jawa Barat",
    ),
    outlet(
        "harianjogja",
        "Harian Jogja",
        ("harianjogja.com",),
        feeds(("terkini", "https://www.harianjogja.com/rss")),
        region="DI Yogyakarta",
    ),
    outlet(
        "solopos",
        "Solopos",
        ("solopos.com",),
        feeds(("terkini", "https://www.solopos.com/feed")),
        region="Jawa Tengah",
    ),
    outlet(
        "suaramerdeka",
        "Suara Merdeka",
        ("suaramerdeka.com",),
        feeds(("terkini", "https://www.suaramerdeka.com/feed")),
        region="Jawa Tengah",
    ),
    outlet(
        "krjogja",
        "Kedaulatan Rakyat",
        ("krjogja.com",),
        feeds(("terkini", "https://www.krjogja.com/feed")),
        region="DI Yogyakarta",
    ),
    outlet(
        "antara-jateng",
        "ANTARA Jawa Tengah",
        ("jateng.antaranews.com",),
        feeds(("terkini", "https://jateng.antaranews.com/rss/terkini.xml")),
        region="Jawa Tengah",
        article=(r"/berita/\d+/",),
    ),
    outlet(
        "antara-sumbar",
        "ANTARA Sumatera Barat",
        ("sumbar.antaranews.com",),
        feeds(("terkini", "https://sumbar.antaranews.com/rss/terkini.xml")),
        region="Sumatera Barat",
        article=(r"/berita/\d+/",),
    ),
    outlet(
        "posmetro-medan",
        "Posmetro Medan",
        ("posmetro-medan.com",),
        feeds(("terkini", "https://www.posmetro-medan.com/feeds/posts/default?alt=rss")),
        region="Sumatera Utara",
        article=(r"/\d{4}/\d{2}/[\w-]+\.html$",),
    ),
    outlet(
        "lampungpost",
        "Lampung Post",
        ("lampost.co",),
        feeds(("terkini", "https://lampost.co/feed/")),
        region="Lampung",
    ),
)
