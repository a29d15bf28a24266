"""Own notes that say nothing the outputs show (pass 124).

Read, clause by clause as :mod:`grader.score.predicted` cuts them (quotations left out), the
clauses that could report what the student saw in this file's outputs. Left aside first:

* questions (a clause that ends on a question mark: "Why did terse stop so early?");
* hearsay and the grader's report: a reporting verb ("Kenta told me", "according to", "I heard",
  友達によると, 先生が言っていた, 多いそうだ), or a speaker who is no run, model or character of
  this file ("the TA mentioned", "the grader said", "Aiko thought");
* another system than this file's models (Siri, ChatGPT, a phone, a translation app, スマホ).

A clause that is left reports an output when, its requests aside ("asking it to answer
briefly", 短くしてと頼んだ: what was asked is not what was seen), it names one of:

* a property an output can show: its length ("shorter", "stopped", "cut off", "rambled"), its
  sentences, lines or words, its format (a list, bullets, dashes), its language, its opening or
  end (a greeting, a name), in English or Japanese (短, 行, 箇条, 日本語, 終わ, 切れ, 挨拶);
* a word that only the answers hold: a content word of this file's answers that none of its
  prompts holds, not a usual word of the exercise nor one of the student's own looking
  ("saw", "expected"): Scorch, bread, stars;
* an output changed, absent or described: an output noun (the output, answer, story, 出力, 答え,
  話) beside a verb of change, difference or absence ("the answer changed", "a different
  story", "never flies in any output", 内容が変わった), a request followed or ignored, or with
  a copula ("the chatty answer was polite");
* what a model did: a model (by a word of its id), "it", "both" or "they" before a verb of
  output ("both models told a stock story").

A clause about the prompts or the set-up (a prompt, a request, the budget, プロンプト, 予算)
that names no output and no model reports nothing ("my first prompt was short", "a longer
prompt with two sentences"). Notes that quote an answer's words (no prompt's), in a sentence of
their own, report an output too. Run names and goals named as goals ("the list goal was met")
are not properties. Notes with no clause that reports an output are flagged for review: empty
claims ("I observed the change clearly"), the set-up described ("both runs used 75 tokens"), a
self-assessment against the rubric, the grader's report retold, questions only, hearsay, an
anecdote of another system.

Left out: whether what is named is true of the outputs (:mod:`grader.score.claims` and
:mod:`grader.score.stated` read some of it), and judging meaning: a set-up told with a property
word ("the only thing that changed was that one sentence") reads as observing, and so does a
clause that names a property of something other than a model or system named above.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from grader.score import words
from grader.score.context import RunView
from grader.score.hearsay import hearsay
from grader.score.observed import usual_words
from grader.score.places import model_parts
from grader.score.predicted import clauses
from grader.score.quotes import quotation, quoted
from grader.score.reading import lazy
from grader.util.i18n import T, Text

_PROPERTY = lazy(
    r"\b(?:short\w*|long\w*|lengthy|lengths?|brief\w*|concise\w*|terser|sentences?|lines?|"
    r"words?|bullet\w*|dash(?:es)?|lists?|paragraphs?|japanese|english|language(?!\s+models?)|"
    r"stop\w*|ended|ends|ending|cut|rambl\w*|greet\w*|named|fewer|less|half|twice|single|kana|"
    r"kanji|hiragana|dialogue|title|rhym\w*|repeat\w*|poem|empty|blank|letters|scripts?|sure|"
    r"finish\w*|early|earlier|quick\w*|eos|wrap\w*|verbose|wordy|limit|nihongo|eigo|numbered|"
    r"enumerated|itemi[sz]ed|truncat\w*|size|dwarf\w*|fraction|sliver|wordier|long-winded)\b|"
    r"\b(?:start\w*|began|begins|open\w*)\s+(?:\w+\s+)?with\b|\bran\s+out\b|"
    r"\bend\s+(?:on\s+its\s+own|by\s+itself)\b|"
    r"短|長|文|[一二三四五六七八九十\d]+行|行(?:ずつ|ごと|に分|目)|改行|箇条|リスト|日本語|英語|"
    r"言語|止ま|終わ|切れ|途切|挨拶|名前|単語|語|繰り返|空|始ま|冒頭|最初|項目に分|列挙|番号付|打ち切",
    re.IGNORECASE,
)
"""A property an output can show: its length, sentences, format, language, opening or end."""
_NOUN = (
    r"outputs?|answers?|stor(?:y|ies)|repl(?:y|ies)|responses?|texts?|versions?|content|plot|"
    r"tone|style|opening|beginning"
)
_OUTPUT = lazy(rf"\b(?:{_NOUN}|results?)\b|出力|答え|回答|返答|返事|話|文章|結果|内容|物語", re.I)
_CHANGE = lazy(
    r"\b(?:changed|changes|changing|differed|differs|different|differently|ignored|ignores|"
    r"followed|follows|obeyed|worked|became|turned|switched|moved|shifted|dropped|lost|"
    r"stayed|never|not|no|none|without|didn't|doesn't|wasn't)\b|変わっ|変わる|変わら|変わり|"
    r"変化し|違っ|違う|異な|無視|従っ|効い|なっ|ない|なかった",
    re.IGNORECASE,
)
"""With an output noun: a change, a difference or an absence in an output, a request followed."""
_DESCRIBED = lazy(
    rf"\b(?:{_NOUN})\s+(?:\w+\s+)?(?:was|were|is|are|seemed|seems|looked|looks|sounded|"
    r"sounds|felt|feels|read|reads)\s+\w+",
    re.IGNORECASE,
)
"""An output described ("the chatty answer was polite")."""
_PROMPTED = lazy(
    r"\b(?:prompts?|requests?|instructions?|budgets?|settings?|max_new_tokens|max_length)\b|"
    r"プロンプト|指示|依頼|予算|設定",
    re.IGNORECASE,
)
"""A clause about the prompts or the set-up, which names no output and no model's doing."""
_OUTPUT_VERB = (
    r"told|tells|wrote|writes|gave|gives|answered|answers|replied|replies|responded|produced|"
    r"generated|returned|made|added|used|kept|ended|stopped|followed|ignored|repeated|rambled|"
    r"rambles|talked|went\s+on|finished|switched|began|started|opened|"
    r"mentioned|mentions|described|invented|called|named"
)

