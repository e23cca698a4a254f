"""Chinese written first, read after it in a bracket of Hangul.

Korean texts that quote Chinese sometimes give its reading after it:
``共同富裕(공동부유)``, ``躺平(탕핑)``, ``大阪 (오사카)``. The bracket is then the
term and the Chinese before it the gloss, when the bracket's readings read
that Chinese whole, surely, or it is the name the correspondences give that
Chinese (``首尔(서울)``, ``法国(프랑스)``), or reads a verb and its object
whole, the object first (``扩大内需(내수 확대)``), or readings and translated
pieces explain all of it together (``现代汽车(현대자동차)``). Another translation is taken
only where quote marks set the Chinese and its bracket apart as a term, the
bracket a noun or two (``'直播带货(라이브 커머스)'``): a bracket of Korean after
Chinese may say anything (``我们会赢(우리는 이긴다)``).

>>> found = read_after_chinese("그는 躺平(탕핑)을 말했다.")
>>> [(zh, bracket.content) for bracket, [(zh, *_)] in found]
[('躺平', '탕핑')]

Another reading after a comma or a dot is a pair too: ``上海(상하이, 상해)``. A
Westerner's name that Chinese writes by its sounds is rendered by one word
that sounds like it (``特朗普(트럼프)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Kind
from ..text.korean import strip_particle
from ..text.morph import is_a_bare_noun
from ..text.normalize import HAN_RANGES, has_han, is_hangul, to_hans
from ..text.segmenter import is_a_persons_name, word_spans
from .align import EXACT, MAX_PIECE, Correspondences, reading_match, spellings_of
from .brackets import MAX_GLOSS, PAIRS, TITLE_OR_QUOTE, Bracket
from .correspondences import seed
from .decide import (
    MIN_SWAPPED,
    MOST_SWAPPED,
    decide,
    ends_reading,
    may_read_whole,
    named_whole,
    opens_reading,
    reads_swapped,
    reads_whole,
)
from .kinds import READ_KINDS
from .left_out import (
    COUNTRY_LEFT_OUT,
    PLACE_NAME,
    country_opening,
    place_division,
    too_short_after_a_country,
)
from .tabled import TABLED, tables_name
from .western_names import WESTERN_NAME, sounds_like_the_name

# Chinese written first and read after it in Hangul: 共同富裕(공동부유), 東京 (도쿄);
# the reading may come first of a few parts without Chinese (网红(왕훙·인터넷 스타)).
# A quote or title mark may close the Chinese first ('内卷'(내권), 《三体》(삼체)),
# and its pinyin or English name come before the reading (小米(Xiaomi, 샤오미)).
CLOSING_MARKS = "".join(TITLE_OR_QUOTE.values())
_LATIN_FIRST = "(?:[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]{0,40}\\s*[,;·]\\s*)?"
_READING_AFTER_HAN = re.compile(f"([{HAN_RANGES}]{{2,{MAX_GLOSS}}})[{CLOSING_MARKS}]? ?"
                                f"([{re.escape(''.join(PAIRS))}]){_LATIN_FIRST}"
                                f"([가-힣]+(?: [가-힣]+){{0,4}})"
                                f"(?:\\s*[·,;]\\s*[^{HAN_RANGES}{re.escape(''.join(PAIRS))}"
                                f"{re.escape(''.join(PAIRS.values()))}\n]{{1,40}})?"
                                f"([{re.escape(''.join(PAIRS.values()))}])")


@dataclass(frozen=True)
class ReadingBracket:
    """A bracket of Hangul alone right after Chinese: the Chinese may be the
    gloss, and the bracket its term."""

    han_start: int  # index of the first Han character before the bracket
    bracket: Bracket
    reading: str  # the Hangul words that start the bracket (after a Latin name, if any)
    reading_start: int  # index of the reading's first syllable


def find_reading_brackets(text: str) -> Iterator[ReadingBracket]:
    """Every bracket of Hangul words alone that Han characters stand right
    before (a closing mark and a space between at most), in order.

    >>> text = "그는 内卷(내권)을 말했다. 网红(왕훙·인터넷 스타) '躺平'(탕핑)"
    >>> [(r.han_start, r.bracket.content, r.reading) for r in find_reading_brackets(text)]
    [(3, '내권', '내권'), (16, '왕훙·인터넷 스타', '왕훙'), (31, '탕핑', '탕핑')]
    """
    if not has_han(text):
        return
    for found in _READING_AFTER_HAN.finditer(text):
        if PAIRS[found.group(2)] != found.group(4):
            continue
        yield ReadingBracket(found.start(1), Bracket(found.start(2), found.end(4) - 1,
                                                     text[found.end(2) : found.start(4)]),
                             found.group(3), found.start(3))


# At most this many sizes of the Chinese are tried for one bracket.
TRIES = 3


def read_after_chinese(text: str, learned: Correspondences | None = None
                       ) -> Iterator[tuple[Bracket, list[tuple[str, int, int, Kind, float]]]]:
    """Each bracket of Hangul that reads the Chinese before it, in order, with
    (Chinese, term start, term end, kind, confidence) for its reading (the
    term is the bracket's inside, or its first part) and for each other part
    that reads the same Chinese whole (상해 of 上海(상하이, 상해))."""
    for found in find_reading_brackets(text):
        read = _reading(text, found, learned)
        if read is not None:
            zh, kind, confidence = read
            start = found.reading_start
            yield found.bracket, [(zh, start, start + len(found.reading), kind, confidence),
                                  *_other_readings(text, found, zh, learned)]


_OTHER_PART = re.compile(r"[·,;]\s*([가-힣]+(?: [가-힣]+){0,4})\s*(?=[·,;]|$)")


def _other_readings(text: str, found: ReadingBracket, zh: str,
                    learned: Correspondences | None) -> list[tuple[str, int, int, Kind, float]]:
    """The parts after the first of the bracket that read ``zh`` whole too."""
    inside = found.bracket.start + 1
    others = []
    after_reading = found.reading_start - inside + len(found.reading)
    for part in _OTHER_PART.finditer(found.bracket.content, after_reading):
        verdict = reads_whole(zh, part.group(1), learned)
        if verdict is not None:
            others.append((zh, inside + part.start(1), inside + part.end(1), *verdict))
    return others


def _reading(text: str, found: ReadingBracket, learned: Correspondences | None
             ) -> tuple[str, Kind, float] | None:
    """The longest Chinese before the bracket that the bracket reads whole.
    A character is read by one syllable or more (up to four, in Japanese):
    as many characters as syllables first, then a few fewer (니하오 for
    你好), so that a bracket costs a few alignments however long its text."""
    run = text[found.han_start : found.bracket.start].rstrip().rstrip(CLOSING_MARKS)
    korean = found.reading
    syllables = sum(map(is_hangul, korean))
    longest = min(len(run), syllables)
    for size in range(longest, max(1, longest - TRIES), -1):
        zh = run[-size:]
        if syllables <= 4 * size and may_read_whole(zh, korean):
            verdict = reads_whole(zh, korean, learned)
            if verdict is not None:
                return _with_its_country(run, zh, *verdict)  # None: a country's own
    for size in range(min(len(run), MAX_PIECE), 1, -1):
        verdict = named_whole(run[-size:], korean, learned)
        if verdict is not None:
            return run[-size:], *verdict
    for size in range(min(len(run), MOST_SWAPPED), MIN_SWAPPED - 1, -1):
        verdict = reads_swapped(run[-size:], korean, learned)
        if verdict is not None:
            return run[-size:], *verdict
    return _without_division(run, korean, learned) or _read_and_translated(
        run, korean, learned) or _tabled(run, korean) or _quoted_translation(
        text, found, run) or _named_by_its_sound(run, korean)


def _with_its_country(run: str, zh: str, kind: Kind, confidence: float
                      ) -> tuple[str, Kind, float] | None:
    """``zh``, read whole, or all of ``run`` where the rest of it opens the
    name with its country, which Korean leaves out (中国人民银行(인민은행), as
    인민은행(中国人民银行)). A name read too short to be one of its own
    (:func:`~.left_out.too_short_after_a_country`) is a common word the
    country's name makes a name of: none (中国银行(은행), 日本料理(요리)), as
    in Korean first.

    >>> _with_its_country("中国人民银行", "人民银行", Kind.SINO_KOREAN, 0.98)
    ('中国人民银行', <Kind.SINO_KOREAN: 'sino-korean'>, 0.88)
    >>> _with_its_country("中国银行", "银行", Kind.SINO_KOREAN, 0.98) is None
    True
    """
    opened, _ = country_opening(run)
    if not opened or len(run) - opened != len(zh):
        return zh, kind, confidence
    if too_short_after_a_country(zh, kind):
        return None
    return run, kind, round(confidence * COUNTRY_LEFT_OUT, 2)


def _tabled(run: str, korean: str) -> tuple[str, Kind, float] | None:
    """The longest Chinese before the bracket that the tables name ``korean``
    (马克龙(마크롱), 普京(푸틴)), which no reading explains."""
    return next(((run[-size:], Kind.TRANSLATION, TABLED)
                 for size in range(min(len(run), MAX_PIECE), 1, -1)
                 if tables_name(run[-size:], korean)), None)


NAMED_MOST = 5  # characters of a Westerner's name in Chinese tried, each a jieba query


def _named_by_its_sound(run: str, korean: str) -> tuple[str, Kind, float] | None:
    """A Westerner's name written in Chinese by its sounds, the bracket one
    word that sounds like it (``特朗普(트럼프)``): the longest end of the
    Chinese that jieba reads as one person's name whole (not 朗普 of 特朗普).
    A Korean's name is never so: readings explain it."""
    if " " in korean or strip_particle(korean) != korean:
        return None
    for size in range(min(len(run), NAMED_MOST), 1, -1):
        zh = run[-size:]
        if is_a_persons_name(to_hans(zh)) and sounds_like_the_name(zh, korean):
            return None if _read_in_part(zh, korean) else (zh, Kind.TRANSLATION, WESTERN_NAME)
    return None


def _read_in_part(zh: str, korean: str) -> bool:
    """Does ``korean``, a syllable a character of ``zh``, read two of them or
    more in Sino-Korean alone, not by their Mandarin sounds too (서양록 for
    徐相禄: 서 and 록; 마 of 마크롱 reads 马 both ways)? Then it is a name read
    wrong, or another's, never a Westerner's spelt by its sounds."""
    return len(korean) == len(zh) and sum(
        reading_match(char, syllable)[1] == "sk"
        for char, syllable in zip(zh, korean, strict=True)) >= 2


# How sure readings and translated pieces must explain the bracket together,
# at least; the most syllables and words such a bracket has (현대자동차, 중국 공산당
#중앙위원회), and the most characters of the Chinese tried, each size an
# alignment: a bracket costs a few, however long the text.
MIN_MIXED = 0.7
MIXED_SYLLABLES = 12
MIXED_WORDS = 4
MIXED_CHINESE = 8


def _read_and_translated(run: str, korean: str, learned: Correspondences | None
                         ) -> tuple[str, Kind, float] | None:
    """The longest Chinese before the bracket that readings and translated
    pieces explain together, the bracket all of it and nothing else
    (``现代汽车(현대자동차)``, ``延世大学(연세대학교)``, ``数字经济(디지털 경제)``); not a
    word with its particle (``现代(현대의)``), nor Chinese that starts inside a
    word (``以人民为中心(인민 중심)``: not 民为中心)."""
    syllables = sum(map(is_hangul, korean))
    if strip_particle(korean) != korean or syllables > MIXED_SYLLABLES \
            or len(korean.split()) > MIXED_WORDS:
        return None
    # A rendering that translates pieces has as many syllables as the Chinese
    # has characters, or more (디지털 for 数字), or one fewer where Korean
    # shortens a word (차 of 현대차 for 汽车, 대 of 연세대 for 大学).
    table = seed() if learned is None else learned
    # A term starts where a word does: 民为中心 of 以人民为中心 leaves 人 of 人民 out.
    starts = {start for start, _ in word_spans(to_hans(run))}
    for size in range(min(len(run), syllables + 1, MIXED_CHINESE), 1, -1):
        if len(run) - size not in starts or not _reads_an_end(run[-size:], korean, table):
            continue  # a quick test before an alignment
        if _opens_reading_before(run[: len(run) - size], korean):
            continue  # 为中心(인민 중심): 인민 reads 人民, before it, so no piece of 为
        decided = decide(run[-size:], korean, learned)
        if decided is not None and decided[0] == 0 and decided[1] == Kind.MIXED \
                and decided[2] >= MIN_MIXED:
            return run[-size:], Kind.MIXED, decided[2]
    return None


def _opens_reading_before(before: str, korean: str) -> bool:
    """Does ``korean`` open with syllables that read the last one or two
    characters of ``before`` exactly, one each (인민 of 인민 중심 for 人民 of
    以人民)? Then the Chinese it renders starts there, or further back.

    >>> _opens_reading_before("以人民", "인민 중심"), _opens_reading_before("访问", "현대자동차")
    (True, False)
    """
    syllables = "".join(filter(is_hangul, korean))
    return any(len(before) >= size and len(syllables) > size and all(
        reading_match(char, syllable)[1] in EXACT
        for char, syllable in zip(before[-size:], syllables, strict=False))
        for size in (1, 2))


# Nothing reads a translation: the marks that set the Chinese and its bracket
# apart as a term are its only evidence.
QUOTED_TERM = 8  # characters at most: longer, quoted Chinese is a saying or a sentence
QUOTED_TRANSLATION = 0.5  # 0.85 once calibrated, below a translation Kiwi parts into pieces


def _reads_an_end(zh: str, korean: str, learned: Correspondences) -> bool:
    """Does ``korean`` open reading the first character of ``zh``, or end
    reading its last, exactly (현 of 현대자동차 for 现, 제 of 디지털 경제 for 济),
    or open with the name ``learned`` gives the start of ``zh`` (서울 of
    서울대학교 for 首尔)? Readings and pieces that explain a term together
    explain one end at least."""
    syllables = "".join(filter(is_hangul, korean))
    return opens_reading(zh[0], syllables) or ends_reading(zh[-1], syllables) or any(
        syllables.startswith(spelling.replace(" ", ""))
        for size in range(2, min(len(zh), MAX_PIECE) + 1)
        for spelling in spellings_of(learned, zh[:size]))


def _quoted_translation(text: str, found: ReadingBracket, run: str
                        ) -> tuple[str, Kind, float] | None:
    """Chinese quoted, with its bracket or without (``'直播带货(라이브 커머스)'``,
    ``'内卷'(과잉 경쟁)``), the bracket a Korean noun or two: a term the writer
    translates, all the bracket holds. A sentence, a verb or a word with its
    particle translates no term (``'没问题(문제없다)'``, ``'我们会赢(우리는 이긴다)'``)."""
    opening = text[found.han_start - 1 : found.han_start]
    closing = TITLE_OR_QUOTE.get(opening)
    words = found.reading.split()
    between = text[found.han_start + len(run) : found.bracket.start].strip()
    if closing is None or found.bracket.content != found.reading \
            or not 2 <= len(run) <= QUOTED_TERM or len(words) > 3 \
            or between not in ("", closing) \
            or (not between and not text.startswith(closing, found.bracket.end + 1)):
        return None
    return (run, Kind.TRANSLATION, QUOTED_TRANSLATION) if all(map(is_a_bare_noun, words)) \
        else None


def _without_division(run: str, korean: str, learned: Correspondences | None
                      ) -> tuple[str, Kind, float] | None:
    """A place's name and the kind of division it is (青岛市), the bracket
    reading the name alone (칭다오), as Korean often writes it: see
    :data:`.left_out.PLACE_SUFFIXES`."""
    division = place_division(run)
    if not division:
        return None
    names = run[: len(run) - len(division)]
    syllables = sum(map(is_hangul, korean))
    for size in range(min(len(names), syllables), max(1, min(len(names), syllables) - TRIES), -1):
        verdict = reads_whole(names[-size:], korean, learned) \
            if may_read_whole(names[-size:], korean) else None
        if verdict is not None and verdict[0] in READ_KINDS:
            return names[-size:] + division, verdict[0], round(verdict[1] * PLACE_NAME, 2)
    return None
