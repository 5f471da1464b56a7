"""Demo databases: fictional groups, sessions, notes and evaluations for trying the app,
screenshots and benchmarks."""
