"""Survivors: the case table, its search index and the lookup tables beside it."""

from __future__ import annotations

import json
import math
from datetime import date, datetime

from ...domain.enums import (
    ACTIVE_CASE_STATUSES,
    OPEN_NEED_STATUSES,
    WAITING_REFERRAL_STATUSES,
    CaseStatus,
)
from ...domain.errors import ConflictError, NotFound
from ...domain.messages import msg
from ...domain.models import Survivor
from ...domain.names import (
    FOLDING_VERSION,
    fold_latin,
    fts_query,
    index_text,
    normalise_document_number,
)
from ...domain.queries import CaseQuery, CaseSummary
from ...domain.serialize import from_plain, to_plain
from . import meta as meta_repo
from .rows import d2s, dumps, insert_rows, next_counter, placeholders, reserve_counter, s2d

_OPEN_NEEDS = tuple(s.value for s in OPEN_NEED_STATUSES)
_WAITING = tuple(s.value for s in WAITING_REFERRAL_STATUSES)
_STAYING = tuple(sorted(s.value for s in ACTIVE_CASE_STATUSES))  # a stay that ended has nothing overdue
_STORED_APART = ("id", "case_number", "version", "created_at", "updated_at")


_SORTS = {
    "case_number": "s.case_number",
    "name": "s.sort_name",
    "status": "s.status",
    "admission": "s.admission_date",
    "updated": "s.updated_at",
}


def sort_name(s: Survivor) -> str:
    return fold_latin(f"{s.family_name} {s.given_names}".strip() or s.native_name)


def _search_body(s: Survivor) -> str:
    return _index_body(s.family_name, s.given_names, s.native_name, s.preferred_name, s.aliases,
                       s.case_number, s.embassy_case_number, s.passport_numbers())


def _index_body(family: str, given: str, native: str, preferred: str, aliases: list[str],
                case_number: str, embassy_case: str, passports: list[str]) -> str:
    numbers = [normalise_document_number(n) for n in passports]
    return index_text(family, given, native, preferred, *aliases, case_number, embassy_case, *numbers)


def _payload(s: Survivor) -> str:
    data = to_plain(s)
    for key in _STORED_APART:
        data.pop(key, None)
    return dumps(data)


def _document_numbers(s: Survivor) -> list[str]:
    return [n for n in (normalise_document_number(p) for p in s.passport_numbers()) if n]


def _write_side_tables(conn, s: Survivor, *, new: bool = False) -> None:
    # A new case has no side rows yet; skipping the deletes matters because these tables are keyed
    # (code, survivor_id) / (number_norm, survivor_id), so deleting by survivor_id scans them whole.
    if not new:
        conn.execute("DELETE FROM survivor_nationalities WHERE survivor_id = ?", (s.id,))
        conn.execute("DELETE FROM survivor_documents WHERE survivor_id = ?", (s.id,))
        conn.execute("DELETE FROM survivor_search WHERE rowid = ?", (s.id,))
    conn.executemany(
        "INSERT OR IGNORE INTO survivor_nationalities (survivor_id, code) VALUES (?, ?)",
        [(s.id, c) for c in s.nationalities],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO survivor_documents (survivor_id, number_norm) VALUES (?, ?)",
        [(s.id, n) for n in _document_numbers(s)],
    )
    conn.execute("INSERT INTO survivor_search (rowid, body) VALUES (?, ?)", (s.id, _search_body(s)))


_INSERT_CASE = (
    "INSERT INTO survivors (id, case_number, family_name, given_names, native_name, sort_name, sex, "
    "date_of_birth, status, nationalities, admission_date, data, version, created_at, updated_at)"
)


def _case_row(s: Survivor, now: datetime) -> tuple:
    return (s.id, s.case_number, s.family_name, s.given_names, s.native_name, sort_name(s), s.sex.value,
            d2s(s.date_of_birth), s.status.value, dumps(s.nationalities), d2s(s.stay.admission_date),
            _payload(s), s.version, now.isoformat(), now.isoformat())


