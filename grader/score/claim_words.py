"""The wordings of the claims :mod:`grader.score.stated` checks against a run's generation: its
language (a wording, or any word of the language where the clause is not of the prompt), and a
list or none, in English and Japanese (how a run ended: :mod:`grader.score.ending_words`). Each
pattern finds the claim's own words; which run it is said of, and whether it is denied or only
supposed, is stated.py's to read.

Left out: counts (:mod:`grader.score.counted`), lengths (:mod:`grader.score.claims`), the same
text (:mod:`grader.score.identical`), and wordings no pass has shown.
"""

from __future__ import annotations

import re

from grader.score.qualified import of_another
from grader.score.reading import lazy

PRIVATIVE = (
    r"\b(?:lack(?:s|ed|ing)?|without|devoid\s+of|free\s+of|missing|absent|bereft\s+of)"
    r"(?!\s+(?:a\s+|any\s+)?doubt)"
)
"""A word that says a thing is missing ("lacked an ending", "free of bullet points"): a denial
of what follows."""

LANGUAGE = lazy(
    # an English claim: what comes before the language word, one way per line
    r"(?:"
    r"\b(?:answer\w*|repl\w*|respond\w*|wr[oi]te|writing|written|spoke|speaking|talk\w*|came\s+"
    r"(?:back|out)|kept|switched|went|print\w*|produc\w*|generat\w*|output\w*|told|narrat\w*|stuck|"
    r"stayed|remained)\b(?:\s+\w+){0,3}?\s+(?:in|into|to)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?=english|japanese))?|"
    r"\b(?:was|were|is|are)\s+(?:(?:all|entirely|completely|fully|totally|wholly|purely)\s+)?"
    r"(?:in\s+)?(?:the\s+)?|"
    r"\b(?:print\w*|produc\w*|generat\w*|output\w*|gave|wrote)\s+(?:\w+\s+){0,2}?"
    r"(?=(?:english|japanese)(?:-only|-language)?\s+(?:text|sentences?|prose|story|stories|answers?|"
    r"output|writing|repl(?:y|ies)|response)\b)|"
    r"\bused\s+only\s+|"
    r"\bused\s+(?:the\s+)?(?=hiragana|katakana|kanji|kana\b|latin\b|roman\b)|"
    r"\b(?:us(?:es|ing)|has|had|contains?|contained)\s+(?:only\s+|no\s+)?(?=(?:latin|roman)\s+(?:alphabet|letters|script))"
    r")"
    r"(?P<en>english|japanese|nihongo|eigo|(?:latin|roman)\s+(?:alphabet|letters|script)|hiragana|"
    r"katakana|kanji|kana|(?-i:EN|ENG|JP|JPN|JA))\b|"
    # a Japanese claim: the language word and what follows it
    r"(?:(?:全部|すべて|全て|ほぼ)\s*)?(?P<ja>英語|日本語|英文|和文)"
    r"(?:で(?:答え|返|書い|書き|話し|出|綴|語)|になっ|のまま|だった|でした|です(?!か)|(?=\s*[。！!]|\s*$)|"
    r"の(?:文章|文|物語|答え|回答)(?:だった|になっ|で(?:書|返|出)))",
    re.IGNORECASE,
)
LIST = lazy(
    r"\b(?:gave|wrote|made|produced|came\s+(?:out|back)\s+(?:as|in)|was|were|turned\s+into|became|answered\s+"
    r"with|got|contained|had|has|included|showed|put|used|(?:laid|set)\s+out|formatted|arranged|"
    r"presented|structured|organi[sz]ed)\s+(?:\w+\s+){0,3}?(?:lists?|bullet(?:ed)?\s+"
    r"(?:lists?|points|markers?)|bullets|dash(?:es)?|hyphens?)\b|"
    r"^\W*(?:an?\s+)?(?:(?:numbered|bulleted)\s+)?list\s+(?:is|was)\s+(?:what|how)\b|"
    r"\b(?:was|were|got|came)\s+(?:\w+\s+)?(?:enumerated|itemi[sz]ed|numbered)\b|"
    r"\bitemi[sz]ed\b|\b(?:in|as)\s+(?:point|bullet(?:ed)?|list)\s+form\b|"
    r"\b(?:began|begins|started|starts|opened|opens)\s+with\s+(?:an?\s+)?(?:\w+\s+)?(?:dash|hyphen|"
    r"bullet|asterisk)e?s?\b(?!\s+of\b)|一文ごとに改行|行(?:の)?(?:頭|先頭)に|"
    r"\blike\s+(?:an?\s+)?(?:\w+\s+)?(?:check-?list|to-do\s+list|shopping\s+list|inventory|list)\b|"
    r"\b(?:took|takes|had|in)\s+the\s+form\s+of\s+an?\s+(?:\w+\s+)?list\b|"
    r"\bpoint[\s-]+by[\s-]+point\b|\b(?:is|was|are|were)\s+an?\s+(?:\w+\s+){0,2}?(?:example|specimen|instance|illustration)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:\w+[\s-]+){0,2}?(?:lists?|points)\b|\bone\s+(?:item|point|idea|bullet)\s+(?:per|a|on\s+each)\s+line\b|"
    r"箇条書きに(?:なっ|なり|した|され|まとめ)|箇条書きで(?:答え|書|出)|番号付き|列挙|項目に分かれ(?!ず)|"
    r"箇条書き(?=だっ|でし|です|の形|形式|スタイル|調|風)|リストアップ|リスト(?:の形|形式|状)|リストに(?:なっ|まとま)|"
    r"(?:ハイフン|ダッシュ|記号|・|「-」)で始まる行",
    re.IGNORECASE,
)
NO_LIST = lazy(
    rf"(?:\b(?:not|never|instead\s+of|rather\s+than)|n't|{PRIVATIVE})\s+"
    r"(?:\w+\s+){0,3}?(?:a\s+)?(?:list|bullet\s*points?|"
    r"bullets)\b|\bno\s+(?:numbered\s+|bulleted\s+|real\s+)?(?:lists?|bullet\s*points?|bullets|"
    r"bullet\s+markers?|markers|dashes|hyphens)\b|\b(?:bullet|list|number|dash)-?free\b|\bprose-only\b|"
    r"\b(?:plain|one\s+long|a\s+single)\s+paragraph\b|"
    r"\b(?:ordinary|plain|regular|normal|continuous)\s+prose\b|\bprose\s+paragraphs?\b|"
    r"(?:箇条書き|リスト)(?:には|に|では)?(?:ならな|なってい?な)|ベタ打ち|箇条書きに(?:は)?(?:せず|しなかっ)|"
    r"(?:箇条書き|リスト)[をがは](?:一つも|ひとつも|全く|まったく|少しも)?(?:使(?:わ(?:なかっ|ず)|われ(?:なかっ|ず)|"
    r"って(?:い)?なかっ)|使用(?:せず|しなかっ|されなかっ)|用い(?:ず|なかっ)|(?:な|無)(?:かっ|く))|"
    r"箇条書きとは名ばかり|名ばかりの箇条書き|(?:箇条書き|リスト)(?:の形|形式)?ではな|"
    r"\b(?:one|a|a\s+single)\s+(?:solid\s+|long\s+)?block\s+of\s+(?:text|prose)\b|"
    r"\bran\s+(?:everything|it\s+all|(?:\w+\s+)?(?:sentences|lines|items|points))\s+together\b|"
    r"\bwall\s+of\s+text\b|\b(?:just|only|merely)\s+(?:one|a\s+single)\s+paragraph\b|"
    r"\bon\s+the\s+same\s+line\b|"
    r"\b(?:on|along|in)\s+(?:a\s+)?(?:single|one)\s+line\b|改行(?:なし|がなく|せず)|一つにつながっ|"
    r"普通の段落|段落で書|(?:ただ|単なる)の?(?:文章|文|段落)(?:だっ|でし|です|で書)|"
    r"項目に分かれず|一続きの段落|(?:普通|ふつう)の文(?:章)?(?:で|だった|のまま)|文章のまま(?:で|だっ|返)|地の文",
    re.IGNORECASE,
)
LANGUAGE_BY = lazy(
    r"\b(?P<en>english|japanese)\s+(?:was|were)\s+(?:used|written|spoken|chosen)\s+(?:\w+\s+)?by\b",
    re.IGNORECASE,
)
"""The language as the subject of a passive ("English was used by X"): the run follows."""
LANGUAGE_WORD = lazy(
    r"(?<![\w-])(?:all-)?(?P<en>english|japanese|alphabet(?:ic)?|hiragana|katakana|kanji|kana|"
    r"(?:latin|roman)\s+(?:letters|alphabet|script)|romaji|rōmaji|ascii(?:\s+letters)?)(?:-(?:script|language|only|text))?(?![\w-])"
    r"(?!\s+(?:prompts?|requests?|instructions?|questions?|speakers?|teachers?|class|lessons?|"
    r"grammar|titles?|tokens?|runs?|goals?|models?)\b)|"
    r"(?P<ja>英語|日本語|英文|和文|アルファベット|ローマ字|ひらがな|カタカナ|漢字|横文字|英字|欧文|仮名|邦文|"
    r"にほんご|えいご|日本の(?:言葉|言語|文字))"
    r"(?!の?(?:名前|プロンプト|指示|質問|依頼|文字))(?!の?単語(?!ばかり|だけ|のみ|しか|だらけ))",
    re.IGNORECASE,
)
"""The language as any word of a claim ("used English throughout", "an English one", "X's
Japanese retelling", 英語で書かれた, 英語での回答, 日本語による), read after :data:`LANGUAGE`'s
wordings (pass 138); not a word of the language itself ("an English word"), nor a run named by
its goal ("the Japanese run"). Read only where :data:`ASKED` does not say the clause is of the
prompt."""
_OF_PROMPT = "プロンプト|依頼|指示|頼|お願い|質問"
OF_PROMPT = lazy(_OF_PROMPT)
"""A Japanese word of the prompt (プロンプトは日本語のまま)."""
ASKED = lazy(
    r"\b(?:ask\w*|request\w*|prompt\w*|instruct\w*|(?:told|tell)\s+\w+\s+to|want\w*|wish\w*|"
    r"(?<!in\s)order\w*|demand\w*|command\w*|(?<!without\s)(?<!no\s)question\w*|hoped|hoping|"
    r"hope\s+(?:that|for|to)|expect\w*|input)\b|"
    rf"{_OF_PROMPT}|ほし|くださ(?!った|いまし|って|り)|ように(?=[^。]{{0,6}}?(?:頼|お願|指示|言|求|伝|書い))|求め|"
    r"と言っ(?:た|て(?!いい))|入力",
    re.IGNORECASE,
)
"""A clause about the request ("I wrote X's prompt in English", "X was asked for Japanese",
英語で答えてほしい): a language word there is the prompt's, not the answer's."""
CONTRASTED = lazy(
    r"\b(?:from|than|unlike|over|besides|versus|vs|or|nor|into|instead\s+of|rather\s+than)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""A language word set against another ("switched from English to Japanese", "more Japanese than
English"): not the claim (in Japanese, :data:`_CONTRASTED_JA` after it)."""


def language_claims(clause: str) -> list[re.Match[str]]:
    """The claims of a language in ``clause``: :data:`LANGUAGE`'s wordings (a Japanese one not
    right after a word of the prompt), then any other word of the language (:data:`LANGUAGE_WORD`)
    unless the clause is of the prompt or sets it against another language."""
    found = [
        m
        for m in [*LANGUAGE().finditer(clause), *LANGUAGE_BY().finditer(clause)]
        # プロンプトは日本語のまま, "X's prompt was in English": the prompt's language
        if not (
            m.groupdict().get("ja")
            # the prompt's word as a topic (プロンプトは); 質問に答えた is the answer's (pass 149)
            and OF_PROMPT().search(_before(clause, m.start()))
            and not _TO_PROMPT().search(_before(clause, m.start()))
        )
        and not _PROMPT_BEFORE().search(clause[: m.start()])
    ]
    spans = [range(*m.span()) for m in found]
    return (
        found
        + [
            m
            for m in LANGUAGE_WORD().finditer(clause)
            if not any(m.start() in s for s in spans)
            # the part of the clause the word stands in is of the prompt ("even though I asked for
            # Japanese" asks in its own part: pass 144)
            and not ASKED().search(_part(clause, m.start()))
            and not CONTRASTED().search(clause[: m.start()])
            and not (m["ja"] and _CONTRASTED_JA().match(clause, m.end()))
            and not _MENTIONED().search(clause[: m.start()] + "|" + clause[m.end() :])
            and not of_another(clause, m.start(), m.end())
        ]
    )


def _before(clause: str, at: int) -> str:
    """The eight letters before ``at``, from a contrast on (頼んだのに英語で返ってきた: what came
    back is the answer's, pass 165)."""
    return _BUT_JA().split(clause[max(0, at - 8) : at])[-1]


_BUT_JA = lazy(r"のに|けど|けれど")
_TO_PROMPT = lazy(rf"(?:{_OF_PROMPT})に(?:関係なく|かかわらず|対して|従わず)?\s*$")


def _part(clause: str, at: int) -> str:
    """The part of ``clause`` around ``at``, between subordinating words and commas."""
    bounds = [0, *(b.end() for b in _BOUND().finditer(clause)), len(clause)]
    start = max(b for b in bounds if b <= at)
    return clause[start : min(b for b in bounds if b > at)]


_BOUND = lazy(r"\b(?:even\s+though|although|though|because|whereas|but)\b|[,;、]", re.IGNORECASE)
_MENTIONED = lazy(
    # "the English version", "one English word", "my Japanese", "I speak Japanese", "Japanese is my
    # first language", 私の母国語は日本語 (pass 140): not what the answer is in
    r"\bthe\s+\|(?!\s+of\b)(?!\s*(?:[.,;!?]|$))|(?<!not\s)(?<!no\s)(?<!without\s)(?<!not\sa\s)"
    r"\b(?:an?|one|two|three|a\s+few|few|some|several|single|any)\s+\|\s+"
    r"(?:words?|names?|phrases?|terms?|loan\s*words?|letters?)\b|\b(?:my|our)\s+(?:\w+\s+)?\||"
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:speak|read|know|studied|study|learn\w*|understand)\s+\||"
    r"\|\s+(?:is|was|being)\s+(?:not\s+)?(?:my|our)\b|"
    r"(?:私|僕|わたし|ぼく)(?:の|は)\||\|(?:が|は)?(?:私|僕|わたし|ぼく)?の?(?:母国語|母語|第一言語)",
    re.IGNORECASE,
)
"""The language word (at ``|``) as a mention or the student's own: "the English version",
"one English word", "my Japanese", "I speak Japanese", "Japanese is my first language"."""


