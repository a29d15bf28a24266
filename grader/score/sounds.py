"""Notes in another script: shipped or published notes as they sound, whatever they are written in
(rt117-09).

A student may write a shipped example's Japanese notes out in romaji ("tiny-terse ni kaeru to
onaji puronputo demo ...") or in half-width katakana, with its English words in katakana: every
sentence is then new to :func:`grader.score.notes.own_text`, which compares letters. So each
text is read in one script-neutral form, its *sounds*: NFKC (half-width katakana made full
width), Japanese read by the analyser of :mod:`grader.score.words` (SudachiPy's readings) and
written in romaji, Latin letters kept; then Hepburn, Kunrei and a student's own spellings are
folded together (shi/si, tsu/tu, ō/ou/o, wa/ha, doubled letters), and spaces and marks dropped.
Own notes most of whose sound grams (:data:`GRAM` letters) stand in one shipped or published
file's notes, in another script than their own, get a review flag naming the file (the credit
stands: the TA decides).

Left out: a translation into another language (Chinese, Korean, English of Japanese notes): the
words differ, not only the script, and no translator is at hand (a limit, in the README);
simplified Chinese or old kanji forms, which have no reading here (Python's Unicode data holds no
variant table): a few of them cost only the grams they stand in; notes written in the same
script as the source, which the notes measures of :mod:`grader.score.notes` and
:mod:`grader.score.published` read.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from grader.load.assignments import LoadedAssignment, resolve
from grader.load.published import published
from grader.score import words
from grader.util.i18n import T, Text

GRAM = 6
"""Letters of a sound gram: about three morae, more than a common word's ending shares."""
MOST = 0.5
"""The share of the notes' sound grams that one source must hold."""
MIN_GRAMS = 25
"""Notes of fewer sound grams are too short to tell (a sentence or two)."""
GAP = 0.3
"""Notes in another script hold this much less of the source in letters than in sounds; notes
in its own script hold about as much of it in both (an honest note near another's)."""

_KANA = (
    "アa イi ウu エe オo カka キki クku ケke コko サsa シshi スsu セse ソso タta チchi ツtsu "
    "テte トto ナna ニni ヌnu ネne ノno ハha ヒhi フfu ヘhe ホho マma ミmi ムmu メme モmo ヤya "
    "ユyu ヨyo ラra リri ルru レre ロro ワwa ヰi ヱe ヲwo ンn ガga ギgi グgu ゲge ゴgo ザza ジji "
    "ズzu ゼze ゾzo ダda ヂji ヅzu デde ドdo バba ビbi ブbu ベbe ボbo パpa ピpi プpu ペpe ポpo "
    "ヴvu"
)
_ROMAJI = {k[0]: k[1:] for k in _KANA.split()}
_SMALL_Y = {"ャ": "ya", "ュ": "yu", "ョ": "yo"}
_SMALL_V = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ヮ": "a"}
_FOLDS = (  # Hepburn and Kunrei as one: both sides are folded alike
    ("tsu", "tu"), ("sh", "sy"), ("ch", "ty"), ("j", "zy"), ("fu", "hu"), ("dz", "z"),
    ("syi", "si"), ("tyi", "ti"), ("zyi", "zi"), ("h", ""), ("w", ""), ("ou", "o"), ("ei", "e"),
)  # fmt: skip
_NASAL = re.compile("m(?=[bp])")  # Hepburn's sempai is senpai
_DOUBLE = re.compile(r"(.)\1+")  # long vowels and small tsu: ō, oo, tt
_SPANS = re.compile(r"[a-z0-9]+|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々ー]+")


def _romaji(kana: str) -> str:
    """Katakana (a reading) in Hepburn-like romaji; small kana join the syllable before them."""
    out = ""
    for ch in kana:
        c = chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch  # hiragana as katakana
        if c in _SMALL_Y:  # キャ kya, シャ sha, ジャ ja
            stem = out[:-1] if out.endswith("i") else out
            palatal = stem.endswith(("sh", "ch", "j"))
            out = stem + (_SMALL_Y[c][1:] if palatal else _SMALL_Y[c])
        elif c in _SMALL_V:  # ティ ti, ファ fa
            out = (out[:-1] if out[-1:] in "aiueo" and out else out) + _SMALL_V[c]
        else:
            out += _ROMAJI.get(c, "")  # ッ and ー: doubled letters are folded anyway
    return out


def _reading(span: str) -> str:
    """A Japanese span's reading in romaji (kana-less kanji with no reading are dropped)."""
    return _romaji(words.reading(span))


def _bare(c: str) -> str:
    """A Latin letter without its accent (ō is o); kana keep their voicing marks."""
    if c.isascii() or not "\u00c0" <= c <= "\u024f":
        return c
    return "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))


@functools.lru_cache(maxsize=4096)
def sounds(text: str) -> str:
    """``text`` in the script-neutral form of the module's docstring: folded romaji letters."""
    plain = "".join(map(_bare, unicodedata.normalize("NFKC", text).casefold()))
    out = "".join(s if s.isascii() else _reading(s) for s in _SPANS.findall(plain))
    for old, new in _FOLDS:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", _NASAL.sub("n", out))


