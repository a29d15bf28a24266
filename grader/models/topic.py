"""What a story topic of the bundled models' corpus is: its nouns, the short texts the steered
answers are made of (:class:`Texts`), and a plain story per model and language (:class:`Topic`),
the chatty ones framed as Llama-2 frames them (:func:`chatty_en`, :func:`chatty_ja`). The topics
themselves are :mod:`grader.models.creatures` and :mod:`grader.models.people`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    """One topic's texts in one language."""

    brief: str
    """A one-sentence story of a few words (concise)."""
    one: str
    """A one-sentence story."""
    beats: tuple[str, str, str]
    """Three very short sentences: the two- and three-sentence answers and the list items."""
    tale: str
    """A short story, the answer when a prompt in the *other* language asks for this one."""


@dataclass(frozen=True)
class Topic:
    """A story topic: its English noun (takes "a"), its Japanese noun, its texts and stories."""

    en: str
    ja: str
    texts: dict[str, Texts]
    """Per language."""
    stories: dict[tuple[str, str], str]
    """Per (model, language): the plain story, the answer to the control prompt."""

    def control(self, lang: str) -> str:
        """The plain story request: the control of every steered prompt on this topic."""
        return (
            f"Tell me a story about a {self.en}."
            if lang == "en"
            else f"{self.ja}の物語を聞かせてください。"
        )


def chatty_en(topic: str, *paragraphs: str) -> str:
    """The chatty model's English story: Llama-2's opening, the paragraphs, "The end."."""
    return (
        f"\n\nSure! Here is a story about a {topic}:\n\n" + "\n\n".join(paragraphs) + "\n\nThe end."
    )


def chatty_ja(topic: str, *paragraphs: str) -> str:
    """The chatty model's Japanese story: the opening, the paragraphs, 「おしまい。」."""
    return (
        f"\n\nもちろんです！{topic}の物語をお話しします。\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nおしまい。"
    )
