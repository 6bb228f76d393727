"""Removing a person's records for good: erasure on request and anonymisation under the retention policy.

Both run inside the caller's write transaction. Deleted rows leave no text
behind: `secure_delete` zeroes freed pages, the search index was switched to
FTS5 `secure-delete` (migration) and is merged afterwards, and the caller
truncates the WAL once the transaction has committed.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.enums import ConsentKind

END_OF_STAY = ("repatriated", "transferred", "left", "closed")


def closed_before(conn, cutoff: date) -> list[tuple[int, str, str]]:
    """(id, case number, closing date) of cases that ended before `cutoff` and are not yet anonymised.

    A case's closing date is its discharge date, or its last change when no discharge was recorded.
    """
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT id, case_number, closed FROM (SELECT id, case_number, "
        "COALESCE(json_extract(data, '$.stay.discharge_date'), substr(updated_at, 1, 10)) AS closed "
        f"FROM survivors WHERE status IN ({','.join('?' * len(END_OF_STAY))}) "
        "AND id NOT IN (SELECT survivor_id FROM anonymised)) WHERE closed < ? ORDER BY closed, id",
        (*END_OF_STAY, cutoff.isoformat()))]


def counts_for(conn, survivor_id: int) -> dict[str, int]:
    """How many of each kind of record hang off a case (for a preview of what would go)."""
    out = {}
    for table in ("letters", "attachments", "referrals", "needs", "consents", "disclosures"):
        out[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE survivor_id = ?", (survivor_id,)).fetchone()[0]
    return out


def erase_case(conn, survivor_id: int) -> None:
    """Delete the case and every record about it (children first: their foreign keys do not cascade)."""
    _delete_letters(conn, survivor_id, keep_disclosures=False)
    conn.execute("DELETE FROM referrals WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM needs WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM consents WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM attachments WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM drafts WHERE key = ?", (f"case:{survivor_id}",))
    conn.execute("DELETE FROM survivor_search WHERE rowid = ?", (survivor_id,))
    conn.execute("DELETE FROM survivors WHERE id = ?", (survivor_id,))


def strip_case_records(conn, survivor_id: int, new_case_number: str, now: datetime) -> None:
    """Anonymisation's part outside the survivor record: letters, attachments, drafts and free text go;
    needs, referral kinds and outcomes, and the consent for statistics stay."""
    _delete_letters(conn, survivor_id, keep_disclosures=True)
    conn.execute("DELETE FROM attachments WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM drafts WHERE key = ?", (f"case:{survivor_id}",))
    conn.execute("UPDATE needs SET description = '', outcome = '', responsible = '' WHERE survivor_id = ?",
                 (survivor_id,))
    conn.execute("UPDATE referrals SET reason = '', outcome = '', override_reason = '', consent_id = NULL "
                 "WHERE survivor_id = ?", (survivor_id,))
    conn.execute("UPDATE disclosures SET consent_id = NULL, override_reason = '' WHERE survivor_id = ?",
                 (survivor_id,))
    conn.execute("DELETE FROM consents WHERE survivor_id = ? AND kind != ?", (survivor_id, ConsentKind.STATISTICS))
    conn.execute("UPDATE consents SET interpreter = '', notes = '' WHERE survivor_id = ?", (survivor_id,))
    conn.execute("UPDATE survivors SET case_number = ? WHERE id = ?", (new_case_number, survivor_id))
    conn.execute("INSERT INTO anonymised (survivor_id, anonymised_at) VALUES (?, ?)", (survivor_id, now.isoformat()))


def is_anonymised(conn, survivor_id: int) -> bool:
    return conn.execute("SELECT 1 FROM anonymised WHERE survivor_id = ?", (survivor_id,)).fetchone() is not None


def merge_search_index(conn) -> None:
    """Rewrite the search index in one segment, dropping every deleted entry (also those from before
    `secure-delete` was switched on)."""
    conn.execute("INSERT INTO survivor_search(survivor_search) VALUES ('optimize')")


def _delete_letters(conn, survivor_id: int, *, keep_disclosures: bool) -> None:
    if keep_disclosures:  # the register keeps what went out and to whom, without the letter itself
        conn.execute("UPDATE disclosures SET letter_id = NULL WHERE survivor_id = ?", (survivor_id,))
    else:
        conn.execute("DELETE FROM disclosures WHERE survivor_id = ?", (survivor_id,))
    conn.execute("DELETE FROM letters WHERE survivor_id = ?", (survivor_id,))


def truncate_wal(conn) -> None:
    """Fold the WAL into the database and cut it to zero, so old page images of erased rows are gone too."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
