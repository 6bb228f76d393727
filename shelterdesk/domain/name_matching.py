"""Find a code from what a person types: a name, a code, an autonym, a short form.

`NameIndex` holds, per code, the label shown in the UI language and every other
name that should find it. Matching folds case and Latin diacritics, so
"viet nam" finds "Việt Nam". The vocabularies themselves (countries, languages)
build their indexes from CLDR (Babel) and ISO (pycountry) data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import fold_latin

_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")


def fold(text: str) -> str:
    """The form names are compared in: folded case and Latin diacritics, single spaces."""
    return " ".join(fold_latin(text).split())


def name_variants(name: str) -> list[str]:
    """A name and its parts: "Myanmar (Burma)" is found as itself, as "Myanmar" and as "Burma"."""
    variants = [name]
    inner = _PARENTHESES.findall(name)
    if inner:
        variants.append(_PARENTHESES.sub(" ", name).strip())
        variants.extend(inner)
    return variants


class NameIndex:
    """Codes with their labels and every name that finds them."""

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}
        self._exact: dict[str, str] = {}  # folded name -> code (the first code to claim it keeps it)
        self._names: list[tuple[str, str]] = []  # (folded name, code), in insertion order

    def add(self, code: str, label: str, names: Iterable[str] = ()) -> None:
        """Add `code` shown as `label`; the label, the code and `names` all find it."""
        self._labels.setdefault(code, label)
        for name in [label, code, *names]:
            for variant in name_variants(name):
                key = fold(variant)
                if key:
                    self._exact.setdefault(key, code)
                    self._names.append((key, code))

    def add_names(self, code: str, names: Iterable[str]) -> None:
        """More names for a code already added (autonyms, English names under another UI language)."""
        self.add(code, self._labels[code], names)

    def __contains__(self, code: object) -> bool:
        return code in self._labels

    def label(self, code: str) -> str | None:
        return self._labels.get(code)

    def labels(self) -> dict[str, str]:
        """Code -> label, sorted by label."""
        return dict(sorted(self._labels.items(), key=lambda item: fold(item[1])))

    def exact(self, text: str) -> str | None:
        """The code whose name or code is exactly `text` (folded), if any."""
        return self._exact.get(fold(text))

    def find(self, text: str, limit: int = 20) -> list[str]:
        """Codes whose names match `text`: exact first, then a word starting with it, then containing it."""
        key = fold(text)
        if not key:
            return []
        ranked: dict[str, int] = {}
        for name, code in self._names:
            if name == key:
                rank = 0
            elif name.startswith(key):
                rank = 1
            elif any(word.startswith(key) for word in name.split()):
                rank = 2
            elif key in name:
                rank = 3
            else:
                continue
            ranked[code] = min(rank, ranked.get(code, rank))
        ordered = sorted(ranked, key=lambda code: (ranked[code], fold(self._labels[code])))
        return ordered[:limit]
