"""Site of origin: the first of the source's two diagnostic tasks.

Weights are certainty factors in (-1, 1); bedside clues follow the anatomical
classification in Caviness & Brown (2004) and Zutt et al. (2015).
"""

from ..rulebook import absent, answered, answered_no, inferred, origin, rule

_SRC = ["seed:diagnosis", "caviness2004", "zutt2015"]

RULES = [
    rule(
        "origin.cortical.action",
        when=[answered("triggers", "action")],
        then=[origin("cortical", 0.45)],
        explain="Jerks on attempting a movement (action myoclonus) usually arise in the cortex.",
        sources=["seed:definition", "caviness2004"],
    ),
    rule(
        "origin.cortical.stimulus",
        when=[answered("triggers", "stimulus")],
        then=[origin("cortical", 0.3), origin("subcortical", 0.2)],
        explain="Jerks set off by touch, sound or light point to the cortex, or to the brainstem "
        "when the response is a generalised startle.",
        sources=["seed:definition", "caviness2004"],
    ),
    rule(
        "origin.cortical.distribution",
        when=[answered("distribution", "focal", "multifocal")],
        then=[origin("cortical", 0.35), origin("subcortical", -0.2)],
        explain="Focal and multifocal jerks of the distal limbs and face are typical of a cortical source.",
        sources=_SRC,
    ),
    rule(
        "origin.cortical.arrhythmic",
        when=[answered("rhythm", "arrhythmic")],
        then=[origin("cortical", 0.2), origin("spinal_segmental", -0.3)],
        explain="Irregular jerks favour the cortex; segmental myoclonus is usually rhythmic.",
        sources=_SRC,
    ),
    rule(
        "origin.cortical.negative_myoclonus",
        when=[answered("negative_myoclonus", "yes")],
        then=[origin("cortical", 0.4)],
        explain="Negative myoclonus (asterixis) is generated in the cortex.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.cortical.prion_disease",
        when=[inferred("prion_disease")],
        then=[origin("cortical", 0.3), origin("subcortical", 0.2)],
        explain="Myoclonus in prion disease is mostly cortical, with startle-like subcortical jerks.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.cortical_subcortical.generalized_epilepsy",
        when=[answered("epilepsy", "yes"), answered("distribution", "generalized")],
        then=[origin("cortical_subcortical", 0.55), origin("cortical", 0.15)],
        explain="Generalised jerks in an epilepsy arise from cortex and thalamus together.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.cortical.epilepsia_partialis_continua",
        when=[answered("epilepsy", "yes"), answered("distribution", "focal")],
        then=[origin("cortical", 0.3), origin("spinal_segmental", -0.4)],
        explain="Focal jerks with seizures are cortical (epilepsia partialis continua), even when they are "
        "rhythmic and persist in sleep.",
        sources=["caviness2004", "kojovic2011"],
    ),
    rule(
        "origin.cortical_subcortical.infantile_spasms",
        when=[inferred("possible_infantile_spasms"), answered("clustering", "bunches")],
        then=[origin("cortical_subcortical", 0.5), origin("propriospinal", -0.4)],
        explain="Clustered spasms in an infant are generalised epileptic events, not propriospinal jerks.",
        sources=["pellock2010"],
    ),
    rule(
        "origin.cortical_subcortical.jme",
        when=[inferred("juvenile_myoclonic_epilepsy")],
        then=[origin("cortical_subcortical", 0.6)],
        explain="The jerks of juvenile myoclonic epilepsy are cortical-subcortical, with "
        "generalised spike-wave on EEG.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.cortical.epilepsy",
        when=[answered("epilepsy", "yes")],
        then=[origin("cortical", 0.2), origin("cortical_subcortical", 0.2)],
        explain="Seizures are common with cortical and cortical-subcortical myoclonus.",
        sources=["seed:associated", "caviness2004"],
    ),
    rule(
        "origin.subcortical.generalized",
        when=[answered("distribution", "generalized", "axial")],
        then=[origin("subcortical", 0.35)],
        explain="Generalised or axial jerks suggest the brainstem reticular formation.",
        sources=_SRC,
    ),
    rule(
        "origin.subcortical.startle",
        when=[answered("distribution", "generalized", "axial"), answered("triggers", "stimulus")],
        then=[origin("subcortical", 0.3)],
        explain="Generalised jerks to sudden sound or touch are brainstem (reticular or startle) myoclonus.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.subcortical.acute_post_hypoxic",
        when=[inferred("post_hypoxic"), answered("onset", "acute")],
        then=[origin("subcortical", 0.35), origin("cortical", 0.2)],
        explain="Acute post-hypoxic myoclonus is often generalised and reticular (brainstem) in "
        "origin, with cortical components.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.cortical.lance_adams",
        when=[inferred("post_hypoxic"), answered("triggers", "action")],
        then=[origin("cortical", 0.35)],
        explain="Action myoclonus after recovery from hypoxia (Lance-Adams) is cortical.",
        sources=["caviness2004", "levy2016"],
    ),
    rule(
        "origin.subcortical.hiccups",
        when=[inferred("hiccups")],
        then=[origin("subcortical", 0.55)],
        explain="Hiccups are a brainstem reflex driving the diaphragm.",
        sources=["seed:examples", "caviness2004"],
    ),
    rule(
        "origin.subcortical.hypnic_jerks",
        when=[inferred("hypnic_jerks")],
        then=[origin("subcortical", 0.55)],
        explain="Hypnic jerks arise in the brainstem as the motor system falls asleep.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "origin.subcortical.opsoclonus_myoclonus",
        when=[inferred("opsoclonus_myoclonus")],
        then=[origin("subcortical", 0.65), origin("cortical", -0.5)],
        explain="Opsoclonus and the ataxia that comes with it are signs of brainstem and "
        "cerebellar disease: the jerks of opsoclonus-myoclonus arise there, not in the cortex, "
        "even when they look multifocal or come with action.",
        sources=["rossor2022", "klaas2012", "caviness2004"],
    ),
    rule(
        "origin.subcortical.myoclonus_dystonia",
        when=[inferred("myoclonus_dystonia")],
        then=[origin("subcortical", 0.6), origin("cortical", -0.5)],
        explain="Myoclonus-dystonia is generated below the cortex (basal ganglia and cerebellar "
        "circuits), even though its jerks come with action.",
        sources=["roze2018"],
    ),
    rule(
        "origin.subcortical.hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[origin("subcortical", 0.7), origin("cortical", -0.3)],
        explain="Hyperekplexia is an exaggerated brainstem startle reflex.",
        sources=["bakker2006"],
    ),
    rule(
        "origin.subcortical.perm",
        when=[inferred("perm")],
        then=[origin("subcortical", 0.5)],
        explain="The stiffness, startle and jerks of PERM come from the brainstem and spinal cord.",
        sources=["carvajal2014"],
    ),
    rule(
        "origin.subcortical.benign_neonatal_sleep_myoclonus",
        when=[inferred("benign_neonatal_sleep_myoclonus")],
        then=[origin("subcortical", 0.5), origin("spinal_segmental", -0.4)],
        explain="Benign sleep jerks of infancy are a non-epileptic phenomenon of the maturing "
        "brainstem sleep systems, not of a cord lesion.",
        sources=["maurer2010", "dicapua1993"],
    ),
    rule(
        "origin.spinal_segmental.pattern",
        when=[inferred("segmental_pattern")],
        then=[origin("spinal_segmental", 0.6)],
        explain="Rhythmic jerks persisting in sleep are the signature of segmental myoclonus.",
        sources=_SRC,
    ),
    rule(
        "origin.spinal_segmental.distribution",
        when=[answered("distribution", "segmental")],
        then=[origin("spinal_segmental", 0.5), origin("cortical", -0.2)],
        explain="Jerks confined to one or a few adjacent segments point to the spinal cord (or, "
        "for the palate, the brainstem).",
        sources=_SRC,
    ),
    rule(
        "origin.spinal_segmental.rhythmic",
        when=[answered("rhythm", "rhythmic")],
        then=[origin("spinal_segmental", 0.3)],
        explain="Regular rhythmic jerks favour a segmental generator.",
        sources=_SRC,
    ),
    rule(
        "origin.spinal_segmental.persists_in_sleep",
        when=[answered("during_sleep", "persists")],
        then=[
            origin("spinal_segmental", 0.3),
            origin("subcortical", 0.15),
            origin("cortical", -0.3),
            origin("functional", -0.5),
        ],
        explain="Jerks that continue in sleep come from the cord or brainstem; cortical and "
        "functional jerks stop in sleep.",
        sources=_SRC,
    ),
    rule(
        "origin.spinal_segmental.cord_signs",
        when=[answered("spinal_cord_signs", "yes")],
        then=[origin("spinal_segmental", 0.5), origin("cortical", -0.3)],
        explain="A sensory level, leg weakness or bladder signs localise the problem to the spinal cord, "
        "whatever the jerks' distribution was called.",
        sources=["caviness2004"],
    ),
    rule(
        "origin.propriospinal.axial",
        when=[answered("distribution", "axial")],
        then=[origin("propriospinal", 0.45)],
        explain="Flexion jerks of trunk, neck and hips spreading along the cord are propriospinal.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.propriospinal.lying_down",
        when=[answered("distribution", "axial"), answered("triggers", "rest", "sleep_onset")],
        then=[origin("propriospinal", 0.3)],
        explain="Propriospinal jerks are worse lying down and at sleep onset.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.peripheral.hemifacial_spasm",
        when=[inferred("hemifacial_spasm")],
        then=[origin("peripheral", 0.8), origin("cortical", -0.3)],
        explain="Hemifacial spasm arises in the facial nerve, a peripheral source.",
        sources=["seed:treatment", "caviness2004"],
    ),
    rule(
        "origin.functional.pattern",
        when=[inferred("functional_pattern")],
        then=[origin("functional", 0.7), origin("propriospinal", 0.1), origin("cortical", -0.4)],
        explain="Distractible, variable jerks are functional; many apparently propriospinal cases prove functional.",
        sources=["zutt2015"],
    ),
    rule(
        "origin.functional.isolated_axial",
        when=[answered("distribution", "axial"), absent(inferred("pathological_clue"))],
        then=[origin("functional", 0.3)],
        explain="Isolated axial flexion jerks with nothing else wrong are mostly functional: "
        "neurophysiology shows a premovement potential in most patients labelled propriospinal.",
        sources=["erro2013", "vandersalm2014"],
    ),
    rule(
        "origin.peripheral.nerve_injury",
        when=[answered("nerve_injury", "yes")],
        then=[origin("peripheral", 0.6), origin("cortical", -0.2)],
        explain="Jerks after an injury of a nerve, root or plexus arise in that peripheral territory.",
        sources=["caviness2004", "kojovic2011"],
    ),
    rule(
        "origin.against_sleep_only",
        when=[answered("during_sleep", "only_in_sleep")],
        then=[origin("functional", -0.6), origin("cortical", -0.2), origin("subcortical", 0.2)],
        explain="Jerks only in sleep are neither functional nor the action myoclonus of the cortex.",
        sources=["maurer2010", "zutt2015"],
    ),
    rule(
        "origin.spinal_segmental.against_stops_in_sleep",
        when=[answered("during_sleep", "disappears")],
        then=[origin("spinal_segmental", -0.3)],
        explain="Jerks that stop in sleep argue against a segmental generator, which keeps firing.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.cortical_subcortical.against_no_seizures",
        when=[answered_no("epilepsy")],
        then=[origin("cortical_subcortical", -0.3)],
        explain="Without seizures, the cortical-subcortical myoclonus of the epilepsies is unlikely.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "origin.functional.against_consistent_pattern",
        when=[answered("distractible", "no")],
        then=[origin("functional", -0.3)],
        explain="Jerks that stay the same despite distraction argue against a functional origin.",
        sources=["zutt2015"],
    ),
]
