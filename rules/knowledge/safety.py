"""Safety: the red flags that must not be missed, each with its urgency and the actions to take
(rules/vocabulary.py). What must never be offered is data, in knowledge/contraindications.py,
checked by the safety layer after every rule.
"""

from ..rulebook import absent, answered, inferred, red_flag, rule

_CHILD_BANDS = ("neonate", "infant", "child")

RULES = [
    rule(
        "safety.red_flag.rapidly_progressive_dementia",
        when=[inferred("prion_disease")],
        then=[red_flag("rapidly_progressive_dementia")],
        explain="Rapidly progressive dementia with myoclonus must be referred urgently.",
        sources=["caviness2004", "zutt2015"],
    ),
    rule(
        "safety.red_flag.post_cardiac_arrest",
        when=[inferred("acute_post_hypoxic")],
        then=[red_flag("post_cardiac_arrest")],
        explain="Acute myoclonus after cardiac arrest belongs in critical care.",
        sources=["caviness2004", "nolan2021"],
    ),
    rule(
        "safety.red_flag.encephalitis",
        when=[answered("infection", "yes"), answered("encephalopathy", "yes")],
        then=[red_flag("acute_encephalitis")],
        explain="Myoclonus with an infection and confusion may be encephalitis: an emergency.",
        sources=["caviness2004"],
    ),
    rule(
        "safety.red_flag.encephalitis.acute_infection",
        when=[answered("infection", "yes"), answered("onset", "acute")],
        then=[red_flag("acute_encephalitis")],
        explain="Jerks of acute onset with an infection may be encephalitis before confusion appears.",
        sources=["caviness2004", "graus2016"],
    ),
    rule(
        "safety.red_flag.encephalitis.fever_acute",
        when=[answered("fever", "yes"), answered("onset", "acute", "subacute"), absent(inferred("serotonin_toxicity"))],
        then=[red_flag("acute_encephalitis")],
        explain="Fever with jerks of recent onset may be encephalitis, even without confusion.",
        sources=["caviness2004", "graus2016"],
    ),
    rule(
        "safety.red_flag.encephalitis.fever_confusion",
        when=[answered("fever", "yes"), answered("encephalopathy", "yes"), absent(inferred("serotonin_toxicity"))],
        then=[red_flag("acute_encephalitis")],
        explain="Fever and confusion with myoclonus may be encephalitis: an emergency.",
        sources=["caviness2004", "graus2016"],
    ),
    rule(
        "safety.red_flag.serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[red_flag("serotonin_toxicity")],
        explain="Serotonin toxicity is an emergency.",
        sources=["dunkley2003", "boyer2005"],
    ),
    rule(
        "safety.red_flag.toxic_metabolic_encephalopathy",
        when=[inferred("toxic_metabolic_encephalopathy")],
        then=[red_flag("toxic_metabolic_encephalopathy")],
        explain="An acute encephalopathy with multifocal myoclonus needs urgent medical review.",
        sources=["caviness2004"],
    ),
    rule(
        "safety.red_flag.opsoclonus_child",
        when=[inferred("opsoclonus_myoclonus"), answered("age_group", *_CHILD_BANDS)],
        then=[red_flag("opsoclonus_myoclonus_child")],
        explain="Opsoclonus-myoclonus in a child calls for a search for neuroblastoma.",
        sources=["rossor2022", "caviness2004"],
    ),
    rule(
        "safety.red_flag.opsoclonus_other_ages",
        when=[inferred("opsoclonus_myoclonus"), absent(answered("age_group", *_CHILD_BANDS))],
        then=[red_flag("opsoclonus_myoclonus")],
        explain="Opsoclonus-myoclonus beyond childhood is often paraneoplastic: an urgent tumour search.",
        sources=["klaas2012", "armangue2016"],
    ),
    rule(
        "safety.red_flag.autoimmune_encephalitis",
        when=[inferred("autoimmune_encephalitis")],
        then=[red_flag("autoimmune_encephalitis")],
        explain="Possible autoimmune encephalitis needs urgent investigation: early immunotherapy "
        "improves the outcome.",
        sources=["graus2016", "carvajal2014"],
    ),
    rule(
        "safety.red_flag.spinal_cord_lesion",
        when=[answered("spinal_cord_signs", "yes")],
        then=[red_flag("spinal_cord_lesion")],
        explain="Myoclonus with spinal cord signs needs an urgent spinal MRI, whatever the distribution of the jerks.",
        sources=["caviness2004", "keswani2002"],
    ),
    rule(
        "safety.red_flag.lithium_toxicity",
        when=[inferred("lithium_toxicity")],
        then=[red_flag("lithium_toxicity")],
        explain="Myoclonus on lithium is treated as lithium toxicity until the level and kidney function are known.",
        sources=["decker2015", "janssen2017"],
    ),
    rule(
        "safety.red_flag.persistent_hiccups",
        when=[inferred("hiccups"), answered("hiccup_duration", "over_48_hours")],
        then=[red_flag("persistent_hiccups")],
        explain="Hiccups for 48 hours or more are persistent and need a cause found.",
        sources=["chang2012"],
    ),
    rule(
        "safety.red_flag.hiccups_brainstem_signs",
        when=[inferred("hiccups"), answered("brainstem_signs", "yes")],
        then=[red_flag("hiccups_brainstem_signs")],
        explain="Hiccups with brainstem signs may be a lateral medullary stroke.",
        sources=["chang2012", "park2005"],
    ),
    rule(
        "safety.red_flag.infantile_spasms",
        when=[inferred("possible_infantile_spasms")],
        then=[red_flag("infantile_spasms")],
        explain="Possible infantile spasms need an EEG within days.",
        sources=["pellock2010"],
    ),
    rule(
        "safety.red_flag.myoclonic_status",
        when=[inferred("myoclonic_status")],
        then=[red_flag("myoclonic_status")],
        explain="Continuous myoclonus with reduced consciousness may be myoclonic status epilepticus.",
        sources=["gupta2016", "nolan2021"],
    ),
    rule(
        "safety.red_flag.neonatal_hyperekplexia",
        when=[inferred("hyperekplexia")],
        then=[red_flag("neonatal_hyperekplexia")],
        explain="Stiffening attacks in a baby with hyperekplexia can stop breathing.",
        sources=["bakker2006", "dreissen2012"],
    ),
]