def insert(conn, s: Survivor, now: datetime) -> Survivor:
    year = now.year
    number = next_counter(conn, f"case:{year}")
    s.case_number = f"SD-{year}-{number:04d}"
    s.version, s.created_at, s.updated_at = 1, now, now
    s.id = None
    cur = conn.execute(f"{_INSERT_CASE} VALUES ({placeholders(15)})", _case_row(s, now))
    s.id = cur.lastrowid
    _write_side_tables(conn, s, new=True)
    return s


def insert_many(conn, cases: list[Survivor], now: datetime) -> None:
    """Insert new cases as `insert` would one by one (the same ids, numbers, rows and tallies), in one
    statement per table.

    For an import. In the vault every SQLite allocation is locked in memory (cipher_memory_security),
    so each statement run costs system calls for its cursors and records, and the tally triggers'
    frames, afresh; one statement for many rows sets them up once. Keep `cases` to a few hundred.
    """
    if not cases:
        return
    year = now.year
    first = reserve_counter(conn, f"case:{year}", len(cases))
    # The ids SQLite would give one insert after another (survivors has no AUTOINCREMENT).
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM survivors").fetchone()[0]
    for i, s in enumerate(cases):
        s.id, s.case_number = next_id + i, f"SD-{year}-{first + i:04d}"
        s.version, s.created_at, s.updated_at = 1, now, now
    insert_rows(conn, _INSERT_CASE, [_case_row(s, now) for s in cases])
    insert_rows(conn, "INSERT OR IGNORE INTO survivor_nationalities (survivor_id, code)",
                [(s.id, c) for s in cases for c in s.nationalities])
    insert_rows(conn, "INSERT OR IGNORE INTO survivor_documents (survivor_id, number_norm)",
                [(s.id, n) for s in cases for n in _document_numbers(s)])
    insert_rows(conn, "INSERT INTO survivor_search (rowid, body)", [(s.id, _search_body(s)) for s in cases])


def update(conn, s: Survivor, now: datetime) -> Survivor:
    cur = conn.execute(
        "UPDATE survivors SET family_name=?, given_names=?, native_name=?, sort_name=?, sex=?, "
        "date_of_birth=?, status=?, nationalities=?, admission_date=?, data=?, version=version+1, "
        "updated_at=? WHERE id=? AND version=?",
        (s.family_name, s.given_names, s.native_name, sort_name(s), s.sex.value, d2s(s.date_of_birth),
         s.status.value, dumps(s.nationalities), d2s(s.stay.admission_date), _payload(s),
         now.isoformat(), s.id, s.version),
    )
    if cur.rowcount != 1:
        if conn.execute("SELECT 1 FROM survivors WHERE id = ?", (s.id,)).fetchone() is None:
            raise NotFound(msg("Records", "This case no longer exists."))
        raise ConflictError(msg("Records", "Someone else saved this case after you opened it. Reopen it to see "
                                           "their changes, then edit again."))
    s.version += 1
    s.updated_at = now
    _write_side_tables(conn, s)
    return s


def _row_to_survivor(row) -> Survivor:
    sid, case_number, version, created_at, updated_at, data = row
    s = from_plain(Survivor, json.loads(data))
    s.id, s.case_number, s.version = sid, case_number, version
    s.created_at, s.updated_at = datetime.fromisoformat(created_at), datetime.fromisoformat(updated_at)
    return s


def get(conn, survivor_id: int) -> Survivor:
    row = conn.execute(
        "SELECT id, case_number, version, created_at, updated_at, data FROM survivors WHERE id = ?",
        (survivor_id,),
    ).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such case."))
    return _row_to_survivor(row)


def id_for_case_number(conn, case_number: str) -> int:
    row = conn.execute(
        "SELECT id FROM survivors WHERE case_number = ?", (case_number.strip().upper(),)
    ).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no case {case_number}.", case_number=case_number.strip()))
    return row[0]


def _text_match(text: str) -> str | None:
    """The search index query for what was typed (None: nothing it could match)."""
    match = fts_query(text)
    number = normalise_document_number(text)
    if match is not None and len(number) >= 3 and any(c.isdigit() for c in number) \
            and any(not c.isalnum() for c in text.strip()):
        # A document number typed with spaces or dashes ("C 123-4567") is indexed without them.
        match = f'({match}) OR "{number.lower()}"*'
    return match


