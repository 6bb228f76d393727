"""Partner shelters whose transfer packages are accepted, and the packages already imported."""

from __future__ import annotations

from datetime import datetime


def trusted(conn) -> list[tuple[str, str, bytes, bytes]]:
    """(fingerprint, name, signing public key, sealing public key) of every trusted shelter."""
    return [(r[0], r[1], bytes(r[2]), bytes(r[3])) for r in conn.execute(
        "SELECT fingerprint, name, sign_public, box_public FROM trusted_shelters ORDER BY name")]


def find(conn, fingerprint: str) -> tuple[str, str, bytes, bytes] | None:
    row = conn.execute("SELECT fingerprint, name, sign_public, box_public FROM trusted_shelters "
                       "WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return (row[0], row[1], bytes(row[2]), bytes(row[3])) if row else None


def trust(conn, fingerprint: str, name: str, sign_public: bytes, box_public: bytes, by: str,
          now: datetime) -> None:
    conn.execute("INSERT OR REPLACE INTO trusted_shelters (fingerprint, name, sign_public, box_public, trusted_by, "
                 "trusted_at) VALUES (?,?,?,?,?,?)", (fingerprint, name, sign_public, box_public, by, now.isoformat()))


def seen(conn, package_id: str) -> bool:
    return conn.execute("SELECT 1 FROM received_transfers WHERE package_id = ?", (package_id,)).fetchone() is not None


def mark_received(conn, package_id: str, sender: str, now: datetime) -> None:
    conn.execute("INSERT INTO received_transfers (package_id, sender, received_at) VALUES (?,?,?)",
                 (package_id, sender, now.isoformat()))
