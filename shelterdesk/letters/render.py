"""Lay a LetterContent out as an A4 PDF with reportlab platypus.

Bilingual letters print each piece of wording in English, then in the
recipient's language right below it, so an official reading either language
can follow the whole letter and see that both say the same. User text (names,
values, reason) is printed once, as given.

Header ("CONFIDENTIAL") and footer ("Page X of Y") are drawn after the whole
document is laid out (a deferred-page canvas), so Y is right without a second
layout pass, and in a batch every letter counts its own pages.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.messages import msg
from . import fonts, markup, paragraph_cache
from .content import DisclosedField, LetterContent, LetterError, LetterFault, NeedLine
from .fonts import missing_glyphs, pdf_font, unprintable
from .markup import fill, fill_plain, runs, to_markup
from .paragraph_cache import CachedParagraph
from .rtl import BidiParagraph, has_rtl, is_rtl_paragraph
from .templates import Language, Template, get_template, is_term, label, load_labels, term

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1b1b1b")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8c2cc")
CONFIDENTIAL_RED = colors.HexColor("#9b1c1c")

# Values longer than this leave the table and print as a block below it:
# a table row cannot break across pages.
LONG_VALUE = 350
# Scripts with stacked marks need more room between lines than Latin.
_TALL = {"khmer", "myanmar", "sinhala", "tamil", "bengali", "devanagari", "thai", "lao"}


# ------------------------------------------------------------------ styles


@functools.cache
def _style(name: str, size: float, bold: bool, color: str, spacing: float,
           align: int = 0, indent: float = 0, after: float = 0) -> ParagraphStyle:
    # shaping=1 needs a TrueType base font; the runs carry their own fonts.
    return ParagraphStyle(
        name,
        fontName=pdf_font("latin", bold),
        fontSize=size,
        leading=size * spacing,
        textColor=colors.HexColor(color),
        alignment=align,
        leftIndent=indent,
        spaceAfter=after,
        allowWidows=0,  # never one line of a paragraph alone at the top of a page
        allowOrphans=0,
        shaping=1,
        splitLongWords=1,  # lets Chinese (no spaces) wrap at any character
    )


def _spacing(*texts: str) -> float:
    """Line spacing for text set in the faces these pieces need (tall scripts get more)."""
    keys: set[str] = set()
    for text in texts:
        keys.update(key for key, _ in runs(text))
    if keys & _TALL:
        return 1.6
    if keys & {"cjk", "korean"}:
        return 1.5
    return 1.38


class _Writer:
    """Builds the flowables of one letter."""

    def __init__(self, content: LetterContent, template: Template, langs: Sequence[Language]):
        self.c = content
        self.t = template
        self.langs = langs
        self.codes = [lang.code for lang in langs]
        self.values = {
            "full_name": subject_name(content),
            "family_name": content.family_name,
            "given_names": content.given_names,
            "shelter_name": content.shelter.name,
            "addressee_name": content.addressee.name,
            "reference": content.reference,
        }

    # -- paragraph helpers

    def para(self, plain: str, size: float = 10, bold: bool = False, color: str = "#1b1b1b",
             align: int = 0, indent: float = 0, after: float = 0, values: dict | None = None,
             spacing: float | None = None, bullet: str | None = None) -> Paragraph:
        """A Paragraph of `plain` text (escaped here), with {placeholders} filled if values.

        Text with right-to-left letters is laid out by rtl.BidiParagraph, and
        right-aligned when it starts with them.
        """
        texts = (plain,) if values is None else (plain, *values.values())
        sp = spacing or _spacing(*texts)
        rtl_text = None
        if any(has_rtl(t) for t in texts):
            rtl_text = plain if values is None else fill_plain(plain, values)
            if is_rtl_paragraph(rtl_text):
                align = TA_RIGHT
        style = _style(f"s{size}{bold}{color}{sp}{align}{indent}{after}",
                       size, bold, color, sp, align, indent, after)
        if bullet:
            style = _bullet_style(style)
        if rtl_text is not None:
            return BidiParagraph(rtl_text, style, bulletText=bullet, bold=bold)
        markup = to_markup(plain, bold) if values is None else fill(plain, values, bold)
        return CachedParagraph(markup, style, bulletText=bullet)

    def wording(self, texts: dict[str, str], size: float = 10, bold: bool = False,
                after: float = 7, extra: dict[str, str] | None = None) -> list[Flowable]:
        """The same wording in each letter language: English, then translations below."""
        out: list[Flowable] = []
        values = dict(self.values, **(extra or {}))
        for i, code in enumerate(self.codes):
            last = i == len(self.codes) - 1
            color = "#1b1b1b" if i == 0 else "#3d4a57"
            out.append(self.para(texts[code], size, bold, color, values=values,
                                 after=after if last else 2.5))
        return out

    def labels(self, key: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {code: label(key, code) for code in self.codes}

    def joined(self, key: str) -> str:
        """'Consent / Persetujuan' - short labels joined on one line."""
        return " / ".join(dict.fromkeys(label(key, code) for code in self.codes))

    def heading(self, key: str) -> list[Flowable]:
        return [
            Spacer(1, 5),
            self.para(self.joined(key), 10.5, True, "#1f3a5f", after=1),
            HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=1, spaceAfter=5),
        ]

    def section(self, key: str, body: list[Flowable]) -> list[Flowable]:
        """A heading and its body; the heading never ends a page on its own."""
        head = self.heading(key)
        return [_KeepWithNext([*head, body[0]]), *head, *body]

    def label_cell(self, key: str) -> list[Flowable]:
        cell: list[Flowable] = [self.para(label(key, self.codes[0]), 8.5, True, "#1b1b1b")]
        for code in self.codes[1:]:
            cell.append(self.para(label(key, code), 8, False, "#5a6672"))
        return cell

    # -- sections

    def letterhead(self) -> list[Flowable]:
        shelter = self.c.shelter
        text: list[Flowable] = [self.para(shelter.name, 15, True, "#1f3a5f", after=2)]
        if shelter.address:
            text.append(self.para(shelter.address, 8.5, color="#555555"))
        contact = "  ·  ".join(
            s for s in (
                f"{label('phone', 'en')}: {shelter.phone}" if shelter.phone else "",
                f"{label('email', 'en')}: {shelter.email}" if shelter.email else "",
            ) if s
        )
        if contact:
            text.append(self.para(contact, 8.5, color="#555555"))
        logo = self.logo()
        if logo is not None:
            row = [[logo, text]]
            widths = [logo.drawWidth + 6 * mm, TEXT_W - logo.drawWidth - 6 * mm]
        else:
            row, widths = [[text]], [TEXT_W]
        table = Table(row, colWidths=widths)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), pdf_font("latin")),  # else cells select Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table, HRFlowable(width="100%", thickness=1.4, color=ACCENT,
                                  spaceBefore=5, spaceAfter=10)]

    def logo(self) -> Image | None:
        data = self.c.shelter.logo_png
        if not data:
            return None
        from reportlab.lib.utils import ImageReader

        try:
            iw, ih = ImageReader(io.BytesIO(data)).getSize()
        except Exception as exc:  # reportlab raises assorted errors for bad images
            raise LetterError(msg("Letters", "the shelter logo is not a readable image")) from exc
        scale = min(20 * mm / ih, 38 * mm / iw)
        return Image(io.BytesIO(data), width=iw * scale, height=ih * scale)

    def meta(self) -> list[Flowable]:
        a = self.c.addressee
        left: list[Flowable] = [self.para(self.joined("to"), 8, False, "#555555", after=1),
                                self.para(a.name, 10.5, True)]
        if a.contact_person:
            left.append(self.para(f"{self.joined('attention')}: {a.contact_person}", 9.5))
        if a.address:
            left.append(self.para(a.address, 9.5))
        right: list[Flowable] = [
            self.para(self.joined("reference"), 8, False, "#555555", align=TA_RIGHT, after=1),
            self.para(self.c.reference, 10.5, True, align=TA_RIGHT, after=4),
            self.para(self.joined("date"), 8, False, "#555555", align=TA_RIGHT, after=1),
        ]
        for lang in dict.fromkeys(self.dates(self.c.issued_on)):
            right.append(self.para(lang, 10, align=TA_RIGHT))
        table = Table([[left, right]], colWidths=[TEXT_W * 0.6, TEXT_W * 0.4])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), pdf_font("latin")),  # else cells select Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table, Spacer(1, 10)]

    def dates(self, d: date) -> list[str]:
        return [lang.format_date(d) for lang in self.langs]

    def subject(self) -> list[Flowable]:
        out: list[Flowable] = [self.para(self.joined("subject"), 8, False, "#555555", after=1)]
        out += self.wording(self.t.subject, 11, True, after=10)
        return out

    def body(self) -> list[Flowable]:
        out = self.wording(self.labels("salutation"), after=8)
        given = {f.key for f in self.c.fields}
        for p in self.t.paragraphs:
            if p.applies(given):
                out += self.wording(p.text)
        return out

    def person(self) -> list[Flowable]:
        c = self.c
        rows: list[tuple[str, str]] = [("family_name", c.family_name), ("given_names", c.given_names)]
        if c.native_name:
            rows.append(("native_name", c.native_name))
        if c.case_number:
            rows.append(("case_number", c.case_number))
        rows += [(f.key, self.field_value(f)) for f in c.fields]
        short = [(k, v) for k, v in rows if len(v) <= LONG_VALUE]
        long = [(k, v) for k, v in rows if len(v) > LONG_VALUE]
        data = [[self.label_cell(k), self.para(v, 10.5 if k in _NAME_KEYS else 10,
                                               k in _NAME_KEYS)] for k, v in short]
        if not data:  # every value is long: no table
            body: list[Flowable] = [Spacer(1, 6)]
        else:
            body = [self.person_table(data), Spacer(1, 6)]
        out = self.section("person_heading", body)
        for key, value in long:
            lead = [*self.label_cell(key), Spacer(1, 2)]
            block = self.text_block(value)
            if not block:  # only blank space
                continue
            out += [_KeepWithNext([*lead, block[0]]), *lead, *block, Spacer(1, 4)]
        return out

    def photo(self) -> list[Flowable]:
        """The person's photo under their details, at about passport size, its proportions kept."""
        if not self.c.photo:
            return []
        image = Image(io.BytesIO(self.c.photo), width=35 * mm, height=45 * mm, kind="proportional")
        image.hAlign = "LEFT"
        return [image, Spacer(1, 8)]

    def person_table(self, data: list[list]) -> Table:
        table = Table(data, colWidths=[TEXT_W * 0.38, TEXT_W * 0.62], repeatRows=0)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), pdf_font("latin")),  # else cells select Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f5f7")),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def text_block(self, text: str, indent: float = 0) -> list[Flowable]:
        """User free text: blank lines separate paragraphs, each of which may split pages."""
        blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
        return [self.para(b, 10, indent=indent, after=5) for b in blocks if b.strip()]

    def terms(self, keys: Sequence[str]) -> str:
        """Vocabulary values in each letter language: "Female / Perempuan", one value a line."""
        return "\n".join(" / ".join(dict.fromkeys(term(k, code) for code in self.codes)) for k in keys)

    def field_value(self, f: DisclosedField) -> str:
        text = self.terms(f.terms) if f.terms else f.value
        if f.qualifier:
            text += f" ({self.terms([f.qualifier])})"
        return text

    def need_line(self, need: NeedLine) -> str:
        text = self.terms([need.category])
        if need.detail:
            text += f": {need.detail}"
        if need.priority:
            text += f" ({self.terms([need.priority])})"
        return text

    def needs(self) -> list[Flowable]:
        if not self.c.needs:
            return []
        return self.section("needs_heading", [self.para(self.need_line(need), 10, after=2, indent=12,
                                                        bullet="•") for need in self.c.needs])

    def reason(self) -> list[Flowable]:
        if not self.c.reason.strip():
            return []
        return self.section("reason_heading", self.text_block(self.c.reason))

    def consent(self) -> list[Flowable]:
        return self.section("consent_heading", self.consent_lines())

    def consent_lines(self) -> list[Flowable]:
        cs = self.c.consent
        if cs is None:
            return self.wording(self.labels("consent_missing"))
        if cs.override_reason:
            return self.wording(self.labels("consent_override"),
                                extra={"reason": cs.override_reason})
        per_lang = {}
        for lang in self.langs:
            key = "consent_given" if cs.given_on else "consent_given_undated"
            text = label(key, lang.code)
            if cs.interpreter:
                text += " " + label("consent_interpreter", lang.code)
            per_lang[lang.code] = text
        extra = {"recorded_by": cs.recorded_by, "interpreter": cs.interpreter}
        out_lines: list[Flowable] = []
        for i, lang in enumerate(self.langs):
            extra_l = dict(extra, date=lang.format_date(cs.given_on) if cs.given_on else "")
            values = dict(self.values, **extra_l)
            last = i == len(self.langs) - 1
            out_lines.append(self.para(per_lang[lang.code], 10, False,
                                       "#1b1b1b" if i == 0 else "#3d4a57",
                                       values=values, after=7 if last else 2.5))
        return out_lines

    def closing(self) -> list[Flowable]:
        """Closing wording, contact, signature and attachments, kept on one page.

        A page holding only the last line of the letter, or only the
        signature, or only the list of attachments, looks like a page of
        another letter; an officer may not even turn to it.
        """
        block: list[Flowable] = [*self.wording(self.labels("closing_paragraph"))]
        cw = self.c.case_worker
        if cw:
            block += [Spacer(1, 4), self.para(self.joined("case_worker_heading"), 8, False, "#555555", after=1),
                      self.para(cw.name, 10, True)]
            if cw.title:
                block.append(self.para(cw.title, 9.5))
            if cw.phone:
                block.append(self.para(f"{self.joined('phone')}: {cw.phone}", 9.5))
            if cw.email:
                block.append(self.para(f"{self.joined('email')}: {cw.email}", 9.5))
            block.append(Spacer(1, 8))
        for i, code in enumerate(self.codes):
            block.append(self.para(label("closing", code), 10, False,
                                   "#1b1b1b" if i == 0 else "#3d4a57", after=1))
        block += [Spacer(1, 17 * mm),
                  HRFlowable(width=70 * mm, thickness=0.6, color=INK, hAlign="LEFT",
                             spaceAfter=2),
                  self.para(self.joined("signature"), 7.5, False, "#555555", after=3)]
        s = self.c.signatory
        if s:
            block.append(self.para(s.name, 10, True))
            if s.title:
                block.append(self.para(s.title, 9.5))
        for code in self.codes:
            block.append(self.para(label("on_behalf", code), 9, False, "#555555",
                                   values=self.values))
        if self.c.attachments:
            block += [*self.heading("attachments_heading"),
                      *(self.para(item, 10, after=2, indent=14, bullet=f"{i}.")
                        for i, item in enumerate(self.c.attachments, 1))]
        return [Spacer(1, 6), KeepTogether(block)]

    def story(self) -> list[Flowable]:
        return [
            *self.letterhead(), *self.meta(), *self.subject(), *self.body(), *self.person(), *self.photo(),
            *self.needs(), *self.reason(), *self.consent(), *self.closing(),
        ]


