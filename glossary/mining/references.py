"""Words that refer to what a bracket names rather than translate it.

A translation piece is the weakest evidence the miner has: nothing verifies
it. Korean often puts before a gloss words that only say what kind of thing
it names (``이 회사(阿里巴巴)``, ``현지 언론(北京晚报)``, ``관영 통신(中新社)``), or
liken it to something else (``중국판 유튜브(哔哩哔哩)``), or point at it (``우리
정부(韩国政府)``). These rules find such words, so that :mod:`.decide` takes
no translation from them.
"""

from __future__ import annotations

import re

from ..text.japanese_persons import japanese_surname
from ..text.korean import INTRODUCERS, TIME_NOUNS
from ..text.morph import ends_a_modifier, ends_in_jeok, is_a_common_noun, is_a_known_name
from ..text.normalize import is_han, to_hans
from ..text.pinyin import transcribe_mandarin
from ..text.readings import sino_readings, sino_syllables, transcriptions
from ..text.segmenter import (
    an_other_name_in_the_dictionary,
    is_a_persons_name,
    is_proper_name,
    tags,
)
from .align import EXACT, Alignment, Unit, reading_match, syllable_words

# Nouns said of someone or something another names (중국의 수도, 그의 아내,
# 회사의 본사): they stand for one, and a proper name glosses that one, with
# the genitive or without it (고향(上海)): kin and homes translate no name.
RELATIONAL = frozenset("""
아내 남편 부인 아들 딸 아버지 어머니 부친 모친 형 동생 누나 언니 오빠 손자 손녀 조카 사위 며느리
친구 스승 제자 비서 측근 후계자 후임자 전임자
수도 고향 성도 주도 출생지 출신지 거주지 소재지 근거지 연고지 본사 본부 지사
""".split())
# The kinds of place and landmark a name is of (호수 for 西湖, 거리 for 南京路):
# alone, such a noun describes the place its gloss names, never renders it.
PLACE_KINDS = frozenset("""
호수 강 하천 바다 해변 섬 산 산맥 고개 계곡 폭포 동굴 사막 초원 평원 숲 거리 도로 골목 다리
광장 궁전 궁궐 성곽 탑 항구 공항 역 사당 정원 마을
""".split())
# The kinds of plan, policy or movement a name is of (일대일로 구상, 쌍순환 전략,
# 공동부유 정책): a gloss of the name alone leaves such a noun after it out.
PLAN_KINDS = frozenset("""
계획 구상 전략 정책 방침 노선 원칙 이념 사상 이론 운동 프로젝트 이니셔티브 캠페인 구호 슬로건
""".split())
# Nouns for the kind of dish, show or pastime a thing is, and the Chinese
# words for each kind, simplified (facts of usage): a gloss that is one of
# them translates the noun (경기 for 比赛); any other says which thing of the
# kind is meant, as the noun right before it does (광둥 요리 for 粤菜, 길거리
# 음식 for 小吃, 오리 구이 for 烤鸭, 사자춤 공연 for 舞狮).
GENERIC_HEADS = {
    "요리": ("菜", "料理", "菜肴", "烹饪", "烹调", "美食"),
    "음식": ("食物", "饮食", "食品", "美食", "菜", "餐", "饭", "饭菜"),
    "구이": ("烤", "烧烤", "烤肉"), "볶음": ("炒",), "찜": ("蒸",), "조림": ("炖", "卤"),
    "튀김": ("炸", "油炸"), "무침": ("拌", "凉拌"), "찌개": ("汤", "锅"), "수프": ("汤", "羹"),
    "국수": ("面", "面条"), "과자": ("饼干", "点心", "糕点", "零食"),
    "간식": ("零食", "小吃", "点心"), "디저트": ("甜点", "甜品"), "음료": ("饮料", "饮品"),
    "공연": ("表演", "演出", "公演"), "경기": ("比赛", "赛", "竞赛", "赛事"),
    "대회": ("大会", "比赛", "大赛", "赛", "竞赛"), "시합": ("比赛", "赛"),
    "놀이": ("游戏", "游玩", "玩"), "축제": ("节", "节日", "庆典", "节庆", "狂欢节"),
    "행사": ("活动", "仪式", "典礼"), "풍습": ("风俗", "习俗", "风习"), "풍속": ("风俗", "习俗"),
    "공예": ("工艺", "手工艺"), "무용": ("舞蹈", "舞"),
}
# Nouns that say what a thing of a kind is like, not which it is (전통 요리,
# 고급 요리, 향토 음식): before a kind's noun, they name no one thing either,
# no more than the qualifiers and the words that single one out do (현지,
# 대표, 인기: :data:`QUALIFIERS`, :data:`SINGLING_OUT`, asked beside these).
ATTRIBUTIVE_NOUNS = frozenset("""
전통 고급 대중 향토 서민 명물 별미 특산 가정 일반 고유
""".split())
# Nouns that say a name is given (책 제목, 가게 이름, 그의 별명): the bracket
# gives that name, it does not translate the noun, unless its gloss holds
# the Chinese word for it (제목(题目)): see TRANSLATED_AS.
NAMING = frozenset("이름 명칭 제목 본명 별명 별칭 예명 필명 아호 호칭 표제 원제".split())
# Common nouns that stand before a name in apposition (배달 업체 메이퇀, 모회사
# 바이트댄스): never the first word of a translated name.
DESCRIPTORS = frozenset("""
기업 업체 회사 모회사 자회사 계열사 그룹 브랜드 플랫폼 앱 서비스 사이트 매체 신문 방송 방송사
통신사 은행 대학 연구소 연구원 정당 단체 기관 제품 모델 작가 시인 소설가 감독 배우 가수 선수
법인 현지법인 합작사 합작법인 지사 지점 본사
교수 학자 주석 총리 장관 대표 회장 사장 창업자 대변인 기자 도시 지역 마을 국가 왕조 황제 장군
정부 당국 산하 소속 계열 언론 언론사 통신 매체 신문사 방송국 일간지 경제지 관계자 인사
영자지 영자신문 기관지 주간지 월간지 석간 조간 타블로이드
스타트업 제조사 제조업체 메이커 빅테크 유니콘 대기업 국유기업 공기업 포털 쇼핑몰 메신저 검색엔진
게임사 개발사 운영사 투자사 증권사 보험사 항공사 자동차사 전기차업체 배터리업체 반도체업체
택시 체인 프랜차이즈 음료 커피숍 레스토랑 과자
백신 치료제 의약품 노래 앨범 잡지 만화 웹툰
책 도서 서적 저서 작품 논문 시집 식당 음식점 가게 상점 호텔 카페 찻집 요리 음식
선생님 선생 스승 친구 동료 사찰 사원 공원 박물관 미술관 도서관 병원 공장 명절 축제 기념일
챗봇 엔진 로봇 스마트폰 휴대폰 전기차 게임 드라마 영화 소설 애니메이션 소프트웨어 운영체제
사람 인물 남성 여성 남자 여자 청년 소년 소녀 학생 부부
디자이너 프로듀서 아나운서 앵커 셰프
출처 제공 자료 사진 영상 그림 촬영 인용 원문
""".split()) | RELATIONAL | NAMING
# Kinds of work whose title Korean puts in quotes as often as in title marks
# (영화 '기생충', 드라마 '겨우 서른'), and the words for a title itself (제목
# '살아간다'): a quote right after one is a title.
WORK_KINDS = frozenset("""
드라마 영화 소설 장편소설 단편소설 무협소설 웹소설 노래 가요 곡 앨범 음반 책 도서 저서 작품 잡지
만화 웹툰 애니메이션 게임 예능 다큐멘터리 다큐 뮤지컬 연극 오페라 희곡 시집 에세이 사극 시트콤
주제가 원작 신작 대표작 데뷔작 히트작 흥행작 화제작 후속작 전작 출세작 소설집 동화 그림책
제목 원제 표제
""".split())
# Titles Korean writes in Latin letters as English abbreviates them, and the
# Chinese words for them (facts of usage): a title names no one (머스크
# CEO(马斯克), 팀 쿡 CEO(苹果)); only a gloss of the title itself renders it.
LATIN_TITLES = {
    "CEO": ("首席执行官", "首席執行官", "执行长", "執行長", "总裁", "總裁", "首席执行长"),
    "CFO": ("首席财务官", "首席財務官", "财务总监", "財務總監", "财务长", "財務長"),
    "CTO": ("首席技术官", "首席技術官", "技术总监", "技術總監", "技术长", "技術長"),
    "COO": ("首席运营官", "首席運營官", "营运长", "營運長"),
    "CIO": ("首席信息官", "首席資訊官"), "CMO": ("首席营销官", "首席行銷官"),
    "CSO": ("首席战略官", "首席戰略官"), "CPO": ("首席产品官", "首席產品官"),
    "CDO": ("首席数字官", "首席數位官"), "CHRO": ("首席人力资源官", "首席人力資源官"),
    "VP": ("副总裁", "副總裁"), "SVP": ("高级副总裁", "資深副總裁"),
    "EVP": ("执行副总裁", "執行副總裁"),
}
# Titles of people (not of firms or things: 그룹, 플랫폼), which a term read
# in part may have taken with a name (메르켈 총리 for 默克尔), and which never
# translate a person's name (대통령 is no 特朗普).
PERSONS_TITLES = frozenset("""
주석 총리 장관 대표 회장 사장 창업자 대변인 교수 감독 작가 배우 가수 선수 기자 황제 장군
부장 서기 총서기 위원장 부총리 부주석 총통 대사 의원 위원 국장 청장 원장 주임 사령관
대통령 부통령 총재 의장 국왕 여왕 주지사 총장 이사장 부회장 부사장 최고경영자
지도자 최고지도자 영도자 국가원수 통치자 실권자
""".split())
# The descriptor nouns and people's titles together (a word may end in one:
# 외교부장, 당서기); none that is also a common word (시장, 성장).
TITLES = DESCRIPTORS | PERSONS_TITLES
# Words that say which one of a kind, before a descriptor (현지 언론, 관영 통신,
# 중국 매체, 한 관계자): with them it refers to a name; it does not translate one.
QUALIFIERS = frozenset("""
한 현지 관영 국영 관변 국내 해외 외신 외국 주요 유력 다른 일부 여러 유명 대형 경제 금융 업계
중국 중화권 대만 홍콩 마카오 한국 국내외 미국 일본 당시 지방 중앙 민영 국유 전문
전 현 신임 차기 초대 명예 공동 수석 상임
""".split())
# Words that single out one of a kind (중국 최대 검색엔진, 대표적인 메신저): the
# descriptor after them means one company or product, the one the bracket names.
SINGLING_OUT = frozenset("""
최대 최고 최초 최다 최강 유일 유일한 대표 대표적 대표적인 선두 1위 국민 간판 인기 유명한
""".split())
# Descriptors of companies and products, and the Chinese words that translate
# each, simplified (facts of usage). A gloss with none of them names what the descriptor
# stands for (쇼핑 앱(拼多多), 공유 서비스(滴滴)); one with them translates it
# (검색엔진(搜索引擎), 전자상거래 플랫폼(电商平台)).
TRANSLATED_AS = {
    "기업": ("企业", "公司", "集团"), "업체": ("企业", "公司", "厂", "商"),
    "회사": ("公司", "会社", "企业"), "그룹": ("集团",), "브랜드": ("品牌", "牌"),
    "플랫폼": ("平台",), "앱": ("应用", "软件", "程序", "APP", "App", "app"),
    "서비스": ("服务",), "사이트": ("网",), "포털": ("门户", "网"),
    "메신저": ("通讯", "聊天", "信"), "검색엔진": ("搜索", "引擎"),
    "쇼핑몰": ("商城", "购物", "网店", "商场"), "스타트업": ("创业", "初创"),
    "제조사": ("制造", "厂", "商"), "제조업체": ("制造", "厂", "商"),
    "스마트폰": ("手机",), "휴대폰": ("手机",), "챗봇": ("机器人", "聊天"),
    "운영체제": ("系统",), "소프트웨어": ("软件",), "게임": ("游", "戏"),
    "이름": ("名",), "명칭": ("名", "称"), "본명": ("本名", "原名"), "원제": ("原题", "原名"),
    "제목": ("题", "书名", "片名", "剧名", "歌名", "曲名", "篇名", "名称"), "표제": ("题",),
    "별명": ("别名", "绰号", "外号", "昵称", "号"), "별칭": ("别称", "别名", "称"),
    "예명": ("艺名",), "필명": ("笔名",), "아호": ("号", "雅号"), "호칭": ("称",),
}
# A word that ends in one of them says what a name is too (석유기업, 반도체회사).
_DESCRIPTOR_ENDINGS = tuple(sorted(word for word in DESCRIPTORS if len(word) >= 2))


