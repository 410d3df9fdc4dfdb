"""Shared argument handling and error output of the transfer commands."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.domain.schema import KINDS
from werkbrug.transfer.services import TransferError

MAX_LINES = 200


def add_kind_and_file(parser: CommandParser) -> None:
    parser.add_argument("kind", choices=list(KINDS), help="soort / kind of record")
    parser.add_argument("file", help=".csv of/or .xlsx")


def print_problems(command: BaseCommand, lines: Sequence[str]) -> None:
    """At most MAX_LINES lines, then a count of what was left out."""
    for line in lines[:MAX_LINES]:
        command.stderr.write(line)
    if len(lines) > MAX_LINES:
        left = len(lines) - MAX_LINES
        command.stderr.write(f"… en nog {left} fouten / and {left} more errors")


def refuse(error: TransferError) -> CommandError:
    return CommandError(str(error.message))
