"""Is a request negated where it stands? The negations :mod:`grader.score.asks` reads around a
request it found: an English negator before it in its clause, a bare negation just before its
clause, a sentence before it that disowns what follows, a sign that says no in its clause, a
"not" ending its sentence, and a Japanese negative, waiver, rhetorical question or prohibition
after it. Also here: a first-person clause that says the request is not meant, or a threat
after "If you ..." (:data:`RETRACTED`). Finding the requests, and prompts that take them all
back, is :mod:`grader.score.asks`' business.
"""

from __future__ import annotations

import re

from grader.score.reading import NO_SIGN, lazy

RETRACTED = lazy(
    r"\b(?:i'm|im|i\s+am)\s+(?:(?:only|just|totally|obviously|really|clearly|being)\s+)*"
    r"(?:lying|fibbing|trolling|teasing(?:\s+you)?|sarcastic|ironic|facetious|messing\s+(?:with\s+you|"
    r"around)|pulling\s+your\s+leg)(?:\s+(?:here|now|again))?\s*(?:,?\s*(?:of\s+course|obviously|"
    r"lol|haha)\s*)*(?:[.!,;)\u2014-]|$)|"
    r"\b(?:i'm|im|i\s+am)\s+(?:(?:really|actually|just)\s+)?not\s+(?:(?:really|actually|being)\s+)*"
    r"(?:serious|sincere|asking)\b|"
    r"\bi\s+(?:(?:really|actually)\s+)?(?:don't|do\s+not)\s+(?:(?:really|actually)\s+)?"
    r"(?:mean|want|need)(?:\s+(?:it|that|this|so))?\s*(?:at\s+all\s*)?(?:[.!,;)\u2014-]|lol|$)|"
    r"\b(?:(?:is|are)\s+not|isn't|aren't)\s+(?:fine|ok(?:ay)?|good|alright|wanted|allowed)\s*(?:[.!,;)]|$)|"
    # a sarcastic cheer (pass 82): "Oh great, bullet points."; "Oh, great story!" is none
    r"(?:^|[.!?]\s*)oh\s+(?:great|wonderful|fantastic|perfect|lovely|joy|brilliant|goody|super|"
    r"terrific|marvell?ous|fabulous|splendid)\s*[,!.]|"
    # a threat: "If you keep it short, I'll be upset." (pass 54); "..., I'll be happy" asks
    r"\bif\s+you\b[^.!?;]*,\s*(?:i|we)(?:'ll|\s+will|'d|\s+would|'m|\s+am|'re|\s+are)?\s+(?:\w+\s+){0,3}?"
    r"(?:upset|sad|angry|furious|mad|annoyed|disappointed|hate|cry|fail|punish|unhappy|leave|leaving|"
    r"done|zero|bad)\b"
)
"""A first-person clause that says the request is not meant: "Keep it short, I'm lying", "..., I
don't mean it", "..., I'm not serious", "..., I'm being sarcastic" (pass 52); a reason after a
comma ("I'm in a hurry", "I don't need a long one") is none of these."""
_WORD = lazy(r"[\w']+")
_NEGATORS = {
    "not",
    "no",
    "never",
    "neither",
    "without",
    "nor",
    "instead",
    "rather",
    "avoid",
    "except",
    "enough",  # "Enough of brief answers." (pass 54); "short enough" comes after its request
    "nothing",  # "Nothing short, please.", "nothing long" (pass 70); "nothing but" asks
}
_JA_NEGATIVES = ("ない", "なく", "ずに", "ません", "不要", "無用")
_BARE_NEGATION = lazy(
    r"(?:^|[.,;:!?()\n\u2014-])\s*(?:(?:please|but|and|so|just|really|oh|well|i)\s+)*"
    r"(?:(?:do\s+not|don't|dont|never|not)\b"
    r"(?:[\s.,;:!()\u2014-]|\b(?:please|uh|um|er|really|ever|kindly)\b)*"
    # pointing ahead past a colon or dash: "Don't do this: answer briefly" (rt32)
    r"|(?:do\s+not|don't|dont|never)(?:\s+(?:do|want)){0,2}\s+(?:this|these|it\s+like\s+this|"
    r"(?:any\s+of\s+)?the\s+following(?:\s+things?)?)\s*[:\u2014-]+\s*"
    r"|(?:forbidden|prohibited|banned|not\s+allowed)\s*:\s*)$|"
    "(?:これ|次のこと|以下のこと|以下|下記)(?:は|を)?(?:しないで|やめて|禁止|ダメ|だめ)(?:です|ください|ね)*[\\s:：]*$"
)
"""A negation with nothing of its own, ending the text before a request's clause: it negates the
request past its comma, colon, dash, bracket or dots ("Do not, answer briefly", "Do not...
answer briefly", "Don't (please) answer briefly"), and so does one pointing ahead to it past a
colon ("Don't do this:", "Do not do the following:", "Forbidden:", 以下は禁止です：), in the run's
own words or in its control's. One with a verb of its own ("Don't overthink it: answer briefly")
or none ("No, just keep it short") leaves the request standing."""
_AFFIRMED = lazy(
    r"\b(?:do\s+not|don't|dont|never)\s+(?:forget|hesitate|fail)\b|\bwhy\s+not\b|"
    r"\bnothing\s+(?:but|except|other\s+than|less\s+than)\b|"
    r"\bwhy\s+(?:don't|do\s+not)\s+(?:you|we)\s+(?:just\s+)?(?:keep|make|tell|write|answer|use|put|"
    r"give|try|do|say|reply|respond|list)\b"
)
"""A negation that asks: "don't forget to", "why not", "why don't you tell it in Japanese",
"nothing but bullet points"."""
_JA_WAIVED = lazy(
    "\\s*[\u4e00-\u9fff]{0,2}[\u3041-\u3096]{0,5}?(?:(?:とか|なんか|なんて)?は"
    "(?:いい|やめ|結構|いら|要ら|なし|禁止|さて(?:おき|おいて)|さて置|ともかく|とにかく|別として|抜きに|後回し|"
    "置いと|置いて|おいと)|の?(?:代わり|かわり|替わり)に)"
)
"""After a request, a waiver: "Keep it short はやめて", 短く答えるのはやめてね, "Answer briefly
とかはいいので" (短くていい, 一文でいい ask), or the request set aside (pass 62: 短くまとめるのは
さておき, 箇条書きにするのはともかく) or given up for another (pass 64: 短くまとめるかわりに)."""
_ENGLISH_AFTER = lazy(r"(?:[^\x80-\U0010ffff!?\n.]|\.(?!\s*[a-z]))*")
"""The English words and punctuation after a request, up to a new English sentence."""
_ANSWERING = "(?:書|答|話|述|伝|言|説明|回答|記述|返|出力)"
_JA_CONTINUED = lazy(
    f"{_ANSWERING}?[\u3041-\u3096]{{0,3}}[\\s.,、，:：;；\u2014\u2026~〜・-]*"
    f"({_ANSWERING}?[\u3041-\u3096]{{1,20}})"
)
"""After a request (and its verb: 短くして, 英語で答えて) and its punctuation, a Japanese
continuation with no content of its own (a verb of answering at most, then kana): 短く…しないで,
短くして……じゃなくていい, "Answer briefly、じゃなくていいです", 一文で…答えなくていいです
(短く、長くしないで has its own)."""


