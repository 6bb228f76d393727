"""Helpers for the letter-service tests: planted marker values, PDF read-back, sessions by role."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from shelterdesk.domain.enums import Role
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

# Planted values: where each may (or must never) appear.
PASSPORT = "C7654321"  # allowed for embassies, pre-selected
EMBASSY_CASE = "EMBQ4471"  # allowed, pre-selected
VISA = "VISAMARK31"  # allowed, pre-selected
HOME = "HOMEMARK55 Jalan Melati"  # allowed for embassies but sensitive: never pre-selected
COMPOUND = "COMPOUNDMARK88"  # not allowed for embassies
HOW_LEFT = "HOWLEFTMARK19"  # not allowed for embassies
NOTES = "NOTESMARK42"  # never a letter field
PHONE = "+855977774242"  # never a letter field (stored normalised)


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "letter") -> str:
    _need("pdftotext")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def flat(text: str) -> str:
    """Whitespace collapsed, so a value wrapped across lines still matches."""
    return re.sub(r"\s+", " ", text)


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    pages = pdf_text(pdf, tmp_path, "pages").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    """pdffonts rows (header lines dropped)."""
    _need("pdffonts")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


STAFF_PASS = "purple elephant dancing quietly"


def services_as(admin: Services, role: Role) -> Services:
    """A session for a new staff member with `role` on the same vault (the admin session is closed)."""
    admin.staff.add(role.value, role, STAFF_PASS, display_name=role.value.title())
    session = admin.session
    directory, clock, state_dir = session.vault.directory, session.clock, session.state_dir
    admin.close()
    return Services.for_session(unlock(directory, role.value, STAFF_PASS, clock=clock, state_dir=state_dir))


# The `services` fixture's administrator (tests/conftest.py).
ADMIN = "admin"
ADMIN_PASS = "correct horse battery staple"
