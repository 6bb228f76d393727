"""Every path the app uses, from one place.

SHELTERDESK_HOME overrides the platform folders so tests and portable installs
never touch a real profile.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from pathlib import Path

import platformdirs

APP_NAME = "ShelterDesk"


def home() -> Path:
    """The folder that holds the app's data (vault, settings, logs)."""
    override = os.environ.get("SHELTERDESK_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return home() / "vault"


def settings_file() -> Path:
    """Non-sensitive app settings (window geometry, last user name). Never survivor data."""
    return home() / "settings.ini"


def demo_settings_file() -> Path:
    """The demo's interface choices (language, window), kept across demos: its vault folder is
    thrown away on quit. Never survivor data."""
    return home() / "demo-settings.ini"


def log_dir() -> Path:
    return home() / "logs"


@functools.cache
def resources_dir() -> Path:
    """The shipped resources (fonts, letter templates, translations, agency directory, icon).

    Installed (wheel, installer, bundle) they are package data, shelterdesk/resources;
    in a source checkout they are the top-level resources/ folder, which the build
    maps into the package (see setup.py).
    """
    installed = importlib.resources.files("shelterdesk") / "resources"
    if installed.is_dir():
        # Fonts and templates must be real files (reportlab and Qt open them by name),
        # which they are for every installation we ship: never a zip archive.
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent / "resources"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable by its owner only, whatever the umask."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path
