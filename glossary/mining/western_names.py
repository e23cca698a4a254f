"""Western names: a Western given name before a Chinese surname (존 리(李家超)),
and a Westerner's name in full (칼 마르크스(卡尔·马克思)).

People of Hong Kong, Macau, Taiwan and Singapore often go by a Western given
name and their surname (John Lee, Carrie Lam, Jimmy Lai), and Korean writes
them so, glossed with the full Chinese name: 존 리(李家超), 캐리 람(林鄭月娥),
지미 라이(黎智英). No reading explains the given name, so readings alone
find nothing and translation pieces take the surname alone (라이 for 黎智英).
The two words before the bracket are such a name when the last reads the
gloss's first character, the surname (in Mandarin, Sino-Korean, near its
Mandarin sound as Taiwan romanizes it, or, as Hong Kong writes its names,
Cantonese), the one before is a proper noun to Kiwi and does not read the
rest of the gloss (지 of 지미 may read 智 of 黎智英), and
jieba reads the gloss as a person's name.
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.hangul import similarity
from ..text.korean import AND_PARTICLES, AND_WORDS, words_before
from ..text.morph import proper_noun_words
from ..text.normalize import is_han, to_hans
from ..text.pinyin import transcribe_mandarin
from ..text.segmenter import is_proper_name, names_a_person, tagged_spans, tags
from .align import EXACT, reading_match
from .brackets import joiner_of

CONFIDENCE = 0.8  # the given name is read by nothing
# Two words before the bracket, and at most two before them that Kiwi reads
# with them (a title: 행정장관, 활동가).
_TWO_WORDS = re.compile(r"(?:^|(?<=\s))((?:[가-힣]+ ){0,2})([가-힣]{1,5}) ([가-힣]{1,3}) ?$")
# The surname may be read in Cantonese, or spelt near its Mandarin sound as
# Taiwan's older romanization writes it (모리스 창 for 張忠謀: Chang).
SURNAME_READ = (*EXACT, "yue", "mt~")


def western_given_name(text: str, paren: int, gloss: str) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a Western given name and a Chinese
    surname right before the bracket at ``paren`` that glosses ``gloss``.

    >>> western_given_name("활동가 조슈아 웡(黃之鋒)", 9, "黃之鋒")[:2]
    (4, 9)
    >>> western_given_name("행정장관 리(李家超)", 6, "李家超") is None
    True
    """
    if not 2 <= len(gloss) <= 4 or not all(map(is_han, gloss)):
        return None
    found = _TWO_WORDS.search(text, max(0, paren - 30), paren)
    if found is None:
        return None
    given, surname = found.group(2), found.group(3)
    if reading_match(gloss[0], surname)[1] not in SURNAME_READ:
        return None
    if all(any(reading_match(char, syllable)[1] in EXACT for syllable in given)
           for char in gloss[1:]):
        return None  # the given name reads the gloss's: a name read, which readings judge
    simplified = to_hans(gloss)
    # jieba may take a surname for a word of its own (张 a measure word before 凯夫)
    if not (names_a_person(simplified) or len(gloss) >= 3 and names_a_person(simplified[1:])):
        return None
    words = text[found.start() : found.end()].rstrip()
    at = found.start(2) - found.start()
    if (at, at + len(given)) not in proper_noun_words(words):
        return None
    return found.start(2), found.end(3), Kind.MIXED, CONFIDENCE


def beside_the_surname(gloss: str, text: str, start: int, end: int) -> bool:
    """Is the translated term ``text[start:end]`` a word beside one that
    reads the surname of the person ``gloss`` names, and nothing more: a
    title and the surname (행정장관 리 for 李家超), or the surname and a
    title or 씨 (저우 씨 for 周某, 씨 taken alone)? A reference to the
    person, not a name.

    >>> beside_the_surname("李家超", "행정장관 리", 0, 6)
    True
    >>> beside_the_surname("李家超", "존 리 장관", 0, 6)
    False
    >>> text = "그는 저우 씨"
    >>> beside_the_surname("周某", text, text.index("씨"), len(text))
    True
    """
    if not all(map(is_han, gloss)) or len(gloss) < 2 or not names_a_person(to_hans(gloss)):
        return False
    words = text[start:end].split()
    if len(words) >= 2:
        return reading_match(gloss[0], words[-1])[1] in SURNAME_READ
    before = words_before(text, start, 1, 4)
    return len(words) == 1 and bool(before) and \
        reading_match(gloss[0], before[0][1])[1] in SURNAME_READ


