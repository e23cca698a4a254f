"""Finding known terms in a new document, Korean or Chinese.

Korean: a term matches at the start of a word and may carry a particle or
ending (마윈은, 광저우시에서, 텐센트연구원의), but not run on into a longer
word; where the rest of the word is not a known particle, Kiwi decides.
Chinese: the document is folded to simplified characters, so a termbase built
from 淘寶 finds 淘宝, and jieba's segmentation (:mod:`..text.segmenter`, over
the lexicon), taught the terms the text holds, gives the word boundaries a
match must respect.

>>> index = TermIndex([("马云", "馬雲", "마윈", 3), ("广州市", "廣州市", "광저우시", 1)])
>>> [(m.text, m.particle, m.renderings) for m in annotate("마윈은 광저우시에서 왔다.", index)]
[('마윈', '은', ['马云', '馬雲']), ('광저우시', '에서', ['广州市', '廣州市'])]
>>> [(m.start, m.text, m.renderings) for m in annotate("馬雲來到廣州市。", index)]
[(0, '馬雲', ['마윈']), (4, '廣州市', ['광저우시'])]
"""

from __future__ import annotations

import gc
import marshal
import re
import struct
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..files import keep_beside
from ..mining.brackets import PAIRS
from ..model import KOREAN_JOINERS, QUOTE_MARKS, Status, TermbaseReader, compact_korean
from ..text.forms import fold_korean_forms
from ..text.hangul import decompose
from ..text.kiwis import Analysis, analyse
from ..text.korean import PARTICLES
from ..text.lexicon import substrings
from ..text.markup import Offsets, readable
from ..text.morph import kiwi_for
from ..text.normalize import fold_lookalikes, is_han, is_hangul, ko_key, to_hans
from ..text.resident import analyses as resident_analyses
from ..text.segmenter import segment
from .renderings import SUFFIXES

CACHE_VERSION = 4  # of the cache file's layout
USER_WORD_FREQ = 100_000  # high enough that the segmentation keeps a taught term whole
WINDOW = 4096  # start positions whose substrings are taken together: memory stays flat
# version, what the index was made of (index_key), longest Korean and Chinese keys, bytes of the
# Korean half; then the Korean half and the Chinese half, each marshalled.
_HEADER = struct.Struct("<IQIIQ")
SEPARATOR = "\x1f"


def _joined(concepts: list[tuple[Any, list[str]]]) -> str:
    """A Chinese key's index value: the Chinese form of the concept of lowest
    rank, then each Korean form once, concept by concept in rank order."""
    if len(concepts) == 1:  # most: one concept, its forms already once each
        return SEPARATOR.join(concepts[0][1])
    concepts = sorted(concepts, key=lambda concept: concept[0])  # a tie keeps its order
    found = [concepts[0][1][0]]
    for _rank, (_hans, *kos) in concepts:
        for ko in kos:
            if ko not in found:
                found.append(ko)
    return SEPARATOR.join(found)


def entry(flat: str) -> tuple[str, list[str]]:
    """An index value as (the termbase's form, the other language's forms)."""
    term, *others = flat.split(SEPARATOR)
    return term, others


@dataclass
class Match:
    start: int  # character offsets of the term as it stands, without the particle
    end: int
    text: str
    term: str  # the termbase's form
    renderings: list[str]  # the other language's forms, preferred first
    particle: str = ""


def korean_index_key(ko: str) -> str:
    """The key a :class:`TermIndex` files a Korean form under, as the termbase
    stores it: case-folded, without the marks that join its words."""
    return compact_korean(ko.casefold())


