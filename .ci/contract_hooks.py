"""schemathesis hooks for .ci/contract: the one rule of the API that OpenAPI 3.0 cannot state.

An attempt at a teaching case may not both offer and avoid the same treatment (the
learner's commitment would contradict itself; the API answers 400 naming the drug, and
the operation's description says so). Saying "these two lists share no item" needs
``contains``, which OpenAPI 3.0 lacks, so the fuzzer is kept from sending such a body
as if it were valid. Every other rule of the operation stays fuzzed.
"""

import schemathesis
from schemathesis import GenerationMode


@schemathesis.hook.apply_to(operation_id="cases_attempts_create")
def filter_case(context, case):
    """Keep every case but a "valid" one that offers and avoids one treatment.

    A case hook (not a body hook): the coverage phase applies only these, after it has
    filled the lists with treatment ids captured from earlier responses."""
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE or not isinstance(case.body, dict):
        return True
    offered, avoided = case.body.get("offered"), case.body.get("avoided")
    if not (isinstance(offered, list) and isinstance(avoided, list)):
        return True
    return not {str(t) for t in offered} & {str(t) for t in avoided}
