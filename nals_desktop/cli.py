"""The `nals` command line: the headless twin of the GUI (no Qt)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from nals_desktop import VersionAction, i18n
from nals_desktop.domain.errors import ExportError, NalsError, StoreError, ValidationError
from nals_desktop.domain.model import (
    DEFAULT_MARKINGS,
    ImplementationStatus,
    Priority,
    Stance,
    field_label,
    tab_letter,
)
from nals_desktop.i18n import _, ngettext, number
from nals_desktop.paths import store_path
from nals_desktop.services import (
    annotate,
    browse,
    bundles,
    exchange,
    maintenance,
    revisions,
    sealing,
    startup,
    summits,
    sync,
)
from nals_desktop.services import search as search_service
from nals_desktop.services.dto import CommitmentDetail, CommitmentRow, PillarDTO, SummitDTO
from nals_desktop.services.identity import load_author
from nals_desktop.services.importing import ImportOptions, review_file, store_summit
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import keyring_copy, server
from nals_desktop.store.engine import Store


def _json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _counts(pillars: int, commitments: int) -> dict[str, str]:
    """Counted pillars and commitments ("6 pillars", "1 commitment"), each in its count's form."""
    return {
        "pillars": ngettext("{n} pillar", "{n} pillars", pillars).format(n=number(pillars)),
        "commitments": ngettext("{n} commitment", "{n} commitments", commitments).format(
            n=number(commitments)
        ),
    }


def _summit_json(s: SummitDTO) -> dict[str, Any]:
    data = asdict(s)
    data["date"] = s.date.isoformat() if s.date else None
    return data


def _pillar_json(p: PillarDTO) -> dict[str, Any]:
    return asdict(p)


def _row_json(r: CommitmentRow) -> dict[str, Any]:
    data = asdict(r)
    data["updated_at"] = r.updated_at.isoformat() if r.updated_at else None
    return data


def _detail_json(d: CommitmentDetail) -> dict[str, Any]:
    def child(c: CommitmentDetail) -> dict[str, Any]:
        return {"reference": c.reference, "text": c.text, "children": [child(x) for x in c.children]}

    return {
        "id": d.id,
        "reference": d.reference,
        "text": d.text,
        "group": d.group,
        "summit": {"id": d.summit.id, "title": d.summit.title},
        "pillar": {
            "id": d.pillar.id,
            "tab": d.pillar.tab,
            "short_title": d.pillar.short_title,
            "intro": d.pillar.intro,
        },
        "children": [child(c) for c in d.children],
        "span": list(d.span) if d.span else None,
        "sources": [{"title": s.title, "file_name": s.file_name, "checksum": s.checksum} for s in d.sources],
        "positions": [
            {**asdict(p), "updated_at": p.updated_at.isoformat() if p.updated_at else None}
            for p in d.positions
        ],
        "status": None
        if d.status is None
        else {
            **asdict(d.status),
            "as_of": d.status.as_of.isoformat() if d.status.as_of else None,
            "updated_at": d.status.updated_at.isoformat() if d.status.updated_at else None,
        },
        "history": [{**asdict(r), "created_at": r.created_at.isoformat()} for r in d.history],
    }


_opened: list[Store] = []  # closed when the command ends, so the -wal is checkpointed away


def _store() -> Store:
    _opened.append(open_user_store(passphrase=_passphrase, notice=_notice))
    return _opened[-1]


def _notice(line: str) -> None:
    print(line, file=sys.stderr)


#: For `nals passphrase` in scripts: the file with the new passphrase (the old one: NALS_PASSPHRASE_FILE).
NEW_PASSPHRASE_ENV = "NALS_NEW_PASSPHRASE_FILE"


def _passphrase(new: bool) -> str:
    """The store's passphrase: from $NALS_PASSPHRASE_FILE, else asked on the terminal (never an argument)."""
    if os.environ.get(startup.PASSPHRASE_ENV) or not sys.stdin.isatty():
        return startup.passphrase_from_file(new)
    return _ask(new)


def _file_passphrase(args: argparse.Namespace, *, new: bool = False) -> str | None:
    """The passphrase of an encrypted export or bundle: --passphrase-file, else asked on a terminal.

    Reading (``new`` False), it is asked only when the file is encrypted; None when it is not.
    """
    if not new and not sealing.is_sealed(getattr(args, "file", None) or Path()):
        return None
    if args.passphrase_file is not None:
        try:
            with open(args.passphrase_file, encoding="utf-8") as fh:
                return fh.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                _("The passphrase file {path} cannot be read: {error}").format(
                    path=args.passphrase_file, error=getattr(exc, "strerror", None) or exc
                )
            ) from exc
    if not sys.stdin.isatty():
        raise ValidationError(_("Give the file's passphrase with --passphrase-file FILE."))
    if not new:
        return getpass.getpass(_("Passphrase of {path}: ").format(path=args.file))
    first = getpass.getpass(_("Passphrase to encrypt with (share it out of band): "))
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise ValidationError(_("The two passphrases differ; nothing was written."))
    return first


def _book_password(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            password = fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            _("The password file {path} cannot be read: {error}").format(
                path=path, error=getattr(exc, "strerror", None) or exc
            )
        ) from exc
    if len(password) < 8:
        raise ValidationError(_("A book's password needs at least 8 characters; nothing was written."))
    return password


def _ask(new: bool) -> str:
    if not new:
        return getpass.getpass(_("Passphrase of the store: "))
    print(
        _("Choose a passphrase for the store (at least 8 characters). Without it, the store cannot be read."),
        file=sys.stderr,
    )
    first = getpass.getpass(_("New passphrase: "))
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise StoreError(_("The two passphrases differ; nothing was changed."))
    return first


