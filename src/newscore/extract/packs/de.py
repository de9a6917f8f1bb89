"""German: the words of news attribution (data, and the morphology of compounds).

German needs three things the other packs do not:

- **Compound nouns.** Roles and organisations are mostly compounds
  ("Regierungssprecher", "Bundesinnenministerium", "CDU-Chef"). The word sets
  :data:`_ROLE_HEADS` and :data:`_ORGANISATION_HEADS` hold the head nouns;
  :class:`Compounds` is a word set in which a compound ending in a head
  (after a hyphen, or after a stem of three letters or more) is a member too,
  and :class:`GermanMorphology` reads inflected forms ("des Ministers",
  "der Vorsitzenden") and genitive names ("Merkels") through the same rule.
- **Capitalised nouns.** Every noun is capitalised, so a capitalised word is
  no sign of a name. ``not_names`` lists the capitalised words that open
  sentences and speaker phrases without being names (function words, days,
  months, common nouns of reporting); role and organisation nouns are told
  by :class:`Compounds`.
- **Verb-second order and separable verbs.** ``verb_second`` says that a cue
  may stand before its subject ("Am Montag sagte Merz, ..."), and
  ``separable_particles`` gives, for each cue stem, the particle that closes
  its clause ("teilte ... mit", "fügte ... hinzu").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs

from newscore.extract.packs.morphology import Morphology
from newscore.extract.packs.pack import Gender, LanguagePack, pronouns, words

__all__ = ["GERMAN", "CompoundGenders", "Compounds", "GermanMorphology"]

_SHORTEST_STEM = 3
"""A compound's first part has at least this many letters ("Bundes|bank", "Amts|chef")."""

_SHORTEST_OPEN_HEAD = 4
"""Heads shorter than this ("amt", "rat") make a compound only after a hyphen
("Bundesamt" and "Betriebsrat" are listed), so that "insgesamt" is not an office."""

_INFLECTIONS = ("innen", "in", "ern", "en", "er", "es", "e", "n", "s")
"""Case and number endings (and the feminine "-in") dropped from a noun, longest first."""


def _head_of(word: str, heads: frozenset[str]) -> str | None:
    """Return the head noun of ``word`` among ``heads`` ("regierungssprecher" -> "sprecher")."""
    member = frozenset.__contains__  # the listed words only, never compounds
    if member(heads, word):
        return word
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        if member(heads, last):
            return last
    for cut in range(_SHORTEST_STEM, len(word) - 2):
        tail = word[cut:]
        if not member(heads, tail):
            continue
        if len(tail) >= _SHORTEST_OPEN_HEAD:
            return tail
    return None


class Compounds(frozenset[str]):
    """A word set that also holds the compounds of its words.

    ``"regierungssprecher" in Compounds({"sprecher"})`` is true, and so is
    ``"cdu-chef" in Compounds({"chef"})``. Iterating gives the listed words
    only, so patterns built from the set hold no compounds.
    """

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return frozenset.__contains__(self, word) or _head_of(word, self) is not None


class CompoundGenders(Mapping[str, Gender]):
    """Genders of role nouns that also give the gender of their compounds.

    ``CompoundGenders({"ministerin": "feminine"})["gesundheitsministerin"]`` is
    ``"feminine"``. Iterating gives the listed words only.
    """

    def __init__(self, genders: Mapping[str, Gender]) -> None:
        self._genders = dict(genders)
        self._heads = frozenset(genders)

    def __getitem__(self, word: str) -> Gender:
        found = self._genders.get(word)
        if found is not None:
            return found
        head = _head_of(word, self._heads) if isinstance(word, str) else None
        if head is None:
            raise KeyError(word)
        return self._genders[head]

    def __iter__(self) -> Iterator[str]:
        return iter(self._genders)

    def __len__(self) -> int:
        return len(self._genders)


def _stems(word: str) -> Iterable[str]:
    """``word`` and the forms left when an inflection is dropped ("ministers" -> "minister")."""
    yield word
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            yield word[: -len(ending)]


