"""Alembic environment: always run on the connection ReflectDesk hands over.

The caller opens that connection inside one transaction (with the transactional-DDL
recipe in store/engine.py), so every migration step commits or rolls back together.
"""

from alembic import context

from reflectdesk.store.models import load_all

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=load_all(),
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