class TermIndex:
    """Korean and Chinese keys of a termbase, for fast longest-match lookups.

    Each key maps to the termbase's form and the other language's forms,
    joined by SEPARATOR: flat strings load several times faster than tuples
    of lists when the index is read back from its cache (see entry()). A
    cached index loads each language's half only when it is first asked
    for: annotating Korean never reads the Chinese keys.
    """

    def __init__(self, pairs: Iterable[tuple[str, str, str, int]]) -> None:
        # The first pair of a Korean key wins, and a Chinese key lists the
        # Korean forms in the order the pairs come.
        self._build((number, hans, hant, ko)
                    for number, (hans, hant, ko, _count) in enumerate(pairs))

    @classmethod
    def _of_concepts(cls, rows: Iterable[tuple[str, str, str, str, int]]) -> TermIndex:
        """The index of ``(zh_key, zh_hans, zh_hant, ko, count)`` rows, each
        concept's together, concepts in any order: the same index as of the
        pairs of the concepts sorted by their keys (:meth:`from_termbase`)."""
        index = cls([])
        index._build((key, hans, hant, ko) for key, hans, hant, ko, _count in rows)
        return index

    def _build(self, rows: Iterable[tuple[Any, str, str, str]]) -> None:
        """Build from ``(rank, zh_hans, zh_hant, ko)`` rows, a concept's rows
        together: where pairs share a key, the lower rank comes first."""
        # Termbase forms are stored normalized (zh_hans is already t2s, ko
        # already cleaned), so keys need no conversion: that keeps a 100k-entry
        # index quick to build.
        # One-syllable and one-character terms (이 for 李, 漢) would match
        # everywhere; they stay out of the index.
        korean: dict[str, str] = {}
        holder: dict[str, Any] = {}  # the rank of the pair each Korean key holds
        chinese: dict[str, list[tuple[Any, list[str]]]] = {}  # each concept's forms, by rank
        forms: list[str] = []
        last = None  # a concept's rows come together: its Chinese key is made once
        gc.disable()  # hundreds of thousands of strings: no collection meanwhile
        try:
            for rank, hans, hant, ko in rows:
                if len(ko) > 1:
                    key = korean_index_key(ko)
                    held = holder.get(key)
                    if held is None or rank < held:
                        holder[key] = rank
                        korean[key] = SEPARATOR.join([ko, hans, hant] if hant != hans
                                                     else [ko, hans])
                if len(hans) > 1:
                    if hans != last:
                        forms = [hans]
                        chinese.setdefault(fold_korean_forms(hans), []).append((rank, forms))
                        last = hans
                    if ko not in forms:
                        forms.append(ko)
            del holder
            # The longest keys bound how far a match is looked for.
            self.max_ko = max(map(len, korean), default=0)
            self.max_zh = max(map(len, chinese), default=0)
            joined: dict[str, str] = {}
            while chinese:  # each concept's list goes as its key's value is made
                key, concepts = chinese.popitem()
                joined[key] = _joined(concepts)
            self._halves: dict[str, dict[str, str]] = {"ko": korean, "zh": joined}
        finally:
            gc.enable()
        self._blobs: dict[str, memoryview] = {}

    @property
    def empty(self) -> bool:
        """Has the index no term to find (a termbase of no pairs, or of
        one-syllable and one-character terms only)?"""
        return not self.max_ko and not self.max_zh

    @property
    def korean(self) -> dict[str, str]:
        return self._half("ko")

    @property
    def chinese(self) -> dict[str, str]:
        return self._half("zh")

    def _half(self, lang: str) -> dict[str, str]:
        if lang not in self._halves:
            gc.disable()  # hundreds of thousands of strings: no collection meanwhile
            try:
                self._halves[lang] = marshal.loads(self._blobs.pop(lang))
            finally:
                gc.enable()
        return self._halves[lang]

    @classmethod
    def from_termbase(cls, termbase: TermbaseReader, cache: Path | None = None) -> TermIndex:
        """The index of a termbase; with ``cache``, kept in that file and built
        again only when the termbase has changed since."""
        if cache is None:
            return cls._of_concepts(termbase.index_rows())
        from ..version import code_stamp  # a kept file outlives the code that made it

        generation = _digest(index_key(termbase), code_stamp())
        kept = cls._from_cache(cache, generation)
        if kept is not None:
            return kept
        index = cls._of_concepts(termbase.index_rows())
        korean, chinese = marshal.dumps(index.korean), marshal.dumps(index.chinese)
        keep_beside(cache, _HEADER.pack(CACHE_VERSION, generation, index.max_ko, index.max_zh,
                                        len(korean)), korean, chinese)
        return index

    @classmethod
    def _from_cache(cls, cache: Path, generation: int) -> TermIndex | None:
        """The kept index if it is of this layout and generation; its halves
        stay bytes until asked for."""
        try:
            data = memoryview(cache.read_bytes())
            version, kept, max_ko, max_zh, korean = _HEADER.unpack_from(data)
        except (OSError, struct.error):
            return None  # no cache yet, or an unreadable one: build it
        if version != CACHE_VERSION or kept != generation:
            return None
        index = cls([])
        index._halves = {}
        start = _HEADER.size
        index._blobs = {"ko": data[start : start + korean], "zh": data[start + korean :]}
        index.max_ko, index.max_zh = max_ko, max_zh
        return index


