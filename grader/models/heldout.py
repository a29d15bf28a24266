"""Held-out steering rate of the bundled models: ``python -m grader.models.heldout``.

``heldout.yaml`` holds steering wordings (goal, language, prompt with a ``{topic_en}`` or
``{topic_ja}`` placeholder) written by someone else and never used for training. Each wording is
rendered for every topic of the corpus (``corpus.TOPICS``) and generated greedily on each bundled
model (plain prompt, ``max_new_tokens=80``, loaded with ``AutoTokenizer`` /
``AutoModelForCausalLM`` as the grader does). An answer is **on-goal** when all hold:

- the model ended it by EOS;
- it mentions the topic (its English or its Japanese noun);
- the goal rule holds against the **control**, the plain story request for the topic in the
  wording's language on the same model: ``concise`` at most half the control's tokens (sentences
  when the two are in different scripts), ``one_sentence`` exactly one sentence, ``japanese`` /
  ``english`` at least half the letters in that script, ``list`` at least two bullet or numbered
  lines -- measured with :mod:`grader.score.text`, as the grader measures them.

Prints the rate per model, per goal and overall (``--failures`` lists what missed and why;
``--json`` writes every outcome). A development tool, not on the grading path.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from grader.models import BUNDLED_MODELS, bundled_path
from grader.score import text
from grader.score.prompts import prompt_key

HELDOUT = Path(__file__).resolve().parent / "heldout.yaml"
MAX_NEW_TOKENS = 80
CONTROL = {
    "en": "Tell me a story about a {topic_en}.",
    "ja": "{topic_ja}の物語を聞かせてください。",
}
GOALS = ("concise", "one_sentence", "japanese", "english", "list")


@dataclass(frozen=True)
class Wording:
    """One held-out wording."""

    goal: str
    lang: str
    prompt: str

    def render(self, topic: tuple[str, str]) -> str:
        return self.prompt.format(topic_en=topic[0], topic_ja=topic[1])


@dataclass(frozen=True)
class Answer:
    """A greedy generation: decoded text, tokens without the final EOS, whether EOS ended it."""

    text: str
    tokens: int
    eos: bool


@dataclass(frozen=True)
class Outcome:
    """One wording on one topic and model."""

    model: str
    goal: str
    lang: str
    topic: str
    prompt: str
    answer: str
    on_goal: bool
    reason: str


def wordings(path: Path = HELDOUT) -> list[Wording]:
    """The held-out wordings, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Wording(w["goal"], w["lang"], w["prompt"]) for w in data["wordings"]]


@functools.cache
def prompts() -> frozenset[str]:
    """Every held-out prompt rendered for every corpus topic, keyed as the grader compares
    prompts (:func:`grader.score.prompts.prompt_key`: case, spaces, punctuation and look-alike
    letters do not count). The key replaced an older, laxer one; the build's training prompts
    were checked to get the same decisions under both (486,000 sampled over its seeds, none
    differed), so the bundled models' bytes stand."""
    return frozenset(prompt_key(w.render(t)) for w in wordings() for t in topics())


def is_heldout(prompt: str) -> bool:
    """``prompt`` is a held-out prompt (up to case, spaces and punctuation)."""
    return prompt_key(prompt) in prompts()


def topics() -> list[tuple[str, str]]:
    """Every topic of the corpus: (English noun, Japanese noun)."""
    from grader.models.corpus import TOPICS

    return [(t.en, t.ja) for t in TOPICS]


class Runner:
    """One bundled model, loaded as the grader loads it; generations memoised by prompt."""

    def __init__(self, name: str, folder: Path | None = None) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        path = bundled_path(name) if folder is None else folder / name.removeprefix("bundled/")
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(
            path, dtype=torch.float32, local_files_only=True
        ).eval()
        self.memo: dict[str, Answer] = {}

    def __call__(self, prompt: str) -> Answer:
        if prompt not in self.memo:
            torch = self.torch
            inputs = torch.tensor([self.tokenizer(prompt).input_ids])
            with torch.inference_mode():
                out = self.model.generate(
                    inputs,
                    attention_mask=torch.ones_like(inputs),
                    do_sample=False,
                    max_new_tokens=MAX_NEW_TOKENS,
                )
            ids = out[0, inputs.shape[1] :].tolist()
            eos = bool(ids) and ids[-1] == self.tokenizer.eos_token_id
            decoded = str(self.tokenizer.decode(ids, skip_special_tokens=True))
            self.memo[prompt] = Answer(decoded, len(ids) - eos, eos)
        return self.memo[prompt]


def mentions(answer: str, topic: tuple[str, str]) -> bool:
    """The answer names the topic: its English noun (as a word) or its Japanese noun."""
    english = re.search(rf"\b{re.escape(topic[0])}", answer, re.IGNORECASE)
    return bool(english) or topic[1] in answer


