"""Questions to peers, in the shape of the group relay: one transaction per step.

form -> ask() stores the question and queues the mails (outbox, sent after the commit) ->
the peer answers the resident directly and presses "ik heb contact gehad" (confirm()) ->
escalate_unconfirmed() tells the contact point about questions left unconfirmed for
settings.PEER_CONFIRM_HOURS, and gives the resident a kind note with another peer or the
contact point.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from peers import emails
from peers.models import Peer, PeerQuestion


def ask(form, peer, language="nl") -> PeerQuestion:
    """Store the question, then queue it for the peer; the mail leaves after the commit."""
    with transaction.atomic():
        question = form.save(commit=False)
        question.peer = peer
        question.contact_point = peer.contact_point
        question.theme = form.chosen_theme()
        question.crisis = form.has_crisis_words
        question.form_nonce = form.nonce
        question.language = language
        question.save()
        question.email_to_peer = emails.question_to_peer(question)
        if question.reply_email:
            question.email_to_sender = emails.question_confirmation(question)
        question.save(update_fields=["email_to_peer", "email_to_sender"])
        if question.crisis:
            emails.question_flagged(question)
    return question


def confirm(question: PeerQuestion):
    if question.confirmed_at is None:
        question.confirmed_at = timezone.now()
        question.save(update_fields=["confirmed_at"])


def set_availability(peer: Peer, availability, break_until=None):
    peer.availability = availability
    peer.break_until = break_until if availability == Peer.Availability.BREAK else None
    peer.save(update_fields=["availability", "break_until", "updated_at"])


def another_peer(question):
    """An open peer of the same theme, preferably of the same contact point; or None."""
    themes = [question.theme_id] if question.theme_id else question.peer.themes.values("pk")
    candidates = Peer.objects.open().for_themes(themes).exclude(pk=question.peer_id)
    same_point = candidates.filter(contact_point=question.contact_point_id)
    return same_point.order_by("?").first() or candidates.order_by("?").first()


def escalate_unconfirmed(now=None, hours=48) -> int:
    """Tell the contact point about questions the peer has not confirmed, once each."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        due = (
            PeerQuestion.objects.unconfirmed()
            .filter(
                escalated_at__isnull=True,
                purged_at__isnull=True,
                created_at__lte=now - timedelta(hours=hours),
            )
            .select_related("peer", "contact_point")
            # Two schedulers at once each take different rows: every question is told once.
            .select_for_update(skip_locked=True, of=("self",))
        )
        for question in due:
            emails.question_unconfirmed(question)
            if question.reply_email:
                emails.question_followup(question, another_peer(question))
            question.escalated_at = now
            question.save(update_fields=["escalated_at"])
            count += 1
    return count


def unique_slug(name, city=""):
    base = slugify(name)[:60] or "ervaringsdeler"
    candidates = [base]
    if city:
        candidates.append(f"{base}-{slugify(city)}"[:80])
    candidates += [f"{base}-{n}" for n in range(2, 200)]
    taken = set(Peer.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    return next(slug for slug in candidates if slug not in taken)
