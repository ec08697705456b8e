"""The integration plan over the API, as the plan page of a window offers it: up to three
things the patient will do differently after a session, each with its progress. The
patient's own; the habits the page also shows are at /api/v1/habits/."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from patients.api_own import PATIENT_ONLY
from sessions.selectors import session_get_for

from . import services
from .models import Commitment
from .selectors import commitment_get_for, commitment_list_for


class CommitmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Commitment
        fields = ["id", "session", "text", "progress", "created_at", "updated_at"]
        read_only_fields = ["id", "session", "progress", "created_at", "updated_at"]


class PlanSerializer(serializers.Serializer):
    session = serializers.IntegerField(help_text="The dosing session whose window this plan is.")
    commitments = CommitmentSerializer(many=True)
    full = serializers.BooleanField(help_text="True when the plan holds as many as it may.")
    max_commitments = serializers.IntegerField()


class CommitmentCreateSerializer(serializers.Serializer):
    text = serializers.CharField(
        max_length=300,
        help_text="What I will do differently: small and concrete works best.",
        error_messages={"blank": _("Write what you will do differently.")},
    )


class ProgressSerializer(serializers.Serializer):
    progress = serializers.ChoiceField(choices=Commitment.Progress.choices)


def _plan(user, session) -> dict:
    commitments = list(commitment_list_for(user, session))
    return {
        "session": session.pk,
        "commitments": commitments,
        "full": len(commitments) >= Commitment.MAX_PER_SESSION,
        "max_commitments": Commitment.MAX_PER_SESSION,
    }


class SessionPlanView(GenericAPIView):
    serializer_class = PlanSerializer
    pagination_class = None
    permission_classes = PATIENT_ONLY

    def _session(self):
        return session_get_for(self.request.user, self.kwargs["session_pk"])

    @extend_schema(
        summary="Your plan for a window",
        description="What you will do differently after this session, with your progress.",
        responses=PlanSerializer,
    )
    def get(self, request, session_pk):
        return Response(PlanSerializer(_plan(request.user, self._session())).data)

    @extend_schema(
        summary="Add to your plan",
        description=f"Adds one commitment, once the session has ended; a plan holds up to "
        f"{Commitment.MAX_PER_SESSION} (400 beyond that).",
        request=CommitmentCreateSerializer,
        responses={201: PlanSerializer},
    )
    def post(self, request, session_pk):
        session = self._session()
        body = CommitmentCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.commitment_add(acting_user=request.user, session=session, **body.validated_data)
        return Response(
            PlanSerializer(_plan(request.user, session)).data, status=status.HTTP_201_CREATED
        )


class CommitmentView(GenericAPIView):
    serializer_class = CommitmentSerializer
    pagination_class = None
    permission_classes = PATIENT_ONLY

    @extend_schema(
        summary="Remove from your plan",
        request=None,
        responses={204: None},
    )
    def delete(self, request, pk):
        commitment = commitment_get_for(request.user, pk)
        services.commitment_delete(acting_user=request.user, commitment=commitment)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CommitmentProgressView(GenericAPIView):
    serializer_class = CommitmentSerializer
    pagination_class = None
    permission_classes = PATIENT_ONLY

    @extend_schema(
        summary="Mark progress on your plan",
        request=ProgressSerializer,
        responses=CommitmentSerializer,
    )
    def post(self, request, pk):
        commitment = commitment_get_for(request.user, pk)
        body = ProgressSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        commitment = services.commitment_set_progress(
            acting_user=request.user, commitment=commitment, **body.validated_data
        )
        return Response(CommitmentSerializer(commitment).data)
