"""The questionnaire: the vocabulary of findings and the single source of truth for it.

Web forms, API serializers, the OpenAPI schema, FHIR export and the docs are all
generated from these definitions, so question and choice ids live here only.
Ids are a public contract: never rename one once released.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .errors import InvalidAnswers, echo

UNKNOWN = "unknown"
NONE = "none"  # the choice of a many question that excludes every other
ONE = "one"
MANY = "many"
YES_NO = "yes_no"


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    hpo: str | None = None  # for a multi-choice finding whose choices are distinct phenotypes


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    label: str
    why: str
    choices: tuple[Choice, ...]
    help: str = ""
    hpo: str | None = None
    section: str = ""

    @cached_property
    def choice_ids(self) -> tuple[str, ...]:
        """Read for every answer that is validated: worked out once per question."""
        return tuple(choice.id for choice in self.choices)

    def allowed_text(self) -> str:
        """The allowed values as one phrase, for error messages a person can act on."""
        allowed = ", ".join(self.choice_ids + (UNKNOWN,))
        if self.kind == MANY:
            return f'a list of any of: {", ".join(self.choice_ids)} (or "{UNKNOWN}")'
        return f"one of: {allowed}"

    def choice_label(self, choice_id: str) -> str:
        return next((c.label for c in self.choices if c.id == choice_id), choice_id)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section,
            "type": self.kind,
            "label": self.label,
            "help": self.help,
            "why": self.why,
            "hpo": self.hpo,
            "choices": [{"id": c.id, "label": c.label} | ({"hpo": c.hpo} if c.hpo else {}) for c in self.choices],
            "accepts_unknown": True,
        }


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "intro": self.intro,
            "questions": [q.as_dict() for q in self.questions],
        }


YES_NO_CHOICES = (Choice("yes", "Yes"), Choice("no", "No"))


def _choosing(kind: str) -> Callable[..., Question]:
    """The builder of one kind of question with listed choices (one answer, or several); a choice
    is (id, label) or (id, label, HPO code)."""

    def build(
        id: str,
        label: str,
        why: str,
        choices: Iterable[tuple[str, str] | tuple[str, str, str | None]],
        help: str = "",
        hpo: str | None = None,
    ) -> Question:
        return Question(id, kind, label, why, tuple(Choice(*c) for c in choices), help, hpo)

    return build


_one = _choosing(ONE)
_many = _choosing(MANY)


def _yes_no(id: str, label: str, why: str, help: str = "", hpo: str | None = None) -> Question:
    return Question(id, YES_NO, label, why, YES_NO_CHOICES, help, hpo)


def _section(id: str, title: str, intro: str, *questions: Question) -> Section:
    placed = tuple(Question(q.id, q.kind, q.label, q.why, q.choices, q.help, q.hpo, section=id) for q in questions)
    return Section(id, title, intro, placed)


SECTIONS: tuple[Section, ...] = (
    _section(
        "pattern",
        "The jerks",
        "Describe what the jerks look like. The pattern is the main clue to where they start.",
        _one(
            "distribution",
            "Where are the jerks?",
            "Distribution is the first clue to the site of origin: one body part points to a focal "
            "cortical or peripheral source, adjacent segments to the spinal cord, the whole body or "
            "the trunk to the brainstem or a generalised epilepsy, the diaphragm to hiccups.",
            (
                ("focal", "One body part (a hand, a limb, one side of the face)"),
                ("segmental", "A few adjacent segments (a limb and its girdle, the abdominal wall, the palate)"),
                ("multifocal", "Several separate body parts, not at once"),
                ("generalized", "The whole body at once"),
                ("axial", "Trunk, neck and hips (flexion jerks)"),
                ("diaphragmatic", "The diaphragm (hiccups)"),
            ),
        ),
        _yes_no(
            "hemifacial",
            "Are the jerks confined to one side of the face?",
            "Twitching limited to one side of the face suggests hemifacial spasm, a peripheral "
            "disorder of the facial nerve, often from compression by a blood vessel or a mass.",
        ),
        _one(
            "hiccup_duration",
            "If the jerks are hiccups: how long have they lasted?",
            "Hiccups that last over 48 hours (persistent) or come with brainstem signs are not "
            "physiological: a lesion of the brainstem, such as a lateral medullary stroke, must be "
            "looked for.",
            (("under_48_hours", "Less than 48 hours"), ("over_48_hours", "48 hours or more")),
        ),
        _one(
            "rhythm",
            "Do the jerks have a regular rhythm?",
            "The source notes that jerks come with or without a pattern. Regular rhythmic jerks "
            "favour a segmental (spinal or brainstem) source; irregular jerks favour the cortex.",
            (("rhythmic", "Rhythmic, regular"), ("arrhythmic", "Irregular, no pattern")),
        ),
        _one(
            "frequency",
            "How often do the jerks occur?",
            "Myoclonus may occur rarely or many times a minute. Frequent jerks are more disabling "
            "and less likely to be physiological.",
            (
                ("rare", "Rarely"),
                ("occasional", "Now and then"),
                ("frequent", "Many times a minute"),
            ),
        ),
        _one(
            "clustering",
            "Do the jerks come alone or in bunches?",
            "The source describes jerks occurring alone or in bunches. Clusters are typical of "
            "epileptic myoclonus, such as morning jerks in juvenile myoclonic epilepsy.",
            (("single", "Alone, one at a time"), ("bunches", "In bunches (clusters)")),
        ),
        _yes_no(
            "negative_myoclonus",
            "Are there brief lapses of posture (negative myoclonus, asterixis)?",
            "A sudden loss of muscle tone, such as the flap of outstretched hands, is negative "
            "myoclonus. It points to a cortical source and, with confusion, to a metabolic cause "
            "such as liver or kidney failure.",
        ),
        _yes_no(
            "distractible",
            "Do the jerks vary, lessen with distraction, or take up the rhythm of another movement?",
            "Variability, distractibility and entrainment are positive signs of functional "
            "(psychogenic) jerks; organic myoclonus does not behave like this.",
        ),
    ),
    _section(
        "timing",
        "What sets them off",
        "When the jerks occur and what triggers them separate cortical, brainstem, spinal and physiological myoclonus.",
        _many(
            "triggers",
            "What sets the jerks off?",
            "The source notes jerks set off by an outside event or by attempting a movement. "
            "Sensitivity to touch, sound or light and to action is the mark of cortical myoclonus; "
            "jerks at sleep onset are usually physiological (hypnic jerks).",
            (
                ("stimulus", "An outside stimulus (touch, sound, light)"),
                ("action", "Attempting a movement"),
                ("rest", "They occur at rest"),
                ("sleep_onset", "Falling asleep"),
                ("none", "Nothing in particular"),
            ),
        ),
        _one(
            "during_sleep",
            "Do the jerks continue during sleep?",
            "Jerks that persist in sleep point to a spinal or brainstem (segmental) source; "
            "cortical and functional jerks usually stop. Jerks only in sleep, in a baby who is well, "
            "are typical of benign neonatal sleep myoclonus.",
            (
                ("persists", "They continue in sleep"),
                ("disappears", "They stop in sleep"),
                ("only_in_sleep", "Only in sleep, never awake"),
            ),
        ),
    ),
    _section(
        "accompanying",
        "Other symptoms",
        "Myoclonus does not cause these symptoms, but their presence helps pin down the cause.",
        _yes_no(
            "epilepsy",
            "Are there seizures (epilepsy)?",
            "Seizures with myoclonus point to an epilepsy syndrome (juvenile myoclonic epilepsy, a "
            "progressive myoclonus epilepsy) or to a cortical lesion.",
            hpo="HP:0001250",
        ),
        _one(
            "dementia",
            "Is there cognitive decline (dementia)?",
            "Slowly progressive dementia suggests a degenerative disease; dementia progressing over "
            "weeks to months with myoclonus is a red flag for prion disease.",
            (
                ("none", "No cognitive decline"),
                ("slowly_progressive", "Slowly progressive, over years"),
                ("rapidly_progressive", "Rapidly progressive, over weeks to months"),
            ),
            hpo="HP:0000726",
        ),
        _yes_no(
            "visual_disturbance",
            "Are there visual disturbances (failing vision, visual seizures or hallucinations)?",
            "Visual symptoms with myoclonus point to several hereditary disorders (neuronal ceroid "
            "lipofuscinoses, Lafora disease, sialidosis) and to the Heidenhain variant of CJD.",
            hpo="HP:0000505",
        ),
        _yes_no(
            "growth_retardation",
            "Is there growth retardation or developmental delay?",
            "Poor growth or delayed or lost development points to a hereditary or metabolic "
            "disorder of childhood, such as a mitochondrial disease.",
            hpo="HP:0001510",
        ),
        _yes_no(
            "ataxia",
            "Is there ataxia (unsteady gait, clumsy limbs)?",
            "Ataxia with myoclonus suggests a progressive myoclonus epilepsy, coeliac disease, "
            "prion disease or a degenerative disorder.",
            hpo="HP:0001251",
        ),
        _yes_no(
            "encephalopathy",
            "Is there confusion or reduced alertness (encephalopathy)?",
            "Confusion with acute multifocal jerks points to a metabolic, toxic or infectious "
            "cause that needs prompt attention.",
        ),
        _yes_no(
            "opsoclonus",
            "Are there chaotic, darting eye movements (opsoclonus)?",
            "Opsoclonus with myoclonus and ataxia is a paraneoplastic or post-infectious syndrome; "
            "in a child it calls for a search for neuroblastoma.",
        ),
        _yes_no(
            "serotonergic_signs",
            "Are there agitation, sweating, fever or inducible clonus?",
            "With a serotonergic drug these signs suggest serotonin toxicity, an emergency.",
        ),
        _yes_no(
            "spinal_cord_signs",
            "Are there spinal cord signs (a sensory level, leg weakness, bladder problems)?",
            "Cord signs with any myoclonus point to a structural spinal cord lesion that needs "
            "urgent imaging, whatever the distribution of the jerks.",
        ),
        _yes_no(
            "brainstem_signs",
            "Are there brainstem signs (double vision, slurred speech, trouble swallowing, facial numbness, vertigo)?",
            "Brainstem signs with hiccups, palatal or generalised jerks point to a brainstem lesion, "
            "such as a stroke, that needs urgent imaging.",
        ),
        _yes_no(
            "fever",
            "Is there a fever?",
            "Fever with jerks of recent onset may be encephalitis, even before confusion appears; "
            "with a serotonergic drug it may be serotonin toxicity.",
            hpo="HP:0001945",
        ),
        _yes_no(
            "rigidity",
            "Is there rigidity or stiffness of the trunk or limbs?",
            "Stiffness with startle and jerks suggests progressive encephalomyelitis with rigidity "
            "and myoclonus (an autoimmune disorder) or, in a baby, hyperekplexia.",
            hpo="HP:0002063",
        ),
        _many(
            "mitochondrial_clues",
            "Are there clues to a mitochondrial disease?",
            "Hearing loss, maternal inheritance, neuropathy, drooping lids or weak eye movements, or "
            "a relative harmed by valproate point to a mitochondrial (e.g. POLG) disease, in which "
            "valproate can cause fatal liver failure.",
            (
                ("hearing_loss", "Hearing loss", "HP:0000365"),
                ("maternal_inheritance", "Affected relatives on the mother's side only", "HP:0001427"),
                ("neuropathy", "Peripheral neuropathy", "HP:0009830"),
                ("ophthalmoplegia", "Drooping eyelids or weak eye movements", "HP:0000602"),
                ("valproate_harm_in_relative", "A relative with liver failure on valproate", None),
                ("none", "None of these", None),
            ),
        ),
        _yes_no(
            "alcohol_responsive",
            "Do the jerks improve markedly after a little alcohol?",
            "A striking response to alcohol is typical of myoclonus-dystonia (SGCE), a subcortical "
            "disorder of childhood onset.",
        ),
    ),
    _section(
        "history",
        "History",
        "Age, tempo and exposures establish the cause once the site of origin is known.",
        _one(
            "age_group",
            "Age group",
            "Hereditary epilepsies start in childhood or adolescence; degenerative causes in later "
            "life. Newborns and infants have conditions of their own (benign sleep jerks, infantile "
            "spasms) and some drugs are dangerous under 2 years. Only an age band is asked, never a "
            "date of birth.",
            (
                ("neonate", "Newborn (under 1 month)"),
                ("infant", "Infant (1 month to under 2 years)"),
                ("child", "Child (under 12; 2 to 11 when the bands above are used)"),
                ("adolescent", "Adolescent (12 to 17)"),
                ("adult", "Adult (18 to 64)"),
                ("older_adult", "Older adult (65 and over)"),
            ),
        ),
        _one(
            "onset",
            "How did the jerks begin?",
            "Acute onset suggests a toxic, metabolic, infectious or vascular cause; a slow course "
            "suggests a degenerative or hereditary one.",
            (
                ("acute", "Suddenly, over hours to days"),
                ("subacute", "Over weeks"),
                ("chronic", "Gradually, over months to years"),
            ),
        ),
        _yes_no(
            "family_history",
            "Do relatives have myoclonus, epilepsy or a similar illness?",
            "A family history points to a hereditary cause.",
        ),
        _yes_no(
            "drug_exposure",
            "Was a drug or toxin recently started, increased or stopped?",
            "Many drugs cause myoclonus (opioids, antidepressants, lithium, gabapentinoids, some "
            "antibiotics); withdrawing the drug is both test and treatment.",
        ),
        _many(
            "drug_classes",
            "Which drugs or drug classes?",
            "The drug decides the danger and the treatment: lithium and serotonergic drugs can be "
            "toxic emergencies, gabapentinoids and β-lactams accumulate in kidney failure, and when "
            "valproate is the culprit it must not be offered again.",
            (
                ("serotonergic", "Serotonergic (SSRI, SNRI, MAO inhibitor, tramadol, linezolid)"),
                ("lithium", "Lithium"),
                ("opioid", "Opioid (e.g. tramadol, morphine)"),
                ("gabapentinoid", "Gabapentin or pregabalin"),
                ("beta_lactam", "β-lactam antibiotic (e.g. cefepime)"),
                ("valproate", "Sodium valproate"),
                ("other_antiseizure", "Another antiseizure drug"),
                ("other", "Another drug or toxin"),
            ),
        ),
        _one(
            "organ_failure",
            "Is there organ failure?",
            "Kidney and liver failure cause metabolic myoclonus and let drugs accumulate.",
            (
                ("none", "None"),
                ("renal", "Kidney failure"),
                ("hepatic", "Liver failure"),
                ("other", "Other organ failure"),
            ),
        ),
        _yes_no(
            "metabolic_disturbance",
            "Is there a glucose or electrolyte disturbance?",
            "Low or very high glucose, low sodium, calcium or magnesium all cause myoclonus that "
            "resolves when corrected.",
        ),
        _yes_no(
            "nutritional_deficiency",
            "Is there malabsorption, a vitamin deficiency or alcohol misuse?",
            "Coeliac disease and vitamin E, B12 or thiamine deficiency are treatable nutritional causes.",
        ),
        _yes_no(
            "hypoxic_event",
            "Was there a period of oxygen deprivation (for example a cardiac arrest)?",
            "Myoclonus after cardiac arrest is post-hypoxic: acute in the first days, or chronic "
            "action myoclonus (Lance-Adams) after recovery.",
        ),
        _yes_no(
            "head_or_spinal_injury",
            "Was there a head or spinal injury?",
            "Head injury can cause focal cortical jerks; spinal injury segmental or propriospinal jerks.",
        ),
        _yes_no(
            "vascular_event",
            "Was there a stroke or is there a known vascular lesion?",
            "Strokes cause focal cortical or, in the brainstem, rhythmic segmental myoclonus.",
        ),
        _yes_no(
            "infection",
            "Is there a known or suspected infection (of the brain, HIV, a recent infection, past measles)?",
            "Infectious encephalitis, HIV, subacute sclerosing panencephalitis and post-infectious "
            "syndromes cause myoclonus. An encephalitis without an infection is asked about through "
            "confusion, tempo and the other findings: it may be autoimmune.",
        ),
        _yes_no(
            "tumour_or_compression",
            "Is there a known tumour or compression of a nerve or the spinal cord?",
            "The source notes surgery when myoclonus comes from pressure on nerves, usually from "
            "a tumour. (Kept for earlier answer sets: the two questions below tell a mass from a "
            "blood vessel.)",
        ),
        _yes_no(
            "mass_lesion",
            "Is a tumour or other mass known to press on the spinal cord or a nerve?",
            "A compressing mass is the case the source names for surgery, once imaging shows it.",
        ),
        _yes_no(
            "vascular_loop",
            "Is a blood vessel known to compress a nerve (for example the facial nerve)?",
            "Hemifacial spasm usually comes from a vessel pressing on the facial nerve; its surgery "
            "is microvascular decompression, not removal of a mass.",
        ),
        _yes_no(
            "known_cancer",
            "Is there a known cancer, or a suspected paraneoplastic syndrome?",
            "Opsoclonus-myoclonus, encephalitis and stiffness with jerks can be paraneoplastic: the "
            "tumour must be found and treated.",
            hpo="HP:0002664",
        ),
        _yes_no(
            "nerve_injury",
            "Was there an injury of a peripheral nerve, root or plexus?",
            "Jerks confined to the territory of an injured nerve, root or plexus are peripheral myoclonus.",
        ),
        _yes_no(
            "febrile_seizures_infancy",
            "Did seizures begin in the first year of life, brought on by fever or a hot bath?",
            "Prolonged seizures with fever in the first year, followed by myoclonic seizures, "
            "suggest Dravet syndrome (SCN1A), in which sodium-channel blockers worsen seizures.",
            hpo="HP:0002373",
        ),
        _yes_no(
            "childbearing_potential",
            "Could the person become pregnant?",
            "Sodium valproate harms the unborn child, so it is avoided where pregnancy is possible.",
        ),
    ),
    _section(
        "tests",
        "Test results",
        "Answer only for tests that were done, with what the report says; leave the others as "
        "unknown. Recordings of the jerks settle the site of origin better than the bedside signs.",
        _one(
            "emg_burst_duration",
            "Surface EMG (polymyography): how long is each burst of muscle activity?",
            "Burst length is the first thing a recording of the jerks shows: cortical bursts are "
            "short (under 50 ms), brainstem bursts longer, spinal ones usually over 100 ms, and "
            "functional jerks vary from one jerk to the next.",
            (
                ("under_50_ms", "Under 50 ms"),
                ("50_to_100_ms", "50 to 100 ms"),
                ("over_100_ms", "Over 100 ms"),
                ("variable", "Variable from jerk to jerk"),
            ),
        ),
        _one(
            "emg_pattern",
            "Surface EMG (polymyography): how does the activity spread between muscles?",
            "The order in which muscles fire traces the generator: upwards and downwards from the "
            "lower brainstem, slowly up and down from one thoracic segment (propriospinal), or "
            "within one or a few adjacent segments of the cord.",
            (
                ("synchronous", "Agonist and antagonist muscles fire together, no spread"),
                ("rostrocaudal", "Starts in the lower brainstem muscles (neck) and spreads up to the face and down"),
                ("propriospinal", "Starts in a thoracic segment and spreads slowly up and down the trunk"),
                ("segmental", "Confined to one or a few adjacent segments, rhythmic"),
            ),
        ),
        _one(
            "back_averaging",
            "EEG–EMG jerk-locked back-averaging: what comes before the jerks?",
            "Averaging the EEG before many jerks shows a cortical spike shortly before each one "
            "when the cortex drives them, and a slow readiness potential (Bereitschaftspotential) "
            "when the jerk is prepared like a voluntary movement, which marks functional jerks.",
            (
                ("cortical_potential", "A cortical potential shortly before each jerk"),
                ("bereitschaftspotential", "A slow readiness potential (Bereitschaftspotential)"),
                ("no_potential", "No potential before the jerks"),
            ),
        ),
        _one(
            "sep",
            "Somatosensory evoked potentials (SEP)",
            "Giant cortical responses to a nerve stimulus show the hyperexcitable cortex of cortical myoclonus.",
            (("giant", "Giant (enlarged cortical components)", "HP:0001312"), ("normal", "Normal")),
        ),
        _one(
            "c_reflex",
            "Long-latency reflex (C-reflex) to nerve stimulation",
            "A reflex jerk about 45 ms after a stimulus at the wrist (the C-reflex) is the "
            "cortical reflex myoclonus of a hyperexcitable cortex.",
            (("enhanced", "Present, enhanced"), ("absent", "Absent")),
        ),
        _many(
            "eeg_findings",
            "EEG: what did it show?",
            "The EEG tells epileptic from non-epileptic jerks and names some causes: generalised "
            "spike-wave with a photoparoxysmal response in juvenile myoclonic epilepsy, periodic "
            "sharp-wave complexes in prion disease and SSPE, slowing with triphasic waves in a "
            "metabolic encephalopathy.",
            (
                ("none", "Normal (none of these)"),
                ("generalized_spike_wave", "Generalised spike-wave or polyspike-wave discharges", "HP:0010850"),
                ("focal_epileptiform", "Focal epileptiform discharges"),
                ("periodic_sharp_waves", "Periodic sharp-wave complexes"),
                ("photoparoxysmal", "Photoparoxysmal response (discharges set off by flashing light)", "HP:0010852"),
                ("diffuse_slowing", "Diffuse slowing or triphasic waves"),
            ),
        ),
        _one(
            "mri_brain",
            "MRI of the brain: the main finding",
            "Imaging finds the structural causes (a stroke, a tumour, hypoxic injury) and signs "
            "of some others, such as the cortical and basal ganglia diffusion signal of "
            "Creutzfeldt-Jakob disease.",
            (
                ("normal", "Normal"),
                ("cortical_ribboning", "Cortical ribboning or caudate and putamen diffusion signal"),
                ("focal_lesion", "A focal cortical or subcortical lesion"),
                ("brainstem_lesion", "A lesion of the brainstem"),
                ("cerebellar_atrophy", "Cerebellar atrophy", "HP:0001272"),
                ("hypoxic_injury", "Hypoxic-ischaemic injury"),
            ),
        ),
        _one(
            "mri_spine",
            "MRI of the spine",
            "Segmental and propriospinal jerks send the search to the spinal cord: a lesion or "
            "compression there is the cause to treat.",
            (("cord_lesion", "A lesion or compression of the cord"), ("normal", "Normal")),
        ),
        _one(
            "csf",
            "Cerebrospinal fluid (CSF): the main finding",
            "CSF shows inflammation of the brain (cells), the prion seeding assay (RT-QuIC) that is "
            "nearly specific for Creutzfeldt-Jakob disease, the 14-3-3 protein that supports it "
            "less specifically, and antibodies against neurons.",
            (
                ("normal", "Normal"),
                ("pleocytosis", "Raised white cell count (pleocytosis)"),
                ("prion_assay_positive", "Prion seeding assay (RT-QuIC) positive"),
                ("protein_14_3_3", "14-3-3 protein present (RT-QuIC not done or negative)"),
                ("neural_antibodies", "Antibodies against neurons (neural antibodies)"),
            ),
        ),
        _many(
            "lab_findings",
            "First-line blood tests: which were abnormal?",
            "The first blood tests find the metabolic, toxic and nutritional causes, which are the "
            "commonest and the most treatable: correcting them stops the jerks.",
            (
                ("none", "None abnormal"),
                ("glucose", "Glucose (low or very high)"),
                ("sodium", "Sodium (low)", "HP:0002902"),
                ("calcium_magnesium", "Calcium or magnesium (low)"),
                ("urea_creatinine", "Urea and creatinine (raised: kidney failure)", "HP:0003259"),
                ("ammonia", "Ammonia (raised)", "HP:0001987"),
                ("liver_tests", "Liver tests (abnormal: liver disease)", "HP:0002910"),
                ("lithium_level", "Lithium level (above the range)"),
                ("b12_vitamin_e", "Vitamin B12 or vitamin E (low)"),
                ("coeliac_serology", "Coeliac serology (positive)"),
                ("thyroid_antibodies", "Thyroid antibodies (raised)"),
            ),
        ),
        _one(
            "genetic_result",
            "Genetic testing: was a cause confirmed?",
            "A pathogenic variant ends the search for a hereditary cause and can decide treatment: "
            "valproate is dangerous with POLG variants.",
            (
                ("epm1", "CSTB (Unverricht-Lundborg disease, EPM1)"),
                ("sgce", "SGCE (myoclonus-dystonia)"),
                ("polg", "POLG (mitochondrial POLG disease)"),
                ("no_variant", "No pathogenic variant found"),
            ),
        ),
    ),
)

QUESTIONS: dict[str, Question] = {q.id: q for s in SECTIONS for q in s.questions}


def questionnaire_as_dict() -> dict[str, Any]:
    """The questionnaire as JSON-ready data, for the API and the docs."""
    return {"unknown": UNKNOWN, "sections": [s.as_dict() for s in SECTIONS]}


def _normalise_one(question: Question, value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, str) or value not in question.choice_ids:
        return None, f"{echo(repr(value))} is not allowed; expected {question.allowed_text()}"
    return value, None


def _normalise_many(question: Question, value: Any) -> tuple[list[str] | None, str | None]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None, f"expected {question.allowed_text()}"
    bad = [v for v in value if v not in question.choice_ids and v != UNKNOWN]
    if bad:
        return None, f"{', '.join(echo(repr(v)) for v in bad[:3])} not allowed; expected {question.allowed_text()}"
    chosen = [c for c in question.choice_ids if c in value]
    if NONE in chosen and len(chosen) > 1:
        return None, f"'none' cannot be combined with other choices; expected {question.allowed_text()}"
    return chosen, None


def validate_answers(answers: Any) -> dict[str, Any]:
    """Check answers against the questionnaire and return them in canonical form.

    The canonical form drops unknown and empty answers and orders questions and
    multi-choice values as the questionnaire does, so equal findings always
    produce byte-identical results.
    """
    if not isinstance(answers, dict):
        raise InvalidAnswers({"answers": "expected an object mapping question ids to choice ids"})
    errors: dict[str, str] = {}
    unknown = f"unknown question; allowed questions: {', '.join(QUESTIONS)}"
    for key in answers:
        if key not in QUESTIONS:
            errors[echo(key)] = unknown
    normalised: dict[str, Any] = {}
    clean: str | list[str] | None
    for question in QUESTIONS.values():
        value = answers.get(question.id)
        if value is None or value == UNKNOWN or value == [UNKNOWN]:
            continue
        if question.kind == MANY:
            clean, error = _normalise_many(question, value)
        else:
            clean, error = _normalise_one(question, value)
        if error:
            errors[question.id] = error
        elif clean:
            normalised[question.id] = clean
    if errors:
        raise InvalidAnswers(errors)
    return normalised
