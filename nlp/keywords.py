"""jieba tokenisation (private Tokenizer, domain user dictionary) and TF-IDF keywords."""

from __future__ import annotations

import gc
import hashlib
import io
import logging
import marshal
import math
import os
import re
import sys
import tempfile
import threading
from array import array
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any


def _import_jieba() -> Any:
    """Import jieba without the ~80 ms ``pkg_resources`` import it does only to locate its
    bundled default files (we always pass our own dictionary): when nothing has imported
    ``pkg_resources`` yet, jieba's own fallback (a path beside its module) is used."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba as j

        return j
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        import jieba as j
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return j


jieba = _import_jieba()

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


_Cache = tuple[dict[str, int], int, dict[str, float], float, list[str]]
_CACHE_FORMAT = 3


def _userdict_bytes() -> bytes:
    return resources.files("nlp").joinpath("data/userdict.txt").read_bytes()


def _load_tokenizer_cache(cdir: Path) -> _Cache:
    """The prebuilt tokenizer state: (prefix dict, total, idf, median idf, force-split words).

    Stored flat (one string of words, packed arrays of frequencies and IDF values) because
    building the dicts from that is several times faster than unmarshalling dicts. The
    file name carries jieba's version, the dictionary size and a hash of the domain user
    dictionary, so editing ``data/userdict.txt`` or upgrading jieba rebuilds it.
    """
    user = _userdict_bytes()
    digest = hashlib.sha1(user).hexdigest()[:12]
    path = cdir / f"tok-v{_CACHE_FORMAT}-{jieba.__version__}-{_DICT_WORDS}-{digest}.marshal"
    enabled = gc.isenabled()
    gc.disable()  # a few hundred thousand new objects: no point in collecting meanwhile
    try:
        try:
            with open(path, "rb") as f:
                blob, freqs, idfs, total, median, force_split = marshal.load(f)
            words = blob.decode("utf-8").split("\n")
            freq = dict(zip(words, array("q", freqs), strict=True))
            idf = dict(zip(words, array("d", idfs), strict=False))
            return freq, total, idf, median, force_split
        except (OSError, EOFError, ValueError, TypeError):
            pass
        data = _build_tokenizer_cache(user)
    finally:
        if enabled:
            gc.enable()
    freq, total, idf, median, force_split = data
    words = sorted(freq, key=lambda w: w not in idf)  # IDF words first, aligned with idfs
    packed = (
        "\n".join(words).encode("utf-8"),
        array("q", [freq[w] for w in words]).tobytes(),
        array("d", [idf[w] for w in words[: len(idf)]]).tobytes(),
        total,
        median,
        force_split,
    )
    keep_marshalled(path, packed)
    return data


def keep_marshalled(path: Path, data: tuple[Any, ...]) -> None:
    """Write ``data`` to ``path`` with marshal, whole or not at all: a process reading the
    cache meanwhile sees the old file or the new one, never half of one."""
    tmp = path.with_suffix(f".tmp{os.getpid()}.{threading.get_ident()}")
    with open(tmp, "wb") as f:
        marshal.dump(data, f)
    os.replace(tmp, path)


def _build_tokenizer_cache(user: bytes) -> _Cache:
    """Derive the tokenizer state from jieba's own files and the domain user dictionary."""
    jdir = Path(jieba.__file__).parent
    rows: list[tuple[int, bytes]] = []
    with open(jdir / "dict.txt", "rb") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((int(parts[1]), line.rstrip(b"\n") + b"\n"))
    rows.sort(key=lambda r: -r[0])
    tk = jieba.Tokenizer(dictionary=str(jdir / "dict.txt"))
    tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(b"".join(r[1] for r in rows[:_DICT_WORDS])))
    tk.initialized = True
    main_words = {w for w, n in tk.FREQ.items() if n}
    before = set(jieba.finalseg.Force_Split_Words)
    tk.load_userdict(io.BytesIO(user))
    force_split = sorted(set(jieba.finalseg.Force_Split_Words) - before)
    freq: dict[str, int] = tk.FREQ
    raw: dict[str, float] = {}
    with open(jdir / "analyse" / "idf.txt", encoding="utf-8") as g:
        for text in g:
            w, _, v = text.rstrip("\n").partition(" ")
            if v:
                raw[w] = float(v)
    idf = {w: raw[w] for w in main_words if w in raw}
    vals = sorted(idf.values())
    median = vals[len(vals) // 2] if vals else 10.0
    return freq, int(tk.total), idf, median, force_split


def cache_dir() -> Path:
    d = os.environ.get("ANXIN_NLP_CACHE")
    p = Path(d) if d else Path(tempfile.gettempdir()) / "anxin-nlp"
    p.mkdir(parents=True, exist_ok=True)
    return p


class KeywordEngine:
    """Thread-safe lazy wrapper around a private ``jieba.Tokenizer`` plus an IDF table."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tk: Any = None  # jieba.Tokenizer
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
        """Load the tokenizer from one prebuilt cache file (built on first use).

        The cache holds jieba's prefix dictionary (the most frequent words of its own
        dictionary) with the domain user dictionary already applied, and the IDF table
        sharing the same word objects, so a warm start is a single ``marshal.load``.
        """
        if self._tk is not None:
            return
        with self._lock:
            if self._tk is not None:
                return
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.setLogLevel(logging.WARNING)
            freq, total, idf, median, force_split = _load_tokenizer_cache(cache_dir())
            tk = jieba.Tokenizer(dictionary=str(Path(jieba.__file__).parent / "dict.txt"))
            tk.FREQ, tk.total, tk.initialized = freq, total, True
            for w in force_split:
                jieba.finalseg.add_force_split(w)
            self._default_idf, self._median_idf = idf, median
            for term in self._pending_terms:
                tk.add_word(term, freq=2000)
            self._pending_terms.clear()
            self._tk = tk

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
