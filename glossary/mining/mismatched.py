"""A gloss that is not what the word before it spells: 베이징(上海).

A word Kiwi knows as a proper name, written in the Korean spellings of
Mandarin syllables (베이징, 시진핑, 마윈), transliterates Chinese characters.
When the readings do not explain the gloss by it, the gloss names something
else, an error or a trap (베이징(上海), 시진핑(李克强), 마윈(马化腾)), and no
translation piece may take it for one. A common noun (나비 for 蝴蝶) or a
word Kiwi never saw is left to the pieces, and so is a name in other sounds
(사쓰마 for 鹿葦, three syllables where Mandarin would have two) or a gloss the
tables name (리치 for 利玛窦, whose name is 마테오 리치).
"""

from __future__ import annotations

from ..text.morph import is_a_known_name
from ..text.readings import spelt_in_mandarin
from .align import EXACT, reading_match
from .tabled import is_tabled


def spells_other_characters(chars: str, word: str) -> bool:
    """Does ``word``, a known name spelt in Mandarin syllables, transliterate
    characters other than the gloss ``chars`` that readings did not explain
    by it: as many syllables as the gloss has characters, or a surname read
    and other sounds after it (마윈 for 马化腾)?

    >>> spells_other_characters("上海", "베이징"), spells_other_characters("马化腾", "마윈")
    (True, True)
    >>> spells_other_characters("蝴蝶", "나비"), spells_other_characters("鹿葦", "사쓰마")
    (False, False)
    """
    if len(chars) < 2 or not word or is_tabled(chars) or not is_a_known_name(word):
        return False
    if spelt_in_mandarin(word, len(chars)):
        return True
    surname = reading_match(chars[0], word[0])[1] in EXACT
    return surname and any(spelt_in_mandarin(word, sounds) for sounds in range(2, len(word) + 1))
