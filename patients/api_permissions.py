from rest_framework.permissions import BasePermission

from .selectors import staff_lacks_required_mfa


class StaffHasMFA(BasePermission):
    """The API's half of MFA enforcement: token-authenticated requests skip the middleware."""

    message = "Set up two-factor authentication before using the API."

    def has_permission(self, request, view):
        return not staff_lacks_required_mfa(request.user)
