"""Payroll hours (like UWV's polisadministratie) and their aggregate per employer and quarter.

PayrollHours is the fact table: one row per person, employer and month, as small as it can be
(integers only) because a national import holds tens of millions of rows (ADR 0004). Its
references are plain integers without database foreign keys: the importer resolves every key
before writing, and per-row foreign-key checks would slow a bulk load down considerably."""

from django.db import models

from werkbrug.registry.models import Organisation


class PayrollImport(models.Model):
    """One imported payroll file; its rows replace earlier rows of the same employers and months."""

    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    rows = models.PositiveIntegerField(default=0)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-imported_at", "-id"]


class PayrollHours(models.Model):
    """Verloonde uren of one person at one employer (employer of record) in one month."""

    payroll_import_id = models.BigIntegerField()
    source_row = models.IntegerField(help_text="Row number in the imported file, for error messages.")
    person = models.BigIntegerField(help_text="Keyed pseudonym of the BSN or person key (never the BSN).")
    employer_id = models.BigIntegerField(help_text="Organisation that filed the loonaangifte.")
    inlener_id = models.BigIntegerField(null=True, blank=True,
                                        help_text="Organisation that hires the person in; gets the credit.")
    credited_id = models.BigIntegerField(help_text="The inlener when there is one, else the employer (Wfsv 38g lid 4).")
    year = models.SmallIntegerField()
    month = models.SmallIntegerField()
    hours_centi = models.IntegerField(help_text="Verloonde uren × 100 (exact integer arithmetic).")
    reported_doelgroep = models.BooleanField(default=False, help_text="Doelgroep flag given in the file.")
    counts = models.BooleanField(default=False,
                                 help_text="In the doelgroep during this period (flag or register).")

    class Meta:
        indexes = [
            # One index serves the aggregation (grouped in index order) and the duplicate check;
            # a bulk load into an empty table drops and rebuilds it (store.py).
            models.Index(fields=["credited_id", "year", "month", "person", "employer_id", "inlener_id",
                                 "hours_centi", "counts"],
                         name="payrollhours_credited_month"),
        ]


class PayrollMonth(models.Model):
    """Hours of one employer of record (and inlener) in one month, summed over its persons: what an
    import stores by default (ADR 0004). A later file replaces these rows per employer and month."""

    payroll_import_id = models.BigIntegerField()
    employer_id = models.BigIntegerField(help_text="Organisation that filed the loonaangifte.")
    inlener_id = models.BigIntegerField(null=True, blank=True)
    credited_id = models.BigIntegerField(help_text="The inlener when there is one, else the employer (Wfsv 38g lid 4).")
    year = models.SmallIntegerField()
    month = models.SmallIntegerField()
    total_hours_centi = models.BigIntegerField()
    doelgroep_hours_centi = models.BigIntegerField()
    doelgroep_persons = models.IntegerField(help_text="Persons in the doelgroep in this month (each counted once).")
    row_count = models.IntegerField(help_text="Payroll rows summed into this one.")

    class Meta:
        indexes = [models.Index(fields=["employer_id", "year", "month"], name="payrollmonth_employer_month")]


class BanenQuarter(models.Model):
    """Hours per credited employer (the inlener when there is one) and quarter; reports read this."""

    SOURCES = [("payroll", "payroll"), ("placements", "placements")]

    employer = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="banen_quarters")
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    source = models.CharField(max_length=16, choices=SOURCES)
    total_hours_centi = models.BigIntegerField(default=0)
    doelgroep_hours_centi = models.BigIntegerField(default=0)
    doelgroep_person_months = models.PositiveIntegerField(
        default=0, help_text="Sum over the months of doelgroep persons; ÷ 3 = average persons per month.")

    class Meta:
        ordering = ["employer_id", "year", "quarter"]
        indexes = [models.Index(fields=["year", "employer"], name="banenquarter_year")]
        constraints = [models.UniqueConstraint(fields=["employer", "year", "quarter", "source"],
                                               name="uniq_banenquarter")]


class BanenSummary(models.Model):
    """BanenQuarter summed per year, quarter, sector and arbeidsmarktregio of the credited employer:
    the national and regional reports read this (hundreds of rows instead of employers × quarters)."""

    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    sector = models.CharField(max_length=16, blank=True)
    region = models.CharField(max_length=64, blank=True)
    total_hours_centi = models.BigIntegerField(default=0)
    doelgroep_hours_centi = models.BigIntegerField(default=0)

    class Meta:
        ordering = ["year", "quarter", "sector", "region"]
