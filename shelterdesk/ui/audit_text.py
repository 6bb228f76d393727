"""Audit and history entries in words a person reads: "Opened the case file", "Draft → Sent".

The one mapping from the log's action codes to descriptions; the codes stay in
the log (and in the audit filter and export), the screens show these.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .forms import enum_label

ACTIONS: dict[str, str] = {
    "case.create": QT_TRANSLATE_NOOP("AuditText", "Registered the person"),
    "case.view": QT_TRANSLATE_NOOP("AuditText", "Opened the case file"),
    "case.update": QT_TRANSLATE_NOOP("AuditText", "Changed the case"),
    "need.add": QT_TRANSLATE_NOOP("AuditText", "Added a need"),
    "need.update": QT_TRANSLATE_NOOP("AuditText", "Changed a need"),
    "need.status": QT_TRANSLATE_NOOP("AuditText", "Moved a need"),
    "referral.create": QT_TRANSLATE_NOOP("AuditText", "Made a referral"),
    "referral.status": QT_TRANSLATE_NOOP("AuditText", "Moved a referral"),
    "referral.follow_up": QT_TRANSLATE_NOOP("AuditText", "Set a follow-up date"),
    "consent.give": QT_TRANSLATE_NOOP("AuditText", "Recorded consent"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditText", "Recorded a withdrawal of consent"),
    "letter.issue": QT_TRANSLATE_NOOP("AuditText", "Issued a letter"),
    "letter.reprint": QT_TRANSLATE_NOOP("AuditText", "Printed a letter again"),
    "agency.add": QT_TRANSLATE_NOOP("AuditText", "Added an agency"),
    "agency.update": QT_TRANSLATE_NOOP("AuditText", "Changed an agency"),
    "agency.delete": QT_TRANSLATE_NOOP("AuditText", "Deleted an agency"),
    "staff.add": QT_TRANSLATE_NOOP("AuditText", "Added a staff member"),
    "staff.role": QT_TRANSLATE_NOOP("AuditText", "Changed a staff member's role"),
    "staff.disable": QT_TRANSLATE_NOOP("AuditText", "Disabled or enabled a staff member"),
    "staff.remove": QT_TRANSLATE_NOOP("AuditText", "Removed a staff member"),
    "staff.passphrase": QT_TRANSLATE_NOOP("AuditText", "Changed a passphrase"),
    "staff.profile": QT_TRANSLATE_NOOP("AuditText", "Changed a staff member's details"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditText", "Unlocked the vault"),
    "session.recovery_unlock": QT_TRANSLATE_NOOP("AuditText", "Unlocked with the recovery code"),
    "recovery.new_code": QT_TRANSLATE_NOOP("AuditText", "Made a new recovery code"),
    "vault.create": QT_TRANSLATE_NOOP("AuditText", "Created the vault"),
    "vault.backup": QT_TRANSLATE_NOOP("AuditText", "Made a backup"),
    "vault.restore": QT_TRANSLATE_NOOP("AuditText", "Restored a backup"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditText", "Changed the vault key"),
    "profile.update": QT_TRANSLATE_NOOP("AuditText", "Changed the shelter's letterhead"),
    "settings.backup_reminder": QT_TRANSLATE_NOOP("AuditText", "Changed the backup reminder"),
    "settings.wipe_after": QT_TRANSLATE_NOOP("AuditText", "Changed the wipe-after-wrong-passphrases setting"),
    "demo.fill": QT_TRANSLATE_NOOP("AuditText", "Filled the demo vault"),
    "access_report.issue": QT_TRANSLATE_NOOP("AuditText", "Gave the person their own copy of their records"),
    "attachment.add": QT_TRANSLATE_NOOP("AuditText", "Stored a file with the case"),
    "attachment.export": QT_TRANSLATE_NOOP("AuditText", "Saved a copy of a stored file outside the vault"),
    "attachment.remove": QT_TRANSLATE_NOOP("AuditText", "Removed a stored file"),
    "attachment.view": QT_TRANSLATE_NOOP("AuditText", "Looked at a stored file"),
    "case.anonymise": QT_TRANSLATE_NOOP("AuditText", "Anonymised the case (retention rule)"),
    "case.erase": QT_TRANSLATE_NOOP("AuditText", "Erased a case at the person's request"),
    "case.import": QT_TRANSLATE_NOOP("AuditText", "Imported cases from a spreadsheet"),
    "case.transfer_in": QT_TRANSLATE_NOOP("AuditText", "Took in a case from a partner shelter"),
    "case.transfer_out": QT_TRANSLATE_NOOP("AuditText", "Sent the case to a partner shelter"),
    "export.report": QT_TRANSLATE_NOOP("AuditText", "Made the period report"),
    "settings.retention": QT_TRANSLATE_NOOP("AuditText", "Changed the retention rule"),
    "shelter_key.create": QT_TRANSLATE_NOOP("AuditText", "Created this shelter's identity key"),
    "shelter_key.trust": QT_TRANSLATE_NOOP("AuditText", "Trusted a partner shelter's key"),
}
_CHANGE = re.compile(r"\b([a-z_]+)->([a-z_]+)\b")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditText", text)


def describe_action(action: str) -> str:
    """The action in words; an unknown code (from a newer version) is shown as it is."""
    text = ACTIONS.get(action)
    return _tr(text) if text else action


def describe_detail(detail: str) -> str:
    """The detail with vocabulary codes as their labels: "need 3 open->met" -> "need 3: Open → Met"."""
    if detail.startswith("fields: "):
        fields = [f.replace("_", " ").replace(".", " ") for f in detail[len("fields: "):].split(",") if f]
        return _tr("Changed: {fields}").format(fields=", ".join(fields))
    return _CHANGE.sub(lambda m: f"{enum_label(m.group(1))} → {enum_label(m.group(2))}", detail)
