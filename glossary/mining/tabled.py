"""Names the tables give, in one word or several: 남아프리카 공화국 for 南非,
주요 20개국 for 二十国集团, 마테오 리치 for 利玛窦, 메타버스 for 元宇宙.

No reading explains such a name, and the translation pieces that explain a
gloss a word at a time cannot either (南非 is not 남 and 아프리카 공화국; 元宇宙
is not 메타 and 버스), so a bracket found only part of the name, or none. The
term is the name when the words right before the bracket spell it, with or
without its spaces (남아프리카공화국), and a translation the tables confirm is
as sure as they are. The tables are not correspondences of pieces: made so
for every person and firm, they took lists and dotted names apart
(헨리 키신저(亨利·基辛格) lost its pair); only the whole gloss is looked up.

>>> with_the_tables("南非", "교역국인 남아프리카 공화국", None)
(5, <Kind.TRANSLATION: 'translation'>, 0.99)
>>> with_the_tables("利瑪竇", "선교사 마테오 리치", None)[0]
4
>>> with_the_tables("利玛窦", "선교사 리치", None) is None  # not the whole name
True
>>> with_the_tables("元宇宙", "시장과 메타버스", None)[0]
4
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from ..model import Kind
from ..text.korean import COUNTRY_PREFIXES
from ..text.normalize import is_hangul
from ..text.places import (
    CHINESE_PLACES,
    either_written_within,
    folded,
    names_given,
    names_table,
    other_names,
)

# The tables of names Korean gives otherwise than any reading: places and
# bodies of the world, people, firms and their brands, and the words of
# modern Chinese Korean says its own way (元宇宙 메타버스, 外卖 배달 음식).
PEOPLE = "world_people.tsv"
WORLD = "world_names.tsv"
TABLES = (WORLD, PEOPLE, "firms.tsv", "korean_words.tsv")
TABLED = 0.99  # as sure as a place the tables name in one word (서울 for 首尔)


def with_the_tables(chars: str, window: str, found: tuple[int, Kind, float] | None
                    ) -> tuple[int, Kind, float] | None:
    """``found``, the verdict on the gloss ``chars`` (None: nothing found),
    as the tables have it. Where ``window`` (the text before the bracket)
    ends with the name they give the gloss, as words of their own, that name
    is the term, unless the verdict already starts there. A translation
    whose term is that name is as sure as a place they name (위챗 for 微信,
    텐센트 for 腾讯), and so is a mix whose term is a person's name they give
    (마크롱 for 马克龙): which words make the term stays the verdict's. A
    country or a city of the world they name translates by its names alone.

    >>> with_the_tables("中国", "대국", (0, Kind.TRANSLATION, 0.87)) is None
    True
    >>> with_the_tables("腾讯", "자회사 텐센트", (4, Kind.TRANSLATION, 0.87))
    (4, <Kind.TRANSLATION: 'translation'>, 0.99)
    >>> with_the_tables("腾讯", "텐센트클라우드", (0, Kind.TRANSLATION, 0.87))[2]
    0.87
    """
    key = folded(chars)
    korean = _names().get(key)
    if korean is None:
        return _another_name_of_a_place_in_china(key, window, found)
    names = (korean, *sorted(_others().get(key, ())))
    # The longest name the window ends with: 중국중앙TV, not 중앙TV in it.
    start = min(_ending_the_window(names, window), default=None)
    if start is not None and (found is None or found[0] != start):
        return start, Kind.TRANSLATION, TABLED
    if found is not None and _names_other_characters(key, window[found[0] :]):
        return None  # 한국어(汉语): 한 and 어 read, but 한국어 is 韩语 and 汉语 중국어
    # Korean spaces a name of several words or not (칭기즈 칸, 칭기즈칸).
    spaceless = {name.replace(" ", "") for name in names}
    term = window[found[0] :].strip().replace(" ", "") if found is not None else ""
    if found is not None and found[1] == Kind.TRANSLATION and key in names_table(WORLD) \
            and term not in spaceless:
        return None  # a country's or a city's name translates by its names alone: not 대국(中国)
    # A person's name the tables give, read in part (마크롱 for 马克龙: 마 and
    # 롱 read, 克 a piece), is no mix: no part of a person's name translates
    # (a firm's may: 현대자동차 for 现代汽车 reads 现代 and translates 汽车).
    mixed = found is not None and found[1] == Kind.MIXED \
        and key in names_table(PEOPLE)
    # Nor is a name they give read in Japanese (아마존 for 亚马逊: 亜 a, 馬 ma,
    # 遜 son): none of their names is Japan's, whose characters spell sounds
    # of another language as Japanese would spell them by chance.
    japanese = found is not None and found[1] == Kind.JAPANESE
    if found is None or not (found[1] == Kind.TRANSLATION or mixed or japanese) \
            or (found[2] >= TABLED and not japanese) or term not in spaceless:
        return found
    return found[0], Kind.TRANSLATION, TABLED


def _another_name_of_a_place_in_china(key: str, window: str,
                                      found: tuple[int, Kind, float] | None
                                      ) -> tuple[int, Kind, float] | None:
    """``found``, or, where ``window`` ends with another name the tables give
    the place in China ``key`` than its reading (카슈가르 for 喀什, Kashgar in
    Uyghur), that name, a translation as sure as the tables: no reading
    spells it.

    >>> _another_name_of_a_place_in_china("喀什", "오아시스 도시 카슈가르", None)
    (8, <Kind.TRANSLATION: 'translation'>, 0.99)
    """
    start = next(_ending_the_window(sorted(_other_names_in_china(key)), window), None)
    return found if start is None else (start, Kind.TRANSLATION, TABLED)


def _ending_the_window(names: Iterable[str], window: str) -> Iterator[int]:
    """Where each of ``names`` that ``window`` ends with starts, in their
    order, as a word of its own: 텐센트 is no name inside 자회사텐센트; a
    country's name before it is a word of its own (일본도요타 for 丰田)."""
    for name in names:
        spelt = _spelt(name).search(window)
        if spelt is not None and _a_word_of_its_own(window, spelt.start()):
            yield spelt.start()


