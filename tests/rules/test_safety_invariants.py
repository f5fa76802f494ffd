"""Named safety invariants, each proved with hypothesis over the whole answer space.

Each test forces the context its invariant speaks of onto generated answer sets (every
other question answered at random or left out), so every example exercises it. The
invariants are stated in terms of answers and results, not of the contraindication table,
so they check that the table covers what the literature forbids. Each docstring names its
primary source (a key of rules/sources.py).
"""

from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules.knowledge import RULES
from rules.knowledge.contraindications import CONTRAINDICATIONS, SODIUM_CHANNEL_BLOCKERS, SYMPTOMATIC_DRUGS
from rules.questionnaire import MANY
from rules.vocabulary import RED_FLAGS, URGENCIES

from .test_properties import valid_answers

EXAMPLES = 150  # per invariant: well over 3,000 answer sets in all
OFFERED = ("recommended", "consider")
INFERS = {r.id: {t.target for t in r.then if t.kind == "infer"} for r in RULES}
BENZODIAZEPINES_AND_BARBITURATES = ("clonazepam", "benzodiazepine_sedation", "barbiturates", "primidone")


def _choice(question_id: str, *choices: str):
    """A forced answer: one of the choices (as a list for a multi-choice question)."""
    strategy = st.sampled_from(choices)
    return strategy.map(lambda c: [c]) if rules.QUESTIONS[question_id].kind == MANY else strategy


def forcing(**forced):
    """Answers with the given questions forced to one of the given choices: half the time every other
    question at random, half the time only the few that make rules offer drugs, so an invariant about
    what is offered meets cases where something is."""
    forced_answers = st.fixed_dictionaries({q: _choice(q, *c) for q, c in forced.items()})
    return st.one_of(
        st.tuples(valid_answers, forced_answers).map(lambda pair: pair[0] | pair[1]), sparse(OFFERING, **forced)
    )


def sparse(questions, **forced):
    """Answers to only a few harmless questions besides the forced ones, so a benign pattern can be
    recognised (any pathological finding rightly blocks it)."""
    optional = {
        q: _choice(q, *rules.QUESTIONS[q].choice_ids)
        if rules.QUESTIONS[q].kind != MANY
        else st.lists(
            st.sampled_from([c for c in rules.QUESTIONS[q].choice_ids if c != "none"]),
            min_size=1,
            max_size=2,
            unique=True,
        )
        for q in questions
        if q not in forced
    }
    return st.tuples(
        st.fixed_dictionaries({}, optional=optional),
        st.fixed_dictionaries({q: _choice(q, *c) for q, c in forced.items()}),
    ).map(lambda pair: pair[0] | pair[1])


def assessed(answers) -> dict:
    return rules.assess(answers).as_dict()


def roles(result) -> dict[str, str]:
    return {t["id"]: t["role"] for t in result["treatments"]}


def offered(result) -> set[str]:
    return {t["id"] for t in result["treatments"] if t["role"] in OFFERED}


def patterns(result) -> set[str]:
    return {p for step in result["trace"] for p in INFERS.get(step["rule"], ())}


def flags(result) -> set[str]:
    return {f["id"] for f in result["red_flags"]}


YOUNG = ("neonate", "infant", "child", "adolescent")
HARMLESS = ("distribution", "rhythm", "frequency", "clustering", "hemifacial", "onset", "distractible")
# The findings that make the rules offer drugs (cortical pattern, epilepsy syndromes, post-hypoxic).
OFFERING = HARMLESS + (
    "age_group",
    "epilepsy",
    "triggers",
    "negative_myoclonus",
    "hypoxic_event",
    "febrile_seizures_infancy",
    "during_sleep",
)


