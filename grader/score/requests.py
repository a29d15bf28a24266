"""What counts as a request for each goal, and for its opposite: the phrase tables that
:mod:`grader.score.asks` matches on a prompt read as it reads them (NFKC, case folded, quotations
and look-alikes resolved; one clause at a time).

A request is a phrase that directs the answer ("answer briefly", "a short story", "in one
sentence", "in Japanese", "as a list", 簡潔に, 一文で, 日本語で, 箇条書きで), not a goal's word
wherever it stands. The tables leave out how a request is negated, taken back or attached to the
story: that is :mod:`grader.score.asks`.
"""

from __future__ import annotations

from grader.score.indirect import INDIRECT
from grader.score.numbers import NUMBER_WORD

_VERBS = (
    r"(?:answer|respond|reply|write|tell|say|explain|describe|put|speak|talk|narrate|recount|"
    r"(?<!about )(?<!of )(?:answering|responding|replying|writing|telling|saying|explaining|"
    r"describing|putting|speaking|talking|narrating|recounting))"
)
"""The verbs of answering, and their -ing forms ("How about telling it in Japanese?", pass 52),
but after "about" or "of", where they name a topic ("a story about answering briefly")."""
_NOUNS = (
    r"(?:answers?|responses?|reply|replies|story|stories|tale|version|summary|text|explanation|"
    r"description|paragraph|one|poem|account|message|output)"
)
_FEW = rf"(?:a few|few|a couple of|a single|single|an?|{NUMBER_WORD}|\d+\s*[-~]\s*\d+|\d+)"
_WANT = (
    r"\b(?:i|we)(?:(?:'d|\s+would|'m|\s+am|'re|\s+are)?\s+(?:only\s+|just\s+|really\s+)?(?:need|want|"
    r"prefer|ask\s+for|asking\s+for)|"
    r"(?:'d|\s+would)\s+(?:really\s+)?(?:like|love))(?!\s+(?:to\s+)?(?:hear|read|see|know)\s+(?:about|of))"
)
"""The student's own need or wish, before what they ask for: "I only need", "I'd ask for"."""

_ANSWER = (
    r"(?:the|your)\s+(?:answer|story|reply|response|text|tale|output|result|summary|version|"
    r"retelling|description|whole\s+thing)"
)
"""What a request keeps short or sums up: the answer, not a part of the story ("keep the
opening short", "make the dragon short" are the story's, rt41-03)."""
_BY = r"(?:in|into|to|within|using|with|use|just|only|at most|up to|under|below|max(?:imum)?)"
_ABOUT = (
    r"(?:(?:just|only|at most|up to|exactly|about|around|roughly|approximately|less\s+than|"
    r"fewer\s+than|under|below)\s+|~\s*)"
)
"""Before a count: how strictly it is meant ("in about 30 words" asks as "in 30 words" does)."""
_SMALL = (
    r"(?:a|an|one)\s+(?:single\s+)?(?:tweet|text(?:\s+message)?|sms|postcard|post-?it|"
    r"sticky\s+note|glance|breath|minute)\b"
)
"""What a short answer fits in ("short enough to fit in a tweet")."""
_LIST_VERB = (
    r"(?:list|enumerate|itemi[sz]e)\s+(?:out\s+)?(?:the|all|every|each|some|a\s+few|\d+|two|three|"
    r"four|five|its|his|her|their|them|it|what|how|why)(?:\s+(?:main|key|important))?"
    r"(?:\s+(?:events|steps|scenes|parts|points|things|moments|characters|facts|ideas|happens|"
    r"happened))?\b"
)
""""List the events", "list what happens": a request for a list that names what to list."""
_JA_NOUNS = "(?:物語|お話|話|答|回答|文|説明|返|ストーリー|お返事|あらすじ)"
_OR_N = r"(?:\s+or\s+(?:two|three|four|five|\d+))?"  # a count's upper end: "two or three"
_SUFFICES = (  # after a goal's phrase, that it suffices (pass 64): "Japanese works best for me."
    r"\s+(?:(?:is|are|would\s+be|will\s+be|should\s+be)\s+(?:(?!not|never|hardly|barely|far)\w+\s+)?"
    r"(?:ideal|great|good|fine|nice|perfect|best|better|enough|plenty|ok|okay|sufficient|preferable)|"
    r"(?:will|would|should)\s+(?:do|suffice)|"
    r"suffices?|works?(?:\s+best)?(?:\s+for\s+(?:me|us))?|suits?\s+(?:me|us))\b"
)
_NOT_A_LINK = (
    r"(?!(?:rather|instead|not|please|only|but|and|or|so|if|too|thanks|then|because|since|as|"
    r"when|while|for\s+(?:me|us|your|the)|(?:this|next)\s+time|now|again|today|though|also)\b)"
)
"""After "in Japanese", a word that makes it a noun phrase ("in Japanese style") rather than a
request followed by another clause ("in Japanese rather than English", "in Japanese this
time"); a Japanese word after it is the request's own ("in Japanese お願いします")."""


