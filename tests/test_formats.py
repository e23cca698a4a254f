from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, isoschematron

from db import Termbase
from glossary import mine_document
from glossary.errors import ExportError, FormatError
from glossary.formats import ExportOptions, export, read_entries
from glossary.formats.xlsx import workbook
from glossary.ingest import import_file
from glossary.model import Entry, Rendering

SHARED_TBX = Path(__file__).resolve().parent.parent.parent / "shared" / "tbx"
TEXT = ("상하이(上海)와 상해(上海), 타오바오(淘寶), 리커창(李克强), Lenovo(联想), "
        "중화전국공상업연합회(中華全國工商業聯合會)")


@pytest.fixture
def filled(termbase: Termbase) -> Termbase:
    termbase.add_mined(mine_document(TEXT, "news.txt"))
    termbase.add_mined(mine_document("상하이(上海)에 간다.", "more.txt"))
    return termbase


def exported(termbase: Termbase, fmt: str, **options) -> str:
    out = io.StringIO()
    export(termbase.entries(), fmt, out, ExportOptions(**options))
    return out.getvalue()


def comparable(entries) -> list:
    return sorted((e.zh_hans, e.zh_hant, [(r.ko, r.kind, r.count, round(r.confidence, 2))
                                          for r in e.renderings]) for e in entries)


@pytest.mark.skipif(not SHARED_TBX.is_dir(), reason="needs ../shared/tbx")
def test_tbx_v3_is_valid_tbx_basic(filled: Termbase) -> None:
    doc = etree.fromstring(exported(filled, "tbx").encode())
    etree.RelaxNG(etree.parse(str(SHARED_TBX / "TBXcoreStructV03.rng"))).assertValid(doc)
    isoschematron.Schematron(
        etree.parse(str(SHARED_TBX / "TBX-Basic_DCA.xpath1.sch"))).assertValid(doc)


def test_tbx_v3_content(filled: Termbase) -> None:
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    doc = etree.fromstring(exported(filled, "tbx").encode())
    (shanghai,) = doc.xpath("//t:conceptEntry[t:langSec[@xml:lang='zh-Hans']"
                            "/t:termSec/t:term='上海']", namespaces=ns)
    terms = shanghai.xpath("t:langSec[@xml:lang='ko']/t:termSec", namespaces=ns)
    assert [t.findtext("t:term", namespaces=ns) for t in terms] == ["상하이", "상해"]
    statuses = [t.xpath("t:termNote[@type='administrativeStatus']/text()", namespaces=ns)[0]
                for t in terms]
    # Undecided pairs are candidates: admitted, with kozh's note saying so.
    assert statuses == ["admittedTerm-admn-sts", "admittedTerm-admn-sts"]
    notes = [t.xpath("t:note/text()", namespaces=ns)[0] for t in terms]
    assert all(note.endswith("status: candidate") for note in notes)
    assert not shanghai.xpath("t:langSec[@xml:lang='zh-Hant']", namespaces=ns)
    ids = doc.xpath("//t:conceptEntry/@id", namespaces=ns)
    assert all(not i[0].isdigit() for i in ids) and len(set(ids)) == len(ids)
    (taobao,) = doc.xpath("//t:conceptEntry[t:langSec/t:termSec/t:term='淘宝']", namespaces=ns)
    assert taobao.xpath("t:langSec[@xml:lang='zh-Hant']/t:termSec/t:term/text()",
                        namespaces=ns) == ["淘寶"]


@pytest.mark.parametrize("fmt", ["tbx", "tbx2"])
def test_a_tbx_file_is_indented_as_it_nests(filled: Termbase, fmt: str) -> None:
    # Each element two spaces deeper than the one it is in, as a reader opening
    # the file expects (conceptEntry stood at the level of <text>).
    depth, opened = 0, []
    for line in exported(filled, fmt).splitlines()[1:]:
        tag = line.strip()
        if tag.startswith("</"):
            depth -= 1
        assert line.startswith("  " * depth + "<") and not line.startswith("  " * depth + " "), (
            depth, line, opened[-3:])
        opened.append(tag)
        if not tag.startswith("</") and not tag.endswith("/>") and "</" not in tag:
            depth += 1
    assert depth == 0


