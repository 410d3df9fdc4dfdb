"""The nl and en catalogues are complete: every UI string has a translation in both, none is
fuzzy, the catalogues hold every string the code and templates use (re-extracted here with
makemessages), and the compiled .mo files match the .po files."""

from __future__ import annotations

import gettext
import json
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "werkbrug"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("nl", "en")
Entry = tuple[str, str | None, tuple[str, ...], bool]  # msgid, msgid_plural, msgstrs, fuzzy


def read_po(path: Path) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for block in path.read_text("utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        fields: dict[str, str] = {}
        current = ""
        for line in lines:
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
            if match:
                current = match.group(1)
                fields[current] = json.loads(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += json.loads(line)
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        strings = tuple(v for k, v in sorted(fields.items()) if k.startswith("msgstr"))
        entries[fields["msgid"]] = (fields["msgid"], fields.get("msgid_plural"), strings, fuzzy)
    return entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language: str) -> None:
    entries = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 100
    untranslated = [msgid for msgid, (_, _, strings, _) in entries.items() if not all(strings)]
    fuzzy = [msgid for msgid, (_, _, _, is_fuzzy) in entries.items() if is_fuzzy]
    assert untranslated == [], f"{language}: untranslated entries"
    assert fuzzy == [], f"{language}: fuzzy entries"


def test_catalogues_hold_every_string_in_use(tmp_path: Path) -> None:
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to check the catalogues: apt-get install gettext")
    copy = tmp_path / "werkbrug"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "data"))
    import os

    cwd = os.getcwd()
    try:
        os.chdir(copy)
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            call_command("makemessages", locale=list(LANGUAGES), no_location=True, verbosity=0)
    finally:
        os.chdir(cwd)
    for language in LANGUAGES:
        committed = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
        extracted = read_po(copy / "locale" / language / "LC_MESSAGES" / "django.po")
        missing = sorted(set(extracted) - set(committed))
        assert missing == [], f"{language}: run makemessages and translate: {missing}"
        new_untranslated = [m for m, (_, _, strings, _) in extracted.items() if not all(strings)]
        assert new_untranslated == [], f"{language}: untranslated after merge: {new_untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(language: str) -> None:
    directory = LOCALE / language / "LC_MESSAGES"
    with (directory / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, (_, plural, strings, _) in read_po(directory / "django.po").items():
        if plural is None:
            assert compiled.gettext(msgid) == strings[0], f"{language}: stale .mo for {msgid!r}: run compilemessages"
        else:
            assert compiled.ngettext(msgid, plural, 1) == strings[0], f"{language}: stale .mo for {msgid!r}"