def _language(name: str, japanese: str) -> tuple[str, ...]:
    """The requests for an answer in the language ``name`` (its Japanese forms: ``japanese``)."""
    return (
        rf"\b(?:in|into|to|use|using|with)\s+(?:the\s+)?{name}(?:\s+language)?\b(?!\s+{_NOT_A_LINK}[a-z0-9])",
        rf"\b{name}\s+(?:only|please)\b|^\s*{name}\s*$|^\s*(?:(?:an?\s+)?answer\s+in\s+)?{name}{_SUFFICES}",
        rf"\bmake\s+(?:it|the\s+(?:answer|reply|response|story))\s+{name}\b",
        japanese,
    )


REQUESTS: dict[str, tuple[str, ...]] = {
    "concise": (
        rf"\b{_VERBS}(?:\s+(?:me|us|it|them|this|that|(?:the|a|an|your|my)\s+\w+))?"
        r"\s+(?:(?:very|more|as|really|quite)\s+)?(?:briefly|concisely|succinctly|tersely)\b",
        r"^\s*(?:please\s+)?(?:(?:very|super|really)\s+)?(?:briefly|concisely|succinctly|short|brief|"
        r"concise)(?:\s+(?:please|pls|plz|thanks))?\s*$",
        rf"\b(?:briefly|concisely|succinctly)\s+(?!put\b){_VERBS}\b",
        r"\bbe\s+(?:(?:very|as|more|extra)\s+)?(?:brief|concise|succinct|short|terse)"
        r"(?:\s+as\s+(?:possible|you\s+can))?\b",
        rf"\b(?:keep|make|keeping|making)\s+(?:it|this|that|{_ANSWER})\s+"
        r"(?:(?:very|really|quite|super|extra|kinda|sorta|pretty|fairly|a\s+bit)\s+)?"
        r"(?:short|brief|briefer|concise|succinct|quick|snappy|tight|crisp|a\s+(?:quick|short)\s+read)"
        r"(?:\s+and\s+(?:sweet|simple|clear|to\s+the\s+point))?\b",
        rf"\b(?:short|shorter|brief|concise|succinct|terse|quick|abridged)(?:\s+and\s+\w+)?\s+(?:\w+\s+)?"
        rf"{_NOUNS}\b",
        r"\bin\s+(?:just\s+|only\s+)?(?:a\s+)?few\s+words\b",
        rf"\b(?:cut|trim|whittle|pare)\s+(?:it|this|that|(?:the|your)\s+{_NOUNS})\s+(?:short|down)\b",
        rf"\bshorten\s+(?:it|this|that|(?:the|your)\s+{_NOUNS})\b",
        r"\b(?:not|without|(?:don't|do\s+not|never)\s+use)\s+too\s+many\s+(?:words|sentences|lines)\b",
        r"\bin\s+(?:a\s+word|one\s+line)\b",
        r"\b(?:tldr|(?:cliffs?|spark)\s*notes)(?:\s+version)?\b|\bthe\s+shorter\s*,?\s+the\s+better\b|\bbite[\s-]?sized?\b",
        r"\bas\s+(?:short|brief|concise|succinct|briefly|concisely|succinctly|tersely|few\s+words)"
        r"\s+as\s+(?:possible|you\s+can|you\s+could|it\s+can\s+be)\b",
        r"\bin\s+a\s+nutshell\b|\blong\s+story\s+short\b|\bin\s+(?:short|brief)\b(?!\s+[a-z])",
        rf"\bsum\s+(?:it|this|that|{_ANSWER})\s+up\b",
        r"\b(?:don't|do\s+not|never|not|no|nothing|shouldn't|should\s+not|mustn't|must\s+not|doesn't|"
        r"does\s+not|needn't)\s+"
        rf"(?:make\s+(?:it|this|{_ANSWER})\s+|(?:(?:need|have)\s+to\s+)?be\s+)?(?:a\s+|an\s+)?(?:too\s+|so\s+|very\s+)?"
        r"(?:long|lengthy|wordy)(?:\s+(?:one|story|answer|reply|response|text))?\b",
        r"\b(?:short|brief)\s+enough\s+to\s+(?:fit|read|say|tell|post)\b(?:\s+(?:in|into|on|at)\s+"
        rf"{_SMALL})?",
        rf"\bfits?\s+(?:in|into|on)\s+{_SMALL}",
        r"\b(?:tweet|postcard|haiku|headline|elevator[\s-]pitch|sound[\s-]?bite|short)[\s-](?:length|sized?)\b|"
        rf"\b(?:like|as)\s+an?\s+elevator\s+pitch\b|{_WANT}\s+(?:it|this|{_ANSWER})\s+(?:short|brief|concise)\b",
        r"\b(?:give\s+me\s+)?the\s+(?:gist|short\s+version|bottom\s+line)\b",
        r"\b(?:(?:don't|do\s+not|never|no\s+need\s+to)\s+go(?:ing)?\s+into|without)\s+(?:too\s+much\s+|much\s+|"
        r"a\s+lot\s+of\s+|any\s+)?details?\b",
        r"\b(?:skip|leave\s+out|spare\s+me|no\s+need\s+for)\s+(?:all\s+)?the\s+details\b",
        r"\b(?:don't|do\s+not)\s+need\s+(?:(?:any|the|many|much|a\s+lot\s+of)\s+)?details\b",
        r"\b(?:don't|do\s+not|never)\s+write\s+(?:too|so|that)\s+much\b(?!\s+(?:about|on|of)\b)",
        r"\b(?:use\s+|with\s+|in\s+|of\s+)?(?:fewer|less|(?:very|so)\s+few)\s+words\b",
        r"\b(?:don't|do\s+not|never|no|without)\s+(?:rambl(?:e|ing)|waffl(?:e|ing)|padding|fluff|filler)\b",
        rf"\b{_BY}\s+(?:a|one)\s+(?:sentence|line)\s+or\s+(?:two|three)\b",
        r"^\s*(?:please\s+)?(?:sum\s+up|summari[sz]e)\b",
        rf"\b{_BY}\s+{_ABOUT}?{_FEW}{_OR_N}(?:\s+short)?\s+"
        r"(?:sentences?|words|lines|characters|chars|tokens)\b",
        rf"\b{_FEW}[\s-](?:sentences?|lines?|words?|characters?|chars?|tokens?)\s+{_NOUNS}\b",
        rf"\b{_FEW}{_OR_N}\s+(?:short\s+)?(?:sentences?|words|lines)"
        r"\s+(?:at\s+most|max(?:imum)?|tops|or\s+(?:less|fewer)|(?:is|are|would\s+be|will\s+be|should\s+be)"
        r"\s+(?:plenty|enough|fine|ok|okay|good|sufficient)|(?:will|would|should)\s+do)\b",
        r"\b(?:just\s+|only\s+)?the\s+(?:highlights|key\s+points|essentials)\b|\bbare[\s-]bones?\b",
        rf"\b(?:keep|limit)\s+(?:it|this|that|{_ANSWER})\s+to\s+(?:just\s+)?(?:one|a\s+single|a)\s+"
        r"(?:short\s+)?paragraph\b|\b(?:in|to|into)\s+(?:just\s+)?(?:one|a)\s+short\s+paragraph\b",
        r"\bnice\s+and\s+(?:short|brief|concise|quick)\b",
        r"\bsomething\s+(?:(?:very|really|nice\s+and)\s+)?(?:short|brief|concise|quick|snappy)\b|"
        rf"^\s*(?:an?\s+)?(?:short|brief|concise)(?:\s+{_NOUNS})?{_SUFFICES}",
        r"\b(?:short|brief|concise|quick|clear)\s+and\s+(?:sweet|simple|to\s+the\s+point)\b",
        r"\bon\s+the\s+short(?:er)?\s+side\b|\bshortish\b",
        rf"(?:\b(?:make|keep)\s+(?:it|this|that|{_ANSWER})\s+|^\s*)(?:a\s+(?:bit|little|lot)\s+)?"
        r"shorter(?:\s+than\s+(?:usual|normal|before|last\s+time|that))?\b",
        r"^\s*(?:please\s+)?(?:get\s+)?(?:straight\s+|right\s+)?to\s+the\s+point\b",
        r"\b(?:don't|do\s+not|never)\s+go\s+on(?:\s+and\s+on|\s+too\s+long)?\b",
        rf"\b(?:don't|do\s+not|never)\s+drag\s+(?:it|this|that|{_ANSWER})\s+(?:out|on)\b",
        rf"簡潔に|簡潔な{_JA_NOUNS}|コンパクト(?:に|な|で)|さらっと|サラッと|さくっと|サクッと|あっさり|手っ取り早く|てっとり早く|短く|短め|短い{_JA_NOUNS}|短文|手短に|端的に|一言で|要約して|"
        r"要約を|まとめて|少ない(?:言葉|文字|語)|少なめ|[一二三1-3]文で|数文で|数行で|数語で|一文に|"
        r"(?:あらすじ|粗筋|概要)(?:だけ|のみ|で|を|に|として)|"
        r"長くしないで|長くならない|長すぎない|長くせず|簡単に|要点だけ|要点を|要点で|ざっくり|"
        r"[一二三四五1-5][文行](?:くらい|ぐらい|程度|以内|まで)?で|"
        r"(?:長々|だらだら|ダラダラ)と?.{0,6}?(?:なくていい|なくて良い|ないで|しないで|せずに?)|"
        r"長文は(?:不要|いらない|要らない|なしで|やめて)|"
        r"[0-9一二三四五六七八九十百千]+(?:文字|字|語|単語|トークン)(?:以内|まで|程度|くらい|ぐらい)?で",
    ),
    "one_sentence": (
        rf"\b{_BY}\s+(?:(?:just|only|at most|exactly)\s+)?(?:one|a|1|a single|single)\s+"
        r"(?:short\s+|long\s+)?(?:sentence|line)\b",
        rf"\b(?:one|single|1)[\s-](?:sentence|line)\s+{_NOUNS}\b",
        r"\bone[\s-]?liner\b|\bas\s+(?:just\s+)?(?:one|a\s+single|a|1)\s+(?:short\s+)?sentence\b",
        r"\b(?:fit|squeeze|squash|cram|compress|condense)s?(?:\s+(?:it|this|that|everything|the\s+"
        r"(?:whole\s+|entire\s+)?\w+))?\s+(?:in|into|on)\s+(?:a\s+single|one|a)\s+(?:sentence|line)\b",
        r"\bone\s+(?:sentence|line)\s+(?:only|please|max(?:imum)?|long|tops|at\s+most)\b",
        r"^\s*(?:just\s+|only\s+|exactly\s+)?(?:one|a\s+single)\s+sentence\s*$",
        r"\b(?:one|a\s+single|a)\s+sentence\s+(?:is|would\s+be|will\s+be)\s+(?:enough|fine|plenty|ok|okay)\b|"
        rf"^\s*(?:just\s+|only\s+)?(?:one|a\s+single)\s+sentence{_SUFFICES}",
        # what the student needs (pass 44): "I only need one sentence", "One sentence is all I need"
        rf"{_WANT}\s+(?:just\s+|only\s+)?(?:one|a\s+single|a|1)\s+(?:short\s+)?sentence\b",
        r"\b(?:one|a\s+single)\s+sentence\s+is\s+all\s+(?:i|we)\s+(?:need|want|ask\s+for)\b",
        r"一文で|1文で|一つの文で|ひとつの文で|一行で|1行で|[一1][文行](?:だけ|のみ|以内|まで)|一文に|一言で|[一ひ]と?息で|"
        r"ワンセンテンス|ワンライン",
    ),
    "japanese": _language(
        "(?:japanese|日本語|nihongo)",
        "日本語(?:の(?:文章|文|言葉)|の?(?:バージョン|版))?で|日本語に|和訳|和文で",
    ),
    "english": _language(
        "(?:english|英語|eigo)",
        "英語(?:の(?:文章|文|言葉)|の?(?:バージョン|版))?で|英語に|英訳|英文で",
    ),
    "list": (
        r"\b(?:as|in|into|using|with|use|used|do|its\s+own|their\s+own)\s+"
        r"(?:a\s+|(?:a\s+few|several|two|three|four|five|\d+)\s+)?(?:(?:bulleted|numbered|bullet|short|simple|"
        r"ordered|neat|clear|markdown|separate)\s+){0,2}(?:list|bullet\s+points?|bullets|points|point\s+form|"
        # "bullet" before another word only as a form ("in bullet form"); "in bullet time" and
        # "with bullet wounds" are the story's (rt37-09)
        r"bullet(?!\s+(?!(?:form|format|style|list)\b)[a-z])|steps)(?:\s+of\s+(?:bullet\s+points|\w+))?\b",
        rf"^\s*(?:an?\s+)?(?:(?:bulleted|numbered)\s+list|bullet[\s-]?points|bullets|list){_SUFFICES}|"
        r"\b(?:bulleted|numbered|bullet)\s+list\b|\b(?:(?:as|in|into)\s+)?(?:a\s+)?listicle\b|\bmake\s+(?:it|this|the\s+story)\s+a\s+list\b|"
        r"(?:(?:^|[.!?:;,])\s*|\b(?:please|just|then)\s+)(?:give|write|send|make)\s+(?:me\s+)?(?:a\s+)?list\b",
        rf"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?{_LIST_VERB}",
        r"\bone\s+(?:(?:item|point|event|thing|step|scene)\s+(?:per|a|on\s+each)|per|on\s+each)\s+line\b",
        r"\b(?:each|every)\s+(?:item|point|event|thing|step|scene|part|sentence)\s+on\s+(?:its\s+own|"
        r"a\s+(?:new|separate))\s+line\b",
        r"\b(?:point|item|step)\s+by\s+(?:point|item|step)\b",
        r"\b(?:as|in|into)\s+(?:an?\s+)?(?:short\s+|simple\s+)?outline\b",
        r"\bin\s+the\s+form\s+of\s+(?:a\s+)?(?:bulleted\s+|numbered\s+)?list\b",
        r"\b(?:starting|beginning)\s+with\s+(?:a\s+)?(?:dash|bullet|hyphen|number)s?\b",
        r"\bbullet(?:ed)?[\s-]?points?\s+(?:version|list|form|format|style)\b",
        r"^\s*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?bullet[\s-]?point\b",
        rf"^\s*(?:please\s+)?{_LIST_VERB}",
        r"^\s*(?:please\s+)?number\s+(?:each|every|all)(?:\s+(?:of\s+the\s+)?(?:parts?|events?|scenes?|steps?|"
        r"items?|points?|sentences?|lines?))?(?:\s+of\s+the\s+story)?\b",
        rf"{_WANT}\s+(?:it\s+(?:in|as)\s+)?(?:(?:a\s+)?(?:bulleted|numbered)\s+list|bullet[\s-]?points|bullets)\b",
        r"^\s*(?:please\s+)?(?:bullet[\s-]?points|bullets|(?:a\s+)?(?:bulleted|numbered)\s+list)"
        r"(?:\s+(?:please|pls|plz))?\s*$",
        r"箇条書き(?:だと|の方が|のほうが|がいい|が良い|が嬉しい|を希望|希望)|"
        r"箇条書きで|箇条書きに|リストで|リストに|リストアップ|リスト形式|番号付き|番号をつけて|列挙して|"
        r"項目ごと(?:に分けて)?|番号を(?:振っ|ふっ|付け|つけ)て(?:順番に)?|"
        r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}ごとに(?:分けて)?箇条書き",
    ),
}
"""Each goal's requests, as patterns on a clause (case folded, quotations left out)."""
for _goal, _more in INDIRECT.items():  # said by what the answer need not have, or by a role
    REQUESTS[_goal] += _more
