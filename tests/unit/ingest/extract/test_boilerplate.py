"""Indonesian boilerplate rules on small synthetic snippets."""

from __future__ import annotations

from ingest.extract.boilerplate import clean_lines


def test_baca_juga_lines_of_every_spelling_are_dropped() -> None:
    text = "Paragraf satu.\nBaca juga: Judul lain di sini\nBACA JUGA\nBaca Juga : Judul ketiga\nParagraf dua."
    assert clean_lines(text).text == "Paragraf satu.\nParagraf dua."


def test_baca_juga_glued_inside_a_paragraph_is_cut_up_to_the_next_quote() -> None:
    text = "Dokumen belum ada.Baca juga : Hasil Penyelidikan Segera Dirilis “Kami tanya ke Minerba,” katanya."
    assert clean_lines(text).text == "Dokumen belum ada. “Kami tanya ke Minerba,” katanya."


def test_widget_and_navigation_lines_are_dropped() -> None:
    noise = [
        "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Halaman selanjutnya", "Halaman: 1 2 3", "1 2 3 4",
        "Load More...", "COPYRIGHT © ANTARA 2016", "© 2007 - 2015 okezone.com, All Rights Reserved",
        "Jumat , 17 February 2017, 13:16 WIB", "Berita Terkait", "JANGAN LEWATKAN!!!",
        "Cek berita dan artikel yg lain di Google News", "Ikuti perkembangan berita ini dalam topik:",
    ]  # fmt: skip
    text = "\n".join(["Jakarta (ANTARA) - Isi berita.", *noise, "(fyk/ash)"])
    assert clean_lines(text).text == "Jakarta (ANTARA) - Isi berita.\n(fyk/ash)"


def test_dateline_and_author_initials_stay_in_the_body() -> None:
    text = "JAKARTA, KOMPAS.com - Menteri berkata.\n(kpl/pur/tch)"
    assert clean_lines(text).text == text


def test_credit_lines_become_credits() -> None:
    text = (
        "Isi berita.\n| Penulis | : Kontributor Lhokseumawe, Masriadi |\n| Editor | : Ervan Hardoko |\n"
        "Reporter: Ana dan Budi\nPewarta: Citra\nFoto: Antara/Dedi"
    )
    cleaned = clean_lines(text)
    assert cleaned.text == "Isi berita."
    assert cleaned.credits.writer == ["Masriadi"]
    assert cleaned.credits.editor == ["Ervan Hardoko"]
    assert cleaned.credits.reporter == ["Ana", "Budi", "Citra"]
    assert cleaned.credits.photo == ["Antara", "Dedi"]


def test_trailing_photo_credit_of_a_caption_goes_to_credits() -> None:
    cleaned = clean_lines("Taylor Swift memberi standing ovation untuk Joey. Foto: Grammy")
    assert cleaned.text == "Taylor Swift memberi standing ovation untuk Joey."
    assert cleaned.credits.photo == ["Grammy"]


def test_a_long_sentence_that_starts_like_a_credit_is_kept() -> None:
    text = "Editor: " + " ".join(["kata"] * 20)
    assert clean_lines(text).text == text


def test_the_title_repeated_in_the_body_is_dropped() -> None:
    assert clean_lines("Judul Berita Ini\nIsi berita.", "Judul  berita ini").text == "Isi berita."


def test_a_dateline_alone_on_its_line_is_glued_to_the_paragraph() -> None:
    assert clean_lines("Jakarta -\nGalaxy S6 Edge adalah jagoan Samsung.").text == (
        "Jakarta - Galaxy S6 Edge adalah jagoan Samsung."
    )


def test_prose_that_starts_with_lihat_or_simak_is_kept() -> None:
    text = (
        "Lihat saja, pemerintah belum juga bertindak.\nSimak Video: Banjir\nTonton juga: Video lain\n"
        "Baca buku itu penting."
    )
    assert clean_lines(text).text == "Lihat saja, pemerintah belum juga bertindak.\nBaca buku itu penting."


def test_a_brand_stamp_without_a_place_is_cut_but_a_dateline_stays() -> None:
    assert clean_lines("VIVA.co.id - Pianis cilik Indonesia.").text == "Pianis cilik Indonesia."
    assert clean_lines("Kapanlagi.com® - Brandon Salim.").text == "Brandon Salim."
    for dateline in ("Liputan6.com, Jakarta - Isi.", "TEMPO.CO, Jakarta - Isi.", "Jakarta (ANTARA) - Isi."):
        assert clean_lines(dateline).text == dateline
