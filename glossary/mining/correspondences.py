"""Learned correspondences: Korean words that translate Chinese pieces.

Readings verify transcriptions (항저우 杭州) and Sino-Korean readings (국제
国际); nothing verifies the pieces that are translated: 댐 for 水库, 공항 for
机场, 역 for 站. A correspondence table says which Korean spelling renders
which Chinese piece, learned from pairs whose other characters readings
verify, so that mixed pairs (싼샤 댐 三峡水库) get their boundary and kind
from evidence rather than from Kiwi's guess at an unknown word.

Three sources: ``data/correspondences.tsv``, made by kozh's own mining of
public text (``scripts/build_correspondences.py``, docs/mining.md says how),
the names Korean gives places in Korea and countries, cities and bodies of
the world where they are no reading (首尔 서울, 法国 프랑스: see
:mod:`glossary.text.places`), and the pairs a translator verified in the
termbase, which extend them.

>>> learn([("三峡水库", "싼샤 댐"), ("小浪底水库", "샤오랑디 댐")])[("水库", "댐")]
2
>>> table = combine({}, learn([("首都机场", "서우두 공항")]), at_least=1)
>>> table["机场"]
('공항',)
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from ..text import DATA
from ..text.hangul import similarity
from ..text.japanese import JAPANESE_NEAR, japanese_hangul, spells_japanese
from ..text.normalize import clean, to_hans, to_hant
from ..text.places import names_korean_gives
from ..text.readings import sino_readings, variant_forms
from ..text.segmenter import word_spans
from ..text.variants import variant_key
from .align import (
    CLASSIFIERS,
    MAX_PIECE,
    NATIVE_NUMERALS,
    Correspondences,
    PieceModel,
    align,
    chinese_number,
    units,
)
from .brackets import MAX_GLOSS


@lru_cache(maxsize=20_000)
def chinese_words(chars: str) -> frozenset[tuple[int, int]]:
    """Spans a translation piece may take: jieba's words of the gloss, and all of it;
    and a word of two characters that opens with a numeral Korean counts in its
    own words, less the numeral (孩 of 三孩: 세 자녀 for 三孩政策, the numeral
    read as Korean counts; not 四 of 六四, nor the 聖諦 of 四聖諦 사성제).
    Remembered, as a corpus glosses the same terms again and again.

    >>> sorted(chinese_words("三孩政策"))
    [(0, 1), (0, 2), (0, 4), (1, 2), (2, 4)]
    """
    spans = {(0, len(chars))} | word_spans(to_hans(chars))
    counted = {(begin + 1, end) for begin, end in spans if end - begin == 2
               and chinese_number(chars[begin]) in NATIVE_NUMERALS
               and chars[begin + 1] not in CLASSIFIERS and chinese_number(chars[begin + 1]) is None}
    return frozenset(spans | counted | {(begin - 1, begin) for begin, _ in counted})


@cache
def seed() -> Correspondences:
    """The shipped table: Chinese piece → Korean spellings, most used first."""
    text = DATA.joinpath("correspondences.tsv").read_text(encoding="utf-8")
    counts: Counter[tuple[str, str]] = Counter()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            zh, ko, count = line.split("\t")
            counts[(zh, ko)] = int(count)
    # And the names Korean gives places and countries, not read from their
    # characters (首尔 서울, 法国 프랑스): evidence no alignment could learn.
    for zh, ko in names_korean_gives():
        if _translates(zh, ko) or _not_read(zh, ko):
            counts[(zh, ko)] += 1
    for zh, ko in (*STATE_SYLLABLES.items(), *STATE_WORDS.items()):
        counts[(zh, ko)] += 1
    return combine({}, counts, at_least=1)


# A state's one syllable in a compound that no reading of its character gives:
# 华 for China, as Korean writes 중 (驻华 주중, 访华 방중).
STATE_SYLLABLES = {"华": "중", "華": "중"}
# The native word Korean puts after a dynasty's or an old state's one
# syllable, where Chinese writes 朝 or 国 (당나라 唐朝, 진나라 秦国), and the
# word for a firm's 集团, which a transliterated name runs into (앤트그룹 蚂蚁集团).
STATE_WORDS = {"朝": "나라", "国": "나라", "集团": "그룹"}


def learn(pairs: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(Chinese piece, Korean spelling) → in how many of ``pairs`` it
    translates a piece the readings do not explain."""
    found: Counter[tuple[str, str]] = Counter()
    for zh, ko in pairs:
        zh = to_hans(clean(zh))
        us = units(clean(ko))
        if not zh or not us or len(zh) > MAX_GLOSS:
            continue
        alignment = align(zh, us, PieceModel(chinese_words(zh)))
        if alignment is None or alignment.start != 0 or alignment.inserted:
            continue
        if not alignment.reads and len(alignment.correspondences) > 1:
            continue  # a translation cut into pieces: which word renders which is a guess
        for first, end, unit_start, unit_end in alignment.correspondences:
            spelling = "".join(u.text for u in us[unit_start:unit_end])
            if all(u.kind == "syl" for u in us[unit_start:unit_end]) and _translates(
                    zh[first:end], spelling):
                found[(zh[first:end], spelling)] += 1
    return found


