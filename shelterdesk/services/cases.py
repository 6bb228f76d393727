"""Survivors: intake, the case file, the register and duplicate checks."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass

from ..domain.errors import DuplicateSuspected, NotFound
from ..domain.messages import msg
from ..domain.models import Survivor
from ..domain.names import fold_latin, normalise_document_number
from ..domain.queries import CaseQuery, CaseSummary
from ..domain.serialize import to_plain
from ..domain.validation import validate_survivor
from ..storage.repos import survivors as repo
from .duplicates import SAME_DOCUMENT, Probe, name_words, same_person_reason
from .session import WRITE_ROLES, Session


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    case_number: str
    display_name: str
    native_name: str
    reason: str  # why it looks like the same person (no data, a phrase)


class CaseService:
    def __init__(self, session: Session):
        self.s = session

    # -- intake ------------------------------------------------------------------
    def register(self, survivor: Survivor, *, confirm_not_duplicate: bool = False) -> Survivor:
        """Register a new survivor. Raises DuplicateSuspected unless confirmed."""
        self.s.require(WRITE_ROLES)
        survivor = copy.deepcopy(survivor)
        validate_survivor(survivor, self.s.clock.today())
        if not confirm_not_duplicate:
            found = self.possible_duplicates(survivor)
            if found:
                raise DuplicateSuspected(msg("Cases", "Registered cases that may be the same person: {count}. Check "
                                                      "them before saving.", count=len(found)), found)
        with self.s.vault.write() as conn:
            repo.insert(conn, survivor, self.s.clock.now())
            self.s.log(conn, "case.create", "survivor", survivor.id,
                       "duplicate warning overridden" if confirm_not_duplicate else "")
        return survivor

    def possible_duplicates(self, survivor: Survivor) -> list[DuplicateCandidate]:
        conn = self.s.conn
        reasons: dict[int, str] = {}
        for number in survivor.passport_numbers():
            for sid in repo.ids_with_document(conn, normalise_document_number(number)):
                reasons.setdefault(sid, SAME_DOCUMENT)
        candidates: set[int] = set()
        if survivor.date_of_birth:
            candidates.update(repo.ids_with_dob(conn, survivor.date_of_birth))
        for word in name_words(survivor):
            candidates.update(repo.ids_matching(conn, word, survivor.nationalities))
        probe = Probe.of(survivor)
        for sid, _case, family, given, native, dob, nats in repo.names_for(conn, list(candidates - set(reasons))):
            reason = same_person_reason(probe, fold_latin(f"{family} {given}"), native, dob, json.loads(nats))
            if reason:
                reasons[sid] = reason
        rows = repo.names_for(conn, list(reasons))
        return [
            DuplicateCandidate(r[0], r[1], " ".join(p for p in (r[2], r[3]) if p), r[4], reasons[r[0]])
            for r in sorted(rows, key=lambda r: r[1])
        ]

    # -- the case file -------------------------------------------------------------
    def get(self, survivor_id: int) -> Survivor:
        """A case without logging a read (for internal use: letters, exports log their own)."""
        return repo.get(self.s.conn, survivor_id)

    def open_case(self, survivor_id: int) -> Survivor:
        """Open the full case file; the read is audited."""
        survivor = repo.get(self.s.conn, survivor_id)
        with self.s.vault.write() as conn:
            self.s.log(conn, "case.view", "survivor", survivor_id)
        return survivor

    def id_for(self, case_number: str) -> int:
        return repo.id_for_case_number(self.s.conn, case_number)

    def update(self, survivor: Survivor) -> Survivor:
        """Save an edited case. Fails with ConflictError if someone saved it in between."""
        self.s.require(WRITE_ROLES)
        survivor = copy.deepcopy(survivor)
        validate_survivor(survivor, self.s.clock.today())
        if survivor.id is None:
            raise NotFound(msg("Cases", "This case has not been registered yet; register it first."))
        with self.s.vault.write() as conn:
            before = to_plain(repo.get(conn, survivor.id))
            repo.update(conn, survivor, self.s.clock.now())
            after = to_plain(survivor)
            changed = sorted(k for k in after if k not in ("version", "updated_at") and before.get(k) != after[k])
            self.s.log(conn, "case.update", "survivor", survivor.id, "fields: " + ",".join(changed))
        return survivor

    # -- the register ---------------------------------------------------------------
    def count(self, query: CaseQuery) -> int:
        """May run in a background thread; `interrupt` stops it."""
        return repo.count(self.s.conn, query, self.s.clock.today())

    def interrupt(self) -> None:
        """Stop a count running in another thread (the register asks this when the filter changes)."""
        if self.s.vault.is_open:
            self.s.conn.interrupt()

    def search(self, query: CaseQuery, offset: int = 0, limit: int = 100) -> list[CaseSummary]:
        return repo.search(self.s.conn, query, self.s.clock.today(), offset, limit)
