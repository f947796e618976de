from datetime import UTC, datetime

from warta.models import EnrichedArticle, Entity, EntityType, Event, EventMessage, Mention
from warta.tail.filters import TailFilter, type_matches

from ..test_models import make_article

SURABAYA = Entity(id="loc:id-35.78", type=EntityType.LOC, name="Kota Surabaya", kemendagri_code="35.78")
JATIM = Entity(id="loc:id-35", type=EntityType.LOC, name="Jawa Timur", kemendagri_code="35")
KPK = Entity(
    id="org:kpk",
    type=EntityType.ORG,
    name="Komisi Pemberantasan Korupsi",
    mentions=[Mention(text="KPK", start=0, end=3)],
)
OTT = Event(
    id="e1",
    type="CRIME.CORRUPTION_ARREST",
    sentence="KPK menggelar OTT.",
    trigger="OTT",
    actors=["org:kpk"],
    location="loc:id-35.78",
)


def enriched(outlet: str = "kompas", events: tuple[Event, ...] = (OTT,)) -> EnrichedArticle:
    return EnrichedArticle(
        article=make_article(outlet=outlet),
        entities=[SURABAYA, KPK],
        events=list(events),
        main_event="e1",
        enricher_version="t",
        enriched_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def test_event_type_matches_types_and_families_exactly() -> None:
    assert type_matches("CRIME", "CRIME.ARREST") and type_matches("crime.*", "CRIME.ARREST")
    assert type_matches("CRIME.ARREST", "CRIME.ARREST")
    assert not type_matches("CRIME.ARREST", "CRIME.CORRUPTION_ARREST")
    assert not type_matches("CRIM", "CRIME.ARREST")


def test_corruption_arrests_in_jawa_timur() -> None:
    wanted = TailFilter(event_type="CRIME.CORRUPTION_ARREST", place="Jawa Timur", place_codes=frozenset({"35"}))
    assert wanted.matches_article(enriched())
    assert not TailFilter(
        event_type="CRIME.CORRUPTION_ARREST", place="Bali", place_codes=frozenset({"51"})
    ).matches_article(enriched())
    assert not wanted.matches_article(enriched(events=(OTT.model_copy(update={"type": "CRIME.ARREST"}),)))


def test_province_code_matches_inside_it_but_not_a_prefix_of_digits() -> None:
    assert TailFilter(place="35").matches_article(enriched())
    assert not TailFilter(place="3").matches_article(enriched())


def test_entity_and_outlet_filters_are_exact() -> None:
    assert TailFilter(entity="KPK").matches_article(enriched())
    assert TailFilter(entity="komisi pemberantasan korupsi").matches_article(enriched())
    assert not TailFilter(entity="Komisi").matches_article(enriched())
    assert not TailFilter(outlet="kompas").matches_article(enriched(outlet="tempo"))


def test_event_messages_are_filtered_on_their_own_entities() -> None:
    message = EventMessage(event=OTT, article_id="a1", title="t", url="u", outlet="kompas", entities=[KPK, SURABAYA])
    assert TailFilter(event_type="CRIME", place="Kota Surabaya").matches_event(message)
    assert TailFilter(place="Jawa Timur", place_codes=frozenset({"35"})).matches_event(message)
    assert not TailFilter(entity="Joko Widodo").matches_event(message)
    assert JATIM.kemendagri_code == "35"
