"""Vault-wide commands: init, staff, verify, demo, bench."""

from __future__ import annotations

import argparse
import os
import sys

from ..domain.enums import Role
from ..domain.serialize import to_plain
from ..services.registry import Services
from ..services.vault_health import ALTERED, MISSING, UNKNOWN
from ..services.vaults import create_vault
from ..storage.vault import SLOTS_FILE
from .arguments import MAX_ID, whole_number
from .context import CliContext, CliUsageError, new_passphrase, print_json

RECOVERY_NOTICE = """\
Recovery code (shown only this once):

    {code}

Print this page or write the code on paper now, and keep it locked away from
this computer. It opens the vault when every administrator passphrase is lost;
anyone who holds it can read every record. It will not be shown again.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault with its first administrator")
    p.add_argument("--admin", required=True, metavar="NAME", help="user name of the first administrator")
    p.add_argument("--shelter-name", default="", metavar="TEXT", help="the shelter's name (heads every letter)")
    p.set_defaults(func=cmd_init)

    staff = sub.add_parser("staff", help="staff accounts").add_subparsers(dest="staff_command", metavar="ACTION",
                                                                          required=True)
    p = staff.add_parser("add", help="add a staff member (administrators only)")
    p.add_argument("name", metavar="NAME", help="user name of the new member")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name", default="", metavar="TEXT")
    p.set_defaults(func=cmd_staff_add)
    p = staff.add_parser("list", help="list staff members")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_staff_list)

    p = sub.add_parser("verify", help="check the vault's integrity and its audit chain")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo", help="fill the vault with synthetic (invented) survivors")
    p.add_argument("--count", type=whole_number(1, 1_000_000), required=True, metavar="N")
    p.add_argument("--seed", type=whole_number(0, MAX_ID), default=0, metavar="S")
    p.add_argument("--into-real-vault", action="store_true",
                   help="add invented people even though the vault holds real cases (not recommended)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("bench", help="measure search, intake, case opening and unlock against plaintext SQLite")
    p.add_argument("--records", type=whole_number(1, 1_000_000), metavar="N", help="one size only (default: 1000, 10000, 100000)")
    p.add_argument("--runs", type=whole_number(1, 10_000), default=50, metavar="R", help="timed runs per operation")
    p.set_defaults(func=cmd_bench)


def _vault_exists(ctx: CliContext) -> bool:
    return (ctx.vault_dir / SLOTS_FILE).exists()


def _create(ctx: CliContext, admin: str, passphrase: str, shelter_name: str) -> Services:
    session, code = create_vault(ctx.vault_dir, admin, passphrase, shelter_name=shelter_name)
    print(f"Created a vault in {ctx.vault_dir} with administrator “{session.actor.username}”.")
    print(RECOVERY_NOTICE.format(code=code))
    return Services.for_session(session)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    if _vault_exists(ctx):
        print(f"shelterdesk-cli: there is already a vault in {ctx.vault_dir}; it was not changed.", file=sys.stderr)
        return 1
    passphrase = new_passphrase("SHELTERDESK_PASSPHRASE", who=args.admin)
    _create(ctx, args.admin, passphrase, args.shelter_name).close()
    return 0


def cmd_staff_add(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    member = svc.staff.add(args.name, args.role, new_passphrase(who=args.name), display_name=args.display_name)
    print(f"Added {member.username} ({member.role.value}). They must choose their own passphrase "
          "at their first unlock.")
    return 0


def cmd_staff_list(args: argparse.Namespace, ctx: CliContext) -> int:
    staff = ctx.services().staff
    members, slots = staff.list(), staff.slot_status()
    if args.json:
        print_json([{**to_plain(m), "key_slot": slots.get(m.username, "ok")} for m in members]
                   + [{"username": name, "key_slot": what} for name, what in sorted(slots.items())
                      if name not in {m.username for m in members}])
        return 0
    for m in members:
        flags = " (disabled)" if m.disabled else ""
        if m.username in slots:
            flags += f" ({SLOT_WORDS[slots[m.username]]})"
        print(f"{m.username:<20} {m.role.value:<14} {m.display_name}{flags}")
    for name, what in sorted(slots.items()):  # slots added to the file by hand, for nobody on the staff
        if name not in {m.username for m in members}:
            print(f"{name:<20} {'-':<14} ({SLOT_WORDS[what]}: a key slot added outside ShelterDesk)")
    return 0


SLOT_WORDS = {UNKNOWN: "not on the staff", ALTERED: "key slot altered", MISSING: "no key slot"}


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    report = svc.audit.verify()
    if report.ok:
        print(f"OK: every page authenticates, the database structure is sound, "
              f"and the audit chain of {report.audit_entries} entries is intact.")
        return 0
    # Lock without recording the current audit head as the last known state, so
    # the problem is found again by the next verify.
    ctx.abandon()
    print("The vault FAILED its checks:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 4


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.demo import fill_demo

    if _vault_exists(ctx):
        svc = ctx.services()
    else:
        passphrase = os.environ.get("SHELTERDESK_PASSPHRASE")
        if not passphrase:
            raise CliUsageError("There is no vault here yet: set SHELTERDESK_PASSPHRASE (and --user) to create one.")
        svc = ctx.adopt(_create(ctx, ctx.username(), passphrase, "Demo Shelter (synthetic data)"))
    fill_demo(svc, args.count, args.seed, progress=_progress if sys.stderr.isatty() else None,
              into_real_vault=args.into_real_vault)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {args.count} synthetic survivors (seed {args.seed}) with needs, consents and referrals.")
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} survivors", end="", file=sys.stderr, flush=True)


def cmd_bench(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.search_bench import DEFAULT_SIZES, run_benchmark

    sizes = [args.records] if args.records else list(DEFAULT_SIZES)
    print(run_benchmark(sizes, runs=args.runs, log=lambda text: print(text, file=sys.stderr, flush=True)))
    return 0
