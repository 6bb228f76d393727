"""Messages for a person, written in Qt-free code and translated where they are shown.

`msg("Importer", "Row {row}: {why}", row=4, why=...)` is a `str` holding the English text, so
the command line, logs of error kinds and tests read it as it is. It also remembers its context,
its English template and its values, so the desktop UI looks the template up in the same Qt
catalogue as every other visible string (`ui.shown.shown`) and fills in the values afterwards.
`tools/translate_ui.py` finds every `msg(...)` call by name and files its template in
`resources/i18n/*.ts` under that context: one catalogue for the whole interface.

Values may be messages themselves (a field's label, a vocabulary word): they are translated too.
Templates use `{name}` placeholders, which translators keep as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class Message(str):
    """English text that can be shown in another language: see the module's docstring."""

    context: str
    template: str
    values: Mapping[str, object]

    def __new__(cls, context: str, template: str, values: Mapping[str, object]) -> Message:
        english = template.format(**values) if values else template
        made = super().__new__(cls, english)
        made.context = context
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[object, ...]:  # survives pickling (worker processes, copies)
        return (Message, (self.context, self.template, self.values))


def msg(context: str, template: str, /, **values: object) -> Message:
    """A message for a person; `template` must be a string literal so the extractor can find it."""
    return Message(context, template, values)


def carried(error: BaseException) -> str:
    """The message an error carries, still a Message when it is one (`str(error)` is plain text):
    for passing a lower layer's reason on in another error. A ValidationError carries its field
    messages one after another."""
    from .errors import (
        ValidationError,  # errors.py builds its text from messages; no cycle at import
    )

    if isinstance(error, ValidationError):
        return joined("; ", error.errors.values())
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def joined(separator: str, messages: Iterable[str]) -> Message:
    """Messages (or plain texts) one after another, each shown in the interface language."""
    items = list(messages)
    gap = separator.replace("{", "{{").replace("}", "}}")
    # No context and a template no catalogue holds: only the parts are looked up.
    return Message("", gap.join(f"{{part{i}}}" for i in range(len(items))),
                   {f"part{i}": item for i, item in enumerate(items)})

