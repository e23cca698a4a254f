"""The on-disk lexicon answers as jieba and pypinyin do, without loading them."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from glossary.text import lexicon, pinyin, segmenter
from glossary.text.normalize import to_hans

ROOT = Path(__file__).resolve().parent.parent
# Our own terms: names, places, institutions, products, and text around them.
TERMS = [
    "习近平", "韩雯斐", "王受文", "卢伟冰", "欧阳娜娜", "诸葛亮", "乌鲁木齐", "广东省广州市",
    "重庆市长寿区", "长沙银行", "中华全国工商业联合会", "国家发展和改革委员会", "北京大学",
    "清华大学出版社", "阿里巴巴集团", "天猫超市", "淘宝心选", "小米14 Ultra", "TCL科技集团",
    "第二十次全国代表大会", "3.5%的增长", "A股上市公司", "中国 人民 银行", "呼和浩特", "厦门",
    "单于", "行长", "银行行长", "朝阳区", "长安街", "乐山大佛", "音乐学院", "觉得", "睡觉",
    "华为技术有限公司", "比亚迪股份", "宁德时代", "字节跳动", "抖音", "微信支付", "饿了么",
    "龍門石窟", "臺灣", "廣州", "萬和電氣", "研究院", "硏究院", "〇", "㐀㐁", "𠀀",
]
# Common characters, for strings no dictionary holds.
POOL = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
        "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
        "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表"
        "间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军"
        "很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流"
        "路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南"
        "给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己"
        "美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张"
        "信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容"
        "儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称"
        "太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆"
        "包火住调满县局照参红细引听该铁价严龙飞")


def samples() -> list[str]:
    rng = random.Random(7)
    made = [text for term in TERMS for text in (term, f"{term}的发展", f"在{term}工作")]
    made += ["".join(rng.choice(POOL) for _ in range(rng.randint(1, 24))) for _ in range(600)]
    made += [rng.choice(TERMS) + rng.choice(["", " ", "和", "、"]) + rng.choice(TERMS)
             for _ in range(200)]
    return made


def standard_tokenizer() -> Any:
    """jieba with its standard dictionary, of this test's own."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_segmentation_and_tags_equal_jieba() -> None:
    import jieba.posseg

    tokenizer = standard_tokenizer()
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    for text in samples():
        assert segmenter.segment(text) == list(tokenizer.cut(text)), text
        # tags are jieba's of the simplified form (its dictionary's), the words as written
        at, tagged = 0, []
        for p in tagger.cut(to_hans(text)):
            tagged.append((text[at : at + len(p.word)], p.flag))
            at += len(p.word)
        assert segmenter.tags(text) == tagged, text
        search = {start for word, start, _ in tokenizer.tokenize(text, mode="search")
                  if len(word) >= 2 and word != text} | {0}
        assert segmenter.search_starts(text) == search, text
        spans = {(start, end) for mode in ("default", "search")
                 for _, start, end in tokenizer.tokenize(text, mode=mode)}
        assert segmenter.word_spans(text) == spans, text


def test_readings_equal_pypinyin() -> None:
    from pypinyin import Style
    from pypinyin import lazy_pinyin as reference

    for text in samples():
        assert pinyin.lazy_pinyin(text) == reference(text, style=Style.NORMAL), text


def test_taught_segmentation_equals_a_taught_jieba() -> None:
    """What annotation does: the terms a text holds taught to the segmentation,
    as jieba's add_word teaches a fresh tokenizer."""
    import jieba

    rng = random.Random(11)
    standard = standard_tokenizer()
    for text in samples()[::3]:
        pieces = {text[i : i + size] for size in range(2, 7) for i in range(len(text) - size + 1)}
        taught = {word: rng.choice([1, 5_000, 100_000]) for word in sorted(pieces)
                  if " " not in word and rng.random() < 0.1}
        own = jieba.Tokenizer()
        own.FREQ, own.total, own.initialized = dict(standard.FREQ), standard.total, True
        for word, freq in taught.items():
            own.add_word(word, freq=freq)
        assert segmenter.segment(text, taught) == list(own.cut(text)), (text, taught)


