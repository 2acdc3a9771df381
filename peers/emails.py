"""One small function per email; every mail goes through the outbox (outbox.mail).

Each queued mail names the contact point responsible for it in its context
(`contact_point`), so the outbox can attribute it."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from outbox.mail import queue_template

CONFIRM_SALT = "peers.question-confirmed"
AVAILABILITY_SALT = "peers.availability"


def _url(name, *args, language="nl"):
    with translation.override(language):
        return settings.SITE_URL + reverse(name, args=args)


def confirm_token(question) -> str:
    return signing.dumps(question.pk, salt=CONFIRM_SALT)


def availability_token(peer) -> str:
    # A standing link: no expiry, but staff can revoke every earlier link (link_version).
    return signing.dumps([peer.pk, peer.link_version], salt=AVAILABILITY_SALT)


def availability_url(peer) -> str:
    return _url("peers:availability", availability_token(peer))


def question_to_peer(question):
    # Replying to this email reaches the resident directly, when they gave an address.
    return queue_template(
        "peer_question",
        question.peer.email,
        {
            "question": question,
            "peer": question.peer,
            "contact_point": question.contact_point,
            "confirm_url": _url("peers:confirm", confirm_token(question)),
            "availability_url": availability_url(question.peer),
            "hours": settings.PEER_ANSWER_HOURS,
        },
        reply_to=question.reply_email,
        contact_point=question.contact_point,
        language="nl",
    )


def question_confirmation(question):
    return queue_template(
        "peer_question_confirmation",
        question.reply_email,
        {
            "question": question,
            "peer": question.peer,
            "contact_point": question.contact_point,
            "hours": settings.PEER_ANSWER_HOURS,
        },
        reply_to=question.contact_point.email,
        contact_point=question.contact_point,
        language=question.language,
    )


def _admin_url(question):
    return settings.SITE_URL + reverse("admin:peers_peerquestion_change", args=[question.pk])


def question_flagged(question):
    """Crisis words in a question: staff look at it, the text stays in the workspace."""
    for address in question.contact_point.staff_recipients():
        queue_template(
            "peer_question_flagged",
            address,
            {
                "question": question,
                "peer": question.peer,
                "contact_point": question.contact_point,
                "url": _admin_url(question),
            },
            contact_point=question.contact_point,
            language="nl",
        )


def question_unconfirmed(question):
    for address in question.contact_point.staff_recipients():
        queue_template(
            "peer_question_unconfirmed",
            address,
            {
                "question": question,
                "peer": question.peer,
                "contact_point": question.contact_point,
                "url": _admin_url(question),
            },
            contact_point=question.contact_point,
            language="nl",
        )


def question_followup(question, other_peer):
    """The kind note: the resident hears someone else is there (another peer, or us)."""
    language = question.language
    return queue_template(
        "peer_question_followup",
        question.reply_email,
        {
            "question": question,
            "peer": question.peer,
            "other_peer": other_peer,
            "other_url": _url("peers:detail", other_peer.slug, language=language)
            if other_peer
            else "",
            "contact_point": question.contact_point,
        },
        reply_to=question.contact_point.email,
        contact_point=question.contact_point,
        language=language,
    )


def peer_welcome(peer):
    """Sent when staff approve a peer: the guidance and the standing availability link."""
    return queue_template(
        "peer_welcome",
        peer.email,
        {
            "peer": peer,
            "contact_point": peer.contact_point,
            "availability_url": availability_url(peer),
            "page_url": _url("peers:detail", peer.slug),
        },
        reply_to=peer.contact_point.email,
        contact_point=peer.contact_point,
        language="nl",
    )
