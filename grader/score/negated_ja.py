"""Japanese negatives and hedges that follow a claim, for :mod:`grader.score.stated`: a claim
denied (英語で答えなかった, 切れたということはない, 答えることはなかった), denied again
(切れなかったわけではない), negated in what follows (切れないように), only supposed (はず,
だろう), and adverbs whose な or ず is no negation.

Left out: English negations, which come before a claim (:mod:`grader.score.denied`).
"""

from __future__ import annotations

from grader.score.reading import lazy

SUPPOSED_JA = lazy(
    r"^[^、。]{0,6}?(?:だろう|でしょう|はず|かもしれ|と予想|と期待|と思っ(?:た|ていた|てた|てました))"
)
NEGATED_JA = lazy(
    r"^[^、。]{0,4}?(?:な[いかく]|ず|ませ)|"
    # a claim of a noun counted (途中で切れた実行は一つでした: rt165-11), none of its subject's
    r"^[^、。]{0,4}?(?:実行|もの|出力|回答|答え)(?:は|が)[^、。]{0,6}?(?:[一二三四1-4]つ|[一二三四1-4]本|半分|いくつ)"
)
"""A negative right after the claim (切れないように, 答えず)."""
DENIED_JA = lazy(
    r"^(?:てい|ては|ていは)?(?:なかった|ませんでした|ず(?:に|[、。]|$))|^て(?:は)?おらず|^に(?:は)?(?:ならず|ならな)|"
    r"^(?:では|じゃ)(?:な(?:かった|い|く)|ありませ)|"
    r"^[^、。]{0,3}?(?:ということは(?:な|あり?ませ)|とは(?:とても|到底)?(?:言え(?:な|ず|ませ)|言いがた|"
    r"思えな)|というのは(?:[^、。]{0,4}の)?(?:誤り|間違い|勘違い|嘘))|"
    # after a nominalised claim (答えることはなかった, 書き出す気配もなかった: pass 145)
    r"^[^、。]{0,8}?(?:こと|気配|様子|兆し|実行|もの|出力|回答|答え)(?:は|も|すら|さえ)?[^、。]{0,8}?"
    r"(?:な(?:かった|い|く)|(?:あり)?ませ)|"
    # far from it (切れるどころか: rt159-12), a verb's own negative (終わらなかった)
    r"^[^、。]{0,4}?どころか|"
    # a question put and answered no (書き切れていたかというと、そうではありません: pass 171)
    r"^[^、。]{0,6}?か(?:という|って言う)と[、,]?\s*(?:残念ながら|実は|これも|それも)?[、,]?\s*(?:そうでは|そうじゃ|そうでも)(?:な|あり)|"
    # a rhetorical question (書き切れたと言えるだろうか, 終えたなどと誰が言えようか: pass 163)
    r"^[^、。]{0,6}?(?:と(?:は)?言えるだろうか|と言えよう(?:か)?|(?:などと|なんて)[、,]?\s*誰が(?:言え|思え|信じ))|^[らり](?:な(?:かった|い|く)|ませんでした)|"
    # a quantifier of none before a farther negative (一言も含まれていなかった: pass 147)
    r"^[^、。]{0,10}?(?:一言も|一つも|ひとつも|一切|全く|まったく|全然|少しも|一文字も|一度も)[^、。]{0,14}?"
    r"(?:な(?:かった|い|く)|ませ)"
)
"""A claim denied after it: 答えなかった, 箇条書きにならず, 日本語ではなかった, ということはない,
とは言えない, というのは誤り, ことはなかった."""
AFFIRMED_JA = lazy(
    r"^(?:てい)?な(?:かった|い)(?:わけ|という(?:わけ|こと))では(?:な|あり?ませ)|"
    r"^[^、。]{0,6}?(?:しか|ほか|より(?:ほか|他))(?:は)?な(?:かった|い)|"
    r"^[^、。]{0,4}?(?:じゃ|では)な(?:い|かった)(?:か|です(?:か)?)(?:[。！!？?]|$)"
)
"""A negation denied again (切れなかったわけではない says it was cut off), or a rhetorical one
(切れたじゃないか, だったではないか: it was)."""
ADVERBS_JA = lazy(
    r"なかなか|ずいぶん|ずっと|ずつ|ずばり|ずらずら|ずらり|ずっしり|ずるずる|ずんずん"
)
"""Adverbs whose な or ず is no negation (切れてなかなか面白かった, 答えてずいぶん驚いた)."""
