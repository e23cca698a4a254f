"""The one term a gloss covers among the words before its bracket: the window
of words it may cover, the decision of :func:`~glossary.mining.decide.decide`
on them, and what the gloss leaves out trimmed from the term (a number glued
to it, a word the gloss writes in Hangul, a ``+``) or refusing it (a prefix,
digits alone). :mod:`.miner` builds on it the rules for what one term cannot
settle.

>>> from glossary.mining.brackets import find_brackets
>>> text = "샤오미14(小米)가 나왔다."
>>> _, start, end, kind, _ = single_term(text, next(find_brackets(text)), "小米", None)
>>> text[start:end], kind.value
('샤오미', 'transliteration')
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import DETERMINER_CHARACTERS, PREFIX_CHARACTERS, strip_particle
from ..text.morph import (
    is_a_clause,
    is_a_common_noun,
    opens_with_a_noun,
    opens_with_a_prefix,
    particle_start,
)
from ..text.normalize import HAN_DASHES, is_hangul, without_han_dashes
from ..text.readings import traditional_char
from .abbreviations import expanded_before
from .align import NATIVE_NUMERALS, Correspondences, chinese_number
from .brackets import (
    JOINERS,
    PAIRS,
    Bracket,
    digits_spelled,
    end_before,
    gloss_chars,
    joiner_of,
)
from .decide import decide, one_syllable_reading_one, reads_whole
from .inner_latin import decided_around, latin_inside, latin_written_at
from .kinds import READ_KINDS
from .lists import abbreviated_head
from .spans import (
    last_quoted_word,
    past_the_mark,
    quote_closing,
    quoted_sentence,
    term_window,
    title_it_ends,
    under_heading,
    whole_quote,
    whole_title,
)
from .tabled import tables_name

# The one term a gloss covers: (gloss, term_start, term_end, kind, confidence).
Single = tuple[str, int, int, Kind, float]


def gloss_window(text: str, bracket: Bracket, gloss: str) -> tuple[int, int] | None:
    """The words before the bracket that the gloss may cover; a middle dot the
    gloss holds too (시진핑·리창 for 习近平·李强) joins them, not ends them."""
    # Any middle dot: Korean writes ㆍ or ・ where the gloss has · (시진핑ㆍ리창).
    return term_window(text, bracket.start, JOINERS if joiner_of(gloss) else "")


_HANGUL_RUN = re.compile("[가-힣]+")


def word_after(text: str, bracket: Bracket) -> str:
    """The Hangul that goes on right after the bracket: the particle or suffix
    of the word before it (판다(熊猫)가 → 가), or of the quote or title the
    bracket ends ('판다(熊猫)'가 → 가)."""
    found = _HANGUL_RUN.match(text, past_the_mark(text, bracket))
    return found.group() if found else ""


# What the last word before a bracket that ends a line, a sentence or a
# list's item (a full stop, a comma, a colon, a slash follows) is read with:
# a particle any noun may take. Kiwi reads a word it does not know, alone,
# as an interjection and a determiner (어 + 니 + 봇 of 어니봇(文心一言)
# ending a list's line); read so, a word that may be a noun is one, and a
# verb's form stays closed (:func:`.decide.decide`'s ``after``).
LINE_END_PARTICLE = "에서"
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|[|:;,/、，：；.。]|$)")


def _at_a_line_end(text: str, bracket: Bracket) -> str:
    """:data:`LINE_END_PARTICLE` when nothing but spaces follows the bracket
    on its line, in its table cell or before the mark that ends a sentence
    or a list's item (``.`` ``,`` ``:`` ``;`` ``/``), else ''."""
    return LINE_END_PARTICLE if _LINE_END.match(text, past_the_mark(text, bracket)) else ""


