"""Serializers parse request bodies and render records; they never write. References are
numeric ids (``organisation: 12``) with a read-only ``*_key`` holding the external key."""
