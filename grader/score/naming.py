"""Which of a file's runs a word of the notes names: "terse", "the list run", "the bullet run".

A word names runs, in this order:

* by a run's name ("princess-list", "brief");
* by a goal ("the concise run", "the Japanese run": a goal's words, ``one_sentence`` as
  "one-sentence");
* by a content word of the student's own prompts that one run's prompt alone holds ("the bullet
  run": only the list run asked for bullets);
* as "the control": the runs the others are compared with;
* by a model's id or its last part ("tiny-terse"), or by a part of it that no other model of
  the file holds ("terse" for bundled/tiny-terse; "tiny" names no run, both models hold it).

:func:`subject` reads a clause for the runs it speaks of: the last run named by its name, goal
or prompt within :data:`NEAR` words of the claim, narrowed by a model named beside it, else the
runs of the last model named, else the one run that opens the clause (the sentence's topic);
"every answer" and "all the outputs" are every run of the student's
(:func:`grader.score.claimed.claimed_of` reads which runs a claim is about with it); a run set
against another ("unlike terse", "compared with chatty", "than the control", chatty より, terse
と違って) is not what the clause speaks of. A common word ("a", "one") names its run only
before the noun run ("a run") or a particle (a は).
:func:`grader.score.referred.quoted_prompts` and :func:`ordinals` put a run's name in place of
a quotation of its prompt alone ("With 'Answer in Japanese.' chatty ...") and of its place
("the second run", "run 3", 2つ目の実行).

Left out: a run named by a word of its answer ("the Scorch one"), by a word every prompt holds
("the whisper version" when every run whispers; a run named "knight" in a file of knight
stories is named only as "the knight run"), or by a pronoun ("it"): they name nothing here, and
a claim about them is not checked.
"""

from __future__ import annotations

import functools
import re

from grader.score import words
from grader.score.context import RunView
from grader.score.places import misspelt, model_parts, model_words
from grader.score.reading import lazy

_EVERY = lazy(
    r"\b(?:every|all|each|none\s+of\s+(?:the|my|these|our))\s+(?:\w+\s+)?(?:answers?|outputs?|runs?|"
    r"stor(?:y|ies)|repl(?:y|ies))\b|\b(?:they|these|those)\s+all\b|\ball\s+of\s+them\b|どれも|"
    r"(?:全部|すべて|全て)(?!で\s*(?:[一二三四五六七八九十百\d]|$))|いずれも|(?:[二三2-3]つ|両方|三者)とも",
    re.IGNORECASE,
)
_ENTIRELY = lazy(r"[A-Za-z0-9][\w-]*\s*(?:は|も|が)[^。]*?(?:全部|すべて|全て)")
"""全部 after a run named as the subject: "entirely" (X は…、全部日本語で: rt153-12; X は…すべて
日本語の話で、…終わった: rt191-09), not every answer."""
_WORD = lazy(r"[A-Za-z0-9][A-Za-z0-9_-]*|対照|コントロール")


def named(word: str, runs: list[RunView]) -> list[RunView]:
    """The runs ``word`` names (see the module's docstring), or []."""
    # what names a run is its name, role, goal, prompt, model and what it is compared with, so the
    # answer is remembered by those: a file's notes ask the same few words of it many times
    key = (word, tuple((r.name, r.role, r.goal, r.compare_to, r.model, r.prompt) for r in runs))
    at = _NAMED.get(key)
    if at is None:
        if len(_NAMED) >= 1 << 16:
            _NAMED.clear()
        found = _named(word, runs)
        at = _NAMED[key] = tuple(i for i, r in enumerate(runs) if any(r is f for f in found))
    return [runs[i] for i in at]


_NAMED: dict[tuple[str, tuple[tuple[str | None, ...], ...]], tuple[int, ...]] = {}
"""Where in a file's runs the runs a word names are, by the word and what of the runs
:func:`_named` reads."""


def _named(word: str, runs: list[RunView]) -> list[RunView]:
    w = word.casefold().replace("_", "-")
    if not w or not any(c.isalpha() for c in w):
        return []
    for found in (
        [r for r in runs if r.name.casefold().replace("_", "-") == w],
        [r for r in runs if _bare(r.name) == _bare(w)],  # KnightTerse, knight_terse
        [r for r in runs if r.goal and w in (r.goal, r.goal.replace("_", "-"))],
        _by_prompt(w, runs),
    ):
        if found:
            return found
    if w in ("control", "controls", "対照", "コントロール"):  # the run the others compare with
        return [r for r in runs if any(o.compare_to == r.name for o in runs)]
    whole = [r for r in runs if w in (r.model.casefold(), r.model.casefold().rsplit("/", 1)[-1])]
    if whole:
        return whole
    parts = {r.model: model_parts(r.model) for r in runs}
    return [r for r in runs if w in parts[r.model] and not _shared(w, r.model, parts)] or misspelt(
        w, runs
    )


