"""One demo account per role, attached to demo organisations and caseloads, for `werkbrug demo`.

Passwords are random and printed once; roles with two-factor authentication get a TOTP secret,
printed as an otpauth:// URI to scan (the first code confirms it). Running it again gives every
demo account a new password and secret. Demo data only: organisations whose key starts 'demo-'."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from werkbrug.domain import totp
from werkbrug.domain.authorisation import default_policy
from werkbrug.registry.models import Candidate, Organisation
from werkbrug.security.models import Membership, TotpDevice

# role -> the kind of demo organisation it belongs to
HOMES = {"consultant": "gemeente", "jobcoach": "gemeente", "employer_hr": "employer", "inkoper": "gemeente",
         "policy_analyst": "gemeente", "functional_admin": "gemeente"}
CASELOAD = 25  # candidates given to the demo consultant and the demo jobcoach each


def _home(kind: str) -> Organisation | None:
    demo = Organisation.objects.filter(external_key__startswith="demo-").order_by("pk")
    return demo.filter(kind=kind).first() or demo.first()


def _account(role: str, organisation: Organisation, username: str = "") -> tuple[Any, str]:
    username = username or f"demo-{role.replace('_', '-')}"
    user, _ = get_user_model().objects.get_or_create(username=username)
    password = secrets.token_urlsafe(15)
    user.set_password(password)
    user.is_active = True
    user.save()
    Membership.objects.filter(user=user).exclude(organisation=organisation, role=role).delete()
    Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    return user, password


def _caseload(user: Any, organisation: Organisation, skip: int) -> int:
    ids = list(Candidate.objects.filter(organisation=organisation).order_by("pk")
               .values_list("pk", flat=True)[skip:skip + CASELOAD])
    return Candidate.objects.filter(pk__in=ids).update(consultant=user)


@transaction.atomic
def create_demo_accounts(write: Callable[[str], Any] = print) -> list[str]:
    """Create or refresh the demo accounts; ``write`` gets one line per account (password shown once)."""
    lines = ["Demo-accounts (wachtwoorden worden eenmalig getoond / passwords are shown once):"]
    roles = default_policy().roles
    for code, kind in HOMES.items():
        home = _home(kind)
        if home is None:
            lines = ["Geen demo-organisaties: eerst `werkbrug demo` / no demo organisations: run `werkbrug demo` first"]
            break
        user, password = _account(code, home)
        line = f"  {user.username:<22} rol/role {code:<17} {home.external_key:<14} wachtwoord/password {password}"
        if code in {"consultant", "jobcoach"}:
            line += f"  caseload {_caseload(user, home, 0 if code == 'consultant' else CASELOAD)}"
        lines.append(line)
        if roles[code].mfa_required:
            secret = totp.new_secret()
            TotpDevice.objects.update_or_create(user=user, defaults={"secret": secret, "confirmed": False,
                                                                     "last_used_step": None})
            lines.append(f"    TOTP: {totp.provisioning_uri(secret, user.username)}")
    lines += _supplier_account()
    for line in lines:
        write(line)
    return lines


def _supplier_account() -> list[str]:
    """The Social Return supplier: an HR officer of the demo SROI contracts' supplier (werkbrug.demo.sroi)."""
    from werkbrug.demo.sroi import demo_supplier

    supplier = demo_supplier()
    if supplier is None:
        return []
    user, password = _account("employer_hr", supplier, username="demo-supplier")
    return [f"  {user.username:<22} rol/role {'employer_hr':<17} {supplier.external_key:<14} wachtwoord/password "
            f"{password}  (SROI-leverancier / supplier)"]
