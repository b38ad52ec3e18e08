"""Fit the pair model: ``python -m nlp.train_pairs FILE.jsonl… [--out PATH]``.

Each labelled set is replayed lead by lead through a :class:`DuplicateIndex` that scores
by the rules alone, as the evaluation harness feeds it. Every uncontradicted pair the
index weighs (the new lead against each kept report of a candidate case) becomes one
example, labelled by whether the two leads share a ``dup_group``. A logistic regression
(scikit-learn, the ``dev`` extra) on the pair features (:func:`nlp.dedupe.pair_evidence`)
gives the weights written to ``nlp/data/pair_model.json``. Run it again after labelled
sets are added; the veto and confidence log-odds were chosen by set-level
cross-validation (docs/benchmarks.md, session 14).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from nlp.analyzer import LeadAnalyzer
from nlp.dedupe import DuplicateIndex, _Sig, pair_evidence
from nlp.evaluate import load

OUT = Path(__file__).parent / "data" / "pair_model.json"
VETO, CONFIDENT = -1.0, 2.0
Example = tuple[list[str], float, bool]  # features that hold, text similarity, same arrears

_analyzer: LeadAnalyzer | None = None


def examples(path: str | Path) -> list[Example]:
    """The pairs the rules-only index weighs while it reads one labelled set."""
    global _analyzer
    if _analyzer is None:
        _analyzer = LeadAnalyzer()
        _analyzer.warm_up()
    leads = load(path)
    groups = [lead.get("dup_group") for lead in leads]
    lead_of: dict[int, int] = {}  # id() of a kept signature: its lead
    out: list[Example] = []
    current = 0

    def record(new: _Sig, kept: _Sig, sole: bool) -> None:
        features, sim = pair_evidence(new, kept, sole)
        group = groups[current]
        out.append((features, sim, group is not None and group == groups[lead_of[id(kept)]]))

    index = DuplicateIndex(model=None, on_pair=record)
    next_key = 0
    for current, lead in enumerate(leads):  # record() reads current
        block = lead.get("site") or ""
        u = _analyzer.understand(lead["text"], lead.get("site"))
        key = index.find(block, u)
        if key is None:
            key, next_key = next_key, next_key + 1
        kept = index.add(key, block, u)
        if kept is not None:
            lead_of[id(kept)] = current
    return out


def fit(pairs: Iterable[Example], c: float = 1.0) -> dict[str, Any]:
    """Logistic regression on the examples; the model as pair_model.json holds it."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    pairs = list(pairs)
    names = sorted({f for features, _, _ in pairs for f in features})
    column = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(pairs), len(names) + 2))
    for row, (features, sim, _) in enumerate(pairs):
        for f in features:
            x[row, column[f]] = 1.0
        x[row, -2], x[row, -1] = sim, sim * sim
    y = np.array([same for _, _, same in pairs])
    clf = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    weights = dict(zip([*names, "sim", "sim2"], clf.coef_[0].tolist(), strict=True))
    return {
        "bias": round(float(clf.intercept_[0]), 4),
        "veto": VETO,
        "confident": CONFIDENT,
        "weights": {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 5e-5},
        "trained_on": {"pairs": len(pairs), "same": int(y.sum())},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.train_pairs", description=__doc__)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    with Pool(2) as pool:
        per_set = pool.map(examples, args.files)
    model = fit(p for pairs in per_set for p in pairs)
    model["trained_on"]["sets"] = len(args.files)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", "utf-8")
    t = model["trained_on"]
    print(f"{t['sets']} sets, {t['pairs']} pairs ({t['same']} the same arrears) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