def _by_prompt(word: str, runs: list[RunView]) -> list[RunView]:
    """The one student's run whose prompt alone holds ``word`` (as a content word)."""
    stem = words.content_words(word)
    if len(stem) != 1:
        return []
    own = [r for r in runs if r.role == "run"]
    holding = [r for r in own if stem[0] in words.content_words(r.prompt)]
    return holding if len(holding) == 1 else []


def _shared(part: str, model: str, parts: dict[str, set[str]]) -> bool:
    return any(part in other for m, other in parts.items() if m != model)


def every(text: str) -> bool:
    """``text`` speaks of every answer ("every answer", "both", どれも): a claim of it fails when
    one answer contradicts it."""
    return _EVERY().search(text) is not None


def subject(text: str, runs: list[RunView]) -> list[RunView]:
    """The runs ``text`` (a clause up to a claim) speaks of (see the module's docstring)."""
    own = [r for r in runs if r.role == "run"]
    if every(text) and not _ENTIRELY().search(text):
        return own
    spans = list(_WORD().finditer(uncontrasted(text)))
    tokens = [m.group() for m in spans]
    refs: list[tuple[int, list[RunView], bool]] = []
    for i, w in enumerate(tokens):
        if refs and refs[-1][0] == i - 1 and w.casefold() in _LABEL and _next_to(spans, i):
            continue  # the noun of a label ("the list goal", "the terse run"), whatever it names
        found = named(w, runs)
        if found and not _labels(tokens, i):
            # a common word ("a story") or a prompt's word in passing ("a story about a cat") is
            # no run's label; before a particle it is (a は, one の出力; t-short は: rt187-04)
            at = spans[i].string, spans[i].end()
            if common(w):  # before a verb it is a name again: "two was cut off" (rt192-10)
                verb = i + 1 < len(tokens) and tokens[i + 1].casefold() in _VERBISH
                if not _PARTICLE().match(*at) and not verb:
                    continue
            elif (found == _by_prompt(w.casefold(), runs) or _topic(w, runs)) and not (
                _TOPIC_PARTICLE().match(*at)
            ):
                continue
        if found and _contrasted(spans, i):
            continue  # the run set against the subject ("Unlike terse and list, it was ...")
        if found:
            refs.append((i, found, all(_by_model(w, r) for r in found)))
    if not refs:
        return []
    if len(tokens) - refs[-1][0] > NEAR:
        # none near the claim: the sentence's topic, when a run opens it ("robot-chatty, the
        # run I made first ..., answered in Japanese")
        return refs[0][1] if refs[0][0] < 2 and all(r[1] == refs[0][1] for r in refs) else []
    last = refs[-1]
    near = [r for r in refs[:-1] if last[0] - r[0] <= NEAR and r[2] != last[2]]
    if near:
        both = [r for r in last[1] if r in near[-1][1]]
        return both or last[1]
    return last[1]


def uncontrasted(text: str) -> str:
    """``text`` with each run set against the subject in Japanese (X より, Y と違って) blanked."""
    return _JA_CONTRAST().sub(" ", text)


def _bare(name: str) -> str:
    return re.sub(r"[-_\s]", "", name.casefold())


def together(text: str, runs: list[RunView]) -> list[RunView]:
    """The runs ``text`` (a clause up to a claim) names together as its subject: two or more
    runs joined by "and", "," or と before "were", "both", "all" or "each" ("X and Y were both cut
    off", X と Y は), "neither X nor Y", "both X and Y", "X as well as Y"; [] else (a claim of
    them fails when one of them contradicts it)."""
    found = _JOINED().search(text)
    if not found or _CONTRAST.intersection(_WORD().findall(text[: found.start()].casefold())[-3:]):
        return []  # none, or runs set against the subject ("In contrast to X and Y, ...")
    names = [named(w, runs) for w in _WORD().findall(found.group())]
    joined = [r for group in names if group for r in group]
    unique = [r for i, r in enumerate(joined) if all(r is not o for o in joined[:i])]
    return unique if sum(1 for g in names if g) >= 2 else []


