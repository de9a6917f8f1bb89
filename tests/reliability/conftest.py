"""Fixtures of the reliability suite: real files to damage, and the two promises to check.

Files are named by fixed relative paths and opened only inside tests: the shared
corpus through :func:`newscore.testing.corpus.shared_path` (which skips, or fails
under ``NEWSCORE_REQUIRE_CORPUS=1``), the repository's clippings from
``tests/data``. Both are decoded from bytes, so line ends stay as they are.

The fixtures are session-scoped, so Hypothesis tests can use them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

DATA = Path(__file__).resolve().parent.parent / "data"

CORPUS_FILES = (
    "alceste/alceste_test.txt",
    "europresse/europresse_test1.html",
    "europresse/europresse_test2.html",
    "factiva/Factiva-example.html",
    "factiva/factiva_test.html",
    "factiva/factiva_test.xml",
    "factiva/reut21578-factiva.xml",
    "labelled/up_titles_100-20-ukr.csv",
    "labelled/up_titles_15000-20-ukr.csv",
    "nexis/afp_2013-03-12_0501.html",
    "nexis/lexisnexis_test_en.html",
    "nexis/lexisnexis_test_fr.html",
    "nexis/sample.TXT",
    "nexis/spiegel_2012-02-01_0001.html",
    "nexis/sun_2000-11-01_0001.html",
    "proquest/malformed-html-tag.eml",
    "proquest/sample-1.html",
    "quotes/breitbart_2015-12-16_newspaper-defense-secretary-used.txt",
    "quotes/breitbart_2015-12-16_newspaper-defense-secretary-used_6b86.ann",
    "quotes/breitbart_2015-12-20_republican-donor-adelson-and-tru.txt",
    "quotes/breitbart_2015-12-20_republican-donor-adelson-and-tru_4b22.ann",
    "quotes/nyt_2015-12-22_trump-says-praise-from-putin-hel.txt",
    "quotes/nyt_2015-12-22_trump-says-praise-from-putin-hel_d473.ann",
    "reuters/acq/reut-00007.xml",
    "reuters/acq/reut-00026.xml",
    "reuters/crude/reut-00002.xml",
    "reuters/crude/reut-00007.xml",
    "reuters/crude/reut-00008.xml",
    "reuters/crude/reut-00010.xml",
    "reuters/rcv1_2330.xml",
    "reuters/reuters-21578.xml",
    "reuters/sgml/reut2-000.sgm",
    "wire/IPTC7901.txt",
    "wire/LISTING_1_A_NewsML-G2_News_Item.xml",
    "wire/aap-sports.xml",
    "wire/aap.xml",
    "wire/afp.xml",
    "wire/ana1.xml",
    "wire/anpa-1.tst",
    "nexis/afp_2013-03-12_0501.html",
    "reuters/sgml/reut2-000.sgm",
    "wire/anpa-4.tst",
    "wire/ansa-newsmlg2-text.xml",
    "wire/ap-nitf.xml",
    "wire/ap_anpa-1.tst",
    "wire/ap_anpa-2.tst",
    "wire/ap_anpa-3.tst",
    "wire/ap_anpa-6.tst",
    "wire/ap_anpa-7.tst",
    "wire/ap_media_text_item.json",
    "wire/ap_media_text_nitf.xml",
    "wire/dpa.xml",
    "wire/dpa_four_line.txt",
    "wire/dpa_two_line.txt",
    "wire/efe_nitf.xml",
    "wire/expected.json",
    "wire/ninjs2.json",
    "wire/ninjsExMediumText1.json",
    "wire/ninjsExSimpleText1.json",
    "wire/nitf-fishing.xml",
    "wire/nitf-ntb.xml",
    "wire/pa1.xml",
    "wire/pa4.xml",
    "wire/pa5.xml",
    "wire/ritzau_news.xml",
    "wire/scoop.xml",
    "wire/stt1.xml",
    "wire/stt_newsml_note_test.xml",
    "wire/stt_newsml_test.xml",
    "wire/tag_reuters.com_0000_newsml_ISS149709_1618095828",
    "wire/tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232",
    "wire/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838",
    "wire/text.xml",
    "wire/wenn.xml",
)
"""Every text file of the shared corpus but ``polnear-train`` (the DOCX has its own tests)."""

MULTI_ARTICLE_FILES = (
    "factiva/Factiva-example.html",
    "factiva/factiva_test.html",
    "factiva/factiva_test.xml",
    "factiva/reut21578-factiva.xml",
    "nexis/lexisnexis_test_en.html",
    "nexis/lexisnexis_test_fr.html",
    "nexis/sample.TXT",
    "nexis/sun_2000-11-01_0001.html",
    "reuters/reuters-21578.xml",
    "nexis/afp_2013-03-12_0501.html",
)
"""Shared files holding several articles, for the never-lose-an-intact-article check."""

LONG_MULTI_ARTICLE_FILES = (*MULTI_ARTICLE_FILES, "reuters/sgml/reut2-000.sgm")
"""The same, with exports too long for the quick part."""

DATA_FILES = tuple(
    str(path.relative_to(DATA))
    for path in sorted(DATA.rglob("*.txt"))  # the repository's own clippings, not the corpus
)
"""The clippings under ``tests/data``."""


def corpus_bytes(relative: str) -> bytes:
    """Return the bytes of ``corpus/<relative>`` in the shared folder (skip if absent)."""
    return shared_path("corpus", *relative.split("/"), anchor=__file__).read_bytes()


def corpus_text(relative: str, limit: int | None = None) -> str:
    """Return a shared corpus file decoded as UTF-8 (bad bytes replaced), cut to ``limit``."""
    text = corpus_bytes(relative).decode("utf-8", "replace")
    return text if limit is None else text[:limit]


def data_text(relative: str) -> str:
    """Return a clipping of ``tests/data`` decoded from its bytes."""
    return (DATA / relative).read_bytes().decode("utf-8")


def line_count(text: str) -> int:
    r"""Count the lines of ``text`` as :func:`newscore.errors.position_of` does (``\r\n``, ``\r``, ``\n``)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n") + 1


