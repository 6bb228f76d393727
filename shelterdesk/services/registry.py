"""All services of one unlocked session, built together (the UI and CLI receive this)."""

from __future__ import annotations

from dataclasses import dataclass

from .access_report import AccessReportService
from .agencies import AgencyService
from .attachments import AttachmentService
from .audit_log import AuditService
from .cases import CaseService
from .consents import ConsentService
from .dashboard import DashboardService
from .drafts import DraftService
from .exports import ExportService
from .importer import ImportService
from .letters import LetterService
from .needs import NeedService
from .referrals import ReferralService
from .report import ReportService
from .retention import RetentionService
from .session import Session
from .staff import StaffService
from .transfer import TransferService


@dataclass
class Services:
    session: Session
    cases: CaseService
    needs: NeedService
    consents: ConsentService
    agencies: AgencyService
    referrals: ReferralService
    staff: StaffService
    audit: AuditService
    drafts: DraftService
    letters: LetterService
    exports: ExportService
    imports: ImportService
    dashboard: DashboardService
    reports: ReportService
    attachments: AttachmentService
    retention: RetentionService
    access_report: AccessReportService
    transfer: TransferService

    @classmethod
    def for_session(cls, session: Session) -> Services:
        return cls(session, CaseService(session), NeedService(session), ConsentService(session),
                   AgencyService(session), ReferralService(session), StaffService(session), AuditService(session),
                   DraftService(session), LetterService(session), ExportService(session), ImportService(session),
                   DashboardService(session), ReportService(session), AttachmentService(session),
                   RetentionService(session), AccessReportService(session), TransferService(session))

    def close(self) -> None:
        self.session.close()
