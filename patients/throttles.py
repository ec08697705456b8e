"""DRF throttles that know who the client is and read their rates when they run.

DRF's own throttles take X-Forwarded-For at its word unless NUM_PROXIES is set, so anyone
could pick a fresh address per request; ours count by patients.client_ip. They also read
their rates from the settings on each request rather than once at import, so a changed
setting (an environment override, a test) takes effect.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle

from .client_ip import client_ip

TOKEN_SCOPE = "token"  # noqa: S105 (a throttle scope, not a secret)


class _ClientIpMixin:
    def get_ident(self, request):
        return client_ip(request)

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(_ClientIpMixin, AnonRateThrottle):
    """Requests without a user, counted per client address."""


class UserThrottle(_ClientIpMixin, UserRateThrottle):
    """Requests of a signed-in user, counted per user whatever the address."""


class ScopedThrottle(_ClientIpMixin, ScopedRateThrottle):
    """Views that name a `throttle_scope` (the token endpoints) get that scope's own rate,
    per user, or per address before sign-in."""


class TokenEndpointThrottle(_ClientIpMixin, ScopedRateThrottle):
    """The token scope, for the token page, which is a plain Django view: the middleware
    asks this throttle directly."""

    scope = TOKEN_SCOPE

    def __init__(self):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)

    def allow_request(self, request, view=None):
        if self.rate is None:
            return True
        return super(ScopedRateThrottle, self).allow_request(request, view)
