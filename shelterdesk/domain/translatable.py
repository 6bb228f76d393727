"""Marking texts for translation in Qt-free code.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; Qt's lupdate
finds the calls by name (tools/translate_ui.py reads the modules that use it),
and the screens translate the text at display time in that context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text
