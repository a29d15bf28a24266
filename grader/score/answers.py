"""Is a steered run's output a real answer to the control's request? The conditions part 2 puts
on an answer before it may count as "moved toward the goal", each a step of the run's trace:

* it has content and ended by itself (EOS), not by the budget;
* it is the model's own: not copied from the prompt (and a prompt that adds ``max_added``
  content words or more to its control's is flagged: it may dictate the answer);
* it has substance: at least ``min_content`` content words (:mod:`grader.score.words`), or a
  quarter (``min_content_share``) of the control's answer's when that is fewer;
* the prompt keeps the control's request: it shares a content word with the control's prompt, or
  names an assignment topic word;
* it is on the control's topic: it shares at least ``min_shared`` content words with the
  control's answer (all of its own, when it has fewer), or both hold an assignment topic word;
  an answer that names only what the control's prompt asked about (a word of its request the
  control's answer left out) is credited and flagged.
  When the two answers are in different scripts (the ``japanese`` and ``english`` goals) shared
  words cannot be counted: a topic word, or content words shared with its own prompt, will do,
  and otherwise it is credited but flagged.

A condition that holds within ``review_margin`` of its threshold is credited and flagged for the
TA (:func:`near`). What the goal itself measures is :mod:`grader.score.goals`.
"""

from __future__ import annotations

import math

from pydantic import Field

from grader.score import text, words
from grader.score.context import Context, RunView
from grader.score.goals import Effects
from grader.score.registry import Params
from grader.score.steps import Trace
from grader.util.i18n import T, Text


class AnswerParams(Params):
    goal: str | None = None
    """Only runs declaring this goal (every goal when omitted)."""
    min_content: int = Field(default=3, ge=0)
    """Substance: content words the answer needs (stop words aside), at most."""
    min_content_share: float = Field(default=0.25, ge=0, le=1)
    """... or this share of the control's answer's content words when that is fewer: "2" is a
    whole answer to "1+1=?", whose control explains itself in five content words."""
    min_shared: int = Field(default=2, ge=1)
    """On topic: content words the answer shares with the control's answer (or a topic word)."""
    max_copied: float = Field(default=0.8, gt=0, le=1)
    """An answer whose 4-grams stand in the prompt at this share or more was copied from it."""
    max_added: int = Field(default=8, ge=1)
    """A prompt that adds this many content words to its control's may write the answer in
    (a model that follows it only repeats it): credited as the rules say, flagged for review.
    Asking for a goal takes a few ("Answer briefly.", "as a numbered list of events")."""
    require_eos: bool = True
    """A real answer ends by itself (EOS); false also accepts one the budget cut off."""
    review_margin: float = Field(default=0.25, ge=0)
    """A credit within this share above its threshold (substance, overlap, effect) is flagged
    for the TA's review: 0.25 flags 3 content words against a minimum of 3, or 2 shared words
    against 2, or a 22% effect against 20%."""
    min_effect: Effects = Effects()
    """The smallest effect per goal that counts as having moved toward it."""


def near(value: float, threshold: float, margin: float) -> bool:
    """``value`` passed ``threshold`` by less than ``margin`` of it: credited, worth a look."""
    return threshold > 0 and threshold <= value < threshold * (1 + margin)


def real_answer(ctx: Context, run: RunView, control: RunView, p: AnswerParams, t: Trace) -> bool:
    """Every condition of a real answer to the control's request, in order, on ``t``."""
    return (
        _answered(run, t, p.require_eos)
        and _own(run, control, p, t)
        and _substance(ctx, run, control, p, t)
        and _same_request(ctx, run, control, t)
        and _on_topic(ctx, run, control, p, t)
    )


def _answered(run: RunView, t: Trace, require_eos: bool) -> bool:
    content = text.has_content(run.text)
    budget = run.budget_text()
    ended = (
        T("ended by EOS", "EOS で終了")
        if run.generation.finish == "eos"
        else T(f"ended by the budget ({budget}): cut off", f"予算（{budget}）で打ち切り")
    )
    t.details["finish"] = run.generation.finish
    return t.add(
        content,
        T("an answer", "回答あり") if content else T("the answer is empty", "回答が空です"),
        T(
            "ask for an answer, do not write it into the prompt",
            "答えをプロンプトに書かず、モデルに答えさせてください",
        ),
    ) and t.add(
        run.generation.finish == "eos" or not require_eos,
        ended if require_eos else T(f"{ended.en} (allowed)", f"{ended.ja}（許容）"),
        T(
            "the answer must end by itself: ask for less, or raise the budget",
            "回答が自然に終わる必要があります。短く求めるか予算を増やしてください",
        ),
    )


