"""What one side names that the other leaves out: a company's legal or
trade suffix (리샹(理想汽车)), a place's division (칭다오(青岛市)), a suffix
Korean adds to a company's name (징둥닷컴(京东)), the host a mission is
stationed in, which Korean names first (주한 미국대사관(美国驻韩大使馆)), and
the country a name opens with, which Korean writing of that country leaves
out (인민은행(中国人民银行)).

Each is decided as :mod:`.decide` decides the rest, by ``decide_part``, which
that module passes in (it calls these in turn).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Kind
from ..text.korean import COUNTRY_PREFIXES, LONGEST_PARTICLE
from ..text.normalize import is_hangul, to_hans
from ..text.places import chinese_place, folded, place_opening, places_named, world_name
from ..text.readings import sino_readings, transcriptions
from .align import Correspondences, reading_match, spellings_of
from .correspondences import seed
from .kinds import READ_KINDS
from .references import PERSONS_TITLES
from .tabled import TABLED, tabled_name

Decided = tuple[int, Kind, float]  # where the term starts in the window, its kind, confidence
# How the rest is decided: (gloss, window, correspondences, what follows the bracket).
Decider = Callable[[str, str, Correspondences | None, str], Decided | None]

# What a company's legal or trade name adds to the name Korean writes
# (샤오미(小米科技), 리샹(理想汽车), 신화통신(新華通訊社)), longest first.
COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份", "有限公司",
                    "集团公司", "控股集团", "高科技", "新能源", "集团", "控股", "股份", "公司",
                    "科技", "高科", "技术", "汽车", "电器", "电气", "电子", "网络", "软件",
                    "能源", "通信", "传媒", "实业", "制药", "医药", "精密", "工业", "新闻", "社")
# Left out only of a name read the Mandarin way (펑파이(澎湃新闻)): Korean reading
# a name the Sino-Korean way reads its 新闻 too (not 인민(人民新闻)).
MANDARIN_LEFT_OUT = frozenset({"新闻"})
COMPANY_NAME = 0.9  # the share of confidence kept when Korean leaves the suffix out
# What a place's gloss adds to the name Korean writes: the kind of division it
# is (칭다오(青岛市), 허난(河南省), 하이뎬(海淀区)), longest first, in simplified
# characters. Not 州: it ends names themselves (广州, 苏州).
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "新区", "地区", "省", "市", "县",
                  "区", "镇", "乡", "村", "郡",
                  # Japan's: 東京都, 大阪府, a town (町)
                  "都", "府", "町")
# What the name of a state's body ends with, the words before it joined by 和 or
# not: a ministry, bureau, office, department, committee or council.
BODIES = ("委员会", "部", "局", "署", "厅", "院", "办", "会")
PLACE_NAME = 0.9  # the share of confidence kept when Korean leaves the division out
# What Korean adds to a company's name that its gloss leaves out (징둥닷컴(京东),
# 알리바바 그룹(阿里巴巴), 중국해양석유총공사(中海油): a state firm's 总公司).
KOREAN_COMPANY_SUFFIXES = ("닷컴", "그룹", "총공사")
# ... and what it adds to a name spelt in Mandarin sounds alone (지리자동차(吉利),
# 이치자동차(一汽)): a word read the Sino-Korean way before it is no name
# (무인자동차(无人) is a driverless car).
MANDARIN_COMPANY_SUFFIXES = ("자동차",)
# Each suffix Korean adds → the verdicts the name before it may have.
_NAMES_BEFORE_SUFFIX = {
    **dict.fromkeys(KOREAN_COMPANY_SUFFIXES, (*READ_KINDS, Kind.LATIN, Kind.MIXED)),
    **dict.fromkeys(MANDARIN_COMPANY_SUFFIXES, (Kind.TRANSLITERATION, Kind.LATIN)),
}
# What Korean adds to a state's or dynasty's one character, one word with it,
# that the gloss leaves out (당나라(唐), 청나라(清)): the term keeps it, a mix.
KOREAN_STATE_SUFFIX = "나라"


def without_korean_suffix(chars: str, window: str, learned: Correspondences | None,
                          decide_part: Decider) -> Decided | None:
    """The verdict of a name Korean writes with a company suffix its gloss
    leaves out, read without it: the term keeps the suffix. So with a
    state's one character and 나라 glued to its reading (당나라(唐)), a mix."""
    for suffix, kinds in _NAMES_BEFORE_SUFFIX.items():
        name = window.removesuffix(suffix).rstrip()
        if len(name) < len(window) and any(map(is_hangul, name)):
            named = decide_part(chars, name, learned, "")
            if named is not None and named[1] in kinds:
                return named[0], named[1], round(named[2] * COMPANY_NAME, 2)
    state = window.removesuffix(KOREAN_STATE_SUFFIX)
    if len(chars) == 1 and len(state) < len(window) and is_hangul(state[-1:] or " "):
        named = decide_part(chars, state, learned, "")
        if named is not None and named[1] == Kind.SINO_KOREAN and named[0] == len(state) - 1:
            return named[0], Kind.MIXED, round(named[2] * COMPANY_NAME, 2)
    return None