def _through_a_dot(text: str, bracket: Bracket, chars: str, window: tuple[int, int],
                   learned: Correspondences | None, after: str
                   ) -> tuple[tuple[int, Kind, float] | None, tuple[int, int]]:
    """A term a middle dot joins that the gloss writes without it
    (마르크스·레닌주의(马克思列宁主义)): when the words after the dot explain
    nothing, the words through it, if readings explain some of them and the
    term starts before the dot. Else nothing, and the window as it was."""
    if window[0] < 2 or text[window[0] - 1] not in JOINERS:
        return None, window
    wide = term_window(text, bracket.start, JOINERS)
    if wide is None or wide[0] >= window[0]:
        return None, window
    decided = decide(chars, text[wide[0] : wide[1]], learned, after)
    if decided is None or decided[1] == Kind.TRANSLATION or wide[0] + decided[0] >= window[0]:
        return None, window
    return decided, wide


def _decided(gloss: str, chars: str, words: str, learned: Correspondences | None,
             after: str) -> tuple[int, Kind, float] | None:
    """What :func:`~glossary.mining.decide.decide` makes of the words before
    the bracket for the gloss's characters; for digits Chinese reads as
    characters (바링허우(80后)), only a reading of them, spelt out, explains."""
    if spelled := digits_spelled(gloss):
        decided = decide(spelled, words, learned, after)
        return decided if decided is not None and decided[1] in READ_KINDS else None
    if parts := latin_inside(gloss):  # 중국 5G 네트워크(中国5G网络): the Latin word written too
        return decided_around(parts, words, latin_written_at(words, parts[1]), learned, after)
    return decide(chars, words, learned, after)


def single_term(text: str, bracket: Bracket, gloss: str, learned: Correspondences | None
                ) -> Single | None:
    """The one term a gloss covers: (gloss, term_start, term_end, kind, confidence).
    A gloss whose names a dash joins (中国—东盟) glosses a term that joins them
    so too, or with a middle dot (중국-아세안, 중국·아세안); a Korean text writes a
    dash between Hanja for a particle (國籍-喪失 for 국적의 상실), which no
    Chinese term has."""
    term = _single_term(text, bracket, gloss, learned)
    if term is not None and without_han_dashes(gloss) != gloss \
            and not any(ch in HAN_DASHES or ch in JOINERS for ch in text[term[1] : term[2]]):
        return None
    return term


def _single_term(text: str, bracket: Bracket, gloss: str, learned: Correspondences | None
                 ) -> Single | None:
    paren = bracket.start
    window, plus_end = _without_the_plus(text, bracket, gloss,
                                         gloss_window(text, bracket, gloss))
    tail = _tail_in_hangul(bracket, gloss)
    if tail:
        window = _without_the_tail(text, window, tail)
        if window is None:
            return None  # the term does not end with the word the gloss writes in Hangul
    chars = gloss_chars(gloss)
    after = word_after(text, bracket)
    read_with = after or _at_a_line_end(text, bracket)
    decided = _decided(gloss, chars, text[window[0] : window[1]], learned, read_with) \
        if window else None
    if decided is None and window is not None:
        decided, window = _through_a_dot(text, bracket, chars, window, learned, read_with)
    if (decided is None or decided[1] in (Kind.TRANSLATION, Kind.MIXED)) \
            and quoted_sentence(text, paren, after):
        return None
    title = whole_title(text, paren, chars, learned, decided, window)
    if title is None and decided is not None and window is not None and \
            decided[1] in (Kind.TRANSLATION, Kind.MIXED):
        title = whole_quote(text, bracket, window[0] + decided[0], decided[1], learned)
    if title is None and decided is None:
        title = title_it_ends(text, bracket, learned) or under_heading(  # 『붉은 수수밭(紅高粱)』
            text, paren, chars, learned, unexplained=True)
    if title is None and decided is None:
        title = _a_quote_translated_at_its_end(text, bracket, gloss, chars, learned, read_with)
    if title is None and decided is not None and window is not None and \
            decided[1] == Kind.TRANSLATION:
        title = under_heading(text, paren, chars, learned)
        if title is not None and title[0] >= window[0] + decided[0]:
            title = None  # the heading is the translation's own word: nothing to widen
    if title is None and window is not None and (decided is None or (
            decided[0] == 0 and decided[1] in (Kind.TRANSLATION, Kind.MIXED))):
        # 광둥·홍콩·마카오 대만구(粤港澳大湾区): the window stops at the list's
        # last dot, and what it reads leaves the abbreviation unexplained.
        title = abbreviated_head(text, window[0], window[1], chars, learned)
    if title is not None:
        return gloss, *title
    if decided is not None and window is not None:
        decided = _whole_quote_first(text, window, decided)
        return _decided_term(text, bracket, gloss, chars, window,
                             _with_the_name_its_head_abbreviates(text, window, decided, chars,
                                                                 learned), plus_end)
    return None


