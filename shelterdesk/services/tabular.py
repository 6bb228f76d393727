"""Tables to CSV or XLSX bytes, with cells a spreadsheet will not run as formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

FORMATS = ("csv", "xlsx")


def safe_cell(value: object) -> object:
    """Numbers stay numbers; text that a spreadsheet would read as a formula gets a leading quote."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@dataclass
class Table:
    title: str  # the XLSX sheet name (at most 31 characters)
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    hashtags: Sequence[str] = ()  # an HXL hashtag row under the header, when given


def to_csv(table: Table) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.header)
    if table.hashtags:
        writer.writerow(table.hashtags)
    writer.writerows([safe_cell(v) for v in row] for row in table.rows)
    return buf.getvalue().encode("utf-8")


def to_xlsx(tables: Sequence[Table], notes: Sequence[str] = ()) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append(list(table.header))
        if table.hashtags:
            sheet.append(list(table.hashtags))
        for row in table.rows:
            sheet.append([safe_cell(v) for v in row])
        sheet.freeze_panes = "A3" if table.hashtags else "A2"
    if notes:
        sheet = book.create_sheet("Notes")
        for line in notes:
            sheet.append([safe_cell(line)])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
