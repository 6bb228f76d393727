"""Messages written in the services reach the screens in the interface language (domain.messages, ui.shown),
while the command line's JSON keeps the English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from shelterdesk.app import install_translations
from shelterdesk.domain.models import Survivor
from shelterdesk.services.registry import Services
from shelterdesk.ui.import_dialog import ImportDialog
from shelterdesk.ui.letter_dialog import LetterDialog
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.shared import STAFF_PASS
from tests.ui.shell_support import access_for

NOT_A_DATE = "“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-14."


@pytest.fixture
def indonesian(qapp: QApplication):
    locale = QLocale()
    translators = install_translations(qapp, "id")
    assert translators, "shelterdesk_id.qm did not load"
    yield
    for translator in translators:  # later tests expect English
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def indonesian_for(context: str, english: str) -> str:
    text = QCoreApplication.translate(context, english)
    assert text != english, f"no Indonesian for {english!r} in {context}"
    return text


def test_import_problems_field_names_and_refusals_are_in_indonesian(qtbot, services: Services, tmp_path: Path,
                                                                     indonesian) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Nama Keluarga,Nama Depan,Kewarganegaraan,Tanggal Lahir\nPutri,Dewi,ID,31/02/2000\n",
                   encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    [problem] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert indonesian_for("Import", NOT_A_DATE).format(value="31/02/2000") in problem
    assert "is not a date" not in problem
    assert dialog.mapping.cellWidget(3, 2).currentText() == indonesian_for("Record fields", "Date of birth")
    # `shelterdesk-cli import --json` prints the same plan: English, whatever the screen's language.
    report = json.loads(json.dumps(dialog.plan.report(0)))
    assert report["errors"][0]["message"] == NOT_A_DATE.format(value="31/02/2000")

    for row in range(dialog.mapping.rowCount()):  # nothing mapped: the service refuses the whole file
        box = dialog.mapping.cellWidget(row, 2)
        box.setCurrentIndex(box.findData(""))
    dialog.check()
    assert dialog.message.text() == "• " + indonesian_for(
        "Import", "No column is mapped to a field. Map at least the name and nationality columns.")


def test_letter_refusal_and_warning_are_in_indonesian(qtbot, services: Services, indonesian) -> None:
    embassy = services.agencies.embassies_for("ID")[0]  # the shipped directory has no postal address for it
    sid = services.cases.register(Survivor(family_name="WIJAYA", given_names="Siti", nationalities=["ID"]),
                                  confirm_not_duplicate=True).id
    dialog = LetterDialog(services, sid, embassy.id)
    qtbot.addWidget(dialog)
    warning = indonesian_for("Letters", "The directory has no postal address for {agency}, so the letter will "
                                        "carry only its name. Add the address under Agencies if the letter is to "
                                        "be posted or delivered.").format(agency=embassy.name)
    assert warning in dialog.warnings.text().split("\n")
    dialog.refresh_preview()  # no consent recorded: the service refuses, in the words of the screen
    refusal = indonesian_for(
        "Letters", "There is no valid {kind} consent for this person (none recorded, withdrawn or expired), so "
        "no letter can go to this recipient. Record their consent, or (coordinators and administrators) override "
        "with a written reason, which is kept in the disclosure register.")
    assert dialog.preview.message.text() == refusal.format(kind=indonesian_for("Consent kinds", "embassy"))


def test_a_disabled_account_is_told_why_in_indonesian(qtbot, services: Services, vault_dir, clock,
                                                      shelterdesk_home, indonesian) -> None:
    services.staff.add("dara", "caseworker", STAFF_PASS)
    services.staff.set_disabled("dara", True)
    services.close()
    window = MainWindow(access_for(vault_dir, clock, shelterdesk_home), SettingsStore())
    qtbot.addWidget(window)
    screen = window.unlock_screen
    screen.user.setText("dara")
    screen.passphrase.setText(STAFF_PASS)
    screen.button.click()
    assert window.is_locked
    assert screen.message.text() == indonesian_for("Vault", "This staff account is disabled. Ask an administrator.")
