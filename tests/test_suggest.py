from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import glossary
from cli import cli
from db import Termbase
from glossary import mine_document

CASES = [
    ("习近平", "시진핑", "transcription"),
    ("广州", "광저우", "transcription"),
    ("李源潮", "리위안차오", "transcription"),
    ("重庆市", "충칭시", "transcription"),
    # a longer generic name of the unit is a word of its own, read in Sino-Korean
    ("广西壮族自治区", "광시좡족 자치구", "transcription"),
    ("内蒙古自治区", "네이멍구 자치구", "transcription"),
    # a name transcribed, the common noun after it as Korean writes it
    ("北京大学", "베이징 대학", "mixed"),
    ("天安门广场", "톈안먼 광장", "mixed"),
    ("上海虹桥国际机场", "상하이훙차오 국제공항", "mixed"),
    ("广州火车站", "광저우역", "mixed"),
    ("万达集团", "완다 그룹", "mixed"),
    ("吉利汽车", "지리 자동차", "mixed"),
    # a firm by the name Korean gives it, its legal suffix left out, or with
    # a common noun after it; a word of its own is no firm (苹果, an apple)
    ("腾讯", "텐센트", "korean"),
    ("微軟公司", "마이크로소프트", "korean"),
    ("小米手机", "샤오미 휴대폰", "mixed"),
    ("苹果", "빈과", "sino-korean"),
    # a common word of two characters is read (政府 정부, not 정푸)
    ("政府", "정부", "sino-korean"),
    ("经济", "경제", "sino-korean"),
    ("熊猫", "판다", "korean"),  # jieba takes it for a name; Korean says 판다
    ("火锅", "훠궈", "transcription"),  # a thing of China's life, a word less common
    # an office abroad after the country or the person holding it, as Korean
    # names it (总统 대통령), but Taiwan's own (총통)
    ("美国总统", "미국 대통령", "korean"),
    ("美国副总统", "미국 부통령", "korean"),
    ("文在寅总统", "문재인 대통령", "korean"),
    ("岸田首相", "기시다 총리", "korean"),
    ("台湾总统", "대만총통", "sino-korean"),
    # three characters made of words are read, not a name jieba cuts apart
    ("中国梦", "중국몽", "sino-korean"),
    ("新基建", "신기건", "sino-korean"),
    ("李国庆", "리궈칭", "transcription"),  # a family name, then a word: a name
    # ... and so is a word jieba's dictionary takes for a name, no family name first
    ("双循环", "쌍순환", "sino-korean"),
    ("古建筑", "고건축", "sino-korean"),
    ("朝鲜半岛", "한반도", "korean"),
    ("SK海力士", "SK 하이닉스", "korean"),
    # a Korean the table knows: read, or as the table writes the name where
    # a reading misspells it (郁 울 or 욱)
    ("李在明", "이재명", "sino-korean"),
    ("朴赞郁", "박찬욱", "korean"),
    ("李在明总统", "이재명 대통령", "korean"),
    # a thing by the word Korean says for it, in either script
    ("手机", "휴대폰", "korean"),
    ("足球", "축구", "korean"),
    ("電影", "영화", "korean"),
    ("元宇宙", "메타버스", "korean"),
    ("白宫", "백악관", "korean"),
    # ... and after a body or a name, a word apart, as the common nouns are
    ("北京地铁", "베이징 지하철", "mixed"),
    ("上海世博会", "상하이 엑스포", "mixed"),
    ("外交部发言人", "외교부 대변인", "mixed"),
    ("白宫发言人", "백악관 대변인", "mixed"),
    ("北京市政府发言人", "베이징시 정부 대변인", "mixed"),
    # 렬 and 률 after a vowel or ㄴ are 열 and 율
    ("效率", "효율", "sino-korean"),
    ("分裂", "분열", "sino-korean"),
    ("深圳证券交易所", "선전 증권거래소", "mixed"),
    # ... or a body or title after a name, read in Sino-Korean a word apart
    ("北京市政府", "베이징시 정부", "mixed"),
    ("杭州市公安局", "항저우시 공안국", "mixed"),
    ("上海市人民政府", "상하이시 인민정부", "mixed"),
    ("习近平总书记", "시진핑 총서기", "mixed"),
    ("银保监会", "은보감회", "sino-korean"),  # 银 保监会: 银保 is a name only alone
    # ... the name as Korean names a place of Korea, Japan or the world
    ("首尔市政府", "서울시 정부", "mixed"),
    ("大阪府警察", "오사카부 경찰", "mixed"),
    ("纽约市政府", "뉴욕시 정부", "mixed"),
    ("德国总理", "독일 총리", "mixed"),
    # ... but one Korean reads (中国 중국, 釜山 부산) is read with the rest
    ("中国人民大学", "중국인민대학", "sino-korean"),
    ("釜山市教育厅", "부산시교육청", "sino-korean"),
    # an institution's own name stays read in Sino-Korean
    ("国务院办公厅", "국무원판공청", "sino-korean"),
    ("中華全國工商業聯合會", "중화전국공상업연합회", "sino-korean"),
    ("勞動組合", "노동조합", "sino-korean"),
    # the dictionary reading inside a word, the initial-sound law at its start
    ("高速道路管理公司", "고속도로관리공사", "sino-korean"),
    ("女性劳动者协会", "여성노동자협회", "sino-korean"),
    # written in characters only Japanese uses: the Japanese reading, a unit
    # of Japan's administration after it in Sino-Korean
    ("広島", "히로시마", "japanese"),
    ("広島県", "히로시마현", "japanese"),
    ("渋谷区", "시부야구", "japanese"),
    ("畑中", "하타나카", "japanese"),  # 畑, a character made in Japan
    # a place in Japan, in any script, named as Japan reads it, with its
    # unit's suffix or a common noun after it
    ("东京", "도쿄", "japanese"),
    ("東京", "도쿄", "japanese"),
    ("广岛", "히로시마", "japanese"),
    ("丰田", "도요타", "japanese"),  # 豊 is 丰, not 礼
    ("鹿兒島縣", "가고시마현", "japanese"),
    ("横滨市", "요코하마시", "japanese"),
    ("横浜", "요코하마", "japanese"),  # 浜 is 濱 in Japan's forms
    ("大阪站", "오사카역", "japanese"),
    ("京都大学", "교토 대학", "japanese"),
    # a place in Korea by its own name, its unit or a common noun joined to it
    ("釜山", "부산", "korean"),
    ("首爾", "서울", "korean"),
    ("首尔市", "서울시", "korean"),
    ("济州岛", "제주도", "korean"),
    ("仁川国际机场", "인천국제공항", "korean"),
    ("平壤", "평양", "korean"),
    # a country, city or body of the world by the name Korean gives it
    ("法国", "프랑스", "korean"),
    ("德國人", "독일인", "korean"),
    ("联合国", "유엔", "korean"),
    ("中国", "중국", "korean"),
    ("香港大学", "홍콩 대학", "korean"),
    ("中国银行", "중국은행", "korean"),  # a name read in Sino-Korean joins its noun
    ("巴塞罗那", "바르셀로나", "korean"),
    ("格鲁吉亚人", "조지아인", "korean"),
    ("马赛克", "마싸이커", "transcription"),  # mosaic: 马赛 (Marseille) opens no name here
    # no place in Japan or Korea: a name of China, a word that opens with one
    ("广州", "광저우", "transcription"),
    ("天安门", "톈안먼", "transcription"),
    ("南京", "난징", "transcription"),
    # a place in Japan by the name Korean gives it, the body after it read
    ("东京电力公司", "도쿄 전력공사", "mixed"),
    # a person of the world by the name Korean gives them, in either script,
    # a doctrine named after them, or with a body, a title or a noun after it
    ("马克思", "마르크스", "korean"),
    ("莎士比亞", "셰익스피어", "korean"),
    ("马克思主义", "마르크스주의", "korean"),
    ("特朗普政府", "트럼프 정부", "mixed"),
    ("布朗运动", "브라운 운동", "mixed"),
    # ... and a foreigner's full name a word for each part the dots join,
    # a given name the table knows as one only there too (乔 a family name)
    ("唐纳德·特朗普", "도널드 트럼프", "korean"),
    ("乔·拜登", "조 바이든", "korean"),
    ("达·芬奇", "다빈치", "korean"),  # known whole
    ("乔", "차오", "transcription"),
]


