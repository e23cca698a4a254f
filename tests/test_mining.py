"""The miner on sentences written for these tests, one phenomenon each."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import mine, mine_document
from glossary.mining.brackets import PAIRS
from glossary.mining.decide import READ_WHOLE, decide, reads_whole
from glossary.mining.kinds import READ_KINDS
from glossary.model import Kind, MinedPair
from glossary.text.normalize import clean


def pairs(text: str) -> list[tuple[str, str]]:
    return [(o.ko, o.zh) for o in mine(text)]


def kinded(found: str | Iterable[MinedPair]) -> list[tuple[str, str, str]]:
    """(Korean, Chinese, kind) of the pairs ``found``, or of those mined from it."""
    return [(o.ko, o.zh, str(o.kind)) for o in (mine(found) if isinstance(found, str)
                                                  else found)]


POSITIVE = [
    # transliteration of Mandarin, and the span stops at the verified name
    ("상무부 대변인 왕원타오(王文涛)는 말했다.", ("왕원타오", "王文涛")),
    ("행사는 중국 광둥성 선전시(广东省深圳市)에서 열린다.", ("광둥성 선전시", "广东省深圳市")),
    ("그 회사는 타오바오 신쉬안(淘寶心選)에 입점했다.", ("타오바오 신쉬안", "淘寶心選")),
    # a descriptor the gloss translates
    ("요즘은 전자상거래 플랫폼(电商平台)이 늘었다.", ("전자상거래 플랫폼", "电商平台")),
    ("그 소설의 제목(書名)은 아직 없다.", ("제목", "書名")),  # in either script
    # syllables glossed one by one, though two of them make a determiner and a noun
    ("수행자는 믿음과 근(勤)정(定)혜(慧)를 닦는다.", ("근", "勤")),
    # Sino-Korean readings, with the initial-sound law (聯 련/연, 勞 로/노)
    ("이 단체는 중화전국부녀연합회(中華全國婦女聯合會)와 협력한다.",
     ("중화전국부녀연합회", "中華全國婦女聯合會")),
    ("노동조합(勞動組合)이 결성되었다.", ("노동조합", "勞動組合")),
    # a closing quote or title mark between term and bracket
    ("《동국통감》(東國通鑑)은 역사서다.", ("동국통감", "東國通鑑")),
    ("'남송'(南宋)의 수도였다.", ("남송", "南宋")),
    # a line break between term and bracket, as in PDF layouts
    ("회의 장소\n\n베이징\n(北京)\n", ("베이징", "北京")),
    # ... or inside the bracket: the gloss's lines joined
    ("그 정부는 중화인민공화국(中华人民\n共和国)을 세웠다.", ("중화인민공화국", "中华人民共和国")),
    ("그 모임은 상하이 청년회(上海\r\n 靑年會, 1919년)다.", ("상하이 청년회", "上海靑年會")),
    # notes and labels inside the bracket are dropped
    ("항저우(杭州 3 위), 청두(成都,4 위)", ("항저우", "杭州")),
    ("리창[李强, 국무원 총리]은 발표했다.", ("리창", "李强")),
    ("잡지 제목은 차이신(중국어 간체: 财新)이다.", ("차이신", "财新")),
    # prefixes that are not part of the term
    ("사진 출처: 좌-런민일보(人民日报), 우-신화통신(新华通讯)", ("런민일보", "人民日报")),
    ("*출처: 칭화대학(清华大学)", ("칭화대학", "清华大学")),
    # Latin names, alone or with a Korean word
    ("올해 Lenovo(联想)는 신제품을 냈다.", ("Lenovo", "联想")),
    ("그리고 Haier 가전(海尔家电)은 성장했다.", ("Haier 가전", "海尔家电")),
    ("DJI Mini(大疆迷你)가 출시됐다.", ("DJI Mini", "大疆迷你")),
    # translations of whole words, one piece per word
    ("시장에서 클라우드 컴퓨팅(云计算)이 자랐다.", ("클라우드 컴퓨팅", "云计算")),
    # a word before that merely contains a reading (기 of 纪) does not block
    ("AI 반도체 기업 캠브리콘(寒武纪)이 상장했다.", ("캠브리콘", "寒武纪")),
    # a descriptor noun before a translated name is no part of it
    ("틱톡의 모회사 바이트댄스(字节跳动)가 발표했다.", ("바이트댄스", "字节跳动")),
    ("텐센트 산하 위챗페이(微信支付)가 성장했다.", ("위챗페이", "微信支付")),  # under, of
    ("관영 영자지 차이나데일리(中国日报)가 썼다.", ("차이나데일리", "中国日报")),
    ("국영 석유기업 시노펙(中国石化)이 밝혔다.", ("시노펙", "中国石化")),  # a compound's end
    # ... nor a word that says it is the state's, before a name (before a descriptor it is)
    ("중국 관영 글로벌타임스(环球时报)는 비판했다.", ("글로벌타임스", "环球时报")),
    ("중국 관영 매체(官方媒体)가 보도했다.", ("관영 매체", "官方媒体")),
    # ... but a descriptor noun glossed with its own word is a translation
    ("중국어로 회사(公司)라고 한다.", ("회사", "公司")),
    ("도시(城市) 인구가 늘었다.", ("도시", "城市")),
    ("그 나라의 수도(首都)는 크다.", ("수도", "首都")),  # the word's own translation
    # ... after a word whose particle happens to read the first character (의 of 医)
    ("그의 의사(医生)는 휴가 중이다.", ("의사", "医生")),
    # one syllable for two characters, after a word that ends in a particle: alone
    ("그는 술(白酒)을 마셨다.", ("술", "白酒")),
    ("텐센트 그룹(腾讯集团)이 발표했다.", ("텐센트 그룹", "腾讯集团")),
    # mixed: translation pieces next to read ones
    ("보고서는 바이두연구원(百度研究院)이 냈다.", ("바이두연구원", "百度研究院")),
    # the gloss after an abbreviation inside the bracket
    ("중국 인민은행(PBOC, 中国人民银行)이 발표했다.", ("중국 인민은행", "中国人民银行")),
    # function characters a Korean rendering drops (和)
    ("국가발전개혁위원회(国家发展和改革委员会)는", ("국가발전개혁위원회", "国家发展和改革委员会")),
    # syllables inside a word that no character explains (江 and 洲 are implied)
    ("장강삼각주(长三角) 지역", ("장강삼각주", "长三角")),
    # numbers read as numbers
    ("제2차 세계대전(第二次世界大戰)이 끝났다.", ("제2차 세계대전", "第二次世界大戰")),
    # a date name whose digits a middle dot joins, spaced or not
    ("그날 5·4 운동(五四運動)이 시작됐다.", ("5·4 운동", "五四運動")),
    ("해마다 3ㆍ1절(三一節)을 기념한다.", ("3ㆍ1절", "三一節")),
    # ... or a full stop, as Korean often writes them
    ("그해 5.4 운동(五四运动)이 일어났다.", ("5.4 운동", "五四运动")),
    ("대만의 2.28 사건(二二八事件)을 다룬다.", ("2.28 사건", "二二八事件")),
    # names a hyphen joins into one term (a translated piece may span it)
    ("이 계획은 광둥-홍콩-마카오 대만구(粤港澳大湾区)를 키운다.",
     ("광둥-홍콩-마카오 대만구", "粤港澳大湾区")),
    ("그 구간의 상하이-난징 고속도로(沪宁高速公路)가 막혔다.",
     ("상하이-난징 고속도로", "沪宁高速公路")),
    ("두 나라의 한-미 정상회담(韩美首脑会谈)이 열렸다.", ("한-미 정상회담", "韩美首脑会谈")),
    # ... a list one abbreviation glosses, its members joined by hyphens
    ("수도권의 베이징-톈진-허베이(京津冀) 협동발전.", ("베이징-톈진-허베이", "京津冀")),
    # a traditional gloss of a historical name, with a year as a note
    ("신해혁명(辛亥革命, 1911년)으로 청이 무너졌다.", ("신해혁명", "辛亥革命")),
    # compatibility ideographs as written in Korean texts (U+F914 樂)
    ("그곳은 낙원(\uf914園)이었다.", ("낙원", "\uf914園")),
    # a Korean company's legal form between the name and the gloss
    ("삼성전자(주)(三星電子)는 실적을 발표했다.", ("삼성전자", "三星電子")),
    # a bracket of Latin letters between: the name's other gloss
    ("회의는 난징(Nanjing)(南京)에서 열렸다.", ("난징", "南京")),
    ("㈜한화(韓火)는 투자를 늘렸다.", ("한화", "韓火")),
    # one Latin letter between characters is part of the name
    ("루쉰의 소설 아Q정전(阿Q正傳)을 읽었다.", ("아Q정전", "阿Q正傳")),
    # ... and a Latin word of two or more, which Korean writes as it is
    ("올해 중국 5G 네트워크(中国5G网络)가 넓어졌다.", ("중국 5G 네트워크", "中国5G网络")),
    ("새로 나온 샤오미 SU7 전기차(小米SU7电动车)가 팔렸다.",
     ("샤오미 SU7 전기차", "小米SU7电动车")),
    ("그 도시의 지역IT협동조합(地域IT協同組合)이 생겼다.", ("지역IT협동조합", "地域IT協同組合")),
    # labels in the bracket, a middle dot between a Latin name and the next label
    ("쇼핑몰 타오바오(영문명 Taobao·중국명 淘宝)가 컸다.", ("타오바오", "淘宝")),
    # a gloss written a character at a time, spaces between: the word without them
    ("표지에 상하이 (上 海) 라고 적혔다.", ("상하이", "上海")),
    # a model's name of several Latin words glued to the Chinese, written or spelt
    ("이 차는 우링훙광 MINI EV(五菱宏光MINI EV)다.", ("우링훙광 MINI EV", "五菱宏光MINI EV")),
    ("그는 샤오미 14 울트라(小米14 Ultra)를 샀다.", ("샤오미 14 울트라", "小米14 Ultra")),
    ("Redmi 13 Pro(红米13 Pro)가 나왔다.", ("Redmi 13 Pro", "红米13 Pro")),
    ("새 폰 화웨이 P80 Pro+(华为P80 Pro+)가 나왔다.", ("화웨이 P80 Pro+", "华为P80 Pro+")),
    # a company's legal or trade suffix that Korean leaves out
    ("전기차 회사 리샹(理想汽车)이 신차를 냈다.", ("리샹", "理想汽车")),
    ("배터리업체 궈쉬안(国轩高科)이 공장을 지었다.", ("궈쉬안", "国轩高科")),
    ("가전업체 거리(格力电器)가 에어컨을 팔았다.", ("거리", "格力电器")),
    ("통신장비 업체 화웨이(华为技术有限公司)가 발표했다.", ("화웨이", "华为技术有限公司")),
    ("관영 통신사 신화통신(新華通訊社)이 보도했다.", ("신화통신", "新華通訊社")),
    # ... where readings would take the suffix's first character for the name's
    # last syllable and leave the rest unexplained (a mix, less sure)
    ("제약사 헝루이(恒瑞医药)가 허가를 받았다.", ("헝루이", "恒瑞医药")),
    # a start-up is what the name is, no part of it
    ("인공지능 스타트업 딥시크(DeepSeek·深度求索)가 모델을 냈다.", ("딥시크", "深度求索")),
    # a descriptor after a modifier: what the name is, no part of it
    ("무인 택시 아폴로고(萝卜快跑)가 시내를 달린다.", ("아폴로고", "萝卜快跑")),
    # a name and its abbreviation joined by a dot: the name is the gloss
    ("인터넷정보판공실(互联网信息办公室·网信办)은 밝혔다.",
     ("인터넷정보판공실", "互联网信息办公室")),
    # ... or a comma
    ("그날 중국 공산당(中国共产党, 中共)이 생겼다.", ("중국 공산당", "中国共产党")),
    # ... and a province or city with the one character China names it by
    ("올해 상하이(上海·沪) 증시가 올랐다.", ("상하이", "上海")),
    ("매운 쓰촨(四川·川) 요리를 먹었다.", ("쓰촨", "四川")),
    # another way to write it, after "or", is no second term
    ("장수 오양(吳襄 또는 吳骧, ? ~ 1644년)이 싸웠다.", ("오양", "吳襄")),
    ("생성형 AI 챗봇 어니봇(文心一言)이 공개됐다.", ("어니봇", "文心一言")),
    ("휴머노이드 로봇 업체 유니트리(宇树科技)가 상장한다.", ("유니트리", "宇树科技")),
    ("검색 기업 바이두(百度公司)는 밝혔다.", ("바이두", "百度公司")),
    ("배터리 업체 BYD(比亚迪股份有限公司)가 늘었다.", ("BYD", "比亚迪股份有限公司")),
    ("가전 업체 하이얼(海尔集团控股有限公司)은", ("하이얼", "海尔集团控股有限公司")),
    # ... in either script
    ("대만 언론은 전기차 업체 샤오펑(小鵬汽車)을 다뤘다.", ("샤오펑", "小鵬汽車")),
    # ... and one Korean adds to the name its gloss leaves out
    ("온라인몰 징둥닷컴(京东)은 물류를 늘렸다.", ("징둥닷컴", "京东")),
    ("지주사 알리바바 그룹(阿里巴巴)이 밝혔다.", ("알리바바 그룹", "阿里巴巴")),
    # ... 자동차 after a name Mandarin sounds spell
    ("완성차 업체 지리자동차(吉利)가 밝혔다.", ("지리자동차", "吉利")),
    ("국유기업 이치자동차(一汽)는 훙치를 만든다.", ("이치자동차", "一汽")),
    # ... a state firm's 총공사 (总公司) after the name its gloss abbreviates
    ("국유기업 중국해양석유총공사(中海油)가 탐사한다.", ("중국해양석유총공사", "中海油")),
    # ... and 나라 glued to a state's one character (a dynasty)
    ("시인 두목은 당나라(唐) 말기에 살았다.", ("당나라", "唐")),
    ("그 무렵 청나라(清)는 개항했다.", ("청나라", "清")),
    # a noun made a modifier with 적 beside a translated piece (no 的 in the gloss)
    ("정부는 경제적 지원(经济援助)을 늘렸다.", ("경제적 지원", "经济援助")),
    ("양국은 전략적 동반자(战略伙伴) 관계를 맺었다.", ("전략적 동반자", "战略伙伴")),
    # a family name's reading (單 선), as the Xiongnu title 單于 선우 has it too
    ("수호지의 장수 선웅신(單雄信)은 용맹했다.", ("선웅신", "單雄信")),
    ("흉노의 군주 선우(單于)가 군사를 이끌었다.", ("선우", "單于")),
    # a place's division that Korean leaves out: the name read alone
    ("그는 항구 도시 칭다오(青岛市)에 도착했다.", ("칭다오", "青岛市")),
    ("그 회사는 허난(河南省)에 공장을 세웠다.", ("허난", "河南省")),
    ("대학들은 하이뎬(海澱區)에 모여 있다.", ("하이뎬", "海澱區")),
    ("당시 북경(北京市)의 인구는 많았다.", ("북경", "北京市")),
    # ... and the division Korean writes after a place its gloss names without one
    ("그는 후난성 창사(湖南长沙)에서 자랐다.", ("후난성 창사", "湖南长沙")),
    ("공장은 장쑤성 난징(江苏南京)에 있다.", ("장쑤성 난징", "江苏南京")),
    # a body's name in full that usage gives besides its short one (아세안, 유엔)
    ("그들은 동남아국가연합(东盟)과 협정을 맺었다.", ("동남아국가연합", "东盟")),
    ("국제연합(联合国) 총회가 열렸다.", ("국제연합", "联合国")),
    ("북대서양조약기구(北约)가 확대됐다.", ("북대서양조약기구", "北约")),
    # ... the longest the words before the bracket end with, a country's name in it
    ("중국중앙TV(CCTV·央视)가 보도했다.", ("중국중앙TV", "央视")),
    ("관영 중앙TV(央视)가 보도했다.", ("중앙TV", "央视")),
    ("관영 중국중앙TV(中央电视台)가 보도했다.", ("중국중앙TV", "中央电视台")),
    # ... not a translation of what is left: 超 of 超市 is no name
    ("그는 동네 슈퍼(超市)에 갔다.", ("슈퍼", "超市")),
    # the same term in both scripts is one gloss, not a list
    ("메신저 업체 텐센트(騰訊, 腾讯)는 성장했다.", ("텐센트", "騰訊")),
    # a Latin name, a middle dot, then the Chinese
    ("전기차 업체 비야디(BYD·比亚迪)는 말했다.", ("비야디", "比亚迪")),
    # a reading inside the bracket too: the word before it still reads the gloss
    ("교토에서 센차(전차, 煎茶)를 마셨다.", ("센차", "煎茶")),
    ("천문학자 심괄(송나라, 沈括)은 화석을 보았다.", ("심괄", "沈括")),
    # a language label before a translated gloss, and a title's English after it
    ("중국의 클라우드 컴퓨팅(중국어: 云计算) 시장", ("클라우드 컴퓨팅", "云计算")),
    ("영화 별빛(星光: Starlight)은 흥행했다.", ("별빛", "星光")),
    # the term and then its full form: one term, not a list
    ("그는 마카오(澳门, 澳门特别行政区)에서 일했다.", ("마카오", "澳门")),
    # ... or the short form and then the full one, which it abbreviates, a
    # label saying which name that is or not
    ("선전 기관 중앙선전부(中宣部, 中共中央宣传部)는 지침을 냈다.", ("중앙선전부", "中宣部")),
    ("그는 국안부(国安部, 정식 명칭 国家安全部)에 갔다.", ("국안부", "国安部")),
    # a term a middle dot joins, glossed without the dot
    ("그는 마르크스·레닌주의(马克思列宁主义)를 공부했다.", ("마르크스·레닌주의", "马克思列宁主义")),
    # one name in both scripts, joined by a middle dot: the name, not two
    ("원자바오(溫家寶·温家宝) 총리가 방문했다.", ("원자바오", "溫家寶")),
    # "etc." on both sides is no part of the term; a word ending in 等 is
    ("징둥 등(京东等) 플랫폼이 할인에 나섰다.", ("징둥", "京东")),
    ("그들은 남녀평등(男女平等)을 외쳤다.", ("남녀평등", "男女平等")),
    # a noun Kiwi alone takes for a verb's form (팔다: 판다), its particle after the bracket shows
    ("동물원에서 판다(熊猫)가 태어났다.", ("판다", "熊猫")),
    # the genitive 의 Korean adds between a term's words
    ("그는 중국의 꿈(中国梦)을 말했다.", ("중국의 꿈", "中国梦")),
    ("정부는 중국의 경제(中国经济)를 낙관했다.", ("중국의 경제", "中国经济")),
    # a modifier's ending Korean adds to a Sino-Korean word before the next one
    ("그는 중화민족의 위대한 부흥(中华民族伟大复兴)을 말했다.",
     ("중화민족의 위대한 부흥", "中华民族伟大复兴")),
    ("그는 신중한 태도(慎重态度)를 보였다.", ("신중한 태도", "慎重态度")),
    ("경제적인 가치(经济价值)를 따졌다.", ("경제적인 가치", "经济价值")),
    # a long loanword translating a short name
    ("그 회사는 마이크로소프트(微软)와 경쟁한다.", ("마이크로소프트", "微软")),
]


@pytest.mark.parametrize("text, expected", [
    # a particle after the bracket before belongs to the word it closes
    ("도읍 개경(開京)과 마음작용(心所)을 논했다.", ("마음작용", "心所")),
    ("도읍 개경［開京］과 마음작용［心所］을 논했다.", ("마음작용", "心所")),  # any closing bracket
    ("무장 다카우지(高氏)가 고다이고 천황(後醍醐天皇)에게 글을 올렸다.",
     ("고다이고 천황", "後醍醐天皇")),
])
def test_a_particle_after_a_bracket_is_no_part_of_the_next_term(
        text: str, expected: tuple[str, str]) -> None:
    assert pairs(text)[-1] == expected


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[p[1][1] for p in POSITIVE])
def test_finds_the_pair(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


NEGATIVE = [
    "대상에 대해 즐거운 정신적 느낌[喜受]이 생긴다.",  # a noun after 정신적: the gloss holds both
    "중국은 한 자녀 정책(独生子女政策)을 폐지했다.",  # 자녀 reads 子女 alone, not 独生子女
    "대(對)중국 수출이 늘었다.",  # a prefix Kiwi reads as part of a noun: its character tells
    "그는 반(反)나치 세력을 이끌었다.",
    "그는 전(前) 총리를 만났다.",  # a determiner a word apart
    "고(故) 김대중 대통령을 기렸다.",
    "1950년(民国三十九年)에 세워졌다.",  # a date
    "그들은 반(反)정부 시위를 벌였다.",  # a prefix glossed to show its character
    "그 정당은 친(親)기업 성향이다.",
    "그는 현(現)정부의 정책에 반대했다.",  # a determiner written onto its noun
    "정부는 탈(脫)원전 정책을 폈다.",
    "이 책은 상(上)권과 하(下)권으로 되어 있다.",  # a syllable of a common noun Kiwi knows
    "그는 월(月)요일에 왔다.",
    "목록은 상하이(上\n\n海)에서 끝난다.",  # a paragraph ends inside: no one gloss
    "제3조(定义) 이 법에서 쓰는 말의 뜻은",  # a heading, not a gloss
    "두 사람(习近平、李强)이 만났다.",  # a list of people
    "번호는 2·3(二三)이다.",  # digits alone are no term
    "협력기관:\n(中) 中国科学院\n(韩) 韩国科学技术院",  # country markers in Chinese text
    "[腾讯](https://example.com) 참조",  # a Markdown link label
    "자세한 내용은 [링크](https://example.com/北京)를 보라.",  # a link's address, Han in it
    "자료(www.gov.cn/上海)를 보라.",
    "회의 결과(会议结果表明，双方同意继续合作。)를 보라",  # a Chinese sentence
    "여기서는 한국(韓)의 사례를 본다.",  # one character hinting at meaning
    "방문단은 천 대사(陈刚)와 면담했다.",  # a surname and a title: no name translated
    # a descriptor singled out (the largest, the best known) means the name glossed
    "그곳은 세계 최대 드론 업체(大疆)의 공장이다.",
    "젊은 층은 대표적인 메신저(微信)로 연락한다.",
    # a descriptor whose Chinese word the gloss lacks stands for the name
    "그는 쇼핑 앱(拼多多)으로 주문했다.",
    "승객들은 차량 호출 서비스(滴滴)를 불렀다.",
    # a noun that says a name is given: the bracket gives the name
    "서점에서 책 제목(追风少年)만 보고 골랐다.",
    "식당 이름(老李饺子馆)이 간판에 적혀 있었다.",
    "그의 별명(小老虎)은 학교에서 붙었다.",
    "\n\n(*편집자 주: 量子点은 나노 입자다)",  # a note, nothing before it
    "형법 제250조(殺人罪)에 따르면",  # a heading after an article number
    "서기 1392년(太祖 1년)에",  # a reign year
    "중국 4대 은행(工农中建)이 발표했다.",  # 은 for 工农 and 행 for 中建: a word is no such string
    "선행 연구(李明, 2019)에 따르면 효과가 있다.",  # a citation: the author, not a translation
    "이 개념(王小平, 2021a: 15-17)은 널리 쓰인다.",
    "선행 연구(李明 2019)에 따르면 효과가 있다.",
    "옛사람은 하늘과 땅(天地)을 섬겼다.",  # the gloss covers both conjoined words
    "주인공 목소리는 사토 유키 (佐藤ゆき)가 맡았다.",  # kanji and kana: a Japanese name
    "그림 작가 다나카 하루(田中 ハル)가 참여했다.",  # so with a space between
    "소설가 가이토 레이(海冬 レイ)의 신작.",
    # a descriptor noun standing for the name its bracket gives
    "그 뒤 이 회사(小红书)는 상장을 준비했다.",  # after a demonstrative
    "당시 해당 업체(喜茶)의 매출이 늘었다.",
    "현지 기자(凤凰卫视)에게 밝혔다.",  # the gloss is an organization's name
    "회장(雷军)이 직접 나섰다.",  # a person's
    "TCL 회장(李东生)이 말했다.",
    "중국 최고 지도자(习近平)가 말했다.",  # a title of a leader
    "중국 남부의 항구 도시(广州)에 갔다.",  # a city's: no name of its own before it
    "중국 남부 도시(广州)에 갔다.",
    # after words that say which one (현지, 관영, 중국, 한): the bracket names the outlet
    "현지 언론(北京晚报)에 따르면 공장이 문을 닫았다.",
    "관영 통신(中新社)은 이렇게 전했다.",
    "중국 매체(界面新闻)가 먼저 보도했다.",
    "한 관계자(消息人士)는 말을 아꼈다.",
    "한 유통사 중국 법인(乐通玛特)이 문을 닫았다.",  # a company's branch, named by its gloss
    "그 제약사 현지 합작사(华康药业)가 세워졌다.",
    # a likeness: the gloss names one thing, the Korean another it is likened to
    "그는 중국판 인스타그램(小红书)을 쓴다.",
    "업계에서는 제2의 애플(小米科技)로 불린다.",
    # a Chinese label saying what the name is (a source, a credit), not the script
    "출처(来源: 中国日报网)",
    "사진(摄影: 人民图片)",
    # the gloss belongs to a Korean word inside the bracket, not to the one before it
    "의사는 눈 뒤(망막의 일부, 網膜)를 살폈다.",  # which does not read it
    "가수 하늘별(본명: 金夏娜)은 노래했다.",  # a label naming another name
    # one letter is a placeholder for a name withheld, no translation of it
    "업계에 따르면 A사(中国某公司)는 매출이 늘었다.",
    # a pronoun's gloss says whom the sentence means, as a dictionary would
    "그들(他们)은 어제 떠났다.",
    "우리는 여기(这里)에서 만났다.",
    "이것(这个)은 선물이다.",
    # one character's Mandarin sound inside a word: chance (두 of 모두 spells dū)
    "그날 손님들이 모두(都) 왔다.",
    # a note's label: the source of a figure, a picture's maker, a unit
    "중국 수입 증가(자료: 中国海关总署)",
    "중국 항구 물동량(资料来源：港口协会)",
    "중국 대표단 방문(사진 제공: 新华社)",
    "중국 GDP(단위: 亿元)",
    # a quantity: a multiple, a share, a fraction
    "수출이 두 배(两倍)로 늘었다.",
    "주민의 3분의 1(三分之一)이 떠났다.",
    # a credit: the source or the photographer a label names
    "출처(新华通讯社)에 따르면 수출이 늘었다.",
    "사진 제공(新华社)",
    # a kin's or an aide's word for the person the gloss names
    "그의 아내(彭丽媛)는 가수였다.",
    "그의 측근(王沪宁)이 말했다.",
    "중국의 수도(北京)는 인구가 많다.",  # the genitive's capital, which the name names
    # ... and without the genitive: a home town or a head office the name names
    "그는 오랜만에 고향(苏州)으로 내려갔다.",
    "올해 본사(深圳)를 옮긴다.",
    "그녀는 남편(张伟)과 함께 왔다.",
    # one syllable for a word of the gloss, after a bare noun: the phrase's last word alone
    "그는 다음 날(次日) 떠났다.",
    # an English name whose surname spells none of the Chinese name (재키 찬(成龍)
    # is a pair only as the tables give it)
    "홍콩 배우 토미 찬(梁家輝)이 왔다.",
    # a Latin word inside the gloss that the Korean does not write: part of it unexplained
    "올해 중국 통신 네트워크(中国5G网络)가 넓어졌다.",
    # ... or that leaves out a model's words the gloss ends with
    "그는 샤오미 14(小米14 Ultra)를 샀다.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_refuses_what_is_not_a_gloss(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("사신은 통역관 [[최하랑]](崔夏朗)과 함께 왔다.", [("최하랑", "崔夏朗")]),
    # a link whose text is not its target: the words shown are glossed
    ("그는 [[하늘 강|은하수]](銀河水)를 보았다.", [("은하수", "銀河水")]),
    ("그는 [[상하이]] (上海)에 갔다.", [("상하이", "上海")]),
    ("그는 ]](上海)에 갔다.", []),  # no link opens
    # a word in square brackets
    ("그의 아호는 [송운](松雲)이다.", [("송운", "松雲")]),
    # ... but not one glued to the word before, which marks it (a wiki's edit link)
    ("중국 경제[편집](中国经济)", []),
    # a Markdown link in a plain-text file: its words, not its address
    ("창업자 [마윈](https://ko.wikipedia.org/wiki/마윈)(馬雲)은 말했다.", [("마윈", "馬雲")]),
    ("회의는 [상하이](#상하이)(上海)에서 열렸다.", [("상하이", "上海")]),
])
def test_a_wiki_link_left_in_plain_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    for pair in mine(text):
        assert text[pair.term_start : pair.term_end] == pair.ko


@pytest.mark.parametrize("text", [
    "회의는 상하이[上海](상해)에서 열렸다.",  # a note after the gloss, no link's target
    "회의는 상하이[上海](Shanghai)에서 열렸다.",
])
def test_a_square_gloss_before_a_bracket_is_no_link_without_an_address(text: str) -> None:
    assert pairs(text) == [("상하이", "上海")]


@pytest.mark.parametrize(("text", "expected"), [
    # a word listing the states the gloss opens with is part of the Latin name
    ("올해 한중 FTA(中韩自由贸易协定)가 발효됐다.", [("한중 FTA", "中韩自由贸易协定", "mixed")]),
    ("올해 FTA(自由贸易协定)가 발효됐다.", [("FTA", "自由贸易协定", "latin")]),
    ("양국 관계 FTA(中韩自由贸易协定)가 논의됐다.", [("FTA", "中韩自由贸易协定", "latin")]),
])
def test_states_before_a_latin_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names the tables give in several words, spaced or not: the whole name
    ("교역국 남아프리카 공화국(南非)과 교역했다.", [("남아프리카 공화국", "南非", "translation")]),
    ("교역국 남아프리카공화국(南非)과 교역했다.", [("남아프리카공화국", "南非", "translation")]),
    ("그는 주요 20개국(二十国集团) 회의에 갔다.", [("주요 20개국", "二十国集团", "translation")]),
    ("선교사 마테오 리치(利瑪竇)가 베이징에 왔다.", [("마테오 리치", "利瑪竇", "translation")]),
    # ... in one word too, where pieces split it (元 메타 + 宇宙 버스), digits and all
    ("데이터 시장과 메타버스(元宇宙)", [("메타버스", "元宇宙", "translation")]),
    ("코로나19(新冠肺炎)가 확산됐다.", [("코로나19", "新冠肺炎", "translation")]),
    # ... and not the end of a longer word, nor part of the name alone
    ("선교사 리치(利玛窦)가 왔다.", [("리치", "利玛窦", "translation")]),
    # ... and a name read in part is the name the tables give, no mix
    ("프랑스 마크롱(马克龙) 대통령이 왔다.", [("마크롱", "马克龙", "translation")]),
])
def test_a_name_the_tables_give_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


def test_the_tables_give_each_name_one_korean_name_whichever_table_holds_it() -> None:
    # another_known_name and a piece's check ask tabled_name alone, whichever
    # table (people, firms, places, words) holds the name.
    from glossary.mining.tabled import TABLES, tabled_name
    from glossary.text.places import names_table

    given: dict[str, str] = {}
    for table in TABLES:
        for chinese, korean in names_table(table).items():
            assert given.setdefault(chinese, korean.replace(" ", "")) == korean.replace(" ", "")
            assert tabled_name(chinese) == korean.replace(" ", ""), chinese
    assert tabled_name("華為") == tabled_name("华为") == "화웨이"


def test_each_place_in_china_the_table_lists_is_mined_from_its_korean_name() -> None:
    # The table names places Korean reads: its names are readings (or another
    # name usage gives), and no other table names the place otherwise.
    from glossary.text.places import CHINESE_PLACES, PLACE_TABLES, names_table

    others = {name for table in PLACE_TABLES for name in names_table(table)}
    for chinese, korean in names_table(CHINESE_PLACES).items():
        assert chinese not in others, chinese
        assert pairs(f"그들은 {korean}({chinese})에 갔다.") == [(korean, chinese)], chinese


def test_a_word_kiwi_does_not_know_ending_a_line_is_a_noun() -> None:
    # alone, Kiwi reads 어니봇 as an interjection and a determiner: a list's
    # line, a table's cell or a text ending with the bracket still gives the pair
    text = "- 어니봇(文心一言)\n- 퉁이첸원(通义千问)\n| 판구(盘古) | 화웨이 |\n어니봇(文心一言)"
    assert pairs(text) == [("어니봇", "文心一言"), ("퉁이첸원", "通义千问"), ("판구", "盘古"),
                           ("어니봇", "文心一言")]
    # ... and so does a list's item, before a colon, a comma or a slash
    assert pairs("어니봇(文心一言): 바이두의 챗봇") == [("어니봇", "文心一言")]
    assert pairs("사진: 어니봇(文心一言). 바이두 제공") == [("어니봇", "文心一言")]
    assert pairs("어니봇(文心一言), 판구(盘古)") == [("어니봇", "文心一言"), ("판구", "盘古")]
    # ... where a verb's form ending a line stays no term
    assert pairs("그는 말했다(他说)\n그녀는 좋아한다(喜欢). 그는 웃었다(笑).") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a noun that says when begins no translated name after it
    ("이후 어니봇(文心一言)은 널리 쓰였다.", [("어니봇", "文心一言", "translation")]),
    ("당시 티몰 슈퍼(天貓超市)가 문을 열었다.", [("티몰 슈퍼", "天貓超市", "translation")]),
    ("최근 어니봇(文心一言)이 나왔다.", [("어니봇", "文心一言", "translation")]),
    # ... nor takes a reading's place
    ("당시 왕웨이(王伟)는 떠났다.", [("왕웨이", "王伟", "transliteration")]),
])
def test_a_time_noun_is_no_part_of_a_term(text: str, expected: list[tuple[str, str, str]]
                                          ) -> None:
    assert kinded(text) == expected


def test_a_quoted_word_is_read_with_the_particle_after_the_quote() -> None:
    # the bracket ends the quote: 을 after the closing mark is 퉁이첸원's particle,
    # and a quote ending a line is a line's end
    assert pairs("바이두는 챗봇 '어니봇(文心一言)'을 내놓았다.") == [("어니봇", "文心一言")]
    assert pairs("알리바바의 “퉁이첸원(通义千问)”, 바이두의 《어니봇(文心一言)》") == [
        ("퉁이첸원", "通义千问"), ("어니봇", "文心一言")]
    # ... and a quoted verb's form stays no term
    assert pairs("그는 '좋아한다(喜欢)'고 말했다.") == []


def test_a_common_chinese_word_is_no_japanese_name_for_sounding_like_one() -> None:
    # 리오토 spells kana and り opens 理, but 理想 is a word Chinese writes often
    assert kinded("전기차 업체 리오토(理想)가 신차를 냈다.") == [("리오토", "理想", "translation")]
    assert kinded("마을 도키와촌(常磐村)의 인구") == [("도키와촌", "常磐村", "japanese")]


def test_a_translation_the_tables_give_is_as_sure_as_they_are() -> None:
    # the tables name 微信 위챗 and 默克尔 메르켈: a pair they confirm stands above the check's 0.9
    found = mine_document("메신저 위챗(微信)을 쓰는 독일 총리 메르켈(默克尔)", "t").pairs
    assert [(p.ko, p.zh, p.confidence) for p in found] == [
        ("위챗", "微信", 0.99), ("메르켈", "默克尔", 0.99)]
    # ... and so do the words Korean says its own way, taken whole when in several words
    assert [(p.ko, p.zh, p.confidence) for p in mine_document(
        "중국의 배달 음식(外卖) 시장과 메타버스(元宇宙)", "t").pairs] == [
        ("배달 음식", "外卖", 0.99), ("메타버스", "元宇宙", 0.99)]
    # ... where one they do not name stays a translation nothing verifies
    assert [p.confidence for p in mine_document("소설 인생(活着)을 읽었다.", "t").pairs] == [0.87]


@pytest.mark.parametrize(("text", "expected"), [
    # a descriptor before a name nothing reads: what the name is, no part of it
    ("그는 제약사의 백신 코로나백(克尔来福)을 맞았다.", [("코로나백", "克尔来福", "translation")]),
    ("어린이 만화 드래곤볼(七龙珠)을 봤다.", [("드래곤볼", "七龙珠", "translation")]),
    # ... but before a common noun, a compound the gloss translates word by word
    ("정부는 백신 여권(疫苗护照)을 도입했다.", [("백신 여권", "疫苗护照", "translation")]),
    ("중국의 게임 회사(游戏公司)들이 상장했다.", [("게임 회사", "游戏公司", "translation")]),
    ("중국 영화 산업(电影产业)이 커졌다.", [("영화 산업", "电影产业", "mixed")]),
    # ... and a descriptor jieba's places share a tag with translates a common noun
    ("도시(城市)가 커졌다.", [("도시", "城市", "translation")]),
])
def test_a_descriptor_or_a_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun that says what kind of thing is named stands for the name, no translation
    ("그는 한 권의 책(论语)을 샀다.", []),
    ("어느 식당(全聚德)에서 오리를 먹었다.", []),
    ("선생님(李老师)께서 말씀하셨다.", []),
    # ... nor is a word that says which one (한, 그) a Westerner's name before it
    ("한 기업(华为)이 성장했다.", []),
    # ... and before the name it is cut off, as other descriptors are
    ("책 삼체(三体)를 샀다.", [("삼체", "三体", "sino-korean")]),
    ("다산 정약용 선생(丁若鏞)의 글", [("정약용", "丁若鏞", "sino-korean")]),
    # ... while a gloss that is a common word translates it
    ("식당(饭馆)에 갔다.", [("식당", "饭馆", "translation")]),
    ("선생님(老师)께 인사했다.", [("선생님", "老师", "translation")]),
    # ... and one singled out stands for the name as well
    ("중국 최대 명절(春节)에 귀성객이 몰렸다.", []),
    ("명절(节日)에는 고향에 간다.", [("명절", "节日", "translation")]),
    # a kind of place before a place's name describes it
    ("우리는 호수(洱海)를 바라보았다.", []),
    ("관광객이 거리(王府井)를 걸었다.", []),
    # ... while the word for the kind, which it reads from the first character, stays
    ("이 지역에는 호수(湖泊)가 많다.", [("호수", "湖泊", "translation")]),
])
def test_a_noun_of_a_kind_before_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known name spelt in Mandarin sounds that the gloss's readings do not explain
    # transliterates other characters: the gloss names something else, no translation
    ("베이징(上海)에서 회의가 열렸다.", []),
    ("시진핑(李克强) 총리가 말했다.", []),
    ("광저우(深圳)는 남쪽에 있다.", []),
    ("마윈(马化腾)이 창업했다.", []),
    # ... and so does a word Kiwi does not know, for a gloss jieba takes for a name:
    # Korean spells nothing but a name in Mandarin sounds
    ("간쑤(陝西)에서 회의가 열렸다.", []),
    ("구이양(昆明)에서 회의가 열렸다.", []),
    # ... and a known name that reads the gloss only near (상 is no standard spelling of
    # 山's shan, 징 none of 金's jin): it spells other characters exactly
    ("상하이(山海)에서 회의가 열렸다.", []),
    ("베이징(北金)에서 회의가 열렸다.", []),
    ("산하이(山海)에서 회의가 열렸다.", [("산하이", "山海", "transliteration")]),
    ("텐안먼(天安门) 광장에 모였다.", [("텐안먼", "天安门", "transliteration")]),
    # ... and a syllable no name is written in (에이 of 诶, an interjection) spells none:
    # 에이서 is Acer's name, no Mandarin sounds
    ("대만 업체 에이서(宏碁)가 노트북을 냈다.", [("에이서", "宏碁", "translation")]),
    # ... and a Chinese person's name in Mandarin sounds of another family name, for a
    # person's name jieba knows: it names another person, whatever its syllables
    ("왕샤오밍(李强)이 말했다.", []),
    ("양나이민[李强, 부총경리]이 발표했다.", []),
    ("류더화(刘德华)의 노래.", [("류더화", "刘德华", "transliteration")]),
    # ... or for any gloss of as many characters, none of which it reads (jieba
    # knows 全红婵 as no name): a name is read, never translated
    ("다이빙 천위자(全红婵)가 우승했다.", []),
    ("다이빙 왕린(全红婵)이 우승했다.", []),  # or fewer: two syllables for three
    ("다이빙 천위자(陈雨佳)가 우승했다.", [("천위자", "陈雨佳", "transliteration")]),
    # ... but two characters may write a name of another language, its own sounds in Korean
    ("그 부족의 안친(斡陳)이 왔다.", [("안친", "斡陳", "translation")]),
    # ... or a Japanese family name in its Japanese reading (다나카 is 田中's), while a
    # Western given name may be the person's own (잭슨, Jackson Wang)
    ("다나카(李强)가 회의에 참석했다.", []),
    ("다나카(本田)가 회의에 참석했다.", []),  # ... or for another Japanese family name
    ("스즈키(岸田文雄) 총리가 말했다.", []),
    ("혼다(本田)가 회의에 참석했다.", [("혼다", "本田", "japanese")]),
    # ... or the Mandarin spelling of another person jieba's dictionary holds
    ("시진핑(李强) 총리가 말했다.", []),
    ("마화텅(马云)이 회의에 참석했다.", []),
    # ... before a title too, however alike they sound; nor is a title a person's name
    ("리창 총리(习近平)가 연설했다.", []),
    ("마오닝 외교부 대변인(汪文斌)이 연설했다.", []),  # 마오 spells 毛, another family name
    ("시진핑 주석(李强)이 연설했다.", []),
    ("왕이 외교부장(秦刚)이 연설했다.", []),
    ("시진핑 주석(习近平)이 연설했다.", [("시진핑", "习近平", "transliteration")]),
    ("링컨 대통령(林肯)이 연설했다.", [("링컨", "林肯", "translation")]),
    # ... nor is a place said where a clause or a particle leaves it, before a noun
    ("상하이에 있는 회사(上海)에서 일한다.", []),
    ("베이징에 사는 친구(北京)를 만났다.", []),
    ("상하이의 회사(上海)에서 일한다.", []),
    ("사토(王小明)가 회의에 참석했다.", []),
    ("사토(佐藤)가 회의에 참석했다.", [("사토", "佐藤", "japanese")]),
    # ... and a name Kiwi knows for a person or place whose reading Kiwi knows as another
    ("시진핑(北京)에서 회의가 열렸다.", []),
    ("베이징(习近平) 주석이 말했다.", []),
    ("양쯔강(长江)은 길다.", [("양쯔강", "长江", "translation")]),
    # ... nor a piece of it, before a unit the gloss's last character reads (福建 is 푸젠)
    ("광둥성(福建省)의 경제가 성장했다.", []),
    ("광둥성(广东省)의 경제가 성장했다.", [("광둥성", "广东省", "transliteration")]),
    # ... and a place's Mandarin spelling for another place, whole or before a unit,
    # whether or not Kiwi knows the name (간쑤 spells 甘肃, 저장 浙江, 허난 河南)
    ("간쑤성(陕西省) 출신의 화가다.", []),
    ("허난성(河北省)의 밀밭이 넓다.", []),
    ("저장(江苏) 출신의 화가다.", []),
    ("광둥성 광저우시(广东省深圳市)에 공장을 세웠다.", []),
    # ... even where it reads the gloss but for a syllable (구 for 九, 저우 for 州, 이 left
    # over): 구이저우 is 贵州's spelling, neither a reading nor a name in full of 九州
    ("그 화석은 구이저우(九州) 남부에서 나왔다.", []),
    ("그 화석은 구이저우(贵州) 남부에서 나왔다.", [("구이저우", "贵州", "transliteration")]),
    # ... and a common noun for a name of the gloss, beside a character it reads: the
    # kind of firm (통신 of 통신사, a news agency) is no translation of its name 新华
    ("국영 통신사(新华社)가 전했다.", []),
    ("신화통신(新华社)이 전했다.", [("신화통신", "新华社", "mixed")]),
    # (a word that reads a character of a name's piece in place translates it: 보안 of
    # 보안법 for 国安, 안 reading 安, the law's short name)
    ("홍콩 보안법(香港国安法)이 시행됐다.", [("홍콩 보안법", "香港国安法", "mixed")]),
    # ... and a firm's or person's name the tables give, among the term's words, for a
    # gloss sharing none of its characters: the term names another's product or office
    ("바이두 지도(高德地图)로 길을 찾았다.", []),
    ("텐센트 클라우드(阿里云)에 자료를 올렸다.", []),
    ("트럼프 행정부(拜登政府)가 발표했다.", []),
    ("구글 지도(谷歌地图)로 길을 찾았다.", [("구글 지도", "谷歌地图", "mixed")]),
    ("바이든 행정부(拜登政府)가 발표했다.", [("바이든 행정부", "拜登政府", "mixed")]),
    # ... or a country's or place's name among them for a piece of the gloss that is none
    # of its characters nor a short form of them (a Mandarin spelling of three syllables
    # or more: one for characters sharing none of the places it spells)
    ("중국 정부(美国政府)가 발표했다.", []),
    ("일본 대사관(韩国大使馆) 앞에서 모였다.", []),
    ("베이징 대학(清华大学) 교수가 말했다.", []),
    ("미국 정부(美政府)가 발표했다.", [("미국 정부", "美政府", "mixed")]),
    ("일본군(日军)이 진격했다.", [("일본군", "日军", "mixed")]),
    ("부칸(副汗)에 올랐다.", [("부칸", "副汗", "mixed")]),  # 칸, a khan, spells 戛纳 too
    ("한국전쟁(朝鲜战争) 때 태어났다.", [("한국전쟁", "朝鲜战争", "translation")]),  # tabled
    # ... and a translation opening with the name of a country other than the gloss's
    ("중국 외교부(美国国务院)가 발표했다.", []),
    ("미국 국무부(美国国务院)가 발표했다.", [("미국 국무부", "美国国务院", "mixed")]),
    ("간쑤성(甘肃省) 출신의 화가다.", [("간쑤성", "甘肃省", "transliteration")]),
    ("하얼빈시(哈尔滨市)의 얼음 축제.", [("하얼빈시", "哈尔滨市", "transliteration")]),
    ("마카오(澳门)의 밤거리.", [("마카오", "澳门", "translation")]),
    # ... and so does a name the tables give to other characters
    ("알리바바(腾讯)는 게임 회사다.", []),
    ("트럼프(拜登) 대통령이 말했다.", []),
    # ... or a name Kiwi knows, other than the one the tables give the gloss's firm
    ("엘지(华为)가 신형 단말기를 내놓았다.", []),
    ("남한(朝鲜)의 미사일 발사가 이어졌다.", []),  # the tables call 朝鲜 북한
    ("북한(朝鲜)의 미사일 발사가 이어졌다.", [("북한", "朝鲜", "translation")]),
    # ... or any word but a name the tables give a firm, known to Kiwi or not: a
    # firm's name has no translation but its names
    ("디디추싱(美团)이 실적을 발표했다.", []),
    ("위챗페이(支付宝)로 결제했다.", []),
    ("리오토(理想汽车)가 신차를 내놓았다.", [("리오토", "理想汽车", "translation")]),
    ("햄버거 체인 맥도널드(麦当劳)의 매장", [("맥도널드", "麦当劳", "translation")]),
    # ... a film star's English name, the tables' other one (a given name
    # before the surname, no title beside it), where readings spell the first
    # ... Vietnam's places and its last dynasty, as Vietnamese names them
    ("베트남의 응우옌 왕조(阮朝)는 후에(顺化)에 도읍했다.",
     [("응우옌 왕조", "阮朝", "translation"), ("후에", "顺化", "translation")]),
    ("배우 재키 찬(成龙)이 내한했다.", [("재키 찬", "成龙", "translation")]),
    ("배우 제트 리(李连杰)가 출연했다.", [("제트 리", "李连杰", "translation")]),
    ("배우 성룡(成龍)이 내한했다.", [("성룡", "成龍", "sino-korean")]),
    ("배우 청룽(成龙)이 내한했다.", [("청룽", "成龙", "transliteration")]),
    ("애플사(苹果公司)의 주가가 올랐다.", [("애플사", "苹果公司", "translation")]),
    ("삼성 그룹(阿里巴巴集团)이 발표했다.", []),  # ... nor of the group it leads
    # ... nor is a note of where a place of old lies today (a word for now before
    # today's name) a translation of the old name
    ("연경(今北京)은 원나라의 도읍이었다.", []),
    ("한성(今首尔)에 도읍을 정했다.", []),
    ("오늘(今天)은 맑다.", [("오늘", "今天", "translation")]),
    ("이마가와촌(今川村)에서 태어났다.", [("이마가와촌", "今川村", "japanese")]),
    ("알리바바 그룹(阿里巴巴集团)이 발표했다.", [("알리바바 그룹", "阿里巴巴集团", "mixed")]),
    # ... or a word the tables give other characters, read in part (한국어 is 韩语)
    ("그는 한국어(汉语)를 배운다.", []),
    ("그는 중국어(汉语)를 배운다.", [("중국어", "汉语", "translation")]),
    # ... or a word the tables do not give a country or a city they name
    ("그 나라는 대국(中国)으로 성장했다.", []),
    ("그들은 네덜란드(荷兰)로 갔다.", [("네덜란드", "荷兰", "translation")]),
    # ... or a word of its own for a place in China, which Korean names by a reading
    ("우리는 남쪽 휴양지(三亚)에서 쉬었다.", []),
    ("그 고도(西安)에는 병마용이 있다.", []),
    ("그는 명산(黄山)에 올랐다가 바닷가 도시(青島市)로 갔다.", []),
    ("그는 휴양 도시(三亚市)에 머물렀다.", []),  # 도시 reads only 市
    ("그 뒤 싼야(三亚)와 서안(西安)에 들렀다.", [("싼야", "三亚", "transliteration"),
                                             ("서안", "西安", "sino-korean")]),
    ("내몽골(内蒙古) 초원", [("내몽골", "内蒙古", "mixed")]),
    ("무역항 아모이(廈門)", [("아모이", "廈門", "translation")]),
    ("오아시스 도시 카슈가르(喀什)의 시장", [("카슈가르", "喀什", "translation")]),
    ("관광객이 명소(故宫)로 몰렸다.", []),  # ... a sight, too
    ("그들은 만리장성(长城)과 고궁(故宫)을 봤다.", [("만리장성", "长城", "translation"),
                                                ("고궁", "故宫", "sino-korean")]),
    # ... and read as Chinese reads it, if near, not in Japanese (天 てん)
    ("그는 텐진(天津)으로 떠났다.", [("텐진", "天津", "transliteration")]),
    # ... nor the place a gloss opens with, spelt so (a Japanese village's name stays)
    ("텐진항(天津港)에서 사고가 났다.", [("텐진항", "天津港", "transliteration")]),
    ("그 마을 아마쓰촌(天津村)은 작다.", [("아마쓰촌", "天津村", "japanese")]),
    ("화가 와다(和田)가 그렸다.", [("와다", "和田", "japanese")]),
    ("도널드 트럼프(特朗普)가 당선됐다.", [("트럼프", "特朗普", "translation")]),
    # ... while the right gloss, another form of it, or a common word stays
    ("리커창(李克强) 총리가 말했다.", [("리커창", "李克强", "transliteration")]),
    ("러시아(俄国)의 차르", [("러시아", "俄国", "translation")]),
    ("가수 잭슨(王嘉尔)이 솔로 활동을 한다.", [("잭슨", "王嘉尔", "translation")]),  # a given name
    ("구글(谷歌公司)이 진출했다.", [("구글", "谷歌公司", "translation")]),
    ("나비(蝴蝶)가 날아갔다.", [("나비", "蝴蝶", "translation")]),
    # ... and a gloss of a surname and a title, its syllables taken for the title
    ("시진핑(习主席)이 말했다.", []),
    ("마윈(马老师)은 은퇴했다.", []),
    ("리커창(李总理)이 말했다.", []),
    # ... while a word read in Sino-Korean translates its last character
    ("그는 한국어(韩国话)를 배운다.", [("한국어", "韩国话", "mixed")]),
    # ... and a person's name that shares the gloss's surname alone: a given name
    # is never translated, in Mandarin sounds or read in part
    ("왕치산(王沪宁) 상무위원이 참석했다.", []),
    ("장쩌민(江青)의 연설", []),
    ("김정은(金正日) 위원장이 말했다.", []),
    ("김정은(金与正) 부부장이 말했다.", []),  # 与 of a name is no conjunction to drop
    ("김여정(金与正) 부부장이 말했다.", [("김여정", "金与正", "sino-korean")]),
    # ... while the right name, or a surname and a title, stays
    ("김정은(金正恩) 위원장이 말했다.", [("김정은", "金正恩", "sino-korean")]),
    # ... nor another person's name that Kiwi knows, read in Sino-Korean (毛澤東's)
    ("모택동(胡錦濤)은 혁명가였다.", []),
    ("등소평(江澤民)의 개혁", []),
    ("모택동(毛澤東)은 혁명가였다.", [("모택동", "毛澤東", "sino-korean")]),
    ("김사장(金社长)이 왔다.", [("김사장", "金社长", "sino-korean")]),
    # ... nor does a word read whole but one syllable inside it, a misreading
    ("회장 정양수(鄭英洙)가 취임했다.", []),
    ("회장 장영수(鄭英洙)가 취임했다.", []),
    ("회장 정영수(鄭英洙)가 취임했다.", [("정영수", "鄭英洙", "sino-korean")]),
    # ... nor a Korean's name read but its last syllable: another person's
    ("부회장 이재명(李在镕)이 방문했다.", []),
    ("위원장 김정일(金正恩)이 참석했다.", []),
    ("부회장 이재용(李在镕)이 방문했다.", [("이재용", "李在镕", "sino-korean")]),
    # ... while an idiom Korean says its own way stays
    ("새옹지마(塞翁失马)라는 말이 있다.", [("새옹지마", "塞翁失马", "mixed")]),
    # ... and so does a word of the gloss Korean says its own way, its head translated
    ("국제원자력기구(国际原子能机构)가 사찰했다.",
     [("국제원자력기구", "国际原子能机构", "mixed")]),
    # ... nor is a word of two syllables the translation of an idiom of four
    ("경제가 안정적으로 성장(稳中求进)하고 있다.", []),
    ("기우(杞人忧天)에 불과하다.", [("기우", "杞人忧天", "mixed")]),  # 杞 read: a mix stays
    # ... nor a name spelt in Mandarin sounds but one syllable, another sound
    ("배우 왕샤오쥔(王小明)이 출연했다.", []),
    ("가수 장웨이쭤(张伟洲)가 노래했다.", []),
    ("배우 왕샤오밍(王小明)이 출연했다.", [("왕샤오밍", "王小明", "transliteration")]),
    # ... nor a name spelt in Mandarin sounds with a sound more inside it (李克强's)
    ("리커창(李强) 총리가 말했다.", []),
    ("리창(李强) 총리가 말했다.", [("리창", "李强", "transliteration")]),
    # ... while a Sanskrit name read in part stays
    ("쿠마라지바(鳩摩羅什)가 경전을 옮겼다.", [("쿠마라지바", "鳩摩羅什", "mixed")]),
    # ... while a name from another language than Mandarin stays
    ("오이라트(瓦剌)는 몽골계 부족이다.", [("오이라트", "瓦剌", "mixed")]),
    # ... nor another place's name with the gloss's suffix read (산둥 is 山东)
    ("그는 산둥성(山西省) 출신이다.", []),
    ("그는 허베이성(河南省) 출신이다.", []),
    ("그는 산시성(山西省) 출신이다.", [("산시성", "山西省", "transliteration")]),
    # ... nor a name Kiwi knows in Sino-Korean syllables, one for each character of a name
    # jieba knows, reading none: it reads another's characters (충주 is 忠州's), unless it
    # spells them in Japanese (에도 for 江戶)
    ("그 마을의 충주 고택(槐山古宅)을 찾았다.", []),
    ("그 마을의 충주 고택(忠州古宅)을 찾았다.", [("충주 고택", "忠州古宅", "sino-korean")]),
    ("에도 막부(江戶幕府)가 세워졌다.", [("에도 막부", "江戶幕府", "mixed")]),
    # ... nor is a Japanese surname or given name alone a name in full
    ("배우 기무라(木村拓哉)가 출연했다.", []),
    ("감독 구로사와(黒澤明)의 영화", []),
    ("기무라 다쿠야(木村拓哉)가 출연했다.", [("기무라 다쿠야", "木村拓哉", "japanese")]),
    # ... while a place without its prefecture or metropolis stays
    ("오사카(大阪府)에 산다.", [("오사카", "大阪府", "japanese")]),
    ("도쿄(東京都)에 산다.", [("도쿄", "東京都", "japanese")]),
    # ... while a name translated in a word of its own stays (위구르 for 维吾尔)
    ("신장위구르자치구(新疆维吾尔自治区)의 문제", [
        ("신장위구르자치구", "新疆维吾尔自治区", "mixed")]),
    # a name's one-character abbreviation glosses the whole name, not its last syllable
    ("베이징(京)과 톈진(津)을 잇는 철도", []),
    # ... nor does a word Kiwi knows whole end in a suffix its gloss gives
    ("이 글자(字)는 어렵다.", []),
    ("효소군(群)이 있다.", [("군", "群", "sino-korean")]),
    # ... nor do readings that start inside a word go on past it, or cut a common noun
    # the word opens with: the gloss means the whole word
    ("어제 비행기 표(机票)를 예매했다.", []),
    ("어제 비행기표(机票)를 예매했다.", []),
    # ... while a given name glossed alone after the family name stays
    ("그는 판서 박동호(東浩)의 손자다.", [("동호", "東浩", "sino-korean")]),
    ("시진핑 총서기(书记)가 왔다.", [("서기", "书记", "sino-korean")]),
])
def test_a_gloss_of_other_characters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


def test_latin_ending_a_korean_word_is_no_name_of_its_own() -> None:
    assert ("TV", "中央电视台") not in pairs("뉴스는 중국중앙TV(中央电视台)에서 봤다.")


@pytest.mark.parametrize(("text", "expected"), [
    # a gloss that opens with a pronoun the words leave out says more than they do
    ("그녀의 남편(她的丈夫)은 교사였다.", []),
    ("그들의 고향(他们的家乡)은 멀다.", []),
    # ... and words that render it say whose, as a sentence does: no term either
    ("우리 학교(我们学校)는 크다.", []),
])
def test_a_pronoun_in_the_gloss(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a modifier of Korean's own translates the gloss's first characters, the rest read
    ("지도부는 새 시대(新时代)를 선언했다.", [("새 시대", "新时代", "mixed")]),
    ("도시에 큰 변화(大变化)가 왔다.", [("큰 변화", "大变化", "mixed")]),
    ("구호는 아름다운 중국(美丽中国)이었다.", [("아름다운 중국", "美丽中国", "mixed")]),
    # (the gloss covers more than the words read: the term is not 정책 alone)
    ("그는 새로운 정책(新政策)을 발표했다.", [("새로운 정책", "新政策", "mixed")]),
    # ... not a determiner that points, nor a noun made a modifier with 하다
    ("그는 이 중국(这个中国)을 사랑했다.", []),
    # ... nor one that points before a gloss that points too: a reference, no term
    ("이번 조치(此次措施)로 수출이 줄었다.", []),
    ("그는 이번 회의(此次会议)에서 발언했다.", []),
    ("해당 기업(该企业)은 답하지 않았다.", []),
    # ... or one that says whose before a gloss that opens with a pronoun: no term either
    ("우리 회사(我们公司)는 성장했다.", []),
    ("저희 제품(我们的产品)을 사세요.", []),
    ("우리 측(我方)은 반대했다.", []),  # not 측 for all of 我方
    ("우리나라(我国)의 경제는 성장했다.", [("우리나라", "我国", "translation")]),  # one word
    ("중국 측(中方)은 반대했다.", [("중국 측", "中方", "translation")]),
    # ... unless title marks set the words apart: a work's title
    ("《내 사랑의 별들》(我的爱与星辰)은 드라마다.",
     [("내 사랑의 별들", "我的爱与星辰", "translation")]),
    ("설계상 투하가 가능한 폭탄(反跳爆弾)이었다.", []),
])
def test_a_modifier_before_readings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


def test_a_long_gloss_read_but_for_one_character_is_no_japanese_name() -> None:
    """Japanese reads 駄 da, near Korean's 타 here, and its reading of the
    whole comes near; the readings explain all but 駄, which the tables
    read 태."""
    assert kinded("고대 인도의 건타라국(健駄羅國)에서 불상이 만들어졌다.") == [
        ("건타라국", "健駄羅國", "mixed")]


@pytest.mark.parametrize("text", ["새 영화 플랜 B(备用计划)가 개봉했다.",
                                  "가수 루나.K(李可)가 노래했다."])
def test_a_latin_letter_alone_is_no_name(text: str) -> None:
    assert not [pair for pair in pairs(text) if len(pair[0]) == 1]


@pytest.mark.parametrize("text, expected", [
    # Chinese first, its reading after it in Hangul: the bracket is the term
    ("올해의 말은 '躺平(탕핑)'이었다.", [("탕핑", "躺平", "transliteration")]),
    # a quote or title mark may close the Chinese first
    ("올해의 말은 '躺平'(탕핑)이었다.", [("탕핑", "躺平", "transliteration")]),
    ("나는 《三体》(삼체)를 읽었다.", [("삼체", "三体", "sino-korean")]),
    ("그는 人工智能(인공지능) 분야를 연구한다.", [("인공지능", "人工智能", "sino-korean")]),
    ("회의는 大阪 (오사카)에서 열렸다.", [("오사카", "大阪", "japanese")]),
    # the standard doubles an l between vowels (아 + 리 as 알리): as sure as the reading
    ("그는 阿里巴巴(알리바바)에 다닌다.", [("알리바바", "阿里巴巴", "transliteration")]),
    # the longest Chinese it reads, not the sentence it ends
    ("他们提出了数字经济(디지털 경제) 구상", [("디지털 경제", "数字经济", "mixed")]),
    # readings and translated pieces together, the bracket all of it
    ("现代汽车(현대자동차)在美国建厂。", [("현대자동차", "现代汽车", "mixed")]),
    ("他在延世大学(연세대학교)学习。", [("연세대학교", "延世大学", "mixed")]),
    # ... or the name Korean gives a place, and a read word with its 교
    ("他和首尔大学(서울대학교)签了协议。", [("서울대학교", "首尔大学", "mixed")]),
    # ... or a word Korean shortens (차 for 汽车, 대 for 大学)
    ("韩国的现代汽车(현대차)在北京设厂。", [("현대차", "现代汽车", "mixed")]),
    ("他考上了延世大学(연세대)。", [("연세대", "延世大学", "mixed")]),
    # ... not a word with its particle, nor a reading with a word of its own after it
    ("现代(현대의) 기술이 발전했다.", []),
    ("中国(중국 정부)는 반대했다.", []),
    ("他们提出了数字经济(수자경제) 구상", [("수자경제", "数字经济", "sino-korean")]),
    # a bracket of Korean that does not read the Chinese: a translation, a note
    ("그는 \"我们会赢(우리는 이긴다)\"고 말했다.", []),
    ("그는 杭州(항저우 사람)이다.", []),
    # ... unless it is the name Korean gives the Chinese, which no reading spells
    ("代表团访问了首尔(서울)和法国(프랑스)。",
     [("서울", "首尔", "translation"), ("프랑스", "法国", "translation")]),
    ("泡菜(김치)很好吃。首尔(수도)很大。", []),
    ("他们参观了故宫(자금성)。", [("자금성", "故宫", "translation")]),  # a sight's Korean name
    # ... and another name usage gives a firm (Li Auto; Foxconn, Hon Hai's trade name)
    ("그는 理想汽车(리오토)에 다닌다.", [("리오토", "理想汽车", "translation")]),
    ("그는 鸿海(폭스콘)에 다닌다.", [("폭스콘", "鸿海", "translation")]),
    ("他们参观了故宫(관광지)。", []),
    # a place's division the reading leaves out, as Korean often does
    ("그는 青岛市(칭다오)에서 일했다.", [("칭다오", "青岛市", "transliteration")]),
    # ... and the country a name opens with, as Korean first: not for a common word of two
    ("그는 中国人民银行(인민은행)에 다닌다.", [("인민은행", "中国人民银行", "sino-korean")]),
    ("그는 中国银行(은행)에 다닌다.", []),
    ("그는 日本料理(요리)를 좋아한다.", []),
    ("그는 超市(슈퍼)에 갔다.", []),
    # the reading first of a few parts; a part with Chinese is a gloss's bracket
    ("요즘 网红(왕훙·인터넷 스타)이 늘었다.", [("왕훙", "网红", "transliteration")]),
    ("그는 抖音(더우인, 중국판 틱톡)을 쓴다.", [("더우인", "抖音", "transliteration")]),
    ("中国(중국, 中國)은 넓다.", [("중국", "中國", "sino-korean")]),
    # another part that reads the Chinese whole is another rendering of it
    ("회의는 上海(상하이, 상해)에서 열렸다.", [("상하이", "上海", "transliteration"),
                                        ("상해", "上海", "sino-korean")]),
    ("그는 東京(도쿄·동경)에 살았다.", [("도쿄", "東京", "japanese"),
                                   ("동경", "東京", "sino-korean")]),
    ("그는 躺平(탕핑, 드러눕기)을 택했다.", [("탕핑", "躺平", "transliteration")]),
    # quoted with its bracket, a noun or two translate the Chinese as a term
    ("요즘 '直播带货(라이브 커머스)'가 인기다.", [("라이브 커머스", "直播带货", "translation")]),
    ("그는 《活着(인생)》을 읽었다.", [("인생", "活着", "translation")]),
    # ... the whole quote, where readings and pieces would start inside a word of it
    ("그는 '以人民为中心(인민 중심)'을 말했다.", [("인민 중심", "以人民为中心", "translation")]),
    # ... not unquoted (but for a word the tables give), nor a verb, a clause
    # or a word with its particle
    ("股票(주식) 시장이 올랐다.", []),
    ("人民币(위안화) 환율이 올랐다.", [("위안화", "人民币", "translation")]),
    ("그는 '没问题(문제없다)'고 했다.", []),
    ("그는 '加油(힘내)'라고 외쳤다.", []),
    ("그는 '今天(오늘은)'이라고 썼다.", []),
    ("요즘 '内卷'(과잉 경쟁)이 심하다.", [("과잉 경쟁", "内卷", "translation")]),
    ("그는 '我们今天一定要坚持到底'(결심)을 밝혔다.", []),  # a sentence, however quoted
    # a Westerner's name Chinese writes by its sounds, the bracket one word like them
    ("美国总统特朗普(트럼프)는 말했다.", [("트럼프", "特朗普", "translation")]),
    ("德国总理默克尔(메르켈)이 왔다.", [("메르켈", "默克尔", "translation")]),
    ("我的朋友(친구)가 왔다.", []),
    # ... the whole name, not the end of it jieba takes for one (科维奇 of 伊万科维奇)
    ("감독 伊万科维奇(이반코비치)가 경질됐다.", []),
    # ... and a name the tables give, whole (not 克龙 of 马克龙, jieba's 马克 a name)
    ("法国总统马克龙(마크롱)이 왔다.", [("마크롱", "马克龙", "translation")]),
    ("俄罗斯总统普京(푸틴)이 말했다.", [("푸틴", "普京", "translation")]),
    # ... but never a name read in Sino-Korean, wrong, for a Westerner's sounds
    ("副会长徐相禄(서양록)이 왔다.", []),
])
def test_a_bracket_of_hangul_after_chinese_reads_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    found = list(mine(text))
    assert kinded(found) == expected
    for o in found:  # the term is in the bracket right after the Chinese, first in it
        assert text[o.term_start : o.term_end] == o.ko and text[o.paren_start] == "("
    assert not found or text[found[0].paren_start + 1] == found[0].ko[0]


@pytest.mark.parametrize(("text", "expected"), [
    # the same pair once, however its brackets nest
    ("그는 베이징(北京(베이징))에 갔다.", [("베이징", "北京", 3)]),
    ("그는 광저우[广州(광저우)]에 갔다.", [("광저우", "广州", 3)]),
    # another rendering inside is another pair
    ("주석 마오쩌둥(毛澤東(모택동))의 글", [("마오쩌둥", "毛澤東", 3), ("모택동", "毛澤東", 3)]),
])
def test_a_reading_nested_in_the_gloss_it_reads_is_no_second_pair(
        text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(p.ko, p.zh, p.term_start) for p in mine(text)] == [
        (ko, zh, text.index(ko, start)) for ko, zh, start in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("가전업체 小米(Xiaomi, 샤오미)가 발표했다.", [("샤오미", "小米", "transliteration")]),
    ("그는 北京(Běijīng, 베이징)에 갔다.", [("베이징", "北京", "transliteration")]),
    ("회의는 上海(Shanghai·상하이, 상해)에서 열렸다.",
     [("상하이", "上海", "transliteration"), ("상해", "上海", "sino-korean")]),
    # after a Latin word, as without it, a translation is never taken
    ("그는 我们会赢(Women, 우리는 이긴다)이라 외쳤다.", []),
])
def test_a_reading_after_chinese_may_follow_its_latin_name(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    found = list(mine(text))
    assert kinded(found) == expected
    for o in found:
        assert text[o.term_start : o.term_end] == o.ko and text[o.paren_start] == "("


def test_nested_brackets_give_two_pairs() -> None:
    text = "천쓰지에[陈思劼, 디이차이징(第一财经) 총경리]는 말했다."
    assert pairs(text) == [("천쓰지에", "陈思劼"), ("디이차이징", "第一财经")]


def test_offsets_point_into_the_text() -> None:
    text = "기자 회견에서 마윈(马云)은 웃었다."
    (found,) = mine(text, "a.txt")
    assert text[found.paren_start] == "("
    assert text[found.term_start : found.term_end] == "마윈"
    assert found.doc == "a.txt" and "마윈(马云)" in found.context


def test_a_context_stays_in_its_paragraph() -> None:
    text = "제2장 도시\r\n\r\n항구 도시 닝보(宁波)는 크다.\n \n다음 문단은 항저우(杭州)를 다룬다."
    ningbo, hangzhou = mine(text)
    assert ningbo.context == "항구 도시 닝보(宁波)는 크다."
    assert hangzhou.context == "다음 문단은 항저우(杭州)를 다룬다."
    # one line break is no paragraph's end (a PDF breaks its lines anywhere)
    (shanghai,) = mine("회의는 상하이\n(上海)에서 열린다.")
    assert shanghai.context == "회의는 상하이 (上海)에서 열린다."


@pytest.mark.parametrize("bracket", ["()", "（）", "[]", "［］", "【】"])
def test_every_bracket_form(bracket: str) -> None:
    text = f"도시 이름은 충칭{bracket[0]}重庆{bracket[1]}이다."
    assert pairs(text) == [("충칭", "重庆")]
    # doubled, as markup may leave it
    doubled = f"도시 이름은 충칭({bracket[0]}重庆{bracket[1]})이다."
    assert pairs(doubled) == [("충칭", "重庆")]


@pytest.mark.parametrize(("text", "pair"), [
    ("학생들은 윈난성 전지(滇池)를 답사했다.", ("전지", "滇池")),
    ("그는 광둥성 심천(深圳)에 공장을 세웠다.", ("심천", "深圳")),
    ("국공합작으로 황포(黃埔) 군관학교가 문을 열었다.", ("황포", "黃埔")),
    ("그의 고조부 조조(趙朓)는 관리였다.", ("조조", "趙朓")),  # no reading at all in Unihan
    ("명의 관료 양응거(楊應琚)가 부임했다.", ("양응거", "楊應琚")),
    # ... from a Korean dictionary's table, for the characters Unihan gives none
    ("군대는 주질(盩厔)을 지나 서쪽으로 갔다.", ("주질", "盩厔")),
    ("그의 아우 고감(高轁)은 장군이었다.", ("고감", "高轁")),
    # ... and those it leaves out of characters it does read: a Buddhist word's,
    # an office's, a common word's
    ("수행자는 마하반야바라밀(摩訶般若波羅蜜)을 외웠다.", ("마하반야바라밀", "摩訶般若波羅蜜")),
    ("괴로움이 가득한 사바(娑婆)에 산다.", ("사바", "娑婆")),
    ("그는 태상시(太常寺)의 관원이었다.", ("태상시", "太常寺")),
    ("그는 낭야왕(琅邪王)에 봉해졌다.", ("낭야왕", "琅邪王")),
    ("그는 좌복야(左僕射)에 올랐다.", ("좌복야", "左僕射")),
    ("정부는 새 계획(計畫)을 세웠다.", ("계획", "計畫")),
    ("비행기가 제시간에 도착(到著)했다.", ("도착", "到著")),
])
def test_a_reading_unihan_leaves_out_reads(text: str, pair: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert ((found.ko, found.zh), found.kind) == (pair, Kind.SINO_KOREAN)


@pytest.mark.parametrize(("text", "pair", "kind"), [
    # a character with no Sino-Korean reading known says nothing of how it was read
    ("명나라 종실 주석황(朱碩熿)이 봉해졌다.", ("주석황", "朱碩熿"), Kind.SINO_KOREAN),
    ("스님은 보시(布施)를 강조했다.", ("보시", "布施"), Kind.SINO_KOREAN),  # 布 보 too
    # ... and the tie of one character each way stays a transliteration
    ("대표 양추안동(杨传东)이 말했다.", ("양추안동", "杨传东"), Kind.TRANSLITERATION),
    # Japan's form of a character reads as the one it stands for (豊 is 豐, fēng)
    ("중국어로는 펑톈(豊田)이라 부른다.", ("펑톈", "豊田"), Kind.TRANSLITERATION),
    ("일본 자동차 회사 도요타(豊田)의 본사.", ("도요타", "豊田"), Kind.JAPANESE),
    # every syllable a reading too, but a first 리 or 류 is no Sino-Korean spelling
    ("외교부 대변인 리빈(李斌)이 답했다.", ("리빈", "李斌"), Kind.TRANSLITERATION),
    ("교수 이빈(李斌)이 답했다.", ("이빈", "李斌"), Kind.SINO_KOREAN),
    # ... unless another character is read the Sino-Korean way only (North Korean),
    # or the family name is one South Koreans write with its ㄹ
    ("그 신문은 리명박(李明博)을 비난했다.", ("리명박", "李明博"), Kind.SINO_KOREAN),
    ("조선의 문신 류관모(柳官模)가 상소했다.", ("류관모", "柳官模"), Kind.SINO_KOREAN),
])
def test_the_kind_of_a_term_read_partly_each_way(text: str, pair: tuple[str, str],
                                                 kind: Kind) -> None:
    (found,) = mine(text)
    assert ((found.ko, found.zh), found.kind) == (pair, kind)


@pytest.mark.parametrize(("text", "expected"), [
    # digits glued to a name the gloss gives without them: a model's number
    ("새 스마트폰 샤오미14(小米)가 나왔다.", [("샤오미", "小米")]),
    # ... kept when the gloss has a number, in digits or in Chinese numerals
    ("대회는 베이징 2022(北京2022)로 불렸다.", [("베이징 2022", "北京2022")]),
    ("이 계획은 제14차(第十四次) 계획이다.", [("제14차", "第十四次")]),
    # ... and 第 goes unwritten before the digits (제 is no part of the Korean)
    ("통신사들은 6세대 통신망(第六代通信网)을 준비한다.", [("6세대 통신망", "第六代通信网")]),
    ("그는 3차 회의(第三次会议)에서 발언했다.", [("3차 회의", "第三次会议")]),
])
def test_digits_the_gloss_leaves_out_are_no_part_of_the_term(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word the gloss writes in Hangul after its Chinese (it has no Hanja): the
    # Chinese names the rest of the term
    ("제주의 서귀포시먼나무(西歸浦市먼나무)는 오래된 나무다.", [("서귀포시", "西歸浦市")]),
    ("주말에 동대문 시장(東大門시장)을 둘러봤다.", [("동대문", "東大門")]),
    # a term that does not end with that word is no term of it
    ("그는 남대문(東大門시장)에 들렀다.", []),
])
def test_a_gloss_ending_in_hangul_names_the_rest(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_kinds_and_confidence() -> None:
    found = {o.ko: o for o in mine(
        "장쩌민(江泽民), 국무원(國務院), Vivo(维沃), 챗봇 어니봇(文心一言),"
        " 화웨이클라우드(华为云)")}
    assert found["장쩌민"].kind == "transliteration"
    assert found["국무원"].kind == "sino-korean"
    assert found["Vivo"].kind == "latin"
    assert found["어니봇"].kind == "translation"
    assert found["화웨이클라우드"].kind == "mixed"  # read, and a piece translated
    # verified pairs score above guesses
    confidence = {ko: o.confidence for ko, o in found.items()}
    assert confidence["장쩌민"] > confidence["화웨이클라우드"] > confidence["어니봇"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name spelt by its sound beside a word read the Sino-Korean way: mixed
    ("우리는 광시 자치구(广西自治区)로 떠났다.", ("광시 자치구", "mixed")),
    ("네이멍구 자치구(内蒙古自治区) 초원에 섰다.", ("네이멍구 자치구", "mixed")),
    ("친구와 타이베이 고궁박물원(台北故宫博物院)을 보았다.", ("타이베이 고궁박물원", "mixed")),
    ("올해 베이징대학(北京大学)에 붙었다.", ("베이징대학", "mixed")),
    # ... written as one word, the name before it as jieba cuts the gloss
    ("우리는 광시자치구(广西自治区)로 떠났다.", ("광시자치구", "mixed")),
    ("올해 칭화대학(清华大学)에 붙었다.", ("칭화대학", "mixed")),
    # (a character of the word read both ways, 류 of 물류, reads it as well)
    ("자회사 징둥물류(京东物流)를 통해 배송한다.", ("징둥물류", "mixed")),
    ("몽골의 귀족 모리하이(毛里孩)가 왔다.", ("모리하이", "transliteration")),  # no word read
    ("학생들이 시안 사변(西安事变)을 배웠다.", ("시안 사변", "mixed")),
    ("시 주석(习主席)이 도착했다.", ("시 주석", "mixed")),  # 主 reads both ways, 席 one
    # a one-syllable suffix read so leaves a transliteration
    ("그녀는 장쑤성 난징시(江苏省南京市)에서 왔다.", ("장쑤성 난징시", "transliteration")),
    # all read, or all spelt, stays as it was
    ("국무원 판공청(国务院办公厅)이 공지했다.", ("국무원 판공청", "sino-korean")),
    ("광시 좡족(广西壮族)의 노래를 들었다.", ("광시 좡족", "transliteration")),
    # a reading Unihan lacks, spelt by a Cantonese sound, is no spelt word
    ("그는 익양후 왕분(益陽侯王玢)을 만났다.", ("익양후 왕분", "sino-korean")),
])
def test_a_term_spelt_in_part_and_read_in_part_is_mixed(
        text: str, expected: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, str(found.kind)) == expected
    assert found.confidence >= 0.9  # as sure as the readings that decided it


@pytest.mark.parametrize(("text", "expected"), [
    # the Sino-Korean reading after the gloss: a second rendering of the name
    ("마오쩌둥(毛澤東, 모택동, 1893~1976)은 혁명가다.",
     [("마오쩌둥", "毛澤東"), ("모택동", "毛澤東")]),
    ("영화 귀주 이야기(秋菊打官司; 추국타관사)가 개봉했다.",
     [("귀주 이야기", "秋菊打官司"), ("추국타관사", "秋菊打官司")]),
    # ... after a word that introduces it
    ("중국공산당(中共, 약칭 중공)은 창당되었다.", [("중국공산당", "中共"), ("중공", "中共")]),
    # ... a dot apart, as a word that says it is the name in Chinese
    ("위챗(微信·중국명 웨이신)은 메신저다.", [("위챗", "微信"), ("웨이신", "微信")]),
    ("알리페이(支付宝, 중문명 즈푸바오)로 냈다.", [("알리페이", "支付宝"), ("즈푸바오", "支付宝")]),
    # the same word as the term, or a word that reads nothing of it, adds nothing
    # or after a middle dot in the gloss's own part
    ("전국인민대표대회(全人代·전인대)가 열렸다.",
     [("전국인민대표대회", "全人代"), ("전인대", "全人代")]),
    ("'내권(内卷·과당경쟁)' 현상이 번졌다.", [("내권", "内卷")]),
    # or a Korean short form of the gloss, a syllable a word
    ("올해도 민주진보당(民主進步黨, 민진당)이 이겼다.",
     [("민주진보당", "民主進步黨"), ("민진당", "民主進步黨")]),
    ("그는 중국인민정치협상회의(中国人民政治协商会议·정협)에 나갔다.",
     [("중국인민정치협상회의", "中国人民政治协商会议"), ("정협", "中国人民政治协商会议")]),
    # ... leaving out one character only, in three syllables or more
    ("전국인민대표대회(전인대·全国人大)가 열렸다.",
     [("전국인민대표대회", "全国人大"), ("전인대", "全国人大")]),
    # ... of a ministry's name joining two words with 和
    ("공업정보화부(工业和信息化部·공신부)가 밝혔다.",
     [("공업정보화부", "工业和信息化部"), ("공신부", "工业和信息化部")]),
    # not the name's head noun alone
    ("전국인민대표대회(全国人民代表大会, 대회)가 열렸다.",
     [("전국인민대표대회", "全国人民代表大会")]),
    # or after a space alone, when it reads the gloss
    ("그는 후난성(湖南省 호남성)에 갔다.", [("후난성", "湖南省"), ("호남성", "湖南省")]),
    ("그는 상하이(上海 출신)에서 왔다.", [("상하이", "上海")]),
    # ... or after a colon or a dash
    ("충칭(重庆 : 중경)의 야경을 봤다.", [("충칭", "重庆"), ("중경", "重庆")]),
    ("그는 톈진(天津—천진)에 머물렀다.", [("톈진", "天津"), ("천진", "天津")]),
    # or right before the gloss, a dot or a comma apart
    ("CATL(닝더스다이·宁德时代)은 공장을 짓는다.",
     [("CATL", "宁德时代"), ("닝더스다이", "宁德时代")]),
    ("일본 녹차 센차(전차, 煎茶)를 마셨다.", [("센차", "煎茶"), ("전차", "煎茶")]),
    # a Korean word and its Chinese in a note: another name, read whole
    ("소동파(蘇東坡, 본명 소식 蘇軾)는 문인이다.", [("소동파", "蘇東坡"), ("소식", "蘇軾")]),
    ("양주(涼州, 지금의 무위武威)로 갔다.", [("양주", "涼州"), ("무위", "武威")]),
    # ... a middle dot apart, as a comma would be
    ("혁명가 쑨원(孫文·쑨중산 孫中山)의 묘", [("쑨원", "孫文"), ("쑨중산", "孫中山")]),
    ("마윈(马云, 알리바바 창업자)은 말했다.", [("마윈", "马云")]),
    ("만리장성(萬里長城, 만리장성)은 길다.", [("만리장성", "萬里長城")]),
    ("그 사람(周恩來, 총리)은 말했다.", []),
])
def test_a_reading_after_the_gloss_in_the_bracket(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    for pair in mine(text):
        assert text[pair.term_start : pair.term_end] == pair.ko


@pytest.mark.parametrize(("text", "expected"), [
    # no reading verifies the Korean, but it sounds Japanese and opens as the first
    # kanji's reading does: a Japanese name read in a way the tables do not spell
    ("그곳은 도키와촌(常磐村)이라 불렸다.", ("도키와촌", "japanese")),
    ("가수 니시 히로토(西 洸人)가 데뷔했다.", ("니시 히로토", "japanese")),
    # ... a place's suffix read the Sino-Korean way after it
    ("옛 아타카정(安宅町)은 항구였다.", ("아타카정", "japanese")),
    # a Western name in kanji does not open so, and a Chinese one does not sound so
    ("운동화 회사 나이키(耐克)가 광고했다.", ("나이키", "translation")),
    # Sanskrit spelt in characters read the Sino-Korean way (陀 다 as Buddhist words read it)
    ("성자 가가수다원(家家須陀洹)은 수행한다.", ("가가수다원", "sino-korean")),
    # a Chinese mountain or lake spelt in Mandarin before the word Korean adds,
    # though its kana open as 泰 and 太 read in Japanese (たい)
    ("산둥의 타이산산(泰山)에 올랐다.", ("타이산산", "mixed")),
    ("쑤저우 옆 타이후호(太湖)는 넓다.", ("타이후호", "mixed")),
])
def test_a_japanese_name_no_reading_verifies(text: str, expected: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, str(found.kind)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pykakasi reads the name whole close to the Korean (サイゴン), and so do its
    # Cantonese and Mandarin sounds, each character: Japanese took it from Chinese
    ("홍콩 동부의 사이쿵(西貢) 반도에 갔다.", ("사이쿵", "transliteration")),
    # read whole in Japanese and by no Chinese sound
    ("일본의 수도 도쿄(東京)에 갔다.", ("도쿄", "japanese")),
    ("배우 가네시로 다케시(金城武)가 왔다.", ("가네시로 다케시", "japanese")),
    # a unit's suffix read in Sino-Korean after the name read the Japanese way
    ("도쿄도(東京都) 의회가 열렸다.", ("도쿄도", "japanese")),
    ("오사카부(大阪府) 지사가 말했다.", ("오사카부", "japanese")),
    # a village of Japan read as no table spells it (丹生 にゅう): the unit says so
    ("간마치촌(上町村)은 이시카와현에 있던 촌이다.", ("간마치촌", "japanese")),
])
def test_a_name_japanese_took_from_chinese(text: str, expected: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, str(found.kind)) == expected


def test_a_reading_inside_a_word_yields_to_a_japanese_one_of_the_word() -> None:
    # 치미촌 reads 七美村 (七 as Mandarin's qi) from the word's second syllable;
    # the whole word reads it in Japanese (しちみ)
    assert [(p.ko, str(p.kind)) for p in mine("옛 시치미촌(七美村)은 현에 있었다.")] == [
        ("시치미촌", "japanese")]
    # ... where no Japanese reading takes the word, it glosses its last part
    assert pairs("문신 박동량(東亮)은 글을 남겼다.") == [("동량", "東亮")]


def test_one_syllable_near_a_japanese_reading_is_chance() -> None:
    # 州 reads 슈 in Japanese; 시 is only near it (hypothesis found this one)
    assert pairs("그 시(州)는 넓다.") == []
    assert pairs("일본 규슈(九州)에 갔다.") == [("규슈", "九州")]
    # ... and a syllable near the reading of a longer gloss: 리 for 井莉 (이리),
    # where the name before it is the transcription of both characters
    assert pairs("홍콩 배우 칭 리(井莉)가 출연했다.") == [("칭 리", "井莉")]


def test_simplified_and_traditional_forms() -> None:
    (found,) = mine("타이베이(臺北)에서")
    assert (found.zh, found.zh_hans, found.zh_hant) == ("臺北", "台北", "臺北")



@pytest.mark.parametrize(("korean", "simplified", "traditional"), [
    ("추시", "追谥", "追諡"), ("토객계투", "土客械斗", "土客械鬪"), ("감주부", "赣州府", "贛州府")])
def test_a_simplified_character_reads_as_the_traditional_one_it_stands_for(
        korean: str, simplified: str, traditional: str) -> None:
    # 谥 is 諡 (시) besides a character of its own (익); 斗 is 鬥 (투) besides 斗 (두)
    found = [[(p.ko, p.kind.value, p.confidence) for p in mine(f"그 {korean}({zh})는 옛일이다")]
             for zh in (simplified, traditional)]
    assert found[0] == found[1] == [(korean, "sino-korean", 0.98)]


def test_a_traditional_gloss_is_tagged_as_its_simplified_form() -> None:
    # jieba's dictionary holds 燕窝, a common noun; 燕窩 unknown would be a name
    found = [[(p.ko, p.kind.value) for p in mine(f"식당에서 제비집 요리({zh})를 먹었다.")]
             for zh in ("燕窝", "燕窩")]
    assert found == [[("제비집 요리", "translation")], [("제비집 요리", "translation")]]


@pytest.mark.parametrize(("korean", "simplified", "traditional"), [
    ("프랑스", "法国", "法國"), ("유엔", "联合国", "聯合國"), ("서울", "首尔", "首爾"),
    # ... names Korean spells near their Japanese reading, which reads no kanji
    ("홍콩", "香港", "香港"), ("멕시코", "墨西哥", "墨西哥"), ("모스크바", "莫斯科", "莫斯科")])
def test_a_name_the_tables_give_is_as_sure_in_either_script(
        korean: str, simplified: str, traditional: str) -> None:
    # correspondences are kept in simplified characters: a traditional gloss
    # is looked up as such, Korean first or Chinese first
    forms = [mine(f"{korean}({simplified})에서"), mine(f"{korean}({traditional})에서"),
             mine(f"代表团去了{traditional}({korean})。")]
    assert [[(p.ko, p.kind.value, p.confidence) for p in found] for found in forms] == \
        [[(korean, "translation", 0.99)]] * 3


messy = st.text(st.sampled_from(list("마윈상하이광저우시 중국 \n\t'\"《》·-,:()[]（）【】［］")
                                + list("馬雲马云上海广州市中國國民黨一二十") + list("AbZ19")),
                max_size=80)


@settings(max_examples=300, deadline=None)
@given(messy)
def test_any_text_mines_without_error_and_offsets_hold(text: str) -> None:
    for found in mine(text):
        assert text[found.paren_start] in PAIRS
        # before the bracket, or a reading inside it (마오쩌둥(毛澤東, 모택동))
        assert found.term_start < found.term_end <= found.paren_start \
            or found.paren_start < found.term_start < found.term_end
        assert clean(text[found.term_start : found.term_end]) == found.ko
        assert found.kind in set(Kind)
        assert 0 < found.confidence <= 1


@pytest.mark.parametrize("fmt, text", [
    ("markdown", "창업자 **마윈**(馬雲)은 말했다."),
    ("markdown", "창업자 [마윈](https://example.cn/ma)(馬雲)은 말했다."),
    ("html", "<p>창업자 <b>마윈</b>(馬雲)은 말했다.</p>"),
    ("html", "<p>창업자 <a href='/x'>마윈</a>(馬雲)은 &amp; 말했다.</p>"),
    ("wikitext", "창업자 [[마윈]](馬雲)은 말했다.{{각주}}"),
    ("wikitext", "창업자 '''[[마윈 (기업인)|마윈]]'''(馬雲)은 말했다.<ref>출처</ref>"),
    # a language template shows its text: the gloss of many an article
    ("wikitext", "'''마윈'''({{llang|zh|馬雲}}, 1964년 ~ )은 창업자이다."),
    ("wikitext", "창업자 마윈({{lang|zh-hant|馬雲}})은 {{주석|말했다}}."),
])
def test_marked_up_text_is_seen_through(fmt: str, text: str) -> None:
    from glossary import mine_document

    (pair,) = mine_document(text, "doc", markup=fmt).pairs
    assert (pair.ko, pair.zh) == ("마윈", "馬雲")
    assert text[pair.paren_start] == "("  # offsets point into the original
    assert text[pair.term_start : pair.term_end] == "마윈"


def test_markup_is_guessed_from_the_file_name(tmp_path, runner) -> None:
    import json as json_module

    from cli import cli

    (tmp_path / "a.md").write_text("# 제목\n\n**상하이**(上海)에 갔다.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p><i>베이징</i>(北京)</p>", encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(tmp_path)])
    rows = [json_module.loads(line) for line in result.stdout.splitlines()]
    assert [(r["ko"], r["zh"]) for r in rows] == [("상하이", "上海"), ("베이징", "北京")]
    plain = runner.invoke(cli, ["mine", "--dry-run", "--input-format", "text",
                                str(tmp_path / "b.html")])
    assert "베이징" not in plain.stdout  # as plain text, the tag sits between term and gloss


def test_a_fragment_of_html_as_text_is_seen_as_html(tmp_path, runner) -> None:
    import json as json_module

    from cli import cli

    # pasted from a page: no doctype, but tags that close, and a reference mark's
    # <sup> between the term and its gloss that plain text would take for a name
    fragment = "<p>창업자 <b>마윈</b>(馬雲)은 항저우<sup>[1]</sup>(杭州)에 산다.<br>\n"
    (tmp_path / "page.txt").write_text(fragment, encoding="utf-8")
    for args, stdin in (([str(tmp_path / "page.txt")], None), (["-"], fragment)):
        result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", *args],
                               input=stdin)
        rows = [json_module.loads(line) for line in result.stdout.splitlines()]
        assert [(r["ko"], r["zh"]) for r in rows] == [("마윈", "馬雲"), ("항저우", "杭州")]
    # a title between < and >, as Korean writes one, is no tag
    (tmp_path / "film.txt").write_text("영화 <기생충>(寄生蟲)이 상을 받았다.", encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl",
                                 str(tmp_path / "film.txt")])
    assert [json_module.loads(line)["ko"] for line in result.stdout.splitlines()] == ["기생충"]


@pytest.mark.parametrize("text, pair", [
    ("메이지 정부의 이토 히로부미(伊藤博文)는 말했다.", ("이토 히로부미", "伊藤博文")),
    ("대회는 일본 도쿄(東京)에서 열렸다.", ("도쿄", "東京")),
    ("무사시가 세운 니텐이치류(二天一流)는 검술 유파다.", ("니텐이치류", "二天一流")),
    ("그는 홋카이도(北海道)로 떠났다.", ("홋카이도", "北海道")),
    # kanji by kanji in their Unihan readings, however Korean writes the kana
    ("배역은 성우 구사오 다케시(草尾毅)가 맡았다.", ("구사오 다케시", "草尾毅")),
    ("배역은 성우 쿠사오 타케시 (草尾毅)가 맡았다.", ("쿠사오 타케시", "草尾毅")),
    ("그 무렵 다카야마촌(高山村)은 작은 마을이었다.", ("다카야마촌", "高山村")),
    ("옛 이름은 니시와키정(西脇町)이다.", ("니시와키정", "西脇町")),
    # a verb's continuative form (有る あり, 成る なり), as names read it
    ("그는 로쿠죠 아리히로(六条有広)와 함께 일했다.", ("로쿠죠 아리히로", "六条有広")),
    ("그 마을은 도미나리촌(富成村)이라 불렸다.", ("도미나리촌", "富成村")),
    ("그 마을은 세고에촌(瀬越村)이었다.", ("세고에촌", "瀬越村")),  # 越える こえ
    # a later reading opening with the vowel the one before ends in (本 もと + 折 おり)
    ("그 마을은 모토오리촌(本折村)이라 불렸다.", ("모토오리촌", "本折村")),
    ("어촌 후쿠우라촌(福浦村)이 있었다.", ("후쿠우라촌", "福浦村")),
    # pykakasi's reading of a name (吉 よし is a name's reading), a place's suffix in Sino-Korean
    ("그 마을은 요시다촌(吉田村)이었다.", ("요시다촌", "吉田村")),
    # the genitive の that names read and kanji do not write (局 つぼね after 長橋)
    ("궁중에서는 나가하시노츠보네(長橋局)로 불렸다.", ("나가하시노츠보네", "長橋局")),
    # names' readings of a kanji that Unihan leaves out (希 のぞみ), from pykakasi's dictionary
    ("배우 사사키 노조미(佐々木希)가 출연했다.", ("사사키 노조미", "佐々木希")),
    ("그 마을은 오타고야촌(太田古屋村)이었다.", ("오타고야촌", "太田古屋村")),
    # a name in two words read a part each: 柳井 whole (やない; 柳 alone has no やな), 正 ただし
    ("유니클로의 야나이 다다시(柳井正) 회장이 말했다.", ("야나이 다다시", "柳井正")),
    # 々 writes the kanji before it again (佐々木 is read 佐佐木)
    ("그는 사사키(佐々木) 씨를 만났다.", ("사사키", "佐々木")),
    ("옛 마을 다타라촌(多々良村)이 있었다.", ("다타라촌", "多々良村")),
    # glossed in simplified forms, as Chinese sources write them
    ("회담은 일본 도쿄(东京)에서 열렸다.", ("도쿄", "东京")),
    ("그는 히로시마(广岛)를 찾았다.", ("히로시마", "广岛")),
])
def test_japanese_names_read_in_japanese(text: str, pair: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh, found.kind) == (*pair, "japanese")


def test_mandarin_and_sino_korean_readings_come_first() -> None:
    kinds = {o.ko: str(o.kind) for o in mine("도쿄(東京)와 동경(東京), 베이징(北京)")}
    assert kinds == {"도쿄": "japanese", "동경": "sino-korean", "베이징": "transliteration"}


@pytest.mark.parametrize("text, pair", [
    ("관광객은 홍콩 침사추이(尖沙咀)의 호텔에 묵었다.", ("침사추이", "尖沙咀")),
    ("렁춘잉(梁振英) 전 행정장관이 답했다.", ("렁춘잉", "梁振英")),
    ("부호 리카싱(李嘉誠)은 투자를 늘렸다.", ("리카싱", "李嘉誠")),
    ("그들은 야우마테이(油麻地)의 시장을 걸었다.", ("야우마테이", "油麻地")),
    ("아침에는 얌차(飲茶)를 즐긴다.", ("얌차", "飲茶")),
    # names kana spell too (Japan reads 灣仔 as Hong Kong does): Cantonese still
    ("식당은 완차이(灣仔)에 있다.", ("완차이", "灣仔")),
    ("홍콩의 완차이(湾仔) 지역", ("완차이", "湾仔")),
    ("신도시 타이포(大埔)로 옮겼다.", ("타이포", "大埔")),
])
def test_hong_kong_names_read_in_cantonese(text: str, pair: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh, found.kind) == (*pair, "transliteration")
    assert found.confidence < 0.9  # no standard: for review


@pytest.mark.parametrize("text, expected", [
    ("회견에서 리 총리(李强总理)가 답했다.", []),  # the surname and a title: a reference
    ("이날 왕 부장(王毅 外交部长)은 말했다.", []),
    ("행사에서 마 회장(马云董事长)은 웃었다.", []),
    ("회견에서 리창 총리(李强总理)가 답했다.", [("리창 총리", "李强总理")]),
])
def test_a_surname_with_a_title_does_not_translate_the_whole_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.ko, p.zh) for p in mine(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one thing's names a dot apart: the one the term reads
    ("당 중앙은 중국 공산당(中共·中国共产党)의 기구다.", [("중국 공산당", "中国共产党")]),
    ("이날 발개위(发改委·国家发展和改革委员会)는 발표했다.", [("발개위", "发改委")]),
    ("수도 베이징(北京·北平)은 크다.", [("베이징", "北京")]),
    ("반도체 업체 TSMC(台積電·台灣積體電路製造)가 투자했다.", [("TSMC", "台積電")]),
    # the other a short name opening with a Latin letter
    ("동영상 사이트 비리비리(哔哩哔哩·B站)가 상장했다.", [("비리비리", "哔哩哔哩")]),
    # names of two people after a list: a pair each, none for one of them with both
    ("회담에 시진핑과 리창(习近平·李强)이 나왔다.", [("시진핑", "习近平"), ("리창", "李强")]),
    # two names a comma, a semicolon or a slash apart: the one the term reads
    ("옛 도읍 난징(南京, 金陵)에 갔다.", [("난징", "南京")]),
    ("옛 도읍 금릉(南京; 金陵)에 갔다.", [("금릉", "金陵")]),
    ("항구 도시 톈진(天津/津门)에 닿았다.", [("톈진", "天津")]),
    ("도시 난징, 톈진(南京, 天津)을 거쳤다.", [("난징", "南京"), ("톈진", "天津")]),
    ("이웃한 두 나라(韩国, 日本)는 가깝다.", []),
    # 및 joins words before, not the two names: no list, the name read
    ("기록 및 족보에 이름은 덕량(德亮, 德郞)이다.", [("덕량", "德亮")]),
])
def test_a_gloss_giving_one_thing_s_names_a_dot_apart(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.ko, p.zh) for p in mine(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a label naming the script needs no colon
    ("창업 초기 알리바바(중국명 阿里巴巴)는 작았다.", [("알리바바", "阿里巴巴")]),
    ("회장 마윈(중국어 간체 马云)은 웃었다.", [("마윈", "马云")]),
    ("가수 아이유(본명 李知恩)는 노래했다.", []),  # a real name is another word
    # ... nor one saying "in" the language, the name quoted or not
    ("그 도시는 충칭(중국어로 重庆)이다.", [("충칭", "重庆")]),
    ("그 도시는 충칭(한자로는 '重慶')이다.", [("충칭", "重慶")]),
    ("그는 중국몽(일명 '中国梦')을 말했다.", [("중국몽", "中国梦")]),
    # the original name in Latin letters tells how many words the term has
    ("선교사 마테오 리치(Matteo Ricci, 중문명 利瑪竇)는 일기를 썼다.",
     [("마테오 리치", "利瑪竇")]),
    # … unless the Chinese spells the last word alone, as it writes a surname
    ("애플의 팀 쿡(Tim Cook, 库克) 최고경영자", [("쿡", "库克")]),
])
def test_labels_without_a_colon_and_the_original_name_before_the_gloss(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.ko, p.zh) for p in mine(text)] == expected


def test_readings_partly_cantonese_give_way_to_japanese() -> None:
    # 高 gou reads 코 in Cantonese as in Japanese; the name is Japanese.
    (found,) = mine("그 마을은 묘코촌(妙高村)이라 불렸다.")
    assert (found.ko, found.kind) == ("묘코촌", "japanese")


@pytest.mark.parametrize("text, pair", [
    ("논문은 작위(作为)와 무위를 다룬다.", ("작위", "作为")),  # 为 reads as 爲 does
    ("그 정책은 기득권(既得權)을 지켰다.", ("기득권", "既得權")),  # Korean writes 旣
    ("이 글은 서론(緒論)으로 시작한다.", ("서론", "緒論")),  # Korean writes 緖
    ("그는 택전(沢田)이라는 마을에 갔다.", ("택전", "沢田")),  # the Japanese form of 澤
    ("그는 고상(高尚)한 취미를 가졌다.", ("고상", "高尚")),  # Korean writes 尙
    ("논서는 전도(顛倒)된 견해를 다룬다.", ("전도", "顛倒")),  # Korean writes 顚
    ("그 제자의 이름은 안회(颜回)이다.", ("안회", "颜回")),  # 颜 → 顏, which Korean writes 顔
    ("그 논서는 구사론(倶舎論)이다.", ("구사론", "倶舎論")),  # Japanese 倶 舎 for 俱 舍
    ("그 가게는 음료(飲料)를 판다.", ("음료", "飲料")),  # Korean writes 飮, pykakasi links them
])
def test_forms_korean_does_not_write_still_read_in_korean(text: str,
                                                         pair: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh, found.kind) == (*pair, "sino-korean")


@pytest.mark.parametrize("text, ko", [
    ("그의 소설 『붉은 수수밭』(红高粱家族)은 영화가 되었다.", "붉은 수수밭"),
    ("책 「나의 투쟁과 희망」(我的奋斗与希望)을 냈다.", "나의 투쟁과 희망"),
    ("영화 〈패왕별희〉(霸王別姬)를 봤다.", "패왕별희"),
])
def test_titles_are_taken_whole(text: str, ko: str) -> None:
    (found,) = mine(text)
    assert found.ko == ko and text[found.term_start : found.term_end] == ko


@pytest.mark.parametrize("text", [
    "회담에는 시진핑·리커창(习近平·李克强)이 함께 나왔다.",
    "회담에는 시진핑ㆍ리커창(习近平ㆍ李克强)이 함께 나왔다.",  # the dot Korean keyboards type
    "회담에는 시진핑 · 리커창(习近平 · 李克强)이 함께 나왔다.",  # spaced
    "회담에는 시진핑ㆍ리커창(习近平·李克强)이 함께 나왔다.",  # each side its own dot
    # names a dotted gloss joins, glossing a Korean list of as many
    "회담에는 시진핑과 리커창(习近平·李克强)이 함께 나왔다.",
    "회담에는 시진핑, 리커창(习近平・李克强)이 함께 나왔다.",
])
def test_names_a_middle_dot_joins_on_both_sides_are_a_pair_each(text: str) -> None:
    found = [(o.ko, o.zh, text[o.term_start : o.term_end]) for o in mine(text)]
    assert found == [("시진핑", "习近平", "시진핑"), ("리커창", "李克强", "리커창")]


def test_a_dotted_gloss_of_two_names_is_no_one_japanese_name() -> None:
    text = "그의 이름은 오노, 미야코(小野・宮子)이다."  # two names, no dot between them
    assert sorted((o.ko, o.zh) for o in mine(text)) == [("미야코", "宮子"), ("오노", "小野")]


def test_a_spaced_middle_dot_in_a_gloss_is_written_bare() -> None:
    (found,) = mine("사상가 카를 마르크스(卡尔 · 马克思)의 책")
    assert (found.ko, found.zh) == ("카를 마르크스", "卡尔·马克思")


@pytest.mark.parametrize("text, ko", [
    ("그 당은 마르크스·레닌주의(馬克思·列寧主義)를 내세웠다.", "마르크스·레닌주의"),  # one doctrine
    ("올해 한·중(韓·中) 교류가 늘었다.", "한·중"),  # members of one character
])
def test_a_joined_term_that_only_reads_whole_stays_whole(text: str, ko: str) -> None:
    assert [o.ko for o in mine(text)] == [ko]


@pytest.mark.parametrize("text, ko", [
    ("의사는 눈 뒤(망막, 網膜)를 살폈다.", "망막"),
    ("가수 하늘별(본명 김하나, 金夏娜)은 노래했다.", "김하나"),
    ("그 기관(증감회, 證監會)이 규정을 냈다.", "증감회"),
])
def test_a_korean_word_in_the_bracket_that_reads_the_gloss_is_its_term(text: str,
                                                                       ko: str) -> None:
    (found,) = mine(text)
    assert (found.ko, text[found.term_start : found.term_end]) == (ko, ko)
    assert found.paren_start < found.term_start < text.index(")")


@pytest.mark.parametrize(("text", "expected"), [
    # the short form in the bracket, the name in full that it abbreviates before it
    ("중국 증권감독관리위원회(증감회·證監會)가 규정을 냈다.",
     [("증권감독관리위원회", "證監會", "mixed"), ("증감회", "證監會", "sino-korean")]),
    ("국가발전개혁위원회(발개위·发改委)가 발표했다.",
     [("국가발전개혁위원회", "发改委", "mixed"), ("발개위", "发改委", "sino-korean")]),
    # ... or of the Korean term before it, where a rendered word spells no reading (환, 汇)
    ("국가외환관리국(외환국·国家外汇管理局)이 밝혔다.",
     [("국가외환관리국", "国家外汇管理局", "mixed"), ("외환국", "国家外汇管理局", "mixed")]),
    ("베이징대학교(北京大学·베이징대)에 입학했다.",
     [("베이징대학교", "北京大学", "mixed"), ("베이징대", "北京大学", "mixed")]),
    # ... its head 위원회 clipped to 위, as Chinese clips 委员会 to 委, or not
    ("국가발전개혁위원회(발개위·国家发改委)가 발표했다.",
     [("국가발전개혁위원회", "国家发改委", "mixed"), ("발개위", "国家发改委", "mixed")]),
    ("중앙군사위원회(중앙군사위·中央军委)가 열렸다.",
     [("중앙군사위원회", "中央军委", "mixed"), ("중앙군사위", "中央军委", "mixed")]),
    # ... not a piece of it written whole
    ("국가외환관리국(외환·国家外汇管理局)이 밝혔다.",
     [("국가외환관리국", "国家外汇管理局", "mixed")]),
    ("베이징대학교(北京大学·베이징)에 입학했다.", [("베이징대학교", "北京大学", "mixed")]),
])
def test_the_short_form_in_the_bracket_and_the_name_in_full_before_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(list(mine(text))) == expected


@pytest.mark.parametrize("text, pair", [
    ("그는 난징에서(南京) 자랐다.", ("난징", "南京")),  # the gloss after the particle
    ("저우언라이는(周恩來) 총리였다.", ("저우언라이", "周恩來")),  # not 저우언라이는
    # an ending Kiwi finds after a stem that reads the gloss: 신중 of 신중한
    ("그는 신중한(愼重) 태도를 보였다.", ("신중", "愼重")),
    ("이는 중요한(重要) 문제다.", ("중요", "重要")),
    # a one-syllable name the word after the bracket goes on from (no prefix)
    ("그는 당(唐)나라의 시인이다.", ("당", "唐")),
    # ... 한 too, which Kiwi takes for the determiner "one" (that 漢 does not gloss)
    ("그는 한(漢)나라의 역사를 썼다.", ("한", "漢")),
    # ... or a particle the common noun Kiwi may read there would take in (기와, 도마)
    ("성리학은 기(氣)와 그 이치를 논한다.", ("기", "氣")),
    ("조선은 각 도(道)마다 관찰사를 두었다.", ("도", "道")),
    # ... and a character of its own, not the prefix's or determiner's
    ("노자의 무(無) 사상은 깊다.", ("무", "無")),
    ("그는 전(錢) 회장을 만났다.", ("전", "錢")),
    # a suffix that is no ending stays: 시 of 하얼빈시
    ("그는 하얼빈시(哈尔滨)에 갔다.", ("하얼빈시", "哈尔滨")),
    # a term readings explain in part (a mix), its particle Kiwi reads as one
    ("신베이의 하이산역은(海山站) 환승역이다.", ("하이산역", "海山站")),
    ("그는 칭화대학교를(清华大学) 졸업했다.", ("칭화대학교", "清华大学")),
    ("승객들은 선전 바오안 공항에서(深圳宝安机场) 출발했다.", ("선전 바오안 공항", "深圳宝安机场")),
    # ... but a name that ends in a particle's syllable keeps it (Kiwi reads none)
    ("그의 아들 분파이(本巴) 등이 떠났다.", ("분파이", "本巴")),
    # ... and a name the tables give, a translation, as sure as read
    ("이번에는 텐센트가(腾讯) 발표했다.", ("텐센트", "腾讯")),
    ("친구에게 위챗으로(微信) 보냈다.", ("위챗", "微信")),
])
def test_a_particle_before_the_bracket_is_no_part_of_the_term(text: str,
                                                              pair: tuple[str, str]) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh) == pair and text[found.term_start : found.term_end] == pair[0]


def test_a_japanese_name_written_with_y_vowels_after_j_is_as_sure_as_the_standard() -> None:
    (plain,) = mine("추카몬인(中和門院)의 편지가 남았다.")
    (written,) = mine("츄카몬인(中和門院)의 편지가 남았다.")
    assert (written.kind, written.confidence) == ("japanese", plain.confidence)


@pytest.mark.parametrize("text, expected", [
    # an article opens by repeating its title: the gloss translates the title whole
    ("달빛 여행자\n\n달빛 여행자(夜归人)는 2003년 영화다.", ("달빛 여행자", "translation")),
    ("푸른 강 (영화)\n\n푸른 강(碧江)은 2001년 영화다.", ("푸른 강", "translation")),
    # a title readings explain in part keeps the words' own verdict: the name before the title
    ("마윈 회장\n\n마윈 회장(馬雲)은 말했다.", ("마윈", "transliteration")),
    # a title nothing explains, its particles and all
    ("별들의 고향\n\n별들의 고향(星星故鄉)은 1980년 영화다.", ("별들의 고향", "translation")),
    # ... but not when its start reads the gloss (the gloss names a part), or a person's name
    ("한솔빌딩\n\n한솔빌딩(韓率)은 서울에 있다.", None),
    ("빛나\n\n빛나(吴玉兴)는 가수다.", None),
])
def test_a_gloss_after_a_repeated_heading_takes_the_heading_whole(
        text: str, expected: tuple[str, str] | None) -> None:
    found = [(p.ko, str(p.kind)) for p in mine(text)]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("시장 점유율 1위 업체(出货量 기준)는 샤오미다.", []),  # a note about shipments
    ("사진 속 기자들(新华社 제공)이 모였다.", []),
    ("회의에는 양나이민(杨乃民 부총경리)이 참석했다.", [("양나이민", "杨乃民")]),
])
def test_korean_words_after_the_gloss_make_a_translation_chance(
        text: str, expected: list[tuple[str, str]]) -> None:
    # A name its readings read stands; a translation of a note's subject does not.
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a translation that explains the quote's last words: the quote is the term
    ("중국은 '제로 코로나(清零)' 정책을 폐기했다.", [("제로 코로나", "清零")]),
    # ... even where a modifier before that word kept the word from a term of its own:
    # the quote marks where the term starts (without it, 빨간 봉투 or 봉투 is a guess)
    ("설날에 ‘빨간 봉투(红包)’를 받았다.", [("빨간 봉투", "红包")]),
    ("그들은 '새 친구(新朋友)'를 사귀었다.", [("새 친구", "新朋友")]),
    # ... its nouns joined by 와 or 과, where the gloss joins words too (与, or in words)
    ("그는 《노인과 바다(老人与海)》를 읽었다.", [("노인과 바다", "老人与海")]),
    ("이는 '중국과 미국의 갈등(中美冲突)'이다.", [("중국과 미국의 갈등", "中美冲突")]),
    # ... not where the gloss is one word the last noun translates, or the first reads
    ("그는 '회사와 직원(员工)'을 말했다.", []),
    ("그는 '정부와 협력(合作)'을 강조했다.", []),
    ("그는 '가격과 수량(价格)'을 따졌다.", []),
    ("설날에 빨간 봉투(红包)를 받았다.", []),
    # readings keep their verdict: a quote may end in a name
    ("그는 '대변인 왕원빈(汪文斌)'이라고 적었다.", [("왕원빈", "汪文斌")]),
    # a quote with glosses of its own is a phrase, not one term
    ("이는 '모든 마음[心]과 마음작용[心所]'이 그친 상태다.", [("마음작용", "心所")]),
    # a quoted sentence translates what was said: no term, in the quote or after it
    ("그녀는 '함께 잘 살자(共同富裕)'를 외쳤다.", []),
    ("그는 \"우리는 강하다\"(我们很强大)라고 말했다.", []),
    ("그는 “먼저 가라”(你先走)라고 했다.", []),
    ("그는 \"나는 간다\"(我走了)라고 말했다.", []),  # an ending Kiwi calls connective
    # ... its own question or exclamation mark inside the quote, or in the gloss
    ("손님에게 '밥 드셨어요?'(吃饭了吗?)라고 묻는다.", []),
    ("그는 \"정말 좋구나!\"(真好!)라고 외쳤다.", []),
    # ... or one word, a verb made of a noun (축하 + 하다)
    ("모두가 \"축하합니다\"(恭喜)라고 외쳤다.", []),
    # a word that is a verb's form or a noun is the noun its particle shows
    ("아이들은 '판다'(熊猫)를 보러 갔다.", [("판다", "熊猫")]),
    # a verb made a noun is a term, and so is a name Kiwi reads as the copula's form
    ("요즘 '누워서 지내기'(躺平)가 유행했다.", [("누워서 지내기", "躺平")]),
    ("떡은 '나미자'(糯米糍)라 쓴다.", [("나미자", "糯米糍")]),
    # a work's title in title marks may be a sentence
    ("영화 《나는 전설이다》(我是传奇)를 봤다.", [("나는 전설이다", "我是传奇")]),
    # ... and ends as it ends, with what reads as a particle, unless the rest reads the gloss
    ("드라마 '인민의 이름으로(人民的名义)'가 방영됐다.", [("인민의 이름으로", "人民的名义")]),
    ("드라마 '인민의 이름으로'(人民的名义)가 방영됐다.", [("인민의 이름으로", "人民的名义")]),
    ("그는 '베이징에서'(北京) 왔다.", [("베이징", "北京")]),
])
def test_a_bracket_that_ends_a_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the word for a character's meaning, its reading, the character: no term
    ("한자로 쓰면 사람 인(人) 자다.", []),
    ("나무 목(木)에 아들 자(子)를 더하면 오얏 리(李)가 된다.", []),
    ("부수 물 수(氵) 변이 붙은 글자.", []),
    ("간체로는 동녘 동(东)이다.", []),
    # ... or its reading alone, then 자, "character", quoted or not
    ("설날에는 복(福)자를 거꾸로 붙인다.", []),
    ("'용(龍)' 자는 임금을 뜻한다.", []),
    ("한자로 쓰면 사람 인 (人) 자다.", []),  # a space before the bracket
    ("설날에는 복 (福)자를 거꾸로 붙인다.", []),
    # ... while a reading after another word is a pair
    ("그 후 당(唐)은 망했다.", [("당", "唐")]),
    ("그는 큰 대(隊)를 이끌었다.", [("대", "隊")]),
    ("그녀는 차(茶) 자체를 즐겼다.", [("차", "茶")]),  # 자 opens another word
])
def test_a_bracket_that_names_a_character(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_country_written_before_a_translated_name_is_left_out() -> None:
    # the gloss names no country: the term starts after it, inside the word
    assert pairs("오늘 중국중앙방송(中央电视台)이 보도했다.") == [("중앙방송", "中央电视台")]
    # ... unless the name the tables give opens with it
    assert pairs("오늘 중국중앙TV(中央电视台)가 보도했다.") == [("중국중앙TV", "中央电视台")]
    assert pairs("그는 중국어(汉语)를 배운다.") == [("중국어", "汉语")]  # a word of its own
    # ... and a name read, or one the tables give, after it
    assert pairs("그는 홍콩항셍지수(恒生指数)를 본다.") == [("항셍지수", "恒生指数")]
    assert pairs("일본도요타(丰田)의 신차") == [("도요타", "丰田")]
    # ... while a translation the rest leaves short keeps it
    assert pairs("한국전쟁(朝鲜战争)이 끝났다.") == [("한국전쟁", "朝鲜战争")]


def test_a_word_that_introduces_a_name_is_no_part_of_it() -> None:
    assert pairs("그녀는 통칭 오스마이사마(御住居様)로 불렸다.") == [("오스마이사마", "御住居様")]


@pytest.mark.parametrize(("text", "expected"), [
    # a word offered as the translation of characters another word reads: chance; the
    # word that reads them is the term
    ("황후 의정대귀비 보르지기트씨(懿靖大貴妃)는 몽골 출신이다.", [("의정대귀비", "懿靖大貴妃")]),
    # the same name written another way before the term stays outside it
    ("카르고초크 또는 카르고촉(哈爾古楚克)은 황족이다.", [("카르고촉", "哈爾古楚克")]),
])
def test_a_piece_that_other_syllables_read_is_chance(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the gloss holds the modifier too (美 맛있는, 好 좋은): the noun alone is no term
    ("우리는 맛있는 음식(美食)을 먹었다.", []),
    ("그는 좋은 옷[好衣]을 입었다.", []),
    # a determiner modifies as an ending does (老 오랜), one Kiwi reads as a noun alone too
    ("나는 오랜 친구(老朋友)를 만났다.", []),
    ("그는 새 회사(新公司)를 차렸다.", []),
    # a name spelled longer than its gloss stays, modifier or not
    ("떠오르는 바이트댄스(字节跳动)가 있다.", [("바이트댄스", "字节跳动")]),
    # ... but a common noun after a modifier is no name's rendering: the bracket names
    # what the words describe
    ("우리는 잔잔한 호수(洱海)를 바라보았다.", []),
    ("관광객은 번화한 거리(王府井)를 걸었다.", []),
])
def test_a_translation_after_a_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_word_that_points_does_not_translate_a_name() -> None:
    assert pairs("우리 정부(韩国政府)도 대응에 나섰다.") == []  # 우리 for 韩国 is a reference
    assert pairs("우리 정부(我国政府)는 밝혔다.") == [("우리 정부", "我国政府")]  # 我国 is 우리


def test_an_l_doubled_as_english_spells_it_still_reads() -> None:
    # 알리바바: 아 for 阿, its ㄹ doubling the l of 리 (里)
    found = list(mine("창업자가 세운 알리바바(阿里巴巴)는 성장했다."))
    assert [(o.ko, o.zh, o.kind.value) for o in found] == [
        ("알리바바", "阿里巴巴", "transliteration")]


def test_numerals_translate_only_as_numbers() -> None:
    assert pairs("14차 5개년 계획(十四五)이 끝난다.") == []  # 계획 is no translation of 十四五
    # 二十 is read by 20, so no word before it translates it (전국대표 for 二十):
    # 전국대표대회 is 大's
    assert pairs("그는 제20차 전국대표대회(二十大)에서 말했다.") == [
        ("제20차 전국대표대회", "二十大")]
    assert pairs("제20차(第二十次) 회의") == [("제20차", "第二十次")]


@pytest.mark.parametrize(("text", "expected"), [
    # Korean counts in its own numerals, a word each; 个 may go unwritten.
    ("정부는 하나의 중국(一个中国) 정책을 지킨다.", [("하나의 중국", "一个中国", "mixed")]),
    ("그는 두 개의 중국(两个中国)에 반대했다.", [("두 개의 중국", "两个中国", "mixed")]),
    ("당은 네 가지 기본 원칙(四项基本原则)을 내세웠다.",
     [("네 가지 기본 원칙", "四项基本原则", "mixed")]),
    ("그들은 한 나라 두 제도(一国两制)를 약속했다.", [("한 나라 두 제도", "一国两制", "mixed")]),
    ("당은 열 가지 원칙(十项原则)을 세웠다.", [("열 가지 원칙", "十项原则", "mixed")]),
    # ... or in digits, the counter glued to them (3대, 3개 for 道, 条)
    ("당국은 3대 레드라인(三道红线)을 내놓았다.", [("3대 레드라인", "三道红线", "mixed")]),
    ("기업은 3개 레드라인(三条红线)을 지켰다.", [("3개 레드라인", "三条红线", "mixed")]),
    # A numeral and its measure word alone are no term; nor is what follows
    # a numeral Korean wrote before it (两 is 두, not 세션 alone: both words are the term).
    ("회의에 한 명(一名)이 왔다.", []),
    ("올해도 두 세션(两会)이 열렸다.", [("두 세션", "两会", "mixed")]),
    # ... a word jieba joins to the numeral too (三孩: 세 자녀)
    ("정부는 세 자녀 정책(三孩政策)을 폈다.", [("세 자녀 정책", "三孩政策", "mixed")]),
    # 한 inside a word counts nothing.
    ("일국양제(一国两制) 원칙", [("일국양제", "一国两制", "sino-korean")]),
])
def test_a_numeral_counted_in_korean(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An ordinal around the number: 제 before the digits, 차 기 회 after them.
    ("그는 제20차 당대회(二十大)에서 연설했다.", ("제20차 당대회", "二十大")),
    ("20차 당대회(二十大) 이후 달라졌다.", ("20차 당대회", "二十大")),
    ("올해 제14차 5개년 계획(十四五规划)이 시작됐다.", ("제14차 5개년 계획", "十四五规划")),
    ("지난해 제19기 6중전회(十九届六中全会)가 열렸다.", ("제19기 6중전회", "十九届六中全会")),
    ("도시는 제2회 박람회(第二届博览会)를 열었다.", ("제2회 박람회", "第二届博览会")),
])
def test_an_ordinal_around_a_number_belongs_to_the_term(text: str,
                                                         expected: tuple[str, str]) -> None:
    assert pairs(text) == [expected]


def test_digits_write_no_other_number_than_the_gloss() -> None:
    # a piece takes no numeral the digits do not read: 四 is no 3
    assert pairs("제3차(第四次) 회의가 열렸다.") == []
    assert pairs("제3차(第三次) 회의가 열렸다.") == [("제3차", "第三次")]
    # ... where a numeral a name's reading takes is the name's (우 reads 五)
    assert pairs("그는 우푸탕 1번로(五福堂一号路)에 산다.") == [("우푸탕 1번로", "五福堂一号路")]


@pytest.mark.parametrize("label", ["중국명", "중문명", "한자명", "중국어", "중국 이름"])
def test_a_label_naming_the_chinese_name_is_no_korean_word(label: str) -> None:
    text = f"틱톡의 모회사 바이트댄스({label}: 字节跳动)는 상장을 검토한다."
    assert pairs(text) == [("바이트댄스", "字节跳动")]
    text = f"방송인 장위안({label} 张远)이 출연했다."  # without a colon too
    assert pairs(text) == [("장위안", "张远")]
    assert pairs("가수 아이유(본명: 李知恩)는 노래했다.") == []  # a real name is another word


@pytest.mark.parametrize(("text", "expected"), [
    # A gloss that opens with a Latin or digit word: the term opens with it too.
    ("텐센트는 AI 비서(AI助手)를 내놓았다.", [("AI 비서", "AI助手")]),
    ("그 도시에는 5G 기지국(5G基站)이 많다.", [("5G 기지국", "5G基站")]),
    ("회사는 3나노 공정(3纳米工艺)을 도입했다.", [("3나노 공정", "3纳米工艺")]),
    ("그해 4·19 혁명(4·19革命)이 일어났다.", [("4·19 혁명", "4·19革命")]),
    # digits the Korean parts with a middle dot, as it writes a date naming an event
    ("그해 9·11 사건(911事件)이 일어났다.", [("9·11 사건", "911事件")]),
    # ... and Chinese numerals a dot parts the same way: one date, no list of two
    ("그해 12·9 운동(一二·九运动)이 일어났다.", [("12·9 운동", "一二·九运动")]),
    ("1988년 서울 올림픽(1988年首爾奧運會)은", [("1988년 서울 올림픽", "1988年首爾奧運會")]),
    # the nearest of two: the one the bracket follows
    ("AI 업계에서 AI 비서(AI助手)가 늘었다.", [("AI 비서", "AI助手")]),
    # the Latin name alone, the gloss adding a company suffix Korean leaves out
    ("가전업체 TCL(TCL电子)이 발표했다.", [("TCL", "TCL电子")]),
    # Korean that does not write the word has no term for the gloss
    ("인공지능 비서(AI助手)를 내놓았다.", []),
    ("그는 샤오미(MI小米)를 샀다.", []),
    # a letter and one character may be a term; a number and one is a date or a count
    ("혈액형은 B형(B型)이다.", [("B형", "B型")]),
    ("이 회사는 2019년(2019年) 세워졌다.", []),
    # digits and units alone are an amount, however many: no term
    ("그 펀드는 30억 위안(30亿元)을 모았다.", []),
    ("관객 120만 명(120万人)이 몰렸다.", []),
    ("투자액은 2.5억 달러(2.5亿美元)였다.", []),
    ("개발에 18개월(18个月)이 걸렸다.", []),
    ("그는 2008년 베이징 올림픽(2008年北京奥运会)에 나갔다.",
     [("2008년 베이징 올림픽", "2008年北京奥运会")]),
    # a Latin name is never cut at an accented letter
    ("프랑스어로는 Pékin(北京)이라고 쓴다.", [("Pékin", "北京")]),
    ("베트남에서는 Hồ Chí Minh(胡志明)으로 쓴다.", [("Hồ Chí Minh", "胡志明")]),
    # a gloss that ends with one: the term ends with it too
    ("정부는 '제조강국 2035(制造强国2035)' 계획을 냈다.", [("제조강국 2035", "制造强国2035")]),
    ("그는 신차 니오 ET7(蔚来ET7)을 몰았다.", [("니오 ET7", "蔚来ET7")]),
    ("영화 무간도 2(無間道 2)가 개봉했다.", [("무간도 2", "無間道 2")]),
    ("이 휴대폰은 화웨이 메이트(华为Mate60)다.", []),
    # a number set apart that Korean does not write is a note: 3rd year of the reign
    ("1311년(세종(世宗 3)에 임명됐다.", [("세종", "世宗")]),
])
def test_a_gloss_that_opens_or_ends_with_a_latin_word(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_no_piece_takes_a_numeral_the_digits_read() -> None:
    # 三 of 三道红线 is the 3 of 3대, not part of a piece 三道 spelt 레드
    from glossary.mining.align import PieceModel, align, units
    from glossary.mining.correspondences import chinese_words, seed

    found = align("三道红线", units("3대 레드라인"), PieceModel(chinese_words("三道红线")), seed())
    assert found is not None and found.start_text == "3대 레드라인"
    assert found.evidence[0] == "num"


@pytest.mark.parametrize(("zh", "window"), [
    ("大韓民國", "이 나라는 대한민국"), ("民國", "이 나라는 대한민국"),
    ("韩雯斐", "플랫폼 총괄 한원페이"), ("广东省广州市", "중국 광둥성 광저우시"),
    ("上海", "상하이 상해"), ("二十大", "제20차 당대회"), ("中国人民银行", "중국 인민은행"),
    ("阿里巴巴", "창업자가 세운 알리바바"), ("金", "김금"), ("云计算", "시장에서 클라우드 컴퓨팅"),
    ("东京", "일본 도쿄 도쿄"), ("一带一路", "일대일로 일대일로"),
    ("两个中国", "반대하는 두 개의 중국"), ("四项基本原则", "네 가지 기본 원칙"),
])
def test_the_floor_read_one_by_one_changes_no_alignment(zh: str, window: str) -> None:
    # The lattice leaves cells below the floor be; without a floor it fills them all.
    from glossary.mining.align import NEG, PieceModel, _Lattice, _trace, align, units
    from glossary.mining.correspondences import chinese_words, seed

    us = units(window)
    for pieces in (None, PieceModel(chinese_words(zh))):
        lattice = _Lattice(zh, us, pieces, seed())
        lattice.floor = NEG
        lattice.fill()
        edges = lattice.left_edges()
        score, _, start, in_word = max(edges)
        expected = _trace(zh, us, lattice.back, start, score, in_word, pieces)
        assert align(zh, us, pieces, seed()) == expected


@pytest.mark.parametrize("chars, korean", [
    ("上海", "상하이"), ("东京", "도쿄"), ("二天一流", "니텐이치류"), ("佐佐木", "사사키"),
    ("理想汽车", "리샹"), ("京东", "징둥닷컴"), ("熊猫", "판다"), ("中国梦", "중국의 꿈"),
    ("新质生产力", "새로운 질적 생산력"), ("上海", "큰 상하이"), ("躺平", "탕핑"),
])
def test_reads_whole_is_decide_as_far_as_readings_go(chars: str, korean: str) -> None:
    # reads_whole skips translation pieces, Latin names and company suffixes:
    # none of them can give a sure reading of the whole, so the verdict is the same.
    decided = decide(chars, korean)
    expected = ((decided[1], decided[2]) if decided and decided[0] == 0
                and decided[1] in READ_KINDS and decided[2] >= READ_WHOLE else None)
    assert reads_whole(chars, korean) == expected


@pytest.mark.parametrize("text", [
    "창업자 마윈(馬 雲)은 말했다.",  # spaced as extracted PDFs and letter-spaced headings are
    "창업자 마윈(馬\u3000雲)은 말했다.",
    "창업자 마윈〔馬雲〕은 말했다.",  # tortoise-shell brackets, as legal and academic texts write
    "창업자 마윈﹙馬雲﹚은 말했다.",  # small parentheses, as PDFs and old fonts give them
    "창업자 마윈〖馬雲〗은 말했다.",  # lenticular white brackets
])
def test_a_gloss_spaced_or_in_other_brackets_is_the_same_term(text: str) -> None:
    # mine_document sees a document as it reads: the ideographic space as a space.
    # A gloss written a character at a time is the word without its spaces (a
    # gloss of longer words keeps them: how many it has tells the miner something);
    # its forms, as the termbase keeps them, have no space either way.
    (pair,) = mine_document(text).pairs
    assert (pair.ko, pair.zh, pair.zh_hans, pair.zh_hant) == ("마윈", "馬雲", "马云", "馬雲")


def test_a_document_without_han_is_read_for_nothing_but_still_recorded() -> None:
    text = "서울의 봄(2023)은 영화다."
    plain = mine_document(text, "봄.txt")
    assert (plain.pairs, plain.size, plain.id) == ((), len(text.encode()), "봄.txt")
    assert plain.sha256 == mine_document(text).sha256
    # a Kangxi radical reads as the ideograph it looks like: such a gloss is read
    (pair,) = mine_document("공자는 인(\u2f08)을 강조했다.", "인.txt").pairs
    assert (pair.ko, pair.zh_hans) == ("인", "人")
    # ... and so does a supplement radical drawn as a whole character (⻩ for 黄)
    (pair,) = mine_document("그는 황산(\u2ee9山)에 올랐다.", "황산.txt").pairs
    assert (pair.ko, pair.zh_hans) == ("황산", "黄山")


@pytest.mark.parametrize("text", [
    "가격은 100위안(一百元)이다.",  # a number and what it counts is a quantity
    "회의는 오후 3시(三点)에 시작한다.",
    "첫째(第一), 둘째(第二)",  # an ordinal translates only as a number
])
def test_a_quantity_or_an_ordinal_is_no_term(text: str) -> None:
    assert pairs(text) == []


def test_a_cited_author_read_before_the_bracket_is_a_pair() -> None:
    assert pairs("리밍(李明, 2019)은 이를 처음 보고했다.") == [("리밍", "李明")]


@pytest.mark.parametrize(("text", "expected"), [
    ("중국 증권감독관리위원회(证监会)는 규정을 고쳤다.", [("증권감독관리위원회", "证监会")]),
    ("국가발전개혁위원회(发改委)가 대책을 내놓았다.", [("국가발전개혁위원회", "发改委")]),
    ("그는 인민정치협상회의(政协) 위원이다.", [("인민정치협상회의", "政协")]),
    # its country glued before the words the abbreviation keeps a character of
    ("올해 중국인민정치협상회의(政协) 회의가 열렸다.", [("중국인민정치협상회의", "政协")]),
    # ... which counts for nothing in the name's length (13 syllables, 11 without it)
    ("중국은행보험감독관리위원회(银保监会)가 해체됐다.",
     [("중국은행보험감독관리위원회", "银保监会")]),
    ("국가시장감독관리총국(市场监管总局)이 조사했다.", [("국가시장감독관리총국", "市场监管总局")]),
    # written in two or three words, the first read from its first syllable
    ("그들은 대만 독립(台独)을 주장했다.", [("대만 독립", "台独")]),
    ("창장 삼각주(长三角) 지역이 성장했다.", [("창장 삼각주", "长三角")]),  # 창: 长 in Mandarin
    ("중국 공산당 중앙위원회(中共中央)가 결정했다.", [("중국 공산당 중앙위원회", "中共中央")]),
    # an abbreviation heading a gloss whose rest the words after its name explain
    ("중국 공산당 제20차 당대회(中共二十大)가 열렸다.",
     [("중국 공산당 제20차 당대회", "中共二十大")]),
    ("중국 정부 제20차 당대회(中共二十大)가 열렸다.", [("제20차 당대회", "中共二十大")]),
    # or four; what translates or reads the last words alone is only a part of the name
    ("중국 국가 시장 감독 관리 총국(市场监管总局)이 조사했다.",
     [("시장 감독 관리 총국", "市场监管总局")]),
    ("국가 발전 개혁 위원회(发改委)가 대책을 내놓았다.", [("발전 개혁 위원회", "发改委")]),
    ("지난해 전국 인민 대표 대회(全国人大)가 열렸다.", [("전국 인민 대표 대회", "全国人大")]),
    # the short form read whole in the bracket is a term too
    ("증권감독관리위원회(증감회·证监会)가 밝혔다.",
     [("증권감독관리위원회", "证监会"), ("증감회", "证监会")]),
    # syllables that follow each other read a word, not an abbreviation
    ("경제가 크게 발전했다(发展).", []),
    ("그들은 연구개발했다(研发).", []),  # a verb, though its syllables skip
    ("그는 오랜 친구들과(老朋友) 만났다.", []),
])
def test_an_abbreviation_glosses_the_name_written_in_full(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    for pair in mine(text):
        # the name in full writes what the short form leaves out; the short form read
        # in the bracket is a reading
        inside = text.index("(") < pair.term_start
        assert str(pair.kind) == ("sino-korean" if inside else "mixed")


@pytest.mark.parametrize(("text", "expected"), [
    # 北 read 베이 in Mandarin: two syllables for one character
    ("베이징 대학(北大) 연구진이 밝혔다.", [("베이징 대학", "北大")]),
    ("상하이 교통 대학(上海交大)에 입학했다.", [("상하이 교통 대학", "上海交大")]),
    ("베이징 항공 항천 대학(北航)을 나왔다.", [("베이징 항공 항천 대학", "北航")]),
])
def test_an_abbreviation_of_a_name_read_in_mandarin(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    (pair,) = mine(text)
    assert str(pair.kind) == "mixed"


@pytest.mark.parametrize(("text", "expected"), [
    ("정부는 '쌍순환' 전략(双循环战略)을 내놓았다.", [("쌍순환 전략", "双循环战略")]),
    ('당은 "공동 부유" 정책(共同富裕政策)을 폈다.', [("공동 부유 정책", "共同富裕政策")]),
    ("올해 '618' 쇼핑 축제(618购物节)가 끝났다.", [("618 쇼핑 축제", "618购物节")]),
    ("이웃 나라의 ‘일대일로’ 구상(“一带一路”倡议)이 거론됐다.",
     [("일대일로 구상", "一带一路倡议")]),
    # a particle after the quote: the quoted word is the sentence's, not the term's
    ("'중국몽'이란 구상(中国梦)을 밝혔다.", [("중국몽", "中国梦")]),
    # a translation starts at the quote, not inside it; a reading where it reads
    ("'제로 코로나' 정책(动态清零)이 끝났다.", [("제로 코로나 정책", "动态清零")]),
    ("'중국 특색' 사회주의(特色社会主义)를 내세웠다.", [("특색 사회주의", "特色社会主义")]),
    # quotes around a sentence that a verb ends: nothing, or no part of the term
    ("그는 '좋다' 말했다(他说好).", []),
    ("'강하다' 중국(强大中国)을 외쳤다.", []),
])
def test_a_quoted_word_may_open_a_term(text: str, expected: list[tuple[str, str]]) -> None:
    """Korean quotes the name of a policy before what it is ('쌍순환' 전략);
    the term is both words, stored without the quotes."""
    assert pairs(text) == expected
    for pair in mine(text):
        assert text[pair.term_start:pair.term_end].replace("'", "").replace('"', "").replace(
            "’", "") == pair.ko


@pytest.mark.parametrize(("text", "expected"), [
    ("작가의 장편 삼체(《三体》)가 영상으로 옮겨졌다.", [("삼체", "三体")]),
    ("영화 '유랑지구(『流浪地球』)'가 흥행했다.", [("유랑지구", "流浪地球")]),
    # a tab between the words and the bracket, as a space
    ("통신장비 업체 화웨이\t(华为)가 발표했다.", [("화웨이", "华为")]),
    # in quotes as in title marks
    ("통신장비 업체 화웨이(“华为”)가 발표했다.", [("화웨이", "华为")]),
    ('통신장비 업체 화웨이("华为")가 발표했다.', [("화웨이", "华为")]),
    # a word quoted inside the gloss: the term is the same unquoted
    ("정부는 탄소중립 목표(“双碳”目标)를 세웠다.", [("탄소중립 목표", "双碳目标")]),
    ('이웃 나라의 일대일로 구상("一带一路"倡议)이 거론됐다.', [("일대일로 구상", "一带一路倡议")]),
    ("도시의 삼선 계획(「三線」計劃)을 읽었다.", [("삼선 계획", "三線計劃")]),
    # the work's title glossed after a word that only translates a piece of it: chance
    ("이 책(《三体》)은 널리 읽혔다.", []),
    # a title in marks that the bracket ends, its words whatever they are
    ("감독의 《붉은 수수밭(紅高粱)》을 다시 봤다.", [("붉은 수수밭", "紅高粱")]),
    ("감독의 <붉은 수수밭(紅高粱)>을 다시 봤다.", [("붉은 수수밭", "紅高粱")]),
    ("감독의 <붉은 수수밭>(紅高粱)을 다시 봤다.", [("붉은 수수밭", "紅高粱")]),
    # ... not a quote, nor a character explained, nor a phrase with a comma
    ('그는 "나는 간다(我走了)"고 말했다.', []),
    ("「항구(港)」로 읽었다.", []),
    ("「충신, 두 군왕을 섬기지 않는다(忠臣)」고 했다.", []),
    ("「품목, 세 가지(三种)」로 나눴다.", []),
    # ... but a work's title may hold a comma, where no part before it renders the gloss
    ("드라마 <겨우, 서른(三十而已)>이 리메이크된다.", [("겨우, 서른", "三十而已")]),
    ("소설 『살고, 죽고(生死疲劳)』를 읽었다.", [("살고, 죽고", "生死疲劳")]),
    # ... and so may the original's: one title, not a list of two characters
    ("감독의 『색, 계(色，戒)』를 봤다.", [("색, 계", "色，戒")]),
    ("감독의 <색, 계(色, 戒)>를 봤다.", [("색, 계", "色，戒")]),
    ('"색, 계(色，戒)"라고 적었다.', [("색", "色"), ("계", "戒")]),
    # ... even where the gloss would read as a list of two
    ("영화 『안녕, 먼 바다(你好，远海)』가 개봉했다.", [("안녕, 먼 바다", "你好，远海")]),
    # ... but names a comma parts are a list, marks or not
    ("《베이징, 상하이(北京，上海)》를 읽었다.", [("베이징", "北京"), ("상하이", "上海")]),
    # a quote after a word that names a kind of work is its title, as in marks
    ("중국 드라마인 '바람 속의 등대(风中灯塔)'가 방영됐다.",
     [("바람 속의 등대", "风中灯塔")]),
    ("중국 드라마 '달을 쫓는 소년(追月少年)'이 방영됐다.", [("달을 쫓는 소년", "追月少年")]),
    ("예능 '파도를 넘어서(乘风破浪)'가 방영됐다.", [("파도를 넘어서", "乘风破浪")]),
    ('영화 "안녕, 먼 바다(你好，远海)"가 개봉했다.', [("안녕, 먼 바다", "你好，远海")]),
    ("노래 '우리는 친구(朋友)'가 히트했다.", [("우리는 친구", "朋友")]),
    ("단편소설 '매미(蝉)'를 읽었다.", [("매미", "蝉")]),
    ("영화 제목 '달을 쫓는 소년(追月少年)'이 붙었다.", [("달을 쫓는 소년", "追月少年")]),
    ("단편소설 《매미(蝉)》를 읽었다.", [("매미", "蝉")]),
    # ... and not without one: a quote may say anything, a character be explained
    ("《매미(蝉)》를 읽었다.", []),
    ("'파도를 넘어서(乘风破浪)'가 방영됐다.", []),
    ('그가 "안녕, 먼 바다(你好，远海)"라고 했다.', []),
    ("그는 '우리는 친구(朋友)'라 했다.", [("친구", "朋友")]),
])
def test_a_gloss_in_chinese_title_marks_glosses_the_title(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_mine_reads_text_as_a_reader_sees_it() -> None:
    # decomposed Hangul (as macOS and some PDFs write it), a zero-width space
    # and full-width brackets: found as in clean text, offsets into the text given
    import unicodedata
    text = unicodedata.normalize("NFD", "창업자 마윈(馬雲)이 말했다. ") + "상하이\u200b（上海）에"
    found = list(mine(text))
    assert [(p.ko, p.zh) for p in found] == [("마윈", "馬雲"), ("상하이", "上海")]
    for pair in found:
        assert unicodedata.normalize("NFC", text[pair.term_start : pair.term_end]) == pair.ko
        assert text[pair.paren_start] in "(（"


def test_mine_reads_prose_wrapped_at_a_width_as_one_line() -> None:
    # a PDF's lines: a break inside a sentence is a space, or nothing before
    # the last syllable of a word; offsets point into the text as given
    text = ("올해 박람회는 남부 지역의 경제 중심지로 꼽히는 광둥성\r\n광저우시(广东省广州市)에서\n"
            "열렸고, 행사를 주관한 단체는 동방 여러 나라의 민족연합\n회(民族聯合會)였다.\n"
            "주요 도시\n상하이(上海)\n")
    found = list(mine(text))
    assert [(p.ko, p.zh) for p in found] == [("광둥성 광저우시", "广东省广州市"),
                                             ("민족연합회", "民族聯合會"), ("상하이", "上海")]
    assert [text[p.term_start : p.term_end] for p in found] == [
        "광둥성\r\n광저우시", "민족연합\n회", "상하이"]  # 주요 도시, a heading, stays out


@pytest.mark.parametrize(("text", "expected"), [
    ("홍콩 행정장관 존 리(李家超)는 기자회견을 열었다.", [("존 리", "李家超")]),
    ("언론인 지미 라이(黎智英)가 재판을 받았다.", [("지미 라이", "黎智英")]),  # 지 reads 智 alone
    ("활동가 아그네스 차우(周庭)가 출국했다.", [("아그네스 차우", "周庭")]),
    # the surname as Taiwan romanizes it (Chang, Kuo), near its Mandarin sound
    ("창업자 모리스 창(張忠謀)이 은퇴했다.", [("모리스 창", "張忠謀")]),
    # a surname jieba takes for a word of its own (张 a measure word before 凯夫)
    ("알리익스프레스의 레이 장(张凯夫) 대표가 말했다.", [("레이 장", "张凯夫")]),
    # a title before the surname is no given name
    ("행정장관 리(李家超)는 기자회견을 열었다.", []),
    # ... nor is 씨 after it (a translation of the name by 씨 alone is chance)
    ("신고한 저우 씨(周某)는 조사를 받았다.", []),
    # someone unnamed, however read: a surname and 某 is no term
    ("피의자 왕모(王某·45)씨가 체포됐다.", []),
    ("목격자 장모(張某)씨와 리모모(李某某)씨는 말했다.", []),
    ("그는 저우 씨(周恩來)를 만났다.", []),  # readings and a piece for 씨: no name either
    # a name read whole keeps its reading
    ("그는 외교부장 왕 이(王毅)를 만났다.", [("왕 이", "王毅")]),
])
def test_a_western_given_name_before_a_chinese_surname(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    if expected and expected[0][0] != "왕 이":
        assert [str(pair.kind) for pair in mine(text)] == ["mixed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("시진핑 중국 국가주석(习近平)이 연설했다.", [("시진핑", "习近平")]),
    ("외교부 마오닝 대변인(毛宁)은 답했다.", [("마오닝", "毛宁")]),
    ("왕이 외교부장(王毅)은 말했다.", [("왕이", "王毅")]),  # the title no part of the term
    # a word that says which one (전, 현, 신임…) may stand before the title
    ("마윈 전 회장(马云)은 말했다.", [("마윈", "马云")]),
    ("왕이 신임 외교부장(王毅)이 왔다.", [("왕이", "王毅")]),
    # a longer title: the name, no translation of the title
    ("성명은 리창 중국 국무원총리(李强)를 언급했다.", [("리창", "李强")]),
    # a word that is no title between them: the name read whole alone, the word no part of it
    ("그는 베이징 시장(北京)에 갔다.", [("베이징", "北京")]),
    # a quoted word the noun is said to be: the quoted word, not the noun
    ("그는 '탕핑'이라는 말(躺平)을 썼다.", [("탕핑", "躺平")]),
    ("그는 \"중국몽\"이라는 구상(中国梦)을 밝혔다.", [("중국몽", "中国梦")]),
    ("그는 '잘 지내'라는 말(你好)을 했다.", []),  # a quote no reading explains: no 말
    ("'중국몽'이란 구상(中国梦)을 밝혔다.", [("중국몽", "中国梦")]),  # not 이란 구상, translated
    # a word read whole, then a bare noun that is no title: the word, no translation of the noun
    ("그는 광저우 방문(广州)을 마쳤다.", [("광저우", "广州")]),
    ("이 문서는 병음 표기(拼音)로 쓰였다.", [("병음", "拼音")]),  # not 표기 for 拼音
    # ... nor where the gloss takes each word's first syllable: it is short for both
    ("그녀는 잉여 여성(剩女)이라 불렸다.", [("잉여 여성", "剩女")]),
    ("그는 상하이의 출신(上海)이다.", []),  # a particle: the noun is no bare word after the name
    # ... the gloss of a compound's first word, its dash for the rest: the word, not the two
    ("이것을 비주기적 타일링(非周期的-, )이라 한다.", [("비주기적", "非周期的")]),
    # a Westerner's name its gloss writes by its sounds: the name, not the title
    ("회견에서 트럼프 대통령(特朗普)은 관세를 말했다.", [("트럼프", "特朗普")]),
    ("독일의 메르켈 총리(默克尔)가 방문했다.", [("메르켈", "默克尔")]),
    ("푸틴 러시아 대통령(普京)이 참석했다.", [("푸틴", "普京")]),
    # ... not when the gloss names the office too: the title is its part
    ("블링컨 장관(布林肯国务卿)이 방중했다.", [("블링컨 장관", "布林肯国务卿")]),
    ("마크롱 대통령(马克龙总统)은 말했다.", [("마크롱 대통령", "马克龙总统")]),
    # ... before a title in Latin letters, which names no one
    ("머스크 CEO(马斯克)가 트윗을 올렸다.", [("머스크", "马斯克")]),
    ("일론 머스크 테슬라 CEO(埃隆·马斯克)가 왔다.", [("일론 머스크", "埃隆·马斯克")]),
    ("젠슨 황 엔비디아 CEO(黄仁勋)가 발표했다.", [("젠슨 황", "黄仁勋")]),
    # ... which a gloss of the title itself still renders, and nothing else
    ("애플 CEO(首席执行官)가 바뀌었다.", [("CEO", "首席执行官")]),
    ("그는 오픈AI CEO(首席执行官)가 되었다.", [("CEO", "首席执行官")]),  # Latin glued to a word
    # a firm written with Latin letters may qualify the title
    ("샘 올트먼 오픈AI CEO(萨姆·奥尔特曼)가 말했다.", [("샘 올트먼", "萨姆·奥尔特曼")]),
    ("최태원 SK 회장(崔泰源)이 말했다.", [("최태원", "崔泰源")]),
    ("그는 CEO(总裁)가 되었다.", [("CEO", "总裁")]),
    ("회견에는 팀 쿡 CEO(苹果)가 나왔다.", []),
    # a Korean's name is rendered by its reading only: a stage name is no rendering of it
    ("가수 아이유(IU·李知恩)가 노래했다.", []),
    # ... nor is a word before the given name a translation of the family name
    ("BTS 지민(朴智旻)이 노래했다.", []),
    ("그룹 멤버 지민(朴智旻)이 노래했다.", []),
    # ... nor a stage name a piece of which takes the family name and a given name's first
    # character (제이 for 金帝), the rest read: the name is of another kind
    ("가수 제이유(金帝儒)가 노래했다.", []),
    ("최고위원 정청래(郑清来)가 말했다.", [("정청래", "郑清来")]),
    ("영화 가을 햇살(秋日和)을 봤다.", [("가을 햇살", "秋日和")]),  # a film's title, no one's name
    # a Sino-Korean common noun for a person's name says what one is: no rendering
    ("공자는 위대한 사상가(孔子)였다.", []),
    ("노벨상 수상자(莫言)의 소설을 읽었다.", []),
    ("쑨원은 중국의 국부(孙中山)로 불린다.", []),
    ("상하이는 금융 중심지(上海)다.", []),  # ... and for a place's, what the place is
    ("행사에는 디자이너(王大仁)가 참석했다.", []),  # ... a descriptor in any script
    ("청년 조직(共青团)이 주도했다.", []),  # ... an organization's name jieba knows
    ("그는 최고 명문(北京大学) 출신이다.", []),  # ... after a word that singles one out
    ("그는 중국의 대문호(鲁迅)를 존경했다.", []),  # ... a common noun 대 or 명 esteems
    ("그는 그 명작(红楼梦)을 다시 읽었다.", []),  # 명 spells 梦's meng near, not exactly
    ("그는 그 소설가(村上春樹)를 인터뷰했다.", []),  # a Japanese family name opens the gloss
    # jieba takes common nouns for places (东西, 城市): a place needs its spelling known
    ("그는 물건(东西)을 샀다.", [("물건", "东西")]),
    ("그는 도시(城市)에 산다.", [("도시", "城市")]),
    # ... and a common noun Kiwi knows spells no place for one (수산, 水産, for 海鲜)
    ("그 시장은 화난수산시장(华南海鲜市场)이다.", [("화난수산시장", "华南海鲜市场")]),
    ("그는 공청단(共青团) 출신이다.", [("공청단", "共青团")]),
    ("성소(程潇)가 노래했다.", [("성소", "程潇")]),  # a stage name read in part (소 潇)
    ("신형 마이카(梅花)를 개발했다.", [("마이카", "梅花")]),  # a loanword jieba reads a name
    # a surname alone before the title: no name
    ("왕 부장(王毅)은 회견했다.", []),
    # ... nor a surname spelt in Mandarin before a gloss that says more than it
    ("'레이 회장(雷总)'이 발표했다.", []),
    # a firm's descriptor is no person's title: the name and it stay one term
    ("알리바바 그룹(阿里巴巴集团)이 발표했다.", [("알리바바 그룹", "阿里巴巴集团")]),
    # the name, its title and a word after it the gloss reads: all three, the title no gap
    ("트럼프 대통령 부부(特朗普夫妇)가 도착했다.", [("트럼프 대통령 부부", "特朗普夫妇")]),
    ("오바마 전 대통령 부부(奥巴马夫妇)는 떠났다.", [("오바마 전 대통령 부부", "奥巴马夫妇")]),
    ("리창 총리 부부(李强夫妇)가 참석했다.", [("리창 총리 부부", "李强夫妇")]),
    # ... a word after it the gloss does not read: nothing, and never the title for the name
    ("트럼프 대통령 일행(特朗普夫妇)이 도착했다.", []),
    ("바이든 대통령 일가(拜登家族)가 모였다.", []),
    # a title's piece for a character jieba reads as a surname alone stays (卿 of 国务卿)
    ("그는 국무 장관(国务卿)이 되었다.", [("국무 장관", "国务卿")]),
    # a title alone translates no name the words before it render: nothing,
    # where a title's gloss stays; the name the tables give is the term
    ("오고타이 황제(窝阔台)가 즉위했다.", []),
    ("쿠빌라이 황제(忽必烈)가 즉위했다.", [("쿠빌라이", "忽必烈")]),
    ("미국 대통령(总统)이 방문했다.", [("대통령", "总统")]),
    # ... nor all of a Japanese person's name, which jieba cuts apart
    ("기시다 총리(岸田文雄)가 말했다.", []),
    ("총리(首相)가 말했다.", [("총리", "首相")]),
    # a title glued to the name: the name alone, read whole or given by the tables
    ("시진핑주석(习近平)이 연설했다.", [("시진핑", "习近平")]),
    ("리창총리(李强)가 답했다.", [("리창", "李强")]),
    ("장이머우감독(张艺谋)의 영화를 봤다.", [("장이머우", "张艺谋")]),
    ("트럼프대통령(特朗普)이 말했다.", [("트럼프", "特朗普")]),
    ("시진핑국가주석(习近平)이 말했다.", [("시진핑", "习近平")]),  # a compound title
    ("왕이외교부장(王毅)이 방문했다.", [("왕이", "王毅")]),
    # ... and no name without one: a title alone, or a surname
    ("그는 부총리(李强)가 되었다.", []),
    ("왕부장(王毅)은 회견했다.", []),
])
def test_a_name_then_its_title_before_the_bracket(text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_translation_of_a_koreans_name_is_one_word_like_a_stage_name() -> None:
    from glossary.mining.miner import _a_koreans_name_translated

    assert _a_koreans_name_translated("李知恩", "아이유")
    assert not _a_koreans_name_translated("金燕子", "심야의 결투")  # a film's title
    assert not _a_koreans_name_translated("星巴克", "스타벅스")  # no Korean's name


@pytest.mark.parametrize(("text", "expected"), [
    # 축제 is one word: 축 is no rendering of 购物 beside 제 read as 节
    ("연말 618 쇼핑 축제(618购物节)가 열렸다.", [("618 쇼핑 축제", "618购物节")]),
    ("올해 11·11 쇼핑 축제(购物节)는 조용했다.", [("쇼핑 축제", "购物节")]),
    # one syllable inside a word may spell two characters' sound (릭 for 力克)
    ("그는 철릭(撦力克)과 재혼했다.", [("철릭", "撦力克")]),
])
def test_a_chinese_word_one_syllable_renders_is_a_word_of_its_own(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year in digits before the name, with 년 or without (the gloss's 年 unwritten)
    ("2008 베이징 올림픽(2008年北京奥运会)이 열렸다.",
     [("2008 베이징 올림픽", "2008年北京奥运会")]),
    ("2008년 베이징 올림픽(2008年北京奥运会)이 열렸다.",
     [("2008년 베이징 올림픽", "2008年北京奥运会")]),
    ("그해 2030 항저우 박람회(2030年杭州博览会)가 열린다.",
     [("2030 항저우 박람회", "2030年杭州博览会")]),
    # digits alone name nothing
    ("그는 2008(2008年)에 왔다.", []),
])
def test_a_year_opens_a_term(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "드라마에서 배우는 정다운(阮秋月) 역을 맡았다.",
    "그 소설에서 박하늘(黄晓明)은 교사다.",
])
def test_a_korean_name_is_no_translation_of_another_persons_name(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the bracket says where in the country, or what of it: no translation
    ("그 배우는 일본(東京)에서 자랐다.", []),
    ("이 차는 미국(纽约)으로 팔려 간다.", []),
    ("그녀는 중국(北京)의 대학에 다닌다.", []),
    ("그 가족은 한국(首爾)에 정착했다.", []),
    ("수출국은 중국(华为手机)뿐이다.", []),
    # a place under its own name, or a name sharing a character with the gloss
    ("여행자들은 뉴욕(纽约)에 모였다.", [("뉴욕", "纽约")]),
    ("중국(中华人民共和国)은 큰 나라다.", [("중국", "中华人民共和国")]),
])
def test_a_country_is_no_translation_of_another_place(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_korean_name_that_reads_the_chinese_one_stays() -> None:
    assert pairs("드라마에서 배우는 정다운(鄭多雲) 역을 맡았다.") == [("정다운", "鄭多雲")]


@pytest.mark.parametrize(("text", "expected"), [
    # the word before opens or ends with a reading of the gloss's first character: the gloss
    # reaches back into it, and the term starts there (측 or 요리 alone is not the term)
    ("미국 측(美方)은 반대했다.", [("미국 측", "美方")]),
    ("오늘은 쓰촨 요리(川菜)를 먹었다.", [("쓰촨 요리", "川菜")]),
    ("정부는 '탄소 피크(碳达峰)' 시점을 앞당겼다.", [("탄소 피크", "碳达峰")]),
    # ... or is the place China's one-character name for it, the first, names (港 of 香港)
    ("그 회사는 홍콩 증시(港股)에 상장했다.", [("홍콩 증시", "港股")]),
    # ... or opens with its Mandarin sound spelt in two syllables (北 베이 of 베이징)
    ("그 회사는 베이징 증권거래소(北交所)에 상장했다.", [("베이징 증권거래소", "北交所")]),
    # a mix whose first character a piece translates: not 측 for 中方 beside 대표 read
    ("회의에서 중국 측 대표(中方代表)가 발언했다.", [("중국 측 대표", "中方代表")]),
    # not past a word that cannot be part of a term, nor a conjoined one, nor a count
    ("중요한 회의(中央会议)가 열렸다.", []),
    ("이것이 우리 당(我党)의 원칙이다.", []),  # 당 reads 党: a reading with 我 left out
    ("옛사람은 하늘과 땅(天地)을 섬겼다.", []),
    ("올해도 두 세션(两会)이 열렸다.", [("두 세션", "两会")]),  # the numeral read, not 세션
    # a translated name of its own after a conjoined word glosses the last word alone
    ("업계는 알리바바와 텐센트(腾讯)가 이끈다.", [("텐센트", "腾讯")]),
    ("사람들은 바이두와 위챗(微信)을 쓴다.", [("위챗", "微信")]),
    # ... and so does a common word or a phrase naming the last of two proper nouns
    ("시장에서는 샤오미와 레노버(联想)가 다툰다.", [("레노버", "联想")]),
    ("이번 투자에는 알리바바와 바이트댄스(字节跳动)가 참여했다.", [("바이트댄스", "字节跳动")]),
    # not common nouns, nor two states a character each, nor a name a syllable reads
    ("무대에서 노래와 춤(歌舞)을 선보였다.", []),
    ("이번 협정은 호주와 뉴질랜드(澳新)가 맺었다.", []),
    ("양국 관계에서 중국과 러시아(中俄)는 가깝다.", [("중국과 러시아", "中俄")]),
])
def test_a_translation_whose_gloss_reaches_one_word_back(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "pair"), [
    # a common Chinese word Japanese reads whole, not kanji by kanji: a name Korean and
    # Japanese both take from elsewhere, no Japanese name
    ("여름 휴가로 홍콩(香港)에 다녀왔다.", ("홍콩", "香港")),
    ("대표단은 모스크바(莫斯科)로 떠났다.", ("모스크바", "莫斯科")),
])
def test_a_name_japanese_shares_is_no_japanese_reading(text: str, pair: tuple[str, str]
                                                       ) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh, str(found.kind)) == (*pair, "translation")


def test_a_name_the_tables_give_explains_its_characters_beside_a_piece() -> None:
    # 香港 홍콩 from the tables, 島 translated by 섬: not a loose piece among unread ones
    assert [(p.ko, p.zh, p.kind.value) for p in mine("배는 홍콩섬(香港島)에 닿았다.")] == \
        [("홍콩섬", "香港島", "translation")]


def test_readings_with_syllables_the_gloss_leaves_out_are_mixed() -> None:
    (found,) = mine("주장삼각주(珠三角) 지역의 공장이 늘었다.")
    assert (found.ko, str(found.kind)) == ("주장삼각주", "mixed")
    (found,) = mine("창장삼각주(长三角) 도시들")
    assert str(found.kind) == "mixed"


@pytest.mark.parametrize(("text", "expected"), [
    # a policy named with a plus: the plus is part of the gloss and of the term
    ("정부는 인터넷 플러스(互联网+) 전략을 밝혔다.", [("인터넷 플러스", "互联网+")]),
    ("정부는 인공지능+(人工智能+) 행동을 밝혔다.", [("인공지능+", "人工智能+")]),
])
def test_a_gloss_ending_in_a_plus(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_name_read_through_is_open_whatever_kiwi_makes_of_it() -> None:
    # Kiwi reads 저장대 as 저장 and the ending 대; every syllable reads a character
    assert pairs("그는 저장대(浙江大学)를 졸업했다.") == [("저장대", "浙江大学")]
    # one syllable stays as Kiwi reads it: 전 may be the determiner
    assert pairs("그는 전(戰中) 태생이다.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the plural suffix is grammar, no part of a term that readings explain
    ("이 도시의 화교들(华侨)이 모였다.", [("화교", "华侨")]),
    ("시장은 농민공들(农民工)의 삶을 다뤘다.", [("농민공", "农民工")]),
    # from the term's first word on, when it holds more than one
    ("행사장에서 베이징 시민들(北京市民)이 환영했다.", [("베이징 시민", "北京市民")]),
    # a translation keeps it: titles end so (행복한 날들)
    ("도시의 젊은이들(年轻人)이 모였다.", [("젊은이들", "年轻人")]),
    # 들 as a word of its own stays
    ("그 들(田野)은 넓다.", [("들", "田野")]),
])
def test_the_plural_suffix_is_no_part_of_the_term(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Korean's short form of a name the gloss writes in full: a syllable a word
    ("대만의 민진당(民主進步黨) 후보가 당선됐다.", [("민진당", "民主進步黨")]),
    ("그해 중공(中國共産黨)이 창당됐다.", [("중공", "中國共産黨")]),
    # ... the country opening the name left out too
    ("증감회(中国证券监督管理委员会)가 조사에 나섰다.", [("증감회", "中国证券监督管理委员会")]),
    # ... or 国家, the state, and a committee's name joining two words with 和
    ("발개위(国家发展和改革委员会)가 승인했다.", [("발개위", "国家发展和改革委员会")]),
    ("인사부(人力资源和社会保障部)가 발표했다.", [("인사부", "人力资源和社会保障部")]),
    # ... but not the country of another place named before it
    ("한국의 증감회(中国证券监督管理委员会)가 조사에 나섰다.", []),
    # a head Korean clips to its first syllable: 위 of 委员会, 대 of 大学
    ("중앙군사위(中央军事委员会)가 발표했다.", [("중앙군사위", "中央军事委员会")]),
    ("그는 인민대(中国人民大学)를 나왔다.", [("인민대", "中国人民大学")]),
    # the start read, nothing left out between: no short form
    ("그는 인민(人民日报)을 읽었다.", []),
    ("그는 인민(中国人民大学)을 나왔다.", []),  # ... nor the country alone left out
    ("중앙군사(中央军事委员会)가 발표했다.", []),  # ... nor a head whole
    ("마화텅(马云和马化腾)이 만났다.", []),  # two names joined have no short form
    # a common noun after a bare noun is a compound's last word, read by chance
    ("안면 인식(人脸识别) 기술이 쓰인다.", []),
    ("중국 전인대(全国人民代表大会)가 열렸다.", [("전인대", "全国人民代表大会")]),
])
def test_a_korean_short_form_of_a_name_the_gloss_writes_in_full(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    if expected:
        assert [str(p.kind) for p in mine(text)] == ["mixed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("인민은행(中国人民银行)이 금리를 내렸다.", [("인민은행", "中国人民银行")]),
    ("인민해방군(中國人民解放軍)이 훈련했다.", [("인민해방군", "中國人民解放軍")]),
    ("공산당 중앙위원회(中国共产党中央委员会)가 열렸다.",
     [("공산당 중앙위원회", "中国共产党中央委员会")]),
    ("통계국(国家统计局)은 수치를 냈다.", [("통계국", "国家统计局")]),  # 国家, the state
    ("중국은 외교부(中国外交部)를 통해 밝혔다.", [("외교부", "中国外交部")]),  # the same country
    ("핑안(中国平安)이 상장됐다.", [("핑안", "中国平安")]),  # Mandarin reads two
    ("상무부(中华人民共和国商务部)가 발표했다.", [("상무부", "中华人民共和国商务部")]),
    ("일본 상무부(中华人民共和国商务部)가 발표했다.", []),
    # another place named before: not the country the gloss names
    ("한국 외교부(中国外交部)가 밝혔다.", []),
    ("일본의 공산당(中国共产党)이 반대했다.", []),
    ("대만 국민당(中国国民党)이 반대했다.", []),  # 만 of 대만 is no particle
    # two characters read the Sino-Korean way: a common noun, no name
    ("정부(中国政府)가 밝혔다.", []),
    # a city opening the gloss is no country Korean leaves out
    ("그는 대학(北京大学)에 갔다.", []),
    ("그는 중국(中国人民银行)에 갔다.", []),
])
def test_a_name_korean_writes_without_the_country_its_gloss_opens_with(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    for pair in mine(text):
        assert str(pair.kind) in {"sino-korean", "transliteration"}
        assert pair.confidence < READ_WHOLE  # the country goes unread


def test_a_word_read_the_sino_korean_way_before_a_korean_company_suffix_is_no_name() -> None:
    # 자동차 is Korean's only after a name spelt in Mandarin sounds: 무인 reads 无人
    # the Sino-Korean way, a driverless car, no firm
    assert pairs("무인자동차(无人)가 시험 운행을 했다.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("마오타이(贵州茅台) 주가가 떨어졌다.", [("마오타이", "贵州茅台")]),
    ("하이얼(青島海爾)은 가전 업체다.", [("하이얼", "青島海爾")]),
    ("우량예(四川宜宾五粮液)를 마셨다.", [("우량예", "四川宜宾五粮液")]),  # province, then city
    ("구이저우 마오타이(贵州茅台)가 올랐다.", [("구이저우 마오타이", "贵州茅台")]),  # read whole
    # the rest read the Sino-Korean way is a common noun the place makes a name of
    ("그는 대학(北京大学)에 갔다.", []),
    ("신문(北京日报)을 읽었다.", []),
    # the rest a place itself: the gloss names two places, the term one
    ("광저우(广东广州)에 갔다.", []),
    ("시안(陕西西安)에 갔다.", []),
])
def test_a_name_korean_writes_without_the_place_in_china_its_gloss_opens_with(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    for pair in mine(text):
        assert pair.confidence < READ_WHOLE or " " in pair.ko  # the place goes unread


def test_a_state_bodys_name_without_its_country_may_translate_a_word() -> None:
    # 外汇 외환, a word translated: a body's name (局, 部, 委员会...) may mix
    # readings and translations; another name is read whole or gives nothing
    assert [(p.ko, p.zh, str(p.kind)) for p in mine("외환관리국(国家外汇管理局)이 밝혔다.")] == [
        ("외환관리국", "国家外汇管理局", "mixed")]
    assert list(mine("결제망(中国支付网)이 마비됐다.")) == []
    assert list(mine("한국 외환관리국(中国外汇管理局)이 밝혔다.")) == []
    # ... and so may a person's title after a body's name, a word of its own
    governor = "인민은행 총재(中国人民银行行长)가 말했다."
    assert [(p.ko, p.zh, str(p.kind)) for p in mine(governor)] == [
        ("인민은행 총재", "中国人民银行行长", "mixed")]
    assert [(p.ko, p.zh) for p in mine("외교부 대변인(中国外交部发言人)이 말했다.")] == [
        ("외교부 대변인", "中国外交部发言人")]
    assert list(mine("한국 외교부 대변인(中国外交部发言人)이 말했다.")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("중국 상무부(中华人民共和国商务部)가 발표했다.", "중국 상무부"),
    ("중국상무부(中华人民共和国商務部)가 발표했다.", "중국상무부"),
])
def test_the_country_named_before_such_a_name_is_part_of_its_term(text: str,
                                                                 expected: str) -> None:
    """The name the tables give the country (中华人民共和国 is 중국) with the
    readings of the rest: a mix."""
    [pair] = mine(text)
    assert (pair.ko, str(pair.kind)) == (expected, "mixed")


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun's translation leaves no country out: 휴대폰 translates 手机 alone
    ("그는 휴대폰(中国手机)을 샀다.", []),
    ("그는 중국산 휴대폰(中国手机)을 샀다.", [("중국산 휴대폰", "中国手机")]),
    ("그는 한식(韩国菜)을 좋아한다.", [("한식", "韩国菜")]),
    ("그는 안보(国家安全)를 강조했다.", [("안보", "国家安全")]),  # 国家 is no country
    ("그는 페트로차이나(中国石油)에 다닌다.", [("페트로차이나", "中国石油")]),  # a name
])
def test_a_translation_renders_the_country_its_gloss_opens_with(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("펑파이(澎湃新闻)가 보도했다.", [("펑파이", "澎湃新闻")]),
    ("인민(人民新闻)이 보도했다.", []),  # a Sino-Korean reading reads its 新闻 too
])
def test_a_site_read_the_mandarin_way_without_its_news(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("mark", ["-", "·", "–", "\u2011"])
def test_a_term_after_a_joining_mark_starts_a_word(mark: str) -> None:
    """A hyphen or a middle dot before the term ends the word before it, as a
    space does: the term is no start inside a word, and keeps its confidence."""
    [found] = mine(f"두 이론은 같은 근원{mark}대립(對立) 개념에서 나왔다.")
    [glued] = mine("두 이론은 같은 근원대립(對立) 개념에서 나왔다.")
    assert (found.ko, found.zh) == (glued.ko, glued.zh) == ("대립", "對立")
    assert found.confidence >= READ_WHOLE > glued.confidence


@pytest.mark.parametrize(("text", "expected"), [
    # a term that counts as many things as the gloss lists with middle dots:
    # the gloss names its members, and renders neither the term nor any one of them
    ("두 정상은 양국(韓·中) 관계를 논의했다.", []),
    ("동아시아 세 나라(韓·中·日)의 장관이 모였다.", []),
    ("역사책은 삼국(魏·蜀·吳)의 흥망을 다룬다.", []),
    ("그는 명대의 4대 기서(三國演義·水滸傳·西遊記·金甁梅)를 모두 읽었다.", []),
    ("그는 사대기서(三國演義·水滸傳·西遊記·金甁梅)를 모두 읽었다.", []),
    # ... or writes states a character each, no dots between them
    ("두 정상은 양국(中韩) 협력을 약속했다.", []),
    ("동북아 세 나라(中日韩) 외교장관이 만났다.", []),
    ("양측(中美)은 관세 인하에 합의했다.", []),
    ("한중일(中日韩) 정상회의가 열렸다.", [("한중일", "中日韩")]),
    # ... and with the word after it that reads the rest of the gloss
    ("한중일 3국(中日韩三国)의 협력이 강조됐다.", [("한중일 3국", "中日韩三国")]),
    ("한중일 정상(中日韩三国)이 만났다.", []),
    # ... while a term its readings verify stands, a numeral's syllable or not
    ("삼성(三星)은 반도체를 만든다.", [("삼성", "三星")]),
    ("그 정원의 이름은 이화(梨·花)였다.", [("이화", "梨·花")]),
    # ... also the one of two names of one thing that it reads (양 is no count there)
    ("양쯔강(長江·揚子江)은 중국에서 가장 긴 강이다.", [("양쯔강", "揚子江")]),
])
def test_a_count_of_what_the_gloss_lists_is_no_pair(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["작가 루쉰(魯迅·본명 周樹人)은 소설을 썼다.",
                                  "작가 루쉰(魯迅ㆍ본명 周樹人)은 소설을 썼다.",
                                  "작가 루쉰(魯迅, 본명 周樹人)은 소설을 썼다."])
def test_a_note_after_a_middle_dot_as_after_a_comma(text: str) -> None:
    """Korean opens a note with a dot as with a comma; the Chinese in it is
    the note's, no second term that makes the gloss a list."""
    assert pairs(text) == [("루쉰", "魯迅")]


