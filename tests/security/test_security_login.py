"""Local login: argon2id, password rules, lockout, TOTP required for MFA roles, sessions end."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client
from security_builders import PASSWORD

from werkbrug.domain import totp
from werkbrug.security import conf
from werkbrug.security.models import AuditEvent, TotpDevice

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def post_login(client: Client, username: str, password: str = PASSWORD) -> Any:
    return client.post("/auth/login/", {"username": username, "password": password})


def test_passwords_are_hashed_with_argon2id(make_user: Any) -> None:
    user = make_user("hasher", None)
    assert user.password.startswith("argon2$argon2id$")


@pytest.mark.parametrize("password,ok", [("kort-wachtw", False), ("welkom2025!", False), ("Welkom2025!xx", True),
                                         ("password1234", False), ("x" * 129, False), ("x" * 20 + "é" * 44, True),
                                         ("zonder hoofdletters of cijfers", True)])
def test_password_rules_length_and_common_lists_without_composition_rules(password: str, ok: bool) -> None:
    try:
        validate_password(password)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == ok


def test_jobcoach_logs_in_with_password_only_and_gets_a_new_session_id(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    client = Client()
    client.get("/auth/login/")
    before = client.cookies.get("sessionid")
    response = post_login(client, "coach")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.cookies["sessionid"].value != (before.value if before else None)
    assert AuditEvent.objects.filter(action="login", result="success").count() == 1


def test_wrong_password_and_unknown_user_get_the_same_answer(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    wrong, unknown = post_login(Client(), "coach", "verkeerd-wachtwoord"), post_login(Client(), "nobody", "x" * 14)
    assert wrong.status_code == unknown.status_code == 400
    assert wrong.content.replace(b"coach", b"") .count(b"Aanmelden mislukt") == unknown.content.count(b"Aanmelden mislukt") == 1


def test_unknown_users_cost_as_much_time_as_known_ones(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    def timed(username: str) -> float:
        start = time.perf_counter()
        post_login(Client(REMOTE_ADDR=f"10.0.0.{len(username)}"), username, "verkeerd-wachtwoord")
        return time.perf_counter() - start
    known = min(timed("coach") for _ in range(3))
    unknown = min(timed("nobody") for _ in range(3))
    assert unknown > known * 0.5, (known, unknown)  # a hash is computed for unknown users too


def test_account_is_locked_after_repeated_failures_even_with_the_right_password(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    for n in range(conf.LOCKOUT_ACCOUNT_FAILURES):
        assert post_login(Client(REMOTE_ADDR=f"10.0.1.{n}"), "coach", "fout-fout-fout").status_code == 400
    assert post_login(Client(), "coach").status_code == 400
    assert AuditEvent.objects.filter(action="login", result="refused", explanation="locked").count() == 1


def test_ip_is_throttled_across_accounts(tenants: Any, make_user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conf, "LOCKOUT_IP_FAILURES", 3)
    make_user("coach", "jobcoach", tenants["gemeente"])
    for n in range(3):
        post_login(Client(REMOTE_ADDR="10.9.9.9"), f"guess{n}", "fout-fout-fout")
    assert post_login(Client(REMOTE_ADDR="10.9.9.9"), "coach").status_code == 400
    assert post_login(Client(REMOTE_ADDR="10.9.9.8"), "coach").status_code == 302


def test_consultant_cannot_skip_the_second_factor(tenants: Any, make_user: Any) -> None:
    user = make_user("consulent", "consultant", tenants["gemeente"])
    client = Client()
    response = post_login(client, "consulent")
    assert response.status_code == 302 and response["Location"] == "/auth/login/totp/"
    assert "_auth_user_id" not in client.session  # not logged in before the code
    assert b"otpauth://" in client.get("/auth/login/totp/").content  # first time: enrolment
    device = TotpDevice.objects.get(user=user)
    assert client.post("/auth/login/totp/", {"code": "000000"}).status_code == 400
    code = totp.totp(device.secret, time.time())
    assert client.post("/auth/login/totp/", {"code": code}).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk) and client.session["werkbrug_mfa"] is True
    device.refresh_from_db()
    assert device.confirmed
    replay = Client()
    post_login(replay, "consulent")
    assert b"otpauth://" not in replay.get("/auth/login/totp/").content  # enrolled: the secret is not shown again
    assert replay.post("/auth/login/totp/", {"code": code}).status_code == 400  # a code works once


def test_totp_page_without_password_step_goes_back_to_login(db: None) -> None:
    assert Client().get("/auth/login/totp/")["Location"] == "/auth/login/"


def test_logout_ends_the_session_and_needs_post(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    client = Client()
    post_login(client, "coach")
    key = client.session.session_key
    assert client.get("/auth/logout/").status_code == 405
    assert client.post("/auth/logout/").status_code == 200
    assert not Session.objects.filter(session_key=key).exists()
    assert client.get("/auth/session/").status_code == 401


def test_deactivation_ends_every_session(tenants: Any, make_user: Any) -> None:
    from werkbrug.security.login.sessions import deactivate

    user = make_user("coach", "jobcoach", tenants["gemeente"])
    first, second = Client(), Client()
    post_login(first, "coach"), post_login(second, "coach")
    assert first.get("/auth/session/").status_code == 200
    assert deactivate(user) == 2
    assert first.get("/auth/session/").status_code == 401 and second.get("/auth/session/").status_code == 401
    assert post_login(Client(), "coach").status_code == 400


def test_idle_and_absolute_timeouts(tenants: Any, make_user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    clock = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    client = Client()
    post_login(client, "coach")
    status = client.get("/auth/session/").json()
    assert status["idle_left"] == conf.SESSION_IDLE_SECONDS and status["absolute_left"] == conf.SESSION_MAX_SECONDS
    clock[0] += conf.SESSION_IDLE_SECONDS - 1
    assert client.get("/auth/session/").json()["idle_left"] == 1  # asking does not extend
    assert client.post("/auth/session/").status_code == 200  # extending does
    clock[0] += conf.SESSION_IDLE_SECONDS - 1
    assert client.get("/auth/session/").status_code == 200
    clock[0] += conf.SESSION_IDLE_SECONDS
    assert client.get("/auth/session/").status_code == 401  # idle too long
    assert AuditEvent.objects.filter(action="session_expired").count() == 1
    post_login(client, "coach")
    for _ in range(conf.SESSION_MAX_SECONDS // (conf.SESSION_IDLE_SECONDS - 60) + 1):
        clock[0] += conf.SESSION_IDLE_SECONDS - 60
        client.post("/auth/session/")
    assert client.get("/auth/session/").status_code == 401  # absolute limit, however active
