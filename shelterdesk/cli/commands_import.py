"""The import command: an existing register from a spreadsheet, all rows or none.

Exit status: 0 when the file was imported (or, with --dry-run, would be);
1 when any row has an error (nothing is written). Likely duplicates are left
out unless --include-duplicates and do not by themselves make the status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services.importer import ImportPlan, guess_mapping, read_mapping_file, read_sheet
from ..services.record_fields import field_lines
from .context import CliContext, CliUsageError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import an existing register from an .xlsx or .csv file (all rows or none)")
    p.add_argument("file", metavar="FILE", nargs="?", help="the spreadsheet (.xlsx or .csv)")
    p.add_argument("--sheet", default=None, metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--mapping", default=None, metavar="FILE.toml",
                   help='correct the guessed columns: a [columns] table of "Header in the file" = "field"')
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--include-duplicates", action="store_true",
                   help="also import rows that look like a case already registered or an earlier row")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--fields", action="store_true", help="list the fields a column can fill, and stop")
    p.set_defaults(func=cmd_import)


def _print_fields() -> None:
    print("\n".join(field_lines()))


def _print_report(plan: ImportPlan, report: dict, dry_run: bool) -> None:
    mapped = ", ".join(f"{plan.headers[i] or i + 1} → {name}" for i, name in sorted(plan.mapping.items()))
    print(f"Columns: {mapped}", file=sys.stderr)
    for e in report["errors"]:
        print(f"  row {e['row']}, {e['column']}: {e['message']}", file=sys.stderr)
    for d in report["duplicates"]:
        print(f"  row {d['row']} may be the same person as {', '.join(d['matches'])}", file=sys.stderr)
    verb = "would be added" if dry_run else "added"
    print(f"{report['rows']} row(s) read, {report['added']} {verb}, {len(report['duplicates'])} likely "
          f"duplicate(s), {len(report['errors'])} error(s).")
    if report["errors"] and not dry_run:
        print("shelterdesk-cli: nothing was imported; correct the rows above and import again.", file=sys.stderr)


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.fields:
        _print_fields()
        return 0
    if not args.file:
        raise CliUsageError("Give the file to import (or --fields to list the fields).")
    sheet = read_sheet(Path(args.file).expanduser(), args.sheet)
    mapping = read_mapping_file(Path(args.mapping).expanduser(), sheet) if args.mapping else guess_mapping(sheet)
    svc = ctx.services()
    plan = svc.imports.plan(sheet, mapping)
    writable = len(plan.to_write(args.include_duplicates))
    added = 0
    if not plan.errors:
        added = writable if args.dry_run else len(svc.imports.commit(plan, include_duplicates=args.include_duplicates))
    report = plan.report(added)
    if args.json:
        print_json(report)
    else:
        _print_report(plan, report, args.dry_run)
    return 1 if plan.errors else 0
