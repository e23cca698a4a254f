"""Word documents (.docx) are mined as the text of their body; hostile ones
are refused before anything is stored."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from glossary import office

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')


def paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t xml:space=\"preserve\">{run}</w:t></w:r>"
                             for run in runs) + "</w:p>"


def write_docx(path: Path, body: str, *, prolog: str = "") -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
                f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("word/document.xml", document)
    return path


BODY = (paragraph("전자상거래 업체 알리바바를 세운 ", "마윈(馬雲)", "은 항저우 출신이다.")
        + "<w:tbl><w:tr><w:tc>" + paragraph("징둥(京东)") + "</w:tc><w:tc>"
        + paragraph("베이징") + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:delText>지운 판다(熊猫)</w:delText></w:r>"
          "<w:r><w:t>남은 글</w:t><w:tab/><w:t>끝</w:t></w:r></w:p>")


def test_a_docx_is_mined_as_the_text_of_its_body(runner: CliRunner, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "보고서.docx", BODY)
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(p["ko"], p["zh"]) for p in found] == [("마윈", "馬雲"), ("징둥", "京东")]
    # Offsets and contexts are the body's text: paragraphs and cells a line each,
    # deleted text left out.
    text = office.docx_text(path.read_bytes(), path.name)
    assert text.splitlines()[1:] == ["징둥(京东)", "베이징", "남은 글\t끝"]
    assert all(text[p["term_start"]:p["term_end"]] == p["ko"] for p in found)


def test_a_folder_takes_its_word_documents(runner: CliRunner, tmp_path: Path,
                                           db_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_docx(folder / "a.docx", paragraph("창업자 마윈(馬雲)이 말했다."))
    (folder / "b.txt").write_text("징둥(京东)이 성장했다.", encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--db", str(db_path), str(folder)])
    assert result.exit_code == 0, result.stderr
    assert "2 pairs from 2 document(s)" in result.stderr


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a readable .docx"),
    (lambda p: write_docx(p, paragraph("마윈(馬雲)"),
                          prolog='<!DOCTYPE w [<!ENTITY a "aaaa">]>'), "refusing XML with a DTD"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("word/other.xml", "<x/>"), "not a Word document"),
    (lambda p: write_docx(p, "<w:p><w:r><w:t>마윈(馬雲)</w:t></w:p>"), "malformed document XML"),
])
def test_a_bad_docx_is_refused_before_anything_is_stored(
        runner: CliRunner, tmp_path: Path, db_path: Path, make, message: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("베이징(北京)에 갔다.", encoding="utf-8")
    bad = tmp_path / "bad.docx"
    make(bad)
    result = runner.invoke(cli, ["mine", "--db", str(db_path), str(good), str(bad)])
    assert result.exit_code == 1
    assert f"bad.docx: {message}" in result.stderr
    assert not db_path.exists() or "documents:    0" in runner.invoke(
        cli, ["stats", "--db", str(db_path)]).stdout


def test_a_body_that_unpacks_too_large_is_refused(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_docx(tmp_path / "bomb.docx", paragraph("가" * 200_000))
    monkeypatch.setattr(office, "MAX_PART", 100_000)  # the real bound is 256 MB
    with pytest.raises(office.InputError, match="unpacks to .* bytes, more than 100000"):
        office.docx_text(path.read_bytes(), "bomb.docx")


def test_a_docx_is_annotated_as_it_is_mined(runner: CliRunner, tmp_path: Path,
                                            db_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("창업자 마윈(馬雲)이 말했다.", encoding="utf-8")
    assert runner.invoke(cli, ["mine", "--db", str(db_path), str(source)]).exit_code == 0
    path = write_docx(tmp_path / "번역할 글.docx", paragraph("오늘 마윈은 ", "항저우에 갔다."))
    result = runner.invoke(cli, ["annotate", "--db", str(db_path), "--no-resident",
                                 "--format", "inline", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "오늘 마윈(马云)은 항저우에 갔다.\n"  # the simplified form first
