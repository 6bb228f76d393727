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


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                base = ".".join(parts)
                names.append(f"{base}.{node.module}" if node.module else base)
            else:
                names.append(node.module or "")
    return names


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
