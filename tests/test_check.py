from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import glossary
from cli import cli
from db import Termbase
from glossary import mine_document
from glossary.aids.annotation import TermIndex, annotate, korean_throughout
from glossary.aids.check import Finding, check_termbase, check_text


def test_termbase_checks(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "상하이(上海)와 상하이(上海), 상해(上海). 챗봇 어니봇(文心一言)을 썼다."
        " 연구원(硏究院)과 연구원(研究院)",
        "a.txt"))
    findings = {(f.check, f.subject): f for f in check_termbase(termbase)}
    shanghai = findings["renderings", "上海"]
    assert shanghai.severity == "info"  # reading and transcription: both legitimate
    assert "상하이 ×2 (transliteration), 상해 ×1 (sino-korean)" in shanghai.message
    assert shanghai.evidence and "a.txt" in shanghai.evidence[0]
    # 硏究院 and 研究院 are one concept (the key folds Hanja variants), and
    # its two spellings are reported.
    assert "研究院 / 硏究院" in findings["variants", "研究院"].message
    assert ("shared-rendering", "연구원") not in findings
    assert ("low-confidence", "文心一言") in findings


def test_renderings_spaced_or_joined_otherwise_are_named_so(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "두 나라의 한-미 정상회담(韩美首脑会谈)과 다시 한·미 정상회담(韩美首脑会谈). "
        "상하이(上海)와 상해(上海).", "a.txt"))
    findings = {(f.check, f.subject): f for f in check_termbase(termbase)}
    summit = findings["renderings", "韩美首脑会谈"]
    assert summit.severity == "warning"  # still to be made one
    assert summit.message.endswith("; the same words, spaced or joined otherwise")
    assert "spaced" not in findings["renderings", "上海"].message  # other words


def test_one_rendering_for_two_concepts(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("연구원(研究院)과 연구원(研究员)", "b.txt"))
    shared = {(f.check, f.subject): f for f in check_termbase(termbase)}["shared-rendering",
                                                                          "연구원"]
    assert shared.severity == "warning" and len(shared.evidence) == 2


def test_text_check_prefers_the_frequent_rendering(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("상하이(上海), 상하이(上海), 상해(上海)", "a.txt"))
    index = TermIndex(termbase.pairs())
    (finding,) = check_text("그는 상해에서 일했다.", index)
    assert "prefers 상하이 for 上海" in finding.message


def test_text_check_names_spellings_rejected_or_replaced(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "광저우(广州)와 광쩌우(广州), 선전(深圳), 난징(南京), 리빈(李斌)", "a.txt"))
    termbase.set_status("광쩌우", "广州", glossary.Status.REJECTED)
    termbase.edit_pair("선전", "深圳", new_ko="썬전")
    termbase.set_status("리빈", "李斌", glossary.Status.REJECTED)
    text = "그는 광쩌우와 선전에서 일했고 난징에도 갔다. 리빈을 만났다."
    findings = check_text(text, TermIndex(termbase.pairs()), termbase.avoided())
    assert [f.message for f in findings] == [
        "광쩌우 at 3: rejected for 广州; the termbase prefers 광저우",
        "선전 at 8: replaced by 썬전 for 深圳",
        "리빈 at 26: rejected for 李斌",  # and nothing else renders it
    ]
    assert "광쩌우와 선전에서" in findings[0].evidence[0]
    assert check_text(text, TermIndex(termbase.pairs())) == []  # without them: as before
    # a Korean text annotated already (as the web page does) is not read again
    index = TermIndex(termbase.pairs())
    assert korean_throughout(text) and not korean_throughout(text + " 他在广州工作。")
    assert check_text(text, index, termbase.avoided(), termbase,
                      annotate(text, index)) == findings


def test_cli_text_check_names_a_rejected_spelling(runner: CliRunner, tmp_path: Path) -> None:
    db, text = tmp_path / "t.db", tmp_path / "번역.txt"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("광저우(广州)와 광쩌우(广州)", "a.txt"))
    runner.invoke(cli, ["reject", "--db", str(db), "광쩌우", "广州"])
    text.write_text("광쩌우에 갔다.", encoding="utf-8")
    out = runner.invoke(cli, ["check", "--db", str(db), "--text", str(text)])
    assert "광쩌우 at 0: rejected for 广州; the termbase prefers 광저우" in out.stdout
    # the translation may be named as the command's argument, once
    assert runner.invoke(cli, ["check", "--db", str(db), str(text)]).stdout == out.stdout
    twice = runner.invoke(cli, ["check", "--db", str(db), str(text), "--text", str(text)])
    assert twice.exit_code == 2 and "once" in twice.stderr


