"""The sources every rule cites: the fact sheet by section, and the clinical references."""

from __future__ import annotations

from dataclasses import dataclass

# What kind of source a citation is: the fact sheet, a drug label or regulator's notice (the primary
# source for a contraindication), or a paper, guideline or book.
SOURCE_KINDS = {"seed": "fact sheet", "label": "drug label or regulator", "reference": "reference"}


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    kind: str  # a key of SOURCE_KINDS

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "citation": self.citation, "kind": self.kind, "kind_label": SOURCE_KINDS[self.kind]}


_SEED = "Myoclonus fact sheet (the source document)"

SOURCES: dict[str, Source] = {
    s.id: s
    for s in (
        Source("seed:definition", f"{_SEED}, section 'definition'", "seed"),
        Source("seed:examples", f"{_SEED}, section 'examples' (hiccups, sleep-onset jerks)", "seed"),
        Source("seed:causes", f"{_SEED}, section 'causes'", "seed"),
        Source("seed:associated", f"{_SEED}, section 'associated conditions'", "seed"),
        Source("seed:diagnosis", f"{_SEED}, section 'diagnosis'", "seed"),
        Source("seed:treatment", f"{_SEED}, section 'treatment'", "seed"),
        Source("seed:prognosis", f"{_SEED}, section 'prognosis'", "seed"),
        Source("seed:research", f"{_SEED}, section 'research'", "seed"),
        Source(
            "marsden1982",
            "Marsden CD, Hallett M, Fahn S. The nosology and pathophysiology of myoclonus. "
            "In: Movement Disorders, 1982.",
            "reference",
        ),
        Source(
            "caviness2004",
            "Caviness JN, Brown P. Myoclonus: current concepts and recent advances. Lancet Neurol 2004;3:598-607.",
            "reference",
        ),
        Source(
            "zutt2015",
            "Zutt R, van Egmond ME, Elting JW, et al. A novel diagnostic approach to patients "
            "with myoclonus. Nat Rev Neurol 2015;11:687-697.",
            "reference",
        ),
        Source(
            "shibasaki2005",
            "Shibasaki H, Hallett M. Electrophysiological studies of myoclonus. Muscle Nerve 2005;31:157-174.",
            "reference",
        ),
        Source(
            "vandersalm2012",
            "van der Salm SM, Tijssen MA, Koelman JH, van Rootselaar AF. The bereitschaftspotential "
            "in jerky movement disorders. J Neurol Neurosurg Psychiatry 2012;83:1162-1167.",
            "reference",
        ),
        Source(
            "terada1995",
            "Terada K, Ikeda A, Van Ness PC, et al. Presence of Bereitschaftspotential preceding "
            "psychogenic myoclonus: clinical application of jerk-locked back averaging. J Neurol "
            "Neurosurg Psychiatry 1995;58:745-747.",
            "reference",
        ),
        Source(
            "hermann2021",
            "Hermann P, Appleby B, Brandel JP, et al. Biomarkers and diagnostic guidelines for "
            "sporadic Creutzfeldt-Jakob disease. Lancet Neurol 2021;20:235-246.",
            "reference",
        ),
        Source(
            "levy2016",
            "Levy A, Chen R. Myoclonus: pathophysiology and treatment options. Curr Treat Options Neurol 2016;18:21.",
            "reference",
        ),
        Source(
            "dijk2010",
            "Dijk JM, Tijssen MAJ. Management of patients with myoclonus: available therapies "
            "and the need for an evidence-based approach. Lancet Neurol 2010;9:1028-1036.",
            "reference",
        ),
        Source(
            "shahwan2005",
            "Shahwan A, Farrell M, Delanty N. Progressive myoclonic epilepsies: a review of "
            "genetic and therapeutic aspects. Lancet Neurol 2005;4:239-248.",
            "reference",
        ),
        Source("caviness2019", "Caviness JN. Myoclonus. Continuum 2019;25(4):1055-1080.", "reference"),
        # Drug labels and regulators: the primary sources for contraindications.
        Source(
            "klonopin_label",
            "KLONOPIN (clonazepam) tablets, US prescribing information "
            "(rev. 01/2023), Contraindications: clinical or biochemical evidence of significant "
            "liver disease.",
            "label",
        ),
        Source(
            "phenobarbital_label",
            "Phenobarbital tablets, Summary of Product Characteristics "
            "(Accord Healthcare, UK), section 4.3: contraindicated in severe hepatic impairment "
            "and porphyria; Mysoline (primidone) SmPC (SERB), sections 4.3-4.4: contraindicated "
            "in porphyria, caution in hepatic impairment (primidone is metabolised to "
            "phenobarbital).",
            "label",
        ),
        Source(
            "depakote_label",
            "Depakote (divalproex sodium) prescribing information, US Food and "
            "Drug Administration label: boxed warnings for hepatotoxicity (highest risk under 2 "
            "years), fetal risk and pancreatitis; contraindicated in hepatic disease, POLG "
            "mitochondrial disorders (and suspected POLG disease under 2 years) and urea-cycle "
            "disorders; hyperammonaemic encephalopathy.",
            "label",
        ),
        Source(
            "mhra2018",
            "MHRA. Valproate medicines (Epilim, Depakote): contraindicated in women "
            "and girls of childbearing potential unless the conditions of the Pregnancy "
            "Prevention Programme are met. Drug Safety Update vol 11 issue 9, April 2018; and "
            "MHRA Drug Safety Update, January 2024 (measures for patients under 55).",
            "label",
        ),
        Source(
            "piracetam_smpc",
            "Nootropil (piracetam) Summary of Product Characteristics (UCB), "
            "sections 4.2-4.4: contraindicated in end-stage renal disease, cerebral haemorrhage "
            "and Huntington's chorea; dose reduced as kidney function falls; caution with a "
            "bleeding risk.",
            "label",
        ),
        # Guidelines, consensus statements and original papers.
        Source(
            "gronbaek2018",
            "Grønbæk L, Watson H, Vilstrup H, Jepsen P. Benzodiazepines and "
            "risk for hepatic encephalopathy in patients with cirrhosis and ascites. United "
            "European Gastroenterol J 2018;6:407-412.",
            "reference",
        ),
        Source(
            "polg2024",
            "Evidence for sodium valproate toxicity in mitochondrial diseases: a "
            "systematic analysis (Horvath R, senior author). BMJ Neurol Open 2024;6:e000650.",
            "reference",
        ),
        Source(
            "mindikoglu2011",
            "Mindikoglu AL, King D, Magder LS, et al. Valproic acid-associated "
            "acute liver failure in children: case report and analysis of liver transplantation "
            "outcomes in the United States. J Pediatr 2011;158:802-807.",
            "reference",
        ),
        Source(
            "guerrini1998b",
            "Guerrini R, Belmonte A, Genton P. Antiepileptic drug-induced "
            "worsening of seizures in children. Epilepsia 1998;39(Suppl 3):S2-S10.",
            "reference",
        ),
        Source(
            "gelisse2004",
            "Gelisse P, Genton P, Kuate C, et al. Worsening of seizures by "
            "oxcarbazepine in juvenile idiopathic generalized epilepsies. Epilepsia "
            "2004;45:1282-1286.",
            "reference",
        ),
        Source(
            "guerrini1998",
            "Guerrini R, Dravet C, Genton P, et al. Lamotrigine and seizure "
            "aggravation in severe myoclonic epilepsy. Epilepsia 1998;39:508-512.",
            "reference",
        ),
        Source(
            "zuberi2022",
            "Zuberi SM, Wirrell E, Yozawitz E, et al. ILAE classification and "
            "definition of epilepsy syndromes with onset in neonates and infants. Epilepsia "
            "2022;63:1349-1397.",
            "reference",
        ),
        Source(
            "wirrell2022",
            "Wirrell EC, Hood V, Knupp KG, et al. International consensus on "
            "diagnosis and management of Dravet syndrome. Epilepsia 2022;63:1761-1777.",
            "reference",
        ),
        Source(
            "rissardo2025",
            "Rissardo JP, Caprara ALF, et al. Drug-induced myoclonus: a systematic review. Medicina 2025;61:131.",
            "reference",
        ),
        Source(
            "janssen2017",
            "Janssen S, Bloem BR, van de Warrenburg BP. The clinical "
            "heterogeneity of drug-induced myoclonus: an illustrated review. J Neurol "
            "2017;264:1559-1566.",
            "reference",
        ),
        Source(
            "kojovic2011",
            "Kojovic M, Cordivari C, Bhatia K. Myoclonic disorders: a practical "
            "approach for diagnosis and treatment. Ther Adv Neurol Disord 2011;4:47-62.",
            "reference",
        ),
        Source("eberhardt2017", "Eberhardt O, Topka H. Myoclonic disorders. Brain Sci 2017;7:103.", "reference"),
        Source(
            "michelucci2016",
            "Michelucci R, Pasini E, Riguzzi P, et al. Myoclonus and "
            "seizures in progressive myoclonus epilepsies: pharmacology and therapeutic trials. "
            "Epileptic Disord 2016;18(S2):145-153.",
            "reference",
        ),
        Source(
            "kalviainen2008",
            "Kälviäinen R, Khyuppenen J, Koskenkorva P, et al. Clinical picture of EPM1-Unverricht-Lundborg "
            "disease. Epilepsia 2008;49:549-556.",
            "reference",
        ),
        Source(
            "dicapua1993",
            "Di Capua M, Fusco L, Ricci S, Vigevano F. Benign neonatal sleep "
            "myoclonus: clinical features and video-polygraphic recordings. Mov Disord "
            "1993;8:191-194.",
            "reference",
        ),
        Source(
            "maurer2010",
            "Maurer VO, Rizzi M, Bianchetti MG, Ramelli GP. Benign neonatal "
            "sleep myoclonus: a review of the literature. Pediatrics 2010;125:e919-e924.",
            "reference",
        ),
        Source(
            "alfonso1995",
            "Alfonso I, Papazian O, Aicardi J, Jeffries HE. A simple maneuver to "
            "provoke benign neonatal sleep myoclonus. Pediatrics 1995;96:1161-1163.",
            "reference",
        ),
        Source(
            "pellock2010",
            "Pellock JM, Hrachovy R, Shinnar S, et al. Infantile spasms: a US "
            "consensus report. Epilepsia 2010;51:2175-2189.",
            "reference",
        ),
        Source(
            "rossor2022",
            "Rossor T, Yeh EA, Khakoo Y, et al. Diagnosis and management of "
            "opsoclonus-myoclonus-ataxia syndrome in children: an international perspective. "
            "Neurol Neuroimmunol Neuroinflamm 2022;9:e1153.",
            "reference",
        ),
        Source(
            "klaas2012",
            "Klaas JP, Ahlskog JE, Pittock SJ, et al. Adult-onset opsoclonus-"
            "myoclonus syndrome. Arch Neurol 2012;69:1598-1607.",
            "reference",
        ),
        Source(
            "armangue2016",
            "Armangué T, Sabater L, Torres-Vega E, et al. Clinical and "
            "immunological features of opsoclonus-myoclonus syndrome in the era of neuronal cell "
            "surface antibodies. JAMA Neurol 2016;73:417-424.",
            "reference",
        ),
        Source(
            "graus2016",
            "Graus F, Titulaer MJ, Balu R, et al. A clinical approach to diagnosis "
            "of autoimmune encephalitis. Lancet Neurol 2016;15:391-404.",
            "reference",
        ),
        Source(
            "carvajal2014",
            "Carvajal-González A, Leite MI, Waters P, et al. Glycine receptor "
            "antibodies in PERM and related syndromes. Brain 2014;137:2178-2192.",
            "reference",
        ),
        Source(
            "chang2012",
            "Chang FY, Lu CL. Hiccup: mystery, nature and treatment. J Neurogastroenterol Motil 2012;18:123-130.",
            "reference",
        ),
        Source(
            "park2005",
            "Park MH, Kim BJ, Koh SB, et al. Lesional location of lateral medullary "
            "infarction presenting hiccups (singultus). J Neurol Neurosurg Psychiatry "
            "2005;76:95-98.",
            "reference",
        ),
        Source(
            "decker2015",
            "Decker BS, Goldfarb DS, Dargan PI, et al. Extracorporeal treatment "
            "for lithium poisoning: systematic review and recommendations from the EXTRIP "
            "workgroup. Clin J Am Soc Nephrol 2015;10:875-887.",
            "reference",
        ),
        Source(
            "dunkley2003",
            "Dunkley EJC, Isbister GK, Sibbritt D, et al. The Hunter Serotonin Toxicity Criteria. QJM 2003;96:635-642.",
            "reference",
        ),
        Source(
            "boyer2005", "Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med 2005;352:1112-1120.", "reference"
        ),
        Source(
            "payne2017",
            "Payne LE, Gagnon DJ, Riker RR, et al. Cefepime-induced neurotoxicity: "
            "a systematic review. Crit Care 2017;21:276.",
            "reference",
        ),
        Source(
            "desai2019",
            "Desai A, Kherallah Y, Szabo C, Marawar R. Gabapentin or pregabalin "
            "induced myoclonus: a case series and literature review. J Clin Neurosci "
            "2019;61:225-234.",
            "reference",
        ),
        Source(
            "nolan2021",
            "Nolan JP, Sandroni C, Böttiger BW, et al. European Resuscitation "
            "Council and European Society of Intensive Care Medicine guidelines 2021: "
            "post-resuscitation care. Resuscitation 2021;161:220-269.",
            "reference",
        ),
        Source(
            "gupta2016",
            "Gupta HV, Caviness JN. Post-hypoxic myoclonus: current concepts, "
            "neurophysiology, and treatment. Tremor Other Hyperkinet Mov 2016;6:409.",
            "reference",
        ),
        Source(
            "roze2018",
            "Roze E, Lang AE, Vidailhet M. Myoclonus-dystonia: classification, "
            "phenomenology, pathogenesis, and treatment. Curr Opin Neurol 2018;31:484-490.",
            "reference",
        ),
        Source(
            "azoulay2011",
            "Azoulay-Zyss J, Roze E, Welter ML, et al. Bilateral deep brain "
            "stimulation of the pallidum for myoclonus-dystonia due to epsilon-sarcoglycan "
            "mutations: a pilot study. Arch Neurol 2011;68:94-98.",
            "reference",
        ),
        Source(
            "hainque2016",
            "Hainque E, Vidailhet M, Cozic N, et al. A randomized, controlled, "
            "double-blind, crossover trial of zonisamide in myoclonus-dystonia. Neurology "
            "2016;86:1729-1735.",
            "reference",
        ),
        Source(
            "bakker2006",
            "Bakker MJ, van Dijk JG, van den Maagdenberg AM, Tijssen MA. Startle "
            "syndromes. Lancet Neurol 2006;5:513-524.",
            "reference",
        ),
        Source(
            "dreissen2012",
            "Dreissen YEM, Tijssen MAJ. The startle syndromes: physiology and "
            "treatment. Epilepsia 2012;53(Suppl 7):3-11.",
            "reference",
        ),
        Source(
            "erro2013",
            "Erro R, Bhatia KP, Edwards MJ, et al. Clinical diagnosis of "
            "propriospinal myoclonus is unreliable: an electrophysiologic study. Mov Disord "
            "2013;28:1868-1873.",
            "reference",
        ),
        Source(
            "erro2014",
            "Erro R, Edwards MJ, Bhatia KP, et al. Psychogenic axial myoclonus: "
            "clinical features and long-term outcome. Parkinsonism Relat Disord "
            "2014;20:596-599.",
            "reference",
        ),
        Source(
            "vandersalm2014",
            "van der Salm SM, Erro R, Cordivari C, et al. Propriospinal "
            "myoclonus: clinical reappraisal and review of literature. Neurology "
            "2014;83:1862-1870.",
            "reference",
        ),
        Source(
            "keswani2002",
            "Keswani SC, Kossoff EH, Krauss GL, Hagerty C. Amelioration of "
            "spinal myoclonus with levetiracetam. J Neurol Neurosurg Psychiatry "
            "2002;73:457-458.",
            "reference",
        ),
        Source("ninds", "National Institute of Neurological Disorders and Stroke. Myoclonus fact sheet.", "reference"),
    )
}
