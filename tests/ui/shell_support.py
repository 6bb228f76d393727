"""Building blocks for the app-shell tests: vault access, a seeded register, an unlocked window."""

from __future__ import annotations

import os
import warnings
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shelterdesk.domain.enums import AgencyKind, CaseStatus, NeedCategory
from shelterdesk.domain.models import ShelterStay, Survivor
from shelterdesk.services.clock import FakeClock
from shelterdesk.services.registry import Services
from shelterdesk.storage.keyslots import MIN_KDF
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from shelterdesk.ui.unlock import VaultAccess

# The session-wide QApplication may be created before the per-test fixture sets this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"

# (family, given, native, nationality, status, admitted days ago)
PEOPLE = [
    ("Santoso", "Budi", "", "ID", CaseStatus.SHELTERED, 30),
    ("Wijaya", "Siti", "", "ID", CaseStatus.AWAITING_REPATRIATION, 60),
    ("Zhang", "Wei", "张伟", "CN", CaseStatus.SHELTERED, 10),
    ("Rahman", "Mohammad", "মোহাম্মদ রহমান", "BD", CaseStatus.INTAKE, 1),
    ("Bekele", "Abebe", "አበበ በቀለ", "ET", CaseStatus.CLOSED, 200),
    ("Nguyen", "Van An", "Nguyễn Văn An", "VN", CaseStatus.REPATRIATED, 90),
]


def access_for(vault_dir: Path, clock: FakeClock, home: Path) -> VaultAccess:
    return VaultAccess(vault_dir, clock, home / "state", kdf=MIN_KDF)


def seed(services: Services) -> dict[str, int]:
    """Register PEOPLE; Santoso waits on the Indonesian embassy with an overdue follow-up,
    Zhang has an open medical need. Returns family name -> survivor id."""
    today = services.session.clock.today()
    ids = {}
    for family, given, native, nat, status, days in PEOPLE:
        s = Survivor(family_name=family, given_names=given, native_name=native, nationalities=[nat],
                     status=status, stay=ShelterStay(admission_date=today - timedelta(days=days)))
        ids[family] = services.cases.register(s, confirm_not_duplicate=True).id
    embassy = next(a for a in services.agencies.list(kind=str(AgencyKind.EMBASSY))
                   if "ID" in a.nationalities)
    ref = services.referrals.create(ids["Santoso"], embassy.id, reason="travel document",
                                    override_reason="consent given verbally, form to follow")
    services.referrals.set_status(ref.id, "sent")
    services.referrals.set_follow_up(ref.id, today - timedelta(days=2))
    services.needs.add(ids["Zhang"], NeedCategory.MEDICAL, due_date=today + timedelta(days=5))
    return ids


def unlocked_window(qtbot, access: VaultAccess, settings: SettingsStore | None = None,
                    user: str = ADMIN, passphrase: str = ADMIN_PASS) -> MainWindow:
    window = MainWindow(access, settings or SettingsStore(), check_every_ms=50)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    window.unlock_screen.user.setText(user)
    window.unlock_screen.passphrase.setText(passphrase)
    window.unlock_screen.button.click()
    assert not window.is_locked, window.unlock_screen.message.text()
    return window


def activate(window) -> None:
    """Make `window` the active window: shortcuts only fire there, and offscreen Qt activates nothing itself."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def today_of(services: Services) -> date:
    return services.session.clock.today()
