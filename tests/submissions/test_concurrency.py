"""Two staff members press 'approve' on the same submission at the same moment."""

import threading

import pytest
from django.db import connection

from groups.models import Group
from submissions import services
from submissions.models import Submission
from tests.submissions.test_staff_review import make_submission


@pytest.mark.django_db(transaction=True)
def test_approving_the_same_submission_twice_at_once_creates_one_group(parkstad, anja, mourning):
    submission = make_submission(parkstad, mourning)
    barrier = threading.Barrier(2)
    outcomes = []

    def approve():
        try:
            barrier.wait(timeout=10)
            services.approve(submission.pk, anja)
            outcomes.append("approved")
        except services.NotAllowed:
            outcomes.append("already handled")
        finally:
            connection.close()

    threads = [threading.Thread(target=approve) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["already handled", "approved"]
    assert Group.objects.filter(name="Praatgroep na verlies").count() == 1
    assert Submission.objects.get().status == "approved"
