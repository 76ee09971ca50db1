"""Exports of a report: the submission file (XML, ``submission``) and the printable PDF (``pdf``),
bound together by the SHA-256 of the submission file. No Qt here."""
