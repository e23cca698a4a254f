"""A termbase made by kozh 0.1.0 (tests/fixtures/kozh-0.1.0.db, made by that
release) opens, upgrades in place and keeps everything."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from db.versions import MIGRATIONS
from glossary import Kind, Status, mine_document
from glossary.aids.check import check_termbase

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "kozh-0.1.0.db"
# What `kozh export --format tsv` printed for the fixture under kozh 0.1.0.
EXPORTED_BY_0_1_0 = (
    "zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\n"
    "上海\t上海\t상하이\ttransliteration\t1\t0.97\n"
    "上海\t上海\t상해\tsino-korean\t1\t0.97\n"
    "淘宝\t淘寶\t타오바오\ttransliteration\t1\t0.97\n"
    "深圳市\t深圳市\t선전시\ttransliteration\t1\t0.97\n"
    "联想\t聯想\tLenovo\tlatin\t1\t0.75\n"
    "长沙\t長沙\t창사\ttransliteration\t3\t0.97\n"
)


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    return path


def test_an_old_termbase_upgrades_in_place_and_keeps_everything(old_db: Path,
                                                                 runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--db", str(old_db), "--format", "tsv"])
    assert result.exit_code == 0, result.stderr
    # The columns 0.1.0 wrote, unchanged; the new ones say nobody decided yet.
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["\t".join(row[:6]) + "\n" for row in rows] == EXPORTED_BY_0_1_0.splitlines(True)
    assert {tuple(row[6:]) for row in rows[1:]} == {("candidate", "", "")}
    names = [row[0] for row in sqlite3.connect(old_db).execute(
        "SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert names == ["m001_create_tables", "m002_spellings_and_identity", "m003_decisions",
                     "m004_views", "m005_substring_index", "m006_boundary_support",
                     "m007_data_generation", "m008_check_verdicts", "m009_han_gaps",
                     "m010_hanja_forms", "m011_joined_korean_words", "m012_occurrence_sources",
                     "m013_unquoted_keys", "m014_undashed_keys"]
    looked = runner.invoke(cli, ["lookup", "--db", str(old_db), "창사"])
    assert "长沙 (長沙)" in looked.stdout and "×3" in looked.stdout


def test_an_upgraded_termbase_keeps_what_a_check_asks_of_every_pair(old_db: Path) -> None:
    with sqlite3.connect(old_db) as conn:  # a misspelt transcription, as 0.1.0 stored it
        conn.execute("UPDATE renderings SET ko = '창샤', ko_key = '창샤' WHERE ko = '창사'")
    with Termbase(old_db) as tb:
        assert tb.overview(0.9).off_standard == [("长沙", "长沙", "창샤")]
        assert [f.subject for f in check_termbase(tb) if f.check == "transcription"] == ["长沙"]


def test_the_command_that_upgrades_a_termbase_says_so_once(old_db: Path,
                                                           runner: CliRunner) -> None:
    first = runner.invoke(cli, ["lookup", "--db", str(old_db), "상하이"])
    again = runner.invoke(cli, ["lookup", "--db", str(old_db), "상하이"])
    assert first.exit_code == again.exit_code == 0
    assert "upgrading it once" in first.stderr and "上海" in first.stdout
    assert again.stderr == ""


def test_an_upgraded_termbase_takes_new_documents(old_db: Path) -> None:
    with Termbase(old_db) as tb:
        tb.add_mined(mine_document("상하이(上海)에서 창사(長沙)로 갔다.", "trip.txt"))
        (shanghai,) = tb.lookup("上海", exact=True)
        assert [(r.ko, r.count) for r in shanghai.renderings] == [("상하이", 2), ("상해", 1)]
        (changsha,) = tb.lookup("长沙", exact=True)
        assert changsha.preferred.count == 4 and changsha.zh_hant == "長沙"
        assert tb.stats().documents == 3


def test_a_termbase_from_a_newer_kozh_is_refused(old_db: Path, runner: CliRunner) -> None:
    Termbase(old_db).close()
    conn = sqlite3.connect(old_db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('kozh', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = old_db.read_bytes()
    result = runner.invoke(cli, ["lookup", "--db", str(old_db), "上海"])
    assert result.exit_code == 1 and "newer kozh" in result.stderr
    assert old_db.read_bytes() == before


def test_re_keying_carries_decisions_and_redirects_to_the_new_keys(tmp_path: Path) -> None:
    """A termbase keyed by an older rule (硏究院 apart from 研究院) is re-keyed
    on upgrade; the translator's decisions and edits go with their concepts."""
    from db.connection import transaction
    from db.schema import rekey

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("연구원(研究院)과 센터(中心)", "a.txt"))
        tb.set_status("연구원", "研究院", Status.APPROVED, note="표준")
        tb.edit_pair("센터", "中心", new_ko="중심")
        with transaction(tb.conn, "an older rule") as conn:  # keys as an older rule made them
            for table in ("concepts", "decisions", "redirects"):
                conn.execute(f"UPDATE {table} SET zh_key = '硏究院' WHERE zh_key = '研究院'")
            conn.execute("UPDATE redirects SET zh_key = '中心 ' WHERE zh_key = '中心'")
        with transaction(tb.conn, "re-key") as conn:
            rekey(conn)
        (entry,) = tb.lookup("研究院", include_rejected=True)
        assert (entry.renderings[0].status, entry.renderings[0].note) == (Status.APPROVED, "표준")
        assert tb.conn.execute("SELECT zh_key FROM redirects").fetchall() == [("中心",)]


