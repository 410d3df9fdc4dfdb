"""Deterministic demo data: a pure generator (no Django). The loader lives in werkbrug.demo."""

from werkbrug.domain.demo.generate import DEFAULT_AS_OF, KEY_PREFIX, DemoData, generate
from werkbrug.domain.demo.sizes import SIZES

__all__ = ["DEFAULT_AS_OF", "KEY_PREFIX", "SIZES", "DemoData", "generate"]
