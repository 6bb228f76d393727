"""Proof 9: hostile text in every free-text field is stored byte-exact, NUL is refused, letters escape markup.

Phone numbers, dates and codes are validated fields: hostile text there is refused by validation.
"""

from __future__ import annotations

import subprocess

import pytest

from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.models import NextOfKin, Survivor, TraffickingProfile
from tests.shared import need_tool

HOSTILE = [
    "Robert'); DROP TABLE survivors;--",
    "<font size=80 color=red>BIG</font><b>&amp;</b><para>",
    "\u202eevil\u202c \u2067مرحبا\u2069 \u200f",
    "%s %n {0} ${HOME} \\x41",
    "a\u0301\u0308\ufeff\U0001f600",
]
TEXT_FIELDS = ["family_name", "given_names", "native_name", "preferred_name", "gender", "home_address",
               "notes", "embassy_case_number"]
NESTED = {"next_of_kin": (NextOfKin, ["name", "relation"]),
          "trafficking": (TraffickingProfile, ["recruitment_channel", "recruitment_platform", "compound_location",
                                               "how_left", "referred_in_by"])}


def _hostile_survivor(value: str) -> Survivor:
    s = Survivor(nationalities=["ID"], aliases=[value, value[::-1]])
    for name in TEXT_FIELDS:
        setattr(s, name, value)
    for attr, (cls, names) in NESTED.items():
        setattr(s, attr, cls(**{n: value for n in names}))
    return s


def test_hostile_text_stored_byte_exact(services):
    stored = 0
    for value in HOSTILE:
        s = services.cases.register(_hostile_survivor(value), confirm_not_duplicate=True)
        back = services.cases.open_case(s.id)
        for name in TEXT_FIELDS:
            assert getattr(back, name) == value, name
        for attr, (_cls, names) in NESTED.items():
            assert all(getattr(getattr(back, attr), n) == value for n in names), attr
        assert back.aliases == [value, value[::-1]]
        stored += len(TEXT_FIELDS) + sum(len(n) for _c, n in NESTED.values()) + 2
    big = "長" * (10 * 1024 * 1024 // 3)  # 10 MB of UTF-8
    s = services.cases.register(Survivor(family_name="Big", notes=big, nationalities=["CN"]),
                                confirm_not_duplicate=True)
    assert services.cases.open_case(s.id).notes == big
    print(f"\nhostile input: {len(HOSTILE)} values x every text field = {stored} fields byte-exact, "
          "plus a 10 MB note")


def test_nul_refused_with_a_message(services):
    refused = []
    for name in ("family_name", "given_names", "native_name", "notes", "home_address"):
        s = Survivor(family_name="Ok", nationalities=["ID"])
        setattr(s, name, "bad\x00value")
        with pytest.raises(ValidationError) as e:
            services.cases.register(s, confirm_not_duplicate=True)
        assert "NUL" in e.value.errors[name]
        refused.append(name)
    print(f"\nNUL refused with a message in: {', '.join(refused)}")


def test_letter_shows_markup_as_text(services, tmp_path):
    from shelterdesk.services.letters import LetterRequest

    need_tool("pdftotext")

    value = HOSTILE[1]
    s = services.cases.register(Survivor(family_name=value, given_names="Test", nationalities=["ID"]),
                                confirm_not_duplicate=True)
    services.consents.record(s.id, "embassy")
    embassy = services.agencies.embassies_for("ID")[0]
    pdf = services.letters.preview(LetterRequest(s.id, embassy.id))
    (tmp_path / "l.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "l.pdf"), "-"], capture_output=True, text=True).stdout
    assert value in " ".join(text.split()), "the markup was interpreted instead of printed"
    print("\nletter: reportlab markup in a name printed literally, not interpreted")
