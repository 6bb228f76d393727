"""The composition root: settings, fonts, crash handler, vault access and the main window.

`shelterdesk [--vault DIR] [--demo] [--selftest]` (the gui-script). `--demo` builds a
throw-away vault in a temporary folder, fills it with invented people and
deletes it on exit; its user name and passphrase are shown on the unlock screen.
The demo vault is built in a worker thread once the unlock window shows, and
the Unlock button waits for it: the window must not wait for the vault.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QThread,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from . import paths
from .hardening import disable_core_dumps
from .services.clock import SystemClock
from .storage.keyslots import MIN_KDF
from .ui.crash import CrashHandler
from .ui.fonts import apply_app_font, register_fonts
from .ui.language_dialog import LanguageDialog
from .ui.main_window import MainWindow
from .ui.session_end import LockOnSessionEnd
from .ui.settings_store import SettingsStore
from .ui.style import APP_STYLE
from .ui.unlock import VaultAccess

DEMO_USER = "demo"
DEMO_PASSPHRASE = "lantern harbour quietly sixty"
DEMO_SHELTER = "Demo Shelter (invented data)"
DEMO_COUNT = 250
DEMO_SEED = 2026


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


class SingleInstance:
    """One ShelterDesk per profile: a QLockFile under SHELTERDESK_HOME, plus a local socket on which
    a second start asks the running one to show its window (e.g. after the panic key hid it)."""

    def __init__(self, home: Path):
        self.lock = QLockFile(str(home / "shelterdesk.lock"))
        self.lock.setStaleLockTime(0)  # stale only when the process that holds it is gone
        self.name = "shelterdesk-" + hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:16]
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        return self.lock.tryLock(100)

    def listen(self, on_show: Callable[[], None]) -> None:
        QLocalServer.removeServer(self.name)  # a socket left by a crashed run
        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(lambda: self._accept(on_show))
        self.server.listen(self.name)

    def _accept(self, on_show: Callable[[], None]) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnectFromServer()
            on_show()

    def ask_running_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        ok = socket.waitForConnected(1000)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


@dataclass
class Demo:
    folder: Path
    access: VaultAccess
    hint: str

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def prepare_demo() -> Demo:
    """The demo's folder and access, before its vault exists (`fill_demo_vault` makes it)."""
    folder = Path(tempfile.mkdtemp(prefix="shelterdesk-demo-"))
    access = VaultAccess(folder / "vault", SystemClock(), folder / "state", kdf=MIN_KDF)
    hint = _tr("Demo vault with invented people, deleted when you quit.\nUser name: {user}\nPassphrase: {pw}") \
        .format(user=DEMO_USER, pw=DEMO_PASSPHRASE)
    return Demo(folder, access, hint)


def fill_demo_vault(demo: Demo, count: int = DEMO_COUNT, seed: int = DEMO_SEED) -> None:
    """Create the demo vault, fill it with invented people and leave it locked."""
    from .services.demo import fill_demo

    services, _code = demo.access.create(DEMO_USER, DEMO_PASSPHRASE, "Demo Administrator", DEMO_SHELTER)
    try:
        fill_demo(services, count, seed)
    finally:
        services.close()


def build_demo(count: int = DEMO_COUNT, seed: int = DEMO_SEED) -> Demo:
    """A throw-away vault filled with invented people, locked and ready to unlock with the demo admin."""
    demo = prepare_demo()
    try:
        fill_demo_vault(demo, count, seed)
    except BaseException:
        demo.remove()
        raise
    return demo


