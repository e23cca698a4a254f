"""The web page over HTTP: security, read-only, escaping, and working beside
the CLI. The browser test is tests/test_web_browser.py."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from db import Termbase
from glossary import mine_document
from glossary.formats.xlsx import workbook
from glossary.model import Decision, Status, TermbaseService
from glossary.web import create_app

TEXT = ("알리바바 창업자 마윈(马云)은 항저우(杭州)에서 말했다. 상하이(上海)와 상해(上海), "
        "타오바오(淘寶) 매장.")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with Termbase(path) as tb:
        tb.add_mined(mine_document(TEXT, "news.txt"))
    return path


def client(db: Path, **options: object) -> TestClient:
    def open_termbase(write: bool) -> TermbaseService:
        return Termbase(db, read_only=not write)

    return TestClient(create_app(open_termbase, **options),  # type: ignore[arg-type]
                      follow_redirects=False)


def csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def status_of(db: Path, ko: str, zh: str) -> Status:
    with Termbase(db, read_only=True) as tb:
        return tb.decision(ko, zh)[0].status


def test_search_with_a_particle_and_a_traditional_form(db: Path) -> None:
    web = client(db)
    assert "马云" in web.get("/", params={"q": "마윈은"}).text
    assert "淘宝" in web.get("/", params={"q": "淘寶"}).text
    assert "No entry" in web.get("/", params={"q": "서울"}).text


def test_a_change_is_a_post_with_the_right_csrf_token(db: Path) -> None:
    web = client(db)
    token = csrf(web.get("/pair", params={"ko": "마윈", "zh": "马云"}).text)
    before = db.read_bytes()
    form = {"ko": "마윈", "zh": "马云", "status": "approved"}
    assert web.post("/pair/decide", data=form).status_code == 403
    assert web.post("/pair/decide", data={**form, "csrf": "0" * 64}).status_code == 403
    other = client(db)  # another browser's token does not fit this session
    assert other.post("/pair/decide", data={**form, "csrf": token}).status_code == 403
    assert status_of(db, "마윈", "马云") is Status.CANDIDATE and db.read_bytes() == before
    done = web.post("/pair/decide", data={**form, "csrf": token})
    assert done.status_code == 303 and status_of(db, "마윈", "马云") is Status.APPROVED
    assert web.get("/pair/decide").status_code == 405  # GET never changes anything


def test_read_only_hides_and_refuses_every_change(db: Path) -> None:
    web = client(db, read_only=True)
    page = web.get("/pair", params={"ko": "마윈", "zh": "马云"}).text
    assert "read-only" in page and "/pair/decide" not in page and "/pair/edit" not in page
    token = csrf(web.get("/annotate").text)
    assert "/pair/add" not in web.get("/", params={"q": "서울"}).text
    for path, form in [("/pair/decide", {"status": "rejected"}),
                       ("/pair/edit", {"new_ko": "마 윈"}), ("/pair/delete", {}),
                       ("/review", {"key": "a"}), ("/pair/add", {"ko": "서울"})]:
        response = web.post(path, data={"ko": "마윈", "zh": "马云", "csrf": token, **form})
        assert response.status_code == 403, path
    assert status_of(db, "마윈", "马云") is Status.CANDIDATE


def test_a_pair_no_document_holds_is_added_from_the_search_page(db: Path) -> None:
    web = client(db)
    page = web.get("/", params={"q": "深圳"}).text  # nothing found: the form is open, filled
    assert "No entry" in page and 'name="zh" required value="深圳"' in page
    form = {"csrf": csrf(page), "ko": "선전", "zh": "深圳", "note": "<i>광둥성</i>",
            "status": "preferred"}
    assert web.post("/pair/add", data={**form, "csrf": "0" * 64}).status_code == 403
    added = web.post("/pair/add", data=form)
    assert added.status_code == 303 and "/pair?" in added.headers["location"]
    with Termbase(db, read_only=True) as tb:
        (pair,) = [p for p in tb.list_pairs() if p.zh_hans == "深圳"]
    assert (pair.ko, pair.status, pair.kind, pair.note) == (
        "선전", Status.PREFERRED, "transliteration", "<i>광둥성</i>")
    shown = web.get("/pair", params={"ko": "선전", "zh": "深圳"}).text
    assert "&lt;i&gt;광둥성" in shown and "<i>광둥성" not in shown
    # given the other way round, the Chinese in the Korean field: read the right way
    web.post("/pair/add", data={**form, "ko": "上海", "zh": "샹하이", "status": "rejected"})
    assert status_of(db, "샹하이", "上海") is Status.APPROVED  # a pair added is never rejected
    empty = web.post("/pair/add", data={**form, "ko": " ", "zh": "北京"})
    assert empty.status_code == 400


def test_a_chinese_term_no_entry_holds_comes_with_suggestions_to_add(db: Path) -> None:
    web = client(db)
    page = web.get("/", params={"q": "釜山"}).text
    found = re.findall(r'name="ko" value="([^"]+)".*?<span class="method">([^<]+)</span>', page,
                       re.S)
    assert found[0] == ("부산", "korean") and ("푸산", "transcription") in found
    assert '<datalist id="suggested"><option value="부산">korean</option>' in page
    # A part the termbase knows is used: 杭州 is 항저우 here.
    assert "항저우시" in web.get("/", params={"q": "杭州市"}).text
    added = web.post("/pair/add", data={"csrf": csrf(page), "ko": "부산", "zh": "釜山"})
    assert added.status_code == 303 and status_of(db, "부산", "釜山") is Status.APPROVED
    # Found now: no suggestion; none for Korean, a sentence or a page that changes nothing.
    assert "Suggested" not in web.get("/", params={"q": "釜山"}).text
    assert "Suggested" not in web.get("/", params={"q": "서울"}).text
    assert "Suggested" not in web.get("/", params={"q": "我们今天" * 20}).text
    assert "Suggested" not in client(db, read_only=True).get("/", params={"q": "深圳"}).text


def test_a_pair_added_again_from_the_page_keeps_its_note(db: Path) -> None:
    web = client(db)
    page = web.get("/", params={"q": "上海"}).text
    form = {"csrf": csrf(page), "ko": "상하이", "zh": "上海", "note": "표준 표기",
            "status": "approved"}
    web.post("/pair/add", data={**form, "status": "preferred"})
    assert 'option value="" title="approved;' in page  # the form's first status
    web.post("/pair/add", data={**form, "note": "", "domain": "", "status": ""})  # as it comes
    with Termbase(db, read_only=True) as tb:
        assert tb.decision("상하이", "上海")[0] == Decision(Status.PREFERRED, "표준 표기", "")
    web.post("/pair/add", data={**form, "ko": "선전", "zh": "深圳", "status": ""})
    assert status_of(db, "선전", "深圳") is Status.APPROVED  # a new pair: approved


def test_a_port_in_use_is_one_line_before_the_page_is_announced(db: Path) -> None:
    import socket

    from click.testing import CliRunner

    from cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (f"Error: cannot listen on 127.0.0.1 port {port}: Address already"
                             " in use (another program uses it: try another --port)\n")


def test_text_is_escaped_everywhere(db: Path) -> None:
    with Termbase(db) as tb:
        tb.set_status("마윈", "马云", Status.APPROVED, note="<script>alert('노트')</script>",
                      domain="<b>경제</b>")
    web = client(db)
    for path, params in [("/pair", {"ko": "마윈", "zh": "马云"}), ("/pairs", {})]:
        page = web.get(path, params=params).text
        assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;노트&#39;)" in page
        assert "<b>경제</b>" not in page


def test_headers_and_unknown_routes(db: Path) -> None:
    web = client(db)
    response = web.get("/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert web.get("/../../etc/passwd").status_code == 404
    assert web.get("/admin").status_code == 404
    assert web.get("/static/kozh.js").status_code == 200


def test_a_token_is_asked_for_and_kept(db: Path) -> None:
    web = client(db, token="비밀-token")
    assert web.get("/").status_code == 303 and web.get("/").headers["location"] == "/login"
    assert web.post("/pair/decide", data={}).status_code == 403
    web.post("/login", data={"token": "틀림"})
    assert web.get("/").status_code == 303
    web.post("/login", data={"token": "비밀-token"})
    assert web.get("/").status_code == 200


def test_the_page_sees_what_mining_adds_meanwhile(db: Path) -> None:
    web = client(db)
    assert "선전" not in web.get("/pairs").text
    with Termbase(db) as tb:  # kozh mine, while the page is open
        tb.add_mined(mine_document("선전(深圳)에 공장이 있다.", "more.txt"))
    assert "선전" in web.get("/pairs").text


def test_a_stale_decision_is_refused_not_overwritten(db: Path) -> None:
    web = client(db)
    page = web.get("/review").text
    token, version = csrf(page), re.search(r'name="version" value="(\d+)"', page)
    ko = re.search(r'name="ko" value="([^"]+)"', page)
    zh = re.search(r'name="zh" value="([^"]+)"', page)
    assert version and ko and zh
    with Termbase(db) as tb:  # kozh review decides the same pair meanwhile
        tb.set_status(ko.group(1), zh.group(1), Status.REJECTED, by="터미널")
    response = web.post("/review", data={"csrf": token, "ko": ko.group(1), "zh": zh.group(1),
                                         "version": version.group(1), "key": "a"})
    assert response.status_code == 409 and "changed by someone else" in response.text
    assert status_of(db, ko.group(1), zh.group(1)) is Status.REJECTED


def test_review_annotate_overview_and_export(db: Path) -> None:
    web = client(db)
    first = web.get("/review").text
    assert "상하이" in first or "마윈" in first
    token = csrf(first)
    page = web.post("/annotate", data={"csrf": token, "text": "마윈은 항저우에 갔다."}).text
    assert '<mark class="term"' in page and "马云" in page
    overview = web.get("/overview").text
    assert "<svg" in overview and "/export?format=tbx" in overview
    tsv = web.get("/export", params={"format": "tsv"})
    assert "attachment" in tsv.headers["content-disposition"] and "마윈" in tsv.text
    with Termbase(db) as tb:
        tb.edit_pair("마윈", "马云", domain="인물")
    people = web.get("/export", params={"format": "deepl", "domain": "인물"})
    assert people.text == "마윈\t马云\n"


def test_the_annotate_page_says_when_it_found_nothing(db: Path, tmp_path: Path) -> None:
    web = client(db)
    token = csrf(web.get("/annotate").text)
    page = web.post("/annotate", data={"csrf": token, "text": "선전에 갔다. 他去了深圳。"}).text
    assert "No term of the termbase in this text." in page and '<mark class="term"' not in page
    empty = tmp_path / "empty.db"
    with Termbase(empty) as tb:
        tb.add_mined(mine_document("마윈(马云)", "a.txt"))
        tb.delete_pair("마윈", "马云")
    bare = client(empty)
    page = bare.post("/annotate", data={"csrf": csrf(bare.get("/annotate").text),
                                        "text": "마윈은 웃었다."}).text
    assert "holds no term to find yet" in page


def test_the_annotate_page_checks_the_text_as_kozh_check_does(db: Path) -> None:
    with Termbase(db) as tb:
        tb.set_status("상해", "上海", Status.REJECTED)
        tb.edit_pair("항저우", "杭州", new_ko="항쩌우")
    web = client(db)
    page = web.post("/annotate", data={"csrf": csrf(web.get("/annotate").text),
                                       "text": "상해와 항저우에 <갔다>."}).text
    assert "<h2>Check</h2>" in page
    assert "상해 at 0: rejected for 上海; the termbase prefers 상하이" in page
    assert "항저우 at 4: replaced by 항쩌우 for 杭州" in page
    assert "&lt;갔다&gt;" in page and "<갔다>" not in page  # the text escaped, as ever
    clean = web.post("/annotate", data={"csrf": csrf(web.get("/annotate").text),
                                        "text": "상하이에 갔다."}).text
    assert "<h2>Check</h2>" not in clean


def test_datasette_views(db: Path) -> None:
    conn = sqlite3.connect(db)
    pairs = conn.execute("SELECT ko, zh_hans, status FROM pairs ORDER BY ko").fetchall()
    assert ("마윈", "马云", "candidate") in pairs
    contexts = conn.execute("SELECT document, context FROM contexts WHERE ko = '마윈'").fetchall()
    assert contexts and contexts[0][0] == "news.txt"


def test_the_pages_annotation_index_follows_the_termbase(db: Path) -> None:
    web = client(db)
    token = csrf(web.get("/annotate").text)

    def annotated(text: str) -> str:
        return web.post("/annotate", data={"csrf": token, "text": text}).text

    assert "马云" in annotated("마윈은 선전에 갔다.") and "深圳" not in annotated("선전에 갔다.")
    with Termbase(db) as tb:  # mined meanwhile, from the terminal
        tb.add_mined(mine_document("선전(深圳)에 공장이 있다.", "b.txt"))
    assert "深圳" in annotated("마윈은 선전에 갔다.")  # the kept index was built again


def test_saving_a_note_on_the_pair_page_keeps_the_pair(db: Path) -> None:
    # The edit form sends the spelling unchanged with the note: no move.
    web = client(db)
    token = csrf(web.get("/pair", params={"ko": "마윈", "zh": "马云"}).text)
    form = {"ko": "마윈", "zh": "马云", "new_ko": "마윈", "new_zh": "马云",
            "note": "알리바바 창업자", "domain": "경제", "csrf": token}
    assert web.post("/pair/edit", data=form).status_code == 303
    page = web.get("/pair", params={"ko": "마윈", "zh": "马云"}).text
    assert "알리바바 창업자" in page and "news.txt" in page
    with Termbase(db, read_only=True) as tb:
        (rendering,) = tb.lookup("马云")[0].renderings
        assert (rendering.ko, rendering.count, rendering.note) == ("마윈", 1, "알리바바 창업자")


def undo_form(page: str) -> dict[str, str]:
    found = re.search(r'<form class="undo".*?</form>', page, re.S)
    assert found, page
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', found.group(0)))
    return {name: html.unescape(value) for name, value in fields.items()}


def test_the_page_after_a_change_offers_to_undo_it(db: Path) -> None:
    """Rejected by mistake: the page the change leads to says what changed
    and undoes it while it is the latest change, and never another's."""
    web = client(db)
    token = csrf(web.get("/pair", params={"ko": "상해", "zh": "上海"}).text)
    done = web.post("/pair/decide", data={"csrf": token, "ko": "상해", "zh": "上海",
                                          "status": "rejected", "back": "/pairs?kind=mixed"})
    assert done.status_code == 303 and "changed=" in done.headers["location"]
    page = web.get(done.headers["location"]).text
    form = undo_form(page)
    assert "상해 ↔ 上海 (candidate → rejected)" in page and form["back"] == "/pairs?kind=mixed"
    assert web.post("/undo", data={**form, "csrf": "0" * 64}).status_code == 403
    undone = web.post("/undo", data=form)
    assert undone.status_code == 303 and undone.headers["location"] == "/pairs?kind=mixed"
    assert status_of(db, "상해", "上海") is Status.CANDIDATE
    assert "class=\"undo\"" not in web.get(done.headers["location"]).text  # undone: no offer
    # A deleted pair comes back; an undo offered before someone else's change does nothing.
    deleted = web.post("/pair/delete", data={"csrf": token, "ko": "마윈", "zh": "马云"})
    form = undo_form(web.get(deleted.headers["location"]).text)
    with Termbase(db) as tb:
        tb.set_status("타오바오", "淘宝", Status.PREFERRED, by="터미널")
    refused = web.post("/undo", data=form)
    assert refused.status_code == 409 and "타오바오" in refused.text
    assert status_of(db, "타오바오", "淘宝") is Status.PREFERRED
    with Termbase(db) as tb:
        tb.undo(by="터미널")
    back = web.post("/undo", data=form)
    assert back.status_code == 303 and back.headers["location"].startswith("/?q=")
    assert "马云" in web.get(back.headers["location"]).text


