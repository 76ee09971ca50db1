"""Clusterverslag: the cluster section of the OCMW/CPAS single annual report, offline."""

__version__ = "0.1.0"
