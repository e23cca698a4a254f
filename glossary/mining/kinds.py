"""The kind a pair is labelled with: how its Korean renders its Chinese.

Decisions (:mod:`.decide`) take the kind of a term its readings explain
from the evidence of each character: a transliteration spells more of them
by their Mandarin sound than it reads the Sino-Korean way, and a
Sino-Korean term the other way round. As a pair leaves the miner,
:func:`labelled` files a term that does both, a word each way, as mixed
(광시 자치구 for 广西自治区), as a user files it, and a translation that is
rather a Japanese name read in a way the tables do not spell (도키와촌 for
常磐村) as Japanese.
"""

from __future__ import annotations

from ..model import Kind
from ..text.hangul import apply_initial_law
from ..text.japanese import (
    SUFFIX_READINGS,
    japanese_key,
    kanji_spellings,
    sounds_japanese,
    written_in_kanji,
)
from ..text.normalize import is_hangul, to_hans
from ..text.readings import sino_readings, transcriptions
from ..text.segmenter import is_common_word, word_spans
from .align import DOUBLED_L, READING, Alignment, align, units
from .brackets import gloss_chars
from .tabled import tables_name

# How a character is spelt by its Mandarin (or Cantonese) sound, not read.
SPELT = frozenset({"mt", "mt~", "yue", DOUBLED_L})
# Kinds that readings verify.
READ_KINDS = (Kind.TRANSLITERATION, Kind.SINO_KOREAN, Kind.JAPANESE)


def reading_kind(evidence: tuple[str, ...]) -> Kind:
    """The kind of a term its readings explain, each character's ``evidence``
    as :func:`.align.align` gives it: transliteration when more characters
    are spelt by their sound than read the Sino-Korean way."""
    if "native" in evidence:  # a numeral translated: 하나의 중국 (一个中国)
        return Kind.MIXED
    if "learned" in evidence:
        return Kind.MIXED if any(e in READING for e in evidence) else Kind.TRANSLATION
    sk = evidence.count("sk")
    mt = sum(e in SPELT for e in evidence)
    if mt > sk or (mt and mt == sk):
        return Kind.TRANSLITERATION
    return Kind.SINO_KOREAN


# Spelt so surely that the term is mixed beside a word read the Sino-Korean
# way (a near or a Cantonese spelling may be a reading Unihan lacks: 분 for 玢).
SPELT_SURELY = frozenset({"mt", DOUBLED_L})


def labelled(zh: str, ko: str, kind: Kind) -> Kind:
    """The kind a found pair is labelled with. Decisions take a term that
    readings explain for read (transliteration or Sino-Korean); when the
    Korean spells a part by its sound and reads another (:func:`_spelt_and_read`),
    the term is labelled mixed, as a user files it. A translation (or a mix)
    that sounds like a Japanese name of its kanji is labelled Japanese
    (:func:`_japanese_name`).

    >>> labelled("广西自治区", "광시 자치구", Kind.SINO_KOREAN).value
    'mixed'
    >>> labelled("广东省广州市", "광둥성 광저우시", Kind.TRANSLITERATION).value
    'transliteration'
    >>> [labelled(zh, ko, Kind.TRANSLATION).value for zh, ko in [("常磐村", "도키와촌"),
    ...                                                          ("耐克", "나이키")]]
    ['japanese', 'translation']
    >>> [labelled(zh, ko, Kind.TRANSLATION).value for zh, ko in [("丹生村", "뉴촌"),
    ...                                                          ("互市", "와시")]]
    ['japanese', 'translation']
    """
    chars = gloss_chars(zh)
    if kind in (Kind.TRANSLATION, Kind.MIXED):
        # A name the tables give, to the gloss or to its characters, is another
        # language's (아마존 for 亞馬遜, 가라오케 for 卡拉OK): none is Japan's.
        return Kind.JAPANESE if _japanese_name(chars, ko, kind) \
            and not tables_name(chars, ko) and not tables_name(zh, ko) else kind
    if kind == Kind.SINO_KOREAN and _spelt_against_the_initial_law(chars, ko):
        return Kind.TRANSLITERATION
    if kind not in (Kind.TRANSLITERATION, Kind.SINO_KOREAN) or len(chars) < 3 \
            or not _may_be_spelt_and_read(chars, ko):
        return kind
    a = align(chars, units(ko))
    if a is None or a.start != 0 or a.inserted or any(e not in READING for e in a.evidence):
        return kind
    one_word = len(set(a.words) - {-1}) == 1
    return Kind.MIXED if _spelt_and_read(a.evidence, a.words) or (
        one_word and _name_before_a_word(chars, a.evidence)) else kind


# Family names South Koreans often write with their ㄹ kept, as the law allows
# a name since 2007 (류 of 柳 or 劉, 라 of 羅): 류관모 for 柳官模 is read.
KEPT_FAMILY_NAMES = frozenset({"류", "라"})


