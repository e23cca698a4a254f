"""Places in Japan, Korea and the world that Korean names otherwise than Chinese reads them.

Written in characters Chinese also writes, 東京 or 釜山 looks like any Chinese
name, and its Mandarin transcription (둥징, 푸산) is no name a Korean reader
knows: Korean writes 도쿄, as Japan reads it, and 부산, its own name.
``data/japanese_places.tsv`` and ``data/korean_places.tsv`` list the
prefectures and provinces, the large cities and the places most written about,
with their Korean names (facts of usage and of the Korean standard spelling
of Japanese); a name Chinese also gives a place or a word of its own is left
out. ``data/world_names.tsv`` gives the names Korean has for countries,
cities and international bodies (法国 프랑스, not 법국). Names are found in
any script: 东京, 東京 and 東京's Japanese forms are one.

>>> japanese_place(folded("东京都")), japanese_place(folded("鹿児島県"))
((2, '도쿄'), (3, '가고시마'))
>>> japanese_place(folded("横浜")), japanese_place(folded("横滨")), japanese_place("南京")
((2, '요코하마'), (2, '요코하마'), None)
>>> korean_place(folded("首爾市")), korean_place(folded("济州岛")), korean_place("广州")
((2, '서울'), (3, '제주도'), None)
"""

from __future__ import annotations

from functools import cache

from . import DATA
from .forms import fold_korean_forms
from .normalize import from_japanese_forms, to_hans

# The one-character names China gives its provinces and regions (简称), in
# simplified forms: a gloss may add one after a dot (上海·沪, 四川·蜀).
SHORT_NAMES = {
    "北京": "京", "天津": "津", "上海": "沪申", "重庆": "渝", "河北": "冀", "山西": "晋",
    "内蒙古": "蒙", "辽宁": "辽", "吉林": "吉", "黑龙江": "黑", "江苏": "苏", "浙江": "浙",
    "安徽": "皖", "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫", "湖北": "鄂",
    "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼", "四川": "川蜀", "贵州": "贵黔",
    "云南": "云滇", "西藏": "藏", "陕西": "陕秦", "甘肃": "甘陇", "青海": "青", "宁夏": "宁",
    "新疆": "新", "香港": "港", "澳门": "澳", "台湾": "台",
}


def is_short_name(short: str, name: str) -> bool:
    """Is ``short`` the one-character name China gives the province or
    region ``name`` (either script)?

    >>> is_short_name("沪", "上海"), is_short_name("滬", "上海"), is_short_name("京", "上海")
    (True, True, False)
    """
    return len(short) == 1 and to_hans(short) in SHORT_NAMES.get(to_hans(name), "")


@cache
def short_name_spelt(short: str) -> frozenset[str]:
    """The Korean names the tables give the province or region whose
    one-character name is ``short`` (either script): 港 홍콩, 粤 광둥.

    >>> sorted(short_name_spelt("港")), sorted(short_name_spelt("粵")), short_name_spelt("中")
    (['홍콩'], ['광둥'], frozenset())
    """
    names: set[str] = set()
    for place, shorts in SHORT_NAMES.items():
        if to_hans(short) not in shorts:
            continue
        world = names_table("world_names.tsv").get(place)  # 香港 홍콩: no reading
        names |= chinese_place(place) | ({world} if world else set())
    return frozenset(name.replace(" ", "") for name in names)


def written_within(short: str, name: str) -> bool:
    """Are the characters of ``short`` those of ``name``, in order, some
    perhaps left out (美国 of 美利坚合众国, 网信办 of 国家互联网信息办公室)?

    >>> written_within("美国", "美利坚合众国"), written_within("国美", "美利坚合众国")
    (True, False)
    """
    rest = iter(name)
    return all(char in rest for char in short)


def either_written_within(one: str, other: str) -> bool:
    """Is either name written within the other (:func:`written_within`): one
    the other's short form (美国 and 美利坚合众国, 美 and 美国)?

    >>> either_written_within("美利坚合众国", "美国"), either_written_within("中国", "美国")
    (True, False)
    """
    return written_within(one, other) or written_within(other, one)


def folded(name: str) -> str:
    """A name as the tables are keyed, and as suggestions read a term:
    simplified, with Korean and Japanese forms folded as the concept key folds
    them (豊田 is 丰田, not 礼田, the Chinese character 豊 alone).

    >>> folded("豊田"), folded("廣島")
    ('丰田', '广岛')
    """
    return fold_korean_forms(to_hans(name))


@cache
def names_table(table: str) -> dict[str, str]:
    """Each name of ``table`` (a file of ``data/``: a name as written there,
    a tab, its Korean name) under its name as written there and as Chinese
    writes it (横浜 and 横滨: 浜 is a Chinese character too, folded only here)."""
    rows = _rows(table)
    places = {folded(from_japanese_forms(name)): korean for name, korean, *_ in rows}
    return places | {folded(name): korean for name, korean, *_ in rows}


@cache
def other_names(table: str) -> dict[str, frozenset[str]]:
    """The other Korean names usage also gives a name of ``table`` (a third
    column, a comma between two; 理想汽车 리샹, also 리오토), keyed as
    :func:`names_table` keys them."""
    return {key: frozenset(others) for key, others in listed_other_names(table).items()}


