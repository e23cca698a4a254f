"""A name, then its title, then the bracket: 시진핑 주석(习近平).

Korean news often writes a person's title between the name and the gloss of
the name: 시진핑 주석(习近平), 마오닝 외교부 대변인(毛宁). Read from the bracket
back, the title explains nothing of the gloss, so nothing would be taken
(a translation of the title is refused as chance, :func:`.decide._read_before`).
The gloss belongs to the name: when the words right before the bracket end in
a title (a descriptor noun such as 주석, 총리, 회장, a title such as 부장 or
서기, or a word ending in one: 국가주석, 외교부장) and the word before them
reads the whole gloss surely, that word is the term. So is a quoted word that
the noun before the bracket is said to be: '탕핑'이라는 말(躺平), '중국몽'이라는
구상(中国梦).
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import words_before
from .align import Correspondences
from .decide import Verdict, reads_whole
from .references import DESCRIPTORS, QUALIFIERS, QUOTATIVE_MODIFIERS

# Titles beside the descriptor nouns of :mod:`.references` (a word may end in
# one: 외교부장, 당서기); none that is also a common word (시장, 성장).
TITLES = DESCRIPTORS | frozenset("""
부장 서기 총서기 위원장 부총리 부주석 총통 대사 의원 위원 국장 청장 원장 주임 사령관
""".split())
CONFIDENCE = 0.9  # the share of the reading's confidence kept: the name is not next to its gloss
MOST_WORDS = 3  # words of a title between the name and the bracket


def _is_title(words: list[str]) -> bool:
    """Do ``words`` say what someone is: qualifiers or nouns, the last a
    descriptor or ending in one (중국 국가주석, 외교부 대변인)?"""
    last = words[-1]
    return any(last.endswith(noun) and len(noun) >= 2 for noun in TITLES) and all(
        word in QUALIFIERS or word in TITLES or len(word) >= 2 for word in words[:-1])


def name_before_title(text: str, paren: int, gloss: str, learned: Correspondences | None
                      ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of the name that ``gloss`` reads,
    before a title that ends right before the bracket at ``paren``.

    >>> name_before_title("시진핑 주석(习近平)", 6, "习近平", None)[:3]
    (0, 3, <Kind.TRANSLITERATION: 'transliteration'>)
    """
    if len(gloss) < 2:
        return None
    found = words_before(text, paren, MOST_WORDS + 1, 40)
    words = [word for _, word in found]
    for title in range(1, len(words)):  # the shortest title first: 마오닝 | 대변인
        name = len(words) - title - 1
        if not _is_title(words[name + 1 :]):
            continue
        read = reads_whole(gloss, words[name], learned)
        if read is not None:
            return _as_term(found[name][0], words[name], read)
    return None


def _as_term(start: int, word: str, read: Verdict) -> tuple[int, int, Kind, float]:
    """The name at ``start`` as the term, with a share of its reading's confidence."""
    return start, start + len(word), read[0], round(read[1] * CONFIDENCE, 2)


# A quoted word, the quotative ending that makes it modify a noun, the noun.
_QUOTATIVE = "|".join(sorted(QUOTATIVE_MODIFIERS, key=len, reverse=True))
_QUOTED_BEFORE = re.compile(f"['‘\"“]([^'’\"”\n]{{1,30}})['’\"”](?:{_QUOTATIVE}) [가-힣]+ ?$")


def quoted_before_noun(text: str, paren: int, gloss: str, learned: Correspondences | None
                       ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a quoted word that reads the whole
    ``gloss``, when a noun it modifies stands right before the bracket at
    ``paren``.

    >>> text = "그는 '탕핑'이라는 말(躺平)을 했다."
    >>> quoted_before_noun(text, text.index("("), "躺平", None)[:3]
    (4, 6, <Kind.TRANSLITERATION: 'transliteration'>)
    """
    if len(gloss) < 2:
        return None
    found = _QUOTED_BEFORE.search(text, max(0, paren - 50), paren)
    if found is None:
        return None
    quoted = found.group(1).strip()
    read = reads_whole(gloss, quoted, learned)
    if read is None:
        return None
    return _as_term(found.start(1) + found.group(1).index(quoted), quoted, read)
