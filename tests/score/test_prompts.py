"""score.prompts: one notion of "the same prompt", for listed cases and generated neighbours.

A neighbour that only changes how a prompt is typed (case, punctuation, spaces, full-width forms,
invisible characters, look-alike letters from other scripts) is the same prompt; one that changes
a word is not.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.disguises import disguised
from grader.score.prompts import prompt_key, same_prompt

DRAGON = "Tell me a story about a dragon."
DRAGON_JA = "ドラゴンの物語を聞かせてください。"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (DRAGON, "tell me a story about a dragon!", True),
        (DRAGON, "Tell me a story about a dragon。", True),
        (DRAGON, "Tell me a story\u200b about a dragon.", True),
        (DRAGON, "ＴＥＬＬ\u3000me a story about a dragon", True),  # full-width letters, space
        (DRAGON, "T\u0435ll me a story ab\u043eut a dragon.", True),  # Cyrillic е and о
        (DRAGON, "Tell me a sto\u3164ry about a dragon.", True),  # a Hangul filler
        (DRAGON, "Tell me a sto\u034fry about a dragon.", True),  # a combining grapheme joiner
        (DRAGON, "Tell me a stor\ufe0fy about a dragon.", True),  # a variation selector
        (DRAGON, "Tell me a story about a dragon\u00ad.", True),  # a soft hyphen
        (DRAGON, "Tell me a story about a phantom.", False),
        (DRAGON, DRAGON[:-1] + " in one sentence.", False),
        (DRAGON_JA, "ドラゴンの物語を聞かせてください", True),
        (DRAGON_JA, "ﾄﾞﾗｺﾞﾝの物語を聞かせてください。", True),  # half-width katakana
        (DRAGON_JA, "ドラゴンの物語を一文で聞かせてください。", False),
        # pass 34's part-1 disguises and their neighbours, written before the change (9 of 22
        # right before, 20 after: a lone "4" for "a" is a number, and one Tagbanwa look-alike
        # has no prototype)
        (DRAGON, "".join(c + "\u0332" if c.isalpha() else c for c in DRAGON), True),
        (DRAGON, "".join(c + "\u0336" if c.isalpha() else c for c in DRAGON), True),
        (DRAGON, "".join(c + "\u0323" if c.isalpha() else c for c in DRAGON), True),
        (DRAGON, "ᴛᴇʟʟ ᴍᴇ ᴀ sᴛᴏʀʏ ᴀʙᴏᴜᴛ ᴀ ᴅʀᴀɢᴏɴ.", True),  # small capitals
        (DRAGON, "🆃🅴🅻🅻 🅼🅴 🅰 🆂🆃🅾🆁🆈 🅰🅱🅾🆄🆃 🅰 🅳🆁🅰🅶🅾🅽.", True),
        (DRAGON, "ⓣⓔⓛⓛ ⓜⓔ ⓐ ⓢⓣⓞⓡⓨ ⓐⓑⓞⓤⓣ ⓐ ⓓⓡⓐⓖⓞⓝ.", True),
        (DRAGON, "T3ll m3 a st0ry ab0ut a dr4g0n.", True),
        (DRAGON, "<u>Tell me a story about a dragon.</u>", True),
        (DRAGON, "<b>Tell</b> me a story about a <i>dragon</i>.", True),
        ("Tell me a story about a café.", "Tell me a story about a cafe.", True),
        ("Tell me 3 stories about a dragon.", "Tell me 4 stories about a dragon.", False),
        ("Write it in the 2nd person.", "Write it in the 3rd person.", False),
        ("Tell me about the 4th dragon.", "Tell me about the 5th dragon.", False),
        ("Tell me about dragon no. 7.", "Tell me about dragon no. 1.", False),
        ("ドラゴンが話す。", "ドラゴンか話す。", False),  # the voicing mark stays
        # pass 36's part-1 disguises and their neighbours, written before the change (6 of 17
        # right before, 17 after)
        # pass 71, written before the change: a number spelt out is the number (digits, English
        # words, kanji numerals), and another number is another prompt
        (
            "Tell me about 3 dragons and 2 knights.",
            "Tell me about three dragons and two knights.",
            True,
        ),
        ("A dragon who is 7 years old.", "A dragon who is Seven years old.", True),
        ("Tell me about 21 dragons.", "Tell me about twenty-one dragons.", True),
        ("Tell me about 14 knights.", "Tell me about fourteen knights.", True),
        ("ドラゴン3匹の話をして。", "ドラゴン三匹の話をして。", True),
        ("13人の騎士の話をして。", "十三人の騎士の話をして。", True),
        ("Tell me about three dragons.", "Tell me about four dragons.", False),
        ("Tell me about 3 dragons.", "Tell me about thirty dragons.", False),
        ("ドラゴン三匹の話をして。", "ドラゴン四匹の話をして。", False),
        ("Tell me about one dragon.", "Tell me about a dragon.", False),
        (DRAGON, "\u202e" + DRAGON[::-1], True),  # backwards behind a right-to-left override
        (DRAGON, DRAGON[::-1], True),
        (DRAGON, "Tell&nbsp;me&nbsp;a&nbsp;story&nbsp;about&nbsp;a&nbsp;dragon.", True),
        (DRAGON, "&#84;&#101;&#108;&#108; me a story about a dragon.", True),
        (DRAGON, "Tell%20me%20a%20story%20about%20a%20dragon.", True),
        (DRAGON, "T-e-l-l m-e a s-t-o-r-y a-b-o-u-t a d-r-a-g-o-n.", True),
        (DRAGON, "T e l l  m e  a  s t o r y  a b o u t  a  d r a g o n .", True),
        (DRAGON, '<span style="color:red">Tell me a story about a dragon.</span>', True),
        (DRAGON, "[Tell me a story about a dragon.](https://example.com)", True),
        ("Tell me a story about a dog.", "Tell me a story about a god.", False),
        ("Tell me a story in 3 parts: a, b, c.", "Tell me a story in 3 parts: a, b, d.", False),
        ("Use 100% of your creativity.", "Use 50% of your creativity.", False),
        ("Tell me a story about R&D.", "Tell me a story about R and D.", False),
        # pass 38's part-1 disguises and their neighbours, written before the change (4 of 15
        # right before, 15 after)
        (DRAGON, "Tellmeastoryaboutadragon.", True),
        (DRAGON, "TellMeAStoryAboutADragon.", True),
        (DRAGON, DRAGON + " [2]", True),
        (DRAGON, "Run 2: " + DRAGON, True),
        ("ドラゴンの話を書いてください。", "ドラゴンの話を書いてください。（2回目）", True),
        (DRAGON, "Gryy zr n fgbel nobhg n qentba.", True),  # ROT13
        (DRAGON, "TTeellll mmee aa ssttoorryy aabboouutt aa ddrraaggoonn..", True),
        (DRAGON, "Tell=20me=20a=20story=20about=20a=20dragon.", True),
        (DRAGON, "VGVsbCBtZSBhIHN0b3J5IGFib3V0IGEgZHJhZ29uLg==", True),  # Base64
        (DRAGON, "Tell me a story about a dragon in 2050.", False),
        ("Tell me about dragon no. 7.", "Tell me about dragon no. 8.", False),
        ("Tell me a story about the moon.", "Tell me a story about the mon.", False),
        # pass 45: the control re-encoded, written before the change (10 of 20 right before,
        # 20 after); the neighbours above ("dog"/"god", "moon"/"mon") stay two prompts
        (DRAGON, "".join(f"\\u{ord(c):04x}" for c in DRAGON), True),
        (DRAGON, "".join(f"\\x{ord(c):02x}" for c in DRAGON), True),
        (DRAGON, DRAGON.replace(" ", "\\u0020"), True),
        (DRAGON, DRAGON.encode().hex(), True),
        (DRAGON, " ".join(f"{b:02x}" for b in DRAGON.encode()), True),
        (DRAGON, " ".join(f"U+{ord(c):04X}" for c in DRAGON), True),
        (DRAGON, "%6== >6 2 DE@CJ 23@FE 2 5C28@?]", True),  # ROT47
        (DRAGON, "lleT em a yrots tuoba a .nogard", True),
        (DRAGON, "Tlel me a sotry aobut a dgaorn.", True),
        (DRAGON, "Tll m a stry bt a drgn.", True),
        ("Tell me a story about a cat.", DRAGON, False),
        ("Tell me a story about a dragon and a knight.", DRAGON, False),
        (DRAGON + " Keep it short.", DRAGON, False),
        ("Tell me a poem about a dragon.", DRAGON, False),
        ("Tell me a story about a dragon who lost its fire.", DRAGON, False),
        ("Tell me a long story about a dragon.", DRAGON, False),
        (DRAGON_JA, DRAGON, False),
        ("Tell me a story about the dragon.", DRAGON, False),
        ("Write a story about a dragon.", DRAGON, False),
        ("Tell us a story about a dragon.", DRAGON, False),
        # pass 47: more encodings of the control, written before the change (5 of 10 right
        # before, 10 after)
        (DRAGON, '{"role": "user", "content": "Tell me a story about a dragon."}', True),
        (DRAGON, '[{"role": "user", "content": "Tell me a story about a dragon."}]', True),
        (DRAGON, "20-5-12-12 13-5 1 19-20-15-18-25 1-2-15-21-20 1 4-18-1-7-15-14", True),
        (
            DRAGON,
            "Tango Echo Lima Lima / Mike Echo / Alfa / Sierra Tango Oscar Romeo Yankee / "
            "Alfa Bravo Oscar Uniform Tango / Alfa / Delta Romeo Alfa Golf Oscar November",
            True,
        ),
        (DRAGON, "KRSWY3BANVSSAYJAON2G64TZEBQWE33VOQQGCIDEOJQWO33OFY======", True),  # Base32
        (DRAGON, '{"role": "user", "content": "Tell me a story about a cat."}', False),
        (DRAGON, "20 5 12 12", False),
        (DRAGON, "Tango and Cash meet a dragon.", False),
        (DRAGON, "Tell me a story about a dragon in 20 lines.", False),
        (DRAGON, 'The dragon said {"hello": "world"}.', False),
        # pass 40: a chat template's markers typed by hand, written before the change (1 of 6
        # right before, 6 after)
        (DRAGON_JA, "[INST] " + DRAGON_JA + " [/INST]", True),
        (DRAGON_JA, "<s>[INST] " + DRAGON_JA + " [/INST]", True),
        (DRAGON, f"<|im_start|>user\n{DRAGON}<|im_end|>\n<|im_start|>assistant\n", True),
        (DRAGON, f"<<SYS>>\n<</SYS>>\n\n[INST] {DRAGON} [/INST]", True),
        (DRAGON, "[INST] Tell me a story about a cat. [/INST]", False),
        # pass 42: ciphers, Morse and readings beside kanji, written before the change (2 of 12
        # right before, 12 after)
        (DRAGON, "Ufmm nf b tupsz bcpvu b esbhpo.", True),  # Caesar +1
        (DRAGON, "Gvoo nv z hglib zylfg z wiztlm.", True),  # Atbash
        (
            DRAGON,
            "- . .-.. .-.. / -- . / .- / ... - --- .-. -.-- / .- -... --- ..- - / .- / "
            "-.. .-. .- --. --- -.",
            True,
        ),  # Morse
        ("ドラゴンの話をしてください。", "ドラゴンの話（はなし）をしてください。", True),
        (
            "ドラゴンの話をしてください。",
            "ドラゴンの<ruby>話<rt>はなし</rt></ruby>をしてください。",
            True,
        ),
        ("Tell me a story about a cat.", "Tell me a story about a dbu.", False),  # one word shifted
        ("ドラゴンの話をしてください。", "ドラゴンの話（短く）をしてください。", False),
    ],
)
def test_same_prompt(a: str, b: str, same: bool) -> None:
    assert same_prompt(a, b) is same


# Characters Unicode marks Default_Ignorable_Code_Point (a sample across the blocks) and
# confusables of Latin letters from other scripts: typing them changes nothing a reader sees.
IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u180e\u200b\u200c"
    "\u200d\u2060\u2061\u3164\ufe00\ufe0f\ufeff\uffa0"
)
LOOK_ALIKE = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "c": "\u0441",
    "y": "\u0443",
    "i": "\u0456",
}
PROMPTS = [
    DRAGON,
    "Tell me a story about a dragon in one sentence.",
    "Write a poem about the sea.",
    DRAGON_JA,
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(PROMPTS),
    st.lists(st.tuples(st.integers(0, 200), st.sampled_from(IGNORABLE)), max_size=6),
    st.lists(st.integers(0, 200), max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_a_prompt_typed_otherwise_is_the_same_prompt(
    prompt: str,
    invisible: list[tuple[int, str]],
    swaps: list[int],
    upper: bool,
    wide: bool,
) -> None:
    typed = list(prompt)
    for position in swaps:  # letters from another script that look the same
        i = position % len(typed)
        typed[i] = LOOK_ALIKE.get(typed[i], typed[i])
    for position, char in invisible:
        typed.insert(position % (len(typed) + 1), char)
    text = "".join(typed)
    text = text.upper() if upper else text
    if wide:  # full-width forms, as a Japanese input method types them
        text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    assert same_prompt(prompt, text), (prompt, text, prompt_key(text))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PROMPTS), st.sampled_from(["briefly", "quietly", "猫", "in French"]))
def test_a_word_more_is_another_prompt(prompt: str, word: str) -> None:
    assert not same_prompt(prompt, f"{prompt} {word}")


def test_every_default_ignorable_used_above_is_one() -> None:
    import regex

    assert all(regex.fullmatch(r"\p{Default_Ignorable_Code_Point}", c) for c in IGNORABLE)
    assert all(unicodedata.category(c) != "Zs" for c in IGNORABLE)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_takes_the_same_steps_without_the_regex_module(text: str) -> None:
    """The ASCII path of prompt_key gives the key of the general path, for any ASCII text."""
    from grader.score import prompts

    assert prompts.prompt_key.__wrapped__(text) == prompts.general_key(prompts._unmarked(text))


def test_the_shipped_prototypes_are_confusables_txt() -> None:
    """prototypes.json, which keys are built from, is every mapping of confusables.txt and
    nothing else, as ``python -m grader.score.unicode`` writes it."""
    from grader.score import prompts
    from grader.score.unicode.__main__ import prototypes_json, read_prototypes

    source = (prompts.UNICODE / "confusables.txt").read_text("utf-8-sig")
    shipped = (prompts.UNICODE / "prototypes.json").read_text("utf-8")
    assert shipped == prototypes_json() + "\n"
    table = read_prototypes(source)
    assert len(table) > 6000 and table["а"] == "a" and table["1"] == "l"  # Cyrillic a, digit one
    assert prompts.prototypes() == {ord(k): v for k, v in table.items()}


ENGLISH = [p for p in PROMPTS if p.isascii()]
MARKS = ["\u0332", "\u0336", "\u0338", "\u0323", "\u0301", "\u0330"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ENGLISH), st.sampled_from(MARKS), st.sampled_from(["tag", "leet", ""]))
def test_a_prompt_decorated_letter_by_letter_is_the_same_prompt(
    prompt: str, mark: str, also: str
) -> None:
    """rt34-01: part 1 credited to the same prompt with a combining mark under every letter.
    Marks, markup tags and digits standing for letters inside words change nothing a reader
    needs; the same decoration on another prompt leaves it another."""
    decorated = "".join(c + mark if c.isalpha() and c.isascii() else c for c in prompt)
    if also == "tag":
        decorated = f"<u>{decorated}</u>"
    elif also == "leet":
        decorated = decorated.replace("o", "0").replace("e", "3")
    assert same_prompt(prompt, decorated), decorated
    assert not same_prompt(prompt + " Answer briefly.", decorated)


DISGUISES = {
    "tabs": lambda p: p.replace(" ", "\t"),
    "lines": lambda p: p.replace(" ", "\n"),
    "Cyrillic": lambda p: p.replace("a", "\u0430").replace("o", "\u043e"),
    "IPA": lambda p: p.replace("a", "\u0251"),
    "dots": lambda p: p.replace(" ", "\u00b7"),
    "no-break": lambda p: p.replace(" ", "\u00a0"),
    "zero-width": lambda p: p.replace("o", "o\u200b"),
    "double": lambda p: p.replace(" ", "  "),
    "full-width": lambda p: "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in p),
    "small capitals": lambda p: p.replace("e", "\u1d07").replace("t", "\u1d1b"),
    "underline": lambda p: "".join(c + "\u0332" if c.isalpha() else c for c in p),
}
RECASED = ["Tell Me A Story About A Dragon.", "TELL ME A STORY ABOUT A DRAGON."]
RECASED += [
    "tElL mE a StOrY aBoUt A dRaGoN.",
    "˙uoƃɐɹp ɐ ʇnoqɐ ʎɹoʇs ɐ ǝɯ llǝ⊥",
    "⠠⠞⠑⠇⠇ ⠍⠑ ⠁ ⠎⠞⠕⠗⠽",
]


@pytest.mark.parametrize("control", RECASED)
def test_a_control_recased_upside_down_or_in_braille_is_a_disguise(control: str) -> None:
    """rt36: a control in Title Case (or ALL CAPS) that the tiny model answered in Japanese;
    upside down; in Braille."""
    assert disguised(control, DRAGON + " Answer in English.")


PLAIN = [  # (control, run): written as students do, nothing disguised
    (DRAGON + "\n", DRAGON + " Answer in English."),
    ("Tell me a story about a dragon.\nMake it fun.", DRAGON + " Make it fun. Keep it short."),
    ("Tell me a story about a dragon 🐉.", "Tell me a story about a dragon 🐉. Keep it short."),
    ("Tell me a story about a café dragon.", "Tell me a short story about a café dragon."),
    ("ドラゴンの話を書いて！", "ドラゴンの話を書いて！英語で答えて。"),
    ("ドラゴンの話を\u3000書いて。", "ドラゴンの話を書いて。英語で答えて。"),
    ("Tell me a story about a dragon —", "Tell me a short story about a dragon."),
    ("Tell me a story about a dragon’s cave.", "Tell me a story about a dragon’s cave in English."),
    ("tell me a story about a dragon", DRAGON + " Keep it short."),
    ("Tell me a story about NASA and the USA.", "Tell me a short story about NASA and the USA."),
    (
        "Tell me a story about a dragon named Zoë.",
        "Tell me a short story about a dragon named Zoë.",
    ),
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(DISGUISES)),
    st.sampled_from(ENGLISH),
    st.sampled_from([" Answer in English.", " Keep it short.", " Use bullet points."]),
)
def test_a_control_written_in_disguise_is_told_from_a_plain_one(
    how: str, prompt: str, request: str
) -> None:
    """rt34-02/03/05/08: a control in tabs, Cyrillic letters or squared letters, which the model
    answered in Japanese, against a goal run asking for English in plain letters. Written in
    disguise where the run is not, the control is told; the same disguise on both is not."""
    control = DISGUISES[how](prompt)
    assert disguised(control, prompt + request), (how, control)
    assert not disguised(control, control + request)
    assert not disguised(prompt, prompt + request)


@pytest.mark.parametrize(("control", "run"), PLAIN)
def test_a_plainly_written_control_is_no_disguise(control: str, run: str) -> None:
    assert not disguised(control, run)


SPELLINGS = {
    "entities": lambda p: p.replace(" ", "&nbsp;"),
    "escapes": lambda p: p.replace(" ", "%20"),
    "hyphens": lambda p: " ".join("-".join(w) for w in p.split()),
    "spaced": lambda p: "  ".join(" ".join(w) for w in p.split()),
    "backwards": lambda p: "\u202e" + p[::-1],
    "span": lambda p: f'<span style="font-weight:bold">{p}</span>',
    "link": lambda p: f"[{p}](https://example.com/x)",
    # pass 53, written before the change: character codes, TeX, RTF and troff markup
    "decimal": lambda p: " ".join(str(ord(c)) for c in p),
    "decimal commas": lambda p: ",".join(str(ord(c)) for c in p),
    "octal": lambda p: " ".join(f"{ord(c):03o}" for c in p),
    "hex 0x": lambda p: " ".join(f"0x{ord(c):02x}" for c in p),
    "tex bold": lambda p: f"\\textbf{{{p}}}",
    "tex emph": lambda p: f"\\emph{{{p}}}",
    "tex section": lambda p: f"\\section*{{Prompt}} {p}",
    "rtf": lambda p: f"{{\\rtf1\\ansi {{\\b {p}}}}}",
    "troff": lambda p: f'.B "{p}"',
}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(SPELLINGS)), st.sampled_from(ENGLISH))
def test_a_prompt_spelt_otherwise_is_the_same_prompt(how: str, prompt: str) -> None:
    """rt36-03/04: part 1 credited to the prompt written backwards behind a right-to-left
    override, or with &nbsp; for its spaces. Entities, escapes, letters spelt one by one,
    markup and a link's address change nothing a reader needs; a word more is another prompt."""
    spelt = SPELLINGS[how](prompt)
    assert same_prompt(prompt, spelt), spelt
    assert not same_prompt(prompt + " Answer briefly.", spelt)


