"""Finding brackets in Korean text and reading the Chinese gloss inside them.

>>> [(b.start, b.content) for b in find_brackets("마윈(馬雲)은 [杨乃民, TCL(TCL科技)]")]
[(2, '馬雲'), (8, '杨乃民, TCL(TCL科技)'), (17, 'TCL科技')]
>>> parse_gloss("宁波,10 위"), parse_gloss("苏州 8 위"), parse_gloss("중국어 간체: 第一财经日报")
('宁波', '苏州', '第一财经日报')
>>> parse_gloss("马云、张勇") is None, parse_gloss("中国KIC 创新") is None
(True, True)
>>> parse_gloss("中国5G网络"), parse_gloss("第3章"), parse_gloss("堀川りょう")
('中国5G网络', None, None)
>>> parse_gloss("AI芯片"), parse_gloss("3·1運動"), parse_gloss("A股")
('AI芯片', '3·1運動', 'A股')
>>> parse_gloss("2019年"), parse_gloss("3月")
(None, None)
>>> parse_gloss("中国制造2025"), parse_gloss("表1")
('中国制造2025', None)
>>> parse_gloss("小米14 Pro"), parse_gloss("上海 Shanghai City")
('小米14 Pro', '上海')
>>> parse_gloss("PBOC, 中国人民银行"), parse_gloss("BYD·比亚迪"), parse_gloss("卡尔·马克思")
('中国人民银行', '比亚迪', '卡尔·马克思')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..text.korean import INTRODUCERS
from ..text.latin import LATIN_WORD, han_start, tail_end
from ..text.normalize import (
    HAN_DASHES,
    HAN_RANGES,
    MIDDLE_DOTS,
    PARAGRAPH_BREAK,
    has_han,
    is_han,
    is_hangul,
    to_hans,
)
from ..text.places import is_short_name, written_within

# Round, square, lenticular and tortoise-shell brackets, in every width
# Korean and Chinese type (﹙﹚, small ones, come out of PDFs and old fonts).
PAIRS = {"(": ")", "（": "）", "﹙": "﹚", "[": "]", "［": "］", "【": "】", "〖": "〗",
         "〔": "〕"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_BRACKET_MARK = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
MAX_CONTENT = 300  # longer "brackets" are unbalanced text, not glosses
MAX_GLOSS = 24  # Han characters; longer is a sentence, not a term


@dataclass(frozen=True)
class Bracket:
    start: int  # index of the opening bracket
    end: int  # index of the closing bracket
    content: str


def find_brackets(text: str) -> Iterator[Bracket]:
    """Every balanced bracket whose content holds a Han character, in order.

    A closing bracket closes the nearest open bracket of its kind, and with it
    every bracket opened inside. Each kind keeps its own list of places on the
    stack, so finding that bracket costs nothing however many brackets stand
    open: time grows linearly with the text, unbalanced or not.
    """
    if not has_han(text):
        return  # most of a corpus: nothing to walk (a search in C tells)
    stack: list[int] = []  # offsets of open brackets, innermost last
    open_of_kind: dict[str, list[int]] = {opener: [] for opener in PAIRS}  # places on stack
    found: list[Bracket] = []
    for mark in _BRACKET_MARK.finditer(text):  # jump from bracket to bracket
        index, ch = mark.start(), mark.group()
        if ch in PAIRS:
            open_of_kind[ch].append(len(stack))
            stack.append(index)
            continue
        same_kind = open_of_kind[CLOSERS[ch]]
        if not same_kind:
            continue
        depth = same_kind[-1]
        start = stack[depth]
        del stack[depth:]
        for places in open_of_kind.values():
            while places and places[-1] >= depth:
                places.pop()
        if index - start - 1 <= MAX_CONTENT and has_han(text[start + 1 : index]):
            found.append(Bracket(start, index, text[start + 1 : index]))
        if not stack:
            yield from sorted(found, key=lambda b: b.start)
            found = []
    yield from sorted(found, key=lambda b: b.start)


_SEPARATORS = re.compile(r"[,，、;；/]")
_LABEL = re.compile(r"^[^:：]{1,16}[:：]\s*")
JOINERS = MIDDLE_DOTS  # Korean text often writes ㆍ (U+318D)
_SENTENCE_END = re.compile(r"[。！？]")
# Another way to write the gloss, after a word for "or" (吳襄 또는 吳骧).
_ANOTHER_FORM = re.compile(f"\\s+(?:또는|혹은|or)\\s+[{HAN_RANGES}]{{1,{MAX_GLOSS}}}\\s*")
# Another name of the same thing a dot after the gloss, opening with a Latin
# letter or digit (哔哩哔哩·B站, 上海证券交易所·A股): a note, no second term.
_LATIN_HEADED_NAME = re.compile(f"\\s*[{MIDDLE_DOTS}]\\s*[A-Za-z0-9]{{1,4}}"
                                f"[{HAN_RANGES}]{{1,4}}\\s*")


def _separates(content: str, index: int) -> bool:
    """A comma and the like, or a middle dot after a Latin name or a Korean
    word (BYD·比亚迪, 증감회·證監會), or between a Latin name and a Korean label
    (영문명 Alibaba·중국명 阿里巴巴); between Han characters a middle dot joins a
    name (卡尔·马克思)."""
    ch = content[index]
    if _SEPARATORS.match(ch):
        return True
    if ch not in JOINERS or not 0 < index < len(content) - 1:
        return False
    before, after = content[index - 1], content[index + 1]
    latin = before.isascii() and before.isalnum()
    return (is_han(after) and (latin or is_hangul(before))) or (latin and is_hangul(after))


def _split_top_level(content: str) -> list[tuple[int, str]]:
    """Segments separated by commas and the like, outside nested brackets."""
    segments, depth, begin = [], 0, 0
    for index, ch in enumerate(content):
        if ch in PAIRS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and _separates(content, index):
            segments.append((begin, content[begin:index]))
            begin = index + 1
    segments.append((begin, content[begin:]))
    return segments


def _mostly_han(segment: str) -> bool:
    stripped = segment.strip()
    return len(stripped) >= 2 and sum(map(is_han, stripped)) > len(stripped) / 2


def _gloss_segment(segments: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The segments from the one that holds the gloss on: the first, or, when
    the first has no Chinese, the only one that does ((PBOC, 中国人民银行),
    (영어: Bank of China, 중국어: 中国银行))."""
    if has_han(segments[0][1]) or len(segments) == 1:
        return segments
    chinese = [k for k, (_, segment) in enumerate(segments) if has_han(segment)]
    return segments[chinese[0] :] if len(chinese) == 1 else None


