"""Messages built below the UI reach the catalogue: what a person can be shown is a msg(), never bare English.

The screens translate what they show through `ui.shown.shown`, which can only translate a
`domain.messages.Message`. An error raised with an f-string or a literal in domain, storage, letters or
services is shown in English whatever the interface language (issue 12): these tests find such raises
in the source, and check that every msg() call is one the catalogue extractor can read.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import shelterdesk
from shelterdesk.domain.errors import NotFound, ShelterDeskError, ValidationError
from shelterdesk.domain.messages import Message, carried, joined, msg
from shelterdesk.letters import LetterFault

PACKAGE = Path(shelterdesk.__file__).parent
LAYERS = ("domain", "storage", "letters", "services")
# Services modules whose messages are still English (issue 12, being converted): empty this as they are done.
NOT_SHOWN_ON_SCREEN = {"search_bench", "selftest"}  # a benchmark, and support lines printed to a terminal and a report file


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _error_names() -> set[str]:
    """The errors whose message a person reads: every ShelterDeskError, and ValueError (validation raises it).
    LetterFault is the program's own fault, English for its developers."""
    for layer in LAYERS:  # so every subclass is defined
        package = importlib.import_module(f"shelterdesk.{layer}")
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(info.name)
    developers = {LetterFault, *_subclasses(LetterFault)}
    return {c.__name__ for c in _subclasses(ShelterDeskError) if c not in developers} | {"ShelterDeskError",
                                                                                          "ValueError"}


def _sources() -> list[Path]:
    paths = [p for layer in LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))]
    return [p for p in paths if not (p.parent.name == "services" and p.stem in NOT_SHOWN_ON_SCREEN)]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _PlainText(ast.NodeVisitor):
    """Finds messages written as plain English where a person will read them."""

    def __init__(self, errors: set[str], tree: ast.Module):
        self.errors, self.found = errors, []
        # Names ever bound to plain text in the module (TAMPERED = "...", damaged = f"...").
        self.text_names = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign | ast.AnnAssign)
                           and node.value is not None and self.plain(node.value)
                           for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                           if isinstance(t, ast.Name)}
        # Dicts handed to ValidationError by name (errors = {}; errors["x"] = ...; raise ValidationError(errors)).
        self.error_dicts = {a.id for node in ast.walk(tree) if isinstance(node, ast.Call)
                            and _name(node.func) == "ValidationError" for a in node.args if isinstance(a, ast.Name)}

    def plain(self, node: ast.expr) -> bool:
        """Text that is not a Message: a literal, an f-string, text joined or formatted, or str() of an error."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str) and bool(node.value)
        if isinstance(node, ast.JoinedStr):
            return True
        if isinstance(node, ast.BinOp):
            return self.plain(node.left) or self.plain(node.right)
        if isinstance(node, ast.IfExp):
            return self.plain(node.body) or self.plain(node.orelse)
        if isinstance(node, ast.Call):
            return _name(node.func) == "str" or (_name(node.func) == "format" and isinstance(node.func, ast.Attribute)
                                                 and self.plain(node.func.value))
        return isinstance(node, ast.Name) and node.id in getattr(self, "text_names", ())

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in self.errors and node.args:
            message = node.args[0]
            if isinstance(message, ast.Dict) and name == "ValidationError":
                self.found += [(v.lineno, f"{name} field message") for v in message.values if self.plain(v)]
            elif self.plain(message):
                self.found.append((node.lineno, name))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                    and target.value.id in self.error_dicts and self.plain(node.value)):
                self.found.append((node.lineno, f"{target.value.id}[...] for ValidationError"))
        self.generic_visit(node)


def test_user_facing_errors_carry_messages_not_english():
    errors = _error_names()
    offences = []
    for path in _sources():
        tree = ast.parse(path.read_text("utf-8"))
        finder = _PlainText(errors, tree)
        finder.visit(tree)
        offences += [f"{path.relative_to(PACKAGE.parent)}:{line}: {what} with plain text; use msg()"
                     for line, what in finder.found]
    assert not offences, "\n".join(offences)


def test_the_finder_sees_the_usual_ways_of_writing_english():
    code = '''
DAMAGED = "The file is damaged."
def f(e, n):
    errors = {}
    errors["a"] = "Enter a name."
    errors["b"] = str(e)
    raise ValidationError(errors)
    raise ValidationError({"c": f"{n} is wrong"})
    raise NotFound("There is no " + n)
    raise VaultCorrupt(DAMAGED)
    raise ValueError("a" if n else "b")
    raise NotFound(msg("Records", "There is no case {n}.", n=n))
    raise ValidationError({"d": msg("Validation", "Enter a date.")})
    raise LetterFault(f"unknown key {n!r}")
'''
    tree = ast.parse(code)
    finder = _PlainText({"ValidationError", "NotFound", "VaultCorrupt", "ValueError"}, tree)
    finder.visit(tree)
    assert sorted(line for line, _ in finder.found) == [5, 6, 8, 9, 10, 11]


def test_the_exempt_services_modules_exist():
    assert {p.stem for p in (PACKAGE / "services").glob("*.py")} >= NOT_SHOWN_ON_SCREEN


def _msg_calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                yield path, node


def test_every_msg_has_a_literal_template_whose_placeholders_are_its_values():
    """tools/translate_ui.py can only file literal templates, and a missing value is a KeyError at run time."""
    wrong = []
    for path, call in _msg_calls():
        where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
        if len(call.args) != 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                          for a in call.args):
            wrong.append(f"{where}: context and template must be string literals")
            continue
        fields = {f for _, f, _, _ in string.Formatter().parse(call.args[1].value) if f is not None}
        given = {k.arg for k in call.keywords}
        if None not in given and fields != given:
            wrong.append(f"{where}: placeholders {sorted(fields)} but values {sorted(given)}")
    assert not wrong, "\n".join(wrong)


# -- Message itself ----------------------------------------------------------------------------------

def test_msg_is_the_english_text_and_remembers_its_template():
    message = msg("Records", "There is no need number {number}.", number=42)
    assert message == "There is no need number 42." and isinstance(message, str)
    assert (message.context, message.template, dict(message.values)) == (
        "Records", "There is no need number {number}.", {"number": 42})
    assert msg("Vault", "The vault is locked.") == "The vault is locked."


def test_a_message_survives_pickling_with_its_template():
    copy = pickle.loads(pickle.dumps(msg("Records", "There is no case {case_number}.", case_number="2026-0001")))
    assert isinstance(copy, Message) and copy.template == "There is no case {case_number}."
    assert copy == "There is no case 2026-0001."


def test_carried_passes_the_message_on_and_str_would_not():
    error = NotFound(msg("Records", "There is no such case."))
    assert isinstance(carried(error), Message)
    assert not isinstance(str(error), Message)
    assert carried(ValueError("plain")) == "plain"


def test_joined_lists_messages_in_english_and_keeps_them_translatable():
    words = joined(", ", [msg("Transitions", "open"), msg("Transitions", "met"), "{not a placeholder}"])
    assert words == "open, met, {not a placeholder}"
    assert isinstance(words.values["part0"], Message)
    assert joined(" {", []) == ""


def test_validation_errors_carry_messages_per_field_and_english_for_the_command_line():
    from shelterdesk.domain.validation import country_code

    with pytest.raises(ValueError) as caught:
        country_code("Atlantis")
    reason = carried(caught.value)
    assert isinstance(reason, Message) and reason.context == "Validation"
    error = ValidationError({"nationalities": reason})
    assert str(error) == ("nationalities: “Atlantis” is not a country code or name. Use two letters such as "
                          "ID, CN or KH, or the country's name.")
