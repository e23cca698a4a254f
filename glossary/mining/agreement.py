"""One document, one boundary: occurrences of a gloss agree where they can.

Each bracket is decided on the words before it alone, so the same gloss may
end up with different left boundaries in one document: ``관영 신화통신`` once,
``신화통신`` twice. Taken together the occurrences say more. Every spelling
found for a gloss is a candidate; an occurrence *supports* each candidate
its own words end with (at the start of a word); the candidate an occurrence
takes is the one with the best evidence (the highest confidence any
occurrence gave it), then the most support, then the longest. Occurrences
whose words do not hold the winner keep their own spelling, which the
termbase records as a variant of the concept.

>>> from glossary.model import Kind, MinedPair
>>> text = "관영 신화사(新华社)가 전했다. 신화사(新华社)는 또 다른 신화사(新华社) 기사를 냈다."
>>> def pair(ko: str, paren: int) -> MinedPair:
...     return MinedPair(ko, "新华社", "新华社", "新華社", Kind.MIXED, 0.8, paren,
...                      paren - len(ko), paren, "", None)
>>> parens = [k for k, ch in enumerate(text) if ch == "("]
>>> mined = [pair("관영 신화사", parens[0]), pair("신화사", parens[1]), pair("신화사", parens[2])]
>>> [p.ko for p in agree(text, mined)]
['신화사', '신화사', '신화사']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..model import MinedPair
from ..text.normalize import clean


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not (text[index - 1].isalnum())


def _supports(text: str, pair: MinedPair, form: MinedPair) -> bool:
    """Whether the words before ``pair``'s bracket end with ``form``'s spelling."""
    start = pair.term_end - (form.term_end - form.term_start)
    return (start >= 0 and _word_start(text, start)
            and clean(text[start : pair.term_end]) == form.ko)


def agree(text: str, pairs: list[MinedPair]) -> list[MinedPair]:
    """``pairs`` mined from ``text``, each occurrence of a gloss taking the
    boundary the document's evidence supports best."""
    by_gloss: dict[str, list[int]] = defaultdict(list)
    for index, pair in enumerate(pairs):
        by_gloss[pair.zh_hans].append(index)
    agreed = list(pairs)
    for indices in by_gloss.values():
        if len({pairs[k].ko for k in indices}) < 2:
            continue
        best: dict[str, MinedPair] = {}  # spelling → its most confident occurrence
        for k in indices:
            held = best.get(pairs[k].ko)
            if held is None or pairs[k].confidence > held.confidence:
                best[pairs[k].ko] = pairs[k]
        support = {ko: sum(_supports(text, pairs[k], form) for k in indices)
                   for ko, form in best.items()}
        for k in indices:
            candidates = [form for form in best.values() if _supports(text, pairs[k], form)]
            if not candidates:
                continue
            winner = max(candidates, key=lambda form: (
                form.confidence, support[form.ko], len(form.ko), form.ko))
            if winner.ko != pairs[k].ko:
                start = pairs[k].term_end - (winner.term_end - winner.term_start)
                agreed[k] = replace(pairs[k], ko=winner.ko, term_start=start, kind=winner.kind,
                                    confidence=winner.confidence)
    return agreed
