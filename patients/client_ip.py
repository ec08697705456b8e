"""The address of the person behind a request: one answer for the API's throttles, allauth's
login limits and anything that logs the request (current_client_ip).

X-Forwarded-For is a header anyone can send. It is believed only when the connection
itself comes from a proxy named in settings.TRUSTED_PROXIES (addresses or networks), and
then only as far as the chain of trusted proxies goes: reading the header from the right,
the first address that is not one of our proxies is the client. Everything to its left was
written by the client and proves nothing. With no trusted proxies (the default), the
header is ignored and the connection's own address is the client.
"""

import ipaddress
from contextvars import ContextVar
from functools import lru_cache

from django.conf import settings

# The client of the request being served, so code far from the request (an audit row
# written in a selector, a log line) can name it without every function passing it along.
current_client_ip: ContextVar[str] = ContextVar("current_client_ip", default="")

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[ipaddress._BaseNetwork, ...]:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def trusted_networks() -> tuple[ipaddress._BaseNetwork, ...]:
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _parse(value: str) -> _IPAddress | None:
    value = (value or "").strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "203.0.113.9:51234"
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    # An IPv4 client reaching an IPv6 socket shows up as ::ffff:a.b.c.d.
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def _is_trusted(address: _IPAddress, networks) -> bool:
    return any(address in network for network in networks)


def client_ip_from_meta(meta) -> str:
    remote = _parse(meta.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    networks = trusted_networks()
    if not networks or not _is_trusted(remote, networks):
        return str(remote)
    hops = [hop for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    client = remote
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            # A hop our own proxy would never write: stop at the last address we can vouch for.
            break
        client = address
        if not _is_trusted(address, networks):
            break
    return str(client)


def client_ip(request) -> str:
    """The client's address; computed once per request (RequestIdMiddleware keeps it)."""
    known = getattr(request, "client_ip", None)
    if known:
        return known
    return client_ip_from_meta(request.META)