def _one_line(message: str) -> str:
    """``message`` on one line: a newline or another control character (from a file name) escaped."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message)


# --- commands -------------------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() == ".json" or sealing.is_sealed(args.file):
        return _import_export_file(args)
    options = ImportOptions(
        title=args.title,
        date=args.date,
        location=args.location,
        parties=args.party or None,
        paragraphs=args.paragraphs,
    )
    source, parsed, warnings = review_file(args.file, options)
    if args.dry_run:
        if args.json:
            _json({**parsed.to_json(), "warnings": [w.to_json() for w in warnings]})
        else:
            print(
                # TRANSLATORS: {pillars} and {commitments} are counted, e.g. "6 pillars", "1 commitment".
                _("{title}: {pillars}, {commitments} (dry run: nothing written)").format(
                    title=parsed.title, **_counts(len(parsed.pillars), parsed.commitment_count)
                )
            )
            for i, pillar in enumerate(parsed.pillars):
                print(f"  {tab_letter(i)}  {pillar.short_title} ({len(pillar.commitments)})")
            for warning in warnings:
                text = f" {warning.text[:70]}…" if len(warning.text) > 70 else f" {warning.text}"
                print("  ! " + _one_line(warning.message + (text if warning.text else "")))
        return 0
    store = _store()
    summary = store_summit(store, source, parsed, options)
    if args.json:
        _json(asdict(summary))
    elif summary.created:
        print(
            # TRANSLATORS: {pillars} and {commitments} are counted, e.g. "6 pillars", "1 commitment".
            _("Imported “{title}”: {pillars}, {commitments}.").format(
                title=summary.title, **_counts(summary.pillars, summary.commitments)
            )
        )
    elif summary.groups_added:
        print(
            ngettext(
                "“{title}” is already in the store; {n} commitment got its group (the sub-heading it stands "
                "under).",
                "“{title}” is already in the store; {n} commitments got their group (the sub-heading they "
                "stand under).",
                summary.groups_added,
            ).format(title=summary.title, n=number(summary.groups_added))
        )
    else:
        print(_("“{title}” is already in the store; nothing imported.").format(title=summary.title))
    return 0


def _import_export_file(args: argparse.Namespace) -> int:
    data = exchange.read_export(args.file, _file_passphrase(args))
    if args.dry_run and args.json:
        parsed = [exchange.as_parsed(s) for s in data["summits"]]
        _json(parsed[0].to_json() if len(parsed) == 1 else [p.to_json() for p in parsed])
        return 0
    summaries = exchange.import_export(_store(), data, dry_run=args.dry_run)
    if args.json:
        _json([asdict(s) for s in summaries])
    for s in summaries if not args.json else ():
        if s.created:
            line = _("Imported “{title}”: {pillars}, {commitments}.").format(
                title=s.title, **_counts(s.pillars, s.commitments)
            )
        elif s.revisions_added:
            line = ngettext(
                "“{title}” is in the store: {n} revision merged in, {conflicts} in conflict.",
                "“{title}” is in the store: {n} revisions merged in, {conflicts} in conflict.",
                s.revisions_added,
            ).format(title=s.title, n=number(s.revisions_added), conflicts=number(s.conflicts))
        else:
            line = _("“{title}” is already in the store with all these revisions; nothing imported.").format(
                title=s.title
            )
        print(line + (" " + _("(dry run: nothing written)") if args.dry_run else ""))
    return 0


def cmd_summits(args: argparse.Namespace) -> int:
    summits = browse.list_summits(_store())
    if args.json:
        _json([_summit_json(s) for s in summits])
        return 0
    for s in summits:
        when = s.date.isoformat() if s.date else "—"
        parties = ",".join(p.code for p in s.parties) or "—"
        print(
            f"{s.number:>3}  {when}  {s.location or '—'}  [{parties}]  {s.title}  "
            # TRANSLATORS: {pillars} and {commitments} are counted, e.g. "6 pillars", "1 commitment".
            + _("({pillars}, {commitments})").format(**_counts(s.pillar_count, s.commitment_count))
        )
    return 0


def cmd_pillars(args: argparse.Namespace) -> int:
    summit, pillars = browse.list_pillars(_store(), args.summit)
    if args.json:
        _json({"summit": _summit_json(summit), "pillars": [_pillar_json(p) for p in pillars]})
        return 0
    print(summit.title)
    for p in pillars:
        print(f"  {p.tab}  {p.short_title} ({p.commitment_count})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    summit, rows = browse.list_commitments(_store(), args.summit, args.pillar, group=args.group)
    if args.json:
        _json({"summit": _summit_json(summit), "commitments": [_row_json(r) for r in rows]})
        return 0
    for r in rows:
        print(f"{r.reference:<6} {r.text}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    store = _store()
    hits = search_service.search(store, args.query, args.summit, limit=args.limit)
    if not hits:
        search_service.check_search_tables(store)  # "No matches." only from a sound store
    if args.json:
        _json([asdict(h) for h in hits])
        return 0
    if not hits:
        print(_("No matches."), file=sys.stderr)
        return 1
    for h in hits:
        print(f"{h.reference:<6} {h.snippet}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store = _store()
    detail = browse.show_commitment(store, args.ref, args.summit)
    if args.json:
        conflicts = [
            c for c in revisions.open_conflicts(store, detail.summit.id) if c.commitment_id == detail.id
        ]
        _json({**_detail_json(detail), "conflicts": [asdict(c) for c in conflicts]})
        return 0
    group = f" \u203a {detail.group}" if detail.group else ""  # the sub-heading within the pillar
    print(f"{detail.reference} — {detail.pillar.tab}: {detail.pillar.short_title}{group}")
    print(f"  {detail.summit.title}")
    print()
    print(detail.text)

    def children(items: Sequence[CommitmentDetail], depth: int) -> None:
        for c in items:
            print("  " * depth + f"- {c.reference} {c.text}")
            children(c.children, depth + 1)

    children(detail.children, 1)
    if detail.status:
        print()
        print(
            _("Status: {status} ({progress}%)").format(
                status=detail.status.status, progress=detail.status.progress
            )
        )
    for p in detail.positions:
        print()
        print(
            f"[{p.party_code}] "
            + _("stance: {stance}; priority: {priority}").format(
                stance=p.stance or "—", priority=p.priority or "—"
            )
        )
        for name in ("objective", "key_messages", "red_line"):
            value = getattr(p, name)
            if value:
                print(f"  {_(field_label(name))}: {value}")
    if detail.history:
        print()
        n = len(detail.history)
        print(ngettext("History: {n} revision", "History: {n} revisions", n).format(n=number(n)))
    return 0


def cmd_position_set(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        name: getattr(args, name)
        for name in annotate.POSITION_FIELDS
        if getattr(args, name, None) is not None
    }
    if args.tag is not None:
        changes["tags"] = [t for t in args.tag if t.strip()]
    tag_edit = None
    if args.add_tag or args.remove_tag:
        if args.tag is not None:
            raise ValidationError(_("Give --tag to replace the tags, or --add-tag/--remove-tag, not both."))
        tag_edit = annotate.TagEdit(tuple(args.add_tag or ()), tuple(args.remove_tag or ()))
    if not changes and tag_edit is None:
        raise ValidationError(_("Nothing to set: give at least one of --stance, --priority, --objective, …"))
    store = _store()
    commitment_id = annotate.commitment_id_for(store, args.ref, args.summit)
    result = annotate.set_position(store, commitment_id, args.party, changes, load_author(), tag_edit)
    _report_save(args, result)
    return 0


def cmd_status_set(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        name: getattr(args, name) for name in annotate.STATUS_FIELDS if getattr(args, name, None) is not None
    }
    store = _store()
    commitment_id = annotate.commitment_id_for(store, args.ref, args.summit)
    _report_save(args, annotate.set_status(store, commitment_id, changes, load_author()))
    return 0


def _report_save(args: argparse.Namespace, result: annotate.Changes) -> None:
    if args.json:
        _json({"reference": args.ref, "revisions": list(result.revisions)})
    elif result.empty:
        print(_("{ref}: nothing changed.").format(ref=args.ref))
    else:
        print(_("{ref}: saved (revision {rev}).").format(ref=args.ref, rev=result.revisions[0]))


def cmd_export_book(args: argparse.Namespace) -> int:
    from nals_desktop.briefing.content import DEFAULT_SECTIONS, BookRequest
    from nals_desktop.services.books import export_book, resolve_scope

    store = _store()
    scope = resolve_scope(
        store,
        args.summit,
        args.pillar or (),
        args.ref or (),
        query=args.query,
        parties=args.party or (),
        changes_since=args.since,
        group=args.group,
    )
    author = load_author()
    sections = frozenset(s.strip() for s in args.sections.split(",")) if args.sections else DEFAULT_SECTIONS
    with i18n.speaking(args.language):
        default_title = _("Briefing book")  # in the book's language
    request = BookRequest(
        title=args.title or default_title,
        subtitle=args.subtitle or "",
        prepared_for=args.prepared_for or "",
        prepared_by=args.prepared_by or "",
        copy_number=args.copy or "",
        own_party=(args.own_party or author.delegation or "").upper() or None,
        parties=tuple(p.upper() for p in args.party or ()),
        sections=sections,
        marking=args.classification,
        marking_placement=args.placement,
        changes_since=args.since,
        reproducible=args.reproducible,
        page_size=args.page_size,
        language=args.language or "",
        password=_book_password(args.password_file) if args.password_file else None,
    )
    if args.out.exists() and not args.force:
        raise ExportError(_("{path} exists; pass --force to replace it.").format(path=args.out))

    show_progress = not args.quiet and sys.stderr.isatty()

    def progress(fraction: float, message: str) -> None:
        if show_progress:
            print(f"\r{fraction:4.0%} {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    result = export_book(store, scope, request, args.out, progress=progress)
    if show_progress:
        print(file=sys.stderr)
    print(
        ngettext("Wrote {path} ({pages} page).", "Wrote {path} ({pages} pages).", result.pages).format(
            path=args.out, pages=number(result.pages)
        )
    )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    store = _store()
    summit_id = None
    if args.summit:
        with store.unit_of_work() as session:
            summit_id = browse.resolve_summit(session, args.summit).id
    passphrase = _file_passphrase(args, new=True) if args.encrypt else None
    document = maintenance.export_json(store, args.out, summit_id, passphrase=passphrase)
    n = len(document["summits"])
    print(
        ngettext("Wrote {n} summit to {path}", "Wrote {n} summits to {path}", n).format(
            n=number(n), path=args.out
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    dest = maintenance.backup(_store(), args.dest)
    print(dest)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    done = maintenance.restore(store_path(), args.file, passphrase=_passphrase)
    if done.previous is None:
        print(_("Restored {src}.").format(src=args.file))
    elif done.unreadable is not None:
        message = _(
            "Restored {src}; the previous store could not be read ({reason}) and was set aside as {saved}"
        )
        print(message.format(src=args.file, reason=done.unreadable, saved=done.previous))
    else:
        message = _("Restored {src}; the previous store was saved as {saved}")
        print(message.format(src=args.file, saved=done.previous))
    return 0


def _summit_id(store: Store, summit: str | None) -> str | None:
    if not summit:
        return None
    with store.unit_of_work() as session:
        return browse.resolve_summit(session, summit).id


def cmd_exchange_export(args: argparse.Namespace) -> int:
    if args.file.exists() and not args.force:
        raise ExportError(_("{path} exists; pass --force to replace it.").format(path=args.file))
    store = _store()
    summit_id, pillar_id, group = _summit_id(store, args.summit), None, None
    if args.group is not None:  # within the summit named, or the latest
        with store.unit_of_work() as session:
            summit_id = browse.resolve_summit(session, args.summit).id
            pillar_id, group = browse.resolve_group(session, summit_id, [], args.group)
    passphrase = _file_passphrase(args, new=True) if args.encrypt else None
    summary = bundles.export_bundle(
        store,
        args.file,
        load_author(),
        summit_id,
        peer=args.for_peer,
        passphrase=passphrase,
        pillar_id=pillar_id,
        group=group,
    )
    print(
        ngettext(
            "Wrote {path}: {n} revision, {size} bytes.",
            "Wrote {path}: {n} revisions, {size} bytes.",
            summary.revisions,
        ).format(path=args.file, n=number(summary.revisions), size=number(summary.size))
    )
    return 0


def _outcome_json(o: revisions.Outcome) -> dict[str, Any]:
    return {
        "reference": o.reference,
        "entity": o.entity_type,
        "party": o.party_code,
        "conflicts": list(o.conflicts),
    }


def cmd_exchange_import(args: argparse.Namespace) -> int:
    result = bundles.import_bundle(
        _store(),
        args.file,
        dry_run=args.dry_run,
        device_id=load_author().device_id,
        passphrase=_file_passphrase(args),
    )
    report = result.report
    kinds = {"new": _("New"), "fast-forward": _("Fast-forward"), "merge": _("Merged")}
    if args.json:
        _json(
            {
                "dry_run": result.dry_run,
                "sender": result.sender,
                "summits_added": list(result.summits_added),
                "groups_added": result.groups_added,
                "received": report.received,
                "added": report.added,
                "merges": report.merges,
                "new": [_outcome_json(o) for o in report.of_kind("new")],
                "fast_forwards": [_outcome_json(o) for o in report.of_kind("fast-forward")],
                "clean_merges": [_outcome_json(o) for o in report.of_kind("merge") if not o.conflicts],
                "conflicts": [_outcome_json(o) for o in report.conflicted],
            }
        )
        return 0
    for title in result.summits_added:
        print(_("Summit added: {title}").format(title=title))
    if result.groups_added:
        print(
            ngettext(
                "{n} commitment of a summit this store has got its group (the sub-heading it stands under).",
                "{n} commitments of a summit this store has got their group (the sub-heading they stand "
                "under).",
                result.groups_added,
            ).format(n=number(result.groups_added))
        )
    for o in report.outcomes:
        where = f"{o.reference} [{o.party_code}]" if o.party_code else f"{o.reference} [{_('status')}]"
        line = f"{kinds[o.kind]}: {where}"
        if o.conflicts:
            line += "  " + _("conflict: {fields}").format(fields=", ".join(o.conflicts))
        print(line)
    message = ngettext("{n} new revision", "{n} new revisions", report.added).format(n=number(report.added))
    if result.dry_run:
        message = _("{summary} (dry run: nothing written)").format(summary=message)
    print(message)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    store = _store()
    conflicts = revisions.open_conflicts(store, _summit_id(store, args.summit))
    if args.json:
        _json([asdict(c) for c in conflicts])
        return 0
    if not conflicts:
        print(_("No conflicts."))
    for c in conflicts:
        where = f"{c.reference} [{c.party_code}]" if c.party_code else f"{c.reference} [{_('status')}]"
        print(
            f"{where} {_(field_label(c.field))}: "
            + _(
                "shown “{value}”; {ours_author}: “{ours}”; {theirs_author}: “{theirs}”; before: “{base}”"
            ).format(
                value=c.value,
                ours=c.ours,
                theirs=c.theirs,
                base=c.base,
                ours_author=c.ours_author or _("ours"),
                theirs_author=c.theirs_author or _("theirs"),
            )
        )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    if args.field in annotate.POSITION_FIELDS and not args.party:
        raise ValidationError(_("Give --party: “{field}” is a position field.").format(field=args.field))
    party = args.party.upper() if args.field in annotate.POSITION_FIELDS else None
    choice = "ours" if args.ours else "theirs" if args.theirs else None
    store = _store()
    commitment_id = annotate.commitment_id_for(store, args.ref, args.summit)
    value: Any = args.value
    if args.field == "tags" and value is not None:
        value = [t.strip() for t in value.split(",") if t.strip()]
    result = revisions.resolve(
        store, commitment_id, party, args.field, load_author(), choice=choice, value=value
    )
    _report_save(args, result)
    return 0


def cmd_summit_edit(args: argparse.Namespace) -> int:
    store = _store()
    summit_id = _summit_id(store, args.summit)
    assert summit_id is not None
    edit = summits.SummitEdit(
        title=args.title,
        date=args.date if isinstance(args.date, date) else None,
        clear_date=args.date == "",
        location=args.location,
        parties=args.party,
    )
    if edit == summits.SummitEdit():
        raise ValidationError(_("Nothing to change: give --title, --date, --location or --party."))
    s = summits.edit_summit(store, summit_id, edit)
    if args.json:
        _json(_summit_json(s))
    else:
        when = s.date.isoformat() if s.date else "—"
        parties = ",".join(p.code for p in s.parties)
        print(f"{s.number:>3}  {when}  {s.location or '—'}  [{parties}]  {s.title}")
    return 0


def cmd_summit_delete(args: argparse.Namespace) -> int:
    store = _store()
    summit_id = _summit_id(store, args.summit)
    assert summit_id is not None
    impact = summits.delete_impact(store, summit_id)
    if not args.yes:
        print(summits.describe_impact(impact) + " " + _("A backup of the store is kept first."))
        try:
            answer = input(_("Delete it? [y/N] "))
        except EOFError:
            answer = ""
        if answer.strip().casefold() not in ("y", "yes", _("y").casefold(), _("yes").casefold()):
            print(_("Nothing deleted."))
            return 1
    kept = summits.delete_summit(store, summit_id)
    print(
        _("Deleted “{title}”; the store before it was saved as {path}").format(
            title=impact.summit.title, path=kept
        )
    )
    return 0


def _read_password(prompt: str, *, confirm: bool = False) -> str:
    """A password typed at the terminal (twice with ``confirm``), or the first line of stdin when piped."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Again: ")) != first:
        raise ValidationError(_("The two passwords differ; nothing was changed."))
    return first


