"""The pure core must never depend on Django or the storage layer."""

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[1] / "src" / "werkbrug" / "domain"
FORBIDDEN = ("django", "rest_framework", "werkbrug.registry", "werkbrug.config")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_domain_modules_do_not_import_django_or_storage() -> None:
    offenders = {
        f"{path.relative_to(DOMAIN)}: {name}"
        for path in DOMAIN.rglob("*.py")
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    }
    assert not offenders, offenders
    assert len(list(DOMAIN.rglob("*.py"))) >= 5  # the scan really looked at the core