_REPORTED = lazy(
    r"\b(?:agreed|agrees|(?:said|says|reported|reports|explained|wrote)\s+(?:\w+\s+){0,4}?that)\b",
    re.IGNORECASE,
)
"""Someone's word reported beside :func:`grader.score.hearsay.hearsay`: "the TA agreed", "the
handout says that" (a model's own words are :data:`_OWN_REPORT`)."""
_SPEAKER = lazy(
    r"(?:^|\b(?:and|but|so|while|also)\s+)(?:(?:my|our|the|a|one)\s+(?:\w+\s+){0,2}?(?:partner|"
    r"friend|classmate|professor|teacher|ta|instructor|lecturer|senpai|tutor|father|mother|"
    r"brother|sister|roommate|grader|report|forum|poster|slides?|handout|lecture)|someone|"
    r"everyone|people|(?P<name>(?-i:[A-Z][a-z]+)))\s+(?:\w+\s+)?(?:said|says|thought|thinks|wrote|"
    r"writes|reported|showed|shows|explained|claimed|claims|believes|believed|felt|feels|"
    r"mentioned|mentions)\b",
    re.IGNORECASE,
)
"""A speaker other than the student ("Aiko said", "the grader said", "but Aiko thought")."""
_OTHER = lazy(
    r"\b(?:siri|alexa|chatgpt|gpt-?\d\w*|gemini|claude|copilot|cortana|bard|google|deepl|my\s+"
    r"phone|(?:phone|translation|translator)\s+app|assistant)\b|スマホ|アシスタント|アプリ|"
    r"チャットGPT|翻訳",
    re.IGNORECASE,
)
"""Another system than this file's models: an anecdote of it observes nothing here."""
_REQUEST = lazy(
    r"\b(?:ask(?:ed|ing)?|request(?:ed|ing)?|instruct(?:ed|ing)?|told\s+(?:it|\w+)\s+to|"
    r"telling\s+(?:it|\w+)\s+to)\b(?:\s+(?:it|them|chatty|terse|the\s+(?:\w+\s+)?model))?"
    r"(?:\s+(?:for|to))?[^,;.!?]*?(?=\s+(?:made|makes|gave|gives|got|produced|cut|shortened|"
    r"turned|switched|changed|led|caused|brought|returned|and|but|so|then|it|the|chatty|terse|"
    r"was|were)\b|[,;.!?]|$)|"
    r"[^、。]*?(?:と|って)(?:頼|お願い|指示|依頼|書き足|付け足)",
    re.IGNORECASE,
)
"""A request and what it asks for ("asking it to answer briefly", 短くしてと頼んだ): what was
asked is not what was seen."""
_PERCEIVING = (
    "see saw seen look looked read notice noticed observe observed find found expect expected "
    "learn learned know knew think thought feel felt understand understood clear clearly "
    "interesting compare compared close closely exactly 見る 分かる 気付く 思う 感じる 知る"
)
_OWN_REPORT = lazy(r"^\W*(?:i|we)\s+(?:\w+\s+)?(?:said|showed|explained|mentioned)\b", re.I)
_QUESTION = lazy(r"[?？]\W*$")
_GOAL_NAMED = lazy(r"\b[\w-]+\s+(?:goal|criterion|criteria|check|part)s?\b", re.IGNORECASE)


