"""Turning what people send in into listings, messages and interest, one transaction each."""

from datetime import date, time, timedelta
from types import SimpleNamespace

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from contactpoints.geo import Point, haversine_km
from contactpoints.models import PostcodeArea
from groups.listing import CONTACT_PERSON, LISTING_FIELDS, in_words
from groups.models import Group, Schedule, Venue
from submissions import emails
from submissions.models import Interest, RelayMessage, Submission

# Listing keys that live on Group, on the Venue and on the Schedule, with the attribute
# each has there. A Submission uses the key names itself.
# The listing's own fields a submission carries; the contact person is applied apart
# (only when given), and a restart date is not asked for on the public forms.
GROUP_FIELDS = [f for f in LISTING_FIELDS if f not in ("next_start_date", *CONTACT_PERSON)]
VENUE_FIELDS = {
    "venue_name": "name",
    "venue_street": "street_address",
    "venue_postcode": "postcode",
    "venue_city": "city",
    "wheelchair_accessible": "wheelchair_accessible",
    "hearing_loop": "hearing_loop",
    "ground_floor": "ground_floor",
    "transport_note": "transport_note",
}
SCHEDULE_FIELDS = {
    "ordinal": "ordinal",
    "weekday": "weekday",
    "start_time": "start_time",
    "end_time": "end_time",
    "first_date": "first_date",
    "schedule_note": "note",
}
LISTING_KEYS = [*GROUP_FIELDS, "themes", *VENUE_FIELDS, "pattern", *SCHEDULE_FIELDS]
NEARBY_KM = 15


class NotAllowed(Exception):
    """The submission cannot be handled this way (already handled, or data missing)."""


def _json(value):
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="minutes") if hasattr(value, "hour") else value.isoformat()
    return value


def pattern_of(schedule) -> str:
    if schedule.freq == Schedule.Frequency.MONTHLY and schedule.interval == 1:
        return Submission.Pattern.MONTHLY
    if schedule.freq == Schedule.Frequency.WEEKLY and schedule.interval == 1:
        return Submission.Pattern.WEEKLY
    if schedule.freq == Schedule.Frequency.WEEKLY and schedule.interval == 2:
        return Submission.Pattern.BIWEEKLY
    return ""


def first_schedule(group):
    return group.schedules.select_related("venue").order_by("weekday", "start_time", "pk").first()


def group_listing(group) -> dict:
    """The current listing of a group in the shape of a submission, as JSON values."""
    data = {key: _json(getattr(group, key)) for key in GROUP_FIELDS}
    data["languages"] = sorted(data["languages"] or [])
    data["themes"] = sorted(group.themes.values_list("pk", flat=True))
    schedule = first_schedule(group)
    venue = schedule.venue if schedule else None
    for key, attr in VENUE_FIELDS.items():
        default = False if key in ("wheelchair_accessible", "hearing_loop", "ground_floor") else ""
        data[key] = getattr(venue, attr) if venue else default
    data["pattern"] = pattern_of(schedule) if schedule else ""
    for key, attr in SCHEDULE_FIELDS.items():
        value = getattr(schedule, attr) if schedule else None
        data[key] = _json(value) if value is not None else ("" if key == "schedule_note" else None)
    return data


def listing_initial(group) -> dict:
    """Initial values for a correction form: the current listing as Python values."""
    data = group_listing(group)
    schedule = first_schedule(group)
    for key, attr in SCHEDULE_FIELDS.items():
        data[key] = getattr(schedule, attr) if schedule else data[key]
    themes = list(group.themes.values_list("pk", flat=True))  # in the taxonomy's order
    data["theme"] = themes[0] if themes else None
    data["theme_2"] = themes[1] if len(themes) > 1 else None
    return data


def submission_listing(submission) -> dict:
    data = {key: _json(getattr(submission, key)) for key in LISTING_KEYS if key != "themes"}
    data["languages"] = sorted(data["languages"] or [])
    data["themes"] = sorted(submission.themes.values_list("pk", flat=True))
    return data


def changed_keys(submission) -> list[str]:
    """What a correction changes: the keys where the proposal differs from what was seen."""
    proposed = submission_listing(submission)
    return [key for key in LISTING_KEYS if proposed.get(key) != submission.original.get(key)]