def _not_read(name: str, korean: str) -> bool:
    """Do no readings explain a name of the world's tables that Korean spells
    near its Japanese reading (멕시코 for 墨西哥, メキシコ; 홍콩 for 香港,
    ホンコン)? Such names came to both languages from a third: the Japanese
    reading verifies none of them (it spells no kanji), and without the table
    they are translations by chance alone. A name the readings explain (파리 of
    巴黎, each character read and no syllable left) stays theirs."""
    if len(name) > MAX_PIECE or len(name) == 1 or spells_japanese(name, korean):
        return False
    read = align(name, units(korean), None, {})
    return read is None or "del" in read.evidence or read.inserted > 0


def _translates(piece: str, spelling: str) -> bool:
    """Is ``spelling`` a translation of ``piece``, not a reading the tables
    lack? One character for one syllable is most often such a reading (镇 진
    of 鎭, 沢 와 of a Japanese name); so is a Sino-Korean reading of the
    traditional or variant forms, or the Japanese reading."""
    if len(piece) > MAX_PIECE or (len(piece) == 1 and len(spelling) == 1):
        return False
    variants = variant_forms()
    forms = [[ch, to_hant(ch), variant_key(ch), *variants.get(ch, ""),
              *variants.get(to_hant(ch), "")] for ch in piece]
    if len(spelling) == len(piece) and all(
            any(syllable in sino_readings(form) for form in options)
            for syllable, options in zip(spelling, forms, strict=True)):
        return False
    japanese = japanese_hangul(piece).replace(" ", "")
    return not japanese or similarity(japanese, spelling) < JAPANESE_NEAR


def combine(table: Mapping[str, tuple[str, ...]], counts: Counter[tuple[str, str]],
            at_least: int = 2) -> Correspondences:
    """``table`` extended by the correspondences seen ``at_least`` times."""
    merged = {zh: list(spellings) for zh, spellings in table.items()}
    for (zh, ko), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count >= at_least and ko not in merged.setdefault(zh, []):
            merged[zh].append(ko)
    return {zh: tuple(spellings) for zh, spellings in merged.items() if spellings}


def fingerprint(table: Correspondences) -> str:
    """A short digest of a table, recorded with each document mined with it:
    when the table grows, stored documents are mined again.

    >>> fingerprint({"水库": ("댐",)}) == fingerprint({"水库": ("댐",)}) != fingerprint({})
    True
    """
    listing = json.dumps(sorted((zh, list(spellings)) for zh, spellings in table.items()),
                         ensure_ascii=False)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
