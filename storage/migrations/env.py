"""Alembic environment: runs on the connection handed over by ``storage.db.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from storage.tables import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Autogenerate from the command line: `alembic -x url=sqlite:///tmp.db revision ...`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///alembic.db")
    engine = engine_from_config(
        {"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
