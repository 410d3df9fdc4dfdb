from werkbrug.security.models.accounts import (
           LoginFailure,
           Membership,
           OidcIdentity,
           TotpDevice,
           UserSession,
)
from werkbrug.security.models.audit import AuditEvent
from werkbrug.security.models.sharing import DataSharingAgreement, DeletionRecord, Introduction
from werkbrug.security.models.tokens import ApiToken

__all__ = ["ApiToken", "AuditEvent", "DataSharingAgreement", "DeletionRecord", "Introduction", "LoginFailure",
           "Membership", "OidcIdentity", "TotpDevice", "UserSession"]
