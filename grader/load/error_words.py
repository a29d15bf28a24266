"""What pydantic's errors say, in a student's terms and both languages: the name of each type, the
tutorial's Python keyword arguments with what the grader does instead, and the limits' messages.
Locating an error and choosing among these is :mod:`grader.load.pydantic_errors`."""

from __future__ import annotations

from grader.util.i18n import T

TYPE_WORDS = {
    "string_type": ("text", "文字列"),
    "int_type": ("a whole number", "整数"),
    "bool_type": ("true or false", "true か false"),
    "float_type": ("a number", "数値"),
    "list_type": ("a list (lines starting with '- ')", "リスト（'- ' で始まる行）"),
    "dict_type": ("a mapping (key: value lines)", "マッピング（key: value の行）"),
    "model_type": ("a mapping (key: value lines)", "マッピング（key: value の行）"),
}


# The tutorial's Python keyword arguments, and what the grader does instead.
PYTHON_KEYS = {
    "torch_dtype": T(
        "the dtype is fixed: fp16 on the course GPU (official), fp32 for a CPU preview",
        "dtype は固定です: 講義の GPU では fp16（正式）、CPU では fp32（プレビュー）",
    ),
    "dtype": T(
        "the dtype is fixed: fp16 on the course GPU (official), fp32 for a CPU preview",
        "dtype は固定です: 講義の GPU では fp16（正式）、CPU では fp32（プレビュー）",
    ),
    "device_map": T(
        "the grader places the model itself (--device cuda or cpu)",
        "モデルの配置は採点側が決めます（--device cuda / cpu）",
    ),
    "device": T(
        "the grader places the model itself (--device cuda or cpu)",
        "モデルの配置は採点側が決めます（--device cuda / cpu）",
    ),
    "trust_remote_code": T(
        "never: only models whose code ships with transformers are graded",
        "使えません: transformers 本体のコードで動くモデルだけを採点します",
    ),
    "return_full_text": T(
        "the report always shows the prompt and the generated text apart",
        "レポートはプロンプトと生成文を常に分けて表示します",
    ),
    "task": T("the task is always text-generation", "タスクは常に text-generation です"),
    "repetition_penalty": T(
        "the model's own generation_config.json decides it, as in pipeline(..., do_sample=False)",
        "モデルの generation_config.json の値が使われます（pipeline(..., do_sample=False) と同じ）",
    ),
}
# pydantic error type -> message and hint, in both languages ({...} from the error's context)
LIMITS = {
    "string_too_short": (
        "write at least {min_length} character(s)",
        "{min_length} 文字以上書いてください",
        "this value may not be empty",
        "空にはできません",
    ),
    "string_too_long": (
        "at most {max_length} characters",
        "{max_length} 文字以内です",
        "shorten it",
        "短くしてください",
    ),
    "too_short": (
        "at least {min_length} item(s)",
        "{min_length} 個以上必要です",
        "add at least one run under runs:",
        "runs: の下に実行を一つ以上書いてください",
    ),
    "too_long": (
        "at most {max_length} items",
        "{max_length} 個までです",
        "remove some",
        "減らしてください",
    ),
    "greater_than_equal": (
        "must be at least {ge}",
        "{ge} 以上にしてください",
        "use a number >= {ge}",
        "{ge} 以上の数にしてください",
    ),
    "less_than_equal": (
        "must be at most {le}",
        "{le} 以下にしてください",
        "use a number <= {le}",
        "{le} 以下の数にしてください",
    ),
    "int_parsing": ("expected a whole number", "整数を書いてください", "e.g. 80", "例: 80"),
    "bool_parsing": (
        "expected true or false",
        "true か false を書いてください",
        "write true or false",
        "true か false と書きます",
    ),
}
