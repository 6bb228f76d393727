"""Letter commands: letter, letters (batch), reprint, access-report, disclosures.

Every letter written to disk is first issued through the letter service, so it
is kept in the vault and entered in the disclosure register. The file itself
is a plaintext PDF; each command says so on stderr.

Batch exit code: 0 when at least one letter was issued (skipped cases are
listed on stderr), 1 when none was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.enums import AgencyKind, CaseStatus, NeedCategory
from ..domain.errors import ValidationError
from ..domain.queries import CaseQuery
from ..domain.validation import country_code
from ..services.files import check_output_path, save_outside_vault
from ..services.letters import BatchResult, LetterRequest
from .arguments import record_id
from .context import CliContext, print_json

NOT_ENCRYPTED = ("Warning: {path} is a plaintext PDF, NOT encrypted. Anyone who can open it can read it. "
                 "The letter itself stays in the vault; delete this file once it has been sent.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help="issue a referral letter (kept in the vault, recorded) and save it as PDF")
    p.add_argument("case", metavar="CASE", help="case number, e.g. SD-2026-0042")
    p.add_argument("--agency", type=record_id, required=True, metavar="ID", help="recipient agency id (see `agencies`)")
    p.add_argument("--template", default="", metavar="T",
                   help="embassy, agency, provider (chosen from the open needs) or a template id (default: from "
                        "the agency's kind)")
    p.add_argument("--lang", default="", metavar="CODE",
                   help="second language beside English, e.g. id, zh, km (default: the agency's letter language)")
    p.add_argument("--field", action="append", default=None, metavar="KEY",
                   help="a field to disclose (repeat; default: the consented, non-sensitive fields)")
    p.add_argument("--referral", default="", metavar="REF", help="the referral the letter belongs to (REF-…)")
    p.add_argument("--attachment", action="append", default=[], metavar="TEXT", help="list an attachment (repeat)")
    p.add_argument("--photo", type=int, default=None, metavar="ATTACHMENT_ID",
                   help="put a stored photo on the letter (embassies only, with a valid consent; see `attachments`)")
    p.add_argument("--override-consent", default="", metavar="REASON",
                   help="issue without a valid consent (coordinators and administrators; the reason is recorded)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("letters", help="issue letters for every case matching a filter (one PDF each, or one)")
    p.add_argument("--nationality", required=True, metavar="CC", help="ISO country code, e.g. ID")
    p.add_argument("--template", required=True, metavar="T", help="embassy, agency, provider or a template id")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="folder for one PDF per letter (with --combined: the PDF file)")
    p.add_argument("--status", choices=[s.value for s in CaseStatus], action="append", default=[])
    p.add_argument("--need", choices=[c.value for c in NeedCategory], default="", metavar="CATEGORY",
                   help="only cases with this open need, e.g. travel_document")
    p.add_argument("--waiting-on", choices=[k.value for k in AgencyKind], default="", metavar="KIND",
                   help="only cases with a referral still waiting on this kind of agency, e.g. embassy")
    p.add_argument("--agency", type=record_id, default=None, metavar="ID",
                   help="recipient for every letter (default: the embassy serving the nationality)")
    p.add_argument("--lang", default="", metavar="CODE")
    p.add_argument("--combined", action="store_true", help="write one PDF holding every letter")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("reprint", help="save a stored letter again (records a new disclosure)")
    p.add_argument("letter_id", type=record_id, metavar="LETTER_ID", help="see `disclosures CASE`")
    p.add_argument("--override-consent", default="", metavar="REASON",
                   help="re-print although the consent is no longer valid (the reason is recorded)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser("access-report", help="the person's own copy: everything held about them, as PDF")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--lang", default="", metavar="L",
                   help="en, id or zh (default: the first of the person's languages with a translation)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_access_report)

    p = sub.add_parser("disclosures", help="the disclosure register of a case: what went out, to whom, when")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_disclosures)


def _pdf_path(text: str, ctx: CliContext) -> Path:
    path = check_output_path(text, ctx.vault_dir)
    if path.suffix.lower() != ".pdf":
        raise ValidationError({"out": "Give a file name ending in .pdf."})
    return path


def cmd_letter(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _pdf_path(args.out, ctx)  # checked before anything is issued and recorded
    svc = ctx.services()
    sid = svc.cases.id_for(args.case)
    referral_id = svc.referrals.id_for(args.referral) if args.referral else None
    for warning in svc.letters.warnings(args.agency):
        print(f"Warning: {warning}", file=sys.stderr)
    issued = svc.letters.issue(LetterRequest(
        sid, args.agency, args.template, args.lang, args.field, referral_id, args.override_consent,
        args.attachment, args.photo), save_as=lambda _reference: path)
    print(NOT_ENCRYPTED.format(path=path), file=sys.stderr)
    print(f"{issued.reference}: letter {issued.letter_id} saved to {path} "
          f"(fields: {', '.join(issued.fields) or 'none'}; sha256 {issued.sha256})")
    return 0


def cmd_letters(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        nationality = country_code(args.nationality)
    except ValueError as e:
        raise ValidationError({"nationality": str(e)}) from None
    out = _pdf_path(args.out, ctx) if args.combined else check_output_path(args.out, ctx.vault_dir, folder=True)
    query = CaseQuery(statuses=[CaseStatus(s) for s in args.status], nationality=nationality,
                      open_need_category=args.need, waiting_on_kind=args.waiting_on)
    svc = ctx.services()
    if args.agency is not None:
        for warning in svc.letters.warnings(args.agency):
            print(f"Warning: {warning}", file=sys.stderr)
    progress = _progress if sys.stderr.isatty() else None
    result = svc.letters.batch(query, args.template, agency_id=args.agency, language=args.lang, progress=progress,
                               folder=None if args.combined else out)
    if progress:
        print(file=sys.stderr)
    if result.issued:
        if args.combined:
            save_outside_vault(out, result.combined_pdf())
            print(NOT_ENCRYPTED.format(path=out), file=sys.stderr)
        else:
            print(NOT_ENCRYPTED.format(path=f"Each of the {len(result.issued)} files in {out}"), file=sys.stderr)
    _summary(result)
    return 0 if result.issued and not result.stopped else 1


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} cases", end="", file=sys.stderr, flush=True)


def _summary(result: BatchResult) -> None:
    print(f"Issued {len(result.issued)} letter(s); skipped {len(result.skipped)} case(s).")
    for case_number, letter in result.issued:
        print(f"  {case_number}  {letter.reference}  letter {letter.letter_id}")
    for case_number, reason in result.skipped:
        print(f"  skipped {case_number}: {reason}", file=sys.stderr)
    if result.stopped:
        print(f"shelterdesk-cli: stopped: {result.stopped}", file=sys.stderr)
    if not result.issued:
        print("shelterdesk-cli: no letter was issued.", file=sys.stderr)


def cmd_reprint(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _pdf_path(args.out, ctx)
    ctx.services().letters.reprint(args.letter_id, override_reason=args.override_consent, save_to=path)
    print(NOT_ENCRYPTED.format(path=path), file=sys.stderr)
    print(f"Letter {args.letter_id} saved to {path}; the re-print is recorded in the disclosure register.")
    return 0


def cmd_access_report(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _pdf_path(args.out, ctx)
    svc = ctx.services()
    digest = svc.access_report.save(svc.cases.id_for(args.case), path, args.lang)
    print(f"Access report for {args.case.upper()} saved to {path} (sha256 {digest}); recorded as a disclosure.")
    print(f"Warning: {path} is a plaintext PDF, NOT encrypted. Anyone who can open it can read it. "
          "Hand it to the person, then delete this file.", file=sys.stderr)
    return 0


def cmd_disclosures(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    rows = svc.letters.disclosures(svc.cases.id_for(args.case))
    if args.json:
        print_json([{"id": d.id, "kind": d.kind, "at": d.at.isoformat(), "recipient": d.recipient,
                     "agency_id": d.agency_id, "letter_id": d.letter_id, "fields": d.fields,
                     "disclosed_by": d.disclosed_by, "consent_id": d.consent_id,
                     "override_reason": d.override_reason, "sha256": d.sha256} for d in rows])
        return 0
    for d in rows:
        basis = f"consent {d.consent_id}" if d.consent_id else f"OVERRIDE: {d.override_reason}"
        print(f"{d.at:%Y-%m-%d %H:%M}  {d.kind:<8} letter {d.letter_id}  to {d.recipient}  by {d.disclosed_by}  "
              f"({basis})\n    fields: {', '.join(d.fields) or 'none'}\n    sha256: {d.sha256}")
    if not rows:
        print("Nothing has been disclosed for this case.", file=sys.stderr)
    return 0
