"""Walk every screen and dialog of ShelterDesk in each interface language on a 1366×768 screen.

    QT_QPA_PLATFORM=offscreen:configfile=<screen.json> python -m tests.ui.screen_walk [km …] [--json out.json]

(<screen.json> holds SCREEN_CONFIG.) Run by tests/ui/test_screens_fit.py in its own process: Qt's
offscreen screen is 1366×768 only when the application starts with that configuration (the rest of
the suite has an 800×800 one), and dialogs size themselves from the screen they open on. One vault
holds a small register (invented people, and three more with needs, a referral, consent, a letter and
an attachment). For each language, with its translations installed and removed after, the first-run
and unlock screens, every screen of the sidebar, each case-file tab (lists with a record chosen and
with their forms open) and every dialog are shown in turn (dialogs with show(); the message boxes and
input dialogs the app runs with exec() are looked at from a timer while open) and checked with
tests/ui/fit_checks.py. Prints the faults, or writes them with a few facts as JSON for the test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QTextLayout
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTabWidget, QWidget

from shelterdesk import paths
from shelterdesk.app import install_translations
from shelterdesk.domain.attachments import AttachmentKind
from shelterdesk.domain.enums import AgencyKind, ConsentKind, NeedCategory, Role
from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.languages import autonym
from shelterdesk.domain.messages import msg
from shelterdesk.domain.models import ShelterStay, Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.clock import FakeClock
from shelterdesk.services.demo import fill_demo
from shelterdesk.services.letters import LetterRequest
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import create_vault
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.ui import access_report_action, export_dialog, messages, transfer_panel, unsaved
from shelterdesk.ui.audit_view import AuditView
from shelterdesk.ui.backup_dialog import BackupDialog
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog
from shelterdesk.ui.crash import CrashDialog
from shelterdesk.ui.erase_dialog import EraseCaseDialog
from shelterdesk.ui.export_dialog import ExportDialog
from shelterdesk.ui.fonts import apply_app_font, register_fonts
from shelterdesk.ui.import_dialog import ImportDialog
from shelterdesk.ui.intake_dialog import IntakeDialog
from shelterdesk.ui.language_dialog import LanguageDialog
from shelterdesk.ui.letter_dialog import LetterDialog
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.passphrase_dialogs import ChangePassphraseDialog
from shelterdesk.ui.report_dialog import ReportDialog
from shelterdesk.ui.settings_store import SettingsStore
from shelterdesk.ui.staff_view import AddStaffDialog
from shelterdesk.ui.style import APP_STYLE
from shelterdesk.ui.unlock import FirstPassphraseScreen, VaultAccess
from tests.ui.fit_checks import (
    DATA_COLUMNS,
    SCREEN,
    Catalogue,
    Fault,
    data_words,
    fit_faults,
    settle,
    visible_texts,
    window_faults,
)

LANGUAGES = ("en", "id", "km", "zh_CN", "vi")
ADMIN, ADMIN_PASS = "admin", "correct horse battery staple"
SCREEN_CONFIG = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN.width(), "height": SCREEN.height(),
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
# (family, given, native, nationality, days in the shelter): beside the invented people; Santoso's
# case (needs, a referral, consent, a letter, an attachment) is the one the walk opens.
PEOPLE = [("Santoso", "Budi", "", "ID", 30), ("Zhang", "Wei", "张伟", "CN", 10),
          ("Sokha", "Dara", "សុខ ដារ៉ា", "KH", 3)]
# What the offscreen platform and its font engine say about themselves, not about the app.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()", "OpenType support missing for")
PARTNER = "Harbour Partner"
CSV_TO_IMPORT = ("family_name,given_names,nationality,sex,date_of_birth\n"
                 "Pratama,Andi,ID,M,1999-04-02\nSantoso,Budi,ID,M,\n,Nur,XX,F,31/02/2001\n")


class Walk:
    """One vault of invented people, walked in each language in turn; `look(where, root)` checks what
    is on screen now against the current language's catalogue."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.clock = FakeClock()
        self.language = "en"
        self.catalogue = Catalogue("en")
        self.faults: list[Fault] = []
        self.facts: dict[str, str] = {}
        self.visited: list[str] = []
        self.allowed = data_words([autonym(code) for code in LANGUAGES])  # the language menus name each in its own
        self.vault = folder / "vault"
        self.families = register_fonts()
        session, _code = create_vault(self.vault, ADMIN, ADMIN_PASS, display_name="Ada Admin",
                                      shelter_name="Harbour House Shelter", clock=self.clock, kdf=MIN_KDF,
                                      state_dir=folder / "state")
        services = Services.for_session(session)
        try:
            self.ids = self.plant(services)
        finally:
            services.close()

    # -- looking -----------------------------------------------------------------------------------
    def look(self, where: str, root: QWidget) -> None:
        settle()
        if root.window().layout() is not None:
            root.window().layout().activate()  # a grown minimum size shows now, not at the next event
        self.visited.append(where)
        self.faults += fit_faults(root, where)
        self.faults += window_faults(root.window(), where)
        self.faults += self.catalogue.faults(visible_texts(root), where, self.allowed)

    def dialog(self, where: str, dialog: QDialog, before: Callable[[QDialog], None] | None = None) -> None:
        dialog.show()
        if before is not None:
            before(dialog)
        self.look(where, dialog)
        dialog.hide()
        dialog.deleteLater()

    def modal(self, where: str, open_it: Callable[[], object]) -> None:
        """Open a dialog the app runs with exec() (a message box, an input dialog), look at it, cancel it."""
        seen: list[QWidget] = []

        def at_modal() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(10, at_modal)
                return
            seen.append(box)
            self.look(where, box)
            box.reject()

        QTimer.singleShot(0, at_modal)
        open_it()
        if not seen:
            self.faults.append(Fault("not opened", where, "", "", "no dialog opened"))

    # -- the data ----------------------------------------------------------------------------------
    def plant(self, services: Services) -> dict[str, int]:
        """Thirty invented people (the dashboard's charts), then the three the case file opens."""
        fill_demo(services, 30, seed=7)
        today = self.clock.today()
        ids = {}
        for family, given, native, nationality, days in PEOPLE:
            person = Survivor(family_name=family, given_names=given, native_name=native, nationalities=[nationality],
                              languages=["id" if nationality == "ID" else "km"],
                              stay=ShelterStay(admission_date=today - timedelta(days=days)))
            ids[family] = services.cases.register(person, confirm_not_duplicate=True).id
        embassy = next(a for a in services.agencies.list(kind=str(AgencyKind.EMBASSY)) if "ID" in a.nationalities)
        services.consents.record(ids["Santoso"], ConsentKind.EMBASSY, interpreter="Ibu Rina")
        medical = services.needs.add(ids["Santoso"], NeedCategory.MEDICAL, description="Dental check",
                                     due_date=today - timedelta(days=3))
        services.needs.add(ids["Santoso"], NeedCategory.TRAVEL_DOCUMENT, due_date=today + timedelta(days=5))
        referral = services.referrals.create(ids["Santoso"], embassy.id, need_ids=[medical.id],
                                             reason="Travel document")
        services.referrals.set_status(referral.id, "sent")
        services.referrals.set_follow_up(referral.id, today - timedelta(days=2))
        services.letters.issue(LetterRequest(ids["Santoso"], embassy.id, referral_id=referral.id))
        services.attachments.add(ids["Santoso"], "passport-scan.png", _png(), AttachmentKind.PASSPORT_SCAN)
        services.staff.add("mey", Role.CASEWORKER, "violet canyon murmurs at dawn", display_name="Mey Lim")
        self.allowed |= self._data_words(services, ids)
        return ids

    def _data_words(self, services: Services, ids: dict[str, int]) -> set[str]:
        """Every word of the data on screen: names, agencies, references, what was typed."""
        records: list[object] = services.agencies.list() + services.staff.list()
        for summary in services.cases.search(CaseQuery(), 0, 1000):
            records += [summary, services.cases.get(summary.id)]
            records += services.needs.for_survivor(summary.id) + services.referrals.for_survivor(summary.id)
            records += services.consents.for_survivor(summary.id) + services.attachments.for_survivor(summary.id)
        embassy = services.referrals.for_survivor(ids["Santoso"])[0].agency_id
        # What the letter will print, shown in the letter's language (letters follow their recipient).
        records += [c.value for c in services.letters.field_choices(ids["Santoso"], embassy)]
        records += [CSV_TO_IMPORT, "people.csv", PARTNER, "Harbour House Shelter", "Ada Admin", ADMIN]
        return data_words(records)

    # -- the walk ----------------------------------------------------------------------------------
    def run(self, language: str) -> dict:
        """Walk every screen and dialog in `language`; its faults, facts and the screens seen."""
        app = QApplication.instance()
        translators = install_translations(app, language)
        apply_app_font(app, self.families, language)
        self.language, self.faults, self.facts, self.visited = language, [], {}, []
        ts = paths.resources_dir() / "i18n" / f"shelterdesk_{language}.ts"
        self.catalogue = Catalogue.load(ts, language) if language != "en" else Catalogue("en")
        try:
            self.first_run()
            window = MainWindow(VaultAccess(self.vault, self.clock, self.folder / "state", kdf=MIN_KDF),
                                SettingsStore(self.folder / f"settings-{language}.ini"), check_every_ms=60_000)
            window.resize(SCREEN)
            window.show()
            try:
                self.unlock(window)
                self.workspace(window)
                self.case_file(window)
                self.dialogs(window)
            finally:
                window.lock()
                window.close()
                window.deleteLater()
                settle()
        finally:
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
        unique: dict[tuple[str, str, str], Fault] = {}
        for f in self.faults:  # the first screen a fault shows on
            unique.setdefault((f.kind, f.widget, f.text), f)
        return {"faults": [asdict(f) for f in unique.values()], "facts": self.facts, "visited": self.visited}

    def first_run(self) -> None:
        access = VaultAccess(self.folder / "new-vault", self.clock, self.folder / "new-state", kdf=MIN_KDF)
        window = MainWindow(access, SettingsStore(self.folder / "first.ini"))
        window.resize(SCREEN)
        window.show()
        steps = window.first_run.steps
        for i, name in enumerate(("account", "recovery code", "shelter profile")):
            steps.setCurrentIndex(i)
            self.look(f"first run: {name}", window)
        window.close()
        window.deleteLater()

    def unlock(self, window: MainWindow) -> None:
        screen = window.unlock_screen
        self.look("unlock", window)
        self.khmer_face(screen.title)
        screen.set_recovery(True)
        self.look("unlock with the recovery code", window)
        screen.set_recovery(False)
        screen.user.setText(ADMIN)
        screen.passphrase.setText(ADMIN_PASS)
        screen.attempt()
        settle()
        assert not window.is_locked, screen.message.text()

    def khmer_face(self, label: QLabel) -> None:
        """The face Qt draws a label's Khmer letters in (a fallback of the app font)."""
        khmer = "".join(c for c in label.text() if "\u1780" <= c <= "\u17ff")
        if not khmer:
            return
        layout = QTextLayout(khmer, label.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        self.facts["khmer_face"] = ", ".join(sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))

    def workspace(self, window: MainWindow) -> None:
        ws = window.workspace
        assert ws is not None
        for key in ("dashboard", "register", "referrals", "agencies", "staff", "settings"):
            ws.show_page(key)
            self.look(key, window)
            if key == "dashboard":
                bar = ws.dashboard.scroll.verticalScrollBar()
                bar.setValue(bar.maximum())
                self.look("dashboard, scrolled down", window)
        ws.show_page("register")
        ws.register.show_query(CaseQuery(nationality="ID"), "Nationality: Indonesia")
        self.look("register, filtered from the dashboard", window)
        ws.show_page("agencies")
        ws.pages["agencies"].table.selectRow(0)
        self.look("agencies, one chosen", window)
        ws.show_page("staff")
        # The log's record and detail columns hold its codes (survivor 31, need 94 travel_document).
        ws.pages["staff"].findChild(AuditView).table.setProperty(DATA_COLUMNS, [3, 4])
        tabs = ws.pages["staff"].findChild(QTabWidget)
        tabs.setCurrentIndex(1)
        self.look("staff & audit: audit log", window)
        tabs.setCurrentIndex(0)

    def case_file(self, window: MainWindow) -> None:
        """Santoso's case: every tab, then each list with a record chosen and with its form open."""
        ws = window.workspace
        assert ws is not None
        ws.open_case(self.ids["Santoso"])
        case = ws.case_file
        assert case is not None
        self.facts["case_summary"] = case.summary.text()
        case.history.table.setProperty(DATA_COLUMNS, [3])  # the log's details, as in the audit view
        for i in range(case.tabs.count()):
            case.tabs.setCurrentIndex(i)
            self.look(f"case file: {case.tabs.tabText(i).replace('&', '')}", window)
        for tab, name in ((case.needs, "needs"), (case.referrals, "referrals"), (case.consent, "consent"),
                          (case.attachments, "attachments")):
            case.tabs.setCurrentWidget(tab)
            tab.table.selectRow(0)
            self.look(f"case file: {name}, one chosen", window)
            start = getattr(tab, "start_adding", None)
            if start is not None:
                start()
                self.look(f"case file: {name}, adding", window)

    def dialogs(self, window: MainWindow) -> None:
        ws, ids = window.workspace, self.ids
        assert ws is not None and window.services is not None
        services = window.services
        santoso = ids["Santoso"]
        referral = services.referrals.for_survivor(santoso)[0]
        self.dialog("intake", IntakeDialog(services, window))
        self.dialog("letter", LetterDialog(services, santoso, referral_id=referral.id, parent=window))
        self.dialog("batch letters", BatchLettersDialog(services, window))
        self.dialog("export", ExportDialog(services, window))
        self.dialog("report", ReportDialog(services, window))
        sheet = self.folder / "people.csv"
        sheet.write_text(CSV_TO_IMPORT, "utf-8")
        self.dialog("import", ImportDialog(services, window))
        self.dialog("import, a file checked", ImportDialog(services, window), lambda d: d.load(sheet))
        self.dialog("backup", BackupDialog(services, window))
        self.dialog("erase", EraseCaseDialog(services, santoso, "SD-2026-0001", window))
        self.dialog("change passphrase", ChangePassphraseDialog(services, window))
        self.dialog("language question", LanguageDialog("en"))
        self.dialog("add staff", AddStaffDialog(services, window))
        self.dialog("crash", CrashDialog("Traceback (most recent call last):\n  ValueError", window))
        screen = FirstPassphraseScreen(services)
        window.stack.addWidget(screen)
        window.stack.setCurrentWidget(screen)
        self.look("choose your own passphrase", window)
        window.stack.setCurrentWidget(ws)
        window.stack.removeWidget(screen)
        screen.deleteLater()

        self.modal("their own copy: language", lambda: access_report_action.choose_language(
            window, list(services.access_report.languages()), "en"))
        self.modal("transfer: partner", lambda: transfer_panel.choose_partner(window, [PARTNER]))
        self.modal("transfer: trust a key", lambda: transfer_panel.ask_name(window, "AB12 CD34 EF56 7890"))
        self.modal("transfer: end the stay", lambda: transfer_panel.ask_end_stay(window, PARTNER))
        self.modal("export: not encrypted", lambda: export_dialog.confirm_plaintext(window, names=True))
        self.modal("discard what you typed", lambda: unsaved.confirm_discard(window, unsaved._tr("this form")))
        self.modal("an error", lambda: messages.show_error(window, ValidationError({
            "documents[0].number": msg("Validation", "A document number has 3 to 24 letters and digits (spaces, - "
                                                     "and / allowed).")})))
        self.modal("save filters", ws.register._ask_preset_name)
        self.modal("new recovery kit", window._recovery_code_used)


def _png() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9e8f5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def collect(languages: Iterable[str]) -> dict[str, dict]:
    """Faults, facts and screens seen, per language; Qt's warnings during the walk count as faults."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not text.startswith(OFFSCREEN_NOISE):
            warnings.append(text)

    qInstallMessageHandler(on_message)
    app.setStyleSheet(APP_STYLE)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        walk = Walk(Path(folder))
        for language in languages:
            results[language] = walk.run(language)
            results[language]["faults"] += [asdict(Fault("Qt warning", "", "", text)) for text in warnings]
            warnings.clear()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("languages", nargs="*", help=f"some of {', '.join(LANGUAGES)} (default: all)")
    parser.add_argument("--json", type=Path, help="write the faults and facts here")
    args = parser.parse_args()
    if set(args.languages) - set(LANGUAGES):
        parser.error(f"the languages are {', '.join(LANGUAGES)}")
    results = collect(args.languages or LANGUAGES)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
        return 0
    for language, result in results.items():
        for f in result["faults"]:
            print(language, f["kind"], "|", Fault(**f).line())
        print(f"{language}: {len(result['faults'])} faults on {len(result['visited'])} screens; {result['facts']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
