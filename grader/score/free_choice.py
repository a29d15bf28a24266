"""A free choice handed back to the model (part 1 of exercise 1; red-team pass 115): "Funny or
serious, up to you.", "Use whatever format you like.", "Answer in any language you like.", "You
may or may not answer in Japanese.", 長くても短くてもいいよ。 The sentence offers the model every
way the answer could go, so it chooses nothing.

Read by what is left once the offer is taken out: the sentence must hand the choice back (a
marker, :data:`_HANDED_BACK`: "up to you", "your call", "as you see fit", "whatever", "any",
"whether", "or not", ～ても～てもいい, お任せ), and its content words, less the marker's, the
answer's dimensions (format, length, tone, 形式), a pair of opposites offered together (funny or
serious, 長い・短い) and everything in a clause the student declines ("..., or not", "may or may
not ...", "whether ..."), must be none. So "Set it in Tokyo or Kyoto, your choice." and
"Whatever happens, the hero must survive." are choices: Tokyo and the hero are left.

Left out: alternatives that narrow the answer but not visibly (two languages, "English or
Japanese, your choice." is a choice), opposites outside :data:`_OPPOSITES`, and a soft offer of
one thing ("You can make it funny.", "Feel free to add a moral.": the student names what to add,
and the model tends to take it).
"""

from __future__ import annotations

import functools
import re

from grader.score.words import content_words

_HANDED_BACK = re.compile(
    r"(?i)\bup\s+to\s+you\b|\byour\s+(?:call|choice|pick|decision|preference|discretion)\b|"
    r"\b(?:as|however|whatever|whichever|any\s+way)\s+you\s+(?:see\s+fit|like|wish|want|please|"
    r"prefer|choose|think\s+best|feel\s+like)\b|\b(?:either|both|any|all)\s+(?:one\s+)?(?:is|are|"
    r"will\s+do|works?)\b|\beither\s+way\b|\b(?:doesn't|does\s+not|won't|will\s+not)\s+matter\b|"
    r"\bwhichever\b|\bwhatever\b|\bany\s+\w+|\boptional\b|\bor\s+not\b|\b(?:may|might|can)\s+or\s+"
    r"(?:may|might|can)(?:\s*not|n't)\b|\bwhether\b|\byou\s+(?:decide|choose|pick)\b|"
    r"お任せ|おまかせ|任せ|自由|好きな|好きに|どちらでも|どっちでも|何でも|なんでも|問わ|"
    r"ても.*ても(?:いい|良い|よい|構わ|大丈夫|OK|ok)"
)
"""A marker that hands the choice back to the model."""
_DECLINED = re.compile(
    r"(?i)\bor\s+not\b|\b(?:may|might|can)\s+or\s+(?:may|might|can)(?:\s*not|n't)\b|\bwhether\b|"
    r"(?:ても|でも).*(?:なくても|なくてもいい|ないでも)"
)
"""A clause the student offers and declines in the same breath: its words choose nothing."""
_CLAUSES = re.compile(r"[,;:、，]|\s+(?:but|and|so)\s+")
_FREE_WORDS = """
    up call choice pick decision preference discretion see fit like wish want please prefer choose
    think best feel either both whatever whichever however way fine matter optional decide free
    use make be go answer write any okay ok good all whole entirely completely totally just
    format style length tone language structure form voice mood genre layout size approach
    tense perspective view person ending endings words kind type
    任せる 自由 好き 何 構う 良い 大丈夫 問う 為る ok
    形式 長い 長さ 言語 文体 口調 スタイル 結末 トーン 書き方
""".split()
"""The offer's own words and the answer's dimensions: what is left of a free choice once the offer
is read."""
_OPPOSITES = (
    ("funny", "serious"),
    ("silly", "serious"),
    ("happy", "sad"),
    ("long", "short"),
    ("longer", "shorter"),
    ("formal", "casual"),
    ("formal", "informal"),
    ("simple", "complex"),
    ("simple", "detailed"),
    ("brief", "detailed"),
    ("light", "dark"),
    ("bright", "dark"),
    ("cheerful", "gloomy"),
    ("sweet", "scary"),
    ("rhyming", "prose"),
    ("rhyme", "prose"),
    ("poem", "prose"),
    ("creative", "plain"),
    ("old", "new"),
    ("big", "small"),
    ("easy", "hard"),
    ("長い", "短い"),
    ("明るい", "暗い"),
    ("楽しい", "悲しい"),
    ("面白い", "真面目"),
    ("易しい", "難しい"),
    ("優しい", "怖い"),
)
"""Pairs of opposites: offered together ("Funny or serious"), they cover the answer's range."""


@functools.cache
def _free_words() -> frozenset[str]:
    """:data:`_FREE_WORDS` as content words (stems and lemmas)."""
    return frozenset(w for word in _FREE_WORDS for w in content_words(word) or (word,))


@functools.cache
def _opposites() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """:data:`_OPPOSITES` as content words."""
    return tuple((frozenset(content_words(a)), frozenset(content_words(b))) for a, b in _OPPOSITES)


def free_choice(sentence: str) -> bool:
    """``sentence`` hands the choice of the answer back to the model and names nothing it could
    be (see the module)."""
    if not _HANDED_BACK.search(sentence):
        return False
    left: set[str] = set()
    for clause in _CLAUSES.split(sentence):
        if not _DECLINED.search(clause):  # a declined clause chooses nothing, whatever it names
            left |= set(content_words(clause))
    for one, other in _opposites():
        if one <= left and other <= left:
            left -= one | other  # both ways offered: neither chosen
    return not left - _free_words()
