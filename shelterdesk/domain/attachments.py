"""Files kept with a case inside the vault: scans of identity papers, photos, signed consent forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AttachmentKind(StrEnum):
    PASSPORT_SCAN = "passport_scan"
    ID_SCAN = "id_scan"
    PHOTO = "photo"
    CONSENT_FORM = "consent_form"
    OTHER = "other"


class MediaType(StrEnum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"

    @property
    def is_image(self) -> bool:
        return self is not MediaType.PDF

    @property
    def suffix(self) -> str:
        return {MediaType.PDF: ".pdf", MediaType.JPEG: ".jpg", MediaType.PNG: ".png"}[self]


@dataclass
class Attachment:
    """One stored file's description; the bytes are read separately, only when needed."""

    id: int
    survivor_id: int
    kind: AttachmentKind
    name: str
    media_type: MediaType
    size: int
    sha256: str
    added_by: str
    added_at: datetime
