"""Russian: the words of news attribution (data only)."""

from __future__ import annotations

from newscore.extract.packs.en import ENGLISH
from newscore.extract.packs.morphology import StemMorphology
from newscore.extract.packs.pack import LanguagePack, forms, pronouns, words

__all__ = ["RUSSIAN"]

# Latin abbreviations ("Mr.", "U.S.") turn up in Cyrillic copy too.
_LATIN_ABBREVIATIONS = ENGLISH.abbreviations

_CUE_STEMS = (
    # imperfective past: "писал", "сообщал", "заявлял"
    "писа",
    "сообща",
    "заявля",
    "говори",
    "рассказыва",
    "отмеча",
    "подчеркива",
    "заяви",
    "сказа",
    "отмети",
    "подчеркну",
    "сообщи",
    "добави",
    "предупреди",
    "написа",
    "рассказа",
    "поясни",
    "напомни",
    "завери",
    "призва",
    "обвини",
    "опроверг",
    "пожалова",
    "призна",
    "уточни",
    "анонсирова",
    "объяви",
    "ответи",
    "пообеща",
    "утвержда",
    "замети",
    "настаива",
    "информирова",
    "прокомментирова",
    "подтверди",
    "указа",
)

RUSSIAN = LanguagePack(
    language="ru",
    cues=forms(_CUE_STEMS, ("в", "ла", "ли", "ло", "л"))
    | words(
        "заявляет говорит пишет сообщает добавляет отмечает подчеркивает подчёркивает "
        "поясняет считает утверждает предупреждает рассказывает напоминает"
    ),
    plural_cues=forms(_CUE_STEMS, ("ли",)) | words("говорят сообщают заявляют"),
    according_to=(
        "по словам",
        "по данным",
        "по его словам",
        "по ее словам",
        "по её словам",
        "по их словам",
        "по мнению",
        "по его мнению",
        "по ее мнению",
    ),
    according_trailing=words("словами"),
    as_words=words("как"),
    negations=words("не"),
    auxiliaries=words("также уже еще ещё ранее неоднократно снова отдельно"),
    that=words("что"),
    citing=("со ссылкой на",),
    citing_clause=("ссылаясь на",),
    pronouns=pronouns(
        он=("masculine", "singular"),
        она=("feminine", "singular"),
        оно=("neuter", "singular"),
        они=(None, "plural"),
    ),
    possessives=pronouns(
        его=("masculine", "singular"),
        ее=("feminine", "singular"),
        её=("feminine", "singular"),
        их=(None, "plural"),
    ),
    roles=words(
        "мэр министр президент пресс-секретарь представитель спикер глава председатель "
        "посол омбудсмен уполномоченный директор руководитель лидер премьер губернатор "
        "командующий заместитель советник секретарь генсек депутат помощник дипломат"
    ),
    organisations=words(
        "министерство минобороны мид штаб служба правительство совет банк компания фонд "
        "агентство управление командование офис силы генштаб прокуратура полиция "
        "администрация комитет комиссия департамент кремль"
    ),
    anonymous=words("источники источник собеседники собеседник чиновники"),
    plural_suffixes=("и",),
    patronymic_suffixes=("ович", "евич", "йович", "овна", "евна", "ична"),
    feminine_suffixes=("овна", "евна", "ична", "ова", "ева", "ёва", "ина", "ская", "цкая"),
    longest_name=2,
    head_first=True,
    locative_prepositions=words("в во"),
    acronym_joiners=words("и"),
    morphology=StemMorphology(locative_endings="еу"),
    clause_words=words("что и но а когда как который которая которые после"),
    boundary_prepositions=words("с после когда"),
    relatives=words("который которая которые"),
    coordinators=words("и а но однако"),
    conjunctions=words("а но"),
    sentence_adverbs=words("ранее накануне также кроме"),
    hearer_before_comma=True,
    abbreviations=words("р ст тис млн млрд грн руб г ул им т е т д") | _LATIN_ABBREVIATIONS,
)
"""The Russian pack."""
