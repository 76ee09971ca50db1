"""``python -m desktop_app`` runs the same command line as ``clusterverslag``."""

import sys

from .cli import main

sys.exit(main())