def index_key(termbase: TermbaseReader) -> int:
    """What a termbase's index is made of, as a number: the pairs (their
    data generation) and the decisions that leave pairs out or put them
    first (rejected, preferred). Approving a pair, a note or a domain
    changes none of it, so a translator's review keeps the index."""
    shaping = termbase.decided((Status.REJECTED, Status.PREFERRED))
    return _digest(termbase.data_generation(), sorted(shaping.items()))


def _digest(*parts: object) -> int:
    from hashlib import blake2b

    return int.from_bytes(blake2b(repr(parts).encode("utf-8"), digest_size=8).digest(), "little")


def detect_language(text: str) -> str:
    """'ko' when Hangul outnumbers Han characters, else 'zh'.

    >>> detect_language("마윈은 웃었다"), detect_language("马云笑了")
    ('ko', 'zh')
    """
    return _language(text) or "ko"


def _language(text: str) -> str:
    """'ko' when Hangul outnumbers Han characters, 'zh' when not, '' when
    ``text`` has neither."""
    hangul, han = sum(map(is_hangul, text)), sum(map(is_han, text))
    return ("ko" if hangul >= han else "zh") if hangul or han else ""


# A sentence and what ends it: a Chinese stop, a Korean or Latin one before a
# space (not the point of 3.5), or the end of the line.
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?]+(?=\s)|[。！？]+|\n)|[^\n]+")


def korean_throughout(text: str) -> bool:
    """Is ``text`` Korean in every run of sentences, so that :func:`annotate`
    finds in it what it finds reading all of it as Korean (as a check does)?

    >>> korean_throughout("마윈은 웃었다."), korean_throughout("마윈은 웃었다. 马云笑了。")
    (True, False)
    """
    blocks = language_blocks(readable(text, "text")[0])
    return bool(blocks) and all(lang == "ko" for _, _, lang in blocks)


def language_blocks(text: str) -> list[tuple[int, str, str]]:
    r"""``text`` cut into runs of sentences of one language (:func:`detect_language`
    sentence by sentence; one with neither Hangul nor Han goes with the one
    before): (start, the run, its language). A bilingual document, or a Korean
    one quoting Chinese sentences, is read in both.

    >>> language_blocks("마윈은 웃었다.\n\n马云笑了。마윈도 3.5배 웃었다.")
    [(0, '마윈은 웃었다.\n\n', 'ko'), (10, '马云笑了。', 'zh'), (15, '마윈도 3.5배 웃었다.', 'ko')]
    """
    spans: list[tuple[int, int, str]] = []  # start, end, language ('' not known yet)
    for sentence in _SENTENCE.finditer(text):
        lang = _language(sentence.group())
        if spans and (not lang or spans[-1][2] in (lang, "")):
            begin, _, before = spans[-1]
            spans[-1] = (begin, sentence.end(), lang or before)
        else:
            spans.append((sentence.start(), sentence.end(), lang))
    return [(begin, text[begin:end], lang or "ko") for begin, end, lang in spans]


def annotate(text: str, termbase: TermIndex | TermbaseReader,
             lang: str | None = None, *, resident: bool = False) -> list[Match]:
    """Every known term in ``text``, longest match first, in text order.

    ``termbase`` is a termbase or, to annotate many
    documents against one termbase, a :class:`TermIndex` built from it once.
    Without ``lang``, each run of sentences is read in its own language
    (:func:`language_blocks`). With ``resident``, Kiwi's analyses come from
    the analyser kept running between processes (:mod:`glossary.text.resident`),
    started for the next call when there is none: for short-lived processes
    such as the CLI's.
    """
    index = termbase if isinstance(termbase, TermIndex) else TermIndex.from_termbase(termbase)
    # Decomposed Hangul (NFD) is read as syllables; offsets stay the text's own.
    seen, offsets = readable(text, "text")
    blocks = [(0, seen, lang)] if lang else language_blocks(seen)
    starts = [start for start, _, _ in blocks]
    langs = [block_lang for _, _, block_lang in blocks]
    # Each matcher reads the whole text once (Kiwi is asked once, however
    # often the language changes) and keeps what stands in its own language.
    matches = []
    if "ko" in langs:
        matches += [m for m in _korean(seen, index, resident)
                    if langs[bisect_right(starts, m.start) - 1] == "ko"]
    if "zh" in langs:
        matches += [m for m in _chinese(seen, index)
                    if langs[bisect_right(starts, m.start) - 1] == "zh"]
    if "ko" in langs and "zh" in langs:
        matches.sort(key=lambda m: m.start)
    return matches if offsets is None else [_in_original(m, text, offsets) for m in matches]


