"""Every log record is scrubbed of BSN-like numbers, e-mail addresses and tokens.

Installed twice on purpose: as a LOGGING filter on the handlers, and as the log record factory
(``install``), so records reaching any handler — including ones added later — are clean."""

from __future__ import annotations

import logging
from typing import Any

from werkbrug.domain.scrubbing import scrub


def _scrub_record(record: logging.LogRecord) -> None:
    if getattr(record, "_werkbrug_scrubbed", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a broken format string must not hide the scrubbing
        message = str(record.msg)
    record.msg, record.args = scrub(message), None
    if record.exc_info and not record.exc_text:
        # format the traceback now, scrubbed; formatters reuse exc_text instead of formatting again
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = scrub(record.exc_text)
    record._werkbrug_scrubbed = True


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        _scrub_record(record)
        return True


_original_factory = logging.getLogRecordFactory()


def _factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _original_factory(*args, **kwargs)
    _scrub_record(record)
    return record


def install() -> None:
    if logging.getLogRecordFactory() is not _factory:
        logging.setLogRecordFactory(_factory)
