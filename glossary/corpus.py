"""Corpus files: one file, many documents.

A wikiextractor file holds ``<doc id="…" url="…" title="…">`` elements, a
JSONL corpus one JSON object a line. Each becomes a
:class:`~glossary.model.Document` named ``FILE#ID``. A plain text longer than
any book (:data:`LARGE_TEXT` characters: a corpus in one file) is mined in
parts cut at paragraph breaks, ``FILE#1``, ``FILE#2``…, so that it mines on
every core (a file too large to hold is cut so as it is read: see
:mod:`glossary.large_texts`). A file that cannot be
cut cleanly (a ``<doc>`` never closed, a line that is not JSON, an id given
twice) is refused with its line and the reason, so that no document is
silently lost or stored under another's name.

>>> docs = list(wiki_documents('<doc id="7" title="상하이">\\n상하이(上海)\\n</doc>\\n',
...                            "wiki_00", "wiki_00", "text"))
>>> docs[0].id, docs[0].title, docs[0].text
('wiki_00#7', '상하이', '상하이(上海)\\n')
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError
from .model import Document

_WIKI_OPEN = re.compile(r"<doc\b([^>]*)>\n?")
WIKI_CLOSE = "</doc>"
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')  # in any order: tools other than wikiextractor


@dataclass(frozen=True)
class CorpusFormat:
    """How to cut a file into documents: whole, wikiextractor <doc> elements,
    or JSON lines (one document per line, the text and id in named fields)."""

    jsonl_text_field: str = "text"
    jsonl_id_field: str = "id"
    markup: str = "auto"  # text, markdown, html, wikitext, or auto: by the file's name


# A plain text longer than this many characters is cut into parts of about
# PART characters each (twelve megabytes of Korean, against a long novel's
# one or two): each part a document, mined apart from the rest.
LARGE_TEXT = 4_000_000
PART = 1_000_000


def text_parts(text: str, doc_id: str, label: str, *, large: int = LARGE_TEXT,
               size: int = PART) -> Iterator[Document]:
    """The parts of a plain text longer than ``large`` characters, each a
    document of about ``size`` characters ending at a paragraph break (else a
    line break), named ``FILE#1``, ``FILE#2``…; a shorter text is one document.

    >>> text = "상하이(上海)\\n\\n베이징(北京)\\n\\n톈진(天津)\\n"
    >>> [d.id for d in text_parts(text, "a.txt", "a.txt", large=20, size=12)]
    ['a.txt#1', 'a.txt#2', 'a.txt#3']
    >>> [d.text for d in text_parts(text, "a.txt", "a.txt", large=20, size=12)][0]
    '상하이(上海)\\n\\n'
    >>> [d.id for d in text_parts(text, "a.txt", "a.txt")]
    ['a.txt']
    """
    if len(text) <= large:
        yield Document(doc_id, text, label=label)
        return
    start, number = 0, 1
    while start < len(text):
        end = len(text) if len(text) - start <= size else part_end(text, start, start + size)
        yield Document(f"{doc_id}#{number}", text[start:end], label=f"{label}#{number}")
        start, number = end, number + 1


def part_end(text: str, start: int, limit: int) -> int:
    """Where a part that starts at ``start`` ends, at ``limit`` at most: after
    the last paragraph break before it, else the last line break, else there."""
    for mark in ("\n\n", "\n"):
        found = text.rfind(mark, start, limit)
        if found > start:
            return found + len(mark)
    return limit


def is_wiki(text: str) -> bool:
    """Does ``text`` look like wikiextractor output?"""
    return text.lstrip().startswith("<doc ")


def wiki_documents(text: str, doc_id: str, label: str, markup: str) -> Iterator[Document]:
    """Each ``<doc>`` element of a wikiextractor file, named by its id (by
    its number when it has none), with its title; its text with the entities
    wikiextractor escapes it with decoded (``AT&amp;T`` is AT&T)."""
    return wiki_blocks([text], doc_id, label, markup)


def wiki_blocks(blocks: Iterable[str], doc_id: str, label: str,
                markup: str) -> Iterator[Document]:
    """:func:`wiki_documents` of a file's text in blocks, each ending right
    after a ``</doc>`` (the last, wherever the file ends): read a block at a
    time, no element is cut, and lines are counted on from block to block."""
    ids = _FirstLines(label)
    first = 1
    for text in blocks:
        line, counted, position = first, 0, 0
        while (opening := _WIKI_OPEN.search(text, position)) is not None:
            line += text.count("\n", counted, opening.start())
            counted = opening.start()
            end = text.find(WIKI_CLOSE, opening.end())
            following = _WIKI_OPEN.search(text, opening.end(), end if end >= 0 else len(text))
            if end < 0 or following is not None:
                raise InputError(f"{label}:{line}: <doc> not closed by </doc>")
            attributes = dict(_ATTRIBUTE.findall(opening[1]))
            key = ids.take(html.unescape(attributes.get("id", "")) or str(len(ids)), line)
            # wikiextractor writes a document's text HTML-safe (&lt; &amp;): read as written.
            yield Document(f"{doc_id}#{key}", html.unescape(text[opening.end():end]),
                           html.unescape(attributes.get("title", "")), f"{label}#{key}", markup)
            position = end + len(WIKI_CLOSE)
        first += text.count("\n")


def jsonl_documents(lines: Iterable[str], doc_id: str, label: str, corpus: CorpusFormat,
                    markup: str) -> Iterator[Document]:
    """Each line of a JSONL corpus, named by its id field (by its line
    number when it has none). Lines end at a line feed only (``text.split("\\n")``):
    a JSON string may hold U+2028 or a form feed as it is."""
    ids = _FirstLines(label)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            raise InputError(f"{label}:{number}: not JSON ({error})") from None
        if not isinstance(record, dict):
            raise InputError(f"{label}:{number}: not a JSON object ({_json_type(record)})")
        body = record.get(corpus.jsonl_text_field)
        if not isinstance(body, str):
            found = "" if body is None else f" ({_json_type(body)}, not a string)"
            # The strings the line has instead, which --jsonl-text-field may name.
            fields = [key for key, value in record.items() if isinstance(value, str)]
            hint = f"; its string fields: {', '.join(map(repr, fields[:5]))}" if fields else ""
            raise InputError(f"{label}:{number}: no text field {corpus.jsonl_text_field!r}"
                             f"{found}{hint}")
        given = record.get(corpus.jsonl_id_field)
        key = ids.take(str(number) if given is None or given == "" else str(given), number)
        title = record.get("title")
        yield Document(f"{doc_id}#{key}", body, title if isinstance(title, str) else "",
                       f"{label}#{key}", markup)


def _json_type(value: object) -> str:
    """JSON's name for the type of a parsed value, with its article."""
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            int: "a number", float: "a number"}.get(type(value), "null")


class _FirstLines:
    """The ids of one file's documents so far, and the line each came at."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.lines: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def take(self, key: str, line: int) -> str:
        """``key``, refused if an earlier document of the file had it: two
        documents cannot share a name (one would be stored as the other)."""
        if key in self.lines:
            raise InputError(f"{self.label}:{line}: document id {key!r} given twice "
                             f"(first at line {self.lines[key]})")
        self.lines[key] = line
        return key
