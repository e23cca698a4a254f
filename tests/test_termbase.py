from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import glossary
from db import Termbase
from glossary import mine_document
from glossary.errors import DecodeError, TermbaseError
from glossary.ingest import import_file, mine_documents, read_documents, store_all

TEXT = "베이징(北京)에서 상하이(上海)로 갔다. 옛 책은 상해(上海)라고 썼다. 타오바오(淘寶) 매장."


def test_one_concept_many_renderings(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    (entry,) = termbase.lookup("上海")
    assert [(r.ko, r.count) for r in entry.renderings] == [("상하이", 1), ("상해", 1)]
    assert entry.renderings[0].sources[0][0] == "trip.txt"
    assert "상하이(上海)" in entry.renderings[0].sources[0][1]


def test_entries_carry_the_stored_key_and_forget_it_with_their_form(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    entries = {entry.zh_hans: entry for entry in termbase.entries()}
    taobao = entries["淘宝"]
    assert taobao.key == glossary.concept_key("淘寶")  # as the termbase keeps it
    assert taobao.keyed("told").key == "told"  # a key told is not derived again…
    taobao.zh_hans = "上海"
    assert taobao.key == glossary.concept_key("上海")  # …unless for another form
    copy = dataclasses.replace(entries["北京"].keyed("told"))
    assert copy.key == glossary.concept_key("北京")  # and a copy derives its own


@pytest.mark.parametrize("query", ["淘宝", "淘寶", "타오바오", "타오", "淘"])
def test_lookup_either_language_and_script(termbase: Termbase, query: str) -> None:
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    (entry,) = termbase.lookup(query)
    assert (entry.zh_hans, entry.zh_hant, entry.forms) == ("淘宝", "淘寶", ["淘寶"])


@pytest.mark.parametrize("query", ["関西", "關西", "关西", "关", "간사이"])
def test_a_japanese_form_and_the_chinese_forms_are_one_concept(termbase: Termbase,
                                                             query: str) -> None:
    """Korean writes Japanese names in Japan's forms (関西); a translator
    looking them up types Chinese (关西, 關西). A term written in a Korean
    Hanja form (四顚倒) is the Chinese one (四颠倒) the same way."""
    termbase.add_mined(mine_document("간사이(関西) 공항과 간사이(關西) 지방. 사전도(四顚倒).",
                                     "a.txt"))
    (entry,) = termbase.lookup(query)
    assert [(r.ko, r.count) for r in entry.renderings] == [("간사이", 2)]
    assert sorted(entry.forms) == ["関西", "關西"]  # as the sources wrote it
    assert (entry.zh_hans, entry.zh_hant) == ("关西", "關西")  # as Chinese writes it
    (entry,) = termbase.lookup("四颠倒")
    assert [r.ko for r in entry.renderings] == ["사전도"]
    assert (entry.zh_hans, entry.zh_hant, entry.forms) == ("四颠倒", "四顛倒", ["四顚倒"])


def test_exact_before_prefix_before_substring(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "광저우(广州), 광저우시(广州市), 광둥성 광저우시(广东省广州市)", "a.txt"))
    assert [(e.zh_hans, e.match) for e in termbase.lookup("广州")] == [
        ("广州", "exact"), ("广州市", "prefix"), ("广东省广州市", "substring")]


def test_korean_typed_without_its_spaces_is_an_exact_match(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "자치구(自治区)와 광시 자치구(广西自治区), 광둥성 광저우시(广东省广州市)", "a.txt"))
    assert [(e.zh_hans, e.match) for e in termbase.lookup("광시자치구")] == [
        ("广西自治区", "exact")]
    assert [(e.zh_hans, e.match) for e in termbase.lookup("광둥성광저우시")][0] == (
        "广东省广州市", "exact")
    assert [(e.zh_hans, e.match) for e in termbase.lookup("자치구")] == [
        ("自治区", "exact"), ("广西自治区", "substring")]  # a part stays a part
    assert [e.zh_hans for e in termbase.lookup("광시자치구", exact=True)] == ["广西自治区"]
    assert [e.zh_hans for e in termbase.lookup("자치구", exact=True)] == ["自治区"]
    assert termbase.lookup("시자치구", exact=True) == []


