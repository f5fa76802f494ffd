"""Cause: the second diagnostic task, in the source's categories (metabolic, nutritional,
degenerative, traumatic, vascular, infectious, hereditary, toxic), plus physiological and
functional myoclonus. Each rule also names the conditions its findings point to."""

from ..rulebook import answered, cause, consider, inferred, rule

RULES = [
    # Physiological
    rule(
        "cause.physiological.hiccups",
        when=[inferred("hiccups")],
        then=[cause("physiological", 0.8), consider("hiccups")],
        explain="Hiccups are physiological myoclonus of the diaphragm.",
        sources=["seed:examples"],
    ),
    rule(
        "cause.physiological.hypnic_jerks",
        when=[inferred("hypnic_jerks")],
        then=[cause("physiological", 0.8), consider("hypnic_jerks")],
        explain="A jerk on falling asleep, with nothing else wrong, is physiological.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "cause.physiological.rare",
        when=[answered("frequency", "rare", "occasional"), answered("onset", "chronic")],
        then=[cause("physiological", 0.15)],
        explain="Occasional jerks over a long time, alone, are often physiological.",
        sources=["seed:definition", "marsden1982"],
    ),
    rule(
        "cause.physiological.against_pathology",
        when=[inferred("pathological_clue")],
        then=[cause("physiological", -0.7)],
        explain="Accompanying symptoms make harmless physiological jerks unlikely.",
        sources=["seed:associated", "marsden1982"],
    ),
    # Metabolic
    rule(
        "cause.metabolic.renal_failure",
        when=[answered("organ_failure", "renal")],
        then=[cause("metabolic", 0.6), cause("toxic", 0.15), consider("uraemia")],
        explain="Kidney failure causes uraemic myoclonus and lets drugs accumulate.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.hepatic_failure",
        when=[answered("organ_failure", "hepatic")],
        then=[cause("metabolic", 0.65), consider("hepatic_encephalopathy")],
        explain="Liver failure causes hepatic encephalopathy with asterixis.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.other_organ_failure",
        when=[answered("organ_failure", "other")],
        then=[cause("metabolic", 0.4)],
        explain="Other organ failure (for example respiratory failure) can cause metabolic "
        "myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.asterixis",
        when=[answered("negative_myoclonus", "yes")],
        then=[cause("metabolic", 0.35), cause("toxic", 0.15)],
        explain="Asterixis (negative myoclonus) is a classic sign of metabolic and toxic "
        "encephalopathy.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.metabolic.disturbance",
        when=[answered("metabolic_disturbance", "yes")],
        then=[cause("metabolic", 0.7), consider("glucose_electrolyte_disturbance")],
        explain="Glucose and electrolyte disturbances cause myoclonus that resolves on correction.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.post_hypoxic",
        when=[inferred("post_hypoxic")],
        then=[cause("metabolic", 0.7), consider("acute_posthypoxic_myoclonus")],
        explain="Post-hypoxic myoclonus is taught with the metabolic causes, as hypoxic-metabolic "
        "brain injury.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.lance_adams",
        when=[inferred("post_hypoxic"), answered("triggers", "action")],
        then=[consider("lance_adams_syndrome")],
        explain="Action myoclonus after recovery from hypoxia is the Lance-Adams syndrome.",
        sources=["caviness2004", "levy2016"],
    ),
    rule(
        "cause.metabolic.toxic_metabolic_encephalopathy",
        when=[inferred("toxic_metabolic_encephalopathy")],
        then=[cause("metabolic", 0.3), cause("toxic", 0.2)],
        explain="An encephalopathy with multifocal myoclonus is usually toxic or metabolic.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.tempo.acute",
        when=[answered("onset", "acute", "subacute")],
        then=[cause("metabolic", 0.15), cause("toxic", 0.15), cause("infectious", 0.1),
              cause("vascular", 0.1), cause("degenerative", -0.3), cause("hereditary", -0.25)],
        explain="A quick onset points to acquired causes and away from slow degenerative or "
        "hereditary disease.",
        sources=["zutt2015"],
    ),
    # Nutritional
    rule(
        "cause.nutritional.deficiency",
        when=[answered("nutritional_deficiency", "yes")],
        then=[cause("nutritional", 0.7), consider("vitamin_deficiency"),
              consider("alcohol_thiamine_deficiency")],
        explain="Malabsorption, vitamin deficiency and alcohol misuse are nutritional causes.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.nutritional.coeliac_ataxia",
        when=[answered("nutritional_deficiency", "yes"), answered("ataxia", "yes")],
        then=[cause("nutritional", 0.2), consider("coeliac_disease")],
        explain="Progressive ataxia with cortical myoclonus and malabsorption suggests coeliac "
        "disease.",
        sources=["caviness2004"],
    ),
    # Degenerative
    rule(
        "cause.degenerative.slow_dementia",
        when=[answered("dementia", "slowly_progressive")],
        then=[cause("degenerative", 0.6), consider("alzheimer_disease")],
        explain="Slowly progressive dementia with myoclonus suggests a neurodegenerative disease.",
        sources=["seed:associated", "zutt2015"],
    ),
    rule(
        "cause.degenerative.older_chronic",
        when=[answered("age_group", "older_adult"), answered("onset", "chronic")],
        then=[cause("degenerative", 0.4)],
        explain="A gradual onset in later life favours a degenerative cause.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.lewy_bodies",
        when=[answered("dementia", "slowly_progressive"), answered("visual_disturbance", "yes"),
              answered("age_group", "adult", "older_adult")],
        then=[cause("degenerative", 0.2), consider("dementia_with_lewy_bodies")],
        explain="Dementia with visual hallucinations in later life suggests dementia with Lewy "
        "bodies.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.corticobasal",
        when=[answered("distribution", "focal"), answered("triggers", "stimulus"),
              answered("age_group", "older_adult")],
        then=[cause("degenerative", 0.3), consider("corticobasal_degeneration")],
        explain="Stimulus-sensitive jerks of one hand in later life suggest corticobasal "
        "degeneration.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.ataxia_later_life",
        when=[answered("ataxia", "yes"), answered("age_group", "adult", "older_adult"),
              answered("onset", "chronic")],
        then=[cause("degenerative", 0.25), consider("multiple_system_atrophy")],
        explain="Chronic ataxia with small jerks in adult life suggests multiple system atrophy "
        "or another degenerative ataxia.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.against_childhood",
        when=[answered("age_group", "child")],
        then=[cause("degenerative", -0.4)],
        explain="The common degenerative causes do not start in childhood.",
        sources=["zutt2015"],
    ),
    # Traumatic (injury or compression)
    rule(
        "cause.traumatic.injury",
        when=[answered("head_or_spinal_injury", "yes")],
        then=[cause("traumatic", 0.7), consider("head_injury"), consider("spinal_cord_injury")],
        explain="Head injury causes focal cortical jerks; spinal injury segmental or "
        "propriospinal jerks.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.traumatic.compression",
        when=[answered("tumour_or_compression", "yes")],
        then=[cause("traumatic", 0.55), consider("spinal_cord_tumour")],
        explain="Pressure on nerves or the cord, usually from a tumour, injures them and causes "
        "myoclonus; the source names surgery for it.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "cause.traumatic.spinal_compression",
        when=[inferred("spinal_compression")],
        then=[cause("traumatic", 0.3), consider("spinal_cord_tumour")],
        explain="Segmental jerks with a cord lesion suggest structural injury of the cord.",
        sources=["caviness2004"],
    ),
    # Vascular
    rule(
        "cause.vascular.event",
        when=[answered("vascular_event", "yes")],
        then=[cause("vascular", 0.7), consider("cortical_stroke")],
        explain="Strokes of the cortex cause focal cortical myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.vascular.brainstem_segmental",
        when=[answered("vascular_event", "yes"), inferred("segmental_pattern")],
        then=[cause("vascular", 0.2), consider("palatal_myoclonus")],
        explain="A brainstem stroke can cause rhythmic palatal or segmental myoclonus that "
        "persists in sleep.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.vascular.hemifacial_spasm",
        when=[inferred("hemifacial_spasm")],
        then=[cause("vascular", 0.55), consider("hemifacial_spasm")],
        explain="Hemifacial spasm is usually caused by a blood vessel compressing the facial nerve.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "cause.traumatic.hemifacial_mass",
        when=[inferred("hemifacial_spasm"), answered("tumour_or_compression", "yes")],
        then=[cause("traumatic", 0.2)],
        explain="Hemifacial spasm with a known mass suggests compression of the facial nerve by "
        "a tumour.",
        sources=["seed:treatment", "caviness2004"],
    ),
    # Infectious
    rule(
        "cause.infectious.infection",
        when=[answered("infection", "yes")],
        then=[cause("infectious", 0.65), consider("viral_encephalitis"), consider("hiv_infection")],
        explain="Encephalitis, HIV and other infections of the nervous system cause myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.infectious.prion_disease",
        when=[inferred("prion_disease")],
        then=[cause("infectious", 0.7), cause("degenerative", 0.3),
              consider("creutzfeldt_jakob_disease")],
        explain="Creutzfeldt-Jakob disease is a transmissible prion disease, also taught with the "
        "degenerative causes.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.infectious.sspe",
        when=[answered("age_group", "child", "adolescent"),
              answered("dementia", "slowly_progressive", "rapidly_progressive"),
              answered("rhythm", "rhythmic")],
        then=[cause("infectious", 0.3), consider("sspe")],
        explain="A young person with intellectual decline and periodic jerks may have subacute "
        "sclerosing panencephalitis after measles.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.infectious.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[cause("infectious", 0.5), consider("opsoclonus_myoclonus")],
        explain="Opsoclonus-myoclonus is post-infectious or paraneoplastic (neuroblastoma in "
        "children).",
        sources=["caviness2004"],
    ),
    # Hereditary
    rule(
        "cause.hereditary.family_history",
        when=[answered("family_history", "yes")],
        then=[cause("hereditary", 0.5)],
        explain="Affected relatives point to a hereditary cause.",
        sources=["seed:causes", "zutt2015"],
    ),
    rule(
        "cause.hereditary.young_epilepsy",
        when=[inferred("young_onset"), answered("epilepsy", "yes")],
        then=[cause("hereditary", 0.4)],
        explain="Myoclonus with seizures starting young suggests an inherited epilepsy.",
        sources=["seed:associated", "zutt2015"],
    ),
    rule(
        "cause.hereditary.juvenile_myoclonic_epilepsy",
        when=[inferred("juvenile_myoclonic_epilepsy")],
        then=[cause("hereditary", 0.6), consider("juvenile_myoclonic_epilepsy")],
        explain="Juvenile myoclonic epilepsy is a common genetic generalised epilepsy.",
        sources=["zutt2015", "shahwan2005"],
    ),
    rule(
        "cause.hereditary.progressive_myoclonus_epilepsy",
        when=[inferred("progressive_myoclonus_epilepsy")],
        then=[cause("hereditary", 0.7), consider("unverricht_lundborg_disease")],
        explain="The progressive myoclonus epilepsies are inherited, mostly recessive.",
        sources=["shahwan2005"],
    ),
    rule(
        "cause.hereditary.pme_visual",
        when=[inferred("progressive_myoclonus_epilepsy"), answered("visual_disturbance", "yes")],
        then=[consider("lafora_disease"), consider("neuronal_ceroid_lipofuscinosis"),
              consider("sialidosis")],
        explain="Visual symptoms in a progressive myoclonus epilepsy point to Lafora disease, "
        "a neuronal ceroid lipofuscinosis or sialidosis.",
        sources=["shahwan2005", "seed:associated"],
    ),
    rule(
        "cause.hereditary.mitochondrial",
        when=[inferred("mitochondrial_disease")],
        then=[cause("hereditary", 0.6), cause("metabolic", 0.1), consider("merrf")],
        explain="Mitochondrial disease (MERRF) combines myoclonus, epilepsy, ataxia and short "
        "stature, inherited through the mother.",
        sources=["shahwan2005"],
    ),
    rule(
        "cause.hereditary.growth_retardation",
        when=[answered("growth_retardation", "yes")],
        then=[cause("hereditary", 0.4), cause("metabolic", 0.1)],
        explain="Growth retardation or developmental delay points to a hereditary or inborn "
        "metabolic disorder.",
        sources=["seed:associated", "zutt2015"],
    ),
    rule(
        "cause.hereditary.young_visual",
        when=[inferred("young_onset"), answered("visual_disturbance", "yes")],
        then=[cause("hereditary", 0.35), consider("neuronal_ceroid_lipofuscinosis")],
        explain="Failing vision with myoclonus in a child suggests a neuronal ceroid "
        "lipofuscinosis.",
        sources=["seed:associated", "shahwan2005"],
    ),
    rule(
        "cause.hereditary.myoclonus_dystonia",
        when=[inferred("young_onset"), answered("family_history", "yes"), answered("epilepsy", "no")],
        then=[cause("hereditary", 0.2), consider("myoclonus_dystonia")],
        explain="Familial jerks from childhood without seizures suggest myoclonus-dystonia.",
        sources=["zutt2015"],
    ),
    # Toxic
    rule(
        "cause.toxic.drug_exposure",
        when=[answered("drug_exposure", "yes")],
        then=[cause("toxic", 0.7), consider("drug_induced_myoclonus")],
        explain="A drug or toxin started or increased recently is a common, reversible cause.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.toxic.renal_accumulation",
        when=[answered("drug_exposure", "yes"), answered("organ_failure", "renal")],
        then=[cause("toxic", 0.3)],
        explain="In kidney failure opioids, gabapentinoids and antibiotics such as cefepime "
        "accumulate and cause myoclonus.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.toxic.serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[cause("toxic", 0.5), consider("serotonin_toxicity")],
        explain="Serotonin toxicity causes inducible and spontaneous myoclonus.",
        sources=["caviness2004"],
    ),
    # Functional
    rule(
        "cause.functional.pattern",
        when=[inferred("functional_pattern")],
        then=[cause("functional", 0.75), consider("functional_jerks")],
        explain="Variable, distractible jerks are functional.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.functional.against_sleep",
        when=[answered("during_sleep", "persists")],
        then=[cause("functional", -0.5), cause("physiological", -0.2)],
        explain="Functional jerks stop in sleep.",
        sources=["zutt2015"],
    ),
]
