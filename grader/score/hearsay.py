"""Someone else's word, not what the student saw: one reading of hearsay for the notes measures
that set it aside clause by clause (:mod:`grader.score.grounded`) and flag notes made of it
alone (:mod:`grader.score.intended`).

Hearsay is a reporting verb of another's word ("Kenta told me", "I heard", "I was told",
"reportedly", "supposedly", "people say", "according to the handout"), or in Japanese a source
(友達によると, 先生から聞いた, 資料に書いてあった) or an end of hearsay (多いそうだ, らしい,
とのこと). "According to my runs" is the student's own.

Left out: a speaker named as the subject of "said" or "thought" ("Aiko said"): whether a name
is someone else or a run or a character of the file is the measure's to tell (grounded.py reads
it against the file's names).
"""

from __future__ import annotations

import re

from grader.score.reading import lazy

_EN = lazy(
    r"\b(?:told\s+(?:me|us)|tells\s+(?:me|us)|pointed\s+out|(?:i|we)\s+(?:was|were)\s+told|"
    r"(?:i|we)(?:'ve|\s+have)?\s+heard|heard\s+from|reportedly|supposedly|allegedly|"
    r"(?:people|they|everyone)\s+say|according\s+to(?!\s+(?:my|our|the)\s+(?:own\s+)?(?:runs?|"
    r"results?|outputs?|answers?|tests?|experiments?|generations?)\b))\b",
    re.IGNORECASE,
)
_JA = lazy(
    r"によると|によれば|から聞い|と聞い|って聞い|と言って|って言って|と言われ|と教えて|が言って|"
    r"が言う|(?:説明|資料|授業|先生|講義|マニュアル|スライド|課題文|友達|友人|先輩|ネット)"
    r"(?:では|で聞いた|[にでが](?:書いてあ|書かれて|言って|言われ|聞い))"
)
_JA_END = lazy(
    r"(?:[うくすつぬぶむるぐい]そう(?:だ|です)|らしい(?:です)?|とのこと(?:だ|です)?)[\s。．.!！?？、,]*$"
)


def hearsay(clause: str) -> bool:
    """``clause`` reports someone else's word (see the module's docstring)."""
    return bool(_EN().search(clause) or _JA().search(clause) or _JA_END().search(clause))
