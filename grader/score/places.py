"""Runs named by their place in the notes ("the second run", "run 3", 2つ目の実行, "the second
model's story"), by what was asked of them (箇条書きを頼んだ実行), as "This run" after a sentence
that names one, or as "the others" beside one named, replaced by their names before the notes
are read (passes 136, 150, 153 and 156), with a run named after the noun ("Run a") written "a run"
and a run's own model beside its name ("a1 (tiny-chatty)") left out (passes 186, 188, 189); the
words of a model's id (:func:`model_parts`); and the run a misspelt name is of (:func:`misspelt`,
for :func:`grader.score.naming.named`: pass 154).

Left out: a model of two runs named by its place (it names neither), and places past the fifth.
"""

from __future__ import annotations

import difflib
import re

from grader.score.context import RunView
from grader.score.reading import lazy


def by_place(notes: str, runs: list[RunView]) -> str:
    """``notes`` with each run named by its place among the runs ("the second run") or by its
    model's among the models ("the second model's story": :func:`_by_model`) named by its name;
    "the longer one" stays, for the comparisons of :mod:`grader.score.claims`."""
    notes = _by_version(_by_request(_own_model(_run_noun(notes, runs), runs), runs), runs)
    notes = _in_turn(ordinals(_by_model(notes, runs), runs), runs)
    return _others(_this_run(notes, runs), runs)


_RUN_NOUN = lazy(
    r"(?<![\w'-])(?:(?P<verb>to|i|we|you|they|will|would|can|could|should|then|also|must|let's|"
    r"please|not|never|didn't|don't)\s+)?\brun\s+(?P<name>[A-Za-z0-9][\w-]*)(?![\w-])",
    re.IGNORECASE,
)


