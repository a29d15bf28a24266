"""Runs ranked by length in the notes, checked against their answers (pass 162): "Ranked from
longest to shortest output: X, Y, Z", "In order of length, smallest first, the runs went X, then
Y, then Z", 長い順に X、Y、Z. Each run must be no shorter than the next (no longer, smallest
first) by more than :data:`grader.score.claims.MARGIN`, as a comparison of two is read.

Two runs said to be about the same length must be within :data:`ALIKE` times of each other
(:func:`alike`). Two runs set against each other in one sentence, one long and the other short
("X was long, but Y was short", X は長く、Y は短かった), are read as a comparison of the two
(:func:`contrasted`).

Left out: a contrast denied or guessed, or of more than two runs, a ranking with no direction
said, a rank told by number ("X came third"), and answers in two scripts, whose characters are
no common measure of length.
"""

from __future__ import annotations

import re
from itertools import pairwise

from grader.score.context import RunView
from grader.score.naming import RUN_WORD, named
from grader.score.predicted import clause_kind
from grader.score.reading import lazy
from grader.score.referred import former_latter
from grader.score.text import main_script
from grader.util.i18n import T, Text

_CUE = lazy(
    r"\b(?:ranked|sorted|ordered|arranged|in\s+order\s+of\s+(?:length|size)|by\s+length|from\s+(?:the\s+)?"
    r"(?:longest|shortest|smallest|biggest|largest)\s+to)\b|(?:長い|短い|長さの)順",
    re.IGNORECASE,
)
_LONG_FIRST = lazy(
    r"\b(?:longest|biggest|largest|wordiest)\s+(?:first|to)\b|\bfrom\s+(?:the\s+)?(?:longest|biggest|"
    r"largest)\b|長い順",
    re.IGNORECASE,
)
_SHORT_FIRST = lazy(
    r"\b(?:shortest|smallest|briefest)\s+(?:first|to)\b|\bfrom\s+(?:the\s+)?(?:shortest|smallest)\b|"
    r"短い順",
    re.IGNORECASE,
)
_END = lazy(r"[.!?。！？\n](?:\s|$)|[。！？\n]")


def ranked(own: str, runs: list[RunView], margin: float) -> tuple[str, str, int, int] | None:
    """``(longer, shorter, its characters, the other's)`` for the first two runs a ranking of
    ``own`` puts in the wrong order, the one said longer being shorter by ``margin``; or None."""
    for cue in _CUE().finditer(own):
        end = _END().search(own, cue.end())
        ranking = own[cue.start() : end.start() if end else len(own)]
        long_first = _LONG_FIRST().search(ranking[:60])
        if not long_first and not _SHORT_FIRST().search(ranking[:60]):
            continue  # no direction said
        order = _in_order(ranking, runs)
        for x, y in pairwise(order):
            longer, shorter = (x, y) if long_first else (y, x)
            if main_script(x.text) != main_script(y.text):
                continue
            if len(longer.text) * margin < len(shorter.text):
                return longer.name, shorter.name, len(longer.text), len(shorter.text)
    return None


_N = r"[A-Za-z][\w-]*"
_ALIKE = lazy(
    rf"(?P<a>{_N})\s+(?:and|&)\s+(?P<b>{_N})\s+(?:were|are|had|came\s+out)\s+(?:about|roughly|nearly|almost|more\s+or\s+"
    rf"less|basically)?\s*(?:the\s+)?same\s+(?:length|size)|(?P<a2>{_N})\s+(?:was|is)\s+(?:about|roughly|nearly|almost)\s+"
    rf"(?:as\s+long\s+as|the\s+same\s+length\s+as)\s+(?P<b2>{_N})|"
    rf"(?P<aj>{_N})\s*と\s*(?P<bj>{_N})\s*(?:も|の|は)?[^。]{{0,6}}?(?:長さ|分量|文字数|量)[^。]{{0,10}}?(?:ほとんど|ほぼ|あまり)?"
    r"(?:変わ(?:ら|りませ)|同じ|一緒|どっこいどっこい|差はごくわずか|大差(?:な|はな|ありませ))|"
    rf"(?P<aj2>{_N})\s*(?:の出力)?(?:は|も|では)(?:[^。\n]{{0,60}}?[、,])?\s*(?P<bj2>{_N})\s*と\s*(?:ほぼ|ほとんど|"
    r"だいたい)?同じ(?:くらい|ぐらい)?の?(?:長さ|分量)",
    re.IGNORECASE,
)
"""Two runs said to be about the same length ("X and Y were about the same length", X と Y の長さ
はほとんど変わらなかった, どっこいどっこい: pass 167; X は…、Y とほぼ同じくらいの長さ: pass 177)."""
ALIKE = 2.0
"""Two answers are not "about the same length" when one is this many times the other."""


