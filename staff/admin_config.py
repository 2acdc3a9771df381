from django.contrib.admin.apps import AdminConfig


class StaffAdminConfig(AdminConfig):
    """Replaces "django.contrib.admin" in INSTALLED_APPS so admin.site is a StaffAdminSite.
    (A module of its own: INSTALLED_APPS imports it before any model can be loaded.)"""

    default_site = "staff.admin_site.StaffAdminSite"