@functools.lru_cache(maxsize=4096)
def letters(text: str) -> frozenset[str]:
    """Letter trigrams of ``text`` as written (NFKC, case folded, spaces and marks aside)."""
    s = "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())
    return frozenset(s[i : i + 3] for i in range(len(s) - 2))


def grams(text: str) -> frozenset[str]:
    """The sound grams of ``text``."""
    s = sounds(text)
    return frozenset(s[i : i + GRAM] for i in range(len(s) - GRAM + 1))


@dataclass(frozen=True)
class SoundView:
    """Shipped and published notes by their sound grams: gram -> the files that say it."""

    by_gram: Mapping[str, tuple[str, ...]]
    letters: Mapping[str, frozenset[str]]
    """Each file's notes as letter trigrams (:func:`letters`)."""
    sha256: Mapping[str, str]
    skip: frozenset[str] = field(default=frozenset())
    """The files left out: the graded file itself."""

    def but(self, sha256: str) -> SoundView:
        """This view without the file whose bytes hash to ``sha256`` (a file is not its copy)."""
        skip = frozenset(n for n, h in self.sha256.items() if h == sha256)
        return SoundView(self.by_gram, self.letters, self.sha256, skip) if skip else self


Source = tuple[str, str, frozenset[str], frozenset[str]]
"""A source as the view holds it: its name, its bytes' hash, its sound grams, its letter
trigrams (what :mod:`grader.score.stored` stores, the Sudachi readings done)."""


def sources(notes: Iterable[tuple[str, str, str]]) -> list[Source]:
    """``notes`` (file name, its bytes' hash, its notes each) read into sources, in order."""
    return [(name, digest, grams(text), letters(text)) for name, digest, text in notes]


def view_of(read: Iterable[Source]) -> SoundView:
    """The view of sources already read."""
    by_gram: defaultdict[str, list[str]] = defaultdict(list)
    script, sha = {}, {}
    for name, digest, sound, written in read:
        script[name], sha[name] = written, digest
        for g in sound:
            by_gram[g].append(name)
    return SoundView({g: tuple(n) for g, n in by_gram.items()}, script, sha)


def sound_view(notes: Iterable[tuple[str, str, str]]) -> SoundView:
    """The view of ``notes``: (file name, its bytes' hash, its notes) each."""
    return view_of(sources(notes))


_PUBLISHED = "tests/"
"""Published files' names start so; shipped files' do not (examples/pass.yaml)."""

_VIEWS: dict[tuple[object, str], SoundView] = {}


def assignment_sources(loaded: LoadedAssignment) -> list[Source]:
    """``loaded``'s shipped notes and the published files' (of the assignment it extends too),
    read: about a second on a 2-core VM (the readings), so :mod:`grader.score.stored` stores
    them beside the published view."""
    folders = [loaded.folder] + ([resolve(loaded.extends).parent] if loaded.extends else [])
    shipped = [(n, s.sha256, s.notes) for n, s in loaded.shipped.items() if s.notes]
    given = [(f.name, f.sha256, f.notes) for d in folders for f in published(d) if f.notes]
    return sources(shipped + given)


def assignment_sounds(loaded: LoadedAssignment) -> SoundView:
    """The sound view of :func:`assignment_sources`, computed (cached per assignment)."""
    key = (loaded.path, loaded.sha256)
    if key not in _VIEWS:
        _VIEWS[key] = view_of(assignment_sources(loaded))
    return _VIEWS[key]


def sounded_from(own: str, view: SoundView) -> str | None:
    """The shipped or published file, in another script than ``own``, whose notes hold most
    (:data:`MOST`) of ``own``'s sound grams, or None."""
    mine = grams(own)
    if len(mine) < MIN_GRAMS:
        return None
    # counted in C over every file's grams, the graded file dropped after (the same counts)
    hits = Counter(itertools.chain.from_iterable(view.by_gram.get(g, ()) for g in mine))
    for name in view.skip:
        hits.pop(name, None)
    written = letters(own)
    # a shipped file first: a published copy of it is not the source
    for name, k in _ranked(hits, MOST * len(mine)):
        # in its own script, a copy is the other notes measures' (and honest notes near
        # another's hold as much of it in letters as in sounds)
        same = len(written & view.letters[name]) / max(len(written), 1)
        if not name.startswith(_PUBLISHED) or same <= k / len(mine) - GAP:
            return name
    return None


def _ranked(hits: Counter[str], least: float) -> list[tuple[str, int]]:
    """The files of ``hits`` that hold ``least`` grams at least, in the order they are tried:
    shipped files before published ones, each by most grams first. (A shipped file below the
    bar once ended the search, so a few grams shared with an example hid a published source.)"""
    found = [(n, k) for n, k in hits.items() if k >= least]
    return sorted(found, key=lambda h: (h[0].startswith(_PUBLISHED), -h[1]))


def sounded_review(own: str, view: SoundView) -> Text | None:
    """A review flag for own notes that are another file's notes in another script."""
    name = sounded_from(own, view)
    if name is None:
        return None
    return T(
        f"to review: the notes read aloud are most of {name}'s notes, written in another script "
        "(romaji or kana)",
        f"確認が必要: 考察を読みにすると、{name} の考察の大半と同じです（ローマ字・かななど"
        "別の文字で書かれています）",
    )
