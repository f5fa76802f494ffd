"""The knowledge base: every rule, in reading order (patterns, origin, cause, workup,
treatment, safety)."""

from . import causes, origin, patterns, safety, treatment, workup

RULES = tuple(patterns.RULES + origin.RULES + causes.RULES + workup.RULES + treatment.RULES + safety.RULES)

_ids = [r.id for r in RULES]
if len(set(_ids)) != len(_ids):
    raise ValueError(f"duplicate rule ids: {sorted({i for i in _ids if _ids.count(i) > 1})}")
