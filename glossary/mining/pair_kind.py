"""The kind of a pair given without its text: one a translator adds by hand,
or one a glossary file lists without saying how the Korean renders the
Chinese (a DeepL or OmegaT glossary, a TBX file from another tool).

The miner's own decision is asked of the Korean as if it stood before the
bracket, so a pair gets the kind a document would have given it; a pair the
decision does not explain whole is a translation.

>>> [str(infer_kind(ko, zh)) for ko, zh in [("마윈", "馬雲"), ("클라우드 컴퓨팅", "云计算"),
...                                          ("상해", "上海"), ("광시 자치구", "广西自治区")]]
['transliteration', 'translation', 'sino-korean', 'mixed']
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Kind
from ..text.normalize import clean, is_han
from ..text.readings import sino_readings
from .brackets import MAX_GLOSS
from .decide import decide
from .kinds import labelled

# The longest Korean a gloss of MAX_GLOSS characters is asked about: a glossary
# file's row is no sentence, and aligning one costs up to a quarter of a second.
MAX_KOREAN = 4 * MAX_GLOSS


@lru_cache(maxsize=65536)
def infer_kind(ko: str, zh: str) -> Kind:
    """The kind the miner would give ``ko`` as a gloss of ``zh``; a translation
    when nothing explains it."""
    chars = "".join(ch for ch in zh if is_han(ch))
    ko = clean(ko)
    if not chars or len(chars) > MAX_GLOSS or len(ko) > MAX_KOREAN:
        return Kind.TRANSLATION  # what the miner would make of no gloss, or a sentence
    if chars == zh and _reads_each(ko.replace(" ", ""), chars):
        # A syllable reading each character: what the miner says of such a
        # pair (7,172 of kowiki's 7,172), without aligning it.
        return Kind.SINO_KOREAN
    decided = decide(chars, ko)
    if decided is None or decided[0] != 0:
        return Kind.TRANSLATION
    return labelled(zh, ko, decided[1])


def _reads_each(syllables: str, chars: str) -> bool:
    return len(syllables) == len(chars) and all(
        syllable in sino_readings(char) for syllable, char in zip(syllables, chars, strict=True))
