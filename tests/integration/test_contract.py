"""A non-Python client reads the enriched topics, and what it reads validates against the published schemas.

The client is Kafka's own console consumer, run from the jars the local stack resolved from Maven Central.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest

from enrich.annotate import Annotator
from enrich.consumer import outputs_for
from warta.kafka.clients import make_producer, send_all
from warta.kafka.topics import ENRICHED_ARTICLES, ENRICHED_EVENTS, ensure_topics
from warta.models import Article, Provenance
from warta.settings import Settings

pytestmark = pytest.mark.integration
SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
SEED = Path(__file__).resolve().parents[1] / "unit" / "enrich" / "data" / "seed_article.txt"
WIB = timezone(timedelta(hours=7))


def console_consume(base: Settings, topic: str, count: int) -> list[tuple[str, dict[str, object]]]:
    lib = base.data_dir / "stack" / "lib" / "kafka"
    java = shutil.which("java")
    assert java and lib.is_dir(), f"the Kafka jars are resolved by `warta stack up` into {lib}"
    command = [
        java, "-cp", f"{lib}/*", "org.apache.kafka.tools.consumer.ConsoleConsumer",
        "--bootstrap-server", base.kafka_bootstrap, "--topic", topic, "--from-beginning",
        "--max-messages", str(count), "--timeout-ms", "20000",
        "--property", "print.key=true", "--property", "key.separator=\t",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == count, result.stderr[-2000:]
    return [(key, json.loads(value)) for key, value in (line.split("\t", 1) for line in lines)]


def test_console_consumer_reads_messages_that_validate(base_settings: Settings, settings: Settings) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    article = Article(
        article_id="seed-putin-trump", url="https://example.invalid/seed", outlet="sindonews", title=lines[0],
        text="\n".join(lines[1:]), published_at=datetime(2025, 2, 13, 8, 15, tzinfo=WIB),
        provenance=Provenance(fetched_at=datetime.now(UTC), extractor_version="test"),
    )
    enriched = Annotator.load().enrich(article)
    assert enriched.events, "the seed article must yield events"
    ensure_topics(settings)
    producer = make_producer(settings)
    send_all(producer, outputs_for(settings, enriched))
    producer.close()

    article_schema = json.loads((SCHEMAS / "enriched.articles.schema.json").read_text())
    event_schema = json.loads((SCHEMAS / "enriched.events.schema.json").read_text())
    [(key, message)] = console_consume(base_settings, settings.topic(ENRICHED_ARTICLES), 1)
    jsonschema.validate(message, article_schema)
    assert key == "seed-putin-trump"
    events = console_consume(base_settings, settings.topic(ENRICHED_EVENTS), len(enriched.events))
    for key, message in events:
        jsonschema.validate(message, event_schema)
        assert message["event"]["id"] == key and message["article_id"] == "seed-putin-trump"
    broken = dict(message)
    broken["event"] = {"type": 42}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, event_schema)
