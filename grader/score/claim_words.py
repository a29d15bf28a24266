"""The wordings of the claims :mod:`grader.score.stated` checks against a run's generation: its
language (a wording, or any word of the language where the clause is not of the prompt), cut
off or ended on its own, a list or none, in English and Japanese. Each pattern finds the
claim's own words; which run it is said of, and whether it is denied or only
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
    r"\bused\s+(?:the\s+)?(?=hiragana|katakana|kanji|kana\b|latin\b|roman\b)"
    r")"
    r"(?P<en>english|japanese|nihongo|eigo|(?:latin|roman)\s+(?:alphabet|letters|script)|hiragana|"
    r"katakana|kanji|kana|(?-i:EN|ENG|JP|JPN|JA))\b|"
    # a Japanese claim: the language word and what follows it
    r"(?:(?:全部|すべて|全て|ほぼ)\s*)?(?P<ja>英語|日本語|英文|和文)"
    r"(?:で(?:答え|返|書い|書き|話し|出|綴|語)|になっ|のまま|だった|でした|です(?!か)|(?=\s*[。！!]|\s*$)|"
    r"の(?:文章|文|物語|答え|回答)(?:だった|になっ|で(?:書|返|出)))",
    re.IGNORECASE,
)
CUT = lazy(
    r"\b(?:cut[\s-]+off|cut\s+short|truncat(?:ed|ion)|mid-?sentence|in\s+the\s+middle\s+of\s+a\s+"
    r"(?:sentence|word|line|thought)|r[au]n\s+out\s+of\s+(?:tokens|budget|room)|(?:used\s+up|burned\s+through|burnt\s+through|"
    r"exhausted|maxed\s+out)\s+(?:all\s+(?:of\s+)?)?(?:its\s+|the\s+)?(?:whole\s+|entire\s+|full\s+)?"
    r"(?:\d+\s+)?(?:tokens|(?:token\s+)?budget|allowance)|hit\s+the\s+(?:token\s+)?(?:limit|budget)|"
    r"trail(?:ed|s)?\s+off|broke\s+off|mid-?word|stop(?:ped|s)\s+(?:abruptly|short|dead)|left\s+"
    r"unfinished|(?:was|were|stayed|remained)\s+unfinished|ended\s+abruptly|mid-?(?:story|scene|thought)|"
    r"reached\s+(?:the\s+|its\s+)?(?:end\s+of\s+(?:the\s+|its\s+)?)?(?:max_new_tokens|max_length|"
    r"max\s+tokens|token\s+limit|limit|budget|allowance|tokens)|"
    r"finish_reason\s*(?:was|=|:)?\s*[\"']?length|\bfinish\s+was\s+(?:the\s+)?(?:budget|length|limit)\b|\bstop(?:ped|s)?\s+at\s+(?:the\s+|its\s+)?(?:token\s+)?(?:limit|budget|cap)\b|(?:with\s+no|without\s+(?:an?\s+|the\s+)?)\s*eos|"
    # privative ("lacked an ending"), the budget as the subject ("The budget gave out on X")
    rf"{PRIVATIVE}\s+(?:\w+\s+){{0,2}}?(?:ending|end|conclusion|close|finish|full\s+stop|period)|"
    r"ran\s+out\s+of\s+(?:steam|breath|gas|juice|words|space|road)|cliff-?hanger|to\s+be\s+continued|"
    r"unfinished|incomplete|(?:chopped|snipped|clipped|lopped|sliced|hacked|cropped|severed)\s+"
    r"(?:\w+\s+)?off|left\s+(?:\w+\s+){0,4}?hanging|"
    r"(?<!before\s)(?<!before\sthe\s)(?<!before\sits\s)(?:budget|allowance|token\s+limit|tokens|limit|max_new_tokens)"
    r"\s+(?:\w+\s+)?(?:gave\s+out|"
    r"ran\s+(?:out|dry)|was\s+(?:used\s+up|exhausted|spent)|expired|cut\s+\w+(?:-\w+)?\s+off)|"
    # by time or halves ("halfway through", "fell silent before it could finish": pass 139)
    r"halfway\s+through|part[\s-]?way\s+through|before\s+(?:it|they|the\s+story)\s+(?:could|was\s+able\s+to|"
    r"had\s+a\s+chance\s+to)\s+(?:finish|end|complete|conclude|wrap))\b|"
    # a loss to the limit ("fell victim to the token limit", "lost its last line to it", "a token
    # shortage cost it its last bullet"), the limit that stopped it, a last part missing (pass 162)
    r"\b(?:fell\s+victim|succumbed)\s+to\s+(?:the\s+|its\s+)?(?:token\s+)?(?:limit|budget|cap)\b|"
    r"\blost\s+(?:its|their|the)\s+(?:ending|end|(?:last|final)\s+\w+)\s+to\b|\btoken\s+shortage\b|"
    r"\bcost\s+(?:it|them)\s+(?:its|their)\s+(?:ending|end|(?:last|final)\s+\w+)\b|"
    r"\btoo\s+long\s+for\s+(?:the\s+|its\s+)?(?:token\s+)?(?:budget|limit)\b|"
    r"\buntil\s+the\s+(?:token\s+)?(?:limit|budget|cap)\s+(?:stopped|cut|ended|halted)\b|"
    r"\b(?:its|the)\s+(?:last|final)\s+\w+(?=\s+missing\b)|"
    # the budget as a ceiling run into ("hit max_new_tokens", "ran up against the cap": pass 148)
    r"\b(?:hit|ran\s+(?:up\s+)?(?:against|into)|bumped\s+(?:up\s+)?(?:against|into))\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:max_new_tokens|ceiling|cap|limit|budget)\b|"
    # an interruption, a fading (pass 142)
    # the budget in the passive ("was stopped by the token limit", "The budget was never reached
    # by X": pass 150)
    r"\b(?:was|were|got)\s+(?:stopped|halted|ended|terminated|cut)\s+by\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:token\s+)?(?:limit|budget|cap|ceiling|max_new_tokens)\b|\b(?:budget|limit|cap|ceiling|"
    r"max_new_tokens)\s+was\s+(?:\w+\s+)?(?:reached|hit)\s+by\b|"
    r"\b(?:got|was|were|gets)\s+interrupted\b(?!\s+by)|\b(?:petered|fizzled|tailed|faded)\s+"
    r"(?:out|off)\b|\b(?:got|was|were|gets)\s+(?:\w+\s+)?(?:capped|clipped|cropped|curtailed|snipped|"
    r"trimmed)\b(?!\s+(?:at|to)\b)|"
    r"途中で切れ|途切れ|切れてしま|途中で(?!は)[^、。]{0,6}?(?:終わ|止ま)|尻切れ|打ち切ら|"
    r"(?:カットオフ|トランケート)(?:され|し)?|途中切れ|お切れ|上限にお達し|途絶え|(?:ブツッと|プツッと|プツリと|ぷつりと|ブツリと)|打切り|打ち切り|"
    r"中絶|寸断|打ち止め|寸止め|言いさし|竜頭蛇尾|尻すぼみ|上限いっぱい|上限まで使い切|書きかけ(?:で|だっ|でし)|上限で(?:止ま|止められ|切れ|終わ|打ち切)|上限に(?:達し|届い)(?:て|た|ま)|"
    r"真ん中で(?:ぷつんと)?(?:止ま|終わ|切れ)|ぷつんと(?:止ま|切れ)|ぶつ切り|ぶつっと(?:止ま|切れ|終わ)|"
    r"トークン切れ|(?:言い|書き|話し|語り)かけ(?:た|の)?まま|(?:書き|言い|語り|話し)(?:きれ|切れ)(?:ず|な|ませ)|そびれ|(?:締めくくり|書き|語り|言い)損ね|"
    # unfinished, broken off (pass 145)
    r"結末(?:が|を)(?:読め|読むことができ)(?:ず|な|ませ)|最後まで(?:書け|言え|語れ)(?:てい)?(?:な|ませ|ず)|完走(?:は|が|も)?(?:でき|し)(?:ず|な|ませ)|途中棄権|"
    r"(?:最後|結末|終わり|オチ)(?:まで|を)[^、。]{0,4}?(?:書か|言わ|語ら|話さ)せて(?:もら|いただ)え(?:ず|な|ませ)|"
    r"未完|中断さ|ずじまい|途中までで(?:終わ|止ま)|最後まで書かれて(?:い)?な|結末が(?:出て|書かれて|描かれて)(?:こ|い)?な|(?:結末|最後|終わり)まで(?:たどり着|辿り着|行き着|届)(?:け|か)な",
    re.IGNORECASE,
)
WHOLE = lazy(
    r"\b(?:end(?:ed|s)?|finish(?:ed|es)?|stop(?:ped|s)?|complet(?:ed|es)|wrap(?:ped|s)?\s+up)\s+(?:\w+\s+){0,2}?"
    r"(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|naturally|cleanly|properly)\b|"
    r"\b(?:complete|satisfying|proper|natural|real|full|neat|tidy|clean|rounded(?:[\s-]+off)?)\b"
    r"(?:[\s,]+\w+){0,2}?[\s,]+(?:close|"
    r"end(?:ing)?|conclusion|finish|stop|halt)\b|(?<!no\s)(?<!without\s)(?<!without\san\s)(?<!without\sthe\s)"
    r"\b(?:emitted|produced|generated|output|hit|reached)\s+(?:an?\s+|the\s+|its\s+)?eos\b|"
    r"finish_reason\s*(?:was|=|:)?\s*[\"']?stop|\bfinish\s+was\s+(?:an?\s+)?eos\b|\bmanaged\s+to\s+(?:finish|end|complete|wrap\s+up)\b|"
    # arrival at the end ("made it all the way to its last line", "never got to the end")
    r"\b(?:reach\w*|g[oe]t(?:s|ting)?\s+to|made\s+it\s+(?:all\s+the\s+way\s+)?to|arriv\w*\s+at|"
    r"went\s+all\s+the\s+way\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:very\s+)?(?:end(?:ing)?|conclusion|"
    r"finish|(?:last|final)\s+(?:line|sentence|word|page))\b(?!\s+of\s+(?:its\s+|the\s+)?(?:token|budget|"
    r"limit|max|allowance|room|space))|"
    r"\bwrap(?:ped|s)?\s+(?:\w+\s+){0,3}?up\b(?:\s+\w+){0,3}?\s+(?:neatly|properly|cleanly|"
    r"nicely)\b|"
    # closing verbs and "said everything" (pass 139)
    r"\bbrought\s+(?:\w+\s+){0,2}?to\s+an?\s+(?:close|conclusion|end)\b|\bsigned\s+off\b|"
    r"\ba\s+beginning,?\s+(?:a\s+)?middle,?\s+and\s+(?:an?\s+)?end\b|"
    r"\btied\s+up\s+(?:\w+\s+){0,3}?loose\s+ends\b|\b(?:got|received|gets|reached|ended\s+"
    r"(?:on|with))\s+(?:its|a|the)\s+(?:final\s+|closing\s+)?(?:full\s+stop|period)\b(?!\s+of\b)|"
    r"\bconclud(?:ed|es)\s+(?:\w+\s+){0,2}?(?:story|tale|answer|narrative)\b|"
    r"\b(?:said|told)\s+(?:everything|all)\s+(?:it|they)\s+(?:wanted|had|needed|meant)\b|"
    # the whole told (pass 148)
    r"\bgot\s+through\s+the\s+(?:whole|entire)\s+(?:story|tale)|\b(?:told|wrote)\s+the\s+(?:complete|whole|"
    r"entire|full)\s+(?:story|tale)|\bright\s+up\s+to\s+the\s+end\b|"
    # tokens left over (pass 146)
    r"\b(?:had|with)\s+(?:\w+\s+)?(?:tokens|budget|room)\s+(?:to\s+spare|left)|\bstayed\s+(?:well\s+)?"
    r"(?:under|within|below)\s+(?:the|its)\s+(?:\S+\s+)?(?:limit|budget)|"
    # a story's ending told by its kind ("had a happy ending", "happily ever after": pass 142)
    r"\b(?:happy|sad|bittersweet|twist|surprise|tragic|fairy-?tale)\s+ending\b|"
    r"\bhappily\s+ever\s+after\b|\bescap(?:e|ed|es)\s+(?:the\s+|its\s+)?(?:token\s+)?(?:limit|budget|cap)\b|めでたしめでたし|ハッピーエンド|"
    r"(?:語り|書き|言い|話し)終え|"
    r"自分で(?:終わ|止ま)(?!らせ|るには)|完走(?:し|でき(?!ず|な|ませ)|を果た)|"
    r"(?:最後|結末|終わり|オチ)(?:まで|を)[^、。]{0,4}?(?:書か|言わ|語ら|話さ)せて(?:もら|いただ)え(?=ま|た)|最後まで(?:書き|言い|語り)?(?:切っ|きっ|終え)|(?:話|物語)を(?:書き|語り)きっ|完結し|"
    r"オチまで(?:つい|あっ)|エンディングまで(?:到達|たどり着|辿り着|行)|エンディングを迎え|(?:話|物語)を(?:きちんと|ちゃんと|しっかり)?(?:終え|締めくく)|"
    r"書き?(?:きれ|切れ)(?:た|ま)|最後まで(?:書け|言え|語れ)(?:てい)?(?:た|ま(?!せ))|上限に(?:届く|達する)(?:より)?前に|自分で[^、。]{0,8}?(?:締めくく|終え|終わ)(?!らせ|るには)|"
    r"終結まで|大団円|終幕|結末あり|(?:書き|語り|言い|話し)終わ|EOS\s*(?:トークン)?\s*で[^、。]{0,6}?(?:終了|終わ|止ま|stop)|最後まで(?=\s*[。！!]|\s*$)|きちんと終わ",
    re.IGNORECASE,
)
"""A run that ended on its own: the claim opposite to :data:`CUT`."""
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
    r"\bpoint\s+by\s+point\b|\b(?:is|was|are|were)\s+an?\s+(?:\w+\s+){0,2}?(?:example|specimen|instance|illustration)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:\w+[\s-]+){0,2}?(?:lists?|points)\b|\bone\s+(?:item|point|idea|bullet)\s+(?:per|a|on\s+each)\s+line\b|"
    r"箇条書きに(?:なっ|なり|した|され|まとめ)|箇条書きで(?:答え|書|出)|番号付き|列挙|項目に分かれ(?!ず)|"
    r"箇条書き(?=だっ|でし|です|の形|形式|スタイル|調|風)|リストアップ|リスト(?:の形|形式|状)|リストに(?:なっ|まとま)|"
    r"(?:ハイフン|ダッシュ|記号|・|「-」)で始まる行",
    re.IGNORECASE,
)
NO_LIST = lazy(
    rf"(?:\b(?:not|never|instead\s+of)|n't|{PRIVATIVE})\s+"
    r"(?:\w+\s+){0,3}?(?:a\s+)?(?:list|bullet\s*points?|"
    r"bullets)\b|\bno\s+(?:numbered\s+|bulleted\s+|real\s+)?(?:lists?|bullet\s*points?|bullets|"
    r"bullet\s+markers?|markers|dashes|hyphens)\b|\b(?:bullet|list|number|dash)-?free\b|"
    r"\b(?:plain|one\s+long|a\s+single)\s+paragraph\b|"
    r"\b(?:ordinary|plain|regular|normal|continuous)\s+prose\b|\bprose\s+paragraphs?\b|"
    r"(?:箇条書き|リスト)(?:には|に|では)?(?:ならな|なってい?な)|(?:箇条書き|リスト)(?:の形|形式)?ではな|"
    r"\b(?:one|a|a\s+single)\s+(?:solid\s+|long\s+)?block\s+of\s+(?:text|prose)\b|"
    r"\bran\s+(?:everything|it\s+all|(?:\w+\s+)?(?:sentences|lines|items|points))\s+together\b|"
    r"\bwall\s+of\s+text\b|\b(?:just|only|merely)\s+(?:one|a\s+single)\s+paragraph\b|"
    r"\bon\s+the\s+same\s+line\b|"
    r"\b(?:on|along|in)\s+(?:a\s+)?(?:single|one)\s+line\b|改行(?:なし|がなく|せず)|一つにつながっ|"
    r"普通の段落|段落で書|(?:ただ|単なる)の?(?:文章|文|段落)(?:だっ|でし|です|で書)|"
    r"項目に分かれず|一続きの段落|(?:普通|ふつう)の文(?:章)?(?:で|だった)|地の文",
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
            and OF_PROMPT().search(clause[max(0, m.start() - 8) : m.start()])
            and not _TO_PROMPT().search(clause[max(0, m.start() - 8) : m.start()])
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
