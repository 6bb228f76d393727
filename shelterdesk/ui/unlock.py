"""The unlock screen, the forced first-passphrase screen, and how the UI reaches the vault."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import (
    AuthenticationError,
    NotFound,
    ShelterDeskError,
    UnlockThrottled,
    VaultCorrupt,
    VaultInUse,
    VaultMissing,
    VaultNewerVersion,
)
from ..services.clock import Clock
from ..services.registry import Services
from ..services.vaults import (
    KdfParams,
    UnlockRefused,
    create_vault,
    unlock,
    unlock_wait_seconds,
    unlock_with_recovery,
    vault_exists,
)
from . import operations
from .settings_store import SettingsStore
from .shown import shown
from .widgets import PassphraseField, heading, message_label, show_message


@dataclass
class VaultAccess:
    """Where the vault is and how to open it; built by app.py, replaced by tests."""

    directory: Path
    clock: Clock
    state_dir: Path
    kdf: KdfParams | None = None  # None: tune Argon2 to this machine when creating

    def exists(self) -> bool:
        return vault_exists(self.directory)

    def unlock(self, username: str, passphrase: str) -> Services:
        return Services.for_session(unlock(self.directory, username, passphrase, clock=self.clock,
                                           state_dir=self.state_dir))

    def unlock_with_recovery(self, administrator: str, code: str) -> Services:
        """Open with the printed recovery code; the administrator must then choose a new passphrase."""
        return Services.for_session(unlock_with_recovery(self.directory, code, administrator, clock=self.clock,
                                                         state_dir=self.state_dir))

    def create(self, username: str, passphrase: str, display_name: str,
               shelter_name: str) -> tuple[Services, str]:
        session, code = create_vault(self.directory, username, passphrase, display_name=display_name,
                                     shelter_name=shelter_name, clock=self.clock, kdf=self.kdf,
                                     state_dir=self.state_dir)
        return Services.for_session(session), code

    def wait_seconds(self) -> float:
        """Seconds before the next unlock attempt is allowed (the throttle survives restarts)."""
        return unlock_wait_seconds(self.directory, self.clock)


def centred_card(screen: QWidget, width: int = 460) -> QVBoxLayout:
    """Lay `screen` out as a white card centred on a calm background; returns the card's layout."""
    screen.setObjectName("screen")
    outer = QVBoxLayout(screen)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame()
    card.setObjectName("card")
    card.setMinimumWidth(width)
    card.setMaximumWidth(width + 200)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(14)
    return layout


