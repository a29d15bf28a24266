"""A prompt in plain spelling: text-speak and English short forms written out ("Can u tell me abt
a dragon" is "Can you tell me about a dragon"; "won't", "Dr.", "e.g."), every number in ASCII
digits (three, 三, III, ٣ and "a dozen" as 3, 3, 3, 3 and 12), and a katakana loanword in one
spelling (コンピューター as コンピュータ, ヴァイオリン as バイオリン).
:func:`grader.score.prompts.readings` reads each prompt this way too, so a change of spelling
alone is no change of prompt (pass 71: "three dragons"; pass 73: "III dragons", "abt", "w/";
pass 75: コンピュータ; pass 77: "won't", "Dr."). Kanji variants (龍 and 竜) and okurigana
(取り出す, 取出す) are left out: no variant table ships.

The text-speak list is a closed class kept to what students write in a chat; a word that is also
an English word ("wont", "its", "id") is left out, as are one-letter forms but "u" and "r".
"""

from __future__ import annotations

import re
import unicodedata

from grader.score.numbers import numerals
from grader.score.reading import lazy

TEXT_SPEAK = {
    **{"u": "you", "ur": "your", "r": "are", "ya": "you", "yr": "your", "tha": "the"},
    **{"abt": "about", "bout": "about", "bc": "because", "b/c": "because", "cuz": "because"},
    **{"coz": "because", "cos": "because", "w/": "with", "w/o": "without", "&": "and"},
    **{"im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "thats": "that's"},
    **{"whats": "what's", "tho": "though", "thru": "through", "pls": "please", "plz": "please"},
    **{"thx": "thanks", "thnx": "thanks", "ppl": "people", "tmrw": "tomorrow", "b4": "before"},
    **{"gr8": "great", "2day": "today", "msg": "message", "bday": "birthday", "fav": "favorite"},
    **{"fave": "favorite", "wanna": "want to", "gonna": "going to", "gotta": "got to"},
    **{"gimme": "give me", "lemme": "let me", "kinda": "kind of", "sorta": "sort of"},
    "dunno": "don't know",
}
"""Text-speak and its words."""
SHORT_FORMS = {
    **{"dr.": "doctor", "prof.": "professor", "mt.": "mount", "mr.": "mister"},
    **{"e.g.": "for example", "i.e.": "that is", "approx.": "approximately"},
    **{"etc.": "et cetera", "vs.": "versus", "let's": "let us", "i'm": "i am"},
    **{"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not"},
}
"""English short forms and the words they stand for; other contractions by their endings."""
UNITS = {
    **{"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km"},
    **{"centimetres": "cm", "centimeters": "cm", "kilograms": "kg", "kilogram": "kg"},
    **{"percent": "%", "per cent": "%"},
}
"""Units written out, as their symbols (pass 77: "300 kilometres" is "300 km")."""
_TABLES = (
    (TEXT_SPEAK, r"(?<![\w/&])", r"(?![\w/])"),
    (SHORT_FORMS, r"(?<![\w.])", r"(?!\w)"),
    (UNITS, r"\b", r"\b"),
)
"""Each table with what may stand before and after one of its forms, in the order read."""
_TABLE_FORMS = tuple(
    lazy(f"{before}(?:{'|'.join(map(re.escape, sorted(t, key=len, reverse=True)))}){after}", re.I)
    for t, before, after in _TABLES
)
"""Each table's forms, longest first ("w/o" before "w/")."""
_ENDINGS = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would"}
_ENDING = lazy(
    r"(?<=\w)(?:n't|'re|'ve|'ll|'d)\b|\b(?:it|that|what|there|here|he|she|who)'s\b", re.I
)
_DIGITS = lazy(r"(?:(?![0-9])\d)+")
"""Decimal digits of other scripts (٣, ३); ASCII digits stay as written ("007", "\\u0041")."""
_ROMAN = lazy(r"\b(?=[IVXL]{2,}\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXL])\b")
"""A Roman numeral of two letters or more, in capitals ("I" is a word, "mix" is no numeral)."""
_DOZEN = lazy(r"\b(?:a\s+)?dozen\b", re.IGNORECASE)
_LONG_VOWEL = lazy("(?<=[\u30a1-\u30fa])\u30fc(?![\u30a1-\u30fc])")
"""A loanword's long vowel at its end, which writers keep or drop (コンピューター, コンピュータ)."""
_VU = str.maketrans({"ヴ": "ブ"})
_VU_ROW = lazy("ヴ([ァィェォ])")
_VU_VOWELS = {"ァ": "バ", "ィ": "ビ", "ェ": "ベ", "ォ": "ボ"}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral up to 89 (IV is 4: a smaller one before a larger subtracts)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def plain(text: str) -> str:
    """``text`` (NFKC) in plain spelling (the module's docstring): its text-speak, short forms and
    units written out, its numbers in ASCII digits, a katakana loanword in one spelling."""
    # a typographic apostrophe as the contractions have it
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    for (table, _, _), forms in zip(_TABLES, _TABLE_FORMS, strict=True):
        text = forms().sub(lambda m: table[m.group().lower()], text)  # noqa: B023 (used at once)
    text = _ENDING().sub(lambda m: _ENDINGS.get(m.group().lower()) or m.group()[:-2] + " is", text)
    text = _DOZEN().sub("12", text)
    text = _ROMAN().sub(lambda m: str(roman_value(m.group())), text)
    if "\u30fc" in text or "ヴ" in text:  # a loanword's spellings (pass 75): ヴァ as バ, a final ー
        text = _VU_ROW().sub(lambda m: _VU_VOWELS[m.group(1)], text).translate(_VU)
        text = _LONG_VOWEL().sub("", text)
    return _DIGITS().sub(lambda m: str(int(m.group())), numerals(text))
