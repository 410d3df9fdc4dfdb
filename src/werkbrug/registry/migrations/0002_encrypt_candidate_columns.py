"""BSN and health fields of candidates become encrypted text columns; the BSN gets a blind index
(filled by 0003, made unique by 0004). Three migrations, so PostgreSQL runs the data change
in its own transaction between the two schema changes."""

from django.db import migrations

import werkbrug.security.encrypted_fields


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='candidate',
            name='bsn_index',
            field=werkbrug.security.encrypted_fields.BlindIndexField(null=True, source='bsn'),
        ),
        migrations.AlterField(
            model_name='candidate',
            name='bsn',
            field=werkbrug.security.encrypted_fields.EncryptedCharField(blind_index='bsn_index', max_length=9),
        ),
        migrations.AlterField(
            model_name='candidate',
            name='fml_profile',
            field=werkbrug.security.encrypted_fields.EncryptedJSONField(blank=True, default=dict),
        ),
        migrations.AlterField(
            model_name='candidate',
            name='needed_accommodations',
            field=werkbrug.security.encrypted_fields.EncryptedJSONField(blank=True, default=list, help_text='accommodation codes'),
        ),
        migrations.AlterField(
            model_name='candidate',
            name='support_notes',
            field=werkbrug.security.encrypted_fields.EncryptedTextField(blank=True),
        ),
        migrations.AlterField(
            model_name='candidate',
            name='unavailable_reason',
            field=werkbrug.security.encrypted_fields.EncryptedCharField(blank=True, max_length=200),
        ),
    ]