@pytest.mark.parametrize("query", ["한-미 정상회담", "한미 정상회담", "한미정상회담",
                                   "한·미 정상회담", "한ㆍ미 정상회담", "한 미 정상회담"])
def test_korean_words_joined_any_way_are_an_exact_match(termbase: Termbase, query: str) -> None:
    """Korean joins words with a space, a hyphen or a middle dot, or writes
    them together: a lookup typed any of these ways finds the others whole."""
    termbase.add_mined(mine_document("두 나라의 한-미 정상회담(韩美首脑会谈)이 열렸다. "
                                     "정상회담(首脑会谈)은 짧았다.", "a.txt"))
    assert [(e.zh_hans, e.match) for e in termbase.lookup(query)][0] == ("韩美首脑会谈", "exact")
    assert [e.zh_hans for e in termbase.lookup(query, exact=True)] == ["韩美首脑会谈"]
    # a part stays a part
    assert [(e.zh_hans, e.match) for e in termbase.lookup("미 정상회담")] == [
        ("韩美首脑会谈", "substring")]


@pytest.mark.parametrize("query", ["'", "“”", "《》", "「」"])
def test_a_query_of_marks_alone_finds_nothing(termbase: Termbase, query: str) -> None:
    # its Chinese key is empty once the marks are gone: no prefix every key has
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    assert termbase.lookup(query) == []
    assert [e.zh_hans for e in termbase.lookup("“淘宝”")] == ["淘宝"]


def test_exact_lookup_skips_prefix_and_substring_matches(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "광저우(广州), 광저우시(广州市), 광둥성 광저우시(广东省广州市)", "a.txt"))
    assert [e.zh_hans for e in termbase.lookup("廣州", exact=True)] == ["广州"]
    assert [e.zh_hans for e in termbase.lookup("광저우시에서", exact=True)] == ["广州市"]
    assert termbase.lookup("广", exact=True) == []


def test_a_limited_lookup_keeps_the_most_used_matches_and_skips_rejected_ones(
        termbase: Termbase) -> None:
    termbase.add_mined(mine_document(
        "광저우(广州) 광저우시(广州市) 광저우시(广州市) 광저우시(广州市) 광저우역(广州站) "
        "광저우역(广州站) 광저우항(广州港)", "a.txt"))
    assert [e.zh_hans for e in termbase.lookup("广州", limit=3)] == ["广州", "广州市", "广州站"]
    termbase.set_status("광저우시", "广州市", glossary.Status.REJECTED)
    assert [e.zh_hans for e in termbase.lookup("广州", limit=3)] == ["广州", "广州站", "广州港"]
    assert [e.zh_hans for e in termbase.lookup("广州", limit=3, include_rejected=True)] == [
        "广州", "广州市", "广州站"]


@pytest.mark.parametrize("query", ["3·1절", "3ㆍ1절", "3・1절", "三一節", "卡尔·马克思",
                                   "卡尔・马克思"])
def test_any_middle_dot_finds_a_term_written_with_another(termbase: Termbase,
                                                          query: str) -> None:
    termbase.add_mined(mine_document("해마다 3ㆍ1절(三一節)을 기리고, 카를 마르크스(卡尔·马克思)의 "
                                     "책을 읽는다.", "a.txt"))
    (entry,) = termbase.lookup(query, exact=True)
    assert entry.zh_hans in ("三一节", "卡尔·马克思")


@pytest.mark.parametrize("query", ["“一带一路”倡议", "「一帶一路」倡議", "“一带一路倡议”",
                                   "《三体》", "'일대일로 구상'"])
