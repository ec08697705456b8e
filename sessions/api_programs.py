"""The program builder's API, over the same selectors and services as its pages: the
clinic's programs and patients' own, their steps, versions, a preview of one patient's
schedule, and re-timing the prompts not yet sent. For the clinic's clinicians and clinic
admins; other staff get 403, another clinic's programs are 404."""

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from patients.api_fields import ObjectIdField
from patients.selectors import membership_of, patient_get_for

from . import services_programs as services
from .models import IntegrationProgram, ProgramStep
from .models_programs import ProgramVersion
from .program_templates import TEMPLATES
from .selectors_programs import (
    can_build_programs,
    preview_patients_for,
    program_get_for,
    program_list_audit,
    program_list_for,
    step_get_for,
)
from .services_preview import schedule_preview

STEP_FIELDS = list(services.STEP_FIELDS)


def _require_builder(user):
    if not can_build_programs(user):
        raise PermissionDenied(_("Programs are edited by the clinic's clinicians and admins."))


class ProgramStepSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProgramStep
        fields = ["id", "position", *STEP_FIELDS]
        read_only_fields = ["id", "position"]
        extra_kwargs = {
            "expires_after_hours": {"min_value": 1, "required": False},
            "offset_hours": {"coerce_to_string": False},
        }


class ProgramStepUpdateSerializer(ProgramStepSerializer):
    class Meta(ProgramStepSerializer.Meta):
        extra_kwargs = {
            **ProgramStepSerializer.Meta.extra_kwargs,
            **{name: {"required": False} for name in STEP_FIELDS},
        }


class ProgramSerializer(serializers.ModelSerializer):
    patient = serializers.IntegerField(
        source="patient_id",
        read_only=True,
        allow_null=True,
        help_text="The patient whose own program this is; null for a clinic program.",
    )
    current_version = serializers.IntegerField(
        source="current_version.number",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="The number of the latest version.",
    )
    steps = ProgramStepSerializer(many=True, read_only=True)

    class Meta:
        model = IntegrationProgram
        fields = [
            "id",
            "name",
            "window_hours",
            "is_clinic_default",
            "patient",
            "current_version",
            "steps",
        ]
        read_only_fields = ["id", "is_clinic_default"]


class ProgramCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120)
    window_hours = serializers.IntegerField(min_value=12, max_value=336, default=72)
    template = serializers.ChoiceField(
        choices=[(key, str(template.name)) for key, template in TEMPLATES.items()],
        required=False,
        allow_blank=True,
        help_text="Start from a protocol's steps and window; empty for no steps.",
    )
    patient = ObjectIdField(
        required=False,
        help_text="For a patient's own program (they must not have one yet); "
        "omit for a clinic program.",
    )


class ProgramUpdateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120, required=False)
    window_hours = serializers.IntegerField(min_value=12, max_value=336, required=False)


class ProgramVersionSerializer(serializers.ModelSerializer):
    created_by = serializers.CharField(
        source="created_by.email",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="Who made the change; null when taken as a window was scheduled.",
    )
    snapshot = serializers.JSONField(help_text="The program's name, window and steps then.")

    class Meta:
        model = ProgramVersion
        fields = ["number", "window_hours", "created_at", "created_by", "snapshot"]


class PreviewParamsSerializer(serializers.Serializer):
    patient = ObjectIdField(help_text="A patient of the clinic: their zone and quiet hours apply.")
    starts_at = serializers.DateTimeField(
        required=False, help_text="When the window starts (the session ends); now if left out."
    )


class PreviewPromptSerializer(serializers.Serializer):
    step = serializers.IntegerField(source="step.pk")
    title = serializers.CharField()
    phase = serializers.CharField(source="step.phase")
    occurrence = serializers.IntegerField()
    planned_at = serializers.DateTimeField(help_text="By the step's offset alone.")
    due_at = serializers.DateTimeField(
        allow_null=True, help_text="After quiet hours; null when it would not be sent."
    )
    expires_at = serializers.DateTimeField(allow_null=True)
    moved_by_quiet_hours = serializers.BooleanField()
    dropped = serializers.BooleanField(
        help_text="A step before the session that quiet hours push to its start: not sent."
    )


