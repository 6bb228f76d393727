"""Whole-register reads for statistics and exports: every case, and who consented to statistics."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from ...domain.enums import ConsentKind
from ...domain.models import Survivor
from ...domain.serialize import from_plain


def all_survivors(conn) -> Iterator[Survivor]:
    for sid, case_number, created_at, data in conn.execute(
            "SELECT id, case_number, created_at, data FROM survivors ORDER BY id"):
        s = from_plain(Survivor, json.loads(data))
        s.id, s.case_number, s.created_at = sid, case_number, datetime.fromisoformat(created_at)
        yield s


def ids_consenting(conn, kind: ConsentKind, on: date) -> set[int]:
    """Cases with a consent of this kind given by `on`, not withdrawn and not expired on that day."""
    day = on.isoformat()
    return {r[0] for r in conn.execute(
        "SELECT survivor_id FROM consents WHERE kind = ? AND given_on <= ? "
        "AND (withdrawn_on IS NULL OR withdrawn_on > ?) AND (expires_on IS NULL OR expires_on >= ?)",
        (kind.value, day, day, day))}


def referrals_created(conn, start: date, end: date) -> list[tuple[str, str, str | None, str | None]]:
    """(agency kind, status, sent on, closed on) of each referral created from start to end inclusive."""
    return conn.execute(
        "SELECT a.kind, r.status, r.sent_on, r.closed_on FROM referrals r JOIN agencies a ON a.id = r.agency_id "
        "WHERE substr(r.created_at, 1, 10) BETWEEN ? AND ?", (start.isoformat(), end.isoformat())).fetchall()
