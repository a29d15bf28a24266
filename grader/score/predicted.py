"""Own notes that only predict or plan: written before anything was run (rt95-11, rt121-01..04).

Read, from the student's own notes (:func:`grader.score.notes.own_text`), clause by clause (its
sentences, cut at a semicolon and before a clause that turns or follows on: ", but",
", so", "while", が、, ので, けど), quotations left out (the words of an output are not the
student's tense):

* a clause that observes: a verb in the past ("gave", "was", "didn't", "ended", "has changed";
  Japanese た, as Sudachi reads it: 答えた, 短かった, でした, 思ったより, 短くなったと思った: a
  judgment of what was seen), but not the past of a guess (below);
* a clause that predicts or plans: the future or a modal ("will", "'ll", "going to", "should",
  "might", "would"), an expectation, a guess, a hypothesis or a plan ("I expect", "my guess",
  "I plan to", "hopefully", "I want to see"), a hedge ("probably", "likely", "I suspect"), a
  plan in the present ("next I check", "I try X next", "see whether"), a time to come or nothing
  run yet ("tomorrow", "before submitting", "not yet"); the past of a guess with what it governs,
  up to a comma or "and" (rt121-01: "my guess was that", "my hunch was", "I figured", "I had
  expected", "I imagined", "I thought" before "would"; "my guess was right" observes); in
  Japanese a guess or a will (だろう, でしょう, しよう: Sudachi's 意志推量形), a wish (たい), a
  look (なりそう), 予想, はず, つもり, 予定, かもしれない, これから, 提出前, a verb before と思う
  (短くなると思う: a change to come), a verb of thinking in ていた, or in た after a change to
  come (rt121-02: 予想していた, と思っていた, 考えていた, 終わると思った; 思っていたより and
  予想通り compare with what was seen and observe), a hedge (rt121-03: たぶん, おそらく,
  可能性が高い, かも, と思われる), and a verb of trying ending its sentence in the plain
  non-past (rt121-04: 試してみます, 確かめる, 確認します, 比べてみる);
* a clause that sets the experiment up in the present, with the student as its subject ("I ask
  chatty for a list", "we compare the two models").

Notes whose every clause predicts, plans or sets up, one at least predicting, and none observing,
are flagged for review, as :mod:`grader.score.observed`'s are: the credit stands and the TA
decides (a student may have run it all and written the notes in the future by habit). A clause
that says anything else ("terse answers in two sentences", 「terse は二文で答える」: an output in
the present; "chatty writes a list") keeps the notes unflagged, and so does one that observes
beside an expectation ("I expected a list, but chatty wrote one paragraph", 思っていたが、実際は
一文だった) or before a plan ("next I will try X"). None of the 976 labelled honest files' own
notes is flagged.

Left out: judging meaning. A past of a subjunctive after "if" beside "would" ("it would be odd if
terse dropped the story") is not read as observed; other pasts that observe nothing (a relative
clause, 頼んだ箇条書きが出るだろう, "I asked for a list; it will be short") keep the notes
unflagged; notes made up in the past tense, or predictions beside one clause of anything else
("..., since terse is tuned to be brief"), are not caught; a quoted output inside a prediction
is the prediction's. English past tense is read from the word's form (its -ed, a list of the
common irregular verbs), not by a tagger, so a bare verb after " but " is a clause of its own
("I imagined it would keep the dragon but lose the boy" stays unflagged); "I thought X was Y"
without a modal is a reaction to what was seen, and so is 面白いと思った.
"""

from __future__ import annotations

import re
from typing import Literal

from grader.score import words
from grader.score.quotes import unquoted
from grader.score.reading import lazy
from grader.score.text import pieces
from grader.util.i18n import T, Text

Kind = Literal["observed", "predicted", "setup", "other"]

_CLAUSE = lazy(
    r"[;；]|,\s*(?=(?:but|so|and\s+so(?!\s+(?:did|was|were|had|does|is|has)\b)|while|whereas|"
    r"though|although|yet|and\s+then)\b)|"
    # "couldn't help but", "no choice but", "nothing but" keep their clause
    r"(?<!\banything)(?<!\bnothing)(?<!\bhelp)(?<!\bchoice)(?<!\ball)\s(?=(?:but|whereas|although)\s)|"
    r"(?<=が)、|(?<=ので)(?!は)、?|(?<=けど)、?|(?<=けれど)、?|"
    r"(?<=けれども)、?|(?<=しかし)、?|(?<=でも)、",
    re.IGNORECASE,
)
"""Where a clause of its own begins: a stop inside a sentence, or a clause that turns or follows
on ("..., but chatty wrote one paragraph"; 三文になったので、次は…)."""

