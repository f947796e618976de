"""The running local stack (`warta stack up`): the Elasticsearch stand-in modules and the CLI."""

from __future__ import annotations

from typing import Any

import pytest
from elasticsearch import ConflictError

from warta.cli import main
from warta.settings import Settings

pytestmark = pytest.mark.integration


def _tokens(es: Any, index: str | None = None, **body: Any) -> list[str]:
    result = es.indices.analyze(index=index, **body) if index else es.indices.analyze(**body)
    return [token["token"] for token in result["tokens"]]


def test_info_and_ping_answer_like_the_distribution(es: Any) -> None:
    assert es.ping()
    info = es.info()
    assert info["tagline"] == "You Know, for Search"
    assert info["version"]["number"] == "9.5.3"
    assert info["version"]["lucene_version"].startswith("10.")
    assert info["cluster_uuid"] and info["cluster_uuid"] != "_na_"
    expected = {
        "number",
        "build_flavor",
        "build_type",
        "build_hash",
        "build_date",
        "build_snapshot",
        "lucene_version",
        "minimum_wire_compatibility_version",
        "minimum_index_compatibility_version",
    }
    assert expected <= set(info["version"])


def test_indonesian_analyzer_stems_derivations_alike(es: Any) -> None:
    tokens = _tokens(es, analyzer="indonesian", text="Penangkapan itu ditangkap oleh Polisi")
    # Lucene's IndonesianStemmer strips pe-N-...-an and di-; `itu` and `oleh` are stop words.
    assert tokens == ["tangkap", "tangkap", "polisi"]


def test_indonesian_analyzer_takes_stem_exclusion(es: Any, settings: Settings) -> None:
    index = f"{settings.prefix}-analyzer"
    analysis = {"analyzer": {"id_keep": {"type": "indonesian", "stem_exclusion": ["penangkapan"]}}}
    es.indices.create(index=index, settings={"analysis": analysis})
    assert _tokens(es, index, analyzer="id_keep", text="penangkapan ditangkap") == ["penangkapan", "tangkap"]


def test_custom_chain_with_stop_override_and_stemmer(es: Any, settings: Settings) -> None:
    index = f"{settings.prefix}-chain"
    analysis = {
        "filter": {
            "id_stop": {"type": "stop", "stopwords": "_indonesian_"},
            "id_override": {"type": "stemmer_override", "rules": ["pemerintah, pemerintahan => perintah"]},
            "id_stem": {"type": "stemmer", "language": "indonesian"},
        },
        "analyzer": {
            "warta_id": {
                "tokenizer": "standard",
                "filter": ["lowercase", "id_stop", "id_override", "id_stem"],
            }
        },
    }
    es.indices.create(index=index, settings={"analysis": analysis})
    tokens = _tokens(es, index, analyzer="warta_id", text="Pemerintahan yang menangkap dan Penangkapan")
    # The override wins over the stemmer (which alone turns "pemerintahan" into "erintah");
    # "yang" and "dan" are Indonesian stop words.
    assert tokens == ["perintah", "angkap", "tangkap"]
    stem_only = _tokens(
        es,
        tokenizer="standard",
        filter=["lowercase", {"type": "stemmer", "language": "indonesian"}],
        text="pemerintahan",
    )
    assert stem_only == ["erintah"]


def test_bulk_through_alias_then_match(es: Any, settings: Settings) -> None:
    alias = settings.articles_alias
    index = f"{alias}-000001"
    mappings = {"properties": {"title": {"type": "text", "analyzer": "indonesian"}, "id": {"type": "keyword"}}}
    es.indices.create(
        index=index,
        mappings=mappings,
        aliases={alias: {"is_write_index": True}},
        settings={"index.codec": "best_compression"},
    )
    actions = [{"index": {"_index": alias, "_id": "a1"}}, {"id": "a1", "title": "Polisi melakukan penangkapan"}]
    result = es.bulk(operations=actions, refresh=True)
    assert not result["errors"]
    hits = es.search(index=alias, query={"match": {"title": "ditangkap"}})["hits"]["hits"]
    assert [hit["_id"] for hit in hits] == ["a1"]


def test_status_exits_zero_and_up_again_is_a_no_op(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stack", "status"]) == 0
    assert main(["stack", "up"]) == 0
    out = capsys.readouterr().out
    assert out.count("already running") == 2
    assert "ready in" not in out


def test_template_alias_and_external_versions(es: Any, settings: Settings) -> None:
    alias = settings.articles_alias
    es.indices.put_index_template(
        name=f"{settings.prefix}-articles", index_patterns=[f"{alias}-*"], template={"aliases": {alias: {}}}
    )
    es.indices.create(index=f"{alias}-000001")
    es.index(index=f"{alias}-000001", id="a1", document={"v": 2}, version=2, version_type="external")
    with pytest.raises(ConflictError):
        es.index(index=f"{alias}-000001", id="a1", document={"v": 1}, version=1, version_type="external")
    assert es.get(index=alias, id="a1")["_source"] == {"v": 2}
