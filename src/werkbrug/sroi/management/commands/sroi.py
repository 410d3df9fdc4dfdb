"""`werkbrug sroi report|add-contract|add-entry`: the Social Return ledger from the command line.

report: one contract (--contract), all contracts of a supplier (--supplier) or of a buyer
(--buyer), as text, JSON, Excel and/or PDF. add-contract / add-entry FILE.csv: one contract or
entry per row, columns as the API's fields; all rows or none. IDs are numeric ids or external
keys. Bad input ends with exit code 1 and a Dutch / English message."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from werkbrug.domain.errors import DomainValidationError, Message
from werkbrug.registry.models import Organisation
from werkbrug.sroi import services
from werkbrug.sroi.api.serializers import SroiContractSerializer, SroiEntrySerializer
from werkbrug.sroi.exports.pdf import write_pdf
from werkbrug.sroi.exports.xlsx import write_xlsx


def _refuse(where: str, nl: str, en: str) -> CommandError:
    return CommandError(str(Message(f"{where}: {nl}", f"{where}: {en}")))


def _organisation(ref: str, option: str) -> int:
    found = Organisation.objects.filter(pk=int(ref)).first() if ref.isdigit() else None
    found = found or Organisation.objects.filter(external_key=ref).first()
    if found is None:
        raise _refuse(option, f"organisatie '{ref}' bestaat niet", f"organisation '{ref}' does not exist")
    return found.pk


def _as_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise _refuse("--as-of", f"'{value}' is geen datum (JJJJ-MM-DD)", f"'{value}' is not a date") from None


def _text(report: dict[str, Any]) -> str:
    if report["report"] != "contract":
        role = report["report"]
        lines = [f"Social Return per {role}: {report[role]['name']} (peildatum / as of {report['as_of']})"]
        lines += [f"  {s['contract']['key']:<14} verplichting {s['obligation_eur']:>12}  geverifieerd "
                  f"{s['verified_eur']:>12}  prognose {s['projected_eur'] or '-':>12}"
                  f"{'  HAALT DOEL NIET / WILL MISS TARGET' if s['will_miss_target'] else ''}"
                  for s in report["contracts"]]
        t = report["totals"]
        return "\n".join([*lines, f"  totaal / total: verplichting {t['obligation_eur']}, geverifieerd "
                                  f"{t['verified_eur']}, korting / deduction {t['deduction_eur']}"])
    c = report["contract"]
    return "\n".join([
        f"Contract {c['key']} {c['name']} ({c['start_date']} - {c['end_date']}, {c['method']})",
        f"  verplichting / obligation   {report['obligation_eur']}",
        f"  gerealiseerd / realised     {report['realised_eur']}  (opgegeven / registered {report['registered_eur']})",
        f"  geverifieerd / verified     {report['verified_eur']}",
        f"  prognose / forecast         {report['forecast']['projected_eur']}  ({report['forecast']['method']})",
        f"  signaal / alert             {'HAALT DOEL NIET / WILL MISS TARGET' if report['alert']['will_miss_target'] else 'op koers / on track'}",
        f"  korting / deduction         {report['penalty']['deduction_eur']}  ({report['penalty']['note']})",
    ])


def _rows(path: str) -> list[dict[str, str]]:
    text = Path(path).read_text("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,") if text else csv.excel
    return [{k.strip(): v.strip() for k, v in row.items() if k and v is not None and v.strip() != ""}
            for row in csv.DictReader(text.splitlines(), dialect=dialect)]


def _issues(where: str, error: Any) -> CommandError:
    if isinstance(error, DomainValidationError):
        nl = "; ".join(f"{i.field}: {i.message.nl}" for i in error.issues)
        en = "; ".join(f"{i.field}: {i.message.en}" for i in error.issues)
        return _refuse(where, nl, en)
    flat = "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in error.items())
    return _refuse(where, flat, flat)


class Command(BaseCommand):
    help = "Social Return-grootboek / Social Return ledger: report, add-contract, add-entry"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        report = sub.add_parser("report", help="report per contract, supplier or buyer")
        report.add_argument("--contract", help="contract: numeric id or contract number")
        report.add_argument("--supplier", help="supplier organisation: id or external key")
        report.add_argument("--buyer", help="buyer organisation: id or external key")
        report.add_argument("--as-of", help="report date YYYY-MM-DD (default today)")
        report.add_argument("--json", action="store_true", help="print JSON")
        report.add_argument("--xlsx", metavar="FILE", help="also write an Excel workbook")
        report.add_argument("--pdf", metavar="FILE", help="also write a PDF")
        for name in ("add-contract", "add-entry"):
            sub.add_parser(name, help=f"{name[4:]}s from a CSV file (columns: the API's fields)").add_argument("file")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "report":
            self._report(options)
        else:
            self._add(options["action"], options["file"])

    def _report(self, options: dict[str, Any]) -> None:
        chosen = [o for o in ("contract", "supplier", "buyer") if options.get(o)]
        if len(chosen) != 1:
            raise _refuse("report", "kies precies één van --contract, --supplier, --buyer",
                          "choose exactly one of --contract, --supplier, --buyer")
        as_of, ref = _as_of(options.get("as_of")), options[chosen[0]]
        if chosen[0] == "contract":
            try:
                report = services.contract_report(services.find_contract(ref).pk, as_of)
            except ObjectDoesNotExist:
                raise _refuse("--contract", f"contract '{ref}' bestaat niet", f"contract '{ref}' does not exist") from None
        else:
            build = services.supplier_report if chosen[0] == "supplier" else services.buyer_report
            report = build(_organisation(ref, f"--{chosen[0]}"), as_of)
        if options.get("xlsx"):
            write_xlsx(report, options["xlsx"])
        if options.get("pdf"):
            write_pdf(report, options["pdf"])
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) if options["json"] else _text(report))

    @transaction.atomic
    def _add(self, action: str, path: str) -> None:
        if not Path(path).is_file():
            raise _refuse(path, "bestand bestaat niet", "file does not exist")
        serializer = SroiContractSerializer if action == "add-contract" else SroiEntrySerializer
        created = []
        for number, row in enumerate(_rows(path), start=2):
            if action == "add-contract":
                for name in ("buyer", "supplier"):
                    if name in row and not row[name].isdigit():
                        row[name] = str(_organisation(row[name], f"{path}:{number}:{name}"))
            parsed = serializer(data=row)
            if not parsed.is_valid():
                raise _issues(f"{path}:{number}", parsed.errors)
            try:
                made = (services.create_contract(dict(parsed.validated_data)) if action == "add-contract"
                        else services.create_entry(dict(parsed.validated_data)))
            except DomainValidationError as error:
                raise _issues(f"{path}:{number}", error) from error
            created.append(made.pk)
        self.stdout.write(f"{len(created)} toegevoegd / added: ids {', '.join(map(str, created))}")
