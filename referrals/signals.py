"""A group gets its short link (/g/<code>) when it is published, so reading the referrers'
page or a referral card never writes to the database."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from groups.models import Group
from referrals.codes import short_link_for


@receiver(post_save, sender=Group)
def give_a_published_group_its_short_link(sender, instance, raw=False, **kwargs):
    if not raw and instance.status == Group.Status.PUBLISHED:
        short_link_for(instance)