@pytest.mark.parametrize(("text", "expected"), [
    # Chinese names a mission sender first (美国驻韩大使馆), Korean host first,
    # 주 and the host a word of their own: the term starts with that word
    ("주한 미국대사관(美国驻韩大使馆)이 성명을 냈다.", ("주한 미국대사관", "美国驻韩大使馆")),
    ("그는 주한 일본대사(日本驻韩大使)를 만났다.", ("주한 일본대사", "日本驻韩大使")),
    ("주상하이 한국총영사관(韩国驻上海总领事馆)에 문의했다.",
     ("주상하이 한국총영사관", "韩国驻上海总领事馆")),
    # ... China written 华, which Korean writes 중
    ("주중 한국대사관(韩国驻华大使馆)이 공지했다.", ("주중 한국대사관", "韩国驻华大使馆")),
    ("대통령의 방중(访华) 일정이 나왔다.", ("방중", "访华")),
    # ... or the host and 주재 (stationed) before the sender's mission
    ("중국 주재 한국대사관(韩国驻华大使馆)이 공지했다.",
     ("중국 주재 한국대사관", "韩国驻华大使馆")),
    ("일본 주재 미국대사(美国驻日大使)가 말했다.", ("일본 주재 미국대사", "美国驻日大使")),
    # ... and a word before that names no host stays out
    ("그 건물의 미국대사관(美国驻韩大使馆)이 문을 닫았다.", ("미국대사관", "美国驻韩大使馆")),
    ("그는 현지 주재 한국대사관(韩国驻华大使馆)에 갔다.", ("한국대사관", "韩国驻华大使馆")),
])
def test_a_mission_named_host_first(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a dash of any width joins two names in one gloss
    ("중국-아세안 박람회(中国—东盟博览会)가 열렸다.", ("중국-아세안 박람회", "中国—东盟博览会")),
    ("한국-몽골 교류의 해(韩国-蒙古交流年)", ("한국-몽골 교류의 해", "韩国-蒙古交流年")),
    ("중국·아세안 박람회(中国－东盟博览会)가 열렸다.", ("중국·아세안 박람회", "中国-东盟博览会")),
])
def test_a_dash_inside_a_gloss(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text) == [expected]


