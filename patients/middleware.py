import re
import zoneinfo

from allauth.core.ratelimit import respond_429
from django.conf import settings
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import timezone, translation

from .client_ip import client_ip_from_meta, current_client_ip
from .models import new_request_id
from .request_context import current_request_id
from .selectors import staff_lacks_required_mfa, user_is_staff, viewer_time_zone
from .throttles import TokenEndpointThrottle

_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
LOGIN_TIME_KEY = "login_started_at"
# When the session was last saved by StaffSessionLimitsMiddleware, to keep its expiry moving.
SESSION_TOUCHED_KEY = "session_touched_at"

# Paths a staff user without MFA may still reach: setting MFA up, logging out, assets.
_MFA_EXEMPT_PREFIXES = ("/accounts/", "/static/", "/favicon.ico", "/healthz")


class RequestIdMiddleware:
    """Gives each request an id (or keeps a sane one from the proxy) for the audit trail,
    and settles who the client is (patients/client_ip.py) once, for rate limits and logs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if _REQUEST_ID_OK.match(incoming) else new_request_id()
        request.client_ip = client_ip_from_meta(request.META)
        token = current_request_id.set(request.request_id)
        ip_token = current_client_ip.set(request.client_ip)
        try:
            response = self.get_response(request)
        finally:
            current_client_ip.reset(ip_token)
            current_request_id.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


def session_limits_start(sender, request, user, **kwargs):
    """At login (user_logged_in): the 12 hours start now, and a staff session gets its idle
    timeout, in the save the login makes anyway, so the next request has nothing to save."""
    session = getattr(request, "session", None)
    if session is None:
        return
    now = timezone.now().timestamp()
    session[LOGIN_TIME_KEY] = now
    session[SESSION_TOUCHED_KEY] = now
    if user_is_staff(user):
        session.set_expiry(int(settings.STAFF_IDLE_TIMEOUT.total_seconds()))


class StaffSessionLimitsMiddleware:
    """Staff sessions end after 15 idle minutes and 12 hours in all; patients keep the
    site-wide limit.

    An idle timeout slides with use, but saving the session on every request (Django's
    SESSION_SAVE_EVERY_REQUEST) writes a row and sends a cookie for each page, poll and
    health check. Instead the session is touched at most once a
    SESSION_TOUCH_INTERVAL (a minute): a request within a minute of the last save changes
    nothing, and the first one after it saves the session, which moves its expiry (and the
    cookie's) on. So an idle staff session ends between 14 and 15 minutes after the last
    request, never later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            session = request.session
            started = session.get(LOGIN_TIME_KEY)
            now = timezone.now().timestamp()
            if started is None:
                session[LOGIN_TIME_KEY] = now
            elif now - started > settings.STAFF_SESSION_MAX_AGE.total_seconds():
                logout(request)
                return redirect(settings.LOGIN_URL)
            if user_is_staff(user):
                idle = int(settings.STAFF_IDLE_TIMEOUT.total_seconds())
                # set_expiry marks the session changed even when the value is the same.
                if session.get("_session_expiry") != idle:
                    session.set_expiry(idle)
            touched = session.get(SESSION_TOUCHED_KEY)
            interval = settings.SESSION_TOUCH_INTERVAL.total_seconds()
            if touched is None or not 0 <= now - touched < interval:
                session[SESSION_TOUCHED_KEY] = now
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


class UserLanguageMiddleware:
    """Pages in the language a signed-in person chose; anyone else keeps what
    LocaleMiddleware took from the browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = getattr(request.user, "language", "")
        if chosen:
            translation.activate(chosen)
            request.LANGUAGE_CODE = chosen
        response = self.get_response(request)
        if chosen:
            response.headers.setdefault("Content-Language", chosen)
        return response


class SecurityHeadersMiddleware:
    """Headers no page of ours goes without.

    Cache-Control: no-store on everything Django answers (WhiteNoise serves static files
    before this runs): pages and API answers carry health data, and neither a shared proxy
    nor the browser's back button after logout may keep them. A view that sets its own
    caching for an anonymous visitor (the favicon) keeps it.

    Permissions-Policy: the app needs no device but the microphone and camera (voice notes
    are recorded in the page), and those only for itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if getattr(response, "cache_privately", False):
            # A page a service worker may keep for its one user offline (the patient's
            # safety plan): private, and asked for again before the browser shows it.
            response["Cache-Control"] = "private, no-cache"
        elif (
            signed_in
            or request.path_info.startswith("/api/")
            or not response.has_header("Cache-Control")
        ):
            response["Cache-Control"] = "no-store"
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class TokenEndpointThrottleMiddleware:
    """The token page makes API tokens: it answers 429 past settings' "token" rate, like
    the API's own token endpoints (patients/throttles.py). Only making or revoking counts;
    looking at the page does not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        if match.url_name not in settings.TOKEN_ENDPOINT_URL_NAMES:
            return None
        if TokenEndpointThrottle().allow_request(request):
            return None
        return respond_429(request)
