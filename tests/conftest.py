"""Shared test set-up. Qt must run offscreen; an empty value makes Qt abort the whole run."""

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import sys
from pathlib import Path

# Let every test folder import the shared report builders in tests/factories.py.
sys.path.insert(0, str(Path(__file__).parent))
