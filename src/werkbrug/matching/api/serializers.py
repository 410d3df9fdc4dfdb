"""Shapes of the matching API: pairs with their explanation, runs, proposals and transitions."""

from __future__ import annotations

from rest_framework import serializers

from werkbrug.domain import vocabulary
from werkbrug.matching.models import MatchProposal, MatchRun, ProposalEvent
from werkbrug.matching.workflow import load_workflow


def _ref(name: str) -> serializers.IntegerField:
    return serializers.IntegerField(allow_null=True, help_text=f"Id of the {name} (null in the anonymous view)")


def _key(name: str) -> serializers.CharField:
    return serializers.CharField(allow_null=True, help_text=f"External key of the {name} (null when anonymous)")


class ComponentSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="skills, experience, preference, travel, waiting, support, "
                                           "accommodation_cost")
    label = serializers.CharField(help_text="In the language of Accept-Language")
    value = serializers.FloatField(help_text="0..1")
    contribution = serializers.FloatField(help_text="value × weight (subtracted for accommodation_cost)")


class ConflictSerializer(serializers.Serializer):
    kind = serializers.CharField()
    item = serializers.CharField(allow_null=True)
    task = serializers.CharField(allow_null=True)
    demand = serializers.JSONField(allow_null=True)
    capacity = serializers.JSONField(allow_null=True)
    text = serializers.CharField()


class PairAccommodationSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    cost = serializers.CharField()
    cost_period = serializers.CharField()
    funding_route = serializers.CharField()
    relieves = serializers.ListField(child=serializers.CharField())


class CarvingSerializer(serializers.Serializer):
    dropped_tasks = serializers.ListField(child=serializers.CharField())
    dropped_hours = serializers.FloatField()
    remaining_hours = serializers.FloatField()


class PairSerializer(serializers.Serializer):
    """One candidate × work verdict with its explanation (the same as `werkbrug match explain --json`
    plus numeric ids)."""

    rank = serializers.IntegerField(required=False)
    candidate = _ref("candidate")
    candidate_key = _key("candidate")
    work = serializers.IntegerField()
    work_key = serializers.CharField()
    verdict = serializers.ChoiceField(choices=["fits", "fits_with_accommodations", "fits_without_tasks",
                                               "excluded"])
    summary = serializers.CharField()
    score = serializers.FloatField(allow_null=True)
    components = ComponentSerializer(many=True)
    conflicts = ConflictSerializer(many=True)
    accommodations = PairAccommodationSerializer(many=True)
    carving = CarvingSerializer(allow_null=True)


class CandidateWorkSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    candidate_key = serializers.CharField()
    parameters_version = serializers.CharField(help_text="version of data/matching_weights.toml")
    results = PairSerializer(many=True)


class WorkCandidatesSerializer(serializers.Serializer):
    work = serializers.IntegerField()
    work_key = serializers.CharField()
    anonymous = serializers.BooleanField()
    parameters_version = serializers.CharField()
    results = PairSerializer(many=True)


class AssignRequestSerializer(serializers.Serializer):
    region = serializers.CharField(required=False, allow_blank=True, default="",
                                   help_text="Arbeidsmarktregio; empty: the whole country")
    mode = serializers.ChoiceField(choices=["optimal", "stable"], default="optimal")
    top = serializers.IntegerField(min_value=1, max_value=200, default=20,
                                   help_text="Edges per candidate and per work item")
    fair = serializers.BooleanField(default=False, help_text="Extra priority for long waiting time")
    save = serializers.BooleanField(default=False, help_text="Store the run and its assignments as proposals")


class AssignmentSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    candidate_key = serializers.CharField()
    work = serializers.IntegerField()
    work_key = serializers.CharField()
    score = serializers.FloatField()


class AssignResultSerializer(serializers.Serializer):
    region = serializers.CharField()
    mode = serializers.CharField()
    fair = serializers.BooleanField()
    parameters_version = serializers.CharField()
    candidates = serializers.IntegerField(help_text="Candidates considered")
    work = serializers.IntegerField(help_text="Work items considered")
    edges = serializers.IntegerField()
    assigned = serializers.IntegerField()
    objective = serializers.FloatField()
    run = serializers.IntegerField(allow_null=True, help_text="Id of the saved run (save = true)")
    assignments = AssignmentSerializer(many=True)


