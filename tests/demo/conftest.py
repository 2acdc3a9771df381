import pytest
from django.test import override_settings

# The demo package refuses to load without DEMO_MODE (it is never installed in production).
# Import it once here with demo mode on, so the test modules below import it as usual.
with override_settings(DEMO_MODE=True):
    import demo.activities  # noqa: F401
    import demo.articles  # noqa: F401
    import demo.content  # noqa: F401
    import demo.groups  # noqa: F401
    import demo.peers  # noqa: F401
    import demo.staff  # noqa: F401


@pytest.fixture(autouse=True)
def _demo_mode(demo_mode):
    """Every test here runs in demo mode, with the demo commands installed."""
