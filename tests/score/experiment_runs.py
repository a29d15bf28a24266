"""The hand-written runs of :mod:`tests.score.experiment_cases`: a part 1 run on another model,
a goal run that changes only the prompt, and a goal run compared with its derived control."""

from __future__ import annotations

from tests.contexts import DRAGON, control, run

TERSE_STORY = (
    "A dragon guarded its gold in a cave, and one day it shared it with a lost child. The end."
)
ONE = "A lonely dragon found a friend in a brave girl who brought it bread."
JA_STORY = (
    "昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。"
    "ある日、女の子が訪ねてきて、二人は友達になりました。おしまい。"
)
LIST = "- A dragon lived alone in a cave.\n- A brave girl brought it bread.\n- They became friends."

# the control is the compared run itself: same model (terse), same budget, prompt changed only
TERSE = run("terse", model="terse", text=TERSE_STORY, tokens=33)
STEER = run(
    "steer",
    model="terse",
    prompt=DRAGON[:-1] + " in one sentence.",
    text=ONE,
    tokens=19,
    goal="concise",
    compare_to="terse",
)
# a goal run against the baseline with another budget: compared with the derived control
DERIVED = control("brief", tokens=80)
BRIEF = run(
    "brief",
    prompt=DRAGON + " Answer briefly.",
    text="A dragon scared a village until a girl showed it was kind.",
    tokens=17,
    goal="concise",
    max_length=None,
    max_new_tokens=80,
)
