"""How a Chinese term is written in Korean, one way at a time: read in
Sino-Korean, transcribed from Mandarin or from Japanese, or named as Korean
names it (a place, a person of the world, a firm, an office abroad), alone or
before a common noun or a body. :mod:`.suggestions` ranks what these give.

>>> transcription("习近平"), sino_korean_reading("金正恩"), korean_name("法国")
('시진핑', '김정은', '프랑스')
"""

from __future__ import annotations

from ..text.firms import firm_name
from ..text.hangul import after_vowel_law, apply_initial_law
from ..text.japanese import SUFFIX_READINGS, japanese_hangul
from ..text.japanese_persons import (
    CHINESE_FAMILY_NAMES,
    japanese_family_name_reading,
    japanese_persons_reading,
)
from ..text.korean_persons import famous_korean, is_korean_persons_name
from ..text.korean_words import korean_word, longest_word, said_at_end
from ..text.pinyin import SURNAME_PINYIN, transcribe_mandarin, transcribe_person
from ..text.places import folded, japanese_place, korean_place, world_name
from ..text.readings import surname_reading, word_readings
from ..text.segmenter import (
    is_a_persons_name,
    is_common_word,
    is_organization,
    is_proper_name,
    search_starts,
    segment,
    tagged_spans,
    tags,
)
from ..text.world_people import world_person

# Administrative suffixes keep their Sino-Korean reading after a transcribed
# name: 广州市 광저우시, 广东省 광둥성.
SUFFIXES = {"省": "성", "市": "시", "县": "현", "区": "구", "镇": "진", "族": "족",
            "港": "항", "湾": "만", "岛": "섬"}  # 上海港 상하이항, 杭州湾 항저우만, 海南岛 하이난섬
# Longer generic names of a unit stand as a word of their own, read in
# Sino-Korean (广西壮族自治区 광시좡족 자치구, 香港特别行政区 … 특별행정구).
GENERIC_SUFFIXES = {"特别行政区": "특별행정구", "经济特区": "경제특구", "自治区": "자치구",
                    "自治州": "자치주", "自治县": "자치현", "自治旗": "자치기"}


def japanese_reading(zh: str) -> str:
    """The transcription of the Japanese reading, an administrative unit after
    a name read in Sino-Korean; '' without a reading.

    >>> japanese_reading("渋谷区"), japanese_reading("沢尻"), japanese_reading("姫路城")
    ('시부야구', '사와지리', '히메지성')
    """
    if len(zh) > 2 and zh[-1] in SUFFIX_READINGS:
        name = japanese_hangul(zh[:-1])
        return name.replace(" ", "") + SUFFIX_READINGS[zh[-1]] if name else ""
    return japanese_hangul(zh)


def transcription(zh: str) -> str:
    """The standard Korean transcription of the Mandarin reading, in context.

    >>> transcription("重庆"), transcription("李源潮"), transcription("广东省广州市")
    ('충칭', '리위안차오', '광둥성광저우시')
    >>> transcription("广西壮族自治区"), transcription("内蒙古自治区")
    ('광시좡족 자치구', '네이멍구 자치구')
    """
    simplified = folded(zh)
    if simplified[:1] in SURNAME_PINYIN and is_a_persons_name(simplified):
        return transcribe_person(simplified)  # 曾国藩 쩡궈판: a family name's own reading
    for suffix, reading in GENERIC_SUFFIXES.items():
        if simplified.endswith(suffix) and len(simplified) >= len(suffix) + 2:
            return f"{transcription(simplified[: -len(suffix)])} {reading}"
    # Words matter only for the suffixes a name keeps (广州市 광저우시, but 市场
    # 스창); without one, the words are not asked for.
    words = (segment(simplified) if any(ch in SUFFIXES for ch in simplified[2:])
             else [simplified])
    out = []
    for word in words:
        suffix = ""
        if len(word) > 2 and word[-1] in SUFFIXES:
            word, suffix = word[:-1], SUFFIXES[word[-1]]
        out.append(transcribe_mandarin(word) + suffix)
    return "".join(out)


# Common nouns after a place's or a person's name, as Korean writes them, a
# word apart, after the transcribed name (北京大学 베이징 대학, 天安门广场 톈안먼
# 광장): most read in Sino-Korean, some translated (机场 공항, 车站 역).
GENERIC_NOUNS = {
    "大学": "대학", "学院": "학원", "中学": "중학교", "小学": "소학교", "广场": "광장",
    "公园": "공원", "机场": "공항", "国际机场": "국제공항", "大桥": "대교",
    "博物馆": "박물관", "博物院": "박물원", "美术馆": "미술관", "图书馆": "도서관",
    "医院": "병원", "火车站": "역", "车站": "역", "体育场": "체육장", "体育馆": "체육관",
    "大剧院": "대극장", "剧院": "극장", "大街": "대가", "古城": "고성", "古镇": "고진",
    "风景区": "풍경구", "水库": "댐", "大坝": "댐", "码头": "부두", "纪念馆": "기념관",
    "集团": "그룹", "银行": "은행", "航空": "항공", "证券交易所": "증권거래소",
    "交易所": "거래소", "三角洲": "삼각주", "新区": "신구", "开发区": "개발구",
    "铁路": "철도", "高速公路": "고속도로",
}
# ... and the words Korean says otherwise (手机 휴대폰: glossary.text.korean_words).


