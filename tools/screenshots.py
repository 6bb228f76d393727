"""Save a PNG of every screen of the app, started with the demo vault.

    xvfb-run -a -s "-screen 0 1400x900x24" python3 tools/screenshots.py [--out docs/img/screens]
    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py --language km --size 1366x768   # register_km.png, …
    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py --walkthrough en|id [--out …]

--walkthrough runs a worker's day (tools/walkthrough.py) in the given UI language
and saves the whole 1366x768 screen at each step as walk_<lang>_<step>.png.

Screens whose module is not there yet are skipped with a note, not faked.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402

from shelterdesk import app as shelter_app  # noqa: E402
from shelterdesk.services.clock import SystemClock  # noqa: E402
from shelterdesk.storage.keyslots import MIN_KDF  # noqa: E402
from shelterdesk.ui.backup_dialog import BackupDialog  # noqa: E402
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog  # noqa: E402
from shelterdesk.ui.fonts import apply_app_font, register_fonts  # noqa: E402
from shelterdesk.ui.letter_dialog import LetterDialog  # noqa: E402
from shelterdesk.ui.main_window import MainWindow  # noqa: E402
from shelterdesk.ui.settings_store import SettingsStore  # noqa: E402
from shelterdesk.ui.style import APP_STYLE  # noqa: E402
from shelterdesk.ui.unlock import VaultAccess  # noqa: E402

SIZE = (1360, 860)
CASE_TABS = ("identity_and_names", "documents_and_immigration", "trafficking_profile", "needs", "referrals",
             "consent", "attachments", "notes", "history")


def settle(ms: int = 150) -> None:
    from PySide6.QtTest import QTest

    for _ in range(3):
        QCoreApplication.processEvents()
    QTest.qWait(ms)


class Shooter:
    def __init__(self, out: Path, language: str = "en", only: tuple[str, ...] = ()):
        self.out = out
        self.only = only  # name prefixes to shoot; empty means every screen
        self.suffix = "" if language == "en" else f"_{language}"  # register_km.png beside register.png
        self.saved: list[str] = []
        self.skipped: list[str] = []

    def shoot(self, name: str, widget: Callable[[], QWidget]) -> None:
        if self.only and not name.startswith(self.only):
            return
        try:
            target = widget()
            settle()
            target.grab().save(str(self.out / f"{name}{self.suffix}.png"))
            self.saved.append(name)
        except Exception:  # a broken screen must not stop the others
            self.skipped.append(f"{name} ({traceback.format_exc(limit=1).splitlines()[-1]})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/img/screens")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="window size, e.g. 1366x768 (a small laptop)")
    parser.add_argument("--language", default="en", help="the UI language of the pictures (en, id, km, zh_CN, vi)")
    parser.add_argument("--walkthrough", choices=("en", "id"), help="a worker's day, checked, in this language")
    parser.add_argument("--only", default="", help="comma-separated name prefixes, e.g. register,intake,case_0")
    parser.add_argument("--no-pictures", action="store_true", help="with --walkthrough: check only")
    args = parser.parse_args()
    out = Path(args.out)
    size = tuple(int(n) for n in args.size.lower().split("x"))
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SHELTERDESK_HOME", tempfile.mkdtemp(prefix="shelterdesk-shots-"))
    app = QApplication(sys.argv[:1])
    language = args.walkthrough or args.language
    apply_app_font(app, register_fonts(), language)
    app.setStyleSheet(APP_STYLE)
    if args.walkthrough:
        from walkthrough import run_day

        translators = shelter_app.install_translations(app, language)  # noqa: F841 (kept alive)
        run_day(None if args.no_pictures else out, f"walk_{args.walkthrough}")
        print(f"walk-through in {args.walkthrough}: every step done")
        return 0
    translators = shelter_app.install_translations(app, language)  # noqa: F841 (kept alive)
    shots = Shooter(out, language, tuple(p for p in args.only.split(",") if p))

    with tempfile.TemporaryDirectory() as fresh:
        access = VaultAccess(Path(fresh) / "vault", SystemClock(), Path(fresh) / "state", kdf=MIN_KDF)
        first = MainWindow(access, SettingsStore(Path(fresh) / "settings.ini"))
        first.resize(*size)
        first.show()
        shots.shoot("first_run", lambda: first)
        first.close()

    demo = shelter_app.build_demo(args.count)
    try:
        window = MainWindow(demo.access, SettingsStore(demo.folder / "settings.ini"), demo_hint=demo.hint)
        window.resize(*size)
        window.show()
        window.unlock_screen.user.setText(shelter_app.DEMO_USER)
        shots.shoot("unlock", lambda: window)
        window.unlock_screen.passphrase.setText(shelter_app.DEMO_PASSPHRASE)
        window.unlock_screen.attempt()
        ws = window.workspace
        shots.shoot("register", lambda: window)
        reg = ws.register
        reg.status_filter.setCurrentIndex(1)
        reg.embassy_filter.setChecked(True)
        shots.shoot("register_filtered", lambda: window)
        reg.embassy_filter.setChecked(False)
        reg.status_filter.setCurrentIndex(0)
        ws.show_page("dashboard")
        shots.shoot("dashboard", lambda: window)
        bar = ws.dashboard.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shots.shoot("dashboard_more", lambda: window)
        bar.setValue(0)

        def dashboard_dialog(open_it: Callable[[], None]) -> QWidget | None:
            open_it()
            return ws.dialogs[-1] if ws.dialogs else None

        shots.shoot("export_dialog", lambda: dashboard_dialog(ws.open_export))
        shots.shoot("report_dialog", lambda: dashboard_dialog(ws.open_report))
        for dialog in list(ws.dialogs):
            dialog.reject()
        ws.show_page("register")

        def intake() -> QWidget | None:
            ws.new_intake()
            return ws.dialogs[-1] if ws.dialogs else None

        shots.shoot("intake", intake)
        for dialog in list(ws.dialogs):
            dialog.reject()
        settle()

        def referral_case() -> int | None:
            """A case with needs and a referral whose recipient has the person's consent (so the letter previews)."""
            services = window.services
            for row in range(min(reg.model.rowCount(), 200)):
                sid = reg.model.survivor_id(row)
                if sid is None or not services.needs.for_survivor(sid):
                    continue
                if any(services.letters.consent(sid, r.agency_id) for r in services.referrals.for_survivor(sid)):
                    return sid
            return reg.model.survivor_id(0)

        case_id = referral_case()
        ws.open_case(case_id)
        tabs = ws.case_file.findChild(QTabWidget)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            shots.shoot(f"case_{i}_{CASE_TABS[i]}", lambda: window)  # English names in every language

        for key in ("referrals", "agencies", "staff", "settings"):
            ws.show_page(key)
            shots.shoot(key, lambda: window)
        ws.show_page("staff")
        ws.pages["staff"].findChild(QTabWidget).setCurrentIndex(1)
        shots.shoot("audit", lambda: window)

        def letter() -> QWidget:
            services = window.services
            refs = [r for r in services.referrals.for_survivor(case_id) if services.letters.consent(case_id, r.agency_id)]
            refs = refs or services.referrals.for_survivor(case_id)
            dialog = LetterDialog(services, case_id, referral_id=refs[0].id if refs else None, parent=window)
            dialog.show()
            settle(800)  # the preview renders after a short pause
            return dialog

        shots.shoot("letter_dialog", letter)

        def dialog_of(cls: type[QDialog]) -> QWidget:
            dialog = cls(window.services, parent=window)
            dialog.show()
            settle()
            return dialog

        shots.shoot("batch_letters", lambda: dialog_of(BatchLettersDialog))
        shots.shoot("backup", lambda: dialog_of(BackupDialog))
        window.lock()
        window.close()
    finally:
        demo.remove()
    print("saved:", ", ".join(shots.saved))
    if shots.skipped:
        print("skipped:", "; ".join(shots.skipped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
