"""Trustworthy matching, pure rules: completeness, beoordelingspunten, fairness statistics,
candidate-facing labels and the algorithm register text. Never imports Django."""
