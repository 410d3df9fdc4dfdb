"""Read-only catalogues: accommodations, ESCO skills, the FML."""

from __future__ import annotations

from rest_framework import serializers

from werkbrug.registry.models import AccommodationType, Skill


class ReliefSerializer(serializers.Serializer):
    item = serializers.CharField(help_text="FML item code")
    levels = serializers.IntegerField(help_text="Levels of demand it takes off")
    value_factor = serializers.FloatField(allow_null=True, required=False)


class AccommodationSerializer(serializers.ModelSerializer):
    lowers = ReliefSerializer(many=True, read_only=True)

    class Meta:
        model = AccommodationType
        fields = ["id", "code", "name_nl", "name_en", "group", "solution_type", "typical_cost",
                  "cost_period", "funding_route", "lowers"]
        read_only_fields = fields


class SkillSerializer(serializers.ModelSerializer):
    class Meta:
        model = Skill
        fields = ["id", "uri", "kind", "label_nl", "label_en"]
        read_only_fields = fields


class FmlItemSerializer(serializers.Serializer):
    code = serializers.CharField()
    key = serializers.CharField()
    name_nl = serializers.CharField(source="name.nl")
    name_en = serializers.CharField(source="name.en")
    unit = serializers.CharField(allow_null=True)
    norm = serializers.FloatField(allow_null=True)
    numeric = serializers.BooleanField()


class FmlRubriekSerializer(serializers.Serializer):
    code = serializers.CharField()
    name_nl = serializers.CharField(source="name.nl")
    name_en = serializers.CharField(source="name.en")
    items = FmlItemSerializer(many=True)


class FmlLevelSerializer(serializers.Serializer):
    level = serializers.IntegerField()
    name_nl = serializers.CharField()
    name_en = serializers.CharField()


class FmlCatalogueSerializer(serializers.Serializer):
    version = serializers.CharField()
    status = serializers.CharField()
    capacity_levels = FmlLevelSerializer(many=True, help_text="Levels in a candidate's profile")
    demand_levels = FmlLevelSerializer(many=True, help_text="Levels in a task's demand")
    rubrieken = FmlRubriekSerializer(many=True)