def _with_password(url: str, run: Callable[[str | None], Any], password: str | None = None) -> Any:
    """``run(password)``; when the server refuses and a person is at the terminal, ask them and try again."""
    try:
        return run(password)
    except server.ServerAuthError:
        if not sys.stdin.isatty():
            raise
        typed = _read_password(_("Password for {url}: ").format(url=server.display_url(url)))
        return run(typed)


def cmd_sync(args: argparse.Namespace) -> int:
    store = _store()
    url = args.server or sync.remembered_url(store)
    if url is None:
        raise ValidationError(_("No delegation server is set: give its address with --server URL."))
    author = load_author()
    result = _with_password(url, lambda pw: sync.sync(store, author, url, pw), sync.keyring_password(url))
    report = result.pulled
    if args.json:
        _json(
            {
                "server": result.url,
                "summits_added": list(result.summits_added),
                "received": report.received,
                "added": report.added,
                "merges": report.merges,
                "conflicts": [_outcome_json(o) for o in report.conflicted],
                "pushed": result.pushed,
                "summits_sent": result.summits_sent,
                "unsent": result.unsent,
                "read_only": result.read_only,
                "refused": list(result.refused),
            }
        )
        return 0
    for title in result.summits_added:
        print(_("Summit added: {title}").format(title=title))
    for o in report.conflicted:
        where = f"{o.reference} [{o.party_code}]" if o.party_code else f"{o.reference} [{_('status')}]"
        print(_("Conflict: {where} {fields}").format(where=where, fields=", ".join(o.conflicts)))
    print(
        _("Synced with {url}: {received}, {sent}.").format(
            url=result.url,
            received=ngettext("{n} new revision", "{n} new revisions", report.added).format(
                n=number(report.added)
            ),
            sent=ngettext("{n} sent", "{n} sent", result.pushed).format(n=number(result.pushed)),
        )
    )
    if result.refused:
        print(
            ngettext(
                "{n} revision from the server was not taken: {reason}",
                "{n} revisions from the server were not taken; the first: {reason}",
                len(result.refused),
            ).format(n=number(len(result.refused)), reason=result.refused[0]),
            file=sys.stderr,
        )
    if result.unsent:
        print(
            ngettext(
                "{n} revision stays on this laptop: your membership lets you read only.",
                "{n} revisions stay on this laptop: your membership lets you read only.",
                result.unsent,
            ).format(n=number(result.unsent))
        )
    return 0


