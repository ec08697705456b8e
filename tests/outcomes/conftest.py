# The real-browser fixtures of tests/e2e, for the outcome pages' own browser tests.
from tests.e2e.conftest import browser, page  # noqa: F401
