"""Employer business-case calculators: WML, loonkostensubsidie, LKV, no-riskpolis, jobcoach and
accommodations, as pure functions on versioned parameters (rules-nl.md section 2).

Every amount is an `Amount` that carries the rule and the parameter versions it used;
UNCONFIRMED parameters are flagged in the output. See docs/business-case.md."""

from werkbrug.domain.business.amounts import Amount
from werkbrug.domain.business.case import BusinessCase, business_case
from werkbrug.domain.business.case_input import Accommodation, CaseInput, Jobcoach
from werkbrug.domain.business.lks import LksResult, lks
from werkbrug.domain.business.lkv import LkvResult, lkv, lkv_terms
from werkbrug.domain.business.wml import wml_hourly

__all__ = ["Accommodation", "Amount", "BusinessCase", "CaseInput", "Jobcoach", "LksResult",
           "LkvResult", "business_case", "lks", "lkv", "lkv_terms", "wml_hourly"]