def _first_chinese(segments: list[tuple[int, str]]) -> int | None:
    """The index of the first part of a bracket that holds Chinese, if any."""
    return next((k for k, (_, segment) in enumerate(segments) if has_han(segment)), None)


def korean_word_before_gloss(content: str) -> bool:
    """Does a Korean word stand in the bracket before the gloss ((안저, 眼底),
    (본명 이지은, 李知恩)), or a label other than a language's or a script's
    (본명: 李知恩, 来源: 新华网)? Then the gloss may belong to that word, or name
    something else than the word before the bracket.

    >>> [korean_word_before_gloss(c) for c in ("안저, 眼底", "본명: 李知恩", "중국어 간체: 中国")]
    [True, True, False]
    >>> [korean_word_before_gloss(c) for c in ("来源: 新华网", "中文: 字节跳动", "新华网")]
    [True, False, False]
    >>> [korean_word_before_gloss(c) for c in ("중국어 간체, 中国银行", "马云", "藍宇: Lan Yu")]
    [False, False, False]
    """
    segments = _split_top_level(content)
    chinese = _first_chinese(segments)
    if chinese is None:
        return False
    segment = segments[chinese][1].strip()
    label = _LABEL.match(segment)  # 본명: 李知恩, not 藍宇: Lan Yu
    if label and not has_han(label.group()) \
            and not set(label.group().strip(" :：").split()) <= SCRIPT_LABELS:
        return True
    # 来源: 新华网, 图: 人民视觉: a Chinese label says what the name is (a
    # source, a credit), unless it names the script (中文: 字节跳动).
    if label and has_han(label.group()) and has_han(segment[label.end():]) \
            and label.group().strip(" :：") not in CHINESE_SCRIPT_LABELS:
        return True
    return chinese > 0 and _ends_in_a_korean_word(_without_label(segments[chinese - 1][1]))


def korean_note_after_gloss(content: str) -> bool:
    """Do Korean words follow the gloss, a space apart, in its own part of
    the bracket ((出货量 기준), (新华社 제공), (杨乃民 부총경리))? A note about the Chinese, or a
    description of the name: the gloss may be the subject of a Korean phrase
    rather than the term before the bracket.

    >>> [korean_note_after_gloss(c) for c in ("出货量 기준", "杨乃民, TCL 부총경리", "马云")]
    [True, False, False]
    """
    segments = _gloss_segment(_split_top_level(content))
    if not segments:
        return False
    first = _without_label(segments[0][1])
    begin = han_start(first)
    return _SPACE_THEN_KOREAN.match(first, begin + _leading_han(first[begin:])) is not None


