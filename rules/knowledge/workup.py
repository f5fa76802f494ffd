"""Workup: what a learner would order, and why, to localise the jerks and find the cause."""

from ..rulebook import absent, answered, inferred, rule, workup

RULES = [
    rule(
        "workup.always",
        then=[
            workup(
                "history_and_drug_review",
                "Every assessment starts with the history: tempo, triggers, family history and every drug and toxin.",
            ),
            workup(
                "examination",
                "The examination characterises the jerks and finds the accompanying signs that point to a cause.",
            ),
        ],
        explain="The two diagnostic tasks (site of origin and cause) start at the bedside.",
        sources=["seed:diagnosis", "zutt2015"],
    ),
    rule(
        "workup.first_line_tests",
        when=[inferred("pathological_clue")],
        then=[workup("metabolic_labs", "Metabolic and toxic causes are common and reversible: check them first.")],
        explain="Pathological myoclonus needs first-line blood tests before specialised ones.",
        sources=["zutt2015", "caviness2004"],
    ),
    rule(
        "workup.localise",
        when=[
            absent(inferred("hiccups")),
            absent(inferred("hypnic_jerks")),
            absent(inferred("benign_neonatal_sleep_myoclonus")),
        ],
        then=[
            workup("eeg", "Shows epileptic discharges and helps separate cortical from other origins."),
            workup("emg_polymyography", "Burst duration and pattern localise the generator."),
        ],
        explain="The source notes that electrical recording is often used to localise the source.",
        sources=["seed:diagnosis", "zutt2015"],
    ),
    rule(
        "workup.cortical",
        when=[inferred("cortical_pattern")],
        then=[
            workup("back_averaging", "A cortical spike time-locked before each jerk confirms a cortical origin."),
            workup(
                "evoked_potentials", "Giant evoked potentials and an enhanced C-reflex mark cortical hyperexcitability."
            ),
        ],
        explain="Cortical myoclonus is confirmed with jerk-locked back-averaging and evoked potentials.",
        sources=["seed:diagnosis", "zutt2015"],
    ),
    rule(
        "workup.focal_imaging",
        when=[answered("distribution", "focal")],
        then=[workup("imaging", "Focal jerks call for brain MRI to find a structural lesion.")],
        explain="Focal myoclonus may come from a structural lesion of the cortex.",
        sources=["zutt2015"],
    ),
    rule(
        "workup.segmental_imaging",
        when=[inferred("segmental_pattern")],
        then=[workup("imaging", "Segmental jerks call for MRI of the spine (or brainstem) for a structural lesion.")],
        explain="Segmental myoclonus is often caused by a structural lesion.",
        sources=["zutt2015", "caviness2004"],
    ),
    rule(
        "workup.compression_imaging",
        when=[inferred("mass_compression")],
        then=[
            workup(
                "imaging", "Imaging shows whether a tumour presses on the cord or a nerve, which decides on surgery."
            )
        ],
        explain="Surgery is only indicated when imaging confirms compression.",
        sources=["seed:treatment", "zutt2015"],
    ),
    rule(
        "workup.hemifacial_imaging",
        when=[inferred("hemifacial_spasm")],
        then=[
            workup("imaging", "MRI looks for a vessel or mass compressing the facial nerve."),
            workup("emg_polymyography", "EMG confirms hemifacial spasm."),
        ],
        explain="Hemifacial spasm is confirmed clinically and with EMG; MRI looks for the cause.",
        sources=["caviness2004"],
    ),
    rule(
        "workup.functional",
        when=[inferred("functional_pattern")],
        then=[
            workup(
                "back_averaging",
                "A premovement (Bereitschafts-) potential before the jerks supports a functional diagnosis.",
            ),
            workup("emg_polymyography", "Long, variable bursts and latencies support a functional diagnosis."),
        ],
        explain="Neurophysiology can give positive evidence of functional jerks.",
        sources=["zutt2015"],
    ),
    rule(
        "workup.prion_disease",
        when=[inferred("prion_disease")],
        then=[
            workup("eeg", "Periodic sharp-wave complexes support prion disease."),
            workup("imaging", "Diffusion MRI shows cortical ribboning and basal ganglia signal."),
            workup("csf_studies", "RT-QuIC and 14-3-3 protein support prion disease."),
            workup("antibody_panel", "Autoimmune encephalitis is the treatable mimic."),
        ],
        explain="Rapidly progressive dementia with myoclonus needs EEG, MRI and CSF.",
        sources=["zutt2015", "caviness2004"],
    ),
    rule(
        "workup.infection",
        when=[answered("infection", "yes")],
        then=[
            workup("csf_studies", "CSF confirms an infection of the nervous system."),
            workup("imaging", "MRI shows encephalitis and its pattern."),
        ],
        explain="Suspected infection needs CSF and imaging.",
        sources=["zutt2015"],
    ),
    rule(
        "workup.hereditary",
        when=[answered("family_history", "yes")],
        then=[workup("genetic_testing", "A family history justifies targeted genetic testing.")],
        explain="Hereditary myoclonus is confirmed by genetic testing.",
        sources=["zutt2015", "shahwan2005"],
    ),
    rule(
        "workup.epilepsy_syndrome",
        when=[inferred("young_onset"), answered("epilepsy", "yes")],
        then=[
            workup("eeg", "EEG characterises the epilepsy (generalised spike-wave in juvenile myoclonic epilepsy)."),
            workup("genetic_testing", "Progressive myoclonus epilepsy panels when the course is progressive."),
        ],
        explain="Young-onset myoclonic epilepsy is characterised by EEG and, if progressive, genetics.",
        sources=["zutt2015", "shahwan2005"],
    ),
    rule(
        "workup.mitochondrial",
        when=[inferred("mitochondrial_disease")],
        then=[workup("genetic_testing", "Mitochondrial DNA testing for MERRF.")],
        explain="Mitochondrial disease is confirmed genetically.",
        sources=["shahwan2005"],
    ),
    rule(
        "workup.nutritional",
        when=[answered("nutritional_deficiency", "yes")],
        then=[
            workup(
                "coeliac_vitamin_tests",
                "Coeliac antibodies and vitamin E, B12 and thiamine levels find treatable deficiencies.",
            )
        ],
        explain="Nutritional causes are found by specific blood tests.",
        sources=["zutt2015", "caviness2004"],
    ),
    rule(
        "workup.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[workup("antibody_panel", "Paraneoplastic and autoimmune antibodies.")],
        explain="Opsoclonus-myoclonus is often immune-mediated.",
        sources=["zutt2015"],
    ),
    rule(
        "workup.opsoclonus_adult",
        when=[inferred("opsoclonus_myoclonus"), absent(answered("age_group", "neonate", "infant", "child"))],
        then=[
            workup(
                "tumour_screen",
                "Beyond childhood, opsoclonus-myoclonus is paraneoplastic in many: "
                "lung and breast cancer, ovarian teratoma.",
            )
        ],
        explain="Adults with opsoclonus-myoclonus are screened for a tumour.",
        sources=["klaas2012", "armangue2016"],
    ),
    rule(
        "workup.spinal_cord_signs",
        when=[answered("spinal_cord_signs", "yes")],
        then=[workup("spine_mri", "Cord signs call for MRI of the spine whatever the distribution of the jerks.")],
        explain="A cord lesion must be imaged, not inferred from the jerks' distribution.",
        sources=["caviness2004", "keswani2002"],
    ),
    rule(
        "workup.pathological_hiccups",
        when=[inferred("pathological_hiccups")],
        then=[
            workup(
                "imaging",
                "Brain MRI including the medulla looks for the lesion behind persistent "
                "hiccups or hiccups with brainstem signs.",
            ),
            workup(
                "metabolic_labs",
                "Metabolic causes of persistent hiccups (uraemia, low sodium or calcium) are checked too.",
            ),
        ],
        explain="Persistent hiccups, or hiccups with brainstem signs, need brain imaging and blood tests.",
        sources=["chang2012"],
    ),
    rule(
        "workup.autoimmune_encephalitis",
        when=[inferred("autoimmune_encephalitis")],
        then=[
            workup("csf_studies", "CSF shows inflammation and excludes infection."),
            workup("antibody_panel", "Neural antibodies in serum and CSF."),
            workup("imaging", "MRI may show limbic or other inflammation."),
            workup("eeg", "EEG shows encephalopathy or seizures."),
        ],
        explain="Suspected autoimmune encephalitis is investigated with CSF, antibodies, MRI and EEG.",
        sources=["graus2016"],
    ),
    rule(
        "workup.paraneoplastic",
        when=[answered("known_cancer", "yes"), inferred("pathological_clue")],
        then=[
            workup("antibody_panel", "Onconeural antibodies point to a paraneoplastic syndrome."),
            workup("tumour_screen", "Staging or a search for the tumour behind a paraneoplastic syndrome."),
        ],
        explain="Myoclonus with a known cancer may be paraneoplastic.",
        sources=["graus2016", "armangue2016"],
    ),
    rule(
        "workup.polg_before_valproate",
        when=[inferred("progressive_myoclonus_epilepsy")],
        then=[
            workup(
                "polg_test",
                "Young-onset epilepsy with ataxia or decline may be POLG disease: test before valproate is ever given.",
            )
        ],
        explain="POLG disease is excluded before valproate in a progressive myoclonus epilepsy picture.",
        sources=["depakote_label", "polg2024"],
    ),
    rule(
        "workup.polg_mitochondrial",
        when=[inferred("mitochondrial_disease")],
        then=[
            workup(
                "polg_test",
                "Mitochondrial clues call for POLG testing, which also decides whether valproate is ever safe.",
            )
        ],
        explain="Mitochondrial disease is tested for POLG variants.",
        sources=["polg2024"],
    ),
    rule(
        "workup.valproate_ammonia",
        when=[inferred("valproate_culprit")],
        then=[
            workup(
                "ammonia_urea_cycle",
                "Jerks or confusion on valproate call for an ammonia level and, if raised, a urea-cycle screen.",
            )
        ],
        explain="Valproate can raise ammonia even with normal liver tests.",
        sources=["depakote_label"],
    ),
    rule(
        "workup.infant_video_eeg",
        when=[answered("age_group", "neonate", "infant"), absent(inferred("hiccups"))],
        then=[
            workup(
                "video_eeg",
                "In a baby, a video-EEG of the events tells benign sleep jerks from infantile spasms and seizures.",
            )
        ],
        explain="Infant jerks are characterised by video-EEG before any label or drug.",
        sources=["maurer2010", "pellock2010"],
    ),
    rule(
        "workup.genetic_syndromes",
        when=[inferred("myoclonus_dystonia")],
        then=[workup("genetic_testing", "SGCE testing confirms myoclonus-dystonia.")],
        explain="Myoclonus-dystonia is confirmed genetically.",
        sources=["roze2018"],
    ),
    rule(
        "workup.genetic_hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[workup("genetic_testing", "Glycine-receptor genes (GLRA1 and others).")],
        explain="Hyperekplexia is confirmed genetically.",
        sources=["bakker2006"],
    ),
    rule(
        "workup.genetic_dravet",
        when=[inferred("dravet_syndrome")],
        then=[workup("genetic_testing", "SCN1A testing confirms Dravet syndrome.")],
        explain="Dravet syndrome is confirmed genetically.",
        sources=["wirrell2022"],
    ),
    rule(
        "workup.lithium_level",
        when=[inferred("lithium_toxicity")],
        then=[workup("metabolic_labs", "A lithium level, kidney function and electrolytes now.")],
        explain="Lithium toxicity is confirmed by the level and the kidney function.",
        sources=["decker2015"],
    ),
    rule(
        "workup.opsoclonus_child",
        when=[inferred("opsoclonus_myoclonus"), answered("age_group", "child")],
        then=[
            workup(
                "neuroblastoma_screen", "In a child, opsoclonus-myoclonus is often the first sign of a neuroblastoma."
            )
        ],
        explain="Children with opsoclonus-myoclonus are screened for neuroblastoma.",
        sources=["zutt2015", "caviness2004"],
    ),
]
