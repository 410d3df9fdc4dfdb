"""Werkbrug: open-source software for the Dutch inclusive labour market."""

__version__ = "0.1.0"
