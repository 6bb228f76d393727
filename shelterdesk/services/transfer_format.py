"""The shelter key file and the sealed, signed transfer package (format version 1). Pure: bytes in, bytes out.

A shelter has an Ed25519 signing key and an X25519 sealing key. A package is

    MAGIC  b"SDXFER\\x00\\x01"                8 bytes
    len    header length, big-endian       4 bytes
    header canonical JSON (sorted keys, no spaces, UTF-8)
    body   AES-256-GCM(payload JSON), AAD = MAGIC ‖ len ‖ header
    sig    Ed25519(MAGIC ‖ len ‖ header ‖ body) by the sender       64 bytes

header = {"format": "shelterdesk-transfer", "version": 1, "package_id": 32 hex, "created_at": ISO time,
          "sender": fingerprint, "recipient": fingerprint, "ephemeral": X25519 public key (hex),
          "nonce": 12 bytes (hex)}
key    = HKDF-SHA256(X25519(ephemeral, recipient), salt = package_id bytes,
                     info = b"shelterdesk-transfer-v1" ‖ ephemeral public ‖ recipient public), 32 bytes

A fingerprint is SHA-256(b"shelterdesk-shelter-key-v1" ‖ signing public ‖ sealing public), its first 20 bytes
in base32, in groups of four: short enough to read out on the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import ShelterDeskError
from ..domain.messages import msg

MAGIC = b"SDXFER\x00\x01"
VERSION = 1
KEY_FILE_FORMAT = "shelterdesk-shelter-key"
PACKAGE_FORMAT = "shelterdesk-transfer"
_FINGERPRINT_LABEL = b"shelterdesk-shelter-key-v1"
_HKDF_INFO = b"shelterdesk-transfer-v1"
SIG_BYTES = 64
MAX_HEADER = 64 * 1024


class TransferRefused(ShelterDeskError):
    """A package or key file that must not be used; nothing was written."""


@dataclass(frozen=True)
class ShelterKey:
    """A shelter's public identity."""

    name: str
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)


@dataclass(frozen=True)
class OpenedPackage:
    package_id: str
    created_at: str
    sender: str
    payload: dict


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    digest = hashlib.sha256(_FINGERPRINT_LABEL + sign_public + box_public).digest()[:20]
    text = base64.b32encode(digest).decode("ascii")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def new_private_keys() -> tuple[bytes, bytes]:
    """(Ed25519 seed, X25519 private) — 32 random bytes each."""
    return os.urandom(32), X25519PrivateKey.generate().private_bytes_raw()


def public_keys(sign_seed: bytes, box_private: bytes) -> tuple[bytes, bytes]:
    return (Ed25519PrivateKey.from_private_bytes(sign_seed).public_key().public_bytes_raw(),
            X25519PrivateKey.from_private_bytes(box_private).public_key().public_bytes_raw())


def key_file(key: ShelterKey) -> bytes:
    return json.dumps({"format": KEY_FILE_FORMAT, "version": VERSION, "name": key.name,
                       "sign": key.sign_public.hex(), "box": key.box_public.hex(),
                       "fingerprint": key.fingerprint}, ensure_ascii=False, indent=2).encode("utf-8")


def read_key_file(data: bytes) -> ShelterKey:
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != KEY_FILE_FORMAT or doc.get("version") != VERSION:
            raise ValueError
        key = ShelterKey(str(doc["name"]), bytes.fromhex(doc["sign"]), bytes.fromhex(doc["box"]))
        Ed25519PublicKey.from_public_bytes(key.sign_public)
        X25519PublicKey.from_public_bytes(key.box_public)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise TransferRefused(msg("Transfer", "This is not a ShelterDesk shelter key file.")) from None
    if doc.get("fingerprint") not in (None, key.fingerprint):
        raise TransferRefused(msg("Transfer", "The key file's fingerprint does not match its keys: it was altered."))
    return key


def _canonical(value: dict) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _key(shared: bytes, package_id: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=package_id,
                info=_HKDF_INFO + ephemeral + recipient).derive(shared)