# ---- Valproate -----------------------------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(age_group=("neonate", "infant")))
def test_valproate_is_never_offered_under_two_years(answers):
    """Fatal valproate hepatotoxicity is commonest under 2 years [depakote_label, mindikoglu2011]."""
    assert "sodium_valproate" not in offered(assessed(answers))


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(childbearing_potential=("yes",)))
def test_valproate_is_never_offered_where_pregnancy_is_possible(answers):
    """Valproate is contraindicated in anyone who may become pregnant without a pregnancy prevention
    programme [mhra2018]."""
    assert "sodium_valproate" not in offered(assessed(answers))


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(organ_failure=("hepatic",)))
def test_valproate_is_avoided_in_liver_failure(answers):
    """The valproate label contraindicates it in hepatic disease [depakote_label]."""
    assert roles(assessed(answers)).get("sodium_valproate") == "avoid"


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    forcing(
        mitochondrial_clues=(
            "hearing_loss",
            "maternal_inheritance",
            "neuropathy",
            "ophthalmoplegia",
            "valproate_harm_in_relative",
        )
    )
)
def test_valproate_is_avoided_with_any_mitochondrial_clue_whatever_the_height(answers):
    """Valproate is contraindicated in POLG disease whatever the phenotype [depakote_label, polg2024]."""
    assert roles(assessed(answers)).get("sodium_valproate") == "avoid"


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(age_group=YOUNG, epilepsy=("yes",), ataxia=("yes",)))
def test_valproate_waits_for_a_polg_test_in_a_young_ataxia_epilepsy_picture(answers):
    """Young-onset epilepsy with ataxia may be POLG disease: no valproate until it is excluded or genetic
    testing names another cause (EPM1, in which valproate is the first drug of choice), and the test is
    in the workup [polg2024, depakote_label, kalviainen2008]."""
    result = assessed(answers)
    if answers.get("genetic_result") != "epm1":
        assert roles(result).get("sodium_valproate") == "avoid"
    assert "polg_test" in {step["id"] for step in result["workup"]}


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(drug_classes=("valproate",)))
def test_valproate_is_never_offered_when_it_is_the_suspected_culprit(answers):
    """A drug suspected of causing the jerks is withdrawn, and valproate is checked for hyperammonaemia
    [depakote_label, janssen2017]."""
    result = assessed(answers)
    assert roles(result).get("sodium_valproate") == "avoid"
    assert "ammonia_urea_cycle" in {step["id"] for step in result["workup"]}


# ---- Sedatives and the cascade in encephalopathy ---------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(organ_failure=("hepatic",)))
def test_no_benzodiazepine_barbiturate_or_primidone_is_offered_in_liver_failure(answers):
    """Clonazepam is contraindicated in significant liver disease, phenobarbital in severe hepatic
    impairment, and benzodiazepines precipitate hepatic encephalopathy [klonopin_label,
    phenobarbital_label, gronbaek2018]."""
    assert not offered(assessed(answers)) & set(BENZODIAZEPINES_AND_BARBITURATES)


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(encephalopathy=("yes",), organ_failure=("renal", "hepatic", "other"), frequency=("rare", "occasional")))
def test_no_antimyoclonic_drug_is_offered_in_a_toxic_metabolic_encephalopathy(answers):
    """In a toxic-metabolic encephalopathy the cause is treated; asterixis is no indication for
    antimyoclonic drugs or sedatives [caviness2004, gronbaek2018]."""
    result = assessed(answers)
    assert not offered(result) & set(SYMPTOMATIC_DRUGS)
    assert roles(result).get("treat_underlying_cause") == "recommended"


# ---- Benign, physiological and functional jerks ----------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    sparse(
        HARMLESS,
        age_group=("neonate", "infant"),
        during_sleep=("only_in_sleep",),
        epilepsy=("no",),
        growth_retardation=("no",),
    )
)
def test_no_antiseizure_drug_and_no_spine_mri_for_benign_neonatal_sleep_myoclonus(answers):
    """Benign neonatal sleep myoclonus needs no drug; antiseizure drugs are not indicated and
    benzodiazepines can worsen the jerks [maurer2010, alfonso1995]."""
    result = assessed(answers)
    if "benign_neonatal_sleep_myoclonus" in patterns(result):
        assert not offered(result) & (set(SYMPTOMATIC_DRUGS) | {"benzodiazepine_sedation"})
        assert {"spine_mri", "metabolic_labs"}.isdisjoint(step["id"] for step in result["workup"])
        assert roles(result)["reassurance"] == "recommended"


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(
        sparse(HARMLESS, triggers=("sleep_onset",)),
        sparse(("rhythm", "hiccup_duration"), distribution=("diaphragmatic",)),
    )
)
def test_no_antiseizure_drug_for_physiological_jerks(answers):
    """Hiccups and hypnic jerks need explanation, not drugs [marsden1982, chang2012]."""
    result = assessed(answers)
    if patterns(result) & {"hypnic_jerks", "hiccups"} and "pathological_hiccups" not in patterns(result):
        assert not offered(result) & set(SYMPTOMATIC_DRUGS)


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(distractible=("yes",)))
def test_no_drug_cascade_for_functional_jerks(answers):
    """Functional jerks are treated by explanation and rehabilitation, not antimyoclonic drugs
    [erro2014, zutt2015]."""
    result = assessed(answers)
    assert not offered(result) & set(SYMPTOMATIC_DRUGS)
    assert roles(result)["functional_rehabilitation"] == "recommended"


