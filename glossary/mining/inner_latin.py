"""A Latin word Chinese writes inside a term (中国5G网络, 小米SU7电动车): Korean
writes the word as it is, so the term reads in two parts around it, each part
of the gloss by the Korean on its side of the word.

>>> gloss = "中国5G网络"
>>> latin_inside(gloss)
('中国', '5G', '网络')
>>> words = "중국 5G 네트워크"
>>> start, kind, _ = decided_around(latin_inside(gloss), words, latin_written_at(words, "5G"))
>>> words[start:], str(kind)
('중국 5G 네트워크', 'mixed')
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.latin import LATIN_WORD, is_latin
from ..text.normalize import HAN_RANGES
from .align import Correspondences
from .brackets import gloss_chars
from .decide import decide

# A Latin word of two characters or more, a letter among them, between two Han
# characters (5G in 中国5G网络); digits alone count or number things (第3章),
# and one letter is a part of a name (阿Q正傳), read with its characters.
_INSIDE = re.compile(f"(?<=[{HAN_RANGES}])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]{{2}})"
                     f"{LATIN_WORD}(?=[{HAN_RANGES}])")


def latin_inside(gloss: str) -> tuple[str, str, str] | None:
    """The gloss before its first Latin word inside, the word, and the rest;
    None when it has none (AI芯片 and 蔚来ES8 open or end with theirs). Korean
    that does not write the word leaves a part of the gloss unexplained.

    >>> latin_inside("小米SU7电动车"), latin_inside("阿Q正傳"), latin_inside("第3章")
    (('小米', 'SU7', '电动车'), None, None)
    """
    inside = _INSIDE.search(gloss)
    if inside is None:
        return None
    return gloss[: inside.start()], inside.group(), gloss[inside.end() :]


def latin_written_at(words: str, latin: str) -> int | None:
    """Where the words before a bracket write ``latin`` as a word of its own,
    in any case, the last time; None when they do not write it."""
    found = None
    for match in re.finditer(re.escape(latin), words, re.IGNORECASE):
        before = words[match.start() - 1 : match.start()]
        after = words[match.end() : match.end() + 1]
        if not is_latin(before) and not is_latin(after):  # no part of a longer word
            found = match.start()
    return found


def decided_around(parts: tuple[str, str, str], words: str, at: int | None,
                   learned: Correspondences | None = None, after: str = ""
                   ) -> tuple[int, Kind, float] | None:
    """Where the term starts in ``words``, its kind and confidence, when the
    Korean before the Latin word at ``at`` renders the gloss's part before it,
    from some word on, and all the Korean after it the rest: the kind both
    parts share, else mixed, as sure as the less sure part."""
    before, latin, rest = parts
    if at is None:
        return None
    left, right = words[:at].rstrip(), words[at + len(latin) :].lstrip()
    if not left or not right:
        return None
    inner = latin_inside(rest)
    later = decided_around(inner, right, latin_written_at(right, inner[1]), learned, after) \
        if inner else decide(gloss_chars(rest), right, learned, after)
    if later is None or later[0] != 0:
        return None
    first = decide(gloss_chars(before), left, learned)
    if first is None:
        return None
    kind = first[1] if first[1] == later[1] else Kind.MIXED
    return first[0], kind, min(first[2], later[2])
