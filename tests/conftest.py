"""Shared test set-up. Qt must run offscreen; an empty value makes Qt abort the whole run."""

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