@pytest.mark.parametrize("zh, ko, method", CASES, ids=[c[0] for c in CASES])
def test_best_suggestion(zh: str, ko: str, method: str) -> None:
    best = glossary.suggest(zh)[0]
    assert (best.ko, best.method) == (ko, method)


def test_latin_and_digit_words_stay_as_written(tmp_path: Path) -> None:
    found = [(s.ko, s.method) for s in glossary.suggest("健康中国2030")]
    assert ("건강중국 2030", "sino-korean") in found
    assert glossary.suggest("AI助手")[0].ko.startswith("AI ")
    with Termbase(tmp_path / "t.db") as tb:  # the termbase's own rendering first
        tb.add_mined(mine_document("텐센트는 AI 비서(AI助手)를 냈다.", "a.txt"))
        assert glossary.suggest("AI助手", tb)[0].ko == "AI 비서"
    assert glossary.suggest("AI") == [] and glossary.suggest("5G") == []
    # ... but for a word Korean says whole, which the tables give
    assert [s.ko for s in glossary.suggest("X光")][:2] == ["엑스레이", "X 광"]
    assert glossary.suggest("卡拉OK")[0] == glossary.Suggestion("가라오케", "korean")


def test_a_place_is_read_as_korean_reads_it_by_custom() -> None:
    assert ("심천", "sino-korean") in [(s.ko, s.method) for s in glossary.suggest("深圳")]
    # ... and named second by the other names usage gives it, in either script
    assert [s.ko for s in glossary.suggest("故宮")][:2] == ["고궁", "자금성"]
    assert [(s.ko, s.method) for s in glossary.suggest("喀什")][:3] == [
        ("카스", "transcription"), ("카슈가르", "korean"), ("카스가르", "korean")]


