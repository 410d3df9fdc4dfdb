"""Generate the column tables of docs/import.md from the schema, so the doc cannot drift.

    python -m werkbrug.transfer.docgen docs/import.md          # rewrite the generated part
    python -m werkbrug.transfer.docgen --check docs/import.md  # exit 1 when it is out of date

Only the text between the BEGIN and END markers is generated; the prose around it is written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

from werkbrug.domain.schema import KINDS, Column, Kind

BEGIN = "<!-- BEGIN GENERATED: python -m werkbrug.transfer.docgen docs/import.md -->"
END = "<!-- END GENERATED -->"


def _allowed(column: Column) -> str:
    parts = []
    if column.ref_kind:
        parts.append(f"sleutel van / key of `{column.ref_kind}`")
    if column.minimum is not None or column.maximum is not None:
        low = "" if column.minimum is None else f"{column.minimum:g}".replace(".", ",")
        high = "" if column.maximum is None else f"{column.maximum:g}".replace(".", ",")
        parts.append(f"{low} … {high}")
    if column.code_list is not None:
        parts.append(", ".join(f"`{code}`" for code in column.code_list))
    return "; ".join(parts)


def kind_table(kind: Kind) -> str:
    key = "`work` + `key`" if kind.name == "tasks" else f"`{kind.key}`"
    lines = [
        f"### `{kind.name}`: {kind.label.nl} / {kind.label.en}", "",
        f"Sleutel / key: {key}. Sjabloon / template: `werkbrug template {kind.name} {kind.name}.xlsx`.", "",
        "| kolom / column | omschrijving | description | type | verplicht / required | toegestaan / allowed |",
        "|---|---|---|---|---|---|",
    ]
    for c in kind.columns:
        cells = [f"`{c.name}`", c.label.nl, c.label.en, c.type, "ja / yes" if c.required else "", _allowed(c)]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def generated() -> str:
    return "\n\n".join([BEGIN, *(kind_table(k) for k in KINDS.values()), END])


def update(text: str) -> str:
    """The document with its generated part replaced (appended when the markers are missing)."""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        return head + generated() + tail
    return text.rstrip("\n") + "\n\n" + generated() + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if len(paths) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(paths[0])
    current = path.read_text("utf-8") if path.exists() else ""
    wanted = update(current)
    if check:
        if wanted != current:
            print(f"{path} is verouderd / out of date; run: python -m werkbrug.transfer.docgen {path}")
            return 1
        return 0
    path.write_text(wanted, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