def noun_written(noun: str) -> str:
    """A common noun after a name as Korean writes it; '' for none."""
    return GENERIC_NOUNS.get(noun) or korean_word(noun)


LONGEST_NOUN = max(max(map(len, GENERIC_NOUNS)), longest_word())
# Names Korean reads in Sino-Korean by custom, not transcribed (中国 중국).
READ_BY_CUSTOM = frozenset({"中国", "中华", "韩国", "日本", "美国", "英国", "德国", "法国"})
NAME_TAGS = ("nr", "ns", "nz")  # jieba's tags of people's, places' and other names


def name_and_noun(zh: str) -> str:
    """A name transcribed, then the common noun after it as Korean writes it
    (:func:`noun_written`), a word apart; '' when ``zh`` is no such term.

    >>> name_and_noun("北京大学"), name_and_noun("天安门广场"), name_and_noun("国务院办公厅")
    ('베이징 대학', '톈안먼 광장', '')
    """
    simplified = folded(zh)
    for size in range(min(len(simplified) - 2, LONGEST_NOUN), 1, -1):
        name, noun = simplified[:-size], simplified[-size:]
        korean = noun_written(noun)
        if korean and name not in READ_BY_CUSTOM and (
                all(tag.startswith(NAME_TAGS) for _, tag in tags(name))
                or world_person(name) or firm_name(name)):
            space = " " if len(korean) > 1 else ""  # one syllable joins the name: 광저우역
            return f"{_spelt_name(name)}{space}{korean}"
    return ""


# What a person's name makes a doctrine or its followers of, joined (마르크스주의).
DOCTRINES = {"主义者": "주의자", "主义": "주의", "学派": "학파", "派": "파"}
# Offices Korean names abroad otherwise than Chinese reads them: 总统 is a
# president, 대통령, but for Taiwan's own, 총통.
OFFICES_ABROAD = {"副总统": "부통령", "总统": "대통령", "首相": "총리", "国务卿": "국무장관"}
OWN_OFFICES = frozenset({"台湾", "中华民国"})  # whose 总统 is 총통


def office_abroad(zh: str) -> str:
    """An office abroad after the country or the person holding it (美国总统
    미국 대통령, 文在寅总统 문재인 대통령, 日本首相 일본 총리); '' when ``zh``
    is none.

    >>> office_abroad("美国总统"), office_abroad("台湾总统"), office_abroad("总统")
    ('미국 대통령', '', '')
    >>> office_abroad("岸田首相"), office_abroad("岸田文雄首相")
    ('기시다 총리', '기시다 후미오 총리')
    """
    simplified = folded(zh)
    for office, korean in OFFICES_ABROAD.items():
        holder = simplified.removesuffix(office)
        if holder == simplified or not holder or holder in OWN_OFFICES:
            continue
        named = korean_name(holder) or world_person(holder) or japanese_persons_reading(holder) \
            or japanese_family_name_reading(holder) \
            or (sino_korean_reading(holder) if is_korean_persons_name(holder) else "")
        return f"{named} {korean}" if named else ""
    return ""


def doctrine(simplified: str) -> str:
    """A doctrine named after a person of the world, or its followers, as
    Korean writes it, one word (马克思主义 마르크스주의); '' when none.

    >>> doctrine("马克思主义"), doctrine("凯恩斯学派"), doctrine("马克思")
    ('마르크스주의', '케인스학파', '')
    """
    for suffix, korean in DOCTRINES.items():
        if simplified.endswith(suffix) and (person := world_person(simplified[: -len(suffix)])):
            return person + korean
    return ""


def body_and_word(zh: str) -> str:
    """A body (an organization jieba knows) as Korean writes it, then a word
    Korean says otherwise than it reads it (:mod:`glossary.text.korean_words`),
    a word apart; '' when ``zh`` is none.

    >>> body_and_word("外交部发言人"), body_and_word("联合国发言人"), body_and_word("苹果手机")
    ('외교부 대변인', '유엔 대변인', '')
    """
    split = said_at_end(folded(zh))
    if split is None or len(split[0]) < 2 or not is_organization(split[0]):
        return ""
    body, said = split
    written = korean_name(body) or name_and_institution(body) or read_or_said(body)
    return f"{written} {said}" if written else ""


