"""Messages from domain and services, shown in the interface language.

Qt-free code builds `domain.messages.Message`s (English text that remembers its template); this is
the one place they are looked up in the Qt catalogue. Anything else is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import ValidationError
from ..domain.messages import Message


def shown(value: object) -> str:
    """`value` (a message, an error, or plain text) in the interface language."""
    if isinstance(value, ValidationError):
        return "\n".join(shown(message) for message in value.errors.values())
    if isinstance(value, BaseException):
        return shown(value.args[0]) if len(value.args) == 1 and isinstance(value.args[0], str) else str(value)
    if isinstance(value, Message):
        template = QCoreApplication.translate(value.context, value.template)
        if not value.values:
            return template
        values = {name: shown(v) if isinstance(v, Message) else v for name, v in value.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder: English
            return value.template.format(**values)
    return str(value)
