"""The self-test behind `shelterdesk --selftest`: does this installation (or bundle) work?

Everything happens in a temporary folder with invented names; the real vault
and profile are never opened. Each check gives one line; the Qt part (UI
translations) is added by `shelterdesk.ui.selftest`.
"""

from __future__ import annotations

import functools
import io
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from .. import letters
from ..domain.models import Survivor
from ..domain.queries import CaseQuery
from ..letters.fonts import FACES
from ..storage.engine_facts import engine_facts
from ..storage.keyslots import MIN_KDF
from .clock import SystemClock
from .registry import Services
from .vaults import create_vault

# An invented name for every script a bundled font covers (the keys of letters.fonts.FACES).
SAMPLE_NAMES: dict[str, tuple[str, ...]] = {
    "latin": ("Nguyễn Văn An",),
    "cjk": ("张伟",),
    "korean": ("김민준",),
    "khmer": ("សុខ ដារ៉ា",),
    "thai": ("สมชาย ใจดี",),
    "lao": ("ສົມພອນ ແກ້ວ",),
    "myanmar": ("အောင် ကျော်",),
    "bengali": ("মোহাম্মদ রহমান",),
    "devanagari": ("राम बहादुर",),
    "tamil": ("முருகன் செல்வம்",),
    "sinhala": ("නිමල් පෙරේරා",),
    "ethiopic": ("አበበ በቀለ",),
    "arabic": ("محمد أحمد", "عمران خان"),  # Arabic and Urdu
}
USER, PASSPHRASE = "selftest", "selftest lantern harbour quietly"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name}" + (f": {self.detail}" if self.detail else "")


def guarded(name: str, check: Callable[[], str]) -> Check:
    """Run one check; an exception fails it with its type and message (the data are invented)."""
    try:
        return Check(name, True, check())
    except Exception as error:  # noqa: BLE001 (a self-test reports every failure and goes on)
        where = traceback.extract_tb(error.__traceback__)[-1]
        return Check(name, False, f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})")


def core_checks(folder: Path) -> Iterator[Check]:
    """Vault engine, search in every script, letters with every font; `folder` is a scratch folder."""
    opened: list[Services] = []

    def create() -> str:
        session, _code = create_vault(folder / "vault", USER, PASSPHRASE, display_name="Self-test",
                                      shelter_name="Self-test shelter", clock=SystemClock(), kdf=MIN_KDF,
                                      state_dir=folder / "state")
        opened.append(Services.for_session(session))
        return "created in a temporary folder"

    yield guarded("temporary vault", create)
    for services in opened:
        try:
            yield from _engine_checks(services)
            yield from _search_checks(services)
        finally:
            services.close()
    yield guarded("letter renders with every bundled font", _letter_check)


def _engine_checks(services: Services) -> Iterator[Check]:
    def version() -> str:
        facts = engine_facts(services.session.conn)
        if not facts.cipher_version.startswith("4."):
            raise AssertionError(f"SQLCipher {facts.cipher_version or 'missing'}, version 4 needed")
        return f"SQLCipher {facts.cipher_version}, SQLite {facts.sqlite_version}"

    def fts5() -> str:
        if not engine_facts(services.session.conn).fts5:
            raise AssertionError("this SQLCipher was built without FTS5")
        return "available"

    def settings() -> str:
        facts = engine_facts(services.session.conn)
        wrong = [f"{pragma}={got} (expected {want})" for pragma, want, got in facts.settings if got != want]
        if wrong:
            raise AssertionError(", ".join(wrong))
        return ", ".join(f"{pragma}={got}" for pragma, _want, got in facts.settings)

    yield guarded("SQLCipher version", version)
    yield guarded("SQLCipher full-text search (FTS5)", fts5)
    yield guarded("vault connection settings", settings)


def _search_checks(services: Services) -> Iterator[Check]:
    for face in FACES:
        for name in SAMPLE_NAMES.get(face.key, ()):
            yield guarded(f"search, {face.key}: {name}", functools.partial(_stored_and_found, services, name))
        if face.key not in SAMPLE_NAMES:
            yield Check(f"search, {face.key}", False,
                        "no sample name for this script in services/selftest.py")


def _stored_and_found(services: Services, name: str) -> str:
    survivor = services.cases.register(Survivor(family_name="Selftest", given_names="Person", native_name=name,
                                                nationalities=["ID"]), confirm_not_duplicate=True)
    for words in (name, name.split()[0]):
        found = [case.id for case in services.cases.search(CaseQuery(text=words), limit=100)]
        if survivor.id not in found:
            raise AssertionError(f"searching {words!r} did not find the stored name")
    return "stored, found by the whole name and by its first word"


def _letter_check() -> str:
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    names = [name for face in FACES for name in SAMPLE_NAMES.get(face.key, ())]
    content = letters.LetterContent(
        template_id="embassy_travel_document", languages=("en",),
        shelter=letters.ShelterProfile("Self-test shelter"), reference="REF-2026-00001",
        issued_on=date(2026, 1, 1), addressee=letters.Addressee("Self-test embassy"),
        family_name=" ".join(names), given_names="Selftest", native_name=" ".join(names),
        case_number="SD-2026-0001",
        needs=tuple(letters.NeedLine("need_travel_document", detail=name) for name in names))
    pdf = letters.render_letter(content)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    if "REF-2026-00001" not in text:
        raise AssertionError("the letter read back lacks its reference")
    embedded = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        for reference in cast(DictionaryObject, resources["/Font"].get_object()).values():
            font = cast(DictionaryObject, reference.get_object())
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+", 1)[-1])
    wanted = {face.file(bold).stem for face in FACES for bold in (False, True)}
    missing = sorted(wanted - embedded)
    if missing:
        raise AssertionError("fonts not embedded: " + ", ".join(missing))
    return f"{len(reader.pages)} pages, {len(wanted)} fonts embedded"