def _spelt_name(name: str) -> str:
    """A name as Korean writes it: a person of the world or a firm by the
    name Korean gives them (布朗 브라운, 腾讯 텐센트), a Korean's read (李在明
    이재명), else transcribed."""
    if korean := world_person(name) or firm_name(name) or famous_korean(name) \
            or korean_word(name):
        return korean
    return sino_korean_reading(name) if is_korean_persons_name(name) else transcription(name)


# After a place in Japan, the suffix of its unit (县 for 県, 驿 for 駅, as
# folded writes them) or the Chinese word for its station.
PLACE_SUFFIXES = {folded(suffix): reading for suffix, reading in SUFFIX_READINGS.items()
                  } | {"站": "역"}


def japanese_place_reading(zh: str) -> str:
    """A place in Japan as Korean names it (:mod:`glossary.text.places`),
    with its unit's suffix joined or a common noun a word apart, as
    :func:`name_and_noun` writes one; '' when ``zh`` is no such place.

    >>> japanese_place_reading("东京"), japanese_place_reading("大阪府")
    ('도쿄', '오사카부')
    >>> japanese_place_reading("京都大学"), japanese_place_reading("大分子")
    ('교토 대학', '')
    """
    simplified = folded(zh)
    found = japanese_place(simplified)
    return _and_the_rest(simplified, found, PLACE_SUFFIXES, " ") if found else ""


def _and_the_rest(simplified: str, found: tuple[int, str], suffixes: dict[str, str],
                  space: str) -> str:
    """The name ``found`` opens ``simplified`` with (its length, its Korean),
    then what follows it: a unit's suffix joined (one character of
    ``suffixes``) or a common noun (:func:`noun_written`) ``space`` apart,
    joined when it is one syllable (광저우역); '' when it is neither."""
    size, korean = found
    rest = simplified[size:]
    if not rest:
        return korean
    if len(rest) == 1:
        return korean + suffixes[rest] if rest in suffixes else ""
    noun = noun_written(rest)
    return noun and korean + ("" if len(noun) == 1 else space) + noun


# After a place in Korea, the units Korea divides itself into, or a station.
KOREAN_PLACE_SUFFIXES = {"市": "시", "道": "도", "郡": "군", "区": "구", "洞": "동", "邑": "읍",
                         "面": "면", "站": "역", "港": "항"}
# After a country's name, its people and its language.
PEOPLE_AND_LANGUAGE = {"人": "인", "语": "어"}


def korean_name(zh: str) -> str:
    """The name Korean gives ``zh`` (:mod:`glossary.text.places`), not a
    reading of it: a place in Korea, its unit's suffix or a common noun
    joined as Korea writes its own (부산시, 인천국제공항), or a country, city
    or body of the world, its people or language joined and a common noun a
    word apart (프랑스인, 뉴욕 대학); '' when ``zh`` is none.

    >>> korean_name("首尔"), korean_name("釜山市"), korean_name("仁川国际机场")
    ('서울', '부산시', '인천국제공항')
    >>> korean_name("法国"), korean_name("德语"), korean_name("天安门")
    ('프랑스', '독일어', '')
    >>> korean_name("中国银行"), korean_name("纽约大学")
    ('중국은행', '뉴욕 대학')
    """
    simplified = folded(zh)
    if found := korean_place(simplified):
        return _and_the_rest(simplified, found, KOREAN_PLACE_SUFFIXES, "")
    if found := world_name(simplified):
        # A name Korean reads makes one word with its noun (중국은행, as 부산대학).
        space = "" if _only_read(simplified, found) else " "
        return _and_the_rest(simplified, found, PEOPLE_AND_LANGUAGE, space)
    return ""


def _only_read(simplified: str, found: tuple[int, str]) -> bool:
    """Is the name ``found`` opening ``simplified`` (its length, the Korean
    for it) no more than the Sino-Korean reading of it (中国 중국, 釜山 부산)?"""
    size, korean = found
    return korean == sino_korean_reading(simplified[:size])


