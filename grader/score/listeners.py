"""Whom a request is said to by name (pass 114): said to someone other than the model that
answers it, it asks that model for nothing, and :mod:`grader.score.asks` reads it so (a review
flag, never a fail).

Read, in the sentence of a request: a vocative at its start ("Siri, ...", "Hey Alexa, ...", "OK
Google: ...", Siriさん、...), at its end ("..., Cortana.") or standing alone as the sentence just
before it ("Hey Alexa! Answer ..."). Its name is someone else's when it is

* the student himself: "me", "myself", "self", "note to self" ("Me, keep it short" is a note to
  oneself, not a request of the model);
* an assistant that is a hosted product no course runs (Siri, Alexa, Cortana, Google, Bixby,
  Gemini, Claude, Copilot, Bard, Bing, Grok): never the model that answers;
* a model a course can run (the bundled chatty and terse, Llama, Qwen, ELYZA, other open models)
  whose name the run's model does not bear: "Terse, keep it short." on tiny-chatty is said to
  the other bundled model. Where the run's model is not known (a prompt read without its run),
  such a name may be the model's own and is read as it.

Left out, as the model addressed: a common noun for a chatbot or a listener ("AI", "assistant",
"model", "bot", "my friend": :data:`grader.score.fillers.VOCATIVE`), the run's own model by name
("Chatty, ..." on tiny-chatty), and "ChatGPT" or "GPT": a trade name become the common noun for
any chatbot (students call every chatbot so, チャットGPT), which names no other model here. A name
outside these lists ("Mom, ...", "Bob, ...") and one in katakana (シリ、) are content words that
:func:`grader.score.asks.only_requests` already reads as more than a request.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy, sentence_at

_HOSTED = r"(?:siri|alexa|cortana|google|bixby|gemini|claude|copilot|bard|bing|grok|perplexity)"
"""Assistants that are hosted products: none is a model a course runs locally."""
_LOCAL = (
    r"(?:tiny-chatty|tiny-terse|chatty|terse|llama[\w.-]*|qwen[\w.-]*|elyza|mistral|mixtral|"
    r"gemma[\w.-]*|phi-?\d*|deepseek|falcon|vicuna|alpaca)"
)
"""Names of models a course can run (the bundled pair and open-weight families): the model's own
when its name bears them, another model's otherwise."""
MODEL_NAMES = rf"(?:{_HOSTED}|{_LOCAL})"
"""Any model's name, hosted or run locally: whose it is depends on the run's model."""
_SELF = r"(?:myself|self|me)"
_HONORIFIC = r"(?:さん|くん|君|ちゃん|様|さま)?"
_OTHERS = rf"(?:{_HOSTED}|{_LOCAL}){_HONORIFIC}"
_TITLE = r"(?:(?:hey|hi|hello|yo|oi|ok|okay|dear|oh|o|listen|my|old)[\s,]+)*"
_BEFORE = lazy(
    rf"^\s*{_TITLE}(?P<name>{_OTHERS}(?=\s*[,:、])|note\s+to\s+self(?=\s*[,:])|"
    rf"{_SELF}{_HONORIFIC}(?=\s*[,、]))"
)
"""A vocative opening the request's sentence: "Siri, ...", "OK Google: ...", Alexa、..., "Me,
...", "Note to self: ..."; not "Me: ..." (a transcript's label for the student's own line)."""
_AFTER = lazy(rf"[,、]\s*{_TITLE}(?P<name>{_OTHERS}|{_SELF})\s*[.!?。！？…~]*\s*$")
"""A vocative closing the request's sentence: "..., Cortana.", "..., me."."""
_ALONE = lazy(rf"^\s*{_TITLE}(?P<name>{_OTHERS})\s*[.!。！…~]*\s*$")
"""A sentence of an assistant's name alone: "Hey Alexa!" before the request ("Me!" answers)."""


def _someone_else(name: str, model: str) -> bool:
    """``name`` (a vocative's) is not the model ``model`` ("" where not known): the student, a
    hosted assistant, or a model a course runs whose name ``model`` does not bear."""
    name = re.sub(_HONORIFIC + "$", "", name)
    if re.fullmatch(rf"(?:note\s+to\s+)?{_SELF}|{_HOSTED}", name):
        return True
    bare = model.lower().replace("-", "").replace("_", "")
    return bool(bare) and name.replace("-", "") not in bare


def _called(normal: str, start: int, end: int) -> list[str]:
    """The names the request at ``normal[start:end]`` is said to: a vocative before it in its
    sentence, after it, or a sentence of a vocative alone just before its own."""
    begin, stop = sentence_at(normal, start)
    before = _BEFORE().match(normal[begin:start])
    after = _AFTER().search(normal, end, stop)
    found = [m.group("name") for m in (before, after) if m]
    last = begin - 1  # the previous sentence's last letter, past its end marks
    while last > 0 and normal[last] in "。！？!?.\n…~ ":
        last -= 1
    if last > 0:
        alone = _ALONE().match(normal[sentence_at(normal, last)[0] : begin])
        found += [alone.group("name")] if alone else []
    return found


def called_away(normal: str, requests: list[tuple[str, int, int]], model: str = "") -> bool:
    """A request of ``normal`` (a read prompt) is said by name to someone other than ``model``,
    the run's model ("" where not known; module docstring)."""
    for _, start, end in requests:
        if any(_someone_else(name, model) for name in _called(normal, start, end)):
            return True
    return False
