"""The audit log: append-only entries chained with HMAC-SHA256.

Each entry's MAC covers the previous entry's MAC and its own fields, so an
edited, deleted or reordered entry breaks the chain. The latest (seq, MAC) is
also written to an anchor file outside the vault folder, so that putting back
an older copy of the vault (a rollback) is found too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.messages import msg
from ..domain.models import AuditEntry
from .atomic import write_private

GENESIS = b"\x00" * 32


def entry_mac(key: bytes, prev: bytes, seq: int, at: str, actor: str, action: str,
              entity: str, entity_id: str, detail: str, nonce: bytes) -> bytes:
    body = json.dumps([seq, at, actor, action, entity, entity_id, detail, nonce.hex()], ensure_ascii=False)
    return hmac.new(key, prev + body.encode("utf-8"), hashlib.sha256).digest()


def append(conn, key: bytes, at: datetime, actor: str, action: str, entity: str,
           entity_id: object, detail: str = "") -> int:
    """Add one entry inside the caller's transaction; returns its sequence number."""
    row = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, bytes(row[1])) if row else (1, GENESIS)
    at_text = at.isoformat(timespec="seconds")
    eid = "" if entity_id is None else str(entity_id)
    # A random nonce makes every entry unique: a deleted last entry cannot be
    # recreated byte for byte by repeating the same action in the same second.
    nonce = os.urandom(8)
    mac = entry_mac(key, prev, seq, at_text, actor, action, entity, eid, detail, nonce)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, entity, entity_id, detail, nonce, mac) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (seq, at_text, actor, action, entity, eid, detail, nonce, mac),
    )
    return seq


REDACTION_LABEL = b"shelterdesk-audit-redaction-v1"


def redaction_tag(key: bytes, seq: int, mac: bytes) -> bytes:
    """Proof, under the audit key, that entry `seq` (with this MAC) was redacted by the program itself."""
    return hmac.new(key, REDACTION_LABEL + seq.to_bytes(8, "big") + mac, hashlib.sha256).digest()


def redact_entity(conn, key: bytes, entity: str, entity_id: object) -> int:
    """Drop the record id and detail of every entry about one record, keeping each entry's place.

    The entry's MAC stays, so the next entry still chains to it; the tag lets `verify_chain` accept
    the missing content. Without the key a tag cannot be made: blanking an entry by hand is still
    found. Returns the number of entries redacted.
    """
    rows = conn.execute("SELECT seq, mac FROM audit WHERE entity = ? AND entity_id = ? AND redaction IS NULL",
                        (entity, str(entity_id))).fetchall()
    conn.executemany("UPDATE audit SET entity_id = '', detail = '', redaction = ? WHERE seq = ?",
                     [(redaction_tag(key, seq, bytes(mac)), seq) for seq, mac in rows])
    return len(rows)


def behind_anchor(conn, anchor: tuple[int, bytes] | None) -> bool:
    """True when the log no longer holds the last entry known outside the vault (a rollback or a cut log).

    A cheap check for every unlock: one indexed read, not the whole chain.
    """
    if not anchor or anchor[0] == 0:
        return False
    row = conn.execute("SELECT mac FROM audit WHERE seq = ?", (anchor[0],)).fetchone()
    return row is None or not hmac.compare_digest(bytes(row[0]), anchor[1])


def head(conn) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], bytes(row[1])) if row else (0, GENESIS)


@dataclass
class ChainReport:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(conn, key: bytes, anchor: tuple[int, bytes] | None) -> ChainReport:
    problems: list[str] = []
    prev, expected_seq, count = GENESIS, 1, 0
    macs: dict[int, bytes] = {}
    for seq, at, actor, action, entity, eid, detail, nonce, mac, redaction in conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, detail, nonce, mac, redaction FROM audit ORDER BY seq"
    ):
        count += 1
        if seq != expected_seq:
            problems.append(msg("Integrity", "Audit entries {first}–{last} are missing.", first=expected_seq,
                                last=seq - 1))
        if redaction is not None:
            # Content removed by an erasure: the MAC itself still links this entry to the next one.
            want, got = redaction_tag(key, seq, bytes(mac)), bytes(redaction)
        else:
            want, got = entry_mac(key, prev, seq, at, actor, action, entity, eid, detail, bytes(nonce)), bytes(mac)
        if not hmac.compare_digest(want, got):
            problems.append(msg("Integrity", "Audit entry {seq} was altered, removed or moved.", seq=seq))
        prev, expected_seq = bytes(mac), seq + 1
        if anchor and seq == anchor[0]:
            macs[seq] = bytes(mac)
    if anchor and anchor[0] > 0:
        if anchor[0] >= expected_seq:
            problems.append(msg("Integrity", "The vault is older than its last known state (audit entry {seq} is "
                                             "missing): it may have been rolled back to an earlier copy.",
                                seq=anchor[0]))
        elif not hmac.compare_digest(macs.get(anchor[0], b""), anchor[1]):
            problems.append(msg("Integrity", "The audit log does not match its last known state."))
    return ChainReport(count, problems)


def read_entries(conn, *, entity: str | None = None, entity_id: object = None, actor: str | None = None,
                 action_prefix: str | None = None, since: datetime | None = None, until: datetime | None = None,
                 limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """Entries newest first; `since` is inclusive and `until` exclusive (times are compared in UTC)."""
    where, args = [], []
    if entity is not None:
        where.append("entity = ?")
        args.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        args.append(str(entity_id))
    if actor:
        where.append("actor = ?")
        args.append(actor)
    if action_prefix:
        where.append("action LIKE ? ESCAPE '\\'")
        args.append(action_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    for bound, op in ((since, ">="), (until, "<")):
        if bound is not None:
            where.append(f"at {op} ?")
            args.append(bound.astimezone(UTC).isoformat(timespec="seconds"))
    sql = "SELECT seq, at, actor, action, entity, entity_id, detail FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*args, limit, offset)).fetchall()
    return [AuditEntry(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6]) for r in rows]


class Anchor:
    """The last known head of a vault's audit chain, kept outside the vault folder."""

    def __init__(self, path: Path, key: bytes):
        self.path, self._key = path, key

    def _sig(self, vault_id: str, seq: int, mac: bytes) -> str:
        return hmac.new(self._key, f"anchor|{vault_id}|{seq}|{mac.hex()}".encode(), hashlib.sha256).hexdigest()

    def read(self, vault_id: str) -> tuple[int, bytes] | None:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            seq, mac = int(doc["seq"]), bytes.fromhex(doc["mac"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if doc.get("vault_id") != vault_id or not hmac.compare_digest(doc.get("sig", ""), self._sig(vault_id, seq, mac)):
            return None
        return seq, mac

    def write(self, vault_id: str, seq: int, mac: bytes) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.path.parent, 0o700)  # mkdir's mode is cut by the umask
        doc = {"vault_id": vault_id, "seq": seq, "mac": mac.hex(), "sig": self._sig(vault_id, seq, mac)}
        write_private(self.path, json.dumps(doc).encode())
