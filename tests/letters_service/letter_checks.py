"""Planted marker values for the letter-service tests: where each may, or must never, appear."""

from __future__ import annotations

# Planted values: where each may (or must never) appear.
PASSPORT = "C7654321"  # allowed for embassies, pre-selected
EMBASSY_CASE = "EMBQ4471"  # allowed, pre-selected
VISA = "VISAMARK31"  # allowed, pre-selected
HOME = "HOMEMARK55 Jalan Melati"  # allowed for embassies but sensitive: never pre-selected
COMPOUND = "COMPOUNDMARK88"  # not allowed for embassies
HOW_LEFT = "HOWLEFTMARK19"  # not allowed for embassies
NOTES = "NOTESMARK42"  # never a letter field
PHONE = "+855977774242"  # never a letter field (stored normalised)

