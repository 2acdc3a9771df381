"""Read the image's own commands from the Dockerfile and docker-compose.yml, so that
deploy/smoke.sh (and the tests) run them as written instead of a copy that drifts.

    python3 deploy/image.py build                  RUN steps after WORKDIR, one per line
    python3 deploy/image.py cmd                    the CMD, as one shell command
    python3 deploy/image.py command SERVICE        a compose service's command
    python3 deploy/image.py healthcheck SERVICE    a compose service's healthcheck test

Only the standard library: no YAML parser is needed because the compose file writes its
commands as flow lists (JSON)."""

import json
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dockerfile_instructions(path=ROOT / "Dockerfile"):
    """(instruction, arguments) pairs, with continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", path.read_text())
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            yield instruction.upper(), arguments.strip()


def build_steps():
    """The RUN steps that build the app (after WORKDIR: dependencies, translations, static
    files), not the operating-system set-up before it."""
    steps, in_app = [], False
    for instruction, arguments in dockerfile_instructions():
        in_app = in_app or instruction == "WORKDIR"
        if in_app and instruction == "RUN":
            steps.append(arguments)
    return steps


def cmd():
    for instruction, arguments in dockerfile_instructions():
        if instruction == "CMD":
            return shlex.join(json.loads(arguments))
    raise SystemExit("Dockerfile has no CMD")


def compose_service(name, path=ROOT / "docker-compose.yml"):
    match = re.search(rf"^  {re.escape(name)}:\n((?:    .*\n|\s*\n)*)", path.read_text(), re.M)
    if not match:
        raise SystemExit(f"docker-compose.yml has no service {name!r}")
    return match.group(1)


def flow_list(text, key):
    match = re.search(rf"^\s+{key}: (\[.*\])\s*$", text, re.M)
    if not match:
        raise SystemExit(f"no {key}: [...] list found")
    return json.loads(match.group(1))


def command(service):
    return shlex.join(flow_list(compose_service(service), "command"))


def healthcheck(service):
    block = compose_service(service)
    test = flow_list(block[block.index("healthcheck:") :], "test")
    if test[0] == "CMD-SHELL":
        return test[1]
    if test[0] == "CMD":
        return shlex.join(test[1:])
    raise SystemExit(f"unknown healthcheck form {test[0]!r}")


if __name__ == "__main__":
    what, *args = sys.argv[1:] or ["help"]
    if what == "build":
        print("\n".join(build_steps()))
    elif what == "cmd":
        print(cmd())
    elif what == "command":
        print(command(*args))
    elif what == "healthcheck":
        print(healthcheck(*args))
    else:
        raise SystemExit(__doc__)
