"""PHQ-9 (Kroenke, Spitzer & Williams 2001) and GAD-7 (Spitzer, Kroenke, Williams & Löwe
2006): their exact items, the answer scale they share, and the totals' severity bands."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_noop, pgettext_lazy

from sessions.models import Instrument

# The items, the scale and the stem stay in English here (the FHIR export and the stored
# record use these words); pages show them through gettext in the viewer's language.
STEM = gettext_noop(
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)

SCALE = [
    (0, gettext_noop("Not at all")),
    (1, gettext_noop("Several days")),
    (2, gettext_noop("More than half the days")),
    (3, gettext_noop("Nearly every day")),
]

PHQ9_ITEMS = [
    gettext_noop("Little interest or pleasure in doing things"),
    gettext_noop("Feeling down, depressed, or hopeless"),
    gettext_noop("Trouble falling or staying asleep, or sleeping too much"),
    gettext_noop("Feeling tired or having little energy"),
    gettext_noop("Poor appetite or overeating"),
    gettext_noop(
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down"
    ),
    gettext_noop(
        "Trouble concentrating on things, such as reading the newspaper or watching television"
    ),
    gettext_noop(
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual"
    ),
    gettext_noop("Thoughts that you would be better off dead or of hurting yourself in some way"),
]

GAD7_ITEMS = [
    gettext_noop("Feeling nervous, anxious or on edge"),
    gettext_noop("Not being able to stop or control worrying"),
    gettext_noop("Worrying too much about different things"),
    gettext_noop("Trouble relaxing"),
    gettext_noop("Being so restless that it is hard to sit still"),
    gettext_noop("Becoming easily annoyed or irritable"),
    gettext_noop("Feeling afraid as if something awful might happen"),
]

# (lowest total of the band, band) from the top down.
PHQ9_BANDS = [
    (20, "severe"),
    (15, "moderately severe"),
    (10, "moderate"),
    (5, "mild"),
    (0, "minimal"),
]
GAD7_BANDS = [(15, "severe"), (10, "moderate"), (5, "mild"), (0, "minimal")]

ITEMS = {Instrument.PHQ9: PHQ9_ITEMS, Instrument.GAD7: GAD7_ITEMS}
BANDS = {Instrument.PHQ9: PHQ9_BANDS, Instrument.GAD7: GAD7_BANDS}
MAX_ITEM_SCORE = SCALE[-1][0]

# The bands' names as pages show them; the stored band (and the API's) stays the English key.
BAND_LABELS = {
    "severe": pgettext_lazy("severity band", "severe"),
    "moderately severe": pgettext_lazy("severity band", "moderately severe"),
    "moderate": pgettext_lazy("severity band", "moderate"),
    "mild": pgettext_lazy("severity band", "mild"),
    "minimal": pgettext_lazy("severity band", "minimal"),
}

# PHQ-9 item 9 asks about thoughts of self-harm: any answer above 0 raises an alert.
PHQ9_SELF_HARM_ITEM = 9


@dataclass(frozen=True)
class Score:
    total: int
    band: str


def items_for(instrument: str) -> list[str]:
    try:
        return ITEMS[instrument]
    except KeyError:
        raise ValidationError({"instrument": gettext("Choose PHQ-9 or GAD-7.")}) from None


def band_display(band: str) -> str:
    """A band as the viewer reads it, in their language."""
    key = str(band).replace("_", " ").strip().lower()
    return str(BAND_LABELS.get(key, key))


def item_texts(instrument: str) -> list[str]:
    """The instrument's items in the viewer's language."""
    return [gettext(item) for item in items_for(instrument)]


def band_for(instrument: str, total: int) -> str:
    for lowest, band in BANDS[instrument]:
        if total >= lowest:
            return band
    raise ValueError(f"A total cannot be negative: {total}")


def check_item_scores(instrument: str, item_scores) -> list[int]:
    """The answers as a list of ints, or a ValidationError that names each missing or
    out-of-range item by its number."""
    items = items_for(instrument)
    if not isinstance(item_scores, list | tuple):
        raise ValidationError(
            {
                "item_scores": gettext("Give a list of %(count)s answers, 0 to 3.")
                % {"count": len(items)}
            }
        )
    missing = [
        n for n in range(1, len(items) + 1) if n > len(item_scores) or item_scores[n - 1] is None
    ]
    if missing:
        raise ValidationError(
            {
                "item_scores": gettext("Please answer every question; still to answer: %(numbers)s")
                % {"numbers": _numbers(missing)}
            }
        )
    if len(item_scores) > len(items):
        raise ValidationError(
            {
                "item_scores": gettext("There are %(count)s questions here, not %(given)s.")
                % {"count": len(items), "given": len(item_scores)}
            }
        )
    out_of_range = [
        n
        for n, value in enumerate(item_scores, start=1)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ITEM_SCORE
    ]
    if out_of_range:
        raise ValidationError(
            {
                "item_scores": gettext("Answers are 0 to 3; check question %(numbers)s")
                % {"numbers": _numbers(out_of_range)}
            }
        )
    return list(item_scores)


def score(instrument: str, item_scores) -> Score:
    answers = check_item_scores(instrument, item_scores)
    total = sum(answers)
    return Score(total=total, band=band_for(instrument, total))


def shows_self_harm_thoughts(instrument: str, item_scores) -> bool:
    return instrument == Instrument.PHQ9 and item_scores[PHQ9_SELF_HARM_ITEM - 1] > 0


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) + "."
