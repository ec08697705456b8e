"""The crisis screen: does what a patient wrote suggest thoughts of suicide or self-harm?

A phrase list, matched case-insensitively on whole words, with simple negation: a phrase
is not counted when a negation ("not", "never", "don't" ...) comes shortly before it in
the same clause ("I don't want to die", "not suicidal", "never thought about killing
myself"). The screen leans towards flagging: a false alarm costs a check-in call, a miss
costs far more. So "can't" and "couldn't" are not negations here ("I can't stop thinking
about suicide"), and "don't know" or "not sure" are doubt, not denial.

What the screen matched is never stored or sent: staff learn only that a flag was raised.
"""

import re

PHRASES = [
    r"kill(?:ing|ed)? my ?self",
    r"end(?:ing)? (?:my|it) (?:own )?life",
    r"end(?:ing)? it all",
    r"take (?:my|my own) life",
    r"taking (?:my|my own) life",
    r"(?:want|wanted|wanting|wanna) to die",
    r"wanna die",
    r"wish(?:ed)? i (?:was|were) dead",
    r"suicid(?:e|al)",
    r"hurt(?:ing)? my ?self",
    r"harm(?:ing|ed)? my ?self",
    r"self[- ]?harm(?:ing|ed|s)?",
    r"cut(?:ting)? my ?self",
    r"better off dead",
    r"better off without me",
    r"no reason to live",
    r"nothing (?:left )?to live for",
    r"(?:can't|cannot|cant|can not) go on",
    r"don't want to (?:be alive|live|wake up)",
]

NEGATIONS = {
    "not",
    "never",
    "no",
    "nor",
    "don't",
    "dont",
    "doesn't",
    "didn't",
    "isn't",
    "wasn't",
    "aren't",
    "won't",
    "wouldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "shouldn't",
}
# "don't know", "not sure": doubt, which the care team should hear about.
NOT_A_DENIAL_WHEN_FOLLOWED_BY = {"know", "sure", "care"}
NEGATION_REACH = 5  # words before the phrase a negation may stand

_PATTERN = re.compile(r"\b(?:" + "|".join(PHRASES) + r")\b")
_CLAUSE_BREAK = re.compile(r"[.!?;,:\n]|\bbut\b|\bthough\b|\bhowever\b")
_WORD = re.compile(r"[a-z']+")


def _normalize(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"[ \t]+", " ", text)


def _negated(clause_before: str) -> bool:
    words = _WORD.findall(clause_before)[-NEGATION_REACH:]
    for index, word in enumerate(words):
        if word in NEGATIONS:
            following = words[index + 1] if index + 1 < len(words) else ""
            if following not in NOT_A_DENIAL_WHEN_FOLLOWED_BY:
                return True
    return False


def matches(text: str) -> list[str]:
    """The phrases found and not negated, in order; for tests and nothing else."""
    text = _normalize(text or "")
    found = []
    for match in _PATTERN.finditer(text):
        before = text[: match.start()]
        clause_starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
        clause_before = before[clause_starts[-1] :] if clause_starts else before
        if not _negated(clause_before):
            found.append(match.group(0))
    return found


def screen(*texts: str) -> bool:
    """True when any of the texts should raise a safety alert."""
    return any(matches(text) for text in texts if text)


# What the patient is shown on the spot when the screen or PHQ-9 item 9 raises a flag.
CRISIS_RESOURCES = {
    "message": (
        "If you are thinking about suicide or hurting yourself, you do not have to go "
        "through it alone. Your care team has been told a flag was raised."
    ),
    "resources": [
        {
            "name": "988 Suicide & Crisis Lifeline (US)",
            "description": "Call or text 988, any time, free and confidential.",
            "call": "tel:988",
            "text": "sms:988",
        },
        {
            "name": "Emergency services",
            "description": "In danger now? Call 911 or go to the nearest emergency room.",
            "call": "tel:911",
            "text": None,
        },
    ],
}