_SPACE_THEN_KOREAN = re.compile(r"\s+[가-힣]")  # not after a mark: (龍在江湖: 용재강호) reads it
# A citation's year after its author, and a page or a letter (2019, 2019a, 2019: 15).
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?(?:\s*[:,]\s*[\d\-–~]+)?\s*"
_CITED_YEAR = re.compile(rf"\s*{_YEAR}$")
_HAN_THEN_YEAR = re.compile(f"[{HAN_RANGES}]\\s+{_YEAR}$")


def cites_a_year(content: str) -> bool:
    """Is the bracket a citation, the gloss its author and a year after it
    ((李明, 2019), (李明 2019), (陈晓明 외, 2020: 15))? A translation of the word
    before is then chance: the bracket names who wrote, not what it means.

    >>> [cites_a_year(c) for c in ("李明, 2019", "王小平, 2021a: 15-17", "李明 2019")]
    [True, True, True]
    >>> cites_a_year("马云, 阿里巴巴"), cites_a_year("忠肅王 3")
    (False, False)
    """
    segments = _split_top_level(content)
    last = segments[-1][1] if segments else ""
    return (len(segments) >= 2 and _CITED_YEAR.fullmatch(last) is not None) \
        or _HAN_THEN_YEAR.search(last) is not None


_LAST_KOREAN_WORD = re.compile(r"[가-힣]+(?=\s*$)")


def inner_word(content: str) -> tuple[int, int] | None:
    """Where in ``content`` the Korean word right before the Chinese stands,
    if the segment before the Chinese ends with one.

    >>> [(c, c[s:e]) for c in ("안저, 眼底", "본명 이지은, 李知恩") for s, e in [inner_word(c)]]
    [('안저, 眼底', '안저'), ('본명 이지은, 李知恩', '이지은')]
    >>> inner_word("马云"), inner_word("Lenovo, 联想")
    (None, None)
    """
    segments = _split_top_level(content)
    chinese = _first_chinese(segments)
    if not chinese:  # none, or the first part: no Korean word before it
        return None
    begin, segment = segments[chinese - 1]
    word = _LAST_KOREAN_WORD.search(segment)
    return (begin + word.start(), begin + word.end()) if word else None


def word_after_gloss(content: str) -> tuple[int, int] | None:
    """Where in ``content`` a Korean word stands alone in the part right
    after the gloss's ((毛澤東, 모택동), (周恩來; 주은래)): a reading of the
    gloss, as encyclopedias give the Sino-Korean one beside the Mandarin; or
    after a middle dot, a space, a colon or a dash in the gloss's own part
    ((全人代·전인대), (湖南省 호남성), (重庆 : 중경)).

    >>> content = "毛澤東, 모택동, 1893년"
    >>> start, end = word_after_gloss(content)
    >>> content[start:end]
    '모택동'
    >>> [word_after_gloss(c) for c in ("马云", "马云, 1964년", "출하량, 出货量")]
    [None, None, None]
    >>> word_after_gloss("中共, 약칭 중공")  # a word that introduces it is left out
    (7, 9)
    """
    segments = _split_top_level(content)
    chinese = _first_chinese(segments)
    if chinese is None:
        return None
    begin, segment = segments[chinese]
    dotted = _DOT_THEN_KOREAN_WORD.search(segment)  # 全人代·전인대
    if dotted:
        return begin + dotted.start(1), begin + dotted.end(1)
    if chinese + 1 >= len(segments):
        return None
    begin, segment = segments[chinese + 1]
    word = _KOREAN_WORD_ALONE.fullmatch(segment)
    return (begin + word.start(1), begin + word.end(1)) if word else None


# ... perhaps after a word that introduces it ((中共, 약칭 중공), (微信·중국명 웨이신)).
_INTRODUCED = rf"(?:(?:{'|'.join(sorted(INTRODUCERS))})(?:\s*:\s*|\s+))?"
_KOREAN_WORD_ALONE = re.compile(rf"\s*{_INTRODUCED}([가-힣]{{2,12}})\s*")
# ... or after a space alone ((湖南省 호남성)), or a colon or a dash ((重庆 : 중경), (天津 - 천진))
_DOT_THEN_KOREAN_WORD = re.compile(
    f"[{HAN_RANGES}](?:\\s*[{MIDDLE_DOTS}:：\\-–—]\\s*|\\s+){_INTRODUCED}([가-힣]{{2,12}})\\s*$")


