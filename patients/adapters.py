from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied

from .client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """People join by invitation from their clinic, never by open sign-up."""

    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        # Login rate limits count per client: X-Forwarded-For only from a trusted proxy.
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip
