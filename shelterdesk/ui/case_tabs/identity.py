"""Identity and names: who the person is, how to reach their family, their stay."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import CaseStatus, Sex, Vulnerability
from ..code_pickers import CodeListField
from ..form_fields import (
    CheckField,
    ChecksField,
    ChoiceField,
    DateField,
    IntField,
    ListField,
    MultiLineField,
    TextField,
)
from ..vocabulary_labels import enum_options
from .base import SurvivorFormTab


def tr(text: str) -> str:
    return QCoreApplication.translate("IdentityTab", text)


class IdentityTab(SurvivorFormTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.section(tr("Case"), [
            (tr("Status"), "status", ChoiceField(tr("Case status"), enum_options(CaseStatus))),
        ], {"status": CaseStatus})
        self.section(tr("Names"), [
            (tr("Family name"), "family_name", TextField(tr("Family name"), tr("As in the passport"))),
            (tr("Given names"), "given_names", TextField(tr("Given names"), tr("As in the passport"))),
            (tr("Native script"), "native_name", TextField(tr("Name in native script"))),
            (tr("Preferred name"), "preferred_name", TextField(tr("Preferred name"))),
            (tr("Other names"), "aliases", ListField(tr("Other names"), tr("Aliases, one per line"))),
        ])
        self.section(tr("About the person"), [
            (tr("Sex"), "sex", ChoiceField(tr("Sex"), enum_options(Sex))),
            (tr("Gender"), "gender", TextField(tr("Gender"), tr("As the person describes it"))),
            (tr("Date of birth"), "date_of_birth", DateField(tr("Date of birth"))),
            (tr("Place of birth"), "place_of_birth", TextField(tr("Place of birth"))),
            (tr("Father's name"), "father_name",
             TextField(tr("Father's name"), tr("As in civil records; embassies check it"))),
            (tr("Mother's name"), "mother_name",
             TextField(tr("Mother's name"), tr("As in civil records; embassies check it"))),
            (tr("Estimated age"), "estimated_age", IntField(tr("Estimated age"), tr("years"))),
            ("", "dob_estimated", CheckField(tr("Date of birth or age is estimated"))),
            (tr("Vulnerabilities"), "vulnerabilities",
             ChecksField(tr("Vulnerabilities"), enum_options(Vulnerability), columns=4)),
        ], {"sex": Sex, "vulnerabilities": Vulnerability})
        self.section(tr("Nationality and language"), [
            (tr("Nationality"), "nationalities", CodeListField(tr("Nationality"), "country")),
            (tr("Languages"), "languages", CodeListField(tr("Languages"), "language")),
            ("", "interpreter_needed", CheckField(tr("Needs an interpreter"))),
        ])
        self.section(tr("Contact"), [
            (tr("Phone"), "phone", TextField(tr("Phone"), tr("With country code, e.g. +62 812 3456 7890"))),
            (tr("Home address"), "home_address", MultiLineField(tr("Home address"))),
            (tr("Last address in Cambodia"), "last_address_cambodia",
             MultiLineField(tr("Last address in Cambodia"),
                            tr("Where the person last lived, not where they were held"))),
        ])
        self.section(tr("Next of kin"), [
            (tr("Name"), "next_of_kin.name", TextField(tr("Next of kin name"))),
            (tr("Relation"), "next_of_kin.relation", TextField(tr("Relation"), tr("e.g. mother, brother"))),
            (tr("Phone"), "next_of_kin.phone", TextField(tr("Next of kin phone"))),
            ("", "next_of_kin.safe_to_contact", CheckField(tr("Safe to contact"))),
        ])
        self.section(tr("Shelter stay"), [
            (tr("Admitted"), "stay.admission_date", DateField(tr("Admission date"))),
            (tr("Discharged"), "stay.discharge_date", DateField(tr("Discharge date"))),
            (tr("Discharged to"), "stay.discharge_destination",
             TextField(tr("Discharge destination"), tr("Where the person goes, e.g. home town after repatriation"))),
        ])
        self.section(tr("Health (share only with consent)"), [
            (tr("Fit to fly"), "fit_to_fly",
             TextField(tr("Fit to fly"), tr("As the doctor stated it, with date and name"))),
            (tr("Medical notes"), "medical_notes",
             MultiLineField(tr("Medical notes"), tr("Only what the person agreed may be shared in letters"))),
        ])
        self.finish()
        self.fields["home_address"].edit.setMaximumHeight(80)
        self.fields["last_address_cambodia"].edit.setMaximumHeight(80)
        self.fields["medical_notes"].edit.setMaximumHeight(90)
