"""One bracket after a list: a pair for each member, or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import mine_document
from glossary.mining.lists import chinese_members, korean_members


def pairs(text: str) -> list[tuple[str, str]]:
    return [(p.ko, p.zh) for p in mine_document(text, "t.txt").pairs]


@pytest.mark.parametrize(("text", "expected"), [
    ("회의는 항저우, 쑤저우 및 난징(杭州、苏州和南京)에서 열린다.",
     [("항저우", "杭州"), ("쑤저우", "苏州"), ("난징", "南京")]),
    ("지난해 충칭과 청두(重庆、成都)의 인구가 늘었다.", [("충칭", "重庆"), ("청두", "成都")]),
    ("서부 도시 시안·란저우(西安、兰州)를 잇는 철도", [("시안", "西安"), ("란저우", "兰州")]),
    ("회장 레이쥔 그리고 사장 루웨이빙(雷军和卢伟冰)이 참석했다.",
     [("레이쥔", "雷军"), ("루웨이빙", "卢伟冰")]),
    ("공상은행, 건설은행(工商銀行，建設銀行) 두 곳",
     [("공상은행", "工商銀行"), ("건설은행", "建設銀行")]),
    # two joined by "and" in both languages: a translation beside a reading
    ("업계 1위 바이두와 텐센트(百度和腾讯)가 맞섰다.", [("바이두", "百度"), ("텐센트", "腾讯")]),
    # ... or by "or" (或, 或者; 또는, 혹은)
    ("투자사는 바이두 또는 텐센트(百度或腾讯)가 된다.", [("바이두", "百度"), ("텐센트", "腾讯")]),
    ("회의는 베이징 혹은 상하이(北京或者上海)에서 한다.", [("베이징", "北京"), ("상하이", "上海")]),
    # Westerners' names that sound like their Chinese verify the split as readings do
    ("대선에서 트럼프, 바이든(特朗普、拜登) 두 후보가 맞붙었다.",
     [("트럼프", "特朗普"), ("바이든", "拜登")]),
    ("회담에는 시진핑과 트럼프(习近平·特朗普)가 나왔다.",
     [("시진핑", "习近平"), ("트럼프", "特朗普")]),
])
def test_each_member_of_a_glossed_list_is_a_pair(text: str, expected: list[tuple[str, str]]
                                                 ) -> None:
    found = mine_document(text, "t.txt").pairs
    assert [(p.ko, p.zh) for p in found] == expected
    assert len({p.paren_start for p in found}) == 1  # one bracket glosses them all
    assert all(text[p.term_start : p.term_end] == p.ko for p in found)


@pytest.mark.parametrize("text", [
    "신차를 낸 지리, 창청, 니오(吉利、长城、NIO)가 경쟁한다.",
    "신차를 낸 지리·창청·니오(吉利·长城·NIO)가 경쟁한다.",
    "신차를 낸 지리·니오·창청(吉利·NIO·长城)가 경쟁한다.",
    "신차를 낸 지리, 창청, NIO(吉利、长城、NIO)가 경쟁한다.",
])
def test_a_member_written_in_latin_letters_holds_its_place_and_gives_no_pair(text: str
                                                                             ) -> None:
    # Not 지리·창청·니오 for 吉利·长城: the dotted list goes on past the Chinese.
    assert sorted(pairs(text)) == [("지리", "吉利"), ("창청", "长城")]


def test_a_latin_member_the_korean_writes_as_it_is_makes_the_gloss_a_list() -> None:
    # not LG for 三星: the Korean list writes LG where the Chinese does
    assert pairs("전시회에 삼성·LG(三星·LG)가 나왔다.") == [("삼성", "三星")]
    # a member written as it is verifies the split as a reading would: a translation beside it
    assert pairs("메신저는 위챗, QQ(微信、QQ)를 주로 쓴다.") == [("위챗", "微信")]


@pytest.mark.parametrize(("text", "expected"), [
    ("미국은 화웨이·ZTE(华为·中兴)를 제재했다.", [("화웨이", "华为"), ("ZTE", "中兴")]),
    ("미국은 화웨이와 ZTE(华为和中兴)를 제재했다.", [("화웨이", "华为"), ("ZTE", "中兴")]),
    ("전기차는 BYD·지리(比亚迪·吉利)가 이끈다.", [("BYD", "比亚迪"), ("지리", "吉利")]),
    ("통신장비는 ZTE·BYD(中兴·比亚迪)가 만든다.", [("ZTE", "中兴"), ("BYD", "比亚迪")]),
])
def test_a_korean_member_in_latin_letters_names_its_chinese_member(
        text: str, expected: list[tuple[str, str]]) -> None:
    # not ZTE for the whole list, nor BYD for its first member
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("빅테크 알리바바·텐센트·바이두(阿里巴巴·腾讯·百度)가 성장했다.",
     [("알리바바", "阿里巴巴"), ("텐센트", "腾讯"), ("바이두", "百度")]),
    ("대선은 트럼프·바이든(特朗普·拜登)의 대결이었다.", [("트럼프", "特朗普"), ("바이든", "拜登")]),
    # ... after a word joined to them by 과, which no single term covers
    ("회장과 알리바바·텐센트·바이두(阿里巴巴·腾讯·百度)가 만났다.",
     [("알리바바", "阿里巴巴"), ("텐센트", "腾讯"), ("바이두", "百度")]),
    # a name only the whole explains keeps the term whole
    ("그는 마르크스·레닌주의(马克思·列宁主义)를 따랐다.",
     [("마르크스·레닌주의", "马克思·列宁主义")]),
])
def test_a_dotted_member_the_tables_name_is_a_pair_of_its_own(
        text: str, expected: list[tuple[str, str]]) -> None:
    # 텐센트 is no reading of 腾讯: the tables' name for it, which made the term one whole
    assert pairs(text) == expected


def test_a_latin_term_for_three_names_stands_for_all_of_them() -> None:
    # BAT abbreviates the three: not 百度 alone, as TSMC stands for 台積電 of its two names
    assert pairs("중국 IT 공룡 BAT(百度·阿里巴巴·腾讯)가 성장했다.") == [
        ("BAT", "百度·阿里巴巴·腾讯")]


@pytest.mark.parametrize(("text", "expected"), [
    ("집값은 베이징·상하이·광저우(北京·广州·上海) 순이다.",
     [("베이징", "北京"), ("상하이", "上海"), ("광저우", "广州")]),
    ("지도부는 시진핑·리창(李强、习近平)이다.", [("시진핑", "习近平"), ("리창", "李强")]),
    ("그는 충칭과 청두(成都和重庆)를 오갔다.", [("충칭", "重庆"), ("청두", "成都")]),
])
def test_a_list_glossed_in_another_order_pairs_each_member_with_the_one_it_reads(
        text: str, expected: list[tuple[str, str]]) -> None:
    # Never by place: 시진핑 is no translation of 李强.
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "집값은 베이징·상하이(上海·深圳) 순이다.",  # 베이징 reads neither
    "지도부는 시진핑·리창(李强、王毅)이다.",
])
def test_a_list_in_another_order_with_a_member_read_by_none_gives_no_list(text: str) -> None:
    assert [(ko, zh) for ko, zh in pairs(text) if ko in ("베이징", "시진핑")] == []


def test_a_list_whose_only_chinese_member_is_translated_gives_nothing() -> None:
    assert pairs("시장 점유율은 애플, 삼성(苹果、Samsung) 순이다.") == []


@pytest.mark.parametrize("text", [
    "두 도시 항저우와 쑤저우(杭州、苏州、南京)에서",  # more Chinese members than Korean
    "회의 결과 난징(结果、南京)을 발표했다.",  # 과 of 결과 is no conjunction
    "수도 서울, 도쿄(北京、东京)에서",  # translations alone verify nothing
    "충칭과 청두(重庆、成都 등)의 인구",  # a note after the list
])
def test_a_list_that_does_not_split_the_same_way_gives_nothing(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("수도권인 베이징, 톈진, 허베이(京津冀)는 하나로 묶인다.", ("베이징, 톈진, 허베이", "京津冀")),
    ("집값은 베이징·상하이·선전(北上深)이 가장 높다.", ("베이징·상하이·선전", "北上深")),
    ("회담은 한국과 중국(韩中)의 관계를 다뤘다.", ("한국과 중국", "韩中")),
    # Korean orders the members its own way: every one of them reads a character.
    ("두 정상은 미·중(中美) 무역 갈등을 논의했다.", ("미·중", "中美")),
    ("서울에서 한·중·일(中日韩) 외교장관 회의가 열렸다.", ("한·중·일", "中日韩")),
    # ... in one word too, states and regions a syllable each
    ("서울에서 한중일(中日韩) 외교장관 회의가 열렸다.", ("한중일", "中日韩")),
    ("두 정상은 미중(中美) 무역 갈등을 논의했다.", ("미중", "中美")),
    # ... or by the syllable Korean lists a state by, where it reads no character
    ("양국은 북·미(朝美) 회담을 열었다.", ("북·미", "朝美")),
    ("중·러(中俄) 국경 지대에서 훈련했다.", ("중·러", "中俄")),
    ("남북(朝韩) 관계가 풀렸다.", ("남북", "朝韩")),
])
def test_a_list_one_abbreviation_glosses_is_one_pair(text: str, expected: tuple[str, str]
                                                      ) -> None:
    # Not the last member alone as a "translation" of the whole abbreviation.
    assert pairs(text) == [expected]


def test_other_characters_read_in_another_order_are_another_word() -> None:
    assert [k for k in mine_document("그는 사회(会社)를 다녔다.", "t.txt").pairs
            if k.kind == "mixed"] == []


def test_a_translation_of_the_last_member_after_a_middle_dot_is_no_pair() -> None:
    assert pairs("미·멕(美墨) 국경 지대에서") == []  # 멕 does not read 墨: no 멕 for 美墨
    # ... nor a Latin name after a member that reads the gloss's first character
    assert pairs("한·EU(韩欧) 자유무역협정이 발효됐다.") == []
    assert pairs("화웨이·ZTE(中兴)가 제재를 받았다.") == [("ZTE", "中兴")]
    assert pairs("초반에 국·공(国共) 합작이") == [("국·공", "国共")]  # each reads its own
    # A name read whole after the dot is the gloss's own term.
    assert pairs("애플·화웨이(华为)가 경쟁한다.") == [("화웨이", "华为")]


@pytest.mark.parametrize(("text", "expected"), [
    # The abbreviation heads the gloss, a character a member, the rest read.
    ("당국은 광둥·홍콩·마카오 대만구(粤港澳大湾区) 계획을 내놓았다.",
     [("광둥·홍콩·마카오 대만구", "粤港澳大湾区")]),
    ("두 나라는 미·중 무역전쟁(中美贸易战)을 치렀다.", [("미·중 무역전쟁", "中美贸易战")]),
    ("올해 한·중 교류(韩中交流)가 늘었다.", [("한·중 교류", "韩中交流")]),
    # the rest translated, when every member reads its character (in any order)
    ("서울에서 한·중·일 정상회의(中日韩峰会)가 열렸다.", [("한·중·일 정상회의", "中日韩峰会")]),
    # A member that reads the gloss's head whole is the term: no abbreviation.
    ("한국·일본 정부(日本政府)가 발표했다.", [("일본 정부", "日本政府")]),
    ("서울·베이징 항로(北京航路)가 열렸다.", [("베이징 항로", "北京航路")]),
])
def test_a_dotted_list_heading_a_term_glossed_by_its_abbreviation(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_conjunction_inside_one_name_keeps_the_name_whole() -> None:
    assert pairs("국가발전개혁위원회(国家发展和改革委员会)는 발표했다.") == [
        ("국가발전개혁위원회", "国家发展和改革委员会")]


def test_members_split_on_each_language_s_separators() -> None:
    assert chinese_members("杭州、苏州与南京") == ("杭州", "苏州", "南京")
    assert chinese_members("杭州和苏州") == ("杭州", "苏州")
    assert chinese_members("杭州") is None and chinese_members("杭州、12") is None
    text = "항저우, 쑤저우 및 난징"
    assert [text[s:e] for s, e in korean_members(text)] == ["항저우", "쑤저우", "난징"]


def test_kozh_mine_stores_every_member(tmp_path: Path, runner: CliRunner) -> None:
    doc = tmp_path / "list.txt"
    text = "회의는 항저우, 쑤저우 및 난징(杭州、苏州和南京)에서 열린다.\n"
    doc.write_text(text, encoding="utf-8")
    dry = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(doc)])
    assert dry.exit_code == 0, dry.output
    lines = [json.loads(line) for line in dry.stdout.splitlines()]
    assert [(line["ko"], line["zh"]) for line in lines] == [
        ("항저우", "杭州"), ("쑤저우", "苏州"), ("난징", "南京")]
    db = tmp_path / "t.db"
    assert runner.invoke(cli, ["mine", "--db", str(db), str(doc)]).exit_code == 0
    with Termbase(db) as termbase:
        assert [c.preferred.ko for c in termbase.lookup("苏州")] == ["쑤저우"]
        assert [c.zh_hans for c in termbase.lookup("난징")] == ["南京"]


@pytest.mark.parametrize(("text", "expected"), [
    # a member read whole, then a word of its own the gloss leaves out (a title)
    ("회담에는 시진핑 주석과 리창 총리(习近平、李强)가 참석했다.",
     [("시진핑", "习近平"), ("리창", "李强")]),
    ("행사에 마윈 회장과 마화텅 회장(马云、马化腾)이 왔다.",
     [("마윈", "马云"), ("마화텅", "马化腾")]),
    # ... never a translation before such a word: nothing verifies where it ends
    ("시장에서 사과 한 개와 배 한 개(苹果、梨)를 샀다.", []),
])
def test_a_member_read_before_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.ko, p.zh) for p in mine_document(text, "a.txt").pairs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # members the tables name are as sure as read ones, wherever the first part starts
    ("국내 통신사는 차이나모바일, 차이나유니콤, 차이나텔레콤(中国移动·中国联通·中国电信)이다.",
     [("차이나모바일", "中国移动"), ("차이나유니콤", "中国联通"), ("차이나텔레콤", "中国电信")]),
    ("검색은 구글, 메신저는 텐센트(谷歌、腾讯)가 강하다.", [("구글", "谷歌"), ("텐센트", "腾讯")]),
    # ... and a name the tables give another is no member
    ("업계에서는 알리바바, 삼성(阿里巴巴、腾讯)을 꼽는다.", []),
])
def test_members_the_tables_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.ko, p.zh) for p in mine_document(text, "a.txt").pairs] == expected
