"""Reference answer sets: short teaching cases written in the questionnaire's vocabulary.

The one home of the answers that the API docs offer as examples and that the API, web
and CLI tests and the benchmarks send, so a question renamed or a choice added is
changed here once. Each set exercises a different part of the result (a red flag, an
drug to avoid, a physiological cause, nothing known at all). What the engine must conclude
from a case is checked elsewhere, by the vignettes of the core's tests; add a set here
when a delivery test or an example needs a new kind of case.
"""

from __future__ import annotations

from typing import Any

Answers = dict[str, Any]

# Action myoclonus after a cardiac arrest: cortical.
POST_HYPOXIC: Answers = {
    "distribution": "multifocal",
    "triggers": ["action", "stimulus"],
    "hypoxic_event": "yes",
    "onset": "subacute",
    "age_group": "adult",
}
# Morning jerks in bunches in an adolescent with seizures who could become pregnant: two drugs to avoid.
JUVENILE_MYOCLONIC_EPILEPSY: Answers = {
    "distribution": "generalized",
    "clustering": "bunches",
    "epilepsy": "yes",
    "age_group": "adolescent",
    "onset": "chronic",
    "childbearing_potential": "yes",
}
# Acute jerks with serotonergic signs after a new drug: a red flag and a drug to withdraw.
SEROTONIN_TOXICITY: Answers = {
    "distribution": "multifocal",
    "onset": "acute",
    "encephalopathy": "yes",
    "drug_exposure": "yes",
    "serotonergic_signs": "yes",
}
# Hiccups: physiological, reassurance.
HICCUPS: Answers = {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"}
# Rapidly progressive dementia with stimulus-sensitive jerks: a red flag and several causes.
RAPID_DEMENTIA: Answers = {
    "distribution": "multifocal",
    "dementia": "rapidly_progressive",
    "triggers": ["stimulus"],
    "visual_disturbance": "yes",
    "age_group": "older_adult",
    "onset": "subacute",
}
# Rhythmic segmental jerks that persist in sleep, with a known compression: spinal, a red flag.
SPINAL_SEGMENTAL: Answers = {
    "distribution": "segmental",
    "rhythm": "rhythmic",
    "during_sleep": "persists",
    "spinal_cord_signs": "yes",
    "tumour_or_compression": "yes",
}
# One side of the face in an older adult: peripheral (hemifacial spasm).
HEMIFACIAL_SPASM: Answers = {
    "distribution": "focal",
    "hemifacial": "yes",
    "age_group": "older_adult",
    "onset": "chronic",
}
# Sudden distractible axial jerks: functional.
FUNCTIONAL_AXIAL: Answers = {"distribution": "axial", "distractible": "yes", "onset": "acute", "age_group": "adult"}
# Every way of saying "not known": asserts nothing.
NOTHING_KNOWN: Answers = {"distribution": "unknown", "triggers": ["unknown"], "epilepsy": None}

REFERENCE_ANSWERS: dict[str, Answers] = {
    "post_hypoxic": POST_HYPOXIC,
    "juvenile_myoclonic_epilepsy": JUVENILE_MYOCLONIC_EPILEPSY,
    "serotonin_toxicity": SEROTONIN_TOXICITY,
    "hiccups": HICCUPS,
    "rapid_dementia": RAPID_DEMENTIA,
    "spinal_segmental": SPINAL_SEGMENTAL,
    "hemifacial_spasm": HEMIFACIAL_SPASM,
    "functional_axial": FUNCTIONAL_AXIAL,
    "nothing_known": NOTHING_KNOWN,
}