@cache
def listed_other_names(table: str) -> dict[str, tuple[str, ...]]:
    """:func:`other_names` in the order the table lists them, the likelier first
    (喀什 카슈가르, then 카스가르)."""
    named: dict[str, tuple[str, ...]] = {}
    for name, _, others, *_ in (row for row in _rows(table) if len(row) > 2):
        spelt = tuple(dict.fromkeys(other.strip() for other in others.split(",") if other.strip()))
        named[folded(from_japanese_forms(name))] = named[folded(name)] = spelt
    return named


@cache
def _rows(table: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``table``, read once for its names and its other names."""
    lines = DATA.joinpath(table).read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line and not line.startswith("#"))


@cache
def longest_name(table: str) -> int:
    """How many characters the longest name of ``table`` has."""
    return max(map(len, names_table(table)))


def _opening(table: str, simplified: str) -> tuple[int, str] | None:
    places = names_table(table)
    for size in range(min(len(simplified), longest_name(table)), 1, -1):
        if korean := places.get(simplified[:size]):
            return size, korean
    return None


def japanese_place(simplified: str) -> tuple[int, str] | None:
    """The longest place in Japan that ``simplified`` (as :func:`folded`
    gives it) opens with: its length in characters and its Korean name."""
    return _opening("japanese_places.tsv", simplified)


def korean_place(simplified: str) -> tuple[int, str] | None:
    """The longest place in Korea that ``simplified`` opens with, as
    :func:`japanese_place` finds one in Japan."""
    return _opening("korean_places.tsv", simplified)


def world_name(simplified: str) -> tuple[int, str] | None:
    """The longest country, city or body of the world that ``simplified``
    opens with (``data/world_names.tsv``: 法国 프랑스, 联合国 유엔), as
    :func:`japanese_place` finds a place in Japan.

    >>> world_name(folded("法國人")), world_name(folded("沙特阿拉伯")), world_name("南京")
    ((2, '프랑스'), (5, '사우디아라비아'), None)
    """
    return _opening("world_names.tsv", simplified)


def place_opening(simplified: str) -> tuple[int, str] | None:
    """The country, city or body of the world, else the place in Korea, else
    in Japan, that ``simplified`` opens with (:func:`world_name`,
    :func:`korean_place`, :func:`japanese_place`).

    >>> place_opening(folded("美国国务院")), place_opening(folded("首尔市")), place_opening("南京")
    ((2, '미국'), (2, '서울'), None)
    """
    return world_name(simplified) or korean_place(simplified) or japanese_place(simplified)


def chinese_place(simplified: str) -> frozenset[str]:
    """The Korean names of ``simplified`` (as :func:`folded` gives it), a
    place in China that ``data/chinese_places.tsv`` lists: a province, a
    prefecture's city, a city, mountain, lake or sight often written about; none
    for any other. Korean names such a place by a reading (싼야 or 삼아 for
    三亚), or by another name usage gives it (아모이 for 厦门), never by a
    word of its own.

    >>> sorted(chinese_place(folded("廈門"))), chinese_place("三亚"), chinese_place("大同")
    (['샤먼', '아모이'], frozenset({'싼야'}), frozenset())
    """
    korean = names_table(CHINESE_PLACES).get(simplified)
    if korean is None:
        return frozenset()
    return other_names(CHINESE_PLACES).get(simplified, frozenset()) | {korean}


CHINESE_PLACES = "chinese_places.tsv"
PLACE_TABLES = ("japanese_places.tsv", "korean_places.tsv", "world_names.tsv")
# The tables of people and firms.
PEOPLE_AND_FIRMS = ("world_people.tsv", "firms.tsv")


def people_and_firms_named(korean: str) -> frozenset[str]:
    """The people and firms the tables give the Korean name ``korean``
    (spaces aside), by their Chinese names as :func:`folded` gives them.

    >>> sorted(people_and_firms_named("알리바바")), sorted(people_and_firms_named("트럼프"))
    (['阿里巴巴'], ['特朗普'])
    """
    return names_given(korean, PEOPLE_AND_FIRMS)


def names_given(korean: str, tables: tuple[str, ...]) -> frozenset[str]:
    """What ``tables`` give the Korean name ``korean`` (spaces aside), by
    their Chinese names as :func:`folded` gives them."""
    return _by_korean_name(tables).get(korean.replace(" ", ""), frozenset())


@cache
def _by_korean_name(tables: tuple[str, ...]) -> dict[str, frozenset[str]]:
    named: dict[str, set[str]] = {}
    for table in tables:
        for name, korean in names_table(table).items():
            named.setdefault(korean.replace(" ", ""), set()).add(name)
    return {korean: frozenset(names) for korean, names in named.items()}


def places_named(korean: str) -> frozenset[str]:
    """The places the tables give the Korean name ``korean`` (spaces aside),
    by their Chinese names as :func:`folded` gives them.

    >>> sorted(places_named("일본")), sorted(places_named("도쿄")), places_named("상하이")
    (['日本'], ['东京'], frozenset())
    """
    return names_given(korean, PLACE_TABLES)


def names_korean_gives() -> list[tuple[str, str]]:
    """(Chinese, Korean) for every place in Korea and every name of the world
    the tables hold, in simplified characters: correspondences a gloss is
    read by (:func:`glossary.mining.correspondences.seed`), as 首尔 is 서울.
    Japan's places are left to the readings that spell them, and a name of
    several words (주요 20개국) to :mod:`glossary.mining.tabled`, which takes
    it whole."""
    return sorted({(name, korean) for table in ("korean_places.tsv", "world_names.tsv")
                   for name, korean in names_table(table).items() if " " not in korean})
