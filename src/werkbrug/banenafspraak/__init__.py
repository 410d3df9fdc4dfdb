"""Banenafspraak and quotum monitor on stored data: payroll import, counting, progress, quotum.

The rules themselves are pure functions in werkbrug.domain.banenafspraak; this app stores payroll
hours, aggregates them per employer and quarter, and answers the reports (services.py)."""
