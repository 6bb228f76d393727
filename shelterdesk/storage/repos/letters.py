"""Letters kept inside the vault and the disclosure register."""

from __future__ import annotations

import json
from datetime import datetime

from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import Disclosure
from .rows import dumps, s2dt


def insert_letter(conn, survivor_id: int, referral_id: int | None, agency_id: int | None, template: str,
                  languages: list[str], pdf: bytes, sha256: str, created_by: str, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO letters (survivor_id, referral_id, agency_id, template, languages, pdf, sha256, created_by, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (survivor_id, referral_id, agency_id, template, dumps(languages), pdf, sha256, created_by, now.isoformat()),
    )
    return cur.lastrowid


def letter_pdf(conn, letter_id: int) -> bytes:
    row = conn.execute("SELECT pdf FROM letters WHERE id = ?", (letter_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such letter."))
    return bytes(row[0])


def letters_for(conn, survivor_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, referral_id, agency_id, template, languages, sha256, created_by, created_at FROM letters "
        "WHERE survivor_id = ? ORDER BY id", (survivor_id,)).fetchall()


def insert_disclosure(conn, d: Disclosure) -> Disclosure:
    assert d.at is not None, "the service stamps a disclosure before storing it"
    cur = conn.execute(
        "INSERT INTO disclosures (survivor_id, kind, recipient, agency_id, letter_id, fields, disclosed_by, "
        "consent_id, override_reason, sha256, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (d.survivor_id, d.kind, d.recipient, d.agency_id, d.letter_id, dumps(d.fields), d.disclosed_by,
         d.consent_id, d.override_reason, d.sha256, d.at.isoformat()),
    )
    d.id = cur.lastrowid
    return d


def disclosures(conn, survivor_id: int | None = None) -> list[Disclosure]:
    sql = ("SELECT id, survivor_id, kind, recipient, agency_id, letter_id, fields, disclosed_by, consent_id, "
           "override_reason, sha256, at FROM disclosures")
    args: tuple = ()
    if survivor_id is not None:
        sql += " WHERE survivor_id = ?"
        args = (survivor_id,)
    return [
        Disclosure(id=r[0], survivor_id=r[1], kind=r[2], recipient=r[3], agency_id=r[4], letter_id=r[5],
                   fields=json.loads(r[6]), disclosed_by=r[7], consent_id=r[8], override_reason=r[9],
                   sha256=r[10], at=s2dt(r[11]))
        for r in conn.execute(sql + " ORDER BY id", args)
    ]