STATIONED = "驻駐"  # 美国驻韩大使馆: the United States' embassy stationed in Korea
MAX_HOST = 4  # characters of the host's name (韩, 韩国, 上海, 马来西亚)


def stationed_hosts(chars: str) -> list[tuple[str, str]]:
    """Each host a mission's gloss may name after 驻, a sender before it
    (韩 or 韩国 of 美国驻韩国大使馆), with the gloss in Korean's order, host
    first (驻韩美国…); none for a gloss that names no mission so.

    >>> stationed_hosts("美国驻韩大使馆")[:2]
    [('韩', '驻韩美国大使馆'), ('韩大', '驻韩大美国使馆')]
    >>> stationed_hosts("驻韩美军"), stationed_hosts("大使馆")
    ([], [])
    """
    at = next((k for k, char in enumerate(chars) if char in STATIONED), 0)
    return [(chars[at + 1 : at + 1 + size],
             chars[at] + chars[at + 1 : at + 1 + size] + chars[:at] + chars[at + 1 + size :])
            for size in range(1, min(MAX_HOST, len(chars) - at - 2) + 1)] if at else []


def stationed_in(chars: str, window: str, learned: Correspondences | None, after: str,
                 decide_part: Decider) -> Decided | None:
    """The verdict on a mission a state keeps in another, which Chinese
    names sender first (美国驻韩大使馆) and Korean host first, 주 and the host
    a word of their own (주한 미국대사관): the gloss read in Korean's order,
    when the term opens with that word; else None."""
    hosts = stationed_hosts(chars)
    if not hosts:
        return None
    table = seed() if learned is None else learned
    best = None
    for host, reordered in hosts:
        found = decide_part(reordered, window, learned, after)
        word = window[found[0] :].split(" ")[0] if found else ""
        if found and word[:1] == "주" and names_the_host(word[1:], host, table) and (
                best is None or found[2] > best[2]):
            best = found
    return best


def names_the_host(written: str, host: str, learned: Correspondences) -> bool:
    """Does ``written`` open with the host's first character read, or with
    the host as a learned correspondence spells it (중 for 华)?"""
    spellings = {*sino_readings(host[0]), *transcriptions(host[0]),
                 *spellings_of(learned, host), *spellings_of(learned, host[0])}
    return any(spelling and written.startswith(spelling) for spelling in spellings)


def without_company_suffix(chars: str, window: str, learned: Correspondences | None,
                           after: str, decide_part: Decider) -> Decided | None:
    """The verdict of the name a company's gloss gives before its legal or
    trade suffixes, if readings or a mix explain it."""
    name = chars
    while True:
        # Suffixes stack up (阿里巴巴集团控股有限公司): take them off one by one.
        # In either script: 小鵬汽車 as 小鹏汽车.
        hans = to_hans(name)
        suffix = next((suffix for suffix in COMPANY_SUFFIXES
                       if hans.endswith(suffix) and len(hans) == len(name)
                       and len(name) - len(suffix) >= 2), None)
        if suffix is None:
            return None
        name = name[: len(name) - len(suffix)]
        named = decide_part(name, window, learned, after)
        if named is not None:
            # One character left out (社) is chance more often than a name's
            # suffix: only readings of every character of the name may stand.
            if (named[1] == Kind.TRANSLATION and named[2] < TABLED) \
                    or (len(suffix) == 1 and named[1] not in READ_KINDS) \
                    or (suffix in MANDARIN_LEFT_OUT and named[1] != Kind.TRANSLITERATION):
                return None
            return named[0], named[1], round(named[2] * COMPANY_NAME, 2)


