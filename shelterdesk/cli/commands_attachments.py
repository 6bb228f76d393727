"""Attachment commands: attach, attachments, attachment get / remove.

A file given to `attach` is checked and cleaned by the service (photos lose
their metadata) and stored inside the vault; the original file on disk is left
as it was, so the command reminds the person to delete it.
"""

from __future__ import annotations

import argparse
import sys

from ..domain.attachments import AttachmentKind
from ..services.files import check_output_path
from .arguments import record_id
from .context import CliContext, print_json

NOT_ENCRYPTED = ("Warning: {path} is a plaintext copy, NOT encrypted. Anyone who can open it can see it. "
                 "The attachment stays in the vault; delete this copy once it has served its purpose.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attach", help="store a scan, photo or signed form with a case (inside the vault)")
    p.add_argument("case", metavar="CASE", help="case number, e.g. SD-2026-0042")
    p.add_argument("file", metavar="FILE", help="a PDF, JPEG or PNG file of at most 25 MB")
    p.add_argument("--kind", required=True, choices=[k.value for k in AttachmentKind])
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("attachments", help="list the files stored with a case")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attachments)

    p = sub.add_parser("attachment", help="save a copy of a stored file, or remove it from the vault")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="save a plaintext copy (owner-only file)")
    get.add_argument("attachment_id", type=record_id, metavar="ID", help="see `attachments CASE`")
    get.add_argument("--out", required=True, metavar="FILE")
    get.set_defaults(func=cmd_attachment_get)
    remove = actions.add_parser("remove", help="delete a stored file for good")
    remove.add_argument("attachment_id", type=record_id, metavar="ID")
    remove.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    remove.set_defaults(func=cmd_attachment_remove)


def cmd_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    added = svc.attachments.add_file(svc.cases.id_for(args.case), args.file, args.kind)
    print(f"Stored attachment {added.id} ({added.kind.value}, {added.size} bytes, sha256 {added.sha256}) "
          f"with {args.case.upper()}.")
    print(f"The file {args.file} itself is unchanged and NOT encrypted; delete it if it is no longer needed.",
          file=sys.stderr)
    return 0


def cmd_attachments(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    rows = svc.attachments.for_survivor(svc.cases.id_for(args.case))
    if args.json:
        print_json([{"id": a.id, "kind": a.kind.value, "name": a.name, "size": a.size, "sha256": a.sha256,
                     "added_at": a.added_at.isoformat()} for a in rows])
        return 0
    for a in rows:
        print(f"{a.id:>5}  {a.added_at:%Y-%m-%d}  {a.kind.value:<13} {a.size:>10} bytes  {a.name}")
    if not rows:
        print("No files are stored with this case.", file=sys.stderr)
    return 0


def cmd_attachment_get(args: argparse.Namespace, ctx: CliContext) -> int:
    out = check_output_path(args.out, ctx.vault_dir)  # never onto the vault's own files
    svc = ctx.services()
    saved = svc.attachments.save_copy(args.attachment_id, out)
    print(f"Saved attachment {saved.id} to {out}.")
    print(NOT_ENCRYPTED.format(path=out), file=sys.stderr)
    return 0


def cmd_attachment_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.yes:
        print("shelterdesk-cli: removing a file cannot be undone; add --yes to confirm.", file=sys.stderr)
        return 1
    svc = ctx.services()
    removed = svc.attachments.remove(args.attachment_id)
    print(f"Removed attachment {removed.id} from the vault.")
    return 0
