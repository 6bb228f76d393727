"""Passphrase strength, judged by zxcvbn (a maintained estimator, not hand-made rules)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4: 3 = "safely unguessable" against offline attacks slowed by Argon2


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    message: str


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, f"Use at least {MIN_LENGTH} characters; a few unrelated words work well.")
    # Its word lists take a while to load: not before the first window shows.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=list(user_inputs) + ["shelterdesk", "shelter"])
    score = int(result["score"])
    if score < MIN_SCORE:
        hint = (result.get("feedback") or {}).get("warning") or "It is too easy to guess."
        return Strength(score, False, f"{hint} Add another unusual word or two.")
    return Strength(score, True, "Strong enough." if score == MIN_SCORE else "Strong.")


def check(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    s = assess(passphrase, user_inputs)
    if not s.acceptable:
        raise ValidationError({"passphrase": s.message})
