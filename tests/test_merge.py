"""A termbase depends on its documents, not on the order they arrived in:
mining halves into two termbases and merging them, in either order, exports
byte for byte what mining everything into one termbase exports."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import MinedDocument, mine_document
from glossary.formats import EXPORT_FORMATS
from glossary.model import Status

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"

# Documents written for this test: the same concepts in competing spellings
# and scripts, so that the settled spelling is what order could change.
OWN = {
    "a-news.txt": "레노버(联想)와 LENOVO(联想)가 발표했다. 타오바오(淘宝)는 성장했다.\n",
    "b-notes.txt": "Lenovo(聯想)의 신제품. 타오바오(淘寶) 매장, 상하이(上海)와 상해(上海).\n",
    "c-report.txt": "Lenovo(联想) 공장은 선전(深圳)에 있다. 연구원(硏究院)과 연구원(研究院).\n",
    "d-copy.txt": "Lenovo(联想) 공장은 선전(深圳)에 있다. 연구원(硏究院)과 연구원(研究院).\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    paths = []
    for name, text in OWN.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    if SEEDS.is_dir():  # the real multi-document development corpus, read in place
        paths += sorted(SEEDS.glob("*.txt"))
    return paths


def exports(runner: CliRunner, db: Path, tmp_path: Path) -> dict[str, bytes]:
    out = {}
    for fmt in EXPORT_FORMATS:
        target = tmp_path / f"{db.stem}.{fmt}"
        result = runner.invoke(cli, ["export", "--db", str(db), "--format", fmt, "-o",
                                     str(target)])
        assert result.exit_code == 0, result.stderr
        out[fmt] = target.read_bytes()
    return out


def test_merge_in_either_order_equals_mining_everything(corpus: list[Path], tmp_path: Path,
                                                        runner: CliRunner) -> None:
    assert SEEDS.is_dir() or len(corpus) == len(OWN)
    half = len(corpus) // 2
    first, second = [str(p) for p in corpus[:half]], [str(p) for p in corpus[half:]]
    whole, a, b = tmp_path / "whole.db", tmp_path / "a.db", tmp_path / "b.db"
    for db, paths in ((whole, first + second), (a, first), (b, second)):
        assert runner.invoke(cli, ["mine", "--db", str(db), *paths]).exit_code == 0
    a_then_b, b_then_a = tmp_path / "ab.db", tmp_path / "ba.db"
    shutil.copy(a, a_then_b)
    shutil.copy(b, b_then_a)
    assert runner.invoke(cli, ["merge", "--db", str(a_then_b), str(b)]).exit_code == 0
    assert runner.invoke(cli, ["merge", "--db", str(b_then_a), str(a)]).exit_code == 0
    expected = exports(runner, whole, tmp_path)
    assert "Lenovo" in expected["tsv"].decode()
    assert exports(runner, a_then_b, tmp_path) == expected
    assert exports(runner, b_then_a, tmp_path) == expected


@pytest.fixture(scope="module")
def mined(corpus: list[Path]) -> list[MinedDocument]:
    return [mine_document(p.read_text(encoding="utf-8"), str(p), label=p.name) for p in corpus]


@pytest.mark.parametrize("seed", range(4))
def test_any_arrival_order_gives_the_same_termbase(mined: list[MinedDocument], tmp_path: Path,
                                                   seed: int) -> None:
    def contents(order: list[MinedDocument], name: str) -> list[tuple[object, ...]]:
        with Termbase(tmp_path / name) as tb:
            for doc in order:
                tb.add_mined(doc)
            return [(e.zh_hans, e.zh_hant, e.hant_seen, e.forms,
                     [(r.ko, r.kind, r.count, r.confidence, r.sources) for r in e.renderings])
                    for e in tb.entries()]

    shuffled = mined[:]
    random.Random(seed).shuffle(shuffled)
    assert contents(shuffled, f"shuffled{seed}.db") == contents(mined, f"sorted{seed}.db")


def test_settled_spellings(mined: list[MinedDocument], tmp_path: Path) -> None:
    with Termbase(tmp_path / "t.db") as tb:
        for doc in reversed(mined):
            tb.add_mined(doc)
        (lenovo,) = tb.lookup("联想", exact=True)
        # LENOVO and Lenovo are one rendering (×3: the copied document counts
        # once), shown in its majority spelling: Lenovo ×2 beats LENOVO ×1.
        assert [(r.ko, r.count) for r in lenovo.renderings][:1] == [("Lenovo", 3)]
        (taobao,) = tb.lookup("淘宝", exact=True)
        assert (taobao.zh_hans, taobao.zh_hant, taobao.hant_seen) == ("淘宝", "淘寶", True)
        (institute,) = tb.lookup("研究院", exact=True)
        assert institute.forms == ["研究院", "硏究院"] and institute.zh_hans == "研究院"


def test_the_same_text_under_two_names_counts_once(tmp_path: Path) -> None:
    text = "상하이(上海)에 갔다."
    for order in (["x.txt", "y.txt"], ["y.txt", "x.txt"]):
        with Termbase(tmp_path / f"{order[0]}.db") as tb:
            results = [tb.add_mined(mine_document(text, name)) for name in order]
            assert tb.lookup("上海")[0].preferred.count == 1
            assert tb.stats().documents == 1
            assert tb.lookup("上海")[0].preferred.sources[0].document == "x.txt"
        assert {r.status for r in results} <= {"added", "duplicate"}


def test_merging_a_termbase_into_itself_is_refused(tmp_path: Path) -> None:
    from glossary import TermbaseError

    with Termbase(tmp_path / "t.db") as tb, pytest.raises(TermbaseError, match="this termbase"):
        tb.merge(tmp_path / "t.db")


def test_a_later_version_of_a_document_wins_in_either_order(tmp_path: Path) -> None:
    with Termbase(tmp_path / "old.db") as old:
        old.add_mined(mine_document("베이징(北京)", "memo.txt"))
    with Termbase(tmp_path / "new.db") as new:
        new.conn.execute("SELECT 1")
        new.add_mined(mine_document("난징(南京)", "memo.txt"))
        new.conn.execute("UPDATE documents SET added_at = '2999-01-01T00:00:00+00:00'")
    for target, other in (("old.db", "new.db"), ("new.db", "old.db")):
        copy = tmp_path / f"copy-{target}"
        shutil.copy(tmp_path / target, copy)
        with Termbase(copy) as tb:
            tb.merge(tmp_path / other)
            assert [e.zh_hans for e in tb.entries()] == ["南京"]


def test_a_merge_says_which_pairs_two_translators_decided_differently(tmp_path: Path) -> None:
    # Each decision stands or falls by its time; the one that fell is named,
    # in either direction, and a decision both made alike is no disagreement.
    runner = CliRunner()
    for name, text in (("one", "샤오미(小米)와 화웨이(华为)."),
                       ("two", "화웨이(华为)도 샤오미(小米)도")):
        with Termbase(tmp_path / f"{name}.db") as tb:
            tb.add_mined(mine_document(text, f"{name}.txt"))
    with Termbase(tmp_path / "one.db") as tb:
        tb.set_status("샤오미", "小米", Status.APPROVED)
        tb.set_status("화웨이", "华为", Status.APPROVED)
    with Termbase(tmp_path / "two.db") as tb:
        tb.set_status("샤오미", "小米", Status.REJECTED, note="쓰지 말 것")
        tb.set_status("화웨이", "华为", Status.APPROVED)
    shutil.copy(tmp_path / "one.db", tmp_path / "one-copy.db")
    with Termbase(tmp_path / "one.db") as tb:
        merged = tb.merge(tmp_path / "two.db")
        assert [(r.name, r.status) for r in merged] == [("two.txt", "added")]
        (disagreement,) = merged.disagreements
        assert (disagreement.zh, disagreement.ko, disagreement.theirs_stands) == (
            "小米", "샤오미", True)
        assert (disagreement.here.status, disagreement.there.note) == (Status.APPROVED,
                                                                      "쓰지 말 것")
    result = runner.invoke(cli, ["merge", "--db", str(tmp_path / "two.db"),
                                 str(tmp_path / "one-copy.db")])
    assert result.exit_code == 0, result.stderr
    assert "1 pair(s) decided differently" in result.stderr
    assert ("  샤오미 ↔ 小米: rejected [note '쓰지 말 것'] (here) over approved "
            f"({tmp_path / 'one-copy.db'})") in result.stderr.splitlines()
    with Termbase(tmp_path / "two.db") as tb:
        assert tb.decision("샤오미", "小米")[0].status is Status.REJECTED


def test_a_merge_dry_run_says_what_it_would_do_and_changes_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    for name, text, status in (("here", "샤오미(小米)와 화웨이(华为).", Status.APPROVED),
                               ("there", "샤오미(小米)는 컸다.", Status.REJECTED)):
        with Termbase(tmp_path / f"{name}.db") as tb:
            tb.add_mined(mine_document(text, f"{name}.txt"))
            tb.set_status("샤오미", "小米", status)
    before = (tmp_path / "here.db").read_bytes()
    with Termbase(tmp_path / "here.db") as tb:
        preview = tb.merge(tmp_path / "there.db", dry_run=True)
        assert [(r.name, r.status) for r in preview] == [("there.txt", "added")]
        assert [(d.ko, d.there.status) for d in preview.disagreements] == [
            ("샤오미", Status.REJECTED)]
        assert tb.lookup("小米")[0].preferred.count == 1
    (tmp_path / "here.db").chmod(0o444)  # a dry run only reads: a file it may not write too
    try:
        shown = runner.invoke(cli, ["merge", "--db", str(tmp_path / "here.db"), "--dry-run",
                                    str(tmp_path / "there.db"), str(tmp_path / "there.db")])
    finally:
        (tmp_path / "here.db").chmod(0o644)
    assert shown.exit_code == 0, shown.stderr
    # the second merge of the same termbase sees the first's result, as a real run would
    assert "1 document(s): 1 unchanged" in shown.stderr
    assert shown.stderr.endswith("nothing was changed\n")
    assert (tmp_path / "here.db").read_bytes() == before
