"""Build hook: the files the program reads at run time go inside the package.

The repository keeps them at the top (``resources/``, and ``translations/*.qm`` compiled by
``make translations``, which are not in git); a wheel or a plain ``pip install .`` carries
them as ``desktop_app/data/resources`` and ``desktop_app/data/translations``, where
``desktop_app.resources`` and ``desktop_app.ui.i18n`` look first. Everything else is in
pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Read only by the build (the Windows executable's icon, the macOS app's), or only keeps git's folder.
NOT_AT_RUN_TIME = {"icon.ico", "icon.icns", ".keep"}


class BuildWithData(build_py):
    """build_py, then the run-time data files into the built package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # pip install -e .: the program reads the repository's own folders
        qm_files = sorted((ROOT / "translations").glob("*.qm"))
        if not qm_files:
            raise SystemExit("translations/*.qm are missing: run `make translations` before building the package")
        target = Path(self.build_lib) / "desktop_app" / "data"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources",
                        ignore=lambda folder, names: [n for n in names if n in NOT_AT_RUN_TIME])
        (target / "translations").mkdir(parents=True)
        for qm in qm_files:
            shutil.copy2(qm, target / "translations" / qm.name)


setup(cmdclass={"build_py": BuildWithData})
