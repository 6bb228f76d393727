"""Packaging glue that pyproject.toml cannot express on its own.

The shipped data (fonts, letter templates, translations, agency directory) stay
in the top-level resources/ folder of the source tree and are mapped into the
package as shelterdesk/resources at build time, where paths.resources_dir()
reads them with importlib.resources. pyproject's `packages.find` cannot add a
package from another folder, so the list is built here; all other metadata is
in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["shelterdesk", "shelterdesk.*"]), "shelterdesk.resources"],
    package_dir={"shelterdesk.resources": "resources"},
)
