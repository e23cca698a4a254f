"""Hangul syllables as jamo: composing, the initial-sound law, similarity.

>>> decompose("광")
('ㄱ', 'ㅘ', 'ㅇ')
>>> compose("ㅈ", "ㅔ", "ㄴ")
'젠'
>>> sorted(initial_law_variants("련")), sorted(initial_law_variants("락"))
(['련', '연'], ['낙', '락'])
>>> round(similarity("지에", "제"), 2) >= 0.6, similarity("한", "한")
(True, 1.0)
"""

from __future__ import annotations

from functools import lru_cache

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
          "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_BASE = 0xAC00


def decompose(syllable: str) -> tuple[str, str, str]:
    """Initial, vowel and final (possibly empty) jamo of one syllable."""
    index = ord(syllable) - _BASE
    if not 0 <= index < 11172:
        raise ValueError(f"not a Hangul syllable: {syllable!r}")
    return INITIALS[index // 588], VOWELS[index % 588 // 28], FINALS[index % 28]


def compose(initial: str, vowel: str, final: str = "") -> str:
    return chr(_BASE + INITIALS.index(initial) * 588 + VOWELS.index(vowel) * 28
               + FINALS.index(final))


def without_final(syllable: str) -> str:
    """One syllable without its final consonant (알 → 아; 아 stays)."""
    initial, vowel, _final = decompose(syllable)
    return compose(initial, vowel)


# The initial-sound law (두음 법칙) writes ㄹ as ㄴ or ㅇ, and ㄴ as ㅇ, at the
# start of a word: 聯 련 → 연, 李 리 → 이, 女 녀 → 여, 樂 락 → 낙.
_Y_VOWELS = set("ㅑㅕㅖㅛㅠㅣ")


def apply_initial_law(syllable: str) -> str:
    """The spelling a reading takes at the start of a word (련 → 연, 로 → 노).

    >>> apply_initial_law("련"), apply_initial_law("로"), apply_initial_law("녀")
    ('연', '노', '여')
    """
    initial, vowel, final = decompose(syllable)
    if initial == "ㄹ":
        return compose("ㅇ" if vowel in _Y_VOWELS else "ㄴ", vowel, final)
    if initial == "ㄴ" and vowel in _Y_VOWELS:
        return compose("ㅇ", vowel, final)
    return syllable


def after_vowel_law(before: str, syllable: str) -> str:
    """The spelling of 렬 and 률 after ``before``: 열 and 율 after a vowel or
    ㄴ, inside a word as at its start (비율 for 比率, 선열 for 先烈, 분열; 법률
    and 능률 keep ㄹ).

    >>> after_vowel_law("비", "률"), after_vowel_law("선", "렬"), after_vowel_law("법", "률")
    ('율', '열', '률')
    """
    initial, vowel, final = decompose(syllable)
    if initial == "ㄹ" and vowel in "ㅕㅠ" and final == "ㄹ" and decompose(before)[2] in ("", "ㄴ"):
        return compose("ㅇ", vowel, final)
    return syllable


def initial_law_variants(syllable: str) -> set[str]:
    """Every spelling a reading can take under the initial-sound law, both ways:
    a dictionary may list 련 where the text writes 연, or 여 where it writes 녀."""
    initial, vowel, final = decompose(syllable)
    forms = {syllable, apply_initial_law(syllable)}
    y_vowel = vowel in _Y_VOWELS
    if initial == "ㄴ" and not y_vowel:
        forms.add(compose("ㄹ", vowel, final))
    elif initial == "ㅇ" and y_vowel:
        forms.update({compose("ㄹ", vowel, final), compose("ㄴ", vowel, final)})
    return forms


# Compound and y-vowels spelled as sequences of simple ones, so that 추안 and
# 촨, 지에 and 제, 셩 and 성 come out close.
_VOWEL_PARTS = {
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ", "ㅑ": "ㅣㅏ", "ㅒ": "ㅣㅐ", "ㅕ": "ㅣㅓ", "ㅖ": "ㅣㅔ", "ㅛ": "ㅣㅗ",
    "ㅠ": "ㅣㅜ",
}
_FINAL_NG = "ŋ"  # final ㅇ is a sound; initial ㅇ is not


@lru_cache(maxsize=65536)
def phonemes(text: str) -> str:
    """A flat phoneme string for Hangul: silent ㅇ dropped, vowels split."""
    out = []
    for ch in text:
        if "가" <= ch <= "힣":
            initial, vowel, final = decompose(ch)
            if initial != "ㅇ":
                out.append(initial)
            out.append(_VOWEL_PARTS.get(vowel, vowel))
            if final:
                out.append(_FINAL_NG if final == "ㅇ" else final)
        else:
            out.append(ch)
    return "".join(out)


# Pairs that real texts swap when they spell Mandarin: plain/tense/aspirated
# consonants and neighbouring vowels. Anything else costs a full edit.
_CLOSE = [
    "ㅈㅉㅊ", "ㅅㅆ", "ㄱㄲㅋ", "ㄷㄸㅌ", "ㅂㅃㅍ", "ㅓㅔㅐ", "ㅗㅜ", "ㅓㅗ", "ㅡㅜ", "ㅡㅣ",
    "ㄴŋ", "ㄹㄴ",
]
_NEAR: dict[tuple[str, str], float] = {}
for _group in _CLOSE:
    for _a in _group:
        for _b in _group:
            if _a != _b:
                _NEAR[_a, _b] = 0.35
_CHEAP_GAPS = set("ㅣㅜㅗㅡ")  # glides and weak vowels that spellings add or drop
_CHEAPEST_GAP = 0.45


def _substitution(a: str, b: str) -> float:
    return 0.0 if a == b else _NEAR.get((a, b), 1.0)


def _gap(ch: str) -> float:
    return _CHEAPEST_GAP if ch in _CHEAP_GAPS else 1.0


@lru_cache(maxsize=65536)
def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """1.0 for the same sounds, falling towards 0 as spellings drift apart;
    0.0 as soon as the answer is sure to fall below ``floor`` (a caller that
    only wants near spellings is spared the rest of the edit distance).

    >>> similarity("추안", "촨") > 0.8, similarity("추안", "한", floor=0.8)
    (True, 0.0)
    """
    if a == b:
        return 1.0
    pa, pb = phonemes(a), phonemes(b)
    longest = max(len(pa), len(pb))
    # The largest distance that still reaches floor, with room for rounding.
    allowed = (1.0 - floor) * longest + 1e-9
    if floor and abs(len(pa) - len(pb)) * _CHEAPEST_GAP > allowed:
        return 0.0  # the phonemes one has more than the other cost at least this
    previous = [0.0]
    for ch in pb:
        previous.append(previous[-1] + _gap(ch))
    for ca in pa:
        current = [previous[0] + _gap(ca)]
        for j, cb in enumerate(pb, 1):
            current.append(min(previous[j - 1] + _substitution(ca, cb),
                               previous[j] + _gap(ca),
                               current[j - 1] + _gap(cb)))
        if floor and min(current) > allowed:
            return 0.0  # every path crosses this row: the distance only grows
        previous = current
    score = max(0.0, 1.0 - previous[-1] / longest)
    return score if score >= floor else 0.0


_ONSET_CLASS = {ch: group for group in ("ㄱㄲㅋ", "ㄷㄸㅌ", "ㅂㅃㅍ", "ㅈㅉㅊ", "ㅅㅆ", "ㄴㄹㅇ")
                for ch in group}
# Each initial's class as a number: the index of its group's first consonant.
_INITIAL_CLASS = tuple(INITIALS.index(_ONSET_CLASS.get(ch, ch)[0]) for ch in INITIALS)


def onset_class(syllable: str) -> int:
    """The class of a syllable's first consonant, -1 for anything but a Hangul
    syllable. Spellings of one Mandarin syllable keep it (즈/쯔, 시/씨, 연/옌):
    a cheap test before the edit distance.

    >>> onset_class("즈") == onset_class("쯔"), onset_class("한") == onset_class("장")
    (True, False)
    """
    index = ord(syllable) - _BASE
    return _INITIAL_CLASS[index // 588] if 0 <= index < 11172 else -1
