"""The Qt part of the self-test: Qt starts, the shipped fonts register, each UI translation loads."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import paths
from ..services.selftest import Check, guarded
from .fonts import fonts_dir


def qt_checks() -> Iterator[Check]:
    yield guarded("Qt starts and the shipped fonts register", _fonts)
    folder = paths.resources_dir() / "i18n"
    found = sorted(folder.glob("shelterdesk_*.qm"))
    if not found:
        yield Check("UI translations", False, f"none in {folder}")
    for qm in found:
        yield guarded(f"UI translation {qm.stem.split('_', 1)[1]} loads", functools.partial(_translation, qm))


def _fonts() -> str:
    _alive_until_done = QApplication.instance() or QApplication(["shelterdesk"])
    files = sorted(fonts_dir().glob("*.ttf"))
    refused = [path.name for path in files if QFontDatabase.addApplicationFont(str(path)) < 0]
    if refused or not files:
        raise AssertionError(f"Qt refused {', '.join(refused)}" if refused else f"no fonts in {fonts_dir()}")
    return f"platform {QGuiApplication.platformName()}, {len(files)} fonts"


def _translation(qm: Path) -> str:
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise AssertionError(f"{qm.name} does not load")
    if qm.stem.endswith("_en"):
        # English needs only its plural forms: the register's count of one person.
        one = translator.translate("RegisterView", "%n people", "", 1)
        if "%n" not in one or one == "%n people":
            raise AssertionError(f"{qm.name} loads but has no English plural forms")
        return f"“%n people” for one → “{one}”"
    # The unlock screen's heading: the first string every user of a language sees.
    translated = translator.translate("UnlockScreen", "Unlock ShelterDesk")
    if not translated or translated == "Unlock ShelterDesk":
        raise AssertionError(f"{qm.name} loads but does not translate the unlock screen")
    return f"“Unlock ShelterDesk” → “{translated}”"