def test_no_undo_is_offered_read_only_or_for_an_unknown_change(db: Path) -> None:
    with Termbase(db) as tb:
        tb.set_status("상해", "上海", Status.REJECTED, by="터미널")
    assert 'class="undo"' not in client(db, read_only=True).get("/pairs?changed=1").text
    assert 'class="undo"' not in client(db).get("/pairs?changed=2").text
    assert 'class="undo"' in client(db).get("/pairs?changed=1").text


def test_an_excel_workbook_is_imported_from_the_page(db: Path) -> None:
    web = client(db)
    book = workbook([["한국어", "中文"], ["난징", "南京"]])
    done = web.post("/import", data={"csrf": csrf(web.get("/overview").text), "format": "auto",
                                     "encoding": "auto"},
                    files={"file": ("용어집.xlsx", book, "application/octet-stream")})
    assert done.status_code == 200, done.text
    assert "용어집.xlsx: added, 1 renderings" in html.unescape(done.text)
    with Termbase(db) as tb:
        assert tb.lookup("南京")[0].preferred.ko == "난징"


def test_a_glossary_is_imported_from_the_page_as_kozh_import_does(db: Path) -> None:
    web = client(db)
    token = csrf(web.get("/overview").text)
    with Termbase(db) as tb:
        tb.set_status("상해", "上海", Status.REJECTED)
    glossary = ("zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\tstatus\tnote\tdomain\n"
                "上海\t上海\t상해\tsino-korean\t1\t0.9\tapproved\t옛 이름\t\n"
                "南京\t南京\t난징\ttransliteration\t1\t0.9\tapproved\t\t지명\n").encode()
    before = db.read_bytes()
    preview = web.post("/import", data={"csrf": token, "dry_run": "1", "format": "auto"},
                       files={"file": ("동료.tsv", glossary, "text/tab-separated-values")})
    assert preview.status_code == 200, preview.text
    page = html.unescape(preview.text)
    assert "동료.tsv: added, 2 renderings, 1 decision(s)" in page
    assert "상해 ↔ 上海: rejected (here) over approved [note '옛 이름'] (동료.tsv)" in page
    assert "nothing was stored" in page and db.read_bytes() == before
    taken = web.post("/import", data={"csrf": token, "overwrite": "1"},
                     files={"file": ("동료.tsv", glossary, "text/tab-separated-values")})
    assert "took their place" in html.unescape(taken.text)
    assert status_of(db, "상해", "上海") is Status.APPROVED
    assert status_of(db, "난징", "南京") is Status.APPROVED
    # a forged form, a file of no glossary, a read-only page: refused, nothing stored
    assert web.post("/import", data={"csrf": "forged"},
                    files={"file": ("a.tsv", glossary, "text/plain")}).status_code == 403
    bad = web.post("/import", data={"csrf": token},
                   files={"file": ("나쁜.tbx", b"<tbx><text>", "application/xml")})
    assert bad.status_code == 400 and "malformed XML" in html.unescape(bad.text)
    assert "/import" not in client(db, read_only=True).get("/overview").text


def test_a_source_with_a_title_shows_it_and_keeps_its_path_at_hand(tmp_path: Path) -> None:
    # a wikiextractor article is named by its file and id, and titled
    path = tmp_path / "wiki.db"
    with Termbase(path) as tb:
        tb.add_mined(mine_document("항구 도시 칭다오(青岛)의 맥주는 유명하다.", "wiki/AA_00#17",
                                   title="칭다오 <맥주>"))
        tb.add_mined(mine_document("그는 칭다오(青岛)에 갔다.", "notes.txt"))
    web = client(path)
    for page in (web.get("/pair", params={"ko": "칭다오", "zh": "青岛"}).text,
                 web.get("/review").text):
        assert '<span class="doc" title="wiki/AA_00#17">칭다오 &lt;맥주&gt;</span>' in page
        assert '<span class="doc">notes.txt</span>' in page
