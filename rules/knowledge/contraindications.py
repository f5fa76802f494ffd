"""What must never be offered, as data: each entry names the drugs, the context that forbids
them, the reason in plain words, the strength and its primary source.

The safety layer (``rules.safety_layer``) checks every entry after the engine has run, so an
entry wins whichever rule offered the drug. An ``avoid`` entry whose context holds turns the
drug into "avoid" with its reason; a ``taught`` one is listed as "avoid" even when no rule
offered the drug, because knowing what worsens the case is part of the lesson. A ``caution``
entry only adds its warning to a drug that is offered.

Sources are drug labels and regulators where they exist, otherwise guidelines and original
papers (see rules/sources.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..rulebook import KBRule, When, absent, answered, any_answered, caution, inferred, rule, treat
from ..vocabulary import AVOID, CAUTION

# Drugs given for the jerks themselves (symptomatic antimyoclonic treatment).
SYMPTOMATIC_DRUGS = (
    "clonazepam",
    "sodium_valproate",
    "levetiracetam",
    "piracetam",
    "primidone",
    "barbiturates",
    "phenytoin",
    "propranolol",
    "5_htp",
    "zonisamide",
    "topiramate",
    "brivaracetam",
    "perampanel",
)
BENZODIAZEPINES = ("clonazepam", "benzodiazepine_sedation")
# Liver failure as the history gives it, or as the blood tests show it (a result counts as much as
# the history: a drug the history would forbid is not offered because only the test was entered).
LIVER_FAILURE = any_answered(answered("organ_failure", "hepatic"), answered("lab_findings", "liver_tests"))
SODIUM_CHANNEL_BLOCKERS = ("phenytoin", "carbamazepine", "oxcarbazepine", "lamotrigine")


@dataclass(frozen=True)
class Contraindication:
    """One context in which drugs must not be offered (or need a caution)."""

    id: str
    drugs: tuple[str, ...]
    when: tuple[When, ...]
    reason: str
    strength: str
    sources: tuple[str, ...]
    taught: bool = False

    def holds(self, answers: dict[str, Any], patterns: frozenset[str]) -> bool:
        return all(condition.holds(answers, patterns) for condition in self.when)

    def as_rule(self) -> KBRule:
        """The entry as a rule of the safety concern, so the trace, the catalogue and the knowledge
        browser show it like every other rule."""
        if self.strength == CAUTION:
            then = [caution(drug, self.reason) for drug in self.drugs]
        else:
            then = [treat(drug, AVOID, self.reason) for drug in self.drugs]
        return rule(self.id, when=self.when, then=then, explain=self.reason, sources=self.sources)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "drugs": list(self.drugs),
            "context": [c.text for c in self.when],
            "reason": self.reason,
            "strength": self.strength,
            "taught": self.taught,
            "sources": list(self.sources),
        }


def avoid(
    id: str, drugs: Iterable[str], when: Iterable[When], reason: str, sources: Iterable[str], *, taught: bool = False
) -> Contraindication:
    return Contraindication(id, tuple(drugs), tuple(when), reason, AVOID, tuple(sources), taught)


def take_care(
    id: str, drugs: Iterable[str], when: Iterable[When], reason: str, sources: Iterable[str]
) -> Contraindication:
    return Contraindication(id, tuple(drugs), tuple(when), reason, CAUTION, tuple(sources))


CONTRAINDICATIONS = (
    # Valproate
    avoid(
        "safety.avoid.valproate_under_2",
        ["sodium_valproate"],
        [answered("age_group", "neonate", "infant")],
        "Children under 2 carry the highest risk of fatal valproate liver failure, and the label forbids it "
        "where POLG disease is suspected at that age: it is not offered under 2.",
        ["depakote_label", "mindikoglu2011"],
    ),
    avoid(
        "safety.avoid.valproate_pregnancy",
        ["sodium_valproate"],
        [answered("childbearing_potential", "yes")],
        "Valproate harms the unborn child; where pregnancy is possible another drug is chosen (valproate is "
        "contraindicated unless a pregnancy prevention programme is in place).",
        ["mhra2018", "depakote_label"],
    ),
    avoid(
        "safety.avoid.valproate_liver_failure",
        ["sodium_valproate"],
        [any_answered(answered("organ_failure", "hepatic"), answered("lab_findings", "liver_tests", "ammonia"))],
        "Valproate can injure the liver and raise blood ammonia; in liver failure it can deepen the "
        "encephalopathy behind the jerks. The label contraindicates it in hepatic disease.",
        ["depakote_label"],
        taught=True,
    ),
    avoid(
        "safety.avoid.valproate_mitochondrial",
        ["sodium_valproate"],
        [inferred("mitochondrial_disease")],
        "Valproate can cause fatal liver failure in mitochondrial (POLG) disease, whatever the patient's "
        "height; the label contraindicates it.",
        ["depakote_label", "polg2024"],
        taught=True,
    ),
    avoid(
        "safety.avoid.valproate_until_polg_excluded",
        ["sodium_valproate"],
        # A CSTB result names the progressive myoclonus epilepsy (EPM1), in which valproate is the first
        # drug of choice [kalviainen2008]; POLG disease is then no longer the suspicion the label means.
        [inferred("progressive_myoclonus_epilepsy"), absent(answered("genetic_result", "epm1"))],
        "Young-onset epilepsy with ataxia, decline or visual loss can be POLG disease, in which valproate "
        "causes fatal liver failure: it is not offered until a POLG test is negative or genetic testing has "
        "named another cause.",
        ["depakote_label", "polg2024"],
        taught=True,
    ),
    avoid(
        "safety.avoid.valproate_culprit",
        ["sodium_valproate"],
        [inferred("valproate_culprit")],
        "Valproate is a suspected cause of the jerks (or of a hyperammonaemic encephalopathy): it is "
        "withdrawn, not offered again.",
        ["depakote_label", "janssen2017"],
        taught=True,
    ),
    # Sedatives in liver failure
    avoid(
        "safety.avoid.clonazepam_liver_failure",
        BENZODIAZEPINES,
        [LIVER_FAILURE],
        "Clonazepam is contraindicated in significant liver disease, and benzodiazepines bring on hepatic "
        "encephalopathy: in liver failure treat the cause; asterixis is no indication for a sedative.",
        ["klonopin_label", "gronbaek2018"],
        taught=True,
    ),
    avoid(
        "safety.avoid.barbiturates_liver_failure",
        ["barbiturates", "primidone"],
        [LIVER_FAILURE],
        "Barbiturates are contraindicated in severe liver impairment, and primidone is converted to "
        "phenobarbital: their sedation can precipitate hepatic encephalopathy.",
        ["phenobarbital_label", "gronbaek2018"],
        taught=True,
    ),
    avoid(
        "safety.avoid.sedatives_toxic_metabolic",
        SYMPTOMATIC_DRUGS,
        [inferred("toxic_metabolic_encephalopathy"), absent(inferred("myoclonic_status"))],
        "In a toxic-metabolic encephalopathy the jerks settle when the cause is treated; antimyoclonic "
        "drugs and sedatives add drowsiness and can deepen the encephalopathy.",
        ["caviness2004", "gronbaek2018"],
    ),
    # Piracetam
    avoid(
        "safety.avoid.piracetam_renal_failure",
        ["piracetam"],
        [any_answered(answered("organ_failure", "renal"), answered("lab_findings", "urea_creatinine"))],
        "Piracetam leaves the body through the kidneys and builds up in kidney failure; it is "
        "contraindicated in end-stage renal disease and reduced as kidney function falls.",
        ["piracetam_smpc"],
        taught=True,
    ),
    take_care(
        "safety.caution.piracetam_stroke",
        ["piracetam"],
        [answered("vascular_event", "yes")],
        "Piracetam is contraindicated after a cerebral haemorrhage and needs care with a bleeding risk: "
        "know which kind of stroke it was first.",
        ["piracetam_smpc"],
    ),
    # 5-HTP and acute post-hypoxic coma
    avoid(
        "safety.avoid.5htp_serotonin_toxicity",
        ["5_htp"],
        [inferred("serotonin_toxicity")],
        "5-HTP adds serotonin and worsens serotonin toxicity.",
        ["dunkley2003", "boyer2005"],
        taught=True,
    ),
    avoid(
        "safety.avoid.5htp_serotonergic_drugs",
        ["5_htp"],
        [answered("drug_classes", "serotonergic")],
        "5-HTP with a serotonergic drug risks serotonin toxicity.",
        ["dunkley2003", "boyer2005"],
        taught=True,
    ),
    avoid(
        "safety.avoid.chronic_options_acute_post_hypoxic",
        ["5_htp", "piracetam"],
        [inferred("acute_post_hypoxic")],
        "5-HTP and oral piracetam are options for chronic (Lance-Adams) myoclonus, not for a comatose "
        "patient in the days after cardiac arrest, who needs EEG and critical care.",
        ["gupta2016", "nolan2021"],
        taught=True,
    ),
    # Drugs that worsen myoclonus
    avoid(
        "safety.avoid.phenytoin_jme",
        ["phenytoin"],
        [inferred("juvenile_myoclonic_epilepsy")],
        "Phenytoin can worsen myoclonus in juvenile myoclonic epilepsy.",
        ["guerrini1998b", "rissardo2025"],
        taught=True,
    ),
    avoid(
        "safety.avoid.phenytoin_pme",
        ["phenytoin"],
        [inferred("progressive_myoclonus_epilepsy")],
        "Phenytoin can worsen myoclonus in progressive myoclonus epilepsies and may hasten decline in "
        "Unverricht-Lundborg disease.",
        ["shahwan2005", "michelucci2016"],
        taught=True,
    ),
    avoid(
        "safety.avoid.phenytoin_cortical",
        ["phenytoin"],
        [inferred("cortical_pattern")],
        "Phenytoin can aggravate cortical myoclonus.",
        ["rissardo2025", "kojovic2011"],
        taught=True,
    ),
    avoid(
        "safety.avoid.sodium_channel_myoclonic_epilepsy",
        ["carbamazepine", "oxcarbazepine"],
        [answered("epilepsy", "yes")],
        "Carbamazepine and oxcarbazepine can aggravate myoclonic seizures and myoclonus.",
        ["gelisse2004", "guerrini1998b", "rissardo2025"],
        taught=True,
    ),
    avoid(
        "safety.avoid.gabapentinoids_myoclonic_epilepsy",
        ["gabapentin", "pregabalin"],
        [answered("epilepsy", "yes")],
        "Gabapentin and pregabalin can cause or worsen myoclonus and are not used in myoclonic epilepsies.",
        ["rissardo2025", "desai2019"],
        taught=True,
    ),
    avoid(
        "safety.avoid.gabapentinoid_culprit",
        ["gabapentin", "pregabalin"],
        [answered("drug_classes", "gabapentinoid")],
        "A gabapentinoid is the suspected cause of the jerks: it is stopped, not continued or switched "
        "for its sibling.",
        ["desai2019", "janssen2017"],
        taught=True,
    ),
    avoid(
        "safety.avoid.gaba_drugs_myoclonic_epilepsy",
        ["vigabatrin", "tiagabine"],
        [answered("epilepsy", "yes")],
        "Vigabatrin and tiagabine can aggravate myoclonic seizures.",
        ["guerrini1998b"],
        taught=True,
    ),
    avoid(
        "safety.avoid.sodium_channel_dravet",
        SODIUM_CHANNEL_BLOCKERS,
        [inferred("dravet_syndrome")],
        "Sodium-channel blockers make seizures worse in Dravet syndrome (lamotrigine in most patients).",
        ["guerrini1998", "wirrell2022"],
        taught=True,
    ),
    take_care(
        "safety.caution.lamotrigine_jme",
        ["lamotrigine"],
        [inferred("juvenile_myoclonic_epilepsy")],
        "Lamotrigine can aggravate myoclonus in juvenile myoclonic epilepsy.",
        ["guerrini1998b"],
    ),
    # Benign and functional jerks: no drugs
    avoid(
        "safety.avoid.antiseizure_benign_neonatal_sleep_myoclonus",
        ["clonazepam", "barbiturates", "levetiracetam"],
        [inferred("benign_neonatal_sleep_myoclonus")],
        "Benign neonatal sleep myoclonus needs no treatment: antiseizure drugs are not indicated (many "
        "babies are wrongly given them) and benzodiazepines can make the jerks worse.",
        ["maurer2010", "alfonso1995", "dicapua1993"],
        taught=True,
    ),
    avoid(
        "safety.avoid.drugs_benign_neonatal_sleep_myoclonus",
        SYMPTOMATIC_DRUGS + ("benzodiazepine_sedation",),
        [inferred("benign_neonatal_sleep_myoclonus")],
        "Benign neonatal sleep myoclonus needs no drug.",
        ["maurer2010"],
    ),
    avoid(
        "safety.avoid.drugs_hypnic_jerks",
        SYMPTOMATIC_DRUGS,
        [inferred("hypnic_jerks")],
        "Hypnic jerks are physiological: explanation, not drugs.",
        ["marsden1982", "seed:examples"],
    ),
    avoid(
        "safety.avoid.drugs_physiological_hiccups",
        SYMPTOMATIC_DRUGS,
        [inferred("hiccups"), absent(inferred("pathological_hiccups"))],
        "Brief hiccups are physiological: explanation, not drugs.",
        ["chang2012", "seed:examples"],
    ),
    avoid(
        "safety.avoid.drugs_functional",
        SYMPTOMATIC_DRUGS + ("benzodiazepine_sedation",),
        [inferred("functional_pattern")],
        "Functional jerks do not respond to antimyoclonic drugs, whose side effects and trials delay the "
        "treatment that works: explanation and rehabilitation.",
        ["erro2014", "zutt2015"],
    ),
    avoid(
        "safety.avoid.cortical_cascade_opsoclonus_myoclonus",
        SYMPTOMATIC_DRUGS,
        [inferred("opsoclonus_myoclonus")],
        "Opsoclonus-myoclonus is treated with immunotherapy and a tumour search, not with the cortical "
        "drug cascade (sedatives in a toddler among them).",
        ["rossor2022", "klaas2012"],
    ),
    # Reassurance
    avoid(
        "safety.avoid.reassurance_pathological_clue",
        ["reassurance"],
        [inferred("pathological_clue")],
        "A pathological finding is present: reassurance would be false.",
        ["seed:associated", "marsden1982"],
    ),
    avoid(
        "safety.avoid.reassurance_pathological_hiccups",
        ["reassurance"],
        [inferred("pathological_hiccups")],
        "Hiccups lasting 48 hours or more, or with brainstem signs, need a cause found: reassurance would be false.",
        ["chang2012"],
    ),
    avoid(
        "safety.avoid.reassurance_red_flag",
        ["reassurance"],
        [inferred("red_flag_raised")],
        "A red flag is raised: the case needs action, not reassurance.",
        ["caviness2004", "zutt2015"],
    ),
)

_ids = [c.id for c in CONTRAINDICATIONS]
if len(set(_ids)) != len(_ids):
    raise ValueError(f"duplicate contraindication ids: {sorted({i for i in _ids if _ids.count(i) > 1})}")
