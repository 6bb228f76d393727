"""Handling of key material: mutable buffers that are wiped after use."""

from __future__ import annotations

import ctypes


def to_buffer(secret: str | bytes | bytearray) -> bytearray:
    """A mutable copy of a secret, so it can be wiped later."""
    if isinstance(secret, bytearray):
        return bytearray(secret)
    if isinstance(secret, str):
        return bytearray(secret.encode("utf-8"))
    return bytearray(secret)


def wipe(buf: bytearray | None) -> None:
    """Overwrite a bytearray in place (memset through ctypes, not a Python loop)."""
    if buf is None or len(buf) == 0:
        return
    ctypes.memset((ctypes.c_char * len(buf)).from_buffer(buf), 0, len(buf))


def raw_key_spec(key: bytearray) -> bytearray:
    """SQLCipher's raw-key form x'<hex>' as a mutable buffer (never a str)."""
    spec = bytearray(b"x'")
    spec += key.hex().encode("ascii")
    spec += b"'"
    return spec
