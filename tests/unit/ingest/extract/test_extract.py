"""`extract` on synthetic pages: metadata, zones, credits, multi-page join, rejection."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ingest.extract import EXTRACTOR_VERSION, FetchedPage, extract
from ingest.extract.dates import WIB
from ingest.extract.sites import detik, rules_for
from warta.exceptions import PermanentError
from warta.models.dead_letter import Reason

NOW = datetime(2026, 1, 1, tzinfo=UTC)
URL = "https://regional.example.co.id/read/2024/03/05/123456/banjir-merendam-ratusan-rumah-di-samarinda"
SENTENCES = [
    "Banjir merendam ratusan rumah warga di Samarinda sejak Senin malam setelah hujan deras mengguyur kota.",
    "Warga Samarinda mengungsi ke masjid dan sekolah terdekat sambil menunggu air banjir surut.",
    "Badan Penanggulangan Bencana Daerah Samarinda mencatat ketinggian air banjir mencapai satu meter.",
    "Petugas membagikan makanan dan selimut kepada warga yang rumahnya terendam banjir di Samarinda.",
    "Wali kota meminta warga Samarinda tetap waspada karena hujan diperkirakan turun hingga akhir pekan.",
    "Dinas Sosial Samarinda mendirikan dapur umum di tiga kelurahan yang paling parah terdampak banjir.",
    "Sejumlah ruas jalan utama di Samarinda lumpuh karena genangan banjir setinggi lutut orang dewasa.",
    "Warga berharap pemerintah segera memperbaiki saluran air agar banjir tidak terulang setiap musim hujan.",
]


def _html(date_line: str, body: list[str], head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        "<html lang='id'><head><title>Banjir Merendam Ratusan Rumah di Samarinda - Example.co.id</title>"
        "<meta property='og:title' content='Banjir Merendam Ratusan Rumah di Samarinda'>"
        "<meta name='keywords' content='banjir, samarinda, berita terkini'>"
        f"<link rel='canonical' href='{URL}'>{head}</head><body>"
        "<h1>Banjir Merendam Ratusan Rumah di Samarinda</h1>"
        f"<div class='date'>{date_line}</div><article>{paragraphs}</article>"
        "<div class='related'><a href='/a'>Berita lain yang tidak terkait sama sekali dengan banjir</a></div>"
        "</body></html>"
    )


def _extract(*htmls: str, url: str = URL) -> object:
    pages = [FetchedPage(url=url if i == 0 else f"{url}/{i + 1}", html=h) for i, h in enumerate(htmls)]
    return extract(pages, outlet="example", article_id="a1", fetched_at=NOW)


@pytest.mark.parametrize(("zone", "hours"), [("WIB", 7), ("WITA", 8), ("WIT", 9), ("", 7)])
def test_published_at_has_the_offset_of_the_printed_zone(zone: str, hours: int) -> None:
    html = _html(f"Selasa, 5 Maret 2024 | 14:30 {zone}", [*SENTENCES[:4], "Baca juga: Banjir lain", *SENTENCES[4:]])
    published = _extract(html).published_at
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2024, 3, 5, 14, 30)
    assert published.utcoffset() == timedelta(hours=hours)


def test_metadata_body_and_credits() -> None:
    body = ["Samarinda (ANTARA) - " + SENTENCES[0], *SENTENCES[1:], "SCROLL TO CONTINUE WITH CONTENT",
            "Baca Juga: Banjir Bandang di Kota Lain", "Penulis: Rina Wati", "Editor: Joko"]  # fmt: skip
    article = _extract(_html("Selasa, 5 Maret 2024 | 14:30 WITA", body))
    assert article.title == "Banjir Merendam Ratusan Rumah di Samarinda"
    assert article.url == URL
    assert article.text.startswith("Samarinda (ANTARA) - Banjir merendam")
    assert "Baca" not in article.text and "SCROLL" not in article.text and "Berita lain" not in article.text
    assert article.credits.writer == ["Rina Wati"] and article.credits.editor == ["Joko"]
    assert article.authors == ["Rina Wati"]
    assert article.tags == ["banjir", "samarinda"]
    assert article.section == "regional"
    assert (article.language, article.language_flag) == ("id", False)
    assert article.provenance.extractor_version == EXTRACTOR_VERSION
    assert article.provenance.pages == 1


def test_pages_are_joined_without_repeating_paragraphs() -> None:
    first = _html("Selasa, 5 Maret 2024 | 14:30 WIB", [*SENTENCES[:4], "Halaman selanjutnya"])
    second = _html("Selasa, 5 Maret 2024 | 14:30 WIB", [SENTENCES[0], *SENTENCES[4:]])
    article = _extract(first, second)
    assert article.text.split("\n") == SENTENCES
    assert article.provenance.pages == 2


def _listing(items: str) -> str:
    return (
        "<html lang='id'><head><title>Indeks Berita - Example.co.id</title>"
        "<meta property='og:type' content='article'></head><body><h1>Indeks Berita</h1>"
        f"<div class='latest'>{items}</div></body></html>"
    )


_TEASERS = [
    "Harga cabai di pasar tradisional naik dua kali lipat menjelang bulan puasa tahun ini.",
    "Tim nasional sepak bola bersiap menghadapi laga persahabatan melawan Vietnam pekan depan.",
    "Gunung api di Maluku Utara kembali erupsi dan menyemburkan abu setinggi dua kilometer.",
    "Penyanyi dangdut terkenal merilis album baru berisi sepuluh lagu ciptaannya sendiri.",
    "Pemerintah provinsi membuka pendaftaran beasiswa untuk mahasiswa berprestasi dari keluarga miskin.",
    "Polisi menangkap komplotan pencuri sepeda motor yang beraksi di parkiran pusat perbelanjaan.",
]


@pytest.mark.parametrize(
    "item",
    [
        # one wrapper per teaser (kompas, tempo, liputan6)
        "<article class='item'><h2><a href='/read/{i}'>Berita nomor {i} hari ini di kota</a></h2>"
        "<p>{text}</p><time>Selasa, 5 Maret 2024 | 14:{i}0 WIB</time></article>",
        # a flat run of headlines and snippets in one block (no wrapper per teaser)
        "<h3><a href='/read/{i}'>Berita nomor {i} hari ini di kota</a></h3><p>{text}</p><span>5 menit lalu</span>",
    ],
    ids=["wrapped-teasers", "flat-teasers"],
)
def test_an_index_page_is_not_an_article(item: str) -> None:
    items = "".join(item.format(i=i, text=text) for i, text in enumerate(_TEASERS * 2))
    with pytest.raises(PermanentError) as caught:
        _extract(_listing(items), url="https://www.example.co.id/indeks")
    assert caught.value.reason == Reason.NOT_AN_ARTICLE.value
    assert "listing of teasers" in caught.value.detail


def test_a_short_synopsis_whose_text_does_not_repeat_its_title_is_an_article() -> None:
    """Rejected by extractor 1.0.0's title-overlap test (kapanlagi's episode synopses)."""
    html = _html("Selasa, 5 Maret 2024 | 14:30 WIB", _TEASERS).replace(
        "Banjir Merendam Ratusan Rumah di Samarinda", "Sinopsis Sinetron Anak Langit Episode 1088"
    )
    assert _extract(html).text.split("\n") == _TEASERS


def test_a_gallery_without_text_is_not_an_article() -> None:
    html = _html("Selasa, 5 Maret 2024 | 14:30 WIB", ["<img src='a.jpg'> Foto 1", "<img src='b.jpg'> Foto 2"])
    with pytest.raises(PermanentError) as caught:
        _extract(html)
    assert caught.value.reason == Reason.NOT_AN_ARTICLE.value


def test_empty_page_and_no_page_fail_extraction() -> None:
    for pages in ([], [FetchedPage(url=URL, html=b"  ")]):
        with pytest.raises(PermanentError) as caught:
            extract(pages, outlet="example", article_id="a1", fetched_at=NOW)
        assert caught.value.reason == Reason.EXTRACTION_FAILED.value


def test_english_text_is_flagged() -> None:
    english = [
        "Floods submerged hundreds of homes in Samarinda on Monday night after heavy rain hit the city.",
        "Residents of Samarinda fled to mosques and schools while they waited for the flood water to recede.",
        "The disaster agency in Samarinda said the flood water reached one metre in the lowest areas.",
        "Officers handed out food and blankets to the families whose homes were flooded in Samarinda.",
        "The mayor asked people in Samarinda to stay alert because more rain is expected until the weekend.",
        "Several main roads in Samarinda were cut off by knee-deep flood water for most of the day.",
    ]
    html = _html("Tuesday, 5 March 2024 | 14:30 WIB", english).replace("Banjir Merendam Ratusan Rumah", "Floods hit")
    article = _extract(html.replace("Floods hit di Samarinda", "Floods hit homes in Samarinda"))
    assert (article.language, article.language_flag) == ("en", True)


def test_site_rules_are_chosen_by_domain_and_date() -> None:
    assert rules_for("https://news.detik.com/berita/d-1/x", date(2015, 11, 5)) == [detik.V2, detik.V1]
    assert rules_for("https://news.detik.com/berita/d-1/x", date(2024, 1, 1)) == [detik.V2]
    assert rules_for("https://www.example.co.id/x", None) == []


def test_an_xml_declaration_does_not_break_parsing() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + _html("Selasa, 5 Maret 2024 | 14:30 WIB", SENTENCES)
    assert _extract(html).title == "Banjir Merendam Ratusan Rumah di Samarinda"


def test_a_wrapper_named_like_boilerplate_that_holds_the_article_is_kept() -> None:
    html = _html("Selasa, 5 Maret 2024 | 14:30 WIB", SENTENCES).replace(
        "<article>", "<div class='share-area'><article>"
    )
    assert _extract(html.replace("</article>", "</article></div>")).text.split("\n") == SENTENCES


def test_a_short_article_of_two_paragraphs_is_still_an_article() -> None:
    two = [
        SENTENCES[0] + " " + SENTENCES[1],
        "Gubernur akan meninjau lokasi pengungsian besok pagi bersama para menteri. " + SENTENCES[2],
    ]
    assert _extract(_html("Selasa, 5 Maret 2024 | 14:30 WIB", two)).text.split("\n") == two


def test_a_detik_page_of_the_current_layout_uses_its_container() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in SENTENCES[1:])
    html = (
        "<html><head><meta property='og:title' content='Banjir Merendam Ratusan Rumah di Samarinda'>"
        "<meta name='publishdate' content='2024/03/05 14:30:00'></head><body>"
        "<h1>Banjir Merendam Ratusan Rumah di Samarinda</h1>"
        "<div class='detail__date'>Selasa, 05 Mar 2024 14:30 WIB</div>"
        f"<div class='detail__body-text itp_bodycontent'><p><strong>Samarinda</strong> - {SENTENCES[0]}</p>"
        "<table class='linksisip'><tr><td>Baca juga: Banjir di kota lain</td></tr></table>"
        f"<div class='parallaxindetail'>ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT</div>{paragraphs}</div>"
        "<div class='list-content'><p>Berita yang tidak terkait dengan banjir di kota ini.</p></div></body></html>"
    )
    article = _extract(html, url="https://news.detik.com/berita/d-7000000/banjir-merendam-ratusan-rumah")
    assert article.text.split("\n") == [f"Samarinda - {SENTENCES[0]}", *SENTENCES[1:]]
    assert article.published_at == datetime(2024, 3, 5, 14, 30, tzinfo=WIB)


def test_a_page_wrapped_in_a_form_keeps_its_text() -> None:
    html = _html("Selasa, 5 Maret 2024 | 14:30 WIB", SENTENCES).replace("<body>", "<body><form id='aspnetForm'>")
    assert _extract(html.replace("</body>", "</form></body>")).text.split("\n") == SENTENCES
