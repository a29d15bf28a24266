"""The message language: the first locale variable that is set decides, in gettext's order."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

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


def test_one_wording_is_one_frozen_text() -> None:
    """T shares one instance per wording; sharing is safe only because a Text cannot change."""
    first, again = T("Total", "合計"), T("Total", "合計")
    assert first is again and T("Total") is T("Total", "Total")
    assert T("Total", "計") is not first and T("Total", "計").get("ja") == "計"
    with pytest.raises(ValidationError):
        first.en = "changed"
    changed = first.model_copy(update={"ja": "総計"})
    assert changed.get("ja") == "総計" and T("Total", "合計").get("ja") == "合計"
