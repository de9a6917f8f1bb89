"""The labels of the ``labelled`` format, per language, and the section kind of each.

Language is data here: adding a digest's label set means adding entries, not code.
Each language maps a label (lower case, single spaces) to its section kind. Besides
the kinds every digest has (``source``, ``details``, ``quote``, ``background``,
``reminder``, ``reference``, ``update``) there are three for explainer-style
digests: ``significance`` ("Why it matters:"), ``summary`` ("Key points:") and
``outlook`` ("What's next:").
"""

from __future__ import annotations

LABELS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {
        "source": "source",
        "sources": "source",
        "details": "details",
        "what we know": "details",
        "what we know so far": "details",
        "driving the news": "details",
        "by the numbers": "details",
        "quote": "quote",
        "what they're saying": "quote",
        "background": "background",
        "earlier": "background",
        "context": "background",
        "backstory": "background",
        "the backstory": "background",
        "flashback": "background",
        "reminder": "reminder",
        "for reference": "reference",
        "reference": "reference",
        "read more": "reference",
        "go deeper": "reference",
        "update": "update",
        "updated": "update",
        "why it matters": "significance",
        "what it means": "significance",
        "what this means": "significance",
        "the big picture": "significance",
        "big picture": "significance",
        "between the lines": "significance",
        "key points": "summary",
        "key facts": "summary",
        "key takeaways": "summary",
        "the gist": "summary",
        "summary": "summary",
        "what's next": "outlook",
        "what next": "outlook",
        "what happens next": "outlook",
        "next steps": "outlook",
    },
    "uk": {
        "джерело": "source",
        "джерела": "source",
        "деталі": "details",
        "що відомо": "details",
        "подробиці": "details",
        "цитата": "quote",
        "пряма мова": "quote",
        "дослівно": "quote",
        "передісторія": "background",
        "раніше": "background",
        "що передувало": "background",
        "цьому передувало": "background",
        "що цьому передувало": "background",
        "що було раніше": "background",
        "контекст": "background",
        "нагадаємо": "reminder",
        "довідка": "reference",
        "довідково": "reference",
        "для довідки": "reference",
        "знати більше": "reference",
        "оновлено": "update",
        "оновлення": "update",
        "доповнено": "update",
        "що це означає": "significance",
        "чому це важливо": "significance",
        "головне": "summary",
        "коротко": "summary",
        "ключові факти": "summary",
        "що далі": "outlook",
    },
    "ru": {
        "источник": "source",
        "источники": "source",
        "детали": "details",
        "что известно": "details",
        "подробности": "details",
        "цитата": "quote",
        "прямая речь": "quote",
        "дословно": "quote",
        "предыстория": "background",
        "ранее": "background",
        "что предшествовало": "background",
        "этому предшествовало": "background",
        "что этому предшествовало": "background",
        "что было ранее": "background",
        "контекст": "background",
        "напомним": "reminder",
        "справка": "reference",
        "для справки": "reference",
        "обновлено": "update",
        "обновление": "update",
        "что это значит": "significance",
        "что это означает": "significance",
        "почему это важно": "significance",
        "главное": "summary",
        "коротко": "summary",
        "ключевые факты": "summary",
        "что дальше": "outlook",
    },
    "de": {
        "quelle": "source",
        "quellen": "source",
        "details": "details",
        "zitat": "quote",
        "wörtlich": "quote",
        "hintergrund": "background",
        "zum hintergrund": "background",
        "vorgeschichte": "background",
        "zur erinnerung": "reminder",
        "erinnerung": "reminder",
        "zur information": "reference",
        "aktualisiert": "update",
        "aktualisierung": "update",
    },
}
"""Every label recognised, per language (lower case), and the section kind it maps to."""


def _merged() -> dict[str, str]:
    merged: dict[str, str] = {}
    for language, labels in LABELS_BY_LANGUAGE.items():
        for label, kind in labels.items():
            if merged.setdefault(label, kind) != kind:
                raise ValueError(f"label {label!r} ({language}) maps to two kinds")
    return merged


LABELS: dict[str, str] = _merged()
"""Every label recognised (lower case) and the section kind it maps to."""

SPEAKER_LINKS: frozenset[str] = frozenset({"from", "by"})
"""Words between a quote label and the speaker it names ("Quote from Mahuchikh:")."""

WRITTEN_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "source": "Source",
        "details": "Details",
        "quote": "Quote",
        "background": "Background",
        "reminder": "Reminder",
        "reference": "For reference",
        "update": "Update",
        "significance": "Why it matters",
        "summary": "Key points",
        "outlook": "What's next",
    },
    "uk": {
        "source": "Джерело",
        "details": "Деталі",
        "quote": "Пряма мова",
        "background": "Передісторія",
        "reminder": "Нагадаємо",
        "reference": "Довідково",
        "update": "Оновлено",
        "significance": "Що це означає",
        "summary": "Головне",
        "outlook": "Що далі",
    },
    "ru": {
        "source": "Источник",
        "details": "Детали",
        "quote": "Прямая речь",
        "background": "Предыстория",
        "reminder": "Напомним",
        "reference": "Справка",
        "update": "Обновлено",
        "significance": "Что это значит",
        "summary": "Главное",
        "outlook": "Что дальше",
    },
}
"""The label the writer uses for each kind, per language variant."""
