"""The image as it runs: the Dockerfile's own build steps and CMD (read by deploy/image.py),
with the production settings, probed the way docker-compose.yml probes it.

No Docker engine runs here, so the commands run directly, as deploy/smoke.sh does."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import image  # noqa: E402  (deploy/image.py)

PUBLIC_HOST = "zelfhulpkaart.nl"
# The server reads the test database (its committed reference data) from another process.
pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(django_db_setup, django_db_blocker, tmp_path_factory):
    """gunicorn started from the Dockerfile's CMD after its build steps, on the test
    database, with ALLOWED_HOSTS a public name only and BEHIND_PROXY on."""
    from django.db import connection

    db = connection.settings_dict
    # A socket directory (the embedded PostgreSQL) goes in the URL percent-encoded.
    host = urllib.parse.quote(db["HOST"], safe="") if db["HOST"].startswith("/") else db["HOST"]
    db_port = f":{db['PORT']}" if db["PORT"] else ""
    password = f":{urllib.parse.quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    env = {
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "SECRET_KEY": "a-long-random-secret-for-the-image-test-0123456789abcdef",
        "ALLOWED_HOSTS": PUBLIC_HOST,
        "SITE_URL": f"https://{PUBLIC_HOST}",
        "BEHIND_PROXY": "true",
        "DATABASE_URL": f"postgresql://{db['USER']}{password}@{host}{db_port}/{db['NAME']}",
    }
    for step in image.build_steps():
        if "manage.py" in step:  # the dependencies are already installed here
            subprocess.run(["bash", "-c", step], cwd=ROOT, env=env, check=True, timeout=300)
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["bash", "-c", f"exec {image.cmd()}"],
            cwd=ROOT,
            env={**env, "GUNICORN_CMD_ARGS": f"--bind 127.0.0.1:{port} --workers 1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield port, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def get(port, path, **headers):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_compose_healthcheck_passes_with_a_public_host_only(served):
    port, _ = served
    probe = image.healthcheck("web")
    assert "127.0.0.1:8000" in probe
    result = subprocess.run(
        ["bash", "-c", probe.replace("127.0.0.1:8000", f"127.0.0.1:{port}")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Plain HTTP, no proxy header: answered, not redirected to https.
    assert get(port, "/health/ready")[0] == 200
    assert get(port, "/health/live")[0] == 200


def test_the_image_renders_pages_with_the_production_settings(served):
    port, _ = served
    status, html = get(port, "/", Host=PUBLIC_HOST, **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert "/static/css/site." in html  # the hashed name from the manifest
    assert get(port, "/", Host="127.0.0.1")[0] == 400  # pages still check the host


def test_gunicorn_logs_no_client_address_for_a_malformed_request(served):
    port, log = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"NOT A REQUEST\r\n\r\n")
        assert b"400" in sock.recv(1000)
    time.sleep(0.5)
    lines = [line for line in log.read_text().splitlines() if "Invalid request" in line]
    assert lines, log.read_text()
    assert not any("127.0.0.1" in line for line in lines), lines
