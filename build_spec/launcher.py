"""The frozen program's entry point: the command line, which opens the window without a command."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
