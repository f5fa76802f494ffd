"""Clues and clinical patterns: intermediate conclusions the other modules build on.

Clues fire first (the clue band) so that a pattern guarded by their absence, such as
hypnic jerks, is only recognised once every clue has had its say. A benign pattern never
rests on questions left unasked: where "not asked" and "answered no" would lead to
different teaching, the rule asks for the answered "No" (``answered_no``).
"""

from ..rulebook import CLUES, When, absent, answered, answered_no, any_answered, infer, inferred, rule

_CLUE_EXPLANATION = (
    "This finding is not part of harmless physiological myoclonus; the source notes "
    "that accompanying symptoms help pin down a pathological cause."
)
_CLUE_SOURCES = ["seed:associated", "marsden1982"]


def _young(*extra: When) -> tuple[When, ...]:
    return answered("age_group", "neonate", "infant", "child", "adolescent"), *extra


RULES = [
    rule(
        "pattern.pathological_clue",
        when=[
            any_answered(
                answered("epilepsy", "yes"),
                answered("dementia", "slowly_progressive", "rapidly_progressive"),
                answered("ataxia", "yes"),
                answered("encephalopathy", "yes"),
                answered("organ_failure", "renal", "hepatic", "other"),
                answered("negative_myoclonus", "yes"),
                answered("visual_disturbance", "yes"),
                answered("growth_retardation", "yes"),
                answered("hypoxic_event", "yes"),
                answered("drug_exposure", "yes"),
                answered(
                    "drug_classes",
                    "serotonergic",
                    "lithium",
                    "opioid",
                    "gabapentinoid",
                    "beta_lactam",
                    "valproate",
                    "other_antiseizure",
                    "other",
                ),
                answered("metabolic_disturbance", "yes"),
                answered("infection", "yes"),
                answered("fever", "yes"),
                answered("spinal_cord_signs", "yes"),
                answered("brainstem_signs", "yes"),
                answered("opsoclonus", "yes"),
                answered("rigidity", "yes"),
                answered("serotonergic_signs", "yes"),
                answered("head_or_spinal_injury", "yes"),
                answered("nerve_injury", "yes"),
                answered("vascular_event", "yes"),
                answered("tumour_or_compression", "yes"),
                answered("mass_lesion", "yes"),
                answered("known_cancer", "yes"),
                answered("family_history", "yes"),
                answered(
                    "mitochondrial_clues",
                    "hearing_loss",
                    "maternal_inheritance",
                    "neuropathy",
                    "ophthalmoplegia",
                    "valproate_harm_in_relative",
                ),
                answered("febrile_seizures_infancy", "yes"),
                answered("hiccup_duration", "over_48_hours"),
            )
        ],
        then=[infer("pathological_clue")],
        explain=_CLUE_EXPLANATION,
        sources=_CLUE_SOURCES,
        salience=CLUES,
    ),
    # Hiccups come many times a minute by nature: their frequency is no clue to pathology.
    rule(
        "pattern.pathological_clue.frequency",
        when=[answered("frequency", "frequent"), absent(answered("distribution", "diaphragmatic"))],
        then=[infer("pathological_clue")],
        explain=_CLUE_EXPLANATION,
        sources=_CLUE_SOURCES,
        salience=CLUES,
    ),
    rule(
        "pattern.pathology_screened_out",
        when=[answered_no("epilepsy"), answered_no("encephalopathy")],
        then=[infer("pathology_screened_out")],
        explain="Seizures and confusion were asked about and are absent: a benign label can then rest on "
        "answers, not on questions left unasked.",
        sources=["zutt2015", "marsden1982"],
        salience=CLUES,
    ),
    rule(
        "pattern.drug_suspected.exposure",
        when=[answered("drug_exposure", "yes")],
        then=[infer("drug_suspected")],
        explain="A drug or toxin recently started, increased or stopped is suspected.",
        sources=["caviness2004", "janssen2017"],
        salience=CLUES,
    ),
    rule(
        "pattern.drug_suspected.named_class",
        when=[
            answered(
                "drug_classes",
                "serotonergic",
                "lithium",
                "opioid",
                "gabapentinoid",
                "beta_lactam",
                "valproate",
                "other_antiseizure",
                "other",
            )
        ],
        then=[infer("drug_suspected")],
        explain="Naming the drug class implies a drug is suspected.",
        sources=["janssen2017"],
        salience=CLUES,
    ),
    rule(
        "pattern.young_onset",
        when=[answered("age_group", "neonate", "infant", "child", "adolescent")],
        then=[infer("young_onset")],
        explain="Onset in childhood or adolescence favours hereditary and epileptic causes.",
        sources=["zutt2015"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.ataxia",
        when=[*_young(answered("epilepsy", "yes"), answered("ataxia", "yes"))],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="Myoclonus, seizures and ataxia starting young form the core of a progressive "
        "myoclonus epilepsy such as Unverricht-Lundborg disease; POLG disease looks the same.",
        sources=["shahwan2005", "polg2024"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.cognitive_decline",
        when=[*_young(answered("epilepsy", "yes"), answered("dementia", "slowly_progressive", "rapidly_progressive"))],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="Myoclonus and seizures with cognitive decline in a young person suggest a "
        "progressive myoclonus epilepsy (Lafora disease, neuronal ceroid lipofuscinoses).",
        sources=["shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.pme.visual",
        when=[*_young(answered("epilepsy", "yes"), answered("visual_disturbance", "yes"))],
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
        "pattern.mitochondrial.clues",
        when=[
            answered(
                "mitochondrial_clues",
                "hearing_loss",
                "maternal_inheritance",
                "neuropathy",
                "ophthalmoplegia",
                "valproate_harm_in_relative",
            )
        ],
        then=[infer("mitochondrial_disease")],
        explain="Hearing loss, maternal inheritance, neuropathy, ophthalmoplegia or a relative harmed "
        "by valproate are clues to a mitochondrial disease such as MERRF or POLG disease, whatever "
        "the height of the patient.",
        sources=["polg2024", "shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "pattern.dravet_syndrome",
        when=[answered("febrile_seizures_infancy", "yes"), answered("epilepsy", "yes")],
        then=[infer("dravet_syndrome")],
        explain="Seizures that began in the first year with fever, followed by myoclonic seizures, "
        "are the picture of Dravet syndrome (SCN1A).",
        sources=["wirrell2022", "zuberi2022"],
        salience=CLUES,
    ),
    rule(
        "pattern.valproate_culprit",
        when=[answered("drug_classes", "valproate")],
        then=[infer("valproate_culprit")],
        explain="Valproate is among the suspected drugs: it causes myoclonus and hyperammonaemic "
        "encephalopathy, and must not be offered again as a treatment.",
        sources=["depakote_label", "janssen2017"],
        salience=CLUES,
    ),
    rule(
        "pattern.cortical.action_or_stimulus",
        when=[answered("distribution", "focal", "multifocal"), answered("triggers", "action", "stimulus")],
        then=[infer("cortical_pattern")],
        explain="Focal or multifocal jerks set off by movement or by touch, sound or light are "
        "the bedside signature of cortical myoclonus.",
        sources=["seed:definition", "caviness2004"],
    ),
    rule(
        "pattern.cortical.negative_myoclonus",
        when=[answered("negative_myoclonus", "yes")],
        then=[infer("cortical_pattern")],
        explain="Negative myoclonus (asterixis) arises in the cortex.",
        sources=["caviness2004"],
    ),
    rule(
        "pattern.segmental",
        when=[
            answered("distribution", "segmental"),
            answered("rhythm", "rhythmic"),
            absent(answered("epilepsy", "yes")),
            absent(answered("during_sleep", "only_in_sleep")),
        ],
        then=[infer("segmental_pattern")],
        explain="Rhythmic jerks confined to adjacent segments, without seizures, suggest a spinal or "
        "brainstem segmental source. Rhythm alone is not enough: focal epileptic jerks are "
        "rhythmic too.",
        sources=["caviness2004", "zutt2015", "keswani2002"],
    ),
    rule(
        "pattern.segmental.persists_in_sleep",
        when=[
            answered("distribution", "segmental"),
            answered("during_sleep", "persists"),
            absent(answered("epilepsy", "yes")),
        ],
        then=[infer("segmental_pattern")],
        explain="Segmental jerks that persist in sleep, without seizures, suggest a spinal or brainstem "
        "segmental source.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "pattern.hiccups",
        when=[answered("distribution", "diaphragmatic")],
        then=[infer("hiccups")],
        explain="Jerks of the diaphragm are hiccups, one of the source's two everyday examples.",
        sources=["seed:examples"],
    ),
    rule(
        "pattern.pathological_hiccups.duration",
        when=[inferred("hiccups"), answered("hiccup_duration", "over_48_hours")],
        then=[infer("pathological_hiccups")],
        explain="Hiccups that last 48 hours or more are persistent: a cause must be found, and "
        "lesions of the medulla are among them.",
        sources=["chang2012"],
    ),
    rule(
        "pattern.pathological_hiccups.brainstem_signs",
        when=[inferred("hiccups"), answered("brainstem_signs", "yes")],
        then=[infer("pathological_hiccups")],
        explain="Hiccups with brainstem signs point to a lesion of the medulla, classically a lateral "
        "medullary infarct.",
        sources=["chang2012", "park2005"],
    ),
    rule(
        "pattern.pathological_hiccups.clue",
        when=[inferred("hiccups"), inferred("pathological_clue")],
        then=[infer("pathological_hiccups")],
        explain="Hiccups alongside another pathological finding are not taken for physiological ones.",
        sources=["chang2012", "seed:associated"],
    ),
    rule(
        "pattern.hypnic_jerks",
        when=[answered("triggers", "sleep_onset"), absent(inferred("pathological_clue"))],
        then=[infer("hypnic_jerks")],
        explain="A jerk on drifting off to sleep, with nothing else wrong, is a hypnic jerk, the "
        "source's second everyday example.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "pattern.benign_neonatal_sleep_myoclonus",
        when=[
            answered("age_group", "neonate", "infant"),
            answered("during_sleep", "only_in_sleep"),
            answered_no("epilepsy"),
            answered_no("growth_retardation"),
            absent(inferred("pathological_clue")),
            absent(answered("clustering", "bunches")),
        ],
        then=[infer("benign_neonatal_sleep_myoclonus")],
        explain="Jerks only in sleep, in a baby who is developing normally and has no seizures awake, "
        "are benign neonatal sleep myoclonus: they stop on waking and fade by a few months.",
        sources=["dicapua1993", "maurer2010"],
    ),
    rule(
        "pattern.possible_infantile_spasms.clusters",
        when=[
            answered("age_group", "infant"),
            answered("clustering", "bunches"),
            absent(answered("during_sleep", "only_in_sleep")),
        ],
        then=[infer("possible_infantile_spasms")],
        explain="Clusters of jerks in an infant that occur awake (often on waking) may be infantile "
        "spasms, the dangerous mimic of benign sleep jerks.",
        sources=["pellock2010"],
    ),
    rule(
        "pattern.possible_infantile_spasms.delay",
        when=[answered("age_group", "neonate", "infant"), answered("growth_retardation", "yes")],
        then=[infer("possible_infantile_spasms")],
        explain="Jerks in an infant whose development has slowed or regressed may be infantile spasms.",
        sources=["pellock2010"],
    ),
    rule(
        "pattern.hemifacial_spasm",
        when=[answered("hemifacial", "yes")],
        then=[infer("hemifacial_spasm")],
        explain="Jerks confined to one side of the face are hemifacial spasm, from irritation of the facial nerve.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "pattern.functional",
        when=[answered("distractible", "yes")],
        then=[infer("functional_pattern")],
        explain="Variable jerks that lessen with distraction or entrain to another rhythm are "
        "positive signs of a functional disorder.",
        sources=["zutt2015"],
    ),
    rule(
        "pattern.juvenile_myoclonic_epilepsy",
        when=[
            answered("age_group", "adolescent"),
            answered("epilepsy", "yes"),
            absent(inferred("progressive_myoclonus_epilepsy")),
        ],
        then=[infer("juvenile_myoclonic_epilepsy")],
        explain="Myoclonus with seizures starting in adolescence, without ataxia, cognitive or "
        "visual decline, is typical of juvenile myoclonic epilepsy.",
        sources=["zutt2015", "shahwan2005"],
    ),
    rule(
        "pattern.prion_disease",
        when=[answered("dementia", "rapidly_progressive")],
        then=[infer("prion_disease")],
        explain="Dementia progressing over weeks to months with myoclonus is the classic "
        "presentation of Creutzfeldt-Jakob disease; autoimmune encephalitis is its treatable mimic.",
        sources=["caviness2004", "seed:associated", "graus2016"],
    ),
    rule(
        "pattern.post_hypoxic",
        when=[answered("hypoxic_event", "yes")],
        then=[infer("post_hypoxic")],
        explain="Myoclonus after a period of oxygen deprivation is post-hypoxic myoclonus.",
        sources=["caviness2004"],
    ),
    rule(
        "pattern.acute_post_hypoxic",
        when=[inferred("post_hypoxic"), answered("onset", "acute")],
        then=[infer("acute_post_hypoxic")],
        explain="Myoclonus in the first days after a cardiac arrest, usually in a comatose patient, is "
        "acute post-hypoxic myoclonus, not the chronic Lance-Adams syndrome.",
        sources=["gupta2016"],
    ),
    rule(
        "pattern.myoclonic_status",
        when=[answered("onset", "acute"), answered("frequency", "frequent"), answered("encephalopathy", "yes")],
        then=[infer("myoclonic_status")],
        explain="Frequent, continuous jerks of acute onset with reduced consciousness may be myoclonic "
        "status epilepticus.",
        sources=["gupta2016", "nolan2021"],
    ),
    rule(
        "pattern.toxic_metabolic.organ_failure",
        when=[answered("encephalopathy", "yes"), answered("organ_failure", "renal", "hepatic", "other")],
        then=[infer("toxic_metabolic_encephalopathy")],
        explain="Confusion with myoclonus and organ failure is a toxic-metabolic encephalopathy.",
        sources=["caviness2004"],
    ),
    rule(
        "pattern.toxic_metabolic.drug_exposure",
        when=[answered("encephalopathy", "yes"), inferred("drug_suspected")],
        then=[infer("toxic_metabolic_encephalopathy")],
        explain="Confusion with myoclonus after a drug change is a toxic-metabolic encephalopathy.",
        sources=["caviness2004"],
    ),
    rule(
        "pattern.toxic_metabolic.metabolic_disturbance",
        when=[answered("encephalopathy", "yes"), answered("metabolic_disturbance", "yes")],
        then=[infer("toxic_metabolic_encephalopathy")],
        explain="Confusion with myoclonus and a metabolic disturbance is a toxic-metabolic encephalopathy.",
        sources=["caviness2004"],
    ),
    rule(
        "pattern.toxic_metabolic.asterixis_organ_failure",
        when=[answered("negative_myoclonus", "yes"), answered("organ_failure", "renal", "hepatic", "other")],
        then=[infer("toxic_metabolic_encephalopathy")],
        explain="Asterixis in organ failure is itself a sign of metabolic encephalopathy: it calls for "
        "treating the failing organ, not for antimyoclonic drugs.",
        sources=["caviness2004", "gronbaek2018"],
    ),
    rule(
        "pattern.serotonin_toxicity",
        when=[inferred("drug_suspected"), answered("serotonergic_signs", "yes")],
        then=[infer("serotonin_toxicity")],
        explain="Myoclonus with agitation, sweating, fever or inducible clonus after a drug "
        "change suggests serotonin toxicity.",
        sources=["caviness2004", "dunkley2003"],
    ),
    rule(
        "pattern.lithium_toxicity",
        when=[answered("drug_classes", "lithium")],
        then=[infer("lithium_toxicity")],
        explain="Myoclonus in a patient taking lithium is lithium neurotoxicity until shown otherwise; "
        "it can occur at therapeutic levels and without confusion.",
        sources=["decker2015", "janssen2017"],
    ),
    rule(
        "pattern.mass_compression.mass_lesion",
        when=[answered("mass_lesion", "yes")],
        then=[infer("mass_compression")],
        explain="A known tumour or other mass presses on the cord or a nerve.",
        sources=["seed:treatment"],
    ),
    rule(
        "pattern.mass_compression.tumour_or_compression",
        when=[
            answered("tumour_or_compression", "yes"),
            absent(answered("vascular_loop", "yes")),
            absent(answered("mass_lesion", "no")),
        ],
        then=[infer("mass_compression")],
        explain="A known tumour or compression (the earlier, combined question) is read as a mass unless "
        "the answers say it is a blood vessel.",
        sources=["seed:treatment"],
    ),
    rule(
        "pattern.spinal_compression.mass",
        when=[inferred("mass_compression"), answered("distribution", "segmental", "axial")],
        then=[infer("spinal_compression")],
        explain="Segmental or axial jerks with a known compressing mass suggest pressure on the spinal cord.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "pattern.spinal_compression.cord_signs",
        when=[answered("spinal_cord_signs", "yes")],
        then=[infer("spinal_compression")],
        explain="Spinal cord signs with myoclonus suggest a structural lesion of the cord whatever the "
        "distribution of the jerks: a limb answered as 'focal' or jerks called 'generalised' are no "
        "reason to skip the spine.",
        sources=["caviness2004", "keswani2002"],
    ),
    rule(
        "pattern.opsoclonus_myoclonus",
        when=[answered("opsoclonus", "yes")],
        then=[infer("opsoclonus_myoclonus")],
        explain="Chaotic eye movements with myoclonus form the opsoclonus-myoclonus syndrome, at any age.",
        sources=["caviness2004", "klaas2012", "rossor2022"],
    ),
    rule(
        "pattern.autoimmune_encephalitis.no_other_cause",
        when=[
            answered("onset", "acute", "subacute"),
            answered("encephalopathy", "yes"),
            answered_no("infection"),
            answered_no("drug_exposure"),
            answered_no("organ_failure"),
            answered_no("metabolic_disturbance"),
            absent(answered("hypoxic_event", "yes")),
        ],
        then=[infer("autoimmune_encephalitis")],
        explain="Confusion with myoclonus over days to weeks, when infection, drugs, organ failure and a "
        "metabolic disturbance have been asked about and excluded, may be autoimmune encephalitis.",
        sources=["graus2016"],
    ),
    rule(
        "pattern.autoimmune_encephalitis.paraneoplastic",
        when=[answered("known_cancer", "yes"), answered("encephalopathy", "yes")],
        then=[infer("autoimmune_encephalitis")],
        explain="Encephalopathy with myoclonus in a patient with cancer may be paraneoplastic.",
        sources=["graus2016"],
    ),
    rule(
        "pattern.perm",
        when=[
            answered("rigidity", "yes"),
            answered("triggers", "stimulus"),
            absent(answered("age_group", "neonate", "infant")),
        ],
        then=[infer("perm"), infer("autoimmune_encephalitis")],
        explain="Stiffness with startle-sensitive jerks beyond infancy suggests progressive "
        "encephalomyelitis with rigidity and myoclonus, usually with glycine-receptor antibodies.",
        sources=["carvajal2014"],
    ),
    rule(
        "pattern.hyperekplexia",
        when=[answered("rigidity", "yes"), answered("age_group", "neonate", "infant")],
        then=[infer("hyperekplexia")],
        explain="Stiffness and an exaggerated startle in a baby are hyperekplexia (startle disease).",
        sources=["bakker2006", "dreissen2012"],
    ),
    rule(
        "pattern.myoclonus_dystonia.alcohol",
        when=[
            answered("alcohol_responsive", "yes"),
            absent(answered("epilepsy", "yes")),
            absent(answered("dementia", "slowly_progressive", "rapidly_progressive")),
        ],
        then=[infer("myoclonus_dystonia")],
        explain="Jerks that improve strikingly with alcohol, without seizures or cognitive decline, "
        "suggest myoclonus-dystonia.",
        sources=["roze2018"],
    ),
    rule(
        "pattern.myoclonus_dystonia.familial",
        when=[
            inferred("young_onset"),
            answered("family_history", "yes"),
            answered_no("epilepsy"),
            answered("distribution", "focal", "segmental", "axial"),
        ],
        then=[infer("myoclonus_dystonia")],
        explain="Familial jerks of the neck, trunk or arms from childhood, without seizures, suggest "
        "myoclonus-dystonia (SGCE).",
        sources=["zutt2015", "roze2018"],
    ),
    rule(
        "pattern.non_cortical_syndrome.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[infer("non_cortical_syndrome")],
        explain="Opsoclonus-myoclonus arises in the brainstem and cerebellum: generic cortical clues "
        "must not outvote it.",
        sources=["rossor2022"],
    ),
    rule(
        "pattern.non_cortical_syndrome.myoclonus_dystonia",
        when=[inferred("myoclonus_dystonia")],
        then=[infer("non_cortical_syndrome")],
        explain="Myoclonus-dystonia is subcortical, even when its jerks are set off by action.",
        sources=["roze2018"],
    ),
    rule(
        "pattern.non_cortical_syndrome.functional",
        when=[inferred("functional_pattern")],
        then=[infer("non_cortical_syndrome")],
        explain="Functional jerks are not cortical myoclonus, whatever their distribution.",
        sources=["zutt2015", "erro2013"],
    ),
    rule(
        "pattern.non_cortical_syndrome.hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[infer("non_cortical_syndrome")],
        explain="Hyperekplexia is a brainstem startle disorder.",
        sources=["bakker2006"],
    ),
]