def test_a_spelling_rejected_for_one_concept_and_kept_by_another_is_no_finding(
        termbase: Termbase) -> None:
    termbase.add_mined(mine_document("연구원(研究院)과 연구원(研究员)", "a.txt"))
    termbase.set_status("연구원", "研究员", glossary.Status.REJECTED)
    assert check_text("그는 연구원이다.", TermIndex(termbase.pairs()), termbase.avoided()) == []


def test_a_rendering_as_common_as_the_first_and_undecided_is_only_noted(
        runner: CliRunner, tmp_path: Path) -> None:
    """With no translator's choice and no majority, the termbase has no
    preference to hold the translation to: info, not a warning; a decision
    makes it one."""
    db, text = tmp_path / "t.db", tmp_path / "번역.txt"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("광저우(广州)에 갔다. 광주(广州)라고도 쓴다.", "a.txt"))
    text.write_text("그는 광주에 갔다.", encoding="utf-8")
    out = runner.invoke(cli, ["check", "--db", str(db), "--text", str(text)])
    assert out.stdout.startswith("info    text             광주: 광주 at 3: the termbase also "
                                 "renders 广州 as 광저우, as often, and no translator preferred")
    assert out.stderr == "0 warnings, 1 info\n"
    runner.invoke(cli, ["prefer", "--db", str(db), "广州", "광저우"])
    out = runner.invoke(cli, ["check", "--db", str(db), "--text", str(text)])
    assert "warning text" in out.stdout and "the termbase prefers 광저우 for 广州" in out.stdout