def goal_met(goal: str, answer: Answer, control: Answer) -> tuple[bool, str]:
    """The goal rule against the control, with the measured values as the reason."""
    out, ctl = answer.text, control.text
    if goal == "concise":
        if text.main_script(out) == text.main_script(ctl):
            own, base, unit = answer.tokens, control.tokens, "tokens"
        else:
            own, base, unit = text.sentences(out), text.sentences(ctl), "sentences"
        return own <= 0.5 * base, f"{own} vs control {base} {unit}"
    if goal == "one_sentence":
        n = text.sentences(out)
        return n == 1, f"{n} sentences"
    if goal in ("japanese", "english"):
        share = text.script_share(out, "japanese" if goal == "japanese" else "latin")
        return share >= 0.5, f"{share:.0%} {goal} script"
    if goal == "list":
        n = text.list_items(out)
        return n >= 2, f"{n} list items"
    raise ValueError(f"unknown goal {goal!r}")


def judge(goal: str, topic: tuple[str, str], answer: Answer, control: Answer) -> tuple[bool, str]:
    """Whether ``answer`` is on-goal, and why not when it is not."""
    if not answer.eos:
        return False, "no EOS within 80 tokens"
    if not mentions(answer.text, topic):
        return False, "off topic"
    return goal_met(goal, answer, control)


def evaluate(
    models: Iterable[str],
    topic_list: list[tuple[str, str]],
    wording_list: list[Wording],
    folder: Path | None = None,
) -> list[Outcome]:
    """Every wording x topic on each model (the bundled ones, or those built into ``folder``)."""
    outcomes = []
    for name in models:
        run = Runner(name, folder)
        for topic in topic_list:
            for w in wording_list:
                control = run(CONTROL[w.lang].format(topic_en=topic[0], topic_ja=topic[1]))
                prompt = w.render(topic)
                answer = run(prompt)
                ok, reason = judge(w.goal, topic, answer, control)
                outcomes.append(
                    Outcome(name, w.goal, w.lang, topic[0], prompt, answer.text, ok, reason)
                )
    return outcomes


def rate(outcomes: list[Outcome]) -> float:
    return sum(o.on_goal for o in outcomes) / len(outcomes) if outcomes else 0.0


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    """Rates overall, per model, per goal, per language, per topic and per model x goal."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups["overall"].append(o)
        model = o.model.removeprefix("bundled/")
        for key in (model, f"goal {o.goal}", f"lang {o.lang}", f"topic {o.topic}"):
            groups[key].append(o)
        groups[f"{model} {o.goal}"].append(o)
    return {key: round(rate(group), 4) for key, group in groups.items()}


def table(outcomes: list[Outcome]) -> str:
    """The rates as a model x goal table plus the overall and per-topic lines."""
    models = sorted({o.model for o in outcomes})
    lines = [f"{'':14}" + "".join(f"{g:>14}" for g in (*GOALS, "all"))]
    for model in models:
        mine = [o for o in outcomes if o.model == model]
        cells = [rate([o for o in mine if o.goal == g]) for g in GOALS] + [rate(mine)]
        lines.append(f"{model.removeprefix('bundled/'):14}" + "".join(f"{c:>14.1%}" for c in cells))
    by_goal = [rate([o for o in outcomes if o.goal == g]) for g in GOALS] + [rate(outcomes)]
    lines.append(f"{'both':14}" + "".join(f"{c:>14.1%}" for c in by_goal))
    topic_names = list(dict.fromkeys(o.topic for o in outcomes))
    lines.append(
        "per topic: "
        + ", ".join(f"{t} {rate([o for o in outcomes if o.topic == t]):.0%}" for t in topic_names)
    )
    lines.append(
        f"on-goal {sum(o.on_goal for o in outcomes)}/{len(outcomes)} = {rate(outcomes):.1%}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m grader.models.heldout", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--models", nargs="+", default=list(BUNDLED_MODELS), metavar="NAME")
    parser.add_argument("--topics", nargs="+", metavar="EN", help="only these corpus topics")
    parser.add_argument("--dir", type=Path, help="models built here (build --out) instead")
    parser.add_argument("--failures", action="store_true", help="list every miss and why")
    parser.add_argument("--json", type=Path, help="write every outcome and the rates here")
    args = parser.parse_args(argv)
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    torch.set_num_threads(1)  # the rate must not depend on the machine's core count
    topic_list = [t for t in topics() if not args.topics or t[0] in args.topics]
    outcomes = evaluate(args.models, topic_list, wordings(), args.dir)
    if args.failures:
        for o in outcomes:
            if not o.on_goal:
                name = o.model.removeprefix("bundled/")
                print(f"{name}: {o.prompt!r} -> {o.answer!r} ({o.reason})")
    print(table(outcomes))
    if args.json:
        data = {"rates": summary(outcomes), "outcomes": [asdict(o) for o in outcomes]}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