def test_tbx2_reads_in_translate_toolkit(filled: Termbase) -> None:
    from translate.storage.tbx import tbxfile

    store = tbxfile.parsestring(exported(filled, "tbx2").encode())
    sources = {unit.source for unit in store.units}
    assert {"상하이", "타오바오", "리커창", "Lenovo"} <= sources


def test_omegat_and_deepl(filled: Termbase) -> None:
    omegat = exported(filled, "omegat").splitlines()
    assert "타오바오\t淘宝\talso 淘寶; transliteration" in omegat
    reverse = exported(filled, "omegat", direction="zh-ko").splitlines()
    assert "上海\t상하이\tor 상해; transliteration" in reverse
    options = ExportOptions(direction="zh-ko")
    out = io.StringIO()
    export(filled.entries(), "deepl", out, options)
    lines = out.getvalue().splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    sources = [line.split("\t")[0] for line in lines]
    assert len(sources) == len(set(sources)) and "上海\t상하이" in lines


def test_deepl_drops_what_it_cannot_take(termbase: Termbase) -> None:
    entries = [Entry("长", "長", ["长"], [Rendering("가" * 400, "translation", 1, 1.0)]),
               Entry("短", "短", ["短"], [Rendering("단", "sino-korean", 1, 1.0)])]
    options = ExportOptions()
    out = io.StringIO()
    assert export(entries, "deepl", out, options) == 1
    assert out.getvalue() == "단\t短\n"
    assert "longer than 1024 bytes" in options.warnings[0]


def test_csv_has_bom_and_neutralizes_formulas() -> None:
    entries = [Entry("公式", "公式", ["公式"], [Rendering("=HYPERLINK(1)", "translation", 2, 0.5,
                                                          [("a.txt", "+위험")])])]
    out = io.StringIO()
    export(entries, "csv", out)
    text = out.getvalue()
    assert text.startswith("\ufeffzh_hans,")
    assert "'=HYPERLINK(1)" in text and "'+위험" in text


def test_kozh_tsv_neutralizes_formulas_and_reads_them_back() -> None:
    # A spreadsheet opens TSV as it opens CSV.
    entries = [Entry("公式", "公式", ["公式"], [Rendering("+위험", "translation", 2, 0.5,
                                                          note="=HYPERLINK(1)", domain="@법률")])]
    out = io.StringIO()
    export(entries, "tsv", out)
    row = out.getvalue().splitlines()[1].split("\t")
    assert (row[2], row[7], row[8]) == ("'+위험", "'=HYPERLINK(1)", "'@법률")
    (entry,) = read_entries(out.getvalue().encode(), "g.tsv", "tsv")
    (rendering,) = entry.renderings
    assert (rendering.ko, rendering.note, rendering.domain) == ("+위험", "=HYPERLINK(1)", "@법률")


def test_tab_in_a_term_is_refused_for_tsv() -> None:
    entries = [Entry("上海", "上海", ["上海"], [Rendering("상\t하이", "translation", 1, 1.0)])]
    with pytest.raises(ExportError, match="tab or newline"):
        export(entries, "omegat", io.StringIO())


@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "jsonl", "csv", "tsv"])
def test_round_trip(filled: Termbase, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    path.write_text(exported(filled, fmt), encoding="utf-8")
    with Termbase(tmp_path / "copy.db") as copy:
        import_file(copy, str(path), fmt)
        assert comparable(copy.entries()) == comparable(filled.entries())
        assert exported(copy, fmt).count("\n") == exported(filled, fmt).count("\n")


@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "jsonl", "csv"])  # the formats with sources
def test_a_round_trip_keeps_the_documents_a_pair_was_seen_in(filled: Termbase, tmp_path: Path,
                                                              fmt: str) -> None:
    """Exported and imported again, a pair still names the document it was
    mined from (news.txt), not the file it came in; exported again, the
    file is the same, and so after a merge of the copy."""
    path = tmp_path / f"out.{fmt}"
    path.write_text(exported(filled, fmt), encoding="utf-8")
    with Termbase(tmp_path / "copy.db") as copy:
        import_file(copy, str(path), fmt)
        (entry,) = copy.lookup("李克强")
        assert entry.renderings[0].sources[0].document == "news.txt"
        assert "리커창(李克强)" in entry.renderings[0].sources[0].context
        assert _undated(exported(copy, fmt)) == _undated(exported(filled, fmt))
        # the document names the pairs it gave (those whose one source a file keeps is it)
        assert copy.has_document("news.txt") and not copy.has_document("other.txt")
        named = {p.ko for p in copy.list_pairs(document="news.txt")}
        assert "리커창" in named and named <= {p.ko for p in filled.list_pairs(document="news.txt")}
    with Termbase(tmp_path / "merged.db") as merged:
        merged.merge(tmp_path / "copy.db")
        (entry,) = merged.lookup("李克强")
        assert entry.renderings[0].sources[0].document == "news.txt"