def place_division(chars: str) -> str:
    """The kind of division a place's gloss ends with (:data:`PLACE_SUFFIXES`),
    in either script, as written; '' for none.

    >>> place_division("青岛市"), place_division("海澱區"), place_division("广州")
    ('市', '區', '')
    """
    hans = to_hans(chars)
    suffix = next((suffix for suffix in PLACE_SUFFIXES if hans.endswith(suffix)), "")
    return chars[len(chars) - len(suffix) :] if suffix and len(hans) == len(chars) else ""


def without_place_suffix(chars: str, window: str, learned: Correspondences | None,
                          after: str, decide_part: Decider) -> Decided | None:
    """The verdict of the name a place's gloss gives before the kind of
    division it is, when Korean leaves that out (칭다오(青岛市), 허난(河南省)):
    readings of every character of the name, two at least, else nothing (a
    translation of what is left is chance: 슈퍼 for 超 of 超市)."""
    division = place_division(chars)
    if not division or len(chars) - len(division) < 2:
        return None
    named = decide_part(chars[: len(chars) - len(division)], window, learned, after)
    if named is None or named[1] not in READ_KINDS:
        return None
    return named[0], named[1], round(named[2] * PLACE_NAME, 2)


# What a name opens with that Korean, writing of its country, leaves out: the
# country's name (인민은행(中国人民银行), 공산당 중앙위원회(中国共产党中央委员会))
# or 国家, the state (통계국(国家统计局)), China's in a Chinese gloss.
STATE = "国家"
STATES_COUNTRY = "中国"
# Countries' official names, under the name the tables give them. Not in the
# tables: translation pieces would take 华 for 중국 (중국(华为手机)).
OFFICIAL_NAMES = {"中华人民共和国": "中国", "大韩民国": "韩国"}
COUNTRY_LEFT_OUT = 0.9  # the share of confidence kept when Korean leaves the country out
PLACE_LEFT_OUT = 0.9  # ... and the place in China a name comes from
# Characters read of what follows the country, at least, unless Mandarin reads
# them: two Sino-Korean ones are a common noun more often than a name (정부(中国政府)).
FEWEST_READ = 3


def country_opening(chars: str) -> tuple[int, str]:
    """The characters of the country's name (or of 国家) that ``chars``
    opens with, and the country as the tables key it; (0, '') for none. Only
    countries Korean glues before a name count, not cities or bodies.

    >>> country_opening("中國人民銀行"), country_opening("国家统计局")
    ((2, '中国'), (2, '中国'))
    >>> country_opening("中华人民共和国商务部")
    (7, '中国')
    >>> country_opening("北京大学"), country_opening("人民银行")
    ((0, ''), (0, ''))
    """
    simplified = folded(chars)
    if len(simplified) != len(chars):
        return 0, ""
    if simplified.startswith(STATE):
        return len(STATE), STATES_COUNTRY
    official = next((name for name in OFFICIAL_NAMES if simplified.startswith(name)), "")
    if official:
        return len(official), OFFICIAL_NAMES[official]
    country = world_name(simplified)
    if country is None or country[1] not in COUNTRY_PREFIXES:
        return 0, ""
    return country[0], simplified[: country[0]]


