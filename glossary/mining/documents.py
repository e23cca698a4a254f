"""Mining a text or a document: every bracket's pairs, in order, with their
contexts and the versions of what mined them.

>>> [(o.ko, o.zh, o.kind) for o in mine("알리바바 그룹 창업자 마윈(馬雲)이 말했다.")]
[('마윈', '馬雲', <Kind.TRANSLITERATION: 'transliteration'>)]
>>> text = "이 단체는 중화전국공상업연합회(中華全國工商業聯合會)와 함께"
>>> [(o.ko, str(o.kind)) for o in mine(text)]
[('중화전국공상업연합회', 'sino-korean')]
>>> [(o.ko, o.zh_hans, str(o.kind)) for o in mine("올해 Vatti(華帝)는 후원사가 되었다.")]
[('Vatti', '华帝', 'latin')]
>>> list(mine("1929년(民国十八年)에 세워졌다."))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from heapq import merge

from ..model import (
    Document,
    Kind,
    MinedDocument,
    MinedPair,
    chinese_forms,
    concept_key,
    text_digest,
)
from ..text.lexicon import installed_version
from ..text.markup import Offsets, readable
from ..text.normalize import HAN_RANGES, PARAGRAPH_BREAK, clean, may_show_han
from ..version import __version__
from .after_chinese import read_after_chinese
from .agreement import agree
from .align import Correspondences
from .brackets import Bracket, find_brackets
from .calibration import calibrated
from .correspondences import fingerprint, seed
from .kinds import labelled
from .miner import glossed
from .spans import term_text

CONTEXT = 40
# What a mined document records of the software that mined it.
ANALYZERS = ("kozh", "kiwipiepy", "jieba", "opencc")


def mine(text: str, doc: str | None = None,
         learned: Correspondences | None = None) -> Iterator[MinedPair]:
    """Yield every gloss pair in ``text`` in order of its bracket (the members
    of a list in their order). The text is read as a reader sees it
    (decomposed Hangul composed, invisible characters dropped, full-width
    forms folded); offsets point into ``text`` as given.

    >>> [(p.ko, p.term_start) for p in mine("\u1106\u1161\u110b\u1171\u11ab(馬雲)")]
    [('마윈', 0)]
    """
    plain, offsets = readable(text, "text")
    for pair in _mine_readable(plain, doc, learned):
        yield _in_original(pair, offsets) if offsets is not None else pair


def _mine_readable(text: str, doc: str | None,
                   learned: Correspondences | None) -> Iterator[MinedPair]:
    """:func:`mine` of text already made readable."""
    for bracket, found in _every_bracket(text, learned):
        for gloss, term_start, term_end, kind, confidence in found:
            ko = term_text(text, term_start, term_end)
            context = " ".join(text[slice(*context_around(text, term_start, bracket.end + 1))]
                               .split())
            forms = chinese_forms(gloss)  # as the termbase will keep them
            # How sure the decision is stays that of how it was decided.
            yield MinedPair(ko, gloss, forms.hans, forms.hant, labelled(gloss, ko, kind),
                            calibrated(kind, confidence), bracket.start, term_start,
                            term_end, context, doc)


def context_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the context of ``text[start:end]`` starts and ends: CONTEXT
    characters either side, within the paragraph (a blank line ends it: the
    paragraph after a heading or a list says nothing of the term).

    >>> text = "목차\\n\\n상하이(上海)는 항구다.\\n\\n다음 문단"
    >>> text[slice(*context_around(text, 4, 10))]
    '상하이(上海)는 항구다.'
    """
    low, high = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = [found.end() for found in PARAGRAPH_BREAK.finditer(text, low, start)]
    after = PARAGRAPH_BREAK.search(text, end, high)
    return (before[-1] if before else low), (after.start() if after else high)


Glossed = list[tuple[str, int, int, Kind, float]]


def _every_bracket(text: str, learned: Correspondences | None
                   ) -> Iterator[tuple[Bracket, Glossed]]:
    """What each bracket glosses, in order: brackets of Chinese after the
    words they gloss, and brackets of Hangul after the Chinese they read."""
    glosses = ((bracket, [_without_etc(text, item) for item in glossed(text, bracket, learned)])
               for bracket in find_brackets(text) if not _link_label(text, bracket))
    readings = list(read_after_chinese(text, learned))  # few: most texts have none
    if not readings:
        return glosses
    every = list(glosses)
    # 베이징(北京(베이징)): the reading inside says again what the gloss around it says.
    # The brackets open at each reading, in one pass (both lists are in order).
    kept: list[tuple[Bracket, Glossed]] = []
    open_: list[tuple[Bracket, Glossed]] = []
    following = iter(every)
    ahead = next(following, None)
    for reading in readings:
        while ahead is not None and ahead[0].start < reading[0].start:
            open_.append(ahead)
            ahead = next(following, None)
        while open_ and open_[-1][0].end <= reading[0].start:
            open_.pop()
        if not (open_ and _says_again(text, reading[1], open_[-1][1])):
            kept.append(reading)
    return merge(every, kept, key=lambda item: item[0].start)