def test_quotes_copied_with_a_query_are_no_part_of_it(termbase: Termbase, query: str) -> None:
    """A term copied from Chinese text brings its quotes or title marks; the
    termbase holds it without them, as the miner stores it."""
    termbase.add_mined(mine_document("일대일로 구상(“一带一路”倡议)과 소설 삼체(《三体》).",
                                     "a.txt"))
    (entry,) = termbase.lookup(query, exact=True)
    assert entry.zh_hans in ("一带一路倡议", "三体")


def test_a_term_imported_or_added_with_quotes_is_the_term_without_them(
        termbase: Termbase, tmp_path: Path) -> None:
    """Key rule 5: the quotes a glossary or a translator writes around a word
    of the term (“一带一路”倡议) make no second concept of the one mined."""
    termbase.add_mined(mine_document("정부의 일대일로 구상(一带一路倡议)이 거론됐다.", "a.txt"))
    glossary_file = tmp_path / "g.csv"
    glossary_file.write_text("zh,ko\n“一带一路”倡议,일대일로 구상\n「雙碳」目標,탄소중립 목표\n",
                             encoding="utf-8")
    import_file(termbase, str(glossary_file))
    termbase.add_pair("탄소중립 목표", "“双碳”目标", glossary.Kind.MIXED)
    (belt,) = termbase.lookup("一带一路倡议", exact=True)
    assert [(r.ko, r.count) for r in belt.renderings] == [("일대일로 구상", 2)]
    (carbon,) = termbase.lookup("双碳目标", exact=True)
    assert [r.ko for r in carbon.renderings] == ["탄소중립 목표"]
    assert carbon.zh_hans == "双碳目标"


def test_a_particle_on_a_korean_query_is_ignored(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("마윈(马云)과 광저우시(广州市)", "a.txt"))
    assert [e.zh_hans for e in termbase.lookup("마윈은")] == ["马云"]
    assert [e.zh_hans for e in termbase.lookup("광저우시에서")] == ["广州市"]
    assert termbase.lookup("서울에서") == []
    # the plural suffix too, alone or before a particle
    termbase.add_mined(mine_document("도시의 화교(华侨)가 모였다.", "b.txt"))
    assert [e.zh_hans for e in termbase.lookup("화교들이")] == ["华侨"]
    assert [e.zh_hans for e in termbase.lookup("화교들")] == ["华侨"]


def test_two_character_terms_are_found(termbase: Termbase) -> None:
    termbase.add_mined(mine_document("마윈(马云)", "a.txt"))
    assert [e.zh_hans for e in termbase.lookup("马云")] == ["马云"]
    assert [e.zh_hans for e in termbase.lookup("마윈")] == ["马云"]


def test_mining_the_same_text_twice_does_not_double_count(termbase: Termbase) -> None:
    first = termbase.add_mined(mine_document(TEXT, "trip.txt"))
    again = termbase.add_mined(mine_document(TEXT, "trip.txt"))
    assert (first.status, again.status) == ("added", "unchanged")
    assert termbase.stats().occurrences == first.occurrences == 4


def test_an_edited_document_replaces_its_occurrences(termbase: Termbase) -> None:
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    result = termbase.add_mined(mine_document("선전(深圳)에 갔다.", "trip.txt"))
    assert result.status == "replaced"
    assert termbase.lookup("上海") == []  # nothing else mentioned it: gone
    assert [e.zh_hans for e in termbase.lookup("深圳")] == ["深圳"]
    assert termbase.stats().documents == 1


def test_a_failed_run_leaves_the_termbase_as_it_was(termbase: Termbase, tmp_path: Path) -> None:
    termbase.add_mined(mine_document(TEXT, "trip.txt"))
    before = termbase.stats()
    bad = tmp_path / "bad.txt"
    bad.write_bytes("선전(深圳)\n".encode() + b"\xff\xfe broken")
    with pytest.raises(DecodeError) as caught:
        list(store_all(termbase, mine_documents(read_documents([str(bad)]))))
    assert caught.value.offset == len("선전(深圳)\n".encode())
    assert termbase.stats() == before


