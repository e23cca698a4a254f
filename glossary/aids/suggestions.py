"""Proposing Korean renderings for a Chinese term.

Six methods, each named in its suggestion: the name Korean gives a place in
Korea or a country, city or body of the world (釜山 부산, 首尔 서울, 法国
프랑스: see :mod:`glossary.text.places`), the Korean standard
transcription of the Mandarin reading (names of modern people and places),
the Sino-Korean reading with the initial-sound law at each word start
(institutions, historical names, and Koreans' names: 文在寅 문재인, see
:mod:`glossary.text.korean_persons`), the two mixed (a name transcribed, the
common noun after it read: 北京大学 베이징 대학; a body or title after a name,
read a word apart: 北京市政府 베이징시 정부), the transcription of the
Japanese reading for a place in Japan (东京 도쿄, in any script: see
:mod:`glossary.text.places`), a person whose family name is Japanese (织田信长
오다 노부나가: see :mod:`glossary.text.japanese_persons`) or a term written in
characters only Japanese uses (広島県 히로시마현), and what the termbase already
holds for the same term or terms inside it. Parts a middle dot joins (乔·拜登,
a foreigner's given and family names) are suggested for one by one, and
written a word each; a person of the world, a firm or a thing goes by the
name Korean gives them (马克思 마르크스, 腾讯 텐센트, 手机 휴대폰: see
:mod:`glossary.text.world_people`, :mod:`glossary.text.firms` and
:mod:`glossary.text.korean_words`).

>>> [(s.ko, s.method) for s in suggest("习近平")][:2]
[('시진핑', 'transcription'), ('습근평', 'sino-korean')]
>>> suggest("中華全國工商業聯合會")[0].ko
'중화전국공상업연합회'
>>> [(s.ko, s.method) for s in suggest("広島県")][0], suggest("鉄道")[-1].method
(('히로시마현', 'japanese'), 'japanese')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..model import TermbaseReader
from ..text.firms import firm_name
from ..text.forms import JAPANESE_FORMS
from ..text.hangul import after_vowel_law, apply_initial_law
from ..text.japanese import SUFFIX_READINGS, japanese_hangul
from ..text.japanese_persons import (
    CHINESE_FAMILY_NAMES,
    japanese_family_name_reading,
    japanese_persons_reading,
    may_be_chinese,
)
from ..text.korean_persons import famous_korean, is_korean_persons_name, known_names
from ..text.korean_words import korean_word
from ..text.latin import latin_head, latin_tail
from ..text.normalize import MIDDLE_DOTS, clean, has_han, is_han, without_quotes
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
    tags,
)
from ..text.world_people import full_name_part, world_person

NAME_LENGTH = 3  # up to this many characters, a term is most likely a name
# ... unless a common word jieba counts this often, by its length (金融业
# 172, 政府 23,452): Korean reads an established word (금융업, 정부); a newer
# one it may transcribe, as it does the things of China's life (火锅 459 훠궈,
# 旗袍 247 치파오), which are words of two characters more often than not.
ESTABLISHED = {2: 1000, 3: 100}
MAX_TERM = 64  # longer is a sentence, not a term
MAX_PART = 8  # parts of a term looked up in the termbase: cost grows linearly


@dataclass(frozen=True)
class Suggestion:
    ko: str
    method: str  # termbase, korean, mixed, japanese, transcription, sino-korean, termbase-part
    note: str = ""


# Administrative suffixes keep their Sino-Korean reading after a transcribed
# name: 广州市 광저우시, 广东省 광둥성.
SUFFIXES = {"省": "성", "市": "시", "县": "현", "区": "구", "镇": "진", "族": "족"}
# Longer generic names of a unit stand as a word of their own, read in
# Sino-Korean (广西壮族自治区 광시좡족 자치구, 香港特别行政区 … 특별행정구).
GENERIC_SUFFIXES = {"特别行政区": "특별행정구", "经济特区": "경제특구", "自治区": "자치구",
                    "自治州": "자치주", "自治县": "자치현", "自治旗": "자치기"}


# Characters only Japanese writes: its own forms of characters (関 広 沢, see
# glossary.text.forms) and characters made in Japan (畑 峠 込 辻 栃 …). A
# term with one is Japanese, and Korean writes its Japanese reading (a name's,
# at least: see suggest).
JAPANESE_ONLY = frozenset(pair[0] for pair in JAPANESE_FORMS) | frozenset(
    "畑峠込辻栃枠笹匂凪麿榊働雫籾杢樫")


def _made_of_words(simplified: str) -> bool:
    """Is ``simplified`` (three characters) a term made of words, which
    Korean reads (中国梦 중국몽: 中国 and 梦; 新基建), rather than a name jieba
    does not know? It cuts such a name into single characters (韩雯斐), or
    after a family name where the given name is a word too (李 国庆)."""
    words = tags(simplified)
    return simplified[0] not in CHINESE_FAMILY_NAMES and len(words) >= 2 and any(
        len(word) >= 2 and not tag.startswith("nr") and is_common_word(word, ESTABLISHED[3])
        for word, tag in words)


def _common_noun(simplified: str) -> bool:
    """Does jieba know ``simplified`` as a word that names no one and nowhere?"""
    words = tags(simplified)
    return len(words) == 1 and not words[0][1].startswith(NAME_TAGS) and words[0][1] != "x"


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
    "集团": "그룹", "银行": "은행", "汽车": "자동차", "航空": "항공", "证券交易所": "증권거래소",
    "交易所": "거래소", "手机": "휴대폰", "咖啡": "커피",
}
LONGEST_NOUN = max(map(len, GENERIC_NOUNS))
# Names Korean reads in Sino-Korean by custom, not transcribed (中国 중국).
READ_BY_CUSTOM = frozenset({"中国", "中华", "韩国", "日本", "美国", "英国", "德国", "法国"})
NAME_TAGS = ("nr", "ns", "nz")  # jieba's tags of people's, places' and other names


def name_and_noun(zh: str) -> str:
    """A name transcribed, then the common noun after it as Korean writes it
    (:data:`GENERIC_NOUNS`), a word apart; '' when ``zh`` is no such term.

    >>> name_and_noun("北京大学"), name_and_noun("天安门广场"), name_and_noun("国务院办公厅")
    ('베이징 대학', '톈안먼 광장', '')
    """
    simplified = folded(zh)
    for size in range(min(len(simplified) - 2, LONGEST_NOUN), 1, -1):
        name, noun = simplified[:-size], simplified[-size:]
        if noun in GENERIC_NOUNS and name not in READ_BY_CUSTOM and (
                all(tag.startswith(NAME_TAGS) for _, tag in tags(name))
                or world_person(name) or firm_name(name)):
            korean = GENERIC_NOUNS[noun]
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


def _followers(simplified: str) -> str:
    """A doctrine named after a person of the world, or its followers, as
    Korean writes it, one word (马克思主义 마르크스주의); '' when none.

    >>> _followers("马克思主义"), _followers("凯恩斯学派"), _followers("马克思")
    ('마르크스주의', '케인스학파', '')
    """
    for suffix, korean in DOCTRINES.items():
        if simplified.endswith(suffix) and (person := world_person(simplified[: -len(suffix)])):
            return person + korean
    return ""


def _spelt_name(name: str) -> str:
    """A name as Korean writes it: a person of the world or a firm by the
    name Korean gives them (布朗 브라운, 腾讯 텐센트), a Korean's read (李在明
    이재명), else transcribed."""
    if korean := world_person(name) or firm_name(name) or famous_korean(name):
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
    ``suffixes``) or a common noun (:data:`GENERIC_NOUNS`) ``space`` apart,
    joined when it is one syllable (광저우역); '' when it is neither."""
    size, korean = found
    rest = simplified[size:]
    if not rest:
        return korean
    if len(rest) == 1:
        return korean + suffixes[rest] if rest in suffixes else ""
    noun = GENERIC_NOUNS.get(rest, "")
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
    reading = sino_korean_reading(rest)
    return f"{named} {reading}" if reading else ""