def name_and_institution(zh: str) -> str:
    """A name (:func:`_name_opening`), then the words after it, none a name,
    read in Sino-Korean a word apart, as Korean news writes a body or a title
    after a name; '' when ``zh`` is no such term.

    >>> name_and_institution("北京市政府"), name_and_institution("杭州市公安局")
    ('베이징시 정부', '항저우시 공안국')
    >>> name_and_institution("习近平总书记"), name_and_institution("东京电力公司")
    ('시진핑 총서기', '도쿄 전력공사')
    >>> name_and_institution("纽约市政府"), name_and_institution("法国总统")
    ('뉴욕시 정부', '프랑스 총통')
    >>> name_and_institution("洛阳纸贵"), name_and_institution("广西壮族自治区")
    ('', '')
    >>> name_and_institution("蔡英文总统"), name_and_institution("韩国瑜院长")
    ('차이잉원 총통', '한궈위 원장')
    >>> name_and_institution("银保监会")  # 银 保监会: 银保 is no name here
    ''
    """
    simplified = folded(zh)
    words = tags(simplified)
    one = words[0][1] if len(words) == 1 else ""
    if " " in simplified or (one and (one.startswith("ns") or not one.startswith(("nt", "nr",
                                                                                   "nz")))):
        return ""  # one place's name, or one word jieba knows as no name (an idiom)
    name, named = _name_opening(simplified)
    rest = simplified[len(name) :]
    if not name or len(rest) < 2 or any(tag.startswith(NAME_TAGS) for _, tag in tags(rest)):
        return ""  # a name in the rest too (南京长江大桥): no reading tells how
    reading = read_or_said(rest)
    return f"{named} {reading}" if reading else ""


def read_or_said(text: str) -> str:
    """``text`` read in Sino-Korean, but a word at its end that Korean says
    otherwise (:mod:`glossary.text.korean_words`) said so, a word apart; ''
    when a character has no reading.

    >>> read_or_said("发言人"), read_or_said("政府发言人"), read_or_said("政府")
    ('대변인', '정부 대변인', '정부')
    """
    if said := korean_word(text):
        return said
    split = said_at_end(text)
    read = sino_korean_reading(split[0] if split else text)
    return f"{read} {split[1]}" if split and read else read


# The unit after a place of the world's name, as Korean writes it (纽约市 뉴욕시).
WORLD_SUFFIXES = {"市": "시"}


def _name_opening(simplified: str) -> tuple[str, str]:
    """The name ``simplified`` opens with, its unit's suffix with it, and how
    Korean writes it: a place in Korea or Japan, or of the world, by the name
    Korean gives it (釜山市 부산시, 大阪府 오사카부, 纽约市 뉴욕시), unless that is
    only its reading (中国 중국: the whole term is read then); else a modern
    Chinese name transcribed (北京市 베이징시, 习近平 시진핑). ('', '') for none."""
    for size in (3, 2):
        name, title = simplified[:size], simplified[size:]
        if title in CHINESE_TITLES and name[0] in CHINESE_FAMILY_NAMES \
                and not is_common_word(name, 1):
            # A person's name before a title, which jieba may cut into words
            # or take for a place (蔡 英文, 韩国 瑜: a name is no word).
            return name, _spelt_name(name)
    for opening, suffixes in ((korean_place, KOREAN_PLACE_SUFFIXES),
                              (japanese_place, PLACE_SUFFIXES),
                              (world_name, WORLD_SUFFIXES)):
        if found := opening(simplified):
            if _only_read(simplified, found):
                return "", ""
            size, korean = found
            unit = simplified[size : size + 1]
            return (simplified[: size + 1], korean + suffixes[unit]) if unit in suffixes \
                else (simplified[:size], korean)
    for size in range(len(simplified) - 2, 1, -1):
        name = simplified[:size]
        if is_proper_name(name) and name not in READ_BY_CUSTOM \
                and not _ends_inside_a_word(simplified, size):
            return name, _spelt_name(name)
    return "", ""


def _ends_inside_a_word(simplified: str, size: int) -> bool:
    """Does a word jieba finds in ``simplified`` begin after its start and go
    on past its first ``size`` characters? Then these are no name of their own,
    whatever jieba makes of them alone (银保 of 银 保监会, the banking and
    insurance regulator)."""
    return any(0 < start < size < end for start, end, _ in tagged_spans(simplified))


# Titles Chinese writes after a person's name (蔡英文总统, 韩国瑜院长).
CHINESE_TITLES = frozenset("""
总统 副总统 主席 副主席 总理 副总理 总书记 书记 部长 外长 院长 市长 省长 县长 局长 主任
委员长 大使 发言人 董事长 总裁 行长 校长 教授 将军 司令员 议长 代表
""".split())


def sino_korean_reading(zh: str) -> str:
    """The Sino-Korean reading, word by word ('' when a character has none);
    a person's family name as a family name reads (金正恩 김정은, not 금정은)."""
    out = []
    simplified = folded(zh)
    person = is_a_persons_name(simplified) or is_korean_persons_name(simplified)
    for word in segment(simplified):
        if word.isspace():  # words written apart are read apart (上海 北京: 상해 북경)
            out.append(" ")
            continue
        syllables: list[str] = []
        starts = search_starts(word)
        for index, (char, common) in enumerate(zip(word, word_readings(word), strict=True)):
            first = person and not out and index == 0
            reading = surname_reading(char) if first else common
            if not reading:
                return ""
            syllables.append(apply_initial_law(reading) if index in starts
                             else after_vowel_law(syllables[-1], reading) if syllables
                             else reading)
        out.append("".join(syllables))
    return "".join(out)