def test_keys_with_a_space_between_han_characters_join_the_term_on_upgrade(
        tmp_path: Path) -> None:
    """Key rule 3 (m009): 马 云, as an older kozh keyed a gloss written 馬 雲,
    is the concept 马云; its pairs, counts and the translator's decision join it."""
    from db.connection import transaction
    from db.schema import rekey

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("창업자 마윈(馬雲)이 말했다", "b.txt"))
        tb.set_status("마윈", "马云", Status.APPROVED, note="창업자")
        with transaction(tb.conn, "an older rule") as conn:  # b.txt's gloss, written 馬 雲
            conn.execute("UPDATE concepts SET zh_key = '马 云', zh_hans = '马 云',"
                         " zh_hant = '馬 雲'")
            conn.execute("UPDATE decisions SET zh_key = '马 云'")
        tb.add_mined(mine_document("창업자 마윈(馬雲)과 알리바바", "a.txt"))
        assert [entry.zh_hans for entry in tb.lookup("마윈")] == ["马 云", "马云"]
        with transaction(tb.conn, "re-key") as conn:
            rekey(conn, containing=" ")
        (entry,) = tb.lookup("馬 雲")
        assert entry.zh_hans == "马云"
        (rendering,) = entry.renderings
        assert (rendering.ko, rendering.count, rendering.status, rendering.note) == (
            "마윈", 2, Status.APPROVED, "창업자")


def test_keys_with_a_korean_or_japanese_form_join_the_chinese_on_upgrade(
        tmp_path: Path, runner: CliRunner) -> None:
    """Key rule 4 (m010): 関西, as an older kozh keyed a gloss written so, is
    the concept 关西 once the termbase is next opened for writing; its pairs,
    counts and the translator's decision join the 關西 mined since."""
    from db.connection import transaction

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("간사이(関西) 지방의 도시", "a.txt"))
        tb.add_mined(mine_document("청년(靑年)", "c.txt"))
        tb.set_status("간사이", "关西", Status.PREFERRED, note="지명")
        _keyed_by_an_older_rule(tb, "关西", "関西")  # as rule 3 did
        with transaction(tb.conn, "an older spelling") as conn:
            conn.execute("UPDATE concepts SET zh_hans = '靑年' WHERE zh_key = '青年'")
        tb.add_mined(mine_document("간사이(關西) 공항", "b.txt"))
        assert len(tb.lookup("간사이")) == 2
    _as_before(db, "m010_hanja_forms")
    _looked_up_upgrading(runner, db, "关西")
    with Termbase(db, read_only=True) as tb:
        (entry,) = tb.lookup("간사이")
        (rendering,) = entry.renderings
        assert (rendering.ko, rendering.count, rendering.status, rendering.note) == (
            "간사이", 2, Status.PREFERRED, "지명")
        assert [e.zh_hans for e in tb.lookup("関西")] == [entry.zh_hans] == ["关西"]
        assert [e.zh_hans for e in tb.lookup("청년")] == ["青年"]  # its key stayed


@pytest.mark.parametrize(("migration", "ko", "key", "older", "text", "typed"), [
    # key rule 5 (m013): no quotes or title marks
    ("m013_unquoted_keys", "일대일로 구상", "一带一路倡议", "“一带一路”倡议",
     "정부의 일대일로 구상(一帶一路倡議)이 거론됐다.", "“一带一路”倡议"),
    # key rule 6 (m014): no dash between Han characters, whichever dash
    ("m014_undashed_keys", "중국-아세안 박람회", "中国东盟博览会", "中国—东盟博览会",
     "중국-아세안 박람회(中國-東盟博覽會)가 열렸다.", "中国–东盟博览会"),
])
def test_a_key_an_older_rule_made_joins_the_term_on_upgrade(
        tmp_path: Path, runner: CliRunner, migration: str, ko: str, key: str, older: str,
        text: str, typed: str) -> None:
    """A pair an older kozh keyed ``older`` (with quotes, with a dash) is the
    concept ``key`` once the termbase is next opened for writing, one with
    the pair mined since; its decision comes along, and a lookup typed
    either way finds it."""
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_pair(ko, key, Kind.MIXED, note="메모")
        _keyed_by_an_older_rule(tb, key, older)  # as the rule before did
        tb.add_mined(mine_document(text, "a.txt"))
        assert len(tb.lookup(ko)) == 2
    _as_before(db, migration)
    _looked_up_upgrading(runner, db, key)
    with Termbase(db, read_only=True) as tb:
        (entry,) = tb.lookup(ko)
        (rendering,) = entry.renderings
        assert (entry.zh_hans, rendering.count, rendering.status, rendering.note) == (
            key, 2, Status.APPROVED, "메모")
        assert [e.zh_hans for e in tb.lookup(typed)] == [key]