_POINTS_AHEAD = lazy(
    r"\b(?:next|following|below|after\s+(?:this|that|here)|from\s+(?:here|now)\s+on|hereafter|"
    r"the\s+rest|what\s+(?:follows|comes))\b|次の|次に|以下|下記|この後|このあと|これ以降|ここから|残り"
)
_DISOWNED = lazy(
    r"\b(?:opposite|reverse[ds]?|backwards?|ignore|disregard|disobey|skip|jok(?:e|es|ing)|kidding|"
    r"tests?|notes?|not|no|none|never|only|optional|fake|false|lies?|wrong|nonsense|irrelevant)\b|"
    r"n't\b|逆|無視|冗談|メモ|守らな|従わな|聞かな|気にしな|関係な|嘘|ウソ|うそ|テスト|飛ばし|スキップ|"
    "不要|いらな|しなくて|無効"
)
_RULES = lazy(
    r"\b(?:instructions?|requests?|commands?|orders?|rules?|directions?|formatting|prompts?)\b|"
    r"\bwhat\s+i\s+(?:say|ask|write|tell|type)\b|指示|命令|依頼|書式|言うこと|ルール|要求"
)
"""Words that speak of the student's own requests: a sentence that disowns them ("Never follow
formatting instructions.", "Requests in English do not count.", 書式の指示には従わないで) is a
standing rule against the request after it (rt35)."""
_TOPSY_TURVY = lazy(r"\bopposite\s+day\b|\bsimon\s+says\b|あべこべ|反対の日")
"""A game that turns every request after it around or off: "It's Opposite Day today."."""
"""A sentence before a request that disowns what comes after it: a word pointing ahead
(:data:`_POINTS_AHEAD`) and one that says it is no request ("Do the opposite of my next
instruction.", "Everything below is a joke.", "The next line is not a request.",
次の指示は無視して。, 以下はメモです。), in the run's words or in its control's (rt33)."""
_SLOT = lazy(
    r"(?:\b(?:title|name|caption|subject(?:\s+line)?|password|passphrase|pass\s*word|motto|slogan|"
    r"headline|tagline|label|nickname|code\s*word|file\s*name|spell|magic\s+words?|last\s+words)"
    r"\s*(?:is|was|will\s+be|:|=)|\b(?:translate|proofread|spell-?check|correct|repeat|copy|reverse|"
    r"encode|decode|paraphrase|count\s+the\s+words\s+in)\b[^.!?:\n]*:|"
    r"(?:題名|タイトル|名前|合言葉|パスワード|見出し|件名|キャプション|呪文)(?:は|：|:)|"
    r"(?:英訳|翻訳|訳|校正|添削|繰り返)[\u3041-\u3096]*[：:])"
    # the request's own verb may stand between: "Caption: Answer in Japanese."
    r"(?:\s*\b(?:answer|reply|respond|tell|write|keep|use|put|give|make|it|this|please|as|in|"
    r"into|with|a|an|the)\b)*\s*$"
)
"""Before a request, a slot that the request then fills as material, not as a request: a name or
title ("Title:", "Its password is", 合言葉は) or a text to work on ("Proofread this:",
"Translate into French:", 英訳して：), in the run's words or, with the run adding only the
request, in its control's (rt37)."""
_SENTENCES = lazy(r"[^.!?。！？\n]+")
_NEGATED_AFTER = lazy(
    r"(?:[\s,]*\b(?:tell|write|answer|say|give|make|do|put|keep|it|that|this|them|me|you|thou|i|we|"
    r"shall|will|would|should|must|can|please|or|and|but|so|then|of|the|a|an|story|tale|events?|"
    r"points?|steps?)\b)*[\s,]*\b(?:not|never)\b[\s.!]*"
)
"""After a request, to its sentence's end, a negation with nothing of its own: "In one sentence
tell it not.", "As a list, give it not.", "Briefly answer you will not." (rt33)."""


