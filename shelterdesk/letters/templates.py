"""Letter templates and shared labels, read from TOML in resources/letters.

Wording lives in data so a shelter can correct a translation without touching
code; see docs/LETTERS.md. Files are parsed once per process (functools cache)
and checked on load, so a broken edit fails loudly with the file name.
"""

from __future__ import annotations

import datetime
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shelterdesk.paths import resources_dir

from .content import LetterFault
from .markup import placeholders

RECIPIENT_KINDS = ("embassy", "agency", "provider")
# Placeholders a template's subject and paragraphs may use.
TEMPLATE_PLACEHOLDERS = frozenset(
    {"full_name", "family_name", "given_names", "shelter_name", "addressee_name", "reference"}
)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    recipient_kind: str  # "embassy" | "agency" | "provider"
    titles: dict[str, str]  # language -> title
    languages: tuple[str, ...]


@dataclass(frozen=True)
class Paragraph:
    text: dict[str, str]  # language -> wording
    requires_fields: tuple[str, ...] = ()  # printed only if one of these is disclosed
    unless_fields: tuple[str, ...] = ()  # left out if one of these is disclosed

    def applies(self, disclosed: set[str]) -> bool:
        if self.requires_fields and not disclosed & set(self.requires_fields):
            return False
        return not disclosed & set(self.unless_fields)


@dataclass(frozen=True)
class Template:
    info: TemplateInfo
    subject: dict[str, str]
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    date: str
    months: tuple[str, ...]
    digits: str
    line_spacing: float
    year_offset: int = 0  # Thai: the Buddhist Era is the Common Era + 543

    def number(self, n: int) -> str:
        """Write a number with the language's digits (Khmer digits in Khmer)."""
        text = str(n)
        if self.digits:
            text = text.translate(str.maketrans("0123456789", self.digits))
        return text

    def format_date(self, d: datetime.date) -> str:
        month = self.months[d.month - 1] if self.months else ""
        return self.date.format(
            day=self.number(d.day),
            month=month,
            month_number=self.number(d.month),
            year=self.number(d.year + self.year_offset),
        )


@dataclass(frozen=True)
class Labels:
    languages: dict[str, Language]
    text: dict[str, dict[str, str]]  # key -> language -> wording
    fields: dict[str, dict[str, str]]  # field key -> language -> label
    terms: dict[str, dict[str, str]]  # vocabulary value -> language -> wording


def letters_dir() -> Path:
    return resources_dir() / "letters"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LetterFault(f"cannot read {path.name}: {exc}") from exc


@functools.cache
def load_labels() -> Labels:
    data = _read(letters_dir() / "labels.toml")
    languages = {
        code: Language(
            code=code,
            name=spec["name"],
            date=spec["date"],
            months=tuple(spec.get("months", ())),
            digits=spec.get("digits", ""),
            line_spacing=float(spec.get("line_spacing", 1.35)),
            year_offset=int(spec.get("year_offset", 0)),
        )
        for code, spec in data["language"].items()
    }
    labels = Labels(languages, data["text"], data["field"], data["term"])
    for section in (labels.text, labels.fields, labels.terms):
        for key, per_lang in section.items():
            missing = set(languages) - set(per_lang)
            if missing:
                raise LetterFault(f"labels.toml: {key} lacks {', '.join(sorted(missing))}")
    return labels


def label(key: str, language: str) -> str:
    """Fixed wording (`[text.KEY]`) or a field label (`[field.KEY]`) in a language."""
    labels = load_labels()
    table = labels.text.get(key) or labels.fields.get(key)
    if table is None:
        raise LetterFault(f"unknown label {key!r}")
    return table[language]


def term(key: str, language: str) -> str:
    """A vocabulary value in a language.

    `[term.KEY]` from labels.toml (e.g. "sex_female"), or a country or
    language by its ISO code ("country:ID", "language:id"), named as the
    Unicode CLDR data (Babel) names it in that language.
    """
    kind, _, code = key.partition(":")
    if code:
        names = _cldr_names(kind, language)
        if code not in names:
            raise LetterFault(f"unknown term {key!r}")
        return names[code]
    table = load_labels().terms.get(key)
    if table is None:
        raise LetterFault(f"unknown term {key!r}")
    return table[language]


def is_term(key: str) -> bool:
    kind, _, code = key.partition(":")
    if code:
        return kind in _CLDR_KINDS and code in _cldr_names(kind, "en")
    return key in load_labels().terms


_CLDR_KINDS = {"country": "territories", "language": "languages"}
# CLDR's locale for a letter language where the two differ.
_CLDR_LOCALE = {"zh": "zh_Hans"}


@functools.cache
def _cldr_names(kind: str, language: str) -> dict[str, str]:
    from babel import Locale

    names = getattr(Locale.parse(_CLDR_LOCALE.get(language, language)), _CLDR_KINDS[kind])
    english = getattr(Locale.parse("en"), _CLDR_KINDS[kind])
    return {**english, **names}  # English where CLDR lacks a name in that language


def term_keys() -> tuple[str, ...]:
    return tuple(load_labels().terms)


def field_keys() -> tuple[str, ...]:
    return tuple(load_labels().fields)


def _load_template(path: Path) -> Template:
    data = _read(path)
    labels = load_labels()
    tid = path.stem
    kind = data.get("recipient_kind")
    if kind not in RECIPIENT_KINDS:
        raise LetterFault(f"{path.name}: recipient_kind must be one of {RECIPIENT_KINDS}")
    paragraphs = []
    for raw in data.get("paragraph", []):
        if "use" in raw:
            text = labels.text[raw["use"]]
        else:
            text = {k: v for k, v in raw.items() if k in labels.languages}
        paragraphs.append(Paragraph(dict(text), tuple(raw.get("requires_fields", ())),
                                    tuple(raw.get("unless_fields", ()))))
    subject = dict(data["subject"])
    titles = dict(data["title"])
    # A language ships only if the subject, title and every paragraph have it.
    langs = [
        code
        for code in labels.languages
        if code in subject and code in titles and all(code in p.text for p in paragraphs)
    ]
    if "en" not in langs:
        raise LetterFault(f"{path.name}: every template needs complete English wording")
    for text in [*subject.values(), *(t for p in paragraphs for t in p.text.values())]:
        unknown = placeholders(text) - TEMPLATE_PLACEHOLDERS - {"shelter_name"}
        if unknown:
            raise LetterFault(f"{path.name}: unknown placeholder {sorted(unknown)}")
    for p in paragraphs:
        bad = set(p.requires_fields + p.unless_fields) - set(labels.fields)
        if bad:
            raise LetterFault(f"{path.name}: a paragraph names unknown fields {sorted(bad)}")
    info = TemplateInfo(tid, kind, titles, tuple(langs))
    return Template(info, subject, tuple(paragraphs))


@functools.cache
def load_templates() -> dict[str, Template]:
    folder = letters_dir() / "templates"
    return {p.stem: _load_template(p) for p in sorted(folder.glob("*.toml"))}


def get_template(template_id: str) -> Template:
    try:
        return load_templates()[template_id]
    except KeyError:
        raise LetterFault(f"unknown letter template {template_id!r}") from None


def list_templates() -> list[TemplateInfo]:
    """Every shipped template: id, recipient kind, title per language, languages."""
    return [t.info for t in load_templates().values()]
