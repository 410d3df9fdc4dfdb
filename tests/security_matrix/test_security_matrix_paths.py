"""Authentication, purpose, audit rows and the command-line paths: one audit row per audited
event, the purpose header required for health data and BSN, tokens hashed and issued under
control, the admin behind the security login, operators named on the command line."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from matrix_world import build
from rest_framework.test import APIClient

from werkbrug.security.models import ApiToken, AuditEvent, Membership, TotpDevice
from werkbrug.security.testing import session_client, token_client, user_with_role
from werkbrug.security.tokens import TokenRefused, create_token, digest

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def rows(**where: Any) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(**where))


def test_a_health_read_needs_a_purpose_and_writes_one_row() -> None:
    world = build("consultant")
    mine = world.candidates["mine"]
    bare = session_client(world.users["consultant"], purpose=None)
    refused = bare.get(f"/api/v1/candidates/{mine.pk}/")
    assert refused.status_code == 400 and refused["Content-Type"].startswith("application/problem+json")
    assert refused.json()["invalid_params"][0]["name"] == "X-Werkbrug-Purpose"
    assert not rows(action="read", subject_id=mine.pk)
    answer = session_client(world.users["consultant"], purpose="begeleiding").get(f"/api/v1/candidates/{mine.pk}/")
    assert answer.status_code == 200 and "fml_profile" in answer.json()
    [row] = rows(action="read", subject_id=mine.pk)
    assert (row.purpose, row.result, row.actor_id, row.object_type) == (
        "begeleiding", "success", world.users["consultant"].pk, "candidates")
    assert row.organisation_id == world.orgs["G1"].pk and row.origin


def test_an_unknown_purpose_is_a_400_and_a_pseudonymised_list_needs_none() -> None:
    world = build("employer_hr")
    wrong = session_client(world.users["employer_hr"], purpose="nieuwsgierigheid").get("/api/v1/candidates/")
    assert wrong.status_code == 400
    listing = session_client(world.users["employer_hr"], purpose=None).get("/api/v1/candidates/")
    assert listing.status_code == 200
    shown = listing.json()["results"]
    assert len(shown) == 2  # the consented and the introduced candidate
    for row in shown:
        assert not {"bsn", "bsn_masked", "fml_profile"} & set(row)
        assert row["pseudonym"].startswith("P-") if "given_name" not in row else row["given_name"] == "Mx"


def test_every_write_and_every_refusal_writes_one_row() -> None:
    world = build("jobcoach")
    client = session_client(world.users["jobcoach"])
    mine = world.candidates["mine"]
    changed = client.patch(f"/api/v1/candidates/{mine.pk}/", {"version": mine.version, "place": "Leiden"}, format="json")
    assert changed.status_code == 200
    assert len(rows(action="update", object_type="candidates", object_id=str(mine.pk))) == 1
    refused = client.patch(f"/api/v1/candidates/{mine.pk}/", {"version": mine.version + 1, "benefit": "bijstand"},
                           format="json")
    assert refused.status_code == 403
    assert len(rows(action="update", result="refused", object_id=str(mine.pk))) == 1


def test_basic_authentication_is_gone_and_a_token_works_until_it_expires() -> None:
    world = build("inkoper")
    user = world.users["inkoper"]
    basic = APIClient()
    basic.credentials(HTTP_AUTHORIZATION="Basic bXgtaW5rb3Blcjpwcm9lZi13YWNodHdvb3JkLXZvb3ItdGVzdHMtNw==")
    assert basic.get("/api/v1/work/").status_code == 401
    row, token = create_token(user, "rapportage", days=1)
    assert row.key_hash == digest(token) and token not in {t.key_hash for t in ApiToken.objects.all()}
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/v1/work/").status_code == 200
    assert ApiToken.objects.get(pk=row.pk).last_used_at is not None
    ApiToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get("/api/v1/work/").status_code == 401
    assert rows(action="token_create", object_id=str(user.pk))


def test_tokens_of_mfa_roles_only_from_a_functional_administrator() -> None:
    world = build("consultant")
    consultant = world.users["consultant"]
    with pytest.raises(TokenRefused):
        create_token(consultant, "zelf")
    with pytest.raises(TokenRefused):
        create_token(consultant, "collega", issued_by=world.colleague)
    assert rows(action="token_create", result="refused")
    client = token_client(consultant, issued_by=world.users["functional_admin"])
    assert client.get(f"/api/v1/candidates/{world.candidates['mine'].pk}/").status_code == 200
    foreign = user_with_role("mx-admin-g2", "functional_admin", world.orgs["G2"])
    with pytest.raises(TokenRefused):
        create_token(consultant, "vreemd", issued_by=foreign)


def test_a_session_without_second_factor_gets_nothing_for_an_mfa_role() -> None:
    world = build("consultant")
    client = session_client(world.users["consultant"], mfa=False)
    assert client.get("/api/v1/candidates/").status_code == 403


def test_tokens_command_prints_once_and_needs_an_admin_for_mfa_roles() -> None:
    world = build("consultant")
    out = StringIO()
    call_command("tokens", "create", "--user", "mx-inkoper", "--name", "bi", stdout=out)
    token = out.getvalue().strip().splitlines()[-1]
    assert ApiToken.objects.filter(key_hash=digest(token)).exists()
    with pytest.raises(CommandError):
        call_command("tokens", "create", "--user", "mx-consultant", stdout=StringIO())
    call_command("tokens", "create", "--user", "mx-consultant", "--as", "mx-functional_admin", stdout=StringIO())
    assert ApiToken.objects.get(user=world.users["consultant"]).approved_by == world.users["functional_admin"]


def test_admin_login_goes_to_the_security_login() -> None:
    answer = APIClient().get("/admin/login/?next=/admin/")
    assert answer.status_code in (301, 302) and answer["Location"].startswith("/auth/login/")
    admin = user_with_role("mx-root", None)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    without_mfa = session_client(admin, mfa=False)
    assert without_mfa.get("/admin/").status_code == 302
    assert session_client(admin, mfa=True).get("/admin/").status_code == 200


def test_cli_paths_run_as_a_named_operator(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    world = build("policy_analyst")
    monkeypatch.delenv("WERKBRUG_OPERATOR", raising=False)
    with pytest.raises(CommandError, match="--as"):
        call_command("export_data", "candidates", str(tmp_path / "c.csv"))
    call_command("export_data", "candidates", str(tmp_path / "c.csv"), "--as", "mx-policy_analyst", stdout=StringIO())
    text = (tmp_path / "c.csv").read_text("utf-8-sig")
    assert "MX-C-MINE" not in text and "Persoon" not in text and text.count("\n") == 3  # header + G1's two
    assert rows(action="export", object_type="candidates", actor_id=world.users["policy_analyst"].pk, origin="cli")
    with pytest.raises(CommandError, match="geweigerd"):
        call_command("erase", "--candidate", str(world.candidates["mine"].pk), "--reason", "x",
                     "--as", "mx-policy_analyst")
    with pytest.raises(CommandError, match="geweigerd"):
        call_command("match", "explain", "--candidate", "MX-C-MINE", "--work", "MX-W-MX-E1", "--as", "mx-inkoper")
    out = StringIO()
    call_command("match", "explain", "--candidate", "MX-C-COLL", "--work", "MX-W-MX-E1", "--as", "mx-colleague",
                 stdout=out)
    assert rows(action="read", subject_id=world.candidates["colleague"].pk, origin="cli")


def test_demo_accounts_one_per_role_with_totp_for_mfa_roles() -> None:
    from werkbrug.registry import services
    from werkbrug.security.demo_accounts import HOMES, create_demo_accounts

    for key, kind in (("demo-gem", "gemeente"), ("demo-emp", "employer")):
        services.save_record("organisations", {"external_key": key, "name": key, "kind": kind, "sector": "markt"})
    lines: list[str] = []
    create_demo_accounts(write=lines.append)
    assert {m.role for m in Membership.objects.filter(user__username__startswith="demo-")} == set(HOMES)
    assert sum("otpauth://totp/" in line for line in lines) == 2  # consultant and functional administrator
    assert TotpDevice.objects.filter(user__username="demo-consultant", confirmed=False).exists()
    again: list[str] = []
    create_demo_accounts(write=again.append)
    def password(line: str) -> str:
        return line.split("password ")[1].split()[0]

    assert password(lines[1]) != password(again[1])  # a new password every run
