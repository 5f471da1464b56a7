"""Alembic environment: always run on the connection ReflectDesk hands over.

The caller opens that connection inside one transaction (with the transactional-DDL
recipe in store/engine.py), so every migration step commits or rolls back together.
"""

from alembic import context

from reflectdesk.store.engine_kind import EngineKind, engine_kind
from reflectdesk.store.models import load_all
from reflectdesk.store.search_index import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=load_all(),
    # SQLite alters tables by copying them; batch mode does that. PostgreSQL alters in place.
    render_as_batch=engine_kind(connection.dialect.name) is EngineKind.LAPTOP,
    transactional_ddl=True,
    # The search index (migration 0006) is SQL, not models: autogenerate must not drop it.
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
