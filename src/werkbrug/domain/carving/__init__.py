"""Job carving (Inclusief Herontwerp van Werk): split low-qualified tasks off existing roles and
bundle them into new roles, optimised with OR-Tools CP-SAT (see docs/adr/0003-job-carving-objective.md)."""

from werkbrug.domain.carving.engine import carve
from werkbrug.domain.carving.model import (
    CarvedRole,
    CarvePlan,
    CarveSettings,
    RoleInput,
    TaskInput,
    Unit,
)

__all__ = ["CarvePlan", "CarveSettings", "CarvedRole", "RoleInput", "TaskInput", "Unit", "carve"]
