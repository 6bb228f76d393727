"""Referrals of this person to agencies: consent-gated creation, allowed status changes, follow-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import OPEN_NEED_STATUSES, AgencyKind, ReferralPriority
from ...domain.errors import ConsentRequired
from ...domain.models import Referral
from ...services.agencies import CONSENT_FOR_AGENCY
from ...services.registry import Services
from ...services.session import LETTER_ROLES
from .. import operations
from ..form_fields import ChecksField, ChoiceField, DateField, MultiLineField, TextField
from ..form_layout import form_layout, heading
from ..shown import shown
from ..table_models import referrals_model
from ..vocabulary_labels import enum_label, enum_options
from .base import clear_layout
from .record_list import RecordListTab, add_transition_buttons


def tr(text: str) -> str:
    return QCoreApplication.translate("ReferralsTab", text)


class ReferralsTab(RecordListTab):
    letter_requested = Signal(int)
    consent_needed = Signal(str)  # the ConsentKind value to record

    def __init__(self, services: Services, survivor_id: int, read_only: bool, parent: QWidget | None = None):
        super().__init__(services, survivor_id, read_only, parent)
        self.nationalities: list[str] = []
        self._agency_names: dict[int, str] = {}
        self.set_up_list(referrals_model(services.session.clock.today, lambda i: self._agency_names.get(i, ""), self),
                         tr("Referrals"))

        self.add_button = QPushButton(tr("Refer to an agency"))
        self.add_button.setAccessibleName(tr("Refer to an agency"))
        self.add_button.clicked.connect(self.start_adding)

        # Creating a referral.
        self.add_panel = QFrame()
        self.agency = ChoiceField(tr("Agency"), [])
        self.priority = ChoiceField(tr("Priority"), enum_options(ReferralPriority))
        self.priority.set_value(ReferralPriority.NORMAL)
        self.reason = MultiLineField(tr("Reason"), tr("Why this person is referred, what is asked"))
        self.reason.edit.setMaximumHeight(70)
        self.needs_box = QVBoxLayout()
        self.linked_needs: ChecksField | None = None
        self.follow_up = DateField(tr("Follow up by"))
        self.follow_up.set_placeholder(tr("Empty: set from the priority"))
        form = form_layout()
        form.addRow(tr("Agency"), self.agency)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(tr("Reason"), self.reason)
        form.addRow(tr("For needs"), self.needs_box)
        form.addRow(tr("Follow up by"), self.follow_up)
        # Shown when consent is missing, to coordinators and administrators only.
        self.override_panel = QFrame()
        self.override_reason = TextField(tr("Reason for referring without consent"),
                                         tr("Why this cannot wait for consent (it is logged)"))
        self.override_button = QPushButton(tr("Override with reason"))
        self.override_button.setAccessibleName(tr("Override with reason"))
        self.override_button.clicked.connect(lambda: self.create(override=True))
        override = QVBoxLayout(self.override_panel)
        override.setContentsMargins(0, 0, 0, 0)
        override_form = form_layout()
        override_form.addRow(tr("Override reason"), self.override_reason)
        override.addLayout(override_form)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.override_button)
        override.addLayout(line)
        self.override_panel.hide()
        create = QPushButton(tr("Create referral"))
        create.setAccessibleName(tr("Create referral"))
        create.clicked.connect(lambda: self.create())
        cancel = QPushButton(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel referral"))
        cancel.clicked.connect(self.add_panel.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(create)
        panel = QVBoxLayout(self.add_panel)
        panel.addWidget(heading(tr("New referral")))
        panel.addLayout(form)
        panel.addLayout(buttons)
        panel.addWidget(self.override_panel)
        self.add_panel.hide()

        # The selected referral.
        self.detail = QFrame()
        self.detail_title = heading("")
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.transitions = QHBoxLayout()
        self.outcome = MultiLineField(tr("Outcome"), tr("The agency's answer; saved with the next status change"))
        self.outcome.edit.setMaximumHeight(70)
        self.due = DateField(tr("Follow-up date"))
        self.due_button = QPushButton(tr("Set follow-up date"))
        self.due_button.setAccessibleName(tr("Set follow-up date"))
        self.due_button.clicked.connect(self.set_follow_up)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_button, 0, Qt.AlignmentFlag.AlignTop)
        due_row.addStretch(1)
        self.letter_button = QPushButton(tr("Prepare a letter…"))
        self.letter_button.setAccessibleName(tr("Prepare a letter"))
        self.letter_button.clicked.connect(self._letter)
        details = form_layout()
        details.addRow(tr("Follow up by"), due_row)
        details.addRow(tr("Outcome"), self.outcome)
        letter_row = QHBoxLayout()
        letter_row.addStretch(1)
        letter_row.addWidget(self.letter_button)
        box = QVBoxLayout(self.detail)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail_title)
        box.addWidget(self.detail_text)
        box.addLayout(self.transitions)
        box.addLayout(details)
        box.addLayout(letter_row)
        self.detail.hide()

        self.lay_out(tr("Referrals"), self.add_button, self.notice, self.add_panel, self.table, self.detail)
        can_letter = services.session.can(LETTER_ROLES)
        self.add_button.setVisible(not read_only)
        self.due_button.setVisible(not read_only)
        self.letter_button.setVisible(can_letter)
        for field in (self.due, self.outcome):
            field.set_read_only(read_only)

    # -- listing -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._agency_names = {a.id: a.name for a in self.services.agencies.list()}
        self.show_rows(self.services.referrals.for_survivor(self.survivor_id))

    def _show_selected(self) -> None:
        ref = self.selected()
        self.detail.setVisible(ref is not None)
        clear_layout(self.transitions)
        if ref is None:
            return
        self.detail_title.setText(f"{ref.reference} — {enum_label(ref.status)}")
        lines = [self._agency_names.get(ref.agency_id, "")]
        if ref.reason:
            lines.append(ref.reason)
        if ref.override_reason:
            lines.append(tr("Sent without consent. Reason given: %1").replace("%1", ref.override_reason))
        self.detail_text.setText("\n".join(lines))
        self.due.set_value(ref.follow_up_due)
        self.outcome.set_value(ref.outcome)
        if self.read_only:
            return
        add_transition_buttons(self.transitions, self.services.referrals.allowed_next(ref), self.move_to)

    # -- creating ------------------------------------------------------------------------
    def _agency_options(self) -> list[tuple[int, str]]:
        """This person's embassies first, then every agency by kind."""
        agencies = self.services.agencies.list()
        own = [a for a in agencies if a.kind == AgencyKind.EMBASSY and set(a.nationalities) & set(self.nationalities)]
        rest = sorted((a for a in agencies if a not in own), key=lambda a: (list(AgencyKind).index(a.kind), a.name))
        return [(a.id, f"{enum_label(a.kind)} · {a.name}") for a in own + rest]

    def start_adding(self) -> None:
        self.agency.combo.clear()
        for agency_id, label in self._agency_options():
            self.agency.combo.addItem(label, agency_id)
        clear_layout(self.needs_box)
        open_needs = [n for n in self.services.needs.for_survivor(self.survivor_id) if n.status in OPEN_NEED_STATUSES]
        self.linked_needs = ChecksField(tr("Linked needs"), [
            (str(n.id), f"{enum_label(n.category)}{': ' + n.description if n.description else ''}")
            for n in open_needs], columns=1)
        self.needs_box.addWidget(self.linked_needs if open_needs else QLabel(tr("No open needs")))
        for field in (self.reason, self.follow_up, self.override_reason):
            field.set_raw("")
        self.override_panel.hide()
        self.add_panel.show()
        self.agency.setFocus()

    def create(self, override: bool = False) -> Referral | None:
        try:
            due = self.follow_up.value()
        except ValueError as e:
            self.follow_up.set_error(shown(e))
            return None
        reason = self.override_reason.value() if override else ""
        if override and not reason:
            self.override_reason.set_error(tr("Write why this referral cannot wait for consent."))
            return None
        need_ids = [int(v) for v in self.linked_needs.value()] if self.linked_needs else []
        ref = operations.run(self, lambda: self.services.referrals.create(
            self.survivor_id, self.agency.value(), need_ids=need_ids, reason=self.reason.value(),
            priority=self.priority.value(), follow_up_due=due, override_reason=reason),
            handlers={ConsentRequired: lambda e: self._consent_missing(shown(e))},
            on_failure=operations.in_notice(self.notice))
        if ref is not None:
            self.show_added(ref.id)
        return ref

    def _consent_missing(self, message: str) -> None:
        kind = CONSENT_FOR_AGENCY[self.services.agencies.get(self.agency.value()).kind]
        actions = [] if self.read_only else [(tr("Record consent"), lambda: self.consent_needed.emit(kind.value))]
        self.notice.show_message(message, "warning", actions)
        if self.services.session.can(LETTER_ROLES):
            self.override_panel.show()
            self.override_reason.setFocus()

    # -- changing ------------------------------------------------------------------------
    def move_to(self, status) -> None:
        self.change_status(self.services.referrals.set_status, status, self.outcome.value())

    def set_follow_up(self) -> None:
        ref = self.selected()
        if ref is None:
            return
        try:
            due = self.due.value()
        except ValueError as e:
            self.due.set_error(shown(e))
            return
        operations.run(self, lambda: self.services.referrals.set_follow_up(ref.id, due),
                       lambda _: self._changed(tr("Follow-up date saved.")),
                       on_failure=operations.in_notice(self.notice))

    def _changed(self, message: str) -> None:
        self.notice.show_message(message, "success")
        self.refresh()
        self.records_changed.emit()

    def _letter(self) -> None:
        ref = self.selected()
        if ref is not None:
            self.letter_requested.emit(ref.id)

    def clear(self) -> None:
        self.model.clear()
        self._agency_names = {}
        for field in (self.reason, self.follow_up, self.override_reason, self.outcome, self.due):
            field.set_raw("")
        clear_layout(self.needs_box)
        self.linked_needs = None
        self.detail.hide()
        self.add_panel.hide()
