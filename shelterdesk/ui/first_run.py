"""First run: create the vault and its first administrator, show the recovery code once, shelter profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import recovery
from ..services.registry import Services
from . import operations, pdf_preview, printing
from .profile_form import ShelterProfileForm
from .unlock import VaultAccess, centred_card
from .widgets import PassphraseField, heading, message_label, show_message


class FirstRunScreen(QWidget):
    """Three steps: administrator and passphrase → recovery code → shelter profile. Emits `finished(services)`."""

    finished = Signal(object)  # Services

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.services: Services | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps)
        self.steps.addWidget(self._account_step())
        self.steps.addWidget(self._recovery_step())
        self.steps.addWidget(self._profile_step())

    # -- step 1: the vault and its first administrator ---------------------------------
    def _account_step(self) -> QWidget:
        page = QWidget()
        layout = centred_card(page, 560)
        layout.addWidget(heading(self.tr("Welcome to ShelterDesk")))
        intro = QLabel(self.tr(
            "Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first "
            "administrator. Only people with a passphrase (or the recovery code) can open it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.shelter_name = QLineEdit()
        self.shelter_name.setAccessibleName(self.tr("Shelter name"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Administrator user name"))
        self.username.setPlaceholderText(self.tr("e.g. sokha"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Administrator full name"))
        self.passphrase = PassphraseField(lambda: (self.username.text(), self.display_name.text()))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        form.addRow(self.tr("Shelter name"), self.shelter_name)
        form.addRow(self.tr("Your user name"), self.username)
        form.addRow(self.tr("Your full name"), self.display_name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        layout.addLayout(form)
        self.account_message = message_label()
        layout.addWidget(self.account_message)
        self.create_button = QPushButton(self.tr("Create the vault"))
        self.create_button.setObjectName("primary")
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.create_button.clicked.connect(self.create)
        self.confirm.returnPressed.connect(self.create)
        return page

    def create(self) -> None:
        problems = []
        if not self.shelter_name.text().strip():
            problems.append(self.tr("Enter the shelter's name; it heads every letter."))
        if not self.passphrase.acceptable():
            problems.append(self.tr("Choose a stronger passphrase (see the meter)."))
        elif self.passphrase.text() != self.confirm.text():
            problems.append(self.tr("The two passphrases differ. Type them again."))
        if problems:
            show_message(self.account_message, "\n".join(problems))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2 tuning takes a moment
        try:
            created = operations.run(self, lambda: self.access.create(
                self.username.text(), self.passphrase.text(), self.display_name.text().strip(),
                self.shelter_name.text().strip()), on_failure=operations.in_label(self.account_message))
        finally:
            QApplication.restoreOverrideCursor()
        if created is None:
            return
        self.services, code = created
        self.passphrase.edit.clear()
        self.confirm.clear()
        show_message(self.account_message, "")
        self.code_label.setText(code)
        self.profile_form.name.setText(self.shelter_name.text().strip())
        self.steps.setCurrentIndex(1)

    # -- step 2: the recovery code, shown once ------------------------------------------
    def _recovery_step(self) -> QWidget:
        page = QWidget()
        layout = centred_card(page, 560)
        layout.addWidget(heading(self.tr("Write down the recovery code")))
        warning = QLabel(self.tr(
            "This code opens the vault if every administrator forgets their passphrase. It is shown "
            "only now and cannot be shown again.\n\nWrite it on paper (or print the recovery kit), "
            "and lock it away from the computer, where only the shelter's director can reach it. "
            "Anyone who has it can read every record."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setWordWrap(True)
        layout.addWidget(self.code_label)
        self.print_kit_button = QPushButton(self.tr("Print the recovery kit…"))
        self.print_kit_button.setAccessibleName(self.tr("Print the recovery kit with this code"))
        self.print_kit_button.setToolTip(self.tr("One page with this code and how to use it. Printing does not "
                                                 "make a new code."))
        self.print_kit_button.clicked.connect(self.print_kit)
        layout.addWidget(self.print_kit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.kit_message = message_label()
        layout.addWidget(self.kit_message)
        self.code_kept = QCheckBox(self.tr("I have written the recovery code down and will keep it locked away."))
        self.code_kept.setAccessibleName(self.tr("I have written the recovery code down"))
        layout.addWidget(self.code_kept)
        self.code_next = QPushButton(self.tr("Continue"))
        self.code_next.setObjectName("primary")
        self.code_next.setEnabled(False)
        self.code_kept.toggled.connect(self.code_next.setEnabled)
        self.code_next.clicked.connect(self._forget_code)
        layout.addWidget(self.code_next, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def print_kit(self) -> None:
        """Print the kit for the code on screen (the one just made: printing never replaces it)."""
        assert self.services is not None
        session, code = self.services.session, self.code_label.text()
        printer = printing.ask_printer(self, self.tr("Recovery kit"))
        if printer is None:
            return
        if printing.route(printer) == "file" and not pdf_preview.warn_not_encrypted(self):
            return
        if operations.succeeded(self, lambda: printing.print_pdf(recovery.kit_pdf(session, code), printer),
                                on_failure=operations.in_label(self.kit_message)):
            show_message(self.kit_message, "")
            self.print_kit_button.setText(self.tr("Print another copy…"))

    def _forget_code(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text().strip() == self.code_label.text().strip():
            clipboard.clear()  # it was copied: do not leave it lying around
        self.code_label.clear()
        self.steps.setCurrentIndex(2)

    # -- step 3: the shelter profile (letterhead) ----------------------------------------
    def _profile_step(self) -> QWidget:
        page = QWidget()
        layout = centred_card(page, 560)
        layout.addWidget(heading(self.tr("The shelter's letterhead")))
        intro = QLabel(self.tr("These details head every referral letter. You can change them later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.profile_form = ShelterProfileForm()
        layout.addWidget(self.profile_form)
        self.profile_message = message_label()
        layout.addWidget(self.profile_message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finish_button = QPushButton(self.tr("Start using ShelterDesk"))
        self.finish_button.setObjectName("primary")
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.finish_button.clicked.connect(self.finish)
        return page

    def finish(self) -> None:
        assert self.services is not None
        if self.profile_form.save(self.services.session, self.profile_message) is None:
            return
        services, self.services = self.services, None
        self.finished.emit(services)
