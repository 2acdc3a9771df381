"""The scheduler (manage.py run_scheduler) runs the hourly jobs once in every hour and the
daily jobs once a day at DAILY_JOBS_HOUR, beside sending queued mail every few seconds."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from outbox.management.commands import run_scheduler

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_the_hourly_jobs_run_once_an_hour_and_the_daily_jobs_once_a_day(
    monkeypatch, settings, tmp_path
):
    settings.HOURLY_JOBS = ["escalate_peer_questions"]
    settings.DAILY_JOBS = ["purge_submission_data"]
    settings.DAILY_JOBS_HOUR = 3
    moments = iter(
        datetime(2026, 3, 2, hour, minute, tzinfo=AMSTERDAM)
        for hour, minute in [(2, 55), (2, 59), (3, 0), (3, 30), (4, 0), (4, 1)]
    )
    ran = []
    command = run_scheduler.Command()
    monkeypatch.setattr(command, "run", ran.extend)
    monkeypatch.setattr(command, "send_mail", lambda: ran.append("mail"))
    monkeypatch.setattr(run_scheduler.timezone, "localtime", lambda: next(moments))
    monkeypatch.setattr(run_scheduler.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(run_scheduler, "ALIVE", tmp_path / "alive")
    with pytest.raises(StopIteration):  # the moments ran out: the loop is over
        command.handle(once=False)
    jobs = [name for name in ran if name != "mail"]
    assert jobs == [
        "escalate_peer_questions",  # 2.55
        "escalate_peer_questions",  # 3.00, a new hour
        "purge_submission_data",  # 3.00, the daily hour
        "escalate_peer_questions",  # 4.00
    ]
    assert ran.count("mail") == 7