def longer_review(longer: str, shorter: str, its: int, other: int) -> Text:
    """The review flag of a run said longer than another whose answer is shorter."""
    return T(
        f"to review: the notes say {longer} was longer than {shorter}; its answer has {its} "
        f"characters against {other}",
        f"確認が必要: 考察は {longer} が {shorter} より長いと述べていますが、文字数は {its} 対 "
        f"{other} です",
    )


def alike_review(own: str, runs: list[RunView]) -> Text | None:
    """A review flag for two runs said to be about the same length that are not (:func:`alike`)."""
    if same := alike(own, runs):
        return T(
            f"to review: the notes say {same[0]} and {same[1]} were about the same length; their "
            f"answers have {same[2]} and {same[3]} characters",
            f"確認が必要: 考察は {same[0]} と {same[1]} の長さがほぼ同じと述べていますが、文字数は "
            f"{same[2]} と {same[3]} です",
        )
    return None


def alike(own: str, runs: list[RunView]) -> tuple[str, str, int, int] | None:
    """``(a, b, a's characters, b's)`` for two runs said to be about the same length whose answers
    in one script differ by :data:`ALIKE` times or more; None else."""
    for m in _ALIKE().finditer(own):
        a = m["a"] or m["a2"] or m["aj"] or m["aj2"]
        b = m["b"] or m["b2"] or m["bj"] or m["bj2"]
        x, y = named(a, runs), named(b, runs)
        if len(x) != 1 or len(y) != 1 or main_script(x[0].text) != main_script(y[0].text):
            continue
        na, nb = len(x[0].text), len(y[0].text)
        if max(na, nb) >= ALIKE * min(na, nb):
            return x[0].name, y[0].name, na, nb
    return None


def _in_order(ranking: str, runs: list[RunView]) -> list[RunView]:
    """The runs ``ranking`` names one at a time, in its order, each once."""
    order: list[RunView] = []
    for w in RUN_WORD().finditer(ranking):
        one = named(w.group(), runs)
        if len(one) == 1 and one[0] not in order and one[0].name.casefold() == w.group().casefold():
            order.append(one[0])
    return order


_NAME = r"(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]*"
"""A run's name as written: ASCII, so that a particle against it (knight-listは) stays out."""
_LEN_EN = r"long(?:er)?|length(?:y|ier)|wordy|wordier|short(?:er)?|brief(?:er)?"
_SIDE_EN = (
    r"(?P<{a}>" + _NAME + r")(?:'s(?:\s+(?:answer|output|reply|story|text|response))?)?\s+"
    r"(?:(?:was|is|came\s+out|turned\s+out|ended\s+up|ran|stayed|seemed|looked|got)\s+){opt}"
    r"(?:(?:much|far|a\s+lot|way|quite|rather|very|really|pretty|fairly|a\s+(?:bit|little)|somewhat)\s+)?"
    r"(?:the\s+)?(?P<{x}>" + _LEN_EN + r")\b(?!\s+than\b)"
)
_SIDE_JA = (
    r"(?P<{a}>"
    + _NAME
    + r")\s*(?:の(?:出力|答え|回答|話|物語|文章))?\s*(?:の(?:方|ほう))?\s*[はがも]"
    r"\s*(?:(?:出力|答え|回答|文章)[はが])?\s*(?:ずっと|かなり|少し|やや|はるかに)?(?P<{x}>長|短)(?!所|期|年)"
)
_CONTRAST = lazy(
    _SIDE_EN.format(a="a", x="x", opt="")
    + r"(?:\s+one)?[^.!?;:\n]{0,40}?(?:[,;]\s*|\s+)(?:(?:and|but|while|whereas|whilst|yet)\s+)?"
    + _SIDE_EN.format(a="b", x="y", opt="?")
    + "|"
    + _SIDE_JA.format(a="aj", x="xj")
    + r"(?P<link>[^。!?！？\n]{0,12}?)[、,]?\s*"
    + _SIDE_JA.format(a="bj", x="yj")
    + r"(?P<after>[^。!?！？\n]{0,8})"
    # the other run is the one the sentence named first ("X was cut off, but Y was longer")
    + r"|(?P<c>"
    + _NAME
    + r")\b[^.!?;\n]{0,60}?,\s*(?:but|while|whereas|yet|and)\s+"
    + _SIDE_EN.format(a="d", x="z", opt="")
    + r"|(?P<cj>"
    + _NAME
    + r")[^。!?！？\n]{0,40}?(?:が|けど|けれど|のに|一方(?:で)?|"
    + r"比べ(?:ると|たら|て)|比較(?:すると|したら|して))、\s*"
    + _SIDE_JA.format(a="dj", x="zj")
    + r"(?P<after2>[^。!?！？\n]{0,8})",
    re.IGNORECASE,
)
"""Two runs set against each other by length in one sentence (see the module's docstring)."""
_NOT_JA = lazy(r"な(?:く|い|かった)|ません|ではな")
_PAIRED = lazy(r"前者|後者|\bthe\s+(?:former|latter)\b", re.IGNORECASE)
"""前者 / 後者 ("the former", "the latter"): the notes are read with them as their runs
(:func:`grader.score.referred.former_latter`), and else as written: "the longer one" of another
sentence is its predicate."""
_LONG = ("long", "length", "word", "長")


