"""Runs the notes refer to without their names, named before the claims are read (passes 142 to
164): by their place ("the second run": :func:`grader.score.places.by_place`), as "the former" or
"the latter" (前者, 後者), "both of them", "the shorter one", by a quotation of one run's prompt
alone ("With 'Answer in Japanese.' chatty ..."), as the "it" of "Not only was X ..., it ...", as
"you" when spoken to ("Poor X, you never got to ..."); and what the notes say of them without the
claim's usual words: a language by what was asked ("the language I had asked X for", "the same
language as my prompt") or by its letters ("the same 26 letters"), and a cut by the budget that
would have let the run finish ("Had X been given more tokens, it would have finished").

Left out: any other pronoun ("it" alone names no run), and a run named by a word of its answer.
"""

from __future__ import annotations

import re

from grader.score.context import RunView
from grader.score.naming import RUN_WORD, named
from grader.score.places import by_place
from grader.score.quotes import quotation, quoted
from grader.score.reading import lazy
from grader.score.text import main_script


def by_name(notes: str, runs: list[RunView]) -> str:
    """``notes`` with each run named as the module's docstring says named by its name, and a
    language or a cut said without the claim's words said with them."""
    notes = _spoken_to(_more_budget(_language_of(_attributed(notes, runs), runs), runs), runs)
    return by_place(former_latter(_not_only(notes, runs), runs), runs)


_NAME = r"[A-Za-z0-9][\w-]*"
_ATTRIBUTE = lazy(
    rf"\b(?:the|a|an|this|that|our|my)\s+(?P<adj>[a-z]+(?:-[a-z]+)+)\s+(?P<name>{_NAME})",
    re.IGNORECASE,
)
"""A claim as a hyphenated word before the run ("the token-starved X", "the prose-only Y": pass
166)."""


def _attributed(notes: str, runs: list[RunView]) -> str:
    """``notes`` with each claim put before a run (:data:`_ATTRIBUTE`) said of it in a line of its
    own after the notes ("X was token-starved."), the run left where it stood."""
    said: list[str] = []

    def name(m: re.Match[str]) -> str:
        if not named(m["name"], runs) or named(m["adj"], runs):
            return m.group()
        said.append(f"{m['name']} was {m['adj']}.")
        return m["name"]

    notes = _ATTRIBUTE().sub(name, notes)
    return "\n".join([notes, *said])


