import json
from pathlib import Path

import jsonschema

from warta.schemas import TOPIC_MODELS, render, stale

from .test_models import make_article

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "docs" / "schemas"


def test_published_schemas_match_the_models() -> None:
    assert stale(SCHEMA_DIR) == [], "a model changed without its schema: run `warta schemas` and review the diff"


def test_every_public_topic_has_a_schema_file() -> None:
    names = sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json"))
    assert names == sorted(f"{topic}.schema.json" for topic in TOPIC_MODELS)
    assert "enriched.articles.schema.json" in names


def test_a_changed_model_is_detected(tmp_path: Path) -> None:
    (tmp_path / "articles.schema.json").write_text(render("articles").replace('"title"', '"headline"', 1))
    assert "articles" in stale(tmp_path)


def test_a_real_message_validates_and_a_broken_one_does_not() -> None:
    schema = json.loads((SCHEMA_DIR / "articles.schema.json").read_text())
    message = json.loads(make_article().to_bytes())
    jsonschema.validate(message, schema)
    del message["title"]
    try:
        jsonschema.validate(message, schema)
    except jsonschema.ValidationError as exc:
        assert "title" in exc.message
    else:
        raise AssertionError("a message without a title validated")