# ---- Drugs that worsen myoclonus -----------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(epilepsy=("yes",)))
def test_no_sodium_channel_blocker_or_gabapentinoid_in_a_myoclonic_epilepsy(answers):
    """Carbamazepine, oxcarbazepine, gabapentin, pregabalin, vigabatrin and tiagabine aggravate
    myoclonic seizures, and are taught as avoid [gelisse2004, guerrini1998b, rissardo2025]."""
    result = assessed(answers)
    for drug in ("carbamazepine", "oxcarbazepine", "gabapentin", "pregabalin", "vigabatrin", "tiagabine"):
        assert roles(result)[drug] == "avoid"
    assert not offered(result) & {"phenytoin", "lamotrigine"}


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(epilepsy=("yes",), febrile_seizures_infancy=("yes",)))
def test_sodium_channel_blockers_are_avoided_in_dravet_syndrome(answers):
    """Sodium-channel blockers worsen Dravet syndrome [guerrini1998, wirrell2022]."""
    result = assessed(answers)
    assert all(roles(result)[drug] == "avoid" for drug in SODIUM_CHANNEL_BLOCKERS)


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(drug_classes=("serotonergic",)))
def test_no_5htp_with_a_serotonergic_drug(answers):
    """5-HTP with a serotonergic drug risks serotonin toxicity [dunkley2003, boyer2005]."""
    assert roles(assessed(answers))["5_htp"] == "avoid"


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(hypoxic_event=("yes",), onset=("acute",)))
def test_no_5htp_or_piracetam_in_acute_post_hypoxic_myoclonus(answers):
    """5-HTP and oral piracetam are chronic Lance-Adams options, not for the comatose patient after
    cardiac arrest, who needs EEG and critical care [gupta2016, nolan2021]."""
    result = assessed(answers)
    assert roles(result)["5_htp"] == roles(result)["piracetam"] == "avoid"
    assert "post_cardiac_arrest" in flags(result)


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(organ_failure=("renal",)))
def test_piracetam_is_never_offered_in_kidney_failure(answers):
    """Piracetam is renally cleared and contraindicated in end-stage renal disease [piracetam_smpc]."""
    assert roles(assessed(answers))["piracetam"] == "avoid"


# ---- Reassurance and red flags ----------------------------------------------------------------


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.one_of(
        valid_answers,
        sparse(("rhythm", "hiccup_duration", "brainstem_signs", "frequency"), distribution=("diaphragmatic",)),
        sparse(HARMLESS + ("epilepsy", "encephalopathy"), triggers=("sleep_onset",)),
    )
)
def test_reassurance_is_never_given_with_a_red_flag_or_a_pathological_clue(answers):
    """A pathological finding or a red flag makes reassurance false [seed:associated, chang2012]."""
    result = assessed(answers)
    if result["red_flags"] or "pathological_clue" in patterns(result):
        assert "reassurance" not in offered(result)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    forcing(distribution=("diaphragmatic",), hiccup_duration=("over_48_hours",))
    | forcing(distribution=("diaphragmatic",), brainstem_signs=("yes",))
)
def test_persistent_hiccups_or_hiccups_with_brainstem_signs_are_flagged_and_never_reassured(answers):
    """Hiccups of 48 hours or more, or with brainstem signs, need a cause found: brain MRI [chang2012,
    park2005]."""
    result = assessed(answers)
    assert flags(result) & {"persistent_hiccups", "hiccups_brainstem_signs"}
    assert "reassurance" not in offered(result)
    assert "imaging" in {step["id"] for step in result["workup"]}


def test_every_red_flag_has_an_urgency_an_action_and_a_workup_step():
    """A red flag teaches what to do and how soon [caviness2004]."""
    for flag in RED_FLAGS.values():
        assert flag.urgency in URGENCIES and flag.action and flag.workup


