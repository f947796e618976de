"""Where the local stack keeps its jars, configuration, data, logs and pid files, and on which ports it runs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warta.exceptions import ConfigError
from warta.settings import Settings

REPO_STACK_DIR = Path(__file__).resolve().parents[2] / "stack"


@dataclass(frozen=True)
class StackLayout:
    """The folder of one stack and its ports. Everything the stack writes goes under `root`."""

    root: Path
    host: str = "127.0.0.1"
    kafka_port: int = 9092
    es_port: int = 9200
    sources: Path = REPO_STACK_DIR

    @property
    def controller_port(self) -> int:
        return self.kafka_port + 1

    @property
    def es_transport_port(self) -> int:
        return self.es_port + 100

    @property
    def lib(self) -> Path:
        """Resolved jars: `lib/kafka/`, `lib/elasticsearch/`, and the stamp of the poms they came from."""
        return self.root / "lib"

    @property
    def kafka_dir(self) -> Path:
        return self.root / "kafka"

    @property
    def es_dir(self) -> Path:
        return self.root / "elasticsearch"

    @property
    def es_home(self) -> Path:
        """An ES-home-like folder: `lib/`, `modules/<name>/`, `config/`, `plugins/`."""
        return self.es_dir / "home"

    def log_file(self, server: str) -> Path:
        return self.root / f"{server}.log"

    def pid_file(self, server: str) -> Path:
        return self.root / f"{server}.pid"


def _host_port(address: str, what: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"{what} {address!r} has no port")
    return host, int(port)


def layout_from_settings(settings: Settings, root: Path | None = None) -> StackLayout:
    """The stack of these settings: ports from `kafka_bootstrap` and `es_url`, folder `data_dir/stack`."""
    kafka_host, kafka_port = _host_port(settings.kafka_bootstrap.split(",")[0].strip(), "WARTA_KAFKA_BOOTSTRAP")
    es = urlsplit(settings.es_url)
    if es.scheme != "http" or es.port is None:
        raise ConfigError(f"the local stack serves http on an explicit port; WARTA_ES_URL is {settings.es_url!r}")
    if kafka_host not in {"127.0.0.1", "localhost"} or es.hostname not in {"127.0.0.1", "localhost"}:
        raise ConfigError(
            "the local stack listens on 127.0.0.1: WARTA_KAFKA_BOOTSTRAP and WARTA_ES_URL must point there"
        )
    return StackLayout(
        root=(root or settings.data_dir / "stack").expanduser().resolve(), kafka_port=kafka_port, es_port=es.port
    )
