"""experta's stale-activation bug, and our fix (SafeDepthStrategy).

With four or more activations of equal salience on one fact, experta's DepthStrategy
can fail to remove an activation whose NOT(...) became false, so the guarded rule fires
anyway, differently per hash seed. Each case runs in a subprocess per PYTHONHASHSEED.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(8)

PROGRAM = """
import json, sys
from experta import Fact, KnowledgeEngine, NOT, Rule
from experta.strategies import DepthStrategy
from rules.engine import SafeDepthStrategy

class Finding(Fact): pass
class Blocker(Fact): pass

def guarded_fired(strategy):
    fired = []
    members = {"__strategy__": strategy}
    for n in range(6):
        members[f"plain_{n}"] = Rule(Finding())(lambda self, n=n: fired.append(n))
    members["guarded"] = Rule(Finding(), NOT(Blocker()))(lambda self: fired.append("guarded"))
    members["blocker"] = Rule(Finding(), salience=10)(lambda self: self.declare(Blocker()))
    engine = type("Probe", (KnowledgeEngine,), members)()
    engine.reset()
    engine.declare(Finding())
    engine.run()
    return "guarded" in fired

print(json.dumps({"stock": guarded_fired(DepthStrategy), "safe": guarded_fired(SafeDepthStrategy)}))
"""


def _run(seed: int, code: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.hashseed
def test_a_rule_whose_not_condition_became_false_never_fires_whatever_the_hash_seed():
    outcomes = [json.loads(_run(seed, PROGRAM)) for seed in SEEDS]
    assert not any(o["safe"] for o in outcomes)


@pytest.mark.hashseed
def test_stock_depth_strategy_misfires_under_some_seed_so_the_check_can_fail():
    outcomes = [json.loads(_run(seed, PROGRAM)) for seed in SEEDS]
    assert any(o["stock"] for o in outcomes)


@pytest.mark.hashseed
def test_same_answers_give_byte_identical_results_across_hash_seeds():
    code = (
        "import rules, sys; print(rules.assess({'age_group': 'adolescent', 'epilepsy': 'yes', "
        "'distribution': 'generalized', 'triggers': ['action', 'stimulus'], "
        "'organ_failure': 'renal', 'drug_exposure': 'yes', 'encephalopathy': 'yes'}).to_json())"
    )
    assert len({_run(seed, code) for seed in SEEDS}) == 1
