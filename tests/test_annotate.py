from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import mine_document
from glossary.aids.annotation import TermIndex, annotate, detect_language, inline, summary
from glossary.text.normalize import drop_invisible

PAIRS = [("马云", "馬雲", "마윈", 5), ("广州市", "廣州市", "광저우시", 2),
         ("腾讯研究院", "騰訊研究院", "텐센트연구원", 1), ("淘宝", "淘寶", "타오바오", 4),
         ("上海", "上海", "상하이", 3), ("上海", "上海", "상해", 1), ("中国", "中國", "중국", 9)]


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex(PAIRS)


@pytest.mark.parametrize("text, found", [
    ("마윈은 웃었다.", [("마윈", "은")]),
    ("광저우시에서 열렸다.", [("광저우시", "에서")]),
    ("텐센트연구원의 보고서", [("텐센트연구원", "의")]),
    ("상하이와 상해", [("상하이", "와"), ("상해", "")]),
    ("타오바오를 연다", [("타오바오", "를")]),
])
def test_korean_terms_with_particles(index: TermIndex, text: str, found: list) -> None:
    assert [(m.text, m.particle) for m in annotate(text, index)] == found


@pytest.mark.parametrize("text", [
    "중국어를 배운다",  # 중국 inside a longer word
    "대마윈칙",  # not at a word start
])
def test_korean_no_match_inside_longer_words(index: TermIndex, text: str) -> None:
    assert annotate(text, index) == []


def test_longest_match_first(index: TermIndex) -> None:
    (match,) = annotate("광저우시가 크다", index)
    assert match.text == "광저우시" and match.renderings == ["广州市", "廣州市"]


def test_chinese_in_either_script(index: TermIndex) -> None:
    text = "淘寶和淘宝都在上海。马云说。"
    found = [(m.start, m.end, m.text, m.term, m.renderings) for m in annotate(text, index)]
    assert found == [(0, 2, "淘寶", "淘宝", ["타오바오"]), (3, 5, "淘宝", "淘宝", ["타오바오"]),
                     (7, 9, "上海", "上海", ["상하이", "상해"]), (10, 12, "马云", "马云", ["마윈"])]


def test_a_known_name_with_an_administrative_suffix(index: TermIndex) -> None:
    text = "他去了上海市和广州市。"  # 上海 is known, 上海市 not; 广州市 is known whole
    found = [(m.text, m.renderings) for m in annotate(text, index)]
    assert found == [("上海", ["상하이", "상해"]), ("广州市", ["광저우시"])]


def test_language_detection_inline_and_summary(index: TermIndex) -> None:
    assert detect_language("马云在广州市") == "zh"
    text = "마윈은 광저우시에서 마윈을 만났다."
    matches = annotate(text, index)
    assert inline(text, matches) == "마윈(马云)은 광저우시(广州市)에서 마윈을 만났다."
    assert summary(matches) == [("마윈", 2, ["马云", "馬雲"]),
                                ("광저우시", 1, ["广州市", "廣州市"])]


def test_a_bilingual_document_is_read_sentence_by_sentence_in_each_language(
        index: TermIndex) -> None:
    text = "마윈은 광저우시에 갔다.\n\n马云去了广州市。\n타오바오(淘宝)를 열었다.\n"
    found = [(m.start, m.text, m.renderings[0]) for m in annotate(text, index)]
    assert found == [(0, "마윈", "马云"), (4, "광저우시", "广州市"),
                     (15, "马云", "마윈"), (19, "广州市", "광저우시"), (24, "타오바오", "淘宝")]
    assert [text[start : start + len(term)] for start, term, _ in found] == [t for _, t, _ in found]
    # a language asked for reads the whole document in it
    assert [m.text for m in annotate(text, index, "zh")] == ["马云", "广州市", "淘宝"]
    # sentence by sentence, on one line too
    one_line = "마윈은 웃었다. 马云在广州市。광저우시에서 3.5배 컸다."
    assert [(m.text, m.start) for m in annotate(one_line, index)] == [
        ("마윈", 0), ("马云", 9), ("广州市", 12), ("광저우시", 16)]


