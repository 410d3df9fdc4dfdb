"""`werkbrug business-case --candidate ID --work ID`: the employer's business case for a stored
candidate on a stored work item (a vacancy or a carved role), as text, JSON, PDF or Excel.

ID is a numeric id or an external key. Bad input ends with exit code 1 and a Dutch / English
message that names the option."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.businesscase import services
from werkbrug.businesscase.render import render_text
from werkbrug.domain.errors import DomainValidationError, Message
from werkbrug.matching import loading
from werkbrug.registry.models import Candidate
from werkbrug.security import operator

OPTIONS = {"loonwaarde": "--loonwaarde", "date": "--date", "start_date": "--date",
           "months": "--months", "sickness_rate_pct": "--sickness-rate",
           "hourly_wage": "wage_per_hour (werk/work)", "hours_per_week": "hours_per_week (werk/work)",
           "age": "date_of_birth (kandidaat/candidate)"}


def _refuse(option: str, nl: str, en: str) -> CommandError:
    return CommandError(str(Message(f"{option}: {nl}", f"{option}: {en}")))


def _number(value: str | None, option: str) -> Decimal | None:
    if value is None:
        return None
    try:
        parsed = Decimal(value.replace(",", "."))
    except InvalidOperation:
        parsed = Decimal("NaN")
    if not parsed.is_finite():
        raise _refuse(option, f"'{value}' is geen getal", f"'{value}' is not a number")
    return parsed


def _months(value: str | None) -> int | None:
    parsed = _number(value, "--months")
    if parsed is not None and (parsed != parsed.to_integral_value() or parsed < 1):
        raise _refuse("--months", "moet een geheel getal van minstens 1 zijn",
                      "must be a whole number of at least 1")
    return None if parsed is None else int(parsed)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _refuse("--date", f"'{value}' is geen datum (JJJJ-MM-DD)",
                      f"'{value}' is not a date (YYYY-MM-DD)") from None


def _domain_error(error: DomainValidationError) -> CommandError:
    nl = "; ".join(f"{OPTIONS.get(i.field, i.field)}: {i.message.nl}" for i in error.issues)
    en = "; ".join(f"{OPTIONS.get(i.field, i.field)}: {i.message.en}" for i in error.issues)
    return CommandError(str(Message(nl, en)))


class Command(BaseCommand):
    help = ("Business case werkgever voor een kandidaat op een werkplek / the employer's business case "
            "for a candidate on a work item (LKS, loondispensatie, LKV, no-riskpolis, jobcoach)")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--candidate", required=True, help="candidate: numeric id or external key")
        parser.add_argument("--work", required=True, help="work item: numeric id or external key")
        parser.add_argument("--loonwaarde", help="measured loonwaarde in %% (0-100); absent: an estimate")
        parser.add_argument("--date", help="contract start YYYY-MM-DD (default: the work's start, else today)")
        parser.add_argument("--months", help="contract months (default: the work's dates, else 12)")
        parser.add_argument("--sickness-rate", help="sickness rate in %% for the no-riskpolis")
        parser.add_argument("--forfaitair", action="store_true",
                            help="forfaitaire LKS for the first 6 months (Pw 10d lid 5)")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--pdf", metavar="FILE", help="also write a PDF report")
        parser.add_argument("--xlsx", metavar="FILE", help="also write an Excel workbook")
        operator.add_arguments(parser, purpose="bemiddeling")

    def _guard(self, options: dict[str, Any]) -> None:
        """The case uses the candidate's doelgroep and age: a named operator who may read them
        (and export them for --pdf/--xlsx); audited."""
        who = operator.operator_for(options)
        try:
            candidate = loading.find(Candidate, str(options["candidate"]))
        except Candidate.DoesNotExist:
            return  # the service names the missing candidate
        operator.authorise(who, "read", candidate, ("health_fml",))
        operator.record(who, "read", "candidates", candidate.pk, subject_id=candidate.pk)
        if options["pdf"] or options["xlsx"]:
            operator.authorise(who, "export", candidate, ("health_fml",))
            operator.record(who, "export", "candidates", candidate.pk, subject_id=candidate.pk)

    def handle(self, *args: Any, **options: Any) -> None:
        self._guard(options)
        try:
            result = services.business_case_for(
                options["candidate"], options["work"], _number(options["loonwaarde"], "--loonwaarde"),
                _date(options["date"]), _months(options["months"]),
                sickness_rate=_number(options["sickness_rate"], "--sickness-rate"),
                forfaitair=options["forfaitair"])
        except services.NotFound as missing:
            raise CommandError(str(missing.message)) from missing
        except DomainValidationError as error:
            raise _domain_error(error) from error
        self._export(result, options)
        if options["json"]:
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(render_text(result))

    def _export(self, result: dict[str, Any], options: dict[str, Any]) -> None:
        for option, write in (("pdf", services.export_pdf), ("xlsx", services.export_xlsx)):
            if not options[option]:
                continue
            try:
                write(result, options[option])
            except OSError as error:
                raise _refuse(f"--{option}", f"kan het bestand niet schrijven ({error.strerror})",
                              f"cannot write the file ({error.strerror})") from error
            self.stderr.write(f"{options[option]} geschreven / written")
