"""Demo databases: fictional groups, sessions, notes and evaluations for trying the app,
screenshots and benchmarks. Only the commands, the app's entry point, tests and
benchmarks import this package; it writes through the store's public functions and knows
nothing of Qt (the import-linter contracts in pyproject.toml hold both)."""
