"""CSV/XLSX import and export of groups (django-import-export), keyed on external_id.

A re-import updates the group with that external_id instead of adding a copy. Staff can
only export and import their own contact point's groups: an external_id of a group
elsewhere, or a contact point other than their own, makes that row an error.
"""

from diff_match_patch import diff_match_patch
from django.core.exceptions import ValidationError
from django.utils.encoding import force_str
from django.utils.html import format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from contactpoints.models import ContactPoint
from contactpoints.permissions import contact_points_for, scope_to_contact_point
from groups.listing import ABOUT, CONTACT_PERSON, PUBLIC_CONTACT, TAKING_PART, WHO_AND_HOW
from groups.models import Group, Theme


class ListWidget(widgets.Widget):
    """An ArrayField as "nl, en"."""

    def clean(self, value, row=None, **kwargs):
        return [item.strip() for item in str(value or "").split(",") if item.strip()]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(value or [])


class PreviewDiff(resources.Diff):
    """The import preview's old -> new marking, without the inline styles diff-match-patch
    writes (the CSP forbids them); import_export's import.css colours ins and del."""

    TAGS = {diff_match_patch.DIFF_INSERT: "ins", diff_match_patch.DIFF_DELETE: "del"}

    def as_html(self):
        dmp = diff_match_patch()
        cells = []
        for old, new in zip(self.left, self.right, strict=False):
            if old != new and self.new:
                old = ""
            diff = dmp.diff_main(force_str(old), force_str(new))
            dmp.diff_cleanupSemantic(diff)
            cells.append(
                format_html_join(
                    "",
                    "<{}>{}</{}>",
                    (
                        (self.TAGS.get(op, "span"), text, self.TAGS.get(op, "span"))
                        for op, text in diff
                        if text
                    ),
                )
            )
        return cells


class GroupResource(resources.ModelResource):
    external_id = fields.Field(attribute="external_id", column_name="external_id")
    contact_point = fields.Field(
        attribute="contact_point",
        column_name="contact_point",
        widget=widgets.ForeignKeyWidget(ContactPoint, field="slug"),
    )
    themes = fields.Field(
        attribute="themes",
        column_name="themes",
        widget=widgets.ManyToManyWidget(Theme, field="slug", separator=","),
    )
    languages = fields.Field(attribute="languages", column_name="languages", widget=ListWidget())

    def get_diff_class(self):
        return PreviewDiff

    class Meta:
        model = Group
        import_id_fields = ["external_id"]
        fields = [
            "external_id",
            "name",
            "slug",
            "status",
            "contact_point",
            *ABOUT[1:],
            "themes",
            *WHO_AND_HOW,
            *TAKING_PART,
            *PUBLIC_CONTACT,
            *CONTACT_PERSON,
            "last_verified",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def before_import(self, dataset, **kwargs):
        self.user = kwargs.get("user") or self.user

    def get_instance(self, instance_loader, row):
        external_id = str(row.get("external_id") or "").strip()
        if not external_id:
            return None
        in_scope = scope_to_contact_point(Group.objects.all(), self.user)
        try:
            found = in_scope.filter(external_id=external_id).first()
        except ValidationError:
            raise ValidationError({"external_id": _("Dit is geen geldig extern id.")}) from None
        if found is None and Group.objects.filter(external_id=external_id).exists():
            raise ValidationError(
                {"external_id": _("Dit extern id hoort bij een groep van een ander contactpunt.")}
            )
        return found

    def init_instance(self, row=None):
        group = super().init_instance(row)
        mine = contact_points_for(self.user)
        if len(mine[:2]) == 1:
            group.contact_point = mine[0]
        return group

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if field.attribute == "external_id" and not str(row.get("external_id") or "").strip():
            return  # a new group without an id keeps the one it was given
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        if not instance.slug and instance.name:
            instance.slug = unique_slug(instance.name)
        if instance.contact_point_id and not (
            contact_points_for(self.user).filter(pk=instance.contact_point_id).exists()
        ):
            raise ValidationError(
                {"contact_point": _("U kunt alleen groepen van uw eigen contactpunt invoeren.")}
            )

    def before_save_instance(self, instance, row, **kwargs):
        instance._change_reason = "Ingelezen uit een bestand"

    def filter_export(self, queryset, **kwargs):
        return scope_to_contact_point(queryset, self.user) if self.user else queryset.none()


def unique_slug(name):
    base = slugify(name)[:150] or "groep"
    slug, n = base, 2
    while Group.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
