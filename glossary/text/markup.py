"""Seeing through markup: Markdown, HTML and wikitext as the text a reader sees,
with a map back to the original offsets.

Emphasis, links and tags go; what they mark stays. Block tags become line
breaks, so a term never joins the next paragraph; entities are decoded.

>>> plain, where = strip_markup("**마윈**(馬雲)과 [타오바오](https://x.cn)(淘寶)", "markdown")
>>> plain
'마윈(馬雲)과 타오바오(淘寶)'
>>> where.start(plain.index("(馬")), where.start(plain.index("타"))
(6, 13)
>>> strip_markup("<p><b>마윈</b>(馬雲) &amp; 상하이</p>", "html")[0]
'\\n마윈(馬雲) & 상하이\\n'
>>> strip_markup("[[마윈|마 윈]](馬雲)은 '''[[항저우]]'''(杭州)에서{{주석}}", "wikitext")[0]
'마 윈(馬雲)은 항저우(杭州)에서'
>>> strip_markup("'''마윈'''({{llang|zh|马云}}, 1964년~)", "wikitext")[0]
'마윈(马云, 1964년~)'
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import PurePath

from .normalize import Runs, compose_hangul_mapped, drop_invisible_mapped, fold_lookalikes

FORMATS = ("text", "markdown", "html", "wikitext")
_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
              ".xhtml": "html", ".wiki": "wikitext", ".wikitext": "wikitext",
              ".mediawiki": "wikitext"}

# A piece of output: the original span it copies, or a literal and where it stands.
Piece = tuple[int, int] | tuple[str, int]
Rule = tuple[str, Callable[[re.Match[str]], list[Piece]]]


def guess_format(name: str, text: str) -> str:
    """The markup of a file, from its name, else from how it starts: a page,
    or a fragment of one pasted or saved as text, its tags closing (``</p>``,
    ``</b>``) or breaking lines (``<br>``), is HTML.

    >>> guess_format("a.md", ""), guess_format("-", "<p>창업자 <b>마윈</b>(馬雲)</p>")
    ('markdown', 'html')
    >>> guess_format("a.txt", "영화 <기생충>(寄生蟲)과 <Parasite>")
    'text'
    """
    for suffix in reversed(PurePath(name.removesuffix(".gz").removesuffix(".bz2")
                                    .removesuffix(".xz")).suffixes):
        if suffix.lower() in _BY_SUFFIX:
            return _BY_SUFFIX[suffix.lower()]
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or _HTML_TAG.search(text, 0, SNIFFED):
        return "html"
    return "text"


# How much of a text's start is searched for HTML tags, and the tags that
# tell HTML from plain text (Korean writes a title between < and >: <기생충>).
SNIFFED = 4096
_HTML_TAG = re.compile(r"</(?:p|div|span|a|b|i|u|em|strong|sup|sub|small|font|li|ul|ol|td|th|tr"
                       r"|table|h[1-6]|blockquote|section|article)\s*>|<br\s*/?>", re.IGNORECASE)


def _keep(group: int | str) -> Callable[[re.Match[str]], list[Piece]]:
    def handler(match: re.Match[str]) -> list[Piece]:
        return [(match.start(group), match.end(group))] if match.group(group) else []
    return handler


def _drop(match: re.Match[str]) -> list[Piece]:
    return []


def _entity(match: re.Match[str]) -> list[Piece]:
    return [(html.unescape(match.group()), match.start())]


def _tag(match: re.Match[str]) -> list[Piece]:
    name = (match.group("name") or "").lower()
    return [("\n", match.start())] if name in _BLOCK else []


_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header "
                   "footer blockquote pre hr dd dt".split())
_HTML_RULES: list[Rule] = [
    (r"<(?P<skip>script|style)\b[^>]*>.*?</(?P=skip)\s*>", _drop),
    (r"<!--.*?-->", _drop),
    (r"</?(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>", _tag),
    (r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", _entity),
]
_MARKDOWN_RULES: list[Rule] = [
    (r"!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)", _keep("alt")),
    (r"\[(?P<label>[^\]\n]+)\]\((?:https?:|/|#|\.)[^)\s]*(?:\s+\"[^\"\n]*\")?\)", _keep("label")),
    (r"(?P<mark>\*\*|__|~~)(?P<inner>\S(?:.*?\S)?)(?P=mark)", _keep("inner")),
    (r"(?<![\w*])\*(?P<inner1>[^\s*](?:[^*\n]*[^\s*])?)\*(?!\w)", _keep("inner1")),
    (r"`(?P<code>[^`\n]+)`", _keep("code")),
    (r"^(?:#{1,6}|>|[ \t]*[-*+]|[ \t]*\d+\.)[ \t]+", _drop),
    *_HTML_RULES,
]
_WIKI_RULES: list[Rule] = [
    (r"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref\s*>", _drop),
    # A language template shows its text ({{lang|zh|马云}}, {{llang|zh|马云}},
    # {{lang-zh|马云}}, {{zh|马云}}): the gloss of many a Wikipedia article.
    (r"\{\{\s*(?:[Ll]l?ang(?:-[A-Za-z-]+)?|zh|한자|중국어)\s*\|(?:[^{}|=]*\|)*"
     r"(?P<langtext>[^{}|=]+)\}\}", _keep("langtext")),
    (r"\{\{(?:[^{}]|\{\{[^{}]*\}\})*\}\}", _drop),
    (r"\[\[(?:[^\]|\n]*\|)?(?P<wlabel>[^\]\n]+)\]\]", _keep("wlabel")),
    (r"\[(?:https?:)?//[^\s\]]+\s+(?P<elabel>[^\]\n]+)\]", _keep("elabel")),
    (r"'{2,5}", _drop),
    (r"^=+[ \t]*|[ \t]*=+[ \t]*$", _drop),
    *_HTML_RULES,
]
_RULES = {"markdown": _MARKDOWN_RULES, "html": _HTML_RULES, "wikitext": _WIKI_RULES}
_FLAGS = re.DOTALL | re.MULTILINE
_COMPILED = {fmt: re.compile("|".join(f"(?:{pattern})" for pattern, _ in rules), _FLAGS)
             for fmt, rules in _RULES.items()}
_SINGLE = {fmt: [re.compile(pattern, _FLAGS) for pattern, _ in rules]
           for fmt, rules in _RULES.items()}


def _pieces(text: str, fmt: str, start: int, end: int) -> list[Piece]:
    """Output pieces for text[start:end], markup seen through (recursively, so
    that a link inside bold text is a link too)."""
    pieces: list[Piece] = []
    position = start
    for match in _COMPILED[fmt].finditer(text, start, end):
        pieces.append((position, match.start()))
        for pattern, (_, handler) in zip(_SINGLE[fmt], _RULES[fmt], strict=True):
            single = pattern.fullmatch(text, match.start(), match.end())
            if single:
                for piece in handler(single):
                    if isinstance(piece[0], int) and piece != (single.start(), single.end()):
                        pieces += _pieces(text, fmt, piece[0], int(piece[1]))
                    else:
                        pieces.append(piece)
                break
        position = match.end()
    pieces.append((position, end))
    return pieces


def strip_markup(text: str, fmt: str) -> tuple[str, Runs | None]:
    """The text a reader sees, and where each of its characters came from;
    plain text comes back as it is, with no map (offsets are its own).

    >>> strip_markup("마윈(馬雲)", "text")
    ('마윈(馬雲)', None)
    """
    if fmt == "text" or fmt not in _RULES:
        return text, None
    out: list[str] = []
    runs: list[tuple[int, int, int]] = []
    length = 0
    for piece in _pieces(text, fmt, 0, len(text)):
        if isinstance(piece[0], str):  # a literal (an entity decoded, a line break): each
            out.append(piece[0])  # of its characters stands where its markup starts
            runs += [(length + i, int(piece[1]), 1) for i in range(len(piece[0]))]
            length += len(piece[0])
        elif piece[1] > piece[0]:
            a, b = int(piece[0]), int(piece[1])
            out.append(text[a:b])
            runs.append((length, a, 1))
            length += b - a
    seen = "".join(out)
    return seen, Runs.build(runs or [(0, 0, 1)], len(seen), len(text))


class Offsets:
    """Where each character of a readable text came from in the original:
    the maps of the steps that made it, asked from the last to the first."""

    def __init__(self, steps: list[Runs]) -> None:
        self.steps = steps[::-1]

    def start(self, k: int) -> int:
        """Where the readable text's character ``k`` starts in the original."""
        for step in self.steps:
            k = step.start(k)
        return k

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the readable text's ``[start, end)``."""
        if end <= start:
            return self.start(start), self.start(start)
        last = end - 1
        for step in self.steps:
            last = step.end(last) - 1
        return self.start(start), last + 1