def names_in_notes(content: str) -> list[tuple[int, int, str]]:
    """Korean words with Chinese right after them, ending a later part of
    the bracket than the gloss's ((蘇東坡, 본명 소식 蘇軾), (毛澤東, 자 윤지
    潤之)): another name of the one glossed, each as (start, end, Chinese)
    of the Korean in ``content``.

    >>> content = "蘇東坡, 본명 소식 蘇軾, 1037년"
    >>> [(content[s:e], zh) for s, e, zh in names_in_notes(content)]
    [('소식', '蘇軾')]
    >>> names_in_notes("马云, 알리바바 창업자"), names_in_notes("소식 蘇軾")
    ([], [])

    A middle dot before Korean opens a note as a comma does (孫文·쑨중산 孫中山):

    >>> content = "孫文·쑨중산 孫中山"
    >>> [(content[s:e], zh) for s, e, zh in names_in_notes(content)]
    [('쑨중산', '孫中山')]
    """
    segments = [(begin + start, part) for begin, segment in _split_top_level(content)
                for start, part in _at_dots_before_korean(segment)]
    chinese = _first_chinese(segments)
    if chinese is None:
        return []
    found = []
    for begin, segment in segments[chinese + 1 :]:
        named = _NAME_IN_NOTE.search(segment)
        if named:
            found.append((begin + named.start(1), begin + named.end(1), named.group(2)))
    return found


# A middle dot before Korean: a note follows, as after a comma (魯迅·본명 周樹人,
# 孫文·쑨중산 孫中山).
_DOT_BEFORE_KOREAN = re.compile(f"[{MIDDLE_DOTS}](?=\\s*[가-힣])")


def _at_dots_before_korean(segment: str) -> list[tuple[int, str]]:
    """``segment`` cut at each middle dot that Korean follows, as (start, part)."""
    dots = [dot.start() for dot in _DOT_BEFORE_KOREAN.finditer(segment)]
    return [(start, segment[start:end])
            for start, end in zip([0, *(dot + 1 for dot in dots)], [*dots, len(segment)],
                                  strict=True)]


_NAME_IN_NOTE = re.compile(f"(?:^|\\s)([가-힣]{{2,10}}) ?([{HAN_RANGES}]{{2,10}})\\s*$")
# Words that name a language or script before a gloss (중국어 간체, 中国), or
# say which of the thing's names it is (정식 명칭, the official one): labels,
# not a Korean word the gloss could belong to.
SCRIPT_LABELS = frozenset("""
중국어 한국어 일본어 영어 간체 번체 정체 간체자 번체자 한자 한문 병음 원어 표준어 광동어 광둥어
대만 홍콩 본토 약칭 약자 표기 중국명 중문명 중국어명 중문 한자명 원어명 원문 중국 이름 중국이름
정식 공식 명칭 정식명칭 공식명칭 전칭 약어 줄임말 현지어 일명 이른바 속칭 통칭
""".split())
# Labels of a note on a figure or a picture: its source, its maker, its unit
# (자료: 国家统计局, 사진 제공: 新华社, 资料来源：海关总署, 단위: 亿元): what
# follows says where it comes from or how it is counted, it glosses nothing.
NOTE_LABELS = frozenset("""
출처 자료 사진 제공 그래픽 영상 그림 촬영 출전 인용 기사 보도 편집 정리 취재 글 도표 통계 참고
来源 來源 资料来源 資料來源 数据来源 數據來源 图片来源 圖片來源 图源 圖源 图 圖 摄影 攝影 供图 供圖
图片 圖片 记者 記者 编辑 編輯 资料 資料 数据 數據 出处 出處
Source Sources Photo Credit 단위 기준 单位 單位 Unit
""".split())
# The same in Chinese (中文: 字节跳动, 簡稱: 字節).
CHINESE_SCRIPT_LABELS = frozenset("""
中 中文 中文名 汉语 漢語 华语 華語 中国语 中國語 国语 國語 普通话 普通話 简体 簡體 繁体 繁體
简体字 簡體字 繁体字 繁體字 正体 正體 正體字 汉字 漢字 原文 原名 简称 簡稱 全称 全稱
又称 又稱 旧称 舊稱 别称 別稱 俗称 俗稱 通称 通稱
""".split())
_LAST_WORD = re.compile(r"([\uac00-\ud7a3]{2,})\s*$")


def _ends_in_a_korean_word(segment: str) -> bool:
    """Does the segment end with a Korean word of two syllables or more that
    is no language or script label?"""
    last = _LAST_WORD.search(segment)
    return last is not None and last.group(1) not in SCRIPT_LABELS


def notes_a_figure(content: str) -> bool:
    """Does the bracket open with a note's label (:data:`NOTE_LABELS`): the
    source of a figure, a picture's maker, a unit?

    >>> [notes_a_figure(c) for c in ("자료: 国家统计局", "단위: 亿元", "来源：新华社")]
    [True, True, True]
    >>> [notes_a_figure(c) for c in ("중국어: 字节跳动", "본명: 李知恩", "国家统计局")]
    [False, False, False]
    """
    label = _LABEL.match(content)
    return label is not None and bool(set(label.group().strip(" :：").split()) & NOTE_LABELS)


