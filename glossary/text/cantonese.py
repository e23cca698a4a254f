"""Cantonese → Hangul, as Korean writes Hong Kong's names.

Korean writes most Chinese names from Mandarin, but Hong Kong's places and
some of its people from their Cantonese names, through Hong Kong's own
romanization: 尖沙咀 Tsim Sha Tsui 침사추이, 旺角 Mong Kok 몽콕, 李嘉誠 Li Ka-shing
리카싱, 梁振英 Leung Chun-ying 렁춘잉. That romanization writes unaspirated
consonants as aspirated ones (Ka for gaa, Tsim for zim) and some vowels in
more than one way (Chun and Shan for -an), so a Jyutping syllable has several
Hangul spellings here; each is a plausible one, none the standard (Korean has
no standard for Cantonese).

>>> sorted(transcribe_jyutping("gaa")), sorted(transcribe_jyutping("zeoi"))
(['가', '카'], ['저이', '제이', '주이', '처이', '체이', '추이'])
>>> sorted(cantonese_spellings("梁"))
['렁', '릉']
>>> spells_cantonese("灣仔", "완차이"), spells_cantonese("大埔", "타이포")
(True, True)
>>> spells_cantonese("東京", "도쿄")
False
"""

from __future__ import annotations

from functools import cache
from itertools import product

from . import DATA
from .hangul import compose
from .normalize import unify_compat

# Each initial's consonants: the plain one, and the aspirated one Hong Kong's
# romanization writes for it (b d g z as p t k ts).
_INITIALS = {
    "b": "ㅂㅍ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷㅌ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱㅋ", "k": "ㅋ", "ng": "ㅇ", "h": "ㅎ", "gw": "ㄱㅋ", "kw": "ㅋ", "w": "ㅇ",
    "z": "ㅈㅊ", "c": "ㅊ", "s": "ㅅ", "j": "ㅇ", "": "ㅇ",
}
_GLIDE_W = {"ㅏ": "ㅘ", "ㅓ": "ㅝ", "ㅗ": "ㅝ", "ㅔ": "ㅞ", "ㅣ": "ㅟ"}  # gw kw w before a vowel
_GLIDE_Y = {"ㅏ": "ㅑ", "ㅓ": "ㅕ", "ㅔ": "ㅖ", "ㅗ": "ㅛ", "ㅜ": "ㅠ"}  # j before a vowel

# A final's spellings, each (vowel, final consonant, a further syllable):
# the vowels as Hong Kong's romanization writes them (Tsui for zeoi, Leung for
# loeng, Chun for zan) and as Korean then reads that.
_Spelling = tuple[str, str, str]
_CODAS = {"": "", "m": "ㅁ", "n": "ㄴ", "ng": "ㅇ", "p": "ㅂ", "t": "ㅅ", "k": "ㄱ"}
_NUCLEI: dict[str, tuple[str, ...]] = {
    "aa": ("ㅏ",), "a": ("ㅏ", "ㅓ", "ㅜ"), "e": ("ㅔ",), "i": ("ㅣ",), "o": ("ㅗ",),
    "u": ("ㅜ",), "yu": ("ㅟ", "ㅜ"), "eo": ("ㅜ", "ㅓ"), "oe": ("ㅓ", "ㅡ"),
}
_DIPHTHONGS: dict[str, tuple[_Spelling, ...]] = {
    "aai": (("ㅏ", "", "이"),), "aau": (("ㅏ", "", "우"),), "ai": (("ㅏ", "", "이"),),
    "au": (("ㅏ", "", "우"),), "ei": (("ㅔ", "", "이"), ("ㅣ", "", "")),
    "eoi": (("ㅜ", "", "이"), ("ㅓ", "", "이"), ("ㅔ", "", "이")), "iu": (("ㅣ", "", "우"),),
    "oi": (("ㅗ", "", "이"),), "ou": (("ㅗ", "", ""), ("ㅗ", "", "우")), "ui": (("ㅜ", "", "이"),),
}


def _finals(final: str) -> tuple[_Spelling, ...]:
    if final in _DIPHTHONGS:
        return _DIPHTHONGS[final]
    for coda in ("ng", "m", "n", "p", "t", "k", ""):
        nucleus = final[: len(final) - len(coda)] if coda else final
        if final.endswith(coda) and nucleus in _NUCLEI:
            return tuple((vowel, _CODAS[coda], "") for vowel in _NUCLEI[nucleus])
    return ()


def _split(syllable: str) -> tuple[str, str]:
    for initial in ("ng", "gw", "kw"):
        if syllable.startswith(initial) and len(syllable) > 2:
            return initial, syllable[2:]
    if syllable[:1] in _INITIALS and len(syllable) > 1:
        return syllable[0], syllable[1:]
    return "", syllable


@cache
def transcribe_jyutping(syllable: str) -> frozenset[str]:
    """Hangul spellings of one toneless Jyutping syllable; empty when it is none."""
    if syllable in ("m", "ng"):
        return frozenset({"음" if syllable == "m" else "응"})
    initial, final = _split(syllable)
    spellings = set()
    for consonant, (vowel, coda, rest) in product(_INITIALS[initial], _finals(final)):
        if initial in ("gw", "kw", "w"):
            vowel = _GLIDE_W.get(vowel, vowel)
        elif initial == "j":
            vowel = _GLIDE_Y.get(vowel, vowel)
        spellings.add(compose(consonant, vowel, coda) + rest)
        if initial in ("z", "c", "s") and final == "i":
            spellings.add(compose(consonant, "ㅡ", ""))  # Tsz, Sze: 츠, 스
    return frozenset(spellings)


@cache
def _table() -> dict[str, str]:
    """Each character's readings, unparsed (see :func:`cantonese_spellings`)."""
    text = DATA.joinpath("cantonese.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines())


@cache
def cantonese_spellings(char: str) -> frozenset[str]:
    """Hangul spellings of every Cantonese reading of ``char`` (Unihan's kCantonese)."""
    readings = _table().get(unify_compat(char), "")
    return frozenset().union(*(transcribe_jyutping(r) for r in readings.split()))


def spells_cantonese(chars: str, korean: str, *, cut: bool = False) -> bool:
    """Does ``korean`` (spaces aside) spell ``chars`` character by character
    in Cantonese, as Korean writes Hong Kong's names? With ``cut``, it may
    stop short, inside a character's spelling or before the last ones (완차
    of 완차이, a word whose last syllable was taken for a particle).

    >>> spells_cantonese("灣仔", "완차", cut=True), spells_cantonese("灣仔", "완차")
    (True, False)
    """
    written = korean.replace(" ", "")
    ends = {0}  # how much of ``written`` the characters so far spell
    for char in chars:
        spellings = cantonese_spellings(char)
        if cut and any(spelling.startswith(written[end:]) for end in ends
                       for spelling in spellings):
            return bool(written)
        ends = {end + len(spelling) for end in ends for spelling in spellings
                if written.startswith(spelling, end)}
        if not ends:
            return False
    return len(written) in ends
