"""Entities of a document: spans -> referents -> grouped mentions, surname coreference, salience."""

from __future__ import annotations

from collections.abc import Sequence

from enrich.normalise.document import Document
from enrich.normalise.lexicon import Lexicon
from enrich.normalise.referents import Referent
from enrich.normalise.resolve import resolve_span
from enrich.normalise.spans import lexicon_spans, merge_spans, ner_spans
from warta.models.enriched import Entity, EntityType, Mention, Salience

Group = tuple[Referent, list[Mention]]


def find_mentions(doc: Document, tags: Sequence[Sequence[str]], lexicon: Lexicon) -> list[tuple[Referent, Mention]]:
    """Every resolved mention, in text order; `tags` holds one BIO tag list per sentence."""
    doc_lower = doc.text.lower()
    found: list[tuple[Referent, Mention]] = []
    for sentence, sentence_tags in zip(doc.sentences, tags, strict=True):
        tokens = sentence.tokens
        for span in merge_spans(ner_spans(tokens, sentence_tags, lexicon.common), lexicon_spans(tokens, lexicon)):
            words = [t.text for t in tokens[span.first : span.last]]
            referent = resolve_span(words, None if span.lexical else span.kind, lexicon, doc_lower)
            if referent is None:
                continue
            start, end = tokens[span.first].start, tokens[span.last - 1].end
            found.append((referent, Mention(text=doc.text[start:end], start=start, end=end)))
    return found


def _inner_name(text: str, names: Sequence[str]) -> str | None:
    """The longest of `names` found inside `text` on word boundaries."""
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        if at < 0 or name == text:
            continue
        end = at + len(name)
        starts_word = at == 0 or not text[at - 1].isalnum()
        ends_word = end == len(text) or not text[end].isalnum()
        if starts_word and ends_word:
            return name
    return None


def fit_title_mentions(found: Sequence[tuple[Referent, Mention]], doc: Document) -> list[tuple[Referent, Mention]]:
    """A capitalised headline runs words into names ("Tommy Sugiarto Dihentikan Momota"): an unknown title
    name that contains a multi-word name of the body becomes that name."""
    body: dict[str, Referent] = {}
    for referent, mention in found:
        if not doc.in_title(mention.start) and " " in mention.text:
            body.setdefault(mention.text, referent)
    fitted = []
    for referent, mention in found:
        inner = None
        if doc.in_title(mention.start) and not referent.known and mention.text not in body:
            inner = _inner_name(mention.text, list(body))
        if inner is None:
            fitted.append((referent, mention))
            continue
        start = mention.start + mention.text.find(inner)
        fitted.append((body[inner], Mention(text=inner, start=start, end=start + len(inner))))
    return fitted


def group_mentions(found: Sequence[tuple[Referent, Mention]]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for referent, mention in found:
        groups.setdefault(referent.id, (referent, []))[1].append(mention)
    return groups


def _surname_target(word: str, people: Sequence[Referent]) -> Referent | None:
    """The one longer name this single word ends (or else contains), if exactly one."""
    for test in (lambda parts: parts[-1] == word, lambda parts: word in parts):
        hits = {p.id: p for p in people if test(p.name.split())}
        if len(hits) == 1:
            return next(iter(hits.values()))
        if hits:
            return None
    return None


def link_surnames(groups: dict[str, Group]) -> dict[str, Group]:
    """'Putin' after 'Vladimir Putin' is the same person: single-word PER names join the longer name."""
    people = [ref for ref, _ in groups.values() if ref.type is EntityType.PER and " " in ref.name]
    linked: dict[str, Group] = {key: (ref, list(ms)) for key, (ref, ms) in groups.items()}
    for key, (ref, mentions) in groups.items():
        if ref.type is not EntityType.PER or " " in ref.name:
            continue
        target = _surname_target(ref.name, people)
        if target is not None:
            linked[target.id][1].extend(mentions)
            del linked[key]
    for _, mentions in linked.values():
        mentions.sort(key=lambda m: m.start)
    return linked


def salience(mentions: Sequence[Mention], doc: Document, most: int) -> Salience:
    """Title 0.35, lead 0.25, frequency relative to the most mentioned entity 0.4."""
    in_title = any(doc.in_title(m.start) for m in mentions)
    in_lead = any(doc.in_lead(m.start) for m in mentions)
    share = min(1.0, len(mentions) / max(most, 3))
    score = 0.35 * in_title + 0.25 * in_lead + 0.4 * share
    return Salience(in_title=in_title, in_lead=in_lead, count=len(mentions), score=round(score, 3))


def to_entity(referent: Referent, mentions: list[Mention], sal: Salience) -> Entity:
    return Entity(
        id=referent.id,
        type=referent.type,
        name=referent.name,
        mentions=mentions,
        salience=sal,
        kemendagri_code=referent.kemendagri_code,
        iso_code=referent.iso_code,
        geo=referent.geo,
        ambiguous=referent.ambiguous,
        candidates=list(referent.candidates),
    )


def extract_entities(doc: Document, tags: Sequence[Sequence[str]], lexicon: Lexicon) -> list[Entity]:
    """The document's entities, most salient first."""
    groups = link_surnames(group_mentions(fit_title_mentions(find_mentions(doc, tags, lexicon), doc)))
    most = max((len(ms) for _, ms in groups.values()), default=1)
    entities = [to_entity(ref, ms, salience(ms, doc, most)) for ref, ms in groups.values()]
    return sorted(entities, key=lambda e: (-e.salience.score, e.mentions[0].start))
