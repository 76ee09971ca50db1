"""The domain: the report, the yearly rules, the computations and the checks. No Qt here."""