def is_descriptor(word: str) -> bool:
    """Is ``word`` a descriptor noun, or a compound that ends in one?

    >>> is_descriptor("업체"), is_descriptor("석유기업"), is_descriptor("알리바바")
    (True, True, False)
    """
    return word in DESCRIPTORS or word.endswith(_DESCRIPTOR_ENDINGS)


# Words that say a name is the state's (관영 글로벌타임스, 국영 시노펙): never the
# first word of a name translated after them, but of a descriptor (관영 매체).
STATE_RUN = frozenset("관영 국영 관변".split())
# Words that point back to something named before (이 회사, 해당 업체).
DEMONSTRATIVES = frozenset("이 그 저 해당 동 당 본 이런 그런 저런 같은 양 각".split())
# Words that point rather than name: a translation of a name by one of them
# (우리 정부(韩国政府): 우리 for 韩国) says who is meant, not what the name is.
DEICTICS = DEMONSTRATIVES | {"우리", "저희"}
# jieba's tags of personal, organization and other proper names; not of
# places, which it gives common nouns too (城市, 都市).
NAME_TAGS = ("nr", "nt", "nz")

# One-character names of states and regions that Chinese and Korean both
# list in one word (中日韩 한중일, 中美 미중): a syllable each, in its own order.
STATE_CHARS = frozenset("中美日韩韓朝俄欧歐英法德台臺港澳印越泰蒙")


