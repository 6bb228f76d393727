"""The subject-access report: everything held about one person, in their language where a translation ships.

Plain data in (`AccessReport`, prepared by services/access_report.py), PDF
bytes out. Text goes through the letters' markup (escaped, a font per script
run), so names in any of the shipped scripts print and copy as typed. Field
labels, dates, "CONFIDENTIAL" and "Page X of Y" come from labels.toml.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .content import LetterError, LetterFault
from .fonts import missing_glyphs, pdf_font, unprintable
from .markup import to_markup
from .templates import _read, label, letters_dir, load_labels

MARGIN = 20 * mm


@dataclass(frozen=True)
class AccessReport:
    language: str
    shelter_name: str
    case_number: str
    issued_on: date
    names: tuple[tuple[str, str], ...]  # (label key in labels.toml [text], value)
    identity: tuple[tuple[str, str], ...]  # (field key in labels.toml [field] or a report text key, value)
    needs: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()
    letters: tuple[tuple[date, str, tuple[str, ...]], ...] = ()  # (when, recipient, field keys shown)
    consents: tuple[tuple[str, date, date | None, date | None], ...] = ()  # (kind, given, expires, withdrawn)
    attachments: tuple[str, ...] = ()
    notes: str = ""

    def texts(self) -> list[str]:
        return [self.shelter_name, self.case_number, *(v for _k, v in self.names), *(v for _k, v in self.identity),
                *self.needs, *self.referrals, *(r for _d, r, _f in self.letters), *self.attachments, self.notes]


@functools.cache
def _wording() -> tuple[tuple[str, ...], dict[str, dict[str, str]]]:
    data = _read(letters_dir() / "access_report.toml")
    languages = tuple(data["languages"])
    for key, per_lang in data["text"].items():
        missing = set(languages) - set(per_lang)
        if missing:
            raise LetterFault(f"access_report.toml: {key} lacks {', '.join(sorted(missing))}")
    return languages, data["text"]


def report_languages() -> tuple[str, ...]:
    """The languages the report can be printed in (English first)."""
    return _wording()[0]


def _t(key: str, language: str, **values: str) -> str:
    text = _wording()[1][key][language]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def _date(value: date, language: str) -> str:
    """As the letters write dates: the language's digits, month names and era (Thai: Buddhist Era)."""
    return load_labels().languages[language].format_date(value)


@functools.cache
def _style(size: float, bold: bool = False, after: float = 2) -> ParagraphStyle:
    return ParagraphStyle(f"access-{size}-{bold}-{after}", fontName=pdf_font("latin", bold), fontSize=size,
                          leading=size * 1.6, spaceAfter=after, shaping=1, splitLongWords=1)


def _p(text: str, size: float = 10, bold: bool = False, after: float = 2) -> Paragraph:
    return Paragraph(to_markup(text, bold), _style(size, bold, after))


def _section(title: str, lines: Sequence[str], none: str) -> list:
    out: list = [Spacer(1, 4 * mm), _p(title, 12, bold=True, after=4)]
    out += [_p("• " + line) for line in lines] or [_p(none)]
    return out


def _field_label(key: str, language: str) -> str:
    if key in _wording()[1]:
        return _t(key, language)
    return label(key, language)


def render_access_report(report: AccessReport) -> bytes:
    """The report as PDF bytes; LetterError if the language or a character cannot be printed."""
    lang = report.language
    if lang not in report_languages():
        raise LetterFault(f"no access-report translation for {lang!r}")
    missing = missing_glyphs(report.texts())
    if missing:
        raise LetterError(unprintable(missing))
    none = _t("none", lang)
    when = _date(report.issued_on, lang)
    story: list = [
        _p(_t("title", lang, shelter=report.shelter_name), 16, bold=True, after=6),
        _p(f"{_t('case_number', lang)}: {report.case_number} · {when}", 10, after=6),
        _p(_t("intro", lang, shelter=report.shelter_name, date=when), 10, after=4),
        Spacer(1, 3 * mm), _p(_t("identity_heading", lang), 12, bold=True, after=4),
    ]
    rows = [(label(k, lang), v) for k, v in report.names if v]
    rows += [(_field_label(k, lang), v) for k, v in report.identity if v]
    if report.notes:
        rows.append((_t("notes", lang), report.notes))
    table = Table([[_p(k, 9, bold=True), _p(v, 10)] for k, v in rows], colWidths=[55 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d0d7de"))]))
    story.append(table)
    story += _section(_t("needs_heading", lang), report.needs, none)
    story += _section(_t("referrals_heading", lang), report.referrals, none)
    story += _section(_t("letters_heading", lang), [
        _t("letter_line", lang, date=_date(d, lang), recipient=recipient,
           fields=", ".join(_field_label(k, lang) for k in keys) or none)
        for d, recipient, keys in report.letters], none)
    story += _section(_t("consents_heading", lang), [
        ", ".join(p for p in (kind, _t("consent_given", lang, date=_date(given, lang)),
                              _t("consent_expires", lang, date=_date(expires, lang)) if expires else "",
                              _t("consent_withdrawn", lang, date=_date(withdrawn, lang)) if withdrawn else "") if p)
        for kind, given, expires, withdrawn in report.consents], none)
    story += _section(_t("attachments_heading", lang), report.attachments, none)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
                            bottomMargin=MARGIN, title="Subject access report", author="ShelterDesk",
                            creator="ShelterDesk", subject="", invariant=1, initialFontName=pdf_font("latin"))
    confidential = label("confidential", lang)
    page_words = label("page", lang)
    number = load_labels().languages[lang].number

    def canvasmaker(*args: object, **kwargs: object) -> Canvas:
        return _NumberedCanvas(*args, confidential=confidential, page_words=page_words, number=number, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buf.getvalue()


class _NumberedCanvas(Canvas):
    """Draws CONFIDENTIAL and "Page X of Y" on every page once the page count is known."""

    def __init__(self, *args, confidential: str, page_words: str, number: Callable[[int], str], **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._confidential, self._page_words, self._number = confidential, page_words, number

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            width, height = A4
            for markup, y, style in ((to_markup(self._confidential, True), height - MARGIN + 2 * mm, _style(9, True)),
                                     (to_markup(self._page_words.replace("{page}", self._number(number))
                                                .replace("{pages}", self._number(total))), MARGIN - 10 * mm, _style(8))):
                para = Paragraph(markup, style)
                para.wrapOn(self, width - 2 * MARGIN, 20 * mm)
                para.drawOn(self, MARGIN, y)
            super().showPage()
        super().save()
