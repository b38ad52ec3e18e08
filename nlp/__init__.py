"""Lead understanding for anxin: keywords, category, urgency, facts, near-duplicates.

Pure Python; imports nothing else of the project.
"""

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
