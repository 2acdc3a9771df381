"""Every admin URL of every registered ModelAdmin x {staff of this contact point, staff of
another, coordinator, anonymous} x the status each should get (after pretix's
test_permissions). Outside your contact point is a 404, never a 403, so nothing leaks.

A ModelAdmin that is registered but not listed here fails
test_every_registered_admin_is_in_the_matrix: a new admin joins the matrix."""

from datetime import date

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group as AuthGroup
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from activities.models import Activity, Registration
from contactpoints.models import (
    ContactPoint,
    Municipality,
    PlaceAlias,
    PostcodeArea,
    Region,
    StaffMembership,
)
from cspreports.models import CspReport
from groups.models import Group, Schedule, Theme, Venue, VerificationRequest
from groups.verification import freshness
from knowledge.models import Article
from opendata.models import EmbedPartner
from outbox.mail import queue
from outbox.models import OutgoingEmail
from peers.models import Peer, PeerQuestion
from referrals.models import ReferralCount
from submissions.models import Interest, RelayMessage, Submission
from tests.factories import heerlen

pytestmark = pytest.mark.django_db

SCOPED = [
    Group,
    Venue,
    Schedule,
    VerificationRequest,
    OutgoingEmail,
    Submission,
    RelayMessage,
    Interest,
    ReferralCount,
]
REFERENCE = [Theme, ContactPoint, Region, Municipality, PostcodeArea, PlaceAlias]
COORDINATOR_ONLY = [StaffMembership]
# Accounts, second factors and login attempts: Django's own permissions, which no staff
# member or coordinator holds; only a superuser manages them.
PLATFORM = [User, AuthGroup, TOTPDevice, StaticDevice, AccessAttempt, AccessLog, AccessFailureLog]
# Rows the system writes; nobody adds them by hand.
MADE_BY_THE_SYSTEM = [VerificationRequest, OutgoingEmail, Submission, RelayMessage, Interest]
MADE_BY_THE_SYSTEM += [ReferralCount]
# Meetings are added and changed on their group's page (or read in from a file).
EDITED_ELSEWHERE = [Schedule]
NEVER_DELETED = [VerificationRequest, ReferralCount]
PERSONAS = ["own", "other", "coordinator", "anonymous"]
OBJECT_KINDS = {
    "change",
    "delete",
    "history",
    "simple_history",
    "review",
    "password_change",
    "config",
    "qrcode",
}


def url_kinds(model):
    """The named URLs of this model's admin, by what follows '<app>_<model>_'."""
    prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
    return sorted(
        u.name.removeprefix(prefix) for u in admin.site._registry[model].get_urls() if u.name
    )


def expected(model, kind, persona):
    if persona == "anonymous":
        return 302  # to the login
    if model in PLATFORM:
        return 403
    if model in COORDINATOR_ONLY:
        return 200 if persona == "coordinator" else 403
    if model in REFERENCE:
        if kind in ("add", "delete"):
            return 200 if persona == "coordinator" else 403
        return 200
    # Scoped rows: the object belongs to "own"'s contact point.
    if persona == "other" and kind in OBJECT_KINDS:
        return 404
    if kind == "process_import":
        return 405  # POST only
    if kind == "add" and model in MADE_BY_THE_SYSTEM + EDITED_ELSEWHERE:
        return 403
    if kind == "delete":
        if model in NEVER_DELETED:
            return 403
        return 200 if persona == "coordinator" else 403
    return 200