def _where(q: CaseQuery, today: date, *, paging: bool, common_nationality: bool = False,
           broad_text: bool = False) -> tuple[str, list]:
    """The WHERE clause of a register query.

    Counting wants each filter as an uncorrelated IN (…) over a covering index,
    computed once. Paging wants correlated EXISTS probes, so SQLite walks the sort
    index and stops after one page; there the status test is written `+s.status`
    (no index) unless sorting by status, for the same reason. At 100,000 cases this
    is the difference between milliseconds and seconds for the common filters.
    A search is the same: a broad one (`broad_text`) is tested as `+s.id IN (…)` while
    walking the sort index; a narrow one reads its few matching rows and sorts them.
    """
    clauses: list[str] = []
    args: list[str | int] = []
    if q.text.strip():
        match = _text_match(q.text)
        if match is None:
            clauses.append("0")
        else:
            column = "+s.id" if paging and broad_text else "s.id"
            clauses.append(f"{column} IN (SELECT rowid FROM survivor_search WHERE survivor_search MATCH ?)")
            args.append(match)
    # survivors_status is (status, sort_name): it serves status and name order directly.
    status_column = "+s.status" if paging and q.sort not in ("status", "name") else "s.status"
    if q.statuses:
        clauses.append(f"{status_column} IN ({placeholders(len(q.statuses))})")
        args.extend(str(x) for x in q.statuses)

    def related(table_sql: str, conditions: str, values: list, *, probe: bool = True) -> None:
        if paging and probe:
            clauses.append(f"EXISTS (SELECT 1 FROM {table_sql} WHERE x.survivor_id = s.id AND {conditions})")
        else:
            clauses.append(f"s.id IN (SELECT x.survivor_id FROM {table_sql} WHERE {conditions})")
        args.extend(values)

    if q.nationality:
        # A rare nationality is a small set, best built once; a common one is met often enough
        # while walking the sort order that probing wins (the caller measures which it is).
        related("survivor_nationalities x", "x.code = ?", [q.nationality], probe=common_nationality)
    if q.open_need_category:
        cond = f"x.status IN ({placeholders(len(_OPEN_NEEDS))})"
        values: list[str | int] = list(_OPEN_NEEDS)
        if q.open_need_category != "*":
            cond += " AND x.category = ?"
            values.append(q.open_need_category)
        related("needs x", cond, values)
    if q.waiting_on_kind or q.waiting_on_agency is not None:
        cond = f"x.status IN ({placeholders(len(_WAITING))})"
        values = list(_WAITING)
        if q.waiting_on_kind and q.waiting_on_kind != "*":
            cond += " AND a.kind = ?"
            values.append(q.waiting_on_kind)
        if q.waiting_on_agency is not None:
            cond += " AND a.id = ?"
            values.append(q.waiting_on_agency)
        related("referrals x JOIN agencies a ON a.id = x.agency_id", cond, values)
    if q.overdue:
        late_referral = f"x.status IN ({placeholders(len(_WAITING))}) AND x.follow_up_due < ?"
        late_need = f"x.status IN ({placeholders(len(_OPEN_NEEDS))}) AND x.due_date < ?"
        values = [*_WAITING, today.isoformat(), *_OPEN_NEEDS, today.isoformat()]
        # The same rule as a status filter: written on the index, this test had SQLite read every staying
        # case and sort them all for a page of "overdue" in case-number order (1.1 s at 100,000, not 10 ms).
        clauses.append(f"{status_column} IN ({placeholders(len(_STAYING))})")
        args.extend(_STAYING)
        if paging:
            clauses.append(f"(EXISTS (SELECT 1 FROM referrals x WHERE x.survivor_id = s.id AND {late_referral}) "
                           f"OR EXISTS (SELECT 1 FROM needs x WHERE x.survivor_id = s.id AND {late_need}))")
        else:
            clauses.append(f"s.id IN (SELECT x.survivor_id FROM referrals x WHERE {late_referral} "
                           f"UNION SELECT x.survivor_id FROM needs x WHERE {late_need})")
        args.extend(values)
    if q.admitted_in:
        clauses.append("s.admission_date >= ? AND s.admission_date < ?")
        args.extend(month_bounds(q.admitted_in))
    if q.left_in:
        clauses.append("json_extract(s.data, '$.stay.discharge_date') >= ? "
                       "AND json_extract(s.data, '$.stay.discharge_date') < ?")
        args.extend(month_bounds(q.left_in))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def month_bounds(month: str) -> tuple[str, str]:
    """The first day of a "YYYY-MM" month and of the month after, as ISO dates."""
    year, number = (int(p) for p in month.split("-"))
    following = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
    return f"{year:04d}-{number:02d}-01", f"{following}-01"


