"""Goal types: what "steered toward the goal" means, as a measurable rule relative to a control.

A student declares ``goal: concise`` (or ``one_sentence``, ``japanese``, ``english``, ``list``) on a
run that changes only the prompt. Each goal measures the run and its control the same way, says
which direction is better ("moved toward the goal") and when the goal is met. Length is fair
across languages: a Japanese answer and an English control are compared in sentences, never in
tokens alone. Whether the answer is a real one (on topic, not copied, ended by EOS) is checked
by the criteria, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.score import text
from grader.score.context import RunView
from grader.util.i18n import T, Text


class Thresholds(BaseModel):
    """When a goal counts as met (criterion params; the defaults suit exercise 1)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ratio: float = Field(default=0.5, gt=0, le=1)
    """concise: at most this share of the control's length."""
    share: float = Field(default=0.5, gt=0, le=1)
    """japanese/english: at least this share of the letters in that script."""
    min_items: int = Field(default=2, ge=1)
    """list: at least this many bullet or numbered lines."""


class Effects(BaseModel):
    """The smallest effect that counts as having moved toward each goal (criterion params)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    concise: float = Field(default=0.2, ge=0, le=1)
    """concise: at least this share shorter than the control."""
    one_sentence: float = Field(default=0.2, ge=0, le=1)
    """one_sentence: at least this share fewer sentences than the control."""
    japanese: float = Field(default=0.2, ge=0, le=1)
    """japanese: the Japanese-script share up by at least this much (0.2 = 20 points)."""
    english: float = Field(default=0.2, ge=0, le=1)
    """english: the Latin-script share up by at least this much."""
    list: float = Field(default=1, ge=0)
    """list: at least this many more list lines than the control."""


@dataclass(frozen=True)
class Measured:
    """A run and its control measured in one unit."""

    own: float
    control: float
    unit: str

    def show(self) -> Text:
        """The two measures as evidence reads them, in both languages."""
        fmt = (lambda x: f"{x:.0%}") if self.unit.endswith("share") else (lambda x: f"{x:g}")
        own, control, unit = fmt(self.own), fmt(self.control), UNITS_JA.get(self.unit, self.unit)
        return T(
            f"{own} vs control {control} {self.unit}", f"{unit} {own}（コントロールは {control}）"
        )


UNITS_JA = {
    "tokens": "トークン数",
    "chars": "文字数",
    "sentences": "文の数",
    "list items": "箇条書きの行数",
    "Japanese-script share": "日本語の文字の割合",
    "Latin-script share": "ラテン文字の割合",
}
"""The measures' units in Japanese (``unit`` itself stays English: it is a key in details)."""


@dataclass(frozen=True)
class Goal:
    """One goal type."""

    name: str
    title: Text
    better: Literal["lower", "higher"]
    measure: Callable[[RunView, RunView], Measured]
    met: Callable[[Measured, Thresholds], bool]
    rule: Callable[[Thresholds], Text]
    """The 'met' rule in words."""
    hint: Text
    """What to try when the goal is not reached."""

    def moved(self, m: Measured) -> bool:
        return m.own < m.control if self.better == "lower" else m.own > m.control

    def effect(self, m: Measured) -> float:
        """How far the run moved from its control toward the goal: the share shorter for a
        length (0.25 = a quarter shorter), the points gained for a script share, the lines
        gained for a list."""
        if self.better == "lower":
            return (m.control - m.own) / m.control if m.control else 0.0
        return m.own - m.control

    def effect_text(self, value: float, unit: str) -> Text:
        if unit == "sentences":
            return T(f"{value:.0%} fewer sentences", f"文の数が {value:.0%} 減")
        if self.better == "lower":
            return T(f"{value:.0%} shorter", f"{value:.0%} 短縮")
        if self.name == "list":
            return T(f"{value:g} more list lines", f"箇条書きが {value:g} 行増")
        return T(f"{value * 100:.0f} points more", f"{value * 100:.0f} ポイント増")


def _length(run: RunView, control: RunView) -> Measured:
    # Tokens only within one script: a Japanese answer is never judged against an English
    # control by token count (the tokenizers split the two scripts very differently).
    if text.main_script(run.text) == text.main_script(control.text):
        return Measured(run.tokens, control.tokens, "tokens")
    return Measured(text.sentences(run.text), text.sentences(control.text), "sentences")


def _sentences(run: RunView, control: RunView) -> Measured:
    return Measured(text.sentences(run.text), text.sentences(control.text), "sentences")


def _share(script: str) -> Callable[[RunView, RunView], Measured]:
    def measure(run: RunView, control: RunView) -> Measured:
        unit = f"{'Japanese' if script == 'japanese' else 'Latin'}-script share"
        return Measured(
            round(text.script_share(run.text, script), 3),
            round(text.script_share(control.text, script), 3),
            unit,
        )

    return measure


def _items(run: RunView, control: RunView) -> Measured:
    return Measured(text.list_items(run.text), text.list_items(control.text), "list items")


GOALS: dict[str, Goal] = {
    g.name: g
    for g in (  # in the order of load.schemas.GOAL_TYPES
        Goal(
            "concise",
            T("a concise answer", "端的な回答"),
            "lower",
            _length,
            lambda m, t: m.own <= t.ratio * m.control,
            lambda t: T(
                f"at most {t.ratio:g}x the control's length",
                f"コントロールの {t.ratio:g} 倍以下の長さ",
            ),
            T(
                "ask for the answer only, e.g. 'Answer in one short sentence.'",
                "「一文で短く答えてください」のように答えだけを求めてみてください",
            ),
        ),
        Goal(
            "one_sentence",
            T("a one-sentence answer", "一文の回答"),
            "lower",
            _sentences,
            lambda m, t: m.own == 1,
            lambda t: T("exactly one sentence", "ちょうど一文"),
            T("ask explicitly for one sentence", "「一文で」と明示してみてください"),
        ),
        Goal(
            "japanese",
            T("an answer in Japanese", "日本語の回答"),
            "higher",
            _share("japanese"),
            lambda m, t: m.own >= t.share,
            lambda t: T(
                f"at least {t.share:.0%} Japanese script", f"日本語の文字が {t.share:.0%} 以上"
            ),
            T(
                "ask for the answer in Japanese, or write the prompt in Japanese",
                "日本語で答えるよう指示するか、日本語でプロンプトを書いてみてください",
            ),
        ),
        Goal(
            "english",
            T("an answer in English", "英語の回答"),
            "higher",
            _share("latin"),
            lambda m, t: m.own >= t.share,
            lambda t: T(f"at least {t.share:.0%} Latin script", f"ラテン文字が {t.share:.0%} 以上"),
            T("ask for the answer in English", "英語で答えるよう指示してみてください"),
        ),
        Goal(
            "list",
            T("a bulleted or numbered list", "箇条書きの回答"),
            "higher",
            _items,
            lambda m, t: m.own >= t.min_items,
            lambda t: T(f"at least {t.min_items} list lines", f"箇条書きが {t.min_items} 行以上"),
            T("ask for a bulleted list", "箇条書きで答えるよう指示してみてください"),
        ),
    )
}