# The syllables (and names) Korean lists a state by where no reading of the
# character Chinese lists it by gives them: 중·러 for 中俄, 북·미 for 朝美, 남북 for
# 韩朝, 한·독 for 韩德 (독일, 獨逸), 한·호 for 韩澳 (호주, 濠洲).
STATE_NAMES = {char: frozenset(names.split()) for chars, names in (
    ("俄", "러 러시아"), ("朝", "북 북한"), ("韩韓", "남"), ("法", "프 불 프랑스"),
    ("德", "독 독일"), ("澳", "호 호주"), ("越", "베 베트남"), ("欧歐", "유럽"),
) for char in chars}


def reads(member: str, char: str) -> bool:
    """Does ``member`` hold a reading of ``char`` (Sino-Korean or Mandarin),
    or is it the syllable or name Korean lists the state ``char`` is by
    (:data:`STATE_NAMES`)?

    >>> reads("중국", "中"), reads("러", "俄"), reads("러", "中")
    (True, True, False)
    """
    return member in STATE_NAMES.get(char, ()) \
        or any(reading in member for reading in sino_readings(char) | transcriptions(char))


def members_read(members: list[str], chars: str) -> int:
    """How many members hold a reading of a character of ``chars``, each
    character read once, in any order: Chinese and Korean order a list
    their own ways (미·중 for 中美, 한중 for 中韩). As many as can be: a member
    that reads two characters leaves another the one only that reads.

    >>> members_read(["중", "미"], "中美"), members_read(["가", "나"], "中美")
    (2, 0)
    """
    return _matched([{i for i, char in enumerate(chars) if reads(member, char)}
                     for member in members])