def line_length(text: str, line: int) -> int:
    """Return the length of line ``line`` (1-based) of ``text``, without its line end."""
    start = 0
    for _ in range(line - 1):
        newline, carriage = text.find("\n", start), text.find("\r", start)
        ends = [end for end in (newline, carriage) if end >= 0]
        if not ends:
            return 0
        end = min(ends)
        start = end + (2 if text.startswith("\r\n", end) else 1)
    ends = [end for end in (text.find("\n", start), text.find("\r", start)) if end >= 0]
    return (min(ends) if ends else len(text)) - start


def _read(way: str, text: str, fmt: str | None, extract: bool) -> list[newscore.Article]:
    """Read ``text`` leniently one ``way``: ``read(str)``, ``read(bytes)`` or ``parse``."""
    if way == "read(str)":
        return list(newscore.read(text, format=fmt, extract=extract))
    if way == "read(bytes)":
        data = io.BytesIO(text.encode("utf-8", "surrogatepass"))
        return list(newscore.read(data, format=fmt, extract=extract))
    return [newscore.parse(text, format=fmt, extract=extract)]


class Promises:
    """The two promises, checked for every installed format (forced, then detected)."""

    def __init__(self) -> None:
        self.formats: tuple[str | None, ...] = (*newscore.formats(), None)

    def lenient(
        self,
        text: str,
        label: str,
        *,
        extract: bool = False,
        every_way: tuple[str | None, ...] = (None,),
    ) -> list[newscore.Article]:
        """Read ``text`` leniently with each format through ``read(str)``.

        The formats of ``every_way`` (by default the detected one) are also read
        through ``read`` on bytes and through ``parse``. Every article must pass
        :func:`check_article`; any exception fails with the format, ``label``
        (the mutation) and the exception. Returns the articles of the detected read.
        """
        articles: list[newscore.Article] = []
        for fmt in self.formats:
            ways = ("read(str)", "read(bytes)", "parse") if fmt in every_way else ("read(str)",)
            for way in ways:
                found = self._lenient_once(way, text, fmt, label, extract)
                if fmt is None and way == "read(str)":
                    articles = found
        return articles

    @staticmethod
    def _lenient_once(
        way: str, text: str, fmt: str | None, label: str, extract: bool
    ) -> list[newscore.Article]:
        try:
            found = _read(way, text, fmt, extract)
            for article in found:
                check_article(article, None)
        except Exception as error:
            pytest.fail(
                f"lenient {way} with format={fmt!r} on {label}: "
                f"{type(error).__name__}: {str(error)[:500]}"
            )
        return found

    def strict(self, text: str, label: str) -> None:
        """Read ``text`` strictly with each format: only a located ``ParseError`` may come out.

        (``parse`` is the first article of ``read``, so reading covers it.)
        """
        for fmt in self.formats:
            self._strict_once(text, fmt, label)

    @staticmethod
    def _strict_once(text: str, fmt: str | None, label: str) -> None:
        try:
            list(newscore.read(text, format=fmt, strict=True, extract=False))
        except newscore.PluginCrashError as error:
            pytest.fail(f"strict format={fmt!r} crashed on {label}: {str(error)[:500]}")
        except newscore.ParseError as error:
            where = f"strict format={fmt!r} on {label}: {error!r}"
            assert error.code, f"no code: {where}"
            lines = line_count(text)
            assert 1 <= error.line <= lines, f"line outside 1..{lines}: {where}"
            length = line_length(text, error.line)
            assert 1 <= error.column <= length + 1, f"column outside 1..{length + 1}: {where}"
        except Exception as error:
            pytest.fail(
                f"strict format={fmt!r} raised {type(error).__name__} on {label}: "
                f"{str(error)[:500]}"
            )


@pytest.fixture(scope="session")
def promises() -> Promises:
    """The checker of the two promises."""
    return Promises()


class Files:
    """Open the suite's files by relative name (see :func:`corpus_text`, :func:`data_text`)."""

    corpus_bytes = staticmethod(corpus_bytes)
    corpus_text = staticmethod(corpus_text)
    data_text = staticmethod(data_text)


@pytest.fixture(scope="session")
def files() -> Files:
    """The opener of corpus and data files."""
    return Files()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize ``corpus_file``, ``(long_)multi_file``, ``data_file`` by fixed relative names."""
    for argument, names in (
        ("corpus_file", CORPUS_FILES),
        ("multi_file", MULTI_ARTICLE_FILES),
        ("long_multi_file", LONG_MULTI_ARTICLE_FILES),
        ("data_file", DATA_FILES),
    ):
        if argument in metafunc.fixturenames:
            metafunc.parametrize(argument, names)
