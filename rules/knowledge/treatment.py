"""Treatment options, by cause first and then by site of origin.

The source: medicines that reduce symptoms (many are antiepileptics), several drugs
together when needed, botulinum toxin for focal jerks such as hemifacial spasm, and
surgery for pressure on nerves. Roles: recommended, consider. What must be avoided is
the contraindication table's (knowledge/contraindications.py), checked after every rule.
The cortical drug cascade is not offered where the jerks are not cortical myoclonus to be
suppressed: a recognised non-cortical syndrome, or a toxic-metabolic encephalopathy whose
cause is the treatment.
"""

from ..rulebook import absent, answered, inferred, rule, treat

_NOT_FOR_CASCADE = (absent(inferred("non_cortical_syndrome")), absent(inferred("toxic_metabolic_encephalopathy")))

RULES = [
    rule(
        "treatment.physiological.reassurance",
        when=[
            inferred("hiccups"),
            absent(inferred("pathological_hiccups")),
            answered("hiccup_duration", "under_48_hours"),
        ],
        then=[
            treat(
                "reassurance",
                "recommended",
                "Hiccups of under 48 hours with nothing else wrong are harmless and self-limiting.",
            )
        ],
        explain="Physiological myoclonus needs explanation, not drugs.",
        sources=["seed:examples", "chang2012"],
    ),
    rule(
        "treatment.physiological.reassurance_once_asked",
        when=[
            inferred("hiccups"),
            absent(inferred("pathological_hiccups")),
            absent(answered("hiccup_duration", "under_48_hours")),
        ],
        then=[
            treat(
                "reassurance",
                "consider",
                "Reassure once the hiccups are known to have lasted under 48 hours without brainstem signs.",
            )
        ],
        explain="A benign label must not rest on a question left unasked: how long the hiccups have lasted.",
        sources=["seed:examples", "chang2012"],
    ),
    rule(
        "treatment.physiological.hypnic_reassurance",
        when=[inferred("hypnic_jerks"), inferred("pathology_screened_out")],
        then=[treat("reassurance", "recommended", "Jerks on falling asleep are normal.")],
        explain="Physiological myoclonus needs explanation, not drugs.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "treatment.physiological.hypnic_reassurance_once_asked",
        when=[inferred("hypnic_jerks"), absent(inferred("pathology_screened_out"))],
        then=[
            treat(
                "reassurance", "consider", "Reassure once seizures and confusion have been asked about and are absent."
            )
        ],
        explain="A benign label must not rest on questions left unasked.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "treatment.physiological.benign_neonatal_sleep_myoclonus",
        when=[inferred("benign_neonatal_sleep_myoclonus")],
        then=[
            treat(
                "reassurance",
                "recommended",
                "The jerks stop on waking and fade by a few months; "
                "they need no drug and no further tests once the diagnosis is clear.",
            )
        ],
        explain="Benign neonatal sleep myoclonus is explained to the parents, not treated.",
        sources=["maurer2010", "dicapua1993"],
    ),
    rule(
        "treatment.cause.drug",
        when=[inferred("drug_suspected")],
        then=[
            treat(
                "withdraw_offending_drug",
                "recommended",
                "Drug-induced myoclonus usually stops when the drug is reduced or withdrawn.",
            )
        ],
        explain="Withdrawing the offending drug comes before any symptomatic treatment.",
        sources=["janssen2017", "caviness2004"],
    ),
    rule(
        "treatment.cause.organ_failure",
        when=[answered("organ_failure", "renal", "hepatic", "other")],
        then=[
            treat(
                "treat_underlying_cause",
                "recommended",
                "Treating the organ failure (for example dialysis) usually stops metabolic myoclonus.",
            )
        ],
        explain="Treating the cause comes before symptomatic drugs.",
        sources=["kojovic2011", "dijk2010"],
    ),
    rule(
        "treatment.cause.metabolic_disturbance",
        when=[answered("metabolic_disturbance", "yes")],
        then=[treat("treat_underlying_cause", "recommended", "Correcting glucose or electrolytes stops the jerks.")],
        explain="Treating the cause comes before symptomatic drugs.",
        sources=["kojovic2011", "dijk2010"],
    ),
    rule(
        "treatment.cause.nutritional_deficiency",
        when=[answered("nutritional_deficiency", "yes")],
        then=[
            treat(
                "treat_underlying_cause",
                "recommended",
                "A gluten-free diet or vitamin replacement treats nutritional causes.",
            )
        ],
        explain="Treating the cause comes before symptomatic drugs.",
        sources=["kojovic2011", "dijk2010"],
    ),
    rule(
        "treatment.cause.infection",
        when=[answered("infection", "yes")],
        then=[treat("treat_underlying_cause", "recommended", "Treating the infection treats the myoclonus.")],
        explain="Treating the cause comes before symptomatic drugs.",
        sources=["kojovic2011", "dijk2010"],
    ),
    rule(
        "treatment.cause.pathological_hiccups",
        when=[inferred("pathological_hiccups")],
        then=[
            treat(
                "treat_underlying_cause",
                "recommended",
                "Persistent hiccups, or hiccups with brainstem "
                "signs, stop when their cause is found and treated (stroke care for a medullary infarct).",
            )
        ],
        explain="Pathological hiccups are treated through their cause.",
        sources=["chang2012"],
    ),
    rule(
        "treatment.cortical",
        when=[inferred("cortical_pattern"), *_NOT_FOR_CASCADE],
        then=[
            treat("levetiracetam", "recommended", "First choice for cortical myoclonus."),
            treat("sodium_valproate", "consider", "Effective for cortical myoclonus."),
            treat("piracetam", "consider", "Add-on for cortical myoclonus."),
            treat(
                "clonazepam",
                "consider",
                "Often combined with the others; the source notes that several drugs may be needed together.",
            ),
        ],
        explain="Cortical myoclonus responds to antiepileptic drugs, often several together.",
        sources=["seed:treatment", "kojovic2011", "dijk2010"],
    ),
    rule(
        "treatment.cortical.older_options",
        when=[inferred("cortical_pattern"), answered("frequency", "frequent"), *_NOT_FOR_CASCADE],
        then=[
            treat("primidone", "consider", "An older option when newer drugs fail."),
            treat("barbiturates", "consider", "An older option when newer drugs fail."),
            treat("propranolol", "consider", "Reported as sometimes helpful; the evidence is weak."),
        ],
        explain="The source names barbiturates, primidone and propranolol among the options for disabling myoclonus.",
        sources=["seed:treatment", "dijk2010"],
    ),
    rule(
        "treatment.epilepsy_syndrome",
        when=[inferred("juvenile_myoclonic_epilepsy")],
        then=[
            treat("sodium_valproate", "recommended", "Highly effective in juvenile myoclonic epilepsy."),
            treat("levetiracetam", "recommended", "Effective and preferred where valproate is unsuitable."),
            treat("clonazepam", "consider", "Add-on for persistent jerks."),
        ],
        explain="Juvenile myoclonic epilepsy is treated with broad-spectrum antiepileptics.",
        sources=["dijk2010", "mhra2018"],
    ),
    rule(
        "treatment.progressive_myoclonus_epilepsy",
        when=[inferred("progressive_myoclonus_epilepsy")],
        then=[
            treat("levetiracetam", "recommended", "Reduces action myoclonus."),
            treat("piracetam", "consider", "Add-on for action myoclonus."),
            treat("clonazepam", "consider", "Add-on; several drugs are usually needed."),
            treat("zonisamide", "consider", "Add-on with reported benefit in progressive myoclonus epilepsies."),
            treat("topiramate", "consider", "Add-on for refractory action myoclonus."),
            treat("brivaracetam", "consider", "Reported to help action myoclonus in Unverricht-Lundborg disease."),
            treat(
                "perampanel",
                "consider",
                "Reported to help myoclonus in Lafora and Unverricht-Lundborg disease (low-level evidence).",
            ),
        ],
        explain="Progressive myoclonus epilepsies need several antimyoclonic drugs together; valproate, a "
        "mainstay once POLG disease is excluded, waits for that test.",
        sources=["seed:treatment", "michelucci2016", "shahwan2005"],
    ),
    rule(
        "treatment.unverricht_lundborg_confirmed",
        when=[answered("genetic_result", "epm1")],
        then=[
            treat(
                "sodium_valproate",
                "recommended",
                "The first drug of choice in Unverricht-Lundborg disease, where its other contraindications "
                "allow: it lessens the myoclonus and the generalised seizures.",
            ),
        ],
        explain="Once CSTB testing confirms Unverricht-Lundborg disease, valproate leads its treatment, with "
        "levetiracetam, clonazepam or piracetam for the myoclonus; phenytoin worsens it.",
        sources=["kalviainen2008"],
    ),
    rule(
        "treatment.dravet_syndrome",
        when=[inferred("dravet_syndrome")],
        then=[
            treat(
                "sodium_valproate",
                "consider",
                "A first-line drug in Dravet syndrome (with clobazam "
                "and stiripentol), where its other contraindications allow.",
            ),
            treat("levetiracetam", "consider", "An option for myoclonic seizures."),
        ],
        explain="Dravet syndrome is treated in a specialist epilepsy service; broad-spectrum drugs, never "
        "sodium-channel blockers.",
        sources=["wirrell2022"],
    ),
    rule(
        "treatment.post_hypoxic",
        when=[inferred("post_hypoxic"), absent(inferred("acute_post_hypoxic"))],
        then=[
            treat("levetiracetam", "recommended", "Reduces post-hypoxic action myoclonus."),
            treat("clonazepam", "recommended", "Helps both cortical and reticular post-hypoxic myoclonus."),
            treat("sodium_valproate", "consider", "An alternative or add-on."),
            treat("piracetam", "consider", "Add-on for action myoclonus."),
            treat(
                "5_htp",
                "consider",
                "Historically used in chronic post-hypoxic myoclonus; the source reports it as sometimes helpful.",
            ),
        ],
        explain="Chronic post-hypoxic (Lance-Adams) myoclonus often needs several drugs; 5-HTP is a historic option.",
        sources=["seed:treatment", "gupta2016"],
    ),
    rule(
        "treatment.post_hypoxic.acute",
        when=[inferred("acute_post_hypoxic")],
        then=[
            treat("levetiracetam", "recommended", "A first-line drug for myoclonus after cardiac arrest."),
            treat("clonazepam", "recommended", "Helps reticular post-hypoxic myoclonus."),
            treat("sodium_valproate", "consider", "An alternative first-line drug."),
        ],
        explain="Acute post-hypoxic myoclonus is managed in critical care with EEG; levetiracetam, "
        "valproate and benzodiazepines are used.",
        sources=["gupta2016", "nolan2021"],
    ),
    rule(
        "treatment.myoclonic_status",
        when=[inferred("myoclonic_status")],
        then=[
            treat(
                "icu_sedation",
                "recommended",
                "Continuous myoclonus with reduced consciousness is "
                "controlled with sedation in intensive care, under EEG.",
            )
        ],
        explain="Acute myoclonic status needs EEG and critical-care sedation.",
        sources=["gupta2016", "nolan2021"],
    ),
    rule(
        "treatment.segmental",
        when=[inferred("segmental_pattern")],
        then=[
            treat("clonazepam", "recommended", "First choice for segmental myoclonus."),
            treat("levetiracetam", "consider", "An alternative for segmental myoclonus."),
            treat("botulinum_toxin", "consider", "Injections can help focal or segmental jerks."),
        ],
        explain="Spinal and brainstem segmental myoclonus respond best to clonazepam; botulinum toxin "
        "helps focal and segmental jerks.",
        sources=["kojovic2011", "keswani2002"],
    ),
    rule(
        "treatment.propriospinal",
        when=[answered("distribution", "axial"), answered("distractible", "no")],
        then=[treat("clonazepam", "consider", "Can reduce propriospinal jerks.")],
        explain="Propriospinal myoclonus may respond to clonazepam once a functional cause is excluded.",
        sources=["kojovic2011"],
    ),
    rule(
        "treatment.hemifacial_spasm",
        when=[inferred("hemifacial_spasm")],
        then=[
            treat(
                "botulinum_toxin",
                "recommended",
                "Injections temporarily paralyse the twitching muscles, as the source describes for hemifacial spasm.",
            ),
            treat("surgery", "consider", "Microvascular decompression when a vessel compresses the facial nerve."),
        ],
        explain="Hemifacial spasm is treated with botulinum toxin; surgery decompresses the nerve.",
        sources=["seed:treatment", "ninds"],
    ),
    rule(
        "treatment.peripheral_nerve_injury",
        when=[answered("nerve_injury", "yes")],
        then=[treat("botulinum_toxin", "consider", "Injections can calm jerks confined to one nerve's territory.")],
        explain="Focal peripheral myoclonus may respond to botulinum toxin.",
        sources=["kojovic2011"],
    ),
    rule(
        "treatment.compression_surgery",
        when=[inferred("spinal_compression"), inferred("mass_compression")],
        then=[
            treat(
                "surgery",
                "recommended",
                "Surgery is indicated when the myoclonus comes from "
                "pressure on the cord or nerves, usually from a tumour.",
            ),
            treat("clonazepam", "consider", "Symptomatic relief until the cause is treated."),
        ],
        explain="The source names surgery for myoclonus caused by pressure on nerves.",
        sources=["seed:treatment"],
    ),
    rule(
        "treatment.cord_signs_surgery",
        when=[inferred("spinal_compression"), absent(inferred("mass_compression"))],
        then=[
            treat("surgery", "consider", "Only once imaging shows a compressing lesion of the cord."),
            treat("clonazepam", "consider", "Symptomatic relief while the cord is imaged."),
        ],
        explain="Cord signs call for urgent imaging; surgery waits for it to show a compressing lesion.",
        sources=["seed:treatment", "keswani2002"],
    ),
    rule(
        "treatment.hemifacial_mass_surgery",
        when=[inferred("hemifacial_spasm"), inferred("mass_compression")],
        then=[
            treat(
                "surgery",
                "recommended",
                "A mass compressing the facial nerve is removed surgically once imaging shows it.",
            )
        ],
        explain="The source names surgery for myoclonus caused by pressure on nerves from a tumour.",
        sources=["seed:treatment"],
    ),
    rule(
        "treatment.functional",
        when=[inferred("functional_pattern")],
        then=[
            treat(
                "functional_rehabilitation",
                "recommended",
                "Explaining the diagnosis positively is "
                "the first step; specialist physiotherapy and psychological therapy follow.",
            )
        ],
        explain="Functional jerks are treated by explanation and rehabilitation, not antimyoclonic drugs.",
        sources=["zutt2015", "erro2014"],
    ),
    rule(
        "treatment.functional.axial",
        when=[answered("distribution", "axial"), absent(inferred("pathological_clue"))],
        then=[
            treat(
                "functional_rehabilitation",
                "consider",
                "If back-averaging shows a premovement potential, explanation and rehabilitation treat the jerks.",
            )
        ],
        explain="Most isolated axial jerks prove functional.",
        sources=["erro2013", "erro2014"],
    ),
    rule(
        "treatment.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[
            treat(
                "immunotherapy",
                "recommended",
                "Steroids or ACTH with IVIG, and rituximab when needed, treat the immune attack.",
            ),
            treat("tumour_treatment", "consider", "A tumour found on screening is removed or treated."),
        ],
        explain="Opsoclonus-myoclonus is treated with immunotherapy and a search for a tumour.",
        sources=["rossor2022", "klaas2012"],
    ),
    rule(
        "treatment.autoimmune_encephalitis",
        when=[inferred("autoimmune_encephalitis")],
        then=[
            treat(
                "immunotherapy",
                "consider",
                "First-line immunotherapy (steroids, IVIG or plasma exchange) once infection is excluded.",
            )
        ],
        explain="Autoimmune encephalitis is treated with immunotherapy early, once infection is excluded.",
        sources=["graus2016"],
    ),
    rule(
        "treatment.perm",
        when=[inferred("perm")],
        then=[
            treat("immunotherapy", "recommended", "PERM responds to immunotherapy in most patients."),
            treat("clonazepam", "consider", "Eases stiffness and spasms while immunotherapy works."),
        ],
        explain="PERM is treated with immunotherapy, with benzodiazepines for the stiffness.",
        sources=["carvajal2014"],
    ),
    rule(
        "treatment.paraneoplastic_tumour",
        when=[answered("known_cancer", "yes"), inferred("autoimmune_encephalitis")],
        then=[
            treat(
                "tumour_treatment", "recommended", "A paraneoplastic syndrome improves only when its tumour is treated."
            )
        ],
        explain="Treating the tumour is part of treating a paraneoplastic syndrome.",
        sources=["graus2016", "armangue2016"],
    ),
    rule(
        "treatment.paraneoplastic_opsoclonus_tumour",
        when=[answered("known_cancer", "yes"), inferred("opsoclonus_myoclonus")],
        then=[
            treat(
                "tumour_treatment",
                "recommended",
                "Paraneoplastic opsoclonus-myoclonus improves only when its tumour is treated.",
            )
        ],
        explain="Treating the tumour is part of treating paraneoplastic opsoclonus-myoclonus.",
        sources=["armangue2016", "klaas2012"],
    ),
    rule(
        "treatment.myoclonus_dystonia",
        when=[inferred("myoclonus_dystonia")],
        then=[
            treat("clonazepam", "recommended", "Often helps the jerks of myoclonus-dystonia."),
            treat("zonisamide", "consider", "Reduced myoclonus in a randomised trial in myoclonus-dystonia."),
            treat(
                "deep_brain_stimulation",
                "consider",
                "Pallidal stimulation for disabling jerks that drugs do not control.",
            ),
        ],
        explain="Myoclonus-dystonia is treated with clonazepam or zonisamide, and pallidal deep brain "
        "stimulation when drugs fail.",
        sources=["hainque2016", "azoulay2011", "roze2018"],
    ),
    rule(
        "treatment.hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[treat("clonazepam", "recommended", "Reduces startle and stiffness in hyperekplexia.")],
        explain="Hyperekplexia responds to clonazepam.",
        sources=["dreissen2012", "bakker2006"],
    ),
    rule(
        "treatment.serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[
            treat("benzodiazepine_sedation", "recommended", "Controls agitation and jerks."),
            treat("cyproheptadine", "consider", "A serotonin antagonist for moderate toxicity."),
        ],
        explain="Serotonin toxicity is treated by stopping the drugs, supportive care, benzodiazepines "
        "and, if needed, cyproheptadine.",
        sources=["boyer2005", "dunkley2003"],
    ),
    rule(
        "treatment.lithium_toxicity",
        when=[inferred("lithium_toxicity")],
        then=[
            treat(
                "withdraw_offending_drug",
                "recommended",
                "Hold lithium while the level and kidney function are checked.",
            ),
            treat(
                "dialysis",
                "consider",
                "Haemodialysis for severe lithium toxicity, especially with "
                "kidney failure or a falling level of consciousness.",
            ),
        ],
        explain="Lithium neurotoxicity is treated by stopping lithium and, when severe, haemodialysis.",
        sources=["decker2015"],
    ),
    rule(
        "treatment.renal_accumulation.dialysis",
        when=[answered("drug_classes", "gabapentinoid", "beta_lactam", "lithium"), answered("organ_failure", "renal")],
        then=[
            treat(
                "dialysis",
                "consider",
                "Gabapentinoids, cefepime and lithium accumulate in kidney "
                "failure; dialysis clears them when stopping is not enough.",
            )
        ],
        explain="Drugs that the kidneys clear can be removed by dialysis when they accumulate.",
        sources=["desai2019", "payne2017", "decker2015"],
    ),
]