@settings(max_examples=EXAMPLES, deadline=None)
@given(valid_answers)
def test_a_raised_red_flag_puts_its_tests_first_in_the_workup(answers):
    """The workup is ordered urgency-first, so a red flag's tests lead it [zutt2015]."""
    result = assessed(answers)
    order = (*URGENCIES, "routine")
    ranks = [order.index(step["urgency"]) for step in result["workup"]]
    assert ranks == sorted(ranks)
    steps = {step["id"]: step for step in result["workup"]}
    for flag in result["red_flags"]:
        assert flag["urgency"] in URGENCIES and flag["workup"]
        for step in flag["workup"]:
            assert order.index(steps[step]["urgency"]) <= order.index(flag["urgency"])


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(spinal_cord_signs=("yes",)))
def test_spinal_cord_signs_raise_the_flag_and_an_emergency_spine_mri_whatever_the_distribution(answers):
    """Cord signs with myoclonus need urgent spinal imaging [keswani2002, caviness2004]."""
    result = assessed(answers)
    assert "spinal_cord_lesion" in flags(result)
    assert next(s for s in result["workup"] if s["id"] == "spine_mri")["urgency"] == "emergency"


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(spinal_cord_signs=("yes",), mass_lesion=("no", "unknown"), tumour_or_compression=("no", "unknown")))
def test_surgery_is_never_recommended_on_cord_signs_until_a_mass_is_known(answers):
    """Surgery is for a compressing lesion shown on imaging [seed:treatment, keswani2002]."""
    assert roles(assessed(answers)).get("surgery") != "recommended"


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(opsoclonus=("yes",)))
def test_opsoclonus_myoclonus_is_flagged_at_every_age_and_treated_with_immunotherapy_not_the_cascade(answers):
    """Opsoclonus-myoclonus is immune-mediated and often paraneoplastic in children and adults alike
    [rossor2022, klaas2012]."""
    result = assessed(answers)
    assert flags(result) & {"opsoclonus_myoclonus", "opsoclonus_myoclonus_child"}
    assert roles(result)["immunotherapy"] == "recommended"
    assert not offered(result) & set(SYMPTOMATIC_DRUGS)


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(drug_classes=("lithium",)))
def test_myoclonus_on_lithium_is_always_flagged_even_without_confusion(answers):
    """Lithium neurotoxicity can occur at therapeutic levels and without confusion [decker2015]."""
    assert "lithium_toxicity" in flags(assessed(answers))


@settings(max_examples=EXAMPLES, deadline=None)
@given(forcing(onset=("acute",), fever=("yes",)) | forcing(onset=("acute",), infection=("yes",)))
def test_fever_or_infection_with_acute_jerks_raises_an_emergency_flag_without_confusion(answers):
    """Encephalitis can present with fever and jerks before confusion; fever with a serotonergic
    picture is serotonin toxicity [graus2016, dunkley2003]."""
    assert flags(assessed(answers)) & {"acute_encephalitis", "serotonin_toxicity"}


# ---- The safety layer itself ------------------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(valid_answers)
def test_no_contraindication_that_holds_is_overruled_and_every_avoid_gives_a_sourced_reason(answers):
    """Whatever rule offered a drug, an entry of the table whose context holds wins [depakote_label]."""
    canonical = rules.validate_answers(answers)
    result = assessed(answers)
    recognised = frozenset(patterns(result) | ({"red_flag_raised"} if result["red_flags"] else set()))
    for entry in CONTRAINDICATIONS:
        if entry.strength == "avoid" and entry.holds(canonical, recognised):
            assert not offered(result) & set(entry.drugs), entry.id
    for treatment in result["treatments"]:
        if treatment["role"] == "avoid":
            assert any(w["role"] == "avoid" and w["text"] for w in treatment["why"]) and treatment["sources"]


def test_valproate_leads_the_treatment_of_genetically_confirmed_unverricht_lundborg_disease():
    """With CSTB confirmation, valproate is recommended (the first drug of choice) and phenytoin is
    avoided [kalviainen2008]; with a mitochondrial clue or under 2, the label still forbids it."""
    teenager = {
        "age_group": "adolescent",
        "epilepsy": "yes",
        "ataxia": "yes",
        "triggers": ["action", "stimulus"],
        "genetic_result": "epm1",
        "childbearing_potential": "no",
    }
    found = roles(assessed(teenager))
    assert found.get("sodium_valproate") == "recommended" and found.get("phenytoin") == "avoid"
    assert roles(assessed({**teenager, "age_group": "infant"})).get("sodium_valproate") == "avoid"
    assert roles(assessed({**teenager, "mitochondrial_clues": ["ophthalmoplegia"]})).get("sodium_valproate") == "avoid"
