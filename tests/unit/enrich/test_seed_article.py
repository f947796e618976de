"""The article the project was started from must come out right (uses the trained NER model)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from enrich.annotate import Annotations, Annotator
from warta.models.enriched import Entity, EntityType, Modality

SEED = Path(__file__).parent / "data" / "seed_article.txt"
PUBLISHED = datetime.fromisoformat("2025-02-13T08:15:00+07:00")


@pytest.fixture(scope="module")
def seed() -> tuple[str, str]:
    title, _, text = SEED.read_text(encoding="utf-8").partition("\n")
    return title, text


@pytest.fixture(scope="module")
def found(seed: tuple[str, str]) -> Annotations:
    return Annotator.load().annotate_text(*seed, published_at=PUBLISHED, article_id="seed-putin-trump")


def entity(found: Annotations, entity_id: str) -> Entity:
    matches = [e for e in found.entities if e.id == entity_id]
    assert matches, f"{entity_id} missing; have {[e.id for e in found.entities]}"
    return matches[0]


@pytest.mark.parametrize(
    ("entity_id", "name", "surface"),
    [
        ("per:vladimir-putin", "Vladimir Putin", "Putin"),
        ("per:donald-trump", "Donald Trump", "Trump"),
        ("per:dmitry-peskov", "Dmitry Peskov", "Peskov"),
    ],
)
def test_people(found: Annotations, entity_id: str, name: str, surface: str) -> None:
    person = entity(found, entity_id)
    assert person.type is EntityType.PER
    assert person.name == name
    assert surface in {m.text for m in person.mentions}  # the surname later in the text links to the full name


def test_kremlin_is_an_organisation(found: Annotations) -> None:
    kremlin = [e for e in found.entities if any(m.text == "Kremlin" for m in e.mentions)]
    assert [e.type for e in kremlin] == [EntityType.ORG]


@pytest.mark.parametrize(
    ("entity_id", "iso"),
    [("loc:iso-RU", "RU"), ("loc:iso-US", "US"), ("loc:iso-UA", "UA"), ("loc:iso-SA", "SA"), ("loc:moskow", "RU")],
)
def test_places_with_codes_and_centroids(found: Annotations, entity_id: str, iso: str) -> None:
    place = entity(found, entity_id)
    assert place.type is EntityType.LOC
    assert place.iso_code == iso
    assert place.geo is not None


def test_us_alias_and_full_name_are_one_entity(found: Annotations) -> None:
    usa = entity(found, "loc:iso-US")
    assert {"AS", "Amerika Serikat"} <= {m.text for m in usa.mentions}
    assert usa.name == "Amerika Serikat"


def test_mention_offsets_point_into_title_and_text(found: Annotations, seed: tuple[str, str]) -> None:
    full = f"{seed[0]}\n{seed[1]}"
    for item in found.entities:
        for mention in item.mentions:
            assert full[mention.start : mention.end] == mention.text
    assert entity(found, "per:vladimir-putin").salience.in_title
    assert entity(found, "per:dmitry-peskov").salience.in_lead


def test_phone_call_on_wednesday_between_putin_and_trump(found: Annotations) -> None:
    calls = [e for e in found.events if e.type == "DIPLOMACY.PHONE_CALL"]
    assert len(calls) == 1
    call = calls[0]
    assert call.date == "2025-02-12"
    assert {"per:vladimir-putin", "per:donald-trump"} <= set(call.actors)
    assert call.modality is Modality.ASSERTED
    assert call.cameo_root == "04"


def test_main_event_is_a_planned_summit(found: Annotations) -> None:
    main = [e for e in found.events if e.id == found.main_event]
    assert len(main) == 1
    assert main[0].type == "DIPLOMACY.SUMMIT"
    assert main[0].modality is Modality.PLANNED
    assert found.main_event_type == "DIPLOMACY.SUMMIT"
    assert {"per:vladimir-putin", "per:donald-trump"} <= set(main[0].actors)


def test_annotation_is_deterministic(found: Annotations, seed: tuple[str, str]) -> None:
    again = Annotator.load().annotate_text(*seed, published_at=PUBLISHED, article_id="seed-putin-trump")
    assert again == found
