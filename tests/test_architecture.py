"""The spine, kept: imports point down the floors of docs/architecture.md, no
module imports in a cycle, and the layout imports the same everywhere."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import glossary
from glossary import errors

ROOT = Path(__file__).resolve().parent.parent
# (module prefix, floor): an import may point to the same floor only inside
# its own package, and never to a higher floor.
FLOORS = [
    ("glossary.errors", 0), ("glossary.version", 0), ("glossary.text", 0),
    ("glossary.hostile", 0),
    ("glossary.model", 1),
    ("glossary.mining", 2), ("glossary.files", 2), ("glossary.corpus", 2), ("db", 2),
    ("glossary.office", 2),
    ("glossary.formats", 3), ("glossary.aids", 3), ("glossary.large_texts", 3),
    ("glossary.ingest", 4), ("glossary.curation", 4), ("glossary.engines", 4),
    ("glossary.web", 5),
    ("cli", 6),
]
FRONT_DOORS = {"glossary", "glossary.__main__"}  # re-export everything, lazily


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for top in ("glossary", "db", "cli")
           for p in (ROOT / top).rglob("*.py")}


def floor_of(module: str) -> tuple[str, int]:
    for prefix, floor in FLOORS:
        if module == prefix or module.startswith(prefix + "."):
            return prefix, floor
    raise AssertionError(f"{module} has no floor in docs/architecture.md")


def imports_of(module: str) -> set[str]:
    """Every kozh module ``module`` imports, at the top or inside a function."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                     for alias in node.names]
        else:
            continue
        found.update(name for name in names if name.split(".")[0] in ("glossary", "db", "cli"))
    return found


@pytest.mark.parametrize("module", sorted(set(MODULES) - FRONT_DOORS))
def test_imports_point_down(module: str) -> None:
    package, floor = floor_of(module)
    for target in imports_of(module):
        assert target not in FRONT_DOORS, f"{module} imports the front door {target}"
        target_package, target_floor = floor_of(target)
        assert target_floor < floor or target_package == package, (
            f"{module} (floor {floor}) imports {target} (floor {target_floor})")


def test_the_store_imports_only_the_model() -> None:
    for module in (m for m in MODULES if m == "db" or m.startswith("db.")):
        outside = {t for t in imports_of(module) if not t.startswith("db")}
        assert outside <= {"glossary.model"}, f"{module} imports {outside}"


@pytest.mark.parametrize("module", sorted(m for m in set(MODULES) - FRONT_DOORS
                                          if m.startswith("glossary")))
def test_the_library_reaches_the_store_only_through_its_protocol(module: str) -> None:
    """Formats, aids and ingest take a termbase as an argument (the model's
    TermbaseReader/TermbaseWriter); only the CLI opens one."""
    assert not {t for t in imports_of(module) if t == "db" or t.startswith("db.")}


def test_no_import_cycles() -> None:
    graph = {m: imports_of(m) & set(MODULES) for m in set(MODULES) - FRONT_DOORS}
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in graph.get(module, ()):
            if state.get(target) == 1:
                raise AssertionError("import cycle: " + " → ".join([*trail, module, target]))
            if not state.get(target):
                visit(target, [*trail, module])
        state[module] = 2

    for module in sorted(graph):
        if not state.get(module):
            visit(module, [])


def test_mined_documents_pickle() -> None:
    doc = glossary.mine_document("마윈(馬雲)은", doc_id="x")
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert [(p.ko, p.zh) for p in doc.pairs] == [("마윈", "馬雲")]


@pytest.mark.parametrize("error", [
    errors.GlossaryError("무엇이 잘못됐다"), errors.InputError("a.txt: 빈 파일"),
    errors.EmptyInputError("빈.txt: empty file"),
    errors.DecodeError("가.txt", "utf-8", 12, "invalid start byte"),
    errors.TermbaseError("t.db: 잠김"), errors.FormatError("术语.tsv:3: bad"),
    errors.ExportError("导出 실패"), errors.NotFoundError("상하이 ↔ 上海 없음"),
    errors.ConflictError("상하이 ↔ 上海: 다른 사람이 바꿈"),
    errors.AmbiguousError("上海 names 2 pairs (상하이 上海, 상해 上海)"),
    errors.InvalidPairError("a pair needs both a Korean and a Chinese term (上海)"),
], ids=lambda e: type(e).__name__)
def test_every_exception_pickles(error: errors.GlossaryError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error)
    assert vars(again) == vars(error)


def test_every_exception_class_is_covered() -> None:
    classes = {c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, errors.GlossaryError)}
    assert classes == {errors.GlossaryError, errors.InputError, errors.EmptyInputError,
                       errors.DecodeError,
                       errors.TermbaseError, errors.FormatError, errors.ExportError,
                       errors.NotFoundError, errors.ConflictError, errors.AmbiguousError,
                       errors.InvalidPairError}


def test_one_copy_of_each_module_from_the_repository_root(tmp_path: Path) -> None:
    code = ("import sys, db, cli, glossary, glossary.model as m\n"
            "assert db.Termbase is glossary.Termbase\n"
            "assert glossary.Concept is m.Concept\n"
            "tb = glossary.open_termbase(sys.argv[1])\n"
            "tb.add_mined(glossary.mine_document('상하이(上海)', 'a'))\n"
            "print(tb.lookup('上海')[0].preferred.ko)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db")], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "상하이"


def test_annotating_chinese_loads_no_jieba_and_teaches_one_text_only() -> None:
    code = """
import sys
from glossary.aids.annotation import TermIndex, annotate
from glossary.text.segmenter import segment
index = TermIndex([("海信家电", "海信家電", "하이센스 가전", 1)])
print([m.text for m in annotate("海信家电的新品", index)], segment("海信家电的新品"),
      "jieba" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['海信家电'] ['海信', '家电', '的', '新品'] False"


