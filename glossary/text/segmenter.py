"""jieba's segmentation and tags of a short text, from the on-disk lexicon.

The algorithms are jieba's own: the most probable route through the
dictionary's words, the HMM over B/M/E/S states for runs of characters no
word explains, and the tagger's Viterbi over (position, tag) states for
them; :mod:`.lexicon` supplies only the entries the text needs, so a
process that asks about one term never loads jieba. tests/test_lexicon.py
holds the answers equal to jieba's.

>>> segment("海信家电")
['海信', '家电']
>>> tags("乌鲁木齐市长")[0]
('乌鲁木齐', 'ns')
>>> is_proper_name("乌鲁木齐"), is_proper_name("联合国"), is_organization("联合国")
(True, False, True)
>>> sorted(search_starts("中华全国工商业联合会"))
[0, 2, 4, 5, 7, 8]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from math import log
from typing import Any

from .lexicon import fetch, meta, substrings, whole
from .normalize import to_hans

# jieba's own constants and patterns (jieba, jieba.finalseg, jieba.posseg),
# kept exactly: a different block split would cut text differently.
MIN_FLOAT = -3.14e100
_HAN_DEFAULT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP_DEFAULT = re.compile("(\r\n|\\s)")
_HAN = re.compile("([\u4e00-\u9fd5]+)")
_SKIP_SEG = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_HAN_TAGGED = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")
_PREVIOUS = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}


class _Entries:
    """The dictionary entries and character models one text needs, and the
    words a caller teaches (``taught``: word → frequency), as jieba's
    ``add_word`` would add them to a fresh tokenizer."""

    def __init__(self, text: str, taught: Mapping[str, int] | None = None) -> None:
        self.words: dict[str, tuple[int, str | None]] = (
            fetch("words", substrings(text, meta()["longest"])) if len(text) <= SHORT_TEXT
            else _walked(text) if len(text) <= LONG_TEXT else _occurring(text))
        self.chars: dict[str, Any] = fetch("chars", set(text))
        self.total: int = meta()["total"]
        for word, freq in (taught or {}).items():
            self.words[word] = (freq, self.tag(word))
            self.total += freq
            for end in range(1, len(word)):  # its prefixes at frequency 0, as add_word adds them
                self.words.setdefault(word[:end], (0, None))

    def freq(self, word: str) -> int:
        return self.words.get(word, (0, ""))[0]

    def tag(self, word: str) -> str:
        return self.words.get(word, (0, None))[1] or "x"  # a prefix alone has no tag

    def route(self, text: str) -> list[int]:
        """jieba's most probable segmentation: for each start, where its word ends."""
        n = len(text)
        logtotal = log(self.total)
        best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for idx in range(n - 1, -1, -1):
            ends = []
            end = idx
            while end < n:
                piece = text[idx : end + 1]
                entry = self.words.get(piece)
                if entry is None:  # jieba goes on while the piece is in its table
                    break
                if entry[0]:
                    ends.append(end)
                end += 1
            best[idx] = max((log(self.freq(text[idx : x + 1]) or 1) - logtotal
                             + best[x + 1][0], x) for x in ends or [idx])
        return [end for _, end in best[:n]]


# Characters up to which a text asks for all of its substrings at once (a
# gloss: one query); beyond, it walks them as jieba does, a round a length
# (about three pieces a character instead of sixteen); beyond LONG_TEXT it
# reads the whole dictionary once, as jieba would (a megabyte's walk would
# ask for millions of pieces).
SHORT_TEXT = 200
LONG_TEXT = 100_000


def _walked(text: str) -> dict[str, tuple[int, str | None]]:
    """The dictionary's entries that occur in ``text``, words and prefixes,
    asked as jieba's graph walks them: from each start, a piece one longer
    only where the last was an entry. The table holds every prefix of a
    word, so every word that occurs is reached."""
    found: dict[str, tuple[int, str | None]] = {}
    n, longest = len(text), meta()["longest"]
    starts = list(range(n))
    for length in range(1, longest + 1):
        starts = [k for k in starts if k + length <= n]
        if not starts:
            break
        found.update(fetch("words", {text[k : k + length] for k in starts}))
        starts = [k for k in starts if text[k : k + length] in found]
    return found


