from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from db import Termbase

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


# CI explores the same examples on every run, so that a run fails for what
# changed; a developer's runs go on exploring (and keep what fails in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    """The tests' own lexicon cache, never the user's: one folder in the system's
    temporary directory, reused by later runs (the file is named by the
    packages' versions, so a new jieba or pypinyin makes a new one)."""
    folder = Path(tempfile.gettempdir()) / f"kozh-test-cache-{getattr(os, 'getuid', int)()}"
    os.environ.setdefault("KOZH_CACHE_DIR", str(folder))
    # No test leaves a resident Kiwi behind; tests/test_resident.py starts and stops its own.
    os.environ["KOZH_RESIDENT"] = "0"


@pytest.fixture(autouse=True)
def isolated_db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real termbase: point $KOZH_DB into tmp_path."""
    path = tmp_path / "default.db"
    monkeypatch.setenv("KOZH_DB", str(path))
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "terms.db"


@pytest.fixture
def termbase(db_path: Path):
    with Termbase(db_path) as tb:
        yield tb


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_text(tmp_path: Path):
    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
        return path

    return write



@pytest.fixture
def interruptible_kozh() -> list[str]:
    """``python -m glossary`` for a child that takes Ctrl-C as a terminal's
    shell would give it, SIGINT neither ignored nor blocked, whatever the
    test process passes on."""
    return [sys.executable, "-c", "import signal\n"
            "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
            "from cli import main\nmain()"]


def _signal_state(pid: int) -> str:
    try:
        lines = Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines()
    except OSError as error:
        return str(error)
    return " ".join(line.replace("\t", "") for line in lines if line.startswith(("Sig", "Shd")))


@pytest.fixture
def signal_state():
    """What a process does with signals, from /proc: said when a test's
    interrupt did not land, so that the failure tells why."""
    return _signal_state