def _disowned_ahead(before: str) -> bool:
    """A sentence of ``before`` (the text ahead of a request's clause) disowns what follows
    (:data:`_DISOWNED` with :data:`_POINTS_AHEAD` or :data:`_RULES`), or starts a game that
    turns it around (:data:`_TOPSY_TURVY`)."""
    if _TOPSY_TURVY().search(before):
        return True
    return any(
        (_POINTS_AHEAD().search(s.group()) or _RULES().search(s.group()))
        and _DISOWNED().search(s.group())
        for s in _SENTENCES().finditer(before)
    )


def _negated_after(normal: str, end: int) -> bool:
    """The words after a request, to its sentence's end, negate it (:data:`_NEGATED_AFTER`)."""
    rest = _SENTENCES().match(normal, end)
    return rest is not None and bool(_NEGATED_AFTER().fullmatch(rest.group()))


_JA_ASKED = lazy("[てで](?:ね|よ|ください|くれ|ほしい|欲しい)|[?？]")
_JA_ASKING = lazy(
    "(?:くれ|もらえ|貰え|いただけ|頂け|ください|下さい|でき|願え)(?:(?:ませ|な)(?:ん|い)?|(?:ます|る)(?=でしょうか|だろうか))"
    "(?:でしょう|だろう)?(?:かな|か)?"
)
"""A polite request's question: negative (書いてくれませんか, 短くしてもらえない？), no
negative; or ending でしょうか (短めにしていただけますでしょうか, pass 118), no guess
(どうせ短くするんでしょ)."""


