"""The README's configuration table lists exactly the variables the settings read."""

import re
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
# os.environ.get("X"), os.environ["X"], os.getenv("X"), env_bool("X"), env_int("X"), env_list("X")
READS = re.compile(
    r"""(?:os\.environ(?:\.get)?|os\.getenv|env_\w+)\s*[(\[]\s*["']([A-Z][A-Z0-9_]*)["']"""
)


def read_from_the_environment():
    names = set()
    for path in sorted((BASE / "zelfhulp").glob("settings*.py")):
        names |= set(READS.findall(path.read_text()))
    return names


def documented_in_the_readme():
    text = (BASE / "README.md").read_text()
    table = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", row.split("|")[1])}


def test_the_scan_finds_the_settings_it_should():
    assert {"SECRET_KEY", "DEBUG", "CONN_MAX_AGE", "LOG_LEVEL"} <= read_from_the_environment()


def test_every_environment_variable_is_in_the_readme_and_nothing_else():
    read, documented = read_from_the_environment(), documented_in_the_readme()
    assert read - documented == set(), "read by the settings but missing from the README"
    assert documented - read == set(), "in the README but no setting reads it"