def test_a_dash_between_hanja_for_a_particle_is_no_gloss() -> None:
    # Korean Wikipedia writes 國籍-喪失 for 국적의 상실: no Chinese term
    assert pairs("이 법은 국적의 상실(國籍-喪失)을 다룬다.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a quote of something said: the translation alone is the term
    ('그는 "우리는 친구(朋友)"라고 말했다.', [("친구", "朋友")]),
    ('그는 "나의 친구(朋友)"라고 했다.', [("친구", "朋友")]),
    # ... while a quoted name whose last words translate stays whole
    ("코로나 시기 '제로 코로나(动态清零)' 정책", [("제로 코로나", "动态清零")]),
])
def test_a_quote_of_something_said(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two names a conjunction joins, in both languages: a pair each
    ("마윈과 마화텅(马云和马化腾)이 만났다.", [("마윈", "马云"), ("마화텅", "马化腾")]),
    ("삼성과 애플(三星和苹果)이 경쟁한다.", [("삼성", "三星"), ("애플", "苹果")]),
    ("과학과 기술(科学与技术)을 중시한다.", [("과학", "科学"), ("기술", "技术")]),
    # ... while one word for both stays one term, and so do both where the
    # bracket lists no members (a note after the gloss: a film's title)
    ("과학기술(科学与技术) 정책", [("과학기술", "科学与技术")]),
    ("양산백과 축영태(梁山伯與祝英台: 1963년 영화)는 명작이다.",
     [("양산백과 축영태", "梁山伯與祝英台")]),
])
def test_two_names_a_conjunction_joins(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name Chinese gave Seoul until 2005, and the old city it reads
    ("서울(汉城)이라는 옛 표기가 있다.", [("서울", "汉城", "translation")]),
    ("백제는 한성(漢城)에 도읍했다.", [("한성", "漢城", "sino-korean")]),
])
def test_seouls_old_chinese_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dynasty's or an old state's syllable read, and 나라 for 朝 or 国
    ("당나라(唐朝) 시인의 시집을 샀다.", ("당나라", "唐朝")),
    ("그는 진나라(秦国)의 재상이었다.", ("진나라", "秦国")),
    ("무덤은 위나라(魏國) 때 만들어졌다.", ("위나라", "魏國")),
])
def test_a_dynasty_named_with_nara(text: str, expected: tuple[str, str]) -> None:
    (pair,) = mine_document(text, "a.txt").pairs
    assert (pair.ko, pair.zh, pair.kind) == (*expected, Kind.MIXED)


