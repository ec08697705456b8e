"""Inviting people over the API, as the invitation page does: clinic admins invite anyone
to their clinic, clinicians invite patients; the invitee gets an email with a link."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from . import services
from .models import Invitation, StaffMembership, User
from .selectors import invitable_roles_for, staff_list_for


class InvitationSerializer(serializers.ModelSerializer):
    """An invitation as sent. The link's secret goes only to the invitee's email."""

    invited_by = serializers.CharField(source="invited_by.display_name", read_only=True)
    care_clinician = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    care_coach = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = Invitation
        fields = [
            "id",
            "email",
            "first_name",
            "last_name",
            "role",
            "care_clinician",
            "care_coach",
            "invited_by",
            "created_at",
            "expires_at",
        ]
        read_only_fields = fields


class InvitationCreateSerializer(serializers.Serializer):
    email = serializers.EmailField()
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    role = serializers.ChoiceField(
        choices=Invitation.Role.choices,
        help_text="Clinic admins invite any role; clinicians invite patients.",
    )
    care_clinician = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.none(),
        required=False,
        allow_null=True,
        help_text="For a patient: the user id of one of the clinic's clinicians.",
    )
    care_coach = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.none(),
        required=False,
        allow_null=True,
        help_text="For a patient: the user id of one of the clinic's coaches.",
    )

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None:
            for name, role in (
                ("care_clinician", StaffMembership.Role.CLINICIAN),
                ("care_coach", StaffMembership.Role.COACH),
            ):
                members = staff_list_for(request.user, role).values("user_id")
                fields[name].queryset = User.objects.filter(pk__in=members)
        return fields


class InvitationCreateView(GenericAPIView):
    serializer_class = InvitationCreateSerializer
    pagination_class = None

    @extend_schema(
        summary="Invite someone to the clinic",
        description="Sends the invitation email, with a link that works for 7 days. Clinic "
        "admins invite patients and staff; clinicians invite patients; anyone else gets 403. "
        "Someone who already has an account cannot be invited (400).",
        request=InvitationCreateSerializer,
        responses={201: InvitationSerializer},
    )
    def post(self, request):
        if not invitable_roles_for(request.user):
            raise PermissionDenied(_("Only clinicians and clinic admins invite people."))
        body = self.get_serializer(data=request.data)
        body.is_valid(raise_exception=True)
        if body.validated_data["role"] not in invitable_roles_for(request.user):
            raise serializers.ValidationError(
                {"role": [_("You cannot invite someone to that role.")]}
            )
        invitation = services.invitation_create(acting_user=request.user, **body.validated_data)
        return Response(InvitationSerializer(invitation).data, status=status.HTTP_201_CREATED)