def reads_reordered(chars: str, word: str) -> bool:
    """Does ``word`` read every character of ``chars`` once, three or more,
    in Sino-Korean, in an order of its own? Korean writes some words with a
    gloss's characters in its own order (가성비, 價性比, for 性价比; 동서남북
    for 东南西北). Two characters swapped are often another word both
    languages have (사회 reads 社会, not 会社), so a gloss of two is never
    taken so.

    >>> [reads_reordered(chars, word) for chars, word in (
    ...     ("性价比", "가성비"), ("东南西北", "동서남북"), ("性价比", "성가비"), ("会社", "사회"))]
    [True, True, False, False]
    """
    if len(word) != len(chars) or len(chars) < REORDERED_LEAST or not all(map(is_han, chars)):
        return False
    readers = [{i for i, char in enumerate(chars) if syllable in sino_readings(char)}
               for syllable in word]
    in_order = all(i in read for i, read in enumerate(readers))
    return not in_order and _matched(readers) == len(readers)


# The fewest characters a gloss has that Korean may write reordered (see
# reads_reordered): a pair swapped is often another word.
REORDERED_LEAST = 3


def _matched(readers: list[set[int]]) -> int:
    """How many readers (syllables, a list's members) can each take a
    character they read, none taken twice? (A maximum bipartite matching,
    found by augmenting paths: a hostile gloss of many characters each read by
    many syllables costs no more than a few passes.)"""
    taker: dict[int, int] = {}  # character: the reader that took it

    def take(reader: int, seen: set[int]) -> bool:
        for char in readers[reader]:
            if char not in seen:
                seen.add(char)
                if char not in taker or take(taker[char], seen):
                    taker[char] = reader
                    return True
        return False

    return sum(take(reader, set()) for reader in range(len(readers)))


