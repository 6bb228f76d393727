"""Who a letter comes from: the shelter profile (letterhead) and staff contact details (signature).

Letters made from the command line carry the same letterhead and signature as
those made in the app, so these can be set here too. An option left out keeps
what is stored; an empty value ("") clears it.
"""

from __future__ import annotations

import argparse

from ..services.vaults import set_shelter_profile, shelter_profile
from .context import CliContext, print_json


def register(sub: argparse._SubParsersAction) -> None:
    profile = sub.add_parser("profile", help="the shelter's name, address, phone and email (letterhead)")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    p = actions.add_parser("show", help="print the shelter profile")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_profile_show)
    p = actions.add_parser("set", help="change the shelter profile (coordinators and administrators)")
    p.add_argument("--name", metavar="TEXT", help="the shelter's name (heads every letter)")
    p.add_argument("--address", metavar="TEXT", help="postal address; \\n starts a new line")
    p.add_argument("--phone", metavar="TEXT")
    p.add_argument("--email", metavar="TEXT")
    p.set_defaults(func=cmd_profile_set)

    p = _staff_actions(sub).add_parser(
        "set", help="a member's display name and contact details, as letters print them "
                    "(administrators; members may change their own)")
    p.add_argument("name", metavar="USER")
    p.add_argument("--display-name", metavar="TEXT")
    p.add_argument("--title", metavar="TEXT", help="e.g. Case worker, Shelter coordinator")
    p.add_argument("--phone", metavar="TEXT")
    p.add_argument("--email", metavar="TEXT")
    p.set_defaults(func=cmd_staff_set)


def _staff_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `staff` command belongs to commands_vault; add an action to its sub-commands."""
    parser = sub.choices["staff"]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _multiline(text: str) -> str:
    return text.replace("\\n", "\n")


def cmd_profile_show(args: argparse.Namespace, ctx: CliContext) -> int:
    profile = shelter_profile(ctx.services().session)
    values = {"name": profile.name, "address": profile.address, "phone": profile.phone, "email": profile.email}
    if args.json:
        print_json(values)
    else:
        for key, value in values.items():
            print(f"{key}: {value}")
    return 0


def cmd_profile_set(args: argparse.Namespace, ctx: CliContext) -> int:
    session = ctx.services().session
    profile = shelter_profile(session)
    for key in ("name", "address", "phone", "email"):
        value = getattr(args, key)
        if value is not None:
            setattr(profile, key, _multiline(value).strip())
    set_shelter_profile(session, profile)
    print(f"Shelter profile saved: {profile.name}")
    return 0


def cmd_staff_set(args: argparse.Namespace, ctx: CliContext) -> int:
    svc = ctx.services()
    member = svc.staff.get(args.name.strip().lower())
    for option, attr in (("display_name", "display_name"), ("title", "title"), ("phone", "phone"),
                         ("email", "email")):
        value = getattr(args, option)
        if value is not None:
            setattr(member, attr, value.strip())
    saved = svc.staff.update_profile(member)
    print(f"{saved.username}: {saved.display_name}" + (f", {saved.title}" if saved.title else ""))
    return 0
