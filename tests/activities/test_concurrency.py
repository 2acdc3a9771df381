"""Many residents press "Aanmelden" for the last seats at the same moment, against the real
database: the seats are never given out twice; who does not fit is on the waiting list.
A cancellation racing registrations still leaves the count right."""

import threading

import pytest
from django.db import connection

from activities import services
from activities.models import Registration

THREADS = 12


def run_at_once(target, n):
    barrier = threading.Barrier(n)
    errors = []

    def worker(i):
        try:
            barrier.wait(timeout=10)
            target(i)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_the_capacity(activity):
    activity.capacity = 5

    activity.save()

    def register(i):
        services.register(
            activity, name=f"Bewoner {i}", email=f"b{i}@example.org", people=1 + i % 2
        )

    run_at_once(register, THREADS)

    assert Registration.objects.count() == THREADS
    assert activity.seats_taken() <= 5
    confirmed = Registration.objects.confirmed()
    assert sum(r.people for r in confirmed) == activity.seats_taken()
    # Everyone who did not get a seat is on the waiting list, and told so.
    assert Registration.objects.waiting().count() == THREADS - confirmed.count()
    assert activity.seats_taken() >= 4  # the seats were used, not left empty


@pytest.mark.django_db(transaction=True)
def test_cancellations_racing_registrations_keep_the_count_right(activity):
    activity.capacity = 4
    activity.save()
    seated = [
        services.register(activity, name=f"Eerst {i}", email=f"e{i}@example.org") for i in range(4)
    ]

    def act(i):
        if i < 4:
            services.cancel(seated[i])
        else:
            services.register(activity, name=f"Later {i}", email=f"l{i}@example.org")

    run_at_once(act, 10)

    assert activity.seats_taken() <= 4
    # Six registered later and four seats came free: all four seats are taken again.
    assert activity.seats_taken() == 4
    assert Registration.objects.waiting().count() == 2