_IRREGULAR = (
    "was were had did got gave wrote came went became began said told took made saw found kept "
    "ran spoke thought knew seemed meant stood sent spent brought bought caught taught grew "
    "fell forgot chose broke understood held hid drew threw sang wore woke led felt"
)
_PAST_EN = lazy(
    rf"\b(?:{'|'.join(_IRREGULAR.split())})\b|\b(?:didn't|wasn't|weren't|hadn't|couldn't|"
    r"did\s+not|was\s+not|were\s+not|had\s+not|could\s+not)\b|"
    r"\b(?:has|have|'ve|had)\s+(?:\w+ly\s+|not\s+|also\s+|just\s+)?(?:been|seen|written|given|"
    r"become|gotten|taken|shown|done|gone|begun|got|kept|made|found|told)\b|"
    r"\b(?:turned|came|come)\s+out\b",
    re.IGNORECASE,
)
"""A verb in the past that observes: the common irregular pasts, a negated past, a perfect."""
_ED = lazy(
    r"\b([a-z']+)\s+(?:(?:\w+ly|still|also|just|only|even|never|always)\s+)?([a-z]{2,}(?<!e)ed)\b",
    re.IGNORECASE,
)
"""A word in -ed with the word before it (an adverb between them skipped)."""
_NOT_A_VERB_BEFORE = frozenset(
    "a an the be been being is are am 's 're get gets getting become becomes not no more less "
    "most very as in into with of for like than to be by from will would should could might may "
    "must can i'd it'd".split()
)
"""Before an -ed word that is no past: a passive or an adjective ("will be translated", "a
bulleted list", "as numbered items")."""
_NOT_PAST = frozenset(
    "expected predicted hypothesized hypothesised hoped guessed assumed supposed planned intended "
    "wanted wondered anticipated needed hundred kindred naked wicked sacred interested "
    "excited".split()
)
"""-ed words that observe nothing: an expectation's past is still an expectation."""
_SUBJUNCTIVE = lazy(r"\bwould\b(?!\s+(?:have|say))(?:.*?)\b(if\b.*)$|\bif\b(.*?)\bwould\b", re.I)
"""The past after "if" beside "would": a supposition ("it would be odd if terse dropped it")."""

_PREDICT_EN = lazy(
    r"\b(?:will|shall|won't|gonna|going\s+to|ought\s+to|let's|lets\s+see|should(?!\s+have)|"
    r"would(?!\s+(?:have|say))|might(?!\s+have)|may(?!\s+have))\b|'ll\b|'d\s+(?:guess|say|bet|"
    r"expect|think|imagine)\b|"
    r"\b(?:(?:probably|likely|presumably|perhaps|maybe)(?!\s+(?:because|since|due|as)\b)|"
    r"i\s+bet|chances\s+are|i\s+reckon|"
    r"next\s*,?\s*(?:i|we)|(?:i|we)\s+(?:\w+\s+){1,3}?next|(?:see|check|find\s+out|look\s+at|"
    r"test|verify)\s+(?:whether|if)|"
    r"expect(?:s|ed|ing|ation|ations)?|predict(?:s|ed|ing|ion|ions)?|hypothes\w+|guess(?:es|"
    r"ed)?|suspect|assume|suppose[sd]?|anticipate[sd]?|hope|hopefully|plan(?:s|ned|ning)?|"
    r"intend(?:s|ed)?|want(?:ed)?\s+to|would\s+like|wonder(?:ing)?|not\s+(?:\w+\s+){0,4}?yet|"
    r"n't\s+(?:\w+\s+){0,4}?yet|yet\s+to|"
    r"tomorrow|tonight|later|next\s+(?:week|time|class|lesson)|before\s+(?:the\s+deadline|"
    r"submitting|handing|running|i\s+run))\b",
    re.IGNORECASE,
)
"""The future, a modal, an expectation, a guess, a hedge ("probably", "likely"), a plan ("next I
check", "see whether"), a time to come, nothing run yet."""
_THOUGHT_EN = lazy(
    r"\b(?:guess|hunch|expectation|prediction|assumption|hypothesis|bet|idea|feeling|intuition|"
    r"belief)s?\s+(?:here\s+)?(?:was|were)\b(?!\s+(?:right|wrong|correct|incorrect|off|close|"
    r"confirmed|true|false|spot))|\b(?:had\s+)?(?:figured|imagined|assumed|guessed|expected|"
    r"supposed|predicted|anticipated|reckoned|suspected|believed)\b(?!\s+(?:out|right|wrong))|"
    r"\b(?:had\s+)?thought\b(?=[^,;]*?\b(?:would|should|might|could|going\s+to)\b)|"
    r"\bhad\s+(?:hoped|thought)\b",
    re.IGNORECASE,
)
"""The past of a guess (rt121-01: "my guess was that", "I figured", "I had expected"; "thought"
before "would"), whose clause up to a comma or "and" is what was guessed, not seen."""
_AS_EXPECTED = lazy(
    r"\b(?:as|than)\s+(?:i\s+|we\s+)?(?:had\s+)?(?:expected|predicted|guessed|thought|imagined|"
    r"assumed|hoped)\b",
    re.IGNORECASE,
)
"""A comparison with what was seen ("as expected", "shorter than I thought"): no guess."""
_THOUGHT_END = lazy(r",|;|\band\b|$", re.IGNORECASE)
_SETUP_EN = lazy(
    r"^\W*(?:(?:first|then|here|now|in\s+(?:this|my)\s+(?:experiment|file|runs?))\s*,?\s*)?"
    r"(?:i|we)\s+(?:\w+ly\s+)?(?:ask|compare|use|test|run|give|change|add|keep|send|set|pick|"
    r"choose)\b",
    re.IGNORECASE,
)
"""The student sets the experiment up, in the present ("I ask chatty for a list")."""