def _in_original(match: Match, text: str, offsets: Offsets) -> Match:
    start, end = offsets.span(match.start, match.end)
    tail = offsets.span(match.end, match.end + len(match.particle))[1] if match.particle else end
    return replace(match, start=start, end=end, text=text[start:end], particle=text[end:tail])


def _word_char(ch: str) -> bool:
    return is_hangul(ch) or ch.isalnum()


# Tags a word may carry after a term: particles, endings, the copula, noun
# suffixes, and a common noun glued on (윈난지역, 상하이사무소).
_AFTER_TERM = ("J", "E", "VCP", "XSN", "NNG", "NNB")
# Tags that make a word a verb or adjective form, not a noun (지난 3월: 지나다).
_NOT_NOUN = ("VV", "VA", "VX", "XSV", "XSA", "MAG", "MM")
# Last syllables after which a word may be a verb or adjective form; only those
# words are shown to Kiwi, so most matches cost no analysis.
_MAYBE_VERBAL = frozenset("는던다고게지기며서면니까요죠")


_ANALYSES: dict[str, Analysis] = {}
_MAX_ANALYSES = 50_000


def _analyze(words: Iterable[str], resident: bool = False) -> dict[str, Analysis]:
    """Kiwi's analyses of ``words``, the new ones in one batch (asked one at a
    time, Kiwi takes about a millisecond a word; in a batch, a twentieth of
    that), remembered for later texts."""
    wanted = set(words)
    known = {word: found for word in wanted if (found := _ANALYSES.get(word)) is not None}
    todo = sorted(wanted - known.keys())
    done: dict[str, Analysis] = {}
    if todo:
        kept = resident_analyses(todo) if resident else None
        if kept is None:
            kept = analyse(kiwi_for(todo), todo)
        done = dict(zip(todo, kept, strict=True))
    if len(_ANALYSES) + len(done) > _MAX_ANALYSES:
        _ANALYSES.clear()
    _ANALYSES.update(done)
    return known | done


def _words_of(text: str) -> Iterator[str]:
    """The words a scan of ``text`` may ask Kiwi about: from each word start
    to the end of its run of word characters, alone and with the rest of its
    space-delimited word before it."""
    for run in re.finditer(r"[\w]+", text):
        start, end = run.span()
        yield text[start:end]
        yield text[text.rfind(" ", 0, max(end - 1, 0)) + 1 : end]


class _Analyses:
    """Analyses of the words of one text: the first word that needs one
    brings the whole text's words to Kiwi at once."""

    def __init__(self, text: str, resident: bool) -> None:
        self.text = text
        self.resident = resident
        self.batch: dict[str, Analysis] | None = None

    def __call__(self, word: str) -> Analysis:
        found = _ANALYSES.get(word)
        if found is None:
            if self.batch is None:
                self.batch = _analyze(_words_of(self.text), self.resident)
            found = self.batch.get(word)
        return found if found is not None else _analyze([word], self.resident)[word]


def _ending_ok(word_rest: str, word: str, cut: int, analysis: _Analyses) -> bool:
    if not word_rest or word_rest in PARTICLES:
        return True
    if not all(map(is_hangul, word_rest)):
        return False
    tokens = analysis(word)
    boundaries = {start for _, start in tokens}
    after = [tag for tag, start in tokens if start >= cut]
    return cut in boundaries and all(tag.startswith(_AFTER_TERM) for tag in after)


