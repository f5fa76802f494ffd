"""Test results as findings: the "tests" section of the questionnaire.

The source puts recordings at the centre of localisation ("electrical recording techniques
are often used to localize the source"), and so does the literature: where a recording of
the jerks was made it outweighs the bedside clues (Zutt et al. 2015; Shibasaki & Hallett
2005). The weights say so: a test result that settles the site of origin carries 0.6 to
0.85, a bedside clue 0.2 to 0.55, and a result that argues against an origin weighs as much
against it, so a recording that contradicts the bedside picture visibly overrides it (the
result lists it under "against"). Imaging, CSF and blood tests confirm causes and named
conditions, and recognise the patterns (prion disease, lithium toxicity, mitochondrial
disease...) the rest of the knowledge base already builds on, so their red flags, workup and
drugs to avoid follow with no rule written twice. Those pattern rules read answers only and run
in the clue band, as the bedside clues to the same patterns do, so that a pattern guarded by
another's absence (juvenile myoclonic epilepsy by a progressive myoclonus epilepsy) sees it.
"""

from ..rulebook import CLUES, answered, any_answered, cause, consider, infer, origin, rule

_NEUROPHYSIOLOGY = ["seed:diagnosis", "zutt2015", "shibasaki2005"]

RULES = [
    # An abnormal result is a clue to pathology, like an abnormal bedside finding.
    rule(
        "pattern.pathological_clue.test_result",
        when=[
            any_answered(
                answered(
                    "eeg_findings",
                    "generalized_spike_wave",
                    "focal_epileptiform",
                    "periodic_sharp_waves",
                    "photoparoxysmal",
                    "diffuse_slowing",
                ),
                answered(
                    "mri_brain",
                    "cortical_ribboning",
                    "focal_lesion",
                    "brainstem_lesion",
                    "cerebellar_atrophy",
                    "hypoxic_injury",
                ),
                answered("mri_spine", "cord_lesion"),
                answered("csf", "pleocytosis", "prion_assay_positive", "protein_14_3_3", "neural_antibodies"),
                answered(
                    "lab_findings",
                    "glucose",
                    "sodium",
                    "calcium_magnesium",
                    "urea_creatinine",
                    "ammonia",
                    "liver_tests",
                    "lithium_level",
                    "b12_vitamin_e",
                    "coeliac_serology",
                    "thyroid_antibodies",
                ),
                answered("genetic_result", "epm1", "sgce", "polg"),
                answered("sep", "giant"),
                answered("c_reflex", "enhanced"),
            )
        ],
        then=[infer("pathological_clue")],
        explain="An abnormal test result is not part of harmless physiological myoclonus.",
        sources=["seed:diagnosis", "zutt2015"],
        salience=CLUES,
    ),
    # Site of origin from the recordings
    rule(
        "origin.tests.short_bursts",
        when=[answered("emg_burst_duration", "under_50_ms")],
        then=[origin("cortical", 0.6), origin("spinal_segmental", -0.5), origin("functional", -0.3)],
        explain="EMG bursts shorter than 50 ms (typically 10 to 50) are the signature of cortical "
        "myoclonus; spinal jerks last longer, and functional jerks usually do (over about 70 ms), "
        "though a healthy person can make a burst that short on purpose.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.intermediate_bursts",
        when=[answered("emg_burst_duration", "50_to_100_ms")],
        then=[origin("subcortical", 0.4), origin("cortical_subcortical", 0.2), origin("cortical", -0.3)],
        explain="Bursts of 50 to 100 ms are too long for cortical myoclonus and fit a brainstem or "
        "subcortical generator.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.long_bursts",
        when=[answered("emg_burst_duration", "over_100_ms")],
        then=[
            origin("spinal_segmental", 0.4),
            origin("propriospinal", 0.4),
            origin("functional", 0.2),
            origin("cortical", -0.6),
        ],
        explain="Bursts longer than 100 ms argue against cortical myoclonus: they are found in "
        "spinal (segmental and propriospinal) and functional jerks.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.variable_bursts",
        when=[answered("emg_burst_duration", "variable")],
        then=[origin("functional", 0.5), origin("cortical", -0.3)],
        explain="Burst length and muscle order that change from jerk to jerk suggest functional jerks; "
        "organic generators repeat the same pattern.",
        sources=["zutt2015", "vandersalm2012"],
    ),
    rule(
        "origin.tests.synchronous_bursts",
        when=[answered("emg_pattern", "synchronous"), answered("emg_burst_duration", "under_50_ms")],
        then=[origin("cortical", 0.3)],
        explain="Short bursts firing together in agonist and antagonist muscles are typical of cortical myoclonus.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.rostrocaudal_spread",
        when=[answered("emg_pattern", "rostrocaudal")],
        then=[origin("subcortical", 0.75), origin("cortical", -0.4), origin("propriospinal", -0.4)],
        explain="Activity that starts in muscles of the lower brainstem (the sternocleidomastoid) and "
        "spreads up to the face and down the body comes from the brainstem (reticular reflex "
        "myoclonus, startle).",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.propriospinal_spread",
        when=[answered("emg_pattern", "propriospinal")],
        then=[
            origin("propriospinal", 0.7),
            origin("subcortical", -0.4),
            origin("cortical", -0.5),
            consider("head_injury", -0.3),
        ],
        explain="Activity that starts in a thoracic segment and spreads slowly up and down the cord "
        "is propriospinal (after an injury, the cord's and not the head's); because many such "
        "patients have functional jerks, the back-averaging result decides between the two.",
        sources=["zutt2015", "erro2013", "vandersalm2014"],
    ),
    rule(
        "origin.tests.segmental_bursts",
        when=[answered("emg_pattern", "segmental")],
        then=[origin("spinal_segmental", 0.7), origin("cortical", -0.5), consider("head_injury", -0.3)],
        explain="Rhythmic bursts confined to muscles of one or a few adjacent segments come from that "
        "segment of the spinal cord (or, for the palate, the brainstem); after an injury, the cord's "
        "and not the head's explains them.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.cortical_potential",
        when=[answered("back_averaging", "cortical_potential")],
        then=[origin("cortical", 0.75), origin("functional", -0.6)],
        explain="A cortical potential shortly before each jerk on back-averaging shows that the "
        "cortex drives the jerks.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.cortical_confirmed",
        when=[answered("back_averaging", "cortical_potential"), answered("sep", "giant")],
        then=[origin("cortical", 0.6), origin("subcortical", -0.5), origin("spinal_segmental", -0.5)],
        explain="A cortical potential before the jerks together with giant evoked potentials confirms "
        "cortical myoclonus.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.bereitschaftspotential",
        when=[answered("back_averaging", "bereitschaftspotential")],
        then=[
            origin("functional", 0.8),
            origin("cortical", -0.5),
            origin("propriospinal", -0.4),
            cause("functional", 0.6),
            consider("functional_jerks", 0.6),
        ],
        explain="A slow readiness potential (Bereitschaftspotential) before the jerks shows they are "
        "prepared like voluntary movements: the laboratory sign of functional jerks.",
        sources=["vandersalm2012", "erro2013"],
    ),
    rule(
        "pattern.functional.bereitschaftspotential",
        when=[answered("back_averaging", "bereitschaftspotential")],
        then=[infer("functional_pattern")],
        explain="A readiness potential before the jerks is a laboratory-supported sign of functional "
        "jerks, as distractibility is a clinical one: the functional teaching (explanation and "
        "rehabilitation, no antimyoclonic drugs) follows.",
        sources=["vandersalm2012", "terada1995"],
        salience=CLUES,
    ),
    rule(
        "origin.tests.no_cortical_potential",
        when=[answered("back_averaging", "no_potential")],
        then=[origin("cortical", -0.2)],
        explain="No potential before the jerks argues a little against a cortical source, which "
        "back-averaging can miss; it does not argue against functional jerks, which often show no "
        "readiness potential either.",
        sources=[*_NEUROPHYSIOLOGY, "terada1995"],
    ),
    rule(
        "origin.tests.giant_sep",
        when=[answered("sep", "giant")],
        then=[origin("cortical", 0.5)],
        explain="Giant somatosensory evoked potentials show the hyperexcitable sensorimotor cortex of "
        "cortical myoclonus.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.c_reflex",
        when=[answered("c_reflex", "enhanced")],
        then=[origin("cortical", 0.45)],
        explain="An enhanced long-latency (C) reflex is cortical reflex myoclonus.",
        sources=_NEUROPHYSIOLOGY,
    ),
    rule(
        "origin.tests.generalized_discharges",
        when=[answered("eeg_findings", "generalized_spike_wave", "photoparoxysmal")],
        then=[origin("cortical_subcortical", 0.55)],
        explain="Generalised spike-wave discharges, or discharges set off by flashing light, show a "
        "generalised epilepsy: the jerks come from cortex and thalamus together.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.tests.focal_discharges",
        when=[answered("eeg_findings", "focal_epileptiform")],
        then=[origin("cortical", 0.45)],
        explain="Focal epileptiform discharges point to a focal cortical source.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.tests.cord_lesion",
        when=[answered("mri_spine", "cord_lesion")],
        then=[origin("spinal_segmental", 0.4), origin("propriospinal", 0.3)],
        explain="A lesion or compression of the cord gives a spinal generator for the jerks.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "origin.tests.brainstem_lesion",
        when=[answered("mri_brain", "brainstem_lesion")],
        then=[origin("subcortical", 0.4), consider("cortical_stroke", -0.4)],
        explain="A brainstem lesion can drive brainstem myoclonus, palatal tremor or persistent hiccups.",
        sources=["caviness2004", "chang2012"],
    ),
    # Causes and named conditions from imaging, CSF, blood tests and genetics
    rule(
        "pattern.prion_disease.tests",
        when=[
            any_answered(
                answered("csf", "prion_assay_positive"),
                answered("mri_brain", "cortical_ribboning"),
                answered("eeg_findings", "periodic_sharp_waves"),
            )
        ],
        then=[infer("prion_disease")],
        explain="Periodic sharp-wave complexes on EEG, cortical ribboning or caudate and putamen "
        "diffusion signal on MRI, and a positive RT-QuIC in CSF are the tests of the diagnostic "
        "criteria for sporadic Creutzfeldt-Jakob disease.",
        sources=["hermann2021"],
        salience=CLUES,
    ),
    rule(
        "cause.tests.prion_assay",
        when=[answered("csf", "prion_assay_positive")],
        then=[cause("infectious", 0.7), consider("creutzfeldt_jakob_disease", 0.85)],
        explain="A positive CSF RT-QuIC is highly specific for prion disease.",
        sources=["hermann2021"],
    ),
    rule(
        "cause.tests.protein_14_3_3",
        when=[answered("csf", "protein_14_3_3")],
        then=[cause("infectious", 0.3), consider("creutzfeldt_jakob_disease", 0.4)],
        explain="14-3-3 protein in the CSF supports Creutzfeldt-Jakob disease in a rapidly progressive "
        "dementia, but it is also released by other acute brain injury (encephalitis, stroke).",
        sources=["hermann2021"],
    ),
    rule(
        "cause.tests.cortical_ribboning",
        when=[answered("mri_brain", "cortical_ribboning")],
        then=[cause("infectious", 0.5), consider("creutzfeldt_jakob_disease", 0.7)],
        explain="Cortical ribboning or caudate and putamen diffusion signal on MRI is a sensitive sign "
        "of Creutzfeldt-Jakob disease.",
        sources=["hermann2021"],
    ),
    rule(
        "cause.tests.periodic_sharp_waves",
        when=[answered("eeg_findings", "periodic_sharp_waves")],
        then=[cause("infectious", 0.4), consider("creutzfeldt_jakob_disease", 0.5), consider("sspe", 0.3)],
        explain="Periodic sharp-wave complexes are seen in Creutzfeldt-Jakob disease and, as periodic "
        "complexes, in subacute sclerosing panencephalitis.",
        sources=["hermann2021", "caviness2004"],
    ),
    rule(
        "cause.tests.generalized_epilepsy",
        when=[answered("eeg_findings", "photoparoxysmal"), answered("age_group", "child", "adolescent", "adult")],
        then=[cause("hereditary", 0.3), consider("juvenile_myoclonic_epilepsy", 0.5)],
        explain="A photoparoxysmal response with generalised discharges is typical of juvenile "
        "myoclonic epilepsy, a genetic generalised epilepsy.",
        sources=["caviness2004", "zuberi2022"],
    ),
    rule(
        "cause.tests.diffuse_slowing",
        when=[answered("eeg_findings", "diffuse_slowing")],
        then=[cause("metabolic", 0.35), cause("toxic", 0.25)],
        explain="Diffuse slowing or triphasic waves show an encephalopathy, most often metabolic or toxic.",
        sources=["caviness2004", "kojovic2011"],
    ),
    rule(
        "cause.tests.focal_lesion",
        when=[answered("mri_brain", "focal_lesion")],
        then=[cause("vascular", 0.35), cause("traumatic", 0.2), consider("cortical_stroke", 0.4)],
        explain="A focal lesion, most often a stroke, can cause focal cortical myoclonus.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.tests.cerebellar_atrophy",
        when=[answered("mri_brain", "cerebellar_atrophy")],
        then=[cause("degenerative", 0.3), cause("hereditary", 0.3)],
        explain="Cerebellar atrophy goes with the progressive myoclonus epilepsies and degenerative "
        "ataxias with myoclonus.",
        sources=["shahwan2005", "caviness2004"],
    ),
    rule(
        "cause.tests.hypoxic_injury",
        when=[answered("mri_brain", "hypoxic_injury")],
        then=[
            cause("metabolic", 0.3),
            consider("acute_posthypoxic_myoclonus", 0.4),
            consider("lance_adams_syndrome", 0.3),
        ],
        explain="Hypoxic-ischaemic injury on MRI is the substrate of post-hypoxic myoclonus.",
        sources=["gupta2016"],
    ),
    rule(
        "cause.tests.cord_lesion",
        when=[answered("mri_spine", "cord_lesion")],
        then=[cause("traumatic", 0.4), consider("spinal_cord_tumour", 0.4), consider("spinal_cord_injury", 0.3)],
        explain="A lesion or compression of the cord is the cause of spinal myoclonus to treat; a "
        "tumour or an injury heads the list (both under 'traumatic' in the source's categories; the "
        "history tells which).",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "cause.tests.pleocytosis",
        when=[answered("csf", "pleocytosis")],
        then=[cause("infectious", 0.45), cause("autoimmune", 0.35), consider("viral_encephalitis", 0.4)],
        explain="Raised cells in the CSF show inflammation of the brain: an infection or an autoimmune encephalitis.",
        sources=["graus2016"],
    ),
    rule(
        "cause.tests.neural_antibodies",
        when=[answered("csf", "neural_antibodies")],
        then=[cause("autoimmune", 0.75), consider("autoimmune_encephalitis", 0.6)],
        explain="Antibodies against neurons in the CSF confirm an autoimmune cause.",
        sources=["graus2016", "carvajal2014"],
    ),
    rule(
        "cause.tests.glucose_electrolytes",
        when=[answered("lab_findings", "glucose", "sodium", "calcium_magnesium")],
        then=[cause("metabolic", 0.7), consider("glucose_electrolyte_disturbance", 0.7)],
        explain="A disturbed glucose, sodium, calcium or magnesium causes myoclonus that stops when it is corrected.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.tests.kidney_failure",
        when=[answered("lab_findings", "urea_creatinine")],
        then=[cause("metabolic", 0.6), consider("uraemia", 0.6)],
        explain="Raised urea and creatinine show kidney failure, a common metabolic cause, in which "
        "drugs also accumulate.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.tests.liver_failure",
        when=[answered("lab_findings", "ammonia", "liver_tests")],
        then=[cause("metabolic", 0.55), consider("hepatic_encephalopathy", 0.5)],
        explain="A raised ammonia or abnormal liver tests point to hepatic encephalopathy (or, on "
        "valproate, to valproate hyperammonaemia).",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "pattern.lithium_toxicity.level",
        when=[answered("lab_findings", "lithium_level")],
        then=[infer("lithium_toxicity")],
        explain="A lithium level above the range with myoclonus is lithium toxicity.",
        sources=["decker2015"],
        salience=CLUES,
    ),
    rule(
        "cause.tests.vitamin_deficiency",
        when=[answered("lab_findings", "b12_vitamin_e")],
        then=[cause("nutritional", 0.6), consider("vitamin_deficiency", 0.6)],
        explain="A low vitamin B12 or vitamin E is a treatable nutritional cause.",
        sources=["seed:causes"],
    ),
    rule(
        "cause.tests.coeliac",
        when=[answered("lab_findings", "coeliac_serology")],
        then=[cause("nutritional", 0.5), cause("autoimmune", 0.2), consider("coeliac_disease", 0.7)],
        explain="Positive coeliac serology points to coeliac disease, a cause of cortical myoclonus with ataxia.",
        sources=["seed:causes", "caviness2004"],
    ),
    rule(
        "cause.tests.thyroid_antibodies",
        when=[answered("lab_findings", "thyroid_antibodies")],
        then=[cause("autoimmune", 0.35), consider("autoimmune_encephalitis", 0.3)],
        explain="Raised thyroid antibodies with an encephalopathy suggest a steroid-responsive "
        "autoimmune encephalopathy; they are common in health, so they only add weight.",
        sources=["graus2016"],
    ),
    rule(
        "pattern.progressive_myoclonus_epilepsy.epm1",
        when=[answered("genetic_result", "epm1")],
        then=[infer("progressive_myoclonus_epilepsy")],
        explain="CSTB repeat expansions confirm Unverricht-Lundborg disease (EPM1), a progressive myoclonus epilepsy.",
        sources=["shahwan2005"],
        salience=CLUES,
    ),
    rule(
        "cause.tests.epm1",
        when=[answered("genetic_result", "epm1")],
        then=[cause("hereditary", 0.85), consider("unverricht_lundborg_disease", 0.9)],
        explain="A CSTB variant confirms Unverricht-Lundborg disease.",
        sources=["shahwan2005"],
    ),
    rule(
        "pattern.myoclonus_dystonia.sgce",
        when=[answered("genetic_result", "sgce")],
        then=[infer("myoclonus_dystonia")],
        explain="An SGCE variant confirms myoclonus-dystonia.",
        sources=["roze2018"],
        salience=CLUES,
    ),
    rule(
        "cause.tests.sgce",
        when=[answered("genetic_result", "sgce")],
        then=[cause("hereditary", 0.85), consider("myoclonus_dystonia", 0.9)],
        explain="An SGCE variant confirms myoclonus-dystonia, a hereditary subcortical myoclonus.",
        sources=["roze2018"],
    ),
    rule(
        "pattern.mitochondrial.polg",
        when=[answered("genetic_result", "polg")],
        then=[infer("mitochondrial_disease")],
        explain="Pathogenic POLG variants confirm a mitochondrial disease, in which valproate is dangerous.",
        sources=["depakote_label", "polg2024"],
        salience=CLUES,
    ),
    rule(
        "cause.tests.polg",
        when=[answered("genetic_result", "polg")],
        then=[cause("hereditary", 0.85), consider("polg_disease", 0.9)],
        explain="Pathogenic POLG variants confirm POLG disease.",
        sources=["polg2024"],
    ),
]
