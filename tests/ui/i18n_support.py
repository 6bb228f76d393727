"""The translators' own rules (tools/i18n_todo.py), loaded for the tests that hold the catalogue to them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "i18n_todo.py"
_spec = importlib.util.spec_from_file_location("i18n_todo", _TOOL)
assert _spec is not None and _spec.loader is not None
i18n_todo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_todo)

placeholders_match = i18n_todo.placeholders_match