# The unit after a place of the world's name, as Korean writes it (纽约市 뉴욕시).
WORLD_SUFFIXES = {"市": "시"}


def _name_opening(simplified: str) -> tuple[str, str]:
    """The name ``simplified`` opens with, its unit's suffix with it, and how
    Korean writes it: a place in Korea or Japan, or of the world, by the name
    Korean gives it (釜山市 부산시, 大阪府 오사카부, 纽约市 뉴욕시), unless that is
    only its reading (中国 중국: the whole term is read then); else a modern
    Chinese name transcribed (北京市 베이징시, 习近平 시진핑). ('', '') for none."""
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
        if is_proper_name(name) and name not in READ_BY_CUSTOM:
            return name, _spelt_name(name)
    return "", ""


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


def _with_part(zh: str, start: int, size: int, known: str) -> Suggestion:
    """The whole term, its part at ``start`` rendered as the termbase renders
    it and the rest read in Sino-Korean (广州市: 광저우 + 시, 北京大学: 베이징 +
    대학); the part alone when the rest has no reading."""
    part, before, after = zh[start : start + size], zh[:start], zh[start + size :]
    # What follows the part starts no word: no initial-sound law (北京路 베이징로).
    readings = [" " if char == " " else reading
                for char, reading in zip(after, word_readings(after), strict=True)]
    pieces = [sino_korean_reading(before) if before else "",
              "".join(readings) if all(readings) else ""]
    if all(piece or not rest for piece, rest in zip(pieces, (before, after), strict=True)):
        return Suggestion(pieces[0] + known + pieces[1], "termbase-part",
                          f"{part} → {known}, the rest read in Sino-Korean")
    return Suggestion(known, "termbase-part", f"{part} → {known}")


