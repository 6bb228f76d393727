"""Export the audit log to CSV or XLSX (administrators). Audit entries hold no survivor data."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from ..domain.models import AuditEntry
from ..storage.atomic import write_private

HEADER = ("seq", "at", "actor", "action", "entity", "entity_id", "detail")


def _cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _rows(entries: Iterable[AuditEntry]) -> list[tuple[str, ...]]:
    return [tuple(_cell(v) for v in (e.seq, e.at.isoformat(), e.actor, e.action, e.entity, e.entity_id, e.detail))
            for e in entries]


def export_csv(entries: Iterable[AuditEntry], path: Path | str) -> int:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    rows = _rows(entries)
    writer.writerows(rows)
    write_private(Path(path), buf.getvalue().encode("utf-8"))
    return len(rows)


def export_xlsx(entries: Iterable[AuditEntry], path: Path | str) -> int:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Audit log"
    sheet.append(HEADER)
    rows = _rows(entries)
    for row in rows:
        sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    write_private(Path(path), buf.getvalue())
    return len(rows)