class RunSerializer(serializers.ModelSerializer):
    class Meta:
        model = MatchRun
        fields = ["id", "kind", "mode", "subject_key", "region", "fair", "top", "reference_date",
                  "parameters_version", "input_hash", "code_version", "candidates_count", "work_count",
                  "proposals_count", "skipped_open_count", "objective", "created_by", "created_at"]
        read_only_fields = fields


class ProposalEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProposalEvent
        fields = ["id", "from_status", "to_status", "actor", "at", "reason", "note", "consent", "consent_date",
                  "placement"]
        read_only_fields = fields


class ProposalSerializer(serializers.ModelSerializer):
    candidate_key = serializers.CharField(source="candidate.external_key", read_only=True)
    work_key = serializers.CharField(source="work.external_key", read_only=True)
    # A plain string: the states are data (GET proposals/workflow/), not a fixed enum.
    status = serializers.CharField(read_only=True, help_text="Workflow status, e.g. proposed, introduced")
    status_label_nl = serializers.SerializerMethodField()
    status_label_en = serializers.SerializerMethodField()
    next = serializers.SerializerMethodField(help_text="Statuses this proposal may move to")

    class Meta:
        model = MatchProposal
        fields = ["id", "run", "candidate", "candidate_key", "work", "work_key", "rank", "score", "verdict",
                  "status", "status_label_nl", "status_label_en", "next", "components", "explanation",
                  "accommodations", "placement", "version", "created_at", "updated_at"]
        read_only_fields = fields

    def get_status_label_nl(self, obj: MatchProposal) -> str:
        return load_workflow().states[obj.status].label.nl

    def get_status_label_en(self, obj: MatchProposal) -> str:
        return load_workflow().states[obj.status].label.en

    def get_next(self, obj: MatchProposal) -> list[str]:
        return load_workflow().allowed_from(obj.status)


class ProposalDetailSerializer(ProposalSerializer):
    events = ProposalEventSerializer(many=True, read_only=True, help_text="History, oldest first")

    class Meta(ProposalSerializer.Meta):
        fields = [*ProposalSerializer.Meta.fields, "events"]
        read_only_fields = fields


class TransitionSerializer(serializers.Serializer):
    to = serializers.CharField(max_length=24, help_text="Target status (see GET proposals/workflow/)")
    version = serializers.IntegerField(required=False, min_value=1,
                                       help_text="The version the change is based on (or If-Match); stale: 409")
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=32,
                                   help_text="Reason code; required for 'declined'")
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)
    consent = serializers.BooleanField(required=False, allow_null=True, default=None,
                                       help_text="Candidate consented to the introduction; required (true) "
                                                 "for 'introduced'")
    consent_date = serializers.DateField(required=False, allow_null=True, default=None,
                                         help_text="When the candidate gave consent (default today)")
    placement_kind = serializers.ChoiceField(choices=list(vocabulary.PLACEMENT_KINDS), required=False,
                                             allow_blank=True, default="", help_text="Required for 'placed'")
    start_date = serializers.DateField(required=False, allow_null=True, default=None,
                                       help_text="Placement start (default today)")
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1, required=False, allow_null=True,
                                              default=None, help_text="Placement hours (default: the work's)")
    employer_of_record = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=1,
                                                  help_text="Organisation id (default: the work's employer)")
    inlener = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=1,
                                       help_text="Organisation id of the hirer, for a detachering")


class WorkflowStateSerializer(serializers.Serializer):
    code = serializers.CharField()
    label_nl = serializers.CharField()
    label_en = serializers.CharField()
    open = serializers.BooleanField()
    next = serializers.ListField(child=serializers.CharField())


class WorkflowTransitionSerializer(serializers.Serializer):
    from_states = serializers.ListField(child=serializers.CharField(), help_text="Allowed from these states")
    to = serializers.CharField()
    requires = serializers.ListField(child=serializers.CharField())
    label_nl = serializers.CharField()
    label_en = serializers.CharField()


class ReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    label_nl = serializers.CharField()
    label_en = serializers.CharField()


class WorkflowSerializer(serializers.Serializer):
    version = serializers.CharField()
    valid_from = serializers.CharField()
    source = serializers.CharField()
    initial = serializers.CharField()
    states = WorkflowStateSerializer(many=True)
    transitions = WorkflowTransitionSerializer(many=True)
    reasons = ReasonSerializer(many=True)
