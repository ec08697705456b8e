import re
import zoneinfo

from django.conf import settings
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import timezone

from .models import new_request_id
from .request_context import current_request_id
from .selectors import staff_lacks_required_mfa, user_is_staff, viewer_time_zone

_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
LOGIN_TIME_KEY = "login_started_at"

# Paths a staff user without MFA may still reach: setting MFA up, logging out, assets.
_MFA_EXEMPT_PREFIXES = ("/accounts/", "/static/", "/favicon.ico", "/healthz")


class RequestIdMiddleware:
    """Gives each request an id (or keeps a sane one from the proxy) for the audit trail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if _REQUEST_ID_OK.match(incoming) else new_request_id()
        token = current_request_id.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


class StaffSessionLimitsMiddleware:
    """Staff sessions end after 15 idle minutes and 12 hours in all; patients keep the
    site-wide limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            started = request.session.get(LOGIN_TIME_KEY)
            now = timezone.now().timestamp()
            if started is None:
                request.session[LOGIN_TIME_KEY] = now
            elif now - started > settings.STAFF_SESSION_MAX_AGE.total_seconds():
                logout(request)
                return redirect(settings.LOGIN_URL)
            if user_is_staff(user):
                request.session.set_expiry(int(settings.STAFF_IDLE_TIMEOUT.total_seconds()))
        return self.get_response(request)


class StaffMFARequiredMiddleware:
    """allauth offers MFA but does not enforce it: staff without an authenticator app are
    sent to set one up before any page with health data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(_MFA_EXEMPT_PREFIXES) or not staff_lacks_required_mfa(
            request.user
        ):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse(
                {"detail": "Set up two-factor authentication before using the API."},
                status=403,
            )
        return redirect("mfa_activate_totp")


class ViewerTimeZoneMiddleware:
    """Shows times in the viewer's own zone: a patient's, or their clinic's for staff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone_name = viewer_time_zone(request.user)
        if zone_name:
            timezone.activate(zoneinfo.ZoneInfo(zone_name))
        else:
            timezone.deactivate()
        return self.get_response(request)
