"""Loonwaarde measurements stored per placement: the report, its finality and the default it gives
the business case and `werkbrug calc lks`. The method itself is pure: werkbrug.domain.loonwaarde."""
