"""Case file → "Their own copy…": the subject-access report, in a language the person reads, saved as PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ..domain.errors import ShelterDeskError
from ..services.registry import Services
from .admin_helpers import confirm
from .file_dialogs import save_file
from .locale_format import language_name
from .shown import shown


def tr(text: str) -> str:
    return QCoreApplication.translate("AccessReport", text)


def choose_language(parent: QWidget | None, codes: list[str], default: str) -> str | None:
    names = [language_name(c) for c in codes]
    name, ok = QInputDialog.getItem(parent, tr("Their own copy"), tr("Language of the report"), names,
                                    codes.index(default), False)
    return codes[names.index(name)] if ok else None


def save_access_report(parent: QWidget | None, services: Services, survivor_id: int) -> tuple[str, str]:
    """Ask for the language and the file, then save; returns (message, kind) for the notice bar."""
    codes = list(services.access_report.languages())
    language = choose_language(parent, codes, services.access_report.default_language(survivor_id))
    if language is None:
        return "", ""
    if not confirm(parent, tr("Their own copy"), tr(
            "The report lists everything held about this person. The saved PDF is NOT encrypted: print it or "
            "hand it over, then delete the file. It is recorded in the disclosure register."), tr("Save as PDF")):
        return "", ""
    path = save_file(parent, tr("Save the report"), "access-report.pdf", tr("PDF files (*.pdf)"),
                     default_suffix="pdf")
    if path is None:
        return "", ""
    try:
        services.access_report.save(survivor_id, path, language)
    except ShelterDeskError as e:
        return shown(e), "error"
    return tr("The report was saved. It is not encrypted: delete the file once it has been handed over."), "success"
