"""The functional administrator's writes: organisations, accounts and their role grants, and
data-sharing agreements. Every write appends one audit row (purpose ``beheer``) here, in the
service, never in a signal; deactivating an account ends all its sessions (login.sessions).

Audit explanations name codes and ids only, never a person's name or e-mail address."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from werkbrug.domain.authorisation import default_policy
from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.registry import services as registry
from werkbrug.registry.models import Organisation
from werkbrug.security import audit
from werkbrug.security.login import sessions
from werkbrug.security.models import DataSharingAgreement, Membership

PURPOSE = "beheer"


@dataclass(frozen=True)
class Context:
    """Who changes what from where: the administrator, their organisation, their address."""

    by: Any
    organisation_id: int | None = None
    origin: str = ""


def _audit(context: Context, action: str, object_type: str, object_id: object, explanation: str = "") -> None:
    audit.record(action, purpose=PURPOSE, actor=context.by, organisation_id=context.organisation_id,
                 object_type=object_type, object_id=object_id, origin=context.origin, explanation=explanation)


def save_organisation(values: dict[str, Any], context: Context, pk: int | None = None,
                      version: int | None = None) -> Organisation:
    """Create (pk None) or update an organisation through the registry's services."""
    with transaction.atomic():
        if pk is None:
            organisation, _ = registry.save_record("organisations", values)
        else:
            organisation = registry.update("organisations", pk, version or 0, values)
    _audit(context, "create" if pk is None else "update", "organisations", organisation.pk)
    return organisation  # type: ignore[return-value]


def _role_issue(role: str) -> Issue | None:
    if role in default_policy().roles:
        return None
    codes = ", ".join(default_policy().roles)
    return Issue("role", "unknown_code", Message(f"onbekende rol (kies uit: {codes})",
                                                 f"unknown role (choose from: {codes})"))


def create_account(username: str, email: str, organisation_id: int, role: str, caseload_only: bool,
                   context: Context) -> tuple[Any, str]:
    """A new account with its first grant; returns the account and a one-time password."""
    issue = _role_issue(role)
    if issue is not None:
        raise DomainValidationError([issue])
    if get_user_model().objects.filter(username__iexact=username).exists():
        raise DomainValidationError([Issue("username", "duplicate", Message(
            "deze gebruikersnaam bestaat al", "this user name already exists"))])
    password = secrets.token_urlsafe(15)
    with transaction.atomic():
        user = get_user_model().objects.create_user(username, email=email, password=password)
        Membership.objects.create(user=user, organisation_id=organisation_id, role=role, caseload_only=caseload_only)
    _audit(context, "create", "accounts", user.pk, f"role {role} organisation {organisation_id}")
    return user, password


def grant(user: Any, organisation_id: int, role: str, caseload_only: bool, context: Context) -> Membership:
    issue = _role_issue(role)
    if issue is not None:
        raise DomainValidationError([issue])
    try:
        with transaction.atomic():
            membership = Membership.objects.create(user=user, organisation_id=organisation_id, role=role,
                                                   caseload_only=caseload_only)
    except IntegrityError:
        raise DomainValidationError([Issue("role", "duplicate", Message(
            "dit account heeft deze rol al in deze organisatie",
            "this account already has this role in this organisation"))]) from None
    _audit(context, "grant", "accounts", user.pk, f"role {role} organisation {organisation_id}")
    return membership


def revoke(membership: Membership, context: Context) -> None:
    """End a grant. The account's open sessions end too: what they may see changed."""
    user, role, organisation_id = membership.user, membership.role, membership.organisation_id
    membership.delete()
    sessions.end_all_sessions(user)
    _audit(context, "revoke", "accounts", user.pk, f"role {role} organisation {organisation_id}")


def deactivate(user: Any, context: Context) -> int:
    """Deactivate and end every session (login.sessions.deactivate audits it); returns sessions ended."""
    return sessions.deactivate(user, by=context.by)


def reactivate(user: Any, context: Context) -> None:
    user.is_active = True
    user.save(update_fields=["is_active"])
    _audit(context, "reactivate", "accounts", user.pk)


def record_agreement(provider_id: int, recipient_id: int, field_classes: list[str], purpose: str, reference: str,
                     valid_from: date, valid_to: date | None, context: Context) -> DataSharingAgreement:
    issues = []
    if provider_id == recipient_id:
        issues.append(Issue("recipient", "same_organisation", Message(
            "een organisatie deelt niet met zichzelf", "an organisation does not share with itself")))
    unknown = sorted(set(field_classes) - set(default_policy().field_classes))
    if unknown or not field_classes:
        issues.append(Issue("field_classes", "unknown_code", Message(
            "kies ten minste één bekende gegevenscategorie", "choose at least one known field class")))
    if purpose not in default_policy().purposes:
        issues.append(Issue("purpose", "unknown_code", Message("onbekend doel", "unknown purpose")))
    if valid_to is not None and valid_to < valid_from:
        issues.append(Issue("valid_to", "order", Message(
            "de einddatum ligt vóór de begindatum", "the end date is before the start date")))
    if issues:
        raise DomainValidationError(issues)
    agreement = DataSharingAgreement.objects.create(
        provider_id=provider_id, recipient_id=recipient_id, field_classes=sorted(field_classes), purpose=purpose,
        reference=reference, valid_from=valid_from, valid_to=valid_to, recorded_by=context.by)
    _audit(context, "create", "sharing_agreements", agreement.pk,
           f"provider {provider_id} recipient {recipient_id} classes {','.join(sorted(field_classes))}")
    return agreement


def end_agreement(agreement: DataSharingAgreement, on: date, context: Context) -> DataSharingAgreement:
    """End an agreement on a date (the last day it applies); never before it began."""
    if on < agreement.valid_from:
        raise DomainValidationError([Issue("valid_to", "order", Message(
            "de einddatum ligt vóór de begindatum", "the end date is before the start date"))])
    agreement.valid_to = on
    agreement.save(update_fields=["valid_to"])
    _audit(context, "end", "sharing_agreements", agreement.pk, f"valid_to {on.isoformat()}")
    return agreement