# A line this long that ends in a word, and a line after it that starts with
# one: prose wrapped at a width (text from a PDF, mail, a Markdown paragraph),
# its line break a space between two words of one sentence. A shorter line is
# a heading, a name in a list, a line of verse.
WRAPPED_LINE = 20
_LINE_BREAK_IN_PROSE = re.compile(r"(?<=[가-힣A-Za-z0-9,])\r?\n(?=[가-힣A-Za-z])")
# One syllable alone after the break, before a bracket or a mark: the end of
# a word the width broke (연합\n회(聯合會)), which no space parts.
_WORDS_END = re.compile(r"[가-힣](?![가-힣A-Za-z0-9 ])")
ZERO_WIDTH = "\u200b"  # dropped as invisible after, its offset kept


def unwrapped(text: str) -> str:
    """``text`` with each line break that wraps prose made a space, one for
    one, so that a term the width broke is read whole (the offsets stay);
    before a word's last syllable alone, made nothing (a zero-width space,
    which :func:`readable` drops).

    >>> unwrapped("남부 지역의 경제 중심지로 꼽히는 광둥성\\n광저우시(广东省广州市)에서 열렸다.")
    '남부 지역의 경제 중심지로 꼽히는 광둥성 광저우시(广东省广州市)에서 열렸다.'
    >>> unwrapped("주요 도시\\n광저우(广州)")  # a heading
    '주요 도시\\n광저우(广州)'
    >>> unwrapped("지역의 경제 중심지로 꼽힌다.\\n광저우(广州)")  # a sentence's end
    '지역의 경제 중심지로 꼽힌다.\\n광저우(广州)'
    >>> unwrapped("그는 동방의 여러 민족이 모인 민족연합\\n회(民族聯合會)의 위원이었다")[19:24]
    '연합\\u200b회('
    """
    if "\n" not in text:
        return text

    def joined(found: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if len(line) < WRAPPED_LINE or "\t" in line or line.lstrip().startswith("#"):
            return found.group()  # a heading, a table's row (tabs), a Markdown heading
        glue = ZERO_WIDTH if _WORDS_END.match(text, found.end()) else " "
        return glue * len(found.group())

    return _LINE_BREAK_IN_PROSE.sub(joined, text)


def readable(text: str, fmt: str) -> tuple[str, Offsets | None]:
    """The text a reader sees: markup seen through (:func:`strip_markup`),
    invisible characters dropped (zero-width spaces, soft hyphens), Hangul
    composed (decomposed jamo as one syllable each), lookalikes folded
    (full-width letters, unusual spaces, Kangxi radicals) and prose's line
    breaks made spaces (:func:`unwrapped`), with the offsets back into
    ``text``; None when it is ``text`` itself.

    >>> seen, offsets = readable("**\u1106\u1161\u110b\u1171\u11ab**\u200b(馬雲)", "markdown")
    >>> seen, offsets.span(0, 2), offsets.start(seen.index("("))
    ('마윈(馬雲)', (2, 7), 10)
    """
    # Unwrapped as written, one for one: a block's tags and marks end its lines.
    plain, where = strip_markup(unwrapped(text), fmt)
    visible, kept = drop_invisible_mapped(plain)
    composed, inner = compose_hangul_mapped(visible)
    seen = fold_lookalikes(composed)  # one for one: the offsets stay
    steps = [step for step in (where, kept, inner) if step is not None]
    if not steps:
        return (text, None) if seen == text else (seen, Offsets([]))
    return seen, Offsets(steps)
