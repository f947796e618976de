from pathlib import Path

import pytest
from pydantic import ValidationError

from warta.settings import Settings


def test_defaults_name_the_public_topics_and_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("WARTA_PREFIX", "WARTA_KAFKA_BOOTSTRAP", "WARTA_ES_URL"):
        monkeypatch.delenv(var, raising=False)
    settings = Settings()
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.es_url == "http://127.0.0.1:9200"
    assert settings.topic("enriched.articles") == "warta.enriched.articles"
    assert settings.articles_alias == "warta-articles"


def test_environment_overrides_and_prefix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_PREFIX", "staging")
    monkeypatch.setenv("WARTA_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.topic("dead-letter") == "staging.dead-letter"
    assert settings.articles_alias == "staging-articles"
    assert settings.state_dir == tmp_path / "state"


def test_secrets_are_hidden_but_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_ES_API_KEY", "s3cret")
    monkeypatch.setenv("WARTA_KAFKA_SASL_MECHANISM", "PLAIN")
    monkeypatch.setenv("WARTA_KAFKA_SASL_USERNAME", "u")
    monkeypatch.setenv("WARTA_KAFKA_SASL_PASSWORD", "p4ss")
    settings = Settings()
    assert "s3cret" not in repr(settings) and "p4ss" not in repr(settings)
    assert settings.es_client_options()["api_key"] == "s3cret"
    assert settings.kafka_config()["sasl_plain_password"] == "p4ss"


def test_settings_are_frozen_and_validated() -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.prefix = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Settings(prefix="Bad Prefix!")
