"""The Annotator (with the trained NER model) and the `warta tag` line handlers."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from enrich.annotate import ENRICHER_VERSION, Annotator
from enrich.annotate_cli import click_id_articles, conll_sentences, parse_published, tag_conll, tag_json
from warta.models.article import Article, Provenance
from warta.shared import shared_dir

FIXED = datetime(2025, 2, 13, 2, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    loaded = Annotator.load()
    return Annotator(loaded.tagger, loaded.lexicon, loaded.events, clock=lambda: FIXED)


def make_article(title: str, text: str) -> Article:
    return Article(
        article_id="a-1",
        url="https://example.id/a-1",
        outlet="example",
        title=title,
        text=text,
        published_at=datetime.fromisoformat("2025-02-13T08:15:00+07:00"),
        provenance=Provenance(fetched_at=FIXED, extractor_version="test"),
    )


def test_enrich_builds_the_enriched_article(annotator: Annotator) -> None:
    article = make_article("Banjir Rendam Kota Bandung", "Banjir merendam ratusan rumah di Kota Bandung kemarin.")
    enriched = annotator.enrich(article)
    assert enriched.enricher_version == ENRICHER_VERSION
    assert enriched.enriched_at == FIXED
    assert enriched.article == article
    flood = next(e for e in enriched.events if e.type == "DISASTER.FLOOD")
    assert enriched.main_event == flood.id
    assert flood.date == "2025-02-12"
    assert flood.location == "loc:id-32.73"
    assert any(e.kemendagri_code == "32.73" for e in enriched.entities)
    assert type(enriched).from_bytes(enriched.to_bytes()) == enriched


def test_article_without_events(annotator: Annotator) -> None:
    found = annotator.annotate(make_article("Resep Nasi Goreng", "Siapkan nasi, bawang dan kecap."))
    assert found.events == [] and found.main_event is None


def test_conll_sentences_take_the_first_column() -> None:
    lines = ["Jokowi NNP B-PER\r\n", "tiba\n", "\n", "Di\n", "Bali\n"]
    assert list(conll_sentences(lines)) == [(["Jokowi", "tiba"], 1), (["Di", "Bali"], 0)]


def test_tag_conll_keeps_blank_lines(annotator: Annotator) -> None:
    out = io.StringIO()
    tag_conll(annotator, ["Presiden\n", "Joko\n", "Widodo\n", "\n", "\n", "Bali\n", "\n"], out)
    lines = out.getvalue().split("\n")
    assert lines[3:5] == ["", ""]
    assert [line.split("\t")[0] for line in lines if line] == ["Presiden", "Joko", "Widodo", "Bali"]
    tags = [line.split("\t")[1] for line in lines if line]
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)


def test_tag_json_survives_bad_lines(annotator: Annotator) -> None:
    lines = [
        json.dumps(
            {"title": "Jokowi Bertemu Prabowo", "text": "Jokowi bertemu Prabowo.", "published_at": "2025-02-13"}
        ),
        "not json",
        "[1, 2]",
        '{"title": null, "text": 5, "published_at": "kemarin"}',
        '{"title": "KPK Tangkap Bupati", "text": "KPK menggelar operasi tangkap tangan di Jatim."}',
    ]
    out = io.StringIO()
    tag_json(annotator, lines, out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(results) == 5
    assert "error" in results[1] and "error" in results[2]
    assert results[3]["entities"] == [] and results[3]["main_event"] is None
    first = results[0]
    assert {"per:joko-widodo", "per:prabowo-subianto"} <= {e["id"] for e in first["entities"]}
    assert first["main_event"] == "DIPLOMACY.MEETING"
    assert results[4]["main_event"] == "CRIME.CORRUPTION_ARREST"
    entity = first["entities"][0]
    assert {"id", "type", "name", "mentions", "salience", "codes", "geo"} <= set(entity)


def test_parse_published() -> None:
    assert parse_published("2025-02-13T08:15:00+07:00") == datetime.fromisoformat("2025-02-13T08:15:00+07:00")
    assert parse_published("2025-02-13") is not None
    assert parse_published("Z") is None and parse_published(None) is None
    assert parse_published(1739409300) == datetime.fromisoformat("2025-02-13T08:15:00+07:00")
    assert parse_published(1739409300000) == parse_published(1739409300)


def test_real_articles_keep_the_invariants(annotator: Annotator) -> None:
    """CLICK-ID articles from every outlet: no crash, offsets exact, ids unique, main event among the events."""
    published = datetime.fromisoformat("2019-10-01T12:00:00+07:00")
    for title, text in click_id_articles(shared_dir(), 140):
        found = annotator.annotate_text(title, text, published)
        full = f"{title}\n{text}"
        assert len({e.id for e in found.entities}) == len(found.entities)
        for entity in found.entities:
            assert 0.0 <= entity.salience.score <= 1.0
            assert all(full[m.start : m.end] == m.text for m in entity.mentions)
        assert found.main_event is None or found.main_event in {e.id for e in found.events}
