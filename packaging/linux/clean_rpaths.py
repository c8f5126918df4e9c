"""Drop RUNPATH/RPATH entries that point outside the bundle, with patchelf.

    python packaging/linux/clean_rpaths.py BUNDLE_DIR

A Python built with pyenv (or any self-built one) records its build directory, e.g.
/home/builder/.pyenv/versions/3.11.7/lib, in libpython and every extension module. Installed on a
user's machine that path is meaningless at best; at worst someone who can create it gets their
libraries loaded into zoomdesk. Entries relative to the file ($ORIGIN…, as Qt's wheels use) stay.
"""

from __future__ import annotations

import os
import subprocess
import sys


def elf_files(root: str) -> list[str]:
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                with open(path, "rb") as handle:
                    if handle.read(4) == b"\x7fELF":
                        found.append(path)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: clean_rpaths.py BUNDLE_DIR\n")
        return 2
    cleaned = 0
    for path in elf_files(argv[0]):
        printed = subprocess.run(
            ["patchelf", "--print-rpath", path], capture_output=True, text=True, check=True
        ).stdout.strip()
        entries = [entry for entry in printed.split(":") if entry]
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            subprocess.run(["patchelf", "--set-rpath", ":".join(kept), path], check=True)
        else:
            subprocess.run(["patchelf", "--remove-rpath", path], check=True)
        cleaned += 1
    print(f"clean_rpaths: removed build-machine paths from {cleaned} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
