"""The rules, one package per kind of fact (`metrics/`, `dates/`, `projects/`), and what they
share: the rule engine (`ruleset`), number parsing (`numbers`) and pattern helpers (`patterns`).
"""
