"""Safety: red flags that must not be missed, drugs to avoid in the case at hand, and
cautions on drugs that may still be used.

These run after the suggestions (lower salience) and an 'avoid' always outranks any
other role, so a drug that can worsen the myoclonus or the patient is never offered.
"""

from ..rulebook import SAFETY, answered, caution, inferred, red_flag, rule, treat

RULES = [
    rule(
        "safety.avoid.phenytoin_jme",
        when=[inferred("juvenile_myoclonic_epilepsy")],
        then=[treat("phenytoin", "avoid", "Phenytoin can worsen myoclonus in juvenile myoclonic "
                    "epilepsy.")],
        explain="Sodium-channel drugs such as phenytoin aggravate generalised myoclonic epilepsy.",
        sources=["levy2016", "dijk2010"],
        salience=SAFETY,
    ),
    rule(
        "safety.avoid.phenytoin_pme",
        when=[inferred("progressive_myoclonus_epilepsy")],
        then=[treat("phenytoin", "avoid", "Phenytoin can worsen myoclonus in progressive "
                    "myoclonus epilepsies and may hasten decline in Unverricht-Lundborg disease.")],
        explain="Phenytoin is harmful in the progressive myoclonus epilepsies.",
        sources=["shahwan2005", "levy2016"],
        salience=SAFETY,
    ),
    rule(
        "safety.avoid.valproate_mitochondrial",
        when=[inferred("mitochondrial_disease")],
        then=[treat("sodium_valproate", "avoid", "Valproate can cause liver failure in "
                    "mitochondrial (POLG) disease.")],
        explain="Valproate is avoided in suspected mitochondrial disease.",
        sources=["levy2016", "shahwan2005"],
        salience=SAFETY,
    ),
] + [
    rule(
        f"safety.avoid.valproate_pregnancy.{name}",
        when=[answered("childbearing_potential", "yes"), condition],
        then=[treat("sodium_valproate", "avoid", "Valproate harms the unborn child; choose "
                    "another drug where pregnancy is possible.")],
        explain="Valproate is avoided in anyone who may become pregnant.",
        sources=["levy2016"],
        salience=SAFETY,
    )
    for name, condition in (
        ("epilepsy", answered("epilepsy", "yes")),
        ("cortical", inferred("cortical_pattern")),
        ("post_hypoxic", inferred("post_hypoxic")),
    )
] + [
    rule(
        "safety.avoid.5htp_serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[treat("5_htp", "avoid", "5-HTP adds serotonin and worsens serotonin toxicity.")],
        explain="Serotonergic treatments are contraindicated in serotonin toxicity.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.avoid.piracetam_renal_failure",
        when=[answered("organ_failure", "renal")],
        then=[treat("piracetam", "avoid", "Piracetam leaves the body through the kidneys and builds "
                    "up in kidney failure; it is not used when kidney function is severely reduced.")],
        explain="Piracetam is renally cleared: avoided in kidney failure, where it would accumulate.",
        sources=["levy2016", "dijk2010"],
        salience=SAFETY,
    ),
    rule(
        "safety.avoid.valproate_liver_failure",
        when=[answered("organ_failure", "hepatic")],
        then=[treat("sodium_valproate", "avoid", "Valproate can injure the liver and raise blood "
                    "ammonia; in liver failure it can deepen the encephalopathy behind the jerks.")],
        explain="Valproate is avoided in liver failure, as it is in mitochondrial (POLG) disease, "
        "because it can cause liver failure and hyperammonaemic encephalopathy.",
        sources=["levy2016", "dijk2010"],
        salience=SAFETY,
    ),
    rule(
        "safety.caution.clonazepam_liver_failure",
        when=[answered("organ_failure", "hepatic")],
        then=[caution("clonazepam", "In liver failure its sedation can bring on or deepen hepatic "
                      "encephalopathy: treat the cause first, and use it, if at all, only at a low "
                      "dose with close watching.")],
        explain="Benzodiazepines sedate and are cleared by the liver: in liver failure they need "
        "great care, because sedation can precipitate hepatic encephalopathy.",
        sources=["levy2016", "caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.rapidly_progressive_dementia",
        when=[inferred("prion_disease")],
        then=[red_flag("rapidly_progressive_dementia")],
        explain="Rapidly progressive dementia with myoclonus must be referred urgently.",
        sources=["caviness2004", "zutt2015"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.post_cardiac_arrest",
        when=[inferred("post_hypoxic"), answered("onset", "acute")],
        then=[red_flag("post_cardiac_arrest")],
        explain="Acute myoclonus after cardiac arrest belongs in critical care.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.encephalitis",
        when=[answered("infection", "yes"), answered("encephalopathy", "yes")],
        then=[red_flag("acute_encephalitis")],
        explain="Myoclonus with fever and confusion may be encephalitis: an emergency.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.serotonin_toxicity",
        when=[inferred("serotonin_toxicity")],
        then=[red_flag("serotonin_toxicity")],
        explain="Serotonin toxicity is an emergency.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.toxic_metabolic_encephalopathy",
        when=[inferred("toxic_metabolic_encephalopathy")],
        then=[red_flag("toxic_metabolic_encephalopathy")],
        explain="An acute encephalopathy with multifocal myoclonus needs urgent medical review.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.opsoclonus_child",
        when=[inferred("opsoclonus_myoclonus"), answered("age_group", "child")],
        then=[red_flag("opsoclonus_myoclonus_child")],
        explain="Opsoclonus-myoclonus in a child calls for a search for neuroblastoma.",
        sources=["caviness2004", "zutt2015"],
        salience=SAFETY,
    ),
    rule(
        "safety.red_flag.spinal_cord_lesion",
        when=[inferred("spinal_compression"), answered("spinal_cord_signs", "yes")],
        then=[red_flag("spinal_cord_lesion")],
        explain="Segmental myoclonus with cord signs needs an urgent spinal MRI.",
        sources=["caviness2004"],
        salience=SAFETY,
    ),
]
