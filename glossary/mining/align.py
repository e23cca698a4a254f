"""Aligning a Chinese gloss with the Korean words written before its bracket.

The Korean side is cut into units (Hangul syllables, Latin tokens, spaces).
A dynamic programme walks both strings from the bracket leftwards and gives
each Chinese character either

* a reading: one Hangul syllable that is its Sino-Korean reading (中 중), or
  1–3 syllables that spell its Mandarin reading by the Korean standard or
  close to it (韩 한, 斐 페이, 劼 지에 ≈ 제);
* a share of a translation piece: a run of characters (best a jieba word)
  rendered by a Korean word or Latin token (科技 테크놀로지, 海信 Hisense);
* or nothing (deleted), while unexplained Korean syllables are insertions.

Where the alignment can start says where the Korean term starts. Words
inside a term must end in an explained syllable, so particles and endings
(기업이, 참여한) never end up inside a span.

>>> best = align("韩雯斐", units("플랫폼 총괄 한원페이"))
>>> best.start_text, best.evidence
('한원페이', ('both', 'mt', 'mt'))
>>> align("中華全國工商業聯合會", units("마이뱅크는 중화전국공상업연합회")).start_text
'중화전국공상업연합회'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from ..text.cantonese import cantonese_spellings
from ..text.hangul import decompose, onset_class, similarity, without_final
from ..text.latin import LATIN_CLASS
from ..text.normalize import is_hangul, to_hans
from ..text.places import CHINESE_PLACES, chinese_place, folded, longest_name
from ..text.readings import sino_readings, transcriptions
from ..text.segmenter import tagged_spans

DELETE = 0.9  # a Chinese character the Korean does not render
LOOSE = 0.01  # more for a piece that is no jieba word than for deleting its characters
INSERT = 0.6  # a Hangul syllable no character explains
INSERT_LATIN = 1.0
IN_WORD_START = 0.8  # a span that starts inside a written word
NEAR = 0.8  # similarity from which a spelling counts as the same reading
# A Cantonese reading (Hong Kong's names: 침사추이 尖沙咀), tried after Mandarin
# (near spellings too) and Sino-Korean: a little less than theirs, as Korean
# writes few names so.
CANTONESE = 0.95
# What joins the last of two Chinese names or more (甲、乙和丙, 甲和乙).
CHINESE_AND = "和与與及"
# Inside a name, Korean renderings drop these (国家发展和改革委员会 국가발전개혁위원회).
FUNCTION_CHARS = frozenset(CHINESE_AND + "的之")
DROP_FUNCTION = 0.2
# Korean writes an ordinal around its number, which the gloss leaves out or
# abbreviates (제20차 당대회, 二十大): 제 before the digits, 차 기 회 after.
ORDINAL_BEFORE = "제"
ORDINAL_PREFIX = "第"  # which Korean may leave out before digits (5세대 for 第五代)
ORDINAL_AFTER = frozenset("차기회")
ORDINAL = 0.2
GENITIVE = "의"
# The last syllable of a modifier Korean makes of a Sino-Korean word before
# the next word of a term (위대한 부흥 for 伟大复兴, 경제적인 가치, 자유로운):
# an adjective's or a passive's ending, or the 적 that stands for 的.
ADNOMINAL_ENDINGS = frozenset("한적인된운")
# What may end an inner word unexplained: beside readings, the genitive and a
# modifier's ending; beside translated pieces, which would take the ending for
# a piece's own, the genitive alone ...
_ENDINGS_READ = ADNOMINAL_ENDINGS | {GENITIVE}
_ENDINGS_TRANSLATED = frozenset({GENITIVE})
# ... and the suffix 적 that makes a noun a modifier (경제적 지원 for 经济援助),
# where the gloss writes no 的 for it to read.
_ENDINGS_TRANSLATED_JEOK = _ENDINGS_TRANSLATED | {"적"}
# The kind of division Korean writes after a place in China whose gloss leaves
# it out, ending an inner word (후난성 창사 for 湖南长沙): a province, a city,
# a county, a district.
KOREAN_DIVISIONS = frozenset("성시현구")
NEG = float("-inf")
# Korean counts in its own numerals (하나의 중국 for 一个中国, 네 가지 for 四项):
# each a word of its own, as a determiner (한 두 세 네) or a noun (하나 둘 셋 넷).
NATIVE_NUMERALS = {1: ("한", "하나"), 2: ("두", "둘"), 3: ("세", "셋", "석"),
                   4: ("네", "넷", "넉"), 5: ("다섯",), 6: ("여섯",), 7: ("일곱",),
                   8: ("여덟",), 9: ("아홉",), 10: ("열",)}
# A measure word after a numeral, and the counters Korean writes for it (四项
# 네 가지, 三条 세 가지, 三道红线 3대 레드라인); 个 may go unwritten (一个中国 하나의 중국).
CLASSIFIERS = frozenset("个個项項种種条條件位名次点點道")
COUNTERS = frozenset({"개", "가지", "명", "곳", "번", "건", "점", "항", "종", "조", "대"})
UNWRITTEN_CLASSIFIERS = frozenset("个個")


def joins_words(zh: str, at: int) -> bool:
    """Is ``zh[at]`` a conjunction between words of two characters at least
    (和 of 马云和马化腾; not 与 of the name 金与正, nor 和 of 共和国)?

    >>> joins_words("马云和马化腾", 2), joins_words("金与正", 1), joins_words("共和国", 1)
    (True, False, False)
    """
    return zh[at] in CHINESE_AND and at >= 2 and len(zh) - at > 2


def conjoined(zh: str) -> bool:
    """Does a conjunction join two words in ``zh`` (:func:`joins_words`)?"""
    return any(joins_words(zh, at) for at in range(len(zh)))


class Unit(NamedTuple):  # a tuple: windows make hundreds of thousands of them
    kind: str  # "syl" (Hangul syllable), "lat" (Latin/digit token) or "sp"
    text: str
    start: int
    end: int


# A Latin word is never cut at an accented letter (pinyin's hǎi, Nguyễn).
_TOKEN = re.compile(rf"[가-힣]|[{LATIN_CLASS}][{LATIN_CLASS}&'+.\-]*[{LATIN_CLASS}+]"
                    rf"|[{LATIN_CLASS}]|\s+")


def units(window: str) -> list[Unit]:
    """Cut text into syllables, Latin tokens and spaces (other marks are spaces).

    >>> [u.text for u in units("Style 3D 가전")]
    ['Style', ' ', '3D', ' ', '가', '전']
    """
    out: list[Unit] = []
    for match in _TOKEN.finditer(window):
        text = match.group()
        kind = "syl" if is_hangul(text[0]) else "sp" if text.isspace() else "lat"
        if kind == "lat" and _DOTTED_DATE.fullmatch(text):
            # 5.18, 3.1: a date-named term's numbers, as with a middle dot (5·18)
            out += [Unit("lat", number.group(), match.start() + number.start(),
                         match.start() + number.end()) for number in _NUMBER.finditer(text)]
            continue
        out.append(Unit(kind, text, match.start(), match.end()))
    return out


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}")
_NUMBER = re.compile(r"\d+")


def syllable_words(us: list[Unit]) -> list[range]:
    """The runs of Hangul syllables in ``us``: its written words, spaces and
    Latin tokens apart.

    >>> [list(word) for word in syllable_words(units("통칭 Kim 오스마이"))]
    [[0, 1], [5, 6, 7, 8]]
    """
    words, start = [], 0
    for end in [*range(len(us)), len(us)]:
        if end == len(us) or us[end].kind != "syl":
            if end > start:
                words.append(range(start, end))
            start = end + 1
    return words


@lru_cache(maxsize=200_000)
def reading_match(char: str, written: str) -> tuple[float, str]:
    """How well Hangul ``written`` reads the character ``char``, and how.

    >>> reading_match("聯", "연"), reading_match("紫", "즈")[1], reading_match("紫", "바")
    ((1.0, 'sk'), 'mt~', (0.0, ''))
    >>> reading_match("角", "콕")  # Cantonese, as Hong Kong's names are written (旺角 몽콕)
    (0.95, 'yue')
    """
    readings = sino_readings(char)
    sk = len(written) == 1 and written in readings
    spellings = transcriptions(char)
    if written in spellings:
        # A character with no Sino-Korean reading known (熿, 墭) may be read
        # either way: the spelling says nothing of which.
        return 1.0, "both" if sk or not readings else "mt"
    if sk:
        return 1.0, "sk"
    near = _nearest(spellings, written)
    if near >= NEAR:
        return 0.9 * near, "mt~"
    if written in cantonese_spellings(char):
        return CANTONESE, "yue"
    return 0.0, ""


def doubled_l(written: str, following: str) -> bool:
    """Does ``written`` end in ㄹ before a syllable that starts with ㄹ? Korean
    doubles an l between vowels as English spells it (알리바바 for 阿里巴巴: 아 +
    리), so the final may belong to the next character's reading."""
    return (is_hangul(written[-1]) and is_hangul(following[0])
            and decompose(written[-1])[2] == "ㄹ" and decompose(following[0])[0] == "ㄹ")


