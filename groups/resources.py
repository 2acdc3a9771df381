"""CSV/XLSX import and export (django-import-export) of groups, their meetings and venues.

Three files, one per kind of row, each from its own list in the workspace: groups keyed on
external_id (every listing field, the format included), meetings (Schedule: every field,
taken from the model so fields added later come along, with the group's external_id and
the venue's id) and venues (keyed on id, the municipality by slug).

A re-import updates the row with that key instead of adding a copy. A file exported and
read back unchanged changes nothing: a row counts as unchanged when every column reads the
same as it would be exported now (RoundTrip.skip_row), so it is not saved, writes no
history and keeps its version (a colleague editing that group meanwhile gets no conflict).
The preview says per row: nieuw, gewijzigd, ongewijzigd or geweigerd (with the reason).

Staff can only export and import their own contact point's rows: an external_id of a group
elsewhere, or a contact point other than their own, makes that row an error.
"""

from diff_match_patch import diff_match_patch
from django.core.exceptions import ValidationError
from django.utils.encoding import force_str
from django.utils.html import format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.forms import SelectableFieldsExportForm

from contactpoints.models import ContactPoint, Municipality
from contactpoints.permissions import (
    contact_points_for,
    is_coordinator,
    municipalities_for,
    scope_to_contact_point,
)
from groups.listing import ABOUT, CONTACT_PERSON, PUBLIC_CONTACT, TAKING_PART, WHO_AND_HOW
from groups.models import Group, Schedule, Theme, Venue


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


class RoundTrip:
    """A row is unchanged when each column exports the same now as from the stored row:
    the comparison of the written values, so a date read back from XLSX as a datetime, a
    number as a float, or an empty cell as "" rather than None is no change."""

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                new = sorted(v.pk for v in field.clean(row))
                old = sorted(field.get_value(original).values_list("pk", flat=True))
                if new != old:
                    return False
            elif self._written(field, instance) != self._written(field, original):
                return False
        return True

    @staticmethod
    def _written(field, obj):
        value = field.export(obj)
        return "" if value is None else str(value).replace("\r\n", "\n").strip()


class GroupResource(RoundTrip, resources.ModelResource):
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


class ScheduleResource(RoundTrip, resources.ModelResource):
    """Meetings, one row each, keyed on id; every field of the model (so patterns and
    exceptions added later export too), the group by external_id, the venue by id."""

    group = fields.Field(
        attribute="group",
        column_name="group",
        widget=widgets.ForeignKeyWidget(Group, field="external_id"),
    )
    group_name = fields.Field(attribute="group__name", column_name="group_name", readonly=True)
    venue = fields.Field(
        attribute="venue", column_name="venue", widget=widgets.ForeignKeyWidget(Venue)
    )
    venue_name = fields.Field(attribute="venue__name", column_name="venue_name", readonly=True)

    class Meta:
        model = Schedule
        exclude = []
        import_id_fields = ["id"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def before_import(self, dataset, **kwargs):
        self.user = kwargs.get("user") or self.user

    def get_export_order(self):
        order = list(super().get_export_order())
        first = ["id", "group", "group_name", "venue", "venue_name"]
        return [*first, *(f for f in order if f not in first)]

    def get_queryset(self):
        return scope_to_contact_point(
            Schedule.objects.select_related("group", "venue"), self.user, "group__contact_point"
        )

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        if instance.group_id and not (
            scope_to_contact_point(Group.objects.all(), self.user)
            .filter(pk=instance.group_id)
            .exists()
        ):
            raise ValidationError({"group": _("Deze groep hoort bij een ander contactpunt.")})

    def before_save_instance(self, instance, row, **kwargs):
        instance._change_reason = "Ingelezen uit een bestand"

    def filter_export(self, queryset, **kwargs):
        if not self.user:
            return queryset.none()
        return scope_to_contact_point(queryset, self.user, "group__contact_point")


class VenueResource(RoundTrip, resources.ModelResource):
    """Venues keyed on id, the municipality by slug; staff keep to their municipalities."""

    municipality = fields.Field(
        attribute="municipality",
        column_name="municipality",
        widget=widgets.ForeignKeyWidget(Municipality, field="slug"),
    )

    class Meta:
        model = Venue
        exclude = []
        import_id_fields = ["id"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def before_import(self, dataset, **kwargs):
        self.user = kwargs.get("user") or self.user

    def get_queryset(self):
        if is_coordinator(self.user):
            return Venue.objects.all()
        return Venue.objects.filter(municipality__in=municipalities_for(self.user))

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        if instance.municipality_id and not (
            is_coordinator(self.user)
            or municipalities_for(self.user).filter(pk=instance.municipality_id).exists()
        ):
            raise ValidationError(
                {"municipality": _("Deze gemeente hoort niet bij uw contactpunt.")}
            )

    def before_save_instance(self, instance, row, **kwargs):
        instance._change_reason = "Ingelezen uit een bestand"

    def filter_export(self, queryset, **kwargs):
        if not self.user:
            return queryset.none()
        if is_coordinator(self.user):
            return queryset
        return queryset.filter(municipality__in=municipalities_for(self.user))


def unique_slug(name):
    base = slugify(name)[:150] or "groep"
    slug, n = base, 2
    while Group.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class StaffExportForm(SelectableFieldsExportForm):
    """import-export names each column's tick box "<resource>_<column>" and then strips the
    prefix into the same cleaned_data as the form's own fields, so the group's "format"
    column and the form's file "format" overwrote each other: the export dropped the
    column (or came out as XLSX). Here the ticked columns are kept apart."""

    def _normalize_resource_fields(self, selected_resource):
        prefix = selected_resource.__name__.lower() + "_"
        self._selected_resource_fields = [
            name.removeprefix(prefix)
            for name, value in self.cleaned_data.items()
            if name.startswith(prefix) and value is True
        ]

    def get_selected_resource_export_fields(self):
        order = self.get_selected_resource()().get_export_order()
        return [name for name in order if name in self._selected_resource_fields]

    def _get_field_label(self, resource, field_name):
        # "volgende startdatum (next_start_date)" rather than "Next Start Date": the words
        # staff know, and the column's name in the file.
        field = resource.fields.get(field_name)
        column = field.column_name if field else field_name
        try:
            label = resource._meta.model._meta.get_field(field_name).verbose_name
        except Exception:
            return column
        return f"{label} ({column})"

    def _validate_any_field_selected(self, resource):
        if not self._selected_resource_fields:
            raise ValidationError(_("Kies minstens één kolom om te exporteren."), code="invalid")
