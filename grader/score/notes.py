"""A student's own notes (考察): the sentences that do not stand in a shipped text (the READMEs,
the description, the tutorial, the template, a shipped file's notes, the assignment's own texts),
each counted once; and when two students' own notes are alike: at a character-trigram Jaccard of
``notes_similarity``. What the shipped texts are is :func:`grader.score.similar.shipped_view`'s.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable

from grader.load.schemas import Copies
from grader.score.prompts import prompt_key
from grader.score.text import pieces, rewrapped, unwrapped

MIN_NOTES_CHARS = 20
"""Own notes shorter than this are never compared (a one-line note is too short to tell)."""


_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) +| +(?=[{_CJK}])")


_ACADEMIC = str.maketrans({"．": "。", "，": "、"})
"""Academic Japanese punctuation as the usual: a sentence ends at ． too (pass 63)."""


def _sentences(text: str) -> list[str]:
    # a sentence wrapped across lines of the file is one (rt192-03)
    return pieces(rewrapped(text.translate(_ACADEMIC)))


def notes_key(sentence: str) -> str:
    """``sentence``'s :func:`prompt_key`, with no space beside a Japanese letter: spaces there
    are layout (a YAML fold, pass 59), not words of one's own."""
    return _CJK_SPACE.sub("", prompt_key(sentence))


def corpus_key(texts: Iterable[str]) -> str:
    """The keys of every sentence of ``texts``, each also with its lines joined (rt49-08)."""
    return "\n".join(notes_key(s) for t in texts for u in unwrapped(t) for s in _sentences(u))


def own_text(notes: str | None, corpus: str) -> str:
    """The sentences of ``notes`` that do not stand in ``corpus`` (:func:`corpus_key`), each
    once: a sentence said again is no more of one's own (rt53: 出力が変わった。 six times)."""
    seen: set[str] = set()
    own = []
    for s in _sentences(notes or ""):
        if (key := notes_key(mine := _own_part(s, corpus))) and key not in seen:
            seen.add(key)
            own.append(mine)
    return "\n".join(own)


def own_keys(notes: str | None, corpus: str) -> list[str]:
    """The keys (:func:`notes_key`) of the sentences of :func:`own_text`."""
    return [key for s in _sentences(notes or "") if (key := notes_key(_own_part(s, corpus)))]


_LEAD, _SPACE = re.compile("[、,，:：]"), re.compile(" ")
_LEAD_WORDS = 5
"""A lead-in of one's own without a comma is this many words at most ("In my runs ...")."""
_SHIPPED_MIN = 20
"""A shipped sentence this long behind a clause of one's own is still the shipped one's."""


@functools.lru_cache(maxsize=1 << 14)  # own_text and own_keys each read every sentence
def _own_part(sentence: str, corpus: str) -> str:
    """What of ``sentence`` is one's own: none of it when it stands in ``corpus``; only its first
    or last clause when the rest is a whole shipped sentence ("When I ran it myself, ...",
    実際に動かしてみたところ、..., pass 107); else all of it."""
    if _said(sentence, corpus):
        return ""
    marks = [m.start() for m in _LEAD.finditer(sentence)]
    words = [m.start() for m in _SPACE.finditer(sentence)]  # a lead-in with no comma (pass 109)
    for cut in marks[:1] + marks[-1:] + words[:_LEAD_WORDS] + words[-_LEAD_WORDS:]:
        head, tail = sentence[:cut], sentence[cut + 1 :]
        for rest, mine in ((tail, head), (head, tail)):
            if len(rest.strip()) >= _SHIPPED_MIN and _a_line(notes_key(rest), corpus):
                return mine
    return sentence


def _a_line(key: str, corpus: str) -> bool:
    """``key`` is a whole sentence of ``corpus``, not a part of one: a student's clause may meet a
    piece of the shipped prose ("the output became shorter") by chance."""
    if "\n" in key:  # a key of several lines: never a whole line (keys are one line today)
        return f"\n{key}\n" in f"\n{corpus}\n"
    return bool(key) and key in _lines(corpus)


@functools.lru_cache(maxsize=8)  # one corpus a class: a set, not a scan of it per clause
def _lines(corpus: str) -> frozenset[str]:
    return frozenset(corpus.split("\n"))


