"""The period report for donors and authorities (coordinators and administrators).

Counts come from the whole register (no consent is needed for figures) and any
count under k is shown as "<k"; where a table shows a total and only one cell
was suppressed, the next smallest is suppressed too, so no hidden count can be
worked out by subtraction. The PDF holds no names or numbers of any person; it
is recorded in the disclosure register like every export.
"""

from __future__ import annotations

import hashlib
import statistics as stats
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

from ..domain.anonymise import AGGREGATE_DIMENSIONS, DEFAULT_K, StatRecord, month, stat_record
from ..domain.enums import ACTIVE_CASE_STATUSES, AgencyKind, ReferralStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.models import Disclosure
from ..domain.validation import country_name
from ..storage.repos import letters as letters_repo
from ..storage.repos import statistics
from .exports import MAX_K, MIN_K
from .session import LETTER_ROLES, Session
from .vaults import shelter_profile

if TYPE_CHECKING:
    from ..letters.report import ReportContent, ReportTable


def _pdf() -> ModuleType:
    """The report's renderer: reportlab loads with the first report, not when the app starts."""
    from ..letters import report

    return report

MAX_DAYS = 3 * 366  # a report covers at most about three years


@dataclass(frozen=True)
class IssuedReport:
    pdf: bytes
    sha256: str
    disclosure_id: int


def shown(n: int, k: int) -> str:
    return str(n) if n >= k else f"<{k}"


def suppress(counts: dict[str, int], k: int) -> dict[str, str]:
    """Counts as shown: under k hidden, and a second one hidden when one alone would be worked out."""
    hidden = {key for key, n in counts.items() if n < k}
    if len(hidden) == 1 and len(counts) > 1:
        hidden.add(min((key for key in counts if key not in hidden), key=lambda key: counts[key]))
    return {key: (f"<{k}" if key in hidden else str(n)) for key, n in counts.items()}


def _months_between(start: date, end: date) -> list[str]:
    out, year, number = [], start.year, start.month
    while (year, number) <= (end.year, end.month):
        out.append(f"{year:04d}-{number:02d}")
        year, number = (year, number + 1) if number < 12 else (year + 1, 1)
    return out


def _count_table(title: str, first: str, counts: Counter, k: int, label: Callable[[str], str]) -> ReportTable:
    shown_counts = suppress(dict(counts), k)
    rows = [(label(key), shown_counts[key]) for key, _ in counts.most_common()]
    return _pdf().ReportTable(title, (first, "People"), rows + [("Total", shown(sum(counts.values()), k))])


