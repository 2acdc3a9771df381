"""Property-based test of the API against the OpenAPI document it serves (schemathesis):
for generated requests to every operation, no 5xx, every answer conforms to the document
(status codes, content type, response schemas, which embed the official HSDS schemas).
Kept small (a few examples per operation) so `make test` stays quick."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def keep_test_connection():
    """A WSGI request closes the database connection when it ends (close_old_connections),
    which would drop the test's transaction; Django's own test client switches that off."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded through the app itself, as a client would: the served document, not a file.
schema = schemathesis.openapi.from_wsgi("/api/hsds/openapi.json", get_wsgi_application())


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_openapi_document(case, directory, keep_test_connection):
    case.call_and_validate()
