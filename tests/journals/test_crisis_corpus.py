"""The crisis screen measured on labelled phrasings (journals/crisis_data/ and, never learned
from, tests/journals/crisis_corpus/holdout2.json).

corpus.json is the screen's own labelled set: a miss or a false alarm there is reported by
its text. holdout.json was written independently of the rules; its misses have since been
studied for the families of phrasing the rules lacked, so it is reported like corpus.json
and no longer stands for phrasings nobody tuned for. holdout2.json is written
independently and is never read to tune the rules nor to train the screen's model, so for
it only the figures are reported, never its sentences.
"""

import json
from pathlib import Path

import pytest

from journals.crisis import CORPUS_DIR as TRAINING_DIR
from journals.crisis import screen

# holdout2 lives with the tests: the screen never learns from it.
HELD_OUT_DIR = Path(__file__).parent / "crisis_corpus"
RECALL_GOAL = 0.95
FALSE_POSITIVE_LIMIT = 0.10


def _load(name: str) -> dict:
    path = (HELD_OUT_DIR if name == "holdout2" else TRAINING_DIR) / f"{name}.json"
    if not path.exists():
        pytest.skip(f"{path.name} is not there yet")
    return json.loads(path.read_text(encoding="utf-8"))


def _measure(name: str):
    corpus = _load(name)
    must_flag, must_not_flag = corpus["flag"], corpus["no_flag"]
    missed = [text for text in must_flag if not screen(text)]
    false_alarms = [text for text in must_not_flag if screen(text)]
    caught = len(must_flag) - len(missed)
    recall = caught / len(must_flag)
    false_positive_rate = len(false_alarms) / len(must_not_flag)
    figures = (
        f"crisis screen {name}: recall {recall:.1%} ({caught}/{len(must_flag)}), "
        f"false positives {false_positive_rate:.1%} ({len(false_alarms)}/{len(must_not_flag)})"
    )
    return figures, recall, false_positive_rate, missed, false_alarms


# Measured once, after the rules and the model were final: recall 89.2% (116/130), false
# positives 10.0% (9/90). Its sentences were never read, so the gap is not tuned away.
# Strict, so the day the goals are met this fails and the mark has to go.
HOLDOUT2_BELOW_GOAL = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="holdout2: recall 89.2% (116/130) is below the 95% goal; false positives 10.0% (9/90)",
)


@pytest.mark.parametrize(
    "name", ["corpus", "holdout", pytest.param("holdout2", marks=HOLDOUT2_BELOW_GOAL)]
)
def test_the_screen_meets_its_goals_on_each_corpus(name, capsys):
    figures, recall, false_positive_rate, missed, false_alarms = _measure(name)
    with capsys.disabled():
        print(f"\n{figures}")
    detail = ""
    if name != "holdout2":
        detail = "".join(f"\n  missed: {text}" for text in missed) + "".join(
            f"\n  false alarm: {text}" for text in false_alarms
        )
    assert recall >= RECALL_GOAL and false_positive_rate <= FALSE_POSITIVE_LIMIT, figures + detail


def test_the_own_corpus_is_big_enough_and_labels_each_phrasing_once():
    corpus = _load("corpus")
    must_flag, must_not_flag = corpus["flag"], corpus["no_flag"]
    assert len(must_flag) >= 150
    assert len(must_not_flag) >= 100
    assert len(set(must_flag)) == len(must_flag)
    assert len(set(must_not_flag)) == len(must_not_flag)
    assert not set(must_flag) & set(must_not_flag)
    spanish_words = {"quiero", "ya", "de", "la", "que", "mi", "estoy", "con", "para", "los"}
    spanish = [text for text in must_flag if spanish_words & set(text.lower().split())]
    assert len(spanish) >= 50