_PREDICT_JA = lazy(
    r"予想|予測|仮説|推測|予定|つもり|積もり|はず|筈|見込|期待|かもしれ|かも(?![めく])|これから|"
    r"たぶん|多分|おそらく|恐らく|可能性|と思われ|かどうか|"
    r"あとで|後で|次回|明日|来週|週末|提出前|締め?切り?前|まだ|ではないか|んじゃないか|"
    r"のでは"
)
"""Japanese words of a guess, an expectation, a hedge (rt121-03: たぶん, おそらく, 可能性が高い), a
plan, an open question (かどうか) or a time to come."""
_NOT_AFTER_TA = frozenset("後 あと ら 時 とき 場合 ほう 方 上 うえ 結果".split())
"""A た before these is a relative clause's or a condition's (試した後で), not an observation."""


def predicted_review(own: str) -> Text | None:
    """A review flag for own notes that only predict or plan (see the module's docstring), or
    None."""
    kinds = [clause_kind(c) for c in clauses(own)]
    if "predicted" in kinds and all(k in ("predicted", "setup") for k in kinds):
        return T(
            "to review: the notes only predict or plan (what the outputs will be, what to run "
            "next); they report nothing observed in them",
            "確認が必要: 考察が予想や予定だけで、出力で実際に見たことを述べていません",
        )
    return None


def clauses(own: str) -> list[str]:
    """``own``'s clauses with letters in them, quotations left out."""
    out = []
    for sentence in pieces(unquoted(own)):
        for clause in _CLAUSE().split(sentence):
            if clause and any(c.isalpha() for c in clause):
                out.append(clause.strip())
    return out


def clause_kind(clause: str) -> Kind:
    """What ``clause`` does: observe, predict or plan, set up, or something else."""
    clause = _AS_EXPECTED().sub(" ", clause)
    japanese = _japanese(clause)
    guessed = _unguessed(clause)
    if _past_en(guessed) or japanese == "observed":
        return "observed"
    if guessed != clause or _PREDICT_EN().search(clause) or japanese == "predicted":
        return "predicted"
    return "setup" if _SETUP_EN().search(clause) else "other"


def _unguessed(clause: str) -> str:
    """``clause`` less each past of a guess and what it governs, up to a comma or "and" ("I
    figured terse was going to drop it", "I expected a list[, and it gave one]")."""
    while m := _THOUGHT_EN().search(clause):
        end = _THOUGHT_END().search(clause, m.end())
        clause = clause[: m.start()] + " " + clause[end.start() if end else len(clause) :]
    return clause


def _past_en(clause: str) -> bool:
    """``clause`` has an English verb in the past that observes (a supposition's aside)."""
    if m := _SUBJUNCTIVE().search(clause):
        clause = clause.replace(m.group(1) or m.group(2), " ")
    if _PAST_EN().search(clause):
        return True
    return any(
        before.lower() not in _NOT_A_VERB_BEFORE and word.lower() not in _NOT_PAST
        for before, word in _ED().findall(clause)
    )


