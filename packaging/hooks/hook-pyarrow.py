"""Lean replacement for the contrib pyarrow hook, which bundles every pyarrow library.

pandas and fastexcel need pyarrow's core, compute and CSV modules; the Flight, cloud-filesystem,
ORC and Substrait libraries (about 50 MB) are left out. Shared libraries the kept extension
modules link against are still found by PyInstaller's own dependency analysis.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "tests",
    "flight",
    "fs",
    "s3",
    "gcs",
    "azure",
    "hdfs",
    "orc",
    "substrait",
    "cuda",
    "gandiva",
    "encryption",
    "benchmark",
    "interchange",
    "acero",
    "dataset",
    "feather",
    "parquet",
    "json",
    "jvm",
    "conftest",
)


def _used(name: str) -> bool:
    return not any(part in name for part in UNUSED)


hiddenimports = collect_submodules("pyarrow", filter=_used)
