"""Settings, read from the environment (prefix `WARTA_`) once in `main()` and passed down."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """`$XDG_DATA_HOME/warta`, or `~/.local/share/warta`."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "warta"


class Settings(BaseSettings):
    """Every knob Warta has. Frozen: build once, pass down."""

    model_config = SettingsConfigDict(env_prefix="WARTA_", frozen=True, extra="ignore")

    prefix: str = Field("warta", pattern=r"^[a-z0-9][a-z0-9_-]*$", description="name prefix of topics and indices")
    data_dir: Path = Field(default_factory=default_data_dir, description="state, caches and the local stack")

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_security_protocol: str = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None

    es_url: str = "http://127.0.0.1:9200"
    es_api_key: SecretStr | None = None
    es_username: str | None = None
    es_password: SecretStr | None = None
    es_ca_certs: Path | None = None

    user_agent: str = "WartaBot/0.1 (+https://github.com/warta-news/warta; news monitoring)"

    def topic(self, name: str) -> str:
        """The full name of a topic: `topic("articles")` -> `warta.articles`."""
        return f"{self.prefix}.{name}"

    @property
    def articles_alias(self) -> str:
        """The Elasticsearch alias every search goes through: `warta-articles`."""
        return f"{self.prefix}-articles"

    @property
    def state_dir(self) -> Path:
        """Where stages keep their durable state (feed validators, seen articles, raw HTML)."""
        return self.data_dir / "state"

    def kafka_config(self) -> dict[str, object]:
        """Connection options shared by kafka-python producers, consumers and admin clients."""
        cfg: dict[str, object] = {
            "bootstrap_servers": self.kafka_bootstrap.split(","),
            "security_protocol": self.kafka_security_protocol,
        }
        if self.kafka_sasl_mechanism:
            cfg["sasl_mechanism"] = self.kafka_sasl_mechanism
            cfg["sasl_plain_username"] = self.kafka_sasl_username
            if self.kafka_sasl_password is not None:
                cfg["sasl_plain_password"] = self.kafka_sasl_password.get_secret_value()
        if self.kafka_ssl_cafile is not None:
            cfg["ssl_cafile"] = str(self.kafka_ssl_cafile)
        return cfg

    def es_client_options(self) -> dict[str, object]:
        """Keyword arguments for `elasticsearch.Elasticsearch`."""
        opts: dict[str, object] = {"hosts": [self.es_url], "request_timeout": 30}
        if self.es_api_key is not None:
            opts["api_key"] = self.es_api_key.get_secret_value()
        elif self.es_username and self.es_password is not None:
            opts["basic_auth"] = (self.es_username, self.es_password.get_secret_value())
        if self.es_ca_certs is not None:
            opts["ca_certs"] = str(self.es_ca_certs)
        return opts
