"""What a prompt may end with after its request that leaves the request unmade: a hearsay, vague,
hedging, musing or quotative tail, or a laugh. :data:`DOUBTED` is one alternative of
:data:`grader.score.asks._TAKEN_BACK`, which reads it on the prompt's normal form
(:func:`grader.score.reading.normal`): a prompt that ends so asks for nothing (a review flag,
never a fail).

Read only where the tail ends the prompt, past the request's comma (Japanese) or after it
(a laugh, a musing), so that a laugh in the story ("a dragon who says lol. Keep it short.") or a
musing before the request ("Hmm, keep it short.") leaves it standing. Left out: a courtesy tail
(短く答えて、ね。, 、お願い, 、よろしく), which asks; a hedge that still asks ("Keep it short, I
guess."); and a laugh in brackets, which :data:`grader.score.negation.STALE` reads.
"""

from __future__ import annotations

_ENGLISH = (
    # hearsay, vagueness or a hedge as the request's last clause (pass 88): "..., so to speak."
    r"so\s+to\s+(?:speak|say)|as\s+it\s+were|as\s+(?:they|people)\s+say|as\s+the\s+saying\s+goes|"
    r"(?:you|they|people|everyone|someone)\s+(?:say|said)|"  # the request echoed (pass 102)
    r"i\s+wonder|h+m{2,}|hm"  # mused on (pass 106): "..., I wonder.", "..., hmm."
)
_JA_HEARSAY = (
    # 一文でまとめろ、ってさ。, 箇条書きで、とかね。 (pass 88); 、らしい, 、だとか, 、だそうで,
    # 、だってよ, 、とやら, 、みたいな (pass 106)
    r"ねえ|ねぇ|かぁ|かあ|だってさ|だって(?:よ|ね)?|だとさ|だとよ|ってさ|とさ|だそう(?:です|だ|で|な)?|"
    r"なんだって|とのこと(?:で|です)?|ですって|らしい(?:よ|ね|です|わ)?|とやら|みたいな|"
    r"(?:だ)?とか(?:ね|さ|なんとか)?"
)
_JA_MUSED = (
    # a musing question or a guess (pass 106): 、か。, 、かしら, 、かな, 、かね, 、だろうか,
    # 、ってか, 、たぶん, 、おそらく; a quotation left hanging: 、っていう, 、などと, 、なんて
    r"か|かな[あぁー]?|かしら|かね[えぇ]?|(?:だ)?っけ|(?:だろう|でしょう)か|ってか|"
    r"たぶん|多分|おそらく|恐らく|っていう|という|などと|なんて|なんぞ"
)
_JA_PLAYFUL = (
    # a playful take-back (pass 96): だったりして, とか言っちゃって, なんちゃって, かもね;
    # a concession (pass 100): とは言ったものの, とはいえ
    r"(?:(?:とか|なんて|って)\s*)?(?:だっ|言っちゃっ|言っちゃ|なんちゃっ)(?:たり"
    r"(?:なんか|しなかったり)?して|て)?|(?:だ)?かも(?:ね|よ|しれない|しれません)?|と(?:は)?言っ(?:た(?:ものの|"
    r"けど|けれど(?:も)?|が)|ても)|とは(?:いえ|言え)"
)
_LAUGH = r"lo+l+z?|lmf?ao+|rofl(?:mao)?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}|xd+"
"""A laugh typed as text (pass 106: "Keep it short lol"), as 😂 and 🤣 are read."""
_END = r"(?=[.!?。！？\s…~]*$)"
DOUBTED = (
    rf"(?:[,、…]\s*(?:{_ENGLISH}|{_JA_HEARSAY}|{_JA_MUSED}|{_JA_PLAYFUL}){_END}|"
    rf"(?<![\w'])(?:{_LAUGH})(?:[\s,.!]*(?:{_LAUGH}))*{_END})"
)
"""A tail after a request that leaves it unmade: hearsay, a musing, a guess, a quotation left
hanging or a playful take-back past its comma, or a laugh after it, ending the prompt."""