@pytest.mark.parametrize("text", [
    "모기업 산하 앤트그룹(蚂蚁集团)의 상장이 미뤄졌다.",
    "그 회사의 자회사 앤트그룹(蚂蚁集团)이 상장한다.",
])
def test_groups_word_for_jituan_keeps_a_common_noun_before_out(text: str) -> None:
    # 그룹 is the word for 集团: the rest (蚂蚁, Ant) is 앤트, not the noun before
    assert pairs(text) == [("앤트그룹", "蚂蚁集团")]


@pytest.mark.parametrize(("text", "expected"), [
    # a simplified form that is a kanji too (丰), another than the name's (豐 豊):
    # its traditional form is read the Japanese way as well
    ("일본 자동차 회사 도요타(丰田)가 신차를 냈다.", ("도요타", "丰田", "japanese")),
    # ... and a Chinese reading of it still reads as one
    ("중국어로는 펑톈(丰田)이라고 읽는다.", ("펑톈", "丰田", "transliteration")),
    # ... while a name the tables give another language's, which Japanese
    # readings spell by chance, is no Japanese name, in either script
    ("미국 기업 아마존(亚马逊)이 진출했다.", ("아마존", "亚马逊", "translation")),
    ("미국 기업 아마존(亞馬遜)이 진출했다.", ("아마존", "亞馬遜", "translation")),
])
def test_a_japanese_name_glossed_in_simplified_forms(
        text: str, expected: tuple[str, str, str]) -> None:
    assert kinded(text) == [expected]