def _undated(text: str) -> list[str]:
    return [line for line in text.splitlines() if "date" not in line.casefold()]


hangul = st.text(st.sampled_from("가나다상하이타오바오 \t\"'<&\n"), min_size=1, max_size=8)
hanzi = st.text(st.sampled_from("上海淘寶宝心選\uf914園中國"), min_size=1, max_size=5)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(pairs=st.lists(st.tuples(hanzi, hangul), min_size=1, max_size=5))
def test_round_trip_any_text(tmp_path: Path, pairs) -> None:
    entries = [Entry(zh, zh, [zh], [Rendering(ko.strip() or "가", "translation", 3, 0.5)])
               for zh, ko in pairs]
    for fmt in ("tbx", "jsonl"):
        first = io.StringIO()
        export(entries, fmt, first)
        back = list(read_entries(first.getvalue().encode(), f"x.{fmt}", fmt))
        assert {r.ko for e in back for r in e.renderings} == {
            " ".join((ko.strip() or "가").split()) for _, ko in pairs}


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<martif><text><body><termEntry><langSet xml:lang="ko"><tig><term>&lol2;</term></tig></langSet>
</termEntry></body></text></martif>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tbx><text><body><conceptEntry id="c1"><langSec xml:lang="ko"><termSec><term>&secret;</term>
</termSec></langSec></conceptEntry></body></text></tbx>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_hostile_xml_is_refused(filled: Termbase, tmp_path: Path, xml: str) -> None:
    path = tmp_path / "evil.tbx"
    path.write_text(xml, encoding="utf-8")
    before = comparable(filled.entries())
    with pytest.raises(FormatError, match="DTD"):
        import_file(filled, str(path))
    assert comparable(filled.entries()) == before