# Characters of a name's abbreviation that may head a gloss (中共 of 中共二十大).
HEAD_ABBREVIATIONS = (2, 3)


def _with_the_name_its_head_abbreviates(text: str, window: tuple[int, int],
                                         decided: tuple[int, Kind, float], chars: str,
                                         learned: Correspondences | None
                                         ) -> tuple[int, Kind, float]:
    """``decided``, or, for a mix or a translation that leaves the gloss's
    first characters unexplained where the words right before it write out
    the name they abbreviate (중국 공산당 제20차 당대회(中共二十大): 中共 of
    중국 공산당, and 제20차 당대회 the rest's), one that starts with those
    words, a mix."""
    if decided[1] not in (Kind.TRANSLATION, Kind.MIXED) or not decided[0]:
        return decided
    start = window[0] + decided[0]
    for size in HEAD_ABBREVIATIONS:
        if len(chars) - size < 2:
            break
        named = expanded_before(text, start, chars[:size])
        rest = decide(chars[size:], text[start : window[1]], learned) if named else None
        if named and window[0] <= named[0] and text[named[1] : start].strip() == "" \
                and rest is not None and rest[0] == 0 and rest[1] != Kind.TRANSLATION:
            return named[0] - window[0], Kind.MIXED, decided[2]
    return decided


def _whole_quote_first(text: str, window: tuple[int, int], decided: tuple[int, Kind, float]
                       ) -> tuple[int, Kind, float]:
    """``decided``, or, for a translation that starts inside the quoted
    words the window opens with ('제로 코로나' 정책(动态清零): 코로나 정책), one
    that starts with the quote: quoted words are one name, and a translation
    has no reading to tell where in them it starts. (A reading does:
    '중국 특색' 사회주의(特色社会主义) gives 특색 사회주의.)"""
    if decided[1] not in (Kind.TRANSLATION, Kind.MIXED) or not decided[0]:
        return decided
    closing = quote_closing(text, *window)
    return (0, *decided[1:]) if closing is not None and window[0] + decided[0] < closing \
        else decided


def _a_quote_translated_at_its_end(text: str, bracket: Bracket, gloss: str, chars: str,
                                   learned: Correspondences | None, after: str
                                   ) -> tuple[int, int, Kind, float] | None:
    """A quote the bracket ends whose last word alone translates the gloss,
    where the words before made no term (‘빨간 봉투(红包)’: 봉투 is 红包, but
    after 빨간, a modifier, it stands for no term of its own, 빨간 being most
    often a part of it): the quote marks where the term starts, so it is the
    term, unless it says something (a clause)."""
    last = last_quoted_word(text, bracket)
    if last is None:
        return None
    alone = _decided(gloss, chars, text[last : bracket.start].rstrip(), learned, after)
    if alone is None or alone[0] != 0 or alone[1] != Kind.TRANSLATION:
        return None
    quote = whole_quote(text, bracket, last, Kind.TRANSLATION, learned)
    if quote is None or is_a_clause(text[quote[0] : quote[1]], after):
        return None  # '함께 잘 살자(共同富裕)': something said, no term
    return quote


