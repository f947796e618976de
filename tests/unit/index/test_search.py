from __future__ import annotations

from index.search import SearchOptions, build_search, emphasise, format_hit, summary_line


def test_text_query_is_a_multi_match_with_title_boost_and_highlight() -> None:
    body = build_search(SearchOptions(query="tangkap"))
    must = body["query"]["bool"]["must"][0]["multi_match"]
    assert must["query"] == "tangkap"
    assert "title^3" in must["fields"]
    assert "text" in must["fields"]
    assert body["query"]["bool"]["filter"] == []
    assert set(body["highlight"]["fields"]) == {"title", "text"}
    assert body["size"] == 10
    assert "sort" not in body


def test_quoted_query_is_an_exact_phrase_on_unstemmed_fields() -> None:
    must = build_search(SearchOptions(query='"menangkap pelaku"'))["query"]["bool"]["must"][0]["multi_match"]
    assert must["type"] == "phrase"
    assert must["query"] == "menangkap pelaku"
    assert all(".exact" in field for field in must["fields"])


def test_filters_are_exact_terms() -> None:
    opts = SearchOptions(
        query="", entity="Joko Widodo", event_type="CRIME.ARREST", outlet="kompas", place="Bogor",
        date_from="2025-01-01", date_to="2025-02-28", size=3,
    )  # fmt: skip
    body = build_search(opts)
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"outlet": "kompas"}} in filters
    assert {"bool": {"should": [{"term": {"places": "Bogor"}}], "minimum_should_match": 1}} in filters
    assert {"term": {"event_types": "CRIME.ARREST"}} in filters
    assert {"range": {"published_at": {"gte": "2025-01-01", "lte": "2025-02-28"}}} in filters
    entity = next(f for f in filters if "bool" in f and "persons" in str(f))["bool"]
    assert {"term": {"persons": "Joko Widodo"}} in entity["should"]
    assert entity["minimum_should_match"] == 1
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][0]["published_at"]["order"] == "desc"
    assert body["size"] == 3


def test_event_family_and_entity_id_filters() -> None:
    filters = build_search(SearchOptions(event_type="CRIME", entity="per:joko-widodo"))["query"]["bool"]["filter"]
    assert {"term": {"event_families": "CRIME"}} in filters
    assert {"bool": {"should": [{"term": {"entity_ids": "per:joko-widodo"}}], "minimum_should_match": 1}} in filters


def test_highlight_rendering() -> None:
    assert emphasise("polisi <em>menangkap</em> dua", bold=False) == "polisi «menangkap» dua"
    assert emphasise("<em>x</em>", bold=True) == "\033[1mx\033[0m"
    hit = {"_source": {"title": "T", "url": "u", "outlet": "kompas", "published_at": "2025-02-13T10:00:00+00:00"},
           "highlight": {"text": ["a <em>b</em>"]}}  # fmt: skip
    lines = format_hit(hit, bold=False)
    assert lines[0].startswith("2025-02-13  kompas")
    assert lines[-1] == "    … a «b» …"
    assert summary_line({"took": 3, "hits": {"total": {"value": 7}}}) == "7 articles (3 ms)"


def test_a_place_with_codes_matches_its_code_and_what_lies_inside_it() -> None:
    filters = build_search(SearchOptions(place="Jawa Timur", place_codes=("35",)))["query"]["bool"]["filter"]
    should = filters[0]["bool"]["should"]
    assert {"term": {"places": "Jawa Timur"}} in should
    assert {"term": {"place_codes": "35"}} in should
    assert {"prefix": {"place_codes": "35."}} in should  # 35.78 (Surabaya), never 351...
