"""Learned correspondences: a third kind of evidence beside readings."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary.mining import combine, learn, mine_document, seed
from glossary.mining.correspondences import STATE_SYLLABLES, _not_read, _translates
from glossary.mining.decide import decide
from glossary.model import Kind
from glossary.text.readings import sino_readings

DAM = combine({}, learn([("三峡水库", "싼샤 댐")]), at_least=1)


def test_a_piece_is_learned_from_a_pair_whose_other_characters_are_read() -> None:
    counts = learn([("三峡水库", "싼샤 댐"), ("小浪底水库", "샤오랑디 댐"),
                    ("浦东机场", "푸둥 공항"), ("上海", "상하이")])
    assert counts[("水库", "댐")] == 2 and counts[("机场", "공항")] == 1
    assert not any(ko == "상하이" for _, ko in counts)  # a reading teaches nothing


def test_readings_the_tables_lack_are_not_taken_for_translations() -> None:
    assert not _translates("镇", "진")  # one character, one syllable: a reading
    assert not _translates("团体", "단체")  # read through the traditional forms 團體
    assert _translates("水库", "댐") and _translates("输入法", "입력기")


def test_a_learned_piece_sets_the_boundary_and_the_kind() -> None:
    window = "황허 중류에 건설된 샤오랑디 댐"
    assert decide("小浪底水库", window, {}) is None  # readings alone leave 水库 unexplained
    start, kind, confidence = decide("小浪底水库", window, DAM) or (0, None, 0)
    assert window[start:] == "샤오랑디 댐" and kind == Kind.MIXED and confidence > 0.9
    alone = decide("水库", "저수용 댐", DAM)
    assert alone is not None and alone[1] == Kind.TRANSLATION


def test_a_particle_after_the_bracket_opens_the_word_without_a_table() -> None:
    # Kiwi reads 댐 alone as a verb's form, 댐에서 as the noun: the piece is a
    # translation then, less sure than the learned one.
    text = "새로 지은 샤오랑디 댐(小浪底水库)에서 물을 흘려보냈다."
    (alone,) = mine_document(text, "a.txt", learned={}).pairs
    (learned,) = mine_document(text, "a.txt", learned=DAM).pairs
    assert alone.ko == learned.ko == "샤오랑디 댐" and alone.confidence < learned.confidence


def test_mine_document_takes_a_table() -> None:
    text = "새로 지은 샤오랑디 댐(小浪底水库) 덕분에 물이 넉넉하다."
    assert [p.ko for p in mine_document(text, "a.txt", learned=DAM).pairs] == ["샤오랑디 댐"]
    assert mine_document(text, "a.txt", learned={}).pairs == ()


def test_the_shipped_table_loads_and_holds_no_readings() -> None:
    """No reading, but a state's syllable (华 중), which is none either, and a
    name of the world spelt near its Japanese reading (香港 홍콩), which reads no kanji."""
    table = seed()
    assert table and all(_translates(zh, ko) or STATE_SYLLABLES.get(zh) == ko
                         or _not_read(zh, ko)
                         for zh, spellings in table.items() for ko in spellings)
    assert "홍콩" in table["香港"] and "巴黎" not in table
    assert all(ko not in sino_readings(zh) for zh, ko in STATE_SYLLABLES.items())


def test_kozh_mine_learns_from_the_pairs_a_translator_verified(tmp_path: Path,
                                                               runner: CliRunner) -> None:
    db = tmp_path / "t.db"
    doc = tmp_path / "news.txt"
    doc.write_text("새로 지은 샤오랑디 댐(小浪底水库) 덕분에 물이 넉넉하다.", encoding="utf-8")
    before = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(doc)])
    assert before.exit_code == 0 and before.stdout == ""
    added = runner.invoke(cli, ["add", "--db", str(db), "싼샤 댐", "三峡水库", "--kind", "mixed"])
    assert added.exit_code == 0, added.stderr
    assert runner.invoke(cli, ["mine", "--db", str(db), "--jobs", "1", str(doc)]).exit_code == 0
    with Termbase(db, read_only=True) as tb:
        (entry,) = tb.lookup("小浪底水库", exact=True)
    assert [(r.ko, r.kind) for r in entry.renderings] == [("샤오랑디 댐", Kind.MIXED)]
    # A candidate nobody verified teaches nothing: mining stays a function of the text.
    other = tmp_path / "other.db"
    with Termbase(other) as tb:
        tb.add_mined(mine_document("싼샤 댐(三峡水库)은 크다.", "x.txt", learned=DAM))
    assert runner.invoke(cli, ["mine", "--db", str(other), "--jobs", "1", str(doc)]).exit_code == 0
    with Termbase(other, read_only=True) as tb:
        assert tb.lookup("小浪底水库", exact=True) == []


def test_documents_mined_before_a_decision_are_mined_again(tmp_path: Path,
                                                           runner: CliRunner) -> None:
    db = tmp_path / "t.db"
    doc = tmp_path / "news.txt"
    doc.write_text("새로 지은 샤오랑디 댐(小浪底水库) 덕분에 물이 넉넉하다. 마윈(馬雲)도 왔다.",
                   encoding="utf-8")
    mine = ["mine", "--db", str(db), "--jobs", "1", str(doc)]
    first = runner.invoke(cli, mine)
    assert first.exit_code == 0 and "added, 1 pairs" in first.stderr
    again = runner.invoke(cli, mine)
    assert "unchanged" in again.stderr  # the same text and table: nothing to do
    assert runner.invoke(cli, ["add", "--db", str(db), "싼샤 댐", "三峡水库"]).exit_code == 0
    after = runner.invoke(cli, mine)  # the table grew: the stored text is mined again
    assert after.exit_code == 0 and "re-mined, 2 pairs" in after.stderr, after.stderr
    with Termbase(db, read_only=True) as tb:
        assert [r.ko for r in tb.lookup("小浪底水库", exact=True)[0].renderings] == ["샤오랑디 댐"]
        assert [r.ko for r in tb.lookup("马云", exact=True)[0].renderings] == ["마윈"]
    assert "unchanged" in runner.invoke(cli, mine).stderr


def test_the_names_korean_gives_places_and_countries_are_shipped_correspondences() -> None:
    assert "서울" in seed()["首尔"] and "프랑스" in seed()["法国"]
    found = {(p.ko, p.zh): p for p in mine_document(
        "회의는 서울(首尔)에서 열렸고 대표단은 프랑스 파리(法国巴黎)로 떠났다.", "n.txt").pairs}
    seoul, paris = found[("서울", "首尔")], found[("프랑스 파리", "法国巴黎")]
    assert seoul.kind == Kind.TRANSLATION and seoul.confidence > 0.95  # verified, no guess
    assert paris.kind == Kind.MIXED and paris.confidence > 0.95
    # A name the table does not give that Korean for stays a guess, below the check's 0.9.
    guess = mine_document("회의는 영국(法国)에서 열렸다.", "g.txt").pairs
    assert all(p.confidence < 0.9 for p in guess)
