"""One notion of "the same prompt", used wherever prompts are compared.

Two prompts are the same when their keys are equal. The key is built in the order UTS #39 gives
for a confusable skeleton, widened by what a model should not care about:

0. markup tags dropped (``<u>``, ``<b>``), and a word of letters and digits read as letters
   ("T3ll m3 a st0ry"; "3 stories", "3rd" and "no. 7" keep their digits);
1. NFKC (full-width letters and digits become ASCII, half-width katakana full-width);
2. every Default_Ignorable_Code_Point removed (zero-width spaces, joiners, variation selectors,
   the Hangul fillers, soft hyphens...), taken from Unicode's property through the ``regex``
   module rather than a hand-written list;
3. case folded, punctuation and symbols dropped, white space collapsed;
4. the UTS #39 skeleton: NFD, each character replaced by its prototype from Unicode's
   ``confusables.txt`` (shipped in :mod:`grader.score.unicode` with its licence), NFD again, so
   Cyrillic ``а`` and Latin ``a`` (and ``1`` and ``l``) are one letter; case folded and taken
   again, so an upper-case prototype meets the small letter's; before it, the small capitals
   and symbols Unicode names after a Latin letter (ᴛ, 🅣, ⓣ) read as the letter, and after it
   the combining marks of Latin, Greek and Cyrillic letters (an underline, a strike, a dot
   below on every letter) dropped. The kana's voicing marks stay: が is not か.

:mod:`grader.score.disguises` tells a prompt written in disguise of another's.

What the letters of a request read as (:func:`latin_letters`: look-alikes, and the symbols
Unicode names after a Latin letter) is for :mod:`grader.score.asks`; the key keeps to UTS #39.

It does not judge meaning: "brief" and "short" are two prompts (words: :mod:`grader.score.words`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from grader.score.ciphers import LATIN_WORD, decoded, shape, shifted, wordy

UNICODE = resources.files("grader.score.unicode")
"""Unicode's data as shipped: confusables.txt, and prototypes.json derived from it."""


@functools.lru_cache(maxsize=1)
def prototypes() -> dict[int, str]:
    """confusables.txt as a :meth:`str.translate` table, from prototypes.json (its mappings
    alone, written by ``python -m grader.score.unicode``; 4 ms to read, where parsing
    the 700 kB text file took ``validate`` 40 ms a run)."""
    import json

    return str.maketrans(json.loads((UNICODE / "prototypes.json").read_text("utf-8")))


@functools.lru_cache(maxsize=1)
def _ignorable():  # type: ignore[no-untyped-def]
    import regex  # imported here: only scoring and the copy check need it

    return regex.compile(r"\p{Default_Ignorable_Code_Point}+")


@functools.lru_cache(maxsize=1)
def _gaps():  # type: ignore[no-untyped-def]
    """Runs of punctuation, symbols and white space (with the separators ``str.isspace`` counts):
    a key keeps one space for each."""
    import regex

    return regex.compile(r"[\p{P}\p{S}\s\x1c-\x1f]+")


def visible(text: str) -> str:
    """``text`` without its default ignorable code points (zero-width spaces, joiners...)."""
    return text if text.isascii() else str(_ignorable().sub("", text))


