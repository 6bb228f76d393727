"""Argument types and checks shared by every command: numbers in range, text that is real UTF-8.

argparse's plain `type=int` accepts 10**100, which SQLite cannot store (OverflowError);
an argument that is not valid UTF-8 arrives as lone surrogates that fail at the first
encode. Both are refused here with a message instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .context import CliUsageError

# SQLite's INTEGER is 64-bit signed: a record id above this cannot exist.
MAX_ID = 2**63 - 1


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, or a usage error saying so."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"give a number from {low:,} to {high:,}")
        return value

    parse.__name__ = "whole number"  # argparse names the type in its message
    return parse


record_id = whole_number(1, MAX_ID)


def not_utf8(value: object) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, (list, tuple)):
        return any(not_utf8(v) for v in value)
    return False


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse any argument that is not valid UTF-8 (e.g. a name typed in a legacy code page)."""
    for name, value in vars(args).items():
        if not_utf8(value):
            raise CliUsageError(f"The {name.replace('_', ' ')} given is not valid UTF-8 text. Set the terminal to UTF-8 "
                                "(or give the text in a UTF-8 JSON file) and try again; nothing was changed.")
