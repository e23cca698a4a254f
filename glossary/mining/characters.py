"""A bracket that names a character, no term: 사람 인(人).

Korean names a Hanja by the word for its meaning (its 훈) and then its reading:
사람 인 for 人, 나무 목 for 木, 물 수 for 水. A text about characters writes
the character after them in a bracket, which glosses no term: the reading
alone is no word of Korean, and the pair it would make is a dictionary's
entry, not a glossary's.

>>> names_a_character("나무 목(木)에 아들 자(子)를 더한 글자", 4, "木")
True
>>> names_a_character("그 후 당(唐)은 망했다.", 5, "唐")
False

So does a bracket after the reading alone, a word of one syllable, followed by
자, "character": 복(福)자를 거꾸로 붙인다.
"""

from __future__ import annotations

from ..text.korean import PARTICLES, words_before
from ..text.normalize import is_hangul
from ..text.readings import hanja_meanings, sino_readings
from .brackets import CLOSING_QUOTES

# Characters before the bracket a character's meaning and reading stand in.
WITHIN = 12


def names_a_character(text: str, paren: int, gloss: str) -> bool:
    """Does the one character ``gloss``, in the bracket at ``paren``, follow
    the word for its meaning and its reading (사람 인(人))?"""
    if len(gloss) != 1:
        return False
    found = words_before(text, paren, 2, WITHIN)
    if len(found) < 2 or found[-1][0] + len(found[-1][1]) != _word_end(text, paren):
        return False
    meaning, reading = found[-2][1], found[-1][1]
    return reading in sino_readings(gloss) and meaning in hanja_meanings(gloss)


def _word_end(text: str, paren: int) -> int:
    """Where the word before the bracket at ``paren`` ends: one space may
    stand between them (사람 인 (人))."""
    return paren - 1 if text[paren - 1 : paren] == " " else paren


# The word for a written character, after the bracket (복(福)자, '용(龍)'자는).
CHARACTER_WORD = "자"


def called_a_character(text: str, paren: int, close: int, gloss: str) -> bool:
    """Is the one character ``gloss``, in the bracket from ``paren`` to
    ``close``, the character a text names by its reading, a word of one
    syllable, and then 자 (복(福)자를, '용(龍)'자는, '복(福)' 자를)? A quote may
    close around the two, a space stand before 자; 자 ends its word or takes a particle.

    >>> text = "복(福)자를 거꾸로 붙인다."
    >>> called_a_character(text, 1, 3, "福")
    True
    >>> text = "그는 차(茶)를 마셨다."
    >>> called_a_character(text, 4, 6, "茶")
    False
    """
    end = _word_end(text, paren)
    if len(gloss) != 1 or end < 1 or text[end - 1] not in sino_readings(gloss) \
            or (end >= 2 and is_hangul(text[end - 2])):
        return False
    after = text[close + 1 : close + 12].lstrip(CLOSING_QUOTES).removeprefix(" ")
    if not after.startswith(CHARACTER_WORD):
        return False
    rest = after[len(CHARACTER_WORD) :]
    word = rest[: next((k for k, char in enumerate(rest) if not is_hangul(char)), len(rest))]
    return not word or word in PARTICLES
