"""Settings: auto-lock minutes and UI language (this computer), and the shelter profile (in the vault)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.registry import Services
from ..services.session import LETTER_ROLES
from ..services.vaults import shelter_profile
from .language_dialog import available_languages, language_in_use
from .passphrase_dialogs import ChangePassphraseDialog
from .profile_form import ShelterProfileForm
from .retention_panel import retention_card
from .settings_store import MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES, SettingsStore
from .transfer_panel import transfer_card
from .widgets import card_frame, heading, message_label, show_message


class SettingsView(QWidget):
    auto_lock_changed = Signal(int)
    profile_saved = Signal(str)  # the shelter name, for the window title

    def __init__(self, services: Services, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.settings = services, settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("workspace")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Settings")))

        computer, computer_layout = card_frame(self.tr("This computer"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the program"))
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_in_use(settings.language))))
        for w in (self.auto_lock, self.language):
            w.setMaximumWidth(320)
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("Language"), self.language)
        computer_layout.addLayout(form)
        note = QLabel(self.tr("A new language applies the next time ShelterDesk starts."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        computer_layout.addWidget(note)
        self.auto_lock.valueChanged.connect(self._auto_lock_edited)
        self.language.currentIndexChanged.connect(self._language_edited)
        layout.addWidget(computer)

        shelter, shelter_layout = card_frame(self.tr("Shelter profile (letterhead)"))
        self.editable = services.session.can(LETTER_ROLES)
        self.profile_form = ShelterProfileForm()
        self.profile_form.load(shelter_profile(services.session))
        self.profile_form.set_editable(self.editable)
        shelter_layout.addWidget(self.profile_form)
        self.profile_message = message_label()
        shelter_layout.addWidget(self.profile_message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_profile_button = QPushButton(self.tr("Save profile"))
        self.save_profile_button.setObjectName("primary")
        self.save_profile_button.setAccessibleName(self.tr("Save the shelter profile"))
        self.save_profile_button.setVisible(self.editable)
        self.save_profile_button.clicked.connect(self.save_profile)
        row.addWidget(self.save_profile_button)
        shelter_layout.addLayout(row)
        if not self.editable:
            who = QLabel(self.tr("Coordinators and administrators can change the profile."))
            who.setObjectName("hint")
            shelter_layout.addWidget(who)
        layout.addWidget(shelter)

        own, own_layout = card_frame(self.tr("Your passphrase"))
        change = QPushButton(self.tr("Change my passphrase…"))
        change.setAccessibleName(self.tr("Change my passphrase"))
        change.clicked.connect(self.change_passphrase)
        own_layout.addWidget(change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(own)
        layout.addWidget(retention_card(services))
        layout.addWidget(transfer_card(services))
        layout.addStretch(1)

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.services, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _auto_lock_edited(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = minutes
        self.auto_lock_changed.emit(minutes)

    def _language_edited(self) -> None:
        self.settings.language = self.language.currentData()

    def save_profile(self) -> None:
        profile = self.profile_form.save(self.services.session, self.profile_message)
        if profile is None:
            return
        show_message(self.profile_message, "")
        self.profile_saved.emit(profile.name)
