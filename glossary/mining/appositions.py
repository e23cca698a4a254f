"""A name, then its title, then the bracket: 시진핑 주석(习近平).

Korean news often writes a person's title between the name and the gloss of
the name: 시진핑 주석(习近平), 마오닝 외교부 대변인(毛宁). Read from the bracket
back, the title explains nothing of the gloss, so nothing would be taken
(a translation of the title is refused as chance, :func:`.decide._read_before`).
The gloss belongs to the name: when the words right before the bracket end in
a title (a descriptor noun such as 주석, 총리, 회장, a title such as 부장 or
서기, or a word ending in one: 국가주석, 외교부장) and the word before them
reads the whole gloss surely, that word is the term. So is a quoted word that
the noun before the bracket is said to be: '탕핑'이라는 말(躺平), '중국몽'이라는
구상(中国梦).
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import AND_WORDS, OR_WORDS, words_before
from ..text.morph import ends_a_modifier, is_a_bare_noun, particle_start
from ..text.normalize import MIDDLE_DOTS, is_hangul, to_hans
from ..text.places import folded, names_given
from ..text.readings import transcriptions
from ..text.segmenter import is_a_persons_name
from .align import CHINESE_AND, EXACT, Correspondences, reading_match
from .decide import READ_WHOLE, Verdict, may_read_whole, reads_whole
from .kinds import READ_KINDS
from .mismatched import another_family_name, spells_another_person
from .references import (
    DEMONSTRATIVES,
    LATIN_TITLES,
    PERSONS_TITLES,
    PLACE_KINDS,
    PLAN_KINDS,
    QUALIFIERS,
    QUOTATIVE_MODIFIERS,
    TITLES,
)
from .tabled import PEOPLE, TABLED, tables_name
from .western_names import (
    WESTERN_NAME,
    sounds_like_the_name,
    western_full_name,
    western_given_name,
)

CONFIDENCE = 0.9  # the share of the reading's confidence kept: the name is not next to its gloss
MOST_WORDS = 3  # words of a title between the name and the bracket


def _is_title(words: list[str]) -> bool:
    """Do ``words`` say what someone is: qualifiers or nouns, the last a
    descriptor or ending in one (중국 국가주석, 외교부 대변인)? Or, one word
    alone, what kind of plan a name is (구상 of 일대일로 구상)?"""
    last = words[-1]
    if last in RULERS_TITLES or last in PLAN_KINDS:
        # 쿠빌라이 칸(忽必烈): the ruler's name, then the title alone; 일대일로
        # 구상(一带一路): the plan's name, then the kind of plan it is
        return not words[:-1]
    return any(last.endswith(noun) and len(noun) >= 2 for noun in TITLES) and _qualify(words[:-1])


# A steppe ruler's title, a word of one syllable that is a common word too
# (칸, a column): a title only right after the name.
RULERS_TITLES = frozenset({"칸", "대칸", "카간"})


def name_before_title(text: str, paren: int, gloss: str, learned: Correspondences | None
                      ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of the name that ``gloss`` reads,
    before a title that ends right before the bracket at ``paren``.

    >>> name_before_title("시진핑 주석(习近平)", 6, "习近平", None)[:3]
    (0, 3, <Kind.TRANSLITERATION: 'transliteration'>)
    """
    if len(gloss) < 2:
        return None
    # A title in Latin letters may end the title (테슬라 CEO, CEO): the words before it.
    latin = _LATIN_TITLE.search(text, max(0, paren - 40), paren)
    end = latin.start() if latin else paren
    # A firm's name in the title may have Latin letters (샘 올트먼 오픈AI CEO, 최태원 SK 회장).
    found = words_before(text, end, MOST_WORDS + 1, 40, latin=True)
    words = [word for _, word in found]
    for title in range(0 if latin else 1, len(words)):  # the shortest title first
        name = len(words) - title - 1
        if not (_qualify(words[name + 1 :]) if latin else _is_title(words[name + 1 :])) \
                or short_for_the_words(gloss, words[name:]):
            continue
        if named := _named(text, gloss, found[name][0], words[name], learned):
            return named
    return None


