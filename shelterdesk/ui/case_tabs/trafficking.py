"""The trafficking profile: how the person was recruited, held, and got out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import ExploitationType, TraffickingIndicator
from ..form_fields import ChecksField, DateField, ListField, MultiLineField, TextField
from ..vocabulary_labels import enum_options
from .base import SurvivorFormTab


def tr(text: str) -> str:
    return QCoreApplication.translate("TraffickingTab", text)


class TraffickingTab(SurvivorFormTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.section(tr("Exploitation"), [
            (tr("Types"), "trafficking.exploitation_types",
             ChecksField(tr("Exploitation types"), enum_options(ExploitationType))),
            (tr("Indicators"), "trafficking.indicators",
             ChecksField(tr("Indicators of trafficking"), enum_options(TraffickingIndicator), columns=2)),
        ], {"trafficking.exploitation_types": ExploitationType, "trafficking.indicators": TraffickingIndicator})
        self.section(tr("Recruitment"), [
            (tr("Channel"), "trafficking.recruitment_channel",
             TextField(tr("Recruitment channel"), tr("e.g. job advert, friend, agent"))),
            (tr("Platform"), "trafficking.recruitment_platform",
             TextField(tr("Recruitment platform"), tr("e.g. Facebook, Telegram"))),
        ])
        self.section(tr("Where and how long"), [
            (tr("Compound location"), "trafficking.compound_location", TextField(tr("Compound location"))),
            (tr("Held from"), "trafficking.held_from", DateField(tr("Held from"))),
            (tr("Held until"), "trafficking.held_until", DateField(tr("Held until"))),
            (tr("Means of control"), "trafficking.means_of_control",
             ListField(tr("Means of control"), tr("e.g. passport taken, debt, violence; one per line"))),
        ])
        self.section(tr("Leaving and referral"), [
            (tr("How they left"), "trafficking.how_left", MultiLineField(tr("How they left"))),
            (tr("Referred in by"), "trafficking.referred_in_by", TextField(tr("Referred in by"))),
            (tr("Police report"), "trafficking.police_report",
             TextField(tr("Police report"), tr("Report number, if the person chose to report"))),
        ])
        self.finish()
        self.fields["trafficking.how_left"].edit.setMaximumHeight(90)
