"""The sources every rule cites: the fact sheet by section, and the clinical references."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    kind: str  # "seed" (the source fact sheet) or "reference"

    def as_dict(self) -> dict:
        return {"id": self.id, "citation": self.citation, "kind": self.kind}


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
            "Caviness JN, Brown P. Myoclonus: current concepts and recent advances. "
            "Lancet Neurol 2004;3:598-607.",
            "reference",
        ),
        Source(
            "zutt2015",
            "Zutt R, van Egmond ME, Elting JW, et al. A novel diagnostic approach to patients "
            "with myoclonus. Nat Rev Neurol 2015;11:687-697.",
            "reference",
        ),
        Source(
            "levy2016",
            "Levy A, Chen R. Myoclonus: pathophysiology and treatment options. "
            "Curr Treat Options Neurol 2016;18:21.",
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
    )
}
