"""Error listing for tuning: ``python -m nlp.diagnose FILE.jsonl``.

Prints category errors, then duplicate pairs merged but not labelled (false positives)
and labelled but not merged (misses), each with both texts, the site, the extracted facts
and dup keys, and the direct pair score. Leads are fed in file order to a fresh
:class:`~nlp.dedupe.DuplicateIndex`, as :mod:`nlp.evaluate` does.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from itertools import combinations
from typing import Any

from nlp.analyzer import LeadAnalyzer, Understanding
from nlp.dedupe import DuplicateIndex, _jaccard, _sig, pair_score
from nlp.evaluate import load


def _show(i: int, lead: dict[str, Any], u: Understanding) -> str:
    f = u.facts
    amt = f.amount.low if f.amount else None
    wk = f.workers.low if f.workers else None
    return (
        f"  [{lead.get('id')}] {lead.get('text')}\n"
        f"      gold={lead.get('category')} pred={u.category} amt={amt} wk={wk} "
        f"keys={u.dup_keys}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.diagnose", description=__doc__)
    ap.add_argument("file")
    args = ap.parse_args(argv)
    leads = load(args.file)
    an = LeadAnalyzer()
    an.warm_up()
    index = DuplicateIndex()
    us: list[Understanding] = []
    pred: dict[int, list[int]] = defaultdict(list)
    gold: dict[str, list[int]] = defaultdict(list)
    merged_into: dict[int, int] = {}
    nk = 0
    for i, lead in enumerate(leads):
        u = an.understand(lead["text"], lead.get("site"))
        us.append(u)
        key = index.find(lead.get("site") or "", u)
        if key is None:
            key, nk = nk, nk + 1
        else:
            merged_into[i] = key
        index.add(key, lead.get("site") or "", u)
        pred[key].append(i)
        if lead.get("dup_group"):
            gold[lead["dup_group"]].append(i)
    print("== category errors")
    for i, (lead, u) in enumerate(zip(leads, us, strict=True)):
        if lead.get("category") and lead["category"] != u.category:
            print(_show(i, lead, u))
            print(f"      evidence={u.category_evidence}")
    pp = {p for m in pred.values() for p in combinations(sorted(m), 2)}
    gp = {p for m in gold.values() for p in combinations(sorted(m), 2)}

    def pair(a: int, b: int) -> None:
        sa, sb = _sig(us[a]), _sig(us[b])
        sc = pair_score(sa, sb) if sa and sb else None
        sim = _jaccard(sa.sketch, sb.sketch) if sa and sb else None
        print(
            f"-- site={leads[a].get('site')} gold=({leads[a].get('dup_group')}, "
            f"{leads[b].get('dup_group')}) score={sc} sim={sim}"
        )
        print(_show(a, leads[a], us[a]))
        print(_show(b, leads[b], us[b]))

    print("== false-positive pairs")
    for a, b in sorted(pp - gp):
        pair(a, b)
    print("== missed pairs")
    for a, b in sorted(gp - pp):
        pair(a, b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
