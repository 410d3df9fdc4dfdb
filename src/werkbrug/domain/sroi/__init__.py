"""Social Return (SROI): valuation methods (bouwblokken) as data, and pure valuation functions.

- ``methods``: the data model of a valuation method and its table versions.
- ``loader``: reads and validates werkbrug/data/sroi/*.toml (one file per method).
- ``valuation``: the value of one fulfilment entry; ``obligation``: what a contract requires.

See docs/sroi.md for the file format and how to add a region."""