def without_its_country(chars: str, window: str, learned: Correspondences | None,
                        after: str, decide_part: Decider) -> Decided | None:
    """The verdict of the name a gloss gives after its country, which the
    Korean leaves out (인민은행(中国人民银行)): readings of all the rest, three
    characters at least unless Mandarin's (a state body's name may mix them
    with a translated word: 외환관리국(国家外汇管理局)), and no other place
    named right before (not 한국 외교부(中国外交部), Korea's ministry). Where
    Korean names the country by the name the tables give it, a word before,
    the term keeps it (중국 상무부(中华人民共和国商务部)), a mix."""
    size, country = country_opening(chars)
    if not size or len(chars) - size < 2:
        return None  # the country alone (香港), or with one character (中国人)
    named = decide_part(chars[size:], window, learned, after)
    # A state body's name may translate a word (외환관리국(国家外汇管理局): 外汇
    # 외환); any other name is read whole (결제망(中国支付网) is a common noun),
    # and so is what two places hold (중국·아세안 박람회(中国－东盟博览会)
    # names both: 아세안 박람회 is none of it).
    body = named is not None and named[1] == Kind.MIXED and (
        folded(chars).endswith(BODIES) or _titled(window[named[0] :])) \
        and not place_opening(folded(chars[size:]))
    if named is None or not (named[1] in READ_KINDS or body) \
            or too_short_after_a_country(chars[size:], named[1]):
        return None
    before = window[: named[0]]
    if another_place_before(before, country):
        return None
    written = before.rstrip()
    word = written.split()[-1] if written else ""
    if word and country in places_named(word):
        # The country, named in Korean as the tables have it (중국 상무부(中华人民共和国商务部)):
        # the term keeps it, a mix of a name given and readings.
        return len(written) - len(word), Kind.MIXED, named[2]
    return named[0], named[1], round(named[2] * COUNTRY_LEFT_OUT, 2)


# A Chinese place's name, with its division or not, that a gloss may open with:
# characters, at most (黑龙江省).
LONGEST_PLACE_OPENING = 4


def place_in_china(chars: str) -> frozenset[str]:
    """The names the tables give the place in China ``chars`` names, with
    the kind of division it is or not (西安, 西安市); none for any other.

    >>> sorted(place_in_china("西安市")), place_in_china("茅台")
    (['시안'], frozenset())
    """
    return chinese_place(folded(chars[: len(chars) - len(place_division(chars))]))


def place_in_china_opening(chars: str) -> int:
    """How many characters of ``chars`` name a place in China the tables list,
    with the kind of division it is or not (贵州, 贵州省), the longest such
    start; 0 for none.

    >>> place_in_china_opening("贵州茅台"), place_in_china_opening("青島市海爾")
    (2, 3)
    >>> place_in_china_opening("茅台"), place_in_china_opening("人民日报")
    (0, 0)
    """
    if len(folded(chars)) != len(chars):
        return 0
    return next((size for size in range(min(LONGEST_PLACE_OPENING, len(chars) - 1), 1, -1)
                 if place_in_china(chars[:size])), 0)


def without_its_place(chars: str, window: str, learned: Correspondences | None,
                      after: str, decide_part: Decider) -> Decided | None:
    """The verdict of the name a gloss gives after the place in China it
    comes from, which Korean leaves out (마오타이(贵州茅台), 하이얼(青岛海尔),
    우량예(四川宜宾五粮液)): the rest spelt in Mandarin sounds, two characters
    at least, and no place itself (광저우(广东广州) names the city alone, not
    the province with it).
    A Sino-Korean reading of the rest is a common noun more often than a
    name, which the place's name makes of it (대학(北京大学))."""
    rest = chars
    while size := place_in_china_opening(rest):  # 四川宜宾五粮液: the province, then the city
        rest = rest[size:]
    if rest == chars or len(rest) < 2 or place_in_china(rest):
        return None
    named = decide_part(rest, window, learned, after)
    if named is None or named[1] != Kind.TRANSLITERATION:
        return None
    return named[0], named[1], round(named[2] * PLACE_LEFT_OUT, 2)


def _titled(term: str) -> bool:
    """Does ``term`` end in a person's title, a word of its own after words
    of a body's name (인민은행 총재 for 人民银行行长)? The title holds the
    office in that body, as a body's own head noun would."""
    words = term.split()
    return len(words) >= 2 and words[-1] in PERSONS_TITLES


