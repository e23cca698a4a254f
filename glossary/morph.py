"""Lazy access to the heavy analysers, Kiwi and jieba.

Both are loaded on first use and only once per process: Kiwi costs seconds and
hundreds of MB, jieba half a second. Nothing on the lookup or export path
imports this module's analysers.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

# Morpheme tags that cannot occur inside a term: particles, endings, verb and
# adjective stems, adverbs, determiners, interjections, verb-making suffixes.
_CLOSED_TAGS = ("J", "E", "VV", "VA", "VX", "VCP", "VCN", "MAG", "MAJ", "MM", "IC",
                "XSV", "XSA")


@cache
def kiwi() -> Any:
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False)


@cache
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def segment_chinese(text: str) -> list[str]:
    """jieba words of (simplified) Chinese text.

    >>> segment_chinese("海信家电")
    ['海信', '家电']
    """
    return list(_jieba().cut(text))


USER_WORD_FREQ = 100_000  # high enough that jieba keeps a taught term whole


def add_chinese_words(words: list[str]) -> None:
    """Teach jieba terms so that it does not split them.

    An explicit frequency spares jieba's own estimate, which segments each
    word and would cost seconds for a large termbase.
    """
    jieba = _jieba()
    for word in words:
        if len(word) > 1 and " " not in word:
            jieba.add_word(word, freq=USER_WORD_FREQ)


@lru_cache(maxsize=20_000)
def closed_words(text: str) -> frozenset[tuple[int, int]]:
    """Character spans of the words in ``text`` that hold a particle, an ending
    or a verb, and so cannot be part of a term.

    >>> sorted(closed_words("기업이 티몰 슈퍼"))
    [(0, 3)]
    """
    spans: set[tuple[int, int]] = set()
    words = []
    position = 0
    for word in text.split(" "):
        words.append((position, position + len(word)))
        position += len(word) + 1
    for token in kiwi().tokenize(text):
        if token.tag.startswith(_CLOSED_TAGS):
            for start, end in words:
                if start <= token.start < end:
                    spans.add((start, end))
    return frozenset(spans)


def word_spans(text: str) -> set[tuple[int, int]]:
    """Spans of jieba's words in ``text``, and of the shorter dictionary words
    inside them (北京 and 大学 in 北京大学), as search mode finds them.

    >>> sorted(word_spans("北京大学"))
    [(0, 2), (0, 4), (2, 4)]
    """
    jieba = _jieba()
    spans = {(start, end) for _, start, end in jieba.tokenize(text)}
    spans |= {(start, end) for _, start, end in jieba.tokenize(text, mode="search")}
    return spans


def subword_starts(word: str) -> set[int]:
    """Where shorter dictionary words begin inside a jieba word (联合 in
    中华全国工商业联合会), for the initial-sound law of compounds."""
    jieba = _jieba()
    starts = {0}
    for piece, start, _ in jieba.tokenize(word, mode="search"):
        if len(piece) >= 2 and piece != word:
            starts.add(start)
    return starts


def is_proper_name(text: str) -> bool:
    """True when jieba tags every word of ``text`` a person or place name.

    >>> is_proper_name("乌鲁木齐"), is_proper_name("联合国")
    (True, False)
    """
    _jieba()
    import jieba.posseg

    return all(pair.flag.startswith(("nr", "ns")) for pair in jieba.posseg.cut(text))


def is_organization(text: str) -> bool:
    _jieba()
    import jieba.posseg

    return any(pair.flag == "nt" for pair in jieba.posseg.cut(text))
