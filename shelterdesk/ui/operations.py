"""One way to run an action from a screen and show its failure (in the spirit of Anki's aqt/operations).

A ShelterDeskError carries a message for a person: it is shown (a message box by
default, or wherever the screen says) and nothing else happens. Any other
exception is a fault in the program and goes to the crash handler, which shows
no survivor data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from ..domain.errors import ShelterDeskError
from .messages import show_error
from .shown import shown
from .widgets import show_message

T = TypeVar("T")

Failure = Callable[[Any], None]


def run(parent: QWidget | None, action: Callable[[], T], on_success: Callable[[T], None] | None = None, *,
        on_failure: Failure | None = None,
        handlers: Mapping[type[ShelterDeskError], Failure] | None = None) -> T | None:
    """Run `action`; on success pass its result to `on_success` and return it.

    On failure return None. `handlers` picks a reaction by error type (the
    first matching entry wins), `on_failure` takes every other expected error;
    without either the error is shown in a message box over `parent`.
    """
    try:
        result = action()
    except ShelterDeskError as e:
        for kind, handle in (handlers or {}).items():
            if isinstance(e, kind):
                handle(e)
                return None
        (on_failure or (lambda error: show_error(parent, error)))(e)
        return None
    except Exception:  # noqa: BLE001 -- a fault in the program: the crash dialog, never a silent stop
        sys.excepthook(*sys.exc_info())
        return None
    if on_success is not None:
        on_success(result)
    return result


def succeeded(parent: QWidget | None, action: Callable[[], object], *, on_failure: Failure | None = None,
              handlers: Mapping[type[ShelterDeskError], Failure] | None = None) -> bool:
    """Run an action whose result does not matter; True when it went through."""
    def done() -> bool:
        action()
        return True
    return run(parent, done, on_failure=on_failure, handlers=handlers) is True


def person_text(error: ShelterDeskError) -> str:
    """The error as lines a person reads, in the interface language: one per field for a ValidationError."""
    return shown(error)


def in_notice(notice: Any) -> Failure:
    """Show a failure in a screen's notice bar (ui.forms.NoticeBar)."""
    return lambda error: notice.show_message(person_text(error), "error")


def in_label(label: QLabel, after: Callable[[], None] | None = None) -> Failure:
    """Show a failure in a message label under a form, then run `after` (e.g. to refit the dialog)."""
    def show(error: ShelterDeskError) -> None:
        show_message(label, person_text(error))
        if after is not None:
            after()
    return show