def test_cli_check_json(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("상하이(上海)와 상하이(上海), 상해(上海)", "a.txt"))
    result = runner.invoke(cli, ["check", "--db", str(db), "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows[0]["subject"] == "上海" and rows[0]["check"] == "renderings"
    # --json as list, lookup, stats and log take it
    assert runner.invoke(cli, ["check", "--db", str(db), "--json"]).stdout == result.stdout
    text = tmp_path / "tr.txt"
    text.write_text("상해는 크다", encoding="utf-8")
    out = runner.invoke(cli, ["check", "--db", str(db), "--text", str(text)])
    assert out.exit_code == 0 and "prefers" in out.stdout
    assert out.stderr == "1 warning, 0 info\n"  # the count to stderr, the findings to stdout
    table = runner.invoke(cli, ["check", "--db", str(db)])
    assert table.stdout.startswith("info") and table.stderr == "0 warnings, 1 info\n"


def test_a_transliteration_off_the_standard_is_flagged(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("창샤(长沙)와 항저우(杭州)", "a.txt"))
    findings = {(f.check, f.subject): f for f in check_termbase(termbase)}
    assert "standard transcription 창사" in findings["transcription", "长沙"].message
    assert ("transcription", "杭州") not in findings


def test_a_check_reads_whole_only_the_concepts_the_overview_names(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "상하이(上海)와 상해(上海), 항저우(杭州), 창샤(长沙), 연구원(研究院)과 연구원(研究员), "
        "이빈(李彬)과 리빈(李斌)", "a.txt"))
    overview = termbase.overview(0.9)
    assert overview.variants == [[("李彬", "李彬"), ("李斌", "李斌")]]
    assert sorted(overview.shared) == [("연구원", "연구원", "研究员", "研究员", 1),
                                       ("연구원", "연구원", "研究院", "研究院", 1)]
    assert overview.off_standard == [("长沙", "长沙", "창샤")]  # 항저우 spells 杭州
    assert "上海" in overview.notable and "杭州" not in overview.notable
    chosen = list(termbase.survey(["上海", "长沙"]))
    assert [c.zh_hans for c in chosen] == ["上海", "长沙"]
    assert {r.ko for r in chosen[0].renderings} == {"상하이", "상해"}
    assert len(list(termbase.survey())) == 7


def test_the_verdicts_a_check_reads_follow_every_write(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("창샤(长沙)에서 이빈(李彬)을 만났다.", "a.txt"))
    assert [zh for _, zh, _ in termbase.overview(0.9).off_standard] == ["长沙"]
    termbase.edit_pair("창샤", "长沙", new_ko="창사")  # a translator fixes the spelling
    assert termbase.overview(0.9).off_standard == []
    assert termbase.overview(0.9).variants == []
    termbase.add_pair("리빈", "李斌", glossary.Kind.TRANSLITERATION)
    assert termbase.overview(0.9).variants == [[("李彬", "李彬"), ("李斌", "李斌")]]
    termbase.delete_pair("리빈", "李斌")
    assert termbase.overview(0.9).variants == []


def test_a_survey_of_a_few_concepts_equals_the_same_part_of_the_whole(termbase: Termbase) -> None:
    from glossary.model import Kind

    places = [("베이징", "北京"), ("톈진", "天津"), ("난징", "南京"), ("항저우", "杭州"),
              ("쑤저우", "苏州"), ("우한", "武汉"), ("청두", "成都"), ("시안", "西安"),
              ("충칭", "重庆"), ("선전", "深圳"), ("샤먼", "厦门"), ("칭다오", "青岛"),
              ("다롄", "大连"), ("쿤밍", "昆明"), ("란저우", "兰州"), ("하얼빈", "哈尔滨"),
              ("창춘", "长春"), ("선양", "沈阳"), ("지난", "济南"), ("정저우", "郑州")]
    for ko, zh in places:
        termbase.add_pair(ko, zh, Kind.TRANSLITERATION)
    termbase.add_mined(mine_document("우한(武汉)과 무한(武漢)", "a.txt"))
    whole = {c.zh_hans: c for c in termbase.survey()}
    few = list(termbase.survey(["武汉", "济南"]))  # two of 20: read by key
    many = list(termbase.survey([zh for _, zh in places]))  # most: one pass, filtered
    assert sorted(c.zh_hans for c in few) == sorted(["武汉", "济南"])
    assert few == [whole[c.zh_hans] for c in few]
    assert many == [whole[c.zh_hans] for c in many] and len(many) == 20
    assert whole["武汉"].forms == ["武汉", "武漢"]


def test_spells_agrees_with_its_definition_on_every_small_case() -> None:
    """The walk's shortcut (one place, one spelling) and its general case give
    what the plain recursive definition gives, on every text of up to four
    syllables over choices where spellings of one, two and three syllables
    share first syllables (다/다오/다이, 베/베이)."""
    from itertools import product

    from glossary.text.readings import by_first, spells

    def defined(text: str, choices: list[set[str]]) -> bool:
        if not choices:
            return not text
        return any(text.startswith(option) and defined(text[len(option):], choices[1:])
                   for option in choices[0])

    options = [{"다", "다오"}, {"다이", "대"}, {"베이", "배", "북"}, {"오"}, {"이", "오", "다오이"}]
    texts = ["".join(t) for n in range(5) for t in product("다오이대베", repeat=n)]
    for n in (0, 1, 2, 3):
        for chosen in product(options, repeat=n):
            choices = list(chosen)
            for text in texts:
                assert spells(text, map(by_first, choices)) == defined(text, choices), (
                    text, choices)


def test_concepts_apart_in_variant_characters_are_named_together(termbase: Termbase) -> None:
    """琅 and 瑯 are Unihan variants the concept key keeps apart: two concepts,
    perhaps one term. A term with no variant character (上海) is in no group."""
    termbase.add_mined(mine_document(
        "낭야군(琅邪郡)과 낭야군(瑯邪郡)에 대해 상하이(上海)에서 말했다.", "c.txt"))
    variants = [f for f in check_termbase(termbase) if f.check == "variants"]
    assert [(f.subject, f.message) for f in variants] == [
        ("琅邪郡", "perhaps one term in variant characters: 琅邪郡 / 瑯邪郡")]


def test_a_check_honours_the_translators_decisions(termbase: Termbase) -> None:
    """What a translator rejected is in no finding; a preferred rendering (or
    every rendering approved) makes several renderings a settled matter, and a
    decided pair is no longer unsure or off the standard."""
    from glossary.model import Status

    termbase.add_mined(mine_document(
        "창샤(长沙)에서, 장사(长沙)에서, 창사(长沙)에서. 마윈(马云)과 마원(马云). "
        "난징(南京)과 남경(南京)과 난칭(南京). 우한(武汉)과 우한(武漢). "
        "광저우(广州)와 광주(广州)와 광조우(广州). 연구원(研究院)과 연구원(研究员). "
        "충징(重庆)에 갔다. 상하이(上海)와 상하이(上海)와 상해(上海).", "d.txt"))

    def found() -> dict[tuple[str, str], Finding]:
        return {(f.check, f.subject): f for f in check_termbase(termbase)}

    before = found()
    assert before["renderings", "长沙"].severity == "warning"
    assert ("low-confidence", "马云") in before and ("shared-rendering", "연구원") in before
    assert ("transcription", "重庆") in before and ("renderings", "南京") in before
    termbase.set_status("창샤", "长沙", Status.REJECTED)
    termbase.set_status("마윈", "马云", Status.PREFERRED)
    termbase.set_status("마원", "马云", Status.APPROVED)
    termbase.set_status("연구원", "研究员", Status.REJECTED)
    for ko in ("광저우", "광주", "광조우"):
        termbase.set_status(ko, "广州", Status.APPROVED)
    termbase.set_status("", "南京", Status.REJECTED)
    termbase.set_status("충징", "重庆", Status.APPROVED)
    termbase.set_status("상해", "上海", Status.PREFERRED)  # the less frequent one
    after = found()
    changsha = after["renderings", "长沙"]  # 창샤 is out: a reading and a transcription
    assert changsha.severity == "info" and "창샤" not in changsha.message
    ma = after["renderings", "马云"]
    assert ma.severity == "info" and "마윈 ×1 (transliteration, preferred)" in ma.message
    assert ma.message.endswith("마윈 is preferred")
    assert ("low-confidence", "马云") not in after  # 마원 is approved: no longer in doubt
    assert after["renderings", "广州"].severity == "info"
    assert "every one is approved" in after["renderings", "广州"].message
    assert ("transcription", "重庆") not in after  # 충징, approved as spelled
    assert after["renderings", "上海"].message.startswith(  # the preferred one first
        "rendered 2 ways: 상해 ×1 (sino-korean, preferred), 상하이 ×2 (transliteration)")
    assert not [key for key in after if key[1] == "南京"]  # the concept is rejected
    assert ("shared-rendering", "연구원") not in after


def test_a_check_after_decisions_equals_a_fresh_one(termbase: Termbase, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept, what a check read is reused when only decisions changed since;
    whatever the decisions, the findings are those of a check from scratch,
    and a change to the pairs themselves makes the check read them anew."""
    import random

    from glossary.aids import check
    from glossary.model import Status

    termbase.add_mined(mine_document(
        "창샤(长沙)에서, 장사(长沙)에서, 창사(长沙)에서. 마윈(马云)과 마원(马云). "
        "난징(南京)과 남경(南京)과 난칭(南京). 낭야군(琅邪郡)과 낭야군(瑯邪郡). "
        "광저우(广州)와 광주(广州)와 광조우(广州). 연구원(研究院)과 연구원(研究员). "
        "충징(重庆)에 갔다. 상하이(上海)와 상해(上海).", "d.txt"))
    reads = []
    read_for_check = check.read_for_check
    monkeypatch.setattr(check, "read_for_check",
                        lambda tb: reads.append(1) or read_for_check(tb))  # the real one, counted
    cache = tmp_path / "t.db.check"
    pairs = [(r.ko, c.zh_hans) for c in termbase.survey() for r in c.renderings]
    pairs += [("", zh) for zh in {zh for _, zh in pairs}]  # the Chinese terms themselves
    check_termbase(termbase, cache)
    data, before = termbase.data_generation(), len(reads)
    rng = random.Random(7)
    for step in range(40):
        ko, zh = rng.choice(pairs)
        status = rng.choice([s for s in Status if ko or s is not Status.PREFERRED])
        termbase.set_status(ko, zh, status)
        assert termbase.data_generation() == data  # a decision changes no pair
        kept = check_termbase(termbase, cache)
        assert len(reads) == before  # the termbase was not read anew
        fresh = check_termbase(termbase)
        before = len(reads)
        assert kept == fresh, (step, ko, zh, status)
    termbase.add_mined(mine_document("창사(长沙)와 청두(成都)", "e.txt"))
    assert termbase.data_generation() != data
    assert check_termbase(termbase, cache) == check_termbase(termbase)
    assert len(reads) == before + 2  # read anew, kept and fresh alike
