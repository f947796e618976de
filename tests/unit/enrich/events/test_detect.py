"""Event detection on short texts, with entities from the lexicon only (no NER model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from enrich.events.detect import Detected, detect_events, event_id, main_event
from enrich.events.lexicon import EventLexicon
from enrich.normalise.document import Document
from enrich.normalise.entities import extract_entities
from enrich.normalise.lexicon import Lexicon
from warta.models.enriched import Modality

PUBLISHED = date(2025, 2, 13)


@pytest.fixture(scope="module")
def lexicons() -> tuple[Lexicon, EventLexicon]:
    return Lexicon.load(), EventLexicon.load()


def detect(lexicons: tuple[Lexicon, EventLexicon], title: str, text: str) -> list[Detected]:
    names, events = lexicons
    doc = Document.from_parts(title, text)
    entities = extract_entities(doc, [["O"] * len(s.tokens) for s in doc.sentences], names)
    return detect_events(doc, entities, events, PUBLISHED, "article-1")


def types(found: list[Detected]) -> dict[str, Modality]:
    return {d.event.type: d.event.modality for d in found}


def test_drill_is_not_a_disaster(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(
        lexicons, "Siswa SD Ikuti Simulasi Evakuasi Gempa", "Ratusan siswa mengikuti simulasi evakuasi gempa."
    )
    assert not any(t.startswith("DISASTER.") for t in types(found))


def test_real_earthquake_with_date_and_place(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(lexicons, "Gempa Magnitudo 5,2 Guncang Jatim", "Gempa bumi mengguncang Kota Surabaya kemarin.")
    quake = next(d.event for d in found if d.event.type == "DISASTER.EARTHQUAKE")
    assert quake.type == "DISASTER.EARTHQUAKE"
    assert quake.modality is Modality.ASSERTED
    assert quake.location in ("loc:id-35", "loc:id-35.78") and quake.geo is not None
    assert main_event(found) is not None


def test_denied_arrest_is_negated(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(
        lexicons, "Polisi Bantah Tangkap Mahasiswa", "Polda Metro Jaya membantah menangkap mahasiswa di Jakarta."
    )
    assert types(found).get("CRIME.ARREST") is Modality.NEGATED
    assert main_event(found) is None


def test_flood_risk_is_hedged(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(lexicons, "BMKG Ingatkan Potensi Banjir", "BMKG mengingatkan potensi banjir di Jakarta pekan depan.")
    assert types(found).get("DISASTER.FLOOD") is Modality.HEDGED


def test_planned_summit(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(
        lexicons, "Indonesia Akan Menggelar KTT ASEAN", "Jokowi mengatakan Indonesia akan menggelar KTT ASEAN."
    )
    main = main_event(found)
    assert main is not None and main.event.type == "DIPLOMACY.SUMMIT"
    assert main.event.modality is Modality.PLANNED
    assert main.event.cameo_root == "04"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Cerita Akhir Pekan", "Kami bertemu di pasar lalu pulang bersama. Cuaca cerah sepanjang hari."),
        ("Tips Belanja Hemat", "Saat kampanye diskon, pembeli datang lebih awal. Harga tetap wajar."),
    ],
)
def test_generic_trigger_alone_does_not_fire(lexicons: tuple[Lexicon, EventLexicon], title: str, text: str) -> None:
    assert detect(lexicons, title, text) == []


def test_generic_trigger_with_actors_in_title_fires(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    found = detect(lexicons, "Jokowi Bertemu Prabowo di Istana", "Jokowi bertemu Prabowo Subianto pada Selasa.")
    meeting = next(d.event for d in found if d.event.type == "DIPLOMACY.MEETING")
    assert {"per:joko-widodo", "per:prabowo-subianto"} <= set(meeting.actors)
    assert meeting.date == "2025-02-11"


def test_event_ids_are_stable() -> None:
    assert event_id("a", "DISASTER.FLOOD", 10) == event_id("a", "DISASTER.FLOOD", 10)
    assert event_id("a", "DISASTER.FLOOD", 10) != event_id("a", "DISASTER.FLOOD", 11)
    assert event_id("a", "DISASTER.FLOOD", 10).startswith("evt:")


def test_lead_event_without_own_date_takes_the_lead_date(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    title = "Kebakaran Hanguskan Pasar Kota Surabaya"
    text = "SURABAYA - Warga panik pada Senin (10/2/2025) malam. Api membakar ratusan kios pasar."
    fire = next(d.event for d in detect(lexicons, title, text) if d.event.type == "DISASTER.FIRE")
    assert (fire.date, fire.date_text) == ("2025-02-10", "Senin (10/2/2025)")
    assert fire.location == "loc:id-35.78"


def test_figurative_uses_are_not_events(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    title, text = "Unggahan Jokowi Banjir Pujian", "Unggahan Jokowi di Jakarta banjir pujian warganet."
    assert "DISASTER.FLOOD" not in types(detect(lexicons, title, text))


def test_sports_report_has_no_meeting_or_war(lexicons: tuple[Lexicon, EventLexicon]) -> None:
    title = "Indonesia Vs Thailand, Gajah Perang Siap Tempur"
    text = (
        "Timnas Indonesia bertemu Thailand pada laga kedua. Pelatih dan pemain Thailand siap. "
        "Pertemuan terakhir di babak penyisihan berakhir dengan skor 2-1 bagi Thailand."
    )
    assert detect(lexicons, title, text) == []
