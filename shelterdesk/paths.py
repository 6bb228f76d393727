"""Every path the app uses, from one place.

SHELTERDESK_HOME overrides the platform folders so tests and portable installs
never touch a real profile.
"""

from __future__ import annotations

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


def log_dir() -> Path:
    return home() / "logs"


def resources_dir() -> Path:
    """The shipped resources (fonts, letter templates, agency directory): inside the package in the
    desktop bundle (packaging/shelterdesk.spec puts them there), else beside it in the source tree."""
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable by its owner only, whatever the umask."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path
