"""Attachments are checked and cleaned in services: what is refused stores nothing, photos lose metadata."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest
from PIL import Image

from shelterdesk.domain.enums import Role
from shelterdesk.domain.errors import PermissionDenied, ValidationError
from shelterdesk.domain.models import Survivor
from shelterdesk.services import backup
from shelterdesk.services.attachment_checks import MAX_BYTES
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from tests.attachments.samples import exif_of, pdf_scan, photo_with_location, png_bomb
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import services_as


@pytest.fixture
def case(services) -> Survivor:
    return services.cases.register(Survivor(family_name="Rahman", given_names="Mohammad", nationalities=["BD"]))


def refused(services, case, name: str, data: bytes, text: str) -> None:
    before = services.audit.entries(entity="survivor", entity_id=case.id)
    with pytest.raises(ValidationError) as e:
        services.attachments.add(case.id, name, data, "passport_scan")
    assert text in str(e.value) and "Nothing was stored" in str(e.value)
    assert services.attachments.for_survivor(case.id) == []
    assert services.audit.entries(entity="survivor", entity_id=case.id) == before


@pytest.mark.parametrize("fmt, name", [("JPEG", "IMG_0042.jpg"), ("PNG", "screenshot.png")])
def test_photo_metadata_is_stripped_and_the_photo_stays_upright(services, case, fmt, name):
    original = photo_with_location(fmt)
    assert b"MarkerCam" in original and exif_of(original)  # the sample really carries metadata
    added = services.attachments.add(case.id, name, original, "photo")
    stored = services.attachments.content(added.id)
    assert b"MarkerCam" not in stored and b"Phone-GPS-Model" not in stored and b"compound" not in stored
    leftover = {k: v for k, v in exif_of(stored).items() if k not in ("dpi", "jfif", "jfif_version",
                                                                       "jfif_unit", "jfif_density")}
    assert leftover == {}
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (48, 64)  # the EXIF rotation was applied before the flag was dropped
    assert added.size == len(stored) and added.sha256 == hashlib.sha256(stored).hexdigest()
    assert added.name == name and added.kind == "photo"


def test_pdf_is_kept_byte_for_byte(services, case):
    pdf = pdf_scan(2)
    added = services.attachments.add(case.id, "consent-signed.PDF", pdf, "consent_form")
    assert services.attachments.content(added.id) == pdf
    assert added.media_type == "application/pdf"


def test_a_file_that_lies_about_its_type_is_refused(services, case):
    refused(services, case, "passport.jpg", pdf_scan(), "its contents are a PDF document")
    refused(services, case, "passport.pdf", photo_with_location("PNG"), "its contents are a PNG image")
    refused(services, case, "passport.png", b"MZ\x90\x00 an executable", "not a PDF, JPEG or PNG file at all")


def test_unsupported_and_empty_files_are_refused(services, case):
    refused(services, case, "passport.heic", b"\0\0\0\x18ftypheic", "Convert the photo to JPEG")
    refused(services, case, "notes.docx", b"PK\x03\x04", "Only PDF, JPEG and PNG")
    refused(services, case, "empty.pdf", b"", "empty")


def test_crafted_and_damaged_files_are_refused(services, case):
    refused(services, case, "bomb.png", png_bomb(), "exhaust memory")
    jpeg = photo_with_location("JPEG", (400, 300))
    refused(services, case, "cut.jpg", jpeg[: len(jpeg) // 2], "damaged")
    refused(services, case, "broken.pdf", b"%PDF-1.7\n garbage without any objects", "damaged")


def test_over_the_size_limit_is_refused_before_anything_is_parsed(services, case, tmp_path):
    big = b"%PDF-1.4\n" + b"0" * MAX_BYTES
    refused(services, case, "huge.pdf", big, "the limit is 25 MB")
    path = tmp_path / "huge.pdf"
    path.write_bytes(big)
    with pytest.raises(ValidationError, match="the limit is 25 MB"):
        services.attachments.add_file(case.id, path, "other")
    assert services.attachments.for_survivor(case.id) == []


def test_every_step_is_audited_without_the_file_name(services, case, tmp_path):
    added = services.attachments.add_file(case.id, _write(tmp_path / "Rahman_passport.jpg",
                                                          photo_with_location()), "passport_scan")
    out = tmp_path / "copy.jpg"
    services.attachments.save_copy(added.id, out)
    assert out.read_bytes() == services.attachments.content(added.id)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    services.attachments.remove(added.id)
    assert services.attachments.for_survivor(case.id) == []
    entries = [e for e in services.audit.entries(entity="survivor", entity_id=case.id)
               if e.action.startswith("attachment.")]
    assert [e.action for e in reversed(entries)] == ["attachment.add", "attachment.export", "attachment.view",
                                           "attachment.remove"]
    assert not any("Rahman" in e.detail for e in entries)
    assert services.audit.verify().ok


def test_read_only_staff_may_look_but_not_add_export_or_remove(services, case, tmp_path):
    scan = pdf_scan()
    added = services.attachments.add(case.id, "scan.pdf", scan, "id_scan")
    viewer = services_as(services, Role.READONLY)
    try:
        assert viewer.attachments.content(added.id) == scan
        for attempt in (lambda: viewer.attachments.add(case.id, "x.pdf", pdf_scan(), "other"),
                        lambda: viewer.attachments.save_copy(added.id, tmp_path / "x.pdf"),
                        lambda: viewer.attachments.remove(added.id)):
            with pytest.raises(PermissionDenied):
                attempt()
        assert not (tmp_path / "x.pdf").exists()
        assert [a.id for a in viewer.attachments.for_survivor(case.id)] == [added.id]
    finally:
        viewer.close()


def test_unknown_kind_is_refused_with_the_choices(services, case):
    with pytest.raises(ValidationError, match="passport_scan, id_scan, photo, consent_form, other"):
        services.attachments.add(case.id, "scan.pdf", pdf_scan(), "selfie")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_backup_carries_the_attachments(services, case, tmp_path):
    scan = services.attachments.add(case.id, "scan.pdf", pdf_scan(), "passport_scan")
    stored = services.attachments.content(scan.id)
    path = backup.make_backup(services.session, tmp_path / "usb.sdbak").path
    backup.restore_backup(path, tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    restored = Services.for_session(unlock(tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))
    try:
        assert restored.attachments.content(scan.id) == stored
    finally:
        restored.close()
