"""English: the words of news attribution (data only)."""

from __future__ import annotations

from types import MappingProxyType

from newscore.extract.packs.pack import LanguagePack, pronouns, words

__all__ = ["ENGLISH"]

_CALLED = frozenset({"on", "for"})
_POINTED = frozenset({"out"})

ENGLISH = LanguagePack(
    language="en",
    cues=words(
        "said says say stated states told tells added adds noted notes stressed stresses "
        "emphasised emphasized emphasises emphasizes highlighted highlights asserted asserts "
        "claimed claims alleged alleges warned warns announced announces accused accuses "
        "denied denies insisted insists urged urges reported reports wrote writes explained "
        "explains acknowledged acknowledges reiterated reiterates complained complains "
        "replied replies answered answers argued argues confirmed confirms declared declares "
        "admitted admits promised promises vowed vows "
        "commented comments remarked remarks responded responds recalled recalls tweeted "
        "tweets predicted predicts pointed conceded concedes "
        "disclosed discloses called calls"
        # not "estimated", "revealed", "posted", "observed", "maintained", "cautioned",
        # "countered", "underlined", "underscored": a stance or a finding, not an utterance
    ),
    participles=words(
        "saying adding noting warning stressing telling claiming arguing insisting "
        "explaining emphasising emphasizing highlighting asserting accusing denying "
        "urging writing acknowledging reiterating announcing calling"
    ),
    objects_of_telling=words("told tells telling"),
    object_cues=words(
        "accused accuses announced announces denied denies urged urges praised praises "
        "condemned condemns"
    ),
    noun_like_cues=words(
        "states reports claims notes posts comments remarks estimates promises answers "
        "counters points observes tweets writes"
    ),
    predicate_coordinators=words("and"),
    predicate_adverbs=words("also"),
    past_suffixes=("ed",),
    cue_particles=MappingProxyType(
        {
            "called": _CALLED,
            "calling": _CALLED,
            "calls": _CALLED,
            "pointed": _POINTED,
            "points": _POINTED,
        }
    ),
    according_to=("according to",),
    as_words=words("as"),
    negations=words("not never n't didn't doesn't don't wouldn't couldn't won't refused declined"),
    passive=words("was were been being be is are"),
    auxiliaries=words(
        "has have had also again later previously repeatedly then further separately "
        "earlier already once recently publicly reportedly would will"
    ),
    that=words("that"),
    citing=("citing", "quoting"),
    citing_clause=("citing", "quoting", "referring to"),
    data_nouns=words(
        "data figures estimates statement report survey calculations statistics document "
        "documents poll polls forecast forecasts projections analysis"
    ),
    data_modifiers=words("latest official preliminary new"),
    data_links=("from", "by", "of", "published by"),
    possessive_suffixes=("'s", "’s", "'", "’"),
    pronouns=pronouns(
        he=("masculine", "singular"),
        she=("feminine", "singular"),
        it=("neuter", "singular"),
        they=(None, "plural"),
    ),
    possessives=pronouns(
        his=("masculine", "singular"),
        her=("feminine", "singular"),
        its=("neuter", "singular"),
        their=(None, "plural"),
    ),
    object_pronouns=words("him her them"),
    roles=words(
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
    # "spokesman" and "chairman" are said of women too: they tell no gender.
    gendered_roles=MappingProxyType(
        {
            "king": "masculine",
            "prince": "masculine",
            "actor": "masculine",
            "spokeswoman": "feminine",
            "chairwoman": "feminine",
            "queen": "feminine",
            "princess": "feminine",
            "actress": "feminine",
        }
    ),
    role_synonyms=MappingProxyType(
        {
            "minister": ("secretary",),
            "secretary": ("minister",),
            "spokesman": ("spokesperson", "spokeswoman"),
            "spokeswoman": ("spokesperson", "spokesman"),
            "spokesperson": ("spokesman", "spokeswoman"),
            "executive": ("ceo",),
            "ceo": ("executive",),
        }
    ),
    titles=words(
        "prime foreign defence defense interior finance economy secretary general president "
        "vice deputy chief minister spokesman spokeswoman spokesperson governor head director "
        "managing ceo cfo chairman chairwoman chair mayor leader ambassador commissioner "
        "chancellor senator representative commander envoy adviser advisor aide executive "
        "officer ombudsman king queen pope prince princess sheikh dr mr mrs ms professor prof "
        "judge justice attorney coach captain colonel lieutenant major sergeant admiral "
        "premier speaker founder manager editor correspondent analyst economist press first "
        "state sen rep gen lt col gov sgt capt adm cmdr supt"
    ),
    track_subjects=False,  # costly on long articles (see docs/statements.md, Known limits)
    qualifier_titles=words(
        "prime foreign defence defense interior finance economy state press first vice"
    ),
    gendered_titles=MappingProxyType(
        {
            "mr": "masculine",
            "mrs": "feminine",
            "ms": "feminine",
            "miss": "feminine",
            "king": "masculine",
            "queen": "feminine",
            "prince": "masculine",
            "princess": "feminine",
            "sheikh": "masculine",
        }
    ),
    organisations=words(
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
    anonymous=words(
        "sources source officials official diplomats diplomat people insiders insider person "
        "persons aides aide delegate delegates negotiator negotiators"
    ),
    groups=words("analysts experts economists researchers traders spokespeople representatives"),
    indefinites=words(
        "a an one two three four five six seven several some many other senior unnamed anonymous"
    ),
    determiners=words("the a an this that these those"),
    articles=words("the a an"),
    name_particles=words("von der van den de del della da di du le la al el bin ibn ben"),
    name_connectors=words("of for and the on de du des in"),
    role_joiners=words("for of and"),
    affiliations=words("at from of"),
    prepositions=words("of for at from with in on to"),
    not_names=words(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december jan feb mar apr jun "
        "jul aug sep sept oct nov dec today yesterday but and yet so however meanwhile also "
        "then still"
    ),
    name_prefixes=words("al el ad ash as at az bin ibn abu abd ben de di da"),
    demonym_suffixes=("ian", "ean", "ese", "ish", "i", "ch", "an"),
    plural_suffixes=("s",),
    acronym_joiners=words("of for and the on de des du"),
    clause_words=words(
        "that and but or because while when after before as which who whom whose if so "
        "although though since where whether than then also"
    ),
    boundary_prepositions=words("with by as while when after before because"),
    boundary_exceptions=MappingProxyType({"with": words("familiar acquainted")}),
    relatives=words("who which that"),
    coordinators=words("and but"),
    conjunctions=words("but and yet so however meanwhile still"),
    parenthetical=words(
        "which who whom whose where speaking according as while when in at after before "
        "during writing referring quoted cited"
    ),
    sentence_adverbs=words(
        "on in at earlier later separately also meanwhile however last yesterday today asked "
        "speaking after before during since separately,"
    ),
    verbish=words(
        "has have had is are was were will would could should may might can did does do also"
    ),
    adverbial_starts=words(
        "in on at during after before via through to when while from with without under by "
        "over as during inside outside last this earlier later afterwards separately publicly "
        "again only briefly monday tuesday wednesday thursday friday saturday sunday "
        "yesterday today tonight overnight recently"
    ),
    time_words=words(
        "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
        "afterwards later earlier separately overnight recently again publicly"
    ),
    abbreviations=words(
        "mr mrs ms dr prof gen col lt sgt sen rep gov st jr sr inc ltd co corp no vs etc "
        "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e"
    ),
    networks=words("telegram facebook x twitter instagram youtube"),
    hearers=words(
        "reporters journalists them him her us me lawmakers parliament the a an national "
        "state local"
    ),
    hearers_alone=words(
        "reporters journalists them him her us me lawmakers parliament listeners viewers"
    ),
    trailing_marks="“",  # '"We are here,“ said X': an opening mark misused as the closer
    plain_noun_sources=True,
)
"""The English pack."""