def _is_common(conn, code: str) -> bool:
    """Whether at least one case in twenty has this nationality (two indexed counts)."""
    if not code:
        return False
    total = conn.execute("SELECT max(id) FROM survivors").fetchone()[0] or 0
    have = conn.execute("SELECT count(*) FROM survivor_nationalities WHERE code = ?", (code,)).fetchone()[0]
    return have * 20 >= total


def count(conn, q: CaseQuery, today: date) -> int:
    where, args = _where(q, today, paging=False)
    return conn.execute(f"SELECT count(*) FROM survivors s{where}", args).fetchone()[0]


def _is_broad(conn, q: CaseQuery) -> bool:
    """Whether a search matches so many cases (at least the square root of the register) that a page is found
    sooner by walking the sort order than by reading every match's row to sort them.

    Only for an order an index gives. Each row read is a page of its own: "sa" (6,614 of 100,000) took 100 ms
    on a cold cache that way against 6 ms walking; a rare name is the other way round (0.5 ms against 12 ms).
    """
    match = _text_match(q.text) if q.text.strip() and q.sort in _WALKABLE else None
    if match is None:
        return False
    total = conn.execute("SELECT max(id) FROM survivors").fetchone()[0] or 0
    enough = math.isqrt(total) + 1
    found = conn.execute("SELECT count(*) FROM (SELECT rowid FROM survivor_search WHERE survivor_search MATCH ? "
                         "LIMIT ?)", (match, enough)).fetchone()[0]
    return found >= enough


_WALKABLE = ("case_number", "name", "admission")  # sorts an index serves in order


def page_ids(conn, q: CaseQuery, today: date) -> tuple[str, list]:
    """The query for one page of ids in the register's order, with its arguments (LIMIT and OFFSET to add)."""
    where, args = _where(q, today, paging=True, common_nationality=_is_common(conn, q.nationality),
                         broad_text=_is_broad(conn, q))
    return f"SELECT s.id FROM survivors s{where} {_ordering(q)} LIMIT ? OFFSET ?", args


def _ordering(q: CaseQuery) -> str:
    direction = "DESC" if q.descending else "ASC"
    return f"ORDER BY {_SORTS.get(q.sort, 's.case_number')} {direction}, s.id {direction}"


def search(conn, q: CaseQuery, today: date, offset: int = 0, limit: int = 100) -> list[CaseSummary]:
    page, args = page_ids(conn, q, today)
    ordering = _ordering(q)
    # Pick the page first, then compute the per-row counts for that page only (not for every match).
    # The unary + keeps the planner on referrals_survivor instead of scanning every waiting referral.
    sql = (
        "SELECT s.id, s.case_number, s.family_name, s.given_names, s.native_name, s.nationalities, "
        "s.status, s.admission_date, "
        f"(SELECT count(*) FROM needs n WHERE n.survivor_id = s.id AND n.status IN ({placeholders(len(_OPEN_NEEDS))})), "
        "(SELECT a.name FROM referrals r JOIN agencies a ON a.id = r.agency_id WHERE r.survivor_id = s.id "
        f"AND +r.status IN ({placeholders(len(_WAITING))}) ORDER BY r.created_at LIMIT 1), "
        f"CASE WHEN s.status IN ({placeholders(len(_STAYING))}) THEN "
        "(SELECT min(r.follow_up_due) FROM referrals r WHERE r.survivor_id = s.id "
        f"AND +r.status IN ({placeholders(len(_WAITING))})) END, "
        "json_extract(s.data, '$.stay.discharge_date') "
        f"FROM ({page}) page "
        f"JOIN survivors s ON s.id = page.id {ordering}"
    )
    rows = conn.execute(sql, (*_OPEN_NEEDS, *_WAITING, *_STAYING, *_WAITING, *args, limit, offset)).fetchall()
    return [
        CaseSummary(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), CaseStatus(r[6]), s2d(r[7]),
                    r[8], r[9] or "", s2d(r[10]), s2d(r[11]))
        for r in rows
    ]


