"""The local SQLite store: models, migrations, and one service module per area."""
