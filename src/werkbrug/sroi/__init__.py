"""The Social Return (SROI) ledger on stored data: contracts with their Social Return clause,
fulfilment entries with a workflow and evidence, monitoring (realised, verified, forecast,
penalty) and reports. ``services`` is the public API of this app; valuation itself is the pure
core in ``werkbrug.domain.sroi``."""
