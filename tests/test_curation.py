"""From candidates to a glossary a translator trusts: decisions, edits, and
decisions that survive re-mining, import, export and merge."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, isoschematron

from cli import cli
from db import Termbase
from glossary import ConflictError, NotFoundError, mine_document
from glossary.curation import ReviewQueue, add_pair, infer_kind
from glossary.formats import ExportOptions, export
from glossary.model import Decision, Kind, Status

SHARED_TBX = Path(__file__).resolve().parent.parent.parent / "shared" / "tbx"
DOCS = {
    "economy.txt": ("알리바바 원장 마윈(马云)은 항저우(杭州)에서 말했다. 마윈(马云)은 "
                    "상하이(上海)와 상해(上海)를 오갔다.\n\n"
                    "타오바오(淘寶)와 티몰 슈퍼(天貓超市)가 성장했다.\n"),
    "travel.txt": ("상하이(上海)에서 베이징(北京)으로 갔다. 베이징(北京) 공항에서 항저우(杭州)행 "
                   "비행기를 탔다.\n\n클라우드 컴퓨팅(云计算) 회의가 상하이(上海)에서 열렸다.\n"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def kozh(runner: CliRunner, *args: str, input: str | None = None) -> str:
    result = runner.invoke(cli, list(args), input=input)
    assert result.exit_code == 0, (args, result.stdout, result.stderr, result.exception)
    return result.stdout


def snapshot(db: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    with Termbase(db, read_only=True) as tb:
        return {(p.zh_hans, p.ko): (p.status.value, p.note, p.domain)
                for p in tb.list_pairs(limit=1000)}


def test_the_whole_loop(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    kozh(runner, "mine", "--db", old, str(corpus))
    order = [(p.ko, p.zh_hans) for p in ReviewQueue(Termbase(old)).termbase.list_pairs()]
    assert order[0][1] == "上海"  # most frequent first
    # The terminal loop, driven by keystrokes, most frequent first (ties by the Korean):
    # 상하이 approve, 마윈 skip, 베이징 reject, 항저우 prefer, undo it, 항저우 approve,
    # 상해 reject, 클라우드 컴퓨팅 skip, 타오바오 edit (a boundary fixed), 티몰 슈퍼
    # prefer, quit.
    keys = "asrpuarse" + "타오바오 신쉬안\n淘宝\n" + "p" + "q"
    result = runner.invoke(cli, ["review", "--db", old], input=keys)
    assert result.exit_code == 0, result.stdout
    assert "undone" in result.stdout and "decision(s) saved" in result.stderr
    kozh(runner, "approve", "--db", old, "마윈은", "馬雲", "--note", "알리바바 <창업자>",
         "--domain", "경제")
    kozh(runner, "add", "--db", old, "티몰", "天猫", "--domain", "전자상거래",
         "--note", "=HYPERLINK")
    decided = snapshot(Path(old))
    statuses = {status for status, _, _ in decided.values()}
    assert {"approved", "rejected", "preferred", "candidate"} <= statuses
    assert ("淘宝", "타오바오 신쉬안") in decided and ("淘宝", "타오바오") not in decided

    tbx = tmp_path / "glossary.tbx"
    kozh(runner, "export", "--db", old, "--format", "tbx", "--status", "candidate", "--status",
         "approved", "--status", "preferred", "--status", "rejected", "-o", str(tbx))
    kozh(runner, "import", "--db", new, str(tbx))
    kozh(runner, "mine", "--db", new, str(corpus))
    kozh(runner, "mine", "--db", old, str(corpus))  # re-mining changes no decision either
    assert snapshot(Path(new)) == decided == snapshot(Path(old))
    deepl = [kozh(runner, "export", "--db", db, "--format", "deepl") for db in (old, new)]
    assert deepl[0] == deepl[1]
    assert "타오바오 신쉬안" in deepl[0] and "\t" in deepl[0]
    rejected = [ko for (_, ko), (status, _, _) in decided.items() if status == "rejected"]
    assert rejected and all(f"{ko}\t" not in deepl[0] for ko in rejected)


def test_re_mining_never_changes_a_decision(tmp_path: Path) -> None:
    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("상하이(上海)와 상해(上海)", "a.txt"))
        tb.set_status("상해", "上海", Status.REJECTED, note="옛 표기")
        tb.set_status("상하이", "上海", Status.PREFERRED)
        tb.add_mined(mine_document("상하이(上海)와 상해(上海)가 다시 나온다.", "a.txt"))  # edited
        tb.add_mined(mine_document("상해(上海)라고 쓴 책", "b.txt"))
        (shanghai,) = tb.lookup("上海", include_rejected=True)
        assert [(r.ko, r.status, r.note) for r in shanghai.renderings] == [
            ("상하이", "preferred", ""), ("상해", "rejected", "옛 표기")]
        assert [r.ko for r in tb.lookup("上海")[0].renderings] == ["상하이"]  # rejected hidden


def test_one_preferred_rendering_per_concept(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("상하이(上海)와 상해(上海)", "a.txt"))
    termbase.set_status("상하이", "上海", Status.PREFERRED)
    termbase.set_status("상해", "上海", Status.PREFERRED)
    (entry,) = termbase.lookup("上海")
    assert [(r.ko, r.status) for r in entry.renderings] == [("상해", "preferred"),
                                                            ("상하이", "approved")]
    termbase.undo()
    assert termbase.lookup("上海")[0].renderings[0].ko == "상하이"


def test_a_decision_made_meanwhile_is_not_overwritten(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("베이징(北京)", "a.txt"))
    seen = ReviewQueue(termbase).next()
    assert seen is not None
    termbase.set_status("베이징", "北京", Status.REJECTED, by="다른 사람")  # another reviewer
    with pytest.raises(ConflictError, match="changed by someone else"):
        ReviewQueue(termbase).decide(seen, Status.APPROVED)
    assert termbase.decision("베이징", "北京")[0].status is Status.REJECTED


def test_edit_moves_sources_and_counts_and_sticks(termbase: Termbase) -> None:
    text = "알리바바 원장 마윈(马云)과 원장 마윈(马云)"
    termbase.add_mined(mine_document(text, "a.txt"))
    ko = termbase.lookup("马云")[0].renderings[0].ko
    termbase.edit_pair(ko, "马云", new_ko="마윈", note="호칭은 빼고")
    termbase.add_mined(mine_document(text + ".", "a.txt"))  # re-mined: the old spelling stays away
    (entry,) = termbase.lookup("马云")
    assert [(r.ko, r.count, r.note) for r in entry.renderings] == [("마윈", 2, "호칭은 빼고")]
    assert entry.renderings[0].sources[0].document == "a.txt"


def test_review_reads_keys_piped_in(tmp_path: Path) -> None:
    # No terminal: keys one a line, the line after e the new Korean, an empty
    # one keeps the Chinese, the end of the input quits.
    import subprocess
    import sys

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("창업자 마윈(马云)과 마윈(马云), 원장 베이징(北京)", "a.txt"))
    done = subprocess.run([sys.executable, "-m", "glossary", "review", "--db", str(db)],
                          input="a\ne\n북경\n\n", capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, "KOZH_RESIDENT": "0"})
    assert done.returncode == 0, done.stderr
    assert "2 decision(s) saved" in done.stderr
    with Termbase(db) as tb:
        assert tb.decision("마윈", "马云")[0].status == Status.APPROVED
        assert [r.ko for r in tb.lookup("北京")[0].renderings] == ["북경"]


def test_an_edit_in_place_keeps_the_pair_and_its_sources(termbase: Termbase) -> None:
    # A note or a domain alone, or a spelling the key does not tell apart
    # (spaces), is no move: the pair keeps its sources and counts.
    termbase.add_mined(mine_document("창업자 마윈(马云)과 마윈(马云), 항저우(杭州)", "a.txt"))
    termbase.edit_pair("마윈", "马云", note="알리바바 창업자")
    termbase.edit_pair("마윈", "马云", domain="경제")
    termbase.edit_pair("마윈", "马云", new_ko="마 윈")
    (entry,) = termbase.lookup("马云")
    assert [(r.ko, r.count, r.note, r.domain) for r in entry.renderings] == [
        ("마 윈", 2, "알리바바 창업자", "경제")]
    assert entry.renderings[0].sources[0].document == "a.txt"
    for _ in range(3):
        termbase.undo()
    (entry,) = termbase.lookup("马云")
    assert [(r.ko, r.count, r.note, r.domain, r.status) for r in entry.renderings] == [
        ("마윈", 2, "", "", Status.CANDIDATE)]
    termbase.edit_pair("마윈", "马云", note="잠시")
    termbase.edit_pair("마윈", "马云", note="")  # a note taken back
    assert termbase.lookup("马云")[0].renderings[0].note == ""


def test_undoing_an_edit_that_joined_two_pairs_parts_them(termbase: Termbase) -> None:
    # 상해 fixed to 상하이, which is already there: one pair with both counts;
    # the undo gives each its own occurrences, kind and decision back.
    termbase.add_mined(mine_document("상하이(上海)와 상해(上海), 상해(上海)에서", "a.txt"))
    termbase.set_status("상하이", "上海", Status.REJECTED, note="표준 아님")
    termbase.set_status("상해", "上海", Status.APPROVED, note="옛 표기")
    before = [(r.ko, r.kind, r.count, r.status, r.note)
              for r in termbase.lookup("上海")[0].renderings]
    termbase.edit_pair("상해", "上海", new_ko="상하이")
    assert [(r.ko, r.count, r.note) for r in termbase.lookup("上海")[0].renderings] == [
        ("상하이", 3, "옛 표기")]
    termbase.undo()
    assert [(r.ko, r.kind, r.count, r.status, r.note)
            for r in termbase.lookup("上海")[0].renderings] == before
    termbase.add_mined(mine_document("상하이(上海)와 상해(上海), 상해(上海)에서!", "a.txt"))
    assert [(p.ko, p.count, p.status) for p in termbase.list_pairs(statuses=(
        "approved", "rejected"))] == [("상해", 2, Status.APPROVED), ("상하이", 1, Status.REJECTED)]


def test_a_new_spelling_takes_the_kind_it_reads_as_and_an_undo_gives_the_old_back(
        termbase: Termbase) -> None:
    from glossary.curation import edit_pair

    termbase.add_mined(mine_document("그는 북경(北京)에 갔다.", "a.txt"))
    assert termbase.lookup("北京")[0].renderings[0].kind == Kind.SINO_KOREAN
    edit_pair(termbase, "북경", "北京", new_ko="베이징")
    (rendering,) = termbase.lookup("北京")[0].renderings
    assert (rendering.ko, rendering.kind, rendering.count) == ("베이징", Kind.TRANSLITERATION, 1)
    termbase.undo()
    (rendering,) = termbase.lookup("北京")[0].renderings
    assert (rendering.ko, rendering.kind) == ("북경", Kind.SINO_KOREAN)
    edit_pair(termbase, "북경", "北京", note="옛 이름")  # a note alone leaves the kind be
    assert termbase.lookup("北京")[0].renderings[0].kind == Kind.SINO_KOREAN


def test_delete_lets_mining_find_it_again(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("베이징(北京)에 갔다.", "a.txt"))
    termbase.set_status("베이징", "北京", Status.APPROVED)
    termbase.delete_pair("베이징", "北京")
    assert termbase.lookup("北京") == []
    termbase.add_mined(mine_document("베이징(北京)에 갔다.", "a.txt"))
    (entry,) = termbase.lookup("北京")
    assert entry.renderings[0].status is Status.CANDIDATE
    with pytest.raises(NotFoundError):
        termbase.delete_pair("서울", "首尔")


def test_undo_reverts_each_kind_of_change(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("상하이(上海)와 베이징(北京)", "a.txt"))
    before = [(e.zh_hans, [(r.ko, r.status, r.count) for r in e.renderings])
              for e in termbase.entries()]
    termbase.set_status("상하이", "上海", Status.REJECTED)
    add_pair(termbase, "톈진", "天津")
    termbase.edit_pair("베이징", "北京", new_ko="북경")
    termbase.delete_pair("상하이", "上海")
    for _ in range(4):
        termbase.undo()
    after = [(e.zh_hans, [(r.ko, r.status, r.count) for r in e.renderings])
             for e in termbase.entries()]
    assert after == before
    with pytest.raises(NotFoundError, match="nothing to undo"):
        termbase.undo()


def test_add_infers_the_kind(termbase: Termbase) -> None:
    assert add_pair(termbase, "리창", "李强") is True
    assert add_pair(termbase, "리창", "李強", note="총리") is False  # already there
    (entry,) = termbase.lookup("李强")
    assert (entry.renderings[0].kind, entry.renderings[0].status) == (Kind.TRANSLITERATION,
                                                                       Status.APPROVED)
    assert infer_kind("하늘 고양이", "天猫") is Kind.TRANSLATION


def test_a_pair_added_again_keeps_what_was_decided(termbase: Termbase) -> None:
    add_pair(termbase, "상하이", "上海", status=Status.PREFERRED, note="표준 표기", domain="지명")
    assert add_pair(termbase, "상하이", "上海") is False  # nothing given: nothing lost
    assert add_pair(termbase, "상하이", "上海", domain="도시") is False
    (rendering,) = termbase.lookup("上海")[0].renderings
    assert (rendering.status, rendering.note, rendering.domain) == (Status.PREFERRED,
                                                                     "표준 표기", "도시")
    termbase.set_status("상하이", "上海", Status.REJECTED)
    add_pair(termbase, "상하이", "上海")  # added by hand: vouched for again
    assert termbase.decision("상하이", "上海")[0].status is Status.APPROVED


def test_a_pair_added_preferred_is_the_concepts_one_until_undone(runner: CliRunner,
                                                                  tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    for ko, note in (("상하이", ["--note", "표준 표기"]), ("상해", [])):
        result = runner.invoke(cli, ["add", "--db", db, ko, "上海", "--status", "preferred",
                                     *note])
        assert result.output == f"{ko} ↔ 上海: added, preferred\n"
    with Termbase(db) as tb:
        statuses = {r.ko: (r.status, r.note) for r in tb.lookup("上海")[0].renderings}
        assert statuses == {"상해": (Status.PREFERRED, ""),
                            "상하이": (Status.APPROVED, "표준 표기")}
    assert runner.invoke(cli, ["undo", "--db", db]).exit_code == 0
    with Termbase(db) as tb:
        assert [(r.ko, r.status) for r in tb.lookup("上海")[0].renderings] == [
            ("상하이", Status.PREFERRED)]
    again = runner.invoke(cli, ["add", "--db", db, "상하이", "上海"])
    assert again.output == "상하이 ↔ 上海: already there, preferred\n"


@pytest.mark.parametrize("command", [["review"], ["undo"], ["approve", "상하이", "上海"],
                                     ["edit", "상하이", "上海", "--note", "표준"],
                                     ["delete", "상하이", "上海"]])
def test_deciding_about_a_termbase_that_is_not_there_makes_none(
        runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "없는.db"
    result = runner.invoke(cli, [*command, "--db", str(db)], input="a\n")
    assert result.exit_code == 1 and f"no termbase at {db}" in result.stderr
    assert not db.exists()


def test_a_review_with_nothing_to_review_says_so(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    runner.invoke(cli, ["add", "--db", db, "상하이", "上海"])
    result = runner.invoke(cli, ["review", "--db", db], input="a\n")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == ("nothing to review: no candidate pair here"
                             " (--status chooses others)\n")


def test_log_lists_decisions(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("상하이(上海)", "a.txt"))
    kozh(runner, "reject", "--db", db, "상하이", "上海", "--note", "틀림")
    kozh(runner, "reset", "--db", db, "상하이", "上海")
    lines = kozh(runner, "log", "--db", db, "--limit", "5").splitlines()
    assert len(lines) == 2 and "rejected; note: 틀림 → candidate" in lines[0]


def test_an_empty_ko_decides_about_the_chinese_term_itself(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    """kozh reject "" 淘寶: the term, not a pair; a KO and ZH both blank are
    a usage error, not a search for nothing."""
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("타오바오(淘寶) 매장", "a.txt"))
    assert "淘寶: rejected" in kozh(runner, "reject", "--db", db, "", "淘寶")
    with Termbase(db, read_only=True) as tb:
        assert tb.lookup("淘宝", include_rejected=True)[0].status is Status.REJECTED
    assert runner.invoke(cli, ["reject", "--db", db, "", " "]).exit_code == 2


def test_log_of_one_pair_as_json_even_once_deleted(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("상하이(上海)와 상해(上海)", "a.txt"))
    kozh(runner, "reject", "--db", db, "상해", "上海")
    kozh(runner, "prefer", "--db", db, "상하이", "上海")
    kozh(runner, "delete", "--db", db, "상해", "上海")
    history = json.loads(kozh(runner, "log", "--db", db, "--json", "상해", "上海"))
    assert [(e["action"], e["after"]) for e in history] == [("delete", "deleted"),
                                                           ("status", "rejected")]
    assert {e["ko"] for e in history} == {"상해"}  # 상하이's decision is not in it
    assert len(json.loads(kozh(runner, "log", "--db", db, "--json"))) == 3
    wrong = runner.invoke(cli, ["log", "--db", db, "上海", "상해", "北京"])
    assert wrong.exit_code == 2


def test_one_side_alone_names_the_pair_when_no_other_has_it(
        runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("마윈(马云)과 마원(马云), 항저우(杭州)의 Vivo(维沃)", "가.txt"))
    assert kozh(runner, "approve", "--db", db, "항저우에").strip() == \
        "항저우 ↔ 杭州: approved (was candidate)"  # a particle tolerated
    assert kozh(runner, "reject", "--db", db, "維沃").startswith("Vivo ↔ 维沃: rejected")
    assert kozh(runner, "prefer", "--db", db, "마윈").startswith("마윈 ↔ 马云: preferred")
    ambiguous = runner.invoke(cli, ["approve", "--db", db, "馬雲"])
    assert ambiguous.exit_code == 1 and ambiguous.stdout == ""
    assert "馬雲 names 2 pairs" in ambiguous.stderr and "마원 马云" in ambiguous.stderr
    missing = runner.invoke(cli, ["approve", "--db", db, "베이징"])
    assert missing.exit_code == 1 and "no pair with 베이징" in missing.stderr
    assert snapshot(Path(db))[("马云", "마원")][0] == "candidate"  # nothing else decided


def test_a_term_of_several_words_needs_no_quotes(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("광시 자치구(广西自治区)와 광둥성 광저우시(广东省广州市)",
                                   "광.txt"))
    assert kozh(runner, "prefer", "--db", db, "광시", "자치구").startswith(
        "광시 자치구 ↔ 广西自治区: preferred")  # Korean alone, in two words
    assert kozh(runner, "approve", "--db", db, "광둥성", "광저우시", "广东省广州市").startswith(
        "광둥성 광저우시 ↔ 广东省广州市: approved")
    assert kozh(runner, "add", "--db", db, "广州白云国际机场", "광저우", "바이윈", "국제공항"
                ).startswith("광저우 바이윈 국제공항 ↔ 广州白云国际机场: added")  # Chinese first
    assert kozh(runner, "delete", "--db", db, "광저우", "바이윈", "국제공항", "广州白云国际机场"
                ).endswith("deleted\n")
    assert ("广州白云国际机场", "광저우 바이윈 국제공항") not in snapshot(Path(db))
    unclear = runner.invoke(cli, ["approve", "--db", db, "광시", "广西", "자치구", "自治区"])
    assert unclear.exit_code == 2 and "quote a term of several words" in unclear.stderr
    one_side = runner.invoke(cli, ["delete", "--db", db, "광시", "자치구"])
    assert one_side.exit_code == 2 and "give the pair" in one_side.stderr
    assert snapshot(Path(db))[("广西自治区", "광시 자치구")][0] == "preferred"


def test_a_pair_is_named_with_its_words_joined_any_way(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    """As a lookup finds 한-미 정상회담 typed 한미 정상회담, a decision names
    it so; the decision is about the pair as stored."""
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document(
            "두 나라의 한-미 정상회담(韩美首脑会谈)과 광시 자치구(广西自治区).", "a.txt"))
    # the pair as it is kept, whatever way it was named
    assert kozh(runner, "prefer", "--db", db, "한미 정상회담은", "韓美首腦會談") == \
        "한-미 정상회담 ↔ 韩美首脑会谈: preferred (was candidate)\n"
    assert kozh(runner, "approve", "--db", db, "광시자치구", "广西自治区") == \
        "광시 자치구 ↔ 广西自治区: approved (was candidate)\n"
    pairs = snapshot(Path(db))
    assert pairs[("韩美首脑会谈", "한-미 정상회담")][0] == "preferred"
    assert pairs[("广西自治区", "광시 자치구")][0] == "approved"
    assert ("韩美首脑会谈", "한미 정상회담") not in pairs


def test_list_shows_sources_when_asked(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("상하이(上海)에서 만났다.\n\n다시 상하이(上海)로 갔다.",
                                   "상.txt"))
    listed = json.loads(kozh(runner, "list", "--db", db, "--json", "--contexts", "2"))
    assert [(p["ko"], p["zh_hans"], len(p["sources"])) for p in listed] == [("상하이", "上海", 2)]
    assert listed[0]["sources"][0][0] == "상.txt" and "上海" in listed[0]["sources"][0][1]
    assert json.loads(kozh(runner, "list", "--db", db, "--json"))[0]["sources"] == []
    lines = kozh(runner, "list", "--db", db, "--contexts", "1").splitlines()
    assert len(lines) == 2 and lines[1].startswith("    상.txt: ") and "上海" in lines[1]


def test_a_context_two_glosses_share_is_shown_once(runner: CliRunner, tmp_path: Path) -> None:
    """Two glosses of one sentence share its context: the list, a pair's page
    and a lookup show it once, and the count still says two."""
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("창사(长沙)에서 창사(长沙)까지 걸었다.\n\n창사(长沙)는 멀다.",
                                   "길.txt"))
        pair = tb.pair("창사", "长沙")
        assert pair.count == 3 and len(pair.sources) == 2 == len(set(pair.sources))
        assert tb.lookup("长沙")[0].renderings[0].sources == pair.sources
    listed = json.loads(kozh(runner, "list", "--db", db, "--json", "--contexts", "5"))
    assert [len(p["sources"]) for p in listed] == [2]
    assert listed[0]["sources"][0][1] != listed[0]["sources"][1][1]


@pytest.fixture
def decided(termbase: Termbase) -> Termbase:
    termbase.add_mined(mine_document(
        "상하이(上海)와 상해(上海), 베이징(北京), 타오바오(淘寶)와 Lenovo(联想)", "a.txt"))
    termbase.set_status("상하이", "上海", Status.PREFERRED, note="<b>표준</b> & 통용",
                        domain="지명")
    termbase.set_status("상해", "上海", Status.REJECTED, note="옛 표기")
    termbase.set_status("베이징", "北京", Status.APPROVED, domain="지명")
    termbase.set_status("", "淘宝", Status.APPROVED)  # the Chinese term itself
    return termbase


def exported(termbase: Termbase, fmt: str, **options: object) -> str:
    out = io.StringIO()
    export(termbase.entries(), fmt, out, ExportOptions(**options))  # type: ignore[arg-type]
    return out.getvalue()


def test_exports_follow_decisions(decided: Termbase) -> None:
    assert "상해" not in exported(decided, "tsv")  # default: all but rejected
    assert "상해" in exported(decided, "tsv", statuses=("rejected",))
    for fmt in ("deepl", "omegat"):
        assert "상해" not in exported(decided, fmt, statuses=("rejected", "preferred"))
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    doc = etree.fromstring(exported(decided, "tbx", statuses=tuple(s.value for s in Status))
                           .encode())
    status = {t.findtext("t:term", namespaces=ns): t.xpath(
        "t:termNote[@type='administrativeStatus']/text()", namespaces=ns)[0]
        for t in doc.xpath("//t:termSec", namespaces=ns)
        if t.xpath("t:termNote[@type='administrativeStatus']", namespaces=ns)}
    assert status["상하이"] == "preferredTerm-admn-sts"
    assert status["상해"] == "deprecatedTerm-admn-sts"
    assert status["베이징"] == "admittedTerm-admn-sts"
    assert status["淘宝"] == "admittedTerm-admn-sts"
    assert doc.xpath("//t:descrip[@type='subjectField']/text()", namespaces=ns) == ["지명", "지명"]
    assert "&lt;b&gt;표준&lt;/b&gt; &amp; 통용" in exported(decided, "tbx")
    if SHARED_TBX.is_dir():
        etree.RelaxNG(etree.parse(str(SHARED_TBX / "TBXcoreStructV03.rng"))).assertValid(doc)
        isoschematron.Schematron(
            etree.parse(str(SHARED_TBX / "TBX-Basic_DCA.xpath1.sch"))).assertValid(doc)
    ids = [exported(decided, "tbx").count('id="c'), exported(decided, "tbx")]
    assert ids[1] == exported(decided, "tbx")  # stable ids: two exports diff cleanly


@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "jsonl", "csv", "tsv"])
def test_round_trip_keeps_decisions(decided: Termbase, tmp_path: Path, fmt: str) -> None:
    from glossary.ingest import import_file

    path = tmp_path / f"out.{fmt}"
    path.write_text(exported(decided, fmt, statuses=tuple(s.value for s in Status)),
                    encoding="utf-8")
    with Termbase(tmp_path / "copy.db") as copy:
        import_file(copy, str(path), fmt)
        pairs = {(p.zh_hans, p.ko): (p.status, p.note, p.domain) for p in copy.list_pairs()}
    assert pairs == {(p.zh_hans, p.ko): (p.status, p.note, p.domain)
                     for p in decided.list_pairs()}


def test_an_import_keeps_the_termbases_decisions(decided: Termbase, tmp_path: Path,
                                                 runner: CliRunner) -> None:
    other = tmp_path / "other.tsv"
    other.write_text("zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\tstatus\tnote\tdomain\n"
                     "上海\t上海\t상해\tsino-korean\t1\t0.9\tapproved\t\t\n"
                     "北京\t北京\t베이징\ttransliteration\t1\t0.9\tapproved\t\t지명\n"
                     "南京\t南京\t난징\ttransliteration\t1\t0.9\tpreferred\t수도였다\t\n",
                     encoding="utf-8")
    decided.close()
    db = str(decided.path)
    result = runner.invoke(cli, ["import", "--db", db, str(other)])
    assert "1 decision(s) in the file disagreed" in result.stderr
    with Termbase(db) as tb:
        assert tb.decision("상해", "上海")[0].status is Status.REJECTED  # kept
        assert tb.decision("난징", "南京")[0].note == "수도였다"  # new: taken
    forced = tmp_path / "forced.tsv"
    forced.write_bytes(other.read_bytes() + "深圳\t深圳\t선전\tlatin\t1\t0.5\t\t\t\n".encode())
    runner.invoke(cli, ["import", "--db", db, "--overwrite-decisions", str(forced)])
    with Termbase(db) as tb:
        assert tb.decision("상해", "上海")[0].status is Status.APPROVED


def test_an_import_names_the_decisions_it_disagreed_with_and_the_same_file_overwrites(
        decided: Termbase, tmp_path: Path, runner: CliRunner) -> None:
    # The message says --overwrite-decisions takes the file's: so it must for
    # the very file, imported already (its pairs are not counted twice).
    other = tmp_path / "결정.tsv"
    other.write_text("zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\tstatus\tnote\tdomain\n"
                     "上海\t上海\t상해\tsino-korean\t1\t0.9\tapproved\t옛 이름\t\n",
                     encoding="utf-8")
    decided.close()
    db = str(decided.path)
    kept = runner.invoke(cli, ["import", "--db", db, str(other)])
    assert kept.exit_code == 0, kept.stderr
    assert (f"  상해 ↔ 上海: rejected [note '옛 표기'] (here) over approved [note '옛 이름'] "
            f"({other})"
            in kept.stderr.splitlines())
    forced = runner.invoke(cli, ["import", "--db", db, "--overwrite-decisions", str(other)])
    assert forced.exit_code == 0, forced.stderr
    assert "unchanged, 0 renderings, 1 decision(s)" in forced.stderr
    assert "and took their place:" in forced.stderr
    with Termbase(db) as tb:
        (renderings,) = [e.renderings for e in tb.lookup("上海")]
        assert {r.ko: r.count for r in renderings}["상해"] == 2  # the mined one and the file's
        assert tb.decision("상해", "上海")[0] == Decision(Status.APPROVED, "옛 이름")
    again = runner.invoke(cli, ["import", "--db", db, "--overwrite-decisions", str(other)])
    assert "0 decision(s)" in again.stderr and "disagreed" not in again.stderr


def test_an_import_dry_run_says_what_it_would_do_and_stores_nothing(
        decided: Termbase, tmp_path: Path, runner: CliRunner) -> None:
    other = tmp_path / "동료.tsv"
    other.write_text("zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\tstatus\tnote\tdomain\n"
                     "上海\t上海\t상해\tsino-korean\t1\t0.9\tapproved\t옛 이름\t\n"
                     "南京\t南京\t난징\ttransliteration\t1\t0.9\tpreferred\t\t\n",
                     encoding="utf-8")
    before = exported(decided, "jsonl", statuses=tuple(s.value for s in Status))
    decided.close()
    db = str(decided.path)
    preview = runner.invoke(cli, ["import", "--db", db, "--dry-run", "--overwrite-decisions",
                                  str(other)])
    assert preview.exit_code == 0, preview.stderr
    assert f"{other}: added, 2 renderings, 2 decision(s)" in preview.stderr
    replaced = f"  상해 ↔ 上海: approved [note '옛 이름'] (from {other}) over rejected"
    assert replaced in preview.stderr
    assert preview.stderr.endswith("nothing was stored\n")
    with Termbase(db) as tb:
        assert exported(tb, "jsonl", statuses=tuple(s.value for s in Status)) == before
    fresh = tmp_path / "새.db"  # a dry run into no termbase leaves none behind
    assert runner.invoke(cli, ["import", "--db", str(fresh), "--dry-run", str(other)]
                         ).exit_code == 0
    assert not list(tmp_path.glob("새.db*"))
    taken = runner.invoke(cli, ["import", "--db", db, "--overwrite-decisions", str(other)])
    assert f"{other}: added, 2 renderings, 2 decision(s)" in taken.stderr


def test_merge_carries_decisions_the_same_both_ways(tmp_path: Path) -> None:
    with Termbase(tmp_path / "a.db") as a:
        a.add_mined(mine_document("상하이(上海)와 상해(上海)", "a.txt"))
        a.set_status("상해", "上海", Status.REJECTED)
        add_pair(a, "톈진", "天津", domain="지명")
    with Termbase(tmp_path / "b.db") as b:
        b.add_mined(mine_document("상해(上海)와 베이징(北京)", "b.txt"))
        b.set_status("상해", "上海", Status.APPROVED, note="나중 결정")
        b.edit_pair("베이징", "北京", new_ko="북경")
    results = []
    for first, second in (("a", "b"), ("b", "a")):
        shutil.copy(tmp_path / f"{first}.db", tmp_path / f"{first}{second}.db")
        with Termbase(tmp_path / f"{first}{second}.db") as merged:
            merged.merge(tmp_path / f"{second}.db")
            results.append(exported(merged, "jsonl", statuses=tuple(s.value for s in Status)))
    assert results[0] == results[1]
    assert '"note": "나중 결정"' in results[0] and "톈진" in results[0] and "북경" in results[0]


def test_a_pair_given_chinese_first_is_read_the_right_way_round(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    with Termbase(db) as tb:
        tb.add_mined(mine_document("창샤(长沙)에 갔다.", "a.txt"))
    swapped = runner.invoke(cli, ["reject", "--db", db, "长沙", "창샤"])
    assert swapped.exit_code == 0, swapped.stderr
    assert swapped.stdout == "창샤 ↔ 长沙: rejected (was candidate)\n"
    assert "the Korean comes first" in swapped.stderr
    latin = runner.invoke(cli, ["add", "--db", db, "TCL", "TCL集团"])  # as given
    assert latin.exit_code == 0 and not latin.stderr
    with Termbase(db) as tb:
        assert tb.decision("창샤", "长沙")[0].status == Status.REJECTED
        assert tb.decision("TCL", "TCL集团")[0].status == Status.APPROVED


def test_an_added_pair_is_stored_and_shown_as_cleaned(runner: CliRunner, tmp_path: Path) -> None:
    # Pasted with a zero-width space, a no-break space and full-width letters.
    db = str(tmp_path / "t.db")
    added = runner.invoke(cli, ["add", "--db", db, "마\u200b윈\u00a0", "ＴＣＬ马云"])
    assert added.exit_code == 0, added.stderr
    assert added.stdout == "마윈 ↔ TCL马云: added, approved\n"
    with Termbase(db) as tb:
        assert tb.decision("마윈", "TCL马云")[0].status == Status.APPROVED