MATRIX = SCOPED + REFERENCE + COORDINATOR_ONLY + PLATFORM
CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in MATRIX
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.fixture
def objects(parkstad_group, heerlen_venue, anja):
    with_history = Group.history.filter(id=parkstad_group.pk).first()
    parkstad = parkstad_group.contact_point
    vr = freshness.send_request(parkstad_group)
    freshness.answer_changed(vr, {"summary": "Nieuw"}, "")
    mail = OutgoingEmail.objects.filter(to=parkstad_group.contact_email).first()
    submission = Submission.objects.create(
        contact_point=parkstad, name="Praatgroep", summary="Praten", description="Koffie"
    )
    relay = RelayMessage.objects.create(
        group=parkstad_group, contact_point=parkstad, first_name="Sanne", message="Mag ik komen?"
    )
    interest = Interest.objects.create(
        theme=Theme.objects.first(),
        place="Heerlen",
        municipality=heerlen(),
        latitude=50.88,
        longitude=5.98,
    )
    referrals = ReferralCount.objects.create(group=parkstad_group, date=date(2026, 3, 2), visits=3)
    return {
        Group: (parkstad_group, with_history.history_id),
        Venue: (heerlen_venue, Venue.history.filter(id=heerlen_venue.pk).first().history_id),
        Schedule: (parkstad_group.schedules.get(), None),
        VerificationRequest: (vr, None),
        OutgoingEmail: (mail, None),
        Submission: (submission, None),
        RelayMessage: (relay, None),
        Interest: (interest, None),
        ReferralCount: (referrals, None),
        Theme: (Theme.objects.first(), None),
        ContactPoint: (parkstad, None),
        Region: (Region.objects.first(), None),
        Municipality: (Municipality.objects.get(code="GM0917"), None),
        PostcodeArea: (PostcodeArea.objects.first(), None),
        PlaceAlias: (PlaceAlias.objects.first(), None),
        StaffMembership: (anja.membership, None),
        User: (anja, None),
        AuthGroup: (AuthGroup.objects.create(name="redactie"), None),
        TOTPDevice: (TOTPDevice.objects.create(user=anja, name="telefoon"), None),
        StaticDevice: (StaticDevice.objects.create(user=anja, name="codes"), None),
        AccessAttempt: (AccessAttempt.objects.create(username="x", failures_since_start=1), None),
        AccessLog: (AccessLog.objects.create(username="x"), None),
        AccessFailureLog: (AccessFailureLog.objects.create(username="x"), None),
    }


def url_for(model, kind, objects):
    obj, version = objects[model]
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}_{kind}"
    if kind in ("changelist", "add", "import", "export", "process_import", "report"):
        return reverse(name)
    if kind == "simple_history":
        return reverse(name, args=[obj.pk, version])
    return reverse(name, args=[obj.pk])


@pytest.mark.parametrize(("model", "kind", "persona"), CASES)
def test_admin_url_answers_each_persona_as_expected(
    model, kind, persona, objects, anja, bert, carla, as_user
):
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    response = client.get(url_for(model, kind, objects))
    assert response.status_code == expected(model, kind, persona)


# Admins with a block of their own further down (each with its own expectations).
OWN_BLOCKS = [Peer, PeerQuestion, Article, EmbedPartner, CspReport]
OWN_BLOCKS += [Activity, Registration]  # activities, see their block below


def test_every_registered_admin_is_in_the_matrix():
    assert set(admin.site._registry) == set(MATRIX + OWN_BLOCKS)


def test_the_matrix_covers_every_url_of_the_workspace_admins():
    kinds = {kind for model in SCOPED for kind in url_kinds(model)}
    assert {
        "changelist",
        "add",
        "change",
        "delete",
        "history",
        "simple_history",
        "export",
        "import",
        "process_import",
        "review",
        "report",
    } <= kinds
    assert len(CASES) >= 400


# The mailbox ("Uitgaande e-mails") is scoped by the contact point stored with each mail,
# never by its address: staff can type any address into their own group.


@pytest.fixture
def maastricht_mail(maastricht_group, bert):
    return queue(
        bert.email,
        "Bericht voor Mantelzorgcafe Maastricht van Sanne",
        "Mijn man is ziek. Mag ik komen?",
        contact_point=maastricht_group.contact_point,
    )


