"""The backup file format.

    magic    8 bytes  b"SDBACKUP"
    length   4 bytes  big-endian length of the header
    header   JSON (UTF-8): format version, vault id, when, schema version,
             record counts, audit head, the backup's own key-slot file and
             the SHA-256 of the payload; authenticated by `header_mac`
             (HMAC-SHA256 under a key derived from the backup key)
    payload  a SQLCipher 4 database (sqlcipher_export of the vault) encrypted
             under a fresh random backup key

The backup key is sealed to the same X25519 slot keys as the vault (staff and
recovery), so every member at the time of the backup, and the recovery code,
open it without re-entering anyone's passphrase. Nothing in the header is
survivor data: the counts are numbers per table.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import NotAVault, VaultCorrupt, VaultNewerVersion, VaultTampered
from ..domain.messages import msg
from .atomic import create_private, write_all, write_private_with
from .keyslots import KeySlotFile

MAGIC = b"SDBACKUP"
FORMAT_VERSION = 1
MAX_HEADER = 4 * 1024 * 1024
CHUNK = 1024 * 1024

DAMAGED = msg("Backup", "The backup file is damaged (it is incomplete or its contents changed since it was "
                        "written). It cannot be restored; use another backup.")
TAMPERED = msg("Backup", "The backup file was altered after it was written: its contents do not authenticate. "
                         "It cannot be restored; use another backup.")


@dataclass
class BackupHeader:
    vault_id: str
    created_at: str
    schema_version: int
    generation: int
    counts: dict[str, int]
    audit_seq: int
    audit_mac: str
    slots: KeySlotFile
    payload_sha256: str = ""
    payload_size: int = 0
    header_mac: str = ""

    def _body(self) -> dict:
        return {
            "format": "shelterdesk-backup",
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "generation": self.generation,
            "counts": self.counts,
            "audit_seq": self.audit_seq,
            "audit_mac": self.audit_mac,
            "slots": json.loads(self.slots.to_bytes()),
            "payload_sha256": self.payload_sha256,
            "payload_size": self.payload_size,
        }

    def mac(self, backup_key: bytearray) -> str:
        """HMAC over the canonical header, so counts and audit head cannot be edited unseen."""
        mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"shelterdesk-backup-header").derive(bytes(backup_key))
        body = json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(mac_key, body, hashlib.sha256).hexdigest()

    def check_mac(self, backup_key: bytearray) -> None:
        if not hmac.compare_digest(self.mac(backup_key), self.header_mac):
            raise VaultTampered(TAMPERED)

    def to_bytes(self) -> bytes:
        doc = self._body()
        doc["header_mac"] = self.header_mac
        return json.dumps(doc, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> BackupHeader:
        try:
            doc = json.loads(data.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != "shelterdesk-backup":
                raise VaultCorrupt(DAMAGED)
            version = doc.get("version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise VaultNewerVersion(msg("Backup", "This backup was made by a newer version of ShelterDesk. "
                                                      "Install the newer version to restore it."))
            slots = KeySlotFile.from_bytes(json.dumps(doc["slots"]).encode())
            counts = {str(k): int(v) for k, v in doc["counts"].items()}
            header = cls(vault_id=str(doc["vault_id"]), created_at=str(doc["created_at"]),
                         schema_version=int(doc["schema_version"]), generation=int(doc["generation"]),
                         counts=counts, audit_seq=int(doc["audit_seq"]), audit_mac=str(doc["audit_mac"]),
                         slots=slots, payload_sha256=str(doc["payload_sha256"]),
                         payload_size=int(doc["payload_size"]), header_mac=str(doc["header_mac"]))
        except (VaultCorrupt, VaultNewerVersion):
            raise
        except Exception:  # any malformed header is the same damage to a person
            raise VaultCorrupt(DAMAGED) from None
        if header.slots.vault_id != header.vault_id or header.payload_size < 0:
            raise VaultCorrupt(DAMAGED)
        return header


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """The header and the offset where the payload starts. Refuses anything that is not a backup."""
    try:
        with path.open("rb") as f:
            magic = f.read(len(MAGIC))
            if magic != MAGIC:
                raise NotAVault(msg("Backup", "{file} is not a ShelterDesk backup file.", file=path.name))
            raw_len = f.read(4)
            if len(raw_len) != 4:
                raise VaultCorrupt(DAMAGED)
            (length,) = struct.unpack(">I", raw_len)
            if length > MAX_HEADER:
                raise VaultCorrupt(DAMAGED)
            data = f.read(length)
            if len(data) != length:
                raise VaultCorrupt(DAMAGED)
    except FileNotFoundError:
        raise NotAVault(msg("Backup", "There is no file {path}.", path=str(path))) from None
    except IsADirectoryError:
        raise NotAVault(msg("Backup", "{path} is a folder, not a backup file.", path=str(path))) from None
    return BackupHeader.from_bytes(data), len(MAGIC) + 4 + length


def iter_payload(path: Path, header: BackupHeader, offset: int) -> Iterator[bytes]:
    """The payload in chunks; raises VaultCorrupt if its size or checksum is wrong."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        f.seek(offset)
        while chunk := f.read(CHUNK):
            size += len(chunk)
            if size > header.payload_size:
                raise VaultCorrupt(DAMAGED)
            digest.update(chunk)
            yield chunk
    if size != header.payload_size or not hmac.compare_digest(digest.hexdigest(), header.payload_sha256):
        raise VaultCorrupt(DAMAGED)


def extract_payload(path: Path, header: BackupHeader, offset: int, target: Path) -> None:
    """Copy the checked payload to a new 0600 file `target` (raises VaultCorrupt if it does not check out)."""
    fd = create_private(target)
    try:
        for chunk in iter_payload(path, header, offset):
            write_all(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def payload_digest(payload: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    with payload.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest(), payload.stat().st_size


def write_backup(path: Path, header: BackupHeader, payload: Path) -> None:
    """Write header + payload atomically (temp file beside `path`, fsync, rename), mode 0600."""
    head = header.to_bytes()

    def fill(fd: int) -> None:
        write_all(fd, MAGIC + struct.pack(">I", len(head)))
        write_all(fd, head)
        with payload.open("rb") as src:
            while chunk := src.read(CHUNK):
                write_all(fd, chunk)

    write_private_with(path, fill, "The backup drive is full. No backup was written; free some space or use "
                                   "another drive.")
