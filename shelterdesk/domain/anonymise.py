"""Anonymised statistics: what of a case may leave as a figure, and k-anonymity over the rest.

A `StatRecord` keeps only coded values (year, age, sex, country code, closed
vocabularies and yes/no flags); nothing typed by a person is copied into it.
Free-text fields reach it only as yes/no flags from keywords (how the person
was recruited), never as text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .enums import CaseStatus, ExploitationType, Sex, TraffickingIndicator
from .models import STATELESS, Survivor
from .names import fold_latin
from .un_regions import REGIONS

DEFAULT_K = 11  # as CTDC publishes its global dataset

# CTDC's age bands, then two wider generalisations of them.
AGE_BANDS: tuple[tuple[tuple[int, str], ...], ...] = (
    ((8, "0--8"), (17, "9--17"), (20, "18--20"), (23, "21--23"), (26, "24--26"), (29, "27--29"),
     (38, "30--38"), (47, "39--47"), (999, "48+")),
    ((17, "0--17"), (29, "18--29"), (47, "30--47"), (999, "48+")),
    ((17, "0--17"), (999, "18+")),
)

GENDER = {Sex.FEMALE: "Female", Sex.MALE: "Male"}  # intersex and unknown: too few to publish, left blank

EXPLOITATION_FLAGS: dict[str, frozenset[ExploitationType]] = {
    "isForcedLabour": frozenset({ExploitationType.FORCED_LABOUR, ExploitationType.DOMESTIC_SERVITUDE}),
    "isSexualExploit": frozenset({ExploitationType.SEXUAL_EXPLOITATION}),
    "isOtherExploit": frozenset({ExploitationType.FORCED_CRIMINALITY, ExploitationType.OTHER}),
    "isForcedMarriage": frozenset({ExploitationType.FORCED_MARRIAGE}),
    "isSlaveryAndPractices": frozenset({ExploitationType.DEBT_BONDAGE}),
}
LABOUR_FLAGS: dict[str, frozenset[ExploitationType]] = {
    "typeOfLabourDomesticWork": frozenset({ExploitationType.DOMESTIC_SERVITUDE}),
    "typeOfLabourIllicitActivities": frozenset({ExploitationType.FORCED_CRIMINALITY}),
}
# The ILO indicators recorded in the case, as CTDC's means-of-control flags.
CONTROL_FLAGS: dict[str, frozenset[TraffickingIndicator]] = {
    "meansOfControlDebtBondage": frozenset({TraffickingIndicator.DEBT_BONDAGE}),
    "meansOfControlTakesEarnings": frozenset({TraffickingIndicator.WITHHOLDING_OF_WAGES}),
    "meansOfControlThreats": frozenset({TraffickingIndicator.INTIMIDATION_AND_THREATS}),
    "meansOfControlPhysicalAbuse": frozenset({TraffickingIndicator.PHYSICAL_VIOLENCE}),
    "meansOfControlFalsePromises": frozenset({TraffickingIndicator.DECEPTION}),
    "meansOfControlRestrictsMovement": frozenset({TraffickingIndicator.RESTRICTION_OF_MOVEMENT,
                                                  TraffickingIndicator.ISOLATION}),
    "meansOfControlExcessiveWorkingHours": frozenset({TraffickingIndicator.EXCESSIVE_OVERTIME}),
    "meansOfControlWithholdsNecessities": frozenset({TraffickingIndicator.ABUSIVE_CONDITIONS}),
    "meansOfControlWithholdsDocuments": frozenset({TraffickingIndicator.RETENTION_OF_DOCUMENTS}),
    "meansOfControlOther": frozenset({TraffickingIndicator.ABUSE_OF_VULNERABILITY}),
}
# Keywords in the recruitment channel (folded Latin) that say who recruited the person.
RECRUITER_WORDS: dict[str, tuple[str, ...]] = {
    "recruiterRelationIntimatePartner": ("partner", "boyfriend", "girlfriend", "husband", "wife", "dating"),
    "recruiterRelationFriend": ("friend",),
    "recruiterRelationFamily": ("family", "relative", "brother", "sister", "cousin", "uncle", "aunt", "parent"),
}

QUASI_IDENTIFIERS = ("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship")
CTDC_COLUMNS: tuple[str, ...] = (
    "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "citizenship",
    "CountryOfExploitation", *CONTROL_FLAGS, "meansOfControlNotSpecified", *EXPLOITATION_FLAGS, *LABOUR_FLAGS,
    *RECRUITER_WORDS, "recruiterRelationOther", "recruiterRelationUnknown",
)

# Generalisation steps (age level, place level, time level), tried in order for whoever still
# falls short of k: wider age band, then region instead of country, then a period instead of a
# year, then the widest of each.
STEPS: tuple[tuple[int, int, int], ...] = (
    (0, 0, 0), (1, 0, 0), (1, 1, 0), (1, 1, 1), (2, 1, 1), (2, 2, 1), (2, 2, 2),
)
PERIOD_YEARS = 5  # a period is five calendar years: 2025--2029


@dataclass(frozen=True)
class StatRecord:
    """One case reduced to coded values."""

    registered: date  # admission, else the day the case was registered
    age: int | None
    sex: Sex
    nationality: str  # ISO code, "stateless" or "" (unknown)
    status: CaseStatus
    exploitation: frozenset[ExploitationType]
    indicators: frozenset[TraffickingIndicator]
    recruiter: str  # one of RECRUITER_WORDS' keys, "recruiterRelationOther" or "recruiterRelationUnknown"
    departed: date | None = None


def age_on(s: Survivor, on: date) -> int | None:
    if s.date_of_birth is not None:
        dob = s.date_of_birth
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return s.estimated_age


def _recruiter(channel: str) -> str:
    words = fold_latin(channel)
    if not words.strip():
        return "recruiterRelationUnknown"
    for column, keys in RECRUITER_WORDS.items():
        if any(k in words for k in keys):
            return column
    return "recruiterRelationOther"


def stat_record(s: Survivor, today: date) -> StatRecord:
    """`today` stands in for the registration day of a case not yet stored."""
    registered = s.stay.admission_date or (s.created_at.date() if s.created_at else today)
    nationality = s.nationalities[0] if s.nationalities else ""
    return StatRecord(
        registered=registered, age=age_on(s, registered), sex=s.sex,
        nationality="" if nationality == "unknown" else nationality, status=s.status,
        exploitation=frozenset(s.trafficking.exploitation_types), indicators=frozenset(s.trafficking.indicators),
        recruiter=_recruiter(s.trafficking.recruitment_channel), departed=s.stay.discharge_date,
    )


def age_band(age: int | None, level: int = 0) -> str:
    if age is None:
        return ""
    return next(label for top, label in AGE_BANDS[level] if age <= top)


def place(code: str, level: int = 0) -> str:
    """The country code, its UN sub-region (level 1) or its continent (level 2)."""
    if not code or code == STATELESS or level == 0:
        return "Stateless" if code == STATELESS else code
    region = REGIONS.get(code)
    return region[level - 1] if region else ""


def period(year: int, level: int = 0) -> str:
    if level == 0:
        return str(year)
    if level == 1:
        start = year - year % PERIOD_YEARS
        return f"{start}--{start + PERIOD_YEARS - 1}"
    return ""


def _flag(on: bool) -> str:
    return "1" if on else "0"


def ctdc_row(r: StatRecord, step: tuple[int, int, int], exploitation_country: str = "") -> dict[str, str]:
    age_level, place_level, time_level = step
    band = age_band(r.age, age_level)
    row = {
        "yearOfRegistration": period(r.registered.year, time_level),
        "Datasource": "Case Management",
        "gender": GENDER.get(r.sex, ""),
        "ageBroad": band,
        "majorityStatus": "" if r.age is None else ("Minor" if r.age < 18 else "Adult"),
        "citizenship": place(r.nationality, place_level),
        "CountryOfExploitation": exploitation_country,
    }
    for column, wanted in CONTROL_FLAGS.items():
        row[column] = _flag(bool(r.indicators & wanted))
    row["meansOfControlNotSpecified"] = _flag(not r.indicators)
    for column, kinds in (EXPLOITATION_FLAGS | LABOUR_FLAGS).items():
        row[column] = _flag(bool(r.exploitation & kinds))
    for column in (*RECRUITER_WORDS, "recruiterRelationOther", "recruiterRelationUnknown"):
        row[column] = _flag(r.recruiter == column)
    return row


@dataclass
class CaseLevel:
    rows: list[dict[str, str]]
    generalised: int  # rows written with a wider age band, region or period than the first step
    suppressed: int  # records left out because their combination still fell short of k


def k_anonymise(records: Sequence[StatRecord], k: int, exploitation_country: str = "") -> CaseLevel:
    """CTDC rows in which every combination of the quasi-identifiers occurs at least k times.

    Each record is written at the first step where its combination is shared by at least k
    records still waiting at that step; whatever is left after the last step is suppressed.
    """
    pending = list(range(len(records)))
    rows: list[dict[str, str]] = []
    generalised = 0
    for n, step in enumerate(STEPS):
        built = {i: ctdc_row(records[i], step, exploitation_country) for i in pending}
        groups: dict[tuple, list[int]] = defaultdict(list)
        for i, row in built.items():
            groups[tuple(row[q] for q in QUASI_IDENTIFIERS)].append(i)
        pending = []
        for members in groups.values():
            if len(members) >= k:
                rows.extend(built[i] for i in members)
                generalised += len(members) if n else 0
            else:
                pending.extend(members)
        if not pending:
            break
    rows.sort(key=lambda row: tuple(row[q] for q in QUASI_IDENTIFIERS))
    return CaseLevel(rows, generalised, len(pending))


# -- aggregate counts ---------------------------------------------------------------------------

AGGREGATE_DIMENSIONS: dict[str, Callable[[StatRecord], Iterable[str]]] = {
    "nationality": lambda r: [r.nationality or "unknown"],
    "sex": lambda r: [r.sex.value],
    "age_band": lambda r: [age_band(r.age) or "unknown"],
    "status": lambda r: [r.status.value],
    "exploitation_type": lambda r: sorted(e.value for e in r.exploitation) or ["not recorded"],
}


@dataclass
class AggregateTable:
    dimension: str
    rows: list[tuple[str, str, int]]  # (period, value, count), counts of k and more only
    suppressed: int  # cells with a count under k, left out


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def aggregate(records: Iterable[StatRecord], k: int) -> list[AggregateTable]:
    """People admitted per month by each dimension; cells counting fewer than k people are left out."""
    counters: dict[str, Counter[tuple[str, str]]] = {d: Counter() for d in AGGREGATE_DIMENSIONS}
    for r in records:
        for dimension, values in AGGREGATE_DIMENSIONS.items():
            for value in values(r):
                counters[dimension][(month(r.registered), value)] += 1
    tables = []
    for dimension, counts in counters.items():
        kept = sorted((p, v, n) for (p, v), n in counts.items() if n >= k)
        tables.append(AggregateTable(dimension, kept, sum(1 for n in counts.values() if n < k)))
    return tables
