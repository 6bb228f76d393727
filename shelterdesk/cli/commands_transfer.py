"""Case transfer commands: shelter-key show|export|trust, transfer export|import.

A key file is public; trust one only after reading its fingerprint aloud with
the partner shelter on the phone. A transfer package is encrypted for the one
partner shelter it names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import ValidationError
from ..services.files import check_output_path
from ..storage.atomic import write_private
from .context import CliContext, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shelter-key", help="this shelter's identity key, and partners' keys to trust")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the fingerprint to read out to a partner shelter")
    show.set_defaults(func=cmd_key_show)
    export = actions.add_parser("export", help="write the public key file to send to a partner")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(func=cmd_key_export)
    trust = actions.add_parser("trust", help="trust a partner's key file (administrators; compare fingerprints)")
    trust.add_argument("file", metavar="FILE")
    trust.add_argument("--name", required=True, metavar="NAME", help="the partner shelter's name")
    trust.set_defaults(func=cmd_key_trust)

    p = sub.add_parser("transfer", help="hand cases to a trusted partner shelter, or take them in")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = actions.add_parser("export", help="seal cases (each with a transfer consent) for a partner")
    out.add_argument("cases", nargs="+", metavar="CASE")
    out.add_argument("--to", required=True, metavar="KEYFILE", help="the partner's key file (already trusted)")
    out.add_argument("--out", required=True, metavar="PKG")
    out.add_argument("--keep-open", action="store_true",
                     help="leave the cases' status as it is (by default each becomes 'transferred', discharged today)")
    out.set_defaults(func=cmd_transfer_export)
    into = actions.add_parser("import", help="take in a package from a trusted partner")
    into.add_argument("package", metavar="PKG")
    into.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    into.add_argument("--json", action="store_true")
    into.set_defaults(func=cmd_transfer_import)


def _read(path_text: str, what: str) -> bytes:
    try:
        return Path(path_text).expanduser().read_bytes()
    except OSError as e:
        raise ValidationError({what: f"{path_text} cannot be read ({e.strerror or e})."}) from None


def cmd_key_show(args: argparse.Namespace, ctx: CliContext) -> int:
    key = ctx.services().transfer.own_key()
    print(f"{key.name}\nFingerprint: {key.fingerprint}")
    return 0


def cmd_key_export(args: argparse.Namespace, ctx: CliContext) -> int:
    out = check_output_path(args.out, ctx.vault_dir)  # never onto the vault's own files
    svc = ctx.services()
    write_private(out, svc.transfer.own_key_file())
    print(f"Saved this shelter's public key to {out}. Fingerprint: {svc.transfer.own_key().fingerprint}")
    return 0


def cmd_key_trust(args: argparse.Namespace, ctx: CliContext) -> int:
    key = ctx.services().transfer.trust(_read(args.file, "file"), args.name)
    print(f"Trusted {key.name}. Fingerprint: {key.fingerprint}")
    print("Make sure you compared this fingerprint with the partner shelter by phone.", file=sys.stderr)
    return 0


def cmd_transfer_export(args: argparse.Namespace, ctx: CliContext) -> int:
    out = check_output_path(args.out, ctx.vault_dir)  # never onto the vault's own files
    svc = ctx.services()
    ids = [svc.cases.id_for(c) for c in args.cases]
    svc.transfer.export(ids, _read(args.to, "to"), out, mark_transferred=not args.keep_open)
    print(f"Sealed {len(ids)} case(s) in {out}; recorded in the disclosure register"
          + ("." if args.keep_open else "; marked as transferred (the stay ended today)."))
    return 0


def cmd_transfer_import(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    package = _read(args.package, "package")
    preview = svc.transfer.preview(package)
    created: dict[str, str] = {}
    if not args.dry_run:
        created = svc.transfer.import_package(package)
    if args.json:
        print_json({"cases": preview.cases, "duplicates": preview.duplicates, "attachments": preview.attachments,
                    **({"imported": created} if created else {})})
        return 0
    print(f"From {preview.sender}: {len(preview.cases)} case(s), {preview.attachments} attachment(s).")
    for d in preview.duplicates:
        print(f"  {d['case']} may be the same person as {', '.join(d['matches'])}: check and merge by hand.")
    for theirs, ours in created.items():
        print(f"  {theirs} -> {ours}")
    if args.dry_run:
        print("Dry run: nothing was imported.", file=sys.stderr)
    return 0
