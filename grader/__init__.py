"""llm-grader: deterministic grading of prompt/model exercises for the UEC LLM tutorial.

The pipeline is spelled by the sub-packages: ``load`` -> ``plan`` -> ``generate`` -> ``score``
-> ``report``. Only ``grader.generate.engine`` imports torch/transformers, so validation, the
CLI help and report rendering stay fast.
"""

__version__ = "0.1.0"
