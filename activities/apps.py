from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = _("Activiteiten")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from activities.models import Activity
        from activities.templatetags.activity_tags import forget

        post_save.connect(forget, sender=Activity, dispatch_uid="activities-forget")
        post_delete.connect(forget, sender=Activity, dispatch_uid="activities-forget-del")
        m2m_changed.connect(
            forget, sender=Activity.themes.through, dispatch_uid="activities-forget-m2m"
        )
