from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli

TEXT = "회담에는 시진핑(习近平) 주석과 리창(李强) 총리가 참석했다.\n\n상하이(上海)와 상해(上海)\n"


def test_dry_run_jsonl_contract(runner: CliRunner, write_text) -> None:
    path = write_text("news.txt", "\ufeff" + TEXT)
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["ko"] for r in rows] == ["시진핑", "리창", "상하이", "상해"]
    first = rows[0]
    assert {"doc", "paren_start", "ko", "zh", "zh_hans", "zh_hant", "kind",
            "confidence"} <= first.keys()
    assert first["doc"] == str(path)
    assert TEXT[first["paren_start"]] == "("  # offsets in the text with the BOM removed
    assert (first["zh"], first["zh_hant"], first["kind"]) == ("习近平", "習近平", "transliteration")


def test_stdin_and_min_confidence(runner: CliRunner) -> None:
    text = "어니봇(文心一言)과 베이징(北京)"
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", "--min-confidence",
                                 "0.9", "-"], input=text.encode())
    assert [json.loads(x)["ko"] for x in result.stdout.splitlines()] == ["베이징"]


def test_mine_then_lookup_and_stats(runner: CliRunner, write_text, db_path: Path) -> None:
    path = write_text("news.txt", TEXT)
    result = runner.invoke(cli, ["mine", "--db", str(db_path), str(path)])
    assert result.exit_code == 0
    assert result.stdout == ""  # progress and summaries go to stderr
    assert "4 pairs" in result.stderr
    looked = runner.invoke(cli, ["lookup", "--db", str(db_path), "上海"])
    assert looked.exit_code == 0
    assert "상하이  ×1" in looked.stdout and "상해  ×1" in looked.stdout
    as_json = json.loads(runner.invoke(cli, ["lookup", "--db", str(db_path), "--json",
                                             "習近平"]).stdout)
    assert as_json[0]["renderings"][0]["ko"] == "시진핑"
    stats = runner.invoke(cli, ["stats", "--db", str(db_path)])
    assert str(db_path) in stats.stdout and "concepts:     3" in stats.stdout
    # each kind's count under the renderings it counts
    lines = stats.stdout.splitlines()
    kinds = lines[lines.index(next(x for x in lines if x.startswith("renderings:"))) + 1:
                  lines.index(next(x for x in lines if x.startswith("occurrences:")))]
    assert kinds and all(line.startswith("  ") for line in kinds)
    assert sum(int(line.split()[-1]) for line in kinds) == int(lines[3].split()[-1])


def test_a_lookup_that_finds_nothing_says_what_the_parts_make(runner: CliRunner, write_text,
                                                               db_path: Path) -> None:
    runner.invoke(cli, ["mine", "--db", str(db_path),
                        str(write_text("a.txt", "중국 인민은행(中国人民银行)이 발표했다."))])
    missed = runner.invoke(cli, ["lookup", "--db", str(db_path), "中国人民银行行长"])
    assert missed.exit_code == 1 and missed.stderr == (
        "Error: no entry for '中国人民银行行长'; from its parts: 중국 인민은행행장 (中国人民银行 → "
        "중국 인민은행, the rest read in Sino-Korean; kozh suggest 中国人民银行行长 for more)\n")
    unknown = runner.invoke(cli, ["lookup", "--db", str(db_path), "深圳"])
    assert unknown.stderr == ("Error: no entry for '深圳'; kozh suggest 深圳 proposes 선전 "
                              "(transcription) and more\n")
    korean = runner.invoke(cli, ["lookup", "--db", str(db_path), "선전"])
    assert korean.stderr == "Error: no entry for '선전'\n"
    as_json = runner.invoke(cli, ["lookup", "--db", str(db_path), "--json", "深圳"])
    assert as_json.exit_code == 0 and as_json.stdout == "[]\n"


def test_a_lookup_shows_a_pair_added_by_hand_with_its_domain_and_note(
        runner: CliRunner, db_path: Path) -> None:
    runner.invoke(cli, ["add", "--db", str(db_path), "알리페이", "支付宝", "--note", "결제 앱",
                        "--domain", "금융"])
    looked = runner.invoke(cli, ["lookup", "--db", str(db_path), "支付寶"])
    assert looked.stdout.splitlines()[1] == (
        "  알리페이  ×1  translation  approved  ([금융] 결제 앱)  — added by hand")


