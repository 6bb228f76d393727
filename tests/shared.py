"""Helpers several test folders use: reading PDFs back with poppler, sessions for other roles."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from shelterdesk.domain.enums import Role
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock

STAFF_PASS = "purple elephant dancing quietly"
OWN_PASS = "their own seven quiet lanterns"  # what a member chooses in place of STAFF_PASS


def need_tool(tool: str, package: str = "poppler-utils") -> str:
    """The path of an external tool a test needs.

    Missing, the test is skipped on a developer's machine but fails under CI=true:
    CI must never pass by skipping what it was meant to check.
    """
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (apt package {package}; packaging/install.sh adds it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "letter") -> str:
    need_tool("pdftotext")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """Text of each page (pdftotext separates pages with form feeds)."""
    pages = pdf_text(pdf, tmp_path, "pages").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """pdffonts rows split into columns (header lines dropped)."""
    need_tool("pdffonts")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def flat(text: str) -> str:
    """Whitespace collapsed, so a value wrapped across lines still matches."""
    return re.sub(r"\s+", " ", text)


def services_as(admin: Services, role: Role, username: str | None = None) -> Services:
    """A second session on the same vault for a new staff member with `role`.

    Only one session may hold the vault, so the admin session is closed first.
    """
    name = username or role.value
    admin.staff.add(name, role, STAFF_PASS, display_name=name.title())
    session = admin.session
    directory, clock, state_dir = session.vault.directory, session.clock, session.state_dir
    admin.close()
    member = Services.for_session(unlock(directory, name, STAFF_PASS, clock=clock, state_dir=state_dir))
    member.staff.set_first_passphrase(OWN_PASS)  # nothing else is allowed with the one-time passphrase
    return member