def _run_noun(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a run named after the noun ("Run a", "in run three", "than run one") named
    as "a run": a name that is a common word names its run only with the noun beside it
    (:func:`grader.score.naming.named` reads "a story" as no run), and every reader looks for a
    run's name, not for "run" (pass 186). "to run a second test", the verb, stays."""
    names = {r.name.casefold() for r in runs}

    def name(m: re.Match[str]) -> str:
        if m["verb"] or m["name"].casefold() not in names:
            return m.group()
        return f"{m['name']} run"

    return _RUN_NOUN().sub(name, notes)


_OWN_MODEL = lazy(
    r"(?P<name>[A-Za-z0-9][\w-]*)(?:\s*[(（]\s*(?:on\s+|with\s+|using\s+)?(?P<a>[\w/.-]+)(?:\s+model)?\s*[)）]|"
    r"\s+(?:on|with|using)\s+(?:the\s+)?(?P<b>[\w/.-]+)(?:\s+model)?\b)",
    re.IGNORECASE,
)


def _own_model(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a run's own model said beside it left out ("a1 (tiny-chatty) は", "Start on
    tiny-chatty introduced ...": passes 188, 189): it says which run, and no reader should take
    it for the other runs of that model."""
    by_name = {r.name.casefold(): r for r in runs}

    def name(m: re.Match[str]) -> str:
        run, model = by_name.get(m["name"].casefold()), (m["a"] or m["b"]).casefold()
        if run is None or model not in model_words(run.model):
            return m.group()
        return m["name"]

    return _OWN_MODEL().sub(name, notes)


def model_words(model: str) -> set[str]:
    """What a student writes for ``model``: its id, its last part, or a word of it."""
    return {model.casefold(), model.casefold().rsplit("/", 1)[-1], *model_parts(model)}


def model_parts(model: str) -> set[str]:
    """The words of a model's id ("bundled/tiny-terse": bundled, tiny, terse), case folded."""
    return set(re.split(r"[/_.-]", model.casefold()))


_VERSION = lazy(r"(?P<goal>簡潔|短縮|短め|リスト|箇条書き)(?:版|バージョン)")
_GOALS = {
    "簡潔": "concise",
    "短縮": "concise",
    "短め": "concise",
    "リスト": "list",
    "箇条書き": "list",
}


def _by_version(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a goal run named as a version of the story (簡潔版, リスト版: pass 161)
    replaced by the name of the one run with that goal."""

    def name(m: re.Match[str]) -> str:
        of = [r for r in runs if r.goal == _GOALS[m["goal"]]]
        return f" {of[0].name} " if len(of) == 1 else m.group()

    return _VERSION().sub(name, notes)


_SENTENCE = lazy(r"[^.!?。！？\n]+[.!?。！？\n]*")
_THIS = lazy(
    r"^\s*(?:this|that)\s+(?:run|one|answer|output|story|version)\b|^\s*(?:この|その)(?:実行|出力|回答|答え|話)",
    re.IGNORECASE,
)


def _this_run(notes: str, runs: list[RunView]) -> str:
    """``notes`` with "This run" opening a sentence (この実行, その出力) replaced by the one run the
    sentence before names (pass 156: "Next I looked at X. This run was cut off.")."""
    out, last = [], ""
    for m in _SENTENCE().finditer(notes):
        sentence = m.group()
        named = names_in(last, runs)
        if len(named) == 1 and _THIS().match(sentence):
            sentence = _THIS().sub(f" {named.pop()}", sentence, count=1)
        out.append(sentence)
        last = sentence
    return "".join(out) if out else notes


_OTHERS = lazy(
    r"\b(?:the\s+others|the\s+other\s+(?:two|runs|ones)|the\s+rest|(?:every|each)\s+other\s+(?:run|one|output|"
    r"answer|story)|all\s+(?:of\s+)?the\s+other\s+(?:runs|ones|outputs|answers|stories)|all\s+the\s+others)\b|"
    r"(?:残りの|ほかの|他の|残り)(?:二つ|2つ|二本)",
    re.IGNORECASE,
)
_EXCEPT = lazy(
    r"\b(?:(?:apart|aside)\s+from|except(?:\s+for)?|other\s+than|but\s+for|save\s+for|with\s+the\s+exception\s+of)"
    r"\s+(?:the\s+)?[A-Za-z0-9]",
    re.IGNORECASE,
)
_ALL = lazy(
    r"\b(?:all\s+(?:of\s+)?(?:my|the|our)\s+(?:\w+\s+)?(?:runs|outputs|answers|stories|generations)|all\s+of\s+"
    r"them|every\s+(?:single\s+)?(?:run|output|answer|story|generation)|everything\s+else)\b",
    re.IGNORECASE,
)
"""Every run, after an exception named ("Apart from X, all of my runs finished": pass 162): the
runs but X."""


def _others(notes: str, runs: list[RunView]) -> str:
    """``notes`` with "the others" ("every other run") replaced by the runs its sentence does not
    name ("only X finished; the others stopped mid-sentence": pass 156), and so every run after
    an exception ("Except for X, every run ended on its own": pass 162)."""
    own = [r for r in runs if r.role == "run"]

    def sentence(m: re.Match[str]) -> str:
        text = m.group()
        named = names_in(text, runs)
        rest = [r.name for r in own if r.name not in named]
        if not 1 <= len(rest) <= 2 or not named:
            return text
        both = f"both {rest[0]} and {rest[1]}" if len(rest) == 2 else rest[0]
        text = _OTHERS().sub(lambda o: both if o.group().isascii() else "と".join(rest), text)
        return _ALL().sub(both, text) if _EXCEPT().search(text) else text

    if not (_OTHERS().search(notes) or _EXCEPT().search(notes)):
        return notes
    return _SENTENCE().sub(sentence, notes)


_ASCII = lazy(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def names_in(text: str, runs: list[RunView]) -> set[str]:
    """The runs ``text`` names by their own names alone (no model or goal word)."""
    names = {w.casefold() for w in _ASCII().findall(text)}
    return {r.name for r in runs if r.name.casefold() in names}


_ASKED_RUN = lazy(
    r"[^、。\s]{1,24}?(?:よう(?:に)?)?(?:頼んだ|お願いした|指示した|依頼した|求めた)(?:実行|出力|回答|答え|ほう|方|もの)"
)


def _by_request(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a run named by what was asked of it (二文で書くよう頼んだ実行: pass 153)
    replaced by the name of the one run that declares a goal; with two such runs, neither."""
    goals = [r for r in runs if r.role == "run" and r.goal]
    return _ASKED_RUN().sub(f" {goals[0].name} ", notes) if len(goals) == 1 else notes


_MODEL_PLACE = lazy(
    r"\b(?:the\s+)?(first|second|third|last)\s+model(?:'s)?(?:\s+(?:story|answer|output|reply|run|"
    r"one))?\b|([一二三1-3])(?:つ目|番目)のモデル(?:の(?:出力|答え|回答|話))?",
    re.IGNORECASE,
)
_PLACE = {"first": 0, "second": 1, "third": 2, "一": 0, "二": 1, "三": 2, "1": 0, "2": 1, "3": 2}


def _by_model(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a model named by its place among the models the runs use, in their order
    ("the second model's story"), replaced by the name of its one run (pass 150); a model of two
    runs names neither."""
    own = [r for r in runs if r.role == "run"]
    models = list(dict.fromkeys(r.model for r in own))

    def name(m: re.Match[str]) -> str:
        place = (m[1] or m[2]).casefold()
        i = len(models) - 1 if place == "last" else _PLACE[place]
        of = [r for r in own if i < len(models) and r.model == models[i]]
        return f" {of[0].name} " if len(of) == 1 else m.group(0)

    return _MODEL_PLACE().sub(name, notes)


def ordinals(notes: str, runs: list[RunView]) -> str:
    """``notes`` with each run named by its place among the student's runs ("the second run",
    "run 3", "the last one", 2つ目の実行) replaced by that run's name."""
    own = [r for r in runs if r.role == "run"]

    def name(m: re.Match[str]) -> str:
        place = next(g for g in m.groups() if g).casefold()
        i = len(own) - 1 if place in ("last", "最後") else _PLACES.get(place, 0) - 1
        return f" {own[i].name} " if 0 <= i < len(own) else m.group(0)

    return _ORDINAL().sub(name, notes)


_TURN = lazy(
    r"\b(?:the\s+)?(?P<en>next|previous)\s+(?:one|run|try|attempt|output|answer)\b|"
    r"(?P<ja>次|前)の(?:実行|やつ|出力|回答|試行)",
    re.IGNORECASE,
)


def _in_turn(notes: str, runs: list[RunView]) -> str:
    """``notes`` with "the next one", "the previous run", 次の実行, 前の実行 replaced by the name of
    the run after (before) the one last named, in the file's order (a narrative of runs in
    turn: passes 190, 191)."""
    own = [r for r in runs if r.role == "run"]
    at = {r.name.casefold(): i for i, r in enumerate(own)}
    out, last, current = [], 0, -1
    for m in _TURN().finditer(notes):
        before = notes[last : m.start()]
        named = [at[w.casefold()] for w in _ASCII().findall(before) if w.casefold() in at]
        current = named[-1] if named else current
        step = 1 if (m["en"] or m["ja"]).casefold() in ("next", "次") else -1
        if current >= 0 and 0 <= current + step < len(own):
            current += step
            out += [before, f" {own[current].name} "]
        else:
            out += [before, m.group()]
        last = m.end()
    return "".join([*out, notes[last:]])


_PLACES = {
    **{w: i for i, w in enumerate("first second third fourth fifth".split(), 1)},
    **{w: i for i, w in enumerate("1st 2nd 3rd 4th 5th".split(), 1)},
    **{w: i for i, w in enumerate("一二三四五", 1)},
    **{str(i): i for i in range(1, 6)},
    "最初": 1,
}
_ORDINAL = lazy(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:one|run|"
    r"version|answer|output|try|attempt)\b|\brun\s+(?:no\.?\s*|#)?([1-5])\b|([一二三四五1-5])"
    r"(?:つ目|番目)の(?:実行|出力|答え|回答)?|(最初|最後)の(?:実行|出力|答え|回答|やつ)",
    re.IGNORECASE,
)
"""A run named by its place: "the second run", "run 3", 2つ目の実行, 最後の出力."""


MISSPELT = 0.8
"""A hyphenated word this close to one run's name (difflib's ratio), and clearly closer to it than
to any other, names it: knight-trse, knigt-chatty, whsk-chatty (passes 154, 155)."""


def misspelt(w: str, runs: list[RunView]) -> list[RunView]:
    """The one run a hyphenated word ``w`` is a misspelling of (:data:`MISSPELT`), or []."""
    if "-" not in w or len(w) < 6:
        return []
    near = sorted(
        (
            (difflib.SequenceMatcher(None, w, r.name.casefold()).ratio(), i)
            for i, r in enumerate(runs)
        ),
        reverse=True,
    )
    best = near[0] if near else (0.0, 0)
    second = near[1][0] if len(near) > 1 else 0.0
    return [runs[best[1]]] if best[0] >= MISSPELT and best[0] - second >= 0.1 else []
