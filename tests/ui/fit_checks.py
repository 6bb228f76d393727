"""Checks for one screen or dialog as a person sees it: does every text fit, and is it in the interface language?

`fit_faults(root, where)` looks at every visible widget under `root`: a label, button, check box, group
title, tab, combo box, placeholder, spin box, list item or table header whose text needs more room than
it has (Qt's own size hints and style metrics, which include the style sheet's padding), a word-wrapped
label or a control cut in height, and a row laid out narrower than its minimum (the window's fixed
minimum size lets Qt squeeze it). `window_faults` names a window larger than the 1366×768 screen.
`visible_texts(root)` collects what a person reads there (tables and lists too, window titles, charts)
and `Catalogue.faults(texts, where)` names the ones still in English: the English of a message that
has a translation (the translation was not applied), and, in Khmer and Chinese, any run of three Latin
letters that is not data or an allowed word (ShelterDesk, PDF, Ctrl…), sorted by why: awaiting a
translation, translated but not applied, or not in the catalogue at all (never went through tr()).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QCoreApplication, QModelIndex, QSize
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    Qt,  # QtGui's Qt carries mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

SCREEN = QSize(1366, 768)
LATIN_RUN = re.compile(r"[A-Za-z]{3,}")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%L?\d|%L?n")
# Words that stay Latin in every language: the product, formats and standards, key names.
ALLOWED_WORDS = {"ShelterDesk", "Ctrl", "Alt", "Shift", "Esc", "Enter", "Tab", "Noto"}
ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")  # PDF, CSV, XLSX, HXL, CTDC, IOM, ISO codes


@dataclass(frozen=True)
class Fault:
    kind: str
    where: str
    widget: str
    text: str
    detail: str = ""

    def line(self) -> str:
        detail = f" — {self.detail}" if self.detail else ""
        return f"[{self.where}] {self.widget}: {self.text!r}{detail}"


def widget_path(widget: QWidget) -> str:
    """class#objectName of the widget and its parents up to its window, innermost first."""
    parts = []
    w: QWidget | None = widget
    while w is not None:
        name = w.objectName()
        parts.append(type(w).__name__ + (f"#{name}" if name and not name.startswith("qt_") else ""))
        if w.isWindow():
            break
        w = w.parentWidget()
    return " < ".join(parts[:6]) + (" < …" if len(parts) > 6 else "")


def plain(text: str) -> str:
    """A widget's text as read: accelerators (&) dropped, rich text as plain text."""
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


# -- does it fit? ---------------------------------------------------------------------------------------
def fit_faults(root: QWidget, where: str) -> list[Fault]:
    faults: list[Fault] = []
    shown = [w for w in [root, *root.findChildren(QWidget)] if w.isVisible() and w.window().isVisible()]
    for w in shown:
        for kind, text, detail in _widget_faults(w):
            faults.append(Fault(kind, where, widget_path(w), text, detail))
    squeezed = [w for w in shown if _squeezed(w)]
    for w in squeezed:  # the innermost ones: where the row or column that does not fit is
        if any(o is not w and w.isAncestorOf(o) for o in squeezed):
            continue
        path = widest_path(w)
        if path is None:  # the room goes to a page not on screen: reported when that page is
            continue
        need = w.minimumSizeHint()
        faults.append(Fault("squeezed", where, widget_path(w), _text_of(w),
                            f"needs {need.width()}×{need.height()}, has {w.width()}×{w.height()}; widest: {path}"))
    return faults


def _squeezed(w: QWidget) -> bool:
    """Laid out smaller than its layout's minimum (a window's own minimum size lets that happen)."""
    parent = w.parentWidget()
    if w.layout() is None or isinstance(w, (QStackedWidget, QTabWidget)) or w.objectName().startswith("qt_") \
            or (isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea)):
        return False
    need = w.minimumSizeHint()
    return w.width() + 1 < need.width() or w.height() + 1 < need.height()


def _short_by(need: int, have: int) -> str:
    return f"needs {need} px, has {have} px"


