"""The codes the FHIR export speaks, each with where it was checked.

LOINC codes are looked up at https://loinc.org/<code>/ ; SNOMED CT routes in the SNOMED
International browser (https://browser.ihtsdotools.org/) and the FHIR R4 route value set
(http://hl7.org/fhir/R4/valueset-route-codes.html); RxNorm ingredients at RxNav
(https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=<code>).
"""

from sessions.models import Instrument, Route

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


class Panel:
    """An instrument as LOINC codes it: the panel, its total score, its items in the
    order the instrument asks them (journals.scoring keeps the same order)."""

    def __init__(self, *, panel, panel_display, total, total_display, items):
        self.panel = panel
        self.panel_display = panel_display
        self.total = total
        self.total_display = total_display
        self.items = items

    @property
    def questionnaire(self) -> str:
        # LOINC publishes its panels as FHIR Questionnaires under this canonical URL.
        return f"http://loinc.org/q/{self.panel}"


PANELS = {
    Instrument.PHQ9: Panel(
        # https://loinc.org/44249-1/  PHQ-9 quick depression assessment panel
        panel="44249-1",
        panel_display="PHQ-9 quick depression assessment panel",
        # https://loinc.org/44261-6/  Patient Health Questionnaire 9 item (PHQ-9) total score
        total="44261-6",
        total_display="Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        items=[
            "44250-9",  # https://loinc.org/44250-9/  1 Little interest or pleasure in doing things
            "44255-8",  # https://loinc.org/44255-8/  2 Feeling down, depressed, or hopeless
            "44259-0",  # https://loinc.org/44259-0/  3 Trouble falling or staying asleep...
            "44254-1",  # https://loinc.org/44254-1/  4 Feeling tired or having little energy
            "44251-7",  # https://loinc.org/44251-7/  5 Poor appetite or overeating
            "44258-2",  # https://loinc.org/44258-2/  6 Feeling bad about yourself...
            "44252-5",  # https://loinc.org/44252-5/  7 Trouble concentrating on things...
            "44253-3",  # https://loinc.org/44253-3/  8 Moving or speaking so slowly...
            "44260-8",  # https://loinc.org/44260-8/  9 Thoughts that you would be better off dead
        ],
    ),
    Instrument.GAD7: Panel(
        # https://loinc.org/69737-5/  Generalized anxiety disorder 7 item (GAD-7)
        panel="69737-5",
        panel_display="Generalized anxiety disorder 7 item (GAD-7)",
        # https://loinc.org/70274-6/  Generalized anxiety disorder 7 item (GAD-7) total score
        total="70274-6",
        total_display="Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
        items=[
            "69725-0",  # https://loinc.org/69725-0/  1 Feeling nervous, anxious or on edge
            "68509-9",  # https://loinc.org/68509-9/  2 Not being able to stop or control worrying
            "69733-4",  # https://loinc.org/69733-4/  3 Worrying too much about different things
            "69734-2",  # https://loinc.org/69734-2/  4 Trouble relaxing
            "69735-9",  # https://loinc.org/69735-9/  5 Being so restless that it is hard...
            "69689-8",  # https://loinc.org/69689-8/  6 Becoming easily annoyed or irritable
            "69736-7",  # https://loinc.org/69736-7/  7 Feeling afraid as if something awful...
        ],
    ),
}

# The answer list both instruments share (LOINC LL358-3, https://loinc.org/LL358-3/), by
# the score journals.scoring.SCALE gives each answer.
ANSWERS = {
    0: ("LA6568-5", "Not at all"),
    1: ("LA6569-3", "Several days"),
    2: ("LA6570-1", "More than half the days"),
    3: ("LA6571-9", "Nearly every day"),
}

# RxNorm ingredients (TTY=IN).
KETAMINE = (
    "6130",
    "ketamine",
)  # https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=6130
ESKETAMINE = (  # https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=1804577
    "1804577",
    "esketamine",
)
DRUGS = {
    Route.IV_KETAMINE: KETAMINE,
    Route.IM_KETAMINE: KETAMINE,
    Route.ORAL_KETAMINE: KETAMINE,
    Route.INTRANASAL_ESKETAMINE: ESKETAMINE,
}

# SNOMED CT route of administration (qualifier values).
ROUTES = {
    # https://browser.ihtsdotools.org/?conceptId1=47625008  Intravenous route
    Route.IV_KETAMINE: ("47625008", "Intravenous route"),
    # https://browser.ihtsdotools.org/?conceptId1=78421000  Intramuscular route
    Route.IM_KETAMINE: ("78421000", "Intramuscular route"),
    # The record keeps "sublingual/oral" as one route; at-home ketamine (troches, rapid
    # dissolving tablets) is held under the tongue, so it is coded sublingual, and the
    # text keeps the record's own words for a reader who needs the difference.
    # https://browser.ihtsdotools.org/?conceptId1=37839007  Sublingual route
    # (oral would be https://browser.ihtsdotools.org/?conceptId1=26643006  Oral route)
    Route.ORAL_KETAMINE: ("37839007", "Sublingual route"),
    # https://browser.ihtsdotools.org/?conceptId1=46713006  Nasal route
    Route.INTRANASAL_ESKETAMINE: ("46713006", "Nasal route"),
}

# Vital signs, as the FHIR R4 vital signs profiles code them
# (http://hl7.org/fhir/R4/observation-vitalsigns.html).
BLOOD_PRESSURE = (
    "85354-9",
    "Blood pressure panel with all children optional",
)  # https://loinc.org/85354-9/
SYSTOLIC = ("8480-6", "Systolic blood pressure")  # https://loinc.org/8480-6/
DIASTOLIC = ("8462-4", "Diastolic blood pressure")  # https://loinc.org/8462-4/
HEART_RATE = ("8867-4", "Heart rate")  # https://loinc.org/8867-4/
# The vital signs profile's code for SpO2 is 2708-6; a pulse oximeter's reading is
# 59408-5 too (US Core's pulse oximetry profile lists both).
OXYGEN_SATURATION = ("2708-6", "Oxygen saturation in Arterial blood")  # https://loinc.org/2708-6/
PULSE_OXIMETRY = (  # https://loinc.org/59408-5/
    "59408-5",
    "Oxygen saturation in Arterial blood by Pulse oximetry",
)