class UnlockScreen(QWidget):
    """User name and passphrase; plain messages for wrong input and for each vault problem.

    "Use the recovery code" turns the form into the recovery form (administrator's
    user name and the code from the printed kit); what follows is the same screen
    that asks for a new passphrase after a one-time passphrase.
    """
    unlocked = Signal(object)  # Services

    def __init__(self, access: VaultAccess, settings: SettingsStore, demo_hint: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.access, self.settings = access, settings
        layout = centred_card(self)
        self.title = heading(self.tr("Unlock ShelterDesk"))
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.recovery = False
        self.used_recovery = False  # the last unlock was with the recovery code: a new kit is due
        if demo_hint:
            hint = QLabel(demo_hint)
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.user = QLineEdit(settings.last_user)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.user_label, self.secret_label = QLabel(), QLabel()
        form.addRow(self.user_label, self.user)
        form.addRow(self.secret_label, self.passphrase)
        layout.addLayout(form)
        self.message = message_label()
        self.message.setAccessibleName(self.tr("Unlock message"))
        layout.addWidget(self.message)
        self.wait_label = QLabel()
        self.wait_label.setObjectName("hint")
        self.wait_label.setVisible(False)
        layout.addWidget(self.wait_label)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("primary")
        self.button.setAccessibleName(self.tr("Unlock the vault"))
        self.button.setDefault(True)
        layout.addWidget(self.button)
        self.mode_button = QPushButton()
        self.mode_button.setObjectName("link")
        self.mode_button.setFlat(True)
        self.mode_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.mode_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.mode_button.clicked.connect(lambda: self.set_recovery(not self.recovery))
        self.set_recovery(False)
        self.button.clicked.connect(self.attempt)
        self.passphrase.returnPressed.connect(self.attempt)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.held = ""  # why the button is off while the vault is not there yet (the demo vault)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        (self.passphrase if self.user.text() else self.user).setFocus()
        self._tick()

    def hold(self, reason: str) -> None:
        """Keep the Unlock button off and say why, until `release` (e.g. while the demo vault is built)."""
        self.held = reason
        self.button.setEnabled(False)
        self.wait_label.setText(reason)
        self.wait_label.setVisible(True)

    def release(self) -> None:
        """The vault is ready: the Unlock button works again (unless a wrong-passphrase delay runs)."""
        self.held = ""
        self._tick()

    def set_recovery(self, recovery: bool) -> None:
        """Switch between the passphrase form and the recovery-code form; what was typed is forgotten."""
        self.recovery = recovery
        self.passphrase.clear()
        show_message(self.message, "")
        if recovery:
            self.title.setText(self.tr("Unlock with the recovery code"))
            self.intro.setText(self.tr(
                "For when every administrator has forgotten their passphrase, or the staff passphrases were "
                "wiped. Type the code from the printed recovery kit (spaces and dashes do not matter) and the "
                "user name of an administrator. That administrator then chooses a new passphrase."))
            self.user_label.setText(self.tr("Administrator"))
            self.secret_label.setText(self.tr("Recovery code"))
            self.passphrase.setAccessibleName(self.tr("Recovery code"))
            self.passphrase.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # long: seen while typed
            self.button.setText(self.tr("Unlock with the recovery code"))
            self.button.setAccessibleName(self.button.text())
            self.mode_button.setText(self.tr("Use my passphrase instead"))
        else:
            self.title.setText(self.tr("Unlock ShelterDesk"))
            self.intro.setText(self.tr("The register is encrypted. Enter your user name and passphrase."))
            self.user_label.setText(self.tr("User name"))
            self.secret_label.setText(self.tr("Passphrase"))
            self.passphrase.setAccessibleName(self.tr("Passphrase"))
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            self.button.setText(self.tr("Unlock"))
            self.button.setAccessibleName(self.tr("Unlock the vault"))
            self.mode_button.setText(self.tr("Use the recovery code"))
        self.mode_button.setAccessibleName(self.mode_button.text())
        if self.isVisible():
            (self.passphrase if self.user.text() else self.user).setFocus()

    def reset(self) -> None:
        """Forget what was typed (called when the vault locks)."""
        self.used_recovery = False
        self.set_recovery(False)

    def attempt(self) -> None:
        if not self.button.isEnabled():
            return
        user, secret = self.user.text().strip(), self.passphrase.text()
        self.passphrase.clear()
        if not user or not secret:
            show_message(self.message, self.tr("Enter an administrator's user name and the recovery code.")
                         if self.recovery else self.tr("Enter your user name and your passphrase."))
            return
        if self.recovery:
            def open_vault() -> Services:
                return self.access.unlock_with_recovery(user, secret)
        else:
            def open_vault() -> Services:
                return self.access.unlock(user, secret)
        services = operations.run(self, open_vault, handlers={
            UnlockThrottled: self._throttled, AuthenticationError: self._refused, NotFound: self._refused},
            on_failure=lambda e: show_message(self.message, self.vault_problem_text(e)))
        if services is None:
            return
        self.used_recovery = self.recovery
        self.set_recovery(False)
        self.settings.last_user = user
        self.unlocked.emit(services)

    def _throttled(self, error: UnlockThrottled) -> None:
        show_message(self.message, self.tr("Too many wrong attempts. Please wait before trying again."))
        self._start_wait(error.wait_seconds)

    def _refused(self, error: AuthenticationError | NotFound) -> None:
        show_message(self.message, self._auth_text(error))
        self._start_wait(self.access.wait_seconds())

    def _auth_text(self, error: AuthenticationError | NotFound) -> str:
        if isinstance(error, UnlockRefused):  # its message says what to do; a wrong passphrase is worded here
            return shown(error)
        if self.recovery:
            return self.tr("The recovery code or the administrator's user name is not right. Check the code "
                           "against the printed kit, then try again.")
        return self.tr("The user name or passphrase is not right. Check the keyboard language and Caps Lock, "
                       "then try again.")

    def vault_problem_text(self, error: ShelterDeskError) -> str:
        """A headline, the reason, and what to do next, for each way a vault can refuse to open."""
        if isinstance(error, VaultInUse):
            head = self.tr("The vault is open somewhere else.")
            step = self.tr("Next step: close or lock ShelterDesk in the other window, then unlock here. "
                           "If no other window is open, restart the computer.")
        elif isinstance(error, VaultNewerVersion):
            head = self.tr("This vault needs a newer ShelterDesk.")
            step = self.tr("Next step: install the newer version of ShelterDesk. Do not restore an older "
                           "backup over this vault.")
        elif isinstance(error, VaultCorrupt):
            head = self.tr("The vault is damaged.")
            step = self.tr("Next step: do not delete or move anything. Ask your administrator to restore "
                           "the latest backup.")
        elif isinstance(error, VaultMissing):
            head = self.tr("There is no vault here.")
            step = self.tr("Next step: check the vault folder, or restore a backup.")
        else:
            head = self.tr("The vault could not be opened.")
            step = self.tr("Next step: try again; if it keeps failing, ask your administrator.")
        return f"{head}\n{error}\n{step}"

    def _start_wait(self, seconds: float) -> None:
        if seconds > 0:
            self.countdown.start()
        self._tick(seconds)

    def _tick(self, seconds: float | None = None) -> None:
        if self.held:
            return
        remaining = self.access.wait_seconds() if seconds is None else seconds
        if remaining > 0:
            self.button.setEnabled(False)
            self.wait_label.setText(self.tr("You can try again in {n} seconds.").format(n=int(remaining + 0.999)))
            self.wait_label.setVisible(True)
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            self.countdown.stop()
            self.button.setEnabled(True)
            self.wait_label.setVisible(False)


class FirstPassphraseScreen(QWidget):
    """Shown right after unlock when the member must replace a one-time or recovery passphrase."""

    done = Signal()
    cancelled = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        layout = centred_card(self, 520)
        layout.addWidget(heading(self.tr("Choose your own passphrase")))
        intro = QLabel(self.tr("You unlocked with a one-time passphrase or the recovery code. Choose a "
                               "passphrase only you know before you continue."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.new = PassphraseField(lambda: (actor.username, actor.display_name))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Again"), self.confirm)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.lock_button = QPushButton(self.tr("Lock instead"))
        self.save_button = QPushButton(self.tr("Save and continue"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the new passphrase and continue"))
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.confirm.returnPressed.connect(self.save)
        self.lock_button.clicked.connect(self.cancelled)

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            show_message(self.message, self.tr("The two passphrases differ. Type them again."))
            return
        if not operations.succeeded(self, lambda: self.services.staff.set_first_passphrase(self.new.text()),
                                    on_failure=operations.in_label(self.message)):
            return
        self.new.edit.clear()
        self.confirm.clear()
        self.done.emit()
