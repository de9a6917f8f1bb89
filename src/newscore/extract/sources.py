"""Read :class:`~newscore.Source` records from a source line.

A source line is what follows a ``Source:`` label (``Джерело:``,
``Источник:``): "Putin's interview with the Chinese state news agency
Xinhua", "Ukrenergo on Telegram", "NBU press conference", "Reuters, citing
people familiar with the matter". :func:`read_sources` turns it into
records with a name, a kind and a ``via`` chain, each with its span.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from newscore.model import Source, Span

__all__ = ["KNOWN_OUTLETS", "find_outlet", "read_sources"]

KNOWN_OUTLETS: dict[str, str] = {
    **dict.fromkeys(
        (
            "Reuters",
            "AP",
            "Associated Press",
            "AFP",
            "Agence France-Presse",
            "Xinhua",
            "TASS",
            "ТАСС",
            "ТАРС",
            "Interfax",
            "Interfax-Ukraine",
            "Інтерфакс-Україна",
            "Интерфакс",
            "Інтерфакс",
            "Ukrinform",
            "Укрінформ",
            "UNIAN",
            "УНІАН",
            "RIA Novosti",
            "РИА Новости",
            "РИА",
            "Bloomberg",
            "dpa",
            "ANSA",
            "EFE",
            "Kyodo",
            "Yonhap",
            "PAP",
            "Anadolu",
            "RBC-Ukraine",
            "РБК-Україна",
            "Ukrinform",
            "ANI",
            "PTI",
            "Sputnik",
        ),
        "news agency",
    ),
    **dict.fromkeys(
        (
            "Financial Times",
            "FT",
            "New York Times",
            "The New York Times",
            "Wall Street Journal",
            "The Wall Street Journal",
            "WSJ",
            "Washington Post",
            "The Washington Post",
            "Guardian",
            "The Guardian",
            "The Times",
            "Telegraph",
            "The Telegraph",
            "Le Monde",
            "Die Welt",
            "Bild",
            "Frankfurter Allgemeine Zeitung",
            "FAZ",
            "Kommersant",
            "Коммерсантъ",
            "Ведомости",
            "Vedomosti",
            "Известия",
            "Izvestia",
            "Der Spiegel",
            "Spiegel",
            "Corriere della Sera",
            "El País",
            "The Economist",
            "Economist",
            "Дзеркало тижня",
            "Rzeczpospolita",
            "Gazeta Wyborcza",
            "The Independent",
        ),
        "newspaper",
    ),
    **dict.fromkeys(
        (
            "BBC",
            "CNN",
            "ZDF",
            "ARD",
            "Fox News",
            "NBC",
            "CBS",
            "ABC",
            "Sky News",
            "Al Jazeera",
            "Суспільне",
            "Suspilne",
            "Euronews",
            "France 24",
            "DW",
            "Deutsche Welle",
            "Радіо Свобода",
            "Radio Liberty",
            "RFE/RL",
            "Радио Свобода",
            "ТСН",
            "TSN",
            "Первый канал",
            "Россия-1",
            "NPR",
            "ICTV",
            "1+1",
        ),
        "broadcast",
    ),
    **dict.fromkeys(
        (
            "Axios",
            "Politico",
            "Kyiv Independent",
            "The Kyiv Independent",
            "Ukrainska Pravda",
            "Українська правда",
            "Европейская правда",
            "Європейська правда",
            "Meduza",
            "Медуза",
            "Economichna Pravda",
            "Bellingcat",
            "Hromadske",
            "Громадське",
            "NV",
            "Censor.net",
            "LIGA.net",
            "Babel",
        ),
        "website",
    ),
}
"""Outlets whose kind newscore knows, by name as written."""

_SOCIAL = regex.compile(
    r"(?i)\G(?P<holder>.+?)(?<![ \t\u00a0])[ \t\u00a0]++(?:on|in|via|у|в|на|во)[ \t\u00a0]++"
    r"(?:(?:his|her|their|its|the|свій|своєму|своем|своём)[ \t\u00a0]++)?"
    r"(?:(?:official|офіційному|официальном)[ \t\u00a0]++)?"
    r"(?P<network>telegram|телеграмі?|телеграме|facebook|фейсбуку?|twitter|x|instagram|"
    r"youtube|threads|tiktok|linkedin|truth social|вконтакте)\b"
)
_CHANNEL = regex.compile(
    r"(?i)(?P<network>telegram|телеграм)[- \t\u00a0]?+(?:channel|канал|каналі|канале)"
    r"[ \t\u00a0]++(?:of[ \t\u00a0]++)?(?P<holder>.+)"
)
_INTERVIEW = regex.compile(
    r"(?i)(?:interview|інтерв['’ʼ]?ю|интервью)[ \t\u00a0]++"
    r"(?:(?:with|to|for|given[ \t\u00a0]++to|with[ \t\u00a0]++the|для|з|с|виданню|изданию)"
    r"[ \t\u00a0]++)?(?P<outlet>.+)"
)
_PRESS_AFTER = regex.compile(
    r"(?i)\G(?P<holder>.+?)(?<![ \t\u00a0])[ \t\u00a0]++"
    r"(?:(?:at|during|on)[ \t\u00a0]++(?:a|an|the|his|her|its)"
    r"[ \t\u00a0]++(?:(?:joint|news|press|media|regular|weekly|daily)[ \t\u00a0]++)?"
    r"(?:press[ \t\u00a0]++conference|news[ \t\u00a0]++conference|briefing|conference)"
    r"|(?:на|під[ \t\u00a0]++час|во[ \t\u00a0]++время)[ \t\u00a0]++(?:пресконференції|"
    r"прес-конференції|пресс-конференции|брифінгу|брифинге|брифинга))(?![\p{L}])"
)
_PRESS_BEFORE = regex.compile(
    r"(?i)(?:press[ \t\u00a0]++conference|news[ \t\u00a0]++conference|briefing|"
    r"пресс-конференци[яи]|прес-конференці[яї]|пресконференці[яї]|брифінг|брифинг)"
    r"[ \t\u00a0]++(?:(?:of|by|held[ \t\u00a0]++by)[ \t\u00a0]++)?(?P<holder>.+)"
)
_PRESS_TRAILING = regex.compile(
    r"(?i)\G(?P<holder>.+?)(?:['’]s)?(?<![ \t\u00a0])[ \t\u00a0]++(?:press[ \t\u00a0]++conference|"
    r"news[ \t\u00a0]++conference|briefing)$"
)
_STATEMENT_BEFORE = regex.compile(
    r"(?i)(?:(?:a|the)[ \t\u00a0]++)?(?:statement|заява|заявление|звернення|обращение)"
    r"[ \t\u00a0]++(?:(?:by|of|from)[ \t\u00a0]++)?(?P<holder>.+)"
)
_STATEMENT_TRAILING = regex.compile(
    r"(?i)\G(?P<holder>.+?)(?:['’]s)?(?<![ \t\u00a0])[ \t\u00a0]++"
    r"(?:(?:official|press)[ \t\u00a0]++)?"
    r"(?:statement|press[ \t\u00a0]++release)$"
)
_SPEECH = regex.compile(
    r"(?i)\G(?P<holder>.+?)(?:['’]s)?(?<![ \t\u00a0])[ \t\u00a0]++"
    r"(?:(?:in|during)[ \t\u00a0]++(?:a|an|the|his|her)"
    r"[ \t\u00a0]++(?:\p{L}++[ \t\u00a0]++){0,2}?)?(?:speech|address)\b"
)
_REPORT = regex.compile(
    r"(?i)\G(?:(?:(?:a|the)[ \t\u00a0]++)?report[ \t\u00a0]++(?:by|of|from)[ \t\u00a0]++"
    r"(?P<holder>.+)|(?P<holder>.+?)(?:['’]s)?(?<![ \t\u00a0])[ \t\u00a0]++report$)"
)
_WEBSITE = regex.compile(
    r"(?i)(?:(?:the[ \t\u00a0]++)?website[ \t\u00a0]++of|сайт|веб-сайт)[ \t\u00a0]++(?P<holder>.+)"
)
_DOMAIN = regex.compile(r"(?i)(?:[\p{L}\p{N}-]++\.)++(?:[a-z]{2,}+|укр|рф)")
_CHAIN = regex.compile(
    r"(?i)(?:,|\G|(?<![ \t\u00a0]))[ \t\u00a0]++(?:citing|quoting|referring[ \t\u00a0]++to|"
    r"з[ \t\u00a0]++посиланням[ \t\u00a0]++на|посилаючись[ \t\u00a0]++на|"
    r"со[ \t\u00a0]++ссылкой[ \t\u00a0]++на|ссылаясь[ \t\u00a0]++на)[ \t\u00a0]++"
)
_AS_REPORTS = regex.compile(
    r"(?i),[ \t\u00a0]++as[ \t\u00a0]++(?P<via>.+?)(?<![ \t\u00a0])[ \t\u00a0]++"
    r"(?:reports|reported|writes|wrote)$"
)
_ANONYMOUS = regex.compile(
    r"(?i)\b(?:sources?|people|officials?|insiders?|diplomats?|джерела?|джерел|источник(?:и|ов)?"
    r"|співрозмовник(?:и|ів)?|собеседник(?:и|ов)?)\b"
)
_KNOWN_OUTLET = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(
        # A name may be wrapped over two lines in hard-wrapped wire copy.
        r"\s++".join(regex.escape(word) for word in name.split())
        for name in sorted(KNOWN_OUTLETS, key=len, reverse=True)
    )
    + r")(?![\p{L}\p{N}])"
)
_KNOWN_OUTLETS_LOWER = {name.lower(): kind for name, kind in KNOWN_OUTLETS.items()}
# "Tedros at a media briefing in Geneva": the place is not part of the name.
# Patterns searched for a run of blanks start at the run's first blank (or where the
# search starts), never inside it: searching a long run then takes linear time.
_TRAILING_PLACE = regex.compile(
    r"(?:\G|(?<![ \t\u00a0]))[ \t\u00a0]++(?:in|at|в|у|во)[ \t\u00a0]++\p{Lu}[\p{L}\-]*+"
    r"(?:[ \t\u00a0]++\p{Lu}[\p{L}\-]*+)?$"
)
_CITED_ANONYMOUS = regex.compile(
    r"(?i)(?:\G|(?<![ \t\u00a0]))[ \t\u00a0]++"
    r"(?P<anonymous>(?:(?:own|its|informed|anonymous)[ \t\u00a0]++)?"
    r"(?:sources|джерела|источники|insiders|інсайдери|инсайдеры))$"
)
_GENERIC_TAIL = regex.compile(
    r"(?i)(?:\G|(?<![ \t\u00a0]))[ \t\u00a0]++(?:newspaper|agency|news[ \t\u00a0]++agency|"
    r"channel|tv|broadcaster|magazine|website|outlet|газета|газеті|агентство|агентству|агентства|видання|издание|"
    r"телеканал|телеканалу)$"
)
_SEMICOLON_PARTS = regex.compile(r"[^;]++")
_NAME_TOKEN = regex.compile(r"[\p{Lu}][\p{L}\p{M}'’ʼ.\-]*+")
_NAME_CONNECTORS = frozenset({"of", "the", "de", "von", "der", "van", "al", "bin", "la", "du"})


@attrs.frozen
class _Piece:
    start: int
    end: int


def _strip(text: str, start: int, end: int) -> _Piece:
    while start < end and (text[start].isspace() or text[start] in "\ufeff,;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return _Piece(start, end)


def _parts(text: str, start: int, end: int) -> Iterator[_Piece]:
    """Split a source line on semicolons, and on commas between short names."""
    for part in _SEMICOLON_PARTS.finditer(text, start, end):
        piece = _strip(text, part.start(), part.end())
        if piece.start < piece.end:
            yield from _comma_parts(text, piece)


def _comma_parts(text: str, piece: _Piece) -> Iterator[_Piece]:
    segment = text[piece.start : piece.end]
    if "," not in segment or _CHAIN.search(segment) or _AS_REPORTS.search(segment):
        yield piece
        return
    pieces = []
    offset = piece.start
    for chunk in segment.split(","):
        pieces.append(_strip(text, offset, offset + len(chunk)))
        offset += len(chunk) + 1
    short_names = all(
        0 < len(text[p.start : p.end].split()) <= 4
        and (
            text[p.start].isupper()
            or text[p.start] in "\"«“„'"
            or _DOMAIN.fullmatch(text[p.start : p.end])
        )
        for p in pieces
    )
    if short_names:
        yield from pieces
    else:
        yield piece


def _clean_name(text: str, start: int, end: int) -> _Piece:
    piece = _strip(text, start, end)
    start, end = piece.start, piece.end
    place = _TRAILING_PLACE.search(text, start, end)
    if place is not None and place.start() > start:
        end = place.start()
    tail = _GENERIC_TAIL.search(text, start, end)
    if tail is not None and tail.start() > start:
        end = tail.start()
    for article in ("the ", "The ", "a ", "an "):
        if text.startswith(article, start) and end - start > len(article):
            start += len(article)
            break
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return _strip(text, start, end)


def _outlet_name(text: str, start: int, end: int) -> _Piece:
    """Return the outlet in a phrase such as "the Chinese state news agency Xinhua"."""
    piece = _clean_name(text, start, end)
    phrase = text[piece.start : piece.end]
    known = _known_within(phrase)
    if known is not None:
        return _Piece(piece.start + known[0], piece.start + known[1])
    tokens = list(regex.finditer(r"\S++", phrase))
    first = len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].group()
        if word[:1].isupper() or word[:1].isdigit():
            first = index
        elif word.lower() in _NAME_CONNECTORS and first == index + 1:
            continue
        else:
            break
    if first >= len(tokens):
        return piece
    while first < len(tokens) and tokens[first].group().lower() in _NAME_CONNECTORS:
        first += 1
    if first >= len(tokens):
        return piece
    return _Piece(piece.start + tokens[first].start(), piece.start + tokens[-1].end())


def _known_within(phrase: str) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for found in _KNOWN_OUTLET.finditer(phrase, overlapped=True):
        if best is None or found.end() - found.start() > best[1] - best[0]:
            best = (found.start(), found.end())
    return best


def _kind_of(name: str) -> str | None:
    name = " ".join(name.split())
    kind = KNOWN_OUTLETS.get(name) or _KNOWN_OUTLETS_LOWER.get(name.lower())
    if kind is None and _DOMAIN.fullmatch(name):
        return "website"
    return kind


def _expand(name: _Piece, raw: str) -> _Piece:
    """Expand a bare surname ("Kallas") to the full name first given ("Kaja Kallas")."""
    word = raw[name.start : name.end]
    if not _NAME_TOKEN.fullmatch(word) or word.isupper() or len(word) < 3:
        return name
    found = _full_name(raw, word)
    return name if found is None else _Piece(*found)


_GIVEN_NAME = regex.compile(r"(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}\p{M}'’ʼ\-]++[ \u00a0]")
_GIVEN_NAME_TAIL = regex.compile(r"[\p{Ll}\p{M}'’ʼ\-]")
_WORD_ENDS = regex.compile(r"(?![\p{L}\p{N}])")
_INFLECTION_ENDS = regex.compile(r"\p{Ll}{0,3}+(?![\p{L}\p{N}])")


def _full_name(raw: str, word: str) -> tuple[int, int] | None:
    """Where "Given Surname" for ``word`` first stands in ``raw``.

    "брифинг Захаровой" finds the nominative "Мария Захарова" given earlier.
    """
    found = _given_before(raw, word, _WORD_ENDS)
    if found is None and _script(word) == "cyrillic" and len(word) >= 5:
        found = _given_before(raw, word[:-2], _INFLECTION_ENDS)
    if found is None or _script(raw[found[0] : found[1]]) != _script(word):
        return None
    return found[0], found[2]


def _given_before(raw: str, word: str, ending: regex.Pattern[str]) -> tuple[int, int, int] | None:
    """Find the first ``word`` (closed by ``ending``) right after a capitalised given name.

    Returns where the given name starts, where the word starts, and where the match ends.
    """
    at = raw.find(word, 1)
    while at >= 0:
        closed = ending.match(raw, at + len(word))
        if closed is not None and raw[at - 1] in " \u00a0":
            first = at - 2
            while first >= 0 and _GIVEN_NAME_TAIL.match(raw, first):
                first -= 1
            if first >= 0 and first < at - 2:
                given = _GIVEN_NAME.match(raw, first)
                if given is not None and given.end() == at:
                    return first, at, closed.end()
        at = raw.find(word, at + 1)
    return None


def _script(word: str) -> str:
    return "cyrillic" if regex.search(r"\p{Cyrillic}", word) else "other"


def _source(
    raw: str, piece: _Piece, kind: str | None, name: _Piece, via: Source | None = None
) -> Source:
    name = _expand(name, raw) if kind in _PERSON_KINDS else name
    name_text = raw[name.start : name.end]
    return Source(
        name=name_text,
        kind=kind if kind is not None else _kind_of(name_text),
        description=raw[piece.start : piece.end],
        via=via,
        span=Span(start=piece.start, end=piece.end),
        name_span=Span(start=name.start, end=name.end),
    )


_PERSON_KINDS = frozenset({"telegram", "social media", "press conference", "statement", "speech"})
GIVEN_BY_SPEAKER = _PERSON_KINDS | {"interview"}
"""Kinds of source a person gives (an interview, a post): statements by that person
come through it when its description names them."""


def _read_one(raw: str, piece: _Piece) -> Source:
    segment = raw[piece.start : piece.end]
    chain = _CHAIN.search(segment)
    if chain is not None and chain.start() > 0:
        head = _Piece(piece.start, piece.start + chain.start())
        via_piece = _strip(raw, piece.start + chain.end(), piece.end)
        via = _read_one(raw, via_piece) if via_piece.start < via_piece.end else None
        return attrs.evolve(
            _read_one(raw, head),
            via=via,
            description=segment,
            span=Span(start=piece.start, end=piece.end),
        )
    reported = _AS_REPORTS.search(segment)
    if reported is not None and reported.start() > 0:
        head = _Piece(piece.start, piece.start + reported.start())
        via_piece = _Piece(piece.start + reported.start("via"), piece.start + reported.end("via"))
        return attrs.evolve(
            _read_one(raw, head),
            via=_read_one(raw, via_piece),
            description=segment,
            span=Span(start=piece.start, end=piece.end),
        )
    return _classify(raw, piece)


def _classify(raw: str, piece: _Piece) -> Source:
    start, end = piece.start, piece.end
    interview = _INTERVIEW.search(raw, start, end)
    if interview is not None:
        outlet = _outlet_name(raw, interview.start("outlet"), interview.end("outlet"))
        return _source(raw, piece, "interview", outlet)
    for pattern in (_CHANNEL, _SOCIAL):
        found = pattern.match(raw, start, end)
        if found is not None:
            network = found.group("network").lower()
            kind = "telegram" if network.startswith(("telegram", "телеграм")) else "social media"
            holder = _clean_name(raw, found.start("holder"), found.end("holder"))
            return _source(raw, piece, kind, holder)
    for pattern, kind in (
        (_PRESS_AFTER, "press conference"),
        (_PRESS_BEFORE, "press conference"),
        (_PRESS_TRAILING, "press conference"),
        (_STATEMENT_BEFORE, "statement"),
        (_STATEMENT_TRAILING, "statement"),
        (_SPEECH, "speech"),
        (_REPORT, "report"),
        (_WEBSITE, "website"),
    ):
        found = pattern.fullmatch(raw, start, end) or pattern.match(raw, start, end)
        if found is not None:
            holder = _clean_name(raw, found.start("holder"), found.end("holder"))
            if holder.start < holder.end:
                return _source(raw, piece, kind, holder)
    cited = _CITED_ANONYMOUS.search(raw, start, end)
    if cited is not None and cited.start() > start and raw[start].isupper():
        outlet = _Piece(start, cited.start())
        anonymous = _Piece(cited.start("anonymous"), cited.end("anonymous"))
        via = _source(raw, anonymous, "anonymous", anonymous)
        return attrs.evolve(
            _source(raw, outlet, None, _outlet_name(raw, start, cited.start())),
            via=via,
            description=raw[start:end],
            span=Span(start=start, end=end),
        )
    if _ANONYMOUS.search(raw, start, end) and not raw[start].isupper():
        return _source(raw, piece, "anonymous", piece)
    return _source(raw, piece, None, _outlet_name(raw, start, end))


def read_sources(raw: str, span: Span) -> tuple[Source, ...]:
    """Read the sources named in ``raw[span.start:span.end]``, a source line.

    Parts separated by semicolons (or commas between short names) give one
    source each; "X, citing Y" and "X, as Y reports" give ``X`` with ``via``
    ``Y``. A bare surname given for a person ("Kallas at a press conference")
    is expanded to the full name the clipping first gives ("Kaja Kallas"),
    and :attr:`Source.name_span` points there.

    >>> raw = "Source: Ukrenergo on Telegram"
    >>> [(s.name, s.kind) for s in read_sources(raw, Span(start=8, end=len(raw)))]
    [('Ukrenergo', 'telegram')]
    """
    return tuple(_read_one(raw, piece) for piece in _parts(raw, span.start, span.end))


_OUTLET_KINDS = {
    **dict.fromkeys(
        "newspaper daily paper weekly magazine tabloid газета газети видання виданню "
        "издание журнал".split(),
        "newspaper",
    ),
    **dict.fromkeys(
        "broadcaster channel television tv radio телеканал телеканалу радіо радио мовник".split(),
        "broadcast",
    ),
    **dict.fromkeys("agency агентство агентства агентству".split(), "news agency"),
    **dict.fromkeys("website site outlet сайт портал".split(), "website"),
}
_DESCRIBED_OUTLET = regex.compile(
    r"(?i)(?<![\p{L}])(?P<descriptor>"
    + "|".join(sorted(_OUTLET_KINDS, key=len, reverse=True))
    + r")[ \t\u00a0]++(?P<name>[«\"“]?+\p{Lu}[\p{L}\-]*+"
    + r"(?:[ \t\u00a0]++\p{Lu}[\p{L}\-]*+){0,3}+[»\"”]?+)"
)
_NEWSPAPER_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}\-]*+[ \t\u00a0]++){0,3}(?:Times|Post|Review|Journal|Herald|Gazette|"
    r"Tribune|Telegraph|Guardian|Observer|Chronicle|Mail|Standard|Express|Monitor|Pravda|"
    r"Izvestia|Kommersant)(?:[ \t\u00a0]++of[ \t\u00a0]++\p{Lu}[\p{L}\-]*+)?+(?![\p{L}])"
)
_NAMED = regex.compile(r"[\p{Lu}«\"“]")
_PIECE = regex.compile(r"[^\s«»\"“”„,.;:()]++")
_NEWSPAPER_HEADS = frozenset(
    """times post review journal herald gazette tribune telegraph guardian observer chronicle
    mail standard express monitor pravda izvestia kommersant""".split()
)


def find_outlet(raw: str, phrase: Span) -> tuple[Span, str] | None:
    """Return the news outlet ``phrase`` names (where, and its kind), or ``None``.

    An outlet is one newscore knows ("Reuters"), one introduced by a word for an
    outlet ("state broadcaster ERT", "газета «Трибуна»"), or one whose name ends
    like a newspaper's ("Australian Financial Review", "Times of India").
    """
    text = phrase.of(raw)
    if not _NAMED.search(text):
        return None  # an outlet is named: a capital letter or a quotation mark
    found: list[tuple[Span, str]] = []
    lowered = {match.group().lower() for match in _PIECE.finditer(text)}
    known = _known_within(text)
    if known is not None:
        name = " ".join(text[known[0] : known[1]].split())
        span = Span(start=phrase.start + known[0], end=phrase.start + known[1])
        found.append((span, KNOWN_OUTLETS[name]))
    if lowered & _OUTLET_KINDS.keys():
        described = _DESCRIBED_OUTLET.search(text)
        if described is not None:
            span = Span(
                start=phrase.start + described.start("name"),
                end=phrase.start + described.end("name"),
            )
            found.append((span, _OUTLET_KINDS[described.group("descriptor").lower()]))
    if lowered & _NEWSPAPER_HEADS:
        headed = _NEWSPAPER_NAME.search(text)
        if headed is not None:
            span = Span(start=phrase.start + headed.start(), end=phrase.start + headed.end())
            found.append((span, "newspaper"))
    # The longest name wins: "Times of India" over "The Times".
    return max(found, key=lambda candidate: len(candidate[0]), default=None)