def differences(submission):
    """(label, current value, proposed value) for each key this correction changes."""
    if submission.group is None:
        return []
    current = group_listing(submission.group)
    proposed = submission_listing(submission)
    return [
        (
            label_of(key),
            in_words(field_of(key), current.get(key)),
            in_words(field_of(key), proposed.get(key)),
        )
        for key in changed_keys(submission)
    ]


def field_of(key):
    return Submission._meta.get_field(key)


def label_of(key):
    return field_of(key).verbose_name


def create_submission(form, kind, group=None, language="nl") -> Submission:
    """Store a submission from a valid ListingForm and tell the submitter and the staff."""
    with transaction.atomic():
        submission = form.save(commit=False)
        submission.kind = kind
        submission.group = group
        submission.contact_point = form.contact_point
        submission.form_nonce = form.nonce
        submission.language = language
        submission.more_meetings = getattr(form, "more_meetings", [])
        if group is not None:
            submission.original = group_listing(group)
        submission.save()
        submission.themes.set(form.chosen_themes(submission.original.get("themes")))
        if submission.submitter_email:
            emails.submission_received(submission)
        emails.submission_to_staff(submission)
    return submission


def create_correction(
    form, group, language="nl", *, submitter_name=None, proposed=None
) -> Submission:
    """Store a correction from a valid CorrectionForm: the listing as it is, with only the
    fields the reporter changed. Staff then see those and nothing else (changed_keys).
    ``proposed`` narrows it further (a group leader's text edits that are already public)."""
    names = form.proposed() if proposed is None else proposed
    with transaction.atomic():
        current = listing_initial(group)
        submission = Submission(
            kind=Submission.Kind.CORRECTION,
            group=group,
            contact_point=group.contact_point,
            form_nonce=form.nonce,
            language=language,
            original=group_listing(group),
        )
        for key in LISTING_KEYS:
            if key != "themes":
                setattr(submission, key, current[key])
        for name in names:
            setattr(submission, name, form.cleaned_data[name])
        for name in ("message", "stops_meeting", "submitter_name", "submitter_email"):
            if name in form.cleaned_data:
                setattr(submission, name, form.cleaned_data[name])
        if submitter_name is not None:
            submission.submitter_name = submitter_name
        submission.save()
        submission.themes.set(group.themes.all())
        if submission.submitter_email:
            emails.submission_received(submission)
        emails.submission_to_staff(submission)
    return submission


def _lock_open(pk) -> Submission:
    submission = Submission.objects.select_for_update().get(pk=pk)
    if not submission.is_open:
        raise NotAllowed(_("Deze aanmelding is al behandeld."))
    return submission


def _handled(submission, user, status):
    submission.status = status
    submission.handled_by = user
    submission.handled_at = timezone.now()


def _venue_for(submission):
    if not submission.meets_in_person:
        return None
    area = (
        PostcodeArea.objects.select_related("municipality")
        .filter(pc4=submission.venue_postcode[:4])
        .first()
    )
    if area is None:
        raise NotAllowed(_("De postcode van de locatie is onbekend."))
    # The same address twice is one venue: groups that share a building share a row.
    venue = Venue.objects.filter(
        name__iexact=submission.venue_name,
        street_address__iexact=submission.venue_street,
        postcode=submission.venue_postcode,
    ).first()
    if venue is None:
        # The postcode area's centre is close enough for "how far"; staff may refine it.
        venue = Venue(latitude=area.latitude, longitude=area.longitude)
    for key, attr in VENUE_FIELDS.items():
        # More meetings (Submission.more_meetings) give only the address: an existing
        # venue keeps its access details, a new one starts without them.
        if hasattr(submission, key):
            setattr(venue, attr, getattr(submission, key))
    venue.municipality = area.municipality
    venue.save()
    return venue


