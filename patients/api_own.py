"""For endpoints over a patient's own records (their drafts, plan, export, preferences):
patients only, as the pages they mirror; staff and anyone else signed in get 403."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission, IsAuthenticated

from .api_permissions import StaffHasMFA
from .selectors import patient_profile_of


class IsPatient(BasePermission):
    message = _("This is for patients, about their own records.")

    def has_permission(self, request, view):
        return patient_profile_of(request.user) is not None


PATIENT_ONLY = [IsAuthenticated, StaffHasMFA, IsPatient]


def own_patient(request):
    """The caller's own patient record (the permission above has made sure there is one)."""
    return patient_profile_of(request.user)
