"""Spreadsheet import of an existing register (XLSX or CSV): read, map, check, then all or nothing.

`read_sheet` reads the file; `guess_mapping` maps its columns to the fields of
`record_fields` from the headers (a second row of labels, as in IOM's HTCDS
template, is recognised and skipped); `ImportService.plan` builds and validates
every row and flags likely duplicates against the register and within the file,
without writing; `ImportService.commit` writes the planned cases in one
transaction, with progress and cancel.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ShelterDeskError, ValidationError
from ..domain.messages import carried, msg
from ..domain.models import Survivor
from ..domain.names import fold_latin, normalise_document_number
from ..domain.queries import CaseQuery
from ..domain.validation import validate_survivor
from ..storage.repos import survivors as survivors_repo
from .duplicates import RegisterDuplicates
from .record_fields import (
    FIELD_BY_NAME,
    RECORD_FIELDS,
    as_text,
    field_for_header,
    fill_document_issuers,
    words,
)
from .session import LETTER_ROLES, Session

SUFFIXES = (".csv", ".xlsx", ".xlsm")
MAX_ROWS = 100_000
IGNORE = "ignore"  # a mapping value that leaves a column out
# Cases written per statement: far cheaper than one at a time inside the vault (survivors.insert_many),
# and small enough that progress moves and cancel answers within a fraction of a second.
WRITE_BATCH = 100


class ImportCancelled(ShelterDeskError):
    """The person cancelled; nothing was written."""


@dataclass
class SheetData:
    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (the spreadsheet's own row number, cells)
    labels: list[str] = field(default_factory=list)  # a second header row of labels, when there is one
    sheet_names: list[str] = field(default_factory=list)


def _blank(cells: list[object]) -> bool:
    return all(as_text(c) == "" for c in cells)


def _read_csv(data: bytes) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError({"file": msg("Import", "This CSV file is not UTF-8 text. Save it from the spreadsheet "
                                                     "as “CSV UTF-8” and try again.")}) from None
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[list[object]], list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError({"file": msg("Import", "This file cannot be read as an Excel workbook (.xlsx).")}) \
            from None
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ValidationError({"sheet": msg("Import", "There is no sheet “{sheet}”. The sheets are: {sheets}.",
                                                sheet=sheet, sheets=", ".join(names))})
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        book.close()
    return rows, names


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """The header row, an optional label row and the data rows of a CSV or XLSX file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError({"file": msg("Import", "Choose a .xlsx or .csv file.")})
    try:
        if suffix == ".csv":
            if sheet is not None:
                raise ValidationError({"sheet": msg("Import", "A CSV file has no sheets; leave out --sheet.")})
            rows, names = _read_csv(path.read_bytes()), list[str]()
        else:
            rows, names = _read_xlsx(path, sheet)
    except OSError as e:
        raise ValidationError({"file": msg("Import", "The file cannot be read: {why}.", why=e.strerror or "error")}) \
            from None
    numbered = [(i + 1, r) for i, r in enumerate(rows) if not _blank(r)]
    if not numbered:
        raise ValidationError({"file": msg("Import", "The file is empty.")})
    (_, header), *body = numbered
    if len(body) > MAX_ROWS:
        raise ValidationError({"file": msg("Import", "The file has more than {limit} rows; split it and import each "
                                                     "part.", limit=f"{MAX_ROWS:,}")})
    width = max(len(r) for _, r in numbered)
    headers = [as_text(h) for h in header] + [""] * (width - len(header))
    data = SheetData(headers, [(n, list(r) + [None] * (width - len(r))) for n, r in body], sheet_names=names)
    if data.rows and _is_label_row(headers, data.rows[0][1]):
        data.labels = [as_text(c) for c in data.rows.pop(0)[1]]
    return data


