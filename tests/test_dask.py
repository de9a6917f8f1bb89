"""newscore.dask on a real two-process LocalCluster gives what one process gives."""

# mypy: allow-untyped-calls
# (Dask and distributed ship type hints, but many of their functions have none.)

from __future__ import annotations

import io
import pickle
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import cloudpickle  # type: ignore[import-untyped]
import pandas as pd
import pluggy
import pytest
from dask.distributed import Client, LocalCluster

import newscore
from newscore.dask import read_bag, to_dataframe
from newscore.tables import TABLES, to_pandas

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few dozen clippings in nested folders, with a binary file and an undecodable one."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("dev", "heldout"):
        (folder / name).mkdir()
        for path in sorted((ROOT / "tests" / "data" / name).glob("*.txt")):
            shutil.copy(path, folder / name / path.name)
    shutil.copy(ROOT / "examples" / "seed-putin-xinhua.txt", folder / "seed.txt")
    (folder / "broken").mkdir()
    (folder / "broken" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (folder / "broken" / "latin1.txt").write_bytes(
        "Caf\xe9 au lait, said Ren\xe9.".encode("latin-1")
    )
    return folder


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def single_process(corpus: Path, table: str) -> pd.DataFrame:
    return to_pandas(newscore.read_many(corpus, workers=1), table)


@pytest.mark.parametrize("table", TABLES)
def test_the_cluster_gives_the_single_process_table(
    client: Client, corpus: Path, table: str
) -> None:
    frame = to_dataframe(read_bag(corpus, files_per_partition=4), table)
    got = frame.compute().reset_index(drop=True)
    expected = single_process(corpus, table)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_the_bag_holds_the_articles_read_many_gives(client: Client, corpus: Path) -> None:
    paths = [corpus, corpus / "gone.txt"]
    bag = read_bag(paths, files_per_partition=3)
    assert bag.npartitions == -(-len(newscore.expand_paths(paths)) // 3)
    got = bag.compute()
    assert got == list(newscore.read_many(paths, workers=1))
    failures = {
        Path(str(a.provenance.origin)).name: a.problems[0].code
        for a in got
        if a.format == newscore.UNREAD and a.provenance is not None
    }
    assert failures == {"binary.txt": "read.binary", "gone.txt": "read.missing"}
    (latin1,) = [a for a in got if a.provenance and str(a.provenance.origin).endswith("latin1.txt")]
    assert [p.code for p in latin1.problems] == ["read.encoding-guess"]  # found, not replaced
    assert "Café au lait" in latin1.raw


def test_both_workers_read(client: Client, corpus: Path) -> None:
    bag = read_bag(corpus, files_per_partition=1)
    futures = client.compute(bag.to_delayed())
    client.gather(futures)
    who = client.who_has(futures)
    assert len({worker for workers in who.values() for worker in workers}) == 2


def test_the_frame_is_ready_for_parquet(client: Client, corpus: Path, tmp_path: Path) -> None:
    frame = to_dataframe(read_bag(corpus, files_per_partition=8), "statements")
    frame.to_parquet(tmp_path / "statements")
    back = pd.read_parquet(tmp_path / "statements", dtype_backend="numpy_nullable")
    expected = single_process(corpus, "statements")
    assert len(back) == len(expected)
    assert list(back.columns) == list(expected.columns)
    assert back["content"].tolist() == expected["content"].tolist()


class NoHostPickler(cloudpickle.Pickler):  # type: ignore[misc]
    """A pickler that records every plugin host or plugin manager it is asked to pickle."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self.hosts: list[object] = []

    def persistent_id(self, obj: object) -> str | None:
        if isinstance(obj, (newscore.PluginHost, pluggy.PluginManager)):
            self.hosts.append(obj)
            return "host"
        return None


def hosts_pickled(value: object) -> list[object]:
    pickler = NoHostPickler(io.BytesIO())
    pickler.dump(value)
    return pickler.hosts


def test_the_pickler_would_see_a_host() -> None:
    host = newscore.default_host()
    assert hosts_pickled({"task": (print, host)}) == [host]


def test_the_task_graph_pickles_without_a_plugin_host(corpus: Path) -> None:
    newscore.default_host()  # a host exists on the client, and must not travel
    frame = to_dataframe(read_bag(corpus, files_per_partition=4))
    graph = dict(frame.__dask_graph__())
    assert hosts_pickled(graph) == []
    data = cloudpickle.dumps(graph)
    assert b"seed.txt" in data  # the client listed the files
    assert pickle.loads(data).keys() == graph.keys()


def test_strict_reading_fails_the_computation(client: Client, corpus: Path) -> None:
    with pytest.raises(newscore.ParseError, match="binary"):
        read_bag(corpus / "broken", strict=True).compute()


def test_an_empty_corpus_gives_an_empty_frame(client: Client, tmp_path: Path) -> None:
    frame = to_dataframe(read_bag(tmp_path), "articles").compute()
    pd.testing.assert_frame_equal(frame, to_pandas([], "articles"))


def test_bad_arguments_are_refused(corpus: Path) -> None:
    with pytest.raises(ValueError, match="files_per_partition"):
        read_bag(corpus, files_per_partition=0)
    with pytest.raises(ValueError, match="statements"):
        to_dataframe(read_bag(corpus), "quotes")


def test_without_dask_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    for name in [m for m in sys.modules if m == "dask" or m.startswith("dask.")]:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(ImportError, match=r"pip install 'newscore\[dask\]'"):
        read_bag(corpus)