def _decided_term(text: str, bracket: Bracket, gloss: str, chars: str,
                  window: tuple[int, int], decided: tuple[int, Kind, float],
                  plus_end: int | None) -> Single | None:
    """The term ``decided`` found in ``window`` (and on to ``plus_end``, the
    plus a policy's name ends with) for the gloss and its characters ``chars``,
    unless it is no term."""
    offset, kind, confidence = decided
    start = window[0] + offset
    term = text[start : window[1]]
    if not any(ch.isalpha() for ch in term):
        return None  # digits alone (23 for 二三) name nothing: a number, not a term
    if kind == Kind.TRANSLATION and (len(term.split()) < len(gloss.split())
                                     or one_syllable_reading_one(chars, term)):
        # 장고 for 田島 将吾: a gloss of several words (a family and a given
        # name) has a word for each of them, at least, in a translation;
        # 당 for 我党 reads 党 and leaves 我 out.
        return None
    if a_prefix(text, bracket, chars, start, window[1]):
        return None
    return gloss, start, _without_digits_unglossed(text, start, plus_end or window[1],
                                                   gloss), kind, confidence


_DIGITS_AFTER_HANGUL = re.compile(r"(?<=[가-힣])[0-9]+$")


def _without_digits_unglossed(text: str, start: int, end: int, gloss: str) -> int:
    """Where a term ends without the digits it ends with, glued to its last
    syllable, when the gloss has no number (샤오미14(小米): a model's number
    the gloss leaves out, 샤오미 its name); else ``end``."""
    digits = _DIGITS_AFTER_HANGUL.search(text, start, end)
    if digits is None or any(ch.isdigit() or chinese_number(ch) is not None for ch in gloss) \
            or tables_name(gloss_chars(gloss), text[start:end]):
        return end
    return digits.start()


def _tail_in_hangul(bracket: Bracket, gloss: str) -> str:
    """The Korean word a gloss writes in Hangul right after its Chinese, one
    word with it (西歸浦市먼나무, 東大門시장: a word with no Hanja), if any."""
    at = bracket.content.find(gloss)
    found = _HANGUL_RUN.match(bracket.content, at + len(gloss)) if at >= 0 else None
    return found.group() if found else ""


def _without_the_tail(text: str, window: tuple[int, int] | None, tail: str
                      ) -> tuple[int, int] | None:
    """The window without ``tail``, the word the gloss writes in Hangul, when
    the term ends with it (서귀포시먼나무 → 서귀포시 for 西歸浦市먼나무): the
    Chinese names the rest. None when it does not."""
    if window is None:
        return None
    start, end = window
    if not text.endswith(tail, start, end):
        return None
    rest = text[start : end - len(tail)].rstrip()  # 동대문 시장 too
    return (start, start + len(rest)) if rest and is_hangul(rest[-1]) else None


def _without_the_plus(text: str, bracket: Bracket, gloss: str, window: tuple[int, int] | None
                      ) -> tuple[tuple[int, int] | None, int | None]:
    """The window without what renders a gloss's last ``+`` (互联网+: 인터넷
    플러스, 인터넷+), and where the term then ends; else the window as it
    was, and None."""
    if not gloss.endswith("+"):
        return window, None
    if plus := window_before_a_plus(text, bracket):
        return plus  # written as it is (인터넷+): no term character, so no window had been found
    if window is not None:
        rest = text[window[0] : window[1]].removesuffix("플러스").rstrip()
        if rest and len(rest) < window[1] - window[0]:
            return (window[0], window[0] + len(rest)), window[1]
    return window, None


def window_before_a_plus(text: str, bracket: Bracket
                         ) -> tuple[tuple[int, int], int] | None:
    """The window of words before a plus written right before the bracket
    (인터넷+(互联网+), 화웨이 P70 Pro+(华为P70 Pro+)), the plus being no term
    character, and where the plus ends; else None."""
    end = end_before(text, bracket.start)
    before = term_window(text, end - 1) if text[end - 1 : end] == "+" else None
    return (before, end) if before else None


