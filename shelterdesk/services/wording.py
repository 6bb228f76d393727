"""Parts of messages made from other messages, so that the desktop still shows each part translated.

`str(error)` or `", ".join(labels)` would keep only the English; these keep the messages
(domain.messages) inside, and the command line still reads the same English text.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ..domain.errors import ValidationError
from ..domain.messages import Message
from ..domain.vocabulary import label


def translatable(text: str) -> str:
    """`text` as a message: a `msg()` as it is; a plain text is domain.validation's (marked there under
    "Validation"), and any other stays English where shown."""
    return text if isinstance(text, Message) else Message("Validation", text, {})


def reason_of(error: Exception) -> str:
    """Why `error` refused something, as a message (a ValidationError: its messages one after another)."""
    if isinstance(error, ValidationError):
        return joined((translatable(text) for text in error.errors.values()), "; ")
    return translatable(error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error))


def joined(items: Iterable[str], separator: str = ", ") -> str:
    """The items one after another; each that is a message is translated where shown."""
    values = {f"item{i}": item for i, item in enumerate(items)}
    # No catalogue holds this template, so it is shown as it is, with its values translated.
    return Message("Lists", separator.join("{" + name + "}" for name in values), values)


def vocabulary_word(value: StrEnum | str) -> str:
    """The label of a vocabulary value (domain.vocabulary), translated where shown."""
    return Message("Labels", label(value), {})
