"""The functional administrator's pages: organisations, accounts and grants, data-sharing
agreements and the parameter tables. Every write is audited; every other role gets 403."""

from __future__ import annotations

from typing import Any

import pytest
from administration_builders import audit_rows, make_admin, signed_in
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db(databases=["default", "audit"])

PAGES = ["administration-organisations", "administration-organisation-new", "administration-accounts",
         "administration-account-new", "administration-agreements", "administration-agreement-new",
         "administration-parameters", "administration-bouwblokken"]


@pytest.fixture
def admin_client(world: dict[str, Any]) -> Client:
    world["admin"] = make_admin(world["gemeente"])
    return signed_in(world["admin"])


@pytest.mark.parametrize("name", PAGES)
def test_every_page_answers_the_administrator(admin_client: Client, name: str) -> None:
    response = admin_client.get(reverse(f"web:{name}"))
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store") or "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", PAGES)
def test_other_roles_are_refused(consultant_client: Client, hr_client: Client, world: dict[str, Any],
                                 name: str) -> None:
    for client in (consultant_client, hr_client):
        assert client.get(reverse(f"web:{name}")).status_code == 403
    refused = [r for r in audit_rows("", "accounts") if r.result == "refused"]
    assert len(refused) == 2  # both refusals are on record


def test_an_administrator_without_second_factor_is_refused(world: dict[str, Any]) -> None:
    client = signed_in(make_admin(world["gemeente"]), mfa=False)
    assert client.get(reverse("web:administration-accounts")).status_code == 403


def test_create_and_edit_an_organisation_is_audited(admin_client: Client) -> None:
    from werkbrug.registry.models import Organisation

    response = admin_client.post(reverse("web:administration-organisation-new"), {
        "name": "Sociaal Werkbedrijf Rijnland", "kind": "sob", "kvk_number": "", "sector": "overheid",
        "arbeidsmarktregio": "Holland Rijnland", "employees": "120"})
    assert response.status_code == 302
    made = Organisation.objects.get(name="Sociaal Werkbedrijf Rijnland")
    assert [r.object_id for r in audit_rows("create", "organisations")] == [str(made.pk)]
    edit = reverse("web:administration-organisation-edit", args=[made.pk])
    assert admin_client.post(edit, {"name": "SW Rijnland", "kind": "sob", "sector": "overheid",
                                    "version": made.version}).status_code == 302
    assert Organisation.objects.get(pk=made.pk).name == "SW Rijnland"
    stale = admin_client.post(edit, {"name": "Oud", "kind": "sob", "sector": "overheid", "version": made.version})
    assert stale.status_code == 400 and "id=\"error-summary\"" in stale.content.decode()
    assert len(audit_rows("update", "organisations")) == 1


def test_organisation_form_errors_name_the_field(admin_client: Client) -> None:
    response = admin_client.post(reverse("web:administration-organisation-new"), {"kind": "sob", "sector": "x"})
    body = response.content.decode()
    assert response.status_code == 400 and 'href="#id_name"' in body and 'href="#id_sector"' in body