def _without_label(segment: str) -> str:
    """The segment without a label ending in a colon (중국어 간체: 第一财经日报),
    or words naming the language or script without one (중국명 阿里巴巴).

    >>> _without_label("중국어 간체: 第一财经日报"), _without_label("중국 이름 阿里巴巴")
    ('第一财经日报', '阿里巴巴')
    >>> _without_label("본명 李知恩"), _without_label("简称 国博"), _without_label("简称国博")
    ('본명 李知恩', '国博', '国博')
    >>> _without_label("중국어로 北京"), _without_label("한자로는 '北京'")
    ('北京', '北京')
    """
    label = _LABEL.match(segment)
    if label and has_han(segment[label.end() :]):
        segment = segment[label.end() :]
    chinese = _BARE_CHINESE_LABEL.match(segment) or _GLUED_CHINESE_LABEL.match(segment)
    if chinese and chinese.group(1) in CHINESE_SCRIPT_LABELS:
        # 简称 国博, 简称“国博”: a Chinese label a space or a quote sets apart
        segment = segment[chinese.end() :].rstrip("”\"」』’'")
    bare = _BARE_LABEL.match(segment)
    if bare and all(map(_names_the_script, bare.group().split())):
        # 중국어로 '北京': the name quoted after the label is the gloss
        segment = _QUOTED_NAME.sub(r"\1", segment[bare.end() :], count=1)
    return segment.strip()


def _names_the_script(word: str) -> bool:
    """Is ``word`` a language's or a script's label, alone or saying "in" it
    (중국어, 중국어로, 한자로는)?"""
    return word in SCRIPT_LABELS or any(
        word.endswith(ending) and word[: -len(ending)] in SCRIPT_LABELS
        for ending in _IN_ENDINGS)


_IN_ENDINGS = ("으로는", "로는", "으로", "로")


_BARE_LABEL = re.compile(f"\\s*(?:[가-힣]+\\s+)+(?=[\"'‘“「『]?[{HAN_RANGES}])")
# A name quoted whole right after a bare label.
_QUOTED_NAME = re.compile(f"^[\"'‘“「『]([{HAN_RANGES}]+)[\"'’”」』]")
# A Chinese label (:data:`CHINESE_SCRIPT_LABELS`) a space or an opening quote
# sets apart from the name after it (简称 国博, 简称“国博”) ...
_BARE_CHINESE_LABEL = re.compile(
    f"\\s*([{HAN_RANGES}]{{2,4}})(?:\\s+|\\s*[“\"「『‘'])(?=[{HAN_RANGES}])")
# ... or glued to it, a word for "called" that no name opens with (简称国博, as
# a quote around the name leaves it once the quote is read through).
_GLUED_CHINESE_LABEL = re.compile(
    f"\\s*((?:简|簡|全|又|旧|舊|别|別|俗|通)(?:称|稱))(?=[{HAN_RANGES}]{{2}})")


_INNER_JOIN = re.compile(f" ?[{JOINERS}]? ?")
# A dash that joins two names in one (中国—东盟自由贸易区, 中国-东盟), unspaced.
_INNER_DASH = re.compile(f"[{re.escape(HAN_DASHES)}]")
_SPACED_JOIN = re.compile(f" ?([{JOINERS}]) ?")


def _unspaced_letters(gloss: str) -> str:
    """A gloss written a character at a time, spaces between (上 海, as a
    PDF or a spaced-out heading gives it), without the spaces: Chinese
    writes none inside a word. Parts of more than one character keep theirs
    (尾崎 匠海, 愛新覺羅 弘曆: a family name and a given name).

    >>> _unspaced_letters("上 海"), _unspaced_letters("尾崎 匠海")
    ('上海', '尾崎 匠海')
    """
    parts = gloss.split()
    if len(parts) > 1 and all(len(part) == 1 and is_han(part) for part in parts):
        return "".join(parts)
    return gloss


# Japanese writes a kanji again with 々 (佐々木 for 佐佐木): part of the term.
ITERATION_MARK = "々"


def end_before(text: str, index: int) -> int:
    """Where ``text[:index]`` ends, whitespace at its end left out (as
    ``len(text[:index].rstrip())``, in the length of the whitespace: a
    bracket's words are looked at once per bracket).

    >>> end_before("마윈 \t(马云)", 4)
    2
    """
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index


