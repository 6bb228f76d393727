"""Read a SQLCipher 4 database file page by page with its raw key: every page, free ones included.

SQLCipher 4 with a raw key: AES-256-CBC under the key itself; each 4096-byte
page ends with 80 reserved bytes (a 16-byte IV, then the HMAC); page 1 starts
with the 16-byte salt. The HMAC is not checked here: this only reads.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data), PAGE):
        page = data[start:start + PAGE]
        body = page[SALT if start == 0 else 0:PAGE - RESERVE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def is_sqlite_header(first_page: bytes) -> bool:
    """The decrypted page 1 carries the SQLite header fields after the salt (page size at offset 16-16)."""
    return first_page[0:2] == (PAGE).to_bytes(2, "big")
