"""Werkbrug's pure core: rules, validation, catalogues and calculators.

Nothing in this package imports Django (tests/test_architecture.py checks it)."""
