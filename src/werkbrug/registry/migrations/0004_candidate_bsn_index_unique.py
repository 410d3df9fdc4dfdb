"""The BSN blind index, filled by 0003, becomes required and unique (the BSN's uniqueness)."""

from django.db import migrations

import werkbrug.security.encrypted_fields


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0003_encrypt_existing_candidates'),
    ]

    operations = [
        migrations.AlterField(
            model_name='candidate',
            name='bsn_index',
            field=werkbrug.security.encrypted_fields.BlindIndexField(source='bsn', unique=True),
        ),
    ]
