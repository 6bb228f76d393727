"""Case transfer between shelters: the shelter's identity key, trusted partners, sealed packages.

A package goes only to a partner whose key an administrator has trusted after
comparing fingerprints, and only for cases with a valid `transfer` consent;
each case sent is entered in the disclosure register. An incoming package is
refused, with nothing written, when it is damaged or altered, signed by a
shelter not trusted here, sealed for another shelter, or already imported.
Attachments inside it are checked and cleaned again like any new file.
"""

from __future__ import annotations

import base64
import copy
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.attachments import AttachmentKind
from ..domain.enums import END_OF_STAY_STATUSES, CaseStatus, ConsentKind
from ..domain.errors import ConsentRequired, ShelterDeskError, ValidationError
from ..domain.messages import carried, msg
from ..domain.models import Consent, Disclosure, Need, Referral, Survivor
from ..domain.serialize import from_plain, to_plain
from ..domain.validation import validate_survivor
from ..storage import audit
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import attachments as attachments_repo
from ..storage.repos import consents as consents_repo
from ..storage.repos import letters as letters_repo
from ..storage.repos import meta
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as referrals_repo
from ..storage.repos import shelters as shelters_repo
from ..storage.repos import survivors as survivors_repo
from .attachment_checks import clean
from .cases import CaseService
from .files import OutputNotWritten, save_outside_vault
from .session import ADMIN_ROLES, LETTER_ROLES, WRITE_ROLES, Session
from .transfer_format import (
    ShelterKey,
    TransferRefused,
    key_file,
    new_private_keys,
    open_package,
    public_keys,
    read_header,
    read_key_file,
    seal,
)
from .vaults import shelter_profile

_SIGN, _BOX = "shelter_sign_seed", "shelter_box_private"
_RECORD_ONLY = ("id", "case_number", "version", "created_at", "updated_at")


@dataclass
class ImportPreview:
    cases: list[str]  # the sending shelter's case numbers
    duplicates: list[dict] = field(default_factory=list)  # {"case": theirs, "matches": [ours…]}
    attachments: int = 0
    sender: str = ""