@attrs.frozen(kw_only=True)
class GermanMorphology(Morphology):
    """Compounds, case endings of nouns and the genitive "-s" of names."""

    def key(self, word: str) -> str:
        """Index key of a name word: lower case, without a genitive "s" ("Merkels")."""
        lowered = word.lower().rstrip("’'")
        if len(lowered) > 4 and lowered.endswith("s") and not lowered.endswith("ss"):
            return lowered[:-1]
        return lowered

    def same_word(self, first: str, second: str) -> bool:
        """Whether two name words are one name, one of them perhaps genitive ("Merkels")."""
        return self.key(first) == self.key(second)

    def is_role(self, word: str, roles: frozenset[str]) -> bool:
        """Whether ``word`` is a role noun, a compound of one, in any case form."""
        return any(stem in roles for stem in _stems(word))

    def is_organisation_noun(self, word: str, nouns: frozenset[str]) -> bool:
        """Whether ``word`` is an organisation noun, a compound of one, in any case form."""
        return any(stem in nouns for stem in _stems(word))


def _sets(**by_cue: str) -> MappingProxyType[str, frozenset[str]]:
    return MappingProxyType({cue: words(particles) for cue, particles in by_cue.items()})


# -- cues -------------------------------------------------------------------

_PLAIN_CUES = words(
    # sagen, erklären, betonen, warnen, bestätigen, berichten, schreiben, meinen
    "sagte sagt sagten sagen sage erklärte erklärt erklärten erklären betonte betont "
    "betonten warnte warnt warnten warnen bestätigte bestätigt bestätigten berichtete "
    "berichtet berichteten schrieb schreibt schrieben meinte meint meinten "
    # fordern, kritisieren, unterstreichen, versichern, behaupten
    "forderte fordert forderten kritisierte kritisiert kritisierten unterstrich "
    "unterstreicht versicherte versichert versicherten behauptete behauptet behaupteten "
    # further verbs of saying
    "erzählte erzählt ergänzte ergänzt mahnte mahnt antwortete antwortet entgegnete "
    "entgegnet bekräftigte bekräftigt bestritt bestreitet dementierte dementiert "
    "verkündete verkündet erläuterte erläutert argumentierte argumentiert räumte räumt "
    "fügte fügt teilte teilt teilten kündigte kündigt kündigten wies weist stellte stellt "
    "gab gibt hob hebt führte führt warf wirft sprach spricht "
    # "..., so der Sprecher": "so" after a comma, then the speaker (see cue_frames)
    "so "
    # the impersonal "hieß es" and "verlautete aus"
    "hieß heißt verlautete "
    # verb-final forms of subordinate clauses ("wie die Polizei mitteilte")
    "mitteilte mitteilten hinzufügte einräumte ankündigte hinwies klarstellte feststellte "
    "bekanntgab hervorhob vorwarf "
    # past participles of the perfect ("hat ... gewarnt")
    "gesagt betont gewarnt berichtet geschrieben gefordert eingeräumt hinzugefügt "
    "mitgeteilt angekündigt hingewiesen klargestellt festgestellt unterstrichen "
    "aufgerufen vorgeworfen"
)

_SEPARABLE = _sets(
    räumte="ein",
    räumt="ein",
    fügte="hinzu",
    fügt="hinzu",
    teilte="mit",
    teilt="mit",
    teilten="mit",
    kündigte="an",
    kündigt="an",
    kündigten="an",
    wies="hin",
    weist="hin",
    stellte="klar fest",
    stellt="klar fest",
    gab="bekannt zu",
    gibt="bekannt zu",
    hob="hervor",
    hebt="hervor",
    führte="aus",
    führt="aus",
    warf="vor",
    wirft="vor",
)

# -- speakers ---------------------------------------------------------------

_ROLE_HEADS = words(
    "kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin sprecher sprecherin "
    "präsident präsidentin chef chefin vorsitzende vorsitzender bürgermeister "
    "bürgermeisterin abgeordnete abgeordneter experte expertin professor professorin "
    "politiker politikerin direktor direktorin leiter leiterin generalsekretär "
    "generalsekretärin staatssekretär staatssekretärin botschafter botschafterin "
    "beauftragte beauftragter kommissar kommissarin berater beraterin ökonom ökonomin "
    "analyst analystin anwalt anwältin ministerpräsident "
    "ministerpräsidentin notenbanker geschäftsführer geschäftsführerin vorstand "
    "manager managerin gründer gründerin trainer trainerin kapitän spieler spielerin "
    "meteorologe meteorologin wissenschaftler wissenschaftlerin forscher forscherin "
    "arzt ärztin ermittler ermittlerin staatsanwalt staatsanwältin premier "
    "premierminister premierministerin senator senatorin "
    "gouverneur gouverneurin diplomat diplomatin sprecher chefökonom chefökonomin "
    "bundespräsident bundespräsidentin ombudsmann"
)