def word_before(us: list[Unit], start: int) -> str:
    """The syllables of the written word before unit ``start`` (spaces skipped)."""
    first, end = word_span_before(us, start)
    return "".join(u.text for u in us[first:end])


def word_at(us: list[Unit], start: int) -> str:
    """The written word that starts at unit ``start`` (what follows a space
    or ends the window left out)."""
    return "".join(u.text for u in us[start:]).split(" ")[0]


def word_span_before(us: list[Unit], start: int) -> tuple[int, int]:
    """The units (first, end) of the syllables of the written word before
    unit ``start``, spaces skipped; empty (first == end) when there is none."""
    k = start - 1
    while k >= 0 and us[k].kind == "sp":
        k -= 1
    end = k + 1
    while k >= 0 and us[k].kind == "syl":
        k -= 1
    return k + 1, end


def points_at_a_name(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does a word that points (우리, 이, 해당) translate a proper name of the
    gloss (우리 for 韩国)? 우리 for 我国 is a translation; for 韩国, a reference."""
    return any("".join(u.text for u in us[unit:unit_end]) in DEICTICS
               and _whole_word(us, unit, unit_end) and is_proper_name(chars[first:end])
               for first, end, unit, unit_end in a.correspondences)


def _whole_word(us: list[Unit], start: int, end: int) -> bool:
    """Do units ``start:end`` make a written word (그, not 그 of 군빌레그트)?"""
    return (start == 0 or us[start - 1].kind == "sp") and (end == len(us) or us[end].kind == "sp")


def outside_word_units(us: list[Unit]) -> set[int]:
    """The units of the written words that stay outside the term after them:
    those that introduce a name (:data:`INTRODUCERS`, 통칭 곤나이시노스케노츠보네)
    and those that say when (:data:`TIME_NOUNS`, 이후 어니봇(文心一言)) but the
    last, which may be the term itself (오늘(今天))."""
    words = syllable_words(us)
    return {unit for at, word in enumerate(words)
            for text in ["".join(us[k].text for k in word)]
            if text in INTRODUCERS or (text in TIME_NOUNS and at < len(words) - 1)
            for unit in word}


def first_word_units(us: list[Unit], start: int) -> set[int]:
    end = start
    while end < len(us) and us[end].kind != "sp":
        end += 1
    return set(range(start, end))


def descriptor_units(us: list[Unit], a: Alignment) -> set[int]:
    """The units of a span's words up to its last descriptor noun, before its
    last word, when a translation piece took one of them (모회사
    바이트댄스(字节跳动), 자율주행 택시 아폴로고(萝卜快跑)): what the name is
    said to be, no part of it. Empty when there is none."""
    words: list[set[int]] = []
    k = a.start
    while k < len(us):
        if us[k].kind == "sp":
            k += 1
            continue
        word = first_word_units(us, k)
        words.append(word)
        k = max(word) + 1
    texts = ["".join(us[u].text for u in sorted(units)) for units in words]
    last = max((w for w, text in enumerate(texts[:-1]) if is_descriptor(text)), default=None)
    leading = 0  # the state's outlet or company (관영 글로벌타임스): no part of its name
    while leading < len(texts) - 1 and texts[leading] in STATE_RUN and not is_descriptor(texts[-1]):
        leading += 1
    if leading:
        last = max(-1 if last is None else last, leading - 1)
    if last is None:
        return set()
    described = set().union(*words[: last + 1])
    pieces = set(a.piece_units)  # translation pieces (not learned correspondences)
    taken = [(end - start, set(range(first, end_unit))) for start, end, first, end_unit
             in a.correspondences if (first, end_unit) in pieces]
    if not any(described & units for _, units in taken):
        return set()
    if _a_compound(texts[-1], [chars for chars, units in taken if described & units],
                   [chars for chars, units in taken if words[last] & units]):
        return set()
    return described


def _a_compound(last_word: str, described: list[int], descriptor: list[int]) -> bool:
    """Does a span's descriptor make a compound with the word it leads to,
    the gloss translated word by word? When the descriptor translates some
    of it and every piece of the words up to it is a word of two characters
    or more (``described``, ``descriptor``: the characters of the pieces
    that take them; not 가수 for the surname of 权宝儿, nor 총리, no
    translation, of 메르켈 총리 시절 for 默克尔时代), and the last word is
    another descriptor (게임 회사 for 游戏公司) or a common noun (백신 여권
    for 疫苗护照, 영화 산업 for 电影产业). A name (폭스바겐), read in part or
    not (상하이자동차), or a word Kiwi never saw (코로나백) is what the
    descriptor describes."""
    return bool(descriptor) and all(chars >= 2 for chars in described) and (
        is_descriptor(last_word) or is_a_common_noun(last_word))


def names_a_descriptor(chars: str, us: list[Unit], start: int) -> bool:
    """Is a translated span headed by a descriptor noun that stands for the
    name its gloss gives (이 회사(阿里巴巴), 현지 기자(新华社))? Then the bracket
    names what the noun refers to; it does not translate it (회사(公司) does,
    and so does 텐센트 그룹(腾讯集团), whose gloss is no bare name)."""
    last = len(us)
    while last > start and us[last - 1].kind == "syl":
        last -= 1
    descriptor = "".join(u.text for u in us[last:])
    if descriptor not in DESCRIPTORS:
        return last == start and not after_a_modifier(us, start) \
            and _a_place_of_its_kind(chars, descriptor)
    qualifiers = "".join(u.text for u in us[start:last]).split()
    before = word_before(us, start)
    return (before in DEMONSTRATIVES | QUALIFIERS or _singled_out(us, start)
            or (descriptor in TRANSLATED_AS and not _translates(descriptor, chars))
            or (bool(qualifiers) and set(qualifiers) <= QUALIFIERS | DEMONSTRATIVES)
            or all(tag.startswith(NAME_TAGS) for _, tag in tags(chars))
            or (descriptor in RELATIONAL and is_proper_name(chars))
            or a_place_known_by_its_sound(chars))


def _translates(descriptor: str, chars: str) -> bool:
    """Does the gloss ``chars``, in either script, hold a Chinese word for
    ``descriptor`` (see :data:`TRANSLATED_AS`)?

    >>> _translates("제목", "書名"), _translates("제목", "活着")
    (True, False)
    """
    simplified = to_hans(chars)
    return any(word in simplified for word in TRANSLATED_AS[descriptor])


def a_place_known_by_its_sound(chars: str) -> bool:
    """Is the gloss one place jieba knows whose Mandarin spelling Kiwi knows as
    a name (广州, 광저우)? jieba tags common nouns places too (城市, 都市),
    which a descriptor may translate (도시(城市)); their spellings name nothing.

    >>> a_place_known_by_its_sound("广州"), a_place_known_by_its_sound("城市")
    (True, False)
    """
    found = tags(chars)
    return len(found) == 1 and found[0][1] == "ns" and is_a_known_name(transcribe_mandarin(chars))


# Sino-Korean prefixes that esteem what a common noun names (대문호, 명배우):
# the word stays a descriptor.
ESTEEMING = frozenset("대명")


def called_what_it_is(content: str, gloss: str, term: str) -> bool:
    """Is ``gloss`` a name (a person's or an organization's jieba knows, a
    place's Kiwi knows by its Mandarin spelling, one opening with a Japanese
    family name: 소설가(村上春树), 신조(岸田文雄)) and the translated ``term``
    what the one named is, not its name: one common noun Kiwi knows in
    Sino-Korean (or one 대 or 명 esteems: 대문호), or a descriptor or a
    person's title in any script, after a word that singles one out or
    alone, no syllable of which reads a character of the name exactly
    (사상가(孔子), 노벨상 수상자(莫言), 디자이너(王大仁), 청년 조직(共青团),
    최고 명문(北京大学), 금융 중심지(上海); 명작(红楼梦): 명 spells 梦 only
    near)? A name is read or spelt. A bracket holding Latin letters besides
    gives a name or a title in another form (초여름(Early Summer, 麥秋), a
    film's, jieba reading a name in it); a stage name, a loanword
    (마이카(梅花), an aircraft's: jieba reads 梅花 a name too) or one read
    in part (성소(程潇): 소 reads 潇), stays.

    >>> called_what_it_is("孔子", "孔子", "사상가")
    True
    >>> called_what_it_is("北京大学", "北京大学", "최고 명문")
    True
    >>> called_what_it_is("鲁迅", "鲁迅", "대문호"), called_what_it_is("东西", "东西", "물건")
    (True, False)
    >>> called_what_it_is("梅花", "梅花", "마이카"), called_what_it_is("佛教", "佛教", "불교")
    (False, False)
    """
    words = term.split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] not in SINGLING_OUT) \
            or any(char.isascii() and char.isalpha() for char in content) \
            or any(reading_match(char, syllable)[1] in EXACT for char in gloss
                   for syllable in term if syllable != " "):
        return False  # (the remembered readings first: Kiwi and jieba are asked after)
    head = words[-1]
    if head not in TITLES and not (set(head) <= sino_syllables() and (
            is_a_common_noun(head) or (head[0] in ESTEEMING and is_a_common_noun(head[1:])))):
        return False
    simplified = to_hans(gloss)
    return is_a_persons_name(simplified) or an_other_name_in_the_dictionary(simplified) \
        or a_place_known_by_its_sound(simplified) or bool(japanese_surname(gloss))


def _a_place_of_its_kind(chars: str, descriptor: str) -> bool:
    """Is ``descriptor`` (alone and after no modifier: 푸른 강 for 碧江 may
    translate a title) a kind of place (:data:`PLACE_KINDS`) and the gloss a
    name of one, the specific word first (西湖 호수, 南京路 거리), not a word
    for the kind the descriptor reads from its first character (湖泊 호수,
    jieba's place all the same)?"""
    return descriptor in PLACE_KINDS and is_proper_name(chars) \
        and descriptor[0] not in sino_readings(chars[0])


def _singled_out(us: list[Unit], start: int) -> bool:
    """Does a word that singles out one of a kind (:data:`SINGLING_OUT`)
    stand right before ``start``, or a word before that (최대 드론 업체)?"""
    first = word_span_before(us, start)[0]
    return word_before(us, start) in SINGLING_OUT or word_before(us, first) in SINGLING_OUT


# Korean's pronouns: a gloss of one (그들(他们), 여기(这里)) says whom or what
# the sentence means, as a dictionary would; no term a glossary keeps.
PRONOUNS = frozenset("""
나 너 저 그 그녀 그들 그녀들 우리 저희 너희 당신 자네 자기 자신 이들 저들 누구 무엇 어디 언제
이것 그것 저것 이거 그거 저거 여기 거기 저기 이곳 그곳 저곳 이쪽 그쪽 저쪽 이분 그분 저분
""".split())
# A pronoun and 의 in one syllable (내 친구, 제 생각, 네 말).
CONTRACTED_PRONOUNS = frozenset("내 제 네".split())


def is_a_pronoun(us: list[Unit], start: int) -> bool:
    """Is the span from ``start`` one of Korean's pronouns, alone?"""
    return "".join(u.text for u in us[start:]) in PRONOUNS


# Chinese personal pronouns a gloss may open with (他的公司, 我们公司), longest first.
CHINESE_PRONOUNS = ("我们", "你们", "他们", "她们", "它们", "咱们", "自己", "我", "你", "您",
                    "他", "她", "它")


def leaves_out_a_pronoun(chars: str, us: list[Unit], start: int) -> bool:
    """Does a gloss of three characters or more open with a personal pronoun
    that the span from ``start`` does not (회사 for 他的公司, of 그의 회사)?
    The gloss then says more than the span: its last word is no translation
    of it all. (우리 회사 for 我们公司 renders the pronoun.)"""
    if len(chars) < 3 or not chars.startswith(CHINESE_PRONOUNS):
        return False
    first = word_at(us, start)
    return not any(first == pronoun or first == pronoun + "의" for pronoun in PRONOUNS)


# Places whose "edition" (중국판) of a name likens the glossed name to it.
REGIONS = frozenset("""
중국 한국 미국 일본 대만 홍콩 북한 러시아 인도 유럽 아시아 동남아 중동 아프리카 세계 베트남
""".split())
_NTH = re.compile(r"^제\d+의$")


def by_analogy(us: list[Unit], start: int) -> bool:
    """Is the span from ``start`` a likeness (중국판 유튜브(哔哩哔哩), 제2의
    테슬라(蔚来))? The gloss names one thing, the Korean another it is likened
    to: no translation."""
    before = start - 1
    while before > 0 and us[before - 1].kind != "sp":
        before -= 1
    words = "".join(u.text for u in us[max(before, 0):]).split()[:-1]
    return any((word.endswith("판") and word[:-1] in REGIONS) or _NTH.match(word)
               for word in words)


def after_a_modifier(us: list[Unit], start: int) -> bool:
    """Does a word that modifies a noun (좋은, 새로운: an adnominal ending; 정신적:
    a noun in 적) stand right before ``start``? A gloss translated by no more syllables than it
    has characters from the noun on (好衣 for 옷 of 좋은 옷) most often holds
    the modifier too (好): the term is not the noun (새 회사(新公司)). (A name's
    spelling is longer: 떠오르는 바이트댄스(字节跳动).)"""
    word = word_before(us, start)
    # Read with the noun it modifies: alone, 새 is a bird; before 회사, the determiner.
    following = word_at(us, start) if word else ""
    return bool(word) and (word in QUOTATIVE_MODIFIERS or ends_a_modifier(word, following)
                           or ends_in_jeok(word, following))


# What a quotation ends in to modify the noun after it ('잘 지내'라는 말): alone
# after the quote mark, Kiwi takes 라는 for a noun and a particle.
QUOTATIVE_MODIFIERS = frozenset({"라는", "이라는", "란", "이란", "라던", "이라던"})
