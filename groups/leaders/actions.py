"""What a group leader does through the link (groups.leaders.links), one function each.

Each runs in one transaction and leaves its reason in the group's history, so staff see who
changed what. Confirming counts as the yearly check (groups.verification.freshness). Simple
text edits are public at once when the contact point allows it
(ContactPoint.leaders_publish_text); everything else, and every schedule, venue or contact
change, becomes a correction (submissions) that staff review.
"""

from django.db import transaction
from django.utils.translation import gettext

from groups.leaders.links import touch
from groups.models import Group, VerificationRequest
from groups.verification import freshness

# Texts a leader may publish at once when the contact point allows it. Who the group is for,
# when and where it meets and who to contact always go past staff.
DIRECT_FIELDS = ["summary", "description", "cost_note", "website", "newcomers"]

CONFIRMED = "Bevestigd door de groepsleider via de beheerlink"
CHANGED = "Aangepast door de groepsleider via de beheerlink"
PAUSED = "Gepauzeerd door de groepsleider via de beheerlink"
RESUMED = "Weer actief gezet door de groepsleider via de beheerlink"


class Conflict(Exception):
    """Someone (staff) changed the listing since the leader opened the form."""

    def __init__(self, lines):
        super().__init__("version conflict")
        self.lines = lines


@transaction.atomic
def confirm(link, now=None):
    """The listing is still right: the yearly check is done and open questions close."""
    group = link.group
    answered = False
    for request in VerificationRequest.objects.unanswered().filter(group=group):
        answered = freshness.answer_confirmed(request, now) or answered
    if not answered:
        freshness.mark_verified(Group.objects.get(pk=group.pk), CONFIRMED)
    touch(link, now)


@transaction.atomic
def change(link, form, seen_version):
    """Publish what may be published at once and propose the rest to staff.

    Returns (published field names, submission or None). Raises Conflict when the listing
    changed since the form was opened: nothing is saved then."""
    from groups.admin import changes_since  # the same words staff get for their own conflicts
    from submissions.services import create_correction

    group = Group.objects.select_for_update().select_related("contact_point").get(pk=link.group_id)
    names = form.proposed()
    if group.version != seen_version:
        if _sent_twice(group, form, names):
            return names, None
        raise Conflict(changes_since(group.pk, seen_version))
    direct = (
        [n for n in names if n in DIRECT_FIELDS] if group.contact_point.leaders_publish_text else []
    )
    if direct:
        for name in direct:
            setattr(group, name, form.cleaned_data[name])
        group._change_reason = CHANGED
        group.save()
    review = [n for n in names if n not in direct]
    submission = None
    if review or form.cleaned_data.get("message"):
        form.cleaned_data["submitter_email"] = group.contact_email
        submission = create_correction(
            form,
            group,
            language="nl",
            submitter_name=gettext("De groep zelf (via de beheerlink)"),
            proposed=review,
        )
    touch(link)
    return direct, submission


def _sent_twice(group, form, names):
    """The same text edits sent again (a double click): already public, nothing to refuse."""
    return (
        bool(names)
        and group.contact_point.leaders_publish_text
        and not form.cleaned_data.get("message")
        and all(n in DIRECT_FIELDS and getattr(group, n) == form.cleaned_data[n] for n in names)
    )


@transaction.atomic
def pause(link):
    group = Group.objects.select_for_update().get(pk=link.group_id)
    if group.status != Group.Status.PUBLISHED:
        return False
    freshness.pause(group, PAUSED)
    touch(link)
    return True


def can_resume(group) -> bool:
    """A leader may resume what a leader paused, or what was paused for want of an answer;
    a pause by staff (or after "de groep stopt") stays with staff."""
    if group.status != Group.Status.PAUSED:
        return False
    if group.auto_paused_on:
        return True
    reason = None
    for status, why in group.history.values_list("status", "history_change_reason")[:100]:
        if status != Group.Status.PAUSED:
            break
        reason = why
    return reason == PAUSED


@transaction.atomic
def resume(link):
    group = Group.objects.select_for_update().get(pk=link.group_id)
    if not can_resume(group):
        return False
    group.status = Group.Status.PUBLISHED
    group._change_reason = RESUMED
    group.save()
    touch(link)
    return True


# Meetings: groups.meetings checks and saves; a ValueError carries a Dutch message.


def upcoming(group, count=8):
    """The group's next meetings as the leader can cancel them (cancellations left out)."""
    from groups.schedule import next_meetings_for

    schedules = list(group.schedules.select_related("venue"))
    exceptions = list(group.meeting_exceptions.select_related("venue"))
    return next_meetings_for(schedules, count=count, exceptions=exceptions)


def exceptions_ahead(group, today=None):
    """Cancellations, breaks and extra meetings that are not over yet."""
    from django.db.models import Q
    from django.utils import timezone

    today = today or timezone.localdate()
    return group.meeting_exceptions.filter(
        Q(day__gte=today) | Q(last_day__gte=today)
    ).select_related("venue")


def cancel(link, day, schedule_id=None):
    from groups.meetings import cancel_meeting

    schedule = None
    if schedule_id is not None:
        schedule = link.group.schedules.filter(pk=schedule_id).first()
        if schedule is None:
            raise ValueError(gettext("Deze bijeenkomst hoort niet bij deze groep."))
    cancel_meeting(link.group, day, schedule=schedule, note="")
    touch(link)


def add_extra(link, day, start_time, end_time, venue=None, note=""):
    from groups.meetings import add_extra_meeting

    add_extra_meeting(link.group, day, start_time, end_time, venue=venue, note=note)
    touch(link)


def add_break(link, first_day, last_day, note=""):
    from groups.meetings import announce_break

    announce_break(link.group, first_day, last_day, note=note)
    touch(link)
