"""Latin or digit words a Chinese term opens or ends with (AI芯片, 5G基站,
中国制造2025): Korean writes them as they are, so a Korean rendering opens or
ends with the same word. Mining reads glosses with them; suggestions keep them.

>>> latin_head("AI芯片"), latin_tail("中国制造2025"), latin_head("AI"), latin_tail("表1")
('AI', '2025', '', '1')
"""

from __future__ import annotations

import re

from .normalize import MIDDLE_DOTS, is_han

# Latin letters with their accents (pinyin's hǎi, Vietnamese, French names)
# and digits: a character class's body, for the words a text writes in them.
LATIN_CLASS = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_CHAR = re.compile(f"[{LATIN_CLASS}]")


def is_latin(ch: str) -> bool:
    """Is ``ch`` a Latin letter, accented or not, or a digit?

    >>> is_latin("a"), is_latin("ǎ"), is_latin("ễ"), is_latin("9"), is_latin("가"), is_latin("×")
    (True, True, True, True, False, False)
    """
    return _LATIN_CHAR.match(ch) is not None


# A word of Latin letters or digits as a term writes it, its parts perhaps
# joined by a dot, a plus or a hyphen (5G, ES8, Wi-Fi, 2.0).
LATIN_WORD = r"[A-Za-z0-9]+(?:[.+\-][A-Za-z0-9]+)*"
# A Latin or digit word a term may open with (AI芯片, 5G基站, 3·1運動).
_LATIN_HEAD = re.compile(f"[A-Za-z0-9]+(?:[.+\\-{MIDDLE_DOTS}][A-Za-z0-9]+)* ?")
# A Latin or digit word a term may end with, last in it (中国制造2025, 蔚来ES8).
_LATIN_TAIL = re.compile(f" ?{LATIN_WORD}$")
# Han characters a tail needs before it: 表1 and 第3 number things, they name none.
MIN_BEFORE_TAIL = 2
# A model's name glued to the Chinese, in up to three words (五菱宏光MINI EV,
# 小米14 Ultra): glued, the words after the first are the name's, not a note
# in English (上海 Shanghai City, whose first word stands apart).
_GLUED_WORD = LATIN_WORD + r"\+?"  # Pro+ too
_GLUED_TAIL = re.compile(f"{_GLUED_WORD}(?: {_GLUED_WORD}){{1,2}}$")


def han_start(segment: str) -> int:
    """Where the Chinese of a term starts: after its Latin head, if any."""
    head = _LATIN_HEAD.match(segment)
    after = segment[head.end() : head.end() + 1] if head else ""
    return head.end() if head and after and is_han(after) else 0


def latin_head(term: str) -> str:
    """The Latin or digit word a term opens with (AI for AI芯片), or ""."""
    return term[: han_start(term)].rstrip()


# A model's number a hyphen joins to its Chinese (歼-20, 东风-41): part of the name.
_JOINED_TAIL = re.compile(f"-{LATIN_WORD}(?= |$)")


def tail_end(segment: str, end: int) -> int:
    """Where a term whose Chinese ends at ``end`` ends: after its Latin tail,
    if any, when two Han characters or more come before it, or one a hyphen
    joins (歼-20).

    >>> tail_end("歼-20", 1), tail_end("表1", 1), tail_end("中国制造2025", 4)
    (4, 1, 8)
    """
    if joined := _JOINED_TAIL.match(segment, end):
        return joined.end()
    tail = _LATIN_TAIL.match(segment, end) or _GLUED_TAIL.match(segment, end)
    return tail.end() if tail and sum(map(is_han, segment[:end])) >= MIN_BEFORE_TAIL else end


def latin_tail(term: str) -> str:
    """The Latin or digit word a term ends with (2025 for 中国制造2025), or ""."""
    glued = next((match for match in _GLUED_TAIL.finditer(term) if match.start()
                  and is_han(term[match.start() - 1])), None)  # 小米14 Ultra: 14 Ultra
    tail = glued or _LATIN_TAIL.search(term)
    return tail.group().strip() if tail and term[: tail.start()].strip() else ""