_LONG = (
    r"(?<!sentence )(?<!sentences )(?<!line )(?<!lines )(?<!word )(?<!words )"
    r"\b(?:long|longer|lengthy|lengthier|detailed|elaborate|exhaustive|thorough|comprehensive|"
    rf"extensive|blow-by-blow|epic)\b(?!\s+story\s+short\b)(?:\s+{_NOUNS}\b)?",
    r"\bin\s+(?:great\s+|more\s+)?(?:detail|depth)\b",
    r"\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|more\s+than|over|a\s+minimum\s+of)\s+"
    r"\d+\s+(?:words|sentences|paragraphs|lines|characters)\b",
    r"\b(?:[2-9]|\d\d+|two|three|four|five|several|many)\s+paragraphs\b",
    "長く|長い|長め|長文|詳し|詳細|くわしく",
)
_SENTENCES = (
    r"\b(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|several|"
    r"many)\s+sentences\b",
    "[二三四五六七八九十2-9][0-9十]*文で",
)
_AT_LEAST = (
    r"(?<!\bif\s)\b(?:not|no)\s+(?:a\s+(?:single\s+)?(?:word|sentence|line)\s+|one\s+(?:word|sentence)\s+)?"
    r"(?:less|fewer|shorter)\b(?!\s+(?:than\s+)?(?:concise|brief|short|succinct))",
    r"\b(?:if\s+not|possibly|maybe|perhaps|or\s+even|or\s+maybe)\s+(?:(?:a\s+(?:few|couple)|a\s+lot|"
    r"many|much|several|two|three)\s+)?(?:more|longer)\b(?!\s+(?:concise|brief|short|succinct))",
    r"\bif\s+not\s+(?:two|three|four|five|several|a\s+few)\b",
)
"""A count made a minimum: "in 60 words, not less", "one sentence, no less", "a few sentences,
if not more" (pass 44); "no more, no less" is an exact count (:func:`grader.score.asks._matches`
reads it so), and "one sentence, if not less" a maximum."""
_OTHER_LANGUAGES = (
    r"\b(?:in|into|to|using)\s+(?:french|german|spanish|chinese|korean|italian|russian|"
    r"portuguese|arabic|hindi|vietnamese|thai|indonesian)\b",
    "(?:フランス|ドイツ|スペイン|中国|韓国|イタリア|ロシア|ポルトガル|アラビア|ヒンディー|ベトナム|"
    "タイ|インドネシア)語(?:で|に)",
)
_PROSE = (
    r"\b(?:as|in|into|using)\s+(?:(?:ordinary|normal|plain|flowing|full|regular|running)\s+)?"
    r"(?:paragraphs?|prose|plain\s+text|running\s+text)\b",
    "(?:普通の|ふつうの)?(?:文章|段落)(?:で|に)",
)
_LONG_ONE = (
    _LONG[0].replace(r"\b(?:long|longer|", r"\b(?:(?:long|longer)(?!\s+(?:sentence|line)\b)|"),
    *_LONG[1:],
)
""":data:`_LONG` for ``one_sentence``: "one long sentence" is still one sentence."""
OPPOSITES: dict[str, tuple[str, ...]] = {
    "concise": _LONG + _AT_LEAST,
    "one_sentence": _LONG_ONE + _SENTENCES + _AT_LEAST,
    "japanese": REQUESTS["english"] + _OTHER_LANGUAGES,
    "english": REQUESTS["japanese"] + _OTHER_LANGUAGES,
    "list": _PROSE,
}
"""Requests that work against each goal."""
_REFUSED = (
    r"\b(?:not|no|never|rather\s+than|instead\s+of|"
    r"(?:don't|do\s+not|never)\s+(?:write|use|give|answer|reply|respond)(?:\s+(?:in|with))?)\s+"
)
_NO_FORM = (  # what a short answer or a list is not, refused (pass 58): "no walls of text"
    r"\bno\s+(?:(?:long|lengthy|big|huge|wordy)\s+)?(?:walls?\s+of\s+text|paragraphs?|essays?|"
    r"novels?|lectures?|rambling|explanations?|intros?|introductions?|preambles?)\b"
)
_NO_MORE = (
    r"\b(?:and\s+)?(?:no|not|nothing)\s+(?:more|longer|less|else)(?:\s+than\s+(?:that|this))?\b|"
    r"\b(?:and\s+)?no\s+(?:details?|fluff|filler|padding|extras?|frills)\b|\bat\s+(?:the\s+)?most\b|"
    r"\b(?:don't|do\s+not|never)\s+(?:write|say|add|give|use|go\s+on\s+for)\s+(?:any\s+)?"
    r"(?:more|longer|further|anything\s+(?:more|else))(?:\s+than\s+(?:that|this|one(?:\s+\w+)?))?\b"
)
WITH: dict[str, tuple[str, ...]] = {
    "concise": (_NO_MORE, _NO_FORM),
    "one_sentence": (
        _NO_MORE,
        _NO_FORM,
        rf"{_REFUSED}(?:a\s+)?(?:paragraphs?|several\s+sentences|many\s+sentences)\b",
        *REQUESTS["concise"],  # one sentence is a short answer: "Keep it short: one sentence."
        r"\b(?:long|longer)\s+(?=(?:sentence|line)\b)",  # "in one long sentence"
    ),
    "japanese": (rf"{_REFUSED}(?:in\s+)?english\b",),
    "english": (rf"{_REFUSED}(?:in\s+)?japanese\b",),
    "list": (
        _NO_FORM,
        r"\bin\s+(?:great\s+|more\s+|full\s+)?detail\b|\bdetailed\b",  # "List the events in detail"
        rf"(?:{_REFUSED}|\bover\s+)(?:as\s+|in\s+)?(?:a\s+)?(?:paragraphs?|prose|plain\s+text|"
        r"block\s+of\s+text)\b",
    ),
}
"""What may go with a goal's request and asks for nothing else: its opposite named to refuse
it ("in Japanese, not English"), "and no more"."""