def _widget_faults(w: QWidget) -> Iterator[tuple[str, str, str]]:
    if isinstance(w, QLabel):
        yield from _label_faults(w)
    elif isinstance(w, QAbstractButton) and w.text():
        if isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly \
                and not w.icon().isNull():
            return
        need = w.sizeHint().width()
        if w.width() + 1 < need:
            yield "clipped", plain(w.text()), _short_by(need, w.width())
        yield from _height_faults(w, plain(w.text()))
    elif isinstance(w, QGroupBox) and w.title():
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            yield "clipped", plain(w.title()), _short_by(need, w.width())
    elif isinstance(w, QTabBar):
        yield from _tab_faults(w)
    elif isinstance(w, QComboBox):
        yield from _combo_faults(w)
        yield from _height_faults(w, w.currentText())
    elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText() and not _inside_spin_box(w):
        option = QStyleOptionFrame()
        w.initStyleOption(option)
        room = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w).width()
        margins = w.textMargins()
        room -= margins.left() + margins.right() + 4  # QLineEdit keeps 2 px on each side
        need = w.fontMetrics().horizontalAdvance(w.placeholderText())
        if room + 1 < need:
            yield "clipped", w.placeholderText(), f"placeholder {_short_by(need, room)}"
        yield from _height_faults(w, w.placeholderText())
    elif isinstance(w, QAbstractSpinBox):
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            yield "clipped", w.text(), _short_by(need, w.width())
    elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
        yield from _header_faults(w)
    elif isinstance(w, QListView) and not isinstance(w.parentWidget(), QComboBox):
        yield from _list_faults(w)


def _height_faults(w: QWidget, text: str) -> Iterator[tuple[str, str, str]]:
    """A control squeezed below its height: a form whose rows wrap asks its height of its parent
    late (height for width), and Qt then shares out less than the rows need. (The line edit inside
    an editable combo box is the combo's to size.)"""
    if isinstance(w.parentWidget(), QComboBox):
        return
    need = w.minimumSizeHint().height()
    if w.height() + 1 < need:
        yield "cut", text, f"needs {need} px high, has {w.height()} px"


def _inside_spin_box(w: QWidget) -> bool:
    return isinstance(w.parentWidget(), QAbstractSpinBox)


def _label_faults(w: QLabel) -> Iterator[tuple[str, str, str]]:
    if not w.text() or (w.pixmap() is not None and not w.pixmap().isNull()):
        return
    text = plain(w.text())
    if not w.wordWrap():
        need = w.minimumSizeHint()
        if w.width() + 1 < need.width():
            yield "clipped", text, _short_by(need.width(), w.width())
        elif w.height() + 1 < need.height():
            yield "cut", text, f"needs {need.height()} px high, has {w.height()} px"
        return
    room = w.contentsRect().width() - 2 * w.margin()
    doc = QTextDocument()
    doc.setDefaultFont(w.font())
    doc.setDocumentMargin(0)
    if w.textFormat() == Qt.TextFormat.RichText or (w.textFormat() == Qt.TextFormat.AutoText
                                                    and Qt.mightBeRichText(w.text())):
        doc.setHtml(w.text())
    else:
        doc.setPlainText(w.text())
    doc.setTextWidth(room)
    if doc.idealWidth() > room + 1:  # a word longer than the line: Qt draws it past the edge
        yield "clipped", text, f"a word wider than the wrapped label: {_short_by(round(doc.idealWidth()), room)}"
    need_height = w.heightForWidth(w.width())
    if w.height() + 1 < need_height:
        yield "cut", text, f"wrapped, needs {need_height} px high, has {w.height()} px"


def _tab_faults(bar: QTabBar) -> Iterator[tuple[str, str, str]]:
    scrolls = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, need = bar.tabRect(i), bar.tabSizeHint(i).width()
        text = plain(bar.tabText(i))
        if rect.width() + 1 < need:
            yield "clipped", text, f"tab {_short_by(need, rect.width())}"
        elif scrolls and (rect.left() < 0 or rect.right() > bar.width()):
            yield "clipped", text, "tab scrolled out of sight: the tabs do not all fit"


def _combo_faults(w: QComboBox) -> Iterator[tuple[str, str, str]]:
    text = w.currentText()
    if not text:
        return
    option = QStyleOptionComboBox()
    w.initStyleOption(option)
    room = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                    QStyle.SubControl.SC_ComboBoxEditField, w).width()
    if not w.itemIcon(w.currentIndex()).isNull():
        room -= w.iconSize().width() + 4
    if w.isEditable():
        room -= 4  # the line edit's own margins
    need = w.fontMetrics().horizontalAdvance(text)
    if room + 1 < need:
        yield "clipped", text, f"current item {_short_by(need, room)}"


