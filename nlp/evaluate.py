"""Evaluation harness: ``python -m nlp.evaluate FILE.jsonl [--json]``.

Per-category precision/recall/F1, macro-F1, urgent recall/precision, amount and
workers exact-match (lower bound vs label), and duplicate-pair precision/recall
(leads fed in file order to a fresh DuplicateIndex blocked by ``site``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from nlp.analyzer import LeadAnalyzer
from nlp.classify import CATEGORIES
from nlp.dedupe import DuplicateIndex


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _pairs(groups: dict[Any, list[int]]) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for members in groups.values():
        out.update(combinations(sorted(members), 2))
    return out


def evaluate(leads: list[dict[str, Any]], analyzer: LeadAnalyzer | None = None) -> dict[str, Any]:
    an = analyzer or LeadAnalyzer()
    an.warm_up()
    index = DuplicateIndex()
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    urg_tp = urg_fp = urg_fn = 0
    amt_ok = amt_n = wk_ok = wk_n = 0
    pred_group: dict[int, list[int]] = defaultdict(list)
    gold_group: dict[str, list[int]] = defaultdict(list)
    errors: list[dict[str, Any]] = []
    next_key = 0
    for i, lead in enumerate(leads):
        site = lead.get("site")
        u = an.understand(lead["text"], site)
        if "category" in lead:
            g = lead["category"]
            if u.category == g:
                tp[g] += 1
            else:
                fp[u.category] += 1
                fn[g] += 1
                errors.append(
                    {"id": lead.get("id", i), "field": "category", "gold": g, "pred": u.category}
                )
        if "urgent" in lead:
            gu = bool(lead["urgent"])
            if gu and u.urgent:
                urg_tp += 1
            elif gu:
                urg_fn += 1
                errors.append(
                    {"id": lead.get("id", i), "field": "urgent", "gold": True, "pred": False}
                )
            elif u.urgent:
                urg_fp += 1
                errors.append(
                    {"id": lead.get("id", i), "field": "urgent", "gold": False, "pred": True}
                )
        if "amount" in lead:
            amt_n += 1
            pa = u.facts.amount.low if u.facts.amount else None
            if pa == lead["amount"]:
                amt_ok += 1
            else:
                errors.append(
                    {"id": lead.get("id", i), "field": "amount", "gold": lead["amount"], "pred": pa}
                )
        if "workers" in lead:
            wk_n += 1
            pw = u.facts.workers.low if u.facts.workers else None
            if pw == lead["workers"]:
                wk_ok += 1
            else:
                errors.append(
                    {
                        "id": lead.get("id", i),
                        "field": "workers",
                        "gold": lead["workers"],
                        "pred": pw,
                    }
                )
        block = site or ""
        key = index.find(block, u)
        if key is None:
            key = next_key
            next_key += 1
        index.add(key, block, u)
        pred_group[key].append(i)
        if lead.get("dup_group"):
            gold_group[lead["dup_group"]].append(i)
    per_cat: dict[str, dict[str, float]] = {}
    f1s = []
    for c in CATEGORIES:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_cat[c] = {"precision": p, "recall": r, "f1": f1, "support": tp[c] + fn[c]}
        if tp[c] + fn[c]:
            f1s.append(f1)
    pp = _pairs(pred_group)
    gp = _pairs(gold_group)
    inter = pp & gp
    for a, b in sorted(pp - gp):
        errors.append(
            {
                "id": (leads[a].get("id", a), leads[b].get("id", b)),
                "field": "dup",
                "gold": False,
                "pred": True,
            }
        )
    for a, b in sorted(gp - pp):
        errors.append(
            {
                "id": (leads[a].get("id", a), leads[b].get("id", b)),
                "field": "dup",
                "gold": True,
                "pred": False,
            }
        )
    return {
        "n": len(leads),
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "per_category": per_cat,
        "urgent_recall": urg_tp / (urg_tp + urg_fn) if urg_tp + urg_fn else 1.0,
        "urgent_precision": urg_tp / (urg_tp + urg_fp) if urg_tp + urg_fp else 1.0,
        "amount_exact": amt_ok / amt_n if amt_n else 1.0,
        "workers_exact": wk_ok / wk_n if wk_n else 1.0,
        "dup_precision": len(inter) / len(pp) if pp else 1.0,
        "dup_recall": len(inter) / len(gp) if gp else 1.0,
        "dup_pairs_pred": len(pp),
        "dup_pairs_gold": len(gp),
        "errors": errors,
    }


def _print(res: dict[str, Any], show_errors: bool) -> None:
    print(f"leads: {res['n']}")
    print(f"{'category':<26}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}")
    for c, m in res["per_category"].items():
        print(f"{c:<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>5}")
    print(f"macro-F1            {res['macro_f1']:.3f}")
    print(
        f"urgent recall       {res['urgent_recall']:.3f}  precision {res['urgent_precision']:.3f}"
    )
    print(f"amount exact        {res['amount_exact']:.3f}")
    print(f"workers exact       {res['workers_exact']:.3f}")
    print(
        f"dup pairs           precision {res['dup_precision']:.3f}  recall {res['dup_recall']:.3f}"
        f"  (pred {res['dup_pairs_pred']}, gold {res['dup_pairs_gold']})"
    )
    if show_errors:
        for e in res["errors"]:
            print("  ", e)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.evaluate", description=__doc__)
    ap.add_argument("file")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--errors", action="store_true", help="list the mistakes")
    args = ap.parse_args(argv)
    res = evaluate(load(args.file))
    if args.json:
        out = {k: v for k, v in res.items() if k != "errors" or args.errors}
        json.dump(out, sys.stdout, ensure_ascii=False)
        print()
    else:
        _print(res, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
