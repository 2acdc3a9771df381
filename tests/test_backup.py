"""deploy/backup.sh, the backup service's script: a custom-format dump, kept 35 days.
(CI's deploy/backup-drill.sh restores a real dump; this checks the bookkeeping.)"""

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = 24 * 60 * 60


def test_a_backup_is_a_custom_format_dump_and_old_ones_go_after_35_days(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_pg_dump = bin_dir / "pg_dump"
    fake_pg_dump.write_text('#!/bin/sh\necho "$@" > "${3#--file=}"\n')
    fake_pg_dump.chmod(0o755)
    backups = tmp_path / "backups"
    backups.mkdir()
    for name, age_days in [("zelfhulp-old.dump", 36), ("zelfhulp-kept.dump", 34)]:
        (backups / name).write_text("dump")
        then = time.time() - age_days * DAY
        os.utime(backups / name, (then, then))

    subprocess.run(
        [str(ROOT / "deploy" / "backup.sh"), "--once"],
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}", "BACKUP_DIR": str(backups)},
        check=True,
        capture_output=True,
    )

    names = sorted(path.name for path in backups.iterdir())
    assert "zelfhulp-old.dump" not in names
    assert "zelfhulp-kept.dump" in names
    new = [name for name in names if name not in ("zelfhulp-kept.dump",)]
    assert len(new) == 1 and new[0].startswith("zelfhulp-20") and new[0].endswith(".dump")
    assert (backups / new[0]).read_text().startswith("--format=custom")


def test_the_compose_backup_service_runs_the_script_nightly_and_keeps_35_days():
    compose = (ROOT / "docker-compose.yml").read_text()
    service = compose[compose.index("\n  backup:") :].split("\n  proxy:")[0]
    assert "image: postgres:16" in service
    assert 'BACKUP_KEEP_DAYS: "35"' in service
    assert "./deploy/backup.sh:/usr/local/bin/backup.sh:ro" in service
    assert "backups:/backups" in service