def grounded_review(
    own: str, runs: Iterable[RunView], topic: Iterable[str], notes: str = ""
) -> Text | None:
    """A review flag for own notes with no clause that names what this file's outputs show (see
    the module's docstring), or None. ``notes`` are the notes whole, whose quotations of an
    answer count (the own text leaves out an answer's sentences pasted whole)."""
    runs = list(runs)
    if not own.strip() or _quotes_an_answer(notes or own, runs):
        return None
    only = answer_words(tuple(runs), tuple(topic))
    if any(_reports(c, runs, only) for c in told(own, runs)):
        return None
    return T(
        "to review: the notes name nothing the outputs show (a length, a format, a language, a "
        "change, or a word of an answer); they describe the set-up, the grade, others' words or "
        "questions",
        "確認が必要: 考察が出力に見えること（長さ・形式・言語・変化・答えの語）を何も述べて"
        "いません（設定・採点・他の人の話・疑問だけです）",
    )


def told(own: str, runs: list[RunView]) -> list[str]:
    """The clauses of ``own`` that could report an observation: no question, no hearsay, no
    other system."""
    ours = _ours(runs)
    skip = (_QUESTION().search, _OTHER().search, lambda c: _heard(c, ours))
    return [c for c in clauses(own) if not any(s(c) for s in skip)]


def _ours(runs: list[RunView]) -> frozenset[str]:
    """The words of this file's run names, models and answers, case folded: a speaker named by
    one of them is this file's ("Scorch said he was lonely" is an answer's)."""
    said = (t for r in runs for t in (r.name, r.model, r.text))
    return frozenset(w.casefold() for t in said for w in re.findall(r"\w+", t))


def _heard(clause: str, ours: frozenset[str]) -> bool:
    """``clause`` reports someone else's word: a reporting verb, or a speaker who is none of
    ``ours`` (:func:`_ours`)."""
    if _OWN_REPORT().search(clause):
        return False
    if hearsay(clause) or _REPORTED().search(clause):
        return True
    m = _SPEAKER().search(clause)
    if m is None:
        return False
    name = (m["name"] or "").casefold()
    return name not in ours and name not in _OPENERS


_OPENERS = frozenset(
    "the this that it its when with after before then but and asking my our".split()
)
"""Capitalised words that open a sentence and name no one."""


def _reports(clause: str, runs: list[RunView], only: frozenset[str]) -> bool:
    """``clause`` names a property, a change or a word ``only`` this file's outputs hold, or
    says what a model did or what an output is like."""
    bare = _REQUEST().sub(" ", _unnamed(clause, runs))
    if _PROMPTED().search(bare) and not (_OUTPUT().search(bare) or _models_in(clause, runs)):
        return False  # what a prompt was like ("my first prompt was short"), not an output
    if _PROPERTY().search(bare) or _DESCRIBED().search(bare) or _did(bare, runs):
        return True
    if _OUTPUT().search(bare) and _CHANGE().search(bare):
        return True
    return bool(only.intersection(words.content_words(bare)))


