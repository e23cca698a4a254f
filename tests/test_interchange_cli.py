from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import mine_document
from glossary.formats.xlsx import workbook

TEXT = "상하이(上海)와 상해(上海), 타오바오(淘寶), 리커창(李克强)"

NTIG_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="ko"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc>
</fileDesc></martifHeader><text><body>
<termEntry id="1"><langSet xml:lang="ko"><ntig><termGrp><term>선전</term></termGrp></ntig>
</langSet><langSet xml:lang="zh-CN"><ntig><termGrp><term>深圳</term></termGrp></ntig></langSet>
</termEntry></body></text></martif>"""

OLD_NAMESPACE_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed:3.0">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c1"><langSec xml:lang="ko"><termSec><term>난징</term>
<note>kind: transliteration; count: 4; confidence: 0.97</note></termSec></langSec>
<langSec xml:lang="zh-Hant"><termSec><term>南京</term></termSec></langSec></conceptEntry>
</body></text></tbx>"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with Termbase(path) as tb:
        tb.add_mined(mine_document(TEXT, "a.txt"))
    return path


@pytest.mark.parametrize("fmt, expected", [
    ("tbx", '<term>상하이</term>'),
    ("tbx2", "<martif"),
    ("omegat", "상해\t上海\tsino-korean\n"),
    ("deepl", "리커창\t李克强\n"),
    ("csv", "\ufeffzh_hans,zh_hant,ko,preferred"),
    ("jsonl", '"ko": "타오바오"'),
    ("tsv", "淘宝\t淘寶\t타오바오\ttransliteration\t1\t0.98\tcandidate\t\t\n"),
])
def test_export_formats_to_stdout(runner: CliRunner, db: Path, fmt: str, expected: str) -> None:
    result = runner.invoke(cli, ["export", "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout
    assert "written" in result.stderr


def test_export_filters(runner: CliRunner, db: Path) -> None:
    only = runner.invoke(cli, ["export", "--db", str(db), "--format", "omegat", "--kind",
                               "sino-korean"])
    assert only.stdout == "상해\t上海\tsino-korean\n"
    hant = runner.invoke(cli, ["export", "--db", str(db), "--format", "deepl", "--script",
                               "hant", "--direction", "zh-ko"])
    assert "淘寶\t타오바오" in hant.stdout.splitlines()
    assert runner.invoke(cli, ["export", "--db", str(db), "--min-count", "2",
                               "--format", "tsv"]).stdout.count("\n") == 1


@pytest.mark.parametrize("content, query, ko", [
    (NTIG_V2, "深圳", "선전"),
    (OLD_NAMESPACE_V3, "南京", "난징"),
])
def test_import_tbx_variants(runner: CliRunner, db: Path, tmp_path: Path, content: str,
                             query: str, ko: str) -> None:
    path = tmp_path / "in.tbx"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["import", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.stderr
    with Termbase(db) as tb:
        (entry,) = tb.lookup(query)
        assert entry.preferred.ko == ko


MULTILINGUAL_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1"><langSet xml:lang="en"><tig><term>Shenzhen</term></tig></langSet>
<langSet xml:lang="ko-KR"><tig><term>선전</term></tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>深圳</term></tig></langSet></termEntry>
<termEntry id="2"><langSet xml:lang="en"><tig><term>Tokyo</term></tig></langSet>
<langSet xml:lang="ja"><tig><term>東京</term></tig></langSet></termEntry>
<termEntry id="3"><langSet xml:lang="ko"><tig><term>서울</term></tig></langSet></termEntry>
<termEntry id="4"><langSet xml:lang="en"><tig><term>Nanjing</term></tig></langSet>
<langSet xml:lang="zh-TW"><tig><term>南京</term></tig></langSet></termEntry>
</body></text></martif>"""


def test_entries_of_other_languages_are_left_out_and_said_so(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "multilingual.tbx"
    path.write_text(MULTILINGUAL_V2, encoding="utf-8")
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["import", "--db", db, str(path)])
    assert result.exit_code == 0, result.stderr
    assert "added, 1 renderings" in result.stderr
    assert result.stderr.splitlines()[1:] == [
        "note: dropped 1 entry (no Korean or Chinese term), e.g. entry 2 (Tokyo)",  # 東京 is ja
        "note: dropped 1 entry (no Chinese term), e.g. entry 3 (서울)",
        "note: dropped 1 entry (no Korean term), e.g. entry 4 (Nanjing)"]
    listed = runner.invoke(cli, ["list", "--db", db]).stdout
    assert listed.startswith("선전\t深圳\t")


