"""Occurrences of one gloss in a document agree on its boundary."""

from __future__ import annotations

from pathlib import Path

from db import Termbase
from glossary import mine_document


def spellings(text: str) -> list[str]:
    return [p.ko for p in mine_document(text, "t.txt").pairs]


def test_a_word_before_that_reads_like_the_gloss_is_left_out_when_others_show_the_term() -> None:
    text = ("관영 중앙텔레비전(中央电视台)이 먼저 보도했다. "
            "이어 당 중앙 중앙텔레비전(中央电视台)의 저녁 뉴스가 같은 소식을 전했다.")
    alone = mine_document(text[text.index("이어") :], "t.txt").pairs
    assert [p.ko for p in alone] == ["중앙 중앙텔레비전"]  # the bracket decided alone
    found = mine_document(text, "t.txt").pairs
    assert [p.ko for p in found] == ["중앙텔레비전", "중앙텔레비전"]
    assert all(text[p.term_start : p.term_end] == p.ko for p in found)


def test_better_evidence_keeps_the_longer_boundary_and_a_shorter_one_stays_a_variant() -> None:
    text = "그는 광둥성 광저우시(广东省广州市)에서 자랐다. 지금도 광저우시(广东省广州市)에 산다."
    assert spellings(text) == ["광둥성 광저우시", "광저우시"]


def test_different_glosses_do_not_interfere() -> None:
    text = "베이징대학(北京大学) 교수와 칭화대학(清华大学) 교수가 만났다."
    assert spellings(text) == ["베이징대학", "칭화대학"]


def test_across_documents_the_termbase_prefers_the_supported_boundary(tmp_path: Path
                                                                     ) -> None:
    absorbed = "이어 당 중앙 중앙텔레비전(中央电视台)의 저녁 뉴스가 전했다."
    plain = "관영 중앙텔레비전(中央电视台)이 먼저 보도했다."
    docs = [mine_document(absorbed, "a.txt"), mine_document(absorbed + " ", "b.txt"),
            mine_document(plain, "c.txt")]
    assert [p.ko for doc in docs for p in doc.pairs] == [
        "중앙 중앙텔레비전", "중앙 중앙텔레비전", "중앙텔레비전"]  # each decided alone
    with Termbase(tmp_path / "one.db") as tb:
        for doc in docs:
            tb.add_mined(doc)
        (entry,) = tb.lookup("中央电视台", exact=True)
    # Two occurrences took a word too many; all three support 중앙텔레비전, and the
    # longer spelling stays as a variant behind it.
    assert [(r.ko, r.count) for r in entry.renderings] == [
        ("중앙텔레비전", 1), ("중앙 중앙텔레비전", 2)]
    with Termbase(tmp_path / "two.db") as tb:
        tb.add_mined(docs[2])
    with Termbase(tmp_path / "three.db") as tb:
        tb.add_mined(docs[0])
        tb.add_mined(docs[1])
        tb.merge(tmp_path / "two.db")
        (merged,) = tb.lookup("中央电视台", exact=True)
    assert [r.ko for r in merged.renderings] == [r.ko for r in entry.renderings]
