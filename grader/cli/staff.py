"""The TA's and the course CI's commands for the ``grader`` parser: grade and merge, verify and
bench, each argument with its help in English and Japanese."""

from __future__ import annotations

import argparse
from pathlib import Path

from grader.cli.options import (
    Add,
    Words,
    at_least,
    device_option,
    engine_options,
    gradebook_options,
)


def ta_commands(add: Add, t: Words) -> None:
    """grade, merge."""
    _grade(add, t)
    _merge(add, t)


def _grade(add: Add, t: Words) -> None:
    p = add(
        "grade",
        t(
            "grade a class: a folder, or an LMS's submissions zip (resumable; a bad file never "
            "stops the batch)",
            "クラスを採点します: フォルダか LMS の提出物 zip（再開できます。"
            "不正なファイルがあっても"
            "止まりません）",
        ),
    )
    p.add_argument(
        "submissions",
        type=Path,
        help=t(
            "class folder, or the LMS's download (.zip)",
            "クラスのフォルダか LMS のダウンロード（.zip）",
        ),
    )
    p.add_argument(
        "-a", "--assignment", required=True, help=t("assignment id or path", "課題の id かパス")
    )
    p.add_argument("-o", "--out", type=Path, required=True, help=t("output folder", "出力フォルダ"))
    p.add_argument(
        "--hidden",
        type=Path,
        help=t(
            "TA-only file with the hidden criteria's parameters",
            "非公開の基準のパラメータ（TA 専用ファイル）",
        ),
    )
    _batch_options(p, t)
    gradebook_options(p, t)
    engine_options(p, t)


def _batch_options(p: argparse.ArgumentParser, t: Words) -> None:
    """How grade runs over a class: regenerate, a subset, a shard, Excel, a second class."""
    p.add_argument(
        "--force",
        action="store_true",
        help=t("regenerate even what the cache has", "キャッシュにあるものも生成し直します"),
    )
    p.add_argument(
        "--only",
        nargs="+",
        metavar="ID",
        help=t("grade only these student ids", "この学籍番号だけを採点します"),
    )
    p.add_argument(
        "--shard",
        help=t(
            "K/N: generate only the K-th of N slices of the unique requests",
            "K/N: 重複を除いた生成要求を N 分割した K 番目だけを生成します",
        ),
    )
    p.add_argument(
        "--excel",
        action="store_true",
        help=t(
            "write grades.csv with a BOM for Excel", "Excel 用に BOM 付きの grades.csv を書きます"
        ),
    )
    p.add_argument(
        "--add-class",
        action="store_true",
        help=t(
            "grade another class into an output folder that already grades one (grades.csv then "
            "covers both)",
            "別のクラスを同じ出力フォルダに採点します（grades.csv は両方を含みます）",
        ),
    )


def _merge(add: Add, t: Words) -> None:
    p = add(
        "merge",
        t(
            "merge shard caches into OUT/cache.sqlite (then run grade on OUT)",
            "分割したキャッシュを OUT/cache.sqlite にまとめます（そのあと OUT で grade を実行）",
        ),
    )
    p.add_argument("out", type=Path, help=t("the output folder of grade", "grade の出力フォルダ"))
    p.add_argument(
        "shards",
        nargs="+",
        type=Path,
        help=t("shard output folders or cache files", "分割の出力フォルダかキャッシュファイル"),
    )
    p.add_argument(
        "--allow-mixed-fingerprints",
        action="store_true",
        help=t(
            "merge shards made in different environments (their tokens may differ)",
            "異なる環境で作った分割もまとめます（トークンが異なることがあります）",
        ),
    )


def ci_commands(add: Add, t: Words) -> None:
    """verify (the course CI) and bench."""
    _verify(add, t)
    _bench(add, t)


def _verify(add: Add, t: Words) -> None:
    p = add(
        "verify",
        t(
            "re-verify a reference set (exact, teacher-forced or grades)",
            "参照セットを検証し直します（exact、teacher-forced、grades）",
        ),
    )
    p.add_argument(
        "reference", type=Path, help=t("the reference set's folder", "参照セットのフォルダ")
    )
    p.add_argument(
        "-a",
        "--assignment",
        help=t(
            "assignment id or path (default: the folder above the reference set, else the id "
            "recorded in its results)",
            "課題の id かパス（既定: 参照セットの上のフォルダ、なければ結果に記録された id）",
        ),
    )
    p.add_argument(
        "--mode",
        choices=["auto", "exact", "teacher-forced", "grades"],
        default="auto",
        help=t(
            "how to verify (default: from the fingerprint)", "検証の方法（既定: 環境の指紋から）"
        ),
    )
    p.add_argument(
        "--record",
        action="store_true",
        help=t("(re)record the reference outputs", "参照出力を記録し直します"),
    )
    p.add_argument(
        "--junit", type=Path, help=t("write JUnit XML here", "JUnit XML をここに書きます")
    )
    p.add_argument(
        "--json", type=Path, help=t("write the JSON report here", "JSON の報告をここに書きます")
    )
    device_option(p, t)


def _bench(add: Add, t: Words) -> None:
    p = add(
        "bench",
        t(
            "measure grading speed against the tutorial's naive way",
            "採点の速さをチュートリアルの素朴な方法と比べて測ります",
        ),
    )
    p.add_argument(
        "-n",
        "--students",
        type=at_least(1, t),
        default=200,
        help=t("synthetic students (default: 200)", "合成する学生の数（既定: 200）"),
    )
    p.add_argument(
        "--model",
        action="append",
        help=t(
            "real model names (GPU); default: the bundled models",
            "実モデルの名前（GPU）。既定: 同梱モデル",
        ),
    )
    device_option(p, t)
    p.add_argument(
        "--naive-sample",
        type=at_least(1, t),
        default=None,
        help=t(
            "time the naive way on this many runs and extrapolate",
            "素朴な方法はこの件数だけ測って外挿します",
        ),
    )
    p.add_argument(
        "--no-generate",
        action="store_true",
        help=t(
            "time only the class-wide work (validate, score, clusters, pages) with stand-in "
            "answers: how it scales to large classes (e.g. -n 5000)",
            "生成せずに代わりの回答で、クラス全体の処理（検証・採点・クラスタ・ページ）だけを"
            "測ります（例: -n 5000）",
        ),
    )
