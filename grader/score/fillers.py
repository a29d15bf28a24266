"""The words a request comes with that ask for nothing (:data:`FILLER`), and the content words
of a prompt read without them: what :mod:`grader.score.asks` counts as a prompt adding more than
its request, and what :mod:`grader.score.subject` reads as a control's subject.
"""

from __future__ import annotations

from collections import Counter

from grader.score.reading import lazy

FILLER = frozenset(
    "a an the it its this that me my i you your please pls plz thanks thank and but so just only "
    "very really quite now also then can could would will to of in on with as for about be is "
    "do if don't not no am are was were answer answers answered answering respond reply write "
    "writes written "
    "writing tell say put speak talk narrate recount give make keep use using limit "
    "limited restrict stick want like need wish prefer sure ensure i'd i'm sum up summarize "
    "summarise version format formatted possible possibly enough broken break split laid lay out "
    "organized organised organize organise arranged arrange structured structure squeeze squeezed "
    "condense condensed compress compressed boil boiled down trim trimmed actually instead rather "
    "maybe perhaps hey hi okay ok well oh hmm again starting time switch each event all whole "
    "entire jot note yes remember forget hesitate never tops max great nice appreciated "
    "appreciate helpful grateful glad happy perfect ideal lovely wonderful length language "
    "why pressure rush kinda sorta im lol thx advance mean mind storyteller narrator how what "
    "let's shall we fine good alright works telling saying putting making keeping giving kindly "
    "that's it's go output describe describing".split()
)
"""Words a request may come with that ask for nothing else."""
_JA_FILLER = lazy(
    "ください|下さい|お願いします|お願い|教え|聞かせ|話し|話|書い|書き|答え|説明し|述べ|伝え|言っ|"
    "嬉し|うれし|助か|ありがた|幸い|恐れ入ります(?:が)?|回答|しまーす|まーす|頼み|頼む|頼ん"
)
_TOKEN = lazy(r"[a-z0-9']+|[^\x00-\x7f]")


def content_words(normal: str) -> Counter[str]:
    """The words of ``normal`` that carry content: Latin words but :data:`FILLER`, and each
    kanji, katakana or other letter (hiragana is grammar)."""
    return Counter(
        t
        for t in _TOKEN().findall(_JA_FILLER().sub(" ", normal))
        if (t.isascii() and t not in FILLER)
        or (not t.isascii() and t.isalpha() and not "\u3040" <= t <= "\u309f")
    )
