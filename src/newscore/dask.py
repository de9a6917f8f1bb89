"""Reading a corpus on a Dask cluster: a bag of articles and data frames of its tables.

This module needs the ``dask`` extra (``pip install 'newscore[dask]'``):

>>> from dask.distributed import Client  # doctest: +SKIP
>>> from newscore.dask import read_bag, to_dataframe  # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> bag = read_bag("corpus/**/*.txt")  # doctest: +SKIP
>>> to_dataframe(bag, "statements").to_parquet("statements/")  # doctest: +SKIP

The client only lists the files (:func:`newscore.expand_paths`). The task
graph carries their paths and the reading options, never a plugin host:
each worker builds its own on first use, loading the plugins installed
there, as :func:`newscore.read_many` does in its worker processes.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscore._batch import PathArgument, _read_files, _Reading, expand_paths
from newscore.model import Article
from newscore.tables import to_pandas

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["read_bag", "to_dataframe"]


def read_bag(
    paths_or_glob: PathArgument | Iterable[PathArgument],
    *,
    format: str | None = None,
    strict: bool = False,
    files_per_partition: int = 16,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    extract: bool = True,
) -> dask.bag.Bag:
    """Return a :class:`dask.bag.Bag` of the articles in ``paths_or_glob``.

    :param paths_or_glob: files, folders and glob patterns, as for
        :func:`newscore.read_many`; they are listed here, on the client, so
        they must be readable by the workers under the same names (a shared
        file system).
    :param format: the format of every file; ``None`` detects it per file.
    :param strict: raise on the first failure instead of giving a failure
        record (the task fails, and with it the computation).
    :param files_per_partition: how many files each partition reads.
    :param encoding: as for :func:`newscore.read`.
    :param reference_date: as for :func:`newscore.read`.
    :param extract: as for :func:`newscore.read`.
    :returns: a lazy bag; its articles are the ones :func:`newscore.read_many`
        gives, in the same order, failure records included.
    :raises ImportError: if Dask is not installed (``pip install 'newscore[dask]'``).
    :raises ValueError: if ``files_per_partition`` is below 1.
    """
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, got {files_per_partition}")
    library = _dask()
    reading = _Reading(
        format=format,
        strict=strict,
        encoding=encoding,
        reference_date=reference_date,
        extract=extract,
    )
    names = [os.fspath(path) for path in expand_paths(paths_or_glob)]
    files = library.bag.from_sequence(names, partition_size=files_per_partition)
    bag: dask.bag.Bag = files.map_partitions(_read_partition, reading)
    return bag


def _read_partition(names: Iterable[str], reading: _Reading) -> list[Article]:
    """Read one partition's files in the worker, with the worker's own plugin host."""
    return _read_files([Path(name) for name in names], reading)


def to_dataframe(bag: dask.bag.Bag, table: str = "statements") -> dask.dataframe.DataFrame:
    """Return ``table`` of the articles in ``bag`` as a :class:`dask.dataframe.DataFrame`.

    Each partition is :func:`newscore.tables.to_pandas` of a partition of the
    bag, so the dtypes are those of :data:`~newscore.tables.SCHEMAS` and the
    frame is ready for ``.to_parquet(...)``. Its index restarts at 0 in each
    partition.

    :raises ImportError: if Dask is not installed (``pip install 'newscore[dask]'``).
    :raises ValueError: if ``table`` is not one of :data:`~newscore.tables.TABLES`.
    """
    meta = to_pandas([], table)
    library = _dask()
    partitions: Any = bag
    parts = [library.delayed(_partition_frame)(part, table) for part in partitions.to_delayed()]
    frame: dask.dataframe.DataFrame = library.dataframe.from_delayed(
        parts, meta=meta, verify_meta=False
    )
    return frame


def _partition_frame(articles: Iterable[Article], table: str) -> pandas.DataFrame:
    return to_pandas(articles, table)


def _dask() -> Any:  # Any: much of Dask is untyped
    try:
        import dask  # noqa: PLC0415 - an optional library, imported when used
        import dask.bag  # noqa: PLC0415
        import dask.dataframe  # noqa: PLC0415
    except ImportError as error:
        raise ImportError(
            "this needs Dask, which is not installed: pip install 'newscore[dask]'"
        ) from error
    return dask
