"""The text being annotated: `title + "\\n" + text`, its sentences, and where the title and the lead end."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from enrich.text import Sentence, split_sentences

LEAD_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    title_end: int  # offsets below this are in the title
    lead_end: int  # offsets below this are in the title or the first sentences of the body
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]  # start offset of each sentence

    @classmethod
    def from_parts(cls, title: str, body: str) -> Document:
        text = f"{title}\n{body}"  # mention offsets index this exact string
        sentences = tuple(split_sentences(text))
        body_sentences = [s for s in sentences if s.start > len(title)]
        lead = body_sentences[:LEAD_SENTENCES]
        lead_end = lead[-1].end if lead else len(text)
        return cls(text, len(title), lead_end, sentences, tuple(s.start for s in sentences))

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that contains (or precedes) a character offset."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def in_title(self, offset: int) -> bool:
        return offset < self.title_end

    def in_lead(self, offset: int) -> bool:
        return self.title_end < offset < self.lead_end