def gloss_chars(gloss: str) -> str:
    """The Han characters of a gloss: what readings and translations explain
    (the one an iteration mark repeats written again).

    >>> gloss_chars("佐々木"), gloss_chars("AI芯片"), gloss_chars("习近平·李强")
    ('佐佐木', '芯片', '习近平李强')
    """
    chars: list[str] = []
    for ch in gloss:
        if is_han(ch) or (ch == ITERATION_MARK and chars):
            chars.append(ch if ch != ITERATION_MARK else chars[-1])
    return "".join(chars)


# Chinese reads each digit of a name such as 80后 (bālínghòu, the generation
# born in the 1980s) as its character.
_CHINESE_DIGITS = dict(zip(map(ord, "0123456789"), "零一二三四五六七八九", strict=True))
_DIGITS_AND_A_WORD = re.compile(f"[0-9]{{2,4}}[{HAN_RANGES}]")


def spells_its_digits(gloss: str) -> bool:
    """Is ``gloss`` digits and one character that counts or measures nothing
    (80后, 90後: a name that Chinese reads digit by digit, which only readings
    may verify), where 3月 or 2019年 is a date?

    >>> [spells_its_digits(g) for g in ("80后", "00后", "3月", "2019年", "5G", "80后代")]
    [True, True, False, False, False, False]
    """
    return _DIGITS_AND_A_WORD.fullmatch(gloss) is not None and gloss[-1] not in QUANTITY_CHARS


def digits_spelled(gloss: str) -> str:
    """A gloss of :func:`spells_its_digits` as Chinese reads it, else "".

    >>> digits_spelled("90後"), digits_spelled("上海")
    ('九零後', '')
    """
    return gloss.translate(_CHINESE_DIGITS) if spells_its_digits(gloss) else ""


# A Latin word, with digits or not, that Chinese writes between characters of a term.
_INNER_LATIN = re.compile(LATIN_WORD)


def _leading_han(segment: str) -> int:
    """Length of the Han run the segment starts with; a joiner (·), spaced or
    not, a space or a dash may stand inside it, between Han characters."""
    end = 0
    while end < len(segment):
        if is_han(segment[end]) or (segment[end] == ITERATION_MARK and end
                                    and is_han(segment[end - 1])):
            end += 1
            continue
        if end and "A" <= segment[end] <= "Z" and end + 1 < len(segment) \
                and is_han(segment[end + 1]) and is_han(segment[end - 1]):
            end += 1  # one letter between characters is part of a name: 阿Q正傳
            continue
        inner = _INNER_LATIN.match(segment, end) if end and is_han(segment[end - 1]) else None
        if inner and inner.end() < len(segment) and is_han(segment[inner.end()]) \
                and any(ch.isalpha() for ch in inner.group()):
            end = inner.end()  # a Latin word Chinese writes inside a term: 中国5G网络
            continue
        join = _INNER_JOIN.match(segment, end)
        if not (join and join.end() > end):
            join = _INNER_DASH.match(segment, end)
        if end and join and join.end() > end and join.end() < len(segment) \
                and is_han(segment[join.end()]):
            end = join.end()
        else:
            break
    return end


def _is_one_term(gloss: str, rest: str, others: list[tuple[int, str]], content: str) -> bool:
    """False when what looked like a gloss is something else."""
    note = bool(_DOT_BEFORE_KOREAN.match(rest.lstrip())) and not _mostly_han(rest)
    if not gloss or len(gloss) > MAX_GLOSS or (has_han(rest) and not note
                                               and not _LATIN_HEADED_NAME.fullmatch(rest)):
        return False
    if rest and rest[0].isascii() and rest[0].isalnum():
        return False  # 中国KIC 创新, 表1: Chinese running on into other text
    after = rest.lstrip(" ")
    if after and "\u3041" <= after[0] <= "\u30ff":
        # 堀川りょう, 花咲 アキラ, 劇場版 サイコパス: a Japanese name or title in
        # kanji and kana, no Chinese term
        return False
    # 马云、张勇 lists people; 。 ends a sentence: neither is one gloss. The same
    # term in the other script (騰訊, 腾讯) is no second term.
    return not (any(_mostly_han(segment) and not _same_term(gloss, segment)
                    for _, segment in others)
                or _SENTENCE_END.search(content))


def _same_term(gloss: str, segment: str) -> bool:
    """Is ``segment`` ``gloss`` written in the other script (or again), its
    full form (香港 and 香港特別行政區, 中宣部 and 中共中央宣传部) or its short
    form (中国共产党, 中共)?"""
    other = _without_label(segment)
    return other == other[: _leading_han(other)] and (
        to_hans(other).startswith(to_hans(gloss)) or _shortens(other, gloss)
        or _shortens(gloss, other))


