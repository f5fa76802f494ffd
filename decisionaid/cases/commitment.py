"""What a committed differential must be: one check shared by the web form, the API
serializer and the service that stores it, so all three word the same errors."""

from __future__ import annotations

from . import vocabulary

TOP_CAUSES = 3


def commitment_errors(*, top_causes, origin, offered, avoided) -> dict[str, str]:
    """What is wrong with a committed differential, by field, naming the allowed values."""
    errors = {}
    causes, origins, treatments = (vocabulary.ids(p) for p in ("causes", "origins", "treatments"))
    if not isinstance(top_causes, list) or len(top_causes) != TOP_CAUSES or any(c not in causes for c in top_causes):
        errors["top_causes"] = f"Give exactly {TOP_CAUSES} causes, most likely first, from: {', '.join(causes)}."
    elif len(set(top_causes)) != TOP_CAUSES:
        errors["top_causes"] = "Each of your three causes must be different."
    if origin not in origins:
        errors["origin"] = f"Choose one site of origin from: {', '.join(origins)}."
    for name, chosen in (("offered", offered), ("avoided", avoided)):
        if not isinstance(chosen, list) or any(t not in treatments for t in chosen):
            errors[name] = f"Choose treatments from: {', '.join(treatments)}."
    if "offered" not in errors and "avoided" not in errors:
        both = sorted(set(offered) & set(avoided))
        if both:
            errors["avoided"] = f"You cannot both offer and avoid: {', '.join(both)}."
    return errors
