"""The typed stages between the rules and the facts, owned by one engine (`api.extract`).

normalize → propose (rules/) → expand → resolve overlaps (`overlap.py`) → annotate → link →
build facts (schema/). Each stage reads the document once and says what it decided, so
`explain()` can list every decision.
"""