def _nearest(spellings: frozenset[str], written: str) -> float:
    """The best similarity of ``written`` to one of ``spellings`` that starts
    with a consonant of its class (most syllables share none: no work then)."""
    candidates = _by_onset(spellings).get(onset_class(written[0]))
    if not candidates:
        return 0.0
    return _nearest_of(candidates, written)


@lru_cache(maxsize=4096)
def _by_onset(spellings: frozenset[str]) -> dict[int, tuple[str, ...]]:
    grouped: dict[int, list[str]] = {}
    for spelling in sorted(spellings):
        grouped.setdefault(onset_class(spelling[0]), []).append(spelling)
    return {key: tuple(group) for key, group in grouped.items()}


@lru_cache(maxsize=100_000)
def _nearest_of(candidates: tuple[str, ...], written: str) -> float:
    """Remembered by the spellings, not the character: the many characters
    that share a Mandarin reading (张 章 彰 …) share one computation."""
    return max((similarity(written, s, NEAR) for s in candidates
                if abs(len(written) - len(s)) < 2), default=0.0)


_DIGITS = {ch: value for value, chars in enumerate(
    ["零〇", "一壹", "二贰貳两兩", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"])
    for ch in chars}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral (二十 20, 一九二九 1929), or None.

    >>> chinese_number("二十"), chinese_number("一九二九"), chinese_number("三百零五")
    (20, 1929, 305)
    """
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
    return total + (digit or 0)


# A run of the characters numerals are written with; 万 and 萬 too, which
# chinese_number does not read, so that a run holding one counts nothing
# rather than the part before it (三万 is no 3).
_NUMERAL_RUN = re.compile("[" + "".join(_DIGITS) + "".join(_UNITS) + "万萬]+")


def chinese_numbers(text: str) -> set[int]:
    """The values of the Chinese numerals ``text`` writes in characters.

    >>> sorted(chinese_numbers("二十国集团")), sorted(chinese_numbers("兩岸三地"))
    ([20], [2, 3])
    >>> chinese_numbers("三万人")
    set()
    """
    return {value for run in _NUMERAL_RUN.findall(text)
            if (value := chinese_number(run)) is not None}


@dataclass
class PieceModel:
    """What translation pieces may use: jieba word spans of the gloss, and
    Korean units that belong to words which cannot be part of a term. With
    the ``gloss``, a person's name in it (beside other words) is never
    rendered by one syllable: 리 for 李强 in 리 총리(李强总理) is the surname
    alone, a reference."""

    words: Collection[tuple[int, int]]
    closed_units: Collection[int] = field(default_factory=set)
    gloss: str = ""

    @cached_property
    def people(self) -> frozenset[tuple[int, int]]:
        """Spans of the gloss jieba tags as a person's name (nr…), of two
        characters or more; asked only when one syllable could render one."""
        return frozenset((start, end) for start, end, tag in tagged_spans(to_hans(self.gloss))
                         if tag.startswith("nr") and end - start >= 2)


# Evidence a reading verifies (num: digits; native: a native numeral or its counter).
# A reading the standard spells with its final ㄹ doubled before the next
# syllable's (알 of 알리바바 for 阿): as sure as the reading, though scored as
# a near one so that alignments stay as they were.
DOUBLED_L = "mt-ll"
READING = frozenset({"sk", "mt", "both", "mt~", "yue", "num", "native", DOUBLED_L})
EXACT = ("sk", "mt", "both")  # how a syllable reads a character exactly
LEARNED = 0.95  # per character of a learned correspondence: just below a reading
MAX_PIECE = 4  # Chinese characters one translation piece, learned or not, may cover
# Hangul syllables of a piece that is a written word of its own (마이크로소프트
# for 微软), and of one that is part of a word (권감독관리 would read 證監會 in
# 증권감독관리위원회, which abbreviates it)
MAX_PIECE_SYLLABLES, MAX_PART_SYLLABLES = 8, 6
# Chinese piece → Korean spellings (syllables, no spaces) known to translate it
Correspondences = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Alignment:
    score: float
    start: int  # index of the first unit of the span
    start_text: str
    # per character: sk, mt, both, mt~, yue, num, native, piece, learned, fn, del
    evidence: tuple[str, ...]
    inserted: int  # Hangul syllables no character explains
    in_word: bool  # the span starts inside a written word
    piece_units: tuple[tuple[int, int], ...] = ()
    loose_pieces: int = 0  # pieces whose Chinese side is not a jieba word
    inserted_units: frozenset[int] = frozenset()
    # (first character, end, first unit, end) of each translation piece,
    # learned or not: what a correspondence is learned from
    correspondences: tuple[tuple[int, int, int, int], ...] = ()
    read_units: frozenset[int] = frozenset()  # units that read a character exactly
    # per character: which written word of the span renders it (0 the first),
    # -1 for a character left out
    words: tuple[int, ...] = ()

    @property
    def reads(self) -> int:
        """How many characters a reading (or a number) verifies."""
        return sum(e in READING for e in self.evidence)

    @property
    def exact_reads(self) -> int:
        """Characters whose reading the Korean spells exactly."""
        return sum(e in EXACT or e in ("num", "native") for e in self.evidence)

    def read_apart(self, zh: str, us: list[Unit]) -> bool:
        """Does a run of syllables of the span, outside a translation piece,
        read that piece's characters (two or more) exactly, one a character?
        Then the piece is chance: 보르지기트씨 is no translation of 貴妃 where
        the 귀비 of 대귀비 reads it."""
        for first, end, unit, unit_end in self.correspondences:
            length = end - first
            if length < 2:
                continue
            for k in range(self.start, len(us) - length + 1):
                if (k + length <= unit or k >= unit_end) and all(
                        u.kind == "syl" for u in us[k : k + length]) and _reads_exactly(
                        zh[first:end], [u.text for u in us[k : k + length]]):
                    return True
        return False

    def reads_part_of_a_piece(self, zh: str, us: list[Unit]) -> bool:
        """Does a translation piece's Korean read exactly, a syllable each,
        only a part of its characters (two or more)? Then the rest of the
        piece is unexplained, not translated: 자녀 of 한 자녀 정책 reads 子女 and
        leaves 独生 of 独生子女政策 out."""
        for first, end, unit, unit_end in self.correspondences:
            syllables = [u.text for u in us[unit:unit_end] if u.kind == "syl"]
            size = len(syllables)
            if not 2 <= size < end - first or size != unit_end - unit:
                continue
            if any(_reads_exactly(zh[at : at + size], syllables)
                   for at in range(first, end - size + 1)):
                return True
        return False

    def whole_word_inserted(self, us: list[Unit]) -> bool:
        """True when some word of the span is made only of unexplained syllables
        (리창 총리(李强): 총리 is no part of the gloss)."""
        word: list[int] = []
        for index in [*range(self.start, len(us)), None]:
            if index is None or us[index].kind == "sp":
                if word and all(k in self.inserted_units for k in word):
                    return True
                word = []
            else:
                word.append(index)
        return False


def _reads_exactly(chars: str, syllables: list[str]) -> bool:
    """Does each syllable read the character in its place exactly (귀비 for 貴妃)?"""
    return all(reading_match(char, syllable)[1] in EXACT
               for char, syllable in zip(chars, syllables, strict=True))


def _piece_score(zh_span: tuple[int, int], chars: int, syllables: int, latin: bool,
                 whole_word: bool, model: PieceModel) -> float:
    if not latin and not (chars / 2 <= syllables <= 3 * chars + 1):
        return -9.0
    # A piece that is not a jieba word costs as much as dropping its
    # characters, so it never beats reading them, but it still beats
    # dropping them and leaving the Korean unexplained (梦 of 梦工场 → 드림);
    # and a hair more, so that where it ties with a jieba word's piece, the
    # word wins (셰익스피어 for 莎士比亚 whole, not 莎 셰익 + 士 스 + 比亚 피어).
    score = 0.35 if zh_span in model.words else -DELETE - LOOSE
    if whole_word:
        score += 0.1
    return score


Step = tuple[int, int, str]  # the cell a move came from, and what the move was


class _Lattice:
    """The dynamic programme behind :func:`align`.

    Cell (i, j) holds the best score of explaining ``zh[i:]`` with ``us[j:]``;
    the walk starts at (n, m), the bracket, and moves leftwards. Each kind of
    move is one method, so the lattice reads as the list of what may explain
    a character or a syllable.
    """

    def __init__(self, zh: str, us: list[Unit], pieces: PieceModel | None,
                 learned: Correspondences) -> None:
        self.zh, self.us, self.pieces = zh, us, pieces
        self.read_by: dict[str, tuple[int, ...]] = {}  # syllable → characters it reads exactly
        # The gloss's pieces that learned correspondences spell, by where they
        # end: found once per gloss, not in every cell of the lattice; looked
        # up in simplified characters, as they are learned (法國 as 法国).
        self.known: dict[int, list[tuple[int, tuple[str, ...]]]] = {}
        keyed = _keyed(zh)
        for end in range(1, len(zh) + 1):
            for a in range(1, min(MAX_PIECE, end) + 1):
                if spellings := learned.get(keyed[end - a : end]):
                    self.known.setdefault(end, []).append((a, spellings))
        # Numerals of the gloss whose value the words write in digits (二十 of
        # 二十大 beside 제20차): the digits read them, no piece translates them.
        digits = {int(u.text) for u in us if u.kind == "lat" and u.text.isdigit()} \
            if pieces is not None else set()
        self.in_digits = {(start, start + a) for start in range(len(zh)) if digits
                          for a in range(1, min(MAX_PIECE, len(zh) - start) + 1)
                          if chinese_number(zh[start : start + a]) in digits}
        # Numerals Korean may count in its own (by the end of each: its
        # value), and the measure words after them, when more of the gloss
        # follows: one person (一名) is no term.
        self.numerals: dict[int, int] = {}
        self.counted: set[int] = set()
        for at, char in enumerate(zh[:-1]):
            value = chinese_number(char)  # 十 too: 열
            if value in NATIVE_NUMERALS and any(c not in CLASSIFIERS for c in zh[at + 1 :]):
                self.numerals[at + 1] = value
                if zh[at + 1] in CLASSIFIERS:
                    self.counted.add(at + 2)
        n, m = len(zh), len(us)
        self.best = [[NEG] * (m + 1) for _ in range(n + 1)]
        self.back: list[list[Step | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        self.best[n][m] = 0.0
        self.floor = self.read_one_by_one()
        self.endings = _ENDINGS_READ if pieces is None else \
            _ENDINGS_TRANSLATED if "的" in zh else _ENDINGS_TRANSLATED_JEOK

    def read_one_by_one(self) -> float:
        """The edge score of an alignment found without the lattice, when
        the syllables before the bracket read each character exactly, right
        to left (most glosses: 대한민국 for 大韓民國), else -inf. No cell
        whose every completion stays below it can hold the best alignment:
        :meth:`fill` leaves such cells be, and the result is the same."""
        j = len(self.us)
        for i in range(len(self.zh), 0, -1):
            if i < len(self.zh) and j and self.us[j - 1].kind == "sp":
                j -= 1
            written = ""
            for k in range(1, 4):
                if j - k < 0 or self.us[j - k].kind != "syl":
                    return NEG
                written = self.us[j - k].text + written
                if reading_match(self.zh[i - 1], written)[0] == 1.0:
                    j -= k
                    break
            else:
                return NEG
        return len(self.zh) - (0.0 if self.word_start(j) else IN_WORD_START)

    def word_start(self, j: int) -> bool:
        # A mark between syllables (뿌리-대비, 광둥·홍콩) ends a word as a space
        # does, though a piece may span it (상하이-난징 for 沪宁).
        return j == 0 or self.us[j - 1].kind == "sp" or (
            j < len(self.us) and self.us[j - 1].end < self.us[j].start)

    def relax(self, i: int, j: int, score: float, step: Step) -> None:
        if score > self.best[i][j]:
            self.best[i][j], self.back[i][j] = score, step

    def fill(self) -> None:
        n, m = len(self.zh), len(self.us)
        # Every character gains at most 1 (a reading, a number's digit), so
        # a cell's completions score at most its score plus the characters
        # left; the margin keeps ties with the floor, whatever the rounding.
        floor = self.floor - 1e-9
        for i in range(n, -1, -1):
            for j in range(m, -1, -1):
                here = self.best[i][j]
                if here != NEG and (i or j) and here + i >= floor:
                    self.expand(i, j, here)

    def expand(self, i: int, j: int, here: float) -> None:
        if i:
            self.drop_character(i, j, here)
        if j and self.us[j - 1].kind == "sp":
            if i < len(self.zh) or j < len(self.us):
                self.relax(i, j - 1, here, (i, j, "sp"))
            return
        if i == 0 and j and self.ordinal_before(j):
            self.relax(0, j - 1, here - ORDINAL, (i, j, "ord"))
        if i == 0 or j == 0:
            return  # a span never starts with an unexplained syllable
        if self.us[j - 1].kind == "syl":
            self.read_syllables(i, j, here)
            if i in self.numerals or i in self.counted:
                self.count_natively(i, j, here)
            if i in self.known:
                self.known_piece(i, j, here)
        else:
            self.read_number(i, j, here)
        self.insert_unit(i, j, here)
        if self.pieces is not None:
            self.translate_piece(i, j, here, self.pieces)

    def drop_character(self, i: int, j: int, here: float) -> None:
        """A character the Korean does not render; 和 与 的 之 及 cheaply (a
        conjunction between words of two characters at least: 与 of 金与正 is
        a name's), and 第 before a number that Korean writes in digits."""
        if self.zh[i - 1] in FUNCTION_CHARS and 1 < i < len(self.zh) and (
                self.zh[i - 1] not in CHINESE_AND or joins_words(self.zh, i - 1)):
            self.relax(i - 1, j, here - DROP_FUNCTION, (i, j, "fn"))
        elif self.zh[i - 1] == ORDINAL_PREFIX and j < len(self.us) \
                and self.us[j].text.isdigit() and chinese_number(self.zh[i:i + 1]) is not None:
            self.relax(i - 1, j, here - ORDINAL, (i, j, "fn"))
        elif i in self.counted and self.zh[i - 1] in UNWRITTEN_CLASSIFIERS:
            self.relax(i - 1, j, here - DROP_FUNCTION, (i, j, "fn"))
        self.relax(i - 1, j, here - DELETE, (i, j, "del"))

    def read_syllables(self, i: int, j: int, here: float) -> None:
        """One to three syllables that read the character."""
        char, us = self.zh[i - 1], self.us
        written = ""
        for k in range(1, 4):
            if j - k < 0 or us[j - k].kind != "syl":
                break
            written = us[j - k].text + written
            score, how = reading_match(char, written)
            if not score and k == 1 and j < len(us) and doubled_l(written, us[j].text):
                score = 0.9 * reading_match(char, without_final(written))[0]
                how = DOUBLED_L if score >= 0.9 else "mt~"
            if score:
                self.relax(i - 1, j - k, here + score, (i, j, how))

    def known_piece(self, i: int, j: int, here: float) -> None:
        """A run of characters spelled by a correspondence learned from
        verified pairs (水库 댐, 机场 공항): evidence almost as good as a reading."""
        for a, spellings in self.known[i]:
            for spelling in spellings:
                b = len(spelling)
                if b > j or any(u.kind != "syl" for u in self.us[j - b : j]):
                    continue
                if "".join(u.text for u in self.us[j - b : j]) == spelling:
                    self.relax(i - a, j - b, here + LEARNED * a, (i, j, f"learned{a}:{b}"))

    def count_natively(self, i: int, j: int, here: float) -> None:
        """A native numeral, or the counter after it, written as a word of
        its own (the numeral may take the genitive: 하나의) that reads a
        numeral or the measure word after it: 네 ↔ 四, 가지 ↔ 项."""
        us = self.us
        end_of_word = j == len(us) or us[j].kind == "sp" or (
            us[j].text == GENITIVE and (j + 1 == len(us) or us[j + 1].kind == "sp"))
        if not end_of_word:
            return
        value = self.numerals.get(i)
        spellings = NATIVE_NUMERALS[value] if value is not None else COUNTERS
        written = ""
        for k in range(1, 3):
            if j - k < 0 or us[j - k].kind != "syl":
                return
            written = us[j - k].text + written
            # ... a counter right after the digits that read the numeral, too (3대, 3개)
            after_digits = value is None and j - k > 0 and us[j - k - 1].text.isdigit() \
                and not self.word_start(j - k)
            if written in spellings and (self.word_start(j - k) or after_digits):
                self.relax(i - 1, j - k, here + 1.0, (i, j, "native"))

    def read_number(self, i: int, j: int, here: float) -> None:
        """Digits that read a Chinese numeral: 20 ↔ 二十."""
        text = self.us[j - 1].text
        if not text.isdigit():
            return
        for a in range(1, min(8, i) + 1):
            if chinese_number(self.zh[i - a : i]) == int(text):
                self.relax(i - a, j - 1, here + a, (i, j, f"num{a}"))

    def ordinal_before(self, j: int) -> bool:
        return self.us[j - 1].text == ORDINAL_BEFORE and j < len(self.us) \
            and self.us[j].text.isdigit()

    def insert_unit(self, i: int, j: int, here: float) -> None:
        """A unit no character explains; never at the end of an inner word,
        where particles and endings are, unless it is an ordinal's (20차), the
        genitive 의 that Korean adds between a term's words (중국의
        꿈(中国梦)), or a modifier's ending (위대한 부흥(伟大复兴))."""
        if j >= 2 and self.us[j - 1].text in ORDINAL_AFTER and self.us[j - 2].text.isdigit():
            self.relax(i, j - 1, here - ORDINAL, (i, j, "ord"))
            return
        if j < len(self.us) and self.us[j].kind == "sp" and not (
                j >= 2 and self.us[j - 2].kind == "syl" and (
                    self.us[j - 1].text in self.endings or self.division_left_out(i, j))):
            return
        cost = INSERT if self.us[j - 1].kind == "syl" else INSERT_LATIN
        self.relax(i, j - 1, here - cost, (i, j, "ins"))

    def division_left_out(self, i: int, j: int) -> bool:
        """Is unit ``j - 1`` the kind of division (성, 시) Korean writes after
        a place in China that the gloss's characters before ``i`` name, two
        or more, and leaves out (후난성 창사 for 湖南长沙)?"""
        return self.us[j - 1].text in KOREAN_DIVISIONS and any(
            chinese_place(folded(self.zh[start:i]))
            for start in range(max(0, i - longest_name(CHINESE_PLACES)), i - 1))

    def translate_piece(self, i: int, j: int, here: float, pieces: PieceModel) -> None:
        """A run of characters translated by a Korean word or a Latin token."""
        unit = self.us[j - 1]
        end_of_word = j == len(self.us) or self.us[j].kind == "sp"
        for a in range(1, min(MAX_PIECE, i) + 1):
            zh_span = (i - a, i)
            if any(start < i and i - a < end for start, end in self.in_digits):
                continue  # the digits read the numeral: no piece takes it, whole or in part
            if unit.kind == "lat":
                # One letter names nothing: a placeholder (A사 for 中国某公司, K 교수).
                if sum(c.isalpha() for c in unit.text) >= 2 and j - 1 not in pieces.closed_units:
                    score = _piece_score(zh_span, a, 1, True, self.word_start(j - 1), pieces)
                    self.relax(i - a, j - 1, here + score, (i, j, f"piece{a}:1"))
                continue
            for b in range(1, MAX_PIECE_SYLLABLES + 1):
                if j - b < 0 or self.us[j - b].kind != "syl" or j - b in pieces.closed_units:
                    break
                whole = end_of_word and self.word_start(j - b)
                if b > MAX_PART_SYLLABLES and not whole:
                    continue
                if b == 1 and a >= 2 and not whole and zh_span in pieces.words \
                        and not self.sounds_like_its_start(i - a, self.us[j - 1].text):
                    # 축 of 축제 is no word for 购物: a Chinese word one syllable
                    # translates is a Korean word of its own; inside a word, one
                    # syllable spells the word's sound (릭 for 力克 in 철릭).
                    continue
                if b == 1 and self.reads_elsewhere(i - a, i, j - 1, pieces):
                    continue
                score = _piece_score(zh_span, a, b, False, whole, pieces)
                self.relax(i - a, j - b, here + score, (i, j, f"piece{a}:{b}"))

    def sounds_like_its_start(self, at: int, syllable: str) -> bool:
        """Does ``syllable`` open as a reading of the character ``zh[at]`` does?"""
        char = self.zh[at]
        onset = onset_class(syllable)
        return any(onset_class(reading[0]) == onset
                   for reading in (*sino_readings(char), *transcriptions(char)))

    def reads_elsewhere(self, start: int, end: int, unit: int, pieces: PieceModel) -> bool:
        """Is a syllable offered as a piece for two characters or more,
        ``zh[start:end]``, no rendering of them: the surname of a person's
        name beside other words (리 for 李强 in 李强总理), or the exact reading
        of a character outside them (왕 for 外交 in 王毅外交部长, where 王 reads
        왕)? (One character may be translated by a syllable that reads another:
        회 for 届 in 第二届博览会.)"""
        if end - start < 2:
            return False
        syllable = self.us[unit].text
        read = self.read_by.get(syllable)
        if read is None:  # asked for the same syllable in many cells: found once
            read = self.read_by[syllable] = tuple(
                k for k, char in enumerate(self.zh) if reading_match(char, syllable)[1] in EXACT)
        # The readings first: the names need jieba's tagger, slower by far.
        return any(not start <= k < end for k in read) or (
            end - start < len(self.zh) and bool(pieces.gloss) and (start, end) in pieces.people)

    def left_edges(self) -> list[tuple[float, int, int, bool]]:
        """Where the term may start: every unit from which all of the gloss is
        explained, with its score (a start inside a written word costs)."""
        edges = []
        for j in range(len(self.us)):
            if self.best[0][j] == NEG or self.us[j].kind == "sp":
                continue
            in_word = not self.word_start(j)
            score = self.best[0][j] - (IN_WORD_START if in_word else 0.0)
            edges.append((score, -j, j, in_word))
        return edges


@lru_cache(maxsize=4096)
def _keyed(zh: str) -> str:
    """``zh`` as correspondences are keyed: simplified, if that keeps its length."""
    simplified = to_hans(zh)
    return simplified if len(simplified) == len(zh) else zh


def spellings_of(learned: Correspondences, piece: str) -> tuple[str, ...]:
    """The Korean spellings ``learned`` gives ``piece`` in either script (a
    table is keyed in simplified characters, as correspondences are learned).

    >>> spellings_of({"法国": ("프랑스",)}, "法國")
    ('프랑스',)
    """
    return learned.get(_keyed(piece), ())


def align(zh: str, us: list[Unit], pieces: PieceModel | None = None,
          learned: Correspondences | None = None) -> Alignment | None:
    """The best alignment of all of ``zh`` with a suffix of ``us``, or None:
    candidate left edges, each with its reading evidence, and the best chosen."""
    if not zh or not us:
        return None
    lattice = _Lattice(zh, us, pieces, learned or {})
    lattice.fill()
    edges = lattice.left_edges()
    if not edges:
        return None
    score, _, start, in_word = max(edges)
    return _trace(zh, us, lattice.back, start, score, in_word, pieces)


def _completes_a_word(first: int, end: int, words: Collection[tuple[int, int]],
                      evidence: list[str], syllables: int) -> bool:
    """Is the piece's Chinese side a jieba word, or the end of one whose other
    characters are read, rendered by a word of its own of two syllables or
    more (带 of 经济带 after 경제, 벨트 rendering it: a compound's head)?"""
    return (first, end) in words or (syllables >= 2 and any(
        start < first and end == stop
        and all(evidence[k] in READING for k in range(start, first))
        for start, stop in words))


def _trace(zh: str, us: list[Unit], back: list[list[Step | None]],
           start: int, score: float, in_word: bool, pieces: PieceModel | None) -> Alignment:
    evidence = [""] * len(zh)
    inserted = loose = 0
    piece_units, inserted_units, correspondences = [], set(), []
    read_units: set[int] = set()
    words = [-1] * len(zh)
    word_of, word = {}, 0
    for k in range(start, len(us)):
        word += us[k].kind == "sp"
        word_of[k] = word
    i, j = 0, start
    while back[i][j] is not None:
        step = back[i][j]
        assert step is not None
        pi, pj, how = step
        if how == "ins":
            inserted += us[pj - 1].kind == "syl"
            inserted_units.add(pj - 1)
        elif how.startswith("num"):
            for c in range(i, pi):
                evidence[c] = "num"
        elif how.startswith("piece"):
            for c in range(i, pi):
                evidence[c] = "piece"
            piece_units.append((j, pj))
            correspondences.append((i, pi, j, pj))
        elif how.startswith("learned"):
            for c in range(i, pi):
                evidence[c] = "learned"
            correspondences.append((i, pi, j, pj))
        elif how not in ("sp", "ord"):
            evidence[i] = how
            if how not in ("del", "fn"):
                words[i] = word_of[j]
            if how in EXACT:
                read_units.update(range(j, pj))
        i, j = pi, pj
    if pieces is not None:
        loose = sum(not _completes_a_word(first, end, pieces.words, evidence,
                                          sum(u.kind == "syl" for u in us[unit:unit_end]))
                    for first, end, unit, unit_end in correspondences
                    if evidence[first] == "piece")
    text = "".join(u.text for u in us[start:])
    return Alignment(score, start, text, tuple(evidence), inserted, in_word,
                     tuple(piece_units), loose, frozenset(inserted_units), tuple(correspondences),
                     frozenset(read_units), tuple(words))
