"""What a page or answer says about the US 988 Lifeline, read the way a patient would."""

import re

# The ways the seeded 988 line can appear: a link, its name, its site, "call or text 988", a
# JSON value. A bare substring would also match timestamps, tokens and ids.
_TELLS_OF_988 = re.compile(
    r"tel:988|sms:988|988lifeline|\b988 Suicide|\b(?:[Cc]all|text|or) 988\b|['\"]988['\"]"
)


def mentions_988(text):
    return bool(_TELLS_OF_988.search(text))