def _shortens(short: str, name: str) -> bool:
    """Is ``short`` an abbreviation of ``name``: two characters or more, each
    in order in a name longer by two at least (网信办 of 国家互联网信息办公室),
    or the one character China names a province or region by (沪 of 上海)?"""
    if is_short_name(short, name):
        return True
    if len(short) < 2 or len(name) < len(short) + 2:
        return False
    return written_within(to_hans(short), to_hans(name))


# Han characters a gloss needs after a head of digits: 2019年 and 3月 are
# dates and counts, not terms (a letter's is one: A股 A주, K线 K선).
MIN_AFTER_DIGITS = 2
# Nor are amounts: digits followed only by magnitudes and units (10亿元 for
# 10억 위안, 5万人, 300万美元, 3个月), which Korean news writes beside its own.
QUANTITY_CHARS = frozenset("十百千万萬亿億兆" "元圆圓块塊角" "美韩韓欧歐港英镑鎊人民币幣"
                           "名个個位家次倍岁歲年月日号號天周週时時分秒"
                           "吨噸斤克米亩畝户戶辆輛台臺件项項种種条條座间間部只隻篇届屆层層")


_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def _unbroken(content: str) -> str:
    """A bracket's content with its lines joined, as a PDF breaks them
    anywhere (中华人民\\n共和国): nothing between two Han characters, a space
    elsewhere. (No paragraph ends inside a gloss.)

    >>> _unbroken("中华人民\\n共和国, 1949\\n년")
    '中华人民共和国, 1949 년'
    """
    def joined(found: re.Match[str]) -> str:
        before, after = found.start() - 1, found.end()
        return "" if before >= 0 and after < len(content) and is_han(content[before]) \
            and is_han(content[after]) else " "
    return _LINE_BREAK.sub(joined, content)


def parse_gloss(content: str) -> str | None:
    """The Chinese term a bracket glosses, without labels and notes.

    Returns None when the bracket is not a gloss: it starts with something
    other than Chinese (but a Latin or digit word: a word of digits before
    two Han characters or more, not all of them units), the Chinese runs on into other text (but a
    Latin or digit word after two Han characters or more may end it), or it
    lists several Chinese terms at once.
    """
    if _AN_ADDRESS.match(content):
        return None  # [링크](https://example.com/北京): a link's address, Han in its path
    if "\n" in content and not PARAGRAPH_BREAK.search(content):
        content = _unbroken(content)
    content = _without_inner_quotes(_unwrapped(content))
    segments = _gloss_segment(_split_top_level(content))
    if segments is None:
        return None
    first = _without_label(segments[0][1])
    begin = han_start(first)
    end = begin + _leading_han(first[begin:])
    if begin and not any(map(str.isalpha, first[:begin])) and (
            sum(map(is_han, first[begin:end])) < MIN_AFTER_DIGITS
            or all(ch in QUANTITY_CHARS for ch in first[begin:end] if is_han(ch))) \
            and not spells_its_digits(first[:end]):
        return None
    end = tail_end(first, end)
    if first[end:].strip() == "+":
        end = first.index("+", end) + 1  # 互联网+ (인터넷 플러스): the plus names the policy too
    gloss, rest = first[:end], first[end:]
    if rest and _ANOTHER_FORM.fullmatch(rest):
        rest = ""  # 吳襄 또는 吳骧: the name, and another way it is written
    if rest and rest[0] in JOINERS and joiner_of(gloss):
        return None  # 华为·小米·OPPO: a dotted list, one member no Chinese (see lists.py)
    if " " in gloss:
        gloss = _SPACED_JOIN.sub(r"\1", gloss)  # 习近平 · 李克强 is 习近平·李克强
        gloss = _unspaced_letters(gloss)
    gloss = _without_its_short_form(_one_of_its_scripts(gloss))
    if _ANONYMOUS.fullmatch(gloss):
        return None  # 王某, 欧阳某某: a person's surname with no name, kept from the reader
    if gloss in ("下同", "同上") or (len(gloss) > 2 and gloss.startswith(CROSS_REFERENCES)):
        return None  # 详见下文, 参见第三章: the reader is sent elsewhere, nothing is named
    return gloss if _is_one_term(gloss, rest, segments[1:], content) else None


_AN_ADDRESS = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)


# What an editor's note opens with, sending the reader elsewhere (see below,
# see also, see above, see this book…), in either script; 下同 (the same
# below) and 同上 (as above) are notes whole. Alone, 参见 is a word (참견).
CROSS_REFERENCES = ("详见", "詳見", "参见", "參見", "另见", "另見", "见下", "見下", "见上", "見上",
                    "见本", "見本")


# A surname (one or two characters) and 某 once or twice: someone unnamed.
_ANONYMOUS = re.compile(f"[{HAN_RANGES}]{{1,2}}某{{1,2}}")


