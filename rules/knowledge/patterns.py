"""Clues and clinical patterns: intermediate conclusions the other modules build on.

Clues fire first (highest salience) so that a pattern guarded by their absence,
such as hypnic jerks, is only recognised once every clue has had its say.
"""

from ..rulebook import CLUES, PATTERNS, absent, answered, infer, inferred, rule

_PATHOLOGICAL_CLUES = (
    ("epilepsy", ("yes",)),
    ("dementia", ("slowly_progressive", "rapidly_progressive")),
    ("ataxia", ("yes",)),
    ("encephalopathy", ("yes",)),
    ("organ_failure", ("renal", "hepatic", "other")),
    ("frequency", ("frequent",)),
    ("negative_myoclonus", ("yes",)),
    ("visual_disturbance", ("yes",)),
    ("growth_retardation", ("yes",)),
    ("hypoxic_event", ("yes",)),
    ("drug_exposure", ("yes",)),
    ("metabolic_disturbance", ("yes",)),
    ("infection", ("yes",)),
    ("spinal_cord_signs", ("yes",)),
    ("opsoclonus", ("yes",)),
    ("head_or_spinal_injury", ("yes",)),
    ("vascular_event", ("yes",)),
    ("tumour_or_compression", ("yes",)),
)

RULES = [
    rule(
        f"pattern.pathological_clue.{question}",
        when=[answered(question, *choices)],
        then=[infer("pathological_clue")],
        explain="This finding is not part of harmless physiological myoclonus; the source notes "
        "that accompanying symptoms help pin down a pathological cause.",
        sources=["seed:associated", "marsden1982"],
        salience=CLUES,
    )
    for question, choices in _PATHOLOGICAL_CLUES
] + [
    rule(
        "pattern.young_onset",
        when=[answered("age_group", "child", "adolescent")],
        then=[infer("young_onset")],
        explain="Onset in childhood or adolescence favours hereditary and epileptic causes.",
        sources=["zutt2015"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.ataxia",
        when=[answered("age_group", "child", "adolescent"), answered("epilepsy", "yes"),
              answered("ataxia", "yes")],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="Myoclonus, seizures and ataxia starting young form the core of a progressive "
        "myoclonus epilepsy such as Unverricht-Lundborg disease.",
        sources=["shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.cognitive_decline",
        when=[answered("age_group", "child", "adolescent"), answered("epilepsy", "yes"),
              answered("dementia", "slowly_progressive", "rapidly_progressive")],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="Myoclonus and seizures with cognitive decline in a young person suggest a "
        "progressive myoclonus epilepsy (Lafora disease, neuronal ceroid lipofuscinoses).",
        sources=["shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.visual",
        when=[answered("age_group", "child", "adolescent"), answered("epilepsy", "yes"),
              answered("visual_disturbance", "yes")],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="Myoclonus and seizures with visual symptoms in a young person suggest Lafora "
        "disease, a neuronal ceroid lipofuscinosis or sialidosis.",
        sources=["shahwan2005", "seed:associated"],
        salience=CLUES,
    ),
    rule(
        "pattern.mitochondrial.growth_epilepsy",
        when=[answered("growth_retardation", "yes"), answered("epilepsy", "yes")],
        then=[infer("mitochondrial_disease")],
        explain="Growth retardation with myoclonic epilepsy suggests mitochondrial disease "
        "(MERRF), one of the source's associated symptoms pointing to a hereditary cause.",
        sources=["seed:associated", "shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.mitochondrial.growth_ataxia",
        when=[answered("growth_retardation", "yes"), answered("ataxia", "yes")],
        then=[infer("mitochondrial_disease")],
        explain="Short stature with ataxia and myoclonus suggests mitochondrial disease (MERRF).",
        sources=["shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.cortical.action_or_stimulus",
        when=[answered("distribution", "focal", "multifocal"), answered("triggers", "action", "stimulus")],
        then=[infer("cortical_pattern")],
        explain="Focal or multifocal jerks set off by movement or by touch, sound or light are "
        "the bedside signature of cortical myoclonus.",
        sources=["seed:definition", "caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.cortical.negative_myoclonus",
        when=[answered("negative_myoclonus", "yes")],
        then=[infer("cortical_pattern")],
        explain="Negative myoclonus (asterixis) arises in the cortex.",
        sources=["caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.segmental",
        when=[answered("rhythm", "rhythmic"), answered("during_sleep", "persists")],
        then=[infer("segmental_pattern")],
        explain="Rhythmic jerks that persist in sleep suggest a spinal or brainstem segmental source.",
        sources=["caviness2004", "zutt2015"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.hiccups",
        when=[answered("distribution", "diaphragmatic")],
        then=[infer("hiccups")],
        explain="Jerks of the diaphragm are hiccups, one of the source's two everyday examples.",
        sources=["seed:examples"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.hypnic_jerks",
        when=[answered("triggers", "sleep_onset"), absent(inferred("pathological_clue"))],
        then=[infer("hypnic_jerks")],
        explain="A jerk on drifting off to sleep, with nothing else wrong, is a hypnic jerk, the "
        "source's second everyday example.",
        sources=["seed:examples", "marsden1982"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.hemifacial_spasm",
        when=[answered("hemifacial", "yes")],
        then=[infer("hemifacial_spasm")],
        explain="Jerks confined to one side of the face are hemifacial spasm, from irritation of "
        "the facial nerve.",
        sources=["seed:treatment", "caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.functional",
        when=[answered("distractible", "yes")],
        then=[infer("functional_pattern")],
        explain="Variable jerks that lessen with distraction or entrain to another rhythm are "
        "positive signs of a functional disorder.",
        sources=["zutt2015"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.juvenile_myoclonic_epilepsy",
        when=[answered("age_group", "adolescent"), answered("epilepsy", "yes"),
              absent(inferred("progressive_myoclonus_epilepsy"))],
        then=[infer("juvenile_myoclonic_epilepsy")],
        explain="Myoclonus with seizures starting in adolescence, without ataxia, cognitive or "
        "visual decline, is typical of juvenile myoclonic epilepsy.",
        sources=["zutt2015", "shahwan2005"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.prion_disease",
        when=[answered("dementia", "rapidly_progressive")],
        then=[infer("prion_disease")],
        explain="Dementia progressing over weeks to months with myoclonus is the classic "
        "presentation of Creutzfeldt-Jakob disease.",
        sources=["caviness2004", "seed:associated"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.post_hypoxic",
        when=[answered("hypoxic_event", "yes")],
        then=[infer("post_hypoxic")],
        explain="Myoclonus after a period of oxygen deprivation is post-hypoxic myoclonus.",
        sources=["caviness2004"],
        salience=PATTERNS,
    ),
] + [
    rule(
        f"pattern.toxic_metabolic.{question}",
        when=[answered("encephalopathy", "yes"), answered(question, *choices)],
        then=[infer("toxic_metabolic_encephalopathy")],
        explain="Confusion with myoclonus and organ failure, a drug or a metabolic disturbance is "
        "a toxic-metabolic encephalopathy.",
        sources=["caviness2004"],
        salience=PATTERNS,
    )
    for question, choices in (
        ("organ_failure", ("renal", "hepatic", "other")),
        ("drug_exposure", ("yes",)),
        ("metabolic_disturbance", ("yes",)),
    )
] + [
    rule(
        "pattern.serotonin_toxicity",
        when=[answered("drug_exposure", "yes"), answered("serotonergic_signs", "yes")],
        then=[infer("serotonin_toxicity")],
        explain="Myoclonus with agitation, sweating, fever or inducible clonus after a drug "
        "change suggests serotonin toxicity.",
        sources=["caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.spinal_compression.tumour",
        when=[answered("tumour_or_compression", "yes"), answered("distribution", "segmental", "axial")],
        then=[infer("spinal_compression")],
        explain="Segmental or axial jerks with a known tumour or compression suggest pressure on "
        "the spinal cord.",
        sources=["seed:treatment", "caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.spinal_compression.cord_signs",
        when=[answered("spinal_cord_signs", "yes"), answered("distribution", "segmental", "axial")],
        then=[infer("spinal_compression")],
        explain="Segmental jerks with a sensory level or leg weakness suggest a structural lesion "
        "of the spinal cord.",
        sources=["caviness2004"],
        salience=PATTERNS,
    ),
    rule(
        "pattern.opsoclonus_myoclonus",
        when=[answered("opsoclonus", "yes")],
        then=[infer("opsoclonus_myoclonus")],
        explain="Chaotic eye movements with myoclonus form the opsoclonus-myoclonus syndrome.",
        sources=["caviness2004"],
        salience=PATTERNS,
    ),
]
