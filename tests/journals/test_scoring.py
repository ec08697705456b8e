import pytest
from django.core.exceptions import ValidationError

from journals.scoring import GAD7_ITEMS, PHQ9_ITEMS, SCALE, STEM, band_for, score


def _answers(total, count):
    """`count` answers of 0-3 adding up to `total`."""
    answers = []
    for _ in range(count):
        value = min(3, total)
        answers.append(value)
        total -= value
    assert total == 0
    return answers


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_totals_fall_in_kroenke_bands_at_every_boundary(total, band):
    result = score("phq9", _answers(total, 9))

    assert result.total == total
    assert result.band == band


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_totals_fall_in_spitzer_bands_at_every_boundary(total, band):
    result = score("gad7", _answers(total, 7))

    assert result.total == total
    assert result.band == band


def test_the_instruments_have_their_published_items_and_scale():
    assert len(PHQ9_ITEMS) == 9
    assert len(GAD7_ITEMS) == 7
    assert PHQ9_ITEMS[0] == "Little interest or pleasure in doing things"
    assert PHQ9_ITEMS[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert GAD7_ITEMS[0] == "Feeling nervous, anxious or on edge"
    assert GAD7_ITEMS[6] == "Feeling afraid as if something awful might happen"
    assert SCALE == [
        (0, "Not at all"),
        (1, "Several days"),
        (2, "More than half the days"),
        (3, "Nearly every day"),
    ]
    assert STEM.startswith("Over the last 2 weeks, how often have you been bothered")


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        ("phq9", [0] * 8, "still to answer: 9."),
        ("phq9", [0, None, 0, 0, None, 0, 0, 0, 0], "still to answer: 2, 5."),
        ("gad7", [], "still to answer: 1, 2, 3, 4, 5, 6, 7."),
        ("gad7", [0] * 8, "7 questions here, not 8"),
        ("phq9", [0, 0, 0, 4, 0, 0, 0, 0, 0], "check question 4."),
        ("phq9", [0, 0, 0, 0, 0, 0, 0, 0, -1], "check question 9."),
        ("gad7", [0, 0, "2", 0, 0, 0, 0], "check question 3."),
        ("gad7", [0, True, 0, 0, 0, 0, 0], "check question 2."),
        ("gad7", "0000000", "Give a list of 7 answers"),
    ],
)
def test_missing_and_out_of_range_answers_are_refused_by_number(instrument, answers, message):
    with pytest.raises(ValidationError) as error:
        score(instrument, answers)

    assert message in error.value.message_dict["item_scores"][0]


def test_an_unknown_instrument_is_refused():
    with pytest.raises(ValidationError) as error:
        score("beck", [0] * 21)

    assert "instrument" in error.value.message_dict


def test_a_negative_total_has_no_band():
    with pytest.raises(ValueError):
        band_for("phq9", -1)