@pytest.mark.parametrize(("zh", "transcribed", "read"), [
    ("曾国藩", "쩡궈판", "증국번"), ("单田芳", "산톈팡", "선전방"),
    ("區家麟", "어우자린", "구가린"), ("金正恩", "진정언", "김정은"),
    ("沈从文", "선충원", "심종문")])
def test_a_family_name_reads_as_family_names_do(zh: str, transcribed: str, read: str) -> None:
    # 曾 is céng in a word, Zēng as a name; 金 is 금 in a word, 김 as a name
    found = {(s.ko, s.method) for s in glossary.suggest(zh)}
    assert {(transcribed, "transcription"), (read, "sino-korean")} <= found
    # ... and only as a name: 曾经 (once), 金融 (finance)
    assert {s.ko for s in glossary.suggest("曾经")} == {"청징", "증경"}
    assert "금융" in [s.ko for s in glossary.suggest("金融")]


def test_both_methods_are_offered() -> None:
    found = {(s.ko, s.method) for s in glossary.suggest("上海")}
    assert {("상하이", "transcription"), ("상해", "sino-korean")} <= found


def test_termbase_renderings_come_first(tmp_path: Path) -> None:
    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("광저우(广州)에 갔다.", "a.txt"))
        found = glossary.suggest("广州市", tb)
        assert found[0].ko == "광저우시"  # transcribed, and the termbase's 광저우 + 시 agree
        tb.add_mined(mine_document("베이징(北京)에 갔다.", "c.txt"))
        composed = {s.ko: s.note for s in glossary.suggest("北京大学", tb)}
        assert composed["베이징대학"] == "北京 → 베이징, the rest read in Sino-Korean"
        assert "베이징로" in {s.ko for s in glossary.suggest("北京路", tb)}  # no initial law inside
        tb.add_mined(mine_document("광주(廣州)라고도 쓴다.", "b.txt"))
        assert glossary.suggest("廣州", tb)[0].method == "termbase"


