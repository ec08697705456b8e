"""Countries and time zones, read from the time zone database's own tables (zone.tab,
zone1970.tab, iso3166.tab): the system's copy where there is one, else the tzdata package's.

The tables name each zone by region and city (America/New_York), never by the legacy
aliases (US/Eastern, EST, GB) that zoneinfo also accepts, so the pickers built here offer
only those names. They change with a tzdata release, not while the app runs, so each is
read once per process.
"""

import functools
import importlib.resources
import zoneinfo
from pathlib import Path

# Some names in iso3166.tab are written for brevity ("Britain (UK)"); people expect these.
COUNTRY_NAMES = {
    "GB": "United Kingdom",
    "US": "United States",
    "KR": "South Korea",
    "KP": "North Korea",
    "CZ": "Czechia",
    "CD": "Congo (Democratic Republic)",
    "CG": "Congo (Republic)",
}

# What most of our patients pick, by region, above the full list.
COMMON_ZONES = [
    (
        "North America",
        [
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "America/Halifax",
            "America/Toronto",
            "America/Winnipeg",
            "America/Edmonton",
            "America/Vancouver",
            "America/Mexico_City",
        ],
    ),
    (
        "South America",
        ["America/Bogota", "America/Lima", "America/Santiago", "America/Sao_Paulo"],
    ),
    (
        "Europe",
        [
            "Europe/London",
            "Europe/Dublin",
            "Europe/Lisbon",
            "Europe/Madrid",
            "Europe/Paris",
            "Europe/Amsterdam",
            "Europe/Berlin",
            "Europe/Rome",
            "Europe/Stockholm",
            "Europe/Athens",
        ],
    ),
    (
        "Asia and the Pacific",
        [
            "Asia/Dubai",
            "Asia/Kolkata",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Australia/Perth",
            "Australia/Adelaide",
            "Australia/Brisbane",
            "Australia/Sydney",
            "Pacific/Auckland",
        ],
    ),
]

REGION_NAMES = {
    "Africa": "Africa",
    "America": "Americas",
    "Antarctica": "Antarctica",
    "Arctic": "Arctic",
    "Asia": "Asia",
    "Atlantic": "Atlantic",
    "Australia": "Australia",
    "Europe": "Europe",
    "Indian": "Indian Ocean",
    "Pacific": "Pacific",
}


def _table_lines(name: str) -> list[list[str]]:
    """The rows of one of the database's .tab files, split on tabs, comments left out."""
    text = None
    for directory in zoneinfo.TZPATH:
        path = Path(directory) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            break
    if text is None:
        try:
            text = (
                importlib.resources.files("tzdata")
                .joinpath("zoneinfo", name)
                .read_text(encoding="utf-8")
            )
        except (ModuleNotFoundError, FileNotFoundError):
            return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def countries() -> dict[str, str]:
    """ISO 3166 code -> name, sorted by name."""
    names = {row[0]: COUNTRY_NAMES.get(row[0], row[1]) for row in _table_lines("iso3166.tab")}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_name(code: str) -> str:
    return countries().get(code, code)


def country_choices() -> list[tuple[str, str]]:
    return list(countries().items())


@functools.cache
def _zone_countries() -> tuple[dict[str, str], dict[str, list[str]]]:
    """zone -> its own country (zone.tab), and zone -> every country it serves (zone1970.tab,
    where zones that agree since 1970 are merged: Europe/Berlin serves DE, DK, NO, SE...)."""
    own = {row[2]: row[0] for row in _table_lines("zone.tab") if len(row) >= 3}
    shared = {row[2]: row[0].split(",") for row in _table_lines("zone1970.tab") if len(row) >= 3}
    return own, shared


def country_for_zone(zone: str, *, clinic_country: str) -> str:
    """The country a patient in `zone` most likely lives in. A zone several countries share
    gives the clinic's country when it is one of them (a Danish clinic's patient on
    Europe/Berlin time is in Denmark); otherwise the zone's own country, never a country
    the zone cannot be in (a US clinic's patient on Europe/Berlin time is not in the US).
    A zone of no country (UTC) gives the clinic's country."""
    own, shared = _zone_countries()
    if clinic_country in shared.get(zone, []) or own.get(zone) == clinic_country:
        return clinic_country
    return own.get(zone) or clinic_country


@functools.cache
def _zone_names() -> tuple[str, ...]:
    available = zoneinfo.available_timezones()
    own, shared = _zone_countries()
    return tuple(sorted(name for name in {*own, *shared} if name in available))


def _zone_label(zone: str) -> str:
    """America/Indiana/Indianapolis -> "Indianapolis, Indiana (United States)"."""
    parts = [part.replace("_", " ") for part in zone.split("/")[1:]] or [zone]
    code = _zone_countries()[0].get(zone)
    country = country_name(code) if code else ""
    within = [part for part in reversed(parts[:-1]) if part != country]
    place = ", ".join([parts[-1], *within])
    return f"{place} ({country})" if country else place


@functools.cache
def _grouped_zone_choices() -> tuple:
    known = set(_zone_names())
    groups = [
        (f"Common: {region}", [(zone, _zone_label(zone)) for zone in zones if zone in known])
        for region, zones in COMMON_ZONES
    ]
    by_region: dict[str, list] = {}
    for zone in _zone_names():
        region = REGION_NAMES.get(zone.split("/", 1)[0], "Other")
        by_region.setdefault(region, []).append((zone, _zone_label(zone)))
    for region in sorted(by_region):
        groups.append((region, sorted(by_region[region], key=lambda choice: choice[1])))
    groups.append(("Other", [("UTC", "UTC (Coordinated Universal Time)")]))
    return tuple(groups)


def time_zone_choices(current: str = "") -> list:
    """Common zones first, then every zone grouped by region: for a select with optgroups.
    A `current` zone the lists do not hold (an alias saved long ago) is offered as it is,
    so saving a form does not change it behind the user's back."""
    groups = list(_grouped_zone_choices())
    if current and not any(current == value for _, choices in groups for value, _ in choices):
        groups.insert(0, ("Current", [(current, current.replace("_", " "))]))
    return groups


def is_listed_zone(zone: str) -> bool:
    return zone in _zone_names() or zone == "UTC"
