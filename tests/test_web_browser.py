"""The page in a real browser: headless Chromium (Debian's chromium and
chromium-driver, fonts-noto-cjk for Korean and Chinese) driven by Selenium
against a real `kozh serve` (uvicorn) process.

Screenshots of every page go to the test's temporary folder; with
KOZH_SCREENSHOTS=docs/img they also go there (docs/serve.md shows them):

    KOZH_SCREENSHOTS=docs/img .venv/bin/pytest tests/test_web_browser.py
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db import Termbase
from glossary import mine_document
from glossary.model import Status

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
# CI installs them (.ci/run), so there a missing browser is a failure, not a skip.
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER) and not os.environ.get("CI"),
                                reason="needs Debian's chromium and chromium-driver")
DOCS = {
    "news.txt": "알리바바 창업자 마윈(馬雲)은 항저우(杭州)에서 말했다. 마윈(马云)은 웃었다.\n\n"
                "타오바오(淘寶)와 티몰(天猫)은 상하이(上海)와 상해(上海)에 창고가 있다.\n",
    "trip.txt": "상하이(上海)에서 베이징(北京)으로 갔다. "
                "베이징(北京)의 클라우드 컴퓨팅(云计算) 회의.\n",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "web.db"
    with Termbase(db) as tb:
        for name, text in DOCS.items():
            tb.add_mined(mine_document(text, name))
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "glossary", "serve", "--db", str(db),
                                "--port", str(port)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                _, error = process.communicate()
                raise AssertionError(error.decode()) from None
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", db
    process.terminate()
    process.wait(timeout=10)
    if process.stderr:
        process.stderr.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1200,900",
                 "--lang=ko-KR", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def until(driver: object, check: Callable[[object], object], timeout: float = 15) -> None:
    """Wait for a page that a click or Enter is loading: elements of the page
    before it may go stale while it is read (Chromium says so in more than one
    way: "Node with given id does not belong to the document" is a plain
    WebDriverException). A check that never holds still fails, at the timeout."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, ignored_exceptions=(WebDriverException,)).until(check)


def main_text(driver: object) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.TAG_NAME, "main").text)  # type: ignore[attr-defined]


def shoot(driver: object, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    assert path.stat().st_size > 5_000
    target = os.environ.get("KOZH_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def test_search_decide_and_see_it_stick(server: tuple[str, Path], browser: object,
                                        tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, db = server
    driver = browser
    driver.get(base + "/")  # type: ignore[attr-defined]
    box = driver.find_element(By.NAME, "q")  # type: ignore[attr-defined]
    box.send_keys("마윈은", Keys.ENTER)
    until(driver, lambda d: "马云" in main_text(d))
    shoot(driver, tmp_path, "search")
    box = driver.find_element(By.NAME, "q")  # type: ignore[attr-defined]
    box.clear()
    box.send_keys("淘寶", Keys.ENTER)
    until(driver, lambda d: "淘宝" in main_text(d))

    driver.get(base + "/pairs")  # type: ignore[attr-defined]
    shoot(driver, tmp_path, "pairs")
    driver.find_element(By.LINK_TEXT, "마윈").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status"))  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "button[value=approved]").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status").text == "approved")  # type: ignore[attr-defined]
    shoot(driver, tmp_path, "pair")
    driver.get(base + "/pairs")  # type: ignore[attr-defined]
    driver.find_element(By.LINK_TEXT, "상해").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status"))  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "button[value=rejected]").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status").text == "rejected")  # type: ignore[attr-defined]

    driver.refresh()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status").text == "rejected")  # type: ignore[attr-defined]
    driver.get(base + "/pairs")  # type: ignore[attr-defined]
    rows = {row.find_elements(By.TAG_NAME, "td")[0].text: row.get_attribute("class")
            for row in driver.find_elements(By.CSS_SELECTOR, "table.pairs tbody tr")}  # type: ignore[attr-defined]
    assert rows["마윈"] == "status-approved" and rows["상해"] == "status-rejected"
    with Termbase(db, read_only=True) as tb:  # the library sees what the page did
        assert tb.decision("마윈", "马云")[0].status is Status.APPROVED
        assert tb.decision("상해", "上海")[0].status is Status.REJECTED

    driver.get(base + "/review")  # type: ignore[attr-defined]
    shoot(driver, tmp_path, "review")
    first = driver.find_element(By.TAG_NAME, "h1").text  # type: ignore[attr-defined]
    driver.find_element(By.TAG_NAME, "body").send_keys("s")  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text != first)  # type: ignore[attr-defined]

    driver.get(base + "/annotate")  # type: ignore[attr-defined]
    driver.find_element(By.NAME, "text").send_keys("마윈은 상하이에서 타오바오를 열었다.")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "form.annotate button").click()  # type: ignore[attr-defined]
    until(driver, lambda d: [m.text for m in d.find_elements(By.CSS_SELECTOR, ".annotated mark")]
          == ["마윈", "상하이", "타오바오"])
    assert not driver.find_elements(By.CSS_SELECTOR, "ul.findings")  # type: ignore[attr-defined]
    shoot(driver, tmp_path, "annotate")
    # The spelling rejected above is named in the translation, as kozh check --text does.
    driver.find_element(By.NAME, "text").clear()  # type: ignore[attr-defined]
    driver.find_element(By.NAME, "text").send_keys("마윈은 상해에 갔다.")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "form.annotate button").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "ul.findings li"))
    findings = driver.find_element(By.CSS_SELECTOR, "ul.findings").text  # type: ignore[attr-defined]
    assert "상해 at 4: rejected for 上海; the termbase prefers 상하이" in findings
    shoot(driver, tmp_path, "annotate-check")
    driver.get(base + "/overview")  # type: ignore[attr-defined]
    assert driver.find_elements(By.CSS_SELECTOR, "svg.chart polyline")  # type: ignore[attr-defined]
    shoot(driver, tmp_path, "overview")

    # A pair no document holds, added from the search that found nothing.
    driver.get(base + "/?q=深圳")  # type: ignore[attr-defined]
    offered = driver.find_elements(By.CSS_SELECTOR, ".suggestions button")  # type: ignore[attr-defined]
    assert [b.text for b in offered][:2] == ["선전", "심천"]  # a place: transcribed first
    shoot(driver, tmp_path, "suggested")
    driver.find_element(By.NAME, "ko").send_keys("선전")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "details.add button").click()  # type: ignore[attr-defined]
    until(driver, lambda d: d.find_element(By.ID, "status").text == "approved")  # type: ignore[attr-defined]
    assert "선전 ↔ 深圳" in driver.find_element(By.TAG_NAME, "h1").text  # type: ignore[attr-defined]
    with Termbase(db, read_only=True) as tb:
        assert tb.decision("선전", "深圳")[0].status is Status.APPROVED

    # Added by mistake: the page says so and `u` undoes it.
    banner = driver.find_element(By.CSS_SELECTOR, "form.undo")  # type: ignore[attr-defined]
    assert "add: 선전 ↔ 深圳" in banner.text
    shoot(driver, tmp_path, "undo")
    driver.find_element(By.TAG_NAME, "body").send_keys("u")  # type: ignore[attr-defined]
    until(driver, lambda d: "No entry" in main_text(d))
    assert not driver.find_elements(By.CSS_SELECTOR, "form.undo")  # type: ignore[attr-defined]
    with Termbase(db, read_only=True) as tb:
        assert tb.lookup("深圳") == []