def test_stats_lists_the_documents_a_list_can_name(runner: CliRunner, write_text,
                                                   db_path: Path) -> None:
    paths = [str(write_text(name, text)) for name, text in (
        ("상하이.txt", "상하이(上海)에 갔다."), ("b.txt", "베이징(北京)과 상해(上海)"))]
    for path in paths:
        runner.invoke(cli, ["mine", "--db", str(db_path), path])
    table = runner.invoke(cli, ["stats", "--db", str(db_path), "--documents"]).stdout
    assert [line.split("\t")[::3] for line in table.splitlines()] == [[paths[0], "1"],
                                                                      [paths[1], "2"]]
    as_json = json.loads(runner.invoke(cli, ["stats", "--db", str(db_path), "--documents",
                                             "--json"]).stdout)
    assert [(d["document"], d["origin"], d["pairs"]) for d in as_json] == [
        (paths[0], "mined", 1), (paths[1], "mined", 2)]
    listed = runner.invoke(cli, ["list", "--db", str(db_path), "--document", paths[0]])
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["상하이"]
    unknown = runner.invoke(cli, ["list", "--db", str(db_path), "--document", "상해.txt"])
    assert unknown.exit_code == 0 and unknown.stdout == ""
    assert "warning: no document 상해.txt in" in unknown.stderr
    assert "kozh stats --documents" in unknown.stderr


def test_default_database_comes_from_the_environment(runner: CliRunner, write_text,
                                                     isolated_db_env: Path) -> None:
    runner.invoke(cli, ["mine", str(write_text("a.txt", TEXT))])
    assert isolated_db_env.exists()
    assert str(isolated_db_env) in runner.invoke(cli, ["stats"]).stdout
    assert str(isolated_db_env) in runner.invoke(cli, ["--help"]).stdout


def test_db_before_the_command_is_the_commands(runner: CliRunner, write_text,
                                                isolated_db_env: Path, tmp_path: Path) -> None:
    given, other = tmp_path / "앞.db", tmp_path / "뒤.db"
    mined = runner.invoke(cli, ["--db", str(given), "mine", str(write_text("a.txt", TEXT))])
    assert mined.exit_code == 0 and given.exists() and not isolated_db_env.exists()
    assert "상하이" in runner.invoke(cli, ["--db", str(given), "lookup", "上海"]).stdout
    # the command's own --db wins
    runner.invoke(cli, ["--db", str(given), "mine", "--db", str(other),
                        str(write_text("b.txt", "베이징(北京)에 갔다."))])
    assert "베이징" in runner.invoke(cli, ["lookup", "--db", str(other), "北京"]).stdout
    assert "베이징" not in runner.invoke(cli, ["--db", str(given), "lookup", "北京"]).stdout


