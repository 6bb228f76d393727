"""Attachments: scans, photos and signed forms kept with a case inside the encrypted vault.

Every file is checked and cleaned first (attachment_checks); a refused file
leaves nothing behind. Audit entries name the attachment's number and kind,
never its file name (a file name is often the person's name).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..domain.attachments import Attachment, AttachmentKind
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..storage.repos import attachments as repo
from ..storage.repos import survivors as survivors_repo
from .attachment_checks import MAX_BYTES, clean, refused, too_big
from .files import save_outside_vault
from .session import WRITE_ROLES, Session


def _kind(kind: AttachmentKind | str) -> AttachmentKind:
    try:
        return AttachmentKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in AttachmentKind)  # the words the command line takes
        raise ValidationError({"kind": msg("Attachments", "Choose what the file is: {choices}.",
                                           choices=choices)}) from None


class AttachmentService:
    def __init__(self, session: Session, max_bytes: int = MAX_BYTES):
        self.s = session
        self.max_bytes = max_bytes

    def add(self, survivor_id: int, name: str, data: bytes, kind: AttachmentKind | str) -> Attachment:
        """Check, clean and store `data` (named `name`) with the case; ValidationError says why not."""
        self.s.require(WRITE_ROLES)
        checked_kind = _kind(kind)
        cleaned = clean(name, data, self.max_bytes)
        digest = hashlib.sha256(cleaned.content).hexdigest()
        with self.s.vault.write() as conn:
            survivors_repo.get(conn, survivor_id)
            attachment_id = repo.insert(conn, survivor_id, checked_kind, cleaned.name, cleaned.media_type,
                                        cleaned.content, digest, self.s.actor.username, self.s.clock.now())
            self.s.log(conn, "attachment.add", "survivor", survivor_id,
                       f"attachment {attachment_id} {checked_kind.value} {cleaned.media_type.suffix[1:]}")
            return repo.get(conn, attachment_id)

    def add_file(self, survivor_id: int, path: Path | str, kind: AttachmentKind | str) -> Attachment:
        """Like add, reading the file; a file over the limit is refused before it is read."""
        self.s.require(WRITE_ROLES)
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise refused(too_big(size, self.max_bytes))
            data = path.read_bytes()
        except OSError as e:
            raise refused(msg("Attachments", "The file cannot be read ({reason}).",
                              reason=e.strerror or str(e))) from None
        return self.add(survivor_id, path.name, data, kind)

    def for_survivor(self, survivor_id: int) -> list[Attachment]:
        return repo.for_survivor(self.s.conn, survivor_id)

    def get(self, attachment_id: int) -> Attachment:
        return repo.get(self.s.conn, attachment_id)

    def content(self, attachment_id: int) -> bytes:
        """The stored bytes, for a preview; each look is in the audit log."""
        with self.s.vault.write() as conn:
            attachment = repo.get(conn, attachment_id)
            data = repo.content(conn, attachment_id)
            self.s.log(conn, "attachment.view", "survivor", attachment.survivor_id, f"attachment {attachment_id}")
        return data

    def save_copy(self, attachment_id: int, path: Path | str) -> Attachment:
        """Write a plaintext copy outside the vault (owner-only file); audited."""
        self.s.require(WRITE_ROLES)
        target = Path(path).expanduser()
        if target.resolve().parent == self.s.vault.directory.resolve():
            raise ValidationError({"out": msg("Attachments", "Choose a place outside the vault folder.")})
        if not target.parent.is_dir():
            raise ValidationError({"out": msg("Attachments", "The folder {folder} does not exist.",
                                              folder=str(target.parent))})
        with self.s.vault.write() as conn:
            attachment = repo.get(conn, attachment_id)
            try:
                save_outside_vault(target, repo.content(conn, attachment_id))
            except OSError as e:  # the transaction rolls back: no audit line for a copy that does not exist
                raise ValidationError({"out": msg("Attachments", "The copy could not be written ({reason}).",
                                                  reason=e.strerror or str(e))}) from None
            self.s.log(conn, "attachment.export", "survivor", attachment.survivor_id,
                       f"attachment {attachment_id} {attachment.kind.value}")
        return attachment

    def remove(self, attachment_id: int) -> Attachment:
        """Delete the file from the vault for good (secure_delete wipes its pages)."""
        self.s.require(WRITE_ROLES)
        with self.s.vault.write() as conn:
            attachment = repo.get(conn, attachment_id)
            repo.delete(conn, attachment_id)
            self.s.log(conn, "attachment.remove", "survivor", attachment.survivor_id,
                       f"attachment {attachment_id} {attachment.kind.value}")
        return attachment
