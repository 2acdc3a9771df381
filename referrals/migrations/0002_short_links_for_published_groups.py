"""Short links are now made when a group is published, no longer when the referrers' page
is read: give every group published before that its link now."""

from django.db import IntegrityError, migrations, transaction

from referrals.codes import candidate


def give_short_links(apps, schema_editor):
    Group = apps.get_model("groups", "Group")
    ShortLink = apps.get_model("referrals", "ShortLink")
    for group in Group.objects.filter(status="published", short_link__isnull=True).iterator():
        for attempt in range(20):
            try:
                with transaction.atomic():
                    ShortLink.objects.create(
                        group=group, code=candidate(group.external_id, attempt)
                    )
                break
            except IntegrityError:
                continue


class Migration(migrations.Migration):
    dependencies = [
        ("groups", "0003_search_facts"),
        ("referrals", "0001_initial"),
    ]

    operations = [migrations.RunPython(give_short_links, migrations.RunPython.noop)]
