"""CPU time and memory of processes, read from /proc (Linux).

The harness snapshots the gunicorn workers, the PostgreSQL backends of the bench database
and the whole machine before and after each run; the differences divided by the requests
give CPU per request."""

import os
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def parse_stat(text):
    """(ppid, CPU seconds = utime + stime) from the text of /proc/<pid>/stat.

    The command name (field 2) is in parentheses and may hold spaces or parentheses
    itself, so the fields are counted from the last ')'."""
    rest = text[text.rindex(")") + 2 :].split()
    # rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / TICKS


def parse_rss_kib(status_text):
    for line in status_text.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def parse_machine(stat_text):
    """(busy, total) CPU seconds of the whole machine from the first line of /proc/stat."""
    fields = [int(v) for v in stat_text.splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    total = sum(fields[:8])  # guest time is already part of user time
    return (total - idle) / TICKS, total / TICKS


def is_backend_of(cmdline, database):
    """A PostgreSQL backend serving `database`: its title reads
    'postgres: 15/main: <user> <database> <client> <state>' (cluster name optional)."""
    if not cmdline.startswith("postgres:"):
        return False
    return f" {database} " in cmdline.replace("\0", " ") + " "


def _read(path):
    try:
        return path.read_text()
    except OSError:  # the process ended meanwhile, or is not ours to read
        return None


def processes():
    """{pid: (ppid, cpu seconds, cmdline)} for every process we can read."""
    found = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        stat = _read(entry / "stat")
        if stat is None:
            continue
        cmdline = _read(entry / "cmdline") or ""
        ppid, cpu = parse_stat(stat)
        found[int(entry.name)] = (ppid, cpu, cmdline.replace("\0", " ").strip())
    return found


def snapshot(server_pid, database):
    """CPU seconds so far of the server's workers, of the database's backends and of the
    machine, per pid for the first two."""
    procs = processes()
    workers = {pid: cpu for pid, (ppid, cpu, _) in procs.items() if ppid == server_pid}
    backends = {pid: cpu for pid, (_, cpu, cmd) in procs.items() if is_backend_of(cmd, database)}
    busy, total = parse_machine(_read(PROC / "stat") or "cpu 0 0 0 0")
    return {"workers": workers, "backends": backends, "machine_busy": busy, "machine": total}


def cpu_delta(before, after):
    """CPU seconds spent between two snapshots, per group of processes. A process that
    started in between counts from zero; one that ended in between is not counted."""

    def spent(key):
        return sum(cpu - before[key].get(pid, 0.0) for pid, cpu in after[key].items())

    return {
        "workers": spent("workers"),
        "backends": spent("backends"),
        "machine_busy": after["machine_busy"] - before["machine_busy"],
        "machine": after["machine"] - before["machine"],
    }


def rss_kib(pids):
    """{pid: resident memory in KiB}."""
    sizes = {}
    for pid in pids:
        text = _read(PROC / str(pid) / "status")
        if text is not None:
            sizes[pid] = parse_rss_kib(text)
    return sizes
