"""The layers stay apart: no Qt below the UI, no SQL in the UI, no layer importing one above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import shelterdesk

PACKAGE = Path(shelterdesk.__file__).parent
# Each layer may import only itself and the layers listed here.
ALLOWED = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "letters": {"domain", "letters"},
    "services": {"domain", "storage", "letters", "services"},
}
TOP_LEVEL_HELPERS = {"paths", "hardening"}
# SQL keywords as this code base writes them (upper case), and the database modules.
SQL = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+)\b")
DB_MODULES = ("sqlite3", "sqlcipher3", "shelterdesk.storage")
# Services that may still open databases themselves. search_bench.py measures raw
# SQLite/SQLCipher search against the vault's own (the lead decides where it lives).
SERVICES_WITH_DB_ACCESS = {"search_bench.py"}


def _resolve(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module a `from ... import` in `path` reads from."""
    if not node.level:
        return node.module or ""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
    base = ".".join(parts)
    return f"{base}.{node.module}" if node.module else base


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(_resolve(path, node))
    return names


def _storage_private_names(path: Path) -> list[str]:
    """Underscore-prefixed modules or names that `path` imports from shelterdesk.storage."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = _resolve(path, node)
            names = [f"{module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        hits += [n for n in names
                 if n.startswith("shelterdesk.storage.") and any(p.startswith("_") for p in n.split("."))]
    return hits


def test_core_layers_import_no_qt_and_nothing_above_them() -> None:
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("PySide6", "shiboken6")):
                    problems.append(f"{path.name} imports {name}")
                parts = name.split(".")
                if parts[0] == "shelterdesk" and len(parts) > 1:
                    target = parts[1]
                    if target not in allowed and target not in TOP_LEVEL_HELPERS:
                        problems.append(f"{layer}/{path.name} imports shelterdesk.{target}")
    assert not problems, problems


def test_ui_holds_no_sql() -> None:
    hits = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if SQL.search(line):
                hits.append(f"{path.name}:{n}")
        hits += [f"{path.name} imports {name}" for name in _imports(path)
                 if name.startswith(DB_MODULES)]
    assert not hits, hits


def test_services_leave_databases_to_storage() -> None:
    """Services hold rules; connections, SQL and storage internals stay behind storage's public names."""
    hits = []
    for path in (PACKAGE / "services").rglob("*.py"):
        if path.name not in SERVICES_WITH_DB_ACCESS:
            hits += [f"{path.name} imports {name}" for name in _imports(path)
                     if name.split(".")[0] in ("sqlite3", "sqlcipher3")]
        hits += [f"{path.name} imports private {name}" for name in _storage_private_names(path)]
    assert not hits, hits
