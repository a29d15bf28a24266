"""score.ranked and the exceptions of score.places (pass 162): every order of the three runs of
both table designs, ranked by length each way or told by two superlatives, every pair said alike
in length (pass 167) or set against each other as long and short, and every run set apart from
the others by an exception, flagged exactly when the answers, measured here, say otherwise."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise, permutations

import pytest

from grader.score.claims import MARGIN
from grader.score.context import RunView
from grader.score.ranked import ALIKE as ALIKE_RATIO
from grader.score.text import main_script
from tests.score.test_grounded import _file
from tests.score.test_traits import DESIGNS, _eos, _flags, _runs

RANKINGS = [
    ("Ranked from longest to shortest output: {a}, {b}, {c}.", True),
    ("In order of length, smallest first, the runs went {a}, then {b}, then {c}.", False),
    ("From shortest to longest: {a}, {b}, {c}.", False),
    ("長い順に並べると、{a}、{b}、{c}でした。", True),
]
"""Rankings, and whether each puts the longest first."""


def _misranked(order: tuple[RunView, ...], long_first: bool) -> bool:
    """Two neighbours of ``order`` in one script, the one put first shorter by :data:`MARGIN`."""
    for x, y in pairwise(order):
        longer, shorter = (x, y) if long_first else (y, x)
        same = main_script(x.text) == main_script(y.text)
        if same and len(longer.text) * MARGIN < len(shorter.text):
            return True
    return False


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(("template", "long_first"), RANKINGS)
def test_a_ranking_by_length_is_checked_in_every_order(
    design: str, template: str, long_first: bool
) -> None:
    for order in permutations(_runs(design)):
        notes = template.format(**{k: r.name for k, r in zip("abc", order, strict=True)})
        assert _flags(design, notes) == _misranked(order, long_first), notes


EXCEPTIONS = [
    ("Apart from {x}, all of my runs finished on their own.", False),
    ("Except for {x}, every run was cut off by the token limit.", True),
    (
        "The one exception to the clean endings was {x}; every other run wrapped up by itself.",
        False,
    ),
    ("Other than {x}, all of the runs hit the token limit.", True),
]
"""A claim of every run but one, and whether it says they were cut off."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(("template", "cut"), EXCEPTIONS)
def test_a_claim_of_every_run_but_one_is_read_of_the_others(
    design: str, template: str, cut: bool
) -> None:
    """The claim is checked on the runs but the one set apart; that one is not read either way
    (what an exception says of it is left to the student's other sentences)."""
    runs = _runs(design)
    for x in runs:
        others = [r for r in runs if r is not x]
        wrong = any(_eos(r) == cut for r in others)
        notes = template.format(x=x.name)
        assert _flags(design, notes) == wrong, notes


ALIKE = [
    "{a} and {b} were about the same length.",
    "{a} was roughly as long as {b}.",
    "{a} と {b} の長さはほとんど変わりませんでした。",
    "{a} と {b} は分量的にはどっこいどっこいでした。",
    "{a} は {b} とほぼ同じくらいの長さでした。",
    "{a} は最初に実行したもので、{b} とほぼ同じくらいの長さでした。",  # pass 177
    "{a} では短くなるように頼みましたが、{b} とほぼ同じ長さでした。",  # pass 181
    "{a} の出力は {b} とほぼ同じ長さでした。",
]


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("template", ALIKE)
def test_two_runs_said_alike_in_length_are_checked_whichever_pair(
    design: str, template: str
) -> None:
    """Flagged when the two answers, in one script, differ by ALIKE times or more (pass 167)."""
    for a, b in permutations(_runs(design), 2):
        same = main_script(a.text) == main_script(b.text)
        wrong = same and max(len(a.text), len(b.text)) >= ALIKE_RATIO * min(
            len(a.text), len(b.text)
        )
        notes = template.format(a=a.name, b=b.name)
        assert _flags(design, notes) == wrong, notes


