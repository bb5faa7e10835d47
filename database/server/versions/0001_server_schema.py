"""delegation server: summits, append-only revisions, laptops, members, roles and row-level security

Revision ID: 0001
Revises:
Create Date: 2026-12-04

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The login roles of the delegation's staff are members of these group roles (roles are the cluster's, not
# the database's: several NALS databases on one cluster share them).
GROUPS = ("nals_reader", "nals_member", "nals_admin")

SCHEMA = r"""
CREATE TABLE server_info (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE delegation (
    name text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE member (
    role_name text PRIMARY KEY,
    delegation text NOT NULL REFERENCES delegation (name),
    role text NOT NULL CHECK (role IN ('reader', 'member', 'admin')),
    added_at timestamptz NOT NULL DEFAULT now()
);

-- The delegation of the person connected, read past row-level security (the function's owner's rights).
CREATE FUNCTION nals_delegation() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT delegation FROM public.member WHERE role_name = session_user $$;

CREATE TABLE summit (
    delegation text NOT NULL DEFAULT nals_delegation() REFERENCES delegation (name),
    id text NOT NULL,
    seq bigserial NOT NULL,
    title text NOT NULL,
    document jsonb NOT NULL,
    pushed_by text NOT NULL DEFAULT session_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (delegation, id)
);
CREATE TABLE revision (
    delegation text NOT NULL DEFAULT nals_delegation() REFERENCES delegation (name),
    id text NOT NULL,
    seq bigserial NOT NULL,
    commitment_id text NOT NULL,
    pushed_from text NOT NULL,  -- the laptop (device id) that sent it
    record jsonb NOT NULL,
    pushed_by text NOT NULL DEFAULT session_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (delegation, id)
);
CREATE UNIQUE INDEX ix_revision_delegation_seq ON revision (delegation, seq);
CREATE TABLE laptop (
    delegation text NOT NULL DEFAULT nals_delegation() REFERENCES delegation (name),
    device_id text NOT NULL,
    name text NOT NULL DEFAULT '',
    member text NOT NULL DEFAULT session_user,
    pulled_seq bigint NOT NULL DEFAULT 0,
    synced_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (delegation, device_id)
);

-- Who sent a revision and when is the server's word, not the laptop's.
CREATE FUNCTION nals_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.pushed_by := session_user;
    NEW.pushed_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER summit_stamp BEFORE INSERT ON summit FOR EACH ROW EXECUTE FUNCTION nals_stamp();
CREATE TRIGGER revision_stamp BEFORE INSERT ON revision FOR EACH ROW EXECUTE FUNCTION nals_stamp();

-- Append-only, even for the owner: history is never rewritten (privileges already deny it to every member).
CREATE FUNCTION nals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the % table of the NALS delegation server is append-only: rows are never changed or deleted',
        TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER revision_append_only BEFORE UPDATE OR DELETE ON revision
    FOR EACH ROW EXECUTE FUNCTION nals_append_only();
CREATE TRIGGER revision_no_truncate BEFORE TRUNCATE ON revision
    FOR EACH STATEMENT EXECUTE FUNCTION nals_append_only();
CREATE TRIGGER summit_append_only BEFORE UPDATE OR DELETE ON summit
    FOR EACH ROW EXECUTE FUNCTION nals_append_only();
CREATE TRIGGER summit_no_truncate BEFORE TRUNCATE ON summit
    FOR EACH STATEMENT EXECUTE FUNCTION nals_append_only();

-- One server may host several delegations: each sees its own rows only.
ALTER TABLE summit ENABLE ROW LEVEL SECURITY;
ALTER TABLE revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE laptop ENABLE ROW LEVEL SECURITY;
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_delegation ON summit
    USING (delegation = (SELECT nals_delegation())) WITH CHECK (delegation = (SELECT nals_delegation()));
CREATE POLICY own_delegation ON revision
    USING (delegation = (SELECT nals_delegation())) WITH CHECK (delegation = (SELECT nals_delegation()));
CREATE POLICY own_delegation ON laptop
    USING (delegation = (SELECT nals_delegation())) WITH CHECK (delegation = (SELECT nals_delegation()));
CREATE POLICY own_delegation ON member
    USING (delegation = (SELECT nals_delegation())) WITH CHECK (delegation = (SELECT nals_delegation()));
"""

GRANTS = r"""
GRANT nals_reader TO nals_member;
GRANT nals_member TO nals_admin;
REVOKE ALL ON FUNCTION nals_delegation() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nals_delegation() TO nals_reader;
GRANT SELECT ON alembic_version, server_info, delegation, member, summit, revision, laptop TO nals_reader;
GRANT INSERT ON summit, revision TO nals_member;
GRANT INSERT, UPDATE ON laptop TO nals_member;
GRANT USAGE ON SEQUENCE summit_seq_seq, revision_seq_seq TO nals_member;
GRANT INSERT, DELETE ON member TO nals_admin;
-- A push copies its revisions into a temporary table first (PUBLIC has this by default; say it anyway).
DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO nals_member', current_database()); END $$;
"""


def upgrade() -> None:
    op.execute(SCHEMA)
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    op.execute(GRANTS)
    op.execute("INSERT INTO server_info (id) VALUES (gen_random_uuid()::text)")


def downgrade() -> None:
    op.execute("DROP TABLE laptop, revision, summit, member, delegation, server_info")
    op.execute("DROP FUNCTION nals_append_only(), nals_stamp(), nals_delegation()")
