"""Indonesian boilerplate: lines and DOM blocks that are never article text, and credit lines.

Line rules work on the extracted text, one paragraph per line; DOM rules remove blocks whose class or
id names them (related articles, "Baca juga", share and comment widgets, ads) before extraction.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warta.models.article import Credits

_NAMES = (
    "related", "terkait", "baca-juga", "bacajuga", "baca_juga", "read-also", "lihat-juga", "share",
    "sosmed", "social", "comment", "komentar", "advert", "iklan", "breadcrumb", "newsletter", "pagination",
    "paging", "caption", "recommend", "rekomendasi", "populer", "popular", "trending", "terpopuler",
)  # fmt: skip
# A class or id naming one of these marks a block that is never article text.
BOILERPLATE_NAME = re.compile("|".join(_NAMES), re.IGNORECASE)
# Never article text. (Not <form>: ASP.NET sites wrap the whole page in one.)
JUNK_TAGS = ("script", "style", "noscript", "iframe", "button", "select", "textarea", "svg", "ins")

# Whole lines that are navigation, widgets or house notices (matched case-insensitively).
_DROP_LINE = re.compile(
    r"^(?:"
    r"baca\s*(?:juga|pula|selengkapnya)\b.{0,200}|baca\s*:.{0,200}"
    r"|(?:lihat|simak|klik|tonton|saksikan)\s+(?:juga|pula|selengkapnya|video|foto|berita|artikel|di\s+sini)\b.{0,200}"
    r"|(?:baca|lihat|simak)\s.{0,60}\blainnya"
    r"|(?:berita|artikel|topik)\s+(?:terkait|lainnya|pilihan|populer)\b.{0,200}|jangan\s+lewatkan\W*"
    r"|scroll\s+to\s+continue(?:\s+with\s+content)?|advertisement|iklan|loading\.*|load\s+more\.*"
    r"|halaman\s+(?:selanjutnya|berikutnya|sebelumnya)\b.{0,80}|(?:halaman|page)\s*:?\s*[\d\s»«<>|/-]*"
    r"|selanjutnya|sebelumnya|next|prev(?:ious)?|[\d\s»«<>|/.-]+|headline|home\s*>.*"
    r"|(?:copyright|hak\s+cipta)\b.*|©.*|.*all\s+rights\s+reserved\.?"
    r"|disclaimer\s*:.*|filed\s+under\s*:.*|tags?\s*:.*|ikuti\s+perkembangan\b.{0,80}|sumber\s*:\s*\S+(?:\s+\S+){0,4}"
    r"|(?:dan\s+)?(?:cek|ikuti|dapatkan|follow)\b.{0,120}(?:google\s+news|whatsapp|telegram|channel)\b.{0,80}"
    r"|(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\s*,?.{0,40}\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?"
    r")$",
    re.IGNORECASE,
)
# "Baca juga: ..." glued inside a paragraph, up to the next sentence that opens with a quote or capital.
_INLINE_READ_ALSO = re.compile(r"\s*\bBaca\s+[Jj]uga\s*:\s*[^“\"\n]{0,150}?(?=\s+[“\"]|$)")
_CREDIT = re.compile(
    r"^\|?\s*(editor|penyunting|redaktur|penulis|pewarta|reporter|wartawan|kontributor|foto|fotografer"
    r"|photo|sumber\s+foto)\s*\|?\s*:\s*(.+?)\s*\|?\s*$",
    re.IGNORECASE,
)
_TRAILING_PHOTO = re.compile(r"\s+(?:Foto|Photo)\s*:\s*([^.:]{2,60})$")
_ROLE = {
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "penulis": "writer", "pewarta": "reporter", "reporter": "reporter", "wartawan": "reporter",
    "kontributor": "reporter", "foto": "photo", "fotografer": "photo", "photo": "photo", "sumber foto": "photo",
}  # fmt: skip


# A dateline left alone on its line by the markup ("<strong>Jakarta</strong> - <p>..."): glued to the next line.
_DANGLING_DATELINE = re.compile(r"^[\w.,() ]{2,60}\s[-–—]$")


# A brand stamp with no place ("VIVA.co.id - ", "Kapanlagi.com - ") opening the first paragraph; a real
# dateline names a place ("Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -") and stays, as in the gold files.
_BRAND_STAMP = re.compile(r"^[\w-]+\.(?:com|co\.id|id|net)®?\s*[-–—]+\s+", re.IGNORECASE)


class CleanText(NamedTuple):
    text: str
    credits: Credits


_ROLE_PREFIX = re.compile(r"^(?:oleh|by|pewarta|penulis|reporter|editor|kontributor)\s*:?\s+", re.IGNORECASE)


def split_names(value: str) -> list[str]:
    """`Oleh : Ana dan Budi` -> `["Ana", "Budi"]`; `Kontributor Lhokseumawe, Masriadi` -> `["Masriadi"]`."""
    value = re.sub(r"^kontributor\s+[^,]+,\s*", "", value.strip(" |"), flags=re.IGNORECASE)
    value = _ROLE_PREFIX.sub("", value)
    return [n.strip() for n in re.split(r"\s*(?:,|;|/|\bdan\b|&)\s*", value) if n.strip()]


def clean_lines(text: str, title: str | None = None) -> CleanText:
    """Drop boilerplate lines (and the title repeated in the body); move credit lines into `Credits`;
    keep datelines and author initials."""
    title_key = " ".join(title.lower().split()) if title else None
    kept: list[str] = []
    roles: dict[str, list[str]] = {"editor": [], "writer": [], "reporter": [], "photo": []}
    for raw in text.splitlines():
        line = " ".join(raw.replace("\u00a0", " ").split()).strip("| ").strip()
        line = re.sub(r"^[-•·]\s+", "", line)
        if not line:
            continue
        credit = _CREDIT.match(re.sub(r"\s*\|\s*", " | ", line))
        if credit and len(credit.group(2).split()) <= 12:
            role = _ROLE[" ".join(credit.group(1).lower().split())]
            roles[role].extend(n for n in split_names(credit.group(2)) if n not in roles[role])
            continue
        if _DROP_LINE.match(line) or line.lower() == title_key:
            continue
        line = _INLINE_READ_ALSO.sub("", line).strip()
        photo = _TRAILING_PHOTO.search(line)
        if photo and len(line.split()) <= 40:
            roles["photo"].append(photo.group(1).strip())
            line = line[: photo.start()].strip()
        if kept and _DANGLING_DATELINE.match(kept[-1]):
            line = f"{kept.pop()} {line}"
        if line and (not kept or kept[-1] != line):
            kept.append(line)
    if kept:
        kept[0] = _BRAND_STAMP.sub("", kept[0], count=1)
    return CleanText("\n".join(kept), Credits(**roles))
