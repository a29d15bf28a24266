"""argparse's own words in the user's language: ``usage:``, ``options``, ``error:`` and its error
messages (a missing argument, an invalid choice, an unknown option).

argparse looks its strings up through gettext, under the names ``_`` and ``ngettext`` of its
module, at the moment it formats them. :func:`translated` points those names at a catalogue for
the chosen language while the parser runs, and restores them after. This beats a ``.mo`` file
in gettext's global domain, which would follow the locale rather than ``--lang`` and change the
lookups of every other library in the process. The msgids are argparse's own (Python 3.10 to
3.13); one that is not in the catalogue stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from grader.util.i18n import Lang

JA: dict[str, str] = {
    "usage: ": "使い方: ",
    "positional arguments": "位置引数",
    "options": "オプション",
    "optional arguments": "オプション",  # Python 3.9's name for the same section
    "show this help message and exit": "このヘルプを表示して終了します",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "the following arguments are required: %s": "次の引数が必要です: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "無効な値です: %(value)r（次から選んでください: %(choices)s）"
    ),
    "unrecognized arguments: %s": "認識できない引数です: %s",
    "argument %(argument_name)s: %(message)s": "引数 %(argument_name)s: %(message)s",
    "expected one argument": "値が1つ必要です",
    "expected at least one argument": "値が1つ以上必要です",
    "expected at most one argument": "値は1つまでです",
    "invalid %(type)s value: %(value)r": "%(type)s として無効な値です: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "あいまいなオプションです: %(option)s は %(matches)s のどれにも当てはまります"
    ),
    "one of the arguments %s is required": "引数 %s のどれかが必要です",
    "not allowed with argument %s": "引数 %s とは一緒に使えません",
    "ignored explicit argument %r": "明示された値 %r は無視されます",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' を開けません: %(error)s",
    "expected %s argument": "値が %s 個必要です",
    "expected %s arguments": "値が %s 個必要です",
}
"""argparse's msgids and their Japanese."""


@contextmanager
def translated(lang: Lang) -> Iterator[None]:
    """While inside, argparse formats its own strings in ``lang`` (English: unchanged)."""
    if lang == "en":
        yield
        return
    module = vars(argparse)
    saved = module["_"], module["ngettext"]

    def gettext(message: str) -> str:
        return JA.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
