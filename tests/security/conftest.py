# The real-browser fixtures, for the tests here that check what a browser does.
from tests.e2e.conftest import browser, page  # noqa: F401