def _spelt_against_the_initial_law(chars: str, ko: str) -> bool:
    """Does ``ko`` start with a syllable Sino-Korean does not write first in a
    word (리, 뉴: the initial-sound law makes them 이, 유), which spells the
    first character's Mandarin sound, and read no character in a way only
    Sino-Korean reads it? Then the Korean spells the name by its sound (리빈 for
    李斌, Lǐ Bīn; 이빈 is its Sino-Korean reading), though every syllable is a
    reading too. A North Korean reading that keeps the ㄹ (리명박 for 李明博)
    reads another character only the Sino-Korean way, and stays Sino-Korean;
    so do a character alone (a suffix: 필름류 for 流) and the family names of
    :data:`KEPT_FAMILY_NAMES`.

    >>> [_spelt_against_the_initial_law(zh, ko) for zh, ko in [("李斌", "리빈"), ("李斌", "이빈"),
    ...                                                          ("李明博", "리명박")]]
    [True, False, False]
    """
    first = ko[:1]
    if len(chars) < 2 or not first or not is_hangul(first) or first in KEPT_FAMILY_NAMES \
            or apply_initial_law(first) == first or first not in transcriptions(chars[:1]):
        return False
    a = align(chars, units(ko))
    return a is not None and a.start == 0 and not a.inserted and "sk" not in a.evidence \
        and all(e in READING for e in a.evidence)


def _name_before_a_word(chars: str, evidence: tuple[str, ...]) -> bool:
    """Written as one Korean word, does the term spell a name of two
    characters or more by its sound, as jieba cuts the gloss, and read the
    word after it the Sino-Korean way (광시자치구 for 广西自治区, 칭화대학 for
    清华大学: 광시 자치구 written apart)? A name's last character alone read
    so is its suffix, and a character alone spelt may be chance.

    >>> _name_before_a_word("广西自治区", ("both", "mt", "sk", "sk", "sk"))
    True
    >>> _name_before_a_word("毛里孩", ("sk", "both", "mt"))
    False
    >>> _name_before_a_word("京东物流", ("mt", "mt", "sk", "both"))
    True
    """
    # The shortest of jieba's words at each place (清华 and 大学 of 清华大学,
    # not the name whole), a character alone where none starts.
    spans = word_spans(to_hans(chars))
    pieces, at = [], 0
    while at < len(chars):
        end = min((e for s, e in spans if s == at and e - s >= 2), default=at + 1)
        pieces.append(evidence[at:end])
        at = end
    name, *rest = pieces
    # After a first character only Sino-Korean reads, one read both ways
    # reads the word too (류 of 물류 for 物流; not 사 of 沙村 in 우카이사촌).
    return len(name) >= 2 and any(e in SPELT_SURELY for e in name) and "sk" not in name \
        and any(len(word) >= 2 and word[0] == "sk" and all(e in ("sk", "both") for e in word)
                for word in rest)


# Syllables a Korean rendering needs, at least, to be taken for a Japanese name
# no reading verified: fewer are as often a word of Korean's own.
JAPANESE_NAME_SYLLABLES = 3


# How often (jieba's count) a Chinese word must occur to be no Japanese name
# that pykakasi reads whole: 香港 8044, 莫斯科 1817, 成吉思汗 946; 蒲团 179.
# Nor is a translation of one a Japanese name for sounding like one (리오토
# for 理想, Li Auto: り of 理).
COMMON_IN_CHINESE = 500


def _japanese_name(chars: str, ko: str, kind: Kind) -> bool:
    """Is a translation (or a mix) rather a Japanese name read in a way the
    tables do not spell (도키와촌 for 常磐村, 니시 히로토 for 西 洸人, 아타카정 for
    安宅町)? Its Korean has only syllables that spell kana, but for a last
    one that may read the last kanji the Sino-Korean way (a place's suffix:
    정 for 町); the gloss is written in kanji; and the first syllable opens a
    Japanese reading of the first kanji (나이키 for 耐克 does not: 耐 たい). A
    mix must read no other character the Sino-Korean way: 가가수다원 for
    家家須陀洹 spells Sanskrit after 家家 read."""
    syllables = "".join(ch for ch in ko if not ch.isspace())
    tries = [(chars, syllables)]
    if len(chars) >= 2 and syllables[-1:] in sino_readings(chars[-1]):
        tries.append((chars[:-1], syllables[:-1]))
        if _a_place_of_japan(chars, syllables, kind):
            return True
    # A Chinese name spelt by its sounds before the word Korean adds (타이산산
    # for 泰山, 타이후호 for 太湖: mountain, lake) may sound Japanese too (泰
    # たい), but Mandarin spells it whole: asked last, of the few that sound so.
    return any(_sounds_like_a_japanese_name(name, written) and (
        kind == Kind.TRANSLATION or not _reads_any(name, written)) for name, written in tries) \
        and not _spelt_in_mandarin(chars, syllables[:-1]) \
        and not is_common_word(to_hans(chars), COMMON_IN_CHINESE)