def _occurring(text: str) -> dict[str, tuple[int, str | None]]:
    """The dictionary's entries that occur in ``text``, words and prefixes,
    found as jieba builds its graph: from each start, only while the piece is
    an entry (the walk :meth:`_Entries.route` makes over them, written out in
    both: a megabyte walks fifteen million pieces, and a shared generator
    costs a sixth more)."""
    words = whole("words")
    found: dict[str, tuple[int, str | None]] = {}
    n = len(text)
    for start in range(n):
        end = start + 1
        while end <= n:
            piece = text[start:end]
            entry = words.get(piece)
            if entry is None:
                break
            found[piece] = entry
            end += 1
    return found


def _pieces(text: str, entries: _Entries) -> Iterator[tuple[str, bool]]:
    """The route's words, with runs of single characters joined as one piece
    marked True when the dictionary does not know the run (the HMM's work)."""
    route = entries.route(text)
    x, buf = 0, ""
    while x < len(text):
        y = route[x] + 1
        if y - x == 1:
            buf += text[x]
        else:
            if buf:
                yield from _buffer(buf, entries)
                buf = ""
            yield text[x:y], False
        x = y
    if buf:
        yield from _buffer(buf, entries)


def _buffer(buf: str, entries: _Entries) -> Iterator[tuple[str, bool]]:
    if len(buf) > 1 and not entries.freq(buf):
        yield buf, True
    else:
        yield from ((ch, False) for ch in buf)


def _segment_viterbi(text: str, entries: _Entries) -> list[str]:
    """jieba.finalseg: B/M/E/S states over characters no word explains."""
    start, trans = meta()["seg"]

    def emit(state: str, ch: str) -> float:
        model = entries.chars.get(ch)
        return model[0].get(state, MIN_FLOAT) if model else MIN_FLOAT

    scores = [{y: start[y] + emit(y, text[0]) for y in "BMES"}]
    paths = {y: [y] for y in "BMES"}
    for t in range(1, len(text)):
        scores.append({})
        new_paths = {}
        for y in "BMES":
            prob, state = max((scores[t - 1][y0] + trans[y0].get(y, MIN_FLOAT)
                               + emit(y, text[t]), y0) for y0 in _PREVIOUS[y])
            scores[t][y] = prob
            new_paths[y] = paths[state] + [y]
        paths = new_paths
    _, last = max((scores[-1][y], y) for y in "ES")
    return [text[begin:end] for begin, end, _ in _spans_of(paths[last], len(text))]


def _spans_of(states: list[Any], length: int) -> list[tuple[int, int, int]]:
    """(start, end, the character whose state names it) of each word that
    B/M/E/S states mark, as jieba cuts them; a tail left open is one word."""
    spans, begin, following = [], 0, 0
    for i, state in enumerate(states):
        if state[0] == "B":
            begin = i
        elif state[0] == "E":
            spans.append((begin, i + 1, i))
            following = i + 1
        elif state[0] == "S":
            spans.append((i, i + 1, i))
            following = i + 1
    if following < length:
        spans.append((following, length, following))
    return spans


def _unknown_run(buf: str, entries: _Entries) -> list[str]:
    words = []
    for block in _HAN.split(buf):
        if _HAN.match(block):
            words += _segment_viterbi(block, entries)
        else:
            words += [x for x in _SKIP_SEG.split(block) if x]
    return words


def segment(text: str, taught: Mapping[str, int] | None = None) -> list[str]:
    """``jieba.cut(text)`` with the standard dictionary, from the lexicon;
    with ``taught`` words (word → frequency), as a fresh tokenizer taught
    them with ``add_word`` cuts it.

    >>> segment("海信家电的"), segment("海信家电的", {"海信家电": 100_000})
    (['海信', '家电', '的'], ['海信家电', '的'])
    """
    return _segment(text, _Entries(text, taught))


def _segment(text: str, entries: _Entries) -> list[str]:
    words: list[str] = []
    for block in _HAN_DEFAULT.split(text):
        if not block:
            continue
        if _HAN_DEFAULT.match(block):
            for piece, unknown in _pieces(block, entries):
                words += _unknown_run(piece, entries) if unknown else [piece]
        else:
            for x in _SKIP_DEFAULT.split(block):
                words += [x] if _SKIP_DEFAULT.match(x) else list(x)
    return [w for w in words if w]


def word_spans(text: str) -> set[tuple[int, int]]:
    """Spans of jieba's words in ``text``, and of the dictionary words of two
    and three characters inside them: ``tokenize(text)`` and
    ``tokenize(text, mode="search")`` together.

    >>> sorted(word_spans("北京大学"))
    [(0, 2), (0, 4), (2, 4)]
    """
    entries = _Entries(text)
    spans: set[tuple[int, int]] = set()
    offset = 0
    for piece in _segment(text, entries):
        spans.add((offset, offset + len(piece)))
        for size in (2, 3):
            if len(piece) > size:
                spans |= {(offset + i, offset + i + size) for i in range(len(piece) - size + 1)
                          if entries.freq(piece[i : i + size])}
        offset += len(piece)
    return spans


