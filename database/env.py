"""Alembic environment: runs on the connection the store hands over (or on sqlalchemy.url)."""

from alembic import context
from sqlalchemy import create_engine

from nals_desktop.store.models import Base

FTS_TABLES = ("search_fts",)


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 virtual table and its shadow tables are made by hand in the migrations.
    return not (type_ == "table" and name and name.startswith(FTS_TABLES))


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
            _run_on(conn)
    else:
        _run_on(connection)


def _run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