def test_legacy_encodings(termbase: Termbase, tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("서울에서 베이징(北京)까지".encode("cp949"))
    (result,) = store_all(termbase, mine_documents(read_documents([str(path)], "cp949")))
    assert result.occurrences == 1


def test_missing_directory_and_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(TermbaseError, match="directory does not exist"):
        Termbase(tmp_path / "nowhere" / "t.db")
    junk = tmp_path / "junk.db"
    junk.write_text("이건 데이터베이스가 아니다", encoding="utf-8")
    with pytest.raises(TermbaseError, match="junk.db"):
        Termbase(junk)
    with pytest.raises(TermbaseError, match="kozh mine"):
        Termbase(tmp_path / "absent.db", create=False)


def test_public_api_from_import_glossary(tmp_path: Path) -> None:
    with glossary.open_termbase(tmp_path / "api.db") as tb:
        tb.add_mined(mine_document("저장성(浙江省)", "a.txt"))
        assert next(iter(tb.entries())).preferred.ko == "저장성"


def test_two_processes_write_at_once(db_path: Path, tmp_path: Path) -> None:
    Termbase(db_path).close()
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(15):
            (folder / f"{n}.txt").write_text(f"베이징(北京) 방문 {name}{n}", encoding="utf-8")
        folders.append(folder)
    workers = [subprocess.Popen([sys.executable, "-m", "glossary", "mine", "--db", str(db_path),
                                 str(folder)], stderr=subprocess.PIPE) for folder in folders]
    errors = [w.communicate(timeout=120)[1].decode() for w in workers]
    outcomes = [(w.returncode, err) for w, err in zip(workers, errors, strict=True)]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    with Termbase(db_path) as tb:
        assert tb.stats().documents == 30
        assert tb.lookup("北京")[0].preferred.count == 30


def test_schema_is_migrated_on_open(db_path: Path) -> None:
    Termbase(db_path).close()
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["m001_create_tables", "m002_spellings_and_identity", "m003_decisions",
                     "m004_views", "m005_substring_index", "m006_boundary_support",
                     "m007_data_generation", "m008_check_verdicts", "m009_han_gaps",
                     "m010_hanja_forms", "m011_joined_korean_words", "m012_occurrence_sources",
                     "m013_unquoted_keys", "m014_undashed_keys"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_large_input_keeps_whole_text_offsets(tmp_path: Path) -> None:
    line = "베이징(北京) 소식. " * 20 + "\n"  # no blank lines at all
    text = line * 4000
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = mine_documents(read_documents([str(path)]))
    assert len(doc.pairs) == text.count("(北京)")
    assert all(text[p.paren_start : p.paren_start + 4] == "(北京)" for p in doc.pairs)


def test_a_batch_stores_what_one_document_at_a_time_stores(tmp_path: Path) -> None:
    texts = {"a.txt": "상하이(上海)에서 열렸다.", "b.txt": "괄호가 없는 문서다.",
             "c.txt": "괄호가 없는 문서다.", "d.txt": "베이징(北京)과 상하이(上海).",
             "e.txt": "또 다른 글이다."}
    docs = [mine_document(text, name) for name, text in texts.items()]
    with Termbase(tmp_path / "batch.db") as batch, Termbase(tmp_path / "single.db") as single:
        together = batch.add_mined_many(docs)
        apart = [single.add_mined(doc) for doc in docs]
        assert [(r.status, r.occurrences, r.same_as) for r in together] == [
            (r.status, r.occurrences, r.same_as) for r in apart]
        assert together[2].status == "duplicate" and together[2].same_as == "b.txt"
        assert list(batch.entries()) == list(single.entries())
        assert [row[0::3] for row in batch.documents()] == [row[0::3] for row in
                                                          single.documents()]
        # The same documents again, one of them changed: the batch replaces it.
        docs[0] = mine_document("광저우(广州)에서 열렸다.", "a.txt")
        again = batch.add_mined_many(docs)
        assert [r.status for r in again] == [
            "replaced", "unchanged", "duplicate", "unchanged", "unchanged"]
        assert [r.status for r in again] == [single.add_mined(doc).status for doc in docs]
        assert {c.zh_hans for c in batch.entries()} == {"广州", "北京", "上海"}
        assert list(batch.entries()) == list(single.entries())


def test_decisions_change_the_generation_but_not_the_data_generation(tmp_path: Path) -> None:
    from glossary.model import Kind, Status

    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("상하이(上海)와 상해(上海)", "a.txt"))
        generation, data = tb.generation(), tb.data_generation()
        tb.set_status("상해", "上海", Status.REJECTED)
        assert tb.generation() != generation and tb.data_generation() == data
        tb.add_pair("샹하이", "上海", Kind.TRANSLITERATION)  # a pair: the data changed
        assert tb.data_generation() != data
        # A termbase from before data generations: its first decision keeps
        # the generation its data had as their data generation.
        tb.conn.execute("DELETE FROM meta WHERE key = 'data_generation'")
        tb.conn.commit()
        before = tb.generation()
        assert tb.data_generation() == before
        tb.set_status("샹하이", "上海", Status.APPROVED)
        assert tb.data_generation() == before != tb.generation()


def test_sources_by_keys_gives_each_pair_what_sources_gives(termbase: Termbase) -> None:
    """Asked for many pairs at once (more than one statement holds), each
    stored pair gets the sources a question of its own would give, the most
    confident first; a pair not stored is left out."""
    from glossary.model import Kind, MinedDocument, MinedPair, concept_key, korean_key

    def pair(ko: str, zh: str, at: int, confidence: float) -> MinedPair:
        return MinedPair(ko, zh, zh, zh, Kind.SINO_KOREAN, confidence, at, at - len(ko), at,
                         f"{ko}({zh})의 문맥 {at}")

    han = "上海北京广州南京长沙成都天津重庆西安杭州苏州武汉"
    hangul = "상하이베징광저우난창사청두톈진충칭시안항쑤우한"
    pairs = [pair(hangul[i % len(hangul)] + hangul[j % len(hangul)],
                  han[i % len(han)] + han[j % len(han)], 10 * (i * 30 + j), 0.5 + (i + j) % 5 / 10)
             for i in range(18) for j in range(18)]
    for copy in range(3):  # each pair seen in three documents, with its own confidence
        termbase.add_mined(MinedDocument(f"문서{copy}.txt", f"{copy}", tuple(
            MinedPair(p.ko, p.zh, p.zh_hans, p.zh_hant, p.kind, (p.confidence + copy / 7) % 1,
                      p.paren_start, p.term_start, p.term_end, f"{p.context} 사본{copy}")
            for p in pairs)))
    # ... and twice more in one sentence of a fourth, whose context is shown once
    termbase.add_mined(MinedDocument("문서3.txt", "3", tuple(
        MinedPair(p.ko, p.zh, p.zh_hans, p.zh_hant, p.kind, 0.99 - twice / 100,
                  p.paren_start + twice, p.term_start, p.term_end, f"{p.context} 두 번")
        for p in pairs for twice in range(2))))
    keys = {(concept_key(p.zh), korean_key(p.ko)): (p.ko, p.zh) for p in pairs}
    assert len(keys) > 250  # more than one statement's worth
    asked = [*keys, (concept_key("没有"), korean_key("없음"))]
    found = termbase.sources_by_keys(asked, 2)
    assert found == {k: termbase.sources(ko, zh, 2) for k, (ko, zh) in keys.items()}
    assert all(len(sources) == 2 for sources in found.values())
    assert all(len(sources) == len(set(sources)) == 4
               for sources in termbase.sources_by_keys(asked, 9).values())
