"""`warta reextract` on the real broker: replayed pages ingested, the extractor changed, updates published."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ingest.extract import core
from ingest.extract.boilerplate import CleanText
from ingest.poll.runner import IngestOptions, run_ingest
from ingest.reextract.cli import reextract
from ingest.replay import ReplayOptions, RunningReplay, start_replay
from warta.kafka.offsets import read_topic
from warta.models import Article
from warta.settings import Settings

pytestmark = pytest.mark.integration

NEW_VERSION = "warta-extract/9.9.9 (test: the last paragraph dropped)"


@pytest.fixture(scope="module")
def tiny_replay() -> Iterator[RunningReplay]:
    running = start_replay(ReplayOptions(click_limit=4, include_2015=False, include_tempo=False))
    yield running
    running.stop()


def _by_key(settings: Settings, topic: str) -> dict[str, list[Article]]:
    """The articles of `topic` per key, in offset order (one key lives on one partition)."""
    out: dict[str, list[Article]] = {}
    for key, value in _records(settings, topic):
        out.setdefault(key, []).append(Article.model_validate_json(value))
    return out


def _records(settings: Settings, topic: str) -> list[tuple[str, bytes]]:
    """(key, value) of every record of `topic`, in offset order per partition."""
    return [(r.key.decode(), r.value) for r in read_topic(settings, topic)]


def _drop_last_paragraph(original: object) -> object:
    def clean(text: str, title: str | None = None) -> CleanText:
        cleaned = original(text, title)  # type: ignore[operator]
        return CleanText("\n".join(cleaned.text.split("\n")[:-1]), cleaned.credits)

    return clean


def test_reextract_publishes_changed_articles_once(
    settings: Settings, tiny_replay: RunningReplay, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingested = run_ingest(settings, tiny_replay.registry, IngestOptions(once=True, workers=2), threading.Event())
    assert ingested.drained
    topic = settings.topic("articles")
    originals = {key: articles[0] for key, articles in _by_key(settings, topic).items()}
    assert len(originals) >= 20 and len(_records(settings, topic)) == len(originals)

    lines: list[str] = []
    assert reextract(settings, tiny_replay.registry, report=lines.append).changed == 0  # same extractor: nothing

    monkeypatch.setattr(core, "EXTRACTOR_VERSION", NEW_VERSION)
    monkeypatch.setattr(core, "clean_lines", _drop_last_paragraph(core.clean_lines))
    summary = reextract(settings, tiny_replay.registry, progress_every=10, report=lines.append)
    published = _by_key(settings, topic)
    assert summary.examined == summary.changed == len(originals)
    assert sorted(published) == sorted(originals) and {len(v) for v in published.values()} == {2}
    for key, (original, update) in published.items():
        assert update.article_id == key
        assert update.version > original.version
        assert update.changed_fields == ["text"]
        assert update.text == "\n".join(original.text.split("\n")[:-1])
        assert update.provenance.extractor_version == NEW_VERSION
    assert lines[0].startswith("10/")

    again = reextract(settings, tiny_replay.registry, report=lines.append)
    assert (again.changed, again.unchanged) == (0, len(originals))
    assert len(_records(settings, topic)) == 2 * len(originals)
