"""Does a stored generation serve what it claims? The check every cache hit and every merged
shard row passes.

The threat is a damaged, misfiled or hand-edited row, or a shard from another run -- not an
adversary who can also edit the results. A row holds its cache key, the request it answers and
the generation. It serves a request only when:

* the request it holds is the request asked for, and the generation answers it (its request
  key, model, prompt and chat setting);
* its key is the key of that request in the environment its fingerprint records, so a row moved
  under another key is caught;
* its text is what its token ids decode to with the model's own tokenizer (a hand-edited text
  is caught), and its per-token margins are finite numbers, one per token.

It imports no torch. Setting a failed row aside is :mod:`grader.generate.cache`'s business.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping

from grader.generate import fingerprint as fp
from grader.load import tokens
from grader.plan import GenerationRequest
from grader.results import Generation


def key_of(request: GenerationRequest, env: Mapping[str, str]) -> str:
    """The cache key of ``request`` in the environment ``env`` (the fingerprint's fields)."""
    blob = json.dumps({"request": request.model_dump(), "env": dict(env)}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def cache_key(req: GenerationRequest, device: str) -> str:
    """The cache key of ``req`` in this environment (no torch import)."""
    return key_of(req, fp.before_load(req.model, req.revision, device))


def env_of(gen: Generation) -> dict[str, str]:
    """The environment a generation records, as the cache key takes it."""
    recorded = gen.fingerprint.model_dump()
    return {k: recorded[k] for k in fp.FIELDS}


def row_problems(key: str, request: GenerationRequest, gen: Generation) -> list[str]:
    """Why the row (``key``, ``request``, ``gen``) does not serve ``request`` (empty: it does)."""
    found = []
    if (gen.request_key, gen.model, gen.prompt, gen.chat) != (
        request.request_key,
        request.model,
        request.prompt,
        request.chat,
    ):
        found.append("the generation answers another request")
    if key_of(request, env_of(gen)) != key:
        found.append("it is filed under another request's key")
    lengths = {len(gen.output_ids), len(gen.margins), len(gen.runner_up_ids), len(gen.pieces)}
    if len(lengths) != 1 or not all(math.isfinite(m) for m in gen.margins):
        found.append("its margins are not one finite number per token")
    if not _decodes(gen, request.revision):
        found.append("its text is not what its token ids decode to")
    return found


def _decodes(gen: Generation, revision: str | None) -> bool:
    decoded = tokens.decode(gen.model, revision, gen.output_ids)
    return decoded is None or gen.text in (decoded, _clean_up(decoded))


def _clean_up(text: str) -> str:
    """transformers' clean_up_tokenization, which some tokenizers' configs switch on."""
    for before, after in (
        (" .", "."),
        (" ?", "?"),
        (" !", "!"),
        (" ,", ","),
        (" ' ", "'"),
        (" n't", "n't"),
        (" 'm", "'m"),
        (" 's", "'s"),
        (" 've", "'ve"),
        (" 're", "'re"),
    ):
        text = text.replace(before, after)
    return text
