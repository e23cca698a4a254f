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
"""

from __future__ import annotations

from ..text.korean import words_before
from ..text.readings import hanja_meanings, sino_readings

# Characters before the bracket a character's meaning and reading stand in.
WITHIN = 12


def names_a_character(text: str, paren: int, gloss: str) -> bool:
    """Does the one character ``gloss``, in the bracket at ``paren``, follow
    the word for its meaning and its reading (사람 인(人))?"""
    if len(gloss) != 1:
        return False
    found = words_before(text, paren, 2, WITHIN)
    if len(found) < 2 or found[-1][0] + len(found[-1][1]) != paren:
        return False
    meaning, reading = found[-2][1], found[-1][1]
    return reading in sino_readings(gloss) and meaning in hanja_meanings(gloss)