def _is_a_noun_here(word: str, analysis: _Analyses) -> bool:
    """False when Kiwi reads the word as a verb or adjective form (지난, 가는)."""
    last = word[-1]
    if not is_hangul(last):
        return True
    if decompose(last)[2] not in ("ㄴ", "ㄹ") and last not in _MAYBE_VERBAL:  # 지난, 갈
        return True
    tags = [tag for tag, _ in analysis(word)]
    if not tags or not tags[0].startswith(_NOT_NOUN):
        return True
    # An ending followed straight by a particle (지나/VV ㄴ/ETM 에서/JKB) is no
    # verb form: Kiwi misread a name that carries a particle.
    return any(tag.startswith("J") and before.startswith("E")
               for before, tag in zip(tags, tags[1:], strict=False))


# Whitespace, and the hyphens and middle dots that join Korean words: each a
# space in a text's keys, as the index's keys leave them all out (한미 정상회담
# finds 한-미 정상회담, as a lookup does). So are quotes: a term may open with a
# quoted word ('쌍순환' 전략 is 쌍순환 전략, as the miner stores it).
_NO_END = KOREAN_JOINERS + QUOTE_MARKS
_JOINING = re.compile(rf"[\s{re.escape(_NO_END)}]")


def _key_text(text: str) -> str | None:
    """``text`` as a term's key reads it (:func:`~glossary.model.compact_korean`
    of :func:`ko_key`), a character for each character, so that a candidate's
    key is a slice of it with the spaces taken out: widths and case folded,
    any whitespace, hyphen or middle dot a space. None when the text is not
    so simple: a character whose case folds into two, or a combining mark
    that normalizing may join."""
    if any(map(unicodedata.combining, text)) or not unicodedata.is_normalized("NFC", text):
        return None
    folded = fold_lookalikes(text).casefold()
    return _JOINING.sub(" ", folded) if len(folded) == len(text) else None


def _korean_hit(text: str, i: int, index: TermIndex, analysis: _Analyses,
                keys: str | None) -> Match | None:
    """The longest known term starting at ``i``, with what follows it in the
    word; ``keys`` is :func:`_key_text` of the text, when it has one."""
    n = len(text)
    longest = min(2 * index.max_ko, n - i)
    korean = index.korean
    if keys is not None:
        # Candidates ending a space apart share a key: each is asked for once.
        window = keys[i : i + longest]
        letters = list(accumulate(ch != " " for ch in window))
        key_of = window.replace(" ", "")
    asked, flat = -1, None
    for length in range(longest, 0, -1):
        end = i + length
        if text[end - 1] in _NO_END or text[end - 1].isspace():
            continue  # a term ends in a letter: never in the line break, space or quote after it
        if keys is None:
            flat = korean.get(compact_korean(ko_key(text[i:end])))
        elif letters[length - 1] != asked:
            asked = letters[length - 1]
            flat = korean.get(key_of[:asked]) if asked <= index.max_ko else None
        if flat is None:
            continue
        hit = entry(flat)
        tail_end = end
        if end < n and _word_char(text[end]) and text[end - 1] != " ":
            while tail_end < n and _word_char(text[tail_end]):
                tail_end += 1
            if not _ending_ok(text[end:tail_end], text[i:tail_end], end - i, analysis):
                continue
        word_start = text.rfind(" ", 0, end - 1) + 1
        if not _is_a_noun_here(text[word_start:tail_end], analysis):
            continue
        return Match(i, end, text[i:end], hit[0], list(hit[1]), text[end:tail_end])
    return None


def _korean(text: str, index: TermIndex, resident: bool = False) -> list[Match]:
    matches: list[Match] = []
    analysis = _Analyses(text, resident)
    keys = _key_text(text)  # once: normalizing each candidate anew costs a text's length squared
    i, n = 0, len(text)
    while i < n:
        if not _word_char(text[i]) or (i and _word_char(text[i - 1])):
            i += 1
            continue
        found = _korean_hit(text, i, index, analysis, keys)
        if found:
            matches.append(found)
            i = found.end + len(found.particle)
        else:
            while i < n and _word_char(text[i]):
                i += 1
    return matches


def _simplified_same_length(text: str) -> str:
    """Simplified, with Korean Hanja forms folded (硏 → 研), offsets unchanged."""
    folded = to_hans(text)
    if len(folded) != len(text):
        folded = "".join(to_hans(ch) for ch in text)  # keep offsets aligned
    return fold_korean_forms(folded)


