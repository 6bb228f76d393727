"""Needs: what each person needs, who handles it, and its progress."""

from __future__ import annotations

from datetime import date

from ..domain.enums import NeedCategory, NeedPriority, NeedStatus
from ..domain.errors import NotFound, ValidationError
from ..domain.messages import msg
from ..domain.models import Need
from ..domain.transitions import NEED_TRANSITIONS, check_need_transition
from ..domain.validation import check_texts
from ..storage.repos import needs as repo
from ..storage.repos import survivors as survivors_repo
from .session import WRITE_ROLES, Session


class NeedService:
    def __init__(self, session: Session):
        self.s = session

    def add(self, survivor_id: int, category: NeedCategory | str, *, priority: NeedPriority | str = NeedPriority.NORMAL,
            description: str = "", responsible: str = "", due_date: date | None = None) -> Need:
        self.s.require(WRITE_ROLES)
        try:
            need = Need(survivor_id=survivor_id, category=NeedCategory(category), priority=NeedPriority(priority),
                        description=description, responsible=responsible, due_date=due_date)
        except ValueError:
            raise ValidationError({"category": msg("Needs", "Choose a category and a priority from the lists.")}) \
                from None
        check_texts(need)
        with self.s.vault.write() as conn:
            survivors_repo.get(conn, survivor_id)
            repo.insert(conn, need, self.s.clock.now())
            self.s.log(conn, "need.add", "survivor", survivor_id, f"need {need.id} {need.category.value}")
        return need

    def get(self, need_id: int) -> Need:
        return repo.get(self.s.conn, need_id)

    def for_survivor(self, survivor_id: int) -> list[Need]:
        return repo.for_survivor(self.s.conn, survivor_id)

    def allowed_next(self, need: Need) -> list[NeedStatus]:
        return sorted(NEED_TRANSITIONS[need.status])

    def set_status(self, need_id: int, status: NeedStatus | str, outcome: str | None = None) -> Need:
        self.s.require(WRITE_ROLES)
        try:
            new = NeedStatus(status)
        except ValueError:
            raise ValidationError({"status": msg("Needs", "“{status}” is not a need status.", status=status)}) \
                from None
        check_texts(outcome=outcome or "")
        with self.s.vault.write() as conn:
            need = repo.get(conn, need_id)
            check_need_transition(need.status, new)
            old, need.status = need.status, new
            if outcome is not None:
                need.outcome = outcome
            repo.update(conn, need, self.s.clock.now())
            self.s.log(conn, "need.status", "survivor", need.survivor_id, f"need {need_id} {old.value}->{new.value}")
        return need

    def update(self, need: Need) -> Need:
        """Save edits to priority, description, responsible, due date, outcome (not status)."""
        self.s.require(WRITE_ROLES)
        check_texts(need)
        if need.id is None:
            raise NotFound(msg("Needs", "This need has not been added yet; add it first."))
        with self.s.vault.write() as conn:
            stored = repo.get(conn, need.id)
            need.status = stored.status
            repo.update(conn, need, self.s.clock.now())
            self.s.log(conn, "need.update", "survivor", need.survivor_id, f"need {need.id}")
        return need
