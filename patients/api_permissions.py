from rest_framework.permissions import BasePermission

from .models import ApiToken
from .selectors import staff_lacks_required_mfa
from .tokens import staff_without_mfa


class StaffHasMFA(BasePermission):
    """The API's half of MFA enforcement: token-authenticated requests skip the middleware.
    A staff token is refused whenever its owner has no authenticator app, even where the
    demo switches enforcement off, matching the rule for making one; MFA removed after the
    token was made also revokes it (patients/tokens.py)."""

    message = "Set up two-factor authentication before using the API."

    def has_permission(self, request, view):
        if isinstance(request.auth, ApiToken) and staff_without_mfa(request.user):
            return False
        return not staff_lacks_required_mfa(request.user)
