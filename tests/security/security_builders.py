"""Shared values for security tests."""

PASSWORD = "lange-zin-als-wachtwoord-42"
