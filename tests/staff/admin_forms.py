"""Submit an admin change form as a browser would: every field as rendered, inlines too."""

from django import forms


def form_values(form):
    values = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            if value:
                values[key] = "on"
            continue
        if value is None:
            values[key] = ""
        elif isinstance(value, list | tuple):
            values[key] = [str(v) for v in value]
        else:
            values[key] = str(value)
    return values


def change_form_data(response, **changes):
    """The POST data for the admin change page in `response`, with `changes` applied."""
    context = response.context
    data = form_values(context["adminform"].form)
    inlines = context["inline_admin_formsets"] if "inline_admin_formsets" in context else []
    for inline in inlines:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value())
        for form in formset.forms:
            data.update(form_values(form))
    data.update({k: str(v) for k, v in changes.items()})
    return data
