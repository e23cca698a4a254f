from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import Termbase

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def pytest_configure(config: pytest.Config) -> None:
    """The tests' own lexicon cache, never the user's: one folder in the system's
    temporary directory, reused by later runs (the file is named by the
    packages' versions, so a new jieba or pypinyin makes a new one)."""
    folder = Path(tempfile.gettempdir()) / f"kozh-test-cache-{getattr(os, 'getuid', int)()}"
    os.environ.setdefault("KOZH_CACHE_DIR", str(folder))


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
