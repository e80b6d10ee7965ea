"""yongchuan_facts: typed, auditable facts from noisy Chinese regional-economy news.

    >>> from yongchuan_facts import extract
    >>> fs = extract("2019年，永川区引进企业365家，营收139亿元，同比增长15.4%。")
    >>> [(f.kind, f.text) for f in fs]
    [('date', '2019年'), ('metric', '365家'), ('metric', '139亿元'), ('metric', '15.4%')]
"""

from importlib import metadata as _metadata

from .api import Explained, TextTooLongError, explain, extract
from .batch import DocumentError, extract_many, iter_extract
from .evaluation import Evaluation, evaluate
from .normalization.textmap import TextMap, normalize
from .resources import warm_up
from .rules.ruleset import Candidate, Context, Rule, RuleSet
from .schema import DateFact, Fact, FactSet, MetricFact, ProjectFact, fact_json_schema, parse_fact

try:  # one version source: pyproject.toml, as installed
    __version__ = _metadata.version("yongchuan-facts")
except _metadata.PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Candidate", "Context", "DateFact", "DocumentError", "Evaluation", "Explained", "Fact",
    "FactSet", "MetricFact", "ProjectFact", "Rule", "RuleSet", "TextMap", "TextTooLongError",
    "__version__", "evaluate", "explain", "extract", "extract_many", "fact_json_schema",
    "iter_extract", "normalize", "parse_fact", "warm_up",
]
