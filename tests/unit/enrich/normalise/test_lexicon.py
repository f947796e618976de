"""Alias and region normalisation against the project's lexicon and gazetteers."""

from __future__ import annotations

import pytest

from enrich.normalise.lexicon import Lexicon
from enrich.normalise.referents import Referent
from enrich.normalise.resolve import resolve_span
from enrich.text import tokenize
from warta.models.enriched import EntityType


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def resolve(lexicon: Lexicon, text: str, kind: EntityType | None = None, context: str = "") -> Referent:
    found = resolve_span([t.text for t in tokenize(text)], kind, lexicon, (context or text).lower())
    assert found is not None, text
    return found


@pytest.mark.parametrize(
    ("alias", "expected_id", "name", "kind"),
    [
        ("Jokowi", "per:joko-widodo", "Joko Widodo", EntityType.PER),
        ("KPK", "org:komisi-pemberantasan-korupsi", "Komisi Pemberantasan Korupsi", EntityType.ORG),
        ("AS", "loc:iso-US", "Amerika Serikat", EntityType.LOC),
        ("Kremlin", "org:kepresidenan-rusia", "Kepresidenan Rusia", EntityType.ORG),
        ("Putin", "per:vladimir-putin", "Vladimir Putin", EntityType.PER),
    ],
)
def test_aliases_resolve_to_canonical(
    lexicon: Lexicon, alias: str, expected_id: str, name: str, kind: EntityType
) -> None:
    found = resolve(lexicon, alias)
    assert (found.id, found.name, found.type) == (expected_id, name, kind)


def test_moskow_is_a_place_in_russia(lexicon: Lexicon) -> None:
    found = resolve(lexicon, "Moskow")
    assert found.type is EntityType.LOC
    assert found.iso_code == "RU"
    assert found.geo is not None and 55 < found.geo.lat < 56


def test_countries_get_iso_code_and_centroid(lexicon: Lexicon) -> None:
    found = resolve(lexicon, "Arab Saudi")
    assert (found.id, found.iso_code) == ("loc:iso-SA", "SA")
    assert found.geo is not None and (found.geo.lat, found.geo.lon) == (25.0, 45.0)


def test_pbb_stays_ambiguous_without_context(lexicon: Lexicon) -> None:
    found = resolve(lexicon, "PBB", context="PBB menggelar rapat kemarin.")
    assert found.ambiguous
    assert found.candidates == ("Partai Bulan Bintang", "Perserikatan Bangsa-Bangsa")


def test_pbb_resolved_when_context_is_clear(lexicon: Lexicon) -> None:
    context = "Sekjen PBB Antonio Guterres meminta Dewan Keamanan bertindak."
    assert resolve(lexicon, "PBB", context=context).name == "Perserikatan Bangsa-Bangsa"
    party = "Ketua Umum PBB Yusril mendaftarkan caleg partai ke KPU."
    assert resolve(lexicon, "PBB", context=party).name == "Partai Bulan Bintang"


def test_short_province_names(lexicon: Lexicon) -> None:
    assert resolve(lexicon, "Jatim").kemendagri_code == "35"
    assert resolve(lexicon, "Jatim").name == "Jawa Timur"
    assert resolve(lexicon, "DKI").kemendagri_code == "31"
    assert resolve(lexicon, "Jakarta").kemendagri_code == "31"


def test_kabupaten_and_kota_bandung_are_different(lexicon: Lexicon) -> None:
    kabupaten = resolve(lexicon, "Kabupaten Bandung")
    assert (kabupaten.kemendagri_code, kabupaten.name) == ("32.04", "Kabupaten Bandung")
    assert resolve(lexicon, "Kab. Bandung").kemendagri_code == "32.04"
    assert resolve(lexicon, "Kota Bandung").kemendagri_code == "32.73"
    assert resolve(lexicon, "Bandung").kemendagri_code == "32.73"  # bare name: the city


def test_kota_surabaya_code_and_coordinates(lexicon: Lexicon) -> None:
    found = resolve(lexicon, "Kota Surabaya")
    assert (found.id, found.kemendagri_code) == ("loc:id-35.78", "35.78")
    assert found.geo is not None and round(found.geo.lat, 1) == -7.3
    assert resolve(lexicon, "Surabaya", EntityType.LOC).kemendagri_code == "35.78"


def test_ner_person_beats_a_bare_place_name_that_needs_support(lexicon: Lexicon) -> None:
    assert resolve(lexicon, "Bima", EntityType.PER).id == "per:bima"
    assert resolve(lexicon, "Bima", EntityType.LOC).kemendagri_code == "52.72"


def test_unknown_names_get_a_derived_id(lexicon: Lexicon) -> None:
    found = resolve(lexicon, "Presiden Budi Santoso", EntityType.PER)
    assert (found.id, found.name) == ("per:budi-santoso", "Budi Santoso")


def test_lowercase_common_words_are_not_free_names(lexicon: Lexicon) -> None:
    entry = lexicon.lookup(["Batu"])
    assert entry is not None and not entry.free  # "batu" (stone) is a common word: needs NER support
