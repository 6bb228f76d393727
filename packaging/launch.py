"""The bundle's entry point: PyInstaller needs a script, the app is `shelterdesk.app:main`."""

from shelterdesk.app import main

raise SystemExit(main())