_NAME_KEYS = {"family_name", "given_names", "native_name"}


def subject_name(content: LetterContent) -> str:
    """The name as a consulate files it: surname in capitals first, native script beside it.

    "TRẦN Quốc Bảo", "WANG Jianguo (王建国)": an officer sees at once which part is
    the surname, and the name as their own records write it.
    """
    latin = " ".join(p for p in (content.family_name.upper(), content.given_names) if p)
    native = content.native_name.strip()
    given_first = f"{content.given_names} {content.family_name}".strip()
    if native and native.casefold() not in (latin.casefold(), given_first.casefold()):
        return f"{latin} ({native})" if latin else native
    return latin or native


class _KeepWithNext(CondPageBreak):
    """Starts a new page unless `flowables` fit, counting only the start of the last.

    Placed before a heading (and its rule) with the first thing under it, so
    the heading is never the last line of a page: the first table row, or the
    first two lines of a paragraph (reportlab splits a paragraph no earlier),
    must fit below it. Zero height otherwise, so pages that have room look the
    same as before.
    """

    def __init__(self, flowables: list[Flowable]):
        super().__init__(0)
        self._sd_flowables = flowables

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.height = _room_needed(self._sd_flowables, aw)
        return super().wrap(aw, ah)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """Nothing to draw (and no empty graphics state in the page stream)."""


