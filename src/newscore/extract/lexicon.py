"""The words of news attribution, per language: reporting cues, pronouns, roles.

A :class:`Lexicon` is plain data. The statement engine
(:mod:`newscore.extract.statements`) reads it to find "who said what"; a
plugin adds a language by building a lexicon (and, where the language needs
it, its own frames) and registering an extractor.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["ENGLISH", "LEXICONS", "RUSSIAN", "UKRAINIAN", "Lexicon"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(stems: Iterable[str], endings: Iterable[str]) -> frozenset[str]:
    endings = tuple(endings)
    return frozenset(stem + ending for stem in stems for ending in endings)


@attrs.frozen(kw_only=True)
class Lexicon:
    """The attribution vocabulary of one language (all words lower case).

    :param language: ISO 639-1 code.
    :param cues: finite reporting verbs ("said", "заявив").
    :param participles: reporting participles that continue a sentence
        (", adding that ...", "saying").
    :param plural_cues: impersonal plural cues whose speaker stands in a
        locative phrase before them ("в «Нафтогазі» попередили").
    :param according_to: phrases that introduce a speaker before or after the
        content ("according to", "за словами").
    :param that: complementisers dropped from the start of content.
    :param pronouns: personal pronouns that refer to a person speaker.
    :param organisation_pronouns: pronouns that refer to an organisation.
    :param possessives: possessive pronouns ("за його словами").
    :param negations: words that, right before a cue, cancel it ("did not say").
    :param passive: auxiliaries that make a cue passive ("was reported").
    :param auxiliaries: words that may stand between speaker and cue.
    :param roles: nouns for people by role ("spokesman", "мер").
    :param organisations: nouns heading organisation names ("ministry").
    :param anonymous: nouns of anonymous sources ("sources", "diplomats").
    :param groups: nouns of groups that speak for an organisation named
        after them ("analysts at X").
    :param clause_words: words that end a speaker phrase on its left.
    :param name_particles: lower-case words inside personal names ("von").
    :param objects_of_telling: cues whose hearer follows them ("told X that").
    """

    language: str
    cues: frozenset[str]
    participles: frozenset[str] = frozenset()
    plural_cues: frozenset[str] = frozenset()
    according_to: tuple[str, ...] = ()
    that: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    organisation_pronouns: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    objects_of_telling: frozenset[str] = frozenset()


ENGLISH = Lexicon(
    language="en",
    cues=_words(
        "said says stated states told tells added adds noted notes stressed stresses "
        "emphasised emphasized emphasises emphasizes highlighted highlights asserted asserts "
        "claimed claims alleged alleges warned warns announced announces accused accuses "
        "denied denies insisted insists urged urges reported reports wrote writes explained "
        "explains acknowledged acknowledges reiterated reiterates complained complains "
        "replied replies answered answers argued argues confirmed confirms declared declares "
        "revealed reveals admitted admits promised promises vowed vows cautioned cautions "
        "commented comments remarked remarks responded responds recalled recalls tweeted "
        "tweets posted posts predicted predicts estimated estimates pointed observed "
        "observes conceded concedes maintained maintains countered counters suggested "
        "suggests disclosed discloses underlined underlines underscored underscores called calls"
    ),
    participles=_words(
        "saying adding noting warning stressing telling claiming arguing insisting "
        "explaining emphasising emphasizing highlighting asserting accusing denying "
        "urging writing acknowledging reiterating announcing calling"
    ),
    according_to=("according to",),
    that=_words("that"),
    pronouns=_words("he she"),
    organisation_pronouns=_words("it they"),
    possessives=_words("his her its their"),
    negations=_words("not never n't didn't doesn't don't wouldn't couldn't won't refused declined"),
    passive=_words("was were been being be is are"),
    auxiliaries=_words(
        "has have had also again later previously repeatedly then further separately "
        "earlier already once recently publicly reportedly would will"
    ),
    roles=_words(
        "spokesman spokeswoman spokesperson minister president leader diplomat official "
        "chief secretary general governor mayor ombudsman ambassador commissioner chancellor "
        "envoy adviser advisor aide director executive ceo chairman chairwoman chair head "
        "premier prosecutor commander coach captain senator lawmaker deputy representative "
        "founder manager economist analyst officer king queen pope prince general admiral "
        "judge speaker swimmer player winner champion striker veteran star lawyer "
        "attorney activist scientist expert doctor surgeon pilot driver rider cyclist "
        "runner boxer fighter actor actress singer writer author owner investor farmer "
        "resident witness survivor teacher student priest bishop captain skipper midfielder "
        "goalkeeper defender forward athlete olympian medallist medalist"
    ),
    organisations=_words(
        "ministry bank council command office committee commission agency company fund "
        "government service services forces staff administration parliament union group "
        "corporation institute university court department headquarters police army navy "
        "party federation organization organisation association authority authorities "
        "operator regulator kremlin bloc alliance embassy cabinet presidency firm board "
        "consulting statistics directorate guard inc ltd plc llc consortium center centre "
        "team club network exchange management leadership secretariat observatory watch "
        "foundation movement coalition front forum programme program initiative bureau "
        "tribunal assembly senate congress duma rada"
    ),
    anonymous=_words(
        "sources source officials official diplomats diplomat people insiders insider person "
        "persons aides aide delegate delegates negotiator negotiators"
    ),
    groups=_words("analysts experts economists researchers traders spokespeople representatives"),
    clause_words=_words(
        "that and but or because while when after before as which who whom whose if so "
        "although though since where whether than then also"
    ),
    name_particles=_words("von der van den de del della da di du le la al el bin ibn ben"),
    objects_of_telling=_words("told tells telling"),
)

_UK_CUE_STEMS = (
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
_RU_CUE_STEMS = (
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
_PAST_ENDINGS = ("в", "ла", "ли", "ло", "л")

UKRAINIAN = Lexicon(
    language="uk",
    cues=_forms(_UK_CUE_STEMS, ("в", "ла", "ли", "ло"))
    | _words(
        "заявляє каже говорить пише повідомляє додає зазначає наголошує підкреслює пояснює "
        "вважає стверджує попереджає розповідає нагадує відзначає зауважує"
    ),
    plural_cues=_forms(_UK_CUE_STEMS, ("ли",)) | _words("кажуть повідомляють заявляють"),
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
    that=_words("що"),
    pronouns=_words("він вона"),
    organisation_pronouns=_words("вони воно"),
    possessives=_words("його її їхніми їхнім їх"),
    negations=_words("не"),
    auxiliaries=_words("також вже ще раніше неодноразово знову окремо зокрема"),
    roles=_words(
        "мер міністр міністра президент речник речниця спікер голова очільник очільниця посол "
        "омбудсман омбудсмен уповноважений директор керівник лідер прем'єр прем’єр губернатор "
        "командувач глава заступник радник радниця секретар генсек депутат нардеп дипломат "
        "дипломатка прем'єрка міністерка речниця"
    ),
    organisations=_words(
        "міністерство міністерства мвс мзс штаб служба служби уряд рада банк компанія фонд "
        "агентство управління командування офіс сили генштаб прокуратура поліція адміністрація "
        "комітет комісія департамент"
    ),
    anonymous=_words("джерела джерело співрозмовники співрозмовник посадовці"),
    clause_words=_words("що і й та але бо коли як який яка які якого після"),
)

RUSSIAN = Lexicon(
    language="ru",
    cues=_forms(_RU_CUE_STEMS, _PAST_ENDINGS)
    | _words(
        "заявляет говорит пишет сообщает добавляет отмечает подчеркивает подчёркивает "
        "поясняет считает утверждает предупреждает рассказывает напоминает"
    ),
    plural_cues=_forms(_RU_CUE_STEMS, ("ли",)) | _words("говорят сообщают заявляют"),
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
    that=_words("что"),
    pronouns=_words("он она"),
    organisation_pronouns=_words("они оно"),
    possessives=_words("его ее её их"),
    negations=_words("не"),
    auxiliaries=_words("также уже еще ещё ранее неоднократно снова отдельно"),
    roles=_words(
        "мэр министр президент пресс-секретарь представитель спикер глава председатель "
        "посол омбудсмен уполномоченный директор руководитель лидер премьер губернатор "
        "командующий заместитель советник секретарь генсек депутат помощник дипломат"
    ),
    organisations=_words(
        "министерство минобороны мид штаб служба правительство совет банк компания фонд "
        "агентство управление командование офис силы генштаб прокуратура полиция "
        "администрация комитет комиссия департамент кремль"
    ),
    anonymous=_words("источники источник собеседники собеседник чиновники"),
    clause_words=_words("что и но а когда как который которая которые после"),
)

LEXICONS: dict[str, Lexicon] = {
    lexicon.language: lexicon for lexicon in (ENGLISH, UKRAINIAN, RUSSIAN)
}
"""The built-in lexicons by language code."""