_SPOKEN_TO = lazy(
    rf"(?:\b(?:poor|dear|oh|hey|and|so|well|good\s+old)\s+)?(?:you,\s+(?P<a>{_NAME}),|(?P<b>{_NAME}),\s+you\b)"
    r"(?P<rest>[^.!?\n]*)",
    re.IGNORECASE,
)
"""A run spoken to ("Poor X, you never got to ...", "And you, X, ignored ...": pass 164)."""
_YOU = lazy(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_ITS = {"you": "it", "your": "its", "yours": "its", "yourself": "itself"}


def _spoken_to(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a run spoken to said of in the third person: "X never got to its ..."."""

    def said(m: re.Match[str]) -> str:
        name = m["a"] or m["b"]
        if not named(name, runs):
            return m.group()
        rest = _YOU().sub(lambda y: _ITS[y.group().casefold()], m["rest"])
        return f"{name}{rest}"

    return _SPOKEN_TO().sub(said, notes)


_MORE_BUDGET = lazy(
    rf"\b(?:had\s+(?P<a>{_NAME})\s+(?:been\s+given|had|got(?:ten)?)|if\s+(?P<b>{_NAME})\s+had\s+(?:been\s+given|"
    r"had|got(?:ten)?)|(?<!even\s)with)\s+(?:\w+\s+){0,3}?(?:more\s+(?:tokens|budget|room)|(?:bigger|larger|higher|"
    rf"more\s+generous)\s+(?:token\s+)?(?:budget|limit|allowance))\b[^.;!?\n]*?\b(?:(?P<c>{_NAME})|it|they)\s+would\s+"
    r"(?:also\s+|surely\s+|probably\s+)?have\s+(?:made\s+it|got(?:ten)?\s+to|finished|reached|completed)\b",
    re.IGNORECASE,
)
"""A finish that only more budget would have brought ("Had X been given a few more tokens, it
would have made it to its end", "With a bigger budget, X would have got to finish": pass 164):
X was cut off."""


def _more_budget(notes: str, runs: list[RunView]) -> str:
    """``notes`` with the run of a finish only more budget would have brought said to be cut off
    before the sentence (:data:`_MORE_BUDGET`)."""

    def said(m: re.Match[str]) -> str:
        name = next((n for n in (m["a"], m["b"], m["c"]) if n and named(n, runs)), None)
        return f"{name} was cut off by the token limit. {m.group()}" if name else m.group()

    return _MORE_BUDGET().sub(said, notes)


_LANGUAGE_OF = lazy(
    r"\bthe\s+(?:same\s+)?language\s+(?:(?P<prompt>as\s+(?:my|the)\s+prompts?|(?:that\s+)?(?:I|we)\s+(?:wrote|"
    r"typed|gave)\s+(?:my|the)\s+prompts?\s+in|of\s+(?:my|the)\s+prompts?)|(?:that\s+)?(?:I|we)\s+(?:had\s+)?"
    r"(?:asked|requested)\s+(?:(?P<for>[A-Za-z0-9][\w-]*)\s+)?for)\b",
    re.IGNORECASE,
)
"""A language named by what was asked (pass 162): "the same language as my prompt", "the
language I had asked X for"."""
_GOAL_LANGUAGES = {"japanese": "Japanese", "english": "English"}
_SCRIPT_LANGUAGES = {"latin": "English", "japanese": "Japanese"}
"""A prompt in Latin letters is taken for English: the course's prompts are in one of the two."""


def _language_of(notes: str, runs: list[RunView]) -> str:
    """``notes`` with a language named by reference (:data:`_LANGUAGE_OF`) named by its word:
    the prompts' language when they share one, the language the run named (or, for "it", the
    one run that asked for a language) asked for."""
    own = [r for r in runs if r.role == "run"]

    def say(m: re.Match[str]) -> str:
        if m["prompt"]:
            scripts = {_SCRIPT_LANGUAGES.get(main_script(r.prompt)) for r in own}
            said = scripts.pop() if len(scripts) == 1 else None
        else:
            asking = named(m["for"], own) if m["for"] and m["for"] != "it" else own
            goals = {_GOAL_LANGUAGES.get(r.goal or "") for r in asking} - {None}
            said = goals.pop() if len(goals) == 1 else None
        return said or m.group()

    return _LANGUAGE_OF().sub(say, _ALPHABET().sub("Latin letters", notes))


_ALPHABET = lazy(
    r"\b(?:the\s+same\s+)?(?:26|twenty-six)\s+letters(?:\s+of\s+the\s+(?:english\s+|latin\s+)?alphabet)?|"
    r"\bletters?\s+(?:from\s+)?A\s*(?:to|through|-)\s*Z\b",
    re.IGNORECASE,
)
"""The Latin alphabet by its letters ("the same 26 letters", "no letter from A to Z": pass 164)."""


_NOT_ONLY = lazy(
    r"\bnot\s+only\s+(?P<aux>did|does|was|were|is|are|has|had)\s+(?P<name>[A-Za-z0-9][\w-]*)"
    r"(?P<rest>[^,;.!?]*),\s*(?:but\s+)?(?:it|they)\b",
    re.IGNORECASE,
)
""""Not only was X too long, it lost its last line" (pass 162): both are said of X, and "it" is
X; "not only" asks nothing, so the inversion is put back in order."""


def _not_only(notes: str, runs: list[RunView]) -> str:
    def say(m: re.Match[str]) -> str:
        if not named(m["name"], runs):
            return m.group()
        return f"{m['name']} {m['aux']}{m['rest']}, and {m['name']}"

    return _NOT_ONLY().sub(say, notes)


def former_latter(notes: str, runs: list[RunView]) -> str:
    """``notes`` with "the former" and "the latter" (前者, 後者), "the first" and "the second"
    said alone, and "the shorter" and "the longer one" replaced by a run of the last two named
    before them by their names ("I compared X with Y. The latter ...": pass 142), and "both of
    them" by both (pass 143)."""

    goals = {r.goal.casefold() for r in runs if r.goal}

    def name(m: re.Match[str]) -> str:
        pair: list[RunView] = []
        for w in reversed(RUN_WORD().findall(notes[: m.start()])):
            one = named(w, runs)
            # not by a goal's word: "written in Japanese" names no run here (pass 143)
            if len(one) == 1 and one[0] not in pair and w.casefold() not in goals:
                pair.insert(0, one[0])
            if len(pair) == 2:
                return f" {_of_pair(m, pair)} "
        return m.group(0)

    return _PAIRED().sub(name, notes)


def _of_pair(m: re.Match[str], pair: list[RunView]) -> str:
    a, b = pair[0].name, pair[1].name
    if m["both"]:  # both of them, neither of them, they both, the two of them
        return f"neither {a} nor {b}" if m["both"][:3].casefold() == "nei" else f"both {a} and {b}"
    return _one_of_pair(m, pair).name


def _one_of_pair(m: re.Match[str], pair: list[RunView]) -> RunView:
    if m["by"]:  # the shorter, the longer
        by_length = sorted(pair, key=lambda r: len(r.text))
        return by_length[m["by"].casefold() == "longer"]
    return pair[bool(m["second"] or m["second2"] or m["ja"])]


_PAIRED = lazy(
    r"\b(?P<both>(?:both|neither|the\s+two)\s+of\s+them|they\s+both)\b|"
    r"\bthe\s+(?:former|(?P<second>latter)|(?:first|(?P<second2>second))(?:\s+of\s+the\s+two\b|"
    r"(?=\s+(?:was|were|is|had|got|gave|did|ended|answered|stopped|finished|came|wrote|ran|kept|"
    r"used|replied)\b|\s*[,.;:]))|(?P<by>shorter|longer)(?:\s+one|\s+of\s+the\s+two)\b)|前者|"
    r"(?P<ja>後者)",
    re.IGNORECASE,
)


def quoted_prompts(notes: str, runs: list[RunView]) -> str:
    """``notes`` with each quotation of one run's prompt alone replaced by that run's name
    ("With 'Answer in Japanese.' chatty kept ..." names the run that asked), and a prompt said
    to be all that was sent by the runs that sent just it (「...」だけを送った実行: pass 167)."""

    def name(m: re.Match[str]) -> str:
        said = " ".join(quoted(m).split()).casefold()
        own = [r for r in runs if r.role == "run" and said in r.prompt.casefold()]
        if len(own) > 1 and (_ALONE().match(notes, m.end()) or _ONLY().search(notes, 0, m.start())):
            own = [r for r in own if " ".join(r.prompt.split()).casefold() == said]
        if len(said) < 4 or not 1 <= len(own) <= 2 or (len(own) == 2 and len(runs) < 3):
            return m.group(0)
        joined = ("と" if m.group().startswith(("「", "『")) else " and ").join(r.name for r in own)
        # a quoted sentence that ended its own sentence still ends it ("added 'Give me three
        # bullet points.' The new output ...": rt190-11)
        ends = said[-1] in ".!?" and re.match(r"\s+[A-Z]", notes[m.end() :]) is not None
        return f" {joined}. " if ends else f" {joined} "

    return quotation(1).sub(name, notes)


_ALONE = lazy(r"\s*(?:だけ|のみ)")
_ONLY = lazy(r"\b(?:just|only)\s*$", re.IGNORECASE)