def test_an_address_typed_into_your_own_group_does_not_open_another_regions_mail(
    as_user, anja, bert, parkstad_group, maastricht_mail
):
    bert.email = "bert@maastricht.example"
    bert.save()
    OutgoingEmail.objects.update(to=bert.email)
    # Anja gives her own group the address of Maastricht's staff member.
    parkstad_group.contact_email = bert.email
    parkstad_group.save()
    client = as_user(anja)
    page = client.get(reverse("admin:outbox_outgoingemail_changelist")).content.decode()
    assert "Mantelzorgcafe Maastricht" not in page
    change = reverse("admin:outbox_outgoingemail_change", args=[maastricht_mail.pk])
    assert client.get(change).status_code == 404
    assert as_user(bert).get(change).status_code == 200


def test_mail_without_a_contact_point_is_for_coordinators_only(as_user, anja, carla):
    mail = queue(anja.email, "Storing", "tekst", contact_point=None)
    change = reverse("admin:outbox_outgoingemail_change", args=[mail.pk])
    assert as_user(anja).get(change).status_code == 404
    assert as_user(carla).get(change).status_code == 200


def test_every_mail_of_a_relay_message_belongs_to_its_contact_point(
    client, parkstad_group, settings
):
    settings.FORM_MIN_SECONDS = 0
    from tests.submissions.test_relay import relay_data

    parkstad_group.status = Group.Status.PUBLISHED
    parkstad_group.save()
    client.post(f"/groepen/{parkstad_group.slug}/contact/", relay_data())
    assert OutgoingEmail.objects.count() == 2
    assert set(OutgoingEmail.objects.values_list("contact_point", flat=True)) == {
        parkstad_group.contact_point_id
    }


# CSP violation reports (cspreports), a block of its own: coordinators only, like the staff
# memberships; nobody adds or edits one by hand (browsers make them).

CSP_REPORT_CASES = [
    pytest.param(kind, persona, id=f"cspreport-{kind}-{persona}")
    for kind in url_kinds(CspReport)
    for persona in PERSONAS
]


def expected_for_csp_reports(kind, persona):
    if persona == "anonymous":
        return 302
    if persona != "coordinator" or kind == "add":
        return 403
    return 200


@pytest.mark.parametrize(("kind", "persona"), CSP_REPORT_CASES)
def test_csp_report_admin_answers_each_persona_as_expected(
    kind, persona, anja, bert, carla, as_user
):
    report = CspReport.objects.create(
        day=date(2026, 3, 2), directive="style-src-attr", blocked="inline", page="/"
    )
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    response = client.get(url_for(CspReport, kind, {CspReport: (report, None)}))
    assert response.status_code == expected_for_csp_reports(kind, persona)


def test_the_csp_report_matrix_covers_its_admin():
    assert {"changelist", "add", "change", "delete", "history"} <= set(url_kinds(CspReport))


# Open data (opendata app): the partner sites that may frame the /embed/ widget. Scoped to
# a contact point like listings; staff may delete their own partners.

OPENDATA_SCOPED = [EmbedPartner]


def opendata_expected(kind, persona):
    if persona == "anonymous":
        return 302
    if persona == "other" and kind in ("change", "delete", "history"):
        return 404
    return 200


OPENDATA_CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in OPENDATA_SCOPED
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.mark.parametrize(("model", "kind", "persona"), OPENDATA_CASES)
def test_opendata_admin_urls_answer_each_persona_as_expected(
    model, kind, persona, parkstad, anja, bert, carla, as_user
):
    partner = EmbedPartner.objects.create(
        contact_point=parkstad, name="Huisarts De Maas", origin="https://demaas.example"
    )
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}_{kind}"
    url = reverse(name) if kind in ("changelist", "add") else reverse(name, args=[partner.pk])
    assert client.get(url).status_code == opendata_expected(kind, persona)


def test_the_opendata_block_covers_every_url_of_its_admins():
    assert {"changelist", "add", "change", "delete", "history"} <= set(url_kinds(EmbedPartner))
    assert len(OPENDATA_CASES) == len(url_kinds(EmbedPartner)) * len(PERSONAS)


