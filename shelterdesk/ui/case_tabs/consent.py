"""Consent per recipient kind: record it (date, interpreter, expiry) and withdraw it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import ConsentKind
from ...domain.errors import ValidationError
from ...services.registry import Services
from .. import operations
from ..form_fields import ChoiceField, DateField, TextField
from ..form_layout import form_layout, heading
from ..shown import shown
from ..table_models import consents_model
from ..vocabulary_labels import enum_label, enum_options
from .record_list import RecordListTab


def tr(text: str) -> str:
    return QCoreApplication.translate("ConsentTab", text)


class ConsentTab(RecordListTab):
    def __init__(self, services: Services, survivor_id: int, read_only: bool, parent: QWidget | None = None):
        super().__init__(services, survivor_id, read_only, parent)
        self.set_up_list(consents_model(services.session.clock.today, self), tr("Consents"))
        explain = QLabel(tr("A referral or letter to an agency needs this person's valid consent for that kind of "
                            "recipient. Record consent only after explaining, in their language, what will be "
                            "shared and with whom."))
        explain.setWordWrap(True)

        self.record_panel = QFrame()
        self.kind = ChoiceField(tr("Consent for"), enum_options(ConsentKind))
        self.given_on = DateField(tr("Given on"))
        self.interpreter = TextField(tr("Interpreter"), tr("Name of the interpreter, if one was used"))
        self.expires_on = DateField(tr("Expires on"))
        self.notes = TextField(tr("Notes"))
        form = form_layout()
        for label, field in ((tr("Consent for"), self.kind), (tr("Given on"), self.given_on),
                             (tr("Interpreter"), self.interpreter), (tr("Expires on"), self.expires_on),
                             (tr("Notes"), self.notes)):
            form.addRow(label, field)
        record = QPushButton(tr("Record consent"))
        record.setAccessibleName(tr("Record consent"))
        record.clicked.connect(self.record)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(record)
        panel = QVBoxLayout(self.record_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(heading(tr("Record consent")))
        panel.addLayout(form)
        panel.addLayout(row)

        self.withdraw_button = QPushButton(tr("Withdraw this consent"))
        self.withdraw_button.setAccessibleName(tr("Withdraw this consent"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(False)

        self.lay_out(tr("Consent"), self.withdraw_button, explain, self.notice, self.table, self.record_panel)
        self.record_panel.setVisible(not read_only)
        self.withdraw_button.setVisible(not read_only)
        self.reset_form()

    def reset_form(self) -> None:
        self.given_on.set_value(self.services.session.clock.today())
        for field in (self.interpreter, self.expires_on, self.notes):
            field.set_raw("")

    def prepare(self, kind: str) -> None:
        """Get the form ready to record consent of `kind` (asked for by a blocked referral)."""
        self.kind.set_value(kind)
        self.interpreter.setFocus()

    def refresh(self) -> None:
        self.model.set_rows(self.services.consents.for_survivor(self.survivor_id))
        self._show_selected()

    def _show_selected(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(
            consent is not None and consent.is_valid(self.services.session.clock.today()))

    def record(self) -> None:
        dates = {}
        for key, field in (("given_on", self.given_on), ("expires_on", self.expires_on)):
            try:
                dates[key] = field.value()
            except ValueError as e:
                field.set_error(shown(e))
                return
        saved = operations.run(
            self, lambda: self.services.consents.record(self.survivor_id, self.kind.value(),
                                                        interpreter=self.interpreter.value(),
                                                        notes=self.notes.value(), **dates),
            handlers={ValidationError: self._show_errors}, on_failure=operations.in_notice(self.notice))
        if saved is None:
            return
        self.notice.show_message(tr("Consent for %1 recorded.").replace("%1", enum_label(ConsentKind(
            self.kind.value())).lower()), "success")
        self.reset_form()
        self.refresh()
        self.records_changed.emit()

    def _show_errors(self, error: ValidationError) -> None:
        for key, message in error.errors.items():
            {"given_on": self.given_on, "expires_on": self.expires_on}.get(key, self.kind).set_error(message)

    def withdraw(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        operations.run(self, lambda: self.services.consents.withdraw(self.survivor_id, consent.kind),
                       lambda _: self._withdrawn(), on_failure=operations.in_notice(self.notice))

    def _withdrawn(self) -> None:
        self.notice.show_message(tr("Consent withdrawn as of today."), "success")
        self.refresh()
        self.records_changed.emit()

    def clear(self) -> None:
        self.model.clear()
        for field in (self.interpreter, self.expires_on, self.notes, self.given_on):
            field.set_raw("")
