import pytest
from django.core.management import call_command

# The staff personas (Anja of Parkstad, Bert of Maastricht, Carla the coordinator) and their rows.
pytest_plugins = ["tests.personas"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database holds the real gazetteer and theme taxonomy, as production does."""
    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0)


def _is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    return (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or bool(marker and marker.kwargs.get("transaction"))
    )


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    """Transactional tests (live server, threads) end with a flush that empties every table.
    pytest-django runs them after the others; each one restores the reference data first."""
    if not _is_transactional(request):
        return
    request.getfixturevalue("transactional_db")
    from groups.models import Theme

    if not Theme.objects.exists():
        call_command("load_reference_data", verbosity=0)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_mode(settings):
    """DEMO_MODE on and the demo app installed, as `make run` has it: only then do the demo
    commands exist (settings install the app only in demo mode)."""
    settings.DEMO_MODE = True
    if "demo" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "demo"]


@pytest.fixture
def otp_client(client):
    """Log a user into the staff workspace as if with password and a TOTP code:
    ``otp_client(user)`` returns the test client; ``otp_client(user, Client())`` another one.
    (The admin at /beheer/ refuses a password-only session; see staff.admin_site.)"""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def login(user, a_client=None):
        a_client = a_client or client
        device = TOTPDevice.objects.filter(user=user).first() or TOTPDevice.objects.create(
            user=user, name="default", confirmed=True
        )
        a_client.force_login(user)
        session = a_client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return a_client

    return login