def cmd_server_init(args: argparse.Namespace) -> int:
    before, after = _with_password(
        args.url, lambda pw: server.upgrade_schema(args.url, pw, delegation=args.delegation)
    )
    if before is None:
        print(
            _("The delegation server {url} is ready (schema {rev}), for the delegation “{name}”.").format(
                url=server.display_url(args.url), rev=after, name=args.delegation
            )
        )
    else:
        print(
            _(
                "The delegation server {url} was set up already (schema {rev}); “{name}” is one of its "
                "delegations."
            ).format(url=server.display_url(args.url), rev=after, name=args.delegation)
        )
    return 0


def cmd_server_upgrade(args: argparse.Namespace) -> int:
    before, after = _with_password(args.url, lambda pw: server.upgrade_schema(args.url, pw))
    if before == after:
        print(
            _("The delegation server {url} is up to date (schema {rev}).").format(
                url=server.display_url(args.url), rev=after
            )
        )
    else:
        print(
            _("The delegation server {url} was upgraded from schema {old} to {new}.").format(
                url=server.display_url(args.url), old=before, new=after
            )
        )
    return 0


def cmd_server_add_member(args: argparse.Namespace) -> int:
    secret = _read_password(_("Password for {name}: ").format(name=args.name), confirm=True)
    delegation = _with_password(
        args.server,
        lambda pw: server.add_member(
            args.server, args.name, args.role, secret, password=pw, delegation=args.delegation
        ),
    )
    print(
        _("{name} is a {role} of the delegation “{delegation}”.").format(
            name=args.name, role=args.role, delegation=delegation
        )
    )
    return 0


