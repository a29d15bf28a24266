"""An added sentence whose requirement the compared answer already meets, or that only speaks of
the prompt (part 1 of exercise 1; red-team pass 119): a ban on a language or a form the compared
answer does not use ("Don't answer in Klingon.", "Don't reply in code.", クリンゴン語で答えないで),
typography or a script the compared answer already has ("Keep words separated by spaces.", "Use
the Latin alphabet.", "Use punctuation.", "Start with a capital letter.", ひらがなと漢字を使って),
"don't leave it blank" against an answer that is not, a statement about the prompt itself
("(Typed in English.)", "Do not translate this prompt.") and what the model does anyway
("Answer in the language of this prompt.", "Make it fiction.", "Answer in your own words.").

Read: the whole sentence matches one of the closed forms below (a sentence with more in it is a
choice), and where the form is measurable it is measured on the compared run's answer: its
language (kana: Japanese; mostly Latin letters: English), its spaces, punctuation, first letter
and scripts. "Don't answer in English." after an English answer, "Use the Greek alphabet.",
ひらがなだけで書いて and "Don't use punctuation." are choices, and unflagged.

Left out: an unknown answer ("": nothing measured is flagged), a language told apart from
English only by its words (French against an English answer is read as absent, as it is),
scripts other than Latin and Japanese, and wordings outside the forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from grader.score.text import mostly_ascii_letters

_LEAD = r"(?i)^\W*(?:(?:please|and|also|just|but|oh|so)\s*,?\s+)*"
_END = r"(?:,?\s*(?:please|thanks|thank\s+you))?[\s.!。！)）]*$"
_NOT = r"(?:do\s+not|don't|dont|never)\s+"
_ANSWER = (
    r"(?:answer|reply|respond|write|speak|talk|type|give\s+(?:it|the\s+answer|your\s+answer)|"
    r"write\s+(?:it|the\s+(?:answer|story)|your\s+(?:answer|story)))"
)
_LANGUAGE_BAN = re.compile(
    _LEAD + _NOT + _ANSWER + r"(?:\s+(?:it|the\s+(?:answer|story)))?\s+in\s+(?:an?\s+|the\s+)?"
    r"(?P<what>[\w -]{2,30}?)" + _END
)
_JA_LANGUAGE_BAN = re.compile(
    r"^\W*(?P<what>[^\s。、]{1,10}?)(?:語|コード)で(?:答え|書か|返事し|返さ|話さ|返信し|回答し)"
    r"(?:ないで|ないでね|ないでください|ずに)"
)
_JAPANESE = re.compile(r"(?i)^(?:japanese|日本)$")
_ENGLISH = re.compile(r"(?i)^(?:english|英)$")
_FORM_WORDS = re.compile(
    r"(?i)^(?:[a-z]+\s+)?(?!emoji|markdown|numbers?\b)(?:code|binary|morse|cipher|hieroglyphs|runes|"
    r"[a-z]+ish|[a-z]+ese|[a-z]+ic|[a-z]+an|klingon|elvish|dothraki|esperanto|latin|greek|"
    r"french|german|dutch|[a-z]+i)$"
)
"""What a language ban may name: a language (a proper adjective) or a code, not the answer's
form ("Don't answer in one sentence." is a goal's opposite, "in prose", "in capitals" forms;
emoji, markdown and numbers are forms :mod:`grader.score.bans` reads as a choice)."""


def _language(answer: str) -> str:
    """``answer``'s language as its script shows it: "japanese" (kana), "english" (mostly Latin
    letters) or "" (unknown)."""
    if re.search(r"[\u3041-\u30ff]", answer):
        return "japanese"
    has_letters = any(c.isalpha() for c in answer)
    return "english" if has_letters and mostly_ascii_letters(answer) else ""


def _bans_another_language(sentence: str, answer: str) -> bool:
    """A ban on answering in a language or code the compared answer is not in."""
    found = _LANGUAGE_BAN.match(sentence) or _JA_LANGUAGE_BAN.match(sentence)
    language = _language(answer)
    if not found or not language:
        return False
    what = found.group("what").strip()
    if _JAPANESE.match(what) or _ENGLISH.match(what):
        return not (_JAPANESE if language == "japanese" else _ENGLISH).match(what)
    return not sentence.isascii() or bool(_FORM_WORDS.match(what))


def _has_spaces(answer: str) -> bool:
    return bool(re.search(r"[A-Za-z] [A-Za-z]", answer))


def _latin(answer: str) -> bool:
    return _language(answer) == "english"


def _punctuated(answer: str) -> bool:
    return bool(re.search(r"[.,!?;:。、！？]", answer))


def _capital(answer: str) -> bool:
    return answer.lstrip()[:1].isupper()


def _japanese_scripts(sentence: str, answer: str) -> bool:
    """Every Japanese script the sentence names is in the answer (ひらがなと漢字を使って)."""
    scripts = {
        "ひらがな": r"[\u3041-\u3096]",
        "平仮名": r"[\u3041-\u3096]",
        "カタカナ": r"[\u30a1-\u30fa]",
        "片仮名": r"[\u30a1-\u30fa]",
        "漢字": r"[\u4e00-\u9fff]",
    }
    named = [pattern for name, pattern in scripts.items() if name in sentence]
    return bool(named) and all(re.search(p, answer) for p in named)


_USE = r"(?:use|include|add|write\s+(?:it\s+)?(?:with|using|in)|with|put\s+in|keep)\s+(?:the\s+)?"
_HAD: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = tuple(
    (re.compile(_LEAD + pattern + _END), measure)
    for pattern, measure in (
        # spaces between words
        (
            r"(?:keep|write|put|leave|use)\s+(?:the\s+)?(?:words\s+separated\s+by\s+spaces?|"
            r"(?:a\s+)?spaces?\s+between\s+(?:the\s+|each\s+|all\s+)?words?)",
            _has_spaces,
        ),
        # the Latin alphabet
        (
            _USE + r"(?:(?:latin|roman|english)\s+(?:alphabet|letters|script|characters)|letters\s+"
            r"of\s+the\s+(?:latin\s+|english\s+)?alphabet|alphabet(?:ic)?\s+letters|(?:the\s+)?"
            r"alphabet)",
            _latin,
        ),
        # punctuation
        (
            _USE + r"(?:punctuation(?:\s+marks)?|full\s+stops|periods|commas)(?:\s+and\s+"
            r"(?:full\s+stops|periods|commas))?",
            _punctuated,
        ),
        # a capital first letter
        (
            r"(?:start|begin|open)\s+(?:it\s+|the\s+(?:answer|story)\s+|your\s+answer\s+)?with\s+"
            r"a\s+capital(?:\s+letter)?|capitali[sz]e\s+the\s+first\s+(?:word|letter)",
            _capital,
        ),
        # the direction of any text the model writes
        (
            r"(?:write|type|read)\s+(?:it\s+|the\s+(?:answer|story)\s+)?(?:from\s+)?left\s+to\s+"
            r"right",
            bool,
        ),
        # not blank
        (
            _NOT + r"(?:leave|give|return|send|make|hand\s+in)\s+(?:it|the\s+answer|your\s+answer|"
            r"the\s+(?:story|reply|response))?\s*(?:an?\s+|the\s+)?(?:blank|empty)(?:\s+(?:answer|"
            r"response|reply|story))?",
            lambda answer: bool(re.search(r"\w", answer)),
        ),
    )
)
_JA_HAD: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(r"^\W*句読点を(?:使って|つけて|入れて)"), _punctuated),
    (
        re.compile(
            r"^\W*(?:空欄|空白|空っぽ|空(?:の(?:答え|回答|まま)))(?:のまま)?に(?:しないで|せずに)"
        ),
        lambda answer: bool(re.search(r"\w", answer)),
    ),
)


def _already_had(sentence: str, answer: str) -> bool:
    """A requirement of typography, script or content the compared answer already meets."""
    if not answer.strip():
        return False  # nothing to measure
    for pattern, measure in _HAD if sentence.isascii() else _JA_HAD:
        if pattern.match(sentence):
            return measure(answer)
    japanese = re.match(r"^\W*(?:ひらがな|平仮名|カタカナ|片仮名|漢字)", sentence)
    only = re.search(r"だけ|のみ|以外", sentence)
    use = re.search(r"(?:を|で|も)(?:使って|書いて)", sentence)
    return bool(japanese and use and not only) and _japanese_scripts(sentence, answer)


_ABOUT_THE_PROMPT = tuple(
    re.compile(p)
    for p in (
        # the prompt's language or how it was typed, said of it: "(Typed in English.)"
        r"(?i)^\W*(?:(?:this|the|my)\s+(?:prompt|message|request|question)(?:\s+(?:above|here))?"
        r"\s+(?:is|was)\s+|i\s+(?:typed|wrote)\s+(?:this|it|the\s+prompt)\s+|(?:typed|written)\s+)"
        r"(?:(?:typed|written)\s+)?in\s+(?P<language>english|japanese)[\s.!)]*$",
        _LEAD + _NOT + r"translate\s+(?:this|the|my)\s+(?:prompt|message|request|question)" + _END,
        r"^\W*(?:(?P<ja>日本語|英語)で(?:入力し|書き|打ち|書い|打っ)(?:ました|ています|た)|この(?:プロンプト|文|依頼)は"
        r"(?:日本語|英語)(?:です|だ|で書きました))\W*$",
    )
)
"""A statement about the prompt itself: what it is written in, or not to translate it."""
_ANYWAY = tuple(
    re.compile(p)
    for p in (
        _LEAD + _ANSWER + r"\s+in\s+(?:the\s+(?:same\s+)?language\s+(?:of|as)\s+(?:this|the|my)\s+"
        r"(?:prompt|message|request|question)|your\s+own\s+words)" + _END,
        _LEAD + r"make\s+(?:it|the\s+story|this)\s+(?:fiction|fictional|make\s+sense)" + _END,
        _LEAD + r"make\s+sure\s+(?:it|the\s+story)\s+makes\s+sense" + _END,
        r"^\W*(?:自分の言葉で(?:答え|書い|話し)て|意味(?:が|の)通る(?:ように|話に|文に|答えに)して|"
        r"(?:この)?プロンプトと同じ言語で(?:答え|書い)て)",
    )
)
"""What the model does anyway: answer in the prompt's language and its own words, a story that
is fiction and makes sense."""


def given_already(sentence: str, other: str, other_answer: str) -> bool:
    """``sentence`` (added to the compared prompt ``other``) asks for what the compared answer
    ``other_answer`` already is, or only speaks of the prompt (module docstring)."""
    if any(p.match(sentence) for p in _ANYWAY):
        return True
    for pattern in _ABOUT_THE_PROMPT:
        if found := pattern.match(sentence):
            return _true_of(found, other)
    return _bans_another_language(sentence, other_answer) or _already_had(sentence, other_answer)


def _true_of(found: re.Match[str], other: str) -> bool:
    """A statement of the prompt's language is about the prompt only where it is true of the
    compared one: "Written in English." after a Japanese prompt asks for English."""
    said = (found.groupdict().get("language") or "") + (found.groupdict().get("ja") or "")
    if not said:
        return True  # "Do not translate this prompt."
    language = "japanese" if said in ("japanese", "日本語") else "english"
    return _language(other) == language
