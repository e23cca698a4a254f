"""A bracket that gives a name in Latin letters beside its Chinese (레노버(联想,
Lenovo), 아너(荣耀, Honor)): where the Korean term spells that name, the
writer has said which name the Korean renders, and a translation nothing
else verified is sure; where nothing explained the gloss, the spelling does.

>>> text = "아너(荣耀, Honor)가 새 휴대폰을 냈다."
>>> bracket = Bracket(text.index("("), text.index(")"), "荣耀, Honor")
>>> zh, start, end, kind, _ = spelt_in_latin(text, bracket, "荣耀", None)
>>> zh, text[start:end], str(kind)
('荣耀', '아너', 'translation')
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.english import spells_latin
from ..text.korean import words_before
from ..text.normalize import is_hangul
from ..text.readings import pinyin_readings
from .brackets import Bracket
from .lists import LIST_BEFORE
from .one_term import Single, gloss_window

# How sure a translation is that spells the Latin name its bracket gives (the
# miner's score: about 0.94 once calibrated): the writer names the original,
# the Korean spells it, but no table or reading says the Chinese is that firm's.
LATIN_SPELT = 0.8
# The most words a Korean spelling of a Latin name runs to (캐세이 퍼시픽).
MOST_WORDS = 3
# How far back a list's joiner before the term is looked for: a few words.
LIST_REACH = 40

# A label before a Latin name (영문명 Lenovo, 英文: Lenovo).
_LABEL = re.compile(r"^(?:영문\s*(?:명|이름|표기)?|영어\s*(?:명|이름|표기)?|영|英文名?|英語|英语"
                    r"|English|Eng\.?)\s*[:：]?\s*")
# A name in Latin letters: letters, digits and the marks brands use (Trip.com,
# AT&T, Bilibili), opening with a letter.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'+\- ]*[A-Za-z0-9+]")
_PARTS = re.compile(r"\s*[,;/·・ㆍ，；]\s*")
_ASCII_LETTER = re.compile("[A-Za-z]")


def latin_names(content: str) -> list[str]:
    """The names in Latin letters a bracket gives as parts of their own (a
    list's members, 、 apart, are not one thing's names).

    >>> latin_names("联想, Lenovo"), latin_names("海思·영문명: HiSilicon"), latin_names("华为")
    (['Lenovo'], ['HiSilicon'], [])
    """
    if not _ASCII_LETTER.search(content):
        return []
    parts = (_LABEL.sub("", part.strip()) for part in _PARTS.split(content))
    return [part for part in parts
            if _LATIN_NAME.fullmatch(part) and sum(map(str.isalpha, part)) >= 2]


def spelt_in_latin(text: str, bracket: Bracket, gloss: str, single: Single | None
                   ) -> Single | None:
    """``single``, the one term found for ``gloss``, made sure
    (:data:`LATIN_SPELT`) where it is a translation that spells a Latin name
    the bracket gives; where none was found, the Korean words right before
    the bracket that spell that name. Not after a list's joiner: 애플과
    삼성(苹果, Samsung) glosses the list, 삼성 spelling its own member's name."""
    names = latin_names(bracket.content)
    if not names:
        return single
    if single is not None:
        zh, start, end, kind, confidence = single
        if kind == Kind.TRANSLATION and confidence < LATIN_SPELT \
                and not _ends_a_list(text, start) \
                and any(spells_latin(text[start:end], name) for name in names):
            return zh, start, end, kind, LATIN_SPELT
        return single
    window = gloss_window(text, bracket, gloss)
    spelt = _words_spelling(window, text, names) if window else None
    if spelt is None or _ends_a_list(text, spelt[0]):
        return None
    return gloss, *spelt, Kind.TRANSLATION, LATIN_SPELT


def _ends_a_list(text: str, start: int) -> bool:
    """Does a joiner of a list's members (a comma, 와/과, 및) end the text
    before ``start``?"""
    return LIST_BEFORE.search(text, max(0, start - LIST_REACH), start) is not None


def _words_spelling(window: tuple[int, int], text: str, names: list[str]
                    ) -> tuple[int, int] | None:
    """Where the last words of ``window``, Hangul alone, spell one of
    ``names`` (no more words than the name has, and one more); else None."""
    start, end = window
    words = text[start:end].split(" ")
    for name in names:
        most = min(len(words), name.count(" ") + 2, MOST_WORDS)
        for count in range(1, most + 1):
            korean = " ".join(words[-count:])
            if all(is_hangul(ch) or ch == " " for ch in korean) \
                    and spells_latin(korean, name):
                return end - len(korean), end
    return None


# A Latin word of a model's name and its number (Mate60, MINI), and a Hangul
# word that spells it with the same number (메이트60, 미니).
_LATIN_WORD = re.compile(r"([A-Za-z]+)([0-9]*)")
_SPELT_WORD = re.compile(r"([가-힣]+)([0-9]*)")


def spelt_tail_start(text: str, start: int, end: int, tail: str) -> int | None:
    """Where the words before ``end`` (and after ``start``) that render the
    gloss's Latin tail word for word begin, each written as it is or spelt in
    Hangul with the same number (메이트60 for Mate60 of 华为Mate60, 미니 EV for
    MINI EV); else None.

    >>> text = "화웨이 메이트60(华为Mate60)"
    >>> spelt_tail_start(text, 0, text.index("("), "Mate60")
    4
    >>> spelt_tail_start(text, 0, text.index("("), "Pura70") is None
    True
    """
    latins = tail.split()
    found = words_before(text, end, len(latins), end - start, latin=True)
    if len(found) != len(latins) or not all(
            written.lower() == latin.lower() or _spells_word(written, latin)
            for (_, written), latin in zip(found, latins, strict=True)):
        return None
    return found[0][0]


def _spells_word(written: str, latin: str) -> bool:
    """Is ``written`` the Hangul spelling of the Latin word ``latin``, the
    same number after both, if any?"""
    hangul, letters = _SPELT_WORD.fullmatch(written), _LATIN_WORD.fullmatch(latin)
    return hangul is not None and letters is not None and hangul[2] == letters[2] \
        and spells_latin(hangul[1], letters[1])


def initial_start(text: str, end: int, chars: str) -> int | None:
    """Where a letter standing alone right before ``end`` begins when it is
    the Mandarin initial of ``chars``, one character: how a Chinese model's
    designation is written in Latin letters (J-20 for 歼-20, jiān; Y-20 for
    运-20, yùn), its number already matched; else None.

    >>> text = "전투기 J-20(歼-20)"
    >>> initial_start(text, text.index("-"), "歼"), initial_start(text, text.index("-"), "运")
    (4, None)
    """
    letter = text[end - 1 : end]
    if len(chars) != 1 or not _ASCII_LETTER.fullmatch(letter) \
            or end >= 2 and (text[end - 2].isalnum() or text[end - 2] == "-"):
        return None
    initials = {sound[0] for sound in pinyin_readings(chars)}
    return end - 1 if letter.lower() in initials else None

