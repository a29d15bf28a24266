"""How a prompt is read before its requests are matched (:mod:`grader.score.asks`): NFKC,
invisible characters dropped, look-alike letters as Latin, case folded, typographic quotes
straight; a question mark of doubt as "?" and a comparison sign before a count as words
(:mod:`grader.score.signs`); quoted, struck-out, commented-out or bracketed text and names left
out; symbols as spaces, but those that say no, or may mean a joke or a lie (a face that teases
or hides a laugh among them), as :data:`NO_SIGN`; a request's word misspelt by one letter as
the word; "no more than" as "at most". Matching the requests is left to
:mod:`grader.score.asks`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from grader.score import prompts
from grader.score.signs import read_signs


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``pattern`` compiled on first use: ``validate`` imports this module (through the criterion
    registry) and never matches a prompt, and compiling them all cost it 3.7 ms."""
    return functools.cache(lambda: re.compile(pattern, flags))


_COURTESY_IF = lazy(
    r"\bif\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:ok(?:ay)?|alright|all\s+right|fine)"
    r"(?:\s+with\s+you)?\b|\bif\s+you\s+(?:don't|do\s+not)\s+mind\b"
)
"""A courtesy, not a condition: "in Japanese, if that's okay", "if you don't mind"."""
_NOT_OPERATOR = lazy(r"(?<![\w!])!(?:\(([^()]*)\)|(?=\w))")
_WINK = lazy(
    r";-?\^?[)\]dp](?!\w)|\(\s*;(?!\s*[_;])|\(\s*\^\s*_?\s*[-~]\s*\)|\(\s*[-~]\s*_?\s*\^\s*\)"
)
"""A wink typed as text (pass 104): ";)", ";-)", ";]", ";D", ";P", "(;", "(^_-)", "(-_^)", as
😉 is (:func:`_symbol`): a joke, not a request. Tears, "(;_;)", are a plea."""
_AT_MOST = lazy(r"(?:\b(?:no|not|never)|n't)(?: \w+){0,3}? (?:more|longer) than\b")
_QUOTED = lazy(
    r"(?m:^[ \t]*#if\s+0\b.*?^[ \t]*#endif\b)|\\(?:sout|st|xout|cancel)\{[^}]*\}|"
    # pass 100: template languages' comments (Razor, JSP, FreeMarker, XQuery, WebAssembly, ERB)
    # and other quotation marks
    r"@\*.*?\*@|<%[-#].*?%>|<#--.*?-->|\(:.*?:\)|\(;.*?;\)|``.*?''|«[^»]*»|‹[^›]*›|»[^«]*«|『[^』]*』|"
    r"《[^》]*》|〈[^〉]*〉|„[^“”]*[“”]|"
    # BBCode's struck text, closed or not; AsciiDoc's; Textile's -struck- (rt29-05)
    r"\[(s|strike|del)\].*?(?:\[/\1\]|(?=\n)|$)|\[\.?line-through\]#[^#\n]*#|"
    r"(?<![\w-])-+(?=[^\s-])[^\n-]*[^\s-]-+(?![\w-])|"
    # Org-mode's +struck+; the block comments of Lisp, Julia, D, MATLAB, Ruby (rt33-07)
    r"(?<![\w+])\++(?=[^\s+])[^\n+]*[^\s+]\++(?![\w+])|#\|.*?\|#|#=.*?=#|/\+.*?\+/|%\{.*?%\}|"
    r"(?m:^=begin\b.*?^=end\b)|"
    r"(?m:^[ \t]*(?:#|--|;|%|>|::|!(?=\s)|⍝|dnl\b|@?rem\b|'(?![^'\n]*')|\.\.(?=[ \t])|\.\\+\"|"
    r"\"(?![^\"\n]*\")|"
    r"(?:[-*+][ \t]*)?(?:\[[ \t]\]|☐))[^\n]*)|"
    r"(?<=\s)(?:#|::)\s[^\n]*|"
    r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)|~~.*?~~|<(s|del|strike)>.*?</\2>|<!--.*?-->|"
    r"/\*.*?\*/|\(\*.*?\*\)|\{-.*?-\}|<#.*?#>|//[^\n]*|\[[^\]]*\]|`[^`]*`|~[^~\n]+~|%%.*?%%|\{#.*?#\}|"
    # text in braces: a Pascal comment or a template's placeholder, not the student's request
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{[^{}]*\}|"
    r"\b(?:says|said|say|shouts|shouted|writes|wrote|whispers|asks|"
    r"asked|replies|replied)\s*:[^.!?。！？\n]*",
    re.DOTALL,
)
"""Quoted, struck-out, commented-out or bracketed text, and words after "says:": reported
speech or withdrawn, not the student's request. A line comment is any common language's
(``#``, ``//``, ``--``, ``;``, ``%``, ``REM``, ``'``, reST's ``..``, troff's ``.\\"``, vim's
``"``), a ``>`` quotation or an unticked checkbox (``- [ ]``, ☐), at a line's start only: "a
dragon -- keep it short" is a dash; a ``#`` between spaces anywhere (a hashtag, ``#short``, is
no comment); ``#if 0`` blocks, the block comments of Lisp, Julia, D, MATLAB, Ruby and Liquid,
text in braces, and the struck-out text of LaTeX, BBCode (``[s]``, ``[strike]``, ``[del]``),
AsciiDoc, Textile (``-text-``) and Org (``+text+``)."""
_APOSTROPHE_LEFT = lazy(
    r"\b(don|doesn|didn|isn|aren|wasn|weren|wouldn|shouldn|couldn|haven|hasn|can|won)(t)\b"
)
""""dont", "doesnt", "cant": a negation typed without its apostrophe is the negation (pass 52)."""
_SHORTHAND = lazy(
    r"(?<=\w)\s+(&|n)\s+(?=\w)|\b(gimme|pts|(?<![</])u(?!>))\b|\b(1)(?=\s+(?:sentence|line)s?\b)"
)
_SHORTHANDS = {"&": " and ", "n": " and ", "gimme": "give me", "u": "you", "1": "one"}
_SHORTHANDS |= {"pts": "points"}
"""Shorthand as typed (pass 54): "short & sweet", "short n sweet", "gimme", "can u", "1 sentence";
"<= 1 sentence" is :mod:`grader.score.signs`' to read."""
_LABEL = lazy(
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:important(?:ly)?|ps|nb|reminder|requirements?|tips?|rules?|"
    r"constraints?|instructions?)\s*(?:[:!\u2014]+|\s-+)|p\.\s?s\.|n\.\s?b\.)"
)
"""A label before a request ("Important:", "PS:", "P.S.", "Reminder:", "Rule -") says nothing of
the answer (pass 52); the words after it are read as they stand."""
_BRACKETED_REFUSAL = lazy(r"\[\s*(no|not|nope|nah|don't|do not)\s*\]")
"""A refusal in square brackets is no aside: "Answer briefly [no]." reads as "(no)" (rt30)."""
_SPELLED: tuple[str, ...] = ("briefly", "concisely", "concise", "sentence", "japanese")
_SPELLED += ("english", "summarize", "please", "answer", "about", "written")  # rt47-15: "abut"
_NAMED = lazy(r"\b(?:named|called|titled|nicknamed|dubbed)\s+\w+")
_TITLED_NAME = lazy(
    r"\b(?:named|called|titled|nicknamed|dubbed)\s+[A-Z][\w'-]*(?:[ -]+[A-Z][\w'-]*)*"
)
"""A name in title case after "called", every word of it (pass 119: "a dragon called Answer In
Japanese"; "a dragon called Ash in Japanese" keeps its request), read before case is folded."""
NO_SIGN = "\u2298"
"""What a symbol that says no (🚫, ❌, ✗, ⛔, 🙅, 👎: :data:`_SAYS_NO`) reads as: it negates the
requests of its clause, and, standing alone as a sentence, takes the prompt's requests back."""
_SAYS_NO = lazy(
    r"\b(?:CROSS MARK|BALLOT X|MULTIPLICATION X|NO ENTRY|PROHIBITED|NO GOOD|THUMBS DOWN|"
    r"SQUARED NG|NOT SIGN|EMPTY SET)\b|^NO |^NOT "
)
"""Unicode names of the symbols that say no, whatever their code point (the empty set, pass 102:
"Keep it short → ∅")."""


