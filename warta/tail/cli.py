"""`warta tail`: print enriched articles or events as JSON lines while they are published."""

from __future__ import annotations

import argparse
import sys
import threading
import time
import uuid
from typing import Any

from pydantic import ValidationError

from warta.kafka.clients import make_consumer
from warta.kafka.loop import install_signal_handlers
from warta.kafka.topics import ENRICHED_ARTICLES, ENRICHED_EVENTS
from warta.models import EnrichedArticle, EventMessage
from warta.settings import Settings
from warta.tail.filters import TailFilter


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("tail", help="follow enriched articles or events as JSON lines, with filters")
    p.add_argument("--events", action="store_true", help="follow `enriched.events` instead of `enriched.articles`")
    start = p.add_mutually_exclusive_group()
    start.add_argument("--from-beginning", action="store_true", help="start at the oldest retained message")
    start.add_argument("--from-now", action="store_true", help="only messages published from now on (default)")
    p.add_argument("--group", help="consumer group to join (default: a new private group)")
    p.add_argument("--entity", help="canonical name, id or mention of a person, organisation or place")
    p.add_argument("--event-type", help="taxonomy type or family, e.g. CRIME.CORRUPTION_ARREST or CRIME")
    p.add_argument("--outlet", help="outlet id, e.g. kompas")
    p.add_argument("--place", help="place name, Kemendagri code or ISO code; a province matches what lies in it")
    p.add_argument("--max", type=int, default=0, help="stop after printing N messages")
    p.add_argument("--timeout", type=float, default=0, help="stop after S seconds without a new message")
    p.set_defaults(func=_tail)


def resolve_place_codes(place: str | None) -> frozenset[str]:
    """Kemendagri codes a place name stands for ("Jawa Timur", "Jatim" -> 35), through the gazetteer."""
    if not place:
        return frozenset()
    from enrich.normalise.places import region_codes  # noqa: PLC0415 - heavy, only with --place

    return region_codes(place)


def _tail(args: argparse.Namespace) -> int:
    settings = Settings()
    wanted = TailFilter(args.entity, args.event_type, args.outlet, args.place, resolve_place_codes(args.place))
    topic = settings.topic(ENRICHED_EVENTS if args.events else ENRICHED_ARTICLES)
    group = args.group or f"{settings.prefix}-tail-{uuid.uuid4().hex[:8]}"
    consumer = make_consumer(settings, group, from_beginning=args.from_beginning)
    consumer.subscribe([topic])
    stop = threading.Event()
    install_signal_handlers(stop)
    printed, last_seen = 0, time.monotonic()
    try:
        while not stop.is_set():
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    last_seen = time.monotonic()
                    if _show(record.value, args.events, wanted):
                        printed += 1
                        if args.max and printed >= args.max:
                            return 0
            consumer.commit()
            if args.timeout and time.monotonic() - last_seen > args.timeout:
                return 0
    finally:
        consumer.close(autocommit=False)
    return 0


def _show(value: bytes | None, events: bool, wanted: TailFilter) -> bool:
    if value is None:
        return False
    try:
        if events:
            ok = wanted.matches_event(EventMessage.model_validate_json(value))
        else:
            ok = wanted.matches_article(EnrichedArticle.model_validate_json(value))
    except ValidationError as exc:
        print(f"warta tail: skipping a message that does not match the schema: {exc.errors()[0]}", file=sys.stderr)
        return False
    if ok:
        sys.stdout.write(value.decode("utf-8") + "\n")
        sys.stdout.flush()
    return ok