def read_whole(zh: str, text: str, start: int, end: int,
                learned: Correspondences | None) -> Single | None:
    """``text[start:end]`` as the term of ``zh`` when its readings read all of
    it, surely; else None."""
    verdict = reads_whole(gloss_chars(zh), text[start:end], learned)
    return (zh, start, end, *verdict) if verdict is not None else None


def last_word(text: str, bracket: Bracket) -> tuple[int, int, int] | None:
    """(window start, last word's start, end) of the words before the
    bracket, or None when there are none."""
    window = term_window(text, bracket.start)
    if window is None:
        return None
    start, end = window
    return start, text.rfind(" ", start, end) + 1 or start, end


def read_whole_from(zh: str, text: str, starts: list[int], end: int,
                     learned: Correspondences | None
                     ) -> Single | None:
    """The first of ``starts`` from which ``text`` up to ``end`` reads ``zh`` whole."""
    return next((found for start in starts
                 if (found := read_whole(zh, text, start, end, learned))), None)


def _a_common_nouns_first(term: str, after: str) -> bool:
    """Is ``term`` the first syllable of a common noun Kiwi knows whole that
    goes on after the bracket, its particles left out, as Kiwi reads them and
    as the list of particles does (상 of 상(上)권과; not 기 of 기(氣)와, a noun
    to Kiwi, nor 도 of 도(道)마다, a noun to the list: 와 and 마다 are particles)?"""
    written = term + after
    if len(strip_particle(written)) == len(term):
        return False  # 기(氣)와: the rest may be a particle, whatever Kiwi makes of 기와
    cut = particle_start(written)
    word = written if cut is None else written[:cut]
    return len(word) > len(term) and is_a_common_noun(word)


def a_prefix(text: str, bracket: Bracket, chars: str, start: int, end: int) -> bool:
    """Is the term ``text[start:end]`` one syllable, glossed by one
    character, that the word after the bracket goes on from as a prefix
    (반(反)정부, 친(親)중국, 탈(脫)원전: as Kiwi reads it, or the gloss being
    the prefix's own character, 대(對)중국), or the first syllable of a common
    noun Kiwi knows whole (상(上)권, 월(月)요일, 고(高)급), or a determiner a word
    apart written in its own character (전(前) 총리)? The gloss shows the
    prefix's or the syllable's character, and neither is a term. (A name goes on so too: 당(唐)나라
    is a pair; so is each of a run of syllables glossed one by one, 근(根)정(定).
    Nor is a native numeral that Kiwi takes for a determiner a prefix where
    the gloss is another character: 한(漢)나라 is the Han state, not one country.)"""
    term = text[start:end]
    if end - start != 1 or len(chars) != 1 or any(
            term in spellings and chinese_number(chars) != value
            for value, spellings in NATIVE_NUMERALS.items()):
        return False
    after = word_after(text, bracket)
    glossed_in_turn = text.startswith(tuple(PAIRS), bracket.end + 1 + len(after))
    if glossed_in_turn:
        return False
    written = traditional_char(chars)
    if after:
        # Kiwi knows most prefixes; the prefix's own character tells the rest (대(對)중국).
        # So is a syllable of a common noun Kiwi knows whole: 상(上)권, 월(月)요일.
        return opens_with_a_prefix(term + after) or (
            written in PREFIX_CHARACTERS.get(term, "") and opens_with_a_noun(after)) \
            or _a_common_nouns_first(term, after)
    # A determiner a word apart: 전(前) 총리, 현(現) 정부.
    spaced = text[bracket.end + 1 : bracket.end + 2] == " "
    following = _HANGUL_RUN.match(text, bracket.end + 2) if spaced else None
    return following is not None and written in DETERMINER_CHARACTERS.get(term, "") \
        and opens_with_a_noun(following.group())
