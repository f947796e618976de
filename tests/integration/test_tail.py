"""`warta tail` as a consumer-group member on the real broker: exact filters, place hierarchy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from enrich.annotate import Annotator
from enrich.consumer import outputs_for
from warta.kafka.clients import make_producer, send_all
from warta.kafka.topics import ensure_topics
from warta.models import Article, Provenance
from warta.settings import Settings

pytestmark = pytest.mark.integration
WIB = timezone(timedelta(hours=7))
# Two short reports written for this test (not publisher text).
REPORTS = {
    "ott-sidoarjo": (
        "KPK Tangkap Bupati Sidoarjo dalam OTT",
        "Komisi Pemberantasan Korupsi (KPK) menggelar operasi tangkap tangan (OTT) di Sidoarjo, Jawa Timur, "
        "Selasa (7/1/2025). Bupati Sidoarjo ditangkap bersama empat pejabat dinas terkait dugaan suap proyek "
        "jalan. Juru bicara KPK mengatakan penyidik menyita uang tunai Rp 1,2 miliar.",
    ),
    "banjir-denpasar": (
        "Banjir Rendam Ratusan Rumah di Denpasar",
        "Banjir merendam ratusan rumah warga di Kota Denpasar, Bali, Senin (6/1/2025) setelah hujan deras "
        "mengguyur sejak pagi. BPBD Bali mengerahkan perahu karet untuk mengevakuasi warga.",
    ),
}


def tail(settings: Settings, *args: str) -> list[dict[str, object]]:
    env = {**os.environ, "WARTA_PREFIX": settings.prefix, "WARTA_DATA_DIR": str(settings.data_dir)}
    command = [sys.executable, "-m", "warta.cli", "tail", "--from-beginning", "--timeout", "8", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def published(settings: Settings) -> Settings:
    annotator = Annotator.load()
    ensure_topics(settings)
    producer = make_producer(settings)
    for article_id, (title, text) in REPORTS.items():
        article = Article(
            article_id=article_id, url=f"https://example.invalid/{article_id}", outlet="antara", title=title,
            text=text, published_at=datetime(2025, 1, 8, 10, tzinfo=WIB),
            provenance=Provenance(fetched_at=datetime.now(UTC), extractor_version="test"),
        )  # fmt: skip
        send_all(producer, outputs_for(settings, annotator.enrich(article)))
    producer.close()
    return settings


def test_every_corruption_arrest_in_jawa_timur(published: Settings) -> None:
    events = tail(published, "--events", "--event-type", "CRIME.CORRUPTION_ARREST", "--place", "Jawa Timur")
    assert [(e["article_id"], e["event"]["type"]) for e in events] == [("ott-sidoarjo", "CRIME.CORRUPTION_ARREST")]  # type: ignore[index]


def test_article_filters_are_exact(published: Settings) -> None:
    in_bali = tail(published, "--place", "Bali")
    assert [a["article"]["article_id"] for a in in_bali] == ["banjir-denpasar"]  # type: ignore[index]
    assert tail(published, "--entity", "KPK", "--event-type", "DISASTER") == []
    both = tail(published, "--outlet", "antara")
    assert sorted(a["article"]["article_id"] for a in both) == sorted(REPORTS)  # type: ignore[index]
