"""The built-in training cases, written for this tool (fictional, no real patient).

Each case is revealed in stages (history, examination, tests); each stage discloses
answers of the questionnaire. The key (cause, origin, named condition, key treatments,
what to avoid) is what the knowledge base concludes from all stages' answers together,
so the library doubles as a regression suite for the engine (tests/cases/test_library.py).
Pure data: no Django import, so the tests and the seed command share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

HISTORY, EXAMINATION, TESTS = "history", "examination", "tests"
INTRODUCTORY, INTERMEDIATE, ADVANCED = "introductory", "intermediate", "advanced"


@dataclass(frozen=True)
class StageText:
    kind: str
    narrative: str
    answers: dict


@dataclass(frozen=True)
class BuiltInCase:
    slug: str
    title: str
    summary: str
    difficulty: str
    tags: tuple[str, ...]
    learning_objectives: tuple[str, ...]
    cause: str
    origin: str
    condition: str
    key_treatments: tuple[str, ...]
    avoid_treatments: tuple[str, ...]
    teaching_points: tuple[str, ...]
    sources: tuple[str, ...]
    stages: tuple[StageText, ...]
    red_flags: tuple[str, ...] = field(default=())  # what the engine must flag: a regression check

    def answers(self) -> dict:
        """Every stage's answers merged, as the engine sees the whole case."""
        merged: dict = {}
        for stage in self.stages:
            merged.update(stage.answers)
        return merged


