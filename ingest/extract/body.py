"""The article text of one page: a site container when a rule names one, else trafilatura."""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ingest.extract.boilerplate import BOILERPLATE_NAME, JUNK_TAGS
from ingest.extract.sites.base import SiteRule

_LINK_OPEN, _LINK_CLOSE = "\x01", "\x02"
_LINKED = re.compile("\x01[^\x01\x02]*\x02")
_WORD = re.compile(r"\w")
_BLOCK = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
     "section", "article", "figure", "figcaption", "pre", "dd", "dt")
)  # fmt: skip


def prune(root: lxml_html.HtmlElement, xpaths: tuple[str, ...]) -> None:
    """Remove the elements matched by `xpaths` (relative to the document), keeping their tail text."""
    for xpath in xpaths:
        for node in root.xpath(xpath):
            if node.getparent() is not None and node is not root:
                node.drop_tree()


def _is_photo_block(node: lxml_html.HtmlElement) -> bool:
    """A figure, or a `<div>` holding an image and a short caption but no paragraph."""
    if node.tag in {"figure", "figcaption"}:
        return True
    if node.tag != "div" or node.find(".//img") is None or node.find(".//p") is not None:
        return False
    return len(node.text_content().split()) <= 40


def prune_boilerplate(root: lxml_html.HtmlElement) -> None:
    """Remove the blocks under `root` whose class or id names boilerplate (related, share, ads...)
    and photo blocks with their captions. A block holding half of the page's text is kept whatever
    its name says (a wrapper such as `<div class="share-area"><article>...`)."""
    doomed = []
    for node in root.iter("*"):
        if node is root or node.tag in {"html", "body"}:
            continue
        names = (node.get("class") or "") + " " + (node.get("id") or "")
        if (names.strip() and BOILERPLATE_NAME.search(names)) or _is_photo_block(node):
            doomed.append(node)
    if not doomed:
        return
    total = len(root.text_content())
    for node in doomed:
        if node.getparent() is not None and len(node.text_content()) <= total / 2:
            node.drop_tree()


def _walk(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if tag == "a":
        out.append(_LINK_OPEN)
    # Line breaks in the source are plain spaces in HTML; only blocks and <br> break lines.
    if tag and node.text:
        out.append(node.text.replace("\n", " "))
    for child in node:
        if isinstance(child.tag, str):
            _walk(child, out)
        if child.tail:
            out.append(child.tail.replace("\n", " "))
    if tag == "a":
        out.append(_LINK_CLOSE)
    if block:
        out.append("\n")


def _without_link_lines(text: str) -> str:
    """Drop lines made only of link text (lists of related articles, tag clouds); unmark the others."""
    kept = []
    for line in text.split("\n"):
        if _LINK_OPEN in line and not _WORD.search(_LINKED.sub("", line)):
            continue
        kept.append(line.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, ""))
    return "\n".join(kept)


def container_text(container: lxml_html.HtmlElement) -> str:
    """Text of `container`, one line per block element or `<br>`."""
    out: list[str] = []
    _walk(container, out)
    return _without_link_lines("".join(out))


def find_container(tree: lxml_html.HtmlElement, rule: type[SiteRule]) -> lxml_html.HtmlElement | None:
    for xpath in rule.CONTAINER:
        found = tree.xpath(xpath)
        if found:
            return found[0]
    return None


def page_text(tree: lxml_html.HtmlElement, rules: list[type[SiteRule]], url: str) -> str:
    """Raw article text of a parsed page (modifies `tree`: junk and boilerplate blocks are removed)."""
    for tag in JUNK_TAGS:
        for node in list(tree.iter(tag)):
            node.drop_tree()
    for rule in rules:
        container = find_container(tree, rule)
        if container is not None:
            prune(container, rule.PRUNE)
            prune_boilerplate(container)
            return container_text(container)
    prune_boilerplate(tree)
    text = trafilatura.extract(
        tree, url=url or None, include_comments=False, include_tables=True, favor_precision=False, deduplicate=False
    )
    return text or ""