def test_staff_only_list_their_own_partners(parkstad, maastricht_cp, anja, as_user):
    EmbedPartner.objects.create(
        contact_point=parkstad, name="Eigen", origin="https://eigen.example"
    )
    EmbedPartner.objects.create(
        contact_point=maastricht_cp, name="Ander", origin="https://ander.example"
    )
    html = as_user(anja).get(reverse("admin:opendata_embedpartner_changelist")).content.decode()
    assert "eigen.example" in html and "ander.example" not in html


# --- Peers and experience knowledge (peers, knowledge) --------------------------------------
# Their own block, so the lead can merge it next to other apps' blocks without conflicts.


from tests.personas import a_theme  # noqa: E402

PEER_SCOPED = [Peer, PeerQuestion, Article]


def expected_peers(model, kind, persona):
    if persona == "anonymous":
        return 302
    object_kinds = {"change", "delete", "history", "simple_history"}
    if persona == "other" and kind in object_kinds:
        return 404
    if model is PeerQuestion and kind == "add":
        return 403  # made by the public form, never by hand
    if kind == "delete":
        if model is Article:
            return 200  # staff may delete their own contact point's drafts
        return 200 if persona == "coordinator" else 403
    return 200


PEER_CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in PEER_SCOPED
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.fixture
def peer_objects(parkstad_group):
    from tests.peers.factories import ArticleFactory, PeerFactory, PeerQuestionFactory

    peer = PeerFactory(contact_point=parkstad_group.contact_point, themes=[a_theme()])
    question = PeerQuestionFactory(peer=peer)
    article = ArticleFactory(contact_point=parkstad_group.contact_point, themes=[a_theme()])
    return {
        Peer: (peer, Peer.history.filter(id=peer.pk).first().history_id),
        PeerQuestion: (question, None),
        Article: (article, Article.history.filter(id=article.pk).first().history_id),
    }


@pytest.mark.parametrize(("model", "kind", "persona"), PEER_CASES)
def test_peers_admin_url_answers_each_persona_as_expected(
    model, kind, persona, peer_objects, anja, bert, carla, as_user
):
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    if kind == "counts":
        url = reverse("admin:peers_peerquestion_counts")
    else:
        url = url_for(model, kind, peer_objects)
    response = client.get(url)
    assert response.status_code == expected_peers(model, kind, persona)


def test_the_peers_matrix_covers_every_url_of_their_admins():
    kinds = {kind for model in PEER_SCOPED for kind in url_kinds(model)}
    assert {"changelist", "add", "change", "delete", "history", "simple_history", "counts"} <= kinds


# The app list: reference tables (regions, municipalities, postcode areas, place names) and
# the outbox are not in a staff member's list; a coordinator has them.

HIDDEN_FROM_STAFF = [Region, Municipality, PostcodeArea, PlaceAlias, OutgoingEmail]


def app_list_urls(client):
    page = client.get(reverse("admin:index")).content.decode()
    return page


@pytest.mark.parametrize("model", HIDDEN_FROM_STAFF, ids=lambda m: m._meta.model_name)
def test_reference_tables_are_not_in_a_staff_members_app_list(model, as_user, anja, carla):
    changelist = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert f'href="{changelist}"' not in app_list_urls(as_user(anja))
    assert f'href="{changelist}"' in app_list_urls(as_user(carla))


def test_staff_still_have_their_own_lists_and_the_contact_point_in_the_app_list(as_user, anja):
    page = app_list_urls(as_user(anja))
    for name in ["groups_group", "groups_venue", "groups_schedule", "contactpoints_contactpoint"]:
        assert f'href="{reverse(f"admin:{name}_changelist")}"' in page


# --- Activities (activities app) ------------------------------------------------------------
# Their own block, next to the others. Registrations come from the public form only.


ACTIVITY_SCOPED = [Activity, Registration]


def expected_activities(model, kind, persona):
    if persona == "anonymous":
        return 302
    object_kinds = {"change", "delete", "history", "simple_history", "door", "message", "cancel"}
    if persona == "other" and kind in object_kinds:
        return 404
    if model is Registration and kind == "add":
        return 403
    if kind == "delete":
        return 200 if persona == "coordinator" else 403
    return 200