@pytest.mark.parametrize(("text", "pair", "unsure"), [
    # two letters alone right after a Korean word may end a longer name: for review
    ("화웨이는 하모니 OS(鸿蒙)를 공개했다.", ("OS", "鸿蒙"), True),
    # ... not after a word that says what the name is, or one a particle ends
    ("그 회사 HP(惠普)는 실적을 냈다.", ("HP", "惠普"), False),
    ("한국 LG(乐金)는 가전을 판다.", ("LG", "乐金"), False),
    ("미국의 GE(通用电气)가 발표했다.", ("GE", "通用电气"), False),
    ("중국 업체 BYD(比亚迪)가 성장했다.", ("BYD", "比亚迪"), False),
])
def test_two_latin_letters_after_a_korean_word_are_left_for_review(
        text: str, pair: tuple[str, str], unsure: bool) -> None:
    (found,) = mine(text)
    assert (found.ko, found.zh) == pair and (found.confidence < 0.9) == unsure


@pytest.mark.parametrize(("text", "expected"), [
    # a Western name: a word for each name Chinese dots, a space apart
    ("도널드 트럼프(唐纳德·特朗普) 대통령이 말했다.", [("도널드 트럼프", "唐纳德·特朗普")]),
    ("조지 워싱턴(乔治·华盛顿)은 초대 대통령이다.", [("조지 워싱턴", "乔治·华盛顿")]),
    # a name one word translates whole, the rest of the gloss the word's own
    ("작가 셰익스피어(莎士比亚)의 희곡을 읽었다.", [("셰익스피어", "莎士比亚")]),
    # two firms, or two names listed: no one name
    ("애플 구글(苹果·谷歌)이 경쟁한다.", []),
    ("애플과 구글(苹果·谷歌)이 경쟁한다.", []),
    # the given name no reading explains: the name in full, not its surname
    # alone for all of the gloss, or a word short, or nothing
    ("서문에서 칼 마르크스(卡尔·马克思)를 인용했다.", [("칼 마르크스", "卡尔·马克思")]),
    ("영국의 보리스 존슨(鲍里斯·约翰逊) 전 총리가 왔다.", [("보리스 존슨", "鲍里斯·约翰逊")]),
    ("주연은 톰 행크스(汤姆·汉克斯)가 맡았다.", [("톰 행크스", "汤姆·汉克斯")]),
    ("노래는 존 레논(约翰·列侬)이 썼다.", [("존 레논", "约翰·列侬")]),
    ("대통령 에마뉘엘 마크롱(埃马纽埃尔·马克龙)이 도착했다.",
     [("에마뉘엘 마크롱", "埃马纽埃尔·马克龙")]),
    # in traditional characters too (pykakasi reads 馬克思 マルクス: no Japanese name)
    ("철학자 칼 마르크스(卡爾·馬克思)의 저작", [("칼 마르크스", "卡爾·馬克思")]),
    # without the dot, the names jieba finds in the gloss
    ("배우 톰 행크스(汤姆汉克斯)가 웃었다.", [("톰 행크스", "汤姆汉克斯")]),
    # names jieba does not know, nearer in sound
    ("총리 올라프 숄츠(奥拉夫·朔尔茨)가 말했다.", [("올라프 숄츠", "奥拉夫·朔尔茨")]),
    # a surname Korean spells as Mandarin reads it, the given name not
    ("대통령 버락 오바마(贝拉克·奥巴马)가 연설했다.", [("버락 오바마", "贝拉克·奥巴马")]),
    ("위구르족 학자 일함 토티(伊力哈木·土赫提)가 수감됐다.", [("일함 토티", "伊力哈木·土赫提")]),
    # ... but each part must hold a name: two drinks, however alike they sound
    ("카페에서 커피 카카오(咖啡·可可)를 판다.", []),
    # the surname alone in Korean: no name in full
    ("배우 행크스(汤姆·汉克斯)가 웃었다.", []),
    # a title the last word reads is no Western surname
    ("사서는 무차라이 왕(毛禮海王)이라 적었다.", []),
])
def test_a_western_name_chinese_writes_in_its_own_sounds(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    assert all(str(p.kind) in ("translation", "mixed") for p in mine(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a verb and its object, object first in Korean, each read whole
    ("정부는 내수 확대(扩大内需)를 강조했다.", [("내수 확대", "扩大内需", "sino-korean")]),
    ("당은 개혁 심화(深化改革)를 추진한다.", [("개혁 심화", "深化改革", "sino-korean")]),
    ("그는 민생 개선(改善民生)을 약속했다.", [("민생 개선", "改善民生", "sino-korean")]),
    # in the gloss's order, as ever
    ("그는 확대 내수(扩大内需)를 말했다.", [("확대 내수", "扩大内需", "sino-korean")]),
    # one half read, the other not: no swap makes a pair of it
    ("그는 내수 진작(扩大内需)을 말했다.", []),
    # Chinese first, the reading after it
    ("중국은 扩大内需(내수 확대) 정책을 폈다.", [("내수 확대", "扩大内需", "sino-korean")]),
    # one word reading the gloss's characters in Korean's own order
    ("소비자는 '가성비(性价比)'를 따진다.", [("가성비", "性价比", "sino-korean")]),
    ("이 가게는 가성비 (性價比)로 이름났다.", [("가성비", "性價比", "sino-korean")]),
    # ... not where a syllable reads no character, nor two characters swapped
    ("소비자는 가심비(性价比)를 따진다.", []),
])
def test_korean_writes_the_object_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(list(mine(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each word translates a word of the gloss, sharing one character with it
    # (輸出 수출 for 出口, 統制 통제 for 管制): readings here and there, no word read
    ("상무부는 수출 통제(出口管制)를 발표했다.", [("수출 통제", "出口管制", "translation")]),
    # ... the words read written as one, after a noun that pieces would have taken
    ("첨단산업 수출통제(出口管制)를 발표했다.", [("수출통제", "出口管制", "translation")]),
    # readings side by side read a word: the rest is no translation of it
    ("그는 새로운 정책(新政策)을 폈다.", [("새로운 정책", "新政策", "mixed")]),
    ("이 품종은 한국고양이(韓國)로 불린다.", []),
    # a syllable read before the translated word, in a word not read from its
    # start, is chance (사 of 회사 for 事): 회장 translates 董事长 ...
    ("이 회사의 회장(董事长)은 창업자다.", [("회장", "董事长", "translation")]),
    # ... where syllables read as whole words before it count (중, 일 for 中日)
    ("한·중·일 정상회의(中日韩峰会)가 열렸다.", [("한·중·일 정상회의", "中日韩峰会", "mixed")]),
])
def test_readings_inside_translated_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(list(mine(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number and its unit, on either side, is a quantity: no term
    ("그의 키는 180cm(一米八)다.", []),
    ("무게는 5kg(五公斤)이다.", []),
    ("거리는 3.5 km(三点五公里)다.", []),
    # letters after digits that measure nothing name a thing (5G, 3D)
    ("5G(第五代移动通信) 기술이 보급됐다.", [("5G", "第五代移动通信", "latin")]),
    ("3D(三维) 영화를 봤다.", [("3D", "三维", "latin")]),
])
def test_a_measured_quantity_is_no_term(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(list(mine(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a generation's name that Chinese reads digit by digit (bālínghòu)
    ("중국의 바링허우(80后) 세대는 결혼을 미룬다.", [("바링허우", "80后", "transliteration")]),
    ("'주링허우(90後)'와 '링링허우(00后)'가 소비를 이끈다.",
     [("주링허우", "90後", "transliteration"), ("링링허우", "00后", "transliteration")]),
    # digits and a unit are still a date or a count, nothing to read
    ("그는 3월(3月)에 왔다.", []),
    ("참가자는 15명(15人)이다.", []),
    # a word for the generation that reads nothing: no pair
    ("그 세대(80后)는 결혼을 미룬다.", []),
])
def test_digits_chinese_reads_as_characters(text: str, expected: list[tuple[str, str, str]]
                                           ) -> None:
    assert kinded(list(mine(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a model's number a hyphen joins to the Chinese is part of the name
    ("둥펑-41(东风-41) 미사일을 공개했다.", [("둥펑-41", "东风-41", "transliteration")]),
    ("젠-20(歼-20) 전투기가 날았다.", [("젠-20", "歼-20", "transliteration")]),
    # a Latin model's name after the Chinese, spelt in Hangul with its number
    ("화웨이 메이트60(华为Mate60)이 나왔다.",
     [("화웨이 메이트60", "华为Mate60", "transliteration")]),
    ("화웨이 퓨라70(华为Mate60)이 나왔다.", []),
    # a Latin designation, its letter the character's Mandarin initial, renders
    # it whole (jiān, yùn), never the character alone
    ("스텔스 전투기 J-20(歼-20)이 공개됐다.", [("J-20", "歼-20", "latin")]),
    ("수송기 Y-20(运-20)이 날았다.", [("Y-20", "运-20", "latin")]),
    ("수송기 J-20(运-20)이 날았다.", []),
    # the number after the bracket is the text's own
    ("둥펑(东风)-41 미사일.", [("둥펑", "东风", "transliteration")]),
])
def test_a_models_number_joined_by_a_hyphen(text: str, expected: list[tuple[str, str, str]]
                                            ) -> None:
    assert kinded(list(mine(text))) == expected


def test_a_decision_remembered_is_the_shipped_tables_alone() -> None:
    """Decisions with the shipped correspondences are remembered; a table of
    one's own is asked afresh, and what it decided is not remembered for the
    shipped table's question."""
    from glossary.mining.decide import forget_decisions

    shipped = decide("梦工场", "그 드림공장")
    assert shipped is not None and shipped[1] == Kind.MIXED
    assert decide("梦工场", "그 드림공장", {"梦工场": ("드림공장",)}) == (2, Kind.TRANSLATION, 0.97)
    assert decide("梦工场", "그 드림공장") == shipped
    forget_decisions()
    assert decide("梦工场", "그 드림공장") == shipped


@pytest.mark.parametrize(("text", "expected"), [
    # the digits of a Latin name count what the gloss's Chinese numeral counts, or it
    # names another
    ("정상회의 G7(二十国集团)에 참석했다.", []),
    ("정상회의 G20(二十国集团)에 참석했다.", [("G20", "二十国集团", "latin")]),
    ("통신사는 5G(第五代移动通信) 망을 깔았다.", [("5G", "第五代移动通信", "latin")]),
    # ... in either script (兩 as 两)
    ("미중 G3(兩國集團) 체제가 거론됐다.", []),
    ("미중 G2(兩國集團) 체제가 거론됐다.", [("G2", "兩國集團", "latin")]),
])
def test_a_latin_names_digits_agree_with_the_gloss(text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pinyin with its tones marked says how the gloss is pronounced: no rendering
    ("병음으로는 Běijīng(北京)이라고 쓴다.", []),
    ("이 말은 'nèijuǎn(内卷)'으로 읽는다.", []),
    # without tone marks a spelling may be a brand's own; another language's is a name
    ("통신장비 업체 Huawei(华为)가 발표했다.", [("Huawei", "华为", "latin")]),
    ("베트남에서는 Hồ Chí Minh(胡志明)으로 쓴다.", [("Hồ Chí Minh", "胡志明", "latin")]),
])
def test_toned_pinyin_is_no_rendering(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun for something said renders no question or exclamation
    ('중국어로 "밥 먹었어요?"라는 뜻의 인사(吃饭了吗)를 건넸다.', []),
    ("그는 짧은 인사(你好！)를 했다.", []),
    # ... where a title says it in Korean, it does; 吧 ends places as well
    ("영화 <밥 먹었어요(吃了吗)>가 개봉했다.", [("밥 먹었어요", "吃了吗", "translation")]),
    ("그는 술집(酒吧)에 갔다.", [("술집", "酒吧", "translation")]),
])
def test_an_utterance_is_no_nouns_translation(text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a compound whose other characters are read is a piece of its own,
    # though no dictionary word: 벨트 for 带 of 经济带, after 경제
    ("실크로드 경제벨트(丝绸之路经济带) 구상이 나왔다.",
     [("실크로드 경제벨트", "丝绸之路经济带", "mixed")]),
    ("경제벨트(经济带)가 형성됐다.", [("경제벨트", "经济带", "mixed")]),
    # ... not one syllable for it, nor a piece where the word's other characters are not read
    ("결제망(中国支付网)이 마비됐다.", []),
])
def test_a_compounds_head_translated_after_its_read_characters(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an editor's note sends the reader elsewhere: it names nothing
    ("자세한 내용은 아래를 참고(详见下文).", []),
    ("이 부분은 3장을 보라(參見第三章).", []),
    ("이하 같다(下同).", []),
    # ... where the same characters alone are a word, they are read
    ("그는 참견(参见)했다.", [("참견", "参见", "sino-korean")]),
])
def test_a_cross_reference_is_no_gloss(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a firm the tables name, its gloss with a legal or trade suffix Korean leaves out:
    # as sure as the tables, nine tenths of it
    ("텐센트(腾讯控股)가 실적을 발표했다.", [("텐센트", "腾讯控股", "translation")]),
    ("폭스콘(鸿海科技集团)이 공장을 지었다.", [("폭스콘", "鸿海科技集团", "translation")]),
    ("폭스콘(鴻海精密)은 애플의 협력사다.", [("폭스콘", "鴻海精密", "translation")]),
    # ... and another firm's name for it is none
    ("삼성(腾讯控股)이 실적을 발표했다.", []),
    # the name the tables give a firm stands where it is a common noun too (cherry)
    ("체리(奇瑞)자동차가 수출을 늘렸다.", [("체리", "奇瑞", "translation")]),
])
def test_a_tabled_firm_with_a_suffix_the_gloss_adds(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected
    for pair in mine(text):
        assert pair.confidence >= 0.95


@pytest.mark.parametrize(("text", "expected"), [
    # a bracket that gives the firm's Latin name beside its Chinese: a Korean
    # term spelling that name renders the gloss
    ("아너(荣耀, Honor)가 새 휴대폰을 냈다.", [("아너", "荣耀", "translation")]),
    ("원플러스(一加, OnePlus)는 선전에 있다.", [("원플러스", "一加", "translation")]),
    ("오포(欧珀, OPPO)가 새 휴대폰을 냈다.", [("오포", "欧珀", "translation")]),
    ("레노버(联想, Lenovo)는 노트북을 판다.", [("레노버", "联想", "translation")]),
    ("캐세이 퍼시픽(国泰航空, Cathay Pacific) 항공편이 늘었다.",
     [("캐세이 퍼시픽", "国泰航空", "translation")]),
    # ... a word that spells another name, or none, is no rendering of it
    ("회사(荣耀, Honor)의 휴대폰을 쓴다.", []),
    ("애플(荣耀, Honor)의 휴대폰을 쓴다.", []),
    ("애플(荣耀)의 휴대폰을 쓴다.", []),  # a firm's name the tables give, for another's
    ("드론(大疆, DJI)을 날렸다.", []),
])
def test_a_term_spelling_the_latin_name_its_bracket_gives(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected
    for pair in mine(text):
        assert pair.confidence >= 0.9


@pytest.mark.parametrize(("text", "expected"), [
    # names Korean gives that neither read nor spell the Chinese: the tables know them
    ("리콴유(李光耀)는 싱가포르를 세웠다.", [("리콴유", "李光耀", "translation")]),
    ("고촉통(吳作棟)이 뒤를 이었다.", [("고촉통", "吳作棟", "translation")]),
    ("그는 중국 슈퍼리그(中超联赛)로 이적했다.", [("중국 슈퍼리그", "中超联赛", "translation")]),
    ("독일 분데스리가(德甲) 개막전이 열렸다.", [("분데스리가", "德甲", "translation")]),
    ("알리바바는 큐원(通义千问)을 공개했다.", [("큐원", "通义千问", "translation")]),
    ("딥시크(深度求索)의 새 모델이 나왔다.", [("딥시크", "深度求索", "translation")]),
    ("팝마트(泡泡玛特) 매장에 줄이 섰다.", [("팝마트", "泡泡玛特", "translation")]),
    # ... and a reading of the same characters stays one
    ("이광요(李光耀)의 회고록을 읽었다.", [("이광요", "李光耀", "sino-korean")]),
])
def test_names_korean_gives_otherwise(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected
    for pair in mine(text):
        assert pair.confidence >= 0.95


@pytest.mark.parametrize("text", [
    "**시진핑**(习近平) 주석이 연설했다.",  # Markdown's emphasis, pasted into plain text
    "*시진핑*(习近平) 주석이 연설했다.",
    "시진핑*(习近平) 주석이 연설했다.",  # a footnote's mark
    "시진핑[1](习近平) 주석이 연설했다.",  # ... a wiki's or a paper's
    "시진핑¹(习近平) 주석이 연설했다.",
])
def test_asterisks_before_the_bracket_close_the_term(text: str) -> None:
    assert pairs(text) == [("시진핑", "习近平")]


@pytest.mark.parametrize(("text", "expected"), [
    # Korean adds the kind of plant, or its part, to the name the gloss reads
    ("가을이면 은행나무(银杏) 잎이 노랗게 물든다.", [("은행나무", "银杏", "mixed")]),
    ("약재로 영지버섯(灵芝)을 달였다.", [("영지버섯", "灵芝", "mixed")]),
    ("정원에 오동나무(梧桐)를 심었다.", [("오동나무", "梧桐", "mixed")]),
    # ... but never outnumbers the read characters, nor stands as a word of its own
    ("그는 삼나무(杉)를 심었다.", []),
    ("길가의 은행 나무(银杏).", [("은행", "银杏", "sino-korean")]),
])
def test_a_plants_kind_korean_adds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gloss that goes on with a noun after the name names the office or the spouse too
    ("바이든 대통령(拜登总统)이 연설했다.", [("바이든 대통령", "拜登总统", "translation")]),
    ("바이든 여사(拜登夫人)가 방문했다.", [("바이든 여사", "拜登夫人", "translation")]),
    # ... a name alone before a title is as sure as the tables that give it
    ("바이든 대통령(拜登)이 연설했다.", [("바이든", "拜登", "translation")]),
])
def test_a_westerners_name_before_a_title(text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected
    if expected[0][1] == "拜登":
        assert [pair.confidence for pair in mine(text)] == [0.99]


@pytest.mark.parametrize(("text", "expected"), [
    # a place's name the tables give is no translation of a piece that is none of its characters
    ("관광객은 마카오 타이파(氹仔)의 카지노로 향했다.", []),
    # ... and where the tables give the place another name, that name is the term
    ("관광객은 마카오 코타이(路氹)의 카지노로 향했다.", [("코타이", "路氹")]),
    # ... where the piece is its short form, it stays
    ("미국 정부(美政府)는 답하지 않았다.", [("미국 정부", "美政府")]),
])
def test_a_place_name_for_a_piece_of_another(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a determiner Kiwi finds glued to a noun is the noun's first part: the word is a term
    ("양꼬치(羊肉串)에는 맥주가 어울린다.", [("양꼬치", "羊肉串", "translation")]),
    # ... but one that points or counts keeps the word out
    ("그회사(公司)는 크다.", []),
])
def test_a_determiner_glued_to_its_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


def test_a_noun_saying_what_a_thing_is_like_says_not_which() -> None:
    assert ("전통 요리", "粤菜") not in pairs("그는 전통 요리(粤菜)를 배웠다.")


@pytest.mark.parametrize(("text", "expected"), [
    # a reading usage gives an empress's name, which Unihan's lacks
    ("측천무후(則天武后)는 여황제였다.", [("측천무후", "則天武后", "sino-korean")]),
    # ... and the one Korean gives the spelling of Chinese in Latin letters
    ("한어 병음(汉语拼音)을 배웠다.", [("한어 병음", "汉语拼音", "sino-korean")]),
    # ... and a river's, where Unihan gives the character another's reading
    ("시인은 멱라강(汨罗江)에 몸을 던졌다.", [("멱라강", "汨罗江", "sino-korean")]),
    # a name the tables give, spaced or not as Korean writes it
    ("칭기즈칸(成吉思汗)은 제국을 세웠다.", [("칭기즈칸", "成吉思汗", "translation")]),
    # a steppe ruler's title after the name the tables give
    ("쿠빌라이 칸(忽必烈)은 대도를 세웠다.", [("쿠빌라이", "忽必烈", "translation")]),
    # ... but the common word is no title without a name before it
    ("빈 칸(空格)을 채워라.", []),
    # the kind of plan or policy after its name, which the gloss leaves out, likewise
    ("중국은 일대일로 구상(一带一路)을 내놓았다.", [("일대일로", "一带一路", "sino-korean")]),
    ("정부는 쌍순환 전략(双循环)을 추진했다.", [("쌍순환", "双循环", "sino-korean")]),
    # ... a gloss that writes it too keeps it
    ("정부는 쌍순환 전략(双循环战略)을 추진했다.", [("쌍순환 전략", "双循环战略", "sino-korean")]),
    # ... the noun alone is no rendering of the name
    ("그는 정책(共同富裕)을 폈다.", []),
    # a kind's noun alone translates no name: the noun before it says which one
    ("우리는 광둥 요리(粤菜)를 먹었다.", [("광둥 요리", "粤菜", "translation")]),
    ("밤에 길거리 음식(小吃)을 샀다.", [("길거리 음식", "小吃", "translation")]),
    ("식당에서 오리 구이(烤鸭)를 시켰다.", [("오리 구이", "烤鸭", "translation")]),
    ("설날에 사자춤 공연(舞狮)이 열렸다.", [("사자춤 공연", "舞狮", "translation")]),
    # ... nor does one word a noun that jieba seldom counts, which the noun before it narrows
    ("그 뒤 그는 인터넷 스타(网红)가 되었다.", [("인터넷 스타", "网红", "translation")]),
    ("홍콩 빅토리아 피크(太平山)에 올랐다.", [("빅토리아 피크", "太平山", "translation")]),
    ("그는 스마트폰 브랜드(品牌)를 만들었다.", [("브랜드", "品牌", "translation")]),  # common
    ("영문매체 글로벌타임스(环球时报)가 보도했다.", [("글로벌타임스", "环球时报", "translation")]),
    # ... unless the gloss is a word for the kind itself
    ("주말에 축구 경기(比赛)를 봤다.", [("경기", "比赛", "translation")]),
    ("학교 축제(节日)가 열렸다.", [("축제", "节日", "translation")]),
    # a name in Latin letters before the translation, whose number the gloss writes
    ("올해 G7 정상회의(七国集团峰会)가 열렸다.", [("G7 정상회의", "七国集团峰会", "translation")]),
    # ... and one or two Latin letters its word opens with, a hyphen between or none
    ("중국의 e-스포츠(电子竞技) 산업이 컸다.", [("e-스포츠", "电子竞技", "translation")]),
    ("ABC-방송(电视台)이 보도했다.", [("방송", "电视台", "translation")]),  # a name, no prefix
])
def test_rulers_plans_and_kinds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted title in two parts: the bracket's head is the first part, no label
    ("게임 '검은 신화: 오공(黑神话：悟空)'이 나왔다.",
     [("검은 신화: 오공", "黑神话：悟空", "mixed")]),
    ("드라마 《삼체: 지구의 과거(三体：地球往事)》가 방영됐다.",
     [("삼체: 지구의 과거", "三体：地球往事", "mixed")]),
    # ... a label the bracket names the script by stays a label
    ("그는 오공(中文：悟空)을 좋아한다.", [("오공", "悟空", "sino-korean")]),
    # ... and unquoted, a label the Korean writes too leaves the name alone
    ("출처: 신화통신(来源：新华社)", [("신화통신", "新华社", "mixed")]),
])
def test_a_title_and_its_subtitle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tables' word for a games' name is no common noun taken for a name
    ("청두 유니버시아드(成都大运会)가 개막했다.", [("청두 유니버시아드", "成都大运会", "mixed")]),
    ("베이징 패럴림픽(北京残奥会)이 열렸다.", [("베이징 패럴림픽", "北京残奥会", "mixed")]),
    # ... where the common noun for the name of a news agency stays refused
    ("국영 통신사(新华社)가 보도했다.", []),
])
def test_games_the_tables_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's one character spelt out by the name the tables give it in full
    ("홍콩마카오판공실(港澳办)이 성명을 냈다.", [("홍콩마카오판공실", "港澳办", "mixed")]),
    # ... and names a middle dot joins, before the rest of the body's name
    ("홍콩·마카오 사무판공실(港澳办)이 성명을 냈다.",
     [("홍콩·마카오 사무판공실", "港澳办", "mixed")]),
    ("대만판공실(台办)이 논평했다.", [("대만판공실", "台办", "mixed")]),
    # ... but a name read in full is no expansion of one character
    ("그는 홍콩(港) 출신이다.", []),
])
def test_an_abbreviation_of_regions_short_names(text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hong Kong's and Macau's places by the names English gave them, in the tables
    ("관광객들이 몽콕(旺角)에 몰렸다.", [("몽콕", "旺角", "translation", 0.99)]),
    ("빅토리아 하버(维多利亚港)의 야경.", [("빅토리아 하버", "维多利亚港", "translation", 0.99)]),
    ("마카오 세나도 광장(议事亭前地)을 걸었다.",
     [("세나도 광장", "议事亭前地", "translation", 0.99)]),
    # ... a word that says what the place is stays no name of it
    ("야경이 멋진 항구(维多利亚港).", []),
])
def test_places_of_hong_kong_and_macau(text: str,
                                       expected: list[tuple[str, str, str, float]]) -> None:
    assert [(pair.ko, pair.zh, str(pair.kind), pair.confidence) for pair in mine(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names Korean gives firms from their English names, in the tables
    ("T몰(天猫)에서 팔린다.", [("T몰", "天猫", "translation", 0.99)]),
    ("캐세이퍼시픽(国泰航空)은 홍콩 항공사다.",
     [("캐세이퍼시픽", "国泰航空", "translation", 0.99)]),
    ("하이크비전(海康威视)은 감시카메라 업체다.",
     [("하이크비전", "海康威视", "translation", 0.99)]),
    ("시노백(科兴) 백신이 승인됐다.", [("시노백", "科兴", "translation", 0.99)]),
    # ... the reading of the name stays what it is
    ("중국석화(中国石化)는 정유 업체다.", [("중국석화", "中国石化", "sino-korean", 0.98)]),
])
def test_firms_english_names(text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert [(pair.ko, pair.zh, str(pair.kind), pair.confidence) for pair in mine(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one place's names a dot apart: the term reads one whole, no mix of both
    ("항저우(杭州·臨安)는 남송의 수도였다.", [("항저우", "杭州", "transliteration")]),
    # ... a name a dot joins, which the term mixes whole, stays whole
    ("선웨이 타이후라이트(神威·太湖之光)는 슈퍼컴퓨터다.",
     [("선웨이 타이후라이트", "神威·太湖之光", "mixed")]),
])
def test_a_term_reading_one_of_its_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin letter and a word the tables give whole (주 is 株, no reading of 股)
    ("중국 A주(A股) 시장이 올랐다.", [("A주", "A股", "translation", 0.99)]),
    ("A주(A股)와 B주(B股)가 있다.",
     [("A주", "A股", "translation", 0.99), ("B주", "B股", "translation", 0.99)]),
    # ... and words whose letter Korean does not write, or spells in the word it says
    ("병원에서 엑스레이(X光)를 찍었다.", [("엑스레이", "X光", "translation", 0.99)]),
    ("흰 티셔츠(T恤)를 샀다.", [("티셔츠", "T恤", "translation", 0.99)]),
    ("친구들과 노래방(卡拉OK)에 갔다.", [("노래방", "卡拉OK", "translation", 0.99)]),
    # (가라오케 sounds like 卡拉 read in Japanese: a word the tables give is no Japanese name)
    ("가라오케(卡拉OK) 기계를 샀다.", [("가라오케", "卡拉OK", "translation", 0.99)]),
    # ... where Korean says another word, still no pair
    ("인공지능 칩(AI芯片)을 만들었다.", []),
    # the tables' words of modern Chinese
    ("위안화(人民币) 환율이 올랐다.", [("위안화", "人民币", "translation", 0.99)]),
    # ... a reading stays a reading
    ("인민폐(人民币)라고도 한다.", [("인민폐", "人民币", "sino-korean", 0.98)]),
])
def test_words_of_modern_chinese_the_tables_give(
        text: str, expected: list[tuple[str, str, str, float]]) -> None:
    assert [(pair.ko, pair.zh, str(pair.kind), pair.confidence) for pair in mine(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # marks that open a quote or a title before its first word are none of the term
    ("그는 '·제로 코로나(清零)'를 외쳤다.", [("제로 코로나", "清零")]),
    ("「…붉은 수수밭(紅高粱)」을 봤다.", [("붉은 수수밭", "紅高粱")]),
    ("'·텐센트(腾讯)'가 발표했다.", [("텐센트", "腾讯")]),
])
def test_marks_opening_a_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a Chinese word for what the name after the gloss is, without a colon
    "중국 국가박물관(中国国家博物馆, 简称 国博)을 찾았다.",
    "중국 국가박물관(中国国家博物馆，简称“国博”)을 찾았다.",
    "중국 국가박물관(中国国家博物馆，又称国博)을 찾았다.",
])
def test_a_chinese_label_before_a_short_name(text: str) -> None:
    assert pairs(text) == [("중국 국가박물관", "中国国家博物馆")]
