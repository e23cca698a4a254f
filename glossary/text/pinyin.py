"""Toneless Mandarin readings of a short text, from the on-disk lexicon.

pypinyin's ``lazy_pinyin(text)`` (style NORMAL) without loading pypinyin:
the text is cut into runs of characters that have a reading and runs that
have none; a run with readings is cut into pypinyin's phrases by longest match
(as its ``mmseg`` does); a phrase takes the phrase's
readings, any other piece each character's first reading, and a run without
readings stands as it is. tests/test_lexicon.py holds the answers equal to
pypinyin's.

>>> lazy_pinyin("重庆")
['chong', 'qing']
>>> lazy_pinyin("长沙 银行")
['chang', 'sha', ' ', 'yin', 'hang']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .lexicon import fetch, meta, substrings
from .transcribe import transcribe_pinyin


@cache
def _hans() -> re.Pattern[str]:
    """pypinyin's pattern of characters that have a reading."""
    pattern: str = meta()["hans_pattern"]
    return re.compile(pattern)


def _runs(text: str) -> list[str]:
    """Runs of characters with a reading and runs of others, in order."""
    hans = _hans()
    runs: list[str] = []
    for ch in text:
        with_reading = bool(hans.match(ch))
        if runs and bool(hans.match(runs[-1][-1])) == with_reading:
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def _cut(run: str, prefixes: set[str], phrases: dict[str, str]) -> list[str]:
    """pypinyin's ``mmseg`` (strict): the longest phrase while the text still
    starts some phrase; no phrase, a character at a time."""
    pieces = []
    while run:
        found = 0
        for end in range(1, len(run) + 1):
            if run[:end] not in prefixes:
                break
            if run[:end] in phrases:
                found = end
        else:
            if not found:  # every prefix matched, no phrase among them
                pieces += list(run)
                break
        found = found or 1
        pieces.append(run[:found])
        run = run[found:]
    return pieces


def transcribe_mandarin(text: str) -> str:
    """Hangul for Chinese by its Mandarin reading, by the Korean standard,
    syllable by syllable; what is no pinyin stays as it is.

    >>> transcribe_mandarin("库克")
    '쿠커'
    """
    return "".join(transcribe_pinyin(s) or s for s in lazy_pinyin(text))


def places_spelt(word: str) -> frozenset[str]:
    """The places of jieba's dictionary whose Mandarin reading
    :func:`transcribe_mandarin` spells as ``word`` (spaces aside).

    >>> sorted(places_spelt("간쑤")), sorted(places_spelt("광저우")), places_spelt("홍콩")
    (['甘肃'], ['光州', '广州'], frozenset())
    """
    return _spelt("place_spellings", word)


def persons_spelt(word: str) -> frozenset[str]:
    """The people of jieba's dictionary whose name :func:`transcribe_mandarin`
    spells as ``word`` (spaces aside).

    >>> sorted(persons_spelt("시진핑")), persons_spelt("잭슨")
    (['习近平'], frozenset())
    """
    return _spelt("person_spellings", word)


def _spelt(table: str, word: str) -> frozenset[str]:
    compact = word.replace(" ", "")
    found = fetch(table, [compact]).get(compact)
    return frozenset(found.split()) if found else frozenset()


# Family names Mandarin reads otherwise than the character's commonest reading
# (曾国藩 Zēng, not céng; 单田芳 Shàn, not dān), in simplified characters: facts
# of the readings, for the unambiguous ones (乐 is yuè or lè, 盖 gě or gài).
SURNAME_PINYIN = {
    "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "翟": "zhai",
    "单": "shan", "朴": "piao", "缪": "miao", "覃": "qin", "种": "chong", "秘": "bi",
    "繁": "po", "卜": "bu", "薄": "bo", "阚": "kan", "乜": "nie", "召": "shao", "隗": "wei",
}


def transcribe_person(name: str) -> str:
    """:func:`transcribe_mandarin` of a person's name in simplified
    characters, the family name read as family names are.

    >>> transcribe_person("曾国藩"), transcribe_person("单田芳"), transcribe_person("毛泽东")
    ('쩡궈판', '산톈팡', '마오쩌둥')
    """
    reading = SURNAME_PINYIN.get(name[:1])
    if reading is None or len(name) < 2:
        return transcribe_mandarin(name)
    return transcribe_pinyin(reading) + transcribe_mandarin(name[1:])


def lazy_pinyin(text: str) -> list[str]:
    """pypinyin's ``lazy_pinyin(text)``: one reading per character with one,
    and each run of other characters as it is."""
    runs = _runs(text)
    readable = [run for run in runs if _hans().match(run)]
    longest = meta()["longest_phrase"]
    keys = set().union(*(substrings(run, longest) for run in readable)) if readable else set()
    prefixes = set(fetch("phrase_prefixes", keys))
    phrases = fetch("phrases", keys)
    hanzi = fetch("hanzi", set(text))
    out: list[str] = []
    for run in runs:
        if not _hans().match(run):
            out.append(run)
            continue
        for piece in _cut(run, prefixes, phrases):
            if piece in phrases:
                out += phrases[piece].split(" ")
            else:
                out += [hanzi.get(ch, ch) for ch in piece]
    return [reading for reading in out if reading]


# The marks pinyin writes tones with: macron, acute, caron, grave.
TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")


def spells_in_toned_pinyin(word: str, text: str) -> bool:
    """Is ``word`` the pinyin of ``text`` with its tones marked (nèijuǎn for
    内卷)? That is how the characters are said, written for a learner, not a
    name or word of Korean. Spaces, apostrophes, hyphens and case are ignored;
    without a tone mark a spelling may be a brand's own (Huawei), so it is not
    asked.

    >>> spells_in_toned_pinyin("nèijuǎn", "内卷"), spells_in_toned_pinyin("Nǚ'ér", "女儿")
    (True, True)
    >>> spells_in_toned_pinyin("neijuan", "内卷"), spells_in_toned_pinyin("nèiwài", "内卷")
    (False, False)
    """
    marks = unicodedata.normalize("NFD", word.lower())
    if not TONE_MARKS & set(marks):
        return False
    letters = "".join(ch for ch in marks.replace("u\u0308", "v") if ch.isascii() and ch.isalpha())
    return letters == "".join(lazy_pinyin(text))
