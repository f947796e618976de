from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.exceptions import SourcesFileError
from ingest.sources import builtin_registry, dump_registry, load_registry
from ingest.sources.model import Outlet, Registry

REQUIRED = (
    "antara", "kompas", "detik", "tempo", "cnnindonesia", "liputan6", "republika", "okezone", "sindonews",
    "tribunnews", "kumparan", "suara", "cnbcindonesia", "kontan", "bisnis", "merdeka", "viva", "idntimes",
    "jpnn", "mediaindonesia", "bbcindonesia", "voaindonesia", "kapanlagi",
)  # fmt: skip


def test_registry_has_forty_outlets_national_regional_and_business() -> None:
    registry = builtin_registry()
    assert len(registry.outlets) >= 40
    assert set(REQUIRED) <= {o.id for o in registry.outlets}
    assert sum(o.region != "national" for o in registry.outlets) >= 10
    assert sum(o.kind == "business" for o in registry.outlets) >= 5


def test_every_outlet_is_complete() -> None:
    for outlet in builtin_registry().outlets:
        assert outlet.feeds, outlet.id
        assert outlet.domains, outlet.id
        for feed in outlet.feeds:
            assert feed.url.startswith(("http://", "https://")), feed
            assert feed.origin.strip(), feed
        assert outlet.politeness.delay_s > 0


def test_gold_urls_pass_their_outlets_filters(corpus_dir: Path) -> None:
    registry = builtin_registry()
    expected = json.loads((corpus_dir / "pages/anpandu_2015_2017/expected.json").read_text())
    for name, page in expected.items():
        if "url" not in page or "older_versions" in name:
            continue
        outlet = registry.for_host(re.sub(r"^https?://([^/]+).*", r"\1", page["url"]))
        assert outlet is not None, page["url"]
        assert outlet.is_article_url(page["url"]), page["url"]


def test_filters_reject_non_articles() -> None:
    kompas = builtin_registry().get("kompas")
    assert kompas is not None
    assert not kompas.is_article_url("https://www.kompas.com/tag/jokowi")
    assert not kompas.is_article_url("https://video.kompas.com/watch/123")
    assert not kompas.is_article_url("https://www.kompas.com/")
    assert kompas.is_article_url("https://nasional.kompas.com/read/2024/01/02/1234/judul")


def test_longest_domain_wins() -> None:
    registry = builtin_registry()
    assert registry.for_host("jateng.tribunnews.com").id == "tribun-jateng"  # type: ignore[union-attr]
    assert registry.for_host("www.tribunnews.com").id == "tribunnews"  # type: ignore[union-attr]
    assert registry.for_host("example.org") is None


def test_sources_file_round_trip(tmp_path: Path) -> None:
    registry = builtin_registry()
    path = tmp_path / "sources.json"
    dump_registry(registry, path)
    assert load_registry(path) == registry


def test_bad_sources_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"outlets": [{"id": "X Y", "name": "n", "domains": []}]}')
    with pytest.raises(SourcesFileError, match="does not match the schema"):
        load_registry(path)
    with pytest.raises(SourcesFileError, match="cannot read"):
        load_registry(tmp_path / "missing.json")


def test_duplicate_ids_are_refused() -> None:
    outlet = Outlet(id="a", name="A", domains=("a.id",))
    with pytest.raises(ValueError, match="duplicate outlet ids: a"):
        Registry(outlets=(outlet, outlet))