def search_starts(word: str) -> set[int]:
    """Where the words of two or more characters of :func:`word_spans` start
    inside ``word``, besides all of it; and 0."""
    return {0} | {start for start, end in word_spans(word) if end - start >= 2 and
                  (start, end) != (0, len(word))}


@lru_cache(maxsize=1)
def _tag_states_into() -> dict[Any, list[Any]]:
    """For each state of jieba.posseg's HMM, the states that may pass to it."""
    into: dict[Any, list[Any]] = {}
    for before, afters in meta()["pos"][1].items():
        for after in afters:
            into.setdefault(after, []).append(before)
    return into


def _tag_viterbi(text: str, entries: _Entries) -> list[tuple[str, str]]:
    """jieba.posseg's HMM: (position, tag) states over unknown characters."""
    start, trans = meta()["pos"]
    every = list(trans)

    def model(ch: str) -> tuple[Any, dict[Any, float]]:
        found = entries.chars.get(ch)
        return (found[1], found[2]) if found else (None, {})

    into = _tag_states_into()
    states, emit = model(text[0])
    scores = [{y: start[y] + emit.get(y, MIN_FLOAT) for y in (states or every)}]
    back: list[dict[Any, Any]] = [{y: "" for y in scores[0]}]
    for t in range(1, len(text)):
        states, emit = model(text[t])
        previous = [x for x in back[t - 1] if trans[x]]
        expected = {y for x in previous for y in trans[x]}
        observed = set(states or every) & expected or expected or set(every)
        scores.append({})
        back.append({})
        came_from = set(previous)
        for y in observed:
            # Only states that may pass to y compete (the rest score -inf):
            # the same maximum as over all of them, a tenth of the sums.
            froms = [y0 for y0 in into.get(y, ()) if y0 in came_from] or previous
            prob, state = max((scores[t - 1][y0] + trans[y0].get(y, float("-inf"))
                               + emit.get(y, MIN_FLOAT), y0) for y0 in froms)
            scores[t][y], back[t][y] = prob, state
    _, state = max((scores[-1][y], y) for y in back[-1])
    route: list[Any] = [None] * len(text)
    for i in range(len(text) - 1, -1, -1):
        route[i], state = state, back[i][state]
    return [(text[begin:end], route[tagged_at][1])
            for begin, end, tagged_at in _spans_of(route, len(text))]


