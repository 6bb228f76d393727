"""Non-sensitive app settings in an INI file under SHELTERDESK_HOME.

Only values that say nothing about a survivor live here: auto-lock minutes,
UI language, the last user name, window geometry and register filter presets
(filter values such as a status or a nationality, never text typed in the
search box). Anything else belongs inside the vault.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 60

# The keys a preset may hold: filter values only. `text` is deliberately absent.
PRESET_KEYS = ("statuses", "nationality", "open_need_category", "waiting_on_kind", "overdue", "sort",
               "descending")


class SettingsStore:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.settings_file()
        paths.ensure_private_dir(self.path.parent)
        _make_private_file(self.path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # -- locking -------------------------------------------------------------------
    @property
    def auto_lock_minutes(self) -> int:
        try:
            value = int(self._qs.value("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(MIN_AUTO_LOCK_MINUTES, min(MAX_AUTO_LOCK_MINUTES, value))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._qs.setValue("lock/auto_lock_minutes", max(MIN_AUTO_LOCK_MINUTES, min(MAX_AUTO_LOCK_MINUTES, int(minutes))))

    # -- language --------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self._qs.value("ui/language", "en"))

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    @property
    def has_language(self) -> bool:
        """Whether a language was ever chosen here (the first start asks for it)."""
        return bool(self._qs.contains("ui/language"))

    # -- unlock screen ---------------------------------------------------------------
    @property
    def last_user(self) -> str:
        return str(self._qs.value("unlock/last_user", ""))

    @last_user.setter
    def last_user(self, username: str) -> None:
        self._qs.setValue("unlock/last_user", username)

    # -- window ------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    # -- register presets ----------------------------------------------------------------
    def presets(self) -> dict[str, dict]:
        raw = self._qs.value("register/presets", "{}")
        try:
            loaded = json.loads(str(raw))
        except ValueError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {str(name): _only_filter_values(v) for name, v in loaded.items() if isinstance(v, dict)}

    def save_preset(self, name: str, values: dict) -> None:
        presets = self.presets()
        presets[name] = _only_filter_values(values)
        self._qs.setValue("register/presets", json.dumps(presets, ensure_ascii=False, sort_keys=True))

    def delete_preset(self, name: str) -> None:
        presets = self.presets()
        presets.pop(name, None)
        self._qs.setValue("register/presets", json.dumps(presets, ensure_ascii=False, sort_keys=True))


def _make_private_file(path: Path) -> None:
    """Create the file owner-only before QSettings writes it, whatever the umask.

    QSettings saves through QSaveFile, which gives a new file 0666 minus the umask
    but keeps the permissions of a file that already exists.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)  # an existing file too; on Windows only the read-only flag exists, left clear


def _only_filter_values(values: dict) -> dict:
    return {k: values[k] for k in PRESET_KEYS if k in values}