def suggest_for_a_miss(query: str, termbase: TermbaseReader | None = None
                       ) -> list[Suggestion]:
    """What :func:`suggest` proposes for a query a lookup found no entry for:
    nothing when the query is no Chinese term (no Han in it, or a sentence's
    length), where :func:`suggest` would refuse it.

    >>> [s.ko for s in suggest_for_a_miss("釜山港")][:1]
    ['부산항']
    >>> suggest_for_a_miss("부산항"), suggest_for_a_miss("港" * (MAX_TERM + 1))
    ([], [])
    """
    if not has_han(query) or len(clean(without_quotes(query))) > MAX_TERM:
        return []
    return suggest(query, termbase)


def suggest(zh: str, termbase: TermbaseReader | None = None) -> list[Suggestion]:
    """Korean renderings for ``zh``, best first, each with the method behind it.

    >>> [s.ko for s in suggest("中国制造2025")][:2]
    ['중국제조 2025', '중궈즈짜오 2025']
    >>> suggest("“十四五”规划")[0].ko  # quotes copied with the term are no part of it
    '십사오규획'
    """
    zh = clean(without_quotes(zh))
    if len(zh) > MAX_TERM:
        raise InputError(f"a term has at most {MAX_TERM} characters; this has {len(zh)}")
    # A Latin or digit word it opens or ends with (AI芯片, 中国制造2025) Korean
    # writes as it is, a space apart, around the rendering of the Chinese.
    head, tail = latin_head(zh), latin_tail(zh)
    core = zh[len(head) : len(zh) - len(tail)].strip()
    parts = _dotted_parts(core)
    if not core or not parts and not all(is_han(ch) or ch == " " for ch in core):
        return []
    found: list[Suggestion] = []
    if termbase is not None:
        for entry in termbase.lookup(zh, limit=20, exact=True):
            found += [Suggestion(r.ko, "termbase", f"×{r.count}") for r in entry.renderings]
    if parts and not head and not tail:
        # A name known whole (达·芬奇 다빈치), else a word for each part, a
        # given name the table knows as one only here too (乔·拜登 조 바이든).
        if whole := world_person("".join(parts)):
            found.append(Suggestion(whole, "korean"))
        return _unique(found + _joined([_as_name_part(part, termbase) for part in parts]))
    if head or tail:
        found += [Suggestion(" ".join(part for part in (head, s.ko, tail) if part), s.method,
                             s.note) for s in suggest(core, termbase)]
        return _unique(found)
    found += [s for s in _computed(zh) if s.ko]
    if termbase is not None:
        found += _with_parts(folded(zh), termbase)
    return _unique(found)


def _as_name_part(part: str, termbase: TermbaseReader | None) -> list[Suggestion]:
    """Suggestions for one part of a full name a middle dot joins: a
    foreigner's name, transcribed before it is read (科尔 커얼, not 과이)."""
    named = full_name_part(part)
    found = sorted(suggest(part, termbase), key=lambda s: s.method == "sino-korean")
    return [Suggestion(named, "korean")] * bool(named) + found


def _dotted_parts(term: str) -> list[str]:
    """The parts a middle dot joins in ``term``, each in Chinese characters
    (卡尔·马克思: a foreigner's given and family names); empty when it joins none."""
    parts = [part.strip() for part in re.split(f"[{MIDDLE_DOTS}]", term)]
    return parts if len(parts) >= 2 and all(part and all(map(is_han, part)) for part in parts) \
        else []


def _joined(suggested: list[list[Suggestion]]) -> list[Suggestion]:
    """Suggestions for a term whose parts a middle dot joins, from each part's
    (``suggested``): a word for each part, a space apart, as Korean writes a
    foreigner's name (乔·拜登 조 바이든): the best of each first (a mix where
    their methods differ), then each method that suggests for every part."""
    if not all(suggested):
        return []
    note = "a word for each part the dots join"
    methods = {part[0].method for part in suggested}
    joined = [Suggestion(" ".join(part[0].ko for part in suggested),
                         methods.pop() if len(methods) == 1 else "mixed", note)]
    for method in dict.fromkeys(s.method for s in suggested[0]):
        words = [next((s.ko for s in part if s.method == method), None) for part in suggested]
        if all(words):
            joined.append(Suggestion(" ".join(word for word in words if word), method, note))
    return joined


