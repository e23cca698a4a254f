"""A Western given name before a Chinese surname: 존 리(李家超).

People of Hong Kong, Macau, Taiwan and Singapore often go by a Western given
name and their surname (John Lee, Carrie Lam, Jimmy Lai), and Korean writes
them so, glossed with the full Chinese name: 존 리(李家超), 캐리 람(林鄭月娥),
지미 라이(黎智英). No reading explains the given name, so readings alone
find nothing and translation pieces take the surname alone (라이 for 黎智英).
The two words before the bracket are such a name when the last reads the
gloss's first character, the surname (in Mandarin, Sino-Korean, near its
Mandarin sound as Taiwan romanizes it, or, as Hong Kong writes its names,
Cantonese), the one before is a proper noun to Kiwi and does not read the
rest of the gloss (지 of 지미 may read 智 of 黎智英), and
jieba reads the gloss as a person's name.
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import words_before
from ..text.morph import proper_noun_words
from ..text.normalize import is_han, to_hans
from ..text.segmenter import names_a_person
from .align import EXACT, reading_match

CONFIDENCE = 0.8  # the given name is read by nothing
# Two words before the bracket, and at most two before them that Kiwi reads
# with them (a title: 행정장관, 활동가).
_TWO_WORDS = re.compile(r"(?:^|(?<=\s))((?:[가-힣]+ ){0,2})([가-힣]{1,5}) ([가-힣]{1,3}) ?$")
# The surname may be read in Cantonese, or spelt near its Mandarin sound as
# Taiwan's older romanization writes it (모리스 창 for 張忠謀: Chang).
SURNAME_READ = (*EXACT, "yue", "mt~")


def western_given_name(text: str, paren: int, gloss: str) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a Western given name and a Chinese
    surname right before the bracket at ``paren`` that glosses ``gloss``.

    >>> western_given_name("활동가 조슈아 웡(黃之鋒)", 9, "黃之鋒")[:2]
    (4, 9)
    >>> western_given_name("행정장관 리(李家超)", 6, "李家超") is None
    True
    """
    if not 2 <= len(gloss) <= 4 or not all(map(is_han, gloss)):
        return None
    found = _TWO_WORDS.search(text, max(0, paren - 30), paren)
    if found is None:
        return None
    given, surname = found.group(2), found.group(3)
    if reading_match(gloss[0], surname)[1] not in SURNAME_READ:
        return None
    if all(any(reading_match(char, syllable)[1] in EXACT for syllable in given)
           for char in gloss[1:]):
        return None  # the given name reads the gloss's: a name read, which readings judge
    if not names_a_person(to_hans(gloss)):
        return None
    words = text[found.start() : found.end()].rstrip()
    at = found.start(2) - found.start()
    if (at, at + len(given)) not in proper_noun_words(words):
        return None
    return found.start(2), found.end(3), Kind.MIXED, CONFIDENCE


def beside_the_surname(gloss: str, text: str, start: int, end: int) -> bool:
    """Is the translated term ``text[start:end]`` a word beside one that
    reads the surname of the person ``gloss`` names, and nothing more: a
    title and the surname (행정장관 리 for 李家超), or the surname and a
    title or 씨 (저우 씨 for 周某, 씨 taken alone)? A reference to the
    person, not a name.

    >>> beside_the_surname("李家超", "행정장관 리", 0, 6)
    True
    >>> beside_the_surname("李家超", "존 리 장관", 0, 6)
    False
    >>> text = "그는 저우 씨"
    >>> beside_the_surname("周某", text, text.index("씨"), len(text))
    True
    """
    if not all(map(is_han, gloss)) or len(gloss) < 2 or not names_a_person(to_hans(gloss)):
        return False
    words = text[start:end].split()
    if len(words) >= 2:
        return reading_match(gloss[0], words[-1])[1] in SURNAME_READ
    before = words_before(text, start, 1, 4)
    return len(words) == 1 and bool(before) and \
        reading_match(gloss[0], before[0][1])[1] in SURNAME_READ