def test_the_termbase_says_whether_to_spell_or_to_read(tmp_path: Path) -> None:
    """Terms sharing a pair of characters with the query, spelt by their
    sound in the termbase, put the transcription first; read, the reading."""
    assert glossary.suggest("麻辣香锅")[0].method == "sino-korean"  # the rules alone
    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("요즘은 마라탕(麻辣烫)이 인기다.", "a.txt"))
        found = [(s.ko, s.method) for s in glossary.suggest("麻辣香锅", tb)][:2]
        assert found == [("마라샹궈", "transcription"), ("마랄향과", "sino-korean")]
        assert glossary.suggest("麻辣燙", tb)[0].ko == "마라탕"  # the term itself: termbase
        tb.add_mined(mine_document("공자학원(孔子學院)이 문을 열었다.", "b.txt"))
        assert glossary.suggest("孔子庙")[0].method == "transcription"
        assert glossary.suggest("孔子庙", tb)[0].ko == "공자묘"
        # a name and a word after it: the rules' mix stays first
        tb.add_mined(mine_document("베이징 카오야(北京烤鸭)를 먹었다.", "c.txt"))
        assert glossary.suggest("北京大学", tb)[:2] == glossary.suggest("北京大学")[:2]


def test_words_written_apart_are_rendered_apart(tmp_path: Path) -> None:
    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("베이징(北京)에 갔다.", "a.txt"))
        found = [(s.ko, s.method, s.note) for s in glossary.suggest("上海 北京", tb)]
    assert found == [
        ("상하이 베이징", "transcription", ""), ("상해 북경", "sino-korean", ""),
        ("상해 베이징", "termbase-part", "北京 → 베이징, the rest read in Sino-Korean")]


def test_a_name_whose_parts_a_middle_dot_joins(tmp_path: Path) -> None:
    """A foreigner's given and family names a dot apart get a word each, as
    Korean writes them; a name the termbase holds comes first."""
    found = [(s.ko, s.method) for s in glossary.suggest("卡尔·马克思")]
    assert found == [("카얼 마르크스", "mixed"), ("카얼 마커쓰", "transcription"),
                     ("잡이 마극사", "sino-korean")]
    assert glossary.suggest("奥拉夫・朔尔茨")[0].ko == "올라프 숄츠"  # any middle dot
    assert glossary.suggest("赫尔穆特·科尔")[0].ko == "허얼무터 커얼"  # names the table lacks
    assert glossary.suggest("卡尔·") == glossary.suggest("卡尔·Marx") == []
    with Termbase(tmp_path / "t.db") as tb:
        tb.add_mined(mine_document("철학자 칼 마르크스(卡尔·马克思)의 책", "a.txt"))
        assert glossary.suggest("卡尔·马克思", tb)[0].ko == "칼 마르크스"


def test_not_chinese() -> None:
    assert glossary.suggest("서울") == []


def test_cli_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["suggest", "--json", "李克强"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows[0] == {"ko": "리커창", "method": "transcription", "note": ""}
    assert all({"ko", "method"} <= row.keys() for row in rows)
    assert runner.invoke(cli, ["suggest", "서울"]).exit_code == 1


def test_a_common_word_in_japans_forms_keeps_its_korean_reading_first() -> None:
    """鉄道 is a word Chinese has (铁道): Korean reads it its own way; the
    Japanese reading is offered last."""
    found = [(s.ko, s.method) for s in glossary.suggest("鉄道")]
    assert ("철도", "sino-korean") in found and found[-1] == ("데쓰도", "japanese")
    assert [s.ko for s in glossary.suggest("豊田")][:2] == ["도요타", "펑톈"]