class DemoBuilder(QThread):
    """Builds the demo vault off the UI thread; `ready` or `failed` (with a message) when done."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, demo: Demo, count: int = DEMO_COUNT, seed: int = DEMO_SEED):
        super().__init__()
        self.demo, self.count, self.seed = demo, count, seed

    def run(self) -> None:
        try:
            fill_demo_vault(self.demo, self.count, self.seed)
        except Exception as error:  # noqa: BLE001 (any failure is reported on the unlock screen)
            self.failed.emit(_tr("The demo vault could not be built ({error}). Quit and start the demo "
                                 "again.").format(error=type(error).__name__))
        else:
            self.ready.emit()


def build_demo_behind(window: MainWindow, demo: Demo, count: int = DEMO_COUNT) -> DemoBuilder:
    """Build the demo vault in a worker thread once the window's first events have run (it shows
    first); its Unlock button waits for the vault and shows why if it cannot be built."""
    builder = DemoBuilder(demo, count)
    builder.ready.connect(window.unlock_screen.release)
    builder.failed.connect(window.unlock_screen.hold)
    QTimer.singleShot(0, builder.start)
    return builder


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shelterdesk", description="ShelterDesk desktop app")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder (default: in the ShelterDesk profile)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away vault with invented people (deleted on exit)")
    parser.add_argument("--demo-count", type=int, default=DEMO_COUNT, help=argparse.SUPPRESS)
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation in a temporary folder (never the real vault) and exit")
    parser.add_argument("--selftest-report", metavar="FILE", type=Path,
                        help="where --selftest writes its report (default: a new file in the temporary folder)")
    return parser.parse_args(argv)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and ShelterDesk's, for `language`; English loads only its plural forms
    ("1 person", "2 people"). Returns them to keep alive."""
    installed = []
    # Names of countries and languages, and the date forms accepted, follow the UI language.
    if language and QLocale.system().name().split("_")[0] != language:
        QLocale.setDefault(QLocale(language))
    language = language or "en"
    sources = [(str(paths.resources_dir() / "i18n"), "shelterdesk")]
    if language != "en":
        sources.insert(0, (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"))
    for folder, stem in sources:
        translator = QTranslator(app)
        if translator.load(QLocale(language), stem, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def interface_settings(demo: bool) -> SettingsStore:
    """This computer's interface choices; the demo keeps its own beside the profile, outside its
    throw-away vault folder, so its language survives a restart."""
    return SettingsStore(paths.demo_settings_file() if demo else None)


def ask_language_first(settings: SettingsStore) -> None:
    """The first start on this computer asks for the language before anything else;
    closing the question keeps English and asks again next time."""
    if settings.has_language:
        return
    dialog = LanguageDialog(settings.language)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.language = dialog.language()
        settings.sync()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from .selftest import run

        return run(args.selftest_report)
    disable_core_dumps()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ShelterDesk")
    app.setApplicationDisplayName("ShelterDesk")
    home = paths.ensure_private_dir(paths.home())
    guard = SingleInstance(home)
    if not guard.acquire():
        shown = guard.ask_running_to_show()
        QMessageBox.information(None, "ShelterDesk", _tr(
            "ShelterDesk is already running on this computer.") + "\n\n" + (
            _tr("Its window has been brought to the front.") if shown else
            _tr("Switch to its window, or close it before starting ShelterDesk again.")))
        return 1
    settings = interface_settings(args.demo)
    families = register_fonts()
    apply_app_font(app, families)  # the language question names Khmer and Chinese in their scripts
    app.setStyleSheet(APP_STYLE)
    if not args.demo:  # the demo opens at once (its language is chosen in Settings and kept)
        ask_language_first(settings)
    _translators = install_translations(app, settings.language)  # noqa: F841 (kept alive until exit)
    apply_app_font(app, families, settings.language)
    window: MainWindow | None = None
    ending: LockOnSessionEnd | None = None
    crash = CrashHandler(lambda: window)
    crash.install()
    demo: Demo | None = None
    builder: DemoBuilder | None = None
    try:
        if args.demo:
            demo = prepare_demo()
            access, hint = demo.access, demo.hint
            settings.last_user = DEMO_USER  # only the passphrase left to type
        else:
            clock = SystemClock()
            vault_dir = Path(args.vault).expanduser() if args.vault else paths.default_vault_dir()
            access, hint = VaultAccess(vault_dir, clock, paths.home() / "state"), ""
        window = MainWindow(access, settings, demo_hint=hint,
                            preparing=_tr("Preparing the demo vault…") if demo is not None else "")
        ending = LockOnSessionEnd(app, window.lock)  # logout, shutdown, SIGTERM: locked before the end
        guard.listen(window.bring_back)
        geometry = settings.window_geometry()
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(1280, 820)
        window.show()
        if demo is not None:
            builder = build_demo_behind(window, demo, args.demo_count)
        return app.exec()
    finally:
        if builder is not None:
            builder.wait()  # the worker still writes into the folder about to be removed
        if ending is not None:
            ending.uninstall()
        if window is not None:
            window.lock()
        crash.uninstall()
        guard.release()
        if demo is not None:
            with contextlib.suppress(OSError):
                demo.remove()


if __name__ == "__main__":
    raise SystemExit(main())
