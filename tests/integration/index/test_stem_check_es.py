from __future__ import annotations

from typing import Any

import pytest

from index.stemming.families import FAMILIES_FILE
from index.stemming.report import check_all
from warta.settings import Settings

pytestmark = pytest.mark.integration


def test_our_analyzer_reaches_the_target_through_analyze(es: Any, settings: Settings) -> None:
    ours, lucene, sastrawi = check_all(es, settings.prefix, FAMILIES_FILE)
    assert ours.total >= 150
    assert ours.rate >= 0.97, ours.split
    assert ours.merged == []
    assert ours.rate > sastrawi.rate > lucene.rate
    assert es.indices.get(index=f"{settings.prefix}-stemcheck-*", allow_no_indices=True).body == {}
