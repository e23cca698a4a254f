"""Mandarin → Hangul by the Korean standard (외래어 표기법, 중국어 표기).

Pinyin is split into initial and final; the final is written as jamo and the
rules of the standard are applied: ㅈ ㅉ ㅊ take no y-glide (jia 자, jie 제,
jiu 주), -ong is 웅 (dong 둥), -i after z c s zh ch sh r is ㅡ (shi 스, zi 쯔).

>>> transcribe_pinyin("zhou")
'저우'
>>> " ".join(transcribe_pinyin(p) for p in "xi jin ping".split())
'시 진 핑'
>>> transcribe_pinyin("yuan"), transcribe_pinyin("jiang"), transcribe_pinyin("lv")
('위안', '장', '뤼')
"""

from __future__ import annotations

from functools import cache

from .hangul import compose

_INITIALS = {
    "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ",
    "ch": "ㅊ", "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}
_SIBILANTS = {"z", "c", "s", "zh", "ch", "sh", "r"}

# A final as (vowel, final consonant) of its first syllable plus any further
# whole syllables: "ai" is 아 + 이, "yuan" is 위 + 안.
_Finals = dict[str, tuple[str, str, str]]
_FINALS: _Finals = {
    "a": ("ㅏ", "", ""), "o": ("ㅗ", "", ""), "e": ("ㅓ", "", ""), "ai": ("ㅏ", "", "이"),
    "ei": ("ㅔ", "", "이"), "ao": ("ㅏ", "", "오"), "ou": ("ㅓ", "", "우"),
    "an": ("ㅏ", "ㄴ", ""), "en": ("ㅓ", "ㄴ", ""), "ang": ("ㅏ", "ㅇ", ""),
    "eng": ("ㅓ", "ㅇ", ""), "ong": ("ㅜ", "ㅇ", ""), "er": ("ㅓ", "ㄹ", ""),
    "i": ("ㅣ", "", ""), "ia": ("ㅑ", "", ""), "ie": ("ㅖ", "", ""), "iao": ("ㅑ", "", "오"),
    "iu": ("ㅠ", "", ""), "ian": ("ㅖ", "ㄴ", ""), "in": ("ㅣ", "ㄴ", ""),
    "iang": ("ㅑ", "ㅇ", ""), "ing": ("ㅣ", "ㅇ", ""), "iong": ("ㅠ", "ㅇ", ""),
    "io": ("ㅛ", "", ""),
    "u": ("ㅜ", "", ""), "ua": ("ㅘ", "", ""), "uo": ("ㅝ", "", ""), "uai": ("ㅘ", "", "이"),
    "ui": ("ㅜ", "", "이"), "uan": ("ㅘ", "ㄴ", ""), "un": ("ㅜ", "ㄴ", ""),
    "uang": ("ㅘ", "ㅇ", ""), "v": ("ㅟ", "", ""), "ve": ("ㅞ", "", ""),
    "van": ("ㅟ", "", "안"), "vn": ("ㅟ", "ㄴ", ""),
}
# Syllables without an initial consonant, written with y- and w-.
_BARE: _Finals = {
    "yi": ("ㅣ", "", ""), "ya": ("ㅑ", "", ""), "ye": ("ㅖ", "", ""), "yao": ("ㅑ", "", "오"),
    "you": ("ㅠ", "", ""), "yan": ("ㅖ", "ㄴ", ""), "yin": ("ㅣ", "ㄴ", ""),
    "yang": ("ㅑ", "ㅇ", ""), "ying": ("ㅣ", "ㅇ", ""), "yong": ("ㅠ", "ㅇ", ""),
    "yo": ("ㅛ", "", ""), "yu": ("ㅟ", "", ""), "yue": ("ㅞ", "", ""), "yuan": ("ㅟ", "", "안"),
    "yun": ("ㅟ", "ㄴ", ""), "wu": ("ㅜ", "", ""), "wa": ("ㅘ", "", ""), "wo": ("ㅝ", "", ""),
    "wai": ("ㅘ", "", "이"), "wei": ("ㅞ", "", "이"), "wan": ("ㅘ", "ㄴ", ""),
    "wen": ("ㅝ", "ㄴ", ""), "wang": ("ㅘ", "ㅇ", ""), "weng": ("ㅝ", "ㅇ", ""),
}
_NO_GLIDE = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}


def split_pinyin(syllable: str) -> tuple[str, str]:
    """Initial and final of a toneless pinyin syllable (ü written v or u:)."""
    syllable = syllable.lower().replace("ü", "v").replace("u:", "v")
    for initial in ("zh", "ch", "sh"):
        if syllable.startswith(initial):
            return initial, syllable[2:]
    if syllable[:1] in _INITIALS:
        return syllable[0], syllable[1:]
    return "", syllable


@cache
def transcribe_pinyin(syllable: str) -> str:
    """Hangul for one toneless pinyin syllable; '' when it is not pinyin."""
    initial, final = split_pinyin(syllable)
    if not initial:
        parts = _BARE.get(final) or _FINALS.get(final)
        if parts is None:
            return ""
        vowel, coda, rest = parts
        return compose("ㅇ", vowel, coda) + rest
    if initial in "jqx" and final.startswith("u"):
        final = "v" + final[1:]  # ju is jü
    if final == "i" and initial in _SIBILANTS:
        vowel, coda, rest = "ㅡ", "", ""
    elif final in _FINALS:
        vowel, coda, rest = _FINALS[final]
    else:
        return ""
    consonant = _INITIALS[initial]
    if consonant in "ㅈㅉㅊ":
        vowel = _NO_GLIDE.get(vowel, vowel)
    return compose(consonant, vowel, coda) + rest