CASES: tuple[BuiltInCase, ...] = (
    BuiltInCase(
        slug="hiccups-after-a-meal",
        title="Jerks of the belly after a large meal",
        summary="Rhythmic jerks of the diaphragm in a healthy adult.",
        difficulty=INTRODUCTORY,
        tags=("adult", "acute"),
        learning_objectives=(
            "Tell the harmless jerks of everyday life from those that need a workup.",
            "Know when jerks need an explanation rather than a drug.",
        ),
        cause="physiological",
        origin="subcortical",
        condition="hiccups",
        key_treatments=("reassurance",),
        avoid_treatments=(),
        teaching_points=(
            "Hiccups are the most familiar myoclonus: brief rhythmic contractions of the diaphragm.",
            "Physiological jerks occur in healthy people and need reassurance only.",
            "Persistent hiccups over days would call for a search for a cause; a short bout does not.",
        ),
        sources=("seed:examples", "marsden1982"),
        stages=(
            StageText(
                HISTORY,
                "A healthy adult describes bouts of sudden catches in the breath that "
                "began after a large, hurried meal and stop on their own within the hour.",
                {"age_group": "adult", "onset": "acute", "hiccup_duration": "under_48_hours"},
            ),
            StageText(
                EXAMINATION,
                "You watch the upper abdomen jerk in a steady beat, each jerk "
                "with a short sound from the throat, many times a minute.",
                {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "frequent"},
            ),
            StageText(TESTS, "No tests are needed; the examination is otherwise normal.", {}),
        ),
    ),
    BuiltInCase(
        slug="jerk-on-falling-asleep",
        title="A jolt on drifting off",
        summary="A whole-body jerk at sleep onset in a worried adult.",
        difficulty=INTRODUCTORY,
        tags=("adult", "sleep"),
        learning_objectives=(
            "Use the timing of jerks around sleep to separate harmless from pathological myoclonus.",
            "Reassure with confidence when the history allows it.",
        ),
        cause="physiological",
        origin="subcortical",
        condition="hypnic_jerks",
        key_treatments=("reassurance",),
        avoid_treatments=(),
        teaching_points=(
            "A single jerk of the whole body on falling asleep, often with a feeling of falling, is normal.",
            "Nothing in the history points to disease: no seizures, no decline, no drug, no injury.",
            "Reassurance is the treatment; drugs are not indicated.",
        ),
        sources=("seed:examples", "marsden1982"),
        stages=(
            StageText(
                HISTORY,
                "An adult has noticed for years a sudden jolt of the whole body just "
                "as sleep comes, now and then, sometimes with a sense of falling. Daytime is normal.",
                {"age_group": "adult", "onset": "chronic", "triggers": ["sleep_onset"]},
            ),
            StageText(
                EXAMINATION,
                "The partner describes one jerk of the whole body at a time, a few nights a week.",
                {"distribution": "generalized", "frequency": "occasional", "clustering": "single"},
            ),
            StageText(
                TESTS,
                "Neurological examination is normal; no tests are needed.",
                {"epilepsy": "no", "dementia": "none", "encephalopathy": "no"},
            ),
        ),
    ),
    BuiltInCase(
        slug="flapping-hands-on-dialysis-ward",
        title="Twitching and flapping hands before dialysis",
        summary="Multifocal jerks and asterixis with kidney failure.",
        difficulty=INTERMEDIATE,
        tags=("adult", "confusion"),
        learning_objectives=(
            "Link multifocal action jerks and flapping hands to the patient's general illness.",
            "Put treating the cause first.",
        ),
        cause="metabolic",
        origin="cortical",
        condition="uraemia",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=("piracetam",),
        teaching_points=(
            "Asterixis is negative myoclonus: a brief lapse of posture, classically of outstretched hands.",
            "Asterixis in kidney failure is a sign of uraemic encephalopathy: dialysis, not an "
            "antimyoclonic drug, settles the jerks.",
            "Kidney failure also lets drugs accumulate (piracetam among them): always review the drug chart.",
        ),
        sources=("caviness2004", "piracetam_smpc"),
        stages=(
            StageText(
                HISTORY,
                "An adult with long-standing kidney disease has missed several dialysis "
                "sessions. Over the past weeks the hands and face have begun to twitch.",
                {"age_group": "adult", "onset": "subacute", "organ_failure": "renal"},
            ),
            StageText(
                EXAMINATION,
                "Brief irregular jerks of the fingers and face, worse on reaching for a "
                "cup and when the hand is touched; the outstretched hands flap.",
                {
                    "distribution": "multifocal",
                    "rhythm": "arrhythmic",
                    "triggers": ["stimulus", "action"],
                    "negative_myoclonus": "yes",
                },
            ),
            StageText(
                TESTS,
                "Urea and creatinine are far above the range; glucose, sodium and calcium are normal. The EEG "
                "shows diffuse slowing with triphasic waves.",
                {
                    "metabolic_disturbance": "no",
                    "lab_findings": ["urea_creatinine"],
                    "eeg_findings": ["diffuse_slowing"],
                },
            ),
        ),
        red_flags=("toxic_metabolic_encephalopathy",),
    ),
    BuiltInCase(
        slug="confusion-and-asterixis-in-liver-disease",
        title="Drowsy, confused and flapping",
        summary="Acute encephalopathy with asterixis in liver failure.",
        difficulty=INTERMEDIATE,
        tags=("adult", "confusion", "red-flag"),
        learning_objectives=(
            "Read confusion with flapping hands in a patient with a chronic illness.",
            "Treat an acute confusional state with myoclonus as urgent.",
        ),
        cause="metabolic",
        origin="cortical",
        condition="hepatic_encephalopathy",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=("sodium_valproate", "clonazepam", "primidone", "barbiturates"),
        teaching_points=(
            "Asterixis with confusion in liver disease is hepatic encephalopathy until proven otherwise.",
            "Acute encephalopathy with multifocal myoclonus is a red flag: urgent medical review.",
            "Treating the liver failure and its triggers, not an antimyoclonic drug, stops the jerks.",
            "Sedatives are contraindicated: clonazepam in significant liver disease, and benzodiazepines "
            "and barbiturates bring on or deepen the encephalopathy.",
        ),
        sources=("caviness2004", "klonopin_label", "gronbaek2018"),
        stages=(
            StageText(
                HISTORY,
                "An adult with known cirrhosis is brought in more drowsy and muddled over several days.",
                {"age_group": "adult", "onset": "subacute", "organ_failure": "hepatic", "encephalopathy": "yes"},
            ),
            StageText(
                EXAMINATION,
                "With arms outstretched and wrists extended, the hands drop and "
                "recover in brief lapses; small jerks of several limbs.",
                {"negative_myoclonus": "yes", "distribution": "multifocal"},
            ),
            StageText(
                TESTS,
                "Ammonia is raised and the liver tests are abnormal; glucose and electrolytes are normal. The "
                "EEG shows diffuse slowing with triphasic waves.",
                {
                    "metabolic_disturbance": "no",
                    "lab_findings": ["ammonia", "liver_tests"],
                    "eeg_findings": ["diffuse_slowing"],
                },
            ),
        ),
        red_flags=("toxic_metabolic_encephalopathy",),
    ),
    BuiltInCase(
        slug="jerks-and-unsteadiness-with-malabsorption",
        title="Unsteady, jerky and losing weight",
        summary="Myoclonus with ataxia and malabsorption.",
        difficulty=ADVANCED,
        tags=("adult", "ataxia", "progressive"),
        learning_objectives=(
            "Look for a treatable cause when ataxia and myoclonus come with weight loss and bowel symptoms.",
            "Know which blood tests and biopsies settle the question.",
        ),
        cause="nutritional",
        origin="cortical",
        condition="coeliac_disease",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=(),
        teaching_points=(
            "Coeliac disease can cause progressive ataxia with cortical myoclonus.",
            "Vitamin E, B12 and thiamine deficiency are the other nutritional causes to test for.",
            "Treating the deficiency or the malabsorption is the first step.",
        ),
        sources=("seed:causes", "caviness2004"),
        stages=(
            StageText(
                HISTORY,
                "An adult reports a year of loose stools and weight loss, and more "
                "recently clumsiness and jerks of the hands.",
                {"age_group": "adult", "onset": "chronic", "nutritional_deficiency": "yes"},
            ),
            StageText(
                EXAMINATION,
                "Gait is broad-based and unsteady. Irregular jerks of both hands "
                "appear whenever a movement is attempted.",
                {"ataxia": "yes", "distribution": "multifocal", "triggers": ["action"]},
            ),
            StageText(
                TESTS,
                "Coeliac serology is positive; kidney and liver tests are normal. Surface EMG shows bursts "
                "under 50 ms and the somatosensory evoked potentials are giant.",
                {
                    "organ_failure": "none",
                    "lab_findings": ["coeliac_serology"],
                    "emg_burst_duration": "under_50_ms",
                    "sep": "giant",
                },
            ),
        ),
    ),
    BuiltInCase(
        slug="stimulus-sensitive-jerks-of-one-hand",
        title="A clumsy, jerking hand in later life",
        summary="Focal stimulus- and action-sensitive jerks of one hand in an older adult.",
        difficulty=ADVANCED,
        tags=("older-adult", "progressive", "focal"),
        learning_objectives=(
            "Place focal stimulus-sensitive jerks by their pattern.",
            "Think through a slowly progressive asymmetric syndrome in later life.",
        ),
        cause="degenerative",
        origin="cortical",
        condition="corticobasal_degeneration",
        key_treatments=("levetiracetam",),
        avoid_treatments=(),
        teaching_points=(
            "Touch- and action-sensitive, irregular jerks of one hand point to the cortex.",
            "A slow course in later life points to a degenerative cause.",
            "Levetiracetam is a first choice for cortical myoclonus; the disease itself has no cure.",
        ),
        sources=("zutt2015", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An older adult has found one hand harder to use over two years, with jerks of the fingers.",
                {"age_group": "older_adult", "onset": "chronic"},
            ),
            StageText(
                EXAMINATION,
                "Irregular jerks of that hand only, set off by tapping the fingers and by trying to button a shirt.",
                {"distribution": "focal", "triggers": ["stimulus", "action"], "rhythm": "arrhythmic"},
            ),
            StageText(
                TESTS,
                "Glucose and electrolytes are normal and MRI shows no stroke. Surface EMG records bursts "
                "under 50 ms, firing together in agonist and antagonist; back-averaging finds a cortical "
                "potential before each jerk, the evoked potentials are giant and the C-reflex is enhanced.",
                {
                    "metabolic_disturbance": "no",
                    "vascular_event": "no",
                    "emg_burst_duration": "under_50_ms",
                    "emg_pattern": "synchronous",
                    "back_averaging": "cortical_potential",
                    "sep": "giant",
                    "c_reflex": "enhanced",
                },
            ),
        ),
    ),
    BuiltInCase(
        slug="jerking-arm-after-a-head-injury",
        title="Jerks of one arm after a fall",
        summary="Focal action myoclonus and seizures some months after a fall.",
        difficulty=INTERMEDIATE,
        tags=("adult", "epilepsy", "focal"),
        learning_objectives=("Link focal jerks and seizures to what happened before they began.",),
        cause="traumatic",
        origin="cortical",
        condition="head_injury",
        key_treatments=("levetiracetam",),
        avoid_treatments=(),
        teaching_points=(
            "A cortical injury can cause focal myoclonus and post-traumatic epilepsy.",
            "Action sensitivity and irregular jerks point to the cortex.",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adult struck their head hard in a fall some months ago.",
                {"age_group": "adult", "head_or_spinal_injury": "yes"},
            ),
            StageText(
                EXAMINATION,
                "Irregular jerks of one arm whenever a movement is attempted.",
                {"distribution": "focal", "triggers": ["action"]},
            ),
            StageText(
                TESTS,
                "Two seizures have occurred since; the EEG shows focal discharges over the injured "
                "cortex, and back-averaging finds a cortical potential before each jerk.",
                {"epilepsy": "yes", "eeg_findings": ["focal_epileptiform"], "back_averaging": "cortical_potential"},
            ),
        ),
    ),
    BuiltInCase(
        slug="rhythmic-jerks-of-the-trunk-with-a-sensory-level",
        title="Rhythmic jerks of the abdominal wall",
        summary="Segmental jerks that persist in sleep, with spinal cord signs.",
        difficulty=ADVANCED,
        tags=("adult", "red-flag", "rhythmic"),
        learning_objectives=(
            "Localise rhythmic jerks of a few body segments.",
            "Act on cord signs: urgent spinal imaging.",
            "Know when surgery is the treatment.",
        ),
        cause="traumatic",
        origin="spinal_segmental",
        condition="spinal_cord_tumour",
        key_treatments=("surgery", "clonazepam"),
        avoid_treatments=(),
        teaching_points=(
            "Rhythmic jerks of a few adjacent segments that continue in sleep come from the spinal cord.",
            "A sensory level or leg weakness with segmental jerks is a red flag: urgent MRI of the spine.",
            "The source names surgery when myoclonus comes from pressure on nerves or the cord by a tumour.",
            "Why 'traumatic'? The source's causes (metabolic, nutritional, degenerative, traumatic, vascular, "
            "infectious, hereditary, toxic) have no place for tumours: a mass pressing on the cord injures it "
            "mechanically, so it is filed with injury as 'traumatic (injury or compression)'. What the mass "
            "is remains for the workup.",
        ),
        sources=("seed:causes", "seed:treatment", "caviness2004"),
        stages=(
            StageText(
                HISTORY,
                "An adult notices months of regular twitching of the belly muscles, unrelated to anything they do.",
                {"age_group": "adult", "onset": "chronic", "triggers": ["none"]},
            ),
            StageText(
                EXAMINATION,
                "The jerks involve a few adjacent segments in a steady rhythm. "
                "There is a band of numbness at the level of the jerks and the legs are weak.",
                {"distribution": "segmental", "rhythm": "rhythmic", "spinal_cord_signs": "yes"},
            ),
            StageText(
                TESTS,
                "A sleep recording shows the jerks continuing in sleep. Polymyography records "
                "rhythmic bursts over 100 ms confined to a few adjacent thoracic segments; MRI shows a "
                "mass compressing the thoracic cord.",
                {
                    "during_sleep": "persists",
                    "tumour_or_compression": "yes",
                    "emg_burst_duration": "over_100_ms",
                    "emg_pattern": "segmental",
                    "mri_spine": "cord_lesion",
                },
            ),
        ),
        red_flags=("spinal_cord_lesion",),
    ),
    BuiltInCase(
        slug="trunk-flexion-jerks-lying-down",
        title="Jerks of the trunk when lying down",
        summary="Axial flexion jerks at rest and sleep onset after a spinal injury.",
        difficulty=ADVANCED,
        tags=("adult", "sleep"),
        learning_objectives=(
            "Place axial jerks that are worse lying down.",
            "Look for distractibility: many such jerks prove to be functional.",
        ),
        cause="traumatic",
        origin="propriospinal",
        condition="spinal_cord_injury",
        key_treatments=("clonazepam",),
        avoid_treatments=(),
        teaching_points=(
            "Axial flexion jerks of trunk, hips and neck, worse lying down, suggest a propriospinal origin.",
            "Many such cases prove functional; here the jerks are not distractible and follow a spinal injury.",
            "Clonazepam is an option to consider.",
        ),
        sources=("caviness2004", "zutt2015"),
        stages=(
            StageText(
                HISTORY,
                "An adult who injured the spine in a road accident describes jerks of "
                "the trunk that come when lying down and drifting off.",
                {"age_group": "adult", "head_or_spinal_injury": "yes", "triggers": ["rest", "sleep_onset"]},
            ),
            StageText(
                EXAMINATION,
                "Flexion jerks of trunk and hips; they do not change with distraction or with tapping another rhythm.",
                {"distribution": "axial", "distractible": "no"},
            ),
            StageText(
                TESTS,
                "Polymyography shows long bursts (over 100 ms) starting in a thoracic segment and spreading "
                "slowly up and down the trunk; back-averaging finds no potential before the jerks, and MRI of "
                "the spine is normal.",
                {
                    "emg_pattern": "propriospinal",
                    "emg_burst_duration": "over_100_ms",
                    "back_averaging": "no_potential",
                    "mri_spine": "normal",
                },
            ),
        ),
    ),
    BuiltInCase(
        slug="sudden-jerking-hand-after-a-stroke",
        title="A jerking hand after a stroke",
        summary="Focal action myoclonus in an older adult after a stroke.",
        difficulty=INTRODUCTORY,
        tags=("older-adult", "focal"),
        learning_objectives=(
            "Link focal action jerks to a recent event in the history.",
            "Know which drugs help focal action jerks.",
        ),
        cause="vascular",
        origin="cortical",
        condition="cortical_stroke",
        key_treatments=("levetiracetam",),
        avoid_treatments=(),
        teaching_points=(
            "A stroke of the sensorimotor cortex can cause focal cortical myoclonus.",
            "Action-triggered, focal jerks point to the cortex.",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An older adult had sudden weakness of one arm a week ago; the arm has begun to jerk.",
                {"age_group": "older_adult", "onset": "acute"},
            ),
            StageText(
                EXAMINATION,
                "Jerks of that hand only, each time a movement is attempted.",
                {"distribution": "focal", "triggers": ["action"]},
            ),
            StageText(
                TESTS,
                "MRI shows a recent infarct in the opposite sensorimotor cortex; back-averaging finds a "
                "cortical potential before each jerk.",
                {"vascular_event": "yes", "mri_brain": "focal_lesion", "back_averaging": "cortical_potential"},
            ),
        ),
    ),
    BuiltInCase(
        slug="twitching-of-one-side-of-the-face",
        title="Twitching of one side of the face",
        summary="Unilateral facial jerks that continue in sleep.",
        difficulty=INTRODUCTORY,
        tags=("adult", "focal"),
        learning_objectives=(
            "Tell one-sided facial jerks from jerks that start in the brain.",
            "Know the treatments for one-sided facial jerks.",
        ),
        cause="vascular",
        origin="peripheral",
        condition="hemifacial_spasm",
        key_treatments=("botulinum_toxin",),
        avoid_treatments=(),
        teaching_points=(
            "Hemifacial spasm comes from the facial nerve, usually compressed by a blood vessel.",
            "The source names botulinum toxin injections for it; decompression surgery is an option.",
            "Unlike cortical jerks, it continues in sleep.",
        ),
        sources=("seed:treatment", "caviness2004"),
        stages=(
            StageText(
                HISTORY,
                "An adult has had twitching around one eye for a year, now spreading "
                "to the corner of the mouth on the same side.",
                {"age_group": "adult", "onset": "chronic"},
            ),
            StageText(
                EXAMINATION,
                "Jerks of one side of the face only; the other side is still.",
                {"hemifacial": "yes", "distribution": "focal"},
            ),
            StageText(
                TESTS,
                "The partner reports the twitching continues in sleep. MRI shows a "
                "looping artery against the facial nerve and no mass.",
                {"during_sleep": "persists", "tumour_or_compression": "no"},
            ),
        ),
    ),
    BuiltInCase(
        slug="rapid-decline-and-startle-jerks",
        title="Months of decline and startle jerks",
        summary="Rapidly progressive dementia with stimulus-sensitive myoclonus and ataxia.",
        difficulty=ADVANCED,
        tags=("older-adult", "red-flag", "progressive"),
        learning_objectives=(
            "Recognise rapidly progressive dementia with myoclonus as a red flag.",
            "Know the urgent workup: MRI, EEG and CSF.",
        ),
        cause="infectious",
        origin="cortical",
        condition="creutzfeldt_jakob_disease",
        key_treatments=("levetiracetam", "clonazepam"),
        avoid_treatments=(),
        teaching_points=(
            "Dementia progressing over weeks to months with myoclonus suggests Creutzfeldt-Jakob disease.",
            "This is a red flag: urgent specialist referral and infection-control precautions.",
            "Treatment is symptomatic; clonazepam or levetiracetam may ease the jerks.",
        ),
        sources=("caviness2004", "zutt2015"),
        stages=(
            StageText(
                HISTORY,
                "An older adult has become forgetful and confused over three months, "
                "much faster than the family expected.",
                {"age_group": "older_adult", "onset": "subacute", "dementia": "rapidly_progressive"},
            ),
            StageText(
                EXAMINATION,
                "Jerks of several limbs on any sudden noise or touch; the gait is unsteady.",
                {"distribution": "multifocal", "triggers": ["stimulus"], "ataxia": "yes"},
            ),
            StageText(
                TESTS,
                "The EEG shows periodic sharp-wave complexes, MRI shows cortical ribboning with caudate and "
                "putamen diffusion signal, and the CSF RT-QuIC is positive.",
                {
                    "eeg_findings": ["periodic_sharp_waves"],
                    "mri_brain": "cortical_ribboning",
                    "csf": "prion_assay_positive",
                },
            ),
        ),
        red_flags=("rapidly_progressive_dementia",),
    ),
    BuiltInCase(
        slug="fever-confusion-and-jerks",
        title="Fever, confusion and new jerks",
        summary="Acute multifocal myoclonus with fever and encephalopathy.",
        difficulty=INTERMEDIATE,
        tags=("adult", "red-flag", "confusion", "acute"),
        learning_objectives=("Treat acute myoclonus with fever and confusion as an emergency.",),
        cause="infectious",
        origin="cortical",
        condition="viral_encephalitis",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=(),
        teaching_points=(
            "Fever, confusion and acute multifocal jerks suggest encephalitis: an emergency.",
            "Start treatment for encephalitis without waiting for every result.",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adult developed fever and headache three days ago and is now muddled.",
                {"age_group": "adult", "onset": "acute", "encephalopathy": "yes"},
            ),
            StageText(EXAMINATION, "Irregular jerks of the face and several limbs.", {"distribution": "multifocal"}),
            StageText(
                TESTS,
                "CSF shows raised white cells (a pleocytosis); a viral PCR is positive. Surface EMG shows "
                "short bursts, under 50 ms, and back-averaging finds a cortical potential before each jerk.",
                {
                    "infection": "yes",
                    "csf": "pleocytosis",
                    "emg_burst_duration": "under_50_ms",
                    "back_averaging": "cortical_potential",
                },
            ),
        ),
        red_flags=("acute_encephalitis",),
    ),
    BuiltInCase(
        slug="dancing-eyes-in-a-toddler",
        title="Dancing eyes and wobbles in a young child",
        summary="Opsoclonus, myoclonus and ataxia in a child.",
        difficulty=ADVANCED,
        tags=("paediatric", "red-flag", "ataxia"),
        learning_objectives=(
            "Recognise abnormal eye movements, jerks and unsteadiness together in a young child.",
            "In a child, screen for neuroblastoma.",
        ),
        cause="autoimmune",
        origin="subcortical",
        condition="opsoclonus_myoclonus",
        key_treatments=("immunotherapy",),
        avoid_treatments=(),
        teaching_points=(
            "Chaotic darting eye movements with jerks and ataxia form opsoclonus-myoclonus syndrome.",
            "It is immune-mediated even when it follows an infection; about half of affected children "
            "have a neuroblastoma, so look for one urgently.",
            "The jerks arise in the brainstem and cerebellar circuits: immunotherapy treats them, the "
            "cortical drug cascade does not.",
        ),
        sources=("rossor2022", "caviness2004"),
        stages=(
            StageText(
                HISTORY,
                "A young child who had a cold a few weeks ago has become irritable and has stopped walking steadily.",
                {"age_group": "child", "onset": "subacute"},
            ),
            StageText(
                EXAMINATION,
                "The eyes make rapid chaotic movements in all directions; jerks of "
                "the limbs and trunk; the child sways when standing.",
                {"opsoclonus": "yes", "ataxia": "yes", "distribution": "multifocal"},
            ),
            StageText(
                TESTS,
                "The cold is confirmed as a recent viral infection; screening for neuroblastoma is arranged.",
                {"infection": "yes"},
            ),
        ),
        red_flags=("opsoclonus_myoclonus_child",),
    ),
    BuiltInCase(
        slug="morning-jerks-in-a-teenager",
        title="Dropping the toothbrush in the morning",
        summary="Morning jerks of the arms and a seizure in an adolescent.",
        difficulty=INTERMEDIATE,
        tags=("paediatric", "epilepsy"),
        learning_objectives=(
            "Recognise an epilepsy syndrome of adolescence from the timing of the jerks.",
            "Know which antiseizure drugs can make jerks worse.",
        ),
        cause="hereditary",
        origin="cortical_subcortical",
        condition="juvenile_myoclonic_epilepsy",
        key_treatments=("levetiracetam",),
        avoid_treatments=("phenytoin",),
        teaching_points=(
            "Morning jerks of the arms in bunches with a generalised seizure in a teenager suggest JME.",
            "Valproate and levetiracetam work; valproate is avoided where pregnancy is possible.",
            "Phenytoin can worsen myoclonus in JME: it must not be offered.",
        ),
        sources=("zutt2015", "shahwan2005", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adolescent drops things in the first hour after waking, worse after "
                "late nights. A parent had similar jerks when young.",
                {"age_group": "adolescent", "family_history": "yes"},
            ),
            StageText(
                EXAMINATION,
                "The jerks come in bunches and involve the whole body; examination between them is normal.",
                {"distribution": "generalized", "clustering": "bunches"},
            ),
            StageText(
                TESTS,
                "Generalised seizures have begun. The EEG shows generalised polyspike-wave discharges and a "
                "photoparoxysmal response; genetic testing is sent.",
                {"epilepsy": "yes", "eeg_findings": ["generalized_spike_wave", "photoparoxysmal"]},
            ),
        ),
    ),
    BuiltInCase(
        slug="progressive-jerks-and-seizures-in-a-child",
        title="A child whose jerks get worse each year",
        summary="Action and stimulus myoclonus, seizures and ataxia from childhood.",
        difficulty=ADVANCED,
        tags=("paediatric", "epilepsy", "progressive"),
        learning_objectives=(
            "Recognise a progressive myoclonus epilepsy.",
            "Avoid drugs that worsen it.",
        ),
        cause="hereditary",
        origin="cortical",
        condition="unverricht_lundborg_disease",
        key_treatments=("levetiracetam",),
        avoid_treatments=("phenytoin", "sodium_valproate"),
        teaching_points=(
            "Action and stimulus myoclonus with seizures and ataxia from childhood suggest a "
            "progressive myoclonus epilepsy such as Unverricht-Lundborg disease.",
            "Phenytoin can worsen it and may hasten decline.",
            "POLG disease looks the same and valproate can kill in it: test for POLG before valproate.",
            "Several drugs together are often needed, as the source notes.",
        ),
        sources=("shahwan2005", "polg2024", "seed:treatment"),
        stages=(
            StageText(
                HISTORY,
                "A child has had jerks for two years, slowly worsening; a cousin had a similar illness.",
                {"age_group": "child", "onset": "chronic", "family_history": "yes"},
            ),
            StageText(
                EXAMINATION,
                "Irregular jerks of several limbs on reaching and on touch; the gait is unsteady.",
                {"distribution": "multifocal", "triggers": ["stimulus", "action"], "ataxia": "yes"},
            ),
            StageText(TESTS, "Generalised seizures have begun; genetic testing is sent.", {"epilepsy": "yes"}),
        ),
    ),
    BuiltInCase(
        slug="new-jerks-after-a-new-antidepressant",
        title="Agitated, sweating and jerking",
        summary="Acute generalised jerks with agitation and fever after a drug change.",
        difficulty=INTERMEDIATE,
        tags=("adult", "drug-review", "red-flag", "acute"),
        learning_objectives=(
            "Read the timing of new jerks against a change of medicines.",
            "Withdraw the offending drug; never add one that feeds the reaction.",
        ),
        cause="toxic",
        origin="subcortical",
        condition="serotonin_toxicity",
        key_treatments=("withdraw_offending_drug",),
        avoid_treatments=("5_htp",),
        teaching_points=(
            "Jerks with agitation, sweating, fever and inducible clonus after a serotonergic drug "
            "suggest serotonin toxicity: an emergency.",
            "Stop the serotonergic drugs; 5-HTP would add to the toxicity and must be avoided.",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adult's antidepressant dose was doubled two days ago and a second serotonergic drug was started.",
                {"age_group": "adult", "onset": "acute", "drug_exposure": "yes"},
            ),
            StageText(
                EXAMINATION,
                "Agitated, sweating and hot, with inducible clonus at the ankles. "
                "Sudden noises set off jerks of the whole body.",
                {"serotonergic_signs": "yes", "distribution": "generalized", "triggers": ["stimulus"]},
            ),
            StageText(TESTS, "Blood tests show no organ failure.", {"organ_failure": "none"}),
        ),
        red_flags=("serotonin_toxicity",),
    ),
    BuiltInCase(
        slug="jerks-on-an-opioid-with-failing-kidneys",
        title="Confused and jerking after a dose increase",
        summary="Acute multifocal myoclonus on an opioid with kidney failure.",
        difficulty=INTERMEDIATE,
        tags=("adult", "drug-review", "red-flag", "confusion"),
        learning_objectives=(
            "Review every medicine and its dose in acute myoclonus.",
            "Know that kidney failure lets drugs accumulate.",
        ),
        cause="toxic",
        origin="cortical",
        condition="drug_induced_myoclonus",
        key_treatments=("withdraw_offending_drug",),
        avoid_treatments=("piracetam",),
        teaching_points=(
            "An opioid that accumulates in kidney failure is a common cause of acute myoclonus.",
            "Withdrawing or reducing the drug is both test and treatment.",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adult with kidney disease had the dose of a strong "
                "painkiller raised this week and is now confused.",
                {"age_group": "adult", "onset": "acute", "drug_exposure": "yes", "encephalopathy": "yes"},
            ),
            StageText(
                EXAMINATION,
                "Jerks of several limbs, worse when reaching for something.",
                {"distribution": "multifocal", "triggers": ["action"]},
            ),
            StageText(TESTS, "Creatinine is much higher than before.", {"organ_failure": "renal"}),
        ),
        red_flags=("toxic_metabolic_encephalopathy",),
    ),
    BuiltInCase(
        slug="jerks-after-cardiac-arrest",
        title="Jerks in intensive care after resuscitation",
        summary="Acute generalised myoclonus after a cardiac arrest.",
        difficulty=INTERMEDIATE,
        tags=("adult", "intensive-care", "red-flag"),
        learning_objectives=(
            "Recognise jerks after resuscitation and what they do and do not tell.",
            "Know that prognosis is a specialist judgement, not made on the jerks alone.",
        ),
        cause="metabolic",
        origin="subcortical",
        condition="acute_posthypoxic_myoclonus",
        key_treatments=("clonazepam", "levetiracetam"),
        avoid_treatments=(),
        teaching_points=(
            "Generalised jerks in the days after cardiac arrest are acute post-hypoxic myoclonus.",
            "Myoclonus after cardiac arrest is a red flag: critical-care management and EEG.",
            "Survivors may later develop action myoclonus (Lance-Adams syndrome).",
        ),
        sources=("caviness2004", "levy2016"),
        stages=(
            StageText(
                HISTORY,
                "An adult was resuscitated after a cardiac arrest yesterday and remains on intensive care.",
                {"age_group": "adult", "hypoxic_event": "yes", "onset": "acute"},
            ),
            StageText(
                EXAMINATION,
                "Jerks of the whole body, set off by touch and by suctioning.",
                {"distribution": "generalized", "triggers": ["stimulus"]},
            ),
            StageText(
                TESTS, "Electrolytes and glucose are corrected; an EEG is arranged.", {"metabolic_disturbance": "no"}
            ),
        ),
        red_flags=("post_cardiac_arrest",),
    ),
    BuiltInCase(
        slug="variable-jerks-that-stop-with-distraction",
        title="Jerks that change from minute to minute",
        summary="Sudden-onset variable, distractible jerks in an adult.",
        difficulty=INTERMEDIATE,
        tags=("adult", "acute"),
        learning_objectives=(
            "Recognise the positive signs on examination that point to the diagnosis.",
            "Explain the diagnosis; do not reach for antimyoclonic drugs.",
        ),
        cause="functional",
        origin="functional",
        condition="functional_jerks",
        key_treatments=("functional_rehabilitation",),
        avoid_treatments=(),
        teaching_points=(
            "Functional jerks are diagnosed on positive signs: variability, distractibility, entrainment.",
            "A premovement potential on back-averaging supports the diagnosis.",
            "Explanation and specialist rehabilitation help; antimyoclonic drugs do not.",
        ),
        sources=("zutt2015",),
        stages=(
            StageText(
                HISTORY,
                "An adult's jerks began suddenly after a minor fall at work.",
                {"age_group": "adult", "onset": "acute"},
            ),
            StageText(
                EXAMINATION,
                "The jerks move between limbs, come many times a minute, lessen "
                "while counting backwards and take up the rhythm of tapping.",
                {"distribution": "multifocal", "frequency": "frequent", "distractible": "yes"},
            ),
            StageText(
                TESTS,
                "A video-EEG during the jerks is normal. Polymyography shows bursts of a length that changes "
                "from jerk to jerk, and back-averaging finds a slow readiness potential "
                "(Bereitschaftspotential) before them.",
                {
                    "during_sleep": "disappears",
                    "eeg_findings": ["none"],
                    "emg_burst_duration": "variable",
                    "back_averaging": "bereitschaftspotential",
                },
            ),
        ),
    ),
    BuiltInCase(
        slug="trunk-jerks-after-a-minor-fall",
        title="Trunk jerks that look spinal",
        summary="Sudden-onset flexion jerks of the trunk at rest in an adult, with no spinal signs.",
        difficulty=ADVANCED,
        tags=("adult", "acute"),
        learning_objectives=(
            "Know how far the bedside can be trusted to place the generator of axial jerks.",
            "Use polymyography and back-averaging to find where axial jerks come from.",
        ),
        cause="functional",
        origin="functional",
        condition="functional_jerks",
        key_treatments=("functional_rehabilitation",),
        avoid_treatments=(),
        teaching_points=(
            "Flexion jerks of the trunk at rest suggest propriospinal myoclonus, but the bedside diagnosis "
            "is unreliable: most such patients prove to have functional jerks.",
            "A recruitment that varies from jerk to jerk and a readiness potential before the jerks settle "
            "the diagnosis; a normal spinal MRI is in keeping with it.",
            "Explain the diagnosis and refer for rehabilitation; antimyoclonic drugs do not help.",
        ),
        sources=("erro2013", "vandersalm2014", "vandersalm2012"),
        stages=(
            StageText(
                HISTORY,
                "An adult has had sudden jerks of the trunk since a minor fall a few weeks ago; nothing else has "
                "changed.",
                {"age_group": "adult", "onset": "acute"},
            ),
            StageText(
                EXAMINATION,
                "Lying down, the trunk and hips flex in sudden jerks many times a minute. Strength, sensation "
                "and reflexes are normal.",
                {"distribution": "axial", "frequency": "frequent", "triggers": ["rest"]},
            ),
            StageText(
                TESTS,
                "Polymyography shows activity starting in thoracic muscles and spreading up and down, but the "
                "burst length and the order of muscles vary from jerk to jerk; back-averaging finds a slow "
                "readiness potential (Bereitschaftspotential) before the jerks. MRI of the spine is normal.",
                {
                    "emg_pattern": "propriospinal",
                    "emg_burst_duration": "variable",
                    "back_averaging": "bereitschaftspotential",
                    "mri_spine": "normal",
                },
            ),
        ),
    ),
    BuiltInCase(
        slug="jerks-only-in-sleep-in-a-newborn",
        title="A newborn who jerks only when asleep",
        summary="Repetitive limb jerks in quiet sleep in a well baby.",
        difficulty=INTERMEDIATE,
        tags=("paediatric", "sleep"),
        learning_objectives=(
            "Tell a benign sleep phenomenon of the newborn from seizures and its dangerous mimic.",
            "Know when a drug would do harm.",
        ),
        cause="physiological",
        origin="subcortical",
        condition="benign_neonatal_sleep_myoclonus",
        key_treatments=("reassurance",),
        avoid_treatments=("clonazepam", "levetiracetam", "barbiturates"),
        teaching_points=(
            "Jerks only in sleep that stop at once when the baby is woken, in a baby feeding and developing "
            "normally, are benign neonatal sleep myoclonus.",
            "They fade over the first months and need no drug: many such babies are wrongly given "
            "antiseizure drugs, and benzodiazepines can make the jerks worse.",
            "Clusters of spasms when awake, or slowed development, would instead call for an urgent "
            "video-EEG for infantile spasms.",
        ),
        sources=("maurer2010", "dicapua1993", "pellock2010"),
        stages=(
            StageText(
                HISTORY,
                "A two-week-old baby, born at term after a normal pregnancy, has bursts of "
                "jerks of the arms and legs, but only while asleep. Feeding and alertness are normal.",
                {"age_group": "neonate", "during_sleep": "only_in_sleep", "growth_retardation": "no"},
            ),
            StageText(
                EXAMINATION,
                "On video the jerks come in runs in quiet sleep and stop the moment the "
                "baby wakes; the awake examination is normal and there are no seizures awake.",
                {"distribution": "multifocal", "rhythm": "rhythmic", "clustering": "single", "epilepsy": "no"},
            ),
            StageText(TESTS, "A video-EEG during the jerks is normal.", {}),
        ),
    ),
    BuiltInCase(
        slug="coarse-tremor-and-jerks-on-lithium",
        title="Shaky, unsteady and jerking on a mood stabiliser",
        summary="Coarse tremor, ataxia and multifocal jerks in an adult on lithium with a kidney injury.",
        difficulty=INTERMEDIATE,
        tags=("adult", "drug-review", "red-flag"),
        learning_objectives=(
            "Recognise a drug emergency that can present without confusion.",
            "Know how the kidneys change a drug's danger.",
        ),
        cause="toxic",
        origin="cortical",
        condition="lithium_toxicity",
        key_treatments=("withdraw_offending_drug", "dialysis"),
        avoid_treatments=("piracetam",),
        teaching_points=(
            "Myoclonus in someone taking lithium is lithium neurotoxicity until the level and kidney "
            "function say otherwise; it can occur without confusion and at 'therapeutic' levels.",
            "Kidney injury, dehydration and interacting drugs raise the level.",
            "Hold the drug; haemodialysis clears lithium when toxicity is severe.",
        ),
        sources=("decker2015", "janssen2017"),
        stages=(
            StageText(
                HISTORY,
                "An adult on a long-standing mood stabiliser had diarrhoea last week and "
                "since then has become shaky and unsteady; an anti-inflammatory was started for back pain.",
                {"age_group": "adult", "onset": "subacute", "drug_exposure": "yes", "drug_classes": ["lithium"]},
            ),
            StageText(
                EXAMINATION,
                "Coarse tremor with irregular jerks of the arms on reaching; a wide-based "
                "gait; the patient is alert and oriented.",
                {"distribution": "multifocal", "triggers": ["action"], "ataxia": "yes", "encephalopathy": "no"},
            ),
            StageText(
                TESTS,
                "Creatinine has doubled; the lithium level is above the range.",
                {"organ_failure": "renal", "lab_findings": ["lithium_level"]},
            ),
        ),
        red_flags=("lithium_toxicity",),
    ),
    BuiltInCase(
        slug="hiccups-that-will-not-stop",
        title="Hiccups for three days, and the room is spinning",
        summary="Persistent hiccups with vertigo and unsteadiness in an older adult.",
        difficulty=ADVANCED,
        tags=("adult", "red-flag"),
        learning_objectives=(
            "Know when hiccups are not harmless.",
            "Localise hiccups with other brainstem signs.",
        ),
        cause="vascular",
        origin="subcortical",
        condition="brainstem_lesion_hiccups",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=(),
        teaching_points=(
            "Hiccups lasting 48 hours or more are persistent and need a cause found.",
            "Hiccups with vertigo, ataxia, hoarseness or facial numbness point to the medulla: a lateral "
            "medullary stroke is an emergency.",
            "Reassurance here would be false: image the brainstem.",
        ),
        sources=("chang2012", "park2005"),
        stages=(
            StageText(
                HISTORY,
                "An older adult with high blood pressure has had hiccups for three days, "
                "with sudden vertigo and vomiting at the start.",
                {
                    "age_group": "older_adult",
                    "onset": "acute",
                    "hiccup_duration": "over_48_hours",
                    "distribution": "diaphragmatic",
                },
            ),
            StageText(
                EXAMINATION,
                "Rhythmic hiccups; the left face is numb to pinprick, the voice is hoarse and the left arm is clumsy.",
                {"rhythm": "rhythmic", "brainstem_signs": "yes", "ataxia": "yes"},
            ),
            StageText(
                TESTS,
                "Diffusion MRI shows an acute infarct in the left lateral medulla.",
                {"vascular_event": "yes", "infection": "no"},
            ),
        ),
        red_flags=("persistent_hiccups", "hiccups_brainstem_signs"),
    ),
)