CONTRASTS = [
    ("{a} was long, but {b} was short.", True),
    ("{a} came out shorter and {b} came out longer.", False),
    ("{a} ran long whereas {b} stayed brief.", True),
    ("{a} was the longer one, while {b} was shorter.", True),
    ("{a}は長く、{b}は短かったです。", True),
    ("{a} の出力は短めで、{b} の出力は長めでした。", False),
    ("{a}の方が長くて、{b}の方が短かった。", True),
    ("{a} は長くはなく、{b} は短かったです。", None),
    # the other run is the one the sentence named first (passes 176, 177)
    ("{a} came first, but {b} was longer.", False),
    ("{a} は先に試したが、{b} の方が長かった。", False),
    ("{a} と {b} を比べると、後者の方が長かった。", False),
    ("{a} と {b} を比べると、前者の方が出力が短く、後者の方が長かったです。", False),
    ("I thought {a} would be long and {b} short.", None),
]
"""Two runs set against each other by length, and whether the first is said the long one (None:
denied or guessed, never read)."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(("template", "first_long"), CONTRASTS)
def test_two_runs_set_against_each_other_by_length_are_checked_whichever_pair(
    design: str, template: str, first_long: bool | None
) -> None:
    """Flagged when the answer said long is shorter than the other by MARGIN, both in one script
    (noticed probing the name patterns; rows in tests/data/grounded/stated.yaml)."""
    for a, b in permutations(_runs(design), 2):
        longer, shorter = (a, b) if first_long else (b, a)
        same = main_script(a.text) == main_script(b.text)
        wrong = first_long is not None and same and len(longer.text) * MARGIN < len(shorter.text)
        notes = template.format(a=a.name, b=b.name)
        assert _flags(design, notes) == wrong, notes


BROKEN = ["のに、", "が、", "ので、", "けど、", "けれど、", "て、"]
"""Where a Japanese sentence's clause ends and the next begins, its topic left unsaid."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("joint", BROKEN)
@pytest.mark.parametrize("said", ["長", "短"])
def test_a_comparison_after_a_clause_break_is_of_the_sentence_s_topic(
    design: str, joint: str, said: str
) -> None:
    """X は「…」と指示した{のに、が、…}Y よりも長かった: the comparison's subject is the topic
    before the break (pass 187), checked for every pair of runs; no topic is read past a run's
    own は (X は…が、Y は Z より短かった is Y's)."""
    for a, b in permutations(_runs(design), 2):
        longer, shorter = (a, b) if said == "長" else (b, a)
        same = main_script(a.text) == main_script(b.text)
        wrong = same and len(longer.text) * MARGIN < len(shorter.text)
        notes = f"{a.name} は指示を変えてみた{joint}{b.name} よりも{said}い文章になった。"
        assert _flags(design, notes) == wrong, notes
        own = f"{a.name} は指示を変えてみた{joint}{b.name} は {a.name} より{said}かった。"
        alone = f"{b.name} は {a.name} より{said}かった。"
        assert _flags(design, own) == _flags(design, alone), own


SUPERLATIVES = [
    "{a} was the longest, then {b}, and {c} was the shortest.",
    "{a} は一番長く、{c} が一番短かった。",
    "三つの中では {c} が一番短く、次が {b}、一番長いのが {a} でした。",  # pass 181
]
"""Two superlatives in one clause, each of its own run (pass 176)."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("template", SUPERLATIVES)
def test_each_superlative_of_a_clause_is_read_of_its_own_run(design: str, template: str) -> None:
    """Flagged when another run in the first's script is longer than it by MARGIN, or one in the
    last's script shorter than it by MARGIN."""
    runs = _runs(design)
    for a, b, c in permutations(runs):
        same_a = [r for r in runs if main_script(r.text) == main_script(a.text)]
        same_c = [r for r in runs if main_script(r.text) == main_script(c.text)]
        not_longest = len(a.text) * MARGIN < max(len(r.text) for r in same_a)
        not_shortest = min(len(r.text) for r in same_c) * MARGIN < len(c.text)
        notes = template.format(a=a.name, b=b.name, c=c.name)
        assert _flags(design, notes) == (not_longest or not_shortest), notes


EVERY_RUN = [
    ("None of the three runs were cut off.", lambda r: r.generation.finish == "length"),
    ("None of the three runs answered in Japanese.", lambda r: main_script(r.text) == "japanese"),
    (
        "I gave them 120 tokens, and they all ended on their own.",
        lambda r: r.generation.finish == "length",
    ),
    (
        "With 120 tokens, all of them answered in English.",
        lambda r: main_script(r.text) == "japanese",
    ),
]
"""Claims of every run ("None of ...", "they all", "all of them": pass 178), and what makes one
run contradict each."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(("notes", "contradicts"), EVERY_RUN)
def test_a_claim_of_every_run_fails_when_one_run_contradicts_it(
    design: str, notes: str, contradicts: Callable[[RunView], bool]
) -> None:
    assert _flags(design, notes) == any(contradicts(r) for r in _runs(design)), notes


BASELINE = [
    ("{r} の出力はベースラインよりも長かった。", True),
    ("{r} の出力はベースラインよりずっと短かった。", False),
]
"""A run compared with the baseline by its Japanese name (pass 183), and whether it is said the
longer."""


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(("template", "longer"), BASELINE)
def test_a_run_compared_with_the_baseline_is_checked_against_it(
    design: str, template: str, longer: bool
) -> None:
    base = _file(design, "").baseline
    for r in _runs(design):
        x, y = (r, base) if longer else (base, r)  # x said the longer
        same = main_script(r.text) == main_script(base.text)
        wrong = same and len(x.text) * MARGIN < len(y.text)
        assert _flags(design, template.format(r=r.name)) == wrong, template.format(r=r.name)
