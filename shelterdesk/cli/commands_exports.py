"""Export commands: anonymised statistics for donors and agencies.

The file is written privately (mode 0600, atomically) in the same transaction
that enters it in the disclosure register; it is plaintext, and the command
says so on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.anonymise import DEFAULT_K
from ..domain.errors import ValidationError
from ..domain.validation import parse_date
from ..services.exports import KINDS, check_request
from ..services.files import check_output_path
from ..services.tabular import FORMATS
from ..storage.atomic import write_private
from .arguments import whole_number
from .context import CliContext

PLAINTEXT = ("Warning: {path} is NOT encrypted. It holds no names or numbers, but keep it only as long as "
             "needed and share it only with its intended recipient.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="anonymised statistics: aggregate counts or a CTDC-shaped case-level file")
    p.add_argument("--kind", required=True, choices=KINDS,
                   help="aggregate: counts per month by nationality, sex, age band, status and exploitation type; "
                        "cases: one row per consenting person with CTDC's column names")
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument("--k", type=whole_number(1, 1000), default=DEFAULT_K, metavar="N",
                   help=f"smallest group published (default {DEFAULT_K}, as CTDC)")
    p.add_argument("--exploitation-country", default="", metavar="CC",
                   help="case-level files: the country where the people were exploited (CountryOfExploitation)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="a period report PDF for donors and authorities (figures only, no names)")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    p.add_argument("--lang", default="en", metavar="L", help="the language beside English, e.g. id or zh")
    p.add_argument("--k", type=whole_number(1, 1000), default=DEFAULT_K, metavar="N",
                   help=f"counts under N are shown as <N (default {DEFAULT_K})")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_report)


def output_path(text: str, suffix: str, vault_dir: Path) -> Path:
    path = check_output_path(text, vault_dir)  # never onto the vault's own files
    if path.suffix.lower() != f".{suffix}":
        raise ValidationError({"out": f"Give a file name ending in .{suffix}."})
    if not path.parent.is_dir():
        raise ValidationError({"out": f"The folder {path.parent} does not exist."})
    if path.is_dir():
        raise ValidationError({"out": f"{path} is a folder; give a file name."})
    return path


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    check_request(args.kind, args.fmt, args.k)
    path = output_path(args.out, args.fmt, ctx.vault_dir)  # checked before anything is read or recorded
    result = ctx.services().exports.anonymised(
        args.kind, args.fmt, lambda data: write_private(path, data), k=args.k,
        exploitation_country=args.exploitation_country)
    print(PLAINTEXT.format(path=path), file=sys.stderr)
    print(f"{path}: {result.summary()}; sha256 {result.sha256}")
    return 0


def _date(name: str, text: str):
    try:
        return parse_date(text)
    except ValueError as e:
        raise ValidationError({name: str(e)}) from None


def cmd_report(args: argparse.Namespace, ctx: CliContext) -> int:
    start, end = _date("from", args.start), _date("to", args.end)
    path = output_path(args.out, "pdf", ctx.vault_dir)
    svc = ctx.services()
    svc.reports.check(start, end, args.lang, args.k)
    issued = svc.reports.issue(start, end, lambda pdf: write_private(path, pdf), language=args.lang, k=args.k)
    print(PLAINTEXT.format(path=path), file=sys.stderr)
    print(f"{path}: report {start.isoformat()} to {end.isoformat()} written; sha256 {issued.sha256}")
    return 0