# A Westerner's name in full: Korean spells each part from the original
# language and Chinese writes each part in characters chosen for its sound,
# so each Korean word sounds loosely like its part's Mandarin: on average this
# near (칼 for 卡尔 0.75, 존슨 for 约翰逊 0.53, 톰 for 汤姆 0.51), and each part
# at least PART_SOUNDS (존 for 约翰 0.31; 애플 for 苹果, 0.2, spells no sound of it).
NAME_SOUNDS, PART_SOUNDS = 0.5, 0.3
# ... and nearer for names jieba does not know as a person's or a place's
# (费奥多尔 for 표도르 0.57, 朔尔茨 for 숄츠 0.74), where only the sound tells.
UNKNOWN_NAME_SOUNDS, UNKNOWN_PART_SOUNDS = 0.6, 0.55
MOST_PARTS = 4
# ... and of one word a title follows (메르켈 총리(默克尔): 0.46), whose
# syllables are no fewer than the characters of its Chinese less this many
# (존슨 for 约翰逊, 도스토옙스키 for 陀思妥耶夫斯基, 쿡 for 库克).
ONE_WORD_SOUNDS = 0.45
MORE_CHARACTERS = 1
MORE_SYLLABLES = 1  # ... nor more than those characters and this many (이반코비치: no 科维奇)
# jieba's tags of names, one of which each part of a name it does not know
# must hold (费奥多尔: 费 a verb, 奥多尔 a transliterated name).
NAMES_TAGS = ("nr", "ns", "nz")
# As sure as a name both languages took from elsewhere (홍콩 for 香港): the
# Korean reads no character, though it sounds like the whole.
WESTERN_NAME = 0.55


def name_parts(gloss: str) -> list[str]:
    """The parts of a Westerner's name a gloss writes: a middle dot apart
    (卡尔·马克思), or, without one, the names jieba finds in it (汤姆汉克斯);
    empty when the gloss is no such name.

    >>> name_parts("卡尔·马克思"), name_parts("汤姆汉克斯"), name_parts("苹果·谷歌")
    (['卡尔', '马克思'], ['汤姆', '汉克斯'], ['苹果', '谷歌'])
    >>> name_parts("马克思"), name_parts("北京大学")
    ([], [])
    """
    joiner = joiner_of(gloss)
    if joiner is not None:
        parts = [part.strip() for part in gloss.split(joiner)]
    else:
        found = tagged_spans(to_hans(gloss)) if all(map(is_han, gloss)) else []
        if not all(tag.startswith("nr") for *_, tag in found):
            return []
        parts = [gloss[start:end] for start, end, _ in found]
    if not 2 <= len(parts) <= MOST_PARTS or not all(part and all(map(is_han, part))
                                                    for part in parts):
        return []
    return parts


