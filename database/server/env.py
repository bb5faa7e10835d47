"""Alembic environment of the delegation server: runs on the connection `nals server` hands over."""

from alembic import context

from nals_desktop.store.server import metadata


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()