def _a_word_of_its_own(window: str, start: int) -> bool:
    """Does ``start`` open a written word of ``window``, or follow a country's
    name that opens one (:data:`~glossary.text.korean.COUNTRY_PREFIXES`)?"""
    first = start
    while first and is_hangul(window[first - 1]):
        first -= 1
    return first == start or window[first:start] in COUNTRY_PREFIXES


def _names_other_characters(chars: str, term: str) -> bool:
    """Is ``term`` the name the tables give only other characters than the
    tabled gloss ``chars`` (folded), none of them a short form of it or it of
    them (미국 for 美利坚合众国 is its short form)?"""
    others = names_given(term, TABLES)
    return bool(others) and chars not in others and not any(
        either_written_within(other, chars) for other in others)


def is_tabled(chars: str) -> bool:
    """Do the tables give the gloss ``chars`` a name (利玛窦 마테오 리치)?"""
    return folded(chars) in _names()


def tabled_name(chars: str) -> str:
    """The name the tables give the gloss ``chars``, spaces aside; '' for none.

    >>> tabled_name("朝鮮"), tabled_name("利玛窦"), tabled_name("上海")
    ('북한', '마테오리치', '')
    """
    return _names().get(folded(chars), "").replace(" ", "")


def tables_name(chars: str, korean: str) -> bool:
    """Do the tables give the gloss ``chars`` the name ``korean``
    (코로나19 for 新冠肺炎: its digits are part of it; 리오토 for 理想汽车 and
    폭스콘 for 鸿海, other names usage gives a firm; 자금성 for 故宫, a name
    Korean gives a place in China besides its reading)?

    >>> tables_name("理想汽车", "리오토"), tables_name("鴻海", "폭스콘")
    (True, True)
    >>> tables_name("鸿海", "리오토")
    False
    """
    key = folded(chars)
    return _names().get(key) == korean or korean in _others().get(key, ()) \
        or korean in _other_names_in_china(key)


def _other_names_in_china(key: str) -> frozenset[str]:
    """The names the tables give the place in China ``key`` besides its reading."""
    return other_names(CHINESE_PLACES).get(key, frozenset())


@cache
def _names() -> dict[str, str]:
    return {name: korean for table in TABLES for name, korean in names_table(table).items()}


@cache
def _others() -> dict[str, frozenset[str]]:
    return {name: others for table in TABLES for name, others in other_names(table).items()}


@lru_cache(maxsize=256)
def _spelt(korean: str) -> re.Pattern[str]:
    """The name at the end of a text, each space in it written or not."""
    return re.compile(" ?".join(map(re.escape, korean.split())) + r"\s*$")
