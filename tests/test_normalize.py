from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.text.normalize import clean, compose_hangul, ko_key, script_of, to_hant, zh_key

CASES = [
    # (written, key): simplified and traditional meet
    ("淘寶", "淘宝"),
    ("淘宝", "淘宝"),
    ("廣東省廣州市", "广东省广州市"),
    # full-width ASCII folds
    ("ＴＣＬ科技", "tcl科技"),
    # compatibility ideographs (U+F900–U+FAFF) map to unified forms for the key
    ("\uf914園", "乐园"),
    ("\uf9b0", "聆"),
]


@pytest.mark.parametrize("written, key", CASES, ids=[c[0] for c in CASES])
def test_zh_key(written: str, key: str) -> None:
    assert zh_key(written) == key


def test_compatibility_ideographs_are_kept_as_written() -> None:
    # NFC would fold U+F914 into U+6A02; clean() must not.
    assert clean("\uf914園") == "\uf914園"
    assert unicodedata.normalize("NFC", "\uf914") != "\uf914"


def test_conjoining_jamo_compose() -> None:
    assert compose_hangul("\u1112\u1161\u11ab\u1100\u1173\u11af") == "한글"
    assert ko_key("\u1112\u1161\u11ab\u1100\u1173\u11af  용어") == "한글 용어"


def test_invisible_characters_are_no_part_of_a_key() -> None:
    assert zh_key("淘\u200b寶\ufe00") == zh_key("淘宝") == "淘宝"
    assert ko_key("타오\u00ad바오\u200d") == ko_key("타오바오") == "타오바오"
    assert clean("\u200e상하이\u200f") == "상하이"


def test_lookalikes_fold_into_the_key() -> None:
    assert zh_key("\u2f08民日报") == zh_key("人民日報") == "人民日报"  # a Kangxi radical
    # a supplement radical drawn as a whole simplified character, as PDFs give it too
    assert zh_key("\u2ee9山") == zh_key("黃山") == "黄山"
    assert zh_key("\u2ef0\u2ed4石窟") == zh_key("龍門石窟") == "龙门石窟"
    assert ko_key("상하이\u00a0시\u2009정부\u3000") == "상하이 시 정부"


def test_scripts() -> None:
    assert script_of("淘寶") == "hant" and script_of("淘宝") == "hans"
    assert to_hant("头发") == "頭髮"  # phrase context picks 髮, not 發


text = st.text(alphabet=st.sampled_from(
    "淘寶宝心選选한글ＡＢ１ \u3000\uf914가\u1100\u1161\u200b\u00ad"))


@given(text)
def test_keys_are_idempotent(value: str) -> None:
    assert zh_key(zh_key(value)) == zh_key(value)
    assert ko_key(ko_key(value)) == ko_key(value)
    assert clean(clean(value)) == clean(value)


def test_traditional_guess_uses_common_forms() -> None:
    # s2t would write 周立羣 and 爲; the forms traditional texts use are 群 and 為.
    assert to_hant("周立群") == "周立群"
    assert to_hant("为了") == "為了"


