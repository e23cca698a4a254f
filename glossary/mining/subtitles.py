"""A quoted title in two parts a colon joins, in both languages (검은 신화: 오공
for 黑神话：悟空): the bracket's head before its colon is no label (中文：, 原名：)
but the title's first part, and the term is the whole title, not the
subtitle the gloss's last part reads.

>>> text = "게임 '검은 신화: 오공(黑神话：悟空)'이 나왔다."
>>> bracket = Bracket(text.index("("), text.index(")"), "黑神话：悟空")
>>> start = text.index("오공")
>>> found = [("悟空", start, start + 2, Kind.SINO_KOREAN, 0.97)]
>>> zh, start, end, kind, _ = with_its_head(text, bracket, found, None)[0]
>>> zh, text[start:end], str(kind)
('黑神话：悟空', '검은 신화: 오공', 'mixed')
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.normalize import HAN_RANGES
from .align import Correspondences
from .brackets import CHINESE_SCRIPT_LABELS, Bracket, gloss_chars
from .decide import decide
from .one_term import Single

# The bracket's head: Chinese, a colon, Chinese again (黑神话：悟空).
_HEAD = re.compile(f"^\\s*([{HAN_RANGES}]{{1,12}})\\s*[:：]\\s*(?=[{HAN_RANGES}])")
_COLON = re.compile(r"[:：]")
# Where the title's first part may open: after a quote, a bracket or a clause's end.
_OPENINGS = re.compile(r"[\"'‘’“”「」『』《》〈〉()（）\[\],.!?。\n]")
# A title is quoted (the first part of one unquoted may be a label: 출처: 신화통신).
_QUOTES = frozenset("\"'‘“「『《〈")
REACH = 30  # the longest first part looked at, in characters


def with_its_head(text: str, bracket: Bracket, found: list[Single],
                  learned: Correspondences | None) -> list[Single]:
    """``found``, the one term a bracket glosses, widened to the whole title
    where the bracket's head before a colon is the title's first part and
    the Korean before its own colon renders it; else ``found`` as it is."""
    head = _HEAD.match(bracket.content)
    if len(found) != 1 or head is None or head.group(1) in CHINESE_SCRIPT_LABELS:
        return found
    zh, start, end, kind, confidence = found[0]
    if not bracket.content[head.end() :].startswith(zh):
        return found
    # The colon before the subtitle the gloss reads, or inside a term the
    # gloss's last part was taken for whole (삼체: 지구의 과거 for 地球往事).
    colon = _COLON.search(text, max(0, start - 2), end)
    if colon is None:
        return found
    opening = max((m.end() for m in _OPENINGS.finditer(text, max(0, colon.start() - REACH),
                                                       colon.start())),
                  default=max(0, colon.start() - REACH))
    if not opening or text[opening - 1] not in _QUOTES:
        return found  # 출처: 신화통신(来源：新华社): a label the Korean writes too, no title
    window = text[opening : colon.start()]
    decided = decide(gloss_chars(head.group(1)), window, learned) if window.strip() else None
    if decided is None:
        return found
    head_kind, head_confidence = decided[1], decided[2]
    return [(f"{head.group(1)}：{zh}", opening + decided[0], end,
             kind if head_kind == kind else Kind.MIXED, min(confidence, head_confidence))]