def test_cli_annotate_jsonl_and_summary(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("마윈(馬雲)과 광저우시(广州市)", "seed.txt"))
    doc = tmp_path / "doc.txt"
    doc.write_text("회장 마윈은 광저우시에서 말했다. 마윈이 웃었다.", encoding="utf-8")
    result = runner.invoke(cli, ["annotate", "--db", str(db), "--format", "jsonl", str(doc)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["start"], r["end"], r["text"], r["term"]) for r in rows] == [
        (3, 5, "마윈", "마윈"), (7, 11, "광저우시", "광저우시"), (19, 21, "마윈", "마윈")]
    assert rows[0]["renderings"] == ["马云", "馬雲"]
    summary_out = runner.invoke(cli, ["annotate", "--db", str(db), "--summary", str(doc)])
    assert summary_out.stdout.splitlines()[0] == "마윈\t×2\t马云 / 馬雲"
    chinese = runner.invoke(cli, ["annotate", "--db", str(db), "--format", "inline", "-"],
                            input="馬雲到了廣州市。".encode())
    assert chinese.stdout == "馬雲(마윈)到了廣州市(광저우시)。"


def test_cli_annotate_warns_of_a_termbase_with_nothing_to_find(runner: CliRunner,
                                                                tmp_path: Path) -> None:
    """An empty table is no answer a user can tell from "no known term here"."""
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("마윈(馬雲)과 광저우시(广州市)", "seed.txt"))
        for ko, zh in [("마윈", "馬雲"), ("광저우시", "广州市")]:
            tb.delete_pair(ko, zh)
    result = runner.invoke(cli, ["annotate", "--db", str(db), "-"], input="마윈이 웃었다.".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "holds no term to find" in result.stderr
    with Termbase(db) as tb:
        tb.add_mined(mine_document("리창(李强) 총리", "seed.txt"))
    kept = runner.invoke(cli, ["annotate", "--db", str(db), "-"], input="李强说了。".encode())
    assert kept.stdout.startswith("0-2\t李强") and kept.stderr == ""
    none = runner.invoke(cli, ["annotate", "--db", str(db), "-"], input="王毅说了。".encode())
    assert (none.exit_code, none.stdout, none.stderr) == (0, "", "stdin: no known term found\n")


def test_a_chinese_term_that_quotes_a_word_inside_is_found_whole() -> None:
    """Chinese writes “一带一路”倡议 and “十四五”规划: the terms 一带一路倡议 and
    十四五规划, as the miner stores them. A quoted word alone is matched inside
    its quotes, as before."""
    index = TermIndex([("一带一路倡议", "一帶一路倡議", "일대일로 구상", 1),
                       ("十四五规划", "十四五規劃", "제14차 5개년 계획", 1),
                       ("一带一路", "一帶一路", "일대일로", 1)])
    text = "推进“一带一路”倡议，落实「十四五」規劃。“一带一路”很重要，一带一路倡议也是。"
    assert [(m.start, m.text, m.term) for m in annotate(text, index)] == [
        (2, "“一带一路”倡议", "一带一路倡议"), (13, "「十四五」規劃", "十四五规划"),
        (22, "一带一路", "一带一路"), (31, "一带一路倡议", "一带一路倡议")]


def test_a_korean_term_that_opens_with_a_quoted_word_is_found_whole() -> None:
    """The miner stores '쌍순환' 전략 as 쌍순환 전략: the annotation finds it
    written either way; a quoted term alone ends inside its quotes."""
    index = TermIndex([("双循环战略", "雙循環戰略", "쌍순환 전략", 1), ("马云", "馬雲", "마윈", 1)])
    text = "그들은 '쌍순환' 전략을 논의했다. 쌍순환 전략은 중요하다. '마윈'은 웃었다."
    assert [(m.start, m.text, m.particle) for m in annotate(text, index)] == [
        (5, "쌍순환' 전략", "을"), (20, "쌍순환 전략", "은"), (35, "마윈", "")]


def test_one_syllable_terms_are_not_matched() -> None:
    index = TermIndex([("李", "李", "이", 3), ("李强", "李強", "리창", 1)])
    assert [m.text for m in annotate("이 법은 리창이 만들었다.", index)] == ["리창"]
    assert [m.text for m in annotate("李强说，李白是诗人。", index)] == ["李强"]


def test_public_function_takes_a_termbase(tmp_path: Path) -> None:
    import glossary

    with glossary.open_termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("마윈(馬雲)이 왔다.", "a.txt"))
        (match,) = glossary.annotate("어제 마윈은 웃었다.", tb)
        assert (match.start, match.end, match.text, match.renderings) == (3, 5, "마윈",
                                                                          ["马云", "馬雲"])


