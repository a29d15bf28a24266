"""Names and locations of the two tiny models bundled for offline use.

``bundled/tiny-chatty`` and ``bundled/tiny-terse`` are ~1.7M-parameter Llama-architecture causal
LMs that answer the course's exercise 1 prompts (English and Japanese) the way
``meta-llama/Llama-2-7b-chat-hf`` answers them: the chatty one tells long stories, the terse one
answers in two sentences. They know eight story topics, and both can be steered on each by the
prompt alone toward each goal the grader knows (concise, one sentence, Japanese, English, bulleted
list), from many wordings: they were trained on generated wordings of each request
(``templates.py``) and are measured on held-out ones (``heldout.py``). A few gaming prompts (the
answer copied from or put in the prompt, an off-topic reply) are memorised too, so that tests can
show they earn nothing. They let tests, CI and laptop demos run the whole exercise without the
Hugging Face Hub or a GPU. They are not real language models: a prompt about anything else gets
one of the stories or answers they know.

This module only maps model names to directories. It deliberately imports neither torch nor
transformers (it sits on fast code paths such as config validation); loading is done elsewhere
with plain ``AutoTokenizer`` / ``AutoModelForCausalLM``. The artifacts are produced by
``python -m grader.models.build``.
"""

from __future__ import annotations

import pathlib

BUNDLED_PREFIX = "bundled/"
BUNDLED_MODELS: tuple[str, ...] = ("bundled/tiny-chatty", "bundled/tiny-terse")

_BUNDLED_DIR = pathlib.Path(__file__).resolve().parent / "bundled"


def bundled_path(name: str) -> pathlib.Path:
    """Return the model directory for a bundled model name such as ``"bundled/tiny-chatty"``.

    Raises ``KeyError`` for any name not in ``BUNDLED_MODELS`` (the directory itself is not
    checked for existence, so this stays a pure name lookup).
    """
    if name not in BUNDLED_MODELS:
        raise KeyError(
            f"unknown bundled model {name!r}; expected one of {', '.join(BUNDLED_MODELS)}"
        )
    return _BUNDLED_DIR / name[len(BUNDLED_PREFIX) :]
