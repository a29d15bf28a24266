"""Content words: what an answer or a prompt is about, in English and Japanese.

English is split into words (NFKC, case folded), stop words are dropped and each word is reduced
to its Snowball stem, so "dragons" and "dragon" are one word. Japanese is segmented by a real
morphological analyser (SudachiPy with its small dictionary): nouns, verbs, adjectives and
na-adjectives are content, by part of speech, each as its normalised form, so なりました and
なる are one word; auxiliary verbs after て/で (住んでいる, 持ってくる) are not. Numbers are content
in both languages ("2" answers "1+1").

Stop words include the boilerplate of a story request and of a story ("tell", "story", "once
upon a time", "the end", 物語, おしまい), so two stories share content words only where they
share a subject. The analyser is imported on first use: only scoring calls this module, never
``validate``. Judging meaning is left out.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from typing import Any

from grader.score.reading import lazy

_LATIN = r"[a-z0-9]+"
_JAPANESE = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶー]+"
_SPANS = lazy(f"{_LATIN}|{_JAPANESE}")
_LATIN_SPAN = lazy(_LATIN)

STOP_EN = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just let me more most my myself no nor not now of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    s t d ll m re ve don isn wasn aren weren didn doesn hasn haven won wouldn shouldn couldn
    yes ok okay sure please thanks thank certainly course oh well really
    tell told telling write wrote written give say said answer answers reply respond story
    stories tale tales upon time times end ended day days one ever after
    """.split()
)
"""English stop words: function words, and a story request's and a story's boilerplate."""

STOP_JA = frozenset(
    """
    為る 成る 居る 有る 在る 言う 出来る 行く 来る 見る 呉れる 下さる 貰う 遣る 頂く 致す 思う
    物語 話 お話 事 物 者 所 様 方 時 今 際 上 中 内 為 訳 筈 積もり 通り
    聞く 聞かせる 教える 答える 書く 話す 述べる 説明 回答 答え お願い 願う
    昔 昔々 むかしむかし 終わり 仕舞い 御終い おしまい 日 或る
    """.split()
)
"""Japanese stop lemmas (Sudachi's normalised forms): light verbs, formal nouns, and a story
request's and a story's boilerplate."""

_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_MAX_CHARS = 10_000  # SudachiPy refuses more than 49,149 bytes in one call


@functools.lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=1 << 15)  # a story's words come back in every answer
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


_DICTIONARY: list[Any] = []
_LOCK = threading.Lock()
_LOCAL = threading.local()


def _tokenizer() -> Any:
    """This thread's Sudachi tokenizer over the process's one dictionary (a tokenizer is not
    thread-safe; the dictionary is, and loading it is the ~0.1 s first-use cost)."""
    tok = getattr(_LOCAL, "tokenizer", None)
    if tok is None:
        with _LOCK:
            if not _DICTIONARY:
                from sudachipy import Dictionary

                _DICTIONARY.append(Dictionary(dict="small"))
        tok = _LOCAL.tokenizer = _DICTIONARY[0].tokenizer("C")
    return tok


def reading(span: str) -> str:
    """A Japanese span's reading in katakana, word by word (the analyser's; a word it does not
    know, a simplified Chinese form, reads as itself)."""
    return "".join(m.reading_form() for m in _tokenizer().tokenize(span[:_MAX_CHARS]))


def morphemes(span: str) -> list[tuple[str, tuple[str, ...], str]]:
    """A Japanese span's words as the analyser reads them (its first 10,000 characters): each
    its surface, its part of speech (with its conjugation form, sixth) and its normalised form."""
    return [
        (m.surface(), tuple(m.part_of_speech()), m.normalized_form())
        for m in _tokenizer().tokenize(span[:_MAX_CHARS])
    ]


def _japanese(span: str) -> list[str]:
    words: list[str] = []
    for i in range(0, len(span), _MAX_CHARS):
        previous = ("", "")
        for m in _tokenizer().tokenize(span[i : i + _MAX_CHARS]):
            pos = m.part_of_speech()
            auxiliary = pos[:2] == ("動詞", "非自立可能") and previous == ("助詞", "接続助詞")
            lemma = m.normalized_form()
            if pos[0] in _CONTENT_POS and not auxiliary and lemma not in STOP_JA:
                words.append(lemma)
            previous = (pos[0], pos[1])
    return words


@functools.lru_cache(maxsize=8192)  # a class measures the same popular outputs many times
def content_words(text: str) -> tuple[str, ...]:
    """The content words of ``text`` in order, English stemmed and Japanese lemmatised."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    words: list[str] = []
    for span in _SPANS().findall(norm):
        if _LATIN_SPAN().fullmatch(span):
            if span not in STOP_EN:
                words.append(_stem(span))
        else:
            words += _japanese(span)
    return tuple(words)


def shared(text: str, other: str) -> list[str]:
    """The content words ``text`` shares with ``other``, each once, in ``text``'s order."""
    theirs = set(content_words(other))
    return [w for w in dict.fromkeys(content_words(text)) if w in theirs]