# Chinese marks a work's title with these (《三体》); a gloss may keep them,
# and so quotes (“华为”).
CHINESE_TITLE_MARKS = {"《": "》", "〈": "〉", "「": "」", "『": "』"}
QUOTES = {"“": "”", "‘": "’", '"': '"', "'": "'"}  # opening mark → closing mark
CLOSING_QUOTES = "".join(QUOTES.values())  # what closes a quotation rather than a title
TITLE_OR_QUOTE = {**CHINESE_TITLE_MARKS, **QUOTES}


# The marks Chinese quotes a word with inside a longer term (“一带一路”倡议).
_INNER_QUOTE_MARKS = {**QUOTES, "「": "」", "『": "』"}
_QUOTED_HAN = re.compile(
    f"([{re.escape(''.join(_INNER_QUOTE_MARKS))}])([{HAN_RANGES}]+)"
    f"([{re.escape(''.join(_INNER_QUOTE_MARKS.values()))}])")


def _unwrapped(content: str) -> str:
    """The content of a bracket that holds one bracket and nothing else,
    doubled as markup may leave it (베이징((北京))): what that one holds.

    >>> _unwrapped("(北京)"), _unwrapped("(北京)(南京)"), _unwrapped("北京")
    ('北京', '(北京)(南京)', '北京')
    """
    inner = content.strip()
    while len(inner) > 2 and PAIRS.get(inner[0]) == inner[-1] \
            and not any(ch in PAIRS or ch in CLOSERS for ch in inner[1:-1]):
        inner = inner[1:-1].strip()
    return inner if inner != content.strip() else content


def _without_inner_quotes(content: str) -> str:
    """The content with the quotes taken off a word quoted inside a term
    (“十四五”规划 is the term 十四五规划, as it is written unquoted too); a
    gloss quoted whole is a title's or a quote's (:func:`titled_gloss`).

    >>> _without_inner_quotes("“一带一路”倡议"), _without_inner_quotes("「雙碳」目標")
    ('一带一路倡议', '雙碳目標')
    >>> _without_inner_quotes("“华为”"), _without_inner_quotes("马云, “阿里”")
    ('“华为”', '马云, “阿里”')
    """
    if not any(mark in content for mark in _INNER_QUOTE_MARKS):
        return content  # most glosses: no quote to look at

    def inner(match: re.Match[str]) -> str:
        start, end = match.span()
        within = (start and is_han(content[start - 1])) or (
            end < len(content) and is_han(content[end]))
        paired = _INNER_QUOTE_MARKS[match.group(1)] == match.group(3)
        return match.group(2) if within and paired else match.group()

    return _QUOTED_HAN.sub(inner, content)


def titled_gloss(content: str) -> str | None:
    """The Chinese title a bracket glosses in its title marks or quotes,
    alone (삼체(《三体》)): the gloss inside them, or None.

    >>> titled_gloss("《三体》"), titled_gloss(" 『流浪地球』 "), titled_gloss("《三体》, 2008")
    ('三体', '流浪地球', None)
    >>> titled_gloss("“华为”"), titled_gloss("'华为'")
    ('华为', '华为')
    """
    inside = content.strip()
    if len(inside) < 3 or TITLE_OR_QUOTE.get(inside[0]) != inside[-1]:
        return None
    return parse_gloss(inside[1:-1])


def joiner_of(gloss: str) -> str | None:
    """The middle dot a gloss joins names with (习近平·李强), if any."""
    return next((ch for ch in JOINERS if ch in gloss), None)


def _one_of_its_scripts(gloss: str) -> str:
    """The first member of a gloss that joins one term in both scripts
    (李克強·李克强): the term, not two names.

    >>> _one_of_its_scripts("李克強·李克强"), _one_of_its_scripts("习近平·李克强")
    ('李克強', '习近平·李克强')
    """
    joiner = joiner_of(gloss)
    if joiner is None:
        return gloss
    members = gloss.split(joiner)
    same = len(members) > 1 and all(members) and len({to_hans(m) for m in members}) == 1
    return members[0] if same else gloss


def _without_its_short_form(gloss: str) -> str:
    """The name alone of a gloss that joins a name and its abbreviation
    (国家互联网信息办公室·网信办: each character of the short form falls, in
    order, in the name): the term, not two names.

    >>> _without_its_short_form("国家互联网信息办公室·网信办")
    '国家互联网信息办公室'
    >>> _without_its_short_form("马可·波罗"), _without_its_short_form("习近平·李克强")
    ('马可·波罗', '习近平·李克强')
    """
    joiner = joiner_of(gloss)
    members = gloss.split(joiner) if joiner else []
    return members[0] if len(members) == 2 and _shortens(members[1], members[0]) else gloss
