"""`werkbrug tokens create --user U --name N [--days D] [--as ADMIN]`: a personal API token,
printed once (only its sha256 is stored). Tokens of users whose role requires two-factor
authentication are issued by a functional administrator (--as or WERKBRUG_OPERATOR).
`tokens list --user U` shows names and dates; `tokens revoke --user U` removes all of a user's tokens."""

from __future__ import annotations

import os
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.security import operator, tokens
from werkbrug.security.models import ApiToken


class Command(BaseCommand):
    help = "Personal API tokens: create (printed once), list, revoke."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("step", choices=["create", "list", "revoke"])
        parser.add_argument("--user", required=True, help="user name of the token's owner")
        parser.add_argument("--name", default="api", help="what the token is for (no personal data)")
        parser.add_argument("--days", type=int, default=tokens.DEFAULT_DAYS, help="validity in days (1-366)")
        parser.add_argument("--as", dest="operator", default=None, metavar="USER",
                            help=f"issuing functional administrator (or {operator.ENV})")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError("onbekende gebruiker / unknown user")
        name = options["operator"] or os.environ.get(operator.ENV, "")
        issuer = get_user_model().objects.filter(username=name, is_active=True).first() if name else None
        if options["step"] == "list":
            for row in ApiToken.objects.filter(user=user).order_by("created_at"):
                self.stdout.write(f"{row.pk}\t{row.name}\t{row.created_at:%Y-%m-%d}\t{row.expires_at:%Y-%m-%d}\t"
                                  f"{row.last_used_at or '-'}")
            return
        if options["step"] == "revoke":
            self.stdout.write(f"{tokens.revoke(user, by=issuer)} token(s) ingetrokken / revoked")
            return
        try:
            row, token = tokens.create_token(user, options["name"], options["days"], issued_by=issuer)
        except tokens.TokenRefused as refused:
            raise CommandError(str(refused.message)) from refused
        self.stdout.write(f"token (eenmalig getoond / shown once, geldig tot / valid until {row.expires_at:%Y-%m-%d}):")
        self.stdout.write(token)
