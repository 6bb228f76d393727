"""Case-work commands: add, show, search, consent, need, agencies, refer, referral."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TypeVar

from ..domain.enums import (
    CaseStatus,
    ConsentKind,
    DocumentStatus,
    NeedCategory,
    NeedPriority,
    NeedStatus,
    ReferralPriority,
    ReferralStatus,
    Sex,
)
from ..domain.errors import DuplicateSuspected, ValidationError
from ..domain.queries import CaseQuery
from ..domain.serialize import to_plain
from ..domain.validation import country_code
from ..domain.vocabulary import label
from ..services.record_fields import field_lines, survivor_from_fields
from .arguments import record_id, whole_number
from .context import CliContext, CliUsageError, print_json

T = TypeVar("T")


def _values(enum: type) -> list[str]:
    return [e.value for e in enum]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="register a survivor and print the case number",
                       description="Names and passport numbers typed on the command line can be read by other "
                                   "users of this computer (ps, shell history): prefer --from-json.")
    p.add_argument("--from-json", metavar="FILE", help="read the fields from a JSON object in FILE, or from standard "
                   "input with '-' (see --fields); nothing sensitive is left on the command line")
    p.add_argument("--fields", action="store_true", help="list the field names --from-json accepts, and stop")
    p.add_argument("--family", default="", metavar="F", help="family name as in the passport")
    p.add_argument("--given", default="", metavar="G", help="given names as in the passport")
    p.add_argument("--native", default="", metavar="N", help="the name in its own script")
    p.add_argument("--nationality", action="append", default=[], metavar="CC",
                   help="ISO country code (repeat for several), or 'unknown' / 'stateless'")
    p.add_argument("--passport", default="", metavar="P", help="passport number")
    p.add_argument("--passport-status", choices=_values(DocumentStatus), metavar="STATUS",
                   help="where the passport is: " + ", ".join(_values(DocumentStatus))
                   + " (default in_hand with --passport; without a number it records the status alone)")
    p.add_argument("--national-id", default="", metavar="NUMBER", help="national identity number (NIK, CNIC, NRC…)")
    p.add_argument("--father", default="", metavar="NAME", help="father's name")
    p.add_argument("--mother", default="", metavar="NAME", help="mother's name")
    p.add_argument("--last-address", default="", metavar="TEXT",
                   help="last address in Cambodia (not where the person was held)")
    p.add_argument("--dob", default="", metavar="YYYY-MM-DD", help="date of birth")
    p.add_argument("--sex", choices=_values(Sex), default=None)
    p.add_argument("--force", action="store_true", help="register even if a possible duplicate is found")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("show", help="open a case file (the read is recorded in the audit log)")
    p.add_argument("case", metavar="CASE", help="case number, e.g. SD-2026-0042")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="search the register by name, case, embassy case or passport number")
    p.add_argument("text", nargs="?", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=_values(CaseStatus), action="append", default=[])
    p.add_argument("--nationality", default="", metavar="CC")
    p.add_argument("--limit", type=whole_number(1, 10_000), default=50, metavar="N")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("consent", help="record (or withdraw) a survivor's consent for a kind of recipient")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--kind", required=True, choices=_values(ConsentKind))
    p.add_argument("--withdraw", action="store_true")
    p.add_argument("--interpreter", default="", metavar="NAME", help="the interpreter present, if any")
    p.set_defaults(func=cmd_consent)

    need = sub.add_parser("need", help="a survivor's needs").add_subparsers(dest="need_command", metavar="ACTION",
                                                                          required=True)
    p = need.add_parser("add", help="add a need and print its id")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--category", required=True, choices=_values(NeedCategory))
    p.add_argument("--priority", choices=_values(NeedPriority), default=NeedPriority.NORMAL.value)
    p.add_argument("--description", default="", metavar="TEXT")
    p.set_defaults(func=cmd_need_add)
    p = need.add_parser("set", help="change a need's status")
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("--status", required=True, choices=_values(NeedStatus))
    p.add_argument("--outcome", default=None, metavar="TEXT")
    p.set_defaults(func=cmd_need_set)

    p = sub.add_parser("agencies", help="list the agency directory")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agencies)

    p = sub.add_parser("refer", help="refer a survivor to an agency and print the reference")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--agency", type=record_id, required=True, metavar="ID", help="agency id (see `agencies`)")
    p.add_argument("--need", type=record_id, action="append", default=[], metavar="ID", help="need answered (repeat)")
    p.add_argument("--reason", default="", metavar="TEXT")
    p.add_argument("--priority", choices=_values(ReferralPriority), default=ReferralPriority.NORMAL.value)
    p.add_argument("--override-consent", default="", metavar="REASON",
                   help="refer without a valid consent (coordinators and administrators; the reason is logged)")
    p.set_defaults(func=cmd_refer)

    referral = sub.add_parser("referral", help="referrals").add_subparsers(dest="referral_command",
                                                                           metavar="ACTION", required=True)
    p = referral.add_parser("set", help="change a referral's status")
    p.add_argument("reference", metavar="REF", help="e.g. REF-2026-00017")
    p.add_argument("--status", required=True, choices=_values(ReferralStatus))
    p.add_argument("--outcome", default=None, metavar="TEXT")
    p.set_defaults(func=cmd_referral_set)


def _checked(field: str, parse: Callable[[str], T], value: str) -> T:
    """Run a domain parser; its ValueError becomes a ValidationError (exit 1) naming the field."""
    try:
        return parse(value)
    except ValueError as e:
        raise ValidationError({field: str(e)}) from None


# Largest --from-json document: one case is a few kilobytes.
MAX_JSON_BYTES = 1 << 20


def _fields_from_json(source: str) -> dict[str, object]:
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        else:
            with open(source, "rb") as f:
                data = f.read(MAX_JSON_BYTES + 1)
    except OSError as e:
        raise ValidationError({"from-json": f"{source} cannot be read ({e.strerror or e})."}) from None
    if len(data) > MAX_JSON_BYTES:
        raise ValidationError({"from-json": "The file is larger than 1 MB; give one case as one JSON object."})
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError({"from-json": "The file is not UTF-8 text; save it as UTF-8."}) from None
    except json.JSONDecodeError as e:
        raise ValidationError({"from-json": f"Not valid JSON (line {e.lineno}, column {e.colno}): {e.msg}."}) \
            from None
    if not isinstance(doc, dict):
        raise ValidationError({"from-json": 'Give one JSON object, e.g. {"family": "…", "nationality": "ID"}.'})
    return doc


def _fields_from_options(args: argparse.Namespace) -> dict[str, object]:
    given = {"family": args.family, "given": args.given, "native": args.native, "nationality": args.nationality,
             "passport": args.passport, "passport_status": args.passport_status, "national_id": args.national_id,
             "father": args.father, "mother": args.mother, "last_address": args.last_address,
             "dob": args.dob, "sex": args.sex}
    return {name: value for name, value in given.items() if value}


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.fields:
        print("\n".join(field_lines()))
        return 0
    options = _fields_from_options(args)
    if args.from_json is not None and options:
        raise CliUsageError(f"Give the fields either in the JSON file or as options, not both "
                            f"(also given: {', '.join('--' + n for n in options)}).")
    fields = _fields_from_json(args.from_json) if args.from_json is not None else options
    survivor = survivor_from_fields(fields)
    svc = ctx.services()
    try:
        saved = svc.cases.register(survivor, confirm_not_duplicate=args.force)
    except DuplicateSuspected as e:
        print(f"shelterdesk-cli: {e}", file=sys.stderr)
        for c in e.candidates:
            print(f"  {c.case_number}: {c.reason}", file=sys.stderr)
        print("Nothing was saved. Check those cases; if this is a different person, add --force.", file=sys.stderr)
        return 1
    print(saved.case_number)
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    sid = svc.cases.id_for(args.case)
    survivor = svc.cases.open_case(sid)
    needs = svc.needs.for_survivor(sid)
    consents = svc.consents.for_survivor(sid)
    referrals = svc.referrals.for_survivor(sid)
    if args.json:
        doc = to_plain(survivor)
        doc["needs"] = [to_plain(n) for n in needs]
        doc["consents"] = [to_plain(c) for c in consents]
        doc["referrals"] = [to_plain(r) for r in referrals]
        print_json(doc)
        return 0
    today = svc.session.clock.today()
    lines = [
        f"{survivor.case_number}  {survivor.display_name}" + (f"  ({survivor.native_name})" if survivor.native_name
                                                              else ""),
        f"  status:        {label(survivor.status)}",
        f"  nationalities: {', '.join(survivor.nationalities) or '-'}",
        f"  sex:           {label(survivor.sex)}",
        f"  date of birth: {survivor.date_of_birth or '-'}" + (" (estimated)" if survivor.dob_estimated else ""),
    ]
    for doc in survivor.documents:
        lines.append(f"  {label(doc.doc_type)}: {doc.number or '-'} ({doc.issuing_country or '?'}, "
                     f"{label(doc.status)})")
    if survivor.stay.admission_date:
        lines.append(f"  admitted:      {survivor.stay.admission_date}")
    lines.append("  needs:" if needs else "  needs: none")
    for n in needs:
        late = " OVERDUE" if n.is_overdue(today) else ""
        lines.append(f"    #{n.id} {label(n.category)} ({label(n.priority)}): {label(n.status)}{late}")
    lines.append("  consents:" if consents else "  consents: none")
    for c in consents:
        state = "valid" if c.is_valid(today) else ("withdrawn" if c.withdrawn_on else "not valid")
        lines.append(f"    {label(c.kind)}: given {c.given_on}, {state}")
    lines.append("  referrals:" if referrals else "  referrals: none")
    for r in referrals:
        late = " OVERDUE" if r.is_overdue(today) else ""
        lines.append(f"    {r.reference} to agency {r.agency_id}: {label(r.status)}, "
                     f"follow up {r.follow_up_due or '-'}{late}")
    print("\n".join(lines))
    return 0


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    nationality = _checked("nationality", country_code, args.nationality) if args.nationality else ""
    query = CaseQuery(text=args.text, statuses=[CaseStatus(s) for s in args.status], nationality=nationality)
    rows = ctx.services().cases.search(query, limit=args.limit)
    if args.json:
        print_json([
            {"case_number": r.case_number, "family_name": r.family_name, "given_names": r.given_names,
             "native_name": r.native_name, "nationalities": r.nationalities, "status": r.status.value,
             "admission_date": r.admission_date.isoformat() if r.admission_date else None,
             "open_needs": r.open_needs, "waiting_on": r.waiting_on,
             "next_follow_up": r.next_follow_up.isoformat() if r.next_follow_up else None}
            for r in rows
        ])
        return 0
    for r in rows:
        name = " ".join(p for p in (r.family_name, r.given_names) if p)
        native = f" ({r.native_name})" if r.native_name else ""
        print(f"{r.case_number:<14} {r.status.value:<22} {','.join(r.nationalities):<6} {name}{native}")
    if not rows:
        print("No case matches.", file=sys.stderr)
    return 0


def cmd_consent(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    sid = svc.cases.id_for(args.case)
    if args.withdraw:
        withdrawn = svc.consents.withdraw(sid, args.kind)
        print(f"Withdrew {len(withdrawn)} {args.kind} consent(s) for {args.case.upper()}.")
    else:
        svc.consents.record(sid, args.kind, interpreter=args.interpreter)
        print(f"Recorded {args.kind} consent for {args.case.upper()}.")
    return 0


def cmd_need_add(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    need = svc.needs.add(svc.cases.id_for(args.case), args.category, priority=args.priority,
                         description=args.description)
    print(need.id)
    return 0


def cmd_need_set(args: argparse.Namespace, ctx: CliContext) -> int:
    need = ctx.services().needs.set_status(args.id, args.status, outcome=args.outcome)
    print(f"Need {need.id} is now {need.status.value}.")
    return 0


def cmd_agencies(args: argparse.Namespace, ctx: CliContext) -> int:
    agencies = ctx.services().agencies.list()
    if args.json:
        print_json([to_plain(a) for a in agencies])
        return 0
    for a in agencies:
        serves = f" [{', '.join(a.nationalities)}]" if a.nationalities else ""
        print(f"{a.id:>4}  {a.kind.value:<9} {a.name}{serves}")
    return 0


def cmd_refer(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    ref = svc.referrals.create(svc.cases.id_for(args.case), args.agency, need_ids=args.need, reason=args.reason,
                               priority=args.priority, override_reason=args.override_consent)
    print(ref.reference)
    return 0


def cmd_referral_set(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    ref = svc.referrals.set_status(svc.referrals.id_for(args.reference), args.status, outcome=args.outcome)
    print(f"{ref.reference} is now {ref.status.value}.")
    return 0