class ReportService:
    def __init__(self, session: Session):
        self.s = session

    @staticmethod
    def languages() -> list[str]:
        """Languages the report can be written in beside English ("en": English only)."""
        return _pdf().report_languages()

    def check(self, start: date, end: date, language: str, k: int) -> None:
        errors: dict[str, str] = {}
        if end < start:
            errors["to"] = msg("Report", "The end of the period is before its start.")
        elif (end - start).days > MAX_DAYS:
            errors["to"] = msg("Report", "A report covers at most three years; choose a shorter period.")
        if language not in _pdf().report_languages():
            errors["lang"] = msg("Report", "The report can be written in {languages} (beside English).",
                                 languages=", ".join(_pdf().report_languages()))
        if not MIN_K <= k <= MAX_K:
            errors["k"] = msg("Report", "k must be a whole number from {least} to {most}.", least=MIN_K, most=MAX_K)
        if errors:
            raise ValidationError(errors)

    def content(self, start: date, end: date, language: str = "en", k: int = DEFAULT_K) -> ReportContent:
        self.s.require(LETTER_ROLES)
        self.check(start, end, language, k)
        conn, today = self.s.conn, self.s.clock.today()
        records = [stat_record(s, today) for s in statistics.all_survivors(conn)]
        admitted = [r for r in records if start <= r.registered <= end]
        departed = [r for r in records if r.departed is not None and start <= r.departed <= end]
        at_end = [r for r in records if r.registered <= end and (r.departed is None or r.departed > end)
                  and (r.departed is not None or r.status in ACTIVE_CASE_STATUSES)]
        months = _months_between(start, end)
        per_month_in = Counter(month(r.registered) for r in admitted)
        per_month_out = Counter(month(r.departed) for r in departed if r.departed)
        content = _pdf().ReportContent(
            shelter_name=shelter_profile(self.s).name, start=start.isoformat(), end=end.isoformat(),
            made_on=today.isoformat(), language=language, k=k,
            summary=[("admitted", shown(len(admitted), k)), ("departed", shown(len(departed), k)),
                     ("sheltered_at_end", shown(len(at_end), k))],
            months=months,
            admitted=[n if n >= k else 0 for n in (per_month_in[m] for m in months)],
            departed=[n if n >= k else 0 for n in (per_month_out[m] for m in months)],
        )
        by_nationality = self._counter(admitted, "nationality")
        visible = suppress(dict(by_nationality), k)  # the chart shows only what the table shows
        content.nationality_chart = [(code, n) for code, n in by_nationality.most_common(12)
                                     if not visible[code].startswith("<")]
        content.tables = [
            _count_table("by_nationality", "Nationality", by_nationality, k,
                         lambda c: country_name(c) if c != "unknown" else "Unknown"),
            _count_table("by_sex", "Sex", self._counter(admitted, "sex"), k, lambda v: v.capitalize()),
            _count_table("by_age", "Age band", self._counter(admitted, "age_band"), k, lambda v: v.replace("--", "–")),
            _count_table("by_exploitation", "Type of exploitation", self._counter(admitted, "exploitation_type"), k,
                         lambda v: v.replace("_", " ").capitalize()),
        ]
        referrals = self._referrals(conn, start, end, k)
        if referrals.rows:
            content.tables.append(referrals)
        content.travel_days = self._travel_days(conn, start, end, k)
        return content

    @staticmethod
    def _counter(records: Iterable[StatRecord], dimension: str) -> Counter:
        values = AGGREGATE_DIMENSIONS[dimension]
        return Counter(v for r in records for v in values(r))

    @staticmethod
    def _referrals(conn, start: date, end: date, k: int) -> ReportTable:
        rows = statistics.referrals_created(conn, start, end)
        counts = Counter((kind, status) for kind, status, _sent, _closed in rows)
        statuses = [s.value for s in ReferralStatus if any(st == s.value for _, st in counts)]
        table_rows = []
        for kind in AgencyKind:
            line = {s: counts[(kind.value, s)] for s in statuses}
            if any(line.values()):
                shown_line = suppress(line, k)
                table_rows.append((kind.value.capitalize(), *(shown_line[s] for s in statuses)))
        return _pdf().ReportTable("referrals", ("Agency kind", *(s.replace("_", " ") for s in statuses)), table_rows)

    @staticmethod
    def _travel_days(conn, start: date, end: date, k: int) -> tuple[int, int, int, int] | None:
        days = [(date.fromisoformat(closed) - date.fromisoformat(sent)).days
                for kind, status, sent, closed in statistics.referrals_created(conn, start, end)
                if kind == AgencyKind.EMBASSY.value and status == ReferralStatus.COMPLETED.value and sent and closed]
        if len(days) < k:
            return None
        return len(days), round(stats.median(days)), min(days), max(days)

    def issue(self, start: date, end: date, write: Callable[[bytes], None], *, language: str = "en",
              k: int = DEFAULT_K) -> IssuedReport:
        """Render the report, hand it to `write` and record it in the disclosure register, all or nothing."""
        content = self.content(start, end, language, k)
        pdf = _pdf().render_report(content)
        digest = hashlib.sha256(pdf).hexdigest()
        with self.s.vault.write() as conn:
            entry = letters_repo.insert_disclosure(conn, Disclosure(
                survivor_id=None, recipient=f"period report {start.isoformat()} to {end.isoformat()} (k={k})",
                fields=[t.title for t in content.tables], disclosed_by=self.s.actor.username, kind="export",
                sha256=digest, at=self.s.clock.now()))
            self.s.log(conn, "export.report", "register", "", f"{start.isoformat()}..{end.isoformat()} k={k}")
            write(pdf)
        return IssuedReport(pdf, digest, entry.id or 0)
