"""Encrypts the BSN and health fields of rows written before encryption at rest, and fills the
BSN blind index (werkbrug.security.key_rotation.reseal; keys: docs/security.md#key-management)."""

from django.db import migrations


def encrypt_existing(apps, schema_editor):
    from werkbrug.security.encrypted_fields import encrypted_fields
    from werkbrug.security.key_rotation import reseal

    candidate = apps.get_model("registry", "Candidate")
    reseal(candidate, encrypted_fields(candidate), plaintext_ok=True)


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0002_encrypt_candidate_columns'),
    ]

    # No way back: decrypting into plain columns again is not offered.
    operations = [migrations.RunPython(encrypt_existing, migrations.RunPython.noop, elidable=False)]
