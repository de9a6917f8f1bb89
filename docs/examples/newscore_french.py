"""A newscore plugin that adds French: one language pack, no engine code.

Register it as any plugin (see the plugin guide), or hand it to a host::

    host = newscore.PluginHost(plugins=[("french", newscore_french)])
"""

from __future__ import annotations

import newscore
from newscore.extract import LanguagePack, make_extractor
from newscore.extract.packs.pack import pronouns, words

FRENCH = LanguagePack(
    language="fr",
    # Finite forms and the participles of the passé composé ("a déclaré"):
    # the auxiliary "a" may stand between speaker and cue.
    cues=words(
        "dit déclaré affirmé estimé indiqué souligné ajouté précisé expliqué averti "
        "annoncé confirmé assuré répondu rappelé dit déclare affirme estime indique "
        "souligne ajoute précise explique assure"
    ),
    participles=words("ajoutant soulignant précisant estimant affirmant"),
    according_to=("selon", "d'après", "d’après"),
    that=words("que qu' qu’"),
    auxiliaries=words("a ont avait avaient aussi également encore ensuite"),
    negations=words("pas jamais ne n'"),
    pronouns=pronouns(
        il=("masculine", "singular"),
        elle=("feminine", "singular"),
        ils=(None, "plural"),
        elles=(None, "plural"),
    ),
    roles=words(
        "ministre président présidente porte-parole directeur directrice chef maire "
        "député députée sénateur sénatrice secrétaire général commissaire ambassadeur"
    ),
    gendered_roles={"présidente": "feminine", "directrice": "feminine"},
    organisations=words("ministère gouvernement commission parti banque agence syndicat"),
    anonymous=words("sources source responsables diplomates proches"),
    determiners=words("le la les l' l’ un une ce cette"),
    articles=words("le la les l' l’ un une"),
    clause_words=words("que qui et mais ou car quand lorsque si"),
    name_particles=words("de du des la le"),
)
"""The French pack: cues, pronouns with their gender, roles, organisation nouns."""

FRENCH_EXTRACTOR = make_extractor(FRENCH)
"""The extractor for articles detected as French (``meta["language"] == "fr"``)."""


@newscore.hookimpl
def newscore_register_extractors(registry: newscore.ExtractorRegistry) -> None:
    """Register the French extractor."""
    registry.add(FRENCH_EXTRACTOR)