class TransferService:
    def __init__(self, session: Session):
        self.s = session

    # -- this shelter's identity ------------------------------------------------------------
    def _private(self) -> tuple[bytes, bytes]:
        stored_sign, stored_box = self.s.vault.meta(_SIGN), self.s.vault.meta(_BOX)
        if isinstance(stored_sign, bytes) and isinstance(stored_box, bytes):
            return stored_sign, stored_box
        sign, box = new_private_keys()
        with self.s.vault.write() as conn:  # kept inside the encrypted vault, never in a file of its own
            meta.put(conn, _SIGN, sign)
            meta.put(conn, _BOX, box)
            self.s.log(conn, "shelter_key.create", "vault", self.s.vault.vault_id)
        return sign, box

    def own_key(self) -> ShelterKey:
        sign_public, box_public = public_keys(*self._private())
        return ShelterKey(shelter_profile(self.s).name or "Shelter", sign_public, box_public)

    def own_key_file(self) -> bytes:
        """The public key file to send to a partner (it holds no secret)."""
        return key_file(self.own_key())

    # -- partners ----------------------------------------------------------------------------
    def trust(self, key_data: bytes, name: str) -> ShelterKey:
        """Accept packages from (and send packages to) this shelter. Compare its fingerprint by phone first."""
        self.s.require(ADMIN_ROLES)
        key = read_key_file(key_data)
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": msg("Transfer", "Give the partner shelter's name as you know it.")})
        if key.fingerprint == self.own_key().fingerprint:
            raise ValidationError({"key": msg("Transfer", "This is this shelter's own key.")})
        with self.s.vault.write() as conn:
            shelters_repo.trust(conn, key.fingerprint, name, key.sign_public, key.box_public,
                                self.s.actor.username, self.s.clock.now())
            self.s.log(conn, "shelter_key.trust", "shelter", key.fingerprint, name)
        return ShelterKey(name, key.sign_public, key.box_public)

    def trusted(self) -> list[ShelterKey]:
        return [ShelterKey(name, sign, box) for _fp, name, sign, box in shelters_repo.trusted(self.s.conn)]

    def _trusted(self, conn, fingerprint: str, unknown: str) -> ShelterKey:
        found = shelters_repo.find(conn, fingerprint)
        if found is None:
            raise TransferRefused(unknown)
        return ShelterKey(found[1], found[2], found[3])

    # -- sending -------------------------------------------------------------------------------
    def export(self, survivor_ids: list[int], recipient_key_data: bytes, out: Path | None = None, *,
               mark_transferred: bool = True) -> bytes:
        """A package of the cases for the trusted partner whose key file this is."""
        return self.export_for(survivor_ids, read_key_file(recipient_key_data).fingerprint, out,
                               mark_transferred=mark_transferred)

    def export_for(self, survivor_ids: list[int], fingerprint: str, out: Path | None = None, *,
                   mark_transferred: bool = True) -> bytes:
        """A package of the cases for a trusted partner; every case needs a valid transfer consent.

        With `mark_transferred`, each case sent ends its stay here: status "transferred", discharged
        today (a stay that had already ended keeps its discharge date), destination the partner's name. That, the
        disclosure record and (with `out`) the written package share one transaction: a failed write
        leaves neither a disclosure nor a status change behind.
        """
        self.s.require(LETTER_ROLES)
        if not survivor_ids:
            raise ValidationError({"cases": msg("Transfer", "Choose at least one case to transfer.")})
        sign_seed, _box = self._private()
        me = self.own_key()
        today, now = self.s.clock.today(), self.s.clock.now()
        with self.s.vault.write() as conn:
            recipient = self._trusted(conn, fingerprint, msg(
                "Transfer", "This shelter's key is not trusted here. An administrator must compare its fingerprint "
                "and trust it first."))
            cases = []
            for sid in survivor_ids:
                s = survivors_repo.get(conn, sid)
                if not any(c.kind == ConsentKind.TRANSFER and c.is_valid(today)
                           for c in consents_repo.for_survivor(conn, sid)):
                    raise ConsentRequired(msg("Transfer", "{case} has no valid consent for transfer. Record the "
                                              "person's consent (kind: transfer) first; nothing was exported.",
                                              case=s.case_number))
                cases.append(self._case_payload(conn, sid, s))
            package = seal({"shelter": me.name, "cases": cases}, sender_seed=sign_seed, sender=me,
                           recipient=recipient, created_at=now.isoformat(timespec="seconds"))
            digest = hashlib.sha256(package).hexdigest()
            for sid in survivor_ids:
                letters_repo.insert_disclosure(conn, Disclosure(
                    survivor_id=sid, recipient=recipient.name, fields=["whole case"],
                    disclosed_by=self.s.actor.username, kind="transfer", sha256=digest, at=now))
                self.s.log(conn, "case.transfer_out", "survivor", sid, f"to {recipient.fingerprint[:9]}")
                if mark_transferred:
                    self._end_stay(conn, sid, recipient.name, today, now)
            if out is not None:
                try:
                    save_outside_vault(out, package)
                except OutputNotWritten as e:
                    raise OutputNotWritten(msg("Transfer", "{why} Nothing was recorded and no case was marked as "
                                               "transferred.", why=carried(e))) from None
        return package

    def _end_stay(self, conn, sid: int, partner: str, today: date, now: datetime) -> None:
        s = survivors_repo.get(conn, sid)
        if s.status not in END_OF_STAY_STATUSES or s.stay.discharge_date is None:
            s.stay.discharge_date = today  # a stay that already ended keeps the day it ended
        s.status = CaseStatus.TRANSFERRED
        s.stay.discharge_destination = partner
        survivors_repo.update(conn, s, now)
        self.s.log(conn, "case.update", "survivor", sid, "fields: status,stay")

    def _case_payload(self, conn, sid: int, s: Survivor) -> dict:
        record = to_plain(s)
        for key in _RECORD_ONLY:
            record.pop(key, None)
        return {
            "case_number": s.case_number,
            "survivor": record,
            # "key" is the record's id in this vault: it links a referral to its needs and consent
            "needs": [{**{k: v for k, v in to_plain(n).items() if k not in ("id", "survivor_id", "created_at",
                                                                              "updated_at")}, "key": n.id}
                      for n in needs_repo.for_survivor(conn, sid)],
            "consents": [{**{k: v for k, v in to_plain(c).items() if k not in ("id", "survivor_id")}, "key": c.id}
                         for c in consents_repo.for_survivor(conn, sid)],
            "referrals": [self._referral_payload(conn, r) for r in referrals_repo.for_survivor(conn, sid)],
            "history": [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail}
                        for e in reversed(audit.read_entries(conn, entity="survivor", entity_id=sid, limit=10_000))],
            "attachments": [{"kind": a.kind.value, "name": a.name, "sha256": a.sha256,
                             "content": base64.b64encode(attachments_repo.content(conn, a.id)).decode("ascii")}
                            for a in attachments_repo.for_survivor(conn, sid)],
        }

    @staticmethod
    def _referral_payload(conn, r: Referral) -> dict:
        agency = agencies_repo.get(conn, r.agency_id)
        plain = {k: v for k, v in to_plain(r).items()
                 if k not in ("id", "survivor_id", "agency_id", "need_ids", "consent_id", "created_by")}
        return {**plain, "created_at": r.created_at.isoformat() if r.created_at else "", "agency": agency.name,
                "agency_kind": agency.kind.value, "needs": r.need_ids, "consent": r.consent_id}

    # -- receiving -------------------------------------------------------------------------------
    def _open(self, conn, package: bytes):
        header = read_header(package)
        sender = self._trusted(conn, str(header.get("sender", "")), msg(
            "Transfer", "This package was signed by a shelter that is not trusted here. An administrator must "
            "compare its fingerprint and trust its key first; nothing was imported."))
        _sign, box = self._private()
        opened = open_package(package, sender=sender, recipient=self.own_key(), recipient_private=box)
        if shelters_repo.seen(conn, opened.package_id):
            raise TransferRefused(msg("Transfer", "This transfer package was already imported. Nothing was imported "
                                  "again."))
        try:
            cases = opened.payload["cases"]
            parsed = [(c["case_number"], from_plain(Survivor, c["survivor"]), c) for c in cases]
        except (KeyError, TypeError, ValueError):
            raise TransferRefused(msg("Transfer", "The transfer package's contents cannot be read.")) from None
        return sender, opened, parsed

    def preview(self, package: bytes) -> ImportPreview:
        """What an import would bring, with possible duplicates in this register; nothing is written."""
        self._private()
        conn = self.s.conn
        sender, _opened, parsed = self._open(conn, package)
        matcher = CaseService(self.s)
        out = ImportPreview([number for number, _s, _c in parsed], sender=sender.name)
        for number, survivor, case in parsed:
            found = matcher.possible_duplicates(survivor)
            if found:
                out.duplicates.append({"case": number, "matches": [d.case_number for d in found]})
            out.attachments += len(case.get("attachments", []))
        return out

    def import_package(self, package: bytes) -> dict[str, str]:
        """Write every case of the package, all or nothing; returns {their case number: ours}."""
        self.s.require(WRITE_ROLES)
        self._private()
        now = self.s.clock.now()
        created: dict[str, str] = {}
        with self.s.vault.write() as conn:
            sender, opened, parsed = self._open(conn, package)
            for number, survivor, case in parsed:
                created[number] = self._import_case(conn, sender, number, survivor, case, now)
            shelters_repo.mark_received(conn, opened.package_id, sender.fingerprint, now)
        return created

    def _import_case(self, conn, sender: ShelterKey, number: str, survivor: Survivor, case: dict,
                     now: datetime) -> str:
        survivor = copy.deepcopy(survivor)
        known = {(a.kind.value, _name_key(a.name)): a.id for a in agencies_repo.list_all(conn)}
        referrals = case.get("referrals", [])
        agencies = [known.get((str(r.get("agency_kind", "")), _name_key(str(r.get("agency", "")))))
                    for r in referrals]
        survivor.notes = "\n".join(p for p in (survivor.notes, _provenance(sender, number, case, agencies)) if p)
        try:
            validate_survivor(survivor, self.s.clock.today())
        except ValidationError as e:
            raise TransferRefused(msg("Transfer", "Case {case} in the package is not acceptable here ({why}). "
                                  "Nothing was imported.", case=number, why=carried(e))) from None
        sid = survivors_repo.insert(conn, survivor, now).id
        assert sid is not None  # set by the insert
        try:
            needs = {n.get("key"): needs_repo.insert(conn, from_plain(Need, {**n, "survivor_id": sid}), now).id
                     for n in case.get("needs", [])}
            consents = {c.get("key"): consents_repo.insert(conn, from_plain(Consent, {**c, "survivor_id": sid})).id
                        for c in case.get("consents", [])}
            for r, agency_id in zip(referrals, agencies, strict=True):
                if agency_id is not None:
                    self._import_referral(conn, sid, agency_id, r, needs, consents, now)
            attachments = case.get("attachments", [])
            for a in attachments:
                cleaned = clean(str(a["name"]), base64.b64decode(a["content"], validate=True))
                attachments_repo.insert(conn, sid, AttachmentKind(a["kind"]), cleaned.name,
                                        cleaned.media_type, cleaned.content,
                                        hashlib.sha256(cleaned.content).hexdigest(), self.s.actor.username, now)
        except ShelterDeskError as e:
            raise TransferRefused(msg("Transfer", "Case {case} in the package holds a record that is not acceptable "
                                  "({why}). Nothing was imported.", case=number, why=carried(e))) from None
        except (KeyError, TypeError, ValueError):
            raise TransferRefused(msg("Transfer", "Case {case} in the package cannot be read. Nothing was imported.",
                                      case=number)) from None
        self.s.log(conn, "case.transfer_in", "survivor", sid,
                   f"from {sender.fingerprint[:9]}, {len(attachments)} attachment(s), "
                   f"{sum(1 for a in agencies if a is not None)} referral(s) to agencies known here")
        return survivor.case_number

    def _import_referral(self, conn, sid: int, agency_id: int, r: dict, needs: dict, consents: dict,
                         now: datetime) -> None:
        """A referral to an agency this vault also lists (same kind and name), with its needs and consent."""
        plain = {k: v for k, v in r.items() if k not in ("reference", "created_at", "needs", "consent")}
        referral = from_plain(Referral, {
            **plain, "survivor_id": sid, "agency_id": agency_id, "created_by": self.s.actor.username,
            "need_ids": [needs[k] for k in r.get("needs", []) if k in needs],
            "consent_id": consents.get(r["consent"]) if r.get("consent") is not None else None})
        created = datetime.fromisoformat(r["created_at"]) if r.get("created_at") else now
        referrals_repo.insert(conn, referral, created)  # dated when it was made there: the wait began then


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _provenance(sender: ShelterKey, number: str, case: dict, agencies: list[int | None]) -> str:
    """The sending shelter's history, and referrals to agencies not listed here, kept as text: they happened
    there, not in this vault. A referral to an agency listed here also becomes a referral record."""
    lines = [f"Transferred from {sender.name} (their case {number})."]
    for r, agency_id in zip(case.get("referrals", []), agencies, strict=True):
        if agency_id is not None:
            lines.append(f"Referral there: {r.get('reference', '')} to {r.get('agency', '')} (a referral here too).")
            continue
        lines.append(f"Referral there: {r.get('reference', '')} to {r.get('agency', '')} — {r.get('status', '')}"
                     + "".join(f"; {r[k]}" for k in ("reason", "outcome") if r.get(k)))
    for e in case.get("history", []):
        lines.append(f"History there: {str(e.get('at', ''))[:16]} {e.get('actor', '')} {e.get('action', '')} "
                     f"{e.get('detail', '')}".rstrip())
    return "\n".join(lines)