def test_has_han_searches_the_ranges_is_han_tests() -> None:
    """has_han's pattern repeats is_han's ranges (a search in C): they agree
    on every code point up to the last extension, and around 漢 and 한."""
    from glossary.text.normalize import has_han, is_han

    for code in range(0x32000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are no characters
        ch = chr(code)
        assert has_han(ch) == is_han(ch), hex(code)
    assert has_han("한자 漢字") and not has_han("한자 hanja")


def test_the_traditional_table_is_what_opencc_makes_of_every_character() -> None:
    """readings.traditional_char reads a table made with to_hant (for a
    suggestion's sake); it must give what to_hant gives, character by
    character, for every character the Unihan table knows."""
    from glossary.text import DATA
    from glossary.text.normalize import to_hant
    from glossary.text.readings import traditional_char

    chars = [line.split("\t", 1)[0] for line in
             (DATA / "unihan.tsv").read_text(encoding="utf-8").splitlines() if line]
    differ = [ch for ch in chars if traditional_char(ch) != to_hant(ch)]
    assert not differ, (f"{len(differ)} differ, e.g. {differ[:5]}: "
                        "run scripts/build_traditional_table.py")


def test_the_table_of_characters_read_apart_is_what_the_build_makes() -> None:
    """readings.reads_by_its_word reads a table of simplified characters
    whose traditional forms read apart (斗 두, 鬥 투); it must be what the
    build script makes of OpenCC and the readings now."""
    import runpy

    from glossary.text import DATA

    build = runpy.run_path(str(Path(__file__).resolve().parent.parent / "scripts"
                               / "build_traditional_table.py"))
    chars = [line.split("\t", 1)[0] for line in
             (DATA / "unihan.tsv").read_text(encoding="utf-8").splitlines() if line]
    made = "".join(build["read_apart"](chars))
    assert made == (DATA / "read_apart.tsv").read_text(encoding="utf-8"), \
        "run scripts/build_traditional_table.py"
    assert "斗\t斗鬥\n" in made and "\n乐\t" not in made


readable_text = st.lists(st.sampled_from(
    ["가", "\u1112", "\u1161", "\u11ab", "\u200b", "\u00ad", "\ufeff", "Ａ", "\u3000", "\u00a0",
     "\u2f08", "上", "(", " ", "a", "\u110b\u116f\u11ab"]), max_size=30).map("".join)


@given(readable_text)
def test_each_readable_character_comes_from_its_span(text: str) -> None:
    # The readable text's character k is what its original span reads as:
    # invisible characters dropped, jamo composed, lookalikes folded.
    from glossary.text.markup import readable
    from glossary.text.normalize import compose_hangul, drop_invisible, fold_lookalikes

    seen, offsets = readable(text, "text")
    if offsets is None:
        assert seen == text
        return
    spans = [offsets.span(k, k + 1) for k in range(len(seen))]
    assert [fold_lookalikes(compose_hangul(drop_invisible(text[a:b]))) for a, b in spans] == \
        list(seen)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:], strict=False))
    assert offsets.start(len(seen)) == len(text)
    if spans:
        assert offsets.span(0, len(seen)) == (spans[0][0], spans[-1][1])


def test_the_japanese_forms_the_key_folds_are_what_opencc_makes_of_them() -> None:
    """Each Japanese form folds to the simplified form of the character it
    stands for, as OpenCC's jp2t then t2s make it (through a Korean form
    OpenCC keeps: 郷 → 鄕 → 乡) or its t2jp makes the form of it (俱 → 倶),
    and Chinese text hardly uses it."""
    import opencc

    from glossary.text import lexicon
    from glossary.text.forms import JAPANESE_FORMS, KOREAN_FORMS, fold_korean_forms

    jp2t, t2s = opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")
    t2jp, s2t = opencc.OpenCC("t2jp"), opencc.OpenCC("s2t")
    korean = {group[0]: group[1] for group in KOREAN_FORMS}
    for form, standard in JAPANESE_FORMS:
        made = t2s.convert(jp2t.convert(form))
        assert standard == fold_korean_forms(form), form
        assert korean.get(made, made) == standard or t2jp.convert(s2t.convert(standard)) == form
        assert t2s.convert(form) == form, f"OpenCC folds {form} already"
    used = {form: 0 for form, _ in JAPANESE_FORMS}
    for word, (count, _) in lexicon.whole("words").items():
        for ch in set(word) & used.keys():
            used[ch] += int(count)
    assert not {form: count for form, count in used.items() if count >= 70}


@pytest.mark.parametrize(("written", "other"), [
    ("四顚倒", "四顛倒"), ("緖論", "绪论"), ("鄕約", "乡约"), ("関西", "關西"),
    ("広州", "广州"), ("鉄道", "鐵道"), ("黒龍江", "黑龙江"), ("郷土", "鄉土"),
    ("都摠管", "都總管"),
])
def test_korean_and_japanese_forms_are_one_concept_with_the_chinese(written: str,
                                                                   other: str) -> None:
    from glossary.model import concept_key

    assert concept_key(written) == concept_key(other)


@pytest.mark.parametrize("chinese", ["芸芸众生", "弁言", "瓦缶", "予以", "沪", "浜"])
def test_chinese_characters_of_their_own_keep_their_key(chinese: str) -> None:
    """jp2t would make 芸 藝 and 予 豫: in Chinese text they are other words."""
    from glossary.model import concept_key

    assert concept_key(chinese) == chinese
