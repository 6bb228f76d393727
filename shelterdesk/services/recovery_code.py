"""Recovery codes: 128 random bits in Crockford base32, grouped for reading aloud."""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    value = int.from_bytes(secrets.token_bytes(16), "big")
    chars = []
    for _ in range(26):  # 26 × 5 bits ≥ 128
        value, digit = divmod(value, 32)
        chars.append(_ALPHABET[digit])
    return format_code("".join(chars))


def format_code(code: str) -> str:
    """Groups of four: XXXX-XXXX-…"""
    raw = normalise(code)
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalise(code: str) -> str:
    """What the person typed, without spaces and dashes, with look-alike letters mapped."""
    return "".join(ch for ch in code.upper().translate(_CONFUSABLE) if ch in _ALPHABET)