def _chinese(text: str, index: TermIndex) -> list[Match]:
    folded = _simplified_same_length(text)
    # Teach the segmentation only the terms that occur: every substring of the
    # text up to the longest key, intersected with the index, is far cheaper
    # than 100k words.
    longest = min(index.max_zh, 16)
    chinese = index.chinese
    taught: dict[str, int] = {}
    for begin in range(0, len(folded), WINDOW):
        taught.update((key, USER_WORD_FREQ) for key in substrings(folded, longest, begin,
                                                                   begin + WINDOW)
                      if len(key) > 1 and key in chinese and " " not in key)
    tokens = segment(folded, taught)
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token)
    matches: list[Match] = []
    quoted = any(map(_is_quote, tokens))
    t = 0
    while t < len(tokens):
        found = None
        for span in range(min(6, len(tokens) - t), 0, -1):
            candidate = "".join(tokens[t : t + span])
            key = _unquoted_key(tokens[t : t + span]) if quoted else candidate
            if not key or len(key) > index.max_zh:
                continue
            flat = index.chinese.get(key)
            if flat:
                hit = entry(flat)
                start = starts[t]
                end = start + len(candidate)
                found = (span, Match(start, end, text[start:end], hit[0], list(hit[1])))
                break
        if found is None:
            found = _before_suffix(tokens[t], starts[t], text, index)
        if found:
            matches.append(found[1])
            t += found[0]
        else:
            t += 1
    return matches


def _is_quote(token: str) -> bool:
    return all(ch in QUOTE_MARKS for ch in token)


def _unquoted_key(tokens: list[str]) -> str:
    """The key of a candidate whose tokens may quote a word inside a term
    (“一带一路”倡议, stored as 一带一路倡议); "" when a quote is open at either
    end of it, or the candidate is a quoted word alone (matched inside its
    quotes, as without them)."""
    quotes = [k for k, token in enumerate(tokens) if _is_quote(token)]
    if not quotes:
        return "".join(tokens)
    if len(quotes) % 2 or quotes[-1] == len(tokens) - 1:
        return ""
    return "".join(token for k, token in enumerate(tokens) if k not in quotes)


def _before_suffix(token: str, start: int, text: str, index: TermIndex
                   ) -> tuple[int, Match] | None:
    """A known name that the segmentation kept whole with its administrative
    suffix (上海市 when the termbase knows 上海): the name, the suffix left out."""
    if len(token) < 3 or token[-1] not in SUFFIXES:
        return None
    flat = index.chinese.get(token[:-1])
    if not flat:
        return None
    term, renderings = entry(flat)
    end = start + len(token) - 1
    return 1, Match(start, end, text[start:end], term, renderings)


def already_glossed(text: str, match: Match) -> bool:
    """True when a bracket follows the term already: 마윈(馬雲)은."""
    return text[match.end : match.end + 1] in PAIRS


def inline(text: str, matches: list[Match], gloss: str = "first") -> str:
    """The text with a gloss after a term's first occurrence (``gloss="all"``:
    after every one), never where the text glosses it already.

    >>> ms = [Match(0, 2, "마윈", "마윈", ["马云"], "은"),
    ...       Match(4, 6, "마윈", "마윈", ["马云"], "이다")]
    >>> inline("마윈은 마윈이다", ms), inline("마윈은 마윈이다", ms, gloss="all")
    ('마윈(马云)은 마윈이다', '마윈(马云)은 마윈(马云)이다')
    >>> inline("마윈(馬雲)은 마윈이다", [Match(0, 2, "마윈", "마윈", ["马云"], ""),
    ...                             Match(8, 10, "마윈", "마윈", ["马云"], "이다")])
    '마윈(馬雲)은 마윈이다'
    """
    out, last, seen = [], 0, set()
    for match in matches:
        glossed = already_glossed(text, match)
        if glossed:
            seen.add(match.term)
        if glossed or (gloss == "first" and match.term in seen) or not match.renderings:
            continue
        seen.add(match.term)
        out.append(text[last : match.end])
        out.append(f"({match.renderings[0]})")
        last = match.end
    out.append(text[last:])
    return "".join(out)


def summary(matches: list[Match]) -> list[tuple[str, int, list[str]]]:
    """Each term once, with how often it occurs and its renderings, by first occurrence."""
    counts: dict[str, int] = {}
    renderings: dict[str, list[str]] = {}
    for match in matches:
        counts[match.term] = counts.get(match.term, 0) + 1
        renderings.setdefault(match.term, match.renderings)
    return [(term, count, renderings[term]) for term, count in counts.items()]