_JA_DIALECT = lazy(
    "(?:[えけせてねへめれげぜべかさたまわがば]ん|[えいかさたまらわがばせ]へん|[しせ]やん|[せかまけ]ぬ)"
    "(?:と(?:いて|って)|で|よう|な)|すんな|なかれ|(?:たら|ては|ちゃ)(?:あかん|いけん|いかん)|なさんな"
)
"""A negative or prohibitive of the dialects and of the classical language: 短くせんといて,
書かんでええ, せえへんで, しやんといて, せぬように, すんな, するなかれ, したらあかん, したらいけん,
しなさんな (rt31-06). Read in the request's own clause only (短くして、長うせんといて asks)."""
_JA_CONTRACTED = lazy(
    "(?<!くれ)(?<!もらえ)(?<!貰え)(?<!すま)(?<=[えけせてねへめれげぜべいきしちにひみりぎじびらかさたまわがば])"
    "(?:ん|へん)(?=$|[。！!.、？?\\s]|わ|て|し|やろ|よ|ね|で|が|けど)"
)
"""After a request in its clause, a contracted or Kansai negative ending it (pass 60):
短くするとかありえん, 一文で答えるのはありえへん, 短くはせんよ, できん; くれん？ asks."""
_JA_RHETORICAL = lazy(
    "(?:もの|もん)(?:です|でしょう|だろう)?か(?!な)|たまる(?:もん|もの)?か|(?:わけ|はず)(?:が|など|なんて)?"
    "(?:ある|あります|あろう)(?:か|[?？])|なかろう|(?<=[るくすうつむぐぶぬせ])まい(?=$|[。！!.、？?\\s]|か|ぞ|よ)|"
    "(?<!お)(?<=し)まい(?=$|[。！!.、？?\\s]|か|ぞ|よ)|(?<=[るくすうつむぐぶぬ])な(?=$|[。！!.、\\s]|よ|って|ー)"
)
"""After a request in its clause, a negative with no ない: a rhetorical question (短くしてほしい
ものか, 短くしてたまるか, 一文で答えるわけがあるか, 短くしてほしいはずがなかろう), the negative will
(短くするまい) or a prohibition (短くしてくれるな, 一文で書くなよ) (rt33-05)."""
_JA_GUESS = lazy(
    "(?<=[るたすくうつぶむ])(?:ん|の)?(?:でしょ|だろ|かも|はず|くせに|なんて|とは|に違いな|よね(?![？?]))|"
    "(?<=[えきしちにひみりぎじびい])そう(?:だ|です|ね)"
)
"""After a request in its sentence, a guess or an exclamation about what the model will do, not
a request (pass 54): どうせ短く答えるんでしょ, 短く答えそうだね, 箇条書きにするかもね,
短く答えるなんて; 短くしてくれるよね？ asks."""
_CLAUSE_END = lazy("[、。,.!?！？\n]")
_SENTENCE_END = lazy("[。.!?！？\n]")
_JA_COORDINATED = lazy("(?:とか|など|なんか)?も")
"""After a request, も coordinating it with what the sentence then negates: 短くも退屈にもしないで,
箇条書きにも表にもしないで (rt33's probes)."""


_JA_CONDITION = lazy(
    f"{_ANSWERING}?[\u3041-\u3096]{{0,6}}?(?:たら|れば)[、,]?\\s*"
    "(?!(?:嬉し|うれし|助か|ありがた|いい|良い|幸い|どう|最高|感謝|[？?。]|$))"
)
"""After a request, the request as a condition with a consequence (pass 66: 英語で答えられたら、
ちんぷんかんぷんだよ; 短くされたら、がっかり): no request; 短くしてくれたら嬉しい asks."""


def _ja_negative(after: str) -> bool:
    """A Japanese negative or waiver of the request that ``after`` follows: in the six
    characters after it, or in a continuation past its punctuation (a polite request's
    negative question aside)."""
    after = _JA_ASKING().sub("", after)
    if any(neg in after[:6] for neg in _JA_NEGATIVES) or _JA_WAIVED().match(after):
        return True
    if _JA_COORDINATED().match(after):  # 短くも退屈にもしないで: the negative ends the sentence
        sentence = _SENTENCE_END().split(after, maxsplit=1)[0]
        if any(neg in sentence for neg in _JA_NEGATIVES):
            return True
    clause = _CLAUSE_END().split(after, maxsplit=1)[0]
    if _JA_DIALECT().search(clause[:10]) or _JA_RHETORICAL().search(clause[:16]):
        return True
    if _JA_CONTRACTED().search(clause[:16]) and not _JA_ASKED().search(clause[:16]):
        return True
    if _JA_GUESS().search(after[:16]) and not _JA_ASKED().search(after[:16]):
        return True
    if _JA_CONDITION().match(after):
        return True
    continued = _JA_CONTINUED().match(after)
    if continued is None:
        return False
    rest = continued.group(1)
    return any(neg in rest for neg in _JA_NEGATIVES) or bool(_JA_WAIVED().match(rest))