class PreviewSerializer(serializers.Serializer):
    patient = serializers.IntegerField(source="patient.pk")
    time_zone = serializers.CharField(source="patient.time_zone")
    window_start = serializers.DateTimeField()
    window_end = serializers.DateTimeField()
    prompts = PreviewPromptSerializer(source="rows", many=True)


class RetimeSerializer(serializers.Serializer):
    version = serializers.IntegerField(source="version.number")
    sessions = serializers.IntegerField(help_text="Sessions whose prompts were looked at.")
    retimed = serializers.IntegerField(help_text="Prompts not yet sent, re-timed and re-worded.")
    added = serializers.IntegerField(help_text="Prompts of steps added since.")
    cancelled = serializers.IntegerField(help_text="Prompts of steps removed since.")


class TemplateSerializer(serializers.Serializer):
    template = serializers.ChoiceField(
        choices=[(key, str(template.name)) for key, template in TEMPLATES.items()]
    )


class MoveSerializer(serializers.Serializer):
    direction = serializers.ChoiceField(choices=[("up", "up"), ("down", "down")])


@extend_schema_view(
    list=extend_schema(
        description="The programs of the caller's clinic: the default, other clinic "
        "programs and patients' own, each with its steps in order."
    ),
    retrieve=extend_schema(description="One program with its steps."),
    create=extend_schema(
        request=ProgramCreateSerializer,
        responses={201: ProgramSerializer},
        description="A new clinic program (not the default until made so), or a patient's "
        "own; empty or from a template.",
    ),
    partial_update=extend_schema(
        request=ProgramUpdateSerializer,
        responses=ProgramSerializer,
        description="Renames the program or changes its window; every step must still fit. "
        "Windows already scheduled keep their version.",
    ),
)
class ProgramViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ProgramSerializer
    lookup_value_regex = r"[0-9]+"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        _require_builder(self.request.user)
        return (
            program_list_for(self.request.user)
            .select_related("current_version")
            .prefetch_related(
                Prefetch("steps", ProgramStep.objects.order_by("position", "offset_hours", "pk"))
            )
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            program_list_audit(self.request.user, page)
        return page

    def get_object(self) -> IntegrationProgram:
        _require_builder(self.request.user)
        return program_get_for(self.request.user, self.kwargs["pk"])

    def create(self, request):
        _require_builder(request.user)
        body = ProgramCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fields = dict(body.validated_data)
        patient_pk = fields.pop("patient", None)
        patient = None
        if patient_pk is not None:
            try:
                patient = patient_get_for(request.user, patient_pk, audit=False)
            except Http404:
                raise serializers.ValidationError(
                    {"patient": [_("Choose a patient of your clinic.")]}
                ) from None
        program = services.program_create(
            acting_user=request.user,
            clinic=membership_of(request.user).clinic,
            patient=patient,
            **fields,
        )
        return Response(ProgramSerializer(program).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        program = self.get_object()
        body = ProgramUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        changes = {"name": program.name, "window_hours": program.window_hours}
        changes.update(body.validated_data)
        program = services.program_update(acting_user=request.user, program=program, **changes)
        return Response(ProgramSerializer(program).data)

    @extend_schema(
        methods=["get"],
        responses=ProgramStepSerializer(many=True),
        description="The program's steps, in order.",
    )
    @extend_schema(
        methods=["post"],
        request=ProgramStepSerializer,
        responses={201: ProgramStepSerializer},
        description="Adds a step at the end. Bad offsets for the phase, repeats outside "
        "follow-up, an instrument outside assessments, expiry under an hour, a reminder "
        "after expiry, or a duplicate (same kind, time and title) are 400s naming the field.",
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None)
    def steps(self, request, pk=None):
        program = self.get_object()
        if request.method == "GET":
            return Response(ProgramStepSerializer(program.steps.all(), many=True).data)
        body = ProgramStepSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        step = services.step_save(acting_user=request.user, program=program, **body.validated_data)
        return Response(ProgramStepSerializer(step).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        responses=ProgramVersionSerializer(many=True),
        description="The program's versions, newest first.",
    )
    @action(detail=True, methods=["get"], pagination_class=None)
    def versions(self, request, pk=None):
        program = self.get_object()
        versions = program.versions.select_related("created_by")
        return Response(ProgramVersionSerializer(versions, many=True).data)

    @extend_schema(
        parameters=[PreviewParamsSerializer],
        responses=PreviewSerializer,
        description="The schedule the program gives a patient of the clinic for a window "
        "starting at `starts_at` (steps before a session placed before one starting then), "
        "in the patient's zone and quiet hours, worked out as real windows are. Nothing "
        "is saved.",
    )
    @action(detail=True, methods=["get"], pagination_class=None)
    def preview(self, request, pk=None):
        program = self.get_object()
        params = PreviewParamsSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        patient = (
            preview_patients_for(request.user).filter(pk=params.validated_data["patient"]).first()
        )
        if patient is None:
            raise serializers.ValidationError({"patient": [_("Choose a patient of your clinic.")]})
        patient = patient_get_for(request.user, patient.pk)
        starts_at = params.validated_data.get("starts_at") or timezone.now()
        preview = schedule_preview(program=program, patient=patient, window_start=starts_at)
        return Response(PreviewSerializer(preview).data)

    @extend_schema(
        request=TemplateSerializer,
        responses=ProgramSerializer,
        description="Replaces the steps and window of a program no window has used yet with "
        "a template's; a program already used is a 400 naming `template`.",
    )
    @action(detail=True, methods=["post"])
    def template(self, request, pk=None):
        program = self.get_object()
        body = TemplateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        program = services.program_apply_template(
            acting_user=request.user, program=program, template=body.validated_data["template"]
        )
        return Response(ProgramSerializer(program).data)

    @extend_schema(
        request=None,
        responses=ProgramSerializer,
        description="Makes a clinic program the clinic's default (a patient's own is a 400).",
    )
    @action(detail=True, methods=["post"], url_path="default")
    def make_default(self, request, pk=None):
        program = services.program_make_default(acting_user=request.user, program=self.get_object())
        return Response(ProgramSerializer(program).data)

    @extend_schema(
        request=None,
        responses=RetimeSerializer,
        description="Applies the latest version to the prompts not yet sent of the windows "
        "scheduled from this program (re-timed, added, cancelled); sent prompts stay.",
    )
    @action(detail=True, methods=["post"], url_path="apply")
    def apply(self, request, pk=None):
        program = self.get_object()
        result = services.program_retime(acting_user=request.user, program=program)
        return Response(RetimeSerializer(result).data)


@extend_schema_view(
    retrieve=extend_schema(description="One step of a program of the caller's clinic."),
    partial_update=extend_schema(
        request=ProgramStepUpdateSerializer,
        responses=ProgramStepSerializer,
        description="Changes a step; the same checks as adding one.",
    ),
    destroy=extend_schema(
        responses={204: OpenApiResponse(description="Removed; prompts already scheduled stay.")},
        description="Removes the step from its program.",
    ),
)
class ProgramStepViewSet(
    mixins.RetrieveModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    serializer_class = ProgramStepSerializer
    # For the schema's path parameter only: every read goes through the selectors.
    queryset = ProgramStep.objects.none()
    lookup_value_regex = r"[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_object(self) -> ProgramStep:
        _require_builder(self.request.user)
        step = step_get_for(self.request.user, self.kwargs["pk"])
        if step.program.patient_id:
            program_get_for(self.request.user, step.program_id)
        return step

    def partial_update(self, request, pk=None):
        step = self.get_object()
        body = ProgramStepUpdateSerializer(step, data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        step = services.step_save(
            acting_user=request.user, program=step.program, step=step, **body.validated_data
        )
        return Response(ProgramStepSerializer(step).data)

    def perform_destroy(self, instance):
        services.step_remove(acting_user=self.request.user, step=instance)

    @extend_schema(
        request=MoveSerializer,
        responses=ProgramStepSerializer(many=True),
        description="Moves the step one place up or down; answers the program's steps in "
        "their new order.",
    )
    @action(detail=True, methods=["post"])
    def move(self, request, pk=None):
        step = self.get_object()
        body = MoveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.step_move(
            acting_user=request.user, step=step, up=body.validated_data["direction"] == "up"
        )
        return Response(ProgramStepSerializer(step.program.steps.all(), many=True).data)

    @extend_schema(
        request=None,
        responses={201: ProgramStepSerializer},
        description="A copy of the step right after it, titled as a copy.",
    )
    @action(detail=True, methods=["post"])
    def duplicate(self, request, pk=None):
        step = self.get_object()
        copy = services.step_duplicate(acting_user=request.user, step=step)
        return Response(ProgramStepSerializer(copy).data, status=status.HTTP_201_CREATED)
