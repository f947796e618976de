"""`warta tag --conll|--json` (tag tokens or whole articles from stdin) and `warta bench-enrich`."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from enrich.annotate import WIB, Annotations, Annotator
from warta.shared import shared_dir

BENCH_DEFAULT_LIMIT = 2000


def register(sub: argparse._SubParsersAction[Any]) -> None:
    tag = sub.add_parser("tag", help="tag CoNLL tokens (--conll) or JSON Lines articles (--json) from stdin")
    mode = tag.add_mutually_exclusive_group(required=True)
    mode.add_argument("--conll", action="store_true", help="one token per line, blank line between sentences")
    mode.add_argument("--json", action="store_true", help="one article a line: title, text, published_at")
    tag.add_argument("--model", type=Path, default=None, help="NER model (default: the trained one)")
    tag.set_defaults(func=run_tag)
    bench = sub.add_parser("bench-enrich", help="articles/second of tagging + normalisation + events")
    bench.add_argument("--limit", type=int, default=BENCH_DEFAULT_LIMIT, help="number of CLICK-ID articles")
    bench.add_argument("--model", type=Path, default=None, help="NER model (default: the trained one)")
    bench.set_defaults(func=run_bench)


def conll_sentences(lines: Iterable[str]) -> Iterator[tuple[list[str], int]]:
    """(tokens of a sentence, blank lines after it); the first column of each line is the token."""
    tokens: list[str] = []
    for line in lines:
        fields = line.split()
        if fields:
            tokens.append(fields[0])
            continue
        yield tokens, 1
        tokens = []
    if tokens:
        yield tokens, 0


def tag_conll(annotator: Annotator, lines: Iterable[str], out: IO[str]) -> None:
    for tokens, blanks in conll_sentences(lines):
        tags = annotator.tag_words(tokens) if tokens else []
        out.write("".join(f"{tok}\t{tag}\n" for tok, tag in zip(tokens, tags, strict=True)) + "\n" * blanks)
        out.flush()


def parse_published(value: object) -> datetime | None:
    """An ISO timestamp (naive ones are WIB) or epoch seconds/milliseconds; anything unreadable is no date."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1e14:
        return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=WIB)


def annotations_json(found: Annotations) -> dict[str, Any]:
    entities = []
    for entity in found.entities:
        item = entity.model_dump(mode="json")
        item["codes"] = {"kemendagri": entity.kemendagri_code, "iso": entity.iso_code}
        entities.append(item)
    return {
        "entities": entities,
        "events": [event.model_dump(mode="json") for event in found.events],
        "main_event": found.main_event_type,
    }


def tag_json_line(annotator: Annotator, line: str) -> dict[str, Any]:
    """The annotations of one JSON article line, or `{"error": ...}`."""
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            return {"error": "line is not a JSON object"}
        title, text = str(item.get("title") or ""), str(item.get("text") or item.get("content") or "")
        found = annotator.annotate_text(title, text, parse_published(item.get("published_at")))
        result = annotations_json(found)
    except Exception as exc:  # one bad line must not stop the stream: it is reported in place
        return {"error": f"{type(exc).__name__}: {exc}"}
    for key in ("id", "article_id"):
        if key in item:
            result[key] = item[key]
    return result


def tag_json(annotator: Annotator, lines: Iterable[str], out: IO[str]) -> None:
    for line in lines:
        out.write(json.dumps(tag_json_line(annotator, line), ensure_ascii=False) + "\n")
        out.flush()


def run_tag(args: argparse.Namespace) -> int:
    annotator = Annotator.load(args.model)
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    if args.conll:
        tag_conll(annotator, stdin, sys.stdout)
    else:
        tag_json(annotator, stdin, sys.stdout)
    return 0


def click_id_articles(shared: Path, limit: int) -> list[tuple[str, str]]:
    """(title, text) of the first `limit` CLICK-ID articles, round-robin over the outlets."""
    csv.field_size_limit(sys.maxsize)
    per_file: list[list[tuple[str, str]]] = []
    for path in sorted((shared / "corpus" / "articles" / "click_id_2019").glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            rows = [(r.get("title") or "", r.get("content") or "") for r in csv.DictReader(handle)]
        per_file.append(rows[:limit])
    mixed = [row for group in zip(*per_file, strict=False) for row in group]
    return mixed[:limit]


def run_bench(args: argparse.Namespace) -> int:
    annotator = Annotator.load(args.model)
    articles = click_id_articles(shared_dir(), args.limit)
    published = datetime(2019, 10, 1, 12, tzinfo=WIB)
    start, cpu_start = time.perf_counter(), time.process_time()
    entities = events = 0
    for title, text in articles:
        found = annotator.annotate_text(title, text, published)
        entities += len(found.entities)
        events += len(found.events)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rate = len(articles) / seconds if seconds else 0.0
    cpu_rate = len(articles) / cpu if cpu else 0.0
    print(f"articles: {len(articles)}  seconds: {seconds:.2f}  articles/s: {rate:.1f}")
    print(f"cpu seconds: {cpu:.2f}  articles/s per core (CPU time): {cpu_rate:.1f}")
    count = max(len(articles), 1)
    print(f"entities/article: {entities / count:.1f}  events/article: {events / count:.2f}")
    return 0