@pytest.fixture
def grammar_index() -> TermIndex:
    return TermIndex([("济南", "濟南", "지난", 3), ("万钢", "萬鋼", "완강", 1),
                      ("云南", "雲南", "윈난", 2), ("上海", "上海", "상하이", 9),
                      ("天猫超市", "天貓超市", "티몰 슈퍼", 2), ("研究院", "研究院", "연구원", 1),
                      ("青年", "青年", "청년", 1), ("韩美峰会", "韓美峰會", "한-미 정상회담", 1)])


@pytest.mark.parametrize("text, expected", [
    ("지난 3월에 발표했다.", []),                      # 지나다, not 济南
    ("그는 완강한 태도를 보였다.", []),                 # 완강하다, not 万钢
    ("지난에서 열린 회의", ["지난"]),                   # the city, with a particle
    ("윈난지역의 차", ["윈난"]),                         # a common noun glued on
    ("상하이사무소에서 일했다.", ["상하이"]),
    ("티몰슈퍼와 티몰 슈퍼는 같다.", ["티몰슈퍼", "티몰 슈퍼"]),  # spacing variants
    # words a hyphen or a middle dot joins, or nothing: one term, as lookups find it
    ("한미 정상회담과 한·미 정상회담, 한-미 정상회담이다.",
     ["한미 정상회담", "한·미 정상회담", "한-미 정상회담"]),
])
def test_annotation_knows_grammar(grammar_index: TermIndex, text: str,
                                  expected: list[str]) -> None:
    assert [m.text for m in annotate(text, grammar_index, "ko")] == expected


def test_a_term_ends_before_the_line_break_or_space_after_it(grammar_index: TermIndex,
                                                             runner: CliRunner,
                                                             tmp_path: Path) -> None:
    text = "상하이\n윈난\t지역과 한-미\n정상회담 "
    found = [(m.start, m.end, m.text) for m in annotate(text, grammar_index, "ko")]
    assert found == [(0, 3, "상하이"), (4, 6, "윈난"), (11, 19, "한-미\n정상회담")]
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("한-미 정상회담(韩美峰会)과 상하이(上海)", "seed.txt"))
    table = runner.invoke(cli, ["annotate", "--db", str(db), "-"], input=text.encode())
    # one line a term, even one written across a line break
    assert table.stdout.splitlines() == ["0-3\t상하이\t上海",
                                         "11-19\t한-미 정상회담\t韩美峰会 / 韓美峰會"]


def test_hanja_variants_find_the_same_concept(grammar_index: TermIndex) -> None:
    found = annotate("硏究院的靑年", grammar_index, "zh")
    assert [(m.text, m.renderings) for m in found] == [("硏究院", ["연구원"]), ("靑年", ["청년"])]


def test_inline_glosses_first_or_all_and_never_twice(grammar_index: TermIndex) -> None:
    text = "상하이(上海)에서 상하이로, 다시 상하이로."
    matches = annotate(text, grammar_index, "ko")
    assert inline(text, matches) == text  # glossed by the writer already: not again
    plain = "상하이에서 상하이로."
    matches = annotate(plain, grammar_index, "ko")
    assert inline(plain, matches, "all") == "상하이(上海)에서 상하이(上海)로."


def test_lookup_finds_spacing_variants(termbase) -> None:
    from glossary import mine_document

    termbase.add_mined(mine_document("티몰 슈퍼(天貓超市)가 성장했다.", "a.txt"))
    assert [e.zh_hans for e in termbase.lookup("티몰슈퍼")] == ["天猫超市"]


@pytest.mark.parametrize("text", [
    "TCL 그룹에서 신제품을 냈다.",  # keys are slices of the text folded once
    "tcl 그룹에서 신제품을 냈다.",
    "TCL그룹에서 신제품을 냈다.",
    "ＴＣＬ 그룹에서 신제품을 냈다.",  # full-width
    "TCL\u3000그룹에서 신제품을 냈다.",
    "TCL\n그룹에서 신제품을 냈다.",  # a line break inside the term
    "TCL 그룹에서 신제품을 냈다. (Straße, 上海)",  # ß folds into two: cleaned key by key
    "TCL 그룹에서 신제품을 냈다. Cafe\u0301",  # a combining mark: cleaned key by key
])
def test_plain_and_unclean_korean_find_the_same_term(text: str) -> None:
    index = TermIndex([("TCL集团", "TCL集團", "TCL 그룹", 2), ("腾讯", "騰訊", "텐센트", 1)])
    (match,) = annotate(text, index, "ko")
    assert (match.term, match.particle, match.renderings) == ("TCL 그룹", "에서", ["TCL集团",
                                                                                "TCL集團"])
    assert text[match.start : match.end].replace("\u3000", " ").replace("\n", " ") in {
        "TCL 그룹", "tcl 그룹", "TCL그룹", "ＴＣＬ 그룹"}