def test_a_read_only_termbase_a_reader_needs_nothing_of_is_read_as_it_is(
        tmp_path: Path, runner: CliRunner) -> None:
    """A termbase keyed by rule 2 (before m009) that cannot be written is not
    upgraded but read, and merged from; once writable, it upgrades."""
    old = tmp_path / "old.db"
    with Termbase(old) as tb:
        tb.add_mined(mine_document("상하이(上海)와 마윈(马云)", "a.txt"))
    _as_before(old, "m009_han_gaps")
    with sqlite3.connect(old) as conn:
        conn.execute("DROP VIEW contexts")  # and without the column m012 adds
        conn.execute("DROP INDEX idx_occurrences_source")
        conn.execute("ALTER TABLE occurrences DROP COLUMN source")
    conn.close()
    old.chmod(0o444)
    try:
        looked = runner.invoke(cli, ["lookup", "--db", str(old), "上海"])
        assert looked.exit_code == 0, looked.stderr
        assert "상하이" in looked.stdout and "upgrading" not in looked.stderr
        merged = runner.invoke(cli, ["merge", "--db", str(tmp_path / "new.db"), str(old)])
        assert merged.exit_code == 0, merged.stderr
        with Termbase(tmp_path / "new.db", read_only=True) as tb:
            assert [e.zh_hans for e in tb.lookup("마윈")] == ["马云"]
    finally:
        old.chmod(0o644)
    upgraded = runner.invoke(cli, ["lookup", "--db", str(old), "上海"])
    assert "upgrading it once" in upgraded.stderr
    names = [row[0] for row in sqlite3.connect(old).execute("SELECT name FROM _sqlite_migrations")]
    assert names[-1] == "m014_undashed_keys"


def test_korean_words_joined_by_hyphens_are_found_typed_otherwise_on_upgrade(
        tmp_path: Path, runner: CliRunner) -> None:
    """m011: a termbase indexed before compact Korean keys were finds a pair
    written with hyphens or middle dots from a query typed without them once
    it is upgraded; only the concepts with such a key are indexed again."""
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("이 계획은 광둥-홍콩-마카오 대만구(粤港澳大湾区)를 키운다.",
                                   "a.txt"))
        tb.add_mined(mine_document("두 나라의 한·미 정상회담(韩美首脑会谈)이 열렸다.", "b.txt"))
    with sqlite3.connect(db) as conn:  # the grams an older kozh kept: with the marks
        conn.execute("DELETE FROM grams WHERE gram IN ('둥홍', '콩마', '한미')")
    conn.close()
    _as_before(db, "m011_joined_korean_words")
    assert "韩美首脑会谈" in _looked_up_upgrading(runner, db, "한미 정상회담")
    with Termbase(db, read_only=True) as tb:
        assert [(e.zh_hans, e.match) for e in tb.lookup("광둥홍콩마카오대만구")] == [
            ("粤港澳大湾区", "exact")]


def _keyed_by_an_older_rule(tb: Termbase, key: str, older: str) -> None:
    """The concept of ``key``, and its decisions, keyed and spelt ``older``, as
    a kozh of an older key rule kept them."""
    from db.connection import transaction

    with transaction(tb.conn, "an older rule") as conn:
        conn.execute("UPDATE concepts SET zh_key = ?, zh_hans = ? WHERE zh_key = ?",
                     [older, older, key])
        conn.execute("UPDATE decisions SET zh_key = ? WHERE zh_key = ?", [older, key])


def _as_before(db: Path, migration: str) -> None:
    """The termbase as a kozh before ``migration`` left it: the records of
    that migration and of every later one gone (what they wrote stays)."""
    later = list(MIGRATIONS[MIGRATIONS.index(migration) :])
    marks = ", ".join("?" * len(later))
    with sqlite3.connect(db) as conn:
        conn.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({marks})", later)
    conn.close()


def _looked_up_upgrading(runner: CliRunner, db: Path, query: str) -> str:
    """What ``kozh lookup --json`` prints of ``query``, once it has said that it
    upgrades the termbase."""
    looked = runner.invoke(cli, ["lookup", "--db", str(db), "--json", query])
    assert looked.exit_code == 0, looked.stderr
    assert "upgrading it once" in looked.stderr
    return looked.stdout
