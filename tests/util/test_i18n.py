"""The message language: the first locale variable that is set decides, in gettext's order."""

from __future__ import annotations

import pytest

from grader.util.i18n import T, default_lang

VARS = ("GRADER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        # LANGUAGE before LC_ALL and LANG, first entry
        ({"LANGUAGE": "ja:en", "LANG": "C.UTF-8"}, "ja"),
        ({"LANGUAGE": "en", "LC_ALL": "ja_JP.UTF-8"}, "en"),
        ({"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, "ja"),
        ({"LC_MESSAGES": "ja_JP", "LANG": "en_US"}, "ja"),
        ({"GRADER_LANG": "en", "LANGUAGE": "ja"}, "en"),
        ({"LANGUAGE": "", "LANG": "ja_JP.UTF-8"}, "ja"),  # an empty variable counts as unset
    ],
)
def test_default_lang(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], lang: str) -> None:
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert default_lang() == lang


def test_text_falls_back_to_english() -> None:
    assert T("only English").get("ja") == "only English" and T("a", "あ").get("ja") == "あ"