def skeleton(text: str, ascii: bool = False) -> str:
    """The UTS #39 skeleton of ``text``: NFD, default ignorables removed, each character's
    prototype, NFD again (``ascii``: the caller knows ``text`` is ASCII, which NFD keeps and
    which has no default ignorable)."""
    decomposed = text if ascii else visible(unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", decomposed.translate(prototypes()))


_ASCII_GAPS = re.compile(r"[!-/:-@\[-`{-~\s]+")
r"""Steps 2 and 3 on ASCII text: no ASCII character is a default ignorable, every ASCII
punctuation character and symbol is in \p{P} or \p{S}, and ``\s`` covers U+001C-U+001F."""

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_CHAT_MARKS = re.compile(
    r"</?s>|\[/?INST\]|<</?SYS>>|<\|im_(?:start|end)\|>(?:user|assistant|system)?|"
    r"<\|(?:user|assistant|system|end|eot_id)\|>|<\|start_header_id\|>\w*<\|end_header_id\|>"
)
"""A chat template's markers typed by hand (rt40-07: "[INST] ... [/INST]" with chat off is what
the chat setting sends): a prompt with them is the prompt without."""
_FURIGANA = re.compile(
    r"<rt>[^<]*</rt>|(?<=[\u4e00-\u9fff々])[（(][\u3041-\u3096\u30a1-\u30fa]+[）)]"
)
"""A reading beside its kanji, 話（はなし） or ``<ruby>話<rt>はなし</rt></ruby>`` (rt42)."""
_LINK = re.compile(r"\[([^\]\n]*)\]\((?:https?://|www\.)[^)\s]*\)")
_ESCAPED = re.compile(r"%[0-9A-Fa-f]{2}")
_SPELT_OUT = re.compile(
    r"(?<![\w'])[A-Za-z]([-.·_ ])[A-Za-z](?:\1[A-Za-z])*(?![\w'])(?![-.·_][A-Za-z])"
)
"""Letters one by one, a separator between them: "T-e-l-l", "T e l l", "U.S.A"."""
_LEET = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+")
_LEET_LETTERS = str.maketrans("013457", "oleast")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""The combining marks of the Latin, Greek and Cyrillic letters (not the kana's voicing marks)."""

_TEX = re.compile(r"\\(?:(?:sub)*section|chapter|paragraph|title)\*?\{[^{}]*\}|\\[A-Za-z]+\*?-?\d*")
_TROFF = re.compile(r"(?m)^\.[A-Za-z]{1,2}(?=[ \t])")
"""A troff request at a line's start (``.B "Tell me ..."``): how the line is set, not its words."""
_CODE_POINT = re.compile(
    r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\x([0-9A-Fa-f]{2})|\b[Uu]\+([0-9A-Fa-f]{4,6})\b ?"
)


def _code_point(m: re.Match[str]) -> str:
    n = int(next(g for g in m.groups() if g), 16)
    return chr(n) if n <= 0x10FFFF else m.group()


def _unmarked(text: str) -> str:
    """Steps 0 (before NFKC): HTML entities, URL escapes and code points read (``&nbsp;``,
    ``&#84;``, ``%20``, ``\\u0054``, ``U+0054``), markup tags and a link's address dropped,
    letters spelt one by one joined ("T-e-l-l"), a word of letters and digits read as letters
    ("T3ll m3 4 st0ry" is "Tell me a story"; "3 stories", "3rd" and "no. 7" keep their digits)."""
    text = visible(text)  # an invisible character between letters would part or join words
    # the decoders are imported where a prompt needs them: validate imports this module (9 ms)
    if "&" in text:
        import html

        text = html.unescape(text)
    if _ESCAPED.search(text):
        import urllib.parse

        text = urllib.parse.unquote(text)
    if "=20" in text:  # quoted-printable spaces
        import quopri

        text = quopri.decodestring(text.encode("utf-8")).decode("utf-8", "replace")
    if "\\" in text or "+" in text:  # code points written out (pass 45): \u0054, \x54, U+0054
        text = _CODE_POINT.sub(_code_point, text)
    if "\\" in text:  # TeX's or RTF's markup round the words (rt53-02): \textbf{..}, {\b ..}
        text = _TEX.sub(" ", text)
    text = _LINK.sub(r"\1", _TAG.sub(" ", _CHAT_MARKS.sub(" ", _FURIGANA.sub("", text))))
    text = _SPELT_OUT.sub(lambda m: m.group().replace(m.group(1), ""), text)
    if not text.isascii():  # a mark on every letter would part "T̲3̲l̲l̲" into letters
        text = unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))
    return _letters(text)


def _letters(text: str) -> str:
    """Step 0's last: a word of letters and digits read as letters."""
    return _LEET.sub(
        lambda m: m.group().translate(_LEET_LETTERS) if not m.group().isdigit() else m.group(), text
    )


@functools.lru_cache(maxsize=1 << 16)  # a class compares its prompts and notes many times
def prompt_key(text: str) -> str:
    """What makes two prompts the same prompt (see the module docstring). ASCII text, most
    prompts, takes the same steps without the ``regex`` module (``validate`` stays fast)."""
    text = _unmarked(text)
    return _ascii_key(text) if text.isascii() else general_key(text)


