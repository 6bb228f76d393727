"""The period report for donors and authorities: figures, tables and charts, no names.

Input is plain data (`ReportContent`, prepared by services/report.py with small
counts already suppressed); wording comes from resources/reports/report.toml in
English plus one more language. All text goes through the letter text path
(`to_markup`, a font per script run); reportlab's chart `String`s do not shape,
so the charts carry only digits, ISO codes and YYYY-MM months.
"""

from __future__ import annotations

import functools
import io
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.messages import msg
from ..paths import resources_dir
from .content import LetterError, LetterFault
from .fonts import pdf_font
from .markup import fill, to_markup

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
TEXT_W = PAGE_W - 2 * MARGIN
BAR_COLOURS = (colors.HexColor("#1b6ca8"), colors.HexColor("#e08a1e"))


@dataclass(frozen=True)
class ReportTable:
    title: str  # a text key of report.toml
    header: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]  # cells already formatted; suppressed counts read "<k"


@dataclass
class ReportContent:
    shelter_name: str
    start: str  # ISO dates
    end: str
    made_on: str
    language: str  # the language beside English ("en": English only)
    k: int
    summary: list[tuple[str, str]]  # (text key, figure)
    months: list[str] = field(default_factory=list)
    admitted: list[int] = field(default_factory=list)  # per month, suppressed counts as 0
    departed: list[int] = field(default_factory=list)
    nationality_chart: list[tuple[str, int]] = field(default_factory=list)  # (ISO code, count) shown
    tables: list[ReportTable] = field(default_factory=list)
    travel_days: tuple[int, int, int, int] | None = None  # (completed, median, fastest, slowest)


@functools.cache
def _wording() -> dict:
    path = resources_dir() / "reports" / "report.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LetterFault(f"cannot read {path.name}: {exc}") from exc


def report_languages() -> list[str]:
    return list(_wording()["languages"])


def wording(key: str, language: str) -> str:
    return _wording()["text"][key][language]


def _style(size: float, bold: bool = False, colour: str = "#1b1b1b", after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(f"r{size}{bold}{colour}", fontName=pdf_font("latin", bold), fontSize=size,
                          leading=size * 1.5, textColor=colors.HexColor(colour), spaceAfter=after, shaping=1,
                          splitLongWords=1)


class _Story:
    def __init__(self, content: ReportContent):
        self.c = content
        self.langs = ["en"] if content.language == "en" else ["en", content.language]

    def text(self, key: str, size: float = 10, bold: bool = False, **values: object) -> list[Paragraph]:
        """The wording in English, then in the second language (smaller, grey)."""
        out = []
        for n, lang in enumerate(self.langs):
            words = wording(key, lang)
            markup = fill(words, {k: str(v) for k, v in values.items()}, bold) if values else to_markup(words, bold)
            out.append(Paragraph(markup, _style(size if n == 0 else size * 0.9, bold,
                                               "#1b1b1b" if n == 0 else "#555555")))
        return out

    def table(self, t: ReportTable) -> list:
        header = [Paragraph(to_markup(h, True), _style(9, True)) for h in t.header]
        body = [[Paragraph(to_markup(cell), _style(9)) for cell in row] for row in t.rows]
        first = TEXT_W * (0.75 if len(t.header) == 2 else 0.45 if len(t.header) == 3 else 0.3)
        rest = (TEXT_W - first) / max(len(t.header) - 1, 1)
        grid = Table([header, *body], colWidths=[first] + [rest] * (len(t.header) - 1), repeatRows=1)
        grid.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1b1b1b")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return [KeepTogether([*self.text(t.title, 11, True), Spacer(1, 2 * mm), grid]), Spacer(1, 6 * mm)]

    def month_chart(self) -> Drawing:
        drawing = Drawing(TEXT_W, 60 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, TEXT_W - 20 * mm, 45 * mm
        chart.data = [self.c.admitted, self.c.departed]
        chart.categoryAxis.categoryNames = self.c.months
        chart.categoryAxis.labels.fontName = pdf_font("latin")
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 30 if len(self.c.months) > 6 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(self.c.months) > 6 else "n"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = pdf_font("latin")
        chart.valueAxis.labels.fontSize = 7
        for n, colour in enumerate(BAR_COLOURS):
            chart.bars[n].fillColor = colour
        drawing.add(chart)
        return drawing

    def nationality_chart(self) -> Drawing:
        rows = self.c.nationality_chart[::-1]
        drawing = Drawing(TEXT_W, (12 + 6 * len(rows)) * mm)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 14 * mm, 6 * mm, TEXT_W - 24 * mm, 6 * mm * len(rows)
        chart.data = [[n for _, n in rows]]
        chart.categoryAxis.categoryNames = [code for code, _ in rows]
        chart.bars[0].fillColor = BAR_COLOURS[0]
        chart.valueAxis.valueMin = 0
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = pdf_font("latin")
            axis.labels.fontSize = 8
        drawing.add(chart)
        return drawing

    def legend(self) -> Paragraph:
        names = [" / ".join(wording(key, lang) for lang in self.langs) for key in ("admitted", "departed")]
        # Coloured words: the fonts have no square glyph to draw a swatch with.
        markup = " &nbsp; · &nbsp; ".join(
            f'<font color="{colour.hexval().replace("0x", "#")}">{to_markup(name, True)}</font>'
            for colour, name in zip(BAR_COLOURS, names, strict=True))
        return Paragraph(markup, _style(8))

    def build(self) -> list:
        c = self.c
        story: list = [Paragraph(to_markup(c.shelter_name, True), _style(9, True, "#555555"))]
        story += self.text("title", 18, True)
        story += self.text("period", 11, start=c.start, end=c.end)
        story.append(Spacer(1, 3 * mm))
        story += self.text("notice", 8, k=c.k)
        story.append(Spacer(1, 5 * mm))
        summary = ReportTable("summary", ("", wording("count", "en")),
                              [(" / ".join(wording(key, lang) for lang in self.langs), value)
                               for key, value in c.summary])
        story += self.table(summary)
        if c.months:
            story += [*self.text("per_month", 11, True), self.month_chart(), self.legend(), Spacer(1, 6 * mm)]
        if c.nationality_chart:
            story += [*self.text("by_nationality", 11, True), self.nationality_chart(), Spacer(1, 4 * mm)]
        for t in c.tables:
            story += self.table(t)
        story += self.text("travel_document", 11, True)
        if c.travel_days is None:
            story += self.text("travel_document_none", 9, k=c.k)
        else:
            n, median, low, high = c.travel_days
            story += self.text("travel_document_figures", 9, n=n, median=median, low=low, high=high)
        return story


def render_report(content: ReportContent) -> bytes:
    """The report as PDF bytes. Raises LetterError for a language the report has no wording in."""
    if content.language not in report_languages():
        raise LetterError(msg("Letters", "The report has no wording in “{language}” yet; choose one of "
                                         "{languages}.", language=content.language,
                              languages=", ".join(report_languages())))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title="Shelter report", author="ShelterDesk", creator="ShelterDesk",
                            invariant=1, initialFontName=pdf_font("latin"))
    langs = ["en"] if content.language == "en" else ["en", content.language]

    def footer(canvas, document) -> None:
        text = "  ·  ".join(wording("generated", lang).format(date=content.made_on, page=document.page)
                            for lang in langs)
        para = Paragraph(to_markup(text), _style(7, colour="#777777"))
        _w, h = para.wrapOn(canvas, TEXT_W, 10 * mm)
        para.drawOn(canvas, MARGIN, MARGIN / 2 - h / 2 + 2 * mm)

    doc.build(_Story(content).build(), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
