"""A shelter worker's day in a real window, checked at every step, with a screenshot of each.

    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py --walkthrough en --out docs/img/screens

Run by tests/ui/test_walkthrough.py (which fails on the first step that does not
work) and by tools/screenshots.py (which keeps the pictures). The window is
driven at the window level: key presses go to the focused widget, as a person's
would; text in other scripts arrives as an input method's commit string.
Each step raises AssertionError with the step's name when it does not do what a
worker expects.
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.services.clock import SystemClock
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.ui import pdf_preview
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog
from shelterdesk.ui.intake_dialog import IntakeDialog
from shelterdesk.ui.letter_dialog import LetterDialog
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from shelterdesk.ui.unlock import VaultAccess

SCREEN = (1366, 768)
ADMIN, PASSPHRASE = "sokha", "violet canyon murmurs at dawn"
NEW_PASSPHRASE = "lantern harbour quietly glowing"
NATIVE_NAME = "राम बहादुर थापा"
LANGUAGE_TYPED = "Nepali"  # the picker takes names, demonyms and codes


def settle(ms: int = 200) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    QTest.qWait(ms)


def type_any(widget: QWidget, text: str) -> None:
    """Type text in any script the way an input method delivers it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused() -> QWidget:
    """Where a key press lands: the focused widget, else the active window."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    check(target is not None, "a window has the keyboard focus")
    return target


def keys(text: str) -> None:
    """Type ASCII text into whatever has the focus."""
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def activate(window: QWidget) -> None:
    """Give `window` the keyboard (Xvfb has no window manager to do it)."""
    window.raise_()
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    settle(100)


def check(condition: object, step: str) -> None:
    if not condition:
        raise AssertionError(f"walk-through step failed: {step}")


class Day:
    """One worker's day; `shoot(name)` receives each step's name after it is on screen."""

    def __init__(self, folder: Path, shoot: Callable[[str], None]):
        self.folder, self.shoot = folder, shoot
        self.access = VaultAccess(folder / "vault", SystemClock(), folder / "state", kdf=MIN_KDF)
        session, self.code = create_vault(self.access.directory, ADMIN, PASSPHRASE, display_name="Sokha Chan",
                                          shelter_name="Mekong Light Shelter", clock=SystemClock(),
                                          kdf=MIN_KDF, state_dir=self.access.state_dir)
        services = Services.for_session(session)
        # Someone registered last week, whom the new arrival's passport number will match.
        services.cases.register(Survivor(family_name="Thapa", given_names="Ram Bahadur", nationalities=["NP"],
                                         documents=[IdentityDocument(number="PA1234567")]),
                                confirm_not_duplicate=True)
        services.close()
        self.window = MainWindow(self.access, SettingsStore(folder / "settings.ini"))

    def run(self) -> None:
        w = self.window
        w.resize(*SCREEN)
        w.move(0, 0)
        w.show()
        settle(400)
        activate(w)
        self.unlock()
        self.intake()
        self.consent_and_referral()
        self.letter_preview()
        self.save_with_ctrl_s()
        self.batch_letters()
        self.lock_and_recover()
        w.close()

    # -- the steps ------------------------------------------------------------------------------
    def unlock(self) -> None:
        screen = self.window.unlock_screen
        screen.user.setFocus()
        check(screen.user.hasFocus(), "the unlock screen takes the keyboard")
        keys(ADMIN)
        press(Qt.Key.Key_Return)
        check(screen.passphrase.hasFocus(), "Enter after the user name goes to the passphrase")
        keys(PASSPHRASE)
        self.shoot("01_unlock")
        press(Qt.Key.Key_Return)
        settle()
        check(not self.window.is_locked, "unlock with the passphrase")
        self.shoot("02_register")

    def intake(self) -> None:
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        settle()
        dialog = self.window.findChild(IntakeDialog)
        check(dialog is not None and dialog.isVisible(), "Ctrl+N opens the intake")
        activate(dialog)
        check(dialog.family.line.hasFocus(), "the intake starts in the family name")
        keys("Thapa")
        press(Qt.Key.Key_Tab)
        keys("Ram")
        press(Qt.Key.Key_Tab)
        type_any(dialog.native.line, NATIVE_NAME)
        check(dialog.native.text() == NATIVE_NAME, "a Devanagari name is taken as typed")
        dialog.age.line.setFocus()
        keys("24")
        dialog.nationalities.line.setFocus()
        keys("Nepal")
        dialog.languages.line.setFocus()
        keys(LANGUAGE_TYPED)
        dialog.passport.line.setFocus()
        keys("PA1234567")
        check(dialog.passport_status.value() == "in_hand", "the passport status follows the typed number")
        self.shoot("03_intake")
        dialog.save_button.click()
        settle()
        check(dialog.duplicates.isVisible(), "a matching passport number warns of a duplicate")
        self.shoot("04_duplicate_warning")
        different = [b for b in dialog.duplicates.findChildren(QAbstractButton) if b.isVisible()]
        check(len(different) >= 2, "the duplicate warning offers to open the match or register anyway")
        different[-1].click()  # "This is a different person — register"
        settle(300)
        case_file = self.window.workspace.case_file
        check(case_file is not None and case_file.survivor.native_name == NATIVE_NAME,
              "the new case opens after registering")
        check(case_file.survivor.languages == ["ne"], "the language is stored")
        self.shoot("05_case_file")

    def consent_and_referral(self) -> None:
        activate(self.window)  # the intake dialog has closed
        case_file = self.window.workspace.case_file
        case_file.tabs.setCurrentWidget(case_file.consent)
        consent = case_file.consent
        consent.kind.set_value("embassy")
        consent.interpreter.line.setFocus()
        keys("Hari (Nepali interpreter)")
        _button(consent, "Record consent").click()
        settle()
        check(consent.model.rowCount() == 1, "consent for the embassy is recorded")
        self.shoot("06_consent")
        case_file.tabs.setCurrentWidget(case_file.referrals)
        referrals = case_file.referrals
        referrals.add_button.click()
        settle()
        nepal = referrals.agency.combo.findText("Embassy of Nepal", Qt.MatchFlag.MatchContains)
        check(nepal >= 0, "the Embassy of Nepal is offered")
        referrals.agency.combo.setCurrentIndex(nepal)
        referrals.reason.edit.setFocus()
        keys("Travel document before the embassy visit")
        referral = referrals.create()
        settle()
        check(referral is not None, "the referral is made")
        self.referral_id = referral.id
        self.shoot("07_referral")

    def letter_preview(self) -> None:
        self.window.workspace.open_letter(self.referral_id)
        settle(1200)  # the preview renders after a short pause
        dialog = self.window.findChild(LetterDialog)
        check(dialog is not None and dialog.preview.page_count() >= 1, "the letter preview shows the letter")
        check(dialog.preview.width() > dialog.width() // 2, "the preview gets the larger share")
        self.shoot("08_letter_preview")
        dialog.preview.zoom_in()
        settle()
        self.shoot("09_letter_zoomed")
        dialog.reject()
        settle()

    def save_with_ctrl_s(self) -> None:
        activate(self.window)  # the letter dialog has closed
        case_file = self.window.workspace.case_file
        case_file.tabs.setCurrentWidget(case_file.notes)
        type_any(case_file.notes.fields["notes"].edit, "Arrived with an interpreter; wants to go home.")
        self.window.workspace.sidebar.setFocus()  # anywhere in the window
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        settle()
        check(not case_file.has_unsaved_changes(), "Ctrl+S saves from anywhere")
        check(self.window.statusBar().currentMessage(), "Ctrl+S says so in the status bar")
        self.shoot("10_saved")

    def batch_letters(self) -> None:
        out = self.folder / "letters"
        out.mkdir()
        pdf_preview.ask_folder = lambda parent, vault_dir: out  # the folder picker is the system's; choose for the worker
        pdf_preview.warn_not_encrypted = lambda parent, many=False: True
        ws = self.window.workspace
        ws.show_page("referrals")
        settle()
        self.shoot("11_referrals")
        referrals = ws.pages["referrals"]
        referrals.batch_button.click()
        settle()
        dialog = self.window.findChild(BatchLettersDialog)
        check(dialog is not None and dialog.isVisible(), "Batch letters opens from the Referrals screen")
        check(dialog.frameGeometry().width() <= SCREEN[0], "the batch dialog fits the screen")
        dialog.nationality.setCurrentIndex(dialog.nationality.findData("NP"))
        self.shoot("12_batch_letters")
        dialog.start()
        for _ in range(200):
            if not dialog.is_running():
                break
            settle(50)
        check(list(out.glob("*.pdf")), "the batch wrote the letters")
        self.shoot("13_batch_done")
        dialog.reject()
        settle()

    def lock_and_recover(self) -> None:
        activate(self.window)  # the batch dialog has closed
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        settle()
        check(self.window.is_locked, "Ctrl+L locks")
        screen = self.window.unlock_screen
        screen.mode_button.click()
        settle()
        check(screen.recovery, "Use the recovery code is on the unlock screen")
        screen.user.setText(ADMIN)
        type_any(screen.passphrase, self.code.lower())
        self.shoot("14_recovery_code")
        screen.button.click()
        settle()
        passphrase_screen = self.window.passphrase_screen
        check(passphrase_screen is not None, "the recovery code leads to choosing a new passphrase")
        passphrase_screen.new.edit.setText(NEW_PASSPHRASE)
        passphrase_screen.confirm.setText(NEW_PASSPHRASE)
        self.shoot("15_new_passphrase")
        QTimer.singleShot(300, self._kit_reminder)
        passphrase_screen.save_button.click()
        settle()
        check(not self.window.is_locked, "unlocked again with the new passphrase")

    def _kit_reminder(self) -> None:
        box = QApplication.activeModalWidget()
        check(isinstance(box, QMessageBox), "a new recovery kit is asked for")
        self.shoot("16_new_kit_due")
        box.accept()


def _button(root: QWidget, name: str) -> QAbstractButton:
    """The visible button under `root` whose accessible name is `name` (translated in ConsentTab's context)."""
    wanted = {name, QCoreApplication.translate("ConsentTab", name)}
    found = [b for b in root.findChildren(QAbstractButton) if b.accessibleName() in wanted and b.isVisible()]
    check(found, f"a visible {name!r} button")
    return found[0]


def screen_shooter(out: Path, prefix: str) -> Callable[[str], None]:
    """Save the whole screen (dialogs included) as out/<prefix>_<step>.png."""
    out.mkdir(parents=True, exist_ok=True)

    def shoot(step: str) -> None:
        settle(150)
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{prefix}_{step}.png"))
    return shoot


def run_day(out: Path | None, prefix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Day(Path(folder), screen_shooter(out, prefix) if out else (lambda _step: None)).run()
