"""Likely duplicates: when two people look like the same person, for one intake or a whole spreadsheet.

The intake check (CaseService.possible_duplicates) asks the vault a few questions per person. An import
asks them for thousands of rows, so RegisterDuplicates reads what the check compares once and answers
the same questions in memory, with the same candidates and the same judgement (same_person_reason).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..domain.messages import msg
from ..domain.models import Survivor
from ..domain.names import fold_latin, normalise_document_number, query_terms
from ..storage.repos import survivors as repo

NAME_SIMILARITY = 85  # rapidfuzz token_sort_ratio on folded names
SAME_DOCUMENT = msg("Duplicates", "same document number")


@dataclass(frozen=True)
class Probe:
    """The person being checked, folded once."""
    name: str  # family and given names, folded
    native: str
    dob: str | None  # ISO date
    nationalities: frozenset[str]  # known ones only

    @classmethod
    def of(cls, s: Survivor) -> Probe:
        return cls(fold_latin(f"{s.family_name} {s.given_names}"), s.native_name.strip(),
                   s.date_of_birth.isoformat() if s.date_of_birth else None,
                   frozenset(s.nationalities) - {"unknown"})


def name_words(s: Survivor) -> list[str]:
    """The words of a person's names, each looked up in the search index for candidates."""
    return [word for part in (s.family_name, s.given_names, s.native_name.strip()) for word in part.split()]


def same_person_reason(probe: Probe, other_name: str, other_native: str, other_dob: str | None,
                       other_nationalities: Collection[str]) -> str | None:
    """Why a registered case looks like the probe's person (a similar or the same native name, with the
    same date of birth or a shared nationality), or None. other_name is folded (fold_latin)."""
    same_native = bool(probe.native) and probe.native == other_native
    if not (same_native or (probe.name.strip() and fuzz.token_sort_ratio(probe.name, other_name) >= NAME_SIMILARITY)):
        return None
    if probe.dob is not None and other_dob == probe.dob:
        return msg("Duplicates", "similar name, same date of birth")
    if probe.nationalities & set(other_nationalities):
        return msg("Duplicates", "similar name, same nationality")
    return None


class RegisterDuplicates:
    """CaseService.possible_duplicates for many people against a register read once (a snapshot)."""

    def __init__(self, conn) -> None:
        cases, nationalities, documents = repo.duplicate_keys(conn)
        self._case_numbers: dict[int, str] = {}
        self._people: dict[int, tuple[str, str, str, str | None, str]] = {}
        self._folded: dict[int, str] = {}
        self._tokens: dict[int, list[str]] = {}
        self._by_dob: dict[str, list[int]] = defaultdict(list)
        postings: dict[str, list[int]] = defaultdict(list)
        for sid, case_number, family, given, native, dob, nats, body in sorted(cases):
            self._case_numbers[sid] = case_number
            self._people[sid] = (family, given, native, dob, nats)
            tokens = body.split()
            self._tokens[sid] = tokens
            for token in dict.fromkeys(tokens):
                postings[token].append(sid)  # ascending ids, as the index returns them
            if dob:
                self._by_dob[dob].append(sid)
        self._postings = dict(postings)
        self._vocabulary = sorted(self._postings)
        self._codes: dict[int, set[str]] = defaultdict(set)
        for sid, code in nationalities:
            self._codes[sid].add(code)
        self._by_document: dict[str, set[int]] = defaultdict(set)
        for number, sid in documents:
            self._by_document[number].add(sid)
        self._terms: dict[tuple[tuple[str, ...], bool], set[int]] = {}
        self._words: dict[tuple[str, tuple[str, ...]], list[int]] = {}

    def matches(self, survivor: Survivor) -> list[str]:
        """The case numbers possible_duplicates would name for this person, in its order."""
        found: set[int] = set()
        for number in survivor.passport_numbers():
            found |= self._by_document.get(normalise_document_number(number), set())
        candidates: set[int] = set()
        if survivor.date_of_birth:
            candidates.update(self._by_dob.get(survivor.date_of_birth.isoformat(), ()))
        for word in name_words(survivor):
            candidates.update(self._matching(word, tuple(survivor.nationalities)))
        probe = Probe.of(survivor)
        for sid in candidates - found:
            family, given, native, dob, nats = self._people[sid]
            if sid not in self._folded:
                self._folded[sid] = fold_latin(f"{family} {given}")
            if same_person_reason(probe, self._folded[sid], native, dob, json.loads(nats)):
                found.add(sid)
        return sorted(self._case_numbers[sid] for sid in found)

    def _matching(self, word: str, nationalities: tuple[str, ...]) -> list[int]:
        """repo.ids_matching in memory: the first ids whose index words match every term of the word."""
        key = (word, nationalities)
        if key not in self._words:
            terms = query_terms(word)
            ids: set[int] = set()
            if terms:
                ids = set.intersection(*(self._term(term) for term in terms))
            if nationalities:
                wanted = set(nationalities)
                ids = {sid for sid in ids if self._codes.get(sid, set()) & wanted}
            self._words[key] = sorted(ids)[:repo.DUPLICATE_CANDIDATES_PER_WORD]
        return self._words[key]

    def _term(self, term: tuple[tuple[str, ...], bool]) -> set[int]:
        if term not in self._terms:
            tokens, prefix = term
            if prefix:
                ids: set[int] = set()
                index = bisect_left(self._vocabulary, tokens[0])
                while index < len(self._vocabulary) and self._vocabulary[index].startswith(tokens[0]):
                    ids.update(self._postings[self._vocabulary[index]])
                    index += 1
            else:
                ids = set.intersection(*(set(self._postings.get(t, ())) for t in tokens))
                ids = {sid for sid in ids if _contains_run(self._tokens[sid], tokens)}
            self._terms[term] = ids
        return self._terms[term]


def _contains_run(tokens: list[str], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(tuple(tokens[i:i + n]) == run for i in range(len(tokens) - n + 1))
