"""Hypothesis against the readers and the miner: random input is either read
or refused with a FormatError, never a crash; mining never fails and never
loses a pair it stored."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Termbase
from glossary import FormatError, mine_document
from glossary.formats import FORMATS, read_entries
from glossary.formats.base import MAX_COUNT
from glossary.model import korean_key

READERS = sorted(name for name, f in FORMATS.items() if f.reader)
cells = st.text(alphabet=st.sampled_from(list('상하이베이징上海北京"\',|\t\n\r =+-@0123456789.x')),
                max_size=12)


def read_all(data: bytes, fmt: str) -> list[object]:
    try:
        concepts = list(read_entries(data, f"input.{fmt}", fmt))
    except FormatError:
        return []
    for concept in concepts:
        for rendering in concept.renderings:
            assert 1 <= rendering.count <= MAX_COUNT and 0 <= rendering.confidence <= 1
            assert rendering.ko.strip()
    return list(concepts)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
@pytest.mark.parametrize("fmt", READERS)
def test_random_bytes_are_read_or_refused(fmt: str, data: bytes) -> None:
    read_all(data, fmt)


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=1, max_size=5), max_size=6),
       header=st.sampled_from([["zh_hans", "ko"], ["zh_hans", "ko", "count"],
                               ["ko", "zh_hant", "confidence", "kind"]]))
def test_random_csv_structure(header: list[str], rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out).writerow(header)
    raw = out.getvalue() + "\n".join(",".join(row) for row in rows)  # quotes left as they fall
    read_all(raw.encode("utf-8"), "csv")


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=1, max_size=7), max_size=6))
@pytest.mark.parametrize("fmt", ["tsv", "omegat", "deepl"])
def test_random_tab_separated_structure(fmt: str, rows: list[list[str]]) -> None:
    head = "zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\n" if fmt == "tsv" else ""
    read_all((head + "\n".join("\t".join(row) for row in rows)).encode("utf-8"), fmt)


TAGS = ["tbx", "text", "body", "conceptEntry", "termEntry", "langSec", "langSet", "termSec",
        "tig", "ntig", "term", "note", "descrip", "admin"]


@st.composite
def xml_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attributes = draw(st.sampled_from(['', ' xml:lang="ko"', ' xml:lang="zh-Hans"',
                                       ' xml:lang="zh-TW"', ' type="context"']))
    inner = draw(st.sampled_from(["상하이", "上海", "kind: latin; count: 3", "count: -1", "",
                                  "&amp;"]))
    children = draw(st.lists(xml_trees(depth + 1), max_size=3)) if depth < 5 else []
    return f"<{tag}{attributes}>{inner}{''.join(children)}</{tag}>"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tree=xml_trees(), broken=st.booleans())
def test_random_tbx_structure(tree: str, broken: bool) -> None:
    text = '<?xml version="1.0"?>' + tree
    read_all((text[:-3] if broken else text).encode("utf-8"), "tbx")


bracket_text = st.text(alphabet=st.sampled_from(list(
    "상하이베이징마윈타오바오 리창연구원은이가 上海北京马雲淘寶李强研究院 ()（）[]【】,、·:《》\n"
)),
    max_size=120)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(bracket_text, min_size=1, max_size=4))
def test_mining_never_fails_and_never_loses_a_stored_pair(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder, Termbase(Path(folder) / "t.db") as tb:
        stored = []
        for number, text in enumerate(texts):
            doc = mine_document(text, f"doc{number}")
            for pair in doc.pairs:
                assert text[pair.term_start : pair.term_end].strip()
                assert text[pair.paren_start] in "([（［【"
            if tb.add_mined(doc).status == "added":
                stored += doc.pairs
        for pair in stored:
            found = tb.lookup(pair.zh, exact=True)
            assert any(korean_key(r.ko) == korean_key(pair.ko)
                       for concept in found for r in concept.renderings), pair
