"""A request under a false or impossible condition (part 1 of exercise 1; red-team pass 115): "If
2 + 2 = 5, answer in French.", "If the moon is made of cheese, use bullet points.", "If you are a
cat, ...", もし1+1が3なら、... The request is never meant to apply, so it chooses nothing.

A condition is read in one of three ways. Arithmetic ("2 + 2 = 5", "10 is less than 2",
1+1が3) is worked out: a false one chooses nothing, a true one asks. In English, a condition
about the world outside the answer chooses nothing: it names nothing of the prompt or of the
compared answer (no content word of the prompt, its subject not in the answer), refers to
nothing in the answer ("it", "there is", the story's parts, its reader:
:data:`_ABOUT_THE_ANSWER`) and is no hedge on the model's ability or wish ("if you can", "if
possible": :data:`_HEDGE`). So "If the dragon is friendly, give it a name." asks (the model
decides the dragon), and "If the sun is cold, ..." does not. A true fact about the world ("If
water is wet, ...") is flagged too: a doubt the TA clears. The model named as what it is not
("If you are a toaster") is outside too. In Japanese, arithmetic and the model named as
something it is not (もしあなたが猫なら) are read.

Left out: other Japanese conditions (もし月がチーズなら is not read), a condition run after the
request with no comma in Japanese, and a false condition that happens to share a word with the
prompt or the answer ("If the moon is cheese" against a poem that mentions the moon).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable

from grader.score.words import content_words

_IF_FIRST = re.compile(
    r"(?i)^\W*(?:(?:and|but|also|so|only)\s+)*(?:if|assuming|suppose|supposing|provided"
    r"(?:\s+that)?|in\s+case)\s+(?P<cond>[^,]+),\s*(?:then\s+)?(?P<rest>.+)$"
)
_IF_AFTER = re.compile(
    r"(?i)^(?P<rest>[^,]+?)(?<!\bas)(?<!\beven)\s+(?:only\s+)?if\s+(?P<cond>[^,]+?)\W*$"
)
"""A condition after its request ("Answer in French if 2 + 2 = 5."); "as if" and "even if" are
none."""
_JA_IF = re.compile(
    r"^\W*(?:もし|もしも)?(?P<cond>.+?)(?:ならば|なら|だったら|たら|れば)[、,，]\s*(?P<rest>.+)$"
)
_NUMBER = r"(-?\d+(?:\.\d+)?)"
_ARITHMETIC = re.compile(
    _NUMBER + r"\s*([-+*/x×÷])\s*" + _NUMBER + r"\s*(?:=|==|equals?|is|makes|が|は)\s*" + _NUMBER
)
_COMPARISON = re.compile(
    _NUMBER + r"\s*(?:is\s+)?(<|>|less\s+than|smaller\s+than|fewer\s+than|greater\s+than|more\s+"
    r"than|bigger\s+than|larger\s+than)\s*" + _NUMBER
)
_OPERATORS: dict[str, Callable[[float, float], float]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "x": operator.mul,
    "×": operator.mul,
    "/": lambda a, b: a / b if b else float("nan"),
    "÷": lambda a, b: a / b if b else float("nan"),
}
_ABOUT_THE_ANSWER = re.compile(
    r"(?i)\b(?:it|its|it's|they|them|their|there|he|him|his|she|her|this|that|these|those|story|"
    r"stories|tale|poem|plot|hero|heroine|protagonist|characters?|ending|villain|narrator|reader|"
    r"readers|audience|kids?|child|children|answer|response|output|text|words?|lines?|sentences?|"
    r"paragraphs?|title|setting|scene|chapter|language|english|japanese|long|short|longer|"
    r"shorter|length|funny|sad|happy|scary|ends?)\b"
)
"""A condition about the answer or its reader: the model decides it, so the request may apply."""
_HEDGE = re.compile(
    r"(?i)\b(?:possible|necessary|needed|appropriate|relevant|applicable|allowed|able|unsure|sure|"
    r"stuck|in\s+doubt|in\s+a\s+hurry|have\s+time|you\s+(?:can|could|can't|cannot|know|want|like|"
    r"prefer|wish|feel|need|think|have|must|may|do|don't|would|'d|will|won't|understand|remember|"
    r"get))\b"
)
"""A hedge on the model's ability, wish or knowledge: "if you can" asks, gently."""
_JA_NOT_THE_MODEL = re.compile(r"^\W*(?:あなた|君|きみ)(?:が|は)(?P<what>[^、,]+?)(?:だ|です)?$")
_JA_HEDGE = re.compile(r"でき|可能|知って|わか|分か|好き|よけれ|良けれ|いい|必要|時間")


def false_condition(sentence: str, other: str, other_answer: str) -> bool:
    """``sentence`` asks for something only under a condition that is false, or that is about the
    world outside the answer (see the module)."""
    text = unicodedata.normalize("NFKC", sentence).strip()
    found = _IF_FIRST.match(text) or _IF_AFTER.match(text)
    if found:
        cond = found.group("cond")
        truth = _worked_out(cond)
        if truth is not None:
            return not truth
        return _outside(cond, other, other_answer)
    ja = _JA_IF.match(text)
    if not ja or text.isascii():
        return False
    truth = _worked_out(ja.group("cond"))
    if truth is not None:
        return not truth
    model = _JA_NOT_THE_MODEL.match(ja.group("cond"))
    return bool(model) and not _JA_HEDGE.search(ja.group("cond"))


def _worked_out(cond: str) -> bool | None:
    """Whether ``cond`` holds, where it is arithmetic ("2 + 2 = 5", "10 is less than 2"); None
    where it is not."""
    if m := _ARITHMETIC.search(cond):
        a, op, b, c = m.groups()
        return abs(_OPERATORS[op](float(a), float(b)) - float(c)) < 1e-9
    if m := _COMPARISON.search(cond):
        a, how, b = m.groups()
        less = how == "<" or how.split()[0] in ("less", "smaller", "fewer")
        return float(a) < float(b) if less else float(a) > float(b)
    return None


def _outside(cond: str, other: str, other_answer: str) -> bool:
    """An English condition about the world outside the answer: no word of the prompt or of the
    compared answer, nothing of the answer referred to, no hedge on the model."""
    if not cond.isascii() or _ABOUT_THE_ANSWER.search(cond) or _HEDGE.search(cond):
        return False
    words = content_words(cond)
    if not words or set(words) & set(content_words(other)):
        return False
    # its subject (the first content word) in the compared answer: a condition on the story
    # ("If the princess is kind"); another word shared by chance ("fish can climb") is none
    return words[0] not in content_words(other_answer)
