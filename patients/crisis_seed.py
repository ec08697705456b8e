"""The national crisis lines and emergency numbers the app ships with, each checked at its
source on CHECKED_ON. Migration 0009 writes them into CrisisLine; after that the table,
edited in the admin, is the truth. patients.crisis_lines falls back to this list only when
the table holds no national rows at all (a database flushed or never seeded), so the crisis
screen is never blank.

Correct a number in the admin, and in a new data migration for every installation; keep
this list as it was checked.
"""

from datetime import date

from django.utils.translation import gettext_noop

CHECKED_ON = date(2026, 12, 1)
EMERGENCY = "emergency"
TWENTY_FOUR_SEVEN = gettext_noop("24 hours, every day")

EU_112 = {
    "name": gettext_noop("Emergency services"),
    "description": gettext_noop(
        "In danger now? Call 112 or go to the nearest emergency department."
    ),
    "phone": "112",
    "source_name": "European Commission: 112, the European emergency number",
    "source_url": "https://digital-strategy.ec.europa.eu/en/policies/112",
}

LINES = [
    # United States
    {
        "country": "US",
        "name": "988 Suicide & Crisis Lifeline",
        "description": gettext_noop(
            "Call or text 988, any time, free and confidential. Veterans: press 1."
        ),
        "phone": "988",
        "sms": "988",
        "web_url": "https://988lifeline.org/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English, Spanish; interpreters for many more"),
        "source_name": "988 Suicide & Crisis Lifeline (SAMHSA)",
        "source_url": "https://988lifeline.org/",
        "ordering": 10,
    },
    {
        "country": "US",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 911 or go to the nearest emergency room."),
        "phone": "911",
        "source_name": "Federal Communications Commission",
        "source_url": "https://www.fcc.gov/general/9-1-1-and-e9-1-1-services",
    },
    # Canada
    {
        "country": "CA",
        "name": "9-8-8 Suicide Crisis Helpline",
        "description": gettext_noop("Call or text 988, any time, free and confidential."),
        "phone": "988",
        "sms": "988",
        "web_url": "https://988.ca/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English, French"),
        "source_name": "9-8-8 Suicide Crisis Helpline (Public Health Agency of Canada)",
        "source_url": "https://988.ca/",
        "ordering": 10,
    },
    {
        "country": "CA",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 911 or go to the nearest emergency department."
        ),
        "phone": "911",
        "source_name": "Canadian Radio-television and Telecommunications Commission",
        "source_url": "https://crtc.gc.ca/eng/phone/911/",
    },
    # United Kingdom
    {
        "country": "GB",
        "name": "Samaritans",
        "description": gettext_noop("Call 116 123 free, any time, whatever you are going through."),
        "phone": "116 123",
        "web_url": "https://www.samaritans.org/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English; Welsh Language Line 0808 164 0123"),
        "source_name": "Samaritans",
        "source_url": "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        "ordering": 10,
    },
    {
        "country": "GB",
        "name": "NHS 111, mental health option",
        "description": gettext_noop(
            "Urgent help for your mental health: call 111 and choose the mental health option."
        ),
        "phone": "111",
        "web_url": "https://www.nhs.uk/nhs-services/mental-health-services/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English; interpreters on request"),
        "source_name": "NHS",
        "source_url": "https://www.nhs.uk/nhs-services/mental-health-services/",
        "ordering": 20,
    },
    {
        "country": "GB",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 999 (or 112) or go to A&E."),
        "phone": "999",
        "alternate_phone": "112",
        "source_name": "GOV.UK: 999 and 112, the UK's national emergency numbers",
        "source_url": "https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers",
    },
    # Ireland
    {
        "country": "IE",
        "name": "Samaritans Ireland",
        "description": gettext_noop("Call 116 123 free, any time, whatever you are going through."),
        "phone": "116 123",
        "web_url": "https://www.samaritans.org/ireland/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English"),
        "source_name": "Samaritans Ireland",
        "source_url": "https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/",
        "ordering": 10,
    },
    {
        "country": "IE",
        "name": "Pieta",
        "description": gettext_noop(
            "Free crisis counselling for suicidal thoughts and self-harm: call "
            "1800 247 247 or text HELP to 51444."
        ),
        "phone": "1800 247 247",
        "sms": "51444",
        "web_url": "https://www.pieta.ie/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English"),
        "source_name": "Pieta",
        "source_url": "https://www.pieta.ie/",
        "ordering": 20,
    },
    {
        "country": "IE",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 112 or 999, or go to the nearest emergency department."
        ),
        "phone": "112",
        "alternate_phone": "999",
        "source_name": "Government of Ireland: Emergency Call Answering Service",
        "source_url": "https://www.gov.ie/",
    },
    # Australia
    {
        "country": "AU",
        "name": "Lifeline",
        "description": gettext_noop("Call 13 11 14, text 0477 13 11 14 or chat online, any time."),
        "phone": "13 11 14",
        "sms": "0477 13 11 14",
        "web_url": "https://www.lifeline.org.au/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English; interpreters through TIS National (131 450)"),
        "source_name": "Lifeline Australia",
        "source_url": "https://www.lifeline.org.au/",
        "ordering": 10,
    },
    {
        "country": "AU",
        "name": "Suicide Call Back Service",
        "description": gettext_noop(
            "Free counselling for people thinking about suicide and those who care for them."
        ),
        "phone": "1300 659 467",
        "web_url": "https://www.suicidecallbackservice.org.au/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English"),
        "source_name": "Suicide Call Back Service",
        "source_url": "https://www.suicidecallbackservice.org.au/",
        "ordering": 20,
    },
    {
        "country": "AU",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call Triple Zero (000), or 112 from a mobile."),
        "phone": "000",
        "alternate_phone": "112",
        "source_name": "Triple Zero (Australian Government)",
        "source_url": "https://www.triplezero.gov.au/",
    },
    # New Zealand
    {
        "country": "NZ",
        "name": "1737, Need to talk?",
        "description": gettext_noop(
            "Call or text 1737, free, any time, to talk with a trained counsellor."
        ),
        "phone": "1737",
        "sms": "1737",
        "web_url": "https://1737.org.nz/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English, te reo Māori; interpreters on request"),
        "source_name": "1737 (Whakarongorau Aotearoa, for Health New Zealand)",
        "source_url": "https://1737.org.nz/",
        "ordering": 10,
    },
    {
        "country": "NZ",
        "name": "Lifeline Aotearoa",
        "description": gettext_noop("Call 0800 543 354 or text HELP to 4357, free, any time."),
        "phone": "0800 543 354",
        "sms": "4357",
        "web_url": "https://www.lifeline.org.nz/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("English"),
        "source_name": "Lifeline Aotearoa",
        "source_url": "https://www.lifeline.org.nz/",
        "ordering": 20,
    },
    {
        "country": "NZ",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 111 or go to the nearest emergency department."
        ),
        "phone": "111",
        "source_name": "New Zealand Police",
        "source_url": "https://www.police.govt.nz/",
    },
    # India
    {
        "country": "IN",
        "name": "Tele-MANAS",
        "description": gettext_noop(
            "Free mental health support from the Government of India: call 14416 "
            "or 1-800-891-4416, any time."
        ),
        "phone": "14416",
        "alternate_phone": "1-800-891-4416",
        "web_url": "https://telemanas.mohfw.gov.in/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Hindi, English and many Indian languages"),
        "source_name": "Ministry of Health and Family Welfare, Government of India",
        "source_url": "https://telemanas.mohfw.gov.in/",
        "ordering": 10,
    },
    {
        "country": "IN",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 112 (or 108 for an ambulance)."),
        "phone": "112",
        "alternate_phone": "108",
        "source_name": "Emergency Response Support System, Ministry of Home Affairs",
        "source_url": "https://112.gov.in/",
    },
    # Japan
    {
        "country": "JP",
        "name": "Yorisoi Hotline (よりそいホットライン)",
        "description": gettext_noop(
            "Free, any time, for any worry; the menu offers help in foreign languages."
        ),
        "phone": "0120-279-338",
        "web_url": "https://www.since2011.net/yorisoi/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Japanese; foreign-language line"),
        "source_name": "Social Inclusion Support Center (社会的包摂サポートセンター)",
        "source_url": "https://www.since2011.net/yorisoi/",
        "ordering": 10,
    },
    {
        "country": "JP",
        "name": "TELL Lifeline",
        "description": gettext_noop("Free, anonymous counselling in English by phone and chat."),
        "phone": "03-5774-0992",
        "web_url": "https://telljp.com/lifeline/",
        "hours": gettext_noop("Daily; see the website for today's hours"),
        "languages": gettext_noop("English"),
        "source_name": "TELL",
        "source_url": "https://telljp.com/lifeline/",
        "ordering": 20,
    },
    {
        "country": "JP",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 119 for an ambulance (110 for the police)."
        ),
        "phone": "119",
        "alternate_phone": "110",
        "source_name": "Fire and Disaster Management Agency (総務省消防庁)",
        "source_url": "https://www.fdma.go.jp/",
    },
    # France
    {
        "country": "FR",
        "name": "3114, numéro national de prévention du suicide",
        "description": gettext_noop(
            "Call 3114 free, any time, if you are thinking about suicide or worried about someone."
        ),
        "phone": "3114",
        "web_url": "https://3114.fr/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("French"),
        "source_name": "Ministère de la Santé",
        "source_url": "https://3114.fr/",
        "ordering": 10,
    },
    {
        "country": "FR",
        "name": "SOS Amitié",
        "description": gettext_noop("Someone to listen, any time."),
        "phone": "09 72 39 40 50",
        "web_url": "https://www.sos-amitie.com/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("French"),
        "source_name": "SOS Amitié",
        "source_url": "https://www.sos-amitie.com/",
        "ordering": 20,
    },
    {
        "country": "FR",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 15 (SAMU) or 112."),
        "phone": "15",
        "alternate_phone": "112",
        "source_name": "Service-Public.fr",
        "source_url": "https://www.service-public.fr/",
    },
    # Germany
    {
        "country": "DE",
        "name": "TelefonSeelsorge",
        "description": gettext_noop(
            "Free and anonymous, any time: 0800 111 0 111, 0800 111 0 222 or "
            "116 123; chat and email online."
        ),
        "phone": "0800 111 0 111",
        "alternate_phone": "0800 111 0 222",
        "web_url": "https://www.telefonseelsorge.de/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("German"),
        "source_name": "TelefonSeelsorge Deutschland",
        "source_url": "https://www.telefonseelsorge.de/",
        "ordering": 10,
    },
    {
        "country": "DE",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 112 (110 for the police)."),
        "phone": "112",
        "alternate_phone": "110",
        "source_name": "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe",
        "source_url": "https://www.bbk.bund.de/",
    },
    # Spain
    {
        "country": "ES",
        "name": "Línea 024, atención a la conducta suicida",
        "description": gettext_noop(
            "Call 024 free, any time, if you are thinking about suicide or worried about someone."
        ),
        "phone": "024",
        "web_url": "https://www.sanidad.gob.es/linea024/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop(
            "Spanish and the co-official languages; interpreters for many more"
        ),
        "source_name": "Ministerio de Sanidad",
        "source_url": "https://www.sanidad.gob.es/linea024/",
        "ordering": 10,
    },
    {
        "country": "ES",
        "name": "Teléfono de la Esperanza",
        "description": gettext_noop("Someone to listen in a crisis, any time."),
        "phone": "717 003 717",
        "web_url": "https://telefonodelaesperanza.org/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Spanish"),
        "source_name": "Teléfono de la Esperanza",
        "source_url": "https://telefonodelaesperanza.org/",
        "ordering": 20,
    },
    {"country": "ES", "kind": EMERGENCY, **EU_112},
    # Mexico
    {
        "country": "MX",
        "name": "Línea de la Vida",
        "description": gettext_noop("Free and confidential support, any time: call 800 911 2000."),
        "phone": "800 911 2000",
        "web_url": "https://www.gob.mx/salud/conasama",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Spanish"),
        "source_name": "Comisión Nacional de Salud Mental y Adicciones (CONASAMA)",
        "source_url": "https://www.gob.mx/salud/conasama",
        "ordering": 10,
    },
    {
        "country": "MX",
        "name": "SAPTEL",
        "description": gettext_noop("Crisis counselling by phone, free, any time."),
        "phone": "55 5259 8121",
        "web_url": "https://www.saptel.org.mx/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Spanish"),
        "source_name": "SAPTEL",
        "source_url": "https://www.saptel.org.mx/",
        "ordering": 20,
    },
    {
        "country": "MX",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 911 or go to the nearest emergency department."
        ),
        "phone": "911",
        "source_name": "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública",
        "source_url": "https://www.gob.mx/sesnsp",
    },
    # Brazil
    {
        "country": "BR",
        "name": "CVV, Centro de Valorização da Vida",
        "description": gettext_noop("Call 188 free, any time, or chat online."),
        "phone": "188",
        "web_url": "https://cvv.org.br/",
        "hours": TWENTY_FOUR_SEVEN,
        "languages": gettext_noop("Portuguese"),
        "source_name": "Centro de Valorização da Vida",
        "source_url": "https://cvv.org.br/",
        "ordering": 10,
    },
    {
        "country": "BR",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop(
            "In danger now? Call 192 for SAMU (ambulance), or 190 for the police."
        ),
        "phone": "192",
        "alternate_phone": "190",
        "source_name": "Ministério da Saúde: SAMU 192",
        "source_url": "https://www.gov.br/saude/",
    },
    # Emergency numbers alone, so the fallback names the right number in more places.
    *({"country": code, "kind": EMERGENCY, **EU_112} for code in ("AT", "BE", "DK", "FI")),
    *({"country": code, "kind": EMERGENCY, **EU_112} for code in ("GR", "IT", "LU", "NL")),
    *({"country": code, "kind": EMERGENCY, **EU_112} for code in ("PL", "PT", "SE", "CZ")),
    {
        "country": "CH",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 144 for an ambulance, or 112."),
        "phone": "144",
        "alternate_phone": "112",
        "source_name": "Swiss Confederation (ch.ch): emergency numbers",
        "source_url": "https://www.ch.ch/",
    },
    {
        "country": "NO",
        "kind": EMERGENCY,
        "name": gettext_noop("Emergency services"),
        "description": gettext_noop("In danger now? Call 113 for medical emergencies, or 112."),
        "phone": "113",
        "alternate_phone": "112",
        "source_name": "Helsenorge: emergency numbers",
        "source_url": "https://www.helsenorge.no/",
    },
]


def seed_rows() -> list[dict]:
    """The lines as field values for CrisisLine, with the defaults filled in."""
    rows = []
    for line in LINES:
        row = {
            "kind": "crisis_line",
            "alternate_phone": "",
            "sms": "",
            "web_url": "",
            "hours": "",
            "languages": "",
            "source_url": "",
            "ordering": 100,
            "checked_on": CHECKED_ON,
            **line,
        }
        if row["kind"] == EMERGENCY:
            row["hours"] = row["hours"] or TWENTY_FOUR_SEVEN
            row["ordering"] = 1000
        rows.append(row)
    return rows
