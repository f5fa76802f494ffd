"""drf-spectacular postprocessing of the generated schema, where a view cannot say it."""


def require_bodies_whose_every_form_requires_a_member(result, generator, request, public):
    """A body is required when every form it may take has a required member.

    drf-spectacular marks a body required only when its serializer has a required field;
    a ``oneOf`` of serializers (evaluate's answers-or-FHIR body) has none of its own, so a
    request without a body looked valid although the API answers it 400."""
    components = result.get("components", {}).get("schemas", {})

    def requires_a_member(schema: dict) -> bool:
        if "$ref" in schema:
            return requires_a_member(components[schema["$ref"].rsplit("/", 1)[-1]])
        if schema.get("required"):
            return True
        forms = schema.get("oneOf") or schema.get("anyOf") or []
        return bool(forms) and all(requires_a_member(form) for form in forms)

    for operations in result["paths"].values():
        for method, operation in operations.items():
            body = operation.get("requestBody")
            if not body or body.get("required") or method == "patch":
                continue
            if all(requires_a_member(media["schema"]) for media in body["content"].values()):
                body["required"] = True
    return result


# FHIR operations are named with a "$"; drf-spectacular reads a path as a regex and drops it.
FHIR_OPERATIONS = {"/api/v1/fhir/Questionnaire/next-question": "/api/v1/fhir/Questionnaire/$next-question"}


def restore_fhir_operation_names(result, generator, request, public):
    """Puts back the "$" of a FHIR operation's path, so the schema names the URL the API serves."""
    result["paths"] = {FHIR_OPERATIONS.get(path, path): item for path, item in result["paths"].items()}
    return result
