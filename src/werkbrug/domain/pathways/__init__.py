"""Pathways: trajectory status model, doorstroom, survival of placements and the value of work (pure)."""