_FEMININE_ROLES = frozenset(role for role in _ROLE_HEADS if role.endswith("in"))

_ORGANISATION_HEADS = words(
    "ministerium regierung bundesregierung unternehmen konzern behörde amt partei verband "
    "institut gericht polizei kommission staatsanwaltschaft bank agentur stiftung "
    "gewerkschaft fraktion koalition opposition bundestag bundesrat senat rat ausschuss "
    "kanzleramt rathaus präsidium vorstand aufsichtsrat union gruppe verein klinik "
    "universität hochschule bundeswehr armee militär botschaft kreml feuerwehr "
    "betriebsrat autobauer hersteller versicherer versorger betreiber zentrale "
    "bundesamt landesamt auswärtiges kanzleramt stadtrat landrat ethikrat dienst "
    "wetterdienst gesellschaft krankenhausgesellschaft "
    "organisation netzwerk bündnis zentralbank notenbank bundesbank ministerrat "
    "verwaltung landesregierung stadtverwaltung generalstab streitkräfte nato ezb "
    "ag gmbh se kg"
)

_ANONYMOUS = words(
    "kreise kreisen regierungskreise regierungskreisen koalitionskreise koalitionskreisen "
    "parteikreise parteikreisen sicherheitskreise sicherheitskreisen verhandlungskreise "
    "verhandlungskreisen diplomatenkreise diplomatenkreisen branchenkreise branchenkreisen "
    "insider insidern quellen quelle diplomaten diplomat personen person informanten "
    "beamte beamten vertreter"
)

_TITLES = words(
    "herr frau dr prof professor professorin bundeskanzler bundeskanzlerin kanzler kanzlerin "
    "minister ministerin bundesminister bundesministerin präsident präsidentin "
    "bundespräsident bundespräsidentin ministerpräsident ministerpräsidentin sprecher "
    "sprecherin chef chefin vorsitzende vorsitzender bürgermeister bürgermeisterin "
    "oberbürgermeister oberbürgermeisterin staatssekretär staatssekretärin generalsekretär "
    "generalsekretärin botschafter botschafterin kommissar kommissarin senator senatorin "
    "abgeordnete abgeordneter direktor direktorin leiter leiterin "
    # adjectives that qualify a title ("der frühere Gesundheitsminister")
    "frühere früherer ehemalige ehemaliger stellvertretende stellvertretender "
    "designierte designierter amtierende amtierender parlamentarische parlamentarischer "
    "außenpolitische außenpolitischer innenpolitische innenpolitischer neue neuer"
)

_QUALIFIERS = words(
    "frühere früherer ehemalige ehemaliger stellvertretende stellvertretender designierte "
    "designierter amtierende amtierender parlamentarische parlamentarischer außenpolitische "
    "außenpolitischer innenpolitische innenpolitischer neue neuer"
)

_MONTHS_AND_DAYS = words(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner "
    "februar märz april mai juni juli august september oktober november dezember"
)

_FUNCTION_WORDS = words(
    # articles, pronouns and words that open a German sentence capitalised
    "der die das des dem den ein eine einer einem einen eines dieser diese dieses diesem "
    "diesen er sie es wir ihr man sein seine seinen seinem seiner ihre ihren ihrem ihrer "
    "am im in an auf aus bei mit nach vor seit von vom zum zur für gegen über unter laut "
    "wie als wenn dass ob weil während nachdem auch doch aber und oder denn zudem außerdem "
    "dabei damit so nun jetzt heute gestern morgen zuvor später bereits erneut dennoch "
    "jedoch allerdings trotzdem zwar bislang bisher inzwischen unterdessen indes nur noch "
    "schon sogar kein keine nicht nie was wer wo wann warum wieso weshalb hier dort da dann "
    "danach zunächst zuletzt"
)

