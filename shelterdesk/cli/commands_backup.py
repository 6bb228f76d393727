"""Backups, recovery and staff administration: backup, restore, verify-backup, recovery-kit,
reset-passphrase, passwd, lockout, staff remove/role/disable/enable."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..domain.enums import Role
from ..services import backup as backups
from ..services import recovery
from ..services.files import check_output_path
from .arguments import whole_number
from .context import CliContext, CliUsageError, new_passphrase, passphrase_from_env_or_prompt


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write an encrypted, verified backup of the vault to FILE (administrators)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into a new folder (opens with your passphrase in it)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--into", required=True, metavar="DIR", help="a new or empty folder")
    p.add_argument("--replace", action="store_true",
                   help="DIR holds a vault: move it aside to DIR.before-restore-<time> first (a safety copy)")
    p.add_argument("--recovery", action="store_true", help="open the backup with the recovery code "
                   "($SHELTERDESK_RECOVERY_CODE or asked) instead of a passphrase; --user names an administrator")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("verify-backup", help="open a backup and check every page of it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery", action="store_true", help="open it with the recovery code")
    p.set_defaults(func=cmd_verify_backup)

    p = sub.add_parser("recovery-kit", help="make a new recovery code (the old one stops working) and its PDF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_recovery_kit)

    p = sub.add_parser("reset-passphrase", help="use the recovery code to set a new passphrase for an administrator")
    p.add_argument("admin", metavar="ADMIN")
    p.set_defaults(func=cmd_reset_passphrase)

    p = sub.add_parser("passwd", help="change your own passphrase (new one from $SHELTERDESK_NEW_PASSPHRASE)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("lockout", help="wipe the staff key slots after N wrong passphrases (off by default)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--wipe-after", type=whole_number(3, 100), metavar="N")
    group.add_argument("--off", action="store_true")
    group.add_argument("--show", action="store_true")
    p.set_defaults(func=cmd_lockout)

    staff = _staff_subparsers(sub)
    p = staff.add_parser("remove", help="remove a member: deletes their key slot and re-keys the vault")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_staff_remove)
    p = staff.add_parser("role", help="change a member's role")
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=[r.value for r in Role])
    p.set_defaults(func=cmd_staff_role)
    p = staff.add_parser("disable", help="disable a member (their passphrase no longer unlocks)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_staff_disable, disabled=True)
    p = staff.add_parser("enable", help="enable a disabled member again")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_staff_disable, disabled=False)


def _staff_subparsers(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `staff` command belongs to commands_vault; add our actions to its sub-commands."""
    parser = sub.choices.get("staff") or sub.add_parser("staff", help="staff accounts")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="staff_command", metavar="ACTION", required=True)


def _recovery_code() -> str:
    return passphrase_from_env_or_prompt("Recovery code: ", env="SHELTERDESK_RECOVERY_CODE")


def _print_report(report: backups.BackupReport) -> None:
    print(f"  file: {report.path} ({report.size:,} bytes)")
    print(f"  made: {report.created_at}; audit entries: {report.audit_seq}; "
          f"cases: {report.counts.get('survivors', 0)}; needs: {report.counts.get('needs', 0)}; "
          f"referrals: {report.counts.get('referrals', 0)}")


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    path = check_output_path(args.file, ctx.vault_dir, field="file")
    svc = ctx.services()
    report = backups.make_backup(svc.session, path)
    print("Backup written and verified (every page read back and checked):")
    _print_report(report)
    for warning in report.warnings:
        print(f"shelterdesk-cli: warning: {warning}", file=sys.stderr)
    return 0


def cmd_verify_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.recovery:
        report = backups.verify_backup(Path(args.file), recovery_code=_recovery_code())
    else:
        user = ctx.username()
        report = backups.verify_backup(Path(args.file), user, passphrase_from_env_or_prompt(f"Passphrase for {user}: "))
    print("The backup is complete and authentic:")
    _print_report(report)
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    user = ctx.username()
    if args.recovery:
        report = backups.restore_backup(Path(args.file), Path(args.into), user, recovery_code=_recovery_code(),
                                        replace=args.replace)
    else:
        report = backups.restore_backup(Path(args.file), Path(args.into), user,
                                        passphrase_from_env_or_prompt(f"Passphrase for {user}: "),
                                        replace=args.replace)
    print(f"Restored and checked into {args.into}:")
    _print_report(report)
    if report.safety_copy is not None:
        print(f"The vault that was there is kept as {report.safety_copy}.")
    print("Open it with --vault pointing there, or move the folder to the usual place.")
    return 0


def cmd_recovery_kit(args: argparse.Namespace, ctx: CliContext) -> int:
    path = check_output_path(args.out, ctx.vault_dir)
    out = recovery.new_recovery_kit(ctx.services().session, path)
    print(f"New recovery kit written to {out}. The previous recovery code no longer opens this vault.")
    print("Print it, keep the paper locked away from this computer, and delete the PDF file.")
    return 0


def cmd_reset_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    code = _recovery_code()
    new = new_passphrase(who=args.admin)
    session = recovery.recover(ctx.vault_dir, code, args.admin, new)
    session.close()
    print(f"The passphrase of {args.admin} is changed. The recovery code has been used: make a new recovery kit "
          "now (shelterdesk-cli recovery-kit --out FILE.pdf) and destroy the old page.")
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    new = new_passphrase(who=svc.session.actor.username)
    current = os.environ.get("SHELTERDESK_PASSPHRASE")
    if svc.session.actor.must_change_passphrase:
        svc.staff.set_first_passphrase(new)
    else:
        if current is None:
            raise CliUsageError("Set SHELTERDESK_PASSPHRASE to your current passphrase.")
        svc.staff.change_passphrase(current, new)
    print("Your passphrase is changed.")
    return 0


def cmd_lockout(args: argparse.Namespace, ctx: CliContext) -> int:
    session = ctx.services().session
    if args.show:
        limit = recovery.wipe_after(session)
        print("Off: wrong passphrases only make you wait." if limit is None
              else f"On: the staff key slots are wiped after {limit} wrong passphrases in a row.")
        return 0
    recovery.set_wipe_after(session, None if args.off else args.wipe_after)
    if args.off:
        print("Off: wrong passphrases only make you wait.")
    else:
        print(f"On: after {args.wipe_after} wrong passphrases in a row every staff passphrase stops working and "
              "only the printed recovery kit (or a backup) opens the vault. Check that the kit is at hand.")
    return 0


def cmd_staff_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.services().staff.remove(args.name)
    print(f"Removed {args.name}. The vault was re-keyed: their old passphrase opens nothing from now on. "
          "Backups made before today still open with it; replace them.")
    return 0


def cmd_staff_role(args: argparse.Namespace, ctx: CliContext) -> int:
    member = ctx.services().staff.set_role(args.name, args.role)
    print(f"{member.username} is now {member.role.value}.")
    return 0


def cmd_staff_disable(args: argparse.Namespace, ctx: CliContext) -> int:
    member = ctx.services().staff.set_disabled(args.name, args.disabled)
    print(f"{member.username} is {'disabled' if member.disabled else 'enabled'}.")
    return 0
