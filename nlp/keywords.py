"""jieba tokenisation (private Tokenizer, domain user dictionary) and TF-IDF keywords."""

from __future__ import annotations

import logging
import marshal
import math
import os
import re
import tempfile
import threading
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import jieba

_DICT_WORDS = 150_000  # most frequent words of jieba's dictionary kept for the private tokenizer
STOPWORDS = frozenset(
    [
        "我们",
        "你们",
        "他们",
        "她们",
        "自己",
        "一个",
        "没有",
        "现在",
        "什么",
        "这个",
        "那个",
        "就是",
        "已经",
        "还是",
        "但是",
        "因为",
        "所以",
        "可以",
        "怎么",
        "这样",
        "那样",
        "一直",
        "一起",
        "时候",
        "不是",
        "还有",
        "而且",
        "然后",
        "如果",
        "问题",
        "知道",
        "请问",
        "你好",
        "谢谢",
        "帮忙",
        "工资",
        "拖欠",
        "欠薪",
        "老板",
        "不给",
        "说是",
        "现在",
        "今天",
        "明天",
        "一下",
        "大家",
        "这边",
        "那边",
        "我个人",
        "一共",
        "总共",
        "加起来",
        "多少",
        "天天",
        "一分",
    ]
)
_TOKEN_OK = re.compile(r"^[\u4e00-\u9fffa-z][\u4e00-\u9fffa-z0-9]+$")
_NUMERALISH = re.compile(r"^[零〇一二两三四五六七八九十百千万亿几多来个0-9.]+$")


def cache_dir() -> Path:
    d = os.environ.get("ANXIN_NLP_CACHE")
    p = Path(d) if d else Path(tempfile.gettempdir()) / "anxin-nlp"
    p.mkdir(parents=True, exist_ok=True)
    return p


class KeywordEngine:
    """Thread-safe lazy wrapper around a private ``jieba.Tokenizer`` plus an IDF table."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tk: jieba.Tokenizer | None = None
        self._pending_terms: list[str] = []
        self._default_idf: dict[str, float] = {}
        self._median_idf = 10.0
        self._df: Counter[str] = Counter()
        self._n_docs = 0

    # ------------------------------------------------------------ set-up
    @property
    def ready(self) -> bool:
        return self._tk is not None

    def warm_up(self) -> None:
        if self._tk is not None:
            return
        with self._lock:
            if self._tk is not None:
                return
            cdir = cache_dir()
            dict_path, idf_path = self._ensure_cache_files(cdir)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer(dictionary=str(dict_path))
            tk.tmp_dir = str(cdir)
            tk.initialize()
            user = resources.files("nlp").joinpath("data/userdict.txt")
            with resources.as_file(user) as up:
                tk.load_userdict(str(up))
            with open(idf_path, "rb") as f:
                self._default_idf, self._median_idf = marshal.load(f)
            for term in self._pending_terms:
                tk.add_word(term, freq=2000)
            self._pending_terms.clear()
            self._tk = tk

    @staticmethod
    def _ensure_cache_files(cdir: Path) -> tuple[Path, Path]:
        """A reduced main dictionary and its IDF table, derived once from jieba's own files."""
        tag = f"v1-{jieba.__version__}-{_DICT_WORDS}"
        dict_path = cdir / f"dict-{tag}.txt"
        idf_path = cdir / f"idf-{tag}.marshal"
        if dict_path.exists() and idf_path.exists():
            return dict_path, idf_path
        jdir = Path(jieba.__file__).parent
        rows: list[tuple[int, str]] = []
        with open(jdir / "dict.txt", encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    rows.append((int(parts[1]), line if line.endswith("\n") else line + "\n"))
        rows.sort(key=lambda r: -r[0])
        keep = rows[:_DICT_WORDS]
        words = {r[1].split()[0] for r in keep}
        idf: dict[str, float] = {}
        with open(jdir / "analyse" / "idf.txt", encoding="utf-8") as f:
            for line in f:
                w, _, v = line.rstrip("\n").partition(" ")
                if w in words:
                    idf[w] = float(v)
        vals = sorted(idf.values())
        median = vals[len(vals) // 2] if vals else 10.0
        tmp = dict_path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(r[1] for r in keep)
        os.replace(tmp, dict_path)
        tmp2 = idf_path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp2, "wb") as f:
            marshal.dump((idf, median), f)
        os.replace(tmp2, idf_path)
        return dict_path, idf_path

    def add_terms(self, terms: Iterable[str]) -> None:
        terms = [t.strip() for t in terms if t and t.strip()]
        if self._tk is None:
            with self._lock:
                if self._tk is None:
                    self._pending_terms.extend(terms)
                    return
        assert self._tk is not None
        for t in terms:
            self._tk.add_word(t, freq=2000)

    # ------------------------------------------------------------ use
    def cut(self, text: str) -> list[str]:
        if self._tk is None:
            self.warm_up()
        assert self._tk is not None
        return self._tk.lcut(text, HMM=True)

    def _candidates(self, tokens: Iterable[str]) -> list[str]:
        return [
            w
            for w in tokens
            if len(w) >= 2
            and w not in STOPWORDS
            and _TOKEN_OK.match(w)
            and not _NUMERALISH.match(w)
        ]

    def idf(self, w: str) -> float:
        base = self._default_idf.get(w, self._median_idf)
        n = self._n_docs
        if n == 0:
            return base
        corpus = math.log((n + 1) / (self._df.get(w, 0) + 1)) + 1.0
        alpha = n / (n + 200.0)
        return alpha * corpus * (self._median_idf / 6.0) + (1 - alpha) * base

    def keywords(self, text: str, k: int = 6, tokens: list[str] | None = None) -> list[str]:
        toks = self._candidates(tokens if tokens is not None else self.cut(text))
        if not toks:
            return []
        tf = Counter(toks)
        scored = sorted(tf.items(), key=lambda kv: (-(kv[1] * self.idf(kv[0])), toks.index(kv[0])))
        return [w for w, _ in scored[:k]]

    def observe(self, text: str) -> None:
        words = set(self._candidates(self.cut(text)))
        with self._lock:
            self._n_docs += 1
            self._df.update(words)

    def idf_state(self) -> dict[str, object]:
        with self._lock:
            return {"version": 1, "n_docs": self._n_docs, "df": dict(self._df)}

    def load_idf_state(self, d: dict[str, object]) -> None:
        df = d.get("df") or {}
        with self._lock:
            self._n_docs = int(d.get("n_docs", 0))  # type: ignore[call-overload]
            self._df = Counter({str(k): int(v) for k, v in df.items()})  # type: ignore[attr-defined]
