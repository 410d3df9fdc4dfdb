"""The `werkbrug` command: one entry point for everything an operator does.

Each sub-command is a Django management command; a few get friendlier names here.
Unexpected errors end with a one-line message and exit code 2, never a traceback
(set WERKBRUG_DEBUG=1 to see the traceback)."""

from __future__ import annotations

import os
import sys

ALIASES = {
    "import": "import_data",
    "export": "export_data",
    "import-payroll": "import_payroll",
    "serve": "runserver",
    "business-case": "business_case",
    "algorithm-register": "algorithm_register",
}

OPERATOR_COMMANDS = {
    "init": "create or upgrade the database and load the reference catalogues",
    "demo": "generate and load deterministic demo data (--size small|region|national)",
    "summary": "print counts of what the registry holds",
    "import": "import KIND FILE [--dry-run]: organisations, locations, candidates, work, tasks, placements",
    "export": "export KIND FILE: the same kinds, as .csv or .xlsx",
    "template": "template KIND FILE: write an empty import template with the documented columns",
    "serve": "serve the web app and API (development server) on ADDRESS:PORT",
}


def _usage() -> str:
    lines = ["usage: werkbrug COMMAND [options]   (werkbrug COMMAND --help for details)", ""]
    lines += [f"  {name:<10} {text}" for name, text in OPERATOR_COMMANDS.items()]
    lines += ["", "Every Django management command is available too (werkbrug help --all)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkbrug.config.settings")
    if not args or args[0] in {"-h", "--help"} or args == ["help"]:
        print(_usage())
        return 0
    if args[:2] == ["help", "--all"]:
        args = ["help"]
    args[0] = ALIASES.get(args[0], args[0])
    if args[0] == "runserver":
        # The development server also serves the static files (NL Design System, Swagger UI);
        # production puts a WSGI server and a web server in front instead.
        args += [flag for flag in ("--noreload", "--insecure") if flag not in args]

    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["werkbrug", *args])
    except KeyboardInterrupt:
        return 130
    except SystemExit as stop:
        return int(stop.code or 0) if not isinstance(stop.code, str) else 1
    except Exception as exc:  # noqa: BLE001 - the operator gets a sentence, not a traceback
        if os.environ.get("WERKBRUG_DEBUG") == "1":
            raise
        print(f"werkbrug: fout / error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
