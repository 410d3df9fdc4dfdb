"""The matching engine's pure core: feasibility, scoring, top-k and global assignment.

No Django here: the registry's Django layer (werkbrug.matching.services) turns stored rows into
the specs of `specs.py`, and everything else works on those specs and on numpy arrays."""
