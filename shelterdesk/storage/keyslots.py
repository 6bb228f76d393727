"""The key-slot file: the vault's data key wrapped once per staff member and once for recovery.

Each slot has an X25519 key pair. Its private key is sealed with AES-256-GCM
under a key derived from the passphrase (or recovery code) with Argon2id; the
data key is sealed to its public key (ephemeral X25519 + HKDF + AES-256-GCM).
That lets an administrator re-key the vault after removing someone, wrapping
the new data key for every remaining member without knowing their passphrases.
The slot's identity (vault id, kind, user name) is bound as associated data, so
a slot copied to another user or vault does not open, and a wrong passphrase is
found by the GCM tag before the database is touched.

The file is authenticated with HMAC-SHA256 under a key derived from the data key
(so only someone who has unlocked can write a valid one): one MAC over the vault
id, the database name and the generation, checked after unwrapping and before the
database is touched, and one per slot, checked to report altered slots. Removing
a slot (the wipe after wrong passphrases) needs no key and leaves the rest valid.
A member who holds the data key can still forge MACs, which is why the slots'
public keys are also bound inside the vault (`slot_binding.py`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..domain.errors import AuthenticationError, VaultCorrupt, VaultNewerVersion, VaultTampered
from ..domain.messages import msg
from .atomic import write_private
from .secrets import wipe

FORMAT = "shelterdesk-keyslots"
FORMAT_VERSION = 2  # 2: MACs under the data key (version 1 files are upgraded after their vault proves itself)
KEY_BYTES = 32
RECOVERY = "recovery"
STAFF = "staff"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def check(self) -> None:
        """Refuse settings ShelterDesk never writes, before spending memory or time on them."""
        if self.time_cost < MIN_KDF.time_cost or self.memory_kib < MIN_KDF.memory_kib:
            raise VaultCorrupt(msg("Vault", "The key-slot file asks for a key derivation weaker than allowed. It was "
                                            "altered or damaged; nothing was changed. Use the recovery code or "
                                            "restore a backup."))
        if not (1 <= self.parallelism <= MAX_KDF.parallelism) or self.memory_kib > MAX_KDF.memory_kib \
                or self.time_cost > MAX_KDF.time_cost:
            raise VaultCorrupt(msg(
                "Vault", "The key-slot file asks for key-derivation settings ShelterDesk never uses ({memory} MiB of "
                "memory, {passes} passes). It was altered or damaged; nothing was changed. Use the recovery code or "
                "restore a backup.", memory=self.memory_kib // 1024, passes=self.time_cost))


MIN_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1)
# tune_kdf stops at 256 MiB and 12 passes; the ceiling leaves room for a faster future laptop.
MAX_KDF = KdfParams(time_cost=16, memory_kib=1024 * 1024, parallelism=16)


def derive(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    params.check()
    try:
        raw = hash_secret_raw(bytes(secret), salt, params.time_cost, params.memory_kib, params.parallelism,
                              KEY_BYTES, Type.ID)
    except HashingError:  # not enough memory for these settings on this computer
        raise VaultCorrupt(msg("Vault", "This computer cannot spare the {memory} MiB of memory the key slot asks "
                                        "for. Close other programs and try again; nothing was changed.",
                               memory=params.memory_kib // 1024)) from None
    return bytearray(raw)


def _mac_key(data_key: bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"shelterdesk-keyslots-mac").derive(bytes(data_key))


def _mac(key: bytes, doc: dict) -> str:
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def tune_kdf(target_seconds: float = 0.5, max_memory_kib: int = 256 * 1024) -> KdfParams:
    """Choose Argon2id settings that take about `target_seconds` here, never below MIN_KDF."""
    params = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)
    salt = os.urandom(16)
    probe = bytearray(b"tuning")
    while True:
        start = time.perf_counter()
        wipe(derive(probe, salt, params))
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.7 or params.time_cost >= 12:
            return params
        if params.memory_kib * 2 <= max_memory_kib:
            params = KdfParams(params.time_cost, params.memory_kib * 2, params.parallelism)
        else:
            params = KdfParams(params.time_cost + 1, params.memory_kib, params.parallelism)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")  # read as damage by from_bytes
    return value


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _box_key(shared: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"shelterdesk-slot-box|" + aad).derive(shared)


@dataclass
class Slot:
    kind: str  # "staff" or "recovery"
    username: str  # "" for the recovery slot
    salt: bytes
    kdf: KdfParams
    nonce: bytes  # for the sealed private key
    sealed_private: bytes
    public: bytes
    ephemeral: bytes  # public half of the ephemeral key that sealed the data key
    key_nonce: bytes
    sealed_key: bytes
    mac: str = ""  # HMAC under the data key of everything above

    def body(self) -> dict:
        return {
            "kind": self.kind,
            "username": self.username,
            "salt": _b64(self.salt),
            "kdf": {"argon2id": [self.kdf.time_cost, self.kdf.memory_kib, self.kdf.parallelism]},
            "nonce": _b64(self.nonce),
            "sealed_private": _b64(self.sealed_private),
            "public": _b64(self.public),
            "ephemeral": _b64(self.ephemeral),
            "key_nonce": _b64(self.key_nonce),
            "sealed_key": _b64(self.sealed_key),
        }

    def sign(self, data_key: bytearray) -> None:
        self.mac = _mac(_mac_key(data_key), self.body())

    def aad(self, vault_id: str) -> bytes:
        return f"{FORMAT}|{vault_id}|{self.kind}|{self.username}".encode()

    def seal_data_key(self, vault_id: str, data_key: bytearray) -> None:
        eph = X25519PrivateKey.generate()
        box = _box_key(eph.exchange(X25519PublicKey.from_public_bytes(self.public)), self.aad(vault_id))
        self.ephemeral, self.key_nonce = _raw_public(eph.public_key()), os.urandom(12)
        self.sealed_key = AESGCM(box).encrypt(self.key_nonce, bytes(data_key), self.aad(vault_id))


@dataclass
class KeySlotFile:
    vault_id: str
    database: str  # file name of the current database (changes on re-key)
    slots: list[Slot] = field(default_factory=list)
    generation: int = 1
    mac: str = ""  # HMAC under the data key of vault id, database name and generation ("" in version 1 files)

    def _header(self) -> dict:
        return {"vault_id": self.vault_id, "database": self.database, "generation": self.generation}

    @property
    def authenticated(self) -> bool:
        """Whether the file carries MACs (files written before version 2 do not)."""
        return bool(self.mac)

    def sign(self, data_key: bytearray) -> None:
        """MAC the header and every slot under `data_key` (after re-keying, or to upgrade a version 1 file)."""
        self.mac = _mac(_mac_key(data_key), self._header())
        for slot in self.slots:
            slot.sign(data_key)

    def check_header(self, data_key: bytearray) -> None:
        """Refuse a file whose database name, generation or vault id was changed by someone without the key."""
        if not hmac.compare_digest(self.mac, _mac(_mac_key(data_key), self._header())):
            raise VaultTampered(msg(
                "Vault", "The key-slot file was altered outside ShelterDesk (its database name or generation do "
                "not authenticate). Nothing was changed. Restore keyslots.json from a backup, or restore the latest "
                "backup into a new folder."))

    def altered_slots(self, data_key: bytearray) -> list[Slot]:
        """Slots whose MAC does not check out: added or changed by someone else than ShelterDesk."""
        key = _mac_key(data_key)
        return [s for s in self.slots if not hmac.compare_digest(s.mac, _mac(key, s.body()))]

    # -- wrapping -------------------------------------------------------------
    def add_slot(self, kind: str, username: str, secret: bytearray, data_key: bytearray, kdf: KdfParams) -> Slot:
        """Add (or replace) the slot of `username`, opened by `secret`."""
        self.remove_slot(kind, username)
        private = X25519PrivateKey.generate()
        raw_private = bytearray(private.private_bytes_raw())
        slot = Slot(kind, username, os.urandom(16), kdf, os.urandom(12), b"", _raw_public(private.public_key()),
                    b"", b"", b"")
        wrapping = derive(secret, slot.salt, kdf)
        try:
            slot.sealed_private = AESGCM(bytes(wrapping)).encrypt(slot.nonce, bytes(raw_private),
                                                                  slot.aad(self.vault_id))
        finally:
            wipe(wrapping)
            wipe(raw_private)
        slot.seal_data_key(self.vault_id, data_key)
        slot.sign(data_key)
        if not self.mac:
            self.mac = _mac(_mac_key(data_key), self._header())
        self.slots.append(slot)
        return slot

    def rewrap(self, data_key: bytearray) -> None:
        """Seal a new data key to every slot and sign the file with it (re-keying; no passphrase needed)."""
        for slot in self.slots:
            slot.seal_data_key(self.vault_id, data_key)
        self.sign(data_key)

    def remove_slot(self, kind: str, username: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if not (s.kind == kind and s.username == username)]
        return len(self.slots) != before

    def find(self, kind: str, username: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind and s.username == username), None)

    def unwrap(self, kind: str, username: str, secret: bytearray) -> bytearray:
        """The data key, or AuthenticationError (same message whether the user or the passphrase is wrong)."""
        slot = self.find(kind, username)
        wrong = AuthenticationError(
            msg("Vault", "The recovery code is not right.") if kind == RECOVERY
            else msg("Vault", "The user name or passphrase is not right. Check the keyboard layout and Caps Lock."))
        if slot is None:
            # Spend the same time as a real attempt so a missing user is not revealed by timing.
            wipe(derive(secret, os.urandom(16), MIN_KDF))
            raise wrong
        aad = slot.aad(self.vault_id)
        wrapping = derive(secret, slot.salt, slot.kdf)
        try:
            raw_private = bytearray(AESGCM(bytes(wrapping)).decrypt(slot.nonce, slot.sealed_private, aad))
        except InvalidTag:
            raise wrong from None
        finally:
            wipe(wrapping)
        try:
            private = X25519PrivateKey.from_private_bytes(bytes(raw_private))
            box = _box_key(private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral)), aad)
            key = bytearray(AESGCM(box).decrypt(slot.key_nonce, slot.sealed_key, aad))
        except (InvalidTag, ValueError):
            raise VaultCorrupt(msg("Vault", "A key slot is damaged: the passphrase is right but the key it holds "
                                            "does not decrypt. Use the recovery code or a backup.")) from None
        finally:
            wipe(raw_private)
        if len(key) != KEY_BYTES:
            raise VaultCorrupt(msg("Vault", "A key slot holds a key of the wrong size; the key-slot file is damaged."))
        return key

    def usernames(self) -> list[str]:
        return [s.username for s in self.slots if s.kind == STAFF]

    # -- persistence ------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "database": self.database,
            "generation": self.generation,
            "mac": self.mac,
            "slots": [{**s.body(), "mac": s.mac} for s in self.slots],
        }
        return json.dumps(doc, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlotFile:
        damaged = msg("Vault", "The key-slot file is damaged or is not a ShelterDesk key-slot file. Restore it from "
                               "a backup.")
        try:
            doc = json.loads(data.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise VaultCorrupt(damaged)
            version = doc.get("version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise VaultNewerVersion(msg("Vault", "This vault was made by a newer version of ShelterDesk. Install "
                                                     "the newer version to open it."))
            database = doc["database"]
            if not isinstance(database, str) or "/" in database or "\\" in database or not database.endswith(".db"):
                raise VaultCorrupt(damaged)
            slots = []
            for raw in doc["slots"]:
                t, m, p = raw["kdf"]["argon2id"]
                if not all(isinstance(v, int) and not isinstance(v, bool) for v in (t, m, p)):
                    raise VaultCorrupt(damaged)
                if raw["kind"] not in (STAFF, RECOVERY) or not isinstance(raw["username"], str):
                    raise VaultCorrupt(damaged)
                slot = Slot(
                    raw["kind"], raw["username"], _unb64(raw["salt"]), KdfParams(t, m, p),
                    _unb64(raw["nonce"]), _unb64(raw["sealed_private"]), _unb64(raw["public"]),
                    _unb64(raw["ephemeral"]), _unb64(raw["key_nonce"]), _unb64(raw["sealed_key"]),
                    _text(raw.get("mac", "")),
                )
                sizes = (len(slot.nonce), len(slot.key_nonce), len(slot.public), len(slot.ephemeral),
                         len(slot.sealed_private), len(slot.sealed_key))
                if sizes != (12, 12, 32, 32, 48, KEY_BYTES + 16) or len(slot.salt) < 8:
                    raise VaultCorrupt(damaged)
                slots.append(slot)
            vault_id, generation = doc["vault_id"], doc.get("generation", 1)
            if not isinstance(vault_id, str) or not isinstance(generation, int):
                raise VaultCorrupt(damaged)
            return cls(vault_id=vault_id, database=database, slots=slots, generation=generation,
                       mac=_text(doc.get("mac", "")))
        except (VaultCorrupt, VaultNewerVersion):
            raise
        except Exception:  # any malformed structure is the same damage to a person
            raise VaultCorrupt(damaged) from None

    def save(self, path: Path) -> None:
        write_private(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        return cls.from_bytes(path.read_bytes())

