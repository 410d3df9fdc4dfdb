"""Banenafspraak and quotum: pure calculations (no Django).

- ``units``: verloonde uren -> banen (25,5 uur per week; 1.331 uur per year).
- ``counting``: which payroll hours count, for whom (inlener) and when (doelgroep periods).
- ``quotum``: liability, quotumtekort and quotumheffing with the legal caveats.
- ``targets``: national and sector targets per year and progress against them.

Every legal figure comes from werkbrug/data/parameters/*.toml (see docs/banenafspraak.md)."""