def _models_in(clause: str, runs: list[RunView]) -> bool:
    """``clause`` names a model by a word of its id that no other model holds ("terse"), or a
    run by its name."""
    low = clause.casefold()
    return any(m in low for m in _model_words(runs) | {r.name.casefold() for r in runs})


def _model_words(runs: list[RunView]) -> set[str]:
    """The words of the models' ids that not every run's model holds ("terse", not "tiny")."""
    parts = [model_parts(r.model) for r in runs]
    every = set.intersection(*parts) if parts else set()
    return {p for own in parts for p in own if p.isalpha() and p not in every}


def _did(clause: str, runs: list[RunView]) -> bool:
    """``clause`` says what a model did: a model (by a word of its id), "the model", "it", "both"
    or "each" before a verb of output ("both models told a stock story")."""
    names = {p for r in runs for p in model_parts(r.model) if p.isalpha()}
    who = "|".join(sorted(names | {"models?", "it", "both", "each", "they"}))
    verb = rf"\b(?:{who})\s+(?:\w+\s+)?(?:{_OUTPUT_VERB})\b"
    return re.search(verb, clause, re.IGNORECASE) is not None


def _quotes_an_answer(own: str, runs: list[RunView]) -> bool:
    """``own`` quotes words of an answer that no prompt holds ('A feared dragon turned out to be
    kind.', 「もちろんです！」), in a sentence of the student's own (not hearsay, no question)."""
    answers = " ".join(r.text for r in runs).casefold()
    prompts = " ".join(r.prompt for r in runs).casefold()
    ours = _ours(runs)
    for m in quotation(3, 2).finditer(own):
        said = quoted(m).strip(" .!?。！？").casefold()
        if len(said) < 4 or said not in answers or said in prompts:
            continue
        lead = _LEAD().split(own[: m.start()])[-1]
        if not (_OTHER().search(lead) or _heard(lead, ours) or _ASKING().match(own[m.end() :])):
            return True
    return False


_ASKING = lazy(r"[^.!。！\n]*[?？]")
"""The rest of a sentence that ends on a question mark."""
_OPEN_QUOTE = lazy(r"(?:[\"“「]|(?<!\w)')[^\"”」]*$")
"""A quotation left open at a clause's end (the own text keeps a quoted sentence's end mark
and drops the closing quote after it: prompt plus "Answer briefly.)."""
_LEAD = lazy(r"[.!?。！？\n]\s")
"""A sentence's end: what stands after the last one before a quotation is its sentence's lead."""


def _unnamed(clause: str, runs: list[RunView]) -> str:
    """``clause`` without the runs' compound names ("princess-list": a plain word such as "short"
    stays, it may say what an output is) and the goals named as goals ("the list goal")."""
    names = {r.name for r in runs if not r.name.isalpha()}
    for name in sorted(names, key=len, reverse=True):
        # its possessive with it: a bare "'s" left behind would read as a quotation's opening
        clause = re.sub(rf"(?<![\w-]){re.escape(name)}(?:['’]s)?(?![\w-])", " ", clause, flags=re.I)
    return _OPEN_QUOTE().sub(" ", _GOAL_NAMED().sub(" ", clause))


def answer_words(runs: tuple[RunView, ...], topic: tuple[str, ...]) -> frozenset[str]:
    """The content words this file's answers hold and its prompts do not, less the usual words."""
    said = {w for r in runs for w in words.content_words(r.text)}
    asked = {w for r in runs for w in words.content_words(r.prompt)}
    return frozenset(said - asked - usual_words(list(runs), topic) - _perceiving())


@functools.cache
def _perceiving() -> frozenset[str]:
    """Words of the student's own looking and thinking, which an answer may hold too ("the robot
    saw the stars"; "I could clearly see what changed")."""
    return frozenset(words.content_words(_PERCEIVING))