_TOPIC_JA = lazy(
    r"^\s*([A-Za-z0-9][\w-]*)\s*(?:の(?:出力|答え|回答|話))?\s*(?:は|も|が|では)(?![^、。]*?より)"
)


def topic_ja(clause: str) -> str:
    """The run a Japanese clause opens on as its topic (X は…、Y よりも長かった), or "": a
    comparison that leaves its subject out is of it; not when the topic is compared in its own
    part (X は Y より…: its regex reads that)."""
    m = _TOPIC_JA().match(clause)
    return m[1] if m else ""


def paired(own: str, runs: list[RunView]) -> str:
    """``own`` read with 前者 / 後者 as their runs where it has them (:data:`_PAIRED`), and
    ベースライン as the baseline's name (ベースラインより長かった: pass 183)."""
    own = own.replace("ベースライン", "baseline")
    return former_latter(own, runs) if _PAIRED().search(own) else own


def contrasted(own: str, runs: list[RunView], margin: float) -> tuple[str, str, int, int] | None:
    """``(longer, shorter, its characters, the other's)`` for two runs of a contrast in ``own``,
    one said long and the other short, whose answers in one script say the opposite by
    ``margin``; or None. A contrast with a negation or a guess in it is not read."""
    at = 0
    while m := _CONTRAST().search(own, at):
        at = m.start() + 1  # a match set aside may hide another from a later run's name
        a, b = m["a"] or m["aj"] or m["c"] or m["cj"], m["b"] or m["bj"] or m["d"] or m["dj"]
        y = (m["y"] or m["yj"] or m["z"] or m["zj"]).lower()
        y_long = y.startswith(_LONG)
        x = m["x"] or m["xj"] or ("short" if y_long else "long")  # the other: the opposite
        said_long = x.lower().startswith(_LONG)
        if said_long == y_long:
            continue  # both long, or both short: no contrast
        negated = _NOT_JA().search((m["link"] or "") + (m["after"] or m["after2"] or ""))
        if negated or clause_kind(m.group()) == "predicted":
            continue
        x_run, y_run = named(a, runs), named(b, runs)
        if len(x_run) != 1 or len(y_run) != 1 or x_run == y_run:
            continue
        (lr, ln), (sr, sn) = ((x_run[0], a), (y_run[0], b))[:: 1 if said_long else -1]
        if main_script(lr.text) == main_script(sr.text) and len(lr.text) * margin < len(sr.text):
            return ln, sn, len(lr.text), len(sr.text)
    return None


def own_name(word: str, runs: list[RunView]) -> bool:
    """``word`` is a run's own name, however short ("c1 was longer")."""
    return any(r.name.casefold() == word.casefold() for r in runs)


def by_names(
    a_word: str, a: list[RunView], b_word: str, b: list[RunView]
) -> tuple[RunView, RunView] | None:
    """Two runs each named by its own name ("sir-short was more than twice sir-terse"), when
    neither is compared with the other (pass 151): a name is no loose word."""
    if len(a) == len(b) == 1 and a[0] is not b[0]:
        if (a_word.casefold(), b_word.casefold()) == (a[0].name.casefold(), b[0].name.casefold()):
            return a[0], b[0]
    return None


def compared(a: list[RunView], b: list[RunView]) -> tuple[RunView, RunView] | None:
    """A run of ``a`` and one of ``b``, one compared with the other (a run and its control)."""
    for x in a:
        for y in b:
            if x.compare_to == y.name or y.compare_to == x.name:
                return x, y
    return None