_COMMON_NOUNS = words(
    # nouns of reporting and of the news that stand where a name could
    "mitteilung pressemitteilung erklärung stellungnahme interview gespräch rede "
    "pressekonferenz bericht studie umfrage angaben worten darstellung informationen "
    "einschätzung ansicht auffassung sicht meinung zeitung nachrichtenagentur agentur "
    "sender fernsehen radio kritik kritiker anfrage nachfrage schreiben brief "
    "sitzung treffen abstimmung debatte streit ende anfang mitte woche wochenende jahr "
    "monat tag abend morgen nacht uhr prozent euro millionen milliarden menschen leute "
    "bürger land länder stadt regierungserklärung plattform"
)

_NETWORKS = words("x twitter facebook instagram telegram youtube tiktok linkedin bluesky")

GERMAN = LanguagePack(
    language="de",
    cues=_PLAIN_CUES,
    separable_particles=_SEPARABLE,
    # "hieß" only as "hieß es"; "sprach" only as "sprach von".
    cue_particles=_sets(sprach="von", spricht="von", hieß="es", heißt="es"),
    cue_frames=MappingProxyType({"so": ("inverted",)}),
    plural_cues=words("hieß heißt verlautete"),
    objects_of_telling=words(
        "sagte sagt sagten erklärte erklärt erklärten bestätigte bestätigt berichtete "
        "schrieb versicherte erzählte"
    ),
    object_cues=words("forderte fordert kritisierte kritisiert"),
    predicate_coordinators=words("und"),
    predicate_adverbs=words("auch zudem"),
    according_to=(
        "laut",
        "zufolge",
        "nach angaben",
        "nach angaben von",
        "nach angaben der",
        "nach angaben des",
        "nach worten",
        "nach worten von",
        "nach worten der",
        "nach worten des",
        "nach seinen worten",
        "nach ihren worten",
        "seinen worten zufolge",
        "ihren worten zufolge",
        "nach darstellung",
        "nach darstellung von",
        "nach darstellung der",
        "nach darstellung des",
        "nach einschätzung",
        "nach einschätzung von",
        "nach ansicht",
        "nach ansicht von",
        "nach auffassung",
        "nach informationen",
        "nach informationen von",
        "nach informationen der",
        "nach informationen des",
        "nach einer mitteilung",
        "nach einer mitteilung der",
        "nach einer mitteilung des",
    ),
    according_after=words("zufolge"),
    according_trailing=words("zufolge"),
    as_words=words("wie"),
    negations=words("nicht nie niemals kein keine keinen weder"),
    negations_after=3,
    passive=words("wurde wurden wird werden worden"),
    auxiliaries=words(
        "hat haben hatte hatten habe auch zudem außerdem bereits erneut zuvor später dann weiter "
        "nochmals wiederholt ebenfalls nun jetzt inzwischen noch einmal"
    ),
    that=words("dass daß ob"),
    final_auxiliaries=words("hat haben hatte hatten habe"),
    verb_second=True,
    citing=("unter berufung auf",),
    citing_clause=("unter berufung auf",),
    data_nouns=words(
        "daten zahlen angaben schätzungen schätzung bericht studie umfrage statistik "
        "berechnungen prognose prognosen analyse erhebung mitteilung"
    ),
    data_modifiers=words("neuen neuesten jüngsten aktuellen offiziellen vorläufigen"),
    data_links=("von", "der", "des", "vom"),
    possessive_suffixes=("’", "'"),
    pronouns=pronouns(
        er=("masculine", "singular"),
        # "sie" is also the plural; a person is the commoner speaker.
        sie=("feminine", "singular"),
        es=("neuter", "singular"),
    ),
    possessives=pronouns(
        sein=("masculine", "singular"),
        seine=("masculine", "singular"),
        seinen=("masculine", "singular"),
        seinem=("masculine", "singular"),
        seiner=("masculine", "singular"),
        ihr=("feminine", "singular"),
        ihre=("feminine", "singular"),
        ihren=("feminine", "singular"),
        ihrem=("feminine", "singular"),
        ihrer=("feminine", "singular"),
    ),
    object_pronouns=words("ihm ihn ihr ihnen"),
    roles=Compounds(_ROLE_HEADS),
    gendered_roles=CompoundGenders(
        {
            **dict.fromkeys(_FEMININE_ROLES, "feminine"),
            **dict.fromkeys(
                _ROLE_HEADS - _FEMININE_ROLES - {"vorsitzende", "abgeordnete"}, "masculine"
            ),
        }
    ),
    role_synonyms=MappingProxyType(
        {
            "kanzler": ("bundeskanzler", "regierungschef"),
            "bundeskanzler": ("kanzler", "regierungschef"),
            "kanzlerin": ("bundeskanzlerin", "regierungschefin"),
            "bundeskanzlerin": ("kanzlerin", "regierungschefin"),
            "chef": ("vorsitzende", "vorsitzender", "leiter"),
            "chefin": ("vorsitzende", "leiterin"),
            "sprecher": ("sprecherin",),
            "sprecherin": ("sprecher",),
        }
    ),
    titles=Compounds(_TITLES),
    qualifier_titles=_QUALIFIERS,
    gendered_titles=CompoundGenders(
        {"herr": "masculine", "frau": "feminine", **dict.fromkeys(_FEMININE_ROLES, "feminine")}
    ),
    organisations=Compounds(_ORGANISATION_HEADS),
    anonymous=_ANONYMOUS,
    groups=words(
        "ökonomen analysten experten forscher wissenschaftler beobachter kritiker ermittler "
        "vertreter sprecher mitarbeiter"
    ),
    indefinites=words(
        "ein eine einer einem einen eines zwei drei vier fünf mehrere einige viele andere "
        "ranghohe ranghoher hochrangige hochrangiger namentlich ungenannte ungenannter"
    ),
    determiners=words(
        "der die das des dem den ein eine einer einem einen eines dieser diese dieses diesem diesen"
    ),
    articles=words("der die das des dem den ein eine einer einem einen eines"),
    name_particles=words("von van de zu vom zur der den da di"),
    name_connectors=words("für der des und von"),
    role_joiners=words("für der des"),
    affiliations=words("von vom der des bei aus an am"),
    prepositions=words("von vom für bei aus an am in im der des mit"),
    not_names=_MONTHS_AND_DAYS | _FUNCTION_WORDS | _COMMON_NOUNS | _NETWORKS,
    plural_suffixes=("en", "n", "e", "er", "s"),
    longest_name=2,
    head_first=True,
    locative_prepositions=words("aus in im"),
    acronym_joiners=words("für der des und"),
    morphology=GermanMorphology(),
    clause_words=words(
        "dass daß und aber oder weil während wenn als wie nachdem bevor welche welcher welches ob "
        "obwohl denn sondern doch da damit sodass"
    ),
    boundary_prepositions=words("mit nach während wenn als bevor weil"),
    relatives=words("der die das welcher welche welches"),
    coordinators=words("und aber sowie"),
    conjunctions=words("aber und doch jedoch dennoch zudem außerdem auch"),
    parenthetical=words("der die das welcher welche wie laut nach"),
    sentence_adverbs=words(
        "am im in zuvor später gestern heute bereits zudem außerdem auch dabei damit nun "
        "jetzt inzwischen unterdessen indes dagegen daraufhin anschließend ebenfalls"
    ),
    verbish=words(
        "hat haben hatte hatten habe ist sind war waren sei wird werden wurde wurden kann "
        "könne soll sollte muss müsse will wolle"
    ),
    adverbial_starts=words(
        # an article after a cue opens a hearer or an adverbial ("sagte sie der Zeitung")
        "der dem den am im in an auf bei nach vor während gegenüber über mit ohne unter zum "
        "zur vom seit bis heute gestern morgen zuvor später bereits erneut nun jetzt abends "
        "morgens "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag"
    ),
    time_words=words(
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag heute gestern "
        "vorgestern zuvor später bereits erneut nun jetzt abends morgens zudem außerdem auch"
    ),
    networks=_NETWORKS,
    hearers=words("dem der den journalisten reportern gegenüber ihm ihr uns mir"),
    hearers_alone=words("journalisten reportern ihm ihr uns mir"),
    hearer_before_comma=True,
    adverbial_before_comma=True,
    track_subjects=True,
    abbreviations=words(
        # "z. B.", "u. a.", "d. h." are read letter by letter
        "dr prof bzw ca usw etc nr vgl mio mrd jh chr inkl evtl ggf zzt str abs tel geb "
        "z b u a d h v s o"
    ),
    # "am 3. März", "die 2. Liga", "im 20. Jahrhundert": a number with a full stop is an ordinal
    ordinal_before=_MONTHS_AND_DAYS
    | words("liga bundesliga jahrhundert jahrhunderts klasse runde platz mal stock etage"),
    quote_pairs=MappingProxyType({"»": "«"}),
)
"""The German pack."""
