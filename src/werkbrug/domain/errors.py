"""Validation results that name what is wrong and where, in Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """A sentence in both languages Werkbrug speaks; Dutch first."""

    nl: str
    en: str

    def __str__(self) -> str:
        return f"{self.nl} / {self.en}"

    def text(self, language: str) -> str:
        return self.en if language.startswith("en") else self.nl


@dataclass(frozen=True)
class Issue:
    """One problem with one field of one record."""

    field: str
    code: str
    message: Message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class Issues:
    """Collects every problem instead of stopping at the first."""

    items: list[Issue] = field(default_factory=list)

    def add(self, field_name: str, code: str, nl: str, en: str) -> None:
        self.items.append(Issue(field_name, code, Message(nl, en)))

    def extend(self, other: list[Issue]) -> None:
        self.items.extend(other)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise DomainValidationError(list(self.items))


class DomainValidationError(ValueError):
    """Raised with every issue found in a record."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("; ".join(str(i) for i in issues))


class VersionConflict(Exception):
    """An update was based on a version that is no longer current (optimistic locking)."""

    def __init__(self, kind: str, key: object, expected: int, current: int):
        self.kind, self.key, self.expected, self.current = kind, key, expected, current
        self.message = Message(
            f"{kind} {key} is intussen gewijzigd (versie {current}, u had versie {expected}); "
            "laad opnieuw en breng uw wijziging opnieuw aan",
            f"{kind} {key} was changed meanwhile (version {current}, you had version {expected}); "
            "reload and apply your change again",
        )
        super().__init__(str(self.message))


class DeletionRefused(Exception):
    """Deleting would remove placements or history; the caller must end or move them first."""

    def __init__(self, kind: str, key: object, blockers: dict[str, int]):
        self.kind, self.key, self.blockers = kind, key, blockers
        listed = ", ".join(f"{n} {what}" for what, n in blockers.items())
        self.message = Message(
            f"{kind} {key} kan niet worden verwijderd: er hangen nog gegevens aan ({listed})",
            f"{kind} {key} cannot be deleted: records still depend on it ({listed})",
        )
        super().__init__(str(self.message))