def cmd_server_remove_member(args: argparse.Namespace) -> int:
    _with_password(args.server, lambda pw: server.remove_member(args.server, args.name, password=pw))
    print(_("{name} can no longer connect; what they sent stays on the server.").format(name=args.name))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    lost = maintenance.missing_wal(store_path())  # before opening: the first open rebuilds the evidence
    store = _store()
    problems = [lost] if lost else []
    if store.key is None and store.path is not None:
        problems.append(
            _("The store {path} is not encrypted; to encrypt it: nals encrypt").format(path=store.path)
        )
    problems += maintenance.check(store)
    if args.json:
        _json({"store": store.label, "ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem, file=sys.stderr)
    else:
        print(_("{path}: ok").format(path=store.label))
    return 1 if problems else 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    backups = startup.encrypt_store(store_path(), _passphrase)
    print(_("Encrypted {path}; the plain file and its -wal were removed.").format(path=store_path()))
    if backups:
        print(
            ngettext("{n} backup was encrypted too.", "{n} backups were encrypted too.", len(backups)).format(
                n=number(len(backups))
            )
        )
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = store_path()
    new_file = os.environ.get(NEW_PASSPHRASE_ENV)
    if os.environ.get(startup.PASSPHRASE_ENV) or not sys.stdin.isatty():
        if not new_file:
            raise StoreError(
                _("Set {env} to a file holding the new passphrase; nothing was changed.").format(
                    env=NEW_PASSPHRASE_ENV
                )
            )
        old = startup.passphrase_from_file(False)
        try:
            with open(new_file, encoding="utf-8") as fh:
                new = fh.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(
                _("The passphrase file {path} cannot be read: {error}").format(
                    path=new_file, error=getattr(exc, "strerror", None) or exc
                )
            ) from exc
    else:
        old, new = _ask(False), _ask(True)
    startup.change_passphrase(path, old, new)
    print(_("The passphrase of {path} was changed; the store itself was not rewritten.").format(path=path))
    return 0


def cmd_keyring(args: argparse.Namespace) -> int:
    path = store_path()
    if args.action == "enable":
        startup.keep_key_in_keyring(path, _passphrase)
        print(
            _(
                "The key of {path} is kept in the system keyring: NALS Desktop opens without the passphrase "
                "while you are logged in (the lock still asks for it)."
            ).format(path=path)
        )
    elif args.action == "disable":
        if keyring_copy.disable(path):
            print(_("The key of {path} was removed from the system keyring.").format(path=path))
        else:
            print(_("The key of {path} was not kept in the system keyring.").format(path=path))
    else:
        kept = keyring_copy.enabled(path)
        backend = keyring_copy.backend_name() if kept or keyring_copy.allowed() else None
        if args.json:
            _json({"store": str(path), "kept": kept, "keyring": backend, "allowed": keyring_copy.allowed()})
            return 0
        print(
            _("The key of {path} is kept in the system keyring.").format(path=path)
            if kept
            else _("The key of {path} is not kept in the system keyring.").format(path=path)
        )
        if not keyring_copy.allowed():
            print(_("Keeping it there is turned off here ({env}=off).").format(env=keyring_copy.POLICY_ENV))
        elif backend is None:
            print(_("This system has no keyring that can be used: the passphrase is asked at every start."))
        else:
            print(_("System keyring: {name}").format(name=backend))
    return 0


# --- parser ---------------------------------------------------------------------------------------------


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date (YYYY-MM-DD)").format(value=value)
        ) from None


def _date_or_empty(value: str) -> date | str:
    return "" if value == "" else _date(value)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line on stderr, exit 2, as for every other error.
        self.exit(2, f"{self.prog}: {message}\n")


def _encrypt_arguments(p: argparse.ArgumentParser, *, reading: bool = False) -> None:
    if not reading:
        p.add_argument(
            "--encrypt", action="store_true", help=_("encrypt the file with a passphrase shared out of band")
        )
    p.add_argument(
        "--passphrase-file",
        dest="passphrase_file",
        type=Path,
        metavar=_("FILE"),
        help=_("the file holding that passphrase (default: asked)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nals", description=_("NALS Desktop on the command line."))
    parser.add_argument("--version", action=VersionAction, help=_("show the version and exit"))
    # TRANSLATORS: the placeholders of --help (COMMAND, ACTION, TEXT, CODE, YYYY-MM-DD) are in capitals.
    sub = parser.add_subparsers(dest="command", required=True, metavar=_("COMMAND"), parser_class=_Parser)

    def add(
        name: str,
        func: Callable[[argparse.Namespace], int],
        help_text: str,
        *,
        json_flag: bool = True,
        summit: bool = False,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help=_("machine-readable output"))
        if summit:
            p.add_argument("--summit", help=_("summit number, id or part of its title (default: the latest)"))
        return p

    p = add("import", cmd_import, _("import a fact sheet (.txt, .md, .html) or a NALS export (.json)"))
    p.add_argument("file", type=Path)
    _encrypt_arguments(p, reading=True)
    p.add_argument("--dry-run", action="store_true", help=_("parse and show, write nothing"))
    p.add_argument(
        "--paragraphs",
        action="store_true",
        help=_(
            "paragraph mode: each paragraph of a statement is a commitment (for statements without lists)"
        ),
    )
    p.add_argument("--title", help=_("summit title (default: detected)"))
    p.add_argument("--date", type=_date, help=_("summit date, YYYY-MM-DD"))
    p.add_argument("--location", help=_("where the summit took place"))
    p.add_argument(
        "--party", action="append", metavar=_("CODE"), help=_("party code, repeatable (default: detected)")
    )

    add("summits", cmd_summits, _("list the summits in the store"))
    p = add("pillars", cmd_pillars, _("list a summit's pillars"), summit=True)
    p = add("list", cmd_list, _("list a summit's commitments"), summit=True)
    p.add_argument("--pillar", help=_("tab letter, number or part of the pillar's title"))
    p.add_argument("--group", help=_("only this group (a sub-heading of a pillar): its title or part of it"))
    p = add("search", cmd_search, _("full-text search, best matches first"), summit=True)
    p.add_argument(
        "query", help=_('words, "phrases", -excluded, pillar:B tag:x stance:support status:ongoing')
    )
    p.add_argument("--limit", type=int, default=20)
    p = add("show", cmd_show, _("one commitment with its positions, status and history"), summit=True)
    p.add_argument("ref", help=_("reference, e.g. B-1"))
    p = add("position", lambda a: 2, _("record a party's position on a commitment"), json_flag=False)
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTION"), parser_class=_Parser)
    p = actions.add_parser("set", help=_("set position fields (only those given change)"))
    p.set_defaults(func=cmd_position_set)
    p.add_argument("ref", help=_("reference, e.g. B-1"))
    p.add_argument("--party", required=True, help=_("party code, e.g. CA"))
    p.add_argument("--summit", help=_("summit number, id or part of its title"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.add_argument("--stance", help=", ".join(m.value for m in Stance))
    p.add_argument("--priority", help=", ".join(m.value for m in Priority))
    for name in annotate.TEXT_FIELDS:
        p.add_argument("--" + name.replace("_", "-"), dest=name, metavar=_("TEXT"))
    p.add_argument("--marking", help=", ".join(DEFAULT_MARKINGS))
    p.add_argument("--tag", action="append", help=_("tag, repeatable; --tag '' clears the tags"))
    p.add_argument("--add-tag", action="append", metavar=_("TAG"), help=_("add a tag, keeping the others"))
    p.add_argument(
        "--remove-tag", action="append", metavar=_("TAG"), help=_("remove a tag, keeping the others")
    )

    p = add("status", lambda a: 2, _("record a commitment's implementation status"), json_flag=False)
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTION"), parser_class=_Parser)
    p = actions.add_parser("set", help=_("set the status; a change of status needs --reason"))
    p.set_defaults(func=cmd_status_set)
    p.add_argument("ref", help=_("reference, e.g. B-1"))
    p.add_argument("--summit", help=_("summit number, id or part of its title"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.add_argument("--status", help=", ".join(m.value for m in ImplementationStatus))
    p.add_argument("--progress", type=int, help=_("0 to 100"))
    p.add_argument("--evidence", metavar=_("TEXT"))
    p.add_argument("--as-of", dest="as_of", type=_date, metavar=_("YYYY-MM-DD"))
    p.add_argument("--reason", metavar=_("TEXT"), help=_("why it changes (required when the status changes)"))

    p = add("export-book", cmd_export_book, _("print a briefing book (PDF)"), json_flag=False, summit=True)
    p.add_argument("out", type=Path)
    p.add_argument("--pillar", action="append", help=_("only this pillar (tab letter or title); repeatable"))
    p.add_argument(
        "--group",
        help=_("only this group (a sub-heading of a pillar): its title or part of it; at most one --pillar"),
    )
    p.add_argument("--ref", action="append", help=_("only this commitment; repeatable"))
    p.add_argument("--query", help=_("only the commitments a search finds"))
    p.add_argument(
        "--party", action="append", metavar=_("CODE"), help=_("whose positions to print; repeatable")
    )
    p.add_argument("--own-party", metavar=_("CODE"), help=_("our delegation (default: your profile's)"))
    p.add_argument(
        "--classification", choices=DEFAULT_MARKINGS, help=_("marking (default: the highest found)")
    )
    p.add_argument("--placement", choices=("top-bottom", "top", "bottom"), default="top-bottom")
    p.add_argument("--title", help=_("book title"))
    p.add_argument("--subtitle")
    p.add_argument("--prepared-for", dest="prepared_for")
    p.add_argument("--prepared-by", dest="prepared_by")
    p.add_argument("--copy", help=_("copy number"))
    p.add_argument(
        "--since", type=_date, metavar=_("YYYY-MM-DD"), help=_("annex: what changed since this date")
    )
    p.add_argument(
        "--sections",
        help=_(
            "comma-separated: cover,contents,progress,matrix,compared,pillars,changes,sources "
            "(default: all but progress and compared)"
        ),
    )
    p.add_argument("--page-size", dest="page_size", choices=("letter", "a4"), default="letter")
    p.add_argument(
        "--language", choices=i18n.LANGUAGES, help=_("the book's language (default: the command's)")
    )
    p.add_argument(
        "--reproducible", action="store_true", help=_("byte-identical rebuilds of the same content")
    )
    p.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))
    p.add_argument("--quiet", action="store_true", help=_("no progress on stderr"))
    p.add_argument(
        "--password-file",
        dest="password_file",
        type=Path,
        metavar=_("FILE"),
        help=_("protect the PDF with the password in FILE (AES-256)"),
    )

    p = add(
        "export-json",
        cmd_export_json,
        _("export summits, positions and history as JSON"),
        json_flag=False,
        summit=True,
    )
    p.add_argument("out", type=Path)
    _encrypt_arguments(p)
    p = add(
        "backup",
        cmd_backup,
        _("copy the store safely (default: into the data folder's backups/)"),
        json_flag=False,
    )
    p.add_argument("dest", type=Path, nargs="?")
    p = add(
        "restore", cmd_restore, _("replace the store by a backup (the current one is kept)"), json_flag=False
    )
    p.add_argument("file", type=Path)
    add("check", cmd_check, _("check the store's integrity"))
    add("encrypt", cmd_encrypt, _("encrypt a plain store (asks for a new passphrase)"), json_flag=False)
    add("passphrase", cmd_passphrase, _("change the store's passphrase"), json_flag=False)
    p = add(
        "keyring",
        cmd_keyring,
        _("keep the store's key in the system keyring to open without the passphrase at login, or stop"),
    )
    p.add_argument(
        "action",
        choices=("enable", "disable", "status"),
        help=_("enable: keep the key there; disable: remove it; status: say whether it is kept"),
    )

    p = add("exchange", lambda a: 2, _("send and receive annotations as .nalsx bundles"), json_flag=False)
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTION"), parser_class=_Parser)
    p = actions.add_parser("export", help=_("write a bundle of revisions with their summits"))
    p.set_defaults(func=cmd_exchange_export)
    p.add_argument("file", type=Path)
    p.add_argument("--summit", help=_("summit number, id or part of its title (default: all)"))
    p.add_argument(
        "--group",
        help=_(
            "only the revisions of this group (a sub-heading of a pillar: its title or part of it) of the "
            "summit (default: the latest), with the summit's text"
        ),
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--all", action="store_true", help=_("every revision (the default)"))
    who.add_argument(
        "--for", dest="for_peer", metavar=_("PEER"), help=_("only what that peer has not received yet")
    )
    p.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    _encrypt_arguments(p)
    p = actions.add_parser("import", help=_("merge a bundle's revisions into the store"))
    p.set_defaults(func=cmd_exchange_import)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=_("say what would happen, write nothing"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    _encrypt_arguments(p, reading=True)

    p = add("summit", lambda a: 2, _("fix a summit's details, or delete it"), json_flag=False)
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTION"), parser_class=_Parser)
    p = actions.add_parser("edit", help=_("change a summit's title, date, location or parties"))
    p.set_defaults(func=cmd_summit_edit)
    p.add_argument("summit", help=_("summit number, id or part of its title"))
    p.add_argument("--title", help=_("the summit's title"))
    p.add_argument("--date", type=_date_or_empty, help=_("summit date, YYYY-MM-DD ('' removes it)"))
    p.add_argument("--location", help=_("where the summit took place"))
    p.add_argument(
        "--party",
        action="append",
        metavar=_("CODE"),
        help=_("party code, repeatable: the parties, in order (one with positions cannot go)"),
    )
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p = actions.add_parser("delete", help=_("delete a summit and all recorded on it (a backup is kept)"))
    p.set_defaults(func=cmd_summit_delete)
    p.add_argument("summit", help=_("summit number, id or part of its title"))
    p.add_argument("--yes", action="store_true", help=_("do not ask"))

    add("conflicts", cmd_conflicts, _("list the conflicts no one has settled"), summit=True)
    p = add("resolve", cmd_resolve, _("settle one conflicting field"), summit=True)
    p.add_argument("ref", help=_("reference, e.g. B-1"))
    p.add_argument("--party", help=_("party code, e.g. CA (for a position field)"))
    p.add_argument("--field", required=True, choices=(*annotate.POSITION_FIELDS, *annotate.STATUS_FIELDS))
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--ours", action="store_true", help=_("keep the value shown now (the later save)"))
    how.add_argument("--theirs", action="store_true", help=_("take the other side's value"))
    how.add_argument("--value", metavar=_("TEXT"), help=_("a value of your own (tags: comma-separated)"))

    p = add("sync", cmd_sync, _("send and receive annotations through the delegation server"))
    p.add_argument(
        "--server",
        metavar=_("URL"),
        help=_("postgresql://user@host/database (remembered for the next syncs)"),
    )
    p = add("server", lambda a: 2, _("set up the delegation server (for IT)"), json_flag=False)
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTION"), parser_class=_Parser)
    p = actions.add_parser("init", help=_("create the server's schema and a delegation"))
    p.set_defaults(func=cmd_server_init)
    p.add_argument(
        "url", metavar=_("URL"), help=_("the database, as its owner: postgresql://owner@host/database")
    )
    p.add_argument(
        "--delegation", default="delegation", help=_("the delegation's name (default: delegation)")
    )
    p = actions.add_parser("upgrade", help=_("bring the server's schema to this version"))
    p.set_defaults(func=cmd_server_upgrade)
    p.add_argument("url", metavar=_("URL"))
    for name, func, text in (
        ("add-member", cmd_server_add_member, _("give a person a login with only the rights of their role")),
        ("remove-member", cmd_server_remove_member, _("take a person's login away")),
    ):
        p = actions.add_parser(name, help=text)
        p.set_defaults(func=func)
        p.add_argument("name", metavar=_("NAME"))
        p.add_argument(
            "--server", metavar=_("URL"), default=server.LOCAL_URL,
            help=_("the database, as its owner or an admin (default: {url})").format(url=server.LOCAL_URL),
        )  # fmt: skip
        if name == "add-member":
            p.add_argument("--role", required=True, choices=server.ROLES)
            p.add_argument("--delegation", help=_("the member's delegation (default: the server's only one)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install()
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="surrogateescape")  # a file name that is not UTF-8 prints as it is
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NalsError as exc:
        print(f"nals: {_one_line(str(exc))}", file=sys.stderr)
        return 2 if isinstance(exc, ValidationError) else 1
    except RecursionError:  # only input nested thousands deep gets here; every unit of work rolled back
        message = _("The input is nested too deeply to be read; nothing was changed.")
        print(f"nals: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        while _opened:
            _opened.pop().close()


if __name__ == "__main__":
    sys.exit(main())
