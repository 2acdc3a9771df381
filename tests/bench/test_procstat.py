"""Reading CPU time and memory from /proc."""

import os

from bench import procstat

# A process whose name holds spaces and parentheses, as /proc/<pid>/stat shows it.
STAT = (
    "4242 (gunicorn: a (b) c) S 4200 4242 4242 0 -1 4194560 2000 0 0 0 "
    "250 50 7 3 20 0 1 0 100 200000000 30000 18446744073709551615 0 0 0 0 0 0 0 "
    "16781312 16386 0 0 0 17 1 0 0 0 0 0"
)


def test_it_reads_the_parent_and_user_plus_system_time():
    ppid, cpu = procstat.parse_stat(STAT)
    assert ppid == 4200
    assert cpu == (250 + 50) / procstat.TICKS


def test_it_reads_resident_memory():
    assert procstat.parse_rss_kib("Name:\tpython\nVmRSS:\t  81234 kB\nVmSwap:\t0 kB\n") == 81234
    assert procstat.parse_rss_kib("Name:\tkthreadd\n") == 0


def test_it_reads_the_machine_busy_and_total_time():
    busy, total = procstat.parse_machine("cpu  100 5 50 800 20 3 2 0 0 0\ncpu0 1 2 3 4\n")
    assert total == 980 / procstat.TICKS
    assert busy == (980 - 800 - 20) / procstat.TICKS


def test_it_tells_the_backends_of_one_database_from_the_others():
    title = "postgres: 15/main: postgres zh_bench100k 127.0.0.1(51234) idle"
    assert procstat.is_backend_of(title, "zh_bench100k")
    assert not procstat.is_backend_of(title, "zh_bench10k")
    assert not procstat.is_backend_of("postgres: 15/main: walwriter", "zh_bench100k")
    assert not procstat.is_backend_of("python manage.py zh_bench100k x", "zh_bench100k")


def test_cpu_deltas_count_new_processes_from_zero_and_skip_ended_ones():
    before = {"workers": {1: 2.0, 2: 1.0}, "backends": {9: 5.0}, "machine_busy": 10, "machine": 40}
    after = {"workers": {1: 2.5, 3: 0.25}, "backends": {9: 5.5}, "machine_busy": 12, "machine": 44}
    assert procstat.cpu_delta(before, after) == {
        "workers": 0.75,
        "backends": 0.5,
        "machine_busy": 2,
        "machine": 4,
    }


def test_it_finds_its_own_children_on_this_machine():
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        snapshot = procstat.snapshot(os.getpid(), "no-such-database")
        assert child.pid in snapshot["workers"]
        assert snapshot["backends"] == {}
        assert procstat.rss_kib([child.pid])[child.pid] > 1000
    finally:
        child.kill()
        child.wait()
