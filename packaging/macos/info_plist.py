"""The Info.plist of ReflectDesk.app, as the dict PyInstaller's BUNDLE(info_plist=...) takes.

packaging/reflectdesk.spec loads this file by its path (the spec is not a package) and
passes ``info_plist(VERSION)``, VERSION being read from reflectdesk/__init__.py, the one
place the version lives. tests/cli/test_packaging_platforms.py serialises the dict with
plistlib here; only the macOS runner builds the .app itself.

What the keys do for a facilitator:

- ``CFBundleDocumentTypes`` + ``UTExportedTypeDeclarations``: Finder knows a
  ``.rdarchive`` file as a ReflectDesk archive and opens it with ReflectDesk on a
  double-click (the app then receives a QFileOpenEvent and offers to import it);
- ``LSMinimumSystemVersion``: an older macOS says plainly that the app needs a newer
  one, instead of the app failing to start.
"""

from __future__ import annotations

APP_ID = "nl.reflectdesk.ReflectDesk"
APP_NAME = "ReflectDesk"
ARCHIVE_TYPE = "nl.reflectdesk.archive"  # the archive's Uniform Type Identifier
ARCHIVE_EXTENSION = "rdarchive"
ARCHIVE_MIME_TYPE = "application/x-reflectdesk-archive"
# Qt 6.8, the oldest PySide6 pyproject.toml accepts, runs on macOS 12 and later. A
# newer PySide6 may need a newer macOS: raise this with the pin in pyproject.toml.
MINIMUM_MACOS = "12.0"


def info_plist(version: str) -> dict[str, object]:
    """Every key ReflectDesk sets in its Info.plist (PyInstaller adds the executable,
    the icon file and the package type)."""
    return {
        "CFBundleIdentifier": APP_ID,
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,  # what About and Finder show
        "CFBundleVersion": version,  # the build number macOS compares
        "NSHighResolutionCapable": True,  # sharp text on Retina screens
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.education",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "ReflectDesk archive",
                # Editor: ReflectDesk writes these archives (export) and reads them
                # (import); Owner: it is the app that defines the type.
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [ARCHIVE_TYPE],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": ARCHIVE_TYPE,
                "UTTypeDescription": "ReflectDesk archive",
                # A zip inside, but not one for Archive Utility to unpack: so data and
                # archive, not public.zip-archive.
                "UTTypeConformsTo": ["public.data", "public.archive"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [ARCHIVE_EXTENSION],
                    "public.mime-type": [ARCHIVE_MIME_TYPE],
                },
            }
        ],
    }