_READ = lazy(
    r"CHECK MARK|BALLOT BOX WITH CHECK|FOLDED HANDS|THUMBS UP|OK HAND|(?<!UPSIDE-DOWN )"
    r"(?:SMILING|GRINNING)|BLUSH|PLEADING|BOWING|HEART|STAR|SPARKL|"
    r"DRAGON|MUSICAL|NOTE|(?<!OPEN CIRCLE )ARROW(?!S| WITH HOOK| ABOVE)|POINTING(?! DOUBLE)|INDEX|"
    r"BOOK|MEMO|PENCIL|"
    r"WRITING|FLOWER|BLOSSOM|SUN\b|"
    r"PARTY|CONFETTI|EMOJI MODIFIER"
)
"""Symbols that say yes, please or nothing (a tick, folded hands, a smile, a heart, a star, a
dragon, a note, an arrow that points): a request beside them stands. An arrow that turns round
(🔄, 🔁, ↩️, ↺) may mean "the other way" (pass 74), a media control or a sign with an arrow
(⏪, ⏮️, 🔙, 🔚) "undo" (pass 76): not among them."""


_TURNS_BACK = lazy(
    r"CLOCKWISE|CIRCLE ARROW|SEMICIRCLE|\bARC\b|WITH HOOK|LEFTWARDS|LEFT-POINTING|\bUNDO\b|"
    r"\bBACK\b|\bRETURN\b|U-TURN|\bREWIND"
)
"""Unicode names of the arrows and signs that turn round or point back (pass 83: ↶, ⟲, ⤺, ⬅;
⎌, 🔙, ⏪), in any category: beside a request they may mean "undo"."""
_TEASES = lazy(
    r"\b(?:HAND|FINGERS?|SYMBOLS)\s+(?:COVERING|OVER)\b|\bONE\s+LARGE\s+AND\s+ONE\s+SMALL\s+EYE|"
    r"\bUNEVEN\s+EYES|TIGHTLY-CLOSED\s+EYES|TONGUE|WINK|SMIRK|\bHORNS\b|PEEKING"
)
"""Unicode names of the faces that tease, hide a laugh or pull a face, smiling or not (pass 106:
🤭 "SMILING FACE WITH SMILING EYES AND HAND COVERING MOUTH", 🤪 "GRINNING FACE WITH ONE LARGE
AND ONE SMALL EYE", 😆 laughing with "TIGHTLY-CLOSED EYES"; 🫢, 🫣, 🤫, 😜, 😈): a smile in the
name does not make them :data:`_READ`'s."""