def schedule_values(submission) -> dict:
    freq, interval = {
        Submission.Pattern.WEEKLY: (Schedule.Frequency.WEEKLY, 1),
        Submission.Pattern.BIWEEKLY: (Schedule.Frequency.WEEKLY, 2),
        Submission.Pattern.MONTHLY: (Schedule.Frequency.MONTHLY, 1),
    }[submission.pattern]
    values = {attr: getattr(submission, key, "") for key, attr in SCHEDULE_FIELDS.items()}
    values.update(freq=freq, interval=interval)
    # more_meetings hold their times and date as text (JSON).
    for attr, parse in (("start_time", time.fromisoformat), ("end_time", time.fromisoformat)):
        if isinstance(values.get(attr), str):
            values[attr] = parse(values[attr])
    if isinstance(values.get("first_date"), str):
        values["first_date"] = date.fromisoformat(values["first_date"])
    if freq == Schedule.Frequency.WEEKLY:
        values["ordinal"] = None
    return values


def unique_slug(name, city=""):
    base = slugify(name)[:140] or "groep"
    candidates = [base]
    if city:
        candidates.append(f"{base}-{slugify(city)}"[:150])
    candidates += [f"{base}-{n}" for n in range(2, 100)]
    taken = set(Group.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    return next(slug for slug in candidates if slug not in taken)


def _create_group(submission) -> Group:
    contact_email = submission.contact_email or submission.submitter_email
    if not contact_email:
        raise NotAllowed(_("Vul een e-mailadres in voor de contactpersoon van de groep."))
    if not submission.pattern and not submission.no_fixed_schedule:
        raise NotAllowed(_("Vul in wanneer de groep samenkomt."))
    venue = _venue_for(submission)
    group = Group(
        slug=unique_slug(submission.name, submission.venue_city),
        contact_name=submission.contact_name or submission.submitter_name,
        contact_email=contact_email,
        contact_point=submission.contact_point,
        status=Group.Status.PUBLISHED,
        last_verified=timezone.localdate(),
    )
    for key in GROUP_FIELDS:
        setattr(group, key, getattr(submission, key))
    group.save()
    group.themes.set(submission.themes.all())
    if submission.no_fixed_schedule:
        group.no_fixed_schedule = True
        group.save(update_fields=["no_fixed_schedule"])
        return group
    Schedule.objects.create(
        group=group,
        venue=venue,
        skip_months=submission.skip_months,
        **schedule_values(submission),
    )
    for meeting in submission.more_meetings:
        more = SimpleNamespace(**{**meeting, "format": submission.format})
        more.meets_in_person = submission.meets_in_person and bool(meeting.get("venue_name"))
        Schedule.objects.create(
            group=group,
            venue=_venue_for(more) if more.meets_in_person else venue,
            skip_months=meeting.get("skip_months") or [],
            **schedule_values(more),
        )
    return group


def _update_group(submission) -> Group:
    group = Group.objects.select_for_update().get(pk=submission.group_id)
    changed = set(changed_keys(submission))
    for key in GROUP_FIELDS:
        if key in changed:
            setattr(group, key, getattr(submission, key))
    if submission.contact_email:
        group.contact_email = submission.contact_email
        group.contact_name = submission.contact_name or group.contact_name
    # Approving is a check by staff: the group is published again (a paused group that
    # meets again comes back), unless the report says it stopped.
    group.status = Group.Status.ARCHIVED if submission.stops_meeting else Group.Status.PUBLISHED
    group.last_verified = timezone.localdate()
    group.save()
    if "themes" in changed:
        group.themes.set(submission.themes.all())
    venue_changed = bool(changed & {*VENUE_FIELDS, "format"})
    schedule_changed = bool(changed & {*SCHEDULE_FIELDS, "pattern"}) and submission.pattern
    if venue_changed or schedule_changed:
        schedule = first_schedule(group)
        if schedule is None and submission.pattern:
            schedule = Schedule(group=group)
        if schedule is not None:
            if venue_changed:
                schedule.venue = _venue_for(submission)
            if submission.pattern and (schedule_changed or schedule.pk is None):
                for attr, value in schedule_values(submission).items():
                    setattr(schedule, attr, value)
            schedule.save()
    return group


def approve(pk, user) -> Group:
    """Create or update the group and publish it, all in one transaction.

    The submission row is locked first, so two approvals at the same moment run one after
    the other and the second finds it already approved: one group, never two.
    """
    with transaction.atomic():
        submission = _lock_open(pk)
        if submission.kind == Submission.Kind.NEW:
            group = _create_group(submission)
        else:
            if submission.group_id is None:
                raise NotAllowed(_("De groep van deze wijziging bestaat niet meer."))
            group = _update_group(submission)
        submission.group = group
        _handled(submission, user, Submission.Status.APPROVED)
        submission.save()
        if submission.submitter_email:
            emails.submission_approved(submission)
        if submission.kind == Submission.Kind.NEW:
            notify_interest(group)
    return group


def reject(pk, user, reason) -> Submission:
    with transaction.atomic():
        submission = _lock_open(pk)
        submission.rejection_reason = reason
        _handled(submission, user, Submission.Status.REJECTED)
        submission.save()
        if submission.submitter_email:
            emails.submission_rejected(submission)
    return submission


def ask(pk, user, question) -> Submission:
    with transaction.atomic():
        submission = _lock_open(pk)
        if not submission.submitter_email:
            raise NotAllowed(_("De indiener heeft geen e-mailadres opgegeven."))
        submission.question = question
        submission.status = Submission.Status.QUESTION
        submission.save()
        emails.submission_question(submission)
    return submission


def send_relay(form, group, language="nl") -> RelayMessage:
    """Store the message, then queue it for the group; the mail leaves after the commit."""
    with transaction.atomic():
        message = form.save(commit=False)
        message.group = group
        message.contact_point = group.contact_point
        message.form_nonce = form.nonce
        message.language = language
        message.save()
        message.email_to_group = emails.relay_to_group(message)
        if message.reply_email:
            message.email_to_sender = emails.relay_confirmation(message)
        message.save(update_fields=["email_to_group", "email_to_sender"])
    return message


def mark_responded(message: RelayMessage):
    if message.responded_at is None:
        message.responded_at = timezone.now()
        message.save(update_fields=["responded_at"])


def escalate_unanswered(now=None, days=3) -> int:
    """Tell the contact point about messages the group has not confirmed answering."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        due = (
            RelayMessage.objects.unanswered()
            .filter(escalated_at__isnull=True, created_at__lte=now - timedelta(days=days))
            .select_related("group", "contact_point")
            # Two schedulers at once each take different rows: every message is told once.
            .select_for_update(skip_locked=True, of=("self",))
        )
        for message in due:
            emails.relay_unanswered(message)
            message.escalated_at = now
            message.save(update_fields=["escalated_at"])
            count += 1
    return count


def save_interest(form, language="nl") -> Interest:
    interest = form.save(commit=False)
    point = form.point
    interest.place = point.label[:100]
    interest.municipality_id = point.municipality_id
    interest.latitude, interest.longitude = point.latitude, point.longitude
    interest.form_nonce = form.nonce
    interest.language = language
    if not (interest.consent or interest.may_invite or interest.peer_contact):
        interest.email = ""
    if not interest.peer_contact:
        interest.peer_name = interest.peer_contact_detail = ""
    interest.save()
    return interest


def notify_interest(group) -> int:
    """Email everyone who asked to hear about a group like this one nearby, once."""
    themes = list(group.themes.all())
    # Someone looking for "Verslaving" also wants to hear about a new "Alcohol" group.
    theme_ids = {t.pk for t in themes} | {t.parent_id for t in themes if t.parent_id}
    wanted = Interest.objects.filter(
        consent=True, notified_at__isnull=True, theme_id__in=theme_ids
    ).exclude(email="")
    schedule = first_schedule(group)
    venue = schedule.venue if schedule else None
    if venue is not None:
        here = Point(venue.latitude, venue.longitude)
        matches = [
            i
            for i in wanted
            if i.municipality_id == venue.municipality_id
            or haversine_km(here, Point(i.latitude, i.longitude)) <= NEARBY_KM
        ]
    else:
        # Online and phone groups: everyone in the contact point's area.
        matches = list(wanted.filter(municipality__contact_points=group.contact_point))
    for interest in matches:
        emails.interest_group_started(interest, group)
        # Told once; the address is not needed any more, unless for an invitation or a
        # fellow sufferer (starting.clusters, starting.connections).
        interest.notified_at = timezone.now()
        if not (interest.may_invite or interest.peer_contact):
            interest.email = ""
        interest.save(update_fields=["notified_at", "email"])
    return len(matches)
