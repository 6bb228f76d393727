"""Passphrase strength, judged by zxcvbn (a maintained estimator, not hand-made rules)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .messages import Message, msg

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4: 3 = "safely unguessable" against offline attacks slowed by Argon2
# zxcvbn's warnings (its feedback.py), in our catalogue so they are shown in the interface language.
_WARNINGS: dict[str, Message] = {m: m for m in (
    msg("Passphrase", "Straight rows of keys are easy to guess."),
    msg("Passphrase", "Short keyboard patterns are easy to guess."),
    msg("Passphrase", 'Repeats like "aaa" are easy to guess.'),
    msg("Passphrase", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    msg("Passphrase", 'Sequences like "abc" or "6543" are easy to guess.'),
    msg("Passphrase", "Recent years are easy to guess."),
    msg("Passphrase", "Dates are often easy to guess."),
    msg("Passphrase", "This is a top-10 common password."),
    msg("Passphrase", "This is a top-100 common password."),
    msg("Passphrase", "This is a very common password."),
    msg("Passphrase", "This is similar to a commonly used password."),
    msg("Passphrase", "A word by itself is easy to guess."),
    msg("Passphrase", "Names and surnames by themselves are easy to guess."),
    msg("Passphrase", "Common names and surnames are easy to guess."),
)}


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    message: Message


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, msg("Passphrase", "Use at least {count} characters; a few unrelated words "
                                                    "work well.", count=MIN_LENGTH))
    # Its word lists take a while to load: not before the first window shows.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=list(user_inputs) + ["shelterdesk", "shelter"])
    score = int(result["score"])
    if score < MIN_SCORE:
        warning = (result.get("feedback") or {}).get("warning") or ""
        hint = _WARNINGS.get(warning, warning) or msg("Passphrase", "It is too easy to guess.")
        return Strength(score, False, msg("Passphrase", "{hint} Add another unusual word or two.", hint=hint))
    return Strength(score, True, msg("Passphrase", "Strong enough.") if score == MIN_SCORE
                    else msg("Passphrase", "Strong."))


def check(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    s = assess(passphrase, user_inputs)
    if not s.acceptable:
        raise ValidationError({"passphrase": s.message})