def _symbol(c: str) -> str:
    """A symbol as a request reads it: :data:`NO_SIGN` where it says no, or where it may mean
    anything (🧢 "cap", a lie; 🤡, 🤥, 😉, 🙃: a joke or a wink, rt35-02; 🤭, 🤪: a tease,
    :data:`_TEASES`) and is not known to say yes or nothing (:data:`_READ`), else a space. A
    review flag is all that rests on it."""
    name = unicodedata.name(c, "")
    if _SAYS_NO().search(name) or _TURNS_BACK().search(name) or _TEASES().search(name):
        return f" {NO_SIGN} "
    return " " if unicodedata.category(c) != "So" or _READ().search(name) else f" {NO_SIGN} "


def _one_typo(word: str, target: str) -> bool:
    """``word`` is ``target`` with one letter wrong, missing, added or two swapped."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == target[diff[0]])
    short, long_ = sorted((word, target), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _spelled(match: re.Match[str]) -> str:
    """A request's word misspelt by one letter (breifly) as the word."""
    word = match.group()
    return next((t for t in _SPELLED if _one_typo(word, t)), word)


@functools.lru_cache(maxsize=8192)  # asks_for reads a prompt and its control several times
def normal(prompt: str) -> str:
    """NFKC, invisible characters dropped, Latin look-alikes as Latin, case folded, typographic
    quotes straight, doubting question marks and comparison signs read (:func:`read_signs`),
    quotations, struck-out text, names and courtesy conditionals left out, "no
    more than" as "at most"."""
    folded = prompts.visible(unicodedata.normalize("NFKC", prompt))
    folded = _TITLED_NAME().sub(" ", folded)
    folded = folded.translate(prompts.latin_letters()).casefold()
    folded = read_signs(folded.replace("\u2019", "'").replace("\u2018", "'"))
    folded = _BRACKETED_REFUSAL().sub(r"(\1)", folded)
    folded = _NAMED().sub(" ", _QUOTED().sub(" ", folded)).replace("tl;dr", "tldr")
    folded = _LABEL().sub(" ", _APOSTROPHE_LEFT().sub(r"\1'\2", folded))
    folded = _SHORTHAND().sub(lambda m: _SHORTHANDS[next(g for g in m.groups() if g)], folded)
    # a programmer's NOT before a word or a group says no: "!briefly", "!(answer briefly)"
    folded = _NOT_OPERATOR().sub(lambda m: f" {NO_SIGN} {m.group(1) or ''} ", folded)
    folded = _WINK().sub(f" {NO_SIGN} ", folded)
    if not folded.isascii():  # emoji and other symbols say nothing of the answer's form
        folded = "".join(
            _symbol(c) if c != NO_SIGN and unicodedata.category(c) in ("So", "Sk", "Sm") else c
            for c in folded
        )
    folded = re.sub(r"\b[a-z]{4,10}\b", _spelled, folded)
    folded = re.sub(r"\bthe\s+(\w+er)\s*,\s*the\s+better\b", r"the \1 the better", folded)
    folded = _OWN_WORDS_SHORT().sub(" ", folded)
    folded = re.sub(r"\(\s*\d+(?:\s*,\s*\d+)+\s*(?:,\s*\.\.\.)?\s*\)", " ", folded)  # (1, 2, 3)
    return _AT_MOST().sub(" at most", _COURTESY_IF().sub(" ", folded))