_SPAN = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶー]+")


def _japanese(clause: str) -> Kind:
    """What ``clause``'s Japanese does: "observed" for a past (た), "predicted" for a guess, a
    will, a wish or a plan, else "other"."""
    if not _SPAN().search(clause):
        return "other"
    ms = words.morphemes(clause)
    will = any(_will(ms, i) for i in range(len(ms)))
    thought = False
    for i, (_, pos, lemma) in enumerate(ms):
        after = ms[i + 1][0] if i + 1 < len(ms) else ""
        if pos[0] == "助動詞" and lemma == "た" and not pos[5].startswith("仮定形"):
            if _thought(ms, i, will) and after not in _THAN:
                thought = True
            elif not (pos[5].startswith("連体形") and after in _NOT_AFTER_TA):
                return "observed"
    if thought or will or _PREDICT_JA().search(clause):
        return "predicted"
    return "predicted" if any(_plan(ms, i) for i in range(len(ms))) else "other"


_THINK = frozenset(("思う", "考える", "信じる", "思い込む"))
_THINK_NOUN = frozenset(("予想", "予測", "期待", "想像", "推測", "仮定", "想定"))
_THAN = frozenset(("より", "ほど", "以上", "通り", "とおり", "どおり"))
"""After a thought's た, a comparison with what was seen: 思っていたより短かった, 予想通り."""


def _thought(ms: list[tuple[str, tuple[str, ...], str]], i: int, will: bool) -> bool:
    """The た at ``i`` ends a verb of thinking (rt121-02): 予想していた, と思っていた, 考えていた
    (ていた: a belief held before), or 予想した, と思った after a change to come (終わると思った).
    A past before と (短くなったと思った) is its own た, an observation."""
    j, held = i - 1, False
    while j > 0 and ms[j][2] in ("ます", "て", "居る"):
        held = held or ms[j][2] == "居る"
        j -= 1
    noun = ms[j][2] == "為る" and j > 0 and ms[j - 1][2] in _THINK_NOUN
    return noun or (ms[j][2] in _THINK and (held or will))


_TRY = frozenset("試す 確かめる 比べる 調べる 数える 測る 計る 並べる 動かす 見る".split())
_TRY_NOUN = frozenset("確認 比較 検証 実験 実行 観察 測定 調査 計測".split())


def _plan(ms: list[tuple[str, tuple[str, ...], str]], i: int) -> bool:
    """The word at ``i`` plans in the plain non-past (rt121-04): 試してみます, 確かめる, 確認します,
    書いてみる, ending its sentence (比べると、terse のほうが短い: a condition, not a plan)."""
    surface, pos, lemma = ms[i]
    if pos[0] != "動詞" or not (
        lemma in _TRY or (lemma == "為る" and i > 0 and ms[i - 1][2] in _TRY_NOUN)
    ):
        return False
    if lemma == "見る" and not (i > 0 and ms[i - 1][0] == "て"):
        return False
    j = i
    while j + 1 < len(ms) and (ms[j + 1][2] in ("て", "ます") or ms[j + 1][2] == "見る"):
        j += 1
    after = ms[j + 1][1][:2] if j + 1 < len(ms) else ("補助記号", "句点")
    ends = after[0] in ("補助記号", "空白") or after[1] == "終助詞"
    return ends and ms[j][1][5].startswith("終止形")


_STATES = frozenset(("居る", "有る", "在る", "見える", "分かる", "出来る"))
"""Verbs of a state, not a change: 効いていると思う is an opinion on what was seen."""


def _will(ms: list[tuple[str, tuple[str, ...], str]], i: int) -> bool:
    """The word at ``i`` guesses, wills or wishes: だろう, しよう (意志推量形), たい, なりそう, or
    a verb before と思う・と考える (a change to come: 短くなると思う)."""
    surface, pos, lemma = ms[i]
    if pos[5].startswith("意志推量形") or (pos[0] == "助動詞" and lemma == "たい"):
        return True
    if pos[:2] == ("形状詞", "助動詞語幹") and surface == "そう" and i > 0:
        return ms[i - 1][1][0] == "動詞"
    if pos[0] == "動詞" and pos[5].startswith("終止形") and i + 2 < len(ms):
        thinks = ms[i + 1][0] == "と" and ms[i + 2][2] in ("思う", "考える", "予想")
        return thinks and lemma not in _STATES
    return False
