"""Lead understanding for anxin: keywords, category, urgency, facts, near-duplicates.

Pure Python; imports nothing else of the project.
"""

import os

# Names and places are compared by sound a character at a time: pypinyin's phrase
# dictionary is never consulted, and loading it costs start-up ~0.3 s (documented switch)
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from nlp.analyzer import LeadAnalyzer, Understanding
from nlp.classify import CATEGORIES
from nlp.dedupe import NO_SITE, DuplicateIndex
from nlp.facts import Facts, Party
from nlp.numbers import Range
from nlp.text import mask_sensitive, normalize

__all__ = [
    "CATEGORIES",
    "NO_SITE",
    "DuplicateIndex",
    "Facts",
    "LeadAnalyzer",
    "Party",
    "Range",
    "Understanding",
    "mask_sensitive",
    "normalize",
]
