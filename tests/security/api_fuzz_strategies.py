"""Hypothesis strategies from the committed OpenAPI document (docs/api/openapi.yaml): path and
query parameters and JSON bodies that follow the schema, mixed with values that do not.
Next to schemathesis' cases (test_security_schemathesis.py), these also break the schema on purpose
(see docs/security.md#api-robustness)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from hypothesis import strategies as st

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")
# printable text: control characters and lone surrogates are refused by the HTTP layer already
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
JUNK = st.one_of(TEXT, st.integers(-(10**12), 10**12), st.booleans(), st.none(),
                 st.lists(st.integers(-5, 5), max_size=3), st.floats(allow_nan=False))


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    parameters: tuple[dict[str, Any], ...]
    body: dict[str, Any] | None

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def load() -> tuple[dict[str, Any], list[Operation]]:
    document = yaml.safe_load(OPENAPI.read_text("utf-8"))
    operations = []
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                op = item[method]
                content = (op.get("requestBody") or {}).get("content", {})
                body = content.get("application/json", {}).get("schema") if content else None
                operations.append(Operation(method, path, tuple([*shared, *op.get("parameters", [])]), body))
    return document, operations


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for sub in schema["allOf"]:
            merged["properties"].update(_resolve(document, sub).get("properties", {}))
        return merged
    return schema


def _scalar(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        return st.sampled_from([v for v in schema["enum"] if v is not None] or [""])
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer":
        return st.integers(schema.get("minimum", -(10**6)), schema.get("maximum", 10**6))
    if kind == "number" or (kind == "string" and fmt == "decimal"):
        number = st.decimals(-10000, 10000, places=2, allow_nan=False, allow_infinity=False)
        return number.map(str) if kind == "string" else number.map(float)
    if kind == "boolean":
        return st.booleans()
    if fmt == "date":
        return st.dates().map(lambda d: d.isoformat())
    if fmt == "date-time":
        return st.datetimes().map(lambda d: d.isoformat() + "Z")
    return TEXT


def value(document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Mostly values of the schema's shape; sometimes anything at all."""
    schema = _resolve(document, schema)
    if "oneOf" in schema or "anyOf" in schema:
        return st.one_of([value(document, s, depth) for s in schema.get("oneOf", schema.get("anyOf", []))])
    kind = schema.get("type")
    if kind == "array":
        shaped: st.SearchStrategy[Any] = st.lists(value(document, schema.get("items", {}), depth + 1),
                                                 max_size=2 if depth < 2 else 0)
    elif kind == "object" or "properties" in schema:
        props = {k: v for k, v in schema.get("properties", {}).items() if not v.get("readOnly")}
        shaped = st.fixed_dictionaries({}, optional={k: value(document, v, depth + 1) for k, v in props.items()}) \
            if depth < 3 else st.just({})
    else:
        shaped = _scalar(schema)
    return st.one_of(shaped, shaped, shaped, JUNK)  # three to one: valid shape


def parameters(document: dict[str, Any], op: Operation, ids: list[int]) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """(url, query) for one operation: path parameters from the world's ids or anything."""
    path_values: dict[str, st.SearchStrategy[Any]] = {}
    query: dict[str, st.SearchStrategy[Any]] = {}
    for param in op.parameters:
        schema = _resolve(document, param.get("schema", {}))
        if param["in"] == "path":
            path_values[param["name"]] = st.one_of(st.sampled_from(ids), _scalar(schema)).map(
                lambda v: quote(str(v), safe="") or "0")
        elif param["in"] == "query":
            query[param["name"]] = st.one_of(_scalar(schema), TEXT).map(str)

    def url(values: dict[str, str]) -> str:
        path = op.path
        for name, text in values.items():
            path = path.replace("{" + name + "}", text)
        return path

    return st.tuples(st.fixed_dictionaries(path_values).map(url), st.fixed_dictionaries({}, optional=query))
