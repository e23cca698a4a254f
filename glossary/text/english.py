"""Does a Hangul word spell a name written in Latin letters, as Korean spells
a brand or a firm's English name (레노버 for Lenovo, 하이실리콘 for HiSilicon,
팝마트 for Pop Mart, 디제이아이 for DJI)?

Korean spells English loosely: vowels drift (레노버, not 레노보), r after a
vowel goes (마트 for Mart), f and v become ㅍ and ㅂ, a double consonant is
written once or twice (실리 for sili). So both sides are brought down to
their consonants, in classes a spelling keeps (p b f v; t d; k g c q; s z;
j ch; l r; m; n; ng), and compared in order. Vowels count only where a name
has one consonant or none: then the syllables must be as many as the Latin
word's groups of vowels (오포 for OPPO, not for vivo).

>>> spells_latin("레노버", "Lenovo"), spells_latin("하이실리콘", "HiSilicon")
(True, True)
>>> spells_latin("팝마트", "Pop Mart"), spells_latin("애플", "HiSilicon")
(True, False)
>>> spells_latin("디제이아이", "DJI"), spells_latin("시틱", "CITIC")
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .hangul import decompose
from .normalize import is_hangul

# Consonant classes, one letter each: what a Korean spelling of an English
# name keeps of each consonant.
_INITIAL = {"ㄱ": "k", "ㄲ": "k", "ㅋ": "k", "ㄷ": "t", "ㄸ": "t", "ㅌ": "t", "ㅂ": "p",
            "ㅃ": "p", "ㅍ": "p", "ㅈ": "j", "ㅉ": "j", "ㅊ": "j", "ㅅ": "s", "ㅆ": "s",
            "ㄴ": "n", "ㄹ": "l", "ㅁ": "m", "ㅎ": "h", "ㅇ": ""}
# A final ㅅ is the t of a borrowed word (닷컴 for .com); ㅇ is ng.
_FINAL = {"ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅅ": "t",
          "ㅇ": "g", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p"}
_LETTERS = {"b": "p", "p": "p", "f": "p", "v": "p", "d": "t", "t": "t", "g": "k", "k": "k",
            "q": "k", "s": "s", "z": "s", "j": "j", "l": "l", "r": "l", "m": "m", "n": "n",
            "h": "h", "x": "ks", "ŋ": "g"}
# A g before e, i or y may be hard or soft (Geely, 지리; Google, 구글): it
# matches k and j both.
_EITHER = {"G": ("k", "j")}
# How Korean names each Latin letter, for a name said letter by letter (DJI).
LETTER_NAMES = {"a": "에이", "b": "비", "c": "씨", "d": "디", "e": "이", "f": "에프", "g": "지",
                "h": "에이치", "i": "아이", "j": "제이", "k": "케이", "l": "엘", "m": "엠",
                "n": "엔", "o": "오", "p": "피", "q": "큐", "r": "알", "s": "에스", "t": "티",
                "u": "유", "v": "브이", "w": "더블유", "x": "엑스", "y": "와이", "z": "지"}
_VOWEL = re.compile("[aeiouy]")
# How far two skeletons may drift: one consonant in five may differ, none
# in a name of four or fewer.
DRIFT = 5


def hangul_consonants(word: str) -> str:
    """The consonant classes of a Hangul spelling, in order; a final ㄹ
    before an initial ㄹ is one l (실리콘), ㅇ before a vowel nothing.

    >>> hangul_consonants("하이실리콘"), hangul_consonants("팝마트")
    ('hslkn', 'ppmt')
    """
    out: list[str] = []
    for syllable in word:
        if not is_hangul(syllable):
            continue
        initial, _, final = decompose(syllable)
        sound = _INITIAL[initial]
        if sound and not (sound == "l" and out and out[-1] == "l"):
            out.append(sound)
        if final:
            out.append(_FINAL.get(final, ""))
    return "".join(out)


def latin_consonants(word: str, silent_r: bool = True) -> str:
    """The consonant classes of a Latin word, in order: a consonant written
    twice is one, c is s before e, i and y and k elsewhere, x opening a word
    s (Xiaomi, 샤오미), a dot "dot" (Trip.com), ng one sound, and an r after
    a vowel dropped where no vowel follows (Mart, 마트), unless ``silent_r``
    is False (Haier, 하이얼).

    >>> latin_consonants("HiSilicon"), latin_consonants("Pop Mart"), latin_consonants("CITIC")
    ('hslkn', 'ppmt', 'stk')
    """
    text = re.sub("[^a-z]", "", word.lower().replace(".", "dot"))
    text = text.replace("ph", "f").replace("th", "t").replace("sh", "s").replace("ck", "k")
    text = text.replace("ch", "j").replace("qu", "k").replace("ng", "ŋ")
    out: list[str] = []
    for at, letter in enumerate(text):
        after = text[at + 1 : at + 2]
        if letter == "c":
            sound = "s" if after in ("e", "i", "y") else "k"
        elif letter == "g" and after in ("e", "i", "y"):
            sound = "G"
        elif letter == "x" and not at:
            sound = "s"
        elif letter == "r" and silent_r and at and _VOWEL.match(text[at - 1]) \
                and not _VOWEL.match(after):
            continue
        else:
            sound = _LETTERS.get(letter, "")
        if sound and not (at and text[at - 1] == letter):
            out.append(sound)
    return "".join(out)


def _spelled_letters(latin: str) -> str:
    return "".join(LETTER_NAMES.get(letter, "") for letter in latin.lower())


@lru_cache(maxsize=4096)
def spells_latin(hangul: str, latin: str) -> bool:
    """Does ``hangul`` spell the Latin name ``latin`` as Korean spells a
    borrowed name, or say its letters (디제이아이 for DJI)? Names of fewer than
    two consonants are too short to tell."""
    spoken = hangul.replace(" ", "")
    if latin.isupper() and spoken == _spelled_letters(latin):
        return True
    ours = hangul_consonants(spoken)
    return any(_near(ours, theirs, spoken, latin)
               for theirs in {latin_consonants(latin), latin_consonants(latin, False)})


def _near(ours: str, theirs: str, spoken: str, latin: str) -> bool:
    if len(theirs) < 2 or len(ours) < 2:
        return (ours == theirs or ours.replace("h", "") == theirs.replace("h", "")) \
            and _same_vowels_count(spoken, latin)
    # h comes and goes (Korean keeps it, English letters may be silent).
    return any(_distance(a, b) <= max(len(a), len(b)) // DRIFT
               for a, b in ((ours, theirs), (ours.replace("h", ""), theirs.replace("h", ""))))


def _same_vowels_count(hangul: str, latin: str) -> bool:
    """A name of one consonant (오포 for OPPO, 비보 for vivo) must also have
    as many syllables as the Latin word has vowel groups."""
    groups = len(re.findall("[aeiouy]+", latin.lower()))
    return groups == sum(map(is_hangul, hangul))


def _distance(ours: str, theirs: str) -> int:
    """The edit distance between a Hangul and a Latin consonant string."""
    previous = list(range(len(theirs) + 1))
    for i, x in enumerate(ours, 1):
        current = [i]
        for j, y in enumerate(theirs, 1):
            same = x == y or x in _EITHER.get(y, ())
            current.append(min(previous[j - 1] + (not same), previous[j] + 1,
                               current[j - 1] + 1))
        previous = current
    return previous[-1]
