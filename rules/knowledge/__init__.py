"""The knowledge base: every rule, in reading order (patterns, origin, cause, the rules on test
results, workup, treatment, safety)."""

from . import causes, investigations, origin, patterns, safety, treatment, workup

RULES = tuple(
    patterns.RULES + origin.RULES + causes.RULES + investigations.RULES + workup.RULES + treatment.RULES + safety.RULES
)

# Rules an earlier release had, and the rule that now does their work: a stored result from that
# release links its trace to them, and the knowledge browser sends the reader on.
RETIRED_RULES = {
    "pattern.pathological_clue.epilepsy": "pattern.pathological_clue",
    "pattern.pathological_clue.dementia": "pattern.pathological_clue",
    "pattern.pathological_clue.ataxia": "pattern.pathological_clue",
    "pattern.pathological_clue.encephalopathy": "pattern.pathological_clue",
    "pattern.pathological_clue.organ_failure": "pattern.pathological_clue",
    "pattern.pathological_clue.negative_myoclonus": "pattern.pathological_clue",
    "pattern.pathological_clue.visual_disturbance": "pattern.pathological_clue",
    "pattern.pathological_clue.growth_retardation": "pattern.pathological_clue",
    "pattern.pathological_clue.hypoxic_event": "pattern.pathological_clue",
    "pattern.pathological_clue.drug_exposure": "pattern.pathological_clue",
    "pattern.pathological_clue.metabolic_disturbance": "pattern.pathological_clue",
    "pattern.pathological_clue.infection": "pattern.pathological_clue",
    "pattern.pathological_clue.spinal_cord_signs": "pattern.pathological_clue",
    "pattern.pathological_clue.opsoclonus": "pattern.pathological_clue",
    "pattern.pathological_clue.head_or_spinal_injury": "pattern.pathological_clue",
    "pattern.pathological_clue.vascular_event": "pattern.pathological_clue",
    "pattern.pathological_clue.tumour_or_compression": "pattern.pathological_clue",
    "pattern.spinal_compression.tumour": "pattern.spinal_compression.mass",
    "cause.infectious.opsoclonus_myoclonus": "cause.autoimmune.opsoclonus_myoclonus",
    "safety.avoid.valproate_pregnancy.epilepsy": "safety.avoid.valproate_pregnancy",
    "safety.avoid.valproate_pregnancy.cortical": "safety.avoid.valproate_pregnancy",
    "safety.avoid.valproate_pregnancy.post_hypoxic": "safety.avoid.valproate_pregnancy",
    "safety.caution.clonazepam_liver_failure": "safety.avoid.clonazepam_liver_failure",
}

_ids = [r.id for r in RULES]
if len(set(_ids)) != len(_ids):
    raise ValueError(f"duplicate rule ids: {sorted({i for i in _ids if _ids.count(i) > 1})}")
