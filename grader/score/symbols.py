"""Claims written in signs rather than words, rewritten as words before they are read (pass 165):
a flag for a language (🇯🇵, 🇬🇧), scissors for a cut (✂️), a serial's 「つづく」 quoted,
hashtags after a run's name (X #英語で返ってきた #時間切れ), a run put in or out of a set
(X ∈ {途中で切れた実行}, X ∉ {…}), and a length compared with a sign (長さは X ＞ Y,
"length: X > Y") or as a ratio (X ÷ Y ≈ 1.8: pass 167); a star rating of completeness
(完結度 ★☆☆☆☆), a character's width for its script (半角文字, 全角文字) and 起承転結's 「結」 for
the ending (pass 169).

Left out: other emoji, which stand for nothing a claim needs, and signs between words that are no
runs' names.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy

JAPANESE = lazy(r"[\u3040-\u30ff\u4e00-\u9fff]")
"""A kana or a kanji: text that holds one is read in Japanese (its signs said in Japanese)."""
_SERIAL = lazy(
    r"[「『\"“](?P<said>(?:次回へ|次回に)?(?:つづく|続く)|to\s+be\s+continued)[.。…]*[」』\"”]",
    re.I,
)
"""A serial's mark quoted (「次回へつづく」, "To be continued"): the notes' own words, not a
quotation of an answer (the claim readers leave quotations out)."""
_THE_END = lazy(
    r"\b(?P<its>its|your|their|the)(?:\s+own)?\s+[\"“'‘]the\s+end\.?[\"”'’]", re.IGNORECASE
)
"""A story's sign-off quoted as its end ("never got to its 'The end.'": pass 164): its ending."""
_HASHTAG = lazy(r"(?<=\S)[ \t]+#(?=[^\s#])")
"""A hashtag after a word (a heading's # opens its line, and is no tag)."""
_IN_SET = lazy(r"\s*(?P<sign>[∈∉])\s*[{｛](?P<members>[^{}｛｝\n]{1,60})[}｝]")
_GREATER = lazy(
    r"(?P<a>[A-Za-z][\w-]*)\s*(?P<sign>[>＞<＜])\s*(?P<b>[A-Za-z][\w-]*)",
)
_LENGTH = lazy(r"長さ|文字数|分量|\blength\b|\blonger\b|\btokens\b", re.IGNORECASE)


def in_words(notes: str) -> str:
    """``notes`` with each sign above said in words, in the notes' own language."""
    ja = JAPANESE().search(notes) is not None
    # in Japanese, with no space beside (英語で返ってきた is read as written)
    space = r"\s*" if ja else ""
    for flags, word in (("🇯🇵", ("Japanese", "日本語")), ("🇬🇧|🇺🇸", ("English", "英語"))):
        notes = re.sub(f"{space}(?:{flags}){space}", word[ja], notes)
    notes = re.sub(f"{space}\u2702\ufe0f?{space}", "カット" if ja else "cut off", notes)
    notes = _HASHTAG().sub("、" if ja else ",", notes)
    notes = _SERIAL().sub(lambda m: m["said"], notes)
    notes = _THE_END().sub(lambda m: f"{m['its']} ending", notes)
    notes = _IN_SET().sub(lambda m: _member(m, ja), notes)
    notes = _RATIO().sub(_ratio, notes)
    notes = _RATED().sub(lambda m: _rated(m, ja), notes)
    # "more than five times shorter" is five times shorter (pass 182); "twice as long as Y" is
    # "twice longer than Y", Y the run compared with, and "twice as short as Y" shorter (pass 184)
    notes = _TIMES_AS().sub(_times_as, _MORE_THAN().sub("", notes))
    if ja:  # a character's width for its script (全部半角文字でした: pass 169)
        notes = notes.replace("半角文字", "英語").replace("全角文字", "日本語")
        notes = _STAGES().sub("結末", notes)
    return _GREATER().sub(_longer, notes) if _LENGTH().search(notes) else notes


_TIMES_AS = lazy(
    r"\b(?P<n>twice|double|half|(?:\w+\s+)?times)\s+as\s+(?P<x>long|short|brief)\s+(?:as|than)\b",
    re.IGNORECASE,
)


def _times_as(m: re.Match[str]) -> str:
    longer = (m["x"].lower() == "long") != (m["n"].lower() == "half")  # half as long: shorter
    return f"{m['n']} {'longer' if longer else 'shorter'} than"


_MORE_THAN = lazy(r"\b(?:more|less)\s+than\s+(?=(?:\w+\s+)?(?:times|twice)\b)", re.IGNORECASE)
_RATIO = lazy(
    r"(?P<a>[A-Za-z][\w-]*)\s*[÷/]\s*(?P<b>[A-Za-z][\w-]*)\s*(?:[≈≒=]|は約?)\s*(?P<r>\d+(?:\.\d+)?)"
)
"""A ratio of two runs' lengths (X ÷ Y ≈ 1.8: pass 167)."""


_RATED = lazy(r"(?P<what>完結度|completeness)\s*[:：]?\s*(?P<full>★*)(?P<empty>☆*)", re.IGNORECASE)
"""A star rating of how complete a run is (完結度 ★☆☆☆☆: pass 169)."""
_STAGES = lazy(r"(?:起承転結の)?[「『]結[」』]")
"""The last of 起承転結 (「結」まで書かれていた: pass 169): the ending."""


def _rated(m: re.Match[str], ja: bool) -> str:
    full, total = len(m["full"]), len(m["full"]) + len(m["empty"])
    if total < 3 or 0.4 < full / total < 0.8:
        return m.group()
    whole = full / total >= 0.8
    if ja:
        return f"{m['what']}：{'完結していた' if whole else '途中で切れていた'}"
    return f"{m['what']}: {'ended on its own' if whole else 'cut off'}"


def _ratio(m: re.Match[str]) -> str:
    r = float(m["r"])
    if r == 1:
        return m.group()
    longer, shorter = (m["a"], m["b"]) if r > 1 else (m["b"], m["a"])
    return f"{m.group()} ({longer} was longer than {shorter})"


def _member(m: re.Match[str], ja: bool) -> str:
    members = m["members"].strip()
    if m["sign"] == "∈":
        return f"は{members}" if ja else f" is one of the {members}"
    return f"は{members}ではない" if ja else f" is not one of the {members}"


def _longer(m: re.Match[str]) -> str:
    longer, shorter = (m["a"], m["b"]) if m["sign"] in ">＞" else (m["b"], m["a"])
    return f"{longer} was longer than {shorter}"
