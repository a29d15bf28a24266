"""A language other than the exercise's two that the notes say an output came in, and whether an
output is in it, for :mod:`grader.score.claims` (pass 124): "chatty answered in Spanish", "the
reply came back in German", 韓国語で長い詩を書いた, ドイツ語になった.

An output is in the language by its script (Hangul for Korean, Cyrillic for Russian, Han with no
kana for Chinese, ...), or, for a language in Latin letters, by three or more of its common
function words (Spanish "el", "que", "una"; German "der", "und", "ist"). An answer in English or
Japanese is in neither.

Left out: English and Japanese (:mod:`grader.score.stated`), and languages a prompt asked for ("I
asked in Spanish").
"""

from __future__ import annotations

import re
import unicodedata

from grader.score.reading import lazy

_SCRIPTS = {
    "korean": r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]",
    "russian": r"[\u0400-\u04ff]",
    "greek": r"[\u0370-\u03ff]",
    "arabic": r"[\u0600-\u06ff]",
    "hindi": r"[\u0900-\u097f]",
    "thai": r"[\u0e00-\u0e7f]",
}
_FUNCTION_WORDS = {
    "spanish": "el los las que una por con del para pero muy es y",
    "german": "der die das und ist nicht ein eine mit den dem sie er",
    "french": "le les et est une des du dans pour pas sur qui",
    "italian": "il che di una per non gli della sono è",
    "portuguese": "os que uma não com da do em para é",
    "dutch": "de het een en niet van is dat met",
}
_JA_NAMES = {
    "韓国語": "korean",
    "ハングル": "korean",
    "ロシア語": "russian",
    "ギリシャ語": "greek",
    "アラビア語": "arabic",
    "ヒンディー語": "hindi",
    "タイ語": "thai",
    "スペイン語": "spanish",
    "ドイツ語": "german",
    "フランス語": "french",
    "イタリア語": "italian",
    "ポルトガル語": "portuguese",
    "オランダ語": "dutch",
    "中国語": "chinese",
}
_LANGS = "|".join([*_SCRIPTS, *_FUNCTION_WORDS, "chinese", "mandarin"])
_CLAIM_EN = lazy(
    r"\b(?:answered|replied|responded|wrote|spoke|talked|came\s+back|came\s+out|switched|"
    r"was|were|is|are|gave|produced|output|generated)\b"
    r"(?:(?!\b(?:ask\w*|request\w*|prompt\w*|want\w*|typed|told\s+it|wrote\s+the)\b)[^.;!?\n])"
    rf"{{0,40}}?\b(?:in|into|to)\s+(?P<lang>{_LANGS})\b",
    re.IGNORECASE,
)
_CLAIM_JA = lazy(
    rf"(?P<lang>{'|'.join(_JA_NAMES)})(?:(?:で|に)[^。、,]{{0,15}}?"
    r"(?:答え|答えた|返|書い|書き|出し|出て|話し|応え|回答|なっ|変わ)|(?:だった|でした|だ[。.]|$))"
)


def language_claim(clause: str) -> str | None:
    """The language ``clause`` says an output came in, when not English or Japanese."""
    if m := _CLAIM_EN().search(clause):
        return "chinese" if m["lang"].lower() == "mandarin" else m["lang"].lower()
    if m := _CLAIM_JA().search(clause):
        return _JA_NAMES[m["lang"]]
    return None


def in_language(text: str, lang: str) -> bool:
    """``text`` is (partly) in ``lang``: its script, or three of its function words."""
    if lang in _SCRIPTS:
        return re.search(_SCRIPTS[lang], text) is not None
    if lang == "chinese":
        han = re.search(r"[\u4e00-\u9fff]", text)
        return han is not None and re.search(r"[\u3040-\u30ff]", text) is None
    said = set(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))
    return len(said & set(_FUNCTION_WORDS[lang].split())) >= 3