def _header_faults(header: QHeaderView) -> Iterator[tuple[str, str, str]]:
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        # As QHeaderView::sectionSizeFromContents, but the sort arrow's room only where it is drawn.
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section, option.text = section, str(text)
        font = QFont(header.font())
        font.setBold(True)
        option.fontMetrics = QFontMetrics(font)
        if header.isSortIndicatorShown() and section == header.sortIndicatorSection():
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        need = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()
        have = header.sectionSize(section)
        if have + 1 < need:
            yield "clipped", str(text), f"column title {_short_by(need, have)}"


def _list_faults(view: QListView) -> Iterator[tuple[str, str, str]]:
    """Lists of words (the sidebar, the language question): each item fits the list's width."""
    model = view.model()
    if model is None or view.isWrapping():
        return
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    room = view.viewport().width()
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        index = model.index(row, view.modelColumn())
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        option.rect = view.visualRect(index)
        need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
        if room + 1 < need:
            yield "clipped", str(text), f"list item {_short_by(need, room)}"


def window_faults(window: QWidget, where: str, screen: QSize = SCREEN) -> list[Fault]:
    """A window bigger than the screen: Qt grows a dialog to its minimum size, past the screen's edge."""
    size = window.size()
    if size.width() <= screen.width() and size.height() <= screen.height():
        return []
    return [Fault("too big", where, widget_path(window), window.windowTitle(),
                  f"{size.width()}×{size.height()}, more than the {screen.width()}×{screen.height()} screen; "
                  f"widest: {widest_path(window) or 'a page not on screen'}")]


def widest_path(widget: QWidget) -> str | None:
    """Down the widgets that need the most width: where a too-wide row is; None when that is on a page
    of a stack that is not on screen."""
    steps = []
    w = widget
    while True:
        if isinstance(w, QStackedWidget):  # every page counts, shown or not
            children = [w.widget(i) for i in range(w.count())]
            widest_page = max(children, key=lambda c: c.minimumSizeHint().width(), default=None)
            if widest_page is not None and widest_page is not w.currentWidget() \
                    and widest_page.minimumSizeHint().width() > w.width():
                return None
        else:
            children = [c for c in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                        if not c.isHidden() and not c.isWindow()]
        if not children:
            break
        widest = max(children, key=lambda c: c.minimumSizeHint().width())
        if widest.minimumSizeHint().width() < w.minimumSizeHint().width() * 0.8:
            others = sorted(children, key=lambda c: -c.minimumSizeHint().width())[:8]
            steps.append("row of " + ", ".join(f"{type(c).__name__}({_text_of(c)!r})={c.minimumSizeHint().width()}"
                                              for c in others))
            break
        steps.append(f"{type(widest).__name__}#{widest.objectName()}={widest.minimumSizeHint().width()}")
        w = widest
    return " > ".join(steps)


def _text_of(w: QWidget) -> str:
    for attribute in ("text", "title", "currentText", "placeholderText"):
        value = getattr(w, attribute, None)
        if callable(value):
            try:
                got = value()
            except TypeError:
                continue
            if isinstance(got, str) and got:
                return plain(got)[:40]
    return ""


