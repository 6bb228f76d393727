"""Vocabulary labels translated for the screens (the labels themselves: domain/vocabulary.py)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary


def enum_label(value: StrEnum | str) -> str:
    """The translated label of a vocabulary value."""
    return vocabulary.label(value, QCoreApplication.translate)


def status_action(value: StrEnum | str) -> str:
    """The verb on a button that moves a need or referral to `value`."""
    return vocabulary.status_action(value, QCoreApplication.translate)


def enum_options(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    return [(m.value, enum_label(m)) for m in enum_cls]