def _spelt_in_mandarin(chars: str, syllables: str) -> bool:
    """Do ``syllables`` spell every character of ``chars`` by its Chinese
    sound or reading, one after another, more of them by sound?

    >>> _spelt_in_mandarin("泰山", "타이산"), _spelt_in_mandarin("常磐", "도키와")
    (True, False)
    """
    if len(syllables) < len(chars) or not any(
            syllables.startswith(spelling) for spelling in transcriptions(chars[0])):
        return False  # the first syllables spell no sound of the first character
    return spelt_whole(align(chars, units(syllables)), 0)


def spelt_whole(a: Alignment | None, start: int) -> bool:
    """Does the alignment ``a`` spell every character by its Chinese sound or
    reading from unit ``start`` on, with no syllable left unexplained, and
    more of them by sound than read the Sino-Korean way?"""
    return a is not None and a.start == start and not a.inserted \
        and all(e in READING for e in a.evidence) \
        and reading_kind(a.evidence) == Kind.TRANSLITERATION


def _a_place_of_japan(chars: str, syllables: str, kind: Kind) -> bool:
    """A translation that is a name sounding Japanese before the unit Korean
    reads the Sino-Korean way (뉴촌 for 丹生村, 간마치촌 for 上町村): a place
    of Japan whose name is read as no table spells it (place names often are),
    the unit sign enough that it is Japan's; unless Chinese has the word
    (互市, a market of Ming China, is no 市 of Japan)."""
    return (kind == Kind.TRANSLATION and len(chars) >= 2 and written_in_kanji(chars)
            and SUFFIX_READINGS.get(chars[-1]) == syllables[-1:]
            and sounds_japanese(syllables[:-1]) and not is_common_word(to_hans(chars), 1))


def _sounds_like_a_japanese_name(chars: str, syllables: str) -> bool:
    return (len(syllables) >= JAPANESE_NAME_SYLLABLES and bool(chars)
            and written_in_kanji(chars) and sounds_japanese(syllables)
            and japanese_key(syllables[0]) in kanji_spellings(chars[0], True))


def _reads_any(chars: str, syllables: str) -> bool:
    """Is some syllable a Sino-Korean reading of some character?"""
    read = _sino_korean_syllables(chars)
    return any(syllable in read for syllable in syllables)


def _sino_korean_syllables(chars: str) -> frozenset[str]:
    return frozenset().union(*map(sino_readings, chars))


def _may_be_spelt_and_read(chars: str, ko: str) -> bool:
    """A quick test before aligning (most terms fail it, read all one way):
    some syllable of ``ko`` is no Sino-Korean reading of any character of
    ``chars``, and some one is. (A syllable spelling one character's sound
    and reading another's, Sino-Korean, passes for read: a term of such
    alone stays as its readings labelled it.)"""
    read = _sino_korean_syllables(chars)
    syllables = [ch for ch in ko if is_hangul(ch)]
    return any(s not in read for s in syllables) and any(s in read for s in syllables)


def _spelt_and_read(evidence: tuple[str, ...], words: tuple[int, ...]) -> bool:
    """Does the Korean spell a name by its sound and read a word of two
    characters or more the Sino-Korean way beside it (one of them, at least,
    no Mandarin spelling: 석 of 주석 for 主席)? Such a term is mixed:
    광시 자치구 for 广西自治区 (a written word each), 베이징대학 for 北京大学
    (two characters each way inside one word). One character read so is a
    name's suffix (광둥성 for 广东省); one spelt beside a character both
    spelt and read is chance inside a word read the Sino-Korean way (니 for 你).

    >>> _spelt_and_read(("both", "mt", "sk", "sk", "sk"), (0, 0, 1, 1, 1))
    True
    >>> _spelt_and_read(("both", "mt", "sk", "both", "mt", "sk"), (0, 0, 0, 1, 1, 1))
    False
    >>> _spelt_and_read(("mt", "mt", "sk", "sk"), (0, 0, 0, 0))
    True
    """
    by_word: dict[int, list[str]] = {}
    for e, word in zip(evidence, words, strict=True):
        by_word.setdefault(word, []).append(e)
    by_word.pop(-1, None)
    spelt_word = any(sum(e in SPELT_SURELY for e in es) and es.count("sk") <= 1
                     for es in by_word.values())
    read_word = any(len(es) >= 2 and "sk" in es and not any(e in SPELT for e in es)
                    for es in by_word.values())
    return (spelt_word and read_word) or _runs_both_ways(evidence)


def _runs_both_ways(evidence: tuple[str, ...]) -> bool:
    """Two characters or more in a row read the Sino-Korean way, and two in
    a row spelt by their sound (a character both ways may join them)."""
    read = longest_read = sounded = spelt = 0
    found_spelt = False
    for e in (*evidence, ""):
        read = read + 1 if e == "sk" else 0
        longest_read = max(longest_read, read)
        if e in SPELT_SURELY or e == "both":
            sounded, spelt = sounded + 1, spelt + (e in SPELT_SURELY)
        else:
            found_spelt = found_spelt or (sounded >= 2 and spelt >= 2)
            sounded = spelt = 0
    return longest_read >= 2 and found_spelt