# ASCII text as prompts are typed: letters (some alone, "T e l l"), digits, leet words, the
# separators of spelt-out letters; with markup, the characters step 0 reads as more
_PLAIN = list("abcdefgxyzABCTmIlO013 .-_,!?'\"")
_MARKED = [*_PLAIN, "&amp;", "<b>", "[INST]", "%20", "\\u0041", "U+0041", "=20"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PLAIN), max_size=40).map("".join)
    | st.text(st.characters(max_codepoint=127).filter(lambda c: c not in "&%=\\+<["))
)
def test_a_prompt_is_keyed_in_every_shift_as_each_shift_is_keyed(text: str) -> None:
    """readings keys a text's 26 letter shifts from one step 0 (_shifted_keys): the keys of
    keying each shift, for ASCII text with letters spelt out and leet words."""
    from grader.score.ciphers import shifted
    from grader.score.prompts import _shifted_keys

    assert _shifted_keys(text) == {prompt_key(shifted(text, k)) for k in range(1, 27)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKED), max_size=30).map("".join))
def test_the_readings_are_those_of_keying_every_text(text: str) -> None:
    """readings gives the keys of keying every text it reads, each shift alone (how it read
    before _shifted_keys), markup included."""
    from grader.score import prompts
    from grader.score.ciphers import decoded, shifted, wordy
    from grader.score.informal import plain

    texts = {text, prompts._unlabelled(unicodedata.normalize("NFKC", text))}
    texts |= {prompts.visible(text)[::-1], prompts._TROFF.sub("", text), *decoded(text)}
    texts |= {" ".join(w[::-1] for w in t.split()) for t in texts}
    texts |= {shifted(t, k) for t in list(texts) if t.isascii() for k in range(1, 27)}
    texts |= {r for t in texts if t.isascii() for r in (shifted(t, 27),) if wordy(r)}
    texts.add(plain(text))
    every = frozenset(prompt_key(t).replace(" ", "") for t in texts)
    assert prompts.readings.__wrapped__(text) == every