def test_import_counts_survive(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.tbx"
    path.write_text(OLD_NAMESPACE_V3, encoding="utf-8")
    runner.invoke(cli, ["import", "--db", str(db), str(path)])
    with Termbase(db) as tb:
        (entry,) = tb.lookup("난징")
        assert (entry.preferred.count, entry.zh_hant) == (4, "南京")


def test_import_csv_with_and_without_bom(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    for bom in ("\ufeff", ""):
        path = tmp_path / f"terms{len(bom)}.csv"
        path.write_text(f"{bom}ko,zh_hans\n청두,成都\n", encoding="utf-8")
        assert runner.invoke(cli, ["import", "--db", str(db), str(path)]).exit_code == 0
    with Termbase(db) as tb:
        assert tb.lookup("成都")[0].preferred.count == 2


def test_import_an_excel_workbook(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "용어집.xlsx"
    path.write_bytes(workbook([["중국어", "한국어", "분야"], ["成都", "청두", "지리"]]))
    done = runner.invoke(cli, ["import", "--db", str(db), "--encoding", "auto", str(path)])
    assert done.exit_code == 0, done.output  # a workbook is no text to decode
    with Termbase(db) as tb:
        (entry,) = tb.lookup("成都")
        assert (entry.preferred.ko, entry.preferred.domain) == ("청두", "지리")


@pytest.mark.parametrize("name, content", [
    ("unicode.txt", "원문\t번역\n成都\t청두\n"),  # Excel's "Unicode text": UTF-16, a header
    ("least.tsv", "zh_hans\tko\n成都\t청두\n"),  # the fewest columns kozh's TSV names
])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_import_text_from_spreadsheets(runner: CliRunner, db: Path, tmp_path: Path, name: str,
                                       content: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    result = runner.invoke(cli, ["import", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.stderr
    with Termbase(db) as tb:
        assert [r.ko for r in tb.lookup("成都")[0].renderings] == ["청두"]


@pytest.mark.parametrize("name, content", [
    ("빈.csv", "ko,zh_hans\n"), ("빈.txt", "한국어\t中文\n")])
def test_an_import_of_no_pair_says_so(runner: CliRunner, db: Path, tmp_path: Path, name: str,
                                      content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["import", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.stderr
    assert f"warning: {path} holds no pair to import" in result.stderr
    assert "warning" not in runner.invoke(cli, ["import", "--db", str(db), "--format", "deepl",
                                               "-"], input="우한\t武汉\n".encode()).stderr


def test_export_of_a_domain(runner: CliRunner, db: Path) -> None:
    with Termbase(db) as tb:
        tb.add_mined(mine_document("상하이(上海)의 위안화(人民币) 환율", "금융.txt"))
        tb.edit_pair("위안화", "人民币", domain="금융")
        tb.edit_pair("상하이", "上海", domain="지명")
    out = runner.invoke(cli, ["export", "--db", str(db), "--format", "deepl", "--domain", "금융"])
    assert (out.exit_code, out.stdout) == (0, "위안화\t人民币\n"), out.stderr
    both = runner.invoke(cli, ["export", "--db", str(db), "--format", "deepl", "--domain", "금융",
                               "--domain", "지명"])
    assert sorted(both.stdout.splitlines()) == ["상하이\t上海", "위안화\t人民币"]
    typed = unicodedata.normalize("NFD", "금융")  # as some keyboards and file names give it
    for command in (["export", "--format", "deepl"], ["list"]):
        found = runner.invoke(cli, [*command, "--db", str(db), "--domain", typed])
        assert found.stdout.startswith("위안화\t人民币"), (command, found.stderr)


@pytest.mark.parametrize("encoding, text", [
    ("cp949", "한국어,中文\r\n청두,成都\r\n"),  # Excel's CSV on a Korean Windows
    ("gb18030", "中文,韩语\r\n成都,청두\r\n"),  # gb18030 writes Hangul in four bytes
])
def test_import_of_a_glossary_in_a_legacy_encoding(runner: CliRunner, db: Path, tmp_path: Path,
                                                   encoding: str, text: str) -> None:
    path = tmp_path / "엑셀.csv"
    path.write_bytes(text.encode(encoding))
    refused = runner.invoke(cli, ["import", "--db", str(db), str(path)])
    assert refused.exit_code == 1
    assert refused.stderr.endswith(f"name it (cp949, gb18030, big5, or auto): it reads as "
                                   f"{encoding}\n")
    for named in (encoding, "auto"):
        taken = runner.invoke(cli, ["import", "--db", str(db), "--encoding", named, str(path)])
        assert taken.exit_code == 0, taken.stderr
        assert (f"read as {encoding}" in taken.stderr) == (named == "auto")
    with Termbase(db) as tb:
        assert [r.ko for r in tb.lookup("成都")[0].renderings] == ["청두"]


def test_an_encoding_named_for_a_tbx_leaves_it_to_its_declaration(runner: CliRunner, db: Path,
                                                                   tmp_path: Path) -> None:
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "tbx"]).stdout
    path = tmp_path / "용어집.tbx"
    path.write_bytes(exported.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    taken = runner.invoke(cli, ["import", "--db", str(tmp_path / "copy.db"), "--encoding", "auto",
                                str(path)])
    assert taken.exit_code == 0, taken.stderr
    with Termbase(tmp_path / "copy.db") as tb:
        assert [r.ko for r in tb.lookup("上海")[0].renderings] == ["상하이", "상해"]


def test_import_from_stdin_and_errors(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    ok = runner.invoke(cli, ["import", "--db", str(db), "--format", "deepl", "-"],
                       input="우한\t武汉\n".encode())
    assert ok.exit_code == 0
    bad = runner.invoke(cli, ["import", "--db", str(db), "--format", "tbx", "-"],
                        input=b"<tbx><text>")
    assert bad.exit_code == 1 and "malformed XML" in bad.stderr
    missing = runner.invoke(cli, ["import", "--db", str(db), str(tmp_path / "nope.tbx")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_import_csv_from_other_tools(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "memoq.csv"
    path.write_text("Korean,Chinese (Simplified),Note\n충칭|중경,重庆,도시\n", encoding="utf-8")
    result = runner.invoke(cli, ["import", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.stderr
    with Termbase(db) as tb:
        (entry,) = tb.lookup("重庆")
        assert sorted(r.ko for r in entry.renderings) == ["중경", "충칭"]
    bad = tmp_path / "bad.csv"
    bad.write_text("English,French\nx,y\n", encoding="utf-8")
    refused = runner.invoke(cli, ["import", "--db", str(db), str(bad)])
    assert refused.exit_code == 1 and "Korean column" in refused.stderr


KINDLESS = {  # one glossary in the formats that need not name a pair's kind
    "deepl.tsv": "선전\t深圳\n난창\t南昌\n남창\t南昌\n클라우드 컴퓨팅\t云计算\n",
    "omegat.txt": "深圳\t선전\n南昌\t난창\n南昌\t남창\n云计算\t클라우드 컴퓨팅\n",
    "terms.csv": "ko,zh_hans\n선전,深圳\n난창,南昌\n남창,南昌\n클라우드 컴퓨팅,云计算\n",
    "least.tsv": "zh_hans\tko\n深圳\t선전\n南昌\t난창\n南昌\t남창\n云计算\t클라우드 컴퓨팅\n",
    "terms.tbx": NTIG_V2.replace("선전", "난창").replace("深圳", "南昌"),
    "terms.jsonl": '{"zh_hans": "南昌", "renderings": [{"ko": "난창"}, {"ko": "남창"}]}\n'
                   '{"zh_hans": "云计算", "renderings": [{"ko": "클라우드 컴퓨팅"}]}\n',
}
INFERRED = {("深圳", "선전"): "transliteration", ("南昌", "난창"): "transliteration",
            ("南昌", "남창"): "sino-korean", ("云计算", "클라우드 컴퓨팅"): "translation"}


@pytest.mark.parametrize("name", sorted(KINDLESS))
def test_a_glossary_without_kinds_gets_the_kinds_the_miner_would_give(
        runner: CliRunner, tmp_path: Path, name: str) -> None:
    """A DeepL, OmegaT, CSV, TSV or TBX glossary from another tool says
    nothing of how each Korean term renders the Chinese: kozh import gives
    each pair the kind mining would (난창 a transliteration of 南昌, 남창 its
    Sino-Korean reading); --no-infer-kinds leaves them translations."""
    path = tmp_path / name
    path.write_text(KINDLESS[name], encoding="utf-8")
    for flag, db in (("--infer-kinds", "on.db"), ("--no-infer-kinds", "off.db")):
        result = runner.invoke(cli, ["import", "--db", str(tmp_path / db), flag, str(path)])
        assert result.exit_code == 0, result.stderr
        assert ("with the kind inferred" in result.stderr) is (flag == "--infer-kinds")
    for db, expected in (("on.db", INFERRED), ("off.db", dict.fromkeys(INFERRED, "translation"))):
        with Termbase(tmp_path / db, read_only=True) as tb:
            kinds = {(entry.zh_hans, r.ko): str(r.kind) for entry in tb.entries()
                     for r in entry.renderings}
        assert kinds == {pair: kind for pair, kind in expected.items() if pair in kinds}
        assert ("南昌", "난창") in kinds


def test_a_kind_the_file_states_is_kept(runner: CliRunner, tmp_path: Path) -> None:
    """Even one the miner would not give: the file's author decided it."""
    path = tmp_path / "stated.tsv"
    path.write_text("zh_hans\tko\tkind\n南昌\t난창\ttranslation\n", encoding="utf-8")
    assert runner.invoke(cli, ["import", "--db", str(tmp_path / "t.db"), str(path)]).exit_code == 0
    with Termbase(tmp_path / "t.db", read_only=True) as tb:
        assert [str(r.kind) for r in tb.lookup("南昌")[0].renderings] == ["translation"]
    looked = runner.invoke(cli, ["lookup", "--db", str(tmp_path / "t.db"), "--json", "난창"])
    assert '"kind": "translation"' in looked.stdout
    assert "kind_stated" not in looked.stdout  # the import's business, not a reader's


def test_pairs_the_miner_wrote_import_as_they_are(runner: CliRunner, tmp_path: Path) -> None:
    """``kozh mine --dry-run --format jsonl`` on one machine, ``kozh import``
    of its lines on another: each line a pair, lines of one pair adding up."""
    text = tmp_path / "뉴스.txt"
    text.write_text("창업자 마윈(馬雲)은 말했다. 마윈(馬雲)은 웃었다.\n", encoding="utf-8")
    mined = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(text)])
    assert mined.exit_code == 0, mined.stderr
    pairs = tmp_path / "pairs.jsonl"
    nanjing = '{"ko": "난징", "zh_hans": "南京", "kind": "transliteration"}\n'
    pairs.write_text(mined.stdout + nanjing, encoding="utf-8")
    result = runner.invoke(cli, ["import", "--db", str(tmp_path / "t.db"), str(pairs)])
    assert result.exit_code == 0, result.stderr
    with Termbase(tmp_path / "t.db", read_only=True) as tb:
        (entry,) = tb.lookup("马云")
        (rendering,) = entry.renderings
        assert (entry.zh_hant, rendering.ko, str(rendering.kind), rendering.count) == (
            "馬雲", "마윈", "transliteration", 2)
        assert rendering.confidence == 0.98
        assert "마윈(馬雲)은 웃었다" in rendering.sources[0].context
        assert [r.ko for r in tb.lookup("南京")[0].renderings] == ["난징"]
    pairs.write_text('{"ko": "마윈", "zh": ["馬雲"]}\n', encoding="utf-8")
    refused = runner.invoke(cli, ["import", "--db", str(tmp_path / "t.db"), str(pairs)])
    assert refused.exit_code == 1 and "pairs.jsonl:1: zh must be text" in refused.stderr


def test_a_row_longer_than_any_gloss_is_a_translation_without_aligning() -> None:
    """The miner reads no gloss of more than MAX_GLOSS characters: a glossary
    row that long (or with Korean four times as long) is a sentence, and
    aligning it would cost each row of a hostile file a quarter of a second."""
    from glossary.mining.brackets import MAX_GLOSS
    from glossary.mining.pair_kind import infer_kind
    from glossary.model import Kind

    assert infer_kind("상" * (MAX_GLOSS + 1), "上" * (MAX_GLOSS + 1)) is Kind.TRANSLATION
    assert infer_kind("상하이" * 40, "上海") is Kind.TRANSLATION
    assert infer_kind("상" * MAX_GLOSS, "上" * MAX_GLOSS) is Kind.SINO_KOREAN


def test_a_file_imported_again_takes_the_kinds_a_newer_reading_gives(
        runner: CliRunner, tmp_path: Path) -> None:
    """Imported without inferring kinds (as kozh 0.2.13 did), then again with:
    the same file is read again, its pairs take the kinds, counts stay."""
    path, db = tmp_path / "team.tsv", str(tmp_path / "t.db")
    path.write_text("난창\t南昌\n남창\t南昌\n", encoding="utf-8")
    runner.invoke(cli, ["import", "--db", db, "--format", "deepl", "--no-infer-kinds", str(path)])
    again = runner.invoke(cli, ["import", "--db", db, "--format", "deepl", str(path)])
    assert again.exit_code == 0 and "re-read, 2 renderings (2 with the kind inferred)" in \
        again.stderr
    once_more = runner.invoke(cli, ["import", "--db", db, "--format", "deepl", str(path)])
    assert "unchanged" in once_more.stderr
    with Termbase(db, read_only=True) as tb:
        (entry,) = tb.lookup("南昌")
    assert {(r.ko, str(r.kind), r.count) for r in entry.renderings} == {
        ("난창", "transliteration", 1), ("남창", "sino-korean", 1)}