_PROMPT_BEFORE = lazy(
    r"\b(?:prompt|request|instruction|question|input)s?\b(?:\s+(?!(?:and|but|yet|then|so)\b)\w+){0,3}\s*$",
    re.IGNORECASE,
)
"""The prompt a few words before the claim ("X's prompt was in English"): the claim is the
prompt's."""
_CONTRASTED_JA = lazy(r"(?:の[^、。\s]{1,8}?)?(?:から|より|版|に比べ|と(?:比べ|比較|違|は違))")
"""A Japanese language word set against another (英語から日本語に変わった, 英語版と比べると), or
the noun it qualifies (英語の宿題より)."""


_JAPANESE = frozenset("japanese nihongo hiragana katakana kanji kana jp jpn ja".split())
_JAPANESE_JA = frozenset(
    "日本語 和文 ひらがな カタカナ 漢字 仮名 邦文 にほんご 日本の言葉 日本の言語 日本の文字".split()
)


def says_japanese(m: re.Match[str]) -> bool:
    """Whether the language claim ``m`` says Japanese; any other word (English, the Latin
    alphabet, アルファベット) says English."""
    word = (m.groupdict().get("en") or "").split(" ")[0].lower()
    return word in _JAPANESE or m.groupdict().get("ja") in _JAPANESE_JA
