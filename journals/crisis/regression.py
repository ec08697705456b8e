"""A small logistic regression over word and letter n-grams, in plain Python.

The crisis screen's rules name phrasings one family at a time; this model learns from the
same labelled phrasings which words and word pieces tend to come with risk, so that a
sentence worded unlike any rule ("I keep driving out to the quarry after dark") can still
reach a person. It is trained in well under a second, always to the same weights (a fixed
seed, a fixed order), and scores a sentence in microseconds. journals/crisis/model.py
decides when its score counts.
"""

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass

# Pieces of words, so that inflections and slips share weight ("overdos" in "overdosed"
# and "overdosing", "suicid" in Spanish and English).
LETTER_GRAMS = (4, 5)


def features(words: list[str]) -> set[str]:
    """Each word, each pair of neighbours, and the letter grams of words of four or more
    letters (marked at their edges)."""
    found = set()
    for index, word in enumerate(words):
        found.add(f"w {word}")
        if index + 1 < len(words):
            found.add(f"b {word} {words[index + 1]}")
        if len(word) >= 4:
            marked = f"<{word}>"
            for size in LETTER_GRAMS:
                for start in range(len(marked) - size + 1):
                    found.add(f"c {marked[start : start + size]}")
    return found


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float

    def probability(self, words: list[str]) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features(words))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def train(
    examples: Iterable[tuple[list[str], bool]],
    *,
    epochs: int = 8,
    rate: float = 0.5,
    l2: float = 1e-4,
    seed: int = 0,
) -> Model:
    """Logistic regression by stochastic gradient descent with per-feature step sizes
    (AdaGrad), which suits many rare features; the seed fixes the order, so the same
    examples always give the same model."""
    index_of: dict[str, int] = {}
    data = []
    for words, label in examples:
        found = [index_of.setdefault(feature, len(index_of)) for feature in sorted(features(words))]
        data.append((found, 1.0 if label else 0.0))
    weights = [0.0] * len(index_of)
    squared = [1e-8] * len(index_of)
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    sqrt = math.sqrt
    for _ in range(epochs):
        shuffle(order)
        for position in order:
            found, label = data[position]
            score = bias + sum([weights[i] for i in found])
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))) - label
            for i in found:
                gradient = error + l2 * weights[i]
                squared[i] += gradient * gradient
                weights[i] -= rate * gradient / sqrt(squared[i])
            bias_squared += error * error
            bias -= rate * error / sqrt(bias_squared)
    return Model(
        weights={feature: weights[i] for feature, i in index_of.items() if weights[i]}, bias=bias
    )