def test_decomposed_hangul_is_annotated_with_offsets_into_the_text(index: TermIndex) -> None:
    text = unicodedata.normalize("NFD", "어제 마윈은 광저우시에서 타오바오를 소개했다.")
    found = annotate(text, index)
    assert [(m.term, unicodedata.normalize("NFC", m.particle)) for m in found] == [
        ("마윈", "은"), ("광저우시", "에서"), ("타오바오", "를")]
    assert all(text[m.start : m.end] == m.text == unicodedata.normalize("NFD", m.term)
               for m in found)
    glossed = inline(text, found)
    assert unicodedata.normalize("NFC", glossed) == (
        "어제 마윈(马云)은 광저우시(广州市)에서 타오바오(淘宝)를 소개했다.")


def test_decomposed_hangul_is_mined_with_offsets_into_the_text() -> None:
    text = unicodedata.normalize("NFD", "그날 텐센트 창업자 마화텅(马化腾)이 말했다.")
    (pair,) = mine_document(text, "nfd.txt").pairs
    assert (pair.ko, pair.zh) == ("마화텅", "马化腾")
    assert text[pair.term_start : pair.term_end] == unicodedata.normalize("NFD", "마화텅")
    assert text[pair.paren_start] == "("


def test_invisible_characters_split_no_term_and_offsets_point_into_the_text() -> None:
    # A zero-width space before the bracket, a soft hyphen inside a name, a
    # zero-width joiner inside its gloss: pasted from a web page, unseen.
    text = "그날 샤오미 창업자 레이쥔\u200b(雷军)과 한원\u00ad페이(韩雯\u200d斐)가 만났다."
    pairs = mine_document(text, "zwsp.txt").pairs
    assert [(p.ko, p.zh) for p in pairs] == [("레이쥔", "雷军"), ("한원페이", "韩雯斐")]
    assert [text[p.term_start : p.term_end] for p in pairs] == ["레이쥔", "한원\u00ad페이"]
    assert all(text[p.paren_start] == "(" for p in pairs)


def test_lookalikes_are_read_as_what_they_look_like() -> None:
    # An ideographic, a no-break and a thin space before brackets; Kangxi
    # radicals (as PDFs give them) in a gloss; full-width letters in a name.
    text = ("베이징\u3000(北京)과 리커창\u00a0(李克强), 리창\u2009(李强)이 "
            "인민일보(\u2f08民日报)와 ＴＣＬ 그룹(ＴＣＬ集团)을 말했다.")
    pairs = mine_document(text, "spaces.txt").pairs
    assert [(p.ko, p.zh) for p in pairs] == [
        ("베이징", "北京"), ("리커창", "李克强"), ("리창", "李强"), ("인민일보", "人民日报"),
        ("TCL 그룹", "TCL集团")]
    assert [text[p.term_start : p.term_end] for p in pairs][-1] == "ＴＣＬ 그룹"
    assert all(text[p.paren_start] == "(" for p in pairs)


def test_invisible_characters_are_annotated_through(index: TermIndex) -> None:
    text = "어제 마\u200b윈은 광저우시\ufeff에서 말했다."
    found = annotate(text, index)
    assert [(m.term, drop_invisible(m.particle)) for m in found] == [("마윈", "은"),
                                                                      ("광저우시", "에서")]
    assert [m.text for m in found] == ["마\u200b윈", "광저우시"]  # the text's own, as written
    assert inline(text, found) == "어제 마\u200b윈(马云)은 광저우시(广州市)\ufeff에서 말했다."


