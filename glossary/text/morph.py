"""Lazy access to the heavy analysers, Kiwi and jieba.

Both are loaded on first use and only once per process: Kiwi costs seconds and
hundreds of MB, jieba half a second. Nothing on the lookup or export path
imports them.

Mining and suggestions segment Chinese with :mod:`.segmenter`, jieba's
algorithm over an on-disk copy of its dictionary, and never load jieba.
kozh never uses jieba's global tokenizer: whoever wants to teach jieba terms
(annotation) gets a tokenizer of its own from :func:`new_tokenizer`. So
annotating one document never changes how the next one is segmented.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

# Morpheme tags that cannot occur inside a term: particles, endings, verb and
# adjective stems, adverbs, determiners, interjections, verb-making suffixes.
_CLOSED_TAGS = ("J", "E", "VV", "VA", "VX", "VCP", "VCN", "MAG", "MAJ", "MM", "IC",
                "XSV", "XSA")
USER_WORD_FREQ = 100_000  # high enough that jieba keeps a taught term whole


@cache
def kiwi() -> Any:
    """Kiwi with its dictionary of proper nouns, which annotation needs to read
    중국과학원 as one name rather than 중국 + 과 + 학원."""
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False)


@cache
def _plain_kiwi() -> Any:
    """Kiwi without that dictionary, for :func:`closed_words`: whether a word
    holds a particle, an ending or a verb does not hang on knowing the name
    in it (the kowiki sample and the seeds give the same pairs, and one more),
    and Kiwi starts in half the time (about 0.5 s less for every process
    that mines)."""
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False, load_default_dict=False)


@cache
def _standard_tokenizer() -> Any:
    """jieba with its standard dictionary only; never taught a word."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def new_tokenizer(words: list[str] | None = None) -> Any:
    """A jieba tokenizer of one's own: the standard dictionary plus ``words``.

    Copying the loaded dictionary costs milliseconds, where loading it again
    would cost half a second. An explicit frequency for each word spares
    jieba's own estimate, which segments each word and would cost seconds for
    a large termbase.

    >>> list(new_tokenizer(["海信家电"]).cut("海信家电的"))
    ['海信家电', '的']
    >>> list(_standard_tokenizer().cut("海信家电的"))  # the standard one was not taught
    ['海信', '家电', '的']
    """
    import jieba

    standard = _standard_tokenizer()
    own = jieba.Tokenizer()
    own.FREQ, own.total = dict(standard.FREQ), standard.total
    own.initialized = True
    for word in words or ():
        if len(word) > 1 and " " not in word:
            own.add_word(word, freq=USER_WORD_FREQ)
    return own


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
    for token in _plain_kiwi().tokenize(text):
        if token.tag.startswith(_CLOSED_TAGS):
            spans.update((start, end) for start, end in words if start <= token.start < end)
    return frozenset(spans)
