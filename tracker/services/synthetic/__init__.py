"""A seeded synthetic journal generator (for `tracker demo`, benchmarks and tests).

Everything it writes is made up. See generator.py for the entry point.
"""

from tracker.services.synthetic.generator import GenerationSummary, generate

__all__ = ["GenerationSummary", "generate"]