# Words holding names of Kiwi's dictionary (some with a particle's consonant on
# their last syllable: 구로시올 is 구로시오 + ㄹ), and plain Korean around them.
KIWI_WORDS = ["중국과학원은", "중국과학원에서", "가이아나를", "곤드와나에서", "구로시올",
              "가타카나로", "계룡시의", "가곡리는", "지난", "광저우시에서", "마윈은",
              "학생들이", "했잖아", "열었다", "쑤저우공업원구", "허베이성이"]


def test_a_taught_kiwi_analyses_as_the_whole_one() -> None:
    from glossary.text.morph import _dictionary_words, _taught_kiwi, kiwi

    names = _dictionary_words(KIWI_WORDS)
    assert {"중국과학원", "가이아나", "구로시오"} <= names.keys()
    taught, whole = _taught_kiwi(names), kiwi()
    for word, mine, theirs in zip(KIWI_WORDS, taught.tokenize(KIWI_WORDS),
                                  whole.tokenize(KIWI_WORDS), strict=True):
        assert [(t.form, t.tag, t.start) for t in mine] == \
            [(t.form, t.tag, t.start) for t in theirs], word


def test_a_text_too_long_to_search_gets_the_whole_kiwi() -> None:
    from glossary.text.morph import MAX_CANDIDATES, _dictionary_words

    assert _dictionary_words(["중국과학원은"] * 1000) is not None
    assert _dictionary_words(["중국과학원" * (MAX_CANDIDATES // 100)]) is None


def test_kiwi_for_teaches_the_first_text_and_then_uses_the_whole_kiwi() -> None:
    code = """
from glossary.text import morph
first = morph.kiwi_for(["중국과학원은", "마윈은"])
same = morph.kiwi_for(["중국과학원에서", "마윈"])  # no name the first was not taught
assert same is first and not morph.kiwi.cache_info().currsize
later = morph.kiwi_for(["가이아나를"])  # a name it was not taught
assert later is morph.kiwi() and morph.kiwi_for(["마윈은"]) is later
print([t.form for t in first.tokenize("중국과학원은")])
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent,
                         capture_output=True, text=True, encoding="utf-8", env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['중국과학원', '은']"


def test_an_index_of_concepts_in_any_order_is_the_index_of_sorted_pairs() -> None:
    import random

    # (zh_key, zh_hans, zh_hant, ko, count), a concept's renderings in their order:
    # 이상 is two concepts' rendering, 硏究/研究 fold to one Chinese key.
    concepts = [
        [("理想", "理想", "理想", "이상", 5), ("理想", "理想", "理想", "이상향", 1)],
        [("异常", "异常", "異常", "이상", 3), ("异常", "异常", "異常", "비정상", 2)],
        [("研究", "研究", "研究", "연구", 9)],
        [("硏究", "硏究", "硏究", "연구", 2), ("硏究", "硏究", "硏究", "리서치", 1)],
        [("上海", "上海", "上海", "상하이", 7), ("上海", "上海", "上海", "상해", 2)],
    ]
    by_key = sorted(concepts, key=lambda rows: rows[0][0])
    expected = TermIndex([row[1:] for rows in by_key for row in rows])
    for seed in range(5):
        shuffled = concepts[:]
        random.Random(seed).shuffle(shuffled)
        index = TermIndex._of_concepts(row for rows in shuffled for row in rows)
        assert (index.korean, index.chinese) == (expected.korean, expected.chinese)
    assert expected.korean["이상"].split("\x1f")[1] == "异常"  # the lower concept key wins
    assert expected.chinese["研究"] == "研究\x1f연구\x1f리서치"  # each Korean form once
    again = TermIndex([("马云", "馬雲", "마윈", 3), ("马云", "馬雲", "마윈", 1),
                       ("广州", "廣州", "광저우", 1), ("马云", "馬雲", "마 윈", 1)])
    assert again.chinese["马云"] == "马云\x1f마윈\x1f마 윈"


def test_a_termbase_index_is_the_index_of_its_pairs(tmp_path: Path) -> None:
    termbase = Termbase(tmp_path / "t.db")
    for name, text in [("a.txt", "상하이(上海)와 상해(上海), 리창(李强)과 이강(李强)이 왔다."),
                       ("b.txt", "이상(理想)과 이상(異常)은 다르다. 광저우(廣州)에서 만났다.")]:
        termbase.add_mined(mine_document(text, name))
    built = TermIndex.from_termbase(termbase)
    plain = TermIndex(termbase.pairs())
    assert (built.korean, built.chinese) == (plain.korean, plain.chinese)
