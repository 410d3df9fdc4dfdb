"""The loonwaarde API under /api/v1/loonwaarde/."""