def _ascii_key(text: str) -> str:
    """:func:`prompt_key`'s steps after step 0 for ASCII text: NFKC, the default ignorables, the
    named letters and the combining marks leave it as it is."""
    key = skeleton(_ASCII_GAPS.sub(" ", text.casefold()).strip(), ascii=True)
    return " ".join(skeleton(key.casefold(), ascii=True).split())


def general_key(text: str) -> str:
    """:func:`prompt_key`'s steps for any text (after step 0): the skeleton of the case-folded
    text, and again once its prototypes are folded (0 is O, then o; Ꮇ is M, then rn)."""
    text = visible(unicodedata.normalize("NFKC", text)).translate(named_letters()).casefold()
    key = skeleton(skeleton(_gaps().sub(" ", text).strip()).casefold())
    return " ".join(_MARKS.sub("", key).split())


def same_prompt(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same prompt: they share a reading (:func:`readings`), or have one
    shape with two words changed at least (:func:`grader.score.ciphers.shape`: pass 45's inner
    letters scrambled, vowels dropped; "the moon" and "the mon" are two prompts)."""
    if not readings(a).isdisjoint(readings(b)):
        return True
    x, y = (LATIN_WORD.findall(unicodedata.normalize("NFKC", t).casefold()) for t in (a, b))
    if len(x) != len(y):
        return False
    return sum(p != q for p, q in zip(x, y, strict=True)) >= 2 and shape(x) == shape(y)


_ORDINAL = r"#?\d+(?:st|nd|rd|th|回目|番目|度目|回|番|号)?(?:\s*(?:/|of)\s*\d+)?"
_BRACKETED = rf"[(\[][^()\[\]\n]{{0,24}}?{_ORDINAL}\s*[)\]]"
_LABEL_WORD = (
    r"(?:(?i:try|take|attempt|run|version|ver|v|no\.|test|trial|round|draft|prompt|ex|q)\.?\s*"
    r"|[A-Za-z]+(?=\d)|試行|パターン|案|その|第)"
)
EDGE_LABEL = functools.cache(
    lambda: re.compile(
        rf"^[\s\-–—]*(?:{_BRACKETED}|{_LABEL_WORD}?{_ORDINAL}"
        r"(?:\s*[)\]:.,!\-–—]+(?!\d)|(?=\s+[A-Z0-9\u3040-\u30ff\u4e00-\u9fff])))\s*"
        rf"|(?:\s*{_BRACKETED}|\s*[\-–—。、]+\s*{_LABEL_WORD}?{_ORDINAL}|\s+{_LABEL_WORD}{_ORDINAL}"
        rf"|\s+#\d+|\s+{_ORDINAL}[)\]:])"
        r"[\s!.。:)\]\-–—]*$"
    )
)
"""A label numbering a prompt, at its start or its end: "Run 1: ", "(2) ", "#2 12+5=?", "(try 3)",
" #4", " — v.2", " [1/4]", "。その1", " (2回目)". It says nothing of the request. A bare number at
the end after a space is content ("a story set in 2050"), as are "dragon number 5" and "12-5=?"."""


def _unlabelled(text: str) -> str:
    """``text`` without a label numbering it in brackets or before a colon, "(2)", "[3]", "Run 2:",
    "（2回目）"; "dragon no. 7" keeps its number."""
    return EDGE_LABEL().sub(
        lambda m: " " if re.search(r"[(\[:#]|回目", m.group()) else m.group(), text
    )


@functools.lru_cache(maxsize=1 << 14)
def readings(text: str) -> frozenset[str]:
    """What ``text`` may be read as, each a key with its spaces taken out ("Tellmeastory" is
    "Tell me a story"): the text, without a label numbering it (" (2)", "Run 2: "), written
    backwards (behind a right-to-left override it looks the same), in any Caesar shift (ROT13)
    or Atbash or ROT47, each word reversed, or decoded (:func:`grader.score.ciphers.decoded`:
    Base64, Morse, doubled letters, hex; rt36, rt38, rt42, rt45, rt47), or in plain spelling
    (:func:`grader.score.informal.plain`: "three" and 三 are 3, "abt" is "about")."""
    texts = {text, _unlabelled(unicodedata.normalize("NFKC", text)), visible(text)[::-1]}
    texts.add(_TROFF.sub("", text))  # read forwards only: a text reversed may start ".c "
    texts |= decoded(text)
    # each word reversed in place (pass 45), read on the plain texts, not on their shifts
    texts |= {" ".join(w[::-1] for w in t.split()) for t in texts}
    shifts = {t: [shifted(t, k) for k in range(1, 27)] for t in texts if t.isascii()}
    every = texts.union(*shifts.values())
    # ROT47 turns letters into signs the key drops: kept only where it reads as words
    from grader.score.informal import plain  # here: informal reads this module's labels

    keys = {prompt_key(t) for t in texts} | {prompt_key(plain(text))}
    keys |= {prompt_key(r) for t in every if t.isascii() for r in (shifted(t, 27),) if wordy(r)}
    for t, shifts_of_t in shifts.items():
        keys |= _shifted_keys(t) if not _MARKUP.search(t) else set(map(prompt_key, shifts_of_t))
    return frozenset(k.replace(" ", "") for k in keys)


_MARKUP = re.compile(r"[&%=\\+<\[]")
"""What step 0 (:func:`_unmarked`) needs in ASCII text to do more than join letters spelt one by
one and read words of letters and digits: entities, escapes, code points, tags, chat marks and
links all need one of these."""


def _shifted_keys(text: str) -> set[str]:
    """The keys of ``text``'s 26 letter shifts, for ASCII text without :data:`_MARKUP`: step 0
    then joins letters spelt out, which a shift keeps where they are, so it is done once and
    shifted after; then words of letters and digits are read, in each shift, as their digits
    read the same in all (the same keys as :func:`prompt_key` of each shift, tested; a prompt is
    read in 130 such texts, and step 0 was most of their cost)."""
    joined = _SPELT_OUT.sub(lambda m: m.group().replace(m.group(1), ""), text)
    if _LEET.search(joined):
        return {_ascii_key(_letters(shifted(joined, k))) for k in range(1, 27)}
    # no word reads its digits: the key is then a character map of the gapped text, shift
    # included (casefold and gaps keep letters' places; the skeleton maps ASCII char by char)
    gapped = _ASCII_GAPS.sub(" ", joined.casefold()).strip()
    return {" ".join(gapped.translate(table).split()) for table in _shift_keys()}


@functools.cache
def _shift_keys() -> tuple[dict[int, str], ...]:
    """Per letter shift, each ASCII character's key once shifted (:func:`_ascii_key`)."""
    once = {c: skeleton(skeleton(chr(c), ascii=True).casefold(), ascii=True) for c in range(128)}
    return tuple({c: once[ord(shifted(chr(c), k))] for c in range(128)} for k in range(1, 27))


_LETTER_NAME = re.compile(
    r"(?:LATIN (?:CAPITAL |SMALL )?LETTER (?:SMALL CAPITAL )?|REGIONAL INDICATOR SYMBOL LETTER )"
    r"([A-Z])$"
)
_SYMBOL_BLOCKS = ((0x0250, 0x02AF), (0x1D00, 0x1D7F), (0x2460, 0x24FF), (0x1F100, 0x1F1FF))
"""IPA's and the phonetic small capitals, enclosed alphanumerics and their supplement: letters
NFKC leaves as letters or symbols of their own (🅽, 🅝, 🇳, ɴ, ᴛ)."""


@functools.lru_cache(maxsize=1)
def named_letters() -> dict[int, str]:
    """The symbols and small capitals Unicode names after a Latin letter, as that letter."""
    table = {}
    for first, last in _SYMBOL_BLOCKS:
        for code in range(first, last + 1):
            m = _LETTER_NAME.search(unicodedata.name(chr(code), ""))
            if m:
                table[code] = m.group(1).lower()
    return table


@functools.lru_cache(maxsize=1)
def latin_letters() -> dict[int, str]:
    """Unicode's confusables whose prototype is an ASCII letter (Cyrillic о as o), and no other
    (一 keeps its meaning in 一文で); and the symbols Unicode names after a Latin letter (squared,
    circled, regional indicator, small capital), by their names."""
    table = {k: v for k, v in prototypes().items() if k > 127 and v.isascii() and v.isalpha()}
    return named_letters() | table
