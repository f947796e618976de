import pytest

from warta.pipeline.latency import Watch, percentile
from warta.pipeline.progress import Counts


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.95) == 95.0
    assert percentile(values, 0.5) == 50.0
    assert percentile([3.0], 0.95) == 3.0
    assert percentile([5.0, 1.0], 1.0) == 5.0


def test_watch_records_each_article_once_from_its_fetch_time() -> None:
    watch = Watch()
    watch.sent("a", 100.0)
    watch.sent("b", 101.0)
    watch.found({"a", "unknown"}, 101.5)
    watch.found({"a", "b"}, 103.0)  # "a" again: already counted
    assert sorted(watch.latencies) == pytest.approx([1.5, 2.0])
    assert watch.pending == {}


def test_progress_line_names_every_stage() -> None:
    line = Counts(10, 9, 8, 7, 1, 6, 0, 2).line()
    for word in ("feed items", "articles", "enriched", "events", "searchable", "dead letters"):
        assert word in line