# -- what does a person read? ------------------------------------------------------------------------
def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget path, text) of every text a person sees under `root`."""
    found: list[tuple[str, str]] = []
    windows = [root] if root.isWindow() else []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        for text in _texts_of(w):
            text = plain(text)
            if text:
                found.append((widget_path(w), text))
    for w in windows:
        if w.windowTitle():
            found.append((widget_path(w) + " (title)", w.windowTitle()))
    return found


def _texts_of(w: QWidget) -> Iterator[str]:
    if isinstance(w, (QLabel, QAbstractButton)):
        yield w.text()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QTabBar):
        yield from (w.tabText(i) for i in range(w.count()) if w.isTabVisible(i))
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))  # the list a click opens
        if w.isEditable() and not w.currentText():
            yield w.lineEdit().placeholderText()
    elif isinstance(w, QLineEdit):
        if not w.text() and not isinstance(w.parentWidget(), QComboBox):
            yield w.placeholderText()
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        if not w.toPlainText():
            yield w.placeholderText()
    elif isinstance(w, QAbstractSpinBox):
        yield w.text()
        yield getattr(w, "specialValueText", lambda: "")()
    elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
        yield from (str(w.model().headerData(s, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                    for s in range(w.count()) if not w.isSectionHidden(s))
    elif isinstance(w, QAbstractItemView) and not isinstance(w.parentWidget(), QComboBox):
        yield from _cells(w)
    elif isinstance(w, QChartView):
        yield from _chart_texts(w)


DATA_COLUMNS = "dataColumns"  # a view's property: the columns that show data (log codes), not words to translate


def _cells(view: QAbstractItemView, limit: int = 40) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    data_columns = set(view.property(DATA_COLUMNS) or ())
    if isinstance(view, QListView):  # Qt's list models keep columnCount and hasChildren private
        indexes = [model.index(row, view.modelColumn()) for row in range(min(model.rowCount(QModelIndex()), limit))]
    else:
        indexes = []
        columns = model.columnCount(QModelIndex())

        def rows(parent: QModelIndex) -> None:
            for row in range(min(model.rowCount(parent), limit)):
                indexes.extend(model.index(row, column, parent) for column in range(columns))
                first = model.index(row, 0, parent)
                if isinstance(view, QTreeView) and model.hasChildren(first):
                    rows(first)

        rows(QModelIndex())
    for index in indexes:
        if index.column() in data_columns:
            continue
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()
    for marker in chart.legend().markers():
        yield marker.label()


# -- is it in the interface language? -----------------------------------------------------------------
@dataclass
class Catalogue:
    """One language's messages from its .ts file."""

    language: str
    translated: dict[str, set[str]] = field(default_factory=dict)  # English -> its translations
    pending: set[str] = field(default_factory=set)  # English with no translation yet
    translations: set[str] = field(default_factory=set)
    templates: list[tuple[re.Pattern[str], str, bool]] = field(default_factory=list)  # (pattern, English, done)

    @classmethod
    def load(cls, ts: Path, language: str) -> Catalogue:
        catalogue = cls(language)
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            raw = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
            texts = {form for text in raw for form in _forms(text)}
            for source in _forms(message.findtext("source") or ""):
                if texts:
                    catalogue.translated.setdefault(source, set()).update(texts)
                    catalogue.translations.update(texts)
                else:
                    catalogue.pending.add(source)
                if PLACEHOLDER.search(source) and LATIN_RUN.search(PLACEHOLDER.sub("", source)):
                    catalogue.templates.append((_template_pattern(source), source, bool(texts)))
        return catalogue

    def source_of(self, text: str) -> tuple[str, bool] | None:
        """(the English message `text` is, whether every context translates it), or None if it is no
        message. A text that one context translates and another not yet ("OK") counts as awaiting."""
        if text in self.translated or text in self.pending:
            return text, text not in self.pending
        for pattern, source, done in self.templates:
            if pattern.fullmatch(text):
                return source, done and source not in self.pending
        return None

    def faults(self, texts: Iterable[tuple[str, str]], where: str, allowed: set[str]) -> list[Fault]:
        """`allowed`: casefolded words of the data on screen (names shown in capitals too)."""
        if self.language == "en":
            return []
        faults = []
        latin_checked = self.language in ("km", "zh_CN")
        for path, text in texts:
            if text in self.translations:
                continue
            found = self.source_of(text)
            if found is not None and found[1]:
                faults.append(Fault("translation not applied", where, path, text,
                                    f"the catalogue translates “{found[0]}”"))
                continue
            if not latin_checked:
                continue
            runs = [r for r in LATIN_RUN.findall(text) if r.casefold() not in allowed
                    and r not in ALLOWED_WORDS and not ACRONYM.match(r) and not _cut_data_word(r, text, allowed)]
            if not runs:
                continue
            if found is not None:
                faults.append(Fault("awaiting translation", where, path, text))
            elif any(source in text for source in self.pending if len(source) > 3):
                faults.append(Fault("awaiting translation", where, path, text, "part of the text"))
            else:
                faults.append(Fault("English not in the catalogue", where, path, text, ", ".join(runs[:5])))
        return faults


def _forms(text: str) -> set[str]:
    """A catalogue text as a widget may show it: "&" marks a shortcut letter, or ("Staff & audit") is
    meant as it is."""
    forms = {plain(text)} | ({text.strip()} if "&" in text else set())
    return {form for form in forms if form}


def _cut_data_word(run: str, text: str, allowed: set[str]) -> bool:
    """A data word cut short with "…" (a long agency name on a chart's axis)."""
    return f"{run}…" in text and any(word.startswith(run.casefold()) for word in allowed)


def _template_pattern(source: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(source)
    return re.compile("(?s:.+?)".join(re.escape(p) for p in parts))


def data_words(values: Iterable[object]) -> set[str]:
    """Every Latin word in the test's data (names, agencies, references): shown as typed, in any language."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in LATIN_RUN.findall(value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple, set)):
            for v in value:
                walk(v)
        elif isinstance(value, Enum):  # a vocabulary code: shown as its translated label, never as data
            return
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    for value in values:
        walk(value)
    return words


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