def test_create_account_grant_revoke_and_deactivate(admin_client: Client, world: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session

    from werkbrug.security.models import Membership, UserSession

    response = admin_client.post(reverse("web:administration-account-new"), {
        "username": "nieuwe.consulent", "email": "", "organisation": world["gemeente"].pk, "role": "consultant",
        "caseload_only": "on"})
    assert response.status_code == 200 and "<code>" in response.content.decode()
    account = get_user_model().objects.get(username="nieuwe.consulent")
    grant = Membership.objects.get(user=account)
    assert (grant.role, grant.caseload_only) == ("consultant", True)
    assert admin_client.post(reverse("web:administration-account", args=[account.pk]), {
        "grant-organisation": world["gemeente"].pk, "grant-role": "jobcoach"}).status_code == 302
    assert set(Membership.objects.filter(user=account).values_list("role", flat=True)) == {"consultant", "jobcoach"}
    detail = admin_client.get(reverse("web:administration-account", args=[account.pk])).content.decode()
    assert "health_fml" in detail  # the field classes a role reaches are shown
    # a signed-in session of the account ends when it is deactivated
    session_client = signed_in(account)
    UserSession.objects.create(user=account, session_key=session_client.session.session_key)
    assert admin_client.post(reverse("web:administration-account-active", args=[account.pk]),
                             {"active": "0"}).status_code == 302
    account.refresh_from_db()
    assert not account.is_active
    assert not Session.objects.filter(session_key=session_client.session.session_key).exists()
    assert session_client.get(reverse("web:candidates")).status_code == 302  # back to the sign-in page
    admin_client.post(reverse("web:administration-grant-revoke", args=[account.pk, grant.pk]))
    assert not Membership.objects.filter(pk=grant.pk).exists()
    assert len(audit_rows("create", "accounts")) == 1 and len(audit_rows("grant", "accounts")) == 1
    assert len(audit_rows("deactivate", "accounts")) == 1 and len(audit_rows("revoke", "accounts")) == 1


def test_accounts_of_other_organisations_are_out_of_reach(admin_client: Client, world: dict[str, Any]) -> None:
    body = admin_client.get(reverse("web:administration-accounts")).content.decode()
    assert "consulent" in body and ">hr<" not in body  # the employer's HR officer is not ours
    assert admin_client.get(reverse("web:administration-account", args=[world["hr"].pk])).status_code == 404


def test_duplicate_user_name_is_refused_on_the_field(admin_client: Client, world: dict[str, Any]) -> None:
    response = admin_client.post(reverse("web:administration-account-new"), {
        "username": "consulent", "organisation": world["gemeente"].pk, "role": "consultant"})
    assert response.status_code == 400 and "bestaat al" in response.content.decode()


def test_record_and_end_a_data_sharing_agreement(admin_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.security.access import actor_for
    from werkbrug.security.models import DataSharingAgreement

    response = admin_client.post(reverse("web:administration-agreement-new"), {
        "provider": world["gemeente"].pk, "recipient": world["employer"].pk, "field_classes": ["pseudonymised"],
        "purpose": "bemiddeling", "reference": "DSA-2026-7", "valid_from": "01-01-2026"})
    assert response.status_code == 302
    agreement = DataSharingAgreement.objects.get(reference="DSA-2026-7")
    assert agreement.field_classes == ["pseudonymised"] and actor_for(world["hr"]).sharing
    listed = admin_client.get(reverse("web:administration-agreements")).content.decode()
    assert "DSA-2026-7" in listed
    assert admin_client.post(reverse("web:administration-agreement-end", args=[agreement.pk]),
                             {"valid_to": "02-01-2026"}).status_code == 302
    assert actor_for(world["hr"]).sharing == ()
    assert len(audit_rows("create", "sharing_agreements")) == 1 and len(audit_rows("end", "sharing_agreements")) == 1


def test_agreement_errors_are_named(admin_client: Client, world: dict[str, Any]) -> None:
    response = admin_client.post(reverse("web:administration-agreement-new"), {
        "provider": world["gemeente"].pk, "recipient": world["gemeente"].pk, "field_classes": ["general"],
        "purpose": "bemiddeling", "reference": "x", "valid_from": "01-02-2026", "valid_to": "01-01-2026"})
    body = response.content.decode()
    assert response.status_code == 400 and "met zichzelf" in body and "vóór de begindatum" in body


def test_parameter_tables_show_history_and_unconfirmed(admin_client: Client) -> None:
    body = admin_client.get(reverse("web:administration-parameters")).content.decode()
    assert "lks_cap_pct" in body and "Participatiewet art. 10d" in body and "UNCONFIRMED" in body
    assert "versioned data files" in body or "geversioneerde" in body
    bouwblokken = admin_client.get(reverse("web:administration-bouwblokken")).content.decode()
    assert "Bouwblokken Utrecht" in bouwblokken and "UNCONFIRMED" in bouwblokken


def test_the_menu_offers_administration_to_the_administrator_only(admin_client: Client,
                                                                   consultant_client: Client) -> None:
    link = f'href="{reverse("web:administration-accounts")}"'
    assert link in admin_client.get("/").content.decode()
    assert link not in consultant_client.get("/").content.decode()
