"""Benchmarks against public gold data. Each module registers one `newsgraph bench` command."""
