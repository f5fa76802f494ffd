"""Cause: the second diagnostic task, in the source's categories (metabolic, nutritional,
degenerative, traumatic, vascular, infectious, hereditary, toxic), plus physiological and
functional myoclonus. Each rule also names the conditions its findings point to."""

from ..rulebook import absent, answered, answered_no, cause, consider, inferred, rule

RULES = [
    # Physiological
    rule(
        "cause.physiological.hiccups",
        when=[inferred("hiccups"), absent(inferred("pathological_hiccups"))],
        then=[cause("physiological", 0.8), consider("hiccups", 0.7)],
        explain="Brief hiccups are physiological myoclonus of the diaphragm.",
        sources=["seed:examples", "chang2012"],
    ),
    rule(
        "cause.against_physiological.pathological_hiccups",
        when=[inferred("pathological_hiccups")],
        then=[
            cause("physiological", -0.6),
            cause("vascular", 0.2),
            cause("metabolic", 0.15),
            consider("hiccups", -0.5),
            consider("brainstem_lesion_hiccups", 0.4),
        ],
        explain="Hiccups lasting 48 hours or more, or with brainstem signs, are not physiological: lesions "
        "of the medulla (a stroke among them) and metabolic causes such as uraemia head the list.",
        sources=["chang2012"],
    ),
    rule(
        "cause.vascular.brainstem_hiccups",
        when=[inferred("hiccups"), answered("brainstem_signs", "yes")],
        then=[cause("vascular", 0.5), consider("brainstem_lesion_hiccups", 0.5)],
        explain="Hiccups with brainstem signs are a classic presentation of a lateral medullary stroke.",
        sources=["park2005", "chang2012"],
    ),
    rule(
        "cause.physiological.hypnic_jerks",
        when=[inferred("hypnic_jerks")],
        then=[cause("physiological", 0.8), consider("hypnic_jerks", 0.7)],
        explain="A jerk on falling asleep, with nothing else wrong, is physiological.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "cause.physiological.benign_neonatal_sleep_myoclonus",
        when=[inferred("benign_neonatal_sleep_myoclonus")],
        then=[cause("physiological", 0.8), consider("benign_neonatal_sleep_myoclonus", 0.8)],
        explain="Jerks only in sleep in a well baby are benign neonatal sleep myoclonus, a physiological "
        "phenomenon that resolves by itself.",
        sources=["dicapua1993", "maurer2010"],
    ),
    rule(
        "cause.against_physiological.infantile_spasms",
        when=[inferred("possible_infantile_spasms")],
        then=[
            cause("physiological", -0.6),
            cause("hereditary", 0.3),
            consider("infantile_spasms", 0.6),
            consider("benign_neonatal_sleep_myoclonus", -0.6),
        ],
        explain="Clustered jerks awake, or with slowed development, in an infant suggest infantile spasms, "
        "an epileptic encephalopathy, not benign sleep jerks.",
        sources=["pellock2010"],
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
        explain="Other organ failure (for example respiratory failure) can cause metabolic myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.asterixis",
        when=[answered("negative_myoclonus", "yes")],
        then=[cause("metabolic", 0.35), cause("toxic", 0.15)],
        explain="Asterixis (negative myoclonus) is a classic sign of metabolic and toxic encephalopathy.",
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
        explain="Post-hypoxic myoclonus is taught with the metabolic causes, as hypoxic-metabolic brain injury.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.metabolic.lance_adams",
        when=[inferred("post_hypoxic"), answered("triggers", "action"), absent(inferred("acute_post_hypoxic"))],
        then=[consider("lance_adams_syndrome", 0.7), consider("acute_posthypoxic_myoclonus", -0.3)],
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
        "cause.metabolic.against_no_organ_failure",
        when=[answered_no("organ_failure"), answered_no("metabolic_disturbance")],
        then=[cause("metabolic", -0.4)],
        explain="No organ failure and no glucose or electrolyte disturbance: a metabolic cause is unlikely.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "cause.metabolic.against_no_organ_failure_alone",
        when=[answered_no("organ_failure")],
        then=[cause("metabolic", -0.2)],
        explain="No organ failure argues against the commonest metabolic causes.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.tempo.acute",
        when=[answered("onset", "acute", "subacute")],
        then=[
            cause("metabolic", 0.15),
            cause("toxic", 0.15),
            cause("infectious", 0.1),
            cause("vascular", 0.1),
            cause("degenerative", -0.3),
            cause("hereditary", -0.25),
        ],
        explain="A quick onset points to acquired causes and away from slow degenerative or hereditary disease.",
        sources=["zutt2015"],
    ),
    # Nutritional
    rule(
        "cause.nutritional.deficiency",
        when=[answered("nutritional_deficiency", "yes")],
        then=[cause("nutritional", 0.7), consider("vitamin_deficiency"), consider("alcohol_thiamine_deficiency")],
        explain="Malabsorption, vitamin deficiency and alcohol misuse are nutritional causes.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.nutritional.against_no_deficiency",
        when=[answered_no("nutritional_deficiency")],
        then=[cause("nutritional", -0.4)],
        explain="No malabsorption, deficiency or alcohol misuse argues against a nutritional cause.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.nutritional.coeliac_ataxia",
        when=[answered("nutritional_deficiency", "yes"), answered("ataxia", "yes")],
        then=[cause("nutritional", 0.2), consider("coeliac_disease")],
        explain="Progressive ataxia with cortical myoclonus and malabsorption suggests coeliac disease.",
        sources=["caviness2004"],
    ),
    # Degenerative
    rule(
        "cause.degenerative.slow_dementia",
        when=[answered("dementia", "slowly_progressive")],
        then=[cause("degenerative", 0.6)],
        explain="Slowly progressive dementia with myoclonus suggests a neurodegenerative disease.",
        sources=["seed:associated", "zutt2015"],
    ),
    rule(
        "cause.degenerative.alzheimer_later_life",
        when=[answered("dementia", "slowly_progressive"), absent(inferred("young_onset"))],
        then=[consider("alzheimer_disease")],
        explain="Slowly progressive dementia beyond youth is most often Alzheimer disease, in which "
        "multifocal jerks come late.",
        sources=["zutt2015"],
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
        when=[
            answered("dementia", "slowly_progressive"),
            answered("visual_disturbance", "yes"),
            answered("age_group", "adult", "older_adult"),
        ],
        then=[
            cause("degenerative", 0.2),
            consider("dementia_with_lewy_bodies", 0.7),
            consider("alzheimer_disease", -0.2),
        ],
        explain="Dementia with visual hallucinations in later life suggests dementia with Lewy bodies.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.corticobasal",
        when=[
            answered("distribution", "focal"),
            answered("triggers", "stimulus"),
            answered("age_group", "older_adult"),
        ],
        then=[cause("degenerative", 0.3), consider("corticobasal_degeneration")],
        explain="Stimulus-sensitive jerks of one hand in later life suggest corticobasal degeneration.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.ataxia_later_life",
        when=[answered("ataxia", "yes"), answered("age_group", "adult", "older_adult"), answered("onset", "chronic")],
        then=[cause("degenerative", 0.25), consider("multiple_system_atrophy")],
        explain="Chronic ataxia with small jerks in adult life suggests multiple system atrophy "
        "or another degenerative ataxia.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.against_no_dementia",
        when=[answered_no("dementia")],
        then=[cause("degenerative", -0.25)],
        explain="No cognitive decline argues against the dementias that cause myoclonus.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.degenerative.against_childhood",
        when=[answered("age_group", "neonate", "infant", "child")],
        then=[cause("degenerative", -0.4)],
        explain="The common degenerative causes do not start in childhood.",
        sources=["zutt2015"],
    ),
    # Traumatic (injury or compression)
    rule(
        "cause.traumatic.injury",
        when=[answered("head_or_spinal_injury", "yes")],
        then=[cause("traumatic", 0.7), consider("head_injury"), consider("spinal_cord_injury")],
        explain="Head injury causes focal cortical jerks; spinal injury segmental or propriospinal jerks.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.traumatic.compression",
        when=[inferred("mass_compression")],
        then=[cause("traumatic", 0.55), consider("spinal_cord_tumour")],
        explain="Pressure on nerves or the cord, usually from a tumour, injures them and causes "
        "myoclonus; the source names surgery for it.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "cause.traumatic.nerve_injury",
        when=[answered("nerve_injury", "yes")],
        then=[cause("traumatic", 0.6), consider("peripheral_nerve_injury", 0.7)],
        explain="An injured nerve, root or plexus can generate peripheral myoclonus in its territory.",
        sources=["caviness2004", "kojovic2011"],
    ),
    rule(
        "cause.traumatic.against_no_injury",
        when=[answered_no("head_or_spinal_injury")],
        then=[cause("traumatic", -0.3)],
        explain="No head or spinal injury argues against a traumatic cause.",
        sources=["caviness2004"],
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
        then=[cause("vascular", 0.7), consider("cortical_stroke", 0.5)],
        explain="Strokes of the cortex cause focal cortical myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.vascular.against_no_event",
        when=[answered_no("vascular_event")],
        then=[cause("vascular", -0.4)],
        explain="No stroke or vascular lesion argues against a vascular cause.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.vascular.brainstem_segmental",
        when=[answered("vascular_event", "yes"), inferred("segmental_pattern")],
        then=[cause("vascular", 0.2), consider("palatal_myoclonus", 0.7), consider("cortical_stroke", -0.4)],
        explain="A brainstem stroke can cause rhythmic palatal or segmental myoclonus that persists in sleep.",
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
        "cause.vascular.hemifacial_vascular_loop",
        when=[inferred("hemifacial_spasm"), answered("vascular_loop", "yes")],
        then=[cause("vascular", 0.3), consider("hemifacial_spasm", 0.3)],
        explain="Hemifacial spasm with a vessel shown compressing the facial nerve is neurovascular "
        "compression, treated by botulinum toxin or microvascular decompression.",
        sources=["ninds", "caviness2004"],
    ),
    rule(
        "cause.traumatic.hemifacial_mass",
        when=[inferred("hemifacial_spasm"), inferred("mass_compression")],
        then=[cause("traumatic", 0.2)],
        explain="Hemifacial spasm with a known mass suggests compression of the facial nerve by a tumour.",
        sources=["seed:treatment", "caviness2004"],
    ),
    # Infectious
    rule(
        "cause.infectious.infection",
        when=[answered("infection", "yes")],
        then=[cause("infectious", 0.65), consider("viral_encephalitis"), consider("hiv_infection", 0.3)],
        explain="Encephalitis, HIV and other infections of the nervous system cause myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.infectious.fever",
        when=[answered("fever", "yes"), answered("onset", "acute", "subacute")],
        then=[cause("infectious", 0.35), consider("viral_encephalitis", 0.4)],
        explain="Fever with jerks of recent onset points to an infection of the nervous system.",
        sources=["caviness2004", "graus2016"],
    ),
    rule(
        "cause.infectious.against_no_infection",
        when=[answered_no("infection"), absent(answered("fever", "yes"))],
        then=[cause("infectious", -0.35)],
        explain="No infection (and no fever) argues against an infectious cause.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.infectious.prion_disease",
        when=[inferred("prion_disease")],
        then=[cause("infectious", 0.7), cause("degenerative", 0.3), consider("creutzfeldt_jakob_disease", 0.7)],
        explain="Creutzfeldt-Jakob disease is a transmissible prion disease, also taught with the degenerative causes.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.infectious.sspe",
        when=[
            answered("age_group", "child", "adolescent"),
            answered("dementia", "slowly_progressive", "rapidly_progressive"),
            answered("rhythm", "rhythmic"),
        ],
        then=[cause("infectious", 0.3), consider("sspe", 0.7)],
        explain="A young person with intellectual decline and periodic jerks may have subacute "
        "sclerosing panencephalitis after measles.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.infectious.post_infectious_opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus"), answered("infection", "yes")],
        then=[cause("autoimmune", 0.25), consider("opsoclonus_myoclonus", 0.2)],
        explain="Opsoclonus-myoclonus after an infection is para-infectious; it is still immune-mediated "
        "and a tumour must still be looked for.",
        sources=["klaas2012", "rossor2022"],
    ),
    # Immune-mediated (autoimmune or paraneoplastic)
    rule(
        "cause.autoimmune.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[cause("autoimmune", 0.65), consider("opsoclonus_myoclonus", 0.9)],
        explain="Opsoclonus-myoclonus is immune-mediated: paraneoplastic (a neuroblastoma in about half "
        "of children; lung or breast cancer or an ovarian teratoma in adults) or para-infectious.",
        sources=["rossor2022", "klaas2012", "armangue2016"],
    ),
    rule(
        "cause.autoimmune.encephalitis",
        when=[inferred("autoimmune_encephalitis")],
        then=[cause("autoimmune", 0.6), consider("autoimmune_encephalitis", 0.6)],
        explain="An encephalopathy with myoclonus and no infectious, toxic or metabolic cause, or with "
        "a known cancer, may be autoimmune or paraneoplastic encephalitis.",
        sources=["graus2016"],
    ),
    rule(
        "cause.autoimmune.perm",
        when=[inferred("perm")],
        then=[cause("autoimmune", 0.4), consider("perm", 0.8)],
        explain="Stiffness, startle and myoclonus are progressive encephalomyelitis with rigidity and "
        "myoclonus, usually with glycine-receptor antibodies.",
        sources=["carvajal2014"],
    ),
    rule(
        "cause.autoimmune.known_cancer",
        when=[answered("known_cancer", "yes")],
        then=[cause("autoimmune", 0.3)],
        explain="A known cancer raises the possibility of a paraneoplastic syndrome.",
        sources=["graus2016", "armangue2016"],
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
        then=[cause("hereditary", 0.6), consider("juvenile_myoclonic_epilepsy", 0.7)],
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
        then=[consider("lafora_disease"), consider("neuronal_ceroid_lipofuscinosis"), consider("sialidosis")],
        explain="Visual symptoms in a progressive myoclonus epilepsy point to Lafora disease, "
        "a neuronal ceroid lipofuscinosis or sialidosis.",
        sources=["shahwan2005", "seed:associated"],
    ),
    rule(
        "cause.hereditary.mitochondrial",
        when=[inferred("mitochondrial_disease")],
        then=[cause("hereditary", 0.6), cause("metabolic", 0.1), consider("merrf"), consider("polg_disease")],
        explain="Mitochondrial disease (MERRF) combines myoclonus, epilepsy, ataxia and short "
        "stature, inherited through the mother.",
        sources=["shahwan2005"],
    ),
    rule(
        "cause.hereditary.growth_retardation",
        when=[answered("growth_retardation", "yes")],
        then=[cause("hereditary", 0.4), cause("metabolic", 0.1)],
        explain="Growth retardation or developmental delay points to a hereditary or inborn metabolic disorder.",
        sources=["seed:associated", "zutt2015"],
    ),
    rule(
        "cause.hereditary.young_visual",
        when=[inferred("young_onset"), answered("visual_disturbance", "yes")],
        then=[cause("hereditary", 0.35), consider("neuronal_ceroid_lipofuscinosis")],
        explain="Failing vision with myoclonus in a child suggests a neuronal ceroid lipofuscinosis.",
        sources=["seed:associated", "shahwan2005"],
    ),
    rule(
        "cause.hereditary.polg_ataxia_epilepsy",
        when=[inferred("progressive_myoclonus_epilepsy"), answered("ataxia", "yes")],
        then=[consider("polg_disease", 0.3)],
        explain="Epilepsy with ataxia starting young may be POLG disease, which is tested for before "
        "valproate is ever given.",
        sources=["polg2024"],
    ),
    rule(
        "cause.hereditary.myoclonus_dystonia",
        when=[inferred("myoclonus_dystonia")],
        then=[cause("hereditary", 0.5), consider("myoclonus_dystonia", 0.7)],
        explain="Myoclonus-dystonia is usually caused by SGCE variants (inherited from the father).",
        sources=["zutt2015", "roze2018"],
    ),
    rule(
        "cause.hereditary.hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[cause("hereditary", 0.6), consider("hyperekplexia", 0.8)],
        explain="Hyperekplexia is inherited through glycine-receptor genes such as GLRA1.",
        sources=["bakker2006"],
    ),
    rule(
        "cause.hereditary.dravet_syndrome",
        when=[inferred("dravet_syndrome")],
        then=[cause("hereditary", 0.6), consider("dravet_syndrome", 0.8)],
        explain="Dravet syndrome is caused by SCN1A variants, most arising new in the child.",
        sources=["wirrell2022"],
    ),
    rule(
        "cause.hereditary.against_no_family_history",
        when=[answered_no("family_history")],
        then=[cause("hereditary", -0.15)],
        explain="No affected relative argues weakly against a hereditary cause (recessive and new "
        "variants often have none).",
        sources=["zutt2015"],
    ),
    # Toxic
    rule(
        "cause.toxic.drug_exposure",
        when=[inferred("drug_suspected")],
        then=[cause("toxic", 0.7), consider("drug_induced_myoclonus")],
        explain="A drug or toxin started or increased recently is a common, reversible cause.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.toxic.against_no_drug",
        when=[answered_no("drug_exposure"), absent(inferred("drug_suspected"))],
        then=[cause("toxic", -0.5)],
        explain="No drug or toxin started, increased or stopped argues against a toxic cause.",
        sources=["caviness2004", "janssen2017"],
    ),
    rule(
        "cause.toxic.lithium",
        when=[inferred("lithium_toxicity")],
        then=[cause("toxic", 0.4), consider("lithium_toxicity", 0.8)],
        explain="Lithium neurotoxicity causes coarse tremor, myoclonus and ataxia, often with kidney "
        "injury, sometimes at therapeutic levels.",
        sources=["decker2015", "janssen2017"],
    ),
    rule(
        "cause.toxic.valproate_hyperammonaemia",
        when=[inferred("valproate_culprit"), answered("encephalopathy", "yes")],
        then=[consider("valproate_hyperammonaemia", 0.7)],
        explain="Confusion and jerks on valproate may be a hyperammonaemic encephalopathy, even with "
        "normal liver tests.",
        sources=["depakote_label"],
    ),
    rule(
        "cause.toxic.renal_accumulation",
        when=[inferred("drug_suspected"), answered("organ_failure", "renal")],
        then=[cause("toxic", 0.3)],
        explain="In kidney failure opioids, gabapentinoids and antibiotics such as cefepime "
        "accumulate and cause myoclonus.",
        sources=["caviness2004"],
    ),
    rule(
        "cause.toxic.serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[cause("toxic", 0.5), consider("serotonin_toxicity", 0.8)],
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
        "cause.functional.isolated_axial",
        when=[answered("distribution", "axial"), absent(inferred("pathological_clue"))],
        then=[cause("functional", 0.35), consider("functional_axial_jerks", 0.5)],
        explain="Isolated axial jerks with nothing else wrong are mostly functional; neurophysiology "
        "(a premovement potential) gives the positive evidence.",
        sources=["erro2013", "erro2014", "vandersalm2014"],
    ),
    rule(
        "cause.functional.against_sleep",
        when=[answered("during_sleep", "persists", "only_in_sleep")],
        then=[cause("functional", -0.5)],
        explain="Functional jerks stop in sleep.",
        sources=["zutt2015"],
    ),
    rule(
        "cause.functional.against_consistent_pattern",
        when=[answered_no("distractible")],
        then=[cause("functional", -0.3)],
        explain="Jerks that do not vary with distraction argue against a functional cause.",
        sources=["zutt2015"],
    ),
]
