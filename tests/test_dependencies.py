"""Every third-party module the app or its tests import is declared in pyproject.toml.

A module that is only present because someone installed it by hand on one
machine (fontTools once was) makes a clean install fail at its first letter.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def _names(requirements: list[str]) -> set[str]:
    """Normalised distribution names (PEP 503) of requirement strings."""
    return {re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]).lower() for r in requirements}


def top_level_imports(folder: Path) -> dict[str, set[str]]:
    """Absolute imports under `folder` (lazy ones inside functions too): top-level name -> files."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            else:
                continue
            for module in modules:
                found.setdefault(module.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


# Standard-library type stubs that exist only for the type checker (imported under TYPE_CHECKING).
TYPE_ONLY_STDLIB = {"_typeshed"}


def undeclared(folder: Path, declared: set[str], own: set[str]) -> list[str]:
    dists = packages_distributions()
    missing = []
    for top, files in sorted(top_level_imports(folder).items()):
        if top in sys.stdlib_module_names or top in TYPE_ONLY_STDLIB or top in own:
            continue
        # A module not installed at all maps to no distribution: then it is surely not declared.
        providers = _names(dists.get(top, [top]))
        if not providers & declared:
            missing.append(f"{top} (from {', '.join(sorted(providers))}) in {', '.join(sorted(files)[:3])}")
    return missing


def test_every_import_of_the_app_is_a_declared_dependency():
    missing = undeclared(ROOT / "shelterdesk", _names(PROJECT["dependencies"]), {"shelterdesk"})
    assert not missing, "imported by shelterdesk/ but not in [project].dependencies: " + "; ".join(missing)


def test_every_import_of_the_tests_is_declared_for_the_tests():
    declared = _names(PROJECT["dependencies"]) | _names(PROJECT["optional-dependencies"]["test"])
    # The tests' own helper modules, imported by name from their folder.
    own = {"shelterdesk", "tests"} | {p.stem for p in (ROOT / "tests").rglob("*.py")}
    missing = undeclared(ROOT / "tests", declared, own)
    assert not missing, "imported by tests/ but not in the `test` extra: " + "; ".join(missing)


def test_the_check_finds_an_undeclared_import(tmp_path, monkeypatch):
    (tmp_path / "m.py").write_text("def f():\n    from fontTools.ttLib import TTFont\n", "utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert [m.split(" ")[0] for m in undeclared(tmp_path, {"reportlab"}, set())] == ["fontTools"]
