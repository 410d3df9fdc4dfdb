"""What a job means for the candidate's own monthly income on bijstand or Wajong (rules-nl.md 8.2).

Pure: no Django. An estimate, never a decision by the gemeente or UWV."""

from werkbrug.domain.income.compute import IncomeQuestion, estimate_income

__all__ = ["IncomeQuestion", "estimate_income"]