def seal(payload: dict, *, sender_seed: bytes, sender: ShelterKey, recipient: ShelterKey, created_at: str,
         package_id: bytes | None = None, ephemeral_private: bytes | None = None,
         nonce: bytes | None = None) -> bytes:
    """Seal `payload` to `recipient` and sign it as `sender`. The optional randomness is for test vectors."""
    package_id = package_id or os.urandom(16)
    eph = X25519PrivateKey.from_private_bytes(ephemeral_private) if ephemeral_private else X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes_raw()
    nonce = nonce or os.urandom(12)
    header = _canonical({"format": PACKAGE_FORMAT, "version": VERSION, "package_id": package_id.hex(),
                         "created_at": created_at, "sender": sender.fingerprint,
                         "recipient": recipient.fingerprint, "ephemeral": eph_public.hex(), "nonce": nonce.hex()})
    prefix = MAGIC + len(header).to_bytes(4, "big") + header
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient.box_public))
    body = AESGCM(_key(shared, package_id, eph_public, recipient.box_public)).encrypt(
        nonce, _canonical(payload), prefix)
    signature = Ed25519PrivateKey.from_private_bytes(sender_seed).sign(prefix + body)
    return prefix + body + signature


def read_header(package: bytes) -> dict:
    """The unauthenticated header (to find the sender); every field is checked again by `open_package`."""
    if len(package) < len(MAGIC) + 4 + SIG_BYTES or not package.startswith(MAGIC[:6]):
        raise TransferRefused(msg("Transfer", "This is not a ShelterDesk transfer package."))
    if package[:len(MAGIC)] != MAGIC:
        raise TransferRefused(msg("Transfer", "This transfer package was made by a newer version of ShelterDesk; "
                                  "update first."))
    size = int.from_bytes(package[len(MAGIC):len(MAGIC) + 4], "big")
    if size > MAX_HEADER or len(MAGIC) + 4 + size + SIG_BYTES > len(package):
        raise TransferRefused(msg("Transfer", "The transfer package is damaged or cut short."))
    try:
        header = json.loads(package[len(MAGIC) + 4:len(MAGIC) + 4 + size].decode("utf-8"))
        if header["format"] != PACKAGE_FORMAT or header["version"] != VERSION:
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise TransferRefused(msg("Transfer", "The transfer package is damaged (its header cannot be read).")) \
            from None
    return header


def open_package(package: bytes, *, sender: ShelterKey, recipient: ShelterKey, recipient_private: bytes) -> OpenedPackage:
    """Check the signature, the recipient and the seal; return the payload. Raises TransferRefused."""
    header = read_header(package)
    size = int.from_bytes(package[len(MAGIC):len(MAGIC) + 4], "big")
    prefix_end = len(MAGIC) + 4 + size
    signed, signature = package[:-SIG_BYTES], package[-SIG_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(sender.sign_public).verify(signature, signed)
    except InvalidSignature:
        raise TransferRefused(msg("Transfer", "The transfer package was changed after it was signed (or is "
                                  "damaged). Nothing was imported; ask the sending shelter to send it again.")) \
            from None
    if header.get("sender") != sender.fingerprint:
        raise TransferRefused(msg("Transfer", "The package's sender does not match the key that signed it."))
    if header.get("recipient") != recipient.fingerprint:
        raise TransferRefused(msg("Transfer", "This transfer package was sealed for another shelter, not this one. "
                                  "Nothing was imported."))
    try:
        eph_public = bytes.fromhex(header["ephemeral"])
        nonce = bytes.fromhex(header["nonce"])
        package_id = bytes.fromhex(header["package_id"])
        shared = X25519PrivateKey.from_private_bytes(recipient_private).exchange(
            X25519PublicKey.from_public_bytes(eph_public))
        plain = AESGCM(_key(shared, package_id, eph_public, recipient.box_public)).decrypt(
            nonce, package[prefix_end:-SIG_BYTES], package[:prefix_end])
        payload = json.loads(plain.decode("utf-8"))
    except (InvalidTag, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise TransferRefused(msg("Transfer", "The transfer package cannot be opened with this shelter's key: it "
                                  "is damaged or was altered.")) from None
    return OpenedPackage(header["package_id"], str(header["created_at"]), header["sender"], payload)