ACTIVITY_CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in ACTIVITY_SCOPED
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.fixture
def activity_objects(parkstad, heerlen_venue):
    from tests.activities.factories import ActivityFactory, RegistrationFactory

    activity = ActivityFactory(contact_point=parkstad, venue=heerlen_venue)
    registration = RegistrationFactory(activity=activity)
    return {
        Activity: (activity, Activity.history.filter(id=activity.pk).first().history_id),
        Registration: (registration, None),
    }


@pytest.mark.parametrize(("model", "kind", "persona"), ACTIVITY_CASES)
def test_activities_admin_url_answers_each_persona_as_expected(
    model, kind, persona, activity_objects, anja, bert, carla, as_user
):
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    response = client.get(url_for(model, kind, activity_objects))
    assert response.status_code == expected_activities(model, kind, persona)


def test_the_activities_matrix_covers_every_url_of_their_admins():
    kinds = {kind for model in ACTIVITY_SCOPED for kind in url_kinds(model)}
    assert {"changelist", "add", "change", "delete", "history", "simple_history"} <= kinds
    assert {"door", "message", "cancel"} <= kinds


# --- Starting groups and rooms (starting, rooms apps) ---------------------------------------
# Their own block. Requests, invitations and connections are made by forms and actions only.

from rooms.models import Room, RoomRequest  # noqa: E402
from starting.models import (  # noqa: E402
    ClusterInvitation,
    ClusterSetting,
    PeerConnection,
    StartRequest,
)

STARTING_SCOPED = [StartRequest, ClusterSetting, ClusterInvitation, PeerConnection]
STARTING_SCOPED += [Room, RoomRequest]
OWN_BLOCKS += STARTING_SCOPED


def expected_starting(model, kind, persona):
    if persona == "anonymous":
        return 302
    if persona == "other" and kind in {"change", "delete", "history", "simple_history"}:
        return 404
    if kind == "add" and model not in (ClusterSetting, Room):
        return 403  # made by a public form or an action, never by hand
    if kind == "delete":
        return 200 if persona == "coordinator" else 403
    return 200


STARTING_CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in STARTING_SCOPED
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.fixture
def starting_objects(parkstad):
    from tests.activities.factories import ActivityFactory
    from tests.starting.factories import RoomFactory, StartRequestFactory

    setting = ClusterSetting.objects.create(contact_point=parkstad, minimum_interested=4)
    activity = ActivityFactory(contact_point=parkstad)
    invitation = ClusterInvitation.objects.create(
        contact_point=parkstad, theme=a_theme(), activity=activity
    )
    room = RoomFactory(contact_point=parkstad)
    return {
        StartRequest: (StartRequestFactory(contact_point=parkstad), None),
        ClusterSetting: (setting, ClusterSetting.history.filter(id=setting.pk).first().history_id),
        ClusterInvitation: (invitation, None),
        PeerConnection: (PeerConnection.objects.create(contact_point=parkstad), None),
        Room: (room, Room.history.filter(id=room.pk).first().history_id),
        RoomRequest: (
            RoomRequest.objects.create(
                room=room,
                group_name="Rouwgroep",
                people=8,
                when="dinsdag",
                name="Anja",
                email="anja@example.org",
            ),
            None,
        ),
    }


@pytest.mark.parametrize(("model", "kind", "persona"), STARTING_CASES)
def test_starting_admin_url_answers_each_persona_as_expected(
    model, kind, persona, starting_objects, anja, bert, carla, as_user
):
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    if kind == "clusters":
        url = reverse("admin:starting_clusterinvitation_clusters")
    else:
        url = url_for(model, kind, starting_objects)
    assert client.get(url).status_code == expected_starting(model, kind, persona)


def test_the_starting_matrix_covers_every_url_of_their_admins():
    kinds = {kind for model in STARTING_SCOPED for kind in url_kinds(model)}
    assert {"changelist", "add", "change", "delete", "history", "simple_history"} <= kinds
    assert "clusters" in kinds
