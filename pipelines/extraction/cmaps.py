"""pdfminer's CMaps, read before isolation.

pdfminer (the pdfplumber engine) reads a CID font's CMap (``UniGB-UCS2-H``,
``to-unicode-Adobe-GB1``...) from its package folder the first time a PDF uses it. The
sandboxed child must open nothing after isolation (its install may be unreadable to it,
and Landlock refuses it), so ``preload`` reads every CMap file into memory in the fork
server (8 MB, compressed) and points pdfminer's loader at those bytes: only in a child
started for the pdfplumber engine (``protocol.CMAPS_FLAG``), as the default never needs
them; each CMap is still
decoded only when a PDF needs it, as pdfminer does. Written for pdfminer.six 2025's
``CMapDB._load_data`` (JSON files); pdfplumber is pinned below 0.12 in setup.cfg.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

_SUFFIX = ".json.gz"
_BLOBS: dict[str, bytes] = {}


def preload() -> int:
    """Read pdfminer's CMap files into memory and serve them from there; how many."""
    from pdfminer import cmapdb

    folder = Path(cmapdb.__file__).with_name("cmap")
    for path in folder.glob(f"*{_SUFFIX}"):
        _BLOBS[path.name[: -len(_SUFFIX)]] = path.read_bytes()
    cmapdb.CMapDB._load_data = classmethod(_load_from_memory)  # type: ignore[method-assign,assignment]
    return len(_BLOBS)


def _load_from_memory(cls: Any, name: str) -> type[Any]:
    """pdfminer's ``_load_data``, from the preloaded bytes."""
    name = name.replace("\0", "")
    blob = _BLOBS.get(name)
    if blob is None:
        raise cls.CMapNotFound(name)
    data: dict[str, Any] = json.loads(gzip.decompress(blob))
    for key in ("CID2UNICHR_H", "CID2UNICHR_V"):
        if key in data:
            data[key] = {int(k): v for k, v in data[key].items()}
    if data.get("CODE2CID"):
        data["CODE2CID"] = cls._convert_code2cid_keys(data["CODE2CID"])
    return type(str(name), (), data)
