"""The stand-alone calculators over HTTP: `GET` (query string) or `POST` (JSON body)
/api/v1/calc/NAME/ with the same options as `werkbrug calc NAME`, answering the same JSON as
`werkbrug calc NAME --json`.

Each endpoint is derived from the calculator module's own ``add_arguments`` (option
``--hours-per-year`` is parameter ``hours_per_year``) and calls its ``run(options)``, so the
command line and the API cannot drift apart. A CalculatorInputError is a 400 problem naming
the parameter."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
from types import ModuleType
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.calc import subcommands
from werkbrug.calc.errors import CalculatorInputError
from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import ProblemError, field_error
from werkbrug.registry.api.schema import ProblemAutoSchema
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.security.api import REFERENCE

IGNORED = {"format"}  # DRF's renderer switch


def calculators() -> dict[str, ModuleType]:
    """Every module in calc.subcommands with a run(); the same set as `werkbrug calc`."""
    found = {}
    for info in pkgutil.iter_modules(subcommands.__path__):
        module = importlib.import_module(f"{subcommands.__name__}.{info.name}")
        if hasattr(module, "run"):
            found[info.name.replace("_", "-")] = module
    return found


def _actions(module: ModuleType) -> list[argparse.Action]:
    parser = argparse.ArgumentParser(add_help=False)
    module.add_arguments(parser)
    return [a for a in parser._actions if a.option_strings]


def _field(action: argparse.Action) -> serializers.Field:
    text = (action.help or "").replace("%%", "%")
    common: dict[str, Any] = {"help_text": f"{text} (CLI: {action.option_strings[0]})"}
    if isinstance(action, argparse._StoreTrueAction):
        return serializers.BooleanField(required=False, default=False, **common)
    if isinstance(action, argparse._AppendAction):
        return serializers.ListField(child=serializers.CharField(max_length=100), required=False, **common)
    if not action.required:
        common.update(required=False, allow_null=True, default=action.default)
    if action.choices:
        return serializers.ChoiceField(choices=list(action.choices), **common)
    if action.type is int:
        return serializers.IntegerField(**common)
    if action.type is float:
        return serializers.FloatField(**common)
    return serializers.CharField(max_length=100, **common)


def input_serializer(name: str, module: ModuleType) -> type[serializers.Serializer]:
    fields = {a.dest: _field(a) for a in _actions(module)}
    title = "".join(part.capitalize() for part in name.split("-"))
    return type(f"Calc{title}Input", (serializers.Serializer,), {
        **fields, "__doc__": f"Options of `werkbrug calc {name}`.", "__module__": __name__})


def parameter_name(option: str) -> str:
    """'--hours-per-year' -> 'hours_per_year'."""
    return option.lstrip("-").replace("-", "_")


def _input_problem(error: CalculatorInputError) -> ProblemError:
    prefix = f"{error.option}: "
    message = Message(error.message.nl.removeprefix(prefix), error.message.en.removeprefix(prefix))
    return field_error(parameter_name(error.option), "invalid", message)


class CalculatorSchema(ProblemAutoSchema):
    def _problem_codes(self) -> list[str]:
        codes = super()._problem_codes()
        return codes if "400" in codes else [*codes, "400"]  # GET reads parameters too


class CalculatorView(ApiMixin, APIView):
    """Base: parse options, run the calculator, answer its JSON exactly as the CLI prints it."""

    schema = CalculatorSchema()
    access_policy = {"get": REFERENCE, "post": REFERENCE}  # pure calculators, no personal data
    calculator = ""
    module: ModuleType
    input_class: type[serializers.Serializer]

    def _answer(self, data: Any) -> Response:
        if not hasattr(data, "keys"):
            raise field_error("non_field_errors", "invalid", Message("verwacht een JSON-object",
                                                                     "expected a JSON object"))
        unknown = sorted(set(data.keys()) - set(self.input_class().fields) - IGNORED)
        if unknown:
            raise field_error(unknown[0], "unknown_parameter", Message(
                "onbekende parameter voor deze rekenhulp", "unknown parameter for this calculator"))
        parsed = self.input_class(data=data)
        parsed.is_valid(raise_exception=True)
        options = {a.dest: a.default for a in _actions(self.module)} | dict(parsed.validated_data)
        try:
            result = self.module.run(options)
        except CalculatorInputError as error:
            raise _input_problem(error) from error
        # The CLI prints json.dumps(result, default=str); the same conversion gives the same JSON.
        return Response(json.loads(json.dumps(result, default=str)))

    def get(self, request: Request) -> Response:
        return self._answer(request.query_params)

    def post(self, request: Request) -> Response:
        return self._answer(request.data)


def view_for(name: str, module: ModuleType) -> type[CalculatorView]:
    input_class = input_serializer(name, module)
    answer = OpenApiResponse(OpenApiTypes.OBJECT, description=f"The JSON of `werkbrug calc {name} --json`.")
    summary = str(module.HELP)

    @extend_schema(tags=["calculators"], parameters=[input_class], responses=answer, summary=summary,
                   operation_id=f"calc_{name.replace('-', '_')}_get")
    def get(self: CalculatorView, request: Request) -> Response:
        return CalculatorView.get(self, request)

    @extend_schema(tags=["calculators"], request=input_class, responses=answer, summary=summary,
                   operation_id=f"calc_{name.replace('-', '_')}_post")
    def post(self: CalculatorView, request: Request) -> Response:
        return CalculatorView.post(self, request)

    title = "".join(part.capitalize() for part in name.split("-"))
    return type(f"Calc{title}View", (CalculatorView,), {
        "calculator": name, "module": module, "input_class": input_class, "get": get, "post": post,
        "__doc__": f"`werkbrug calc {name}`: {summary}", "__module__": __name__})


VIEWS: dict[str, type[CalculatorView]] = {name: view_for(name, module) for name, module in calculators().items()}