def _tag_unknown(buf: str, entries: _Entries) -> list[tuple[str, str]]:
    tagged: list[tuple[str, str]] = []
    for block in _HAN.split(buf):
        if _HAN.match(block):
            tagged += _tag_viterbi(block, entries)
        else:
            tagged += [(x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x")
                       for x in _SKIP_DETAIL.split(block) if x]
    return tagged


def tags(text: str) -> list[tuple[str, str]]:
    """``jieba.posseg.cut(text)`` as (word, tag) pairs, from the lexicon."""
    return list(_tags(text))


def tagged_spans(text: str) -> list[tuple[int, int, str]]:
    """:func:`tags` as (start, end, tag): where each word stands in ``text``,
    in either script.

    >>> tagged_spans("特朗普夫妇"), tagged_spans("燕窩")
    ([(0, 3, 'nr'), (3, 5, 'n')], [(0, 2, 'n')])
    """
    spans, at = [], 0
    for word, tag in _tags(text):
        spans.append((at, at + len(word), tag))
        at += len(word)
    return spans


@lru_cache(maxsize=1024)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    """Cached: a suggestion asks both whether a term is a name and whether it
    is an organization. Traditional characters are tagged as their simplified
    forms, which jieba's dictionary holds (燕窩 is the common noun 燕窝, no
    name its model guesses), the words given back as written."""
    simplified = to_hans(text)
    if simplified == text or len(simplified) != len(text):
        return _tags_as_written(text)
    tagged, at = [], 0
    for word, tag in _tags_as_written(simplified):
        tagged.append((text[at : at + len(word)], tag))
        at += len(word)
    return tuple(tagged)


def _tags_as_written(text: str) -> tuple[tuple[str, str], ...]:
    entries = _Entries(text)
    tagged: list[tuple[str, str]] = []
    for block in _HAN_TAGGED.split(text):
        if not block:
            continue
        if _HAN_TAGGED.match(block):
            for piece, unknown in _pieces(block, entries):
                tagged += (_tag_unknown(piece, entries) if unknown
                           else [(piece, entries.tag(piece))])
        else:
            for x in _SKIP_DEFAULT.split(block):
                if _SKIP_DEFAULT.match(x):
                    tagged.append((x, "x"))
                else:
                    tagged += [(ch, "m" if _NUM.match(ch) else "eng" if _ENG.match(x) else "x")
                               for ch in x]
    return tuple((w, t) for w, t in tagged if w)


def is_common_word(text: str, least: int) -> bool:
    """Is ``text`` a word of jieba's dictionary counted ``least`` times or more?

    >>> is_common_word("香港", 500), is_common_word("蒲团", 500)
    (True, False)
    """
    found = fetch("words", [text]).get(text)
    return found is not None and found[0] >= least


def dictionary_tag(text: str) -> str:
    """The tag jieba's dictionary gives the word ``text`` ('' for a word it
    does not hold, or holds only as a longer word's start): what the
    dictionary says, not what jieba's model guesses for a word it does not know.

    >>> dictionary_tag("福建"), dictionary_tag("宇树"), dictionary_tag("新华")
    ('ns', '', 'nz')
    """
    found = fetch("words", [text]).get(text)
    return found[1] or "" if found is not None else ""


def a_name_in_the_dictionary(text: str) -> bool:
    """Is ``text`` a person's or place's name jieba's dictionary holds?

    >>> a_name_in_the_dictionary("福建"), a_name_in_the_dictionary("宇树")
    (True, False)
    """
    return dictionary_tag(text).startswith(("nr", "ns"))


def a_place_in_the_dictionary(text: str) -> bool:
    """Is ``text`` a place's name jieba's dictionary holds?

    >>> a_place_in_the_dictionary("陕西"), a_place_in_the_dictionary("习近平")
    (True, False)
    """
    return dictionary_tag(text) == "ns"


def an_other_name_in_the_dictionary(text: str) -> bool:
    """Is ``text`` a name jieba's dictionary holds that is neither a
    person's nor a place's: an organization's (nt) or another's (新华, nz)?

    >>> an_other_name_in_the_dictionary("新华"), an_other_name_in_the_dictionary("北京")
    (True, False)
    """
    return dictionary_tag(text) in ("nz", "nt")


def is_proper_name(text: str) -> bool:
    """True when jieba tags every word of ``text`` a person or place name."""
    return all(tag.startswith(("nr", "ns")) for _, tag in _tags(text))


def is_a_persons_name(text: str) -> bool:
    """True when jieba reads all of ``text`` as one person's name.

    >>> is_a_persons_name("刘德华"), is_a_persons_name("刘德华演唱会")
    (True, False)
    """
    named = _tags(text)
    return len(named) == 1 and named[0][1].startswith("nr")


def is_an_idiom(text: str) -> bool:
    """True when jieba reads all of ``text`` as one idiom or set phrase (i, l).

    >>> is_an_idiom("塞翁失马"), is_an_idiom("徐相禄")
    (True, False)
    """
    named = _tags(text)
    return len(named) == 1 and named[0][1] in ("i", "l")


# Particles that end what is said, not a name: 吗 asks, 呢 and 啊 soften or
# call (吧 is left out: 酒吧, 贴吧 and 网吧 are places).
MODAL_ENDINGS = frozenset("吗呢啊呀嘛啦")


def is_an_utterance(text: str) -> bool:
    """True when ``text`` reads as something said rather than a term: it ends
    in a question or exclamation mark, or in a modal particle after a word.

    >>> is_an_utterance("吃饭了吗"), is_an_utterance("你好！"), is_an_utterance("吗啡")
    (True, True, False)
    >>> is_an_utterance("酒吧"), is_an_utterance("呀诺达")
    (False, False)
    """
    if text.endswith(("?", "!", "？", "！")):
        return True
    named = _tags(text)
    return len(named) >= 2 and named[-1][1] == "y" and text[-1] in MODAL_ENDINGS


def names_a_person(text: str) -> bool:
    """True when jieba tags the first word of ``text`` a person's name."""
    named = _tags(text)
    return bool(named) and named[0][1].startswith("nr")


def is_organization(text: str) -> bool:
    """True when jieba tags a word of ``text`` an organization."""
    return any(tag == "nt" for _, tag in _tags(text))