def _computed(zh: str) -> list[Suggestion]:
    """What the readings and names of ``zh`` suggest, best first (some may be
    empty: a character without a reading)."""
    computed = [Suggestion(transcription(zh), "transcription"),
                Suggestion(sino_korean_reading(zh), "sino-korean")]
    simplified = folded(zh)
    # Modern names of people and places are transcribed; institutions and
    # longer common terms are read in Sino-Korean.
    names = all(map(is_proper_name, simplified.split()))  # each word written apart a name
    length = len(zh.replace(" ", ""))
    if not names and (length > NAME_LENGTH or is_organization(simplified)
                      or (length in (2, NAME_LENGTH) and _common_noun(simplified)
                          and is_common_word(simplified, ESTABLISHED[length]))
                      or (length == NAME_LENGTH and _made_of_words(simplified))):
        computed.reverse()
    elif _read_as_koreans_are(simplified, *(s.ko for s in computed)):
        computed.reverse()  # a Korean's name (文在寅 문재인), or one known so (杨紫琼 양자경)
    if mixed := name_and_noun(zh) or name_and_institution(zh):
        computed.insert(0, Suggestion(mixed, "mixed"))
    if place := korean_name(zh):
        # A place in Korea goes by its own name (釜山 부산, 首尔 서울), a
        # country by the one Korean gives it (法国 프랑스).
        computed.insert(0, Suggestion(place, "korean"))
    elif named := world_person(zh) or _followers(simplified) or firm_name(zh) \
            or korean_word(zh):
        # A person of the world, a firm or a thing by the name Korean gives
        # them (马克思 마르크스, 腾讯 텐센트, 手机 휴대폰).
        computed.insert(0, Suggestion(named, "korean"))
    elif place := japanese_place_reading(zh):
        # A place in Japan is named as Japan reads it (东京 도쿄), in any script.
        computed.insert(0, Suggestion(place, "japanese"))
    elif person := japanese_persons_reading(zh):
        # A Japanese person is named as Japan reads the name, family name and
        # given name a space apart (岸田文雄 기시다 후미오), in any script;
        # second where the name may be Chinese too (田中华).
        computed.insert(1 if may_be_chinese(zh) else 0, Suggestion(person, "japanese"))
    elif any(char in JAPANESE_ONLY for char in zh):
        # A Japanese name is read as Japan reads it (広島 히로시마), first; a
        # word that Chinese has as a common noun (鉄道, 铁道) is one Korean
        # reads its own way, and the Japanese reading comes last.
        reading = Suggestion(japanese_reading(zh), "japanese")
        computed.insert(len(computed) if _common_noun(simplified) else 0, reading)
    if (korean := famous_korean(zh)) and korean != computed[0].ko:
        # A Korean the table knows, whose name a reading alone misspells (朴赞郁 박찬욱).
        computed.insert(0, Suggestion(korean, "korean"))
    if office := office_abroad(zh):
        computed.insert(0, Suggestion(office, "korean"))
    return computed


def _read_as_koreans_are(simplified: str, transcribed: str, read: str) -> bool:
    """Is a person's name rather read in Sino-Korean than transcribed: known
    by its reading alone (杨紫琼 양자경; 蔡英文 is known as 차이잉원), or, known
    by neither, a Korean's (文在寅 문재인: see :mod:`glossary.text.korean_persons`)?"""
    korean = bool(read) and is_korean_persons_name(simplified)
    if not read or not (korean or is_a_persons_name(simplified)):
        return False
    known = known_names([transcribed, read])
    return known == {read} or (not known and korean)


def _with_parts(simplified: str, termbase: TermbaseReader) -> list[Suggestion]:
    """The term with each part of it the termbase knows as the termbase
    renders it, longest parts first."""
    found = []
    for size in range(min(len(simplified) - 1, MAX_PART), 1, -1):
        for start in range(len(simplified) - size + 1):
            part = simplified[start : start + size]
            if part.strip() != part:
                continue  # a term's words, not the space between them
            for entry in termbase.lookup(part, limit=3, exact=True):
                found.append(_with_part(simplified, start, size, entry.preferred.ko))
    return found


def _unique(found: list[Suggestion]) -> list[Suggestion]:
    """Each rendering once, where it was first suggested."""
    unique: dict[str, Suggestion] = {}
    for suggestion in found:
        unique.setdefault(suggestion.ko, suggestion)
    return list(unique.values())