def test_a_long_text_is_segmented_as_jieba_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past LONG_TEXT characters the segmentation reads the whole dictionary;
    below, past SHORT_TEXT, it walks the text's pieces; below, it asks for
    all of its substrings: the same words every way."""
    import jieba

    text = "。".join(samples() * 2) + "".join(samples())  # with and without punctuation
    assert segmenter.SHORT_TEXT < len(text) <= segmenter.LONG_TEXT
    monkeypatch.setattr(segmenter, "LONG_TEXT", len(text) - 1)
    standard = standard_tokenizer()
    assert segmenter.segment(text) == list(standard.cut(text))
    taught = {term: 100_000 for term in TERMS if len(term) > 1 and " " not in term}
    own = jieba.Tokenizer()
    own.FREQ, own.total, own.initialized = dict(standard.FREQ), standard.total, True
    for word, freq in taught.items():
        own.add_word(word, freq=freq)
    assert segmenter.segment(text, taught) == list(own.cut(text))
    monkeypatch.setattr(segmenter, "LONG_TEXT", 10**9)  # the same text walked
    assert segmenter.segment(text, taught) == list(own.cut(text))
    assert segmenter.segment(text) == list(standard.cut(text))
    monkeypatch.setattr(segmenter, "SHORT_TEXT", 10**9)  # and asked for by substrings
    assert segmenter.segment(text, taught) == list(own.cut(text))


def run(code: str, env: dict[str, str] | None = None) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8", env={**os.environ, **(env or {})})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_suggestion_loads_neither_jieba_nor_pypinyin() -> None:
    code = ("import sys, glossary\n"
            "print(glossary.suggest('韩雯斐')[0].ko)\n"
            "print(sorted(m for m in ('jieba', 'pypinyin', 'kiwipiepy') if m in sys.modules))")
    assert run(code).splitlines() == ["한원페이", "[]"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="the fallback is named by user id")
def test_an_unwritable_cache_directory_falls_back_to_the_temporary_one(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file stands where the cache would go", encoding="utf-8")
    code = "from glossary.text.segmenter import segment; print(segment('北京大学出版社'))"
    assert run(code, {"KOZH_CACHE_DIR": str(blocked / "kozh")}) == "['北京大学出版社']"


def test_every_place_and_person_of_jiebas_dictionary_is_found_by_its_mandarin_spelling() -> None:
    import jieba

    dictionary = Path(jieba.__file__).parent / "dict.txt"
    places = [word for word, _, tag in (line.split(" ") for line in
                                        dictionary.read_text(encoding="utf-8").splitlines())
              if tag == "ns" and len(word) >= 2]
    assert len(places) > 10_000
    for place in [*places[::97], "甘肃", "浙江", "河南"]:
        assert place in pinyin.places_spelt(pinyin.transcribe_mandarin(place)), place
    assert pinyin.places_spelt("간 쑤") == {"甘肃"}  # spaces aside
    assert pinyin.places_spelt("마카오") == pinyin.places_spelt("서울") == frozenset()
    people = [word for word, _, tag in (line.split(" ") for line in
                                        dictionary.read_text(encoding="utf-8").splitlines())
              if tag.startswith("nr") and len(word) >= 2]
    for person in [*people[::401], "习近平", "李强"]:
        spelling = pinyin.transcribe_mandarin(person)
        if all("가" <= char <= "힣" for char in spelling):  # 小S keeps its letter: no spelling
            assert person in pinyin.persons_spelt(spelling), person
    assert pinyin.persons_spelt("잭슨") == frozenset()


def test_kanji_tables_equal_pykakasi_dictionary() -> None:
    import pickle

    from pykakasi.properties import Configurations as settings

    from glossary.text.japanese import KanjiDictionary, _kakasi, japanese_hangul

    real = pickle.loads((settings.data_path / settings.jisyo_kanwa).read_bytes())
    table = KanjiDictionary()
    for code in [*sorted(real)[::5], *map(ord, "東京徳川家康綿打村")]:
        assert table.get(code) == real[code], chr(code)
    assert table.get(ord("한")) is None and table.get(ord("한"), {}) == {}
    with table.holding("徳川家康"):  # a name's own words, as the whole table has them
        assert table.get(ord("徳")) == {word: readings for word, readings in
                                        real[ord("徳")].items() if word in "徳川家康"}
        assert table.get(ord("京")) is None
    assert table.get(ord("京")) == real[ord("京")]
    _kakasi()  # pykakasi reads the lexicon's tables, not its own file
    from pykakasi import kanji

    assert isinstance(kanji.Kanwa._shared_state["_jisyo_table"], KanjiDictionary)
    assert japanese_hangul("東京") == "도쿄"


def test_names_read_from_the_lexicon_as_pykakasi_reads_them_from_its_own_file() -> None:
    from glossary.text.japanese import _kakasi

    names = ["徳川家康", "東京都新宿区", "北海道札幌市", "織田信長", "夏目漱石", "芥川龍之介",
             "名古屋城", "宮崎駿", "村上春樹", "渡邊", "齋藤", "髙橋", "早稲田大学", "大和"]
    code = ("import json, pykakasi\n"
            f"names = {names!r}\n"
            "print(json.dumps([[p['hira'] for p in pykakasi.kakasi().convert(n)] for n in names]))")
    own = json.loads(run(code))
    assert [[part["hira"] for part in _kakasi().convert(name)] for name in names] == own
    from glossary.text.japanese import _KANJI_DICTIONARY

    for name in names:
        with _KANJI_DICTIONARY.holding(name):
            assert [part["hira"] for part in _kakasi().convert(name)] == own[names.index(name)]


def test_threads_reading_the_lexicon_at_once_get_what_one_thread_gets() -> None:
    import threading

    words = [*TERMS, *samples()[:200]]
    expected = [(segmenter.word_spans(w), pinyin.lazy_pinyin(w)) for w in words]
    wrong: list[str] = []

    def read() -> None:
        for word, answer in zip(words, expected, strict=True):
            if (segmenter.word_spans(word), pinyin.lazy_pinyin(word)) != answer:
                wrong.append(word)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_a_new_lexicon_removes_those_of_older_layouts(tmp_path: Path) -> None:
    from glossary.text.lexicon import LAYOUT

    older = tmp_path / f"lexicon-{LAYOUT - 1}-jieba-0.42.1-pypinyin-0.55.0.sqlite"
    other = tmp_path / f"lexicon-{LAYOUT}-jieba-0.1-pypinyin-0.1-pykakasi-0.1.sqlite"
    notes = tmp_path / "notes.txt"
    for path in (older, other, notes):
        path.write_text("not read", encoding="utf-8")
    code = "from glossary.text.segmenter import segment; print(segment('北京大学'))"
    assert run(code, {"KOZH_CACHE_DIR": str(tmp_path)}) == "['北京大学']"
    assert not older.exists() and other.exists() and notes.exists()
    assert len(list(tmp_path.glob(f"lexicon-{LAYOUT}-*.sqlite"))) == 2


def test_mining_loads_neither_jieba_nor_the_kanji_dictionary_file() -> None:
    code = ("import sys, glossary\n"
            "from glossary.text.japanese import japanese_hangul\n"
            "doc = glossary.mine_document('모회사 바이트댄스(字节跳动)와 도쿄(東京)', 'a.txt')\n"
            "print(sorted((p.ko, p.zh) for p in doc.pairs), japanese_hangul('大和'))\n"
            "from pykakasi.kanji import Kanwa\n"
            "print('jieba' in sys.modules, type(Kanwa._shared_state['_jisyo_table']).__name__)")
    pairs, loaded = run(code).splitlines()
    assert "('바이트댄스', '字节跳动')" in pairs and "('도쿄', '東京')" in pairs
    assert loaded == "False KanjiDictionary"


def test_installed_versions_are_read_as_importlib_metadata_reads_them() -> None:
    from importlib.metadata import PackageNotFoundError, version

    from glossary.text.lexicon import installed_version

    for name in ("jieba", "pypinyin", "pykakasi", "kiwipiepy_model", "kiwipiepy", "opencc"):
        assert installed_version(name) == version(name)
    with pytest.raises(PackageNotFoundError):
        installed_version("no_such_package_kozh_made_up")


def test_keys_asked_again_or_after_the_table_is_read_whole_get_the_same_rows() -> None:
    from glossary.text import lexicon

    keys = ["北京", "大学", "北京大学", "北京大", "京大学", "没有这个词语", "한국어"]
    first = lexicon.fetch("words", keys)
    # 北京大 only begins a word: jieba's table holds it at frequency 0, without a tag.
    assert first["北京大"] == (0, None) and first["北京"][0] > 0
    assert set(first) == {"北京", "大学", "北京大学", "北京大"}
    assert lexicon.fetch("words", keys) == first
    assert lexicon.fetch("words", ["北京"]) == {"北京": first["北京"]}
    saved = dict(lexicon._asked), dict(lexicon._whole)
    try:
        lexicon._asked["words"] = 10**9  # as a process that has asked for most of it
        assert lexicon.fetch("words", [*keys, "上海"]) == first | lexicon.fetch("words", ["上海"])
        assert "words" in lexicon._whole
    finally:
        lexicon._asked.clear()
        lexicon._asked.update(saved[0])
        lexicon._whole.clear()
        lexicon._whole.update(saved[1])



def test_unihan_rows_found_in_the_text_equal_the_rows_cut_from_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold lookup that suggests reads a few characters' rows without
    cutting the table; they are the rows mining reads from the cut table."""
    from glossary.text import readings

    table = readings._lines()
    chars = [*random.Random(5).sample(sorted(table), 300), min(table), max(table), "韩", "한",
             "a", "\t", ""]
    monkeypatch.setattr(readings, "_found_in_text", 0)
    monkeypatch.setattr(readings, "FOUND_IN_TEXT", len(chars) + 1)
    readings._lines.cache_clear()  # not cut yet, as in a process that has read few rows
    found = {char: readings._row(char) for char in chars}
    assert readings._found_in_text == len(chars)  # each found in the text
    assert found == {char: table.get(char) for char in chars}
    assert found["韩"] and found["한"] is None


def test_a_suggestion_for_a_few_characters_does_not_cut_the_unihan_table() -> None:
    code = ("import glossary\n"
            "from glossary.text import readings\n"
            "print(glossary.suggest('習近平')[0].ko, readings._lines.cache_info().currsize)")
    assert run(code) == "시진핑 0"


def _connection_and_a_word() -> tuple[int, bool]:
    return id(lexicon._connection()), bool(lexicon.fetch("words", ["中国"]))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_a_forked_worker_reads_through_a_connection_of_its_own() -> None:
    # SQLite's rule: a connection opened before a fork is not used after it
    # (the engine's parent loads what mining needs, then forks its workers).
    parent, found = _connection_and_a_word()
    with multiprocessing.get_context("fork").Pool(1) as pool:
        child, found_there = pool.apply(_connection_and_a_word)
    assert found and found_there and child != parent
    assert _connection_and_a_word()[0] == parent  # the parent keeps its own
