"""llm-grader: deterministic grading of prompt/model exercises for the UEC LLM tutorial.

The pipeline is spelled by the sub-packages: ``load`` -> ``plan`` -> ``generate`` -> ``score``
-> ``report``. On the grading path only ``grader.generate.engine`` imports torch/transformers,
so validation, the CLI help, a warm regrade and report rendering stay fast. The tools beside it
import them too: ``grader.commands.bench`` inside the functions that measure, and the model build
script ``grader.models.build`` with its training data ``grader.models.data``, which nothing on
the grading path imports.
"""

__version__ = "0.1.0"