def _own(run: RunView, control: RunView, p: AnswerParams, t: Trace) -> bool:
    """Not copied from the prompt; a prompt that adds many words of its own is flagged, since a
    stronger model would repeat what it dictates."""
    copied = t.details["copied"] = round(text.copied_share(run.text, run.prompt), 2)
    theirs = set(words.content_words(control.prompt))
    added = [w for w in dict.fromkeys(words.content_words(run.prompt)) if w not in theirs]
    t.details["added_words"] = len(added)
    dictates = (
        T(
            f"the prompt adds {len(added)} words to its control's: does it write the answer in?",
            f"プロンプトがコントロールに {len(added)} 語を加えています。答えを書き込んでいませんか",
        )
        if len(added) >= p.max_added
        else None
    )
    return t.add(
        copied < p.max_copied,
        T(
            f"{copied:.0%} of the answer stands in the prompt (limit {p.max_copied:.0%})",
            f"回答の {copied:.0%} がプロンプトにあります（上限 {p.max_copied:.0%}）",
        ),
        T(
            "the model must produce the answer; do not put it in the prompt",
            "答えはモデルに作らせてください。プロンプトに書かないでください",
        ),
        dictates,
    )


def _substance(ctx: Context, run: RunView, control: RunView, p: AnswerParams, t: Trace) -> bool:
    """Enough content words; near the minimum it is flagged, unless an assignment topic word or
    the control's own subject shows it answers the request (a concise answer is short by design:
    ドラゴンは女の子と友達になりました。 has three, "A wizard learned to be patient." too)."""
    found = list(dict.fromkeys(words.content_words(run.text)))
    theirs = len(set(words.content_words(control.text)))
    need = min(p.min_content, max(1, math.floor(p.min_content_share * theirs)))
    t.details["content_words"] = found
    n = len(found)
    return t.add(
        n >= need,
        T(
            f"{n} content words (needs {need}; the control's answer has {theirs})",
            f"内容語 {n} 語（必要 {need} 語、コントロールの回答は {theirs} 語）",
        ),
        T(
            "a real answer says something: ask the same question, and only change how it is asked",
            "中身のある回答が必要です。同じ依頼のまま、頼み方だけを変えてください",
        ),
        _review(
            near(n, need, p.review_margin)
            and not text.topic_words_in(run.text, ctx.topic)
            and not set(found) & set(words.content_words(control.prompt)),
            f"substance {n} of {need}",
            f"内容語 {n}/{need}",
        ),
    )


def _review(flag: bool, en: str, ja: str) -> Text | None:
    """A review reason for a credit near its threshold."""
    return T(f"near the threshold: {en}", f"基準すれすれ: {ja}") if flag else None


def _unsure(flag: bool, en: str, ja: str) -> Text | None:
    """A review reason for a credit no measure here can confirm (across scripts)."""
    return T(f"not measurable here: {en}", f"ここでは測れません: {ja}") if flag else None


def _same_request(ctx: Context, run: RunView, control: RunView, t: Trace) -> bool:
    """The prompt keeps the control's request: a content word of the control's prompt, or a topic
    word. Across scripts words cannot be matched: credited, and flagged without a topic word."""
    asked = list(dict.fromkeys(words.content_words(control.prompt)))
    kept = words.shared(control.prompt, run.prompt)
    topic = text.topic_words_in(run.prompt, ctx.topic)
    across = text.main_script(run.prompt) != text.main_script(control.prompt)
    ok = not asked or bool(kept or topic) or across
    t.details["request"] = {"asked": asked, "kept": kept, "topic": topic}
    shown = ", ".join(kept or topic) or "-"
    return t.add(
        ok,
        T(f"the control's request is kept ({shown})", f"コントロールの依頼のまま（{shown}）")
        if ok
        else T(
            f"the prompt asks something else: none of the control's request "
            f"({', '.join(asked)}) is kept",
            f"別の依頼になっています: コントロールの依頼（{'、'.join(asked)}）が残っていません",
        ),
        T(
            f"keep the control's request ({', '.join(asked)}) and change only how it is asked",
            f"コントロールの依頼（{'、'.join(asked)}）はそのままに、頼み方だけを変えてください",
        ),
        _unsure(
            across and not (kept or topic),
            "the prompt is in another script than the control's, with no topic word",
            "プロンプトがコントロールと別の文字体系で、話題語もありません",
        ),
    )