def _is_label_row(headers: list[str], cells: list[object]) -> bool:
    """Whether the row under the header names the same fields in words (a template's label row)."""
    named = [(field_for_header(h), field_for_header(c)) for h, c in zip(headers, cells, strict=False)
             if as_text(c)]
    agree = sum(1 for by_header, by_label in named if by_label is not None and by_header in (None, by_label))
    return bool(named) and agree * 2 >= len(named)


def guess_mapping(sheet: SheetData) -> dict[int, str]:
    """Column index -> field name, from the headers (else the label row); each field used once."""
    mapping: dict[int, str] = {}
    for i, header in enumerate(sheet.headers):
        label = sheet.labels[i] if i < len(sheet.labels) else ""
        found = field_for_header(header) or field_for_header(label)
        if found is not None and found.name not in mapping.values():
            mapping[i] = found.name
    return mapping


def read_mapping_file(path: Path, sheet: SheetData) -> dict[int, str]:
    """The guessed mapping, corrected by a TOML file's [columns] table of "Header in the file" = "field"."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ValidationError({"mapping": msg("Import", "The mapping file cannot be read: {why}", why=str(e))}) \
            from None
    columns = doc.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise ValidationError({"mapping": msg("Import", 'The mapping file needs a [columns] table of "Header" = '
                                                        '"field".')})
    mapping = guess_mapping(sheet)
    folded = {words(h): i for i, h in enumerate(sheet.headers) if h}
    folded.update({words(h): i for i, h in enumerate(sheet.labels) if h and words(h) not in folded})
    errors: dict[str, str] = {}
    for header, name in columns.items():
        index = folded.get(words(header))
        if index is None:
            errors[f"columns.{header}"] = msg("Import", "There is no column “{header}” in the file.", header=header)
        elif name == IGNORE:
            mapping.pop(index, None)
        elif name not in FIELD_BY_NAME:
            errors[f"columns.{header}"] = msg("Import", "“{name}” is not a field. Use one of: {fields} (or {ignore}).",
                                              name=name, fields=", ".join(f.name for f in RECORD_FIELDS),
                                              ignore=IGNORE)
        else:
            for other, used in list(mapping.items()):
                if used == name and other != index:
                    del mapping[other]
            mapping[index] = name
    if errors:
        raise ValidationError(errors)
    return mapping


@dataclass
class PlannedRow:
    row: int  # the spreadsheet's own row number
    survivor: Survivor | None
    errors: list[tuple[str, str]]  # (column header, message: shown translated by the desktop, see domain.messages)
    matches: list[str]  # likely the same person: case numbers in the register, "row N" (a message) in the file


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    mapping: dict[int, str]
    headers: list[str]

    @property
    def errors(self) -> list[tuple[int, str, str]]:
        return [(r.row, column, message) for r in self.rows for column, message in r.errors]

    def to_write(self, include_duplicates: bool) -> list[PlannedRow]:
        return [r for r in self.rows if r.survivor is not None and not r.errors
                and (include_duplicates or not r.matches)]

    def report(self, added: int) -> dict:
        return {
            "rows": len(self.rows),
            "added": added,
            "duplicates": [{"row": r.row, "matches": r.matches} for r in self.rows if r.matches],
            "errors": [{"row": row, "column": column, "message": message} for row, column, message in self.errors],
        }


def _column_for(key: str, mapping: dict[int, str], headers: list[str]) -> str:
    """The header of the column whose field a validation error names (else the error's own key)."""
    for index, name in mapping.items():
        target = FIELD_BY_NAME[name].target
        if key == target or key.startswith((target + "[", target + ".")):
            return headers[index] or name
    return key


def _same_person_keys(s: Survivor) -> list[str]:
    """What makes two rows of one file likely the same person, as the register's check: the same name
    with the same date of birth or a shared nationality (the same document number is checked apart)."""
    name = " ".join(sorted(fold_latin(f"{s.family_name} {s.given_names}").split()))
    if not name:
        return []
    keys = [f"{name}|{s.date_of_birth.isoformat()}"] if s.date_of_birth else []
    return keys + [f"{name}|{code}" for code in s.nationalities if code != "unknown"]


class ImportService:
    def __init__(self, session: Session):
        self.s = session

    def plan(self, sheet: SheetData, mapping: dict[int, str],
             progress: Callable[[int, int], None] | None = None) -> ImportPlan:
        """Build and check every row, and find likely duplicates; nothing is written."""
        self.s.require(LETTER_ROLES)
        if not mapping:
            raise ValidationError({"mapping": msg("Import", "No column is mapped to a field. Map at least the name "
                                                            "and nationality columns.")})
        today = self.s.clock.today()
        # A first import into an empty register (the usual case) has nothing to compare against; otherwise
        # the register is read once and every row checked against it in memory (the intake check's matches).
        register = RegisterDuplicates(self.s.conn) if survivors_repo.count(self.s.conn, CaseQuery(), today) else None
        planned: list[PlannedRow] = []
        seen_numbers: dict[str, int] = {}
        seen_people: dict[str, int] = {}
        for done, (row, cells) in enumerate(sheet.rows, 1):
            survivor = Survivor()
            errors: list[tuple[str, str]] = []
            for index, name in sorted(mapping.items(), key=lambda m: RECORD_FIELDS.index(FIELD_BY_NAME[m[1]])):
                value = cells[index] if index < len(cells) else None
                if as_text(value) == "":
                    continue
                try:
                    FIELD_BY_NAME[name].setter(survivor, value)
                except ValueError as e:
                    errors.append((sheet.headers[index] or name, carried(e)))
            if not errors:
                fill_document_issuers(survivor)
                try:
                    validate_survivor(survivor, today)
                except ValidationError as e:
                    errors = [(_column_for(k, mapping, sheet.headers), m) for k, m in e.errors.items()]
            matches: list[str] = []
            if not errors:
                matches = register.matches(survivor) if register is not None else []
                for number in survivor.passport_numbers():
                    first = seen_numbers.setdefault(normalise_document_number(number), row)
                    if first != row:
                        matches.append(msg("Import", "row {row}", row=first))
                for key in _same_person_keys(survivor):
                    first = seen_people.setdefault(key, row)
                    if first != row and f"row {first}" not in matches:
                        matches.append(msg("Import", "row {row}", row=first))
            planned.append(PlannedRow(row, None if errors else survivor, errors, matches))
            if progress is not None:
                progress(done, len(sheet.rows))
        return ImportPlan(planned, dict(mapping), list(sheet.headers))

    def commit(self, plan: ImportPlan, *, include_duplicates: bool = False,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[str]:
        """Write every planned case in one transaction; returns their case numbers.

        Refused while any row has an error. Cancelling (or any failure) writes nothing.
        """
        self.s.require(LETTER_ROLES)
        if plan.errors:
            raise ValidationError({"file": msg("Import", "Problems found in the file: {count}; nothing was imported. "
                                                         "Correct them and import again.", count=len(plan.errors))})
        rows = [p.survivor for p in plan.to_write(include_duplicates) if p.survivor is not None]
        now = self.s.clock.now()
        numbers = []
        with self.s.vault.write() as conn:
            for start in range(0, len(rows), WRITE_BATCH):
                batch = rows[start:start + WRITE_BATCH]
                survivors_repo.insert_many(conn, batch, now)  # sets ids and numbers afresh: a retry is safe
                for survivor in batch:
                    self.s.log(conn, "case.create", "survivor", survivor.id, "imported from a spreadsheet")
                    numbers.append(survivor.case_number)
                if progress is not None:
                    progress(len(numbers), len(rows))
                if cancelled is not None and cancelled():  # after each batch, the last too: until the commit
                    raise ImportCancelled(msg("Import", "Import cancelled; nothing was imported."))
            self.s.log(conn, "case.import", "register", "", f"{len(rows)} case(s)")
        return numbers
