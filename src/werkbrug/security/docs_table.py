"""The roles × permissions table of docs/security.md, generated from roles.toml so it cannot rot
(tests/security/test_security_docs.py compares it; `python -m werkbrug.security.docs_table` prints it)."""

from __future__ import annotations

from werkbrug.domain.authorisation import default_policy

BEGIN, END = "<!-- roles-table:begin -->", "<!-- roles-table:end -->"


def roles_table() -> str:
    policy = default_policy()
    lines = ["| role | MFA | resources | actions | scope | field classes |", "|---|---|---|---|---|---|"]
    for code, role in policy.roles.items():
        for p in role.permissions:
            lines.append(f"| `{code}` | {'yes' if role.mfa_required else 'no'} | {', '.join(sorted(p.resources))} | "
                         f"{', '.join(a for a in policy.actions if a in p.actions)} | {p.scope} | "
                         f"{', '.join(c for c in policy.field_classes if c in p.fields)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(roles_table())
