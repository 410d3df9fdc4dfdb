"""Static checks over src/ (semgrep-style, as tests): no csrf_exempt, no SQL built from data,
no log call that mentions BSN, FML or name fields. bandit runs in `make lint` (bandit.yaml)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "werkbrug"
SQL_CALLS = {"execute", "executemany", "raw", "extra", "RawSQL"}
# Bulk paths that build SQL from identifiers (table and column names of models or module
# constants) and pass every value as a parameter; any other root in their SQL fails.
IDENTIFIER_SQL = {"banenafspraak/store.py", "demo/bulk.py", "matching/population.py", "security/key_rotation.py"}
# names (in those files only) that hold identifiers: table/column names, placeholder lists
IDENTIFIER_ROOTS = {"table", "names", "quote", "model", "fields", "f", "covered", "create", "columns", "connection",
                    "organisations", "sql", "_version_sql", "Constant"}
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
PERSONAL = ("bsn", "fml", "given_name", "family_name", "date_of_birth", "email", "phone")


def modules() -> list[tuple[str, ast.Module]]:
    return [(str(p.relative_to(SRC)), ast.parse(p.read_text("utf-8"))) for p in sorted(SRC.rglob("*.py"))]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _root(node: ast.AST) -> str:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else type(node).__name__


def _interpolated(node: ast.AST) -> list[ast.AST]:
    """Expressions spliced into a SQL string: f-string values, .format() arguments, '+' parts."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _interpolated(node.left) + _interpolated(node.right)
    if isinstance(node, ast.Call) and _name(node) == "format":
        return [node.func.value, *node.args, *(k.value for k in node.keywords)]  # type: ignore[attr-defined]
    if isinstance(node, ast.Constant):
        return []
    return [node]


def _sql_problems(path: str, call: ast.Call) -> list[str]:
    first = call.args[0] if call.args else None
    if first is None or (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []
    if isinstance(first, ast.BinOp) and isinstance(first.op, ast.Mod):
        return [f"{path}:{call.lineno}: SQL built with %"]
    if path not in IDENTIFIER_SQL:
        return [f"{path}:{call.lineno}: {_name(call)}() with a non-literal SQL string"]
    bad = [_root(e) for e in _interpolated(first)
           if not (_root(e).isupper() or _root(e) in IDENTIFIER_ROOTS or isinstance(e, ast.Constant))]
    return [f"{path}:{call.lineno}: SQL interpolates {b}" for b in bad]


def test_no_csrf_exempt() -> None:
    hits = [p for p, tree in modules() if "csrf_exempt" in ast.dump(tree)]
    assert not hits, hits


def test_no_sql_built_from_data() -> None:
    problems = [problem for path, tree in modules() for node in ast.walk(tree)
                if isinstance(node, ast.Call) and _name(node) in SQL_CALLS and node.args
                for problem in _sql_problems(path, node)]
    assert not problems, "\n".join(problems)


def test_the_bulk_paths_pass_values_as_parameters() -> None:
    """The allowed SQL builders do use placeholders (what made them allowed)."""
    for path in IDENTIFIER_SQL:
        text = (SRC / path).read_text("utf-8")
        assert "%s" in text or "'?'" in text or "[import_id]" in text or "SELECT" in text, path


def _mentions(node: ast.AST) -> list[str]:
    found = []
    for sub in ast.walk(node):
        text = sub.id if isinstance(sub, ast.Name) else sub.attr if isinstance(sub, ast.Attribute) else \
            sub.value if isinstance(sub, ast.Constant) and isinstance(sub.value, str) else ""
        found += [word for word in PERSONAL if word in text.lower()]
    return found


def test_no_log_call_mentions_personal_fields() -> None:
    problems = []
    for path, tree in modules():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in LOG_METHODS and _root(node.func.value) in {"logger", "log", "logging", "LOG"}):
                continue
            mentioned = [m for arg in [*node.args, *(k.value for k in node.keywords)] for m in _mentions(arg)]
            problems += [f"{path}:{node.lineno}: log call mentions {m}" for m in mentioned]
    assert not problems, "\n".join(problems)


def test_the_checks_can_fail() -> None:
    bad = ast.parse('cursor.execute(f"SELECT * FROM t WHERE bsn = {bsn}")\nlogger.info("bsn %s", c.bsn)')
    calls = [n for n in ast.walk(bad) if isinstance(n, ast.Call)]
    assert _sql_problems("x.py", calls[0])
    assert _mentions(calls[1])