def test_malformed_xml_names_the_line_and_changes_nothing(filled: Termbase,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "broken.tbx"
    path.write_text('<?xml version="1.0"?>\n<tbx>\n<text><body>\n<conceptEntry>\n</tbx>',
                    encoding="utf-8")
    before = filled.stats()
    with pytest.raises(FormatError, match=r"broken.tbx:5"):
        import_file(filled, str(path))
    assert filled.stats() == before


def test_import_merges_and_is_idempotent(filled: Termbase, tmp_path: Path) -> None:
    path = tmp_path / "team.txt"
    path.write_text("# 팀 용어집\n상하이\t上海\t팀 표기\n마윈\t馬雲\n", encoding="utf-8")
    import_file(filled, str(path))
    again = import_file(filled, str(path))
    assert again.status == "unchanged"
    (shanghai,) = filled.lookup("上海")
    assert shanghai.preferred.ko == "상하이" and shanghai.preferred.count == 3
    assert filled.lookup("马云")[0].preferred.ko == "마윈"


def test_a_glossary_without_kinds_or_contexts_does_not_hide_the_mined_ones(
        termbase: Termbase, tmp_path: Path) -> None:
    # A two-column glossary gives no context: the sentence the pair was seen
    # in stays first, and the kind is the one the readings verify either way.
    termbase.add_mined(mine_document("알리바바 창업자 마윈(马云)이 말했다.", "news.txt"))
    path = tmp_path / "team.tsv"
    path.write_text("马云\t마윈\n", encoding="utf-8")
    import_file(termbase, str(path), "deepl")
    (rendering,) = termbase.lookup("马云")[0].renderings
    assert (rendering.ko, rendering.kind, rendering.count) == ("마윈", "transliteration", 2)
    assert rendering.sources[0].document == "news.txt" and "창업자" in rendering.sources[0].context


@pytest.mark.parametrize("text", [
    "zh\tko\n關松齋\t관솔齋\n北京\t베이징\n",  # the header says which column is which
    "中文\t한국어\n關松齋\t관솔齋\n北京\t베이징\n",
    "ko\tzh\n관솔齋\t關松齋\n베이징\t北京\n",
    "北京\t베이징\n關松齋\t관솔齋\n",  # as the rows before it
])
def test_a_korean_term_with_hanja_follows_the_files_direction(text: str) -> None:
    # Both sides of the row hold Han: the Korean writes one Hanja (관솔齋).
    pairs = {(entry.zh_hans, entry.renderings[0].ko)
             for entry in read_entries(text.encode(), "g.txt", "omegat")}
    assert pairs == {("关松斋", "관솔齋"), ("北京", "베이징")}


def test_a_header_naming_the_columns_may_stand_alone() -> None:
    # A glossary of no rows but its header (한국어<TAB>中文) is empty, as a CSV
    # of only its header is; one row of no Han, alone, is a row without Chinese.
    for header in ("ko\tzh\n", "중국어\t한국어\r\n", "中文\t한국어\n"):
        assert list(read_entries(header.encode(), "용어.txt", "omegat")) == []
    with pytest.raises(FormatError, match="용어.txt:1: no Chinese term"):
        list(read_entries("상하이\t베이징\n".encode(), "용어.txt", "omegat"))


def test_a_spreadsheet_headed_in_korean_or_chinese_is_read_by_its_column_names() -> None:
    sheet = ("번체,간체,한글,비고,분야,예문\r\n"
             "臺北,台北,타이베이,수도,지리,타이베이(台北)에 갔다\r\n")
    (entry,) = read_entries(sheet.encode(), "용어집.csv", "csv")
    (rendering,) = entry.renderings
    assert (entry.zh_hans, entry.zh_hant, rendering.ko) == ("台北", "臺北", "타이베이")
    assert (rendering.note, rendering.domain) == ("수도", "지리")
    assert rendering.sources[0].context == "타이베이(台北)에 갔다"


@pytest.mark.parametrize("sheet", [
    '"Korean";"Chinese (Simplified)";"비고"\r\n광저우;广州;"성도, 항구"\r\n',  # Excel in Europe
    "\ufeff한국어\t중국어\t비고\n광저우\t广州\t성도, 항구\n",  # tabs in a file named .csv
])
def test_a_csv_may_separate_its_columns_otherwise(sheet: str) -> None:
    (entry,) = read_entries(sheet.encode(), "용어.csv", "csv")
    assert (entry.zh_hans, entry.preferred.ko, entry.preferred.note) == ("广州", "광저우",
                                                                         "성도, 항구")


def _book(sheet: str, strings: str = "") -> bytes:
    """A workbook as Excel writes one: shared strings, cells by reference."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/workbook.xml", f'<workbook {main} xmlns:r="http://schemas.openxml'
                      'formats.org/officeDocument/2006/relationships"><sheets><sheet name="용어"'
                      ' sheetId="1" r:id="rId7"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                      'openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" '
                      'Target="/xl/worksheets/용어.xml"/></Relationships>')
        book.writestr("xl/worksheets/용어.xml", sheet)
        if strings:
            book.writestr("xl/sharedStrings.xml", f"<sst {main}>{strings}</sst>")
    return out.getvalue()


def test_an_excel_workbook_is_read_by_its_first_sheet() -> None:
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    strings = ("<si><t>한국어</t></si><si><t>中文</t></si><si><t>count</t></si>"
               "<si><r><t>광</t></r><r><t>저우</t></r></si>"  # runs of rich text
               "<si><t>广州</t><rPh sb='0' eb='2'><t>guangzhou</t></rPh></si>")  # a guide above
    sheet = (f"<worksheet {main}><sheetData>"
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
             '<c r="D1" t="s"><v>2</v></c></row>'
             '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c>'
             '<c r="D3"><v>12</v></c></row></sheetData></worksheet>')
    (entry,) = read_entries(_book(sheet, strings), "용어집.xlsx")  # known by its suffix
    assert (entry.zh_hans, entry.preferred.ko, entry.preferred.count) == ("广州", "광저우", 12)


def test_a_strict_open_xml_workbook_is_read_as_the_usual_one() -> None:
    usual, strict = io.BytesIO(workbook([["ko", "zh_hans"], ["청두", "成都"]])), io.BytesIO()
    with zipfile.ZipFile(usual) as source, zipfile.ZipFile(strict, "w") as book:
        for part in source.namelist():
            book.writestr(part, source.read(part).replace(
                b"schemas.openxmlformats.org/spreadsheetml/2006/main",
                b"purl.oclc.org/ooxml/spreadsheetml/main").replace(
                b"schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"purl.oclc.org/ooxml/officeDocument/relationships"))
    assert b"purl.oclc.org" in strict.getvalue()  # parts stored, not deflated
    (entry,) = read_entries(strict.getvalue(), "엄격.xlsx")
    assert (entry.zh_hans, entry.preferred.ko) == ("成都", "청두")


@pytest.mark.parametrize(("book", "message"), [
    (b"PK\x03\x04 not really", "not a readable .xlsx"),
    (_book('<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>'), "DTD or entity"),
    (_book("<worksheet><sheetData><row>"), "malformed sheet"),
])
def test_a_workbook_that_is_none_or_hostile_is_refused(book: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        list(read_entries(book, "용어.xlsx"))


def test_an_omegat_comment_comes_back(filled: Termbase, tmp_path: Path) -> None:
    # kozh's comment gives the kind and the other script back; a translator's
    # note is kept after them, and another tool's comment is a note (its pair
    # gets the kind the miner would give it).
    filled.edit_pair("타오바오", "淘宝", note="쇼핑몰; 알리바바 소유")
    path = tmp_path / "glossary.txt"
    path.write_text(exported(filled, "omegat") + "리창\t李强\t총리 (2023~)\n", encoding="utf-8")
    with Termbase(tmp_path / "copy.db") as copy:
        import_file(copy, str(path), "omegat")
        kinds = {(e.zh_hans, r.ko): r.kind for e in filled.entries() for r in e.renderings}
        assert {(e.zh_hans, r.ko): r.kind for e in copy.entries()
                for r in e.renderings} == kinds | {("李强", "리창"): "transliteration"}
        (taobao,) = copy.lookup("淘宝")
        assert (taobao.zh_hant, taobao.preferred.note) == ("淘寶", "쇼핑몰; 알리바바 소유")
        assert copy.lookup("李强")[0].preferred.note == "총리 (2023~)"


def test_bad_tsv_line_is_reported(termbase: Termbase, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("상하이\t上海\n외톨이\n", encoding="utf-8")
    with pytest.raises(FormatError, match="bad.txt:2"):
        import_file(termbase, str(path))
    assert termbase.stats().concepts == 0


korean_text = st.text(st.sampled_from("가나다상하이타오바오 \t\"'<&>\nAb"), min_size=1, max_size=10)
chinese_text = st.text(st.sampled_from("上海淘寶宝心選\uf914園中國广州\"<&"), min_size=1,
                       max_size=6)
kinds = st.sampled_from(["transliteration", "sino-korean", "translation", "mixed", "latin"])
statuses = st.sampled_from(["candidate", "approved", "preferred", "rejected"])
free_text = st.text(st.sampled_from("메모 注释<b>&;%=+'\"경제"), max_size=8)


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(st.tuples(chinese_text, korean_text, kinds, st.integers(1, 50), statuses,
                               free_text, free_text), min_size=1, max_size=6))
@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "jsonl", "csv", "tsv"])
def test_termbase_round_trip_any_text(fmt: str, rows) -> None:
    """Random terms, statuses, notes and domains survive an export and an import."""
    import tempfile

    from glossary.model import Status

    entries = [Entry(zh, zh, [zh], [Rendering(ko, kind, count, 0.75, [], Status(status), note,
                                              domain)])
               for zh, ko, kind, count, status, note, domain in rows
               if any(ch.strip() for ch in ko) and any(ch not in '"<&' for ch in zh)]
    if not entries:
        return
    with tempfile.TemporaryDirectory() as folder:
        with Termbase(Path(folder) / "a.db") as first, Termbase(Path(folder) / "b.db") as second:
            first.import_concepts(iter(entries), "generated", "0")
            path = Path(folder) / f"out.{fmt}"
            path.write_text(exported(first, fmt, statuses=tuple(Status)), encoding="utf-8")
            import_file(second, str(path), fmt)
            assert comparable(second.entries()) == comparable(first.entries())
            decisions = [[(p.zh_hans, p.ko, p.status, p.note, p.domain)
                          for p in tb.list_pairs(sort="key", limit=100)] for tb in (first, second)]
            assert decisions[0] == decisions[1]
