"""Needs: what the person needs, who handles it, and its progress through the allowed statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import NeedCategory, NeedPriority
from ...services.registry import Services
from .. import operations
from ..form_fields import ChoiceField, DateField, MultiLineField, TextField
from ..form_layout import form_layout, heading
from ..shown import shown
from ..table_models import needs_model
from ..vocabulary_labels import enum_label, enum_options
from .base import clear_layout
from .record_list import RecordListTab, add_transition_buttons


def tr(text: str) -> str:
    return QCoreApplication.translate("NeedsTab", text)


def staff_options(services: Services) -> list[tuple[str, str]]:
    return [("", tr("Nobody yet"))] + [(m.username, m.display_name or m.username)
                                       for m in services.staff.list() if not m.disabled]


class NeedsTab(RecordListTab):
    def __init__(self, services: Services, survivor_id: int, read_only: bool, parent: QWidget | None = None):
        super().__init__(services, survivor_id, read_only, parent)
        self.set_up_list(needs_model(services.session.clock.today, self), tr("Needs"))

        self.add_button = QPushButton(tr("Add a need"))
        self.add_button.setAccessibleName(tr("Add a need"))
        self.add_button.clicked.connect(self.start_adding)

        # Adding a need.
        staff = staff_options(services)
        self.add_panel = QFrame()
        self.new_category = ChoiceField(tr("Category"), enum_options(NeedCategory))
        self.new_priority = ChoiceField(tr("Priority"), enum_options(NeedPriority))
        self.new_priority.set_value(NeedPriority.NORMAL)
        self.new_description = TextField(tr("Description"), tr("What exactly is needed"))
        self.new_responsible = ChoiceField(tr("Responsible"), staff)
        self.new_due = DateField(tr("Due date"))
        form = form_layout()
        for label, field in ((tr("Category"), self.new_category), (tr("Priority"), self.new_priority),
                             (tr("Description"), self.new_description), (tr("Responsible"), self.new_responsible),
                             (tr("Due"), self.new_due)):
            form.addRow(label, field)
        save_new = QPushButton(tr("Save need"))
        save_new.setAccessibleName(tr("Save need"))
        save_new.clicked.connect(self.add_need)
        cancel_new = QPushButton(tr("Cancel"))
        cancel_new.setAccessibleName(tr("Cancel adding"))
        cancel_new.clicked.connect(self.add_panel.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel_new)
        buttons.addWidget(save_new)
        panel = QVBoxLayout(self.add_panel)
        panel.addWidget(heading(tr("New need")))
        panel.addLayout(form)
        panel.addLayout(buttons)
        self.add_panel.hide()

        # The selected need: its status buttons and editable details.
        self.detail = QFrame()
        self.detail_title = heading("")
        self.transitions = QHBoxLayout()
        self.priority = ChoiceField(tr("Priority"), enum_options(NeedPriority))
        self.due = DateField(tr("Due date"))
        self.responsible = ChoiceField(tr("Responsible"), staff)
        self.description = TextField(tr("Description"))
        self.outcome = MultiLineField(tr("Outcome"), tr("What was done, what came of it"))
        self.outcome.edit.setMaximumHeight(70)
        details = form_layout()
        for label, field in ((tr("Priority"), self.priority), (tr("Due"), self.due),
                             (tr("Responsible"), self.responsible), (tr("Description"), self.description),
                             (tr("Outcome"), self.outcome)):
            details.addRow(label, field)
            field.set_read_only(read_only)
        self.save_button = QPushButton(tr("Save changes to this need"))
        self.save_button.setAccessibleName(tr("Save changes to this need"))
        self.save_button.clicked.connect(self.save_selected)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box = QVBoxLayout(self.detail)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail_title)
        box.addLayout(self.transitions)
        box.addLayout(details)
        box.addLayout(save_row)
        self.detail.hide()

        self.lay_out(tr("Needs"), self.add_button, self.notice, self.add_panel, self.table, self.detail)
        self.add_button.setVisible(not read_only)
        self.save_button.setVisible(not read_only)

    # -- listing -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.show_rows(self.services.needs.for_survivor(self.survivor_id))

    def _show_selected(self) -> None:
        need = self.selected()
        self.detail.setVisible(need is not None)
        clear_layout(self.transitions)
        if need is None:
            return
        self.detail_title.setText(f"{enum_label(need.category)} — {enum_label(need.status)}")
        self.priority.set_value(need.priority)
        self.due.set_value(need.due_date)
        self.responsible.set_value(need.responsible)
        self.description.set_value(need.description)
        self.outcome.set_value(need.outcome)
        if self.read_only:
            return
        add_transition_buttons(self.transitions, self.services.needs.allowed_next(need), self.move_to)

    # -- changes -------------------------------------------------------------------------
    def start_adding(self) -> None:
        for field in (self.new_description, self.new_due):
            field.set_raw("")
        self.add_panel.show()
        self.new_category.setFocus()

    def add_need(self) -> None:
        try:
            due = self.new_due.value()
        except ValueError as e:
            self.new_due.set_error(shown(e))
            return
        operations.run(self, lambda: self.services.needs.add(
            self.survivor_id, self.new_category.value(), priority=self.new_priority.value(),
            description=self.new_description.value(), responsible=self.new_responsible.value(), due_date=due),
            lambda need: self.show_added(need.id), on_failure=operations.in_notice(self.notice))

    def move_to(self, status) -> None:
        self.change_status(self.services.needs.set_status, status, self.outcome.value())

    def save_selected(self) -> None:
        need = self.selected()
        if need is None:
            return
        try:
            need.due_date = self.due.value()
        except ValueError as e:
            self.due.set_error(shown(e))
            return
        need.priority = NeedPriority(self.priority.value())
        need.responsible = self.responsible.value()
        need.description = self.description.value()
        need.outcome = self.outcome.value()
        operations.run(self, lambda: self.services.needs.update(need), lambda _: self._saved(),
                       on_failure=operations.in_notice(self.notice))

    def _saved(self) -> None:
        self.notice.show_message(tr("Saved."), "success")
        self.refresh()
        self.records_changed.emit()

    def clear(self) -> None:
        self.model.clear()
        for field in (self.new_description, self.new_due, self.description, self.due, self.outcome):
            field.set_raw("")
        self.detail.hide()
        self.add_panel.hide()

