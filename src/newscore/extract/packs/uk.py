"""Ukrainian: the words of news attribution (data only)."""

from __future__ import annotations

from newscore.extract.packs.en import ENGLISH
from newscore.extract.packs.morphology import StemMorphology
from newscore.extract.packs.pack import LanguagePack, forms, pronouns, words

__all__ = ["UKRAINIAN"]

# Latin abbreviations ("Mr.", "U.S.") turn up in Cyrillic copy too.
_LATIN_ABBREVIATIONS = ENGLISH.abbreviations

_CUE_STEMS = (
    # imperfective past: "писала", "повідомляло", "заявляв"
    "писа",
    "повідомля",
    "заявля",
    "каза",
    "розповіда",
    "наголошува",
    "зазнача",
    "заяви",
    "сказа",
    "зазначи",
    "наголоси",
    "повідоми",
    "дода",
    "попереди",
    "підкресли",
    "відзначи",
    "написа",
    "розпові",
    "поясни",
    "нагада",
    "запевни",
    "заклика",
    "звинувати",
    "заперечи",
    "поскаржи",
    "визна",
    "уточни",
    "анонсува",
    "оголоси",
    "відпові",
    "пообіця",
    "стверджува",
    "зауважи",
    "переконува",
    "наполяга",
    "інформува",
    "прокоментува",
    "підтверди",
)

UKRAINIAN = LanguagePack(
    language="uk",
    cues=forms(_CUE_STEMS, ("в", "ла", "ли", "ло"))
    | words(
        "заявляє каже говорить пише повідомляє додає зазначає наголошує підкреслює пояснює "
        "вважає стверджує попереджає розповідає нагадує відзначає зауважує"
    ),
    plural_cues=forms(_CUE_STEMS, ("ли",)) | words("кажуть повідомляють заявляють"),
    according_to=(
        "за словами",
        "за даними",
        "за його словами",
        "за її словами",
        "за їхніми словами",
        "на думку",
        "на його думку",
        "на її думку",
    ),
    according_trailing=words("словами"),
    as_words=words("як"),
    negations=words("не"),
    auxiliaries=words("також вже ще раніше неодноразово знову окремо зокрема"),
    that=words("що"),
    citing=("з посиланням на", "із посиланням на"),
    citing_clause=("посилаючись на",),
    pronouns=pronouns(
        він=("masculine", "singular"),
        вона=("feminine", "singular"),
        воно=("neuter", "singular"),
        вони=(None, "plural"),
    ),
    possessives=pronouns(
        його=("masculine", "singular"),
        її=("feminine", "singular"),
        їх=(None, "plural"),
        їхніми=(None, "plural"),
        їхнім=(None, "plural"),
    ),
    roles=words(
        "мер міністр міністра президент речник речниця спікер голова очільник очільниця посол "
        "омбудсман омбудсмен уповноважений директор керівник лідер прем'єр прем’єр губернатор "
        "командувач глава заступник радник радниця секретар генсек депутат нардеп дипломат "
        "дипломатка прем'єрка міністерка речниця"
    ),
    gendered_roles={
        "речниця": "feminine",
        "очільниця": "feminine",
        "радниця": "feminine",
        "дипломатка": "feminine",
        "прем'єрка": "feminine",
        "міністерка": "feminine",
    },
    organisations=words(
        "міністерство міністерства мвс мзс штаб служба служби уряд рада банк компанія фонд "
        "агентство управління командування офіс сили генштаб прокуратура поліція адміністрація "
        "комітет комісія департамент"
    ),
    anonymous=words("джерела джерело співрозмовники співрозмовник посадовці"),
    plural_suffixes=("и", "і"),
    patronymic_suffixes=("ович", "евич", "йович", "івна", "ївна", "овна", "евна", "ична"),
    feminine_suffixes=("івна", "ївна", "ська", "цька", "ова", "ева", "єва", "іна", "ина"),
    longest_name=2,
    head_first=True,
    locative_prepositions=words("в у"),
    acronym_joiners=words("з і та"),
    morphology=StemMorphology(locative_endings="іеу"),
    clause_words=words("що і й та але бо коли як який яка які якого після"),
    boundary_prepositions=words("після коли"),
    relatives=words("який яка які"),
    coordinators=words("і та й але проте однак"),
    conjunctions=words("але а"),
    sentence_adverbs=words("раніше напередодні також крім окрім"),
    hearer_before_comma=True,
    abbreviations=words("р ст тис млн млрд грн руб г ул им т е т д") | _LATIN_ABBREVIATIONS,
)
"""The Ukrainian pack."""
