"""The words a request comes with that ask for nothing (:data:`FILLER`), and the content words
of a prompt read without them: what :mod:`grader.score.asks` counts as a prompt adding more than
its request, and what :mod:`grader.score.subject` reads as a control's subject. Also what only
pads a prompt (:func:`unpadded`): fillers, courtesy words in the languages a student may use, the
model addressed by name (:data:`VOCATIVE`), a mail footer, a message's boilerplate
(:mod:`grader.score.boilerplate`). A name the lists leave out is read as
a word of the prompt: an enumeration of a closed class, kept to what students write.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from grader.load.schemas import SAMPLING_KEYS
from grader.score.boilerplate import BOILERPLATE
from grader.score.reading import lazy

FILLER = frozenset(
    "a an the it its this that me my i you your they them their he him his she her us our "
    "please pls plz thanks thank and but so just only "
    "very really quite now also then can could would will to of in on with as for about be is "
    "do if don't not no am are was were answer answers answered answering respond reply write "
    "writes written "
    "writing tell say put speak talk narrate recount give make keep use using limit "
    "limited restrict stick want like need wish prefer sure ensure i'd i'm sum up summarize "
    "summarise version format formatted possible possibly enough broken break split laid lay out "
    "organized organised organize organise arranged arrange structured structure squeeze squeezed "
    "condense condensed compress compressed boil boiled down trim trimmed actually instead rather "
    "maybe perhaps hey hi hello okay ok well oh hmm again starting time switch each event all "
    "whole entire jot note yes remember forget hesitate never tops max great nice appreciated "
    "appreciate helpful grateful glad happy perfect ideal lovely wonderful length language "
    "why pressure rush kinda sorta im lol thx advance mean mind storyteller narrator how what "
    "let's shall we fine good alright works telling saying putting making keeping giving kindly "
    "that's it's go output describe describing ideally thing things stuff "
    # a requirement's modal ("The answer should be short.", "It must be in Japanese.")
    "should must ought needs has have response responses replies".split()
)
"""Words a request may come with that ask for nothing else."""
_JA_FILLER = lazy(
    "もう少し|少し|ください|下さい|お願いします|お願い|教え|聞かせ|話し|話|書い|書き|答え|説明し|述べ|伝え|言っ|"
    "嬉し|うれし|助か|ありがた|幸い|恐れ入ります(?:が)?|回答|しまーす|まーす|頼み|頼む|頼ん|"
    # keigo verbs of telling (pass 120): ご教示ください, お聞かせ願えますか, ご説明いただけますか
    "ご?教示|ご教授|願え|願います|願いたく|ご説明"  # not 願い (a wish) nor 教授 (a professor)
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


ADDRESSEE = (  # a listener's common noun or a model's name: the model addressed
    r"(?:bro|bruh|dude|mate|pal|buddy|bud|friend|man|guys?|folks|fam|sir|madam|ma'am|boss|chief|"
    r"champ|ai|a\.i\.|bot|chatbot|robot|computer|machine|model|assistant|llm|chatgpt|gpt[\w.-]*|"
    r"claude|gemini|siri|alexa|google|copilot|bard|cortana|llama[\w.-]*|qwen[\w.-]*|mistral|"
    r"tiny-\w+|chatty|terse)"
)
_GREETING = r"(?:hey|hi|hello|yo|oi|ok|okay|dear|listen|look)"
_JA_CALLED = r"(?:ねえ|ねぇ|おい|やあ|ちょっと)"
VOCATIVE = re.compile(
    rf"(?i)(?:^|(?<=[.!?。！？\n]))\s*(?:(?:{_GREETING}[\s,]+)?(?:(?:my|dear|old)\s+)?{ADDRESSEE}"
    rf"(?:\s+{ADDRESSEE})?|{_GREETING}\s+[\w-]+(?:\s+[\w-]+)?)\s*[,:、]|"
    rf"[,、]\s*(?:(?:my|dear|old)\s+)?{ADDRESSEE}(?:\s+{ADDRESSEE})?\s*(?=[.!?。！？]|\s*$)|"
    rf"(?:^|(?<=[。！？\n]))\s*(?:{_JA_CALLED}[、,\s]*)?(?:ＡＩ|チャットボット|ボット|ロボット|"
    r"コンピューター?|アシスタント|[\w-]{1,12}?(?:さん|くん|君|ちゃん|様|さま))[、,]"
)
"""The model or a listener addressed beside a request (pass 58: "Keep it short, bro."; pass 59:
"Hey Siri, ...", "..., ChatGPT.", ねえAIさん、...): whom the request is said to, not what it asks.
"Mom, ..." is someone else, and not in the list."""
SINCERE = re.compile(
    r"(?i)(?:^|(?<=[.!?,;\n]))\s*(?:no\s+cap|fr|for\s+real|seriously|honestly|no\s+joke|no\s+kidding|"
    r"not\s+kidding|i\s+swear|trust\s+me|okay|ok|alright|all\s+right|right|full\s+stop|period)"
    r"\s*[?!]*\s*(?=[,.;]|$)|"
    # what the request is for (pass 62): "That would help a lot.", "one sentence would help"
    r"\b(?:would|will|'d|'ll|it|that|this)\s+(?:really\s+)?helps?(?:\s+(?:me|us))?"
    r"(?:\s+(?:a\s+lot|so\s+much|greatly))?\b|"
    # a hedge or a plain style beside it (pass 70): "if you can manage it", "nothing fancy"
    r"\bif\s+(?:you\s+(?:can|could)\s+manage(?:\s+(?:it|that|to))?|you(?:'re|\s+are)\s+able(?:\s+to)?|"
    r"(?:at\s+all\s+)?possible)\b|\bnothing\s+(?:too\s+|very\s+|overly\s+)?(?:fancy|special|"
    r"elaborate|complicated|complex|heavy|formal|serious|long|big)\b"
)
"""A sincerity or emphasis tag standing as its own clause beside a request (pass 60: "One sentence
only, no cap.", "Seriously, keep it short.", "Keep it short, okay?"): it insists, it asks nothing
else, as does what it is for ("That would help a lot."), a hedge ("if you can manage it") or a
plain style ("nothing fancy"). "Just kidding" takes the request back
(:data:`grader.score.negation.RETRACTED`)."""
ANSWER_QUESTION = (
    r"\bwhat\s+would\s+(?:it|that|this)\s+be\b|\bhow\s+would\s+(?:it|that|this)\s+(?:go|be|look|read|"
    r"sound)\b|\bif\s+you\s+had\s+to\b|(?:言う|言っ|書く|する)?(?:としたら|とすれば|なら|ならば|(?<![うくすつぬふむゆる])だ(?:と|ったら)|にしたら)(?:、?どう(?:なる|なります)?)?か?[？?]|"
    r"(?:言う|言え|書く|まとめる|表す|する)と(?:、?どう(?:なる|なります)?)?か?[？?]"
)
"""A question for the answer itself, which asks (pass 62): "What would it be in one sentence?",
"If you had to keep it short, ...", 一文で言うなら？, 一言で言うと？ ("in a nutshell?",
pass 118), 箇条書きだとどうなる？, 日本語だと？ (pass 120)."""
COURTESY = (
    r"\b(?:(?:thank\s+you|thanks|thx|tysm)(?:\s+(?:so|very|ever|much|again|kindly|heaps|loads|"
    r"a\s+(?:lot|bunch|million|ton)|in\s+advance|for\s+(?:your|the)\s+(?:help|time|answer|patience|"
    r"effort|work|assistance)|for\s+(?:helping|this|that|everything)))*|many\s+thanks|much\s+"
    r"(?:appreciated|obliged)|(?:i|we)\s+(?:really\s+|truly\s+|do\s+)?appreciate\s+(?:it|this|that|"
    r"your\s+help|you)|you(?:'re|\s+are)\s+(?:the\s+best|amazing|awesome|a\s+(?:star|lifesaver|legend))|"
    r"cheers)\b|(?:本当に|ほんとに|どうも|いつも|心から|誠に|まことに)?(?:ありがとう(?:ございます|ございました)?|"
    "感謝(?:します|しています|してます|いたします))"
)
"""Thanks with its intensifiers and what it is for ("Thank you so much for your help!", "Thanks a
million", "Many thanks", "Much appreciated", "Cheers", 本当にありがとう, 感謝します): it pads a
prompt, and beside a request asks nothing else (pass 118: "Thank you so much!" earned part 1)."""
ASIDES = (VOCATIVE, SINCERE, re.compile(ANSWER_QUESTION), re.compile(COURTESY))
"""What stands beside a request and asks nothing else: whom it is said to, how sincerely, a
question for the answer."""
_SOCIAL = (  # pass 61: greetings, apologies, closings and a line about the student
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:(?:i'm\s+)?sorry(?:\s+to\s+(?:bother|trouble)\s+you)?|excuse\s+me|"
    r"pardon(?:\s+me)?|i\s+apologi[sz]e(?:\s+for\s+asking)?|if\s+you\s+don't\s+mind|good\s+(?:morning|"
    r"afternoon|evening|day)|greetings|yo|have\s+a\s+(?:nice|good|great)\s+(?:day|one|night|evening)|"
    r"good\s*night|sorry\s+for\s+the\s+(?:trouble|bother)|take\s+care|cheers|bye|my\s+name\s+is\s+\w+|"
    r"i(?:'m|\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:student|learner|beginner|freshman))"
    r"(?:\s*,?\s*but\b|\s*(?:[,.!]+|$))|(?:すみません|すいません|ごめん(?:ね|なさい)?|こんにちは|こんばんは|"
    r"おはよう(?:ございます)?|お疲れ様(?:です)?|おつかれ(?:さま)?|失礼します|はじめまして)[、。！!]*|"
    r"[おご](?=[\u4e00-\u9fff])|"  # the honorific prefix: お話 is 話
    # an @-mention of the model (pass 67), a softener or a tag question (pass 65)
    r"(?:^|(?<=\s))@[\w.-]+[,:]?|"
    r"(?:^|(?<=[。！？\n]))\s*ちょっと[、,]?|,\s*(?:will|would|can|could|won't)\s+you\s*[?？]?(?=\s*$)|"
    # laughter (pass 63): （笑）, "haha", "lol"
    r"[（(]\s*(?:笑|爆笑|苦笑|泣|汗)\s*[)）]|[(]?\b(?:(?:ha){2,}|(?:he){2,}|lol|lmao|rofl|xd)\b[)]?"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_STAMP = (  # pass 73: a date or a time stamped on the request ("2025-05-12 14:03", 2025年5月12日)
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)?"
    r"(?:[\s,T]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
)
_FRAME = (  # pass 73: role labels typed round the request, a completion template by hand
    r"(?:^|(?<=\n))\s*(?:#{1,4}\s*)?(?:q|question|input|prompt|human|user|instruction|request|"
    r"task|query|質問|入力|依頼|指示|ユーザー?)\s*[:：]|(?:^|(?<=[\s.!?。！？]))(?:#{1,4}\s*)?(?:a|answer|"
    r"output|ai|assistant|bot|response|model|reply|回答|答え|出力|応答|アシスタント)\s*[:：]\s*$|"
    rf"(?:^|(?<=\n))\s*[\[(]?{_STAMP}(?<=\d|日)[\])]?\s*[:,\-–—]?|"
    rf"[\[(](?:sent|posted|written)\s+(?:on\s+|at\s+)?{_STAMP}(?<=\d|日)[\])]\s*$"
)
_SETTINGS = (
    *SAMPLING_KEYS,
    *"max_new_tokens max_tokens max_length min_length min_p min_new_tokens repetition_penalty "
    "length_penalty presence_penalty frequency_penalty no_repeat_ngram_size temp".split(),
)
_VALUE = r"(?:-?\d+(?:\.\d+)?|true|false|none|null|greedy)\b"
_NAMES = "|".join(k.replace("_", "[-_ ]?") for k in _SETTINGS)
_SETTING = (  # pass 81: decoding settings typed into the prompt, which the model reads as text
    rf"(?:--|\b)(?:{_NAMES})[\"']?\s*[=:：]?\s*{_VALUE}|"
    rf"--[a-z][\w-]*(?:[ =]{_VALUE})?|\b[a-z]+_[a-z_]+[\"']?\s*[=:：]\s*{_VALUE}|"
    r"(?:^|(?<=\n))\s*(?:generation\s+)?(?:settings|config|configuration|parameters|params|options)\s*[:：]"
)
_FRAMED = (  # pass 81: an empty frame round the request, at the start of a sentence
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:(?:now|so|okay|ok)\s*,?\s*)?(?:(?:i|we)(?:'d|\s+would|'m|\s+am|\s+really)?"
    r"\s*(?:like|love|want|need|wish|ask(?:ing)?|request(?:ing)?)\s+(?:for\s+|that\s+|it\s+if\s+)?you"
    r"(?:\s+(?:could|would|can|will))?(?:\s+to)?|would\s+you\s+(?:mind|be\s+so\s+kind\s+as\s+to|be\s+"
    r"willing\s+to)|(?:please\s+)?(?:go(?:\s+(?:ahead|on))?\s+and|proceed\s+to|feel\s+free\s+to|be\s+so\s+"
    r"kind\s+as\s+to|(?:start|begin)\s+by|try\s+to|(?:your|the)\s+(?:task|job)\s+is\s+to|it\s+is\s+time"
    r"\s+to|you\s+(?:should|must|will|can|may|are\s+to)|you're\s+to))\b"
)
_ABOUT_ME = (  # pass 84: a sentence on the request's purpose or the student's whereabouts
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:(?:this|it)(?:'s|\s+is)|i\s+need\s+(?:it|this)|i(?:'m|\s+am)\s+"
    r"asking)\s+for\s+(?:my|a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:homework|class|course|assignment|"
    r"project|exam|test|report|lecture|seminar|lab|school)\b[^.!?;,。！？\n]*[.!?。！？]*|"
    r"(?:^|(?<=[.!?。！？\n]))\s*i(?:'m|\s+am)\s+(?:(?:currently|now|just|still)\s+)?(?:in|at|on|from|"
    r"asking\s+from|writing\s+from|drinking|eating|sitting|waiting|studying|working|relaxing)\b"
    r"[^.!?;,。！？\n]*[.!?。！？]+"
)
_EDITED = (  # pass 87: an edit marker about the prompt's own wording ("EDIT: fixed a typo.")
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:edit(?:ed)?|update[d]?|eta)\b(?:\s*[:：-]?\s*(?:fixed|corrected|"
    r"reworded|changed|minor|a|the|my|some|slightly|typos?|spelling|formatting|grammar|wording|"
    r"punctuation|changes?|\d+|times?))*\s*[.!]?(?=\s*$|\s*\n)"
)
_ENDED = (  # pass 89: an end-of-message mark, or an editor's keystrokes left after the prompt
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:end\s+of\s+(?:message|prompt|request|text)|以上(?:です|となります|、?\s*"
    r"終わり)?)[.!。！]*|(?::w?q!?|:x|ctrl\s*\+\s*[a-z]|cmd\s*\+\s*[a-z]|\^[a-z])(?=\s*$)"
)
_NOISE = (  # pass 91: a count of the prompt, a ticket's metadata, a keyboard mash (and pass 93's)
    r"(?:(?:word|character|char|token)\s*count|words?|characters?|chars?|tokens?)\s*[:：]\s*\d+\s*$|"
    r"\(\s*\d+\s*(?:words?|characters?|chars?|tokens?)\s*\)\s*$|(?:^|(?<=[.!?\n]))\s*(?:priority|"
    r"severity|status|ticket|category)\s*[:：]\s*[\w#-]+\s*[.!]?(?=\s)|"
    r"\b(?:[qwertyuiop]{5,}|[asdfghjkl]{5,}|[zxcvbnm]{5,})\b(?=\s*$)|"
    # pass 93: placeholder text, a markup comment, a list number before the prompt
    r"\blorem\s+ipsum\b[^.!?\n]*[.!?]?|<!--.*?-->|^\s*\d{1,2}[.)]\s+"
)
_PADDING = re.compile(
    r"(?i)"
    + BOILERPLATE  # before _FRAME, whose time stamp would leave a chat log's name behind
    + "|"
    + _SOCIAL
    + "|"
    + _FRAME
    + "|"
    + _SETTING
    + "|"
    + _FRAMED
    + "|"
    + _ABOUT_ME
    + "|"
    + _EDITED
    + "|"
    + _ENDED
    + "|"
    + _NOISE
    + r"|(?:^|(?<=[\s,.!?]))(?:um+|uh+|uhm+|erm?|hmm+|ah+)\b[,.!]?|"
    r"(?:^|(?<=[,.!?]))\s*(?:like|you\s+know|so|okay|ok|well|i\s+mean|basically|hi|hello|hey)\s*"
    r"(?=[,.!?]|$)|" + COURTESY + r"|\b(?:please|pls|plz|kindly|bitte|danke(?:\s+sch[öo]n)?|"
    r"per\s+favore|grazie|por\s+favor|gracias|merci(?:\s+beaucoup)?|s'il\s+(?:te|vous)\s+pla[iî]t|"
    r"obrigad[oa]|onegai(?:\s*shimasu)?|arigat[oō]u?(?:\s+gozaimasu)?|kudasai|spasibo|пожалуйста|"
    r"спасибо)\b|よろしく(?:お願い(?:します|いたします|致します))?|お願い(?:します|いたします|致します)?|"
    r"谢谢|감사합니다|부탁(?:해요|합니다)|"
    # a Japanese request's politeness ending: して, してください, してくれ, してちょうだい
    r"(?<=[てで])(?:くださいませ|ください|下さい|ほしい(?:です)?|欲しい(?:です)?|くれ(?:ない|る)?|ちょうだい|もらえ(?:ない|る)?|"
    r"ね|よ|な)+(?=[。！？!?…〜~\s]*$)|"
    # a mail or messenger footer (pass 57): last, on a line or in brackets of its own ("a letter
    # sent from my home" is a story's subject, not a footer)
    r"(?:(?:^|(?<=[\n.!?。！？]))\s*|\()(?:sent\s+(?:from|via|with)\s+(?:my\s+)?\w+|"
    r"get\s+outlook\s+for\s+\w+|[^\s。.!?！？]*から送信)\)?(?=\W*$)|"
    # an aside in brackets the model should ignore (pass 79): "(no need to answer)"
    r"\(\s*(?:no\s+need\s+to\s+(?:answer|reply|respond)|you\s+don't\s+have\s+to\s+(?:answer|reply|"
    r"respond)|just\s+(?:curious|wondering|asking)|no\s+rush)\s*[.!]?\s*\)"
)


@functools.lru_cache(maxsize=1 << 14)  # each prompt of a class is read many times
def unpadded(text: str) -> str:
    """``text`` without the model addressed by name or @-mention, spoken fillers ("um", ", like,"),
    courtesy words ("please", "danke", よろしくお願いします, a politeness ending), greetings,
    apologies, laughter, softeners and tag questions, a line about the student, a mail footer
    ("Sent from my iPhone"), role labels ("Q: ... A:"), a date or time stamped on it, an empty
    frame at a sentence's start ("I would like you to", "Go ahead and", ...してほしい), decoding
    settings typed as text ("temperature=0.7", "--max-tokens 50") and a sentence on the
    request's purpose or the student's whereabouts ("This is for my homework.", "I'm in the
    library now."): what a prompt only padded with them says (passes 55-84)."""
    return _PADDING.sub(" ", VOCATIVE.sub(" ", text))
