"""A message's boilerplate, which only pads a prompt it is added to (part 1 of exercise 1): the
labels, footers, headers and notices a medium puts round a message (a classification label, a page
footer, a chat log's time and name, spoken punctuation, a version tag, a link, a translator's note,
a commit trailer, a copyright line, hashtags, a stock disclaimer), a web page's or an app's (a
cookie banner, a feedback widget, a code artifact, a status), a mail's disclaimer, a typing test's
pangram, a program's output, a note that the prompt is unchanged, a video's captions credit, a
diff's markers, a fortune, a game's notice, an out-of-office reply, an advertisement, a product's
label, a device's or a player's status and a phone menu. Each is read at the prompt's
start or end only, where a medium puts it: the same words inside a request ("Make it one page
long.") are the student's. :data:`BOILERPLATE` is one alternation, for
:func:`grader.score.fillers.unpadded`. Left out: what a message says (a persona, a tip, small talk),
which is a change a student chose.
"""

from __future__ import annotations

_AT_END = r"\s*[.!。]?\s*$"
_LABELS = (  # pass 95: the boilerplate of a medium round a message, at the prompt's start or end
    # a classification label, a microphone check
    r"^\s*(?:(?:strictly\s+)?(?:confidential|top\s+secret|secret|classified|restricted|internal(?:\s+use)?"
    r"(?:\s+only)?|for\s+internal\s+use(?:\s+only)?|private\s+(?:and|&)\s+confidential|社外秘|部外秘|極秘|"
    r"機密)|(?:testing[,\s]*){1,3}(?:one[,\s]+two(?:[,\s]+three)?|1[,\s]+2(?:[,\s]+3)?)?|mic(?:rophone)?\s+"
    r"check(?:[,\s]+mic\s+check)*|is\s+this\s+(?:thing\s+)?on|can\s+you\s+hear\s+me|マイクテスト(?:[、,\s]*"
    r"マイクテスト)*)\s*(?:[.:!?：。、！？]+\s*|\s+)|"
    # a chat log's time and name ("[10:42] taro:", "taro [10:42]:")
    r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^\s:\[\]]{1,20}(?:\s[^\s:\[\]]{1,20})?|[^\s:\[\]]{1,20}\s*"
    r"\[\d{1,2}:\d{2}(?::\d{2})?\])\s*[:：]\s*|"
    # a link anywhere (the words beside it stay), a page footer, a version, hash or id tag
    r"(?:(?:see|source|via|link)\s*:?\s*)?(?:https?://|www\.)\S+|(?:^|(?<=[\s.!?。！？]))(?:(?:page|p\.|pg\.?)"
    r"\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*ページ中\s*\d+\s*ページ(?:目)?|v\d+(?:\.\d+)*|(?:rev(?:ision)?|ver(?:sion)?|"
    r"build|release)\.?\s*#?\d+(?:\.\d+)*|(?:sha(?:1|256)?|md5|hash|commit|id|uuid|ref)\s*[:#]?\s*[0-9a-f-]{4,})"
    + _AT_END
    + r"|"
    # spoken punctuation ("full stop", "comma new paragraph"), a translator's or a forum's note
    r"(?:^|(?<=[\s.!?,。！？]))(?:(?:no\s+)?(?:full\s+stop|period|comma|question\s+mark|exclamation\s+"
    r"(?:mark|point)|new\s+(?:paragraph|line)|colon|semicolon)\b[\s,]*)+[.!?]?\s*$|"
    r"(?:^|(?<=[\s.!?。！？]))[(（]?\s*(?:(?:machine|auto(?:matically)?)[\s-]*translated|translated\s+(?:by|with|"
    r"using|via)\s+[\w .]{1,20}?|(?:google|deepl|bing|機械|自動)\s*(?:translate|翻訳))\s*[)）]?"
    + _AT_END
    + r"|"
    r"(?:^|(?<=[\s.!?。！？]))(?:(?:\.{2,}|…)?\s*see\s+more|unsubscribe|privacy\s+policy|scanned\s+(?:for\s+"
    r"viruses|by\s+\w+)|[(（]\s*(?:edited|編集済み?|既読)\s*[)）]|posted\s+(?:in|on|by)\s*:?\s*[\w-]+|read\s+\d+"
    r"\s+times?|reading\s+time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s+(?:likes?|comments?|views?|shares?))"
    r"(?:\s*[|·•,]\s*(?:privacy\s+policy|terms|\d+\s+(?:likes?|comments?|views?|shares?)))*"
    + _AT_END
)
_TRAILERS = (  # pass 97: more of a message's boilerplate, at the prompt's start or end
    # an emoji shortcode anywhere; a commit trailer on its own line; a mail header before it
    r"(?:^|(?<=\s)):[a-z0-9_+-]{2,30}:(?=\s|$)|(?:^|(?<=\n))[ \t]*(?:signed-off-by|co-authored-by|"
    r"reviewed-by|acked-by|tested-by|reported-by|suggested-by|change-id)\s*:[^\n]*|^\s*(?:subject\s*:"
    r"[^\n]*\n|(?:(?:re|fwd?|aw)\s*:\s*)+)|"
    # a "left blank" notice, a copyright line, an interface's or a sender's note, a postscript
    # that takes itself back, hashtags, a stock disclaimer
    r"(?:^|(?<=[\s.!?]))[\[(]?\s*(?:(?:this\s+(?:line|page|space|section|part)\s+(?:is\s+|has\s+been\s+)?"
    r"(?:intentionally\s+)?left\s+blank(?:\s+on\s+purpose|\s+intentionally)?|intentionally\s+(?:left\s+)?"
    r"(?:blank|empty))\s*[.!]?\s*[\])]?|(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?[^.\n]{0,40}?"
    r"\.?(?:\s*all\s+rights\s+reserved\.?)?|all\s+rights\s+reserved|press\s+(?:enter|return|send)(?:\s+to\s+"
    r"(?:send|submit))?|sent\s+(?:via|through|using|from)\s+(?:the\s+|an?\s+)?(?:api|app|web|cli|bot|"
    r"script|terminal)|p\.?\s*s\.?[:,]?\s+(?:ignore|disregard|never\s*mind)\s+(?:this|that|me|it)(?:\s+p\.?"
    r"\s*s)?|(?:#[a-z]\w{1,30}\s*)+|no\s+comment|this\s+(?:message|prompt|note)\s+will\s+self[\s-]?destruct"
    r"[^.\n]{0,30}|any\s+resemblance\s+to\s+[^.\n]{0,40}?coinciden(?:tal|ce)|(?:terms\s+(?:and|&)\s+"
    r"conditions|restrictions|exclusions)\s+(?:may\s+)?apply|batteries\s+not\s+included|no\s+[\w-]+\s+"
    r"(?:were|was)\s+harmed[^.\n]{0,40}|void\s+where\s+prohibited|results\s+may\s+vary|for\s+"
    r"entertainment\s+purposes\s+only)" + _AT_END
)
_WEB = (  # pass 99: a web page's or an app's boilerplate, a note that the prompt is unchanged
    r"^\s*<\?xml[^>]*\?>|(?:^|(?<=[\s.!?。！？]))(?:we\s+use\s+cookies[^.\n]{0,60}\.?(?:\s*(?:accept|reject|"
    r"ok|got\s+it|manage)(?:\s+(?:all|cookies|preferences))?)*|accept\s+(?:all\s+)?cookies\??|skip\s+to\s+(?:main"
    r"\s+)?content|back\s+to\s+top|best\s+viewed\s+(?:in|with)\s+\w+|advertisement|sponsored|powered\s+by\s+\w+|"
    r"\d{3}\s+(?:not\s+found|forbidden|internal\s+server\s+error|bad\s+request)|was\s+this\s+(?:helpful|useful)"
    r"\??(?:\s*(?:yes|no)(?:\s*/\s*(?:yes|no))?)?|rate\s+this\s+(?:answer|response|post|article)(?:\s*:\s*\d+"
    r"(?:\s*(?:out\s+of|/)\s*\d+)?)?|did\s+this\s+answer\s+your\s+question\??|report\s+(?:abuse|this\s+"
    r"(?:post|comment))|nothing\s+in\s+this\s+(?:prompt|sentence|text)\s+(?:has\s+)?changed|this\s+(?:prompt|"
    r"sentence|text)\s+(?:is\s+the\s+same\s+as\s+(?:before|my\s+control|the\s+control)|changes\s+nothing)|"
    r"same\s+prompt\s+as\s+(?:before|my\s+control|the\s+control)|i\s+changed\s+nothing(?:\s+here)?|i\s+(?:did\s+"
    r"not|didn't)\s+change\s+(?:anything|the\s+prompt)(?:\s+here)?|(?:この)?(?:プロンプト|文)は何も変えていません|"
    r"\[object\s+object\]|null|nan|undefined|※[^。\n]{0,20}?(?:イメージです|個人の感想です|個人差があります))"
    + _AT_END
)
_STATUS_FORMS = (  # pass 101: a mail's disclaimer, a pangram, a program's output, a page's status
    r"(?:please\s+)?consider\s+the\s+environment\s+before\s+printing[^.\n]{0,20}|think\s+before\s+you\s+"
    r"print|this\s+is\s+an\s+automated\s+(?:message|e-?mail)[^.\n]{0,40}|this\s+e-?mail\s+and\s+any\s+"
    r"attachments[^.\n]{0,80}|the\s+quick\s+brown\s+fox\s+jumps\s+over\s+the\s+lazy\s+dog|pack\s+my\s+box\s+"
    r"with\s+five\s+dozen\s+liquor\s+jugs|sphinx\s+of\s+black\s+quartz,?\s+judge\s+my\s+vow|hello,?\s+world!?|"
    r"いろはにほへと|press\s+any\s+key\s+to\s+continue\.*|are\s+you\s+sure\?\s*\(y/n\)|segmentation\s+fault"
    r"(?:\s*\(core\s+dumped\))?|process\s+finished\s+with\s+exit\s+code\s+\d+|(?:reading\s+time|views|"
    r"filed\s+under|last\s+updated|tags|category)\s*:\s*[^.\n]{1,30}|\+1|subscribed|unsubscribed|"
    r"seen(?:\s+\d{1,2}:\d{2})?|(?:\w+\s+is\s+)?typing\.*|caps\s+lock\s+is\s+on|既読"
)
_STATUS = (
    rf"(?:^|(?<=[\s.!?。！？]))\s*(?:{_STATUS_FORMS})"
    + _AT_END
    + rf"|^\s*(?:{_STATUS_FORMS})\s*[.!。]?\s+"
)
_NOTICE_FORMS = (  # pass 103: a video's captions credit, a diff's markers, a fortune, a game's
    # notice, an out-of-office reply
    r"(?:subtitles|captions|closed\s+captions|transcri(?:bed|ption|pt))\s+(?:by|from|provided\s+by)\s+"
    r"[\w.-]+(?:\s+[\w.-]+){0,3}|thanks\s+for\s+watching|(?:(?:and\s+)?(?:please|don't\s+forget\s+to|"
    r"remember\s+to)\s+)?(?:like,?\s+(?:and\s+|&\s+)?)?subscribe(?:\s+to\s+(?:my|our|the)\s+channel)?|"
    r"\[(?:music|applause|laughter|silence|inaudible)\]|ご視聴ありがとうございました|チャンネル登録"
    r"(?:お願いします|よろしく(?:お願いします)?)?|\\\s*no\s+newline\s+at\s+end\s+of\s+file|diff\s+--git"
    r"(?:\s+\S+){0,2}|@@\s*-\d+(?:,\d+)?\s+\+\d+(?:,\d+)?\s*@@|(?:---|\+\+\+)\s+[ab]/\S+|index\s+[0-9a-f]"
    r"{7,}\.\.[0-9a-f]{7,}(?:\s+\d+)?|lucky\s+(?:numbers?|colou?rs?|items?|days?)\s*:\s*[^.\n]{1,40}|"
    r"your\s+fortune\s*:[^.\n]{0,60}|(?:本日|今日)の運勢\s*[：:]?\s*\S{1,4}|achievement\s+unlocked\s*[:!]?"
    r"[^.!\n]{0,40}|level\s+up|you\s+(?:reached|are\s+now)\s+level\s+\d+|\+\d+\s*(?:xp|exp|points?|pts)|"
    r"game\s+over|insert\s+coins?(?:\s+to\s+continue)?|new\s+high\s+score|レベルアップ|(?:auto[\s-]?reply|"
    r"out\s+of\s+(?:the\s+)?office)\s*:[^.\n]{0,80}|i\s+(?:am|'m|will\s+be)\s+(?:currently\s+)?(?:out\s+of"
    r"\s+(?:the\s+)?office|on\s+(?:vacation|holiday|leave|annual\s+leave)|away\s+from\s+(?:my\s+)?"
    r"(?:desk|e-?mail))[^.\n]{0,80}|i\s+will\s+have\s+limited\s+access\s+to\s+(?:my\s+)?e-?mail[^.\n]{0,40}|"
    r"out\s+of\s+(?:the\s+)?office|(?:只今|ただいま)(?:外出中|不在)(?:です)?"
)
_SHOP_FORMS = (  # pass 105: an advertisement, a product's label, a device's or a player's status,
    # a phone menu
    r"(?:sponsored|ad|advert(?:isement)?|promoted|pr)\s*[:：|]\s*[^.!\n。！]{1,80}|sponsored\s+(?:content|post)|"
    r"(?:this\s+(?:prompt|message|post|story|video|episode)\s+is\s+)?brought\s+to\s+you\s+by\s+[^.!\n]{1,40}|"
    r"buy\s+one,?\s+get\s+one(?:\s+free)?|free\s+shipping(?:\s+on\s+orders?\s+over\s+\S{1,10})?|use\s+"
    r"(?:the\s+)?(?:promo\s+|coupon\s+|discount\s+)?code\s+\w{2,20}\s+(?:for|to\s+get)\s+\d{1,3}\s*%\s*off|"
    r"今なら[^。！\n]{0,20}?無料|(?:best\s+before|use\s+by|expiry\s+date|expiration\s+date|exp\.|"
    r"賞味期限|消費期限)\s*[:：]?\s*[\w/ ,年月日-]{1,30}|isbn(?:-1[03])?\s*:?\s*[\d-]{9,17}[\dx]?|"
    r"printed\s+on\s+recycled\s+paper|estimated\s+delivery\s*:\s*[^.\n]{1,30}|keep\s+refrigerated|(?:may\s+)?contains?"
    r"(?:\s+traces\s+of)?\s+(?:nuts|peanuts|milk|gluten|soy|eggs?|wheat)|store\s+in\s+a\s+cool,?\s+dry\s+"
    r"place|(?:loading|buffering|charging|downloading|uploading|updating|installing|saving|processing)"
    r"\s*(?:\.{1,3}|…)\s*(?:\d{1,3}\s*[%％])?|(?:battery\s+(?:low|critical)|low\s+battery)(?:\s*\(?\s*"
    r"\d{1,3}\s*%\s*\)?)?|swipe\s+(?:up|down|left|right)(?:\s+to\s+[^.\n]{1,30})?|tap\s+(?:here\s+)?to\s+"
    r"(?:continue|read\s+more|expand|see\s+more|unmute)|scan\s+(?:the|this)\s+qr\s+code[^.\n]{0,30}|step\s+"
    r"\d+\s+of\s+\d+|(?:読み込み中|充電中|ダウンロード中)(?:…|\.{1,3})?\s*(?:\d{1,3}\s*[%％])?|your\s+call\s+is"
    r"\s+important\s+to\s+us|please\s+(?:stay|hold)\s+on\s+the\s+line|please\s+hold|this\s+call\s+may\s+be"
    r"\s+recorded[^.\n]{0,40}|press\s+\d\s+for\s+[\w ]{1,20}|"
    r"(?:ただいま|只今)電話が(?:大変)?混み合って(?:おります|います)|(?:now\s+playing|up\s+next|再生中)\s*[:：]\s*[^.\n。]{1,60}"
)
_NOTICES = (
    # One way only to split the gap between two notices (its stops, then its spaces): two
    # starred runs of spaces side by side backtrack exponentially on a long run of notices.
    rf"(?:^|(?<=[\s.!?。！？]))\s*(?:(?:{_NOTICE_FORMS}|{_SHOP_FORMS})(?:\s*[.!,。！]+)?\s*)+$"
    + rf"|^\s*(?:(?:{_NOTICE_FORMS}|{_SHOP_FORMS})(?:\s*[.!,。！]+)?\s+)+"
)
BOILERPLATE = "|".join((_LABELS, _TRAILERS, _WEB, _STATUS, _NOTICES))
"""Every form above, one regular expression source (case folded by its user)."""