def _room_needed(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for i, f in enumerate(flowables):
        _, h = f.wrap(width, PAGE_H)
        if i < len(flowables) - 1:
            total += f.getSpaceBefore() + h + f.getSpaceAfter()
        elif isinstance(f, Table):
            total += f.getSpaceBefore() + f._rowHeights[0]  # reportlab's row heights after wrap
        elif isinstance(f, Paragraph):
            total += f.getSpaceBefore() + min(h, 2 * f.style.leading)
        else:
            total += f.getSpaceBefore() + h
    return total


@functools.cache
def _bullet_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-b", parent=style, bulletIndent=2,
                          bulletFontName=pdf_font("latin"), bulletFontSize=style.fontSize)


# ------------------------------------------------------------------ page decoration


@dataclass(frozen=True)
class _Decor:
    """Header and footer wording of one letter."""

    codes: tuple[str, ...]
    reference: str
    shelter: str

    def draw(self, canv: Canvas, page: int, pages: int) -> None:
        labels = load_labels()
        conf = "  ·  ".join(dict.fromkeys(label("confidential", c) for c in self.codes))
        nums = "  ·  ".join(
            label("page", c).format(page=labels.languages[c].number(page),
                                    pages=labels.languages[c].number(pages))
            for c in self.codes
        )
        canv.saveState()
        top = PAGE_H - 13 * mm
        _draw(canv, conf, _style("conf", 8.5, True, "#9b1c1c", 1.3, TA_RIGHT),
              MARGIN_X, top, TEXT_W, bold=True)
        if page > 1:
            _draw(canv, self.shelter, _style("hdr", 8, False, "#555555", 1.3),
                  MARGIN_X, top, TEXT_W * 0.55)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, top - 3.2 * mm, PAGE_W - MARGIN_X, top - 3.2 * mm)
        bottom = 12 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, bottom + 5 * mm, PAGE_W - MARGIN_X, bottom + 5 * mm)
        ref = f"{label('reference', self.codes[0])}: {self.reference}"
        _draw(canv, ref, _style("ftr", 8, False, "#555555", 1.3),
              MARGIN_X, bottom + 3.5 * mm, TEXT_W * 0.45)
        _draw(canv, nums, _style("ftr-r", 8, False, "#555555", 1.3, TA_RIGHT),
              MARGIN_X + TEXT_W * 0.35, bottom + 3.5 * mm, TEXT_W * 0.65)
        canv.restoreState()


