"""Treatment options, by cause first and then by site of origin.

The source: medicines that reduce symptoms (many are antiepileptics), several drugs
together when needed, botulinum toxin for focal jerks such as hemifacial spasm, and
surgery for pressure on nerves. Roles: recommended, consider; 'avoid' comes from the
safety module and always wins.
"""

from ..rulebook import answered, inferred, rule, treat

RULES = [
    rule(
        "treatment.physiological.reassurance",
        when=[inferred("hiccups")],
        then=[treat("reassurance", "recommended", "Hiccups are harmless and self-limiting.")],
        explain="Physiological myoclonus needs explanation, not drugs.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "treatment.physiological.hypnic_reassurance",
        when=[inferred("hypnic_jerks")],
        then=[treat("reassurance", "recommended", "Jerks on falling asleep are normal.")],
        explain="Physiological myoclonus needs explanation, not drugs.",
        sources=["seed:examples", "marsden1982"],
    ),
    rule(
        "treatment.cause.drug",
        when=[answered("drug_exposure", "yes")],
        then=[treat("withdraw_offending_drug", "recommended", "Drug-induced myoclonus usually "
                    "stops when the drug is reduced or withdrawn.")],
        explain="Withdrawing the offending drug comes before any symptomatic treatment.",
        sources=["levy2016", "caviness2004"],
    ),
] + [
    rule(
        f"treatment.cause.{question}",
        when=[answered(question, *choices)],
        then=[treat("treat_underlying_cause", "recommended", why)],
        explain="Treating the cause comes before symptomatic drugs.",
        sources=["levy2016", "dijk2010"],
    )
    for question, choices, why in (
        ("organ_failure", ("renal", "hepatic", "other"), "Treating the organ failure (for example "
         "dialysis) usually stops metabolic myoclonus."),
        ("metabolic_disturbance", ("yes",), "Correcting glucose or electrolytes stops the jerks."),
        ("nutritional_deficiency", ("yes",), "A gluten-free diet or vitamin replacement treats "
         "nutritional causes."),
        ("infection", ("yes",), "Treating the infection treats the myoclonus."),
    )
] + [
    rule(
        "treatment.cortical",
        when=[inferred("cortical_pattern")],
        then=[treat("levetiracetam", "recommended", "First choice for cortical myoclonus."),
              treat("sodium_valproate", "consider", "Effective for cortical myoclonus."),
              treat("piracetam", "consider", "Add-on for cortical myoclonus."),
              treat("clonazepam", "consider", "Often combined with the others; the source notes "
                    "that several drugs may be needed together.")],
        explain="Cortical myoclonus responds to antiepileptic drugs, often several together.",
        sources=["seed:treatment", "levy2016", "dijk2010"],
    ),
    rule(
        "treatment.cortical.older_options",
        when=[inferred("cortical_pattern"), answered("frequency", "frequent")],
        then=[treat("primidone", "consider", "An older option when newer drugs fail."),
              treat("barbiturates", "consider", "An older option when newer drugs fail."),
              treat("propranolol", "consider", "Reported as sometimes helpful.")],
        explain="The source names barbiturates, primidone and propranolol among the options for "
        "disabling myoclonus.",
        sources=["seed:treatment", "levy2016"],
    ),
    rule(
        "treatment.epilepsy_syndrome",
        when=[inferred("juvenile_myoclonic_epilepsy")],
        then=[treat("sodium_valproate", "recommended", "Highly effective in juvenile myoclonic "
                    "epilepsy."),
              treat("levetiracetam", "recommended", "Effective and preferred where valproate is "
                    "unsuitable."),
              treat("clonazepam", "consider", "Add-on for persistent jerks.")],
        explain="Juvenile myoclonic epilepsy is treated with broad-spectrum antiepileptics.",
        sources=["levy2016", "dijk2010"],
    ),
    rule(
        "treatment.progressive_myoclonus_epilepsy",
        when=[inferred("progressive_myoclonus_epilepsy")],
        then=[treat("sodium_valproate", "recommended", "A mainstay in progressive myoclonus "
                    "epilepsies."),
              treat("levetiracetam", "recommended", "Reduces action myoclonus."),
              treat("piracetam", "consider", "Add-on for action myoclonus."),
              treat("clonazepam", "consider", "Add-on; several drugs are usually needed.")],
        explain="Progressive myoclonus epilepsies need several antimyoclonic drugs together.",
        sources=["seed:treatment", "shahwan2005", "levy2016"],
    ),
    rule(
        "treatment.post_hypoxic",
        when=[inferred("post_hypoxic")],
        then=[treat("levetiracetam", "recommended", "Reduces post-hypoxic action myoclonus."),
              treat("clonazepam", "recommended", "Helps both cortical and reticular post-hypoxic "
                    "myoclonus."),
              treat("sodium_valproate", "consider", "An alternative or add-on."),
              treat("piracetam", "consider", "Add-on for action myoclonus."),
              treat("5_htp", "consider", "Historically used in post-hypoxic myoclonus; the source "
                    "reports it as sometimes helpful.")],
        explain="Post-hypoxic myoclonus often needs several drugs; 5-HTP is a historic option.",
        sources=["seed:treatment", "levy2016"],
    ),
    rule(
        "treatment.segmental",
        when=[inferred("segmental_pattern")],
        then=[treat("clonazepam", "recommended", "First choice for segmental myoclonus."),
              treat("levetiracetam", "consider", "An alternative for segmental myoclonus.")],
        explain="Spinal and brainstem segmental myoclonus respond best to clonazepam.",
        sources=["levy2016", "dijk2010"],
    ),
    rule(
        "treatment.propriospinal",
        when=[answered("distribution", "axial"), answered("distractible", "no")],
        then=[treat("clonazepam", "consider", "Can reduce propriospinal jerks.")],
        explain="Propriospinal myoclonus may respond to clonazepam once a functional cause is "
        "excluded.",
        sources=["levy2016"],
    ),
    rule(
        "treatment.hemifacial_spasm",
        when=[inferred("hemifacial_spasm")],
        then=[treat("botulinum_toxin", "recommended", "Injections temporarily paralyse the "
                    "twitching muscles, as the source describes for hemifacial spasm."),
              treat("surgery", "consider", "Microvascular decompression when a vessel compresses "
                    "the facial nerve.")],
        explain="Hemifacial spasm is treated with botulinum toxin; surgery decompresses the nerve.",
        sources=["seed:treatment", "levy2016"],
    ),
    rule(
        "treatment.compression_surgery",
        when=[inferred("spinal_compression")],
        then=[treat("surgery", "recommended", "Surgery is indicated when the myoclonus comes from "
                    "pressure on the cord or nerves, usually from a tumour."),
              treat("clonazepam", "consider", "Symptomatic relief until the cause is treated.")],
        explain="The source names surgery for myoclonus caused by pressure on nerves.",
        sources=["seed:treatment", "levy2016"],
    ),
    rule(
        "treatment.hemifacial_mass_surgery",
        when=[inferred("hemifacial_spasm"), answered("tumour_or_compression", "yes")],
        then=[treat("surgery", "recommended", "A mass compressing the facial nerve is removed "
                    "surgically.")],
        explain="The source names surgery for myoclonus caused by pressure on nerves from a tumour.",
        sources=["seed:treatment"],
    ),
    rule(
        "treatment.functional",
        when=[inferred("functional_pattern")],
        then=[treat("reassurance", "recommended", "Explaining the diagnosis positively is the "
                    "first step; specialist physiotherapy and psychological therapy follow.")],
        explain="Functional jerks are treated by explanation and rehabilitation, not "
        "antimyoclonic drugs.",
        sources=["zutt2015"],
    ),
]
