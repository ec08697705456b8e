"""PHQ-9 (Kroenke, Spitzer & Williams 2001) and GAD-7 (Spitzer, Kroenke, Williams & Löwe
2006): their exact items, the answer scale they share, and the totals' severity bands."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from sessions.models import Instrument

STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

SCALE = [
    (0, "Not at all"),
    (1, "Several days"),
    (2, "More than half the days"),
    (3, "Nearly every day"),
]

PHQ9_ITEMS = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
]

GAD7_ITEMS = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
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
        raise ValidationError({"instrument": "Choose PHQ-9 or GAD-7."}) from None


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
        raise ValidationError({"item_scores": f"Give a list of {len(items)} answers, 0 to 3."})
    missing = [
        n for n in range(1, len(items) + 1) if n > len(item_scores) or item_scores[n - 1] is None
    ]
    if missing:
        raise ValidationError(
            {"item_scores": "Please answer every question; still to answer: " + _numbers(missing)}
        )
    if len(item_scores) > len(items):
        raise ValidationError(
            {"item_scores": f"There are {len(items)} questions here, not {len(item_scores)}."}
        )
    out_of_range = [
        n
        for n, value in enumerate(item_scores, start=1)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ITEM_SCORE
    ]
    if out_of_range:
        raise ValidationError(
            {"item_scores": "Answers are 0 to 3; check question " + _numbers(out_of_range)}
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