_JA_TAIL = re.compile("[\u3041-\u3096\u30fc]+$")
_STEM_MIN = 8
"""A stem this long is a shipped sentence's, whatever its ending (a student's "出力が変わった"
is not the tutorial's "出力が変わることを…")."""
_CLAUSE_MIN = 5
"""Each clause of a sentence put together from shipped clauses has a stem this long: shorter ones
("モデルを変えたら、出力が変わった。") are too short to tell."""
_JAPANESE = re.compile("[\u3041-\u30ff\u3400-\u9fff]")
_CLAUSES = re.compile("[、,，]")
_VERB_AFTER_KU = re.compile("(?<=く)[\u3400-\u9fff]+$")
"""A verb after an adjective's く form, its kana already cut (面白く感じました: 面白く感)."""


@functools.lru_cache(maxsize=1 << 14)  # a sentence is looked up again by each reading of the notes
def _said(sentence: str, corpus: str) -> bool:
    """``sentence`` stands in ``corpus``: within a shipped sentence, or as a whole saying, or,
    for a Japanese sentence, as shipped clauses with endings of one's own (:func:`_stem_said`)."""
    key = notes_key(sentence)
    if key in corpus or whole(key) in _sayings(corpus):
        return True
    if not _JAPANESE.search(sentence):
        return False
    # each clause's stem: its ending's kana cut from the text itself (the key's skeleton maps
    # some kana, き and く, out of hiragana); です・ます made だ・である (pass 61), the past
    # tense and clauses joined (pass 103)
    stems = [_stem_said(c.strip(" 。.!?！？"), corpus) for c in _CLAUSES.split(sentence)]
    found = [n for n in stems if n is not None]
    return len(found) == len([c for c in _CLAUSES.split(sentence) if notes_key(c)]) and (
        sum(found) >= _STEM_MIN and min(found) >= _CLAUSE_MIN
    )


def _stem_said(clause: str, corpus: str) -> int | None:
    """The length of ``clause``'s stem found in ``corpus``: the clause with its last kana cut,
    or else also a verb of one's own after an adjective (面白く感じました: 面白), or None."""
    stem = _JA_TAIL.sub("", clause)
    for cut in (stem, _JA_TAIL.sub("", _VERB_AFTER_KU.sub("", stem))):
        key, letters = notes_key(cut), len(cut.replace(" ", ""))  # the skeleton splits ゛
        if key and (cut is stem or letters >= _STEM_MIN) and key in corpus:
            return letters
    return None


@functools.lru_cache(maxsize=8)  # one corpus a class (its hash is kept on the string)
def _sayings(corpus: str) -> frozenset[str]:
    return frozenset(line for line in corpus.split("\n") if line.startswith("\x1f"))


def whole(key: str) -> str:
    """A saying's line in a corpus: a digest, so that no part of it is found (the assignment's
    texts: :attr:`grader.score.similar.ShippedView.sayings`)."""
    return "\x1f" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


_HEDGES = (
    "basically actually honestly really literally kinda sorta just very quite pretty totally "
    "definitely simply truly kind_of sort_of"
)


@functools.cache
def _hedges() -> re.Pattern[str]:
    """English hedges as their keys (the skeleton spells "simply" sirnply): a word a copy may
    sprinkle in ("basically", "kind of", pass 109) and no content of its own."""
    keys = sorted({prompt_key(w.replace("_", " ")) for w in _HEDGES.split()}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\b")


def note_grams(keys: Iterable[str]) -> frozenset[str]:
    """Character trigrams of own notes, from their sentences' keys (:func:`own_keys`), spaces
    and English hedges left out; empty below :data:`MIN_NOTES_CHARS` characters."""
    flat = _hedges().sub("", "".join(keys)).replace(" ", "")
    short = len(flat) < MIN_NOTES_CHARS
    return frozenset() if short else frozenset(flat[i : i + 3] for i in range(len(flat) - 2))


def notes_alike(mine: frozenset[str], other: frozenset[str], rules: Copies) -> bool:
    """Near-identical own notes: trigram Jaccard at least ``notes_similarity`` (always > 0)."""
    small, large = sorted((len(mine), len(other)))
    # the Jaccard index is at most the smaller size over the larger (rounding keeps the order),
    # which passes over most pairs with no intersection built
    if not large or small / large < rules.notes_similarity:
        return False
    return jaccard(mine, other) >= rules.notes_similarity


def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    """Shared elements over all elements of ``x`` and ``y`` (0 for two empty sets)."""
    shared = len(x & y)  # the union's size from the two sizes: no union set built
    return shared / (len(x) + len(y) - shared) if x or y else 0.0
