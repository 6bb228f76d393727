"""Anonymised exports: aggregate counts (HXL-tagged) and CTDC-shaped case-level files.

Coordinators and administrators only. The file is written through the caller's
`write` inside the same transaction that records the disclosure (a register-level
entry: no survivor id), so a failed write leaves no record and a record always
has its file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.anonymise import (
    CTDC_COLUMNS,
    DEFAULT_K,
    AggregateTable,
    aggregate,
    k_anonymise,
    stat_record,
)
from ..domain.enums import ConsentKind
from ..domain.errors import ValidationError
from ..domain.messages import carried, msg
from ..domain.models import Disclosure
from ..domain.queries import CaseQuery
from ..domain.validation import country_code
from ..storage.repos import letters as letters_repo
from ..storage.repos import statistics
from ..storage.repos import survivors as survivors_repo
from .session import LETTER_ROLES, Session
from .tabular import FORMATS, Table, to_csv, to_xlsx

KINDS = ("aggregate", "cases")
REGISTER_COLUMNS = ("case_number", "family_name", "given_names", "native_name", "nationalities", "status",
                    "admission_date", "days_in_shelter", "open_needs", "waiting_on", "next_follow_up")
_REGISTER_PAGE = 2000
MIN_K, MAX_K = 2, 1000
CSV_OR_XLSX = msg("Exports", "Choose csv or xlsx.")

# HXL hashtags (https://hxlstandard.org) for each aggregate column.
AGGREGATE_HASHTAGS = {
    "period": "#date+month",
    "nationality": "#country+code",
    "sex": "#group+sex",
    "age_band": "#group+age",
    "status": "#status",
    "exploitation_type": "#group+exploitation",
    "dimension": "#meta+dimension",
    "value": "#group+value",
    "count": "#affected+num",
}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    fmt: str
    k: int
    rows: int  # data rows written
    suppressed: int  # aggregate: cells under k left out; cases: people left out after generalising
    generalised: int  # cases: rows written with a wider band, region or period
    left_out_no_consent: int  # cases: people without a valid consent for anonymised statistics
    sha256: str
    disclosure_id: int

    def summary(self) -> str:
        text = (f"{self.rows} row(s) written, {self.suppressed} "
                f"{'cell(s)' if self.kind == 'aggregate' else 'row(s)'} suppressed under k={self.k}")
        if self.kind == "cases":
            text += (f", {self.generalised} row(s) generalised, {self.left_out_no_consent} case(s) without "
                     f"consent for anonymised statistics left out")
        return text


def check_request(kind: str, fmt: str, k: int) -> None:
    """Refuse an impossible request before anything is read or written."""
    errors = {}
    if kind not in KINDS:
        errors["kind"] = msg("Exports", "Choose aggregate or cases.")
    if fmt not in FORMATS:
        errors["format"] = CSV_OR_XLSX
    if not MIN_K <= k <= MAX_K:
        errors["k"] = msg("Exports", "k must be a whole number from {low} to {high} (CTDC publishes with 11).",
                          low=MIN_K, high=MAX_K)
    if errors:
        raise ValidationError(errors)


def _aggregate_tables(tables: list[AggregateTable], *, one_table: bool) -> list[Table]:
    if one_table:
        rows = [(p, t.dimension, v, n) for t in tables for p, v, n in t.rows]
        header = ("period", "dimension", "value", "count")
        return [Table("Counts", header, rows, [AGGREGATE_HASHTAGS[h] for h in header])]
    return [Table(t.dimension, ("period", t.dimension, "count"), list(t.rows),
                  (AGGREGATE_HASHTAGS["period"], AGGREGATE_HASHTAGS[t.dimension], AGGREGATE_HASHTAGS["count"]))
            for t in tables]


class ExportService:
    def __init__(self, session: Session):
        self.s = session

    def anonymised(self, kind: str, fmt: str, write: Callable[[bytes], None], *, k: int = DEFAULT_K,
                   exploitation_country: str = "") -> ExportResult:
        """Build the export, hand it to `write` and record the disclosure, all or nothing."""
        self.s.require(LETTER_ROLES)
        check_request(kind, fmt, k)
        if exploitation_country:
            try:
                exploitation_country = country_code(exploitation_country)
            except ValueError as e:
                raise ValidationError({"exploitation_country": carried(e)}) from None
        today = self.s.clock.today()
        conn = self.s.conn
        generalised = no_consent = 0
        notes = [f"ShelterDesk anonymised {kind} export, {today.isoformat()}, k={k}."]
        if kind == "cases":
            consenting = statistics.ids_consenting(conn, ConsentKind.STATISTICS, today)
            records, no_consent = [], 0
            for survivor in statistics.all_survivors(conn):
                if survivor.id in consenting:
                    records.append(stat_record(survivor, today))
                else:
                    no_consent += 1
            result = k_anonymise(records, k, exploitation_country)
            tables = [Table("Cases", CTDC_COLUMNS, [[row[c] for c in CTDC_COLUMNS] for row in result.rows])]
            rows, suppressed, generalised = len(result.rows), result.suppressed, result.generalised
            notes += [
                "Column names follow the CTDC global victim of trafficking dataset.",
                f"{len(records)} case(s) with a valid consent for anonymised statistics; {no_consent} without, "
                f"left out.",
                f"{generalised} row(s) generalised (wider age band, UN region instead of country, or a period "
                f"instead of a year) so that each combination of year, gender, age and citizenship occurs at "
                f"least {k} times.",
                f"{suppressed} row(s) suppressed: still fewer than {k} after generalising.",
            ]
        else:
            counted = aggregate((stat_record(s, today) for s in statistics.all_survivors(conn)), k)
            tables = _aggregate_tables(counted, one_table=fmt == "csv")
            rows = sum(len(t.rows) for t in counted)
            suppressed = sum(t.suppressed for t in counted)
            notes += ["People by month of admission (else of registration), one sheet per breakdown.",
                      f"{suppressed} cell(s) counting fewer than {k} people left out."]
        data = to_csv(tables[0]) if fmt == "csv" else to_xlsx(tables, notes)
        digest = hashlib.sha256(data).hexdigest()
        with self.s.vault.write() as wconn:
            disclosure = letters_repo.insert_disclosure(wconn, Disclosure(
                survivor_id=None, recipient=f"anonymised {kind} export ({fmt}, k={k})",
                fields=list(tables[0].header), disclosed_by=self.s.actor.username, kind="export",
                sha256=digest, at=self.s.clock.now()))
            self.s.log(wconn, f"export.{kind}", "register", "",
                       f"format={fmt} k={k} rows={rows} suppressed={suppressed} generalised={generalised}")
            write(data)
        return ExportResult(kind, fmt, k, rows, suppressed, generalised, no_consent, digest, disclosure.id or 0)

    def register(self, query: CaseQuery, fmt: str, write: Callable[[bytes], None]) -> tuple[int, str]:
        """The register (or the current filter) with names, for the shelter's own use; (rows, sha256).

        Identifying: coordinators and administrators only, recorded in the disclosure register.
        """
        self.s.require(LETTER_ROLES)
        if fmt not in FORMATS:
            raise ValidationError({"format": CSV_OR_XLSX})
        conn, today = self.s.conn, self.s.clock.today()
        rows: list[list[object]] = []
        while True:
            page = survivors_repo.search(conn, query, today, len(rows), _REGISTER_PAGE)
            rows += [[c.case_number, c.family_name, c.given_names, c.native_name, ", ".join(c.nationalities),
                      c.status.value, c.admission_date.isoformat() if c.admission_date else "",
                      c.days_in_shelter(today) if c.admission_date else "", c.open_needs, c.waiting_on,
                      c.next_follow_up.isoformat() if c.next_follow_up else ""] for c in page]
            if len(page) < _REGISTER_PAGE:
                break
        table = Table("Register", REGISTER_COLUMNS, rows)
        data = to_csv(table) if fmt == "csv" else to_xlsx([table])
        digest = hashlib.sha256(data).hexdigest()
        with self.s.vault.write() as wconn:
            letters_repo.insert_disclosure(wconn, Disclosure(
                survivor_id=None, recipient=f"register export for the shelter's own use ({fmt}, {len(rows)} cases)",
                fields=list(REGISTER_COLUMNS), disclosed_by=self.s.actor.username, kind="export",
                sha256=digest, at=self.s.clock.now()))
            self.s.log(wconn, "export.register", "register", "", f"format={fmt} rows={len(rows)}")
            write(data)
        return len(rows), digest
