"""Lead-understanding benchmark: ``python -m bench.nlp_bench [MAX_STORED]``.

Time per lead for understand() + DuplicateIndex.find() with 1,000 / 100,000 /
1,000,000 stored leads spread over 5,000 sites, index memory (RSS growth and
memory_bytes()), and jieba warm-init time.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

from nlp import DuplicateIndex, LeadAnalyzer, Understanding
from nlp.analyzer import SKETCH_K
from nlp.facts import Facts

SITES = 5_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
TRADES = ["钢筋", "木工", "水电", "防水", "砌筑", "涂装", "外墙", "塔吊", "钢结构", "绿化"]
KINDS = ["tl", "tl", "co", "il", "rn", "nc"]
TEMPLATES = [
    "{site} {trade}班 包工头{name}欠我们{n}个人工资 一共{amt}万 {m}个月了",
    "{site}工地 项目部拖欠工资 我自己{amt}万{k} 说等甲方付款",
    "{site} {trade}这块被转包了 老板{name}跑路 欠我们工钱{amt}万多",
    "{site} 工资卡在带班的{name}手里 没签合同 也没有考勤",
    "{site} 带班的老{s}欠我工资 {amt}万{k} 打电话不接😡 我们十几个人明天一起去堵门",
]


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def synthetic(rng: random.Random) -> Understanding:
    """A stored understanding with realistic signature shape (no text needed)."""
    kind = rng.choice(KINDS)
    keys = [f"p:{rng.choice(SURNAMES)}"] if rng.random() < 0.6 else []
    if rng.random() < 0.5:
        keys.append("t:" + rng.choice(TRADES))
    sk = sorted(rng.getrandbits(32) for _ in range(SKETCH_K))
    cat = {
        "tl": "team_leader_arrears",
        "co": "contractor_arrears",
        "il": "illegal_contracting",
        "rn": "real_name_missing",
        "nc": "non_construction_arrears",
    }[kind]
    u = Understanding(cat, [], False, [], False, [], [], facts=_EMPTY_FACTS)
    u.dup_kind, u.dup_keys, u.dup_sketch = kind, keys, sk
    return u


def queries(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        site_i = rng.randrange(SITES)
        s = rng.choice(SURNAMES)
        text = rng.choice(TEMPLATES).format(
            site=f"工地{site_i}号安置房",
            trade=rng.choice(TRADES),
            name=s + "德明",
            s=s,
            n=rng.randint(2, 30),
            amt=rng.randint(1, 30),
            m=rng.randint(1, 9),
            k=rng.randint(1, 9),
        )
        out.append((f"S{site_i}", text))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nlp_bench", description=__doc__)
    parser.add_argument(
        "max_stored", nargs="?", type=int, default=1_000_000, help="e.g. 100000 for a quick run"
    )
    top = parser.parse_args().max_stored
    # jieba initialisation as the bot does it (bot/app.py build_services): a fresh process
    # imports nlp, warms the analyzer up and registers the site names (here 500 sites x 4)
    init = (
        "import time;t=time.perf_counter();from nlp import LeadAnalyzer;a=LeadAnalyzer();"
        "a.warm_up();a.add_terms([f'{k}{i}号安置房项目' for i in range(500) for k in '甲乙丙丁']);"
        "print(time.perf_counter()-t)"
    )
    cmd = [sys.executable, "-c", init]
    with tempfile.TemporaryDirectory() as cold_dir:
        env = dict(os.environ, ANXIN_NLP_CACHE=cold_dir)
        cold = float(
            subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
        )
    subprocess.run(cmd, check=True, capture_output=True)  # make sure the default cache is warm
    inits = [
        float(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        for _ in range(5)
    ]
    print(
        f"jieba init as the bot does it (import, warm_up, 2,000 site names; fresh process, warm"
        f" cache): median {statistics.median(inits) * 1000:.0f} ms  runs"
        f" {[round(x, 3) for x in inits]}  (cold cache, building it: {cold * 1000:.0f} ms)"
    )

    an = LeadAnalyzer()
    an.warm_up()
    rng = random.Random(7)
    qs = queries(rng, 2000)
    for site, text in qs[:200]:
        an.understand(text, site)  # warm caches
    idx = DuplicateIndex()
    stored = 0
    key = 0
    rows = []
    for target in (t for t in (1_000, 100_000, 1_000_000) if t <= top):
        gc.collect()
        rss0 = _rss()
        t0 = time.perf_counter()
        while stored < target:
            idx.add(key, f"S{key % SITES}", synthetic(rng))
            key += 1
            stored += 1
        build = time.perf_counter() - t0
        gc.collect()
        times = []
        cands = []
        for site, text in qs:
            t = time.perf_counter()
            u = an.understand(text, site)
            idx.find(site, u)
            times.append(time.perf_counter() - t)
            cands.append(len(idx.candidates(site, u)))
        times.sort()
        med = statistics.median(times) * 1000
        p99 = times[int(len(times) * 0.99)] * 1000
        rows.append(
            (
                target,
                med,
                p99,
                max(cands),
                statistics.mean(cands),
                idx.memory_bytes(),
                _rss() - rss0,
                build,
            )
        )
        print(
            f"stored {target:>9,}: median {med:.3f} ms  p99 {p99:.3f} ms  candidates mean {statistics.mean(cands):.1f} max {max(cands)}"
            f"  index ~{idx.memory_bytes() / 2**20:.0f} MiB (memory_bytes)  build +{build:.1f} s"
        )
    print(f"growth 1k → {rows[-1][0]:,} (median): {rows[-1][1] / rows[0][1]:.2f}x")
    print(f"process RSS at {rows[-1][0]:,}: {_rss() / 2**20:.0f} MiB")
    return 0


_EMPTY_FACTS = Facts()

if __name__ == "__main__":
    raise SystemExit(main())
