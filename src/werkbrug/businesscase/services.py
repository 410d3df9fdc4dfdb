"""The business-case app's public API: the employer's business case for a stored candidate on a
stored work item (a vacancy or a carved role), and its PDF and Excel exports.

The calculation itself is the pure core (werkbrug.domain.business); this layer reads the
registry, picks the instruments that apply, and returns a JSON-ready dict."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from werkbrug.businesscase import result as result_module
from werkbrug.businesscase.inputs import Options, prepare
from werkbrug.domain.business import business_case
from werkbrug.domain.errors import Message
from werkbrug.registry.models import Candidate, Work

Target = str | Path | IO[bytes]


class NotFound(LookupError):
    """A candidate or work item that does not exist; the message names the ID, in nl and en."""

    def __init__(self, what: Message, ident: object):
        self.message = Message(f"{what.nl} '{ident}' bestaat niet (id of sleutel)",
                               f"{what.en} '{ident}' does not exist (id or key)")
        super().__init__(str(self.message))


def _find(model: type[Candidate] | type[Work], ident: object, what: Message) -> Any:
    if isinstance(ident, model):
        return ident
    text = str(ident).strip()
    # the same order as `werkbrug match`: a numeric id first, then the external key
    found = model.objects.filter(pk=int(text)).first() if text.isdigit() else None
    if found is None and text:
        found = model.objects.filter(external_key=text).first()
    if found is None:
        raise NotFound(what, ident)
    return found


def find_candidate(ident: object) -> Candidate:
    return _find(Candidate, ident, Message("kandidaat", "candidate"))  # type: ignore[no-any-return]


def find_work(ident: object) -> Work:
    return _find(Work, ident, Message("werk", "work"))  # type: ignore[no-any-return]


def business_case_for(candidate: Candidate | str | int, work: Work | str | int,
                      loonwaarde: Decimal | int | float | str | None = None, on: date | None = None,
                      months: int | None = None, *, sickness_rate: Decimal | None = None,
                      forfaitair: bool = False, use_matching: bool = True,
                      hours: Decimal | None = None) -> dict[str, Any]:
    """The business case as a JSON-ready dict. `on` is the contract start (default: the work's
    start date, else today); `months` defaults to the work's dates, else 12; `hours` (per week)
    to the work's. Raises NotFound
    for an unknown ID and DomainValidationError for input the calculator refuses."""
    options = Options(loonwaarde=None if loonwaarde is None else Decimal(str(loonwaarde)), on=on,
                      months=months, sickness_rate=sickness_rate, forfaitair=forfaitair,
                      use_matching=use_matching, hours=hours)
    prepared = prepare(find_candidate(candidate), find_work(work), options)
    return result_module.build(prepared, business_case(prepared.case))


def export_pdf(result: dict[str, Any], path_or_stream: Target) -> None:
    from werkbrug.businesscase.export_pdf import write_pdf

    write_pdf(result, path_or_stream)


def export_xlsx(result: dict[str, Any], path_or_stream: Target) -> None:
    from werkbrug.businesscase.export_xlsx import write_xlsx

    write_xlsx(result, path_or_stream)