def ids_with_document(conn, number_norm: str) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT survivor_id FROM survivor_documents WHERE number_norm = ?", (number_norm,))]


def ids_with_dob(conn, dob: date) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM survivors WHERE date_of_birth = ?", (dob.isoformat(),))]


DUPLICATE_CANDIDATES_PER_WORD = 200


def ids_matching(conn, text: str, nationalities: list[str],
                 limit: int = DUPLICATE_CANDIDATES_PER_WORD) -> list[int]:
    match = fts_query(text)
    if not match:
        return []
    sql = "SELECT rowid FROM survivor_search WHERE survivor_search MATCH ?"
    args: list = [match]
    if nationalities:
        # "+rowid": without the +, FTS5 is handed each id of the nationality and re-runs the MATCH per id.
        sql += (f" AND +rowid IN (SELECT survivor_id FROM survivor_nationalities "
                f"WHERE code IN ({placeholders(len(nationalities))}))")
        args.extend(nationalities)
    return [r[0] for r in conn.execute(sql + " LIMIT ?", (*args, limit))]


def names_for(conn, ids: list[int]) -> list[tuple]:
    if not ids:
        return []
    return conn.execute(
        f"SELECT id, case_number, family_name, given_names, native_name, date_of_birth, nationalities "
        f"FROM survivors WHERE id IN ({placeholders(len(ids))})", ids,
    ).fetchall()


def duplicate_keys(conn) -> tuple[list[tuple], list[tuple[int, str]], list[tuple[str, int]]]:
    """What the intake duplicate check compares, for every case at once (a bulk check such as an import):
    (id, case_number, family, given, native, date_of_birth, nationalities JSON, search-index body) per case,
    (survivor_id, code) nationality rows and (number_norm, survivor_id) document rows."""
    cases = conn.execute(
        "SELECT s.id, s.case_number, s.family_name, s.given_names, s.native_name, s.date_of_birth, "
        "s.nationalities, coalesce(f.body, '') FROM survivors s LEFT JOIN survivor_search f ON f.rowid = s.id"
    ).fetchall()
    nationalities = conn.execute("SELECT survivor_id, code FROM survivor_nationalities").fetchall()
    documents = conn.execute("SELECT number_norm, survivor_id FROM survivor_documents").fetchall()
    return cases, nationalities, documents


def search_index_current(conn) -> bool:
    """False when the search index was built with other folding rules (domain/names.py)."""
    return meta_repo.get(conn, _FOLDING_KEY) == str(FOLDING_VERSION)


def reindex(conn) -> None:
    """Rebuild the search index with the current folding rules (inside a write transaction)."""
    conn.execute("DELETE FROM survivor_search")
    # Straight from the stored JSON: building every Survivor made this minutes long at 100,000.
    rows = conn.execute("SELECT id, case_number, data FROM survivors")
    while batch := rows.fetchmany(1000):
        bodies = []
        for sid, case_number, data in batch:
            d = json.loads(data)
            bodies.append((sid, _index_body(
                d.get("family_name", ""), d.get("given_names", ""), d.get("native_name", ""),
                d.get("preferred_name", ""), d.get("aliases", []), case_number, d.get("embassy_case_number", ""),
                [doc["number"] for doc in d.get("documents", []) if doc.get("number")])))
        conn.executemany("INSERT INTO survivor_search (rowid, body) VALUES (?, ?)", bodies)
    meta_repo.put(conn, _FOLDING_KEY, str(FOLDING_VERSION))


_FOLDING_KEY = "search_folding_version"


def all_ids(conn) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM survivors ORDER BY id")]
