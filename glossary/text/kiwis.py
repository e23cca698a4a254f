"""The two Kiwis kozh makes, each once per process: the whole one and the
one without proper nouns. :mod:`.morph` uses them; :mod:`.resident` keeps
them for short-lived processes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

Analysis = tuple[tuple[str, int], ...]  # Kiwi's (tag, start) of each morpheme of a text


def analyse(analyser: Any, texts: Sequence[str]) -> list[Analysis]:
    """``analyser``'s analyses of ``texts``, each as the (tag, start) of its
    morphemes: several in one batch (a twentieth of the time a text asked
    alone takes), one alone (a batch of one costs half as much again), as a
    Kiwi without worker threads must."""
    if len(texts) == 1 or (texts and analyser.num_workers <= 1):
        return [tuple((token.tag, token.start) for token in analyser.tokenize(text))
                for text in texts]
    return [tuple((token.tag, token.start) for token in tokens)
            for tokens in analyser.tokenize(list(texts))]


def known_tags(analyser: Any, words: Sequence[str]) -> list[str]:
    """The tag of each of ``words`` that ``analyser`` reads as one morpheme
    of its dictionary (베이징 NNP, 나비 NNG), else '' (a word it never saw is
    its morpheme without a form)."""
    found = []
    for word in words:
        tokens = analyser.tokenize(word)
        known = len(tokens) == 1 and tokens[0].len == len(word) \
            and bool(analyser.morpheme(tokens[0].id).form)
        found.append(str(tokens[0].tag) if known else "")
    return found


@cache
def kiwi() -> Any:
    """Kiwi with its dictionary of proper nouns, which annotation needs to read
    중국과학원 as one name rather than 중국 + 과 + 학원."""
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False)


def plain_kiwi_instance(num_workers: int | None = None) -> Any:
    """A new Kiwi without its dictionary of proper nouns (loading it is half
    of Kiwi's start), to be taught words or kept as :func:`plain_kiwi`;
    ``num_workers=1`` starts no worker threads (it can then be asked only one
    text at a time)."""
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False, load_default_dict=False,
                num_workers=num_workers)


@cache
def plain_kiwi() -> Any:
    """Kiwi without its dictionary of proper nouns, for the closed-word test
    (:func:`.morph.closed_words`): whether a word holds a particle, an ending
    or a verb does not hang on knowing the name in it (the kowiki sample and
    the seeds give the same pairs, and one more), and Kiwi starts in half the
    time (about 0.5 s less for every process that mines). Never taught a
    word: it is not :func:`.morph.kiwi_for`'s. It is asked one text at a
    time, so it starts no worker threads (0.2 s less again)."""
    return plain_kiwi_instance(num_workers=1)