_OWN_WORDS_SHORT = lazy(
    r"(?:^|(?<=[.!?]))\s*(?:to\s+(?:make|cut)\s+)?(?:a\s+)?(?:long\s+story\s+short|in\s+short|"
    r"in\s+a\s+nutshell|in\s+brief|briefly\s+put)\s*[:,\u2014-]\s*"
    r"(?!(?:please|pls|plz|thanks?|thx)\b)(?=[a-z])"
)
"""A marker that leads the student's own words, not the answer's (pass 83: "Long story short:
tell me a story about a dragon."; rt5-05: "Briefly put, ...")."""


def withdrawn(prompt: str) -> list[str]:
    """The texts :func:`normal` leaves out as quoted, struck out, commented out or bracketed,
    their marks stripped: no request of the student's, but words the model reads all the same."""
    folded = unicodedata.normalize("NFKC", prompt).casefold()
    return [m.group().strip(_MARKS) for m in _QUOTED().finditer(folded)]


_MARKS = "\"'“”`~<>!-#/*()[]{}%;=+|:\\ \t\n"


_STOPS = "。！？!?.\n"


def sentence_at(normal: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence of ``normal`` (a read prompt) that holds ``normal[at]``, its
    end marks included: where a request's own sentence begins and ends."""
    begin = max(normal.rfind(c, 0, at) for c in _STOPS) + 1
    end = min((i for i in (normal.find(c, at) for c in _STOPS) if i >= 0), default=len(normal))
    while end < len(normal) and normal[end] in _STOPS + "…~ ":
        end += 1
    return begin, end