def name_titled_and_more(text: str, paren: int, gloss: str, learned: Correspondences | None
                         ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a name, its title and the word after
    it, where the gloss reads the name and that word and leaves the title out
    (트럼프 대통령 부부(特朗普夫妇), 시진핑 국가주석 부부(习近平夫妇)): a mix.

    >>> name_titled_and_more("트럼프 대통령 부부(特朗普夫妇)", 10, "特朗普夫妇", None)[:3]
    (0, 10, <Kind.MIXED: 'mixed'>)
    >>> name_titled_and_more("트럼프 대통령 일행(特朗普夫妇)", 10, "特朗普夫妇", None)
    """
    found = words_before(text, paren, MOST_WORDS + 2, 50)
    if len(found) < 3 or len(gloss) < 3 or any(char in _JOINS for char in gloss):
        return None  # 레이쥔 그리고 사장 루웨이빙(雷军和卢伟冰): two people, a list
    words = [word for _, word in found]
    if not _is_title(words[-2:-1]):
        return None  # every title this looks for ends with the word before the last
    for split in range(len(gloss) - 1, 1, -1):  # the longest name first
        name, rest = gloss[:split], gloss[split:]
        last = reads_whole(rest, words[-1], learned) if may_read_whole(rest, words[-1]) \
            else None
        if last is None:
            continue
        for at in range(len(words) - 3, -1, -1):  # the shortest title first
            if not _is_title(words[at + 1 : -1]) or any(
                    word in AND_WORDS or word in OR_WORDS for word in words[at + 1 : -1]):
                continue
            named = _named(text, name, found[at][0], words[at], learned)
            if named is not None:
                end = found[-1][0] + len(words[-1])
                return named[0], end, Kind.MIXED, round(min(named[3], last[1] * CONFIDENCE), 2)
    return None


# What joins the members of a list in Chinese: conjunctions, dots, commas.
_JOINS = frozenset(CHINESE_AND + MIDDLE_DOTS + "、,，/")


def name_glued_to_title(text: str, paren: int, gloss: str, learned: Correspondences | None
                        ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a person's name that ``gloss``
    reads whole, where the word right before the bracket at ``paren`` writes
    it with a title glued on (시진핑주석(习近平), 리창총리(李强), a compound one:
    시진핑국가주석), or that the tables give (트럼프대통령(特朗普)): the name
    without the title, as sure as with a space between them.

    >>> name_glued_to_title("리창총리(李强)", 4, "李强", None)[:3]
    (0, 2, <Kind.TRANSLITERATION: 'transliteration'>)
    >>> name_glued_to_title("부총리(李强)", 3, "李强", None)
    """
    found = words_before(text, paren, 1, 20)
    if not found or len(gloss) < 2:
        return None
    start, word = found[-1]
    if not glued_to_a_title(word) or not all(map(is_hangul, word)):
        return None
    person = is_a_persons_name(to_hans(gloss))
    # The shortest name first: the title may be a compound (시진핑국가주석).
    for end in range(2, len(word) - 1):
        name = word[:end]
        if folded(gloss) in names_given(name, (PEOPLE,)):
            # 트럼프대통령(特朗普): a person's name the tables give, as sure as they are
            return start, start + end, Kind.TRANSLATION, TABLED
        read = reads_whole(gloss, name, learned) if person else None
        if read is not None and read[0] in READ_KINDS:
            return _as_term(start, name, read)
    return None


def glued_to_a_title(term: str) -> bool:
    """Is ``term`` one word, a name of two syllables or more with a person's
    title glued on (시진핑주석, 마화텅회장)?"""
    return " " not in term and any(
        len(title) >= 2 and term.endswith(title) and len(term) - len(title) >= 2
        for title in PERSONS_TITLES)


def _named(text: str, gloss: str, start: int, word: str, learned: Correspondences | None
           ) -> tuple[int, int, Kind, float] | None:
    """The name ``word`` at ``start``, read whole or a Westerner's the gloss spells."""
    read = reads_whole(gloss, word, learned)
    return _as_term(start, word, read) if read is not None \
        else _western_name(text, gloss, start, word)


_LATIN_TITLE = re.compile(f"(?<= )(?:{'|'.join(sorted(LATIN_TITLES))})(?: ?)$")


def _qualify(words: list[str]) -> bool:
    """May ``words`` stand before a title's last word, in Hangul or Latin
    letters (중국 국가주석, 테슬라 CEO, 전 CEO): qualifiers, titles or nouns,
    no clause's verb (있는 of 상하이에 있는 회사: where, not who)?"""
    return all(word in QUALIFIERS or word in TITLES
               or (len(word) >= 2 and not ends_a_modifier(word)) for word in words)


def _western_name(text: str, gloss: str, start: int, word: str
                  ) -> tuple[int, int, Kind, float] | None:
    """A Westerner's name that ends with ``word`` (at ``start``) and that the
    gloss writes by its sounds, no reading of it: in full (일론 머스크 테슬라
    CEO(埃隆·马斯克)), or one word (트럼프 대통령(特朗普)); or a Western given
    name before a Chinese surname (젠슨 황 엔비디아 CEO(黄仁勋))."""
    if word in QUALIFIERS or word in DEMONSTRATIVES or word in PLACE_KINDS:
        return None  # a word that says which one (한 기업) or what (항구 도시) is nobody's name
    if particle_start(word) is not None:
        return None  # 상하이의 회사(上海): a name before its title takes no particle
    end = start + len(word)
    if full := western_full_name(text, end, gloss) or western_given_name(text, end, gloss):
        return full
    if _a_surname_alone(gloss, word):
        return None  # 왕 부장(王毅), 레이 회장(雷总): a surname before a title, not the name
    if spells_another_person(gloss, word) or another_family_name(gloss, word):
        return None  # 리창 총리(习近平), 마오닝 대변인(汪文斌): another Chinese name
    if tables_name(gloss, word):
        return start, end, Kind.TRANSLATION, TABLED  # 바이든 대통령(拜登): as sure as the tables
    return (start, end, Kind.TRANSLATION, WESTERN_NAME) if sounds_like_the_name(gloss, word) \
        else None


def _a_surname_alone(gloss: str, word: str) -> bool:
    """Does ``word`` render only the gloss's first characters, as a surname
    does: read the Sino-Korean way (왕 of 王毅) or spelt in Mandarin (레이 of
    雷总)?"""
    return len(word) < len(gloss) and all(
        reading_match(char, syllable)[1] in EXACT
        for char, syllable in zip(gloss, word, strict=False)) \
        or (len(gloss) > 1 and word in transcriptions(gloss[0]))


def _as_term(start: int, word: str, read: Verdict) -> tuple[int, int, Kind, float]:
    """The name at ``start`` as the term, with a share of its reading's confidence."""
    return start, start + len(word), read[0], round(read[1] * CONFIDENCE, 2)


# A quoted word, the quotative ending that makes it modify a noun, the noun.
_QUOTATIVE = "|".join(sorted(QUOTATIVE_MODIFIERS, key=len, reverse=True))
_QUOTED_BEFORE = re.compile(f"['‘\"“]([^'’\"”\n]{{1,30}})['’\"”](?:{_QUOTATIVE}) [가-힣]+ ?$")


def quoted_before_noun(text: str, paren: int, gloss: str, learned: Correspondences | None
                       ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of a quoted word that reads the whole
    ``gloss``, when a noun it modifies stands right before the bracket at
    ``paren``.

    >>> text = "그는 '탕핑'이라는 말(躺平)을 했다."
    >>> quoted_before_noun(text, text.index("("), "躺平", None)[:3]
    (4, 6, <Kind.TRANSLITERATION: 'transliteration'>)
    """
    if len(gloss) < 2:
        return None
    found = _QUOTED_BEFORE.search(text, max(0, paren - 50), paren)
    if found is None:
        return None
    quoted = found.group(1).strip()
    read = reads_whole(gloss, quoted, learned)
    if read is None:
        return None
    return _as_term(found.start(1) + found.group(1).index(quoted), quoted, read)


def read_before_a_noun(text: str, paren: int, gloss: str, learned: Correspondences | None
                       ) -> tuple[int, int, Kind, float] | None:
    """(start, end, kind, confidence) of the word that reads the whole
    ``gloss`` surely, where one noun, bare, stands between it and the bracket
    at ``paren``: the gloss is the word's, the noun after it says what is done
    with or said of it (병음 for 拼音 of 병음 표기(拼音), 상하이 for 上海 of 상하이
    출신(上海)), and no translation of that noun alone (표기 for 拼音).

    >>> text = "그는 상하이 출신(上海)이다."
    >>> read_before_a_noun(text, text.index("("), "上海", None)[:3]
    (3, 6, <Kind.TRANSLITERATION: 'transliteration'>)
    >>> text = "그는 상하이의 출신(上海)이다."
    >>> read_before_a_noun(text, text.index("("), "上海", None)
    """
    found = words_before(text, paren, 2, 30)
    if len(gloss) < 2 or len(found) != 2 or not is_a_bare_noun(found[1][1]) \
            or short_for_the_words(gloss, [word for _, word in found]):
        return None
    start, word = found[0]
    if not may_read_whole(gloss, word):
        return None
    read = reads_whole(gloss, word, learned)
    if read is None or read[0] not in READ_KINDS or read[1] < READ_WHOLE:
        return None
    return _as_term(start, word, read)


def short_for_the_words(gloss: str, words: list[str]) -> bool:
    """Is ``gloss`` a Chinese short form of ``words``, a character for each
    that the word's first syllable reads exactly (剩女 of 잉여 여성, 剩余女性)?
    Then the gloss renders them all, not the first alone, whose syllables may
    read it by chance (잉여 reads 剩女: 여 is a reading of 女, as of 余).

    >>> short_for_the_words("剩女", ["잉여", "여성"]), short_for_the_words("李强", ["리창", "총리"])
    (True, False)
    """
    return len(gloss) == len(words) >= 2 and all(
        reading_match(char, word[0])[1] in EXACT for char, word in zip(gloss, words, strict=True))


def ends_in_a_persons_title(term: str) -> bool:
    """Does ``term`` end in a person's title, in Hangul or Latin letters
    (메르켈 총리, 테슬라 CEO; not 알리바바 그룹)?"""
    words = term.split()
    return len(words) >= 2 and (words[-1] in LATIN_TITLES or any(
        words[-1].endswith(title) for title in PERSONS_TITLES))
