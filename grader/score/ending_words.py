"""The wordings of how a run ended that :mod:`grader.score.stated` checks against its generation:
cut off by its budget (:data:`CUT`) or ended on its own (:data:`WHOLE`), in English and
Japanese, plain, figurative (a simile, an idiom, 四字熟語, a serial's つづく) or in shorthand. Each
pattern finds the claim's own words; which run it is said of, and whether it is denied, is
stated.py's to read.

Left out: the language of an answer and a list (:mod:`grader.score.claim_words`), and wordings no
pass has shown.
"""

from __future__ import annotations

import re

from grader.score.claim_words import PRIVATIVE
from grader.score.reading import lazy

CUT = lazy(
    r"\b(?:cut[\s-]+off|cut\s+short|truncat(?:ed|ion)|mid-?sentence|in\s+the\s+middle\s+of\s+(?:a|an|its|the|their)\s+"
    r"(?:\w+\s+)?(?:sentence|word|line|thought|bullet|item|act|scene|chapter|story|tale)|(?:chopped|cut|clipped|snipped)\s+(?:off\s+)?at\s+"
    r"(?:the\s+|its\s+)?(?:token\s+)?(?:budget|limit|cap)|r[au]n\s+out\s+of\s+(?:tokens|budget|room)|(?:used\s+up|burned\s+through|burnt\s+through|"
    r"exhausted|maxed\s+out)\s+(?:(?:all|every\s+one)\s+(?:of\s+)?)?(?:its\s+|the\s+)?(?:whole\s+|entire\s+|full\s+)?"
    r"(?:\d+\s+)?(?:tokens|(?:token\s+)?budget|allowance)|hit\s+the\s+(?:token\s+)?(?:limit|budget)|"
    r"trail(?:ed|s)?\s+off|broke\s+off|mid-?word|stop(?:ped|s)\s+(?:abruptly|short|dead)|left\s+"
    r"unfinished|(?:was|were|stayed|remained)\s+unfinished|ended\s+abruptly|mid-?(?:story|scene|thought|quest|tale|act|plot|adventure|battle|line)|"
    r"reached\s+(?:the\s+|its\s+)?(?:end\s+of\s+(?:the\s+|its\s+)?)?(?:max_new_tokens|max_length|"
    r"max\s+tokens|token\s+limit|limit|budget|allowance|tokens)|"
    r"finish_reason\s*(?:was|=|:)?\s*[\"']?length|\bfinish\s+was\s+(?:the\s+)?(?:budget|length|limit)\b|\bfinish\s*(?:は|が)\s*(?:length|budget|limit)\b|\bgot\s+no\s+further\s+than\b|\bstop(?:ped|s)?\s+at\s+(?:the\s+|its\s+)?(?:token\s+)?(?:limit|budget|cap)\b|(?:with\s+no|without\s+(?:an?\s+|the\s+)?)\s*eos|"
    # privative ("lacked an ending"), the budget as the subject ("The budget gave out on X")
    # ("without getting close to the limit" is near it, no close of the story: pass 178)
    rf"{PRIVATIVE}\s+(?:\w+\s+){{0,2}}?(?:ending|end|conclusion|close(?!\s+to\b)|finish|full\s+stop|period)|"
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
    r"\blonger\s+than\s+(?:the\s+|its\s+)?(?:token\s+)?(?:budget|limit)\s+(?:allowed|permitted)\b|\b(?:last|final)\s+"
    r"(?:part|bit|line|sentence|section)\s+(?:was|got)\s+(?:lost|dropped|cut)\b|\bstops?\s+halfway\b|"
    r"\buntil\s+the\s+(?:token\s+)?(?:limit|budget|cap)\s+(?:stopped|cut|ended|halted)\b|"
    r"\b(?:its|the)\s+(?:last|final)\s+\w+(?=\s+(?:missing|torn\s+out|ripped\s+out)\b)|\bbreaks?\s+off\b|\b(?:last|final)\s+(?:line|sentence|word|page|chapter|"
    r"scene)(?=\s+(?:was\s+|left\s+)?(?:never\s+written|unwritten))|\btoken-starved\b|\bstarved\s+(?:of|for)\s+tokens\b|"
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
    r"結末(?:が|を)(?:読め|読むことができ)(?:ず|な|ませ)|(?:ラスト|最後|結末|オチ)が消し飛|オチ(?:が|は)?行方不明|"
    # a serial's cliffhanger, 四字熟語 and idioms, scissors said (✂️ → カット: pass 165)
    r"(?:次回へ|次回に)?(?:つづく|続く)(?:と(?:なっ|いう)|の状態|で(?:幕|終わ))|(?:次回|来週号?)に持ち越|画竜点睛を欠|有終の美を飾れ(?:ず|な)|志半ばで|"
    r"時間切れ|おしまいは幻|カットされ|結末(?:に(?:あたる|当たる)部分|の部分)?(?:は|が)(?:書かれて|描かれて|出て)(?:い)?(?:な|ませ)|"
    r"(?:届か|たどり着け|辿り着け|行け)なかった(?:結末|最後|終わり|おしまい)|"
    r"最後まで(?:書け|言え|語れ)(?:てい)?(?:な|ませ|ず)|完走(?:は|が|も)?(?:でき|し)(?:ず|な|ませ)|途中棄権|"
    r"(?:最後|結末|終わり|オチ)(?:まで|を)[^、。]{0,4}?(?:書か|言わ|語ら|話さ)せて(?:もら|いただ)え(?:ず|な|ませ)|"
    r"未完|中断さ|ずじまい|途中までで(?:終わ|止ま)|最後まで書かれて(?:い)?な|結末が(?:出て|書かれて|描かれて)(?:こ|い)?な|(?:結末|最後|終わり|おしまい)まで(?:たどり着|辿り着|行き着|届|行)(?:け|か)な",
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
    r"\b(?:reach\w*|g[oe]t(?:s|ting)?\s+to|made\s+it\s+(?:all\s+the\s+way\s+)?to|arriv\w*\s+at|saw|see|"
    r"went\s+all\s+the\s+way\s+to)\s+(?:the\s+|its\s+(?:own\s+)?|their\s+)?(?:very\s+)?(?:end(?:ing)?|conclusion|"
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
    # finishing the story itself ("finished their stories", "could finish the story": pass 176)
    r"\b(?:finish(?:ed|es)?|complet(?:ed|es)?)\s+(?:its|their|the|his|her)\s+(?:own\s+|whole\s+|entire\s+)?"
    r"(?:stor(?:y|ies)|tales?|narratives?)\b|"
    r"\b(?:said|told)\s+(?:everything|all)\s+(?:it|they)\s+(?:wanted|had|needed|meant)\b|"
    # the whole told (pass 148)
    r"\bgot\s+through\s+the\s+(?:whole|entire)\s+(?:story|tale)|\b(?:told|wrote)\s+the\s+(?:complete|whole|"
    r"entire|full)\s+(?:story|tale)|\bright\s+up\s+to\s+the\s+end\b|"
    # tokens left over (pass 146)
    r"\b(?:had|with)\s+(?:\w+\s+)?(?:tokens|budget|room)\s+(?:to\s+spare|left)|\bstayed\s+(?:well\s+)?"
    r"(?:under|within|below)\s+(?:the|its)\s+(?:\S+\s+)?(?:limit|budget)|"
    # a story's ending told by its kind ("had a happy ending", "happily ever after": pass 142)
    r"\b(?:happy|sad|bittersweet|twist|surprise|tragic|fairy-?tale)\s+ending\b|"
    r"\bhappily\s+ever\s+after\b|\bself-(?:finished|completed|terminated)\b|\b(?:was|were|is|are)\s+(?:(?:anything\s+"
    r"but|far\s+from|not|never|fully|entirely)\s+)?(?:complete|finished)\b(?=\s*[,.;:!?]|\s+(?:and|but|with|as|at|after|when|once)\b|\s*$)|"
    r"\b(?:a|the)\s+complete\s+(?:story|tale)\b|\bescap(?:e|ed|es)\s+(?:the\s+|its\s+)?(?:token\s+)?(?:limit|budget|cap)\b|めでたしめでたし|ハッピーエンド|"
    r"(?:語り|書き|言い|話し)終え|"
    r"自分で(?:終わ|止ま)(?!らせ|るには)|完走(?:し|でき(?!ず|な|ませ)|を果た)|有終の美を飾(?:っ|り)|"
    r"(?:最後|結末|終わり|オチ)(?:まで|を)[^、。]{0,4}?(?:書か|言わ|語ら|話さ)せて(?:もら|いただ)え(?=ま|た)|最後まで(?:きちんと|ちゃんと|しっかり)?(?:書き|言い|語り)?(?:切っ|きっ|終え|切られ)|(?:話|物語)を(?:書き|語り)きっ|完結し|"
    r"オチまで(?:つい|あっ)|エンディングまで(?:到達|たどり着|辿り着|行)|エンディングを迎え|結末を迎え|(?:結末|最後|終わり|おしまい)まで(?:たどり着|辿り着|行き着|届)(?:い|き)|(?:結末|最後|終わり)まで(?:きちんと|ちゃんと|しっかり)?(?:書かれて|描かれて)(?:い)?(?!な)|"
    r"(?:ピリオド|句点)(?:で|が)(?:しっかり|きちんと|ちゃんと)?(?:閉じ|打たれ|付い|つい|終わ)|"
    r"最後まで(?:出て|出力されて|書かれて)(?:い)?|(?:話|物語)を(?:きちんと|ちゃんと|しっかり)?(?:終え|締めくく)|"
    r"書き?(?:きれ|切れ)(?:た|ま|てい)|最後まで(?:書け|言え|語れ)(?:てい)?(?:た|ま(?!せ))|上限に(?:届く|達する)(?:より)?前に|自分で[^、。]{0,8}?(?:締めくく|終え|終わ)(?!らせ|るには)|"
    r"終結まで|大団円|終幕|結末あり|(?:書き|語り|言い|話し)終わ|EOS\s*(?:トークン)?\s*で[^、。]{0,6}?(?:終了|終わ|止ま|stop)|最後まで(?=\s*[。！!]|\s*$)|きちんと終わ|最後まで終わ(?=っ|り)",
    re.IGNORECASE,
)
"""A run that ended on its own: the claim opposite to :data:`CUT`."""