def _says_again(text: str, found: Glossed, around: Glossed) -> bool:
    """Does a bracket's ``found`` pair the same Chinese with the same Korean
    as the bracket ``around`` it?"""
    said = {(concept_key(gloss), clean(text[start:end])) for gloss, start, end, _, _ in around}
    return all((concept_key(gloss), clean(text[start:end])) in said
               for gloss, start, end, _, _ in found)


_LINK_TARGET = re.compile(f"\\(([^()\\s가-힣{HAN_RANGES}]{{1,300}})\\)")


def _link_label(text: str, bracket: Bracket) -> bool:
    """Is the bracket the label of a Markdown link ([新华网](https://…)): a
    target right after it, an address or a path (no space, Hangul or Han;
    a mark of one)? ([上海](상해) and [上海](Shanghai) are none.)"""
    if text[bracket.start] != "[":
        return False
    target = _LINK_TARGET.match(text, bracket.end + 1)
    return target is not None and any(mark in target.group(1) for mark in ":/.#?=")


def _without_etc(text: str, item: tuple[str, int, int, Kind, float]
                 ) -> tuple[str, int, int, Kind, float]:
    """A term that ends with the word 등 (etc.) for a gloss ending in 等
    (화웨이 등(华为等)): both without it; 평등(平等) is one word and stays."""
    gloss, start, end, kind, confidence = item
    if len(gloss) >= 3 and gloss.endswith("等") and text[start:end].endswith(" 등"):
        return gloss[:-1], start, end - 2, kind, confidence
    return item


def _in_original(pair: MinedPair, offsets: Offsets) -> MinedPair:
    """A pair found in readable text, with offsets into the original."""
    term_start, term_end = offsets.span(pair.term_start, pair.term_end)
    return replace(pair, paren_start=offsets.start(pair.paren_start), term_start=term_start,
                   term_end=term_end)


@cache
def analyzer_versions() -> tuple[tuple[str, str], ...]:
    """(package, version) of kozh and the analysers it mines with."""
    def installed(package: str) -> str:
        if package == "kozh":
            return __version__
        try:
            return installed_version(package)
        except ImportError:  # importlib.metadata's PackageNotFoundError is one
            return "unknown"

    return tuple((package, installed(package)) for package in ANALYZERS)


def mine_document(text: str, doc_id: str | None = None, *, title: str = "", label: str = "",
                  min_confidence: float = 0.0, markup: str = "text",
                  learned: Correspondences | None = None) -> MinedDocument:
    """Mine one document: a pure function of its text, with no database.

    The result is plain picklable data (so worker processes and clusters can
    send it back), holding the same pairs ``kozh mine`` stores, and the
    versions of what mined it. Occurrences of one gloss agree on their
    boundary where their words allow (:mod:`.agreement`). Without ``doc_id``
    the document is named by its content (``text:`` and the start of its
    SHA-256), so the same text mined twice is one document. ``markup``
    (``markdown``, ``html``, ``wikitext``) is seen through: pairs are found in
    the text a reader sees, and their offsets point into ``text`` as given.
    ``learned`` correspondences (see :mod:`.correspondences`) replace the
    shipped table.

    >>> doc = mine_document("알리바바 창업자 마윈(馬雲)은 말했다.", doc_id="news.txt")
    >>> doc.id, [(p.ko, p.zh) for p in doc.pairs], dict(doc.versions).keys() >= {"jieba"}
    ('news.txt', [('마윈', '馬雲')], True)
    """
    digest = text_digest(text)
    doc_id = doc_id or f"text:{digest[:16]}"
    pairs: tuple[MinedPair, ...] = ()
    # Most of a corpus shows no Han character, so holds no gloss: nothing to read.
    if markup != "text" or may_show_han(text):
        plain, offsets = readable(text, markup)
        pairs = tuple(_in_original(pair, offsets) if offsets is not None else pair
                      for pair in agree(plain, list(_mine_readable(plain, label or doc_id,
                                                                   learned)))
                      if pair.confidence >= min_confidence)
    return MinedDocument(doc_id, digest, pairs, title, mining_versions(learned), label,
                         len(text.encode("utf-8", "surrogatepass")))


def mining_versions(learned: Correspondences | None = None) -> tuple[tuple[str, str], ...]:
    """What a document mined now is mined with: kozh, its analysers and the
    correspondence table (``learned``, else the shipped one). The same text
    mined with the same versions gives the same pairs."""
    return (*analyzer_versions(), ("correspondences", _table_version(learned)))


_TABLES: dict[int, tuple[Correspondences, str]] = {}  # id → (the table, kept alive; digest)


def _table_version(learned: Correspondences | None) -> str:
    """The fingerprint of the table a document is mined with, computed once
    per table rather than once per document."""
    table = seed() if learned is None else learned
    held = _TABLES.get(id(table))
    if held is None or held[0] is not table:
        if len(_TABLES) > 16:
            _TABLES.clear()
        held = _TABLES[id(table)] = (table, fingerprint(table))
    return held[1]


def mine_record(doc: Document, min_confidence: float = 0.0,
                learned: Correspondences | None = None) -> MinedDocument:
    """:func:`mine_document` of a :class:`~glossary.model.Document` as ingest
    reads it (its id, title, label and markup)."""
    return mine_document(doc.text, doc.id, title=doc.title, label=doc.label,
                         min_confidence=min_confidence, markup=doc.markup, learned=learned)
