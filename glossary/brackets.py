"""Finding brackets in Korean text and reading the Chinese gloss inside them.

>>> [(b.start, b.content) for b in find_brackets("마윈(馬雲)은 [杨乃民, TCL(TCL科技)]")]
[(2, '馬雲'), (8, '杨乃民, TCL(TCL科技)'), (17, 'TCL科技')]
>>> parse_gloss("宁波,10 위"), parse_gloss("苏州 8 위"), parse_gloss("중국어 간체: 第一财经日报")
(Gloss(text='宁波', offset=0), Gloss(text='苏州', offset=0), Gloss(text='第一财经日报', offset=8))
>>> parse_gloss("马云、张勇") is None, parse_gloss("KIC中国") is None
(True, True)
>>> parse_gloss("PBOC, 中国人民银行")
Gloss(text='中国人民银行', offset=6)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .normalize import has_han, is_han

PAIRS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_BRACKET_MARK = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
MAX_CONTENT = 300  # longer "brackets" are unbalanced text, not glosses
MAX_GLOSS = 24  # Han characters; longer is a sentence, not a term


@dataclass(frozen=True)
class Bracket:
    start: int  # index of the opening bracket
    end: int  # index of the closing bracket
    content: str


@dataclass(frozen=True)
class Gloss:
    text: str  # the Chinese as written
    offset: int  # where it starts inside the bracket's content


def find_brackets(text: str) -> Iterator[Bracket]:
    """Every balanced bracket whose content holds a Han character, in order."""
    stack: list[int] = []
    found: list[Bracket] = []
    for mark in _BRACKET_MARK.finditer(text):  # jump from bracket to bracket
        index, ch = mark.start(), mark.group()
        if ch in PAIRS:
            stack.append(index)
        elif ch in CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if text[stack[depth]] == CLOSERS[ch]:
                    start = stack[depth]
                    del stack[depth:]
                    content = text[start + 1 : index]
                    if len(content) <= MAX_CONTENT and has_han(content):
                        found.append(Bracket(start, index, content))
                    break
        if not stack and found:
            yield from sorted(found, key=lambda b: b.start)
            found = []
    yield from sorted(found, key=lambda b: b.start)


_SEPARATORS = re.compile(r"[,，、;；/]")
_LABEL = re.compile(r"^[^:：]{1,16}[:：]\s*")
JOINERS = "·・•"
_SENTENCE_END = re.compile(r"[。！？]")


def _split_top_level(content: str) -> list[tuple[int, str]]:
    """Segments separated by commas and the like, outside nested brackets."""
    segments, depth, begin = [], 0, 0
    for index, ch in enumerate(content):
        if ch in PAIRS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and _SEPARATORS.match(ch):
            segments.append((begin, content[begin:index]))
            begin = index + 1
    segments.append((begin, content[begin:]))
    return segments


def _mostly_han(segment: str) -> bool:
    stripped = segment.strip()
    return len(stripped) >= 2 and sum(map(is_han, stripped)) > len(stripped) / 2


def parse_gloss(content: str) -> Gloss | None:
    """The Chinese term a bracket glosses, without labels and notes.

    Returns None when the bracket is not a gloss: it starts with something
    other than Chinese, or lists several Chinese terms at once.
    """
    segments = _split_top_level(content)
    if not has_han(segments[0][1]) and len(segments) > 1:
        # (PBOC, 中国人民银行), (영어: Bank of China, 중국어: 中国银行): the gloss may
        # follow an abbreviation or an English name, if no other segment is Chinese.
        chinese = [k for k, (_, segment) in enumerate(segments) if has_han(segment)]
        if len(chinese) != 1:
            return None
        segments = segments[chinese[0] :]
    offset, first = segments[0]
    label = _LABEL.match(first)
    if label and has_han(first[label.end() :]):
        offset, first = offset + label.end(), first[label.end() :]
    lead = len(first) - len(first.lstrip())
    offset, first = offset + lead, first.strip()
    end = 0
    while end < len(first):
        ch = first[end]
        if is_han(ch):
            end += 1
        elif ch in JOINERS and end and end + 1 < len(first) and is_han(first[end + 1]):
            end += 1
        elif ch == " " and end and end + 1 < len(first) and is_han(first[end + 1]):
            end += 1
        else:
            break
    gloss, rest = first[:end], first[end:]
    if not gloss or len(gloss) > MAX_GLOSS or has_han(rest):
        return None
    if rest and rest[0].isascii() and rest[0].isalnum():
        return None  # 中国KIC, 小米14 Ultra: Chinese running on into other text
    if any(_mostly_han(segment) for _, segment in segments[1:]) or _SENTENCE_END.search(content):
        return None  # 马云、张勇 lists people; 。 ends a sentence: neither is one gloss
    return Gloss(gloss, offset)