_NAME = r"(?:the\s+)?(?!(?:which|who|that|where|when|while)\b)[A-Za-z0-9][\w-]*(?:\s+run\b)?"
_JOINED = lazy(
    rf"\b(?:neither\s+{_NAME}\s+nor|both\s+{_NAME}\s+and)\s+{_NAME}|"
    rf"{_NAME}(?:\s*(?:,|and|&|と|や|・|および|ならびに)\s*{_NAME})+"
    r"(?=(?:\s+(?:were|are|both|all|each)\b|\s*(?:は|も|の両方|のどちらも|とも)|"
    # the runs that sent them (X と Y だけを送った二つの実行は: pass 167)
    r"\s*(?:だけ)?(?:を|で)[^、。]{1,14}?(?:実行|出力|回答|もの)(?:は|も)))|"
    rf"{_NAME}\s+(?:as\s+well\s+as|along\s+with|together\s+with|plus|\+)\s+{_NAME}",
    re.IGNORECASE,
)


NEAR = 8
"""A claim is read of a run named this many words before it at most ("terse は日本語で答えた",
"the Japanese run still answered in English"), or of the one run that opens the clause; farther,
the claim may be of something else ("the Japanese run ... only the names stayed in English")."""
_JA_CONTRAST = lazy(
    r"(?:[A-Za-z0-9][A-Za-z0-9_-]*|ベースライン|対照|コントロール)\s*(?:モデル)?(?:の(?:出力|答え|回答|話))?\s*"
    r"(?:より|と(?:は)?違|に比べ|と比べ|と同じ(?:ように|く)(?!らい)|と同様|のように|に対して|に反して|とは(?:対照的|異な|逆|裏腹|打って変わ)|ほど|の(?:半分|倍|二の舞)|と同じ轍)"
)
"""A run set against the subject in Japanese: chatty より, terse と違って, X に比べて, X の二の舞
(pass 163), X と同じく, X のように (pass 189)."""
_CONTRAST = frozenset(
    "unlike like not than compared comparing versus vs whereas except contrast contrary "
    "opposed".split()
)
_LABEL = frozenset("run runs version versions answer output one request prompt goal goals".split())
_ASKING = frozenset("ask asked asking request requested with added adding for".split())


def _contrasted(spans: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` stands after a word of contrast ("unlike", "than", "in contrast to"), or later in
    the list that follows it, with no comma between ("unlike terse and list"): after a comma, the
    run is the clause's own ("Just like X, Y closes with ...": pass 172)."""
    words = [m.group().casefold() for m in spans[:i]]
    at = max((j for j, w in enumerate(words) if w in _CONTRAST), default=-1)
    if at < 0:
        return False
    between = spans[i].string[spans[at].end() : spans[i].start()]
    return not re.search(r"[,、;；:]", between)


def _next_to(spans: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` follows word ``i - 1`` with only a space between them."""
    return not spans[i].string[spans[i - 1].end() : spans[i].start()].strip()


def _topic(word: str, runs: list[RunView]) -> bool:
    """``word`` is a plain word every prompt of the student's holds: a run named "knight" in a
    file of knight stories, where "the knight story" is the topic, not that run."""
    w = word.casefold()
    own = [r for r in runs if r.role == "run"]
    return w.isalpha() and bool(own) and all(w in _words(r.prompt) for r in own)


@functools.lru_cache(maxsize=4096)  # read for each word of each clause that names a run
def _words(prompt: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in _WORD().findall(prompt))


def _labels(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` labels a run: a run noun follows ("the bullet run", "a run": "Run a" as
    :func:`grader.score.places.by_place` writes it), or a request stands just before ("asking
    for three bullet points")."""
    after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
    return after in _LABEL or any(t.casefold() in _ASKING for t in tokens[max(0, i - 4) : i])


_PARTICLE = lazy(r"\s*(?:は|が|の|も|より|と|では|で|を|に)")
_TOPIC_PARTICLE = lazy(r"\s*(?:は|が|では|には)")
_VERBISH = frozenset(
    "was were is are also ended gave had used answered got stopped finished wrote did started "
    "opened came went still only then kept ran told".split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())


def common(word: str) -> bool:
    """``word`` is a stop word or a number ("a", "one", "three"): as a run's name it names the
    run only where labelled ("a run", one は), for "a short story" and "three bullet points"
    are not runs (rt186-01, rt186-07)."""
    return not words.content_words(word) or word.casefold() in _NUMBERS


def _by_model(word: str, run: RunView) -> bool:
    """``word`` names ``run``'s model: a word of its id, or the id's last part ("tiny-chatty")."""
    return word.casefold() in model_words(run.model)


RUN_WORD = lazy(r"[A-Za-z0-9][A-Za-z0-9_-]*")
"""A word that may be a run's name, as written (knight-terse, knight_terse, KnightTerse)."""


def run_words(text: str, runs: list[RunView]) -> list[re.Match[str]]:
    """The words of ``text`` that name a run (:data:`RUN_WORD`, by :func:`named`)."""
    return [w for w in RUN_WORD().finditer(text) if named(w.group(), runs)]
