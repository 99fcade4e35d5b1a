"""The structure rules of ``docs/architecture.md``, checked so that later work cannot undo
them silently: layers import downwards only (import-linter contracts in ``setup.cfg``), no
import cycle, the environment is read in ``core/config.py`` only, views run no SQL, no
production function is longer than 80 lines, and the README's configuration table is the
settings module's."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grimp

from core.config import environment_variables

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_PACKAGES = ("core", "database", "pipelines", "worker", "api", "web", "resume_review")
# Modules that answer HTTP requests: they call database/queries, never SQL themselves.
VIEW_DIRS = ("api/views", "web/views")
MAX_FUNCTION_LINES = 80


def production_files() -> Iterator[Path]:
    yield ROOT / "celeryconfig.py"
    for package in PRODUCTION_PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), filename=str(path))


def test_layers_import_downwards_only() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    completed = subprocess.run(
        [str(lint), "--config", str(ROOT / "setup.cfg")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle() -> None:
    graph = grimp.build_graph(*PRODUCTION_PACKAGES)
    edges = {
        module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules
    }
    assert _cycles(edges) == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _reads_environment(tree: ast.Module) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        attribute = isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv")
        imported = (
            isinstance(node, ast.ImportFrom)
            and node.module == "os"
            and any(alias.name in ("environ", "getenv") for alias in node.names)
        )
        if attribute or imported:
            lines.append(node.lineno)
    return lines


def test_the_environment_is_read_in_the_configuration_module_only() -> None:
    allowed = ROOT / "core" / "config.py"
    readers = {
        str(path.relative_to(ROOT)): lines
        for path in production_files()
        if path != allowed and (lines := _reads_environment(parsed(path)))
    }
    assert readers == {}
    assert _reads_environment(parsed(allowed))


SQL_CALLS = {"execute", "scalars", "scalar", "query", "get", "add", "delete", "flush"}


def test_views_run_no_sql() -> None:
    offences = []
    for path in sorted(p for d in VIEW_DIRS for p in (ROOT / d).glob("*.py")):
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                names += [alias.name for alias in getattr(node, "names", [])]
                if any(name.split(".")[0] == "sqlalchemy" for name in names):
                    offences.append(f"{path.name}:{node.lineno} imports sqlalchemy")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("session", "db", "connection")
            ):
                offences.append(f"{path.name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert offences == []


def long_functions(tree: ast.Module, limit: int) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length > limit:
                found.append((node.name, length))
    return found


def test_no_production_function_is_longer_than_80_lines() -> None:
    # Migrations are excluded: an Alembic revision is a frozen, declarative listing of the
    # schema it creates, never edited once applied.
    offences = {
        f"{path.relative_to(ROOT)}:{name}": length
        for path in production_files()
        for name, length in long_functions(parsed(path), MAX_FUNCTION_LINES)
    }
    assert offences == {}


def test_the_length_check_counts_lines() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(85))
    tree = ast.parse(f"def long():\n{body}\n\ndef short():\n    return 1\n")
    assert long_functions(tree, MAX_FUNCTION_LINES) == [("long", 86)]


def readme_configuration_rows() -> dict[str, tuple[str, str]]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`([A-Z][A-Z0-9_]+)`", cells[0]) if len(cells) == 3 else None
        if match:
            rows[match.group(1)] = (cells[1], cells[2])
    return rows


def test_the_readme_configuration_table_is_the_settings_module() -> None:
    expected = {name: (default, meaning) for name, default, meaning in environment_variables()}
    assert readme_configuration_rows() == expected