def western_full_name(text: str, paren: int, gloss: str, covered: int = 0
                      ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a Westerner's name in full right
    before the bracket at ``paren``: a Hangul word for each part of the name
    the gloss writes (:func:`name_parts`), a space apart, each sounding like
    its part's Mandarin (nearer where jieba knows a part for no person's or
    place's name, 马克龙 opening with one: 애플 구글(苹果·谷歌) names two
    firms), and no conjunction between them (마르크스와 엥겔스(马克思·恩格斯)
    names two people). Else None; None too when a term found otherwise
    covers as many words as the name has parts (``covered``), and when it
    covers two or more of a gloss without dots (jieba is not asked then).

    >>> text = "철학자 칼 마르크스(卡尔·马克思)"
    >>> western_full_name(text, text.index("("), "卡尔·马克思")[:2]
    (4, 10)
    >>> text = "배우 톰 행크스(汤姆汉克斯)"
    >>> western_full_name(text, text.index("("), "汤姆汉克斯")[:2]
    (3, 8)
    >>> western_full_name("배우 행크스(汤姆·汉克斯)", 6, "汤姆·汉克斯") is None
    True
    """
    # The words first: most glosses have no two Hangul words right before
    # them, and jieba is asked for the parts only of a gloss with no dots.
    if len(words_before(text, paren, 2, 24)) < 2 or (
            joiner_of(gloss) is None and (covered >= 2 or len(gloss) < 3)):
        return None
    parts = name_parts(gloss)
    if not parts or len(parts) == covered:
        return None
    found = words_before(text, paren, len(parts), 12 * len(parts))
    if len(found) != len(parts) or text[found[-1][0] + len(found[-1][1]) : paren].strip():
        return None
    words = [word for _, word in found]
    if any(word.endswith(AND_PARTICLES) or word in AND_WORDS for word in words[:-1]):
        return None
    last = words[-1]
    if len(last) < len(parts[-1]) and all(
            reading_match(char, syllable)[1] in EXACT
            for char, syllable in zip(parts[-1][-len(last) :], last, strict=True)):
        return None  # the last word reads the end of its part: a title (무차라이 왕 for 毛禮海王)
    known = all(len(part) == 1 or is_proper_name(to_hans(part)) or names_a_person(to_hans(part))
                for part in parts)
    if not known and not all(len(part) == 1 or any(tag.startswith(NAMES_TAGS) for _, tag
                                                   in tags(to_hans(part))) for part in parts):
        return None  # a part with no name in it at all (咖啡·可可 lists two drinks)
    on_average, each = (NAME_SOUNDS, PART_SOUNDS) if known \
        else (UNKNOWN_NAME_SOUNDS, UNKNOWN_PART_SOUNDS)
    sounds = [similarity(transcribe_mandarin(to_hans(part)), word)
              for part, word in zip(parts, words, strict=True)]
    if min(sounds) < each or sum(sounds) / len(sounds) < on_average:
        return None
    return found[0][0], found[-1][0] + len(found[-1][1]), Kind.TRANSLATION, WESTERN_NAME


def spells_its_sound(chinese: str, hangul: str, at_least: float = NAME_SOUNDS) -> bool:
    """Does ``hangul`` spell the Mandarin of ``chinese`` (a name Chinese
    writes by its sounds) at least ``at_least`` near, as Korean spells the
    name from its own language (쿡 for 库克 0.66, 트럼프 for 特朗普 0.52; 리치
    for 利瑪竇 0.36, a missionary's Chinese name, no spelling of Ricci)?

    >>> spells_its_sound("库克", "쿡"), spells_its_sound("利瑪竇", "리치")
    (True, False)
    """
    return similarity(transcribe_mandarin(to_hans(chinese)), hangul, at_least) >= at_least


def sounds_like_the_name(gloss: str, word: str) -> bool:
    """Does the Hangul ``word`` sound like the name ``gloss`` (no dots; a
    person's or a place's to jieba, which takes 普京 for one) in Mandarin, as
    Korean spells a Westerner's name that Chinese writes by its sounds (트럼프
    for 特朗普 0.52, 머스크 for 马斯克 0.61, 메르켈 for 默克尔 0.46)? Asked of a
    word a title follows, which says a person is named. The gloss has at most
    one character more than the word has syllables: more is a name and
    something else (布林肯国务卿, Blinken and his office, for 블링컨; 马克龙总统);
    and the word at most one syllable more than the gloss has characters: more
    is the name of which the gloss is the end (이반코비치 for 科维奇 of 伊万科维奇).

    >>> sounds_like_the_name("特朗普", "트럼프"), sounds_like_the_name("特朗普", "대통령")
    (True, False)
    >>> sounds_like_the_name("布林肯", "블링컨"), sounds_like_the_name("布林肯国务卿", "블링컨")
    (True, False)
    >>> sounds_like_the_name("科维奇", "이반코비치")
    False
    """
    simplified = to_hans(gloss)
    return all(map(is_han, gloss)) and len(gloss) <= len(word) + MORE_CHARACTERS \
        and len(word) <= len(gloss) + MORE_SYLLABLES \
        and (names_a_person(simplified) or is_proper_name(simplified)) \
        and not _ends_in_a_noun(simplified) \
        and spells_its_sound(simplified, word, ONE_WORD_SOUNDS)


def _ends_in_a_noun(simplified: str) -> bool:
    """Does a name's gloss go on with a common noun of two characters or more
    after it (拜登总统, 拜登夫人: Biden and his office, his wife)? The name
    is then more than the word that sounds like it.

    >>> _ends_in_a_noun("拜登总统"), _ends_in_a_noun("拜登"), _ends_in_a_noun("马克龙")
    (True, False, False)
    """
    spans = tagged_spans(simplified)
    return len(spans) > 1 and spans[-1][2] == "n" and spans[-1][1] - spans[-1][0] >= 2