def too_short_after_a_country(rest: str, kind: Kind) -> bool:
    """Is ``rest``, what a gloss names after its country, read as ``kind``,
    too short to be a name of its own: fewer than three characters, unless
    spelt in Mandarin sounds? Such a word is common (银行 of 中国银行, 料理
    of 日本料理), and the country's name makes a name of it.

    >>> too_short_after_a_country("银行", Kind.SINO_KOREAN), too_short_after_a_country(
    ...     "人民银行", Kind.SINO_KOREAN), too_short_after_a_country("华为", Kind.TRANSLITERATION)
    (True, False, False)
    """
    return len(rest) < FEWEST_READ and kind != Kind.TRANSLITERATION


def another_place_before(text: str, country: str) -> bool:
    """Does the word ``text`` ends with (particle aside) name a place other
    than ``country`` (as the tables key it), whose name Korean left out of
    the term after it?

    >>> another_place_before("한국의 ", "中国"), another_place_before("중국 ", "中国")
    (True, False)
    >>> another_place_before("새로운 ", "中国"), another_place_before("", "中国")
    (False, False)
    >>> another_place_before("대만 ", "中国"), another_place_before("대만은 ", "中国")
    (True, True)
    """
    words = text.split()
    word = words[-1] if words else ""
    # The longest start of the word that names a place, not the word without
    # its longest particle: 만 and 만은 end 대만 and 대만은 as "only" would.
    places = next((named for end in range(len(word), max(len(word) - LONGEST_PARTICLE, 1) - 1, -1)
                   if (named := places_named(word[:end]))), frozenset())
    return bool(places) and country not in places


def country_unrendered(chars: str, term: str) -> bool:
    """Is a translation ``term`` of ``chars`` the name the tables give what
    follows the country the gloss opens with, a common noun of two
    characters or one? Korean leaves a country out of names
    (인민은행(中国人民银行)), not of a common noun: 휴대폰(中国手机) translates
    手机 alone.

    >>> country_unrendered("中国手机", "휴대폰"), country_unrendered("中国手机", "중국산 휴대폰")
    (True, False)
    >>> country_unrendered("中国石化", "시노펙"), country_unrendered("香港", "홍콩")
    (False, False)
    """
    size, _ = country_opening(chars)
    rest = chars[size:]
    return bool(size) and chars[:size] != STATE and 0 < len(rest) < FEWEST_READ \
        and tabled_name(rest) == term.replace(" ", "")


def a_place_in_china(chars: str, kind: Kind, term: str) -> bool:
    """Is the gloss a place in China the tables list, with or without the
    kind of division it is (三亚, 西安市), and ``term``, of ``kind``, no
    reading of its name? Korean names such a place by a reading alone: a
    translation says what the place is, not its name (휴양지(三亚),
    고도(西安)), and so does a mix no word of which opens with a reading of
    the name (휴양 도시(三亚市): 시 reads 市; 바닷가 도시(青島市): 도 reads
    島 by chance); neither is a pair. A mix that reads the name in part from
    its start stays (내몽골(内蒙古)), and so does another name the tables give
    it (아모이(厦门), as the West once called Xiamen).

    >>> a_place_in_china("三亞市", Kind.MIXED, "휴양 도시")
    True
    >>> translated = Kind.TRANSLATION
    >>> a_place_in_china("西安", translated, "고도"), a_place_in_china("超市", translated, "슈퍼")
    (True, False)
    >>> a_place_in_china("内蒙古", Kind.MIXED, "내몽골")
    False
    >>> a_place_in_china("厦门", translated, "아모이")
    False
    """
    if kind not in (Kind.TRANSLATION, Kind.MIXED):
        return False  # (most verdicts are readings: the place is not looked up for them)
    names = place_in_china(chars)
    if not names or term.replace(" ", "") in {name.replace(" ", "") for name in names}:
        return False
    # A word reads the name from its start (중국 산둥성 for 山东): a syllable
    # reading a character further on may read it by chance (도시 for 島市).
    return kind == Kind.TRANSLATION or not any(
        reading_match(chars[0], word[0])[0] for word in term.split())
