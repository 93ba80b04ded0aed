"""Extraction heuristics, one module per concern; the data they use lives in ``archive/data/``."""
