"""Records that end: retention set / preview / apply, and erase (administrators only).

Both anonymising and erasing cannot be undone. Without --yes they ask on a
terminal (typing the case number, or "anonymise") and refuse when there is
none, so a script never erases by accident.
"""

from __future__ import annotations

import argparse
import sys

from ..domain.retention import MAX_MONTHS, SUGGESTED_MONTHS
from .context import CliContext, CliUsageError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("retention", help="the retention policy: anonymise cases closed more than N months ago")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help=f"set the policy in months (suggested {SUGGESTED_MONTHS}) or turn it off")
    s.add_argument("--months", required=True, metavar="N|off",
                   help=f"1 to {MAX_MONTHS}, or off (the default: nothing is anonymised)")
    s.set_defaults(func=cmd_retention_set)
    v = actions.add_parser("preview", help="the cases the policy would anonymise today, and what would change")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_retention_preview)
    a = actions.add_parser("apply", help="anonymise the cases in the preview (cannot be undone)")
    a.add_argument("--yes", action="store_true", help="confirm without asking")
    a.set_defaults(func=cmd_retention_apply)

    e = sub.add_parser("erase", help="erase a case on the person's request (cannot be undone)")
    e.add_argument("case", metavar="CASE")
    e.add_argument("--reason", required=True, metavar="TEXT",
                   help="why (e.g. the date of the request); recorded in the audit log - no names")
    e.add_argument("--yes", action="store_true", help="confirm without asking")
    e.set_defaults(func=cmd_erase)


def _months(text: str) -> int | None:
    if text.strip().lower() == "off":
        return None
    try:
        return int(text)
    except ValueError:
        raise CliUsageError(f"--months takes a whole number from 1 to {MAX_MONTHS}, or off.") from None


def _confirmed(prompt: str, expected: str) -> bool:
    """Ask on a terminal; without one, refuse (the caller says to use --yes)."""
    if not sys.stdin.isatty():
        return False
    print(prompt, file=sys.stderr)
    try:
        answer = input(f"Type {expected} to go ahead: ")
    except EOFError:
        return False
    return answer.strip().upper() == expected.upper()


def cmd_retention_set(args: argparse.Namespace, ctx: CliContext) -> int:
    months = _months(args.months)
    ctx.services().retention.set_months(months)
    print(f"Retention: anonymise cases closed more than {months} months ago." if months
          else "Retention is off: no case is anonymised.")
    return 0


def cmd_retention_preview(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    due = svc.retention.preview()
    if args.json:
        print_json([{"case": c.case_number, "closed_on": c.closed_on.isoformat(), "changes": c.changes}
                    for c in due])
        return 0
    months = svc.retention.months()
    if months is None:
        print("Retention is off (set it with `retention set --months N`).", file=sys.stderr)
    for c in due:
        print(f"{c.case_number}  closed {c.closed_on}\n    " + "\n    ".join(c.changes))
    if months is not None:
        print(f"{len(due)} case(s) closed more than {months} months ago would be anonymised.", file=sys.stderr)
    return 0


def cmd_retention_apply(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    due = svc.retention.preview()
    if due and not args.yes and not _confirmed(
            f"{len(due)} case(s) will be anonymised: names, documents, notes, letters and attachments are "
            "deleted for good. This cannot be undone.", "ANONYMISE"):
        print("shelterdesk-cli: nothing was changed (confirm on a terminal, or add --yes).", file=sys.stderr)
        return 1
    done = svc.retention.apply()
    print(f"Anonymised {len(done)} case(s): " + (", ".join(c.case_number for c in done) or "none were due") + ".")
    return 0


def cmd_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    sid = svc.cases.id_for(args.case)
    number = args.case.strip().upper()
    if not args.yes and not _confirmed(
            f"{number} and everything about it (letters, attachments, referrals, consents, history details) "
            "will be deleted for good. This cannot be undone; older backups still hold it until they are "
            "destroyed.", number):
        print("shelterdesk-cli: nothing was erased (confirm on a terminal, or add --yes).", file=sys.stderr)
        return 1
    svc.retention.erase(sid, args.reason)
    print(f"Erased {number}. The audit log keeps only that a case was erased, by whom and why.")
    return 0