def negated(normal: str, clause: re.Match[str], start: int, end: int) -> bool:
    """The request at ``normal[start:end]``, in ``clause``, is negated: a negator before it in
    its clause, a bare negation just before its clause (:data:`_BARE_NEGATION`), a sign that
    says no anywhere in its clause, or a Japanese negative just after it or its clause
    (:func:`_ja_negative`)."""
    if NO_SIGN in clause.group():
        return True
    # "don't forget to", "never hesitate to": two negatives, one request (rt39-10); "why not
    # keep it short?" suggests it (pass 44's neighbours)
    before = _WORD().findall(_AFFIRMED().sub(" ", normal[clause.start() : start]))
    if any(w in _NEGATORS or w.endswith("n't") for w in before):
        return True
    # past the English words after it too: "as a numbered list of events—しないで"
    english = _ENGLISH_AFTER().match(normal, end)
    return (
        bool(_BARE_NEGATION().search(normal, 0, clause.start()))
        or _disowned_ahead(normal[: clause.start()])
        or bool(_SLOT().search(normal, 0, start))
        or _negated_after(normal, end)
        or _ja_negative(normal[end:])
        or _ja_negative(normal[english.end() if english else end :])
    )


STALE = lazy(
    r"(?i)[\[(【]\s*(?:expired|obsolete|void|old|deprecated|cancell?ed|outdated|invalid|retracted|"
    r"withdrawn|superseded|期限切れ|無効|取り消し|廃止)\s*[\])】]|"
    # pass 82: a tag in other brackets, or a joke or a "not" in round ones; a sarcasm hashtag
    r"[\[［【{｛]\s*([^\]］】}｝\n]{1,40}?)\s*[\]］】}｝]|[(（]\s*((?:not|no|jk|/s|kidding|joking|"
    r"joke|sarcas\w*|iron\w*|lol|lies?|lying|冗談|うそ|嘘|なんちゃって)\b[^)）\n]{0,20})[)）]|"
    r"#(?:not|jk|sarcasm|irony|joke|kidding|notreally|lies?)\b"
)
"""A label that marks a prompt's request stale (pass 80: "[EXPIRED] Answer briefly."), read on
the prompt as written: brackets are out of sight in its normal form. Any tag in square, curly or
lenticular brackets that is no neutral label (:data:`_NEUTRAL_TAG`) and asks for no form may
mark it so (pass 82: "[sarcasm]", "[wrong chat]", "{joke}", ［冗談］), as may a joke or a "not" in
round brackets ("(not really)") or a sarcasm hashtag ("#not")."""
_NEUTRAL_TAG = lazy(
    r"(?i)^(?:note|nb|ps|p\.s\.|part|step|goal|task|request|prompt|run|try|attempt|question|q|edit|"
    r"update|new|important|tip|hint|info|round|trial|version|ver|v|注|注意|追記|目標|課題|質問|依頼)?"
    r"\s*[\d#.:\-一二三四五六七八九十]*$|^/?(?:b|i|u|em|strong|code|quote|sic)$|short|brief|concise|sentence|list|bullet|point|numbered|"
    r"japanese|english|日本語|英語|短|一文|箇条"
)
"""A tag that marks nothing stale: a label ("[Note]", "[Part 2]", "[1]"), markup ("[b]", "[sic]")
or one that asks for a form itself ("[one sentence]")."""


def stale(prompt: str) -> bool:
    """``prompt`` has a label that marks its requests stale, void or not meant (:data:`STALE`)."""
    return any(
        not (m.group(1) and _NEUTRAL_TAG().search(m.group(1).strip()))
        for m in STALE().finditer(prompt)
    )