def _draw(canv: Canvas, text: str, style: ParagraphStyle, x: float, top: float,
          width: float, bold: bool = False) -> None:
    p: Paragraph
    if has_rtl(text):
        p = BidiParagraph(text, style, bold=bold)
    else:
        p = CachedParagraph(to_markup(text, bold), style)
    _, h = p.wrapOn(canv, width, 40 * mm)
    p.drawOn(canv, x, top - h)


class _DeferredCanvas(Canvas):
    """Keeps every page until save() so each letter knows its page count."""

    def __init__(self, *args: object, decor: Sequence[_Decor] = (), **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._sd_decor = decor
        self._sd_pages: list[tuple[dict, int]] = []
        self._sd_letter = 0

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._sd_pages.append((dict(self.__dict__), self._sd_letter))
        self._startPage()

    def save(self) -> None:
        totals = Counter(letter for _, letter in self._sd_pages)
        seen: Counter[int] = Counter()
        for state, letter in self._sd_pages:
            self.__dict__.update(state)
            seen[letter] += 1
            self._sd_decor[letter].draw(self, seen[letter], totals[letter])
            Canvas.showPage(self)
        Canvas.save(self)


class _StartLetter(Flowable):
    """Zero-size marker: pages from here on belong to letter `index`."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._sd_letter = self.index  # type: ignore[attr-defined]


# ------------------------------------------------------------------ entry points


def _prepare(content: LetterContent) -> tuple[Template, list[Language]]:
    template = get_template(content.template_id)
    labels = load_labels()
    if not content.languages:
        raise LetterFault("a letter needs at least one language")
    if len(set(content.languages)) != len(content.languages):
        raise LetterFault("a letter language is repeated")
    for code in content.languages:
        if code not in template.info.languages:
            raise LetterFault(
                f"template {template.info.id!r} has no {code!r} wording "
                f"(available: {', '.join(template.info.languages)})"
            )
    unknown = [f.key for f in content.fields if f.key not in labels.fields]
    if unknown:
        raise LetterFault(f"unknown field key(s): {', '.join(unknown)}")
    used = [k for f in content.fields for k in (*f.terms, f.qualifier) if k]
    used += [k for n in content.needs for k in (n.category, n.priority) if k]
    unknown = [k for k in used if not is_term(k)]
    if unknown:
        raise LetterFault(f"unknown term(s): {', '.join(unknown)}")
    missing = missing_glyphs(content.texts())
    if missing:
        raise LetterError(unprintable(missing))
    return template, [labels.languages[code] for code in content.languages]


def _build(contents: Sequence[LetterContent]) -> bytes:
    story: list[Flowable] = []
    decor: list[_Decor] = []
    for index, content in enumerate(contents):
        template, langs = _prepare(content)
        if index:
            story.append(PageBreak())
        story.append(_StartLetter(index))
        story += _Writer(content, template, langs).story()
        decor.append(_Decor(tuple(content.languages), content.reference, content.shelter.name))
    if not story:
        raise LetterFault("no letters to render")
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title="Referral letter", author="ShelterDesk",
        creator="ShelterDesk", subject="", invariant=1,
        # Otherwise every page starts in Helvetica, a font that is never embedded.
        initialFontName=pdf_font("latin"),
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("letter", [frame])])

    def canvasmaker(*args: object, **kwargs: object) -> Canvas:
        return _DeferredCanvas(*args, decor=decor, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buf.getvalue()


def render_letter(content: LetterContent) -> bytes:
    """Render one letter to PDF bytes. Raises LetterError if it cannot be printed."""
    return _build([content])


def render_letters(contents: Iterable[LetterContent]) -> bytes:
    """Render a batch into one PDF; each letter starts a page and numbers its own pages."""
    return _build(list(contents))


def clear_caches() -> None:
    """Forget the text the renderer remembers between letters (it includes names).

    The caches are bounded and in memory only; call this when the vault locks
    so no survivor text outlives the session. Registered fonts stay.
    """
    paragraph_cache.clear()
    markup.runs.cache_clear()
    markup.to_markup.cache_clear()
    fonts.missing_in.cache_clear()
    fonts.face_for.cache_clear()
    fonts.clear_shaped()
