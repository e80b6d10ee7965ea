"""Outputs: records, JSON Lines, CSV, tables and DataFrames of facts."""