def test_export_tsv_bytes(runner: CliRunner, write_text, db_path: Path, tmp_path: Path) -> None:
    runner.invoke(cli, ["mine", "--db", str(db_path), str(write_text("a.txt", TEXT))])
    out = tmp_path / "out.tsv"
    result = runner.invoke(cli, ["export", "--db", str(db_path), "--format", "tsv", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_bytes().decode("utf-8") == (
        "zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\tstatus\tnote\tdomain\n"
        "上海\t上海\t상하이\ttransliteration\t1\t0.98\tcandidate\t\t\n"
        "上海\t上海\t상해\tsino-korean\t1\t0.98\tcandidate\t\t\n"
        "习近平\t習近平\t시진핑\ttransliteration\t1\t0.98\tcandidate\t\t\n"
        "李强\t李強\t리창\ttransliteration\t1\t0.98\tcandidate\t\t\n"
    )


def test_undecodable_input_names_file_and_offset(runner: CliRunner, tmp_path: Path,
                                                 db_path: Path, write_text) -> None:
    good = write_text("good.txt", TEXT)
    bad = tmp_path / "bad.txt"
    bad.write_bytes("베이징(北京)\n상하이(上海)".encode() + b"\xc3\x28")
    result = runner.invoke(cli, ["mine", "--db", str(db_path), str(good), str(bad)])
    assert result.exit_code == 1
    offset = len("베이징(北京)\n상하이(上海)".encode())
    assert f"{bad}: not valid utf-8 at byte {offset}, line 2 (" in result.stderr
    assert "another encoding, name it (cp949" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db_path.exists() or "documents:    0" in runner.invoke(
        cli, ["stats", "--db", str(db_path)]).stdout


def test_utf16_with_its_byte_order_mark_is_read_as_such(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("베이징(北京)에서 왔다".encode("utf-16"))
    result = runner.invoke(cli, ["mine", "--dry-run", str(path)])
    assert result.exit_code == 0 and "베이징\t北京" in result.stdout


def test_legacy_encoding_option(runner: CliRunner, write_text) -> None:
    path = write_text("gb.txt", "베이징(北京)에서", encoding="gb18030")
    result = runner.invoke(cli, ["mine", "--dry-run", "--encoding", "gb18030", str(path)])
    assert result.exit_code == 0 and "베이징\t北京" in result.stdout
    default = runner.invoke(cli, ["mine", "--dry-run", str(path)])
    assert default.exit_code == 1 and "not valid utf-8" in default.stderr


@pytest.mark.parametrize("text, encoding", [
    ("알리바바를 세운 마윈(馬雲)은 항저우에서 태어났다. 그는 영어 교사였다.", "cp949"),
    ("马云在杭州创立了阿里巴巴，后来成为中国最有名的企业家之一。", "gb18030"),
    ("馬雲在杭州創立了阿里巴巴，後來成為中國最有名的企業家之一。", "big5"),
])
def test_a_legacy_encoding_is_named_in_the_refusal(runner: CliRunner, tmp_path: Path,
                                                    text: str, encoding: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    refused = runner.invoke(cli, ["mine", "--dry-run", str(path)])
    assert refused.exit_code == 1 and f"it reads as {encoding}" in refused.stderr
    named = runner.invoke(cli, ["mine", "--dry-run", "--encoding", encoding, str(path)])
    assert named.exit_code == 0, named.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_named_in_the_refusal(
        runner: CliRunner, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unmarked.txt"
    path.write_bytes("알리바바를 세운 마윈(馬雲)은 항저우에서 태어났다.\n".encode(encoding))
    refused = runner.invoke(cli, ["mine", "--dry-run", str(path)])
    assert refused.exit_code == 1 and f"--encoding {encoding}" in refused.stderr
    named = runner.invoke(cli, ["mine", "--dry-run", "--encoding", encoding, str(path)])
    assert named.exit_code == 0 and "마윈" in named.stdout and "馬雲" in named.stdout


def test_auto_reads_each_file_in_the_encoding_it_reads_best_in(runner: CliRunner,
                                                                tmp_path: Path,
                                                                db_path: Path) -> None:
    # A folder of files saved over the years, each in its own encoding.
    folder = tmp_path / "years"
    folder.mkdir()
    for name, text, encoding in [
            ("utf8.txt", "베이징(北京)에서 출발했다.", "utf-8"),
            ("old.txt", "알리바바를 세운 마윈(馬雲)은 항저우에서 태어났다.", "cp949"),
            ("notepad.txt", "중국 인민은행(中国人民银行)이 발표했다.", "utf-16-le"),
            ("zh.txt", "马云在杭州创立了阿里巴巴，后来成为中国最有名的企业家之一。", "gb18030")]:
        folder.joinpath(name).write_bytes(text.encode(encoding))
    result = runner.invoke(cli, ["mine", "--db", str(db_path), "--encoding", "auto",
                                 str(folder)])
    assert result.exit_code == 0, result.stderr
    notes = sorted(line for line in result.stderr.splitlines() if line.startswith("note:"))
    assert notes == [f"note: {folder / 'notepad.txt'}: not UTF-8, read as utf-16-le",
                     f"note: {folder / 'old.txt'}: not UTF-8, read as cp949",
                     f"note: {folder / 'zh.txt'}: not UTF-8, read as gb18030"]
    listed = runner.invoke(cli, ["list", "--db", str(db_path)]).stdout
    assert {line.split("\t")[0] for line in listed.splitlines()} == {
        "베이징", "마윈", "중국 인민은행"}
    annotated = runner.invoke(cli, ["annotate", "--db", str(db_path), "--encoding", "auto",
                                    str(folder / "old.txt")])
    assert "마윈\t马云" in annotated.stdout and "read as cp949" in annotated.stderr
    # What no encoding reads well is refused still, before anything is stored.
    folder.joinpath("latin.txt").write_bytes("café naïve".encode("latin-1"))
    refused = runner.invoke(cli, ["mine", "--dry-run", "--encoding", "auto", str(folder)])
    assert refused.exit_code == 1
    assert "latin.txt: not valid utf-8 (nor cp949, gb18030, big5) at byte 3" in refused.stderr


@pytest.mark.parametrize("make, message", [
    (lambda p: p.joinpath("x.txt").write_bytes(b"\x89PNG\x00\x00"), "looks binary"),
    (lambda p: p.joinpath("x.txt").write_bytes(b""), "empty file"),
    (lambda p: None, "no such file or directory"),
])
def test_bad_inputs(runner: CliRunner, tmp_path: Path, make, message: str) -> None:
    make(tmp_path)
    result = runner.invoke(cli, ["mine", "--dry-run", str(tmp_path / "x.txt")])
    assert result.exit_code == 1
    assert message in result.stderr


def test_directory_without_text(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    result = runner.invoke(cli, ["mine", "--dry-run", str(tmp_path / "pics")])
    assert result.exit_code == 1 and "no .txt, .md" in result.stderr


def test_database_problems(runner: CliRunner, tmp_path: Path, write_text) -> None:
    path = write_text("a.txt", TEXT)
    missing = runner.invoke(cli, ["mine", "--db", str(tmp_path / "no" / "t.db"), str(path)])
    assert missing.exit_code == 1 and "directory does not exist" in missing.stderr
    readonly = tmp_path / "ro.db"
    runner.invoke(cli, ["mine", "--db", str(readonly), str(path)])
    os.chmod(readonly, 0o444)
    edited = write_text("a.txt", TEXT + "선전(深圳)\n")
    result = runner.invoke(cli, ["mine", "--db", str(readonly), str(edited)])
    assert result.exit_code == 1 and "is read-only" in result.stderr
    looked = runner.invoke(cli, ["lookup", "--db", str(readonly), "上海"])
    assert looked.exit_code == 0 and "상하이" in looked.stdout
    lookup = runner.invoke(cli, ["lookup", "--db", str(tmp_path / "none.db"), "北京"])
    assert lookup.exit_code == 1 and "kozh mine" in lookup.stderr


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["mine", "--format", "xml", "x"]).exit_code == 2
    jsonl_without_dry_run = runner.invoke(cli, ["mine", "--format", "jsonl", "x"])
    assert jsonl_without_dry_run.exit_code == 2 and "--dry-run" in jsonl_without_dry_run.stderr


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "glossary", "--help"], capture_output=True,
                            text=True, encoding="utf-8", check=True)
    assert "mine" in result.stdout and "lookup" in result.stdout


def test_lookup_imports_no_heavy_module(tmp_path: Path, write_text, runner: CliRunner) -> None:
    db = tmp_path / "t.db"
    runner.invoke(cli, ["mine", "--db", str(db), str(write_text("a.txt", TEXT))])
    code = ("import sys; from cli import cli\n"
            "try:\n    cli(['lookup', '--db', sys.argv[1], '上海'])\n"
            "except SystemExit:\n    pass\n"
            "heavy = {'kiwipiepy', 'jieba', 'pypinyin', 'sqlite_utils', 'importlib.resources',\n"
            "         'hashlib'} & set(sys.modules)\n"
            "print('HEAVY', sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    assert "HEAVY []" in out


def test_a_korean_lookup_loads_no_converter(tmp_path: Path, write_text,
                                           runner: CliRunner) -> None:
    # Korean needs no OpenCC: a cold lookup of a Korean word loads none.
    db = tmp_path / "t.db"
    runner.invoke(cli, ["mine", "--db", str(db), str(write_text("a.txt", TEXT))])
    code = ("import sys; from cli import cli\n"
            "try:\n    cli(['lookup', '--db', sys.argv[1], sys.argv[2]])\n"
            "except SystemExit:\n    pass\n"
            "print('OPENCC', 'opencc' in sys.modules)")
    for query, loaded in (("상하이", False), ("상하이에서", False), ("上海", True)):
        out = subprocess.run([sys.executable, "-c", code, str(db), query], capture_output=True,
                             text=True, encoding="utf-8", check=True).stdout
        assert "상하이" in out and f"OPENCC {loaded}" in out, (query, out)


def test_default_data_directory_is_created(runner: CliRunner, write_text, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOZH_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh" / "share"))
    result = runner.invoke(cli, ["mine", str(write_text("a.txt", TEXT))])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "fresh" / "share" / "kozh" / "kozh.db").exists()
    assert "상하이" in runner.invoke(cli, ["lookup", "上海"]).stdout