def _across_scripts(ctx: Context, run: RunView, topic: list[str], t: Trace) -> bool:
    """Words cannot be matched across scripts: on topic by a topic word, a word of its own prompt
    or a thing both name in their languages (the assignment's glossary), else credited and
    flagged for review."""
    own = words.shared(run.text, run.prompt) or text.glossed(run.text, run.prompt, ctx.glossary)
    t.details["topic"] = {"across_scripts": True, "topic_words": topic, "from_prompt": own}
    by = (
        T(f"topic word {topic[0]}", f"話題語 {topic[0]}")
        if topic
        else T(f"its prompt ({', '.join(own)})", f"プロンプトとの共通語（{'、'.join(own)}）")
        if own
        else T("nothing countable", "数えられる共通点なし")
    )
    return t.add(
        True,
        T(
            f"in another script than the control: on topic by {by.en}",
            f"コントロールと別の文字体系: {by.ja}",
        ),
        review=_unsure(
            not topic and not own,
            "an answer in another script shares no word with its prompt",
            "別の文字体系の回答で、プロンプトとの共通語がありません",
        ),
    )


def _on_topic(ctx: Context, run: RunView, control: RunView, p: AnswerParams, t: Trace) -> bool:
    """The answer is about what the control's answer is about (see the module docstring)."""
    expected = text.topic_words_in(control.text, ctx.topic)
    topic = text.topic_words_in(run.text, ctx.topic)
    if text.main_script(run.text) != text.main_script(control.text):
        return _across_scripts(ctx, run, topic, t)
    common = words.shared(run.text, control.text)
    # the control's own subject, named by both answers, stands for its topic as the assignment's
    # topic words do (rt118-01: "a wizard", answered "A wizard learned to be patient.")
    subject = set(words.content_words(control.prompt))
    hit = [w for w in topic if w in expected] or [w for w in common if w in subject]
    # a short answer shares what it has: "2" is all of an answer to "1+1=?"
    need = min(p.min_shared, len(set(words.content_words(run.text)))) or p.min_shared
    # what the control asked about, named by the answer where the control's answer left it out
    # (rt25-12: "a dragon and a knight", answered about the dragon, then about the knight)
    asked = [w for w in words.shared(run.text, control.prompt) if w not in common]
    by_request = len(common) < need and not hit and bool(asked)
    ok = len(common) >= need or bool(hit) or by_request
    t.details["topic"] = {
        "shared": common,
        "topic_words": hit,
        "expected": expected,
        "from_request": asked,
    }
    also = (
        T(f", a word of its request ({', '.join(asked)})", f"、依頼の語（{'、'.join(asked)}）")
        if by_request
        else T("", "")
    )
    return t.add(
        ok,
        T(
            f"on the control's topic: shares {len(common)} content words "
            f"({', '.join(common) or '-'}){', topic word ' + hit[0] if hit else ''}{also.en}",
            f"コントロールと同じ話題: 共通の内容語 {len(common)} 語"
            f"（{'、'.join(common) or '-'}）{'、話題語 ' + hit[0] if hit else ''}{also.ja}",
        )
        if ok
        else T(
            f"off the control's topic: shares {len(common)} content words "
            f"({', '.join(common) or '-'}), needs {need}",
            f"コントロールと話題が違います: 共通の内容語 {len(common)} 語"
            f"（{'、'.join(common) or '-'}）、必要 {need} 語",
        ),
        T(
            "keep the control's request and change how it is asked"
            + (f"; its answer is about {', '.join(expected)}" if expected else ""),
            "コントロールと同じ依頼のまま、頼み方を変えてください"
            + (f"（コントロールの回答の話題: {'、'.join(expected)}）" if expected else ""),
        ),
        _review(
            not hit and (by_request or near(len(common), need, p.review_margin)),
            f"{len(common)} shared content words against {need}"
            + (", on topic by its request's words" if by_request else ""),
            f"共通の内容語 {len(common)}/{need}" + ("（依頼の語で同じ話題）" if by_request else ""),
        ),
    )
