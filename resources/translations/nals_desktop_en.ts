<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="645"/>
        <source>{n} commitments: {refs}</source>
        <translation>
            <numerusform>{n} commitment: {refs}</numerusform>
            <numerusform>{n} commitments: {refs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="969"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>
            <numerusform>Wrote {path} ({pages} page).</numerusform>
            <numerusform>Wrote {path} ({pages} pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPreview</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/preview.py" line="376"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>
            <numerusform>Sent {n} page to the printer.</numerusform>
            <numerusform>Sent {n} pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="80"/>
        <source>Edit {n} commitments</source>
        <translation>
            <numerusform>Edit {n} commitment</numerusform>
            <numerusform>Edit {n} commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="152"/>
        <source>&amp;Apply to {n} commitments</source>
        <translation>
            <numerusform>&amp;Apply to {n} commitment</numerusform>
            <numerusform>&amp;Apply to {n} commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/compare.py" line="314"/>
        <source>{summit}: {count} commitments, the parties differ on {differ}.</source>
        <translation>
            <numerusform>{summit}: {count} commitment, the parties differ on {differ}.</numerusform>
            <numerusform>{summit}: {count} commitments, the parties differ on {differ}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="81"/>
        <source>{n} field in conflict</source>
        <translation>
            <numerusform>{n} field in conflict</numerusform>
            <numerusform>{n} fields in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="362"/>
        <source>…and {n} more</source>
        <translation>
            <numerusform>…and {n} more</numerusform>
            <numerusform>…and {n} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="383"/>
        <source>{n} nested items</source>
        <translation>
            <numerusform>{n} nested item</numerusform>
            <numerusform>{n} nested items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="386"/>
        <source>{n} groups</source>
        <translation>
            <numerusform>{n} group</numerusform>
            <numerusform>{n} groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="450"/>
        <source>This document is already in the store as “{title}”; {n} commitments got their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>This document is already in the store as “{title}”; {n} commitment got its group (the sub-heading it stands under).</numerusform>
            <numerusform>This document is already in the store as “{title}”; {n} commitments got their group (the sub-heading they stand under).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="493"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pillar</numerusform>
            <numerusform>{n} pillars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="496"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} commitment</numerusform>
            <numerusform>{n} commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="739"/>
        <source>Updated: {n} commitments changed in another program.</source>
        <translation>
            <numerusform>Updated: {n} commitment changed in another program.</numerusform>
            <numerusform>Updated: {n} commitments changed in another program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="925"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>
            <numerusform>{shown} shown of {total} · {path}</numerusform>
            <numerusform>{shown} shown of {total} · {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1103"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pillar</numerusform>
            <numerusform>{n} pillars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1104"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} commitment</numerusform>
            <numerusform>{n} commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1220"/>
        <source>{n} new revisions</source>
        <translation>
            <numerusform>{n} new revision</numerusform>
            <numerusform>{n} new revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1221"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} in conflict</numerusform>
            <numerusform>{n} in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/models/navigator.py" line="397"/>
        <source>{label}, {count} commitments</source>
        <translation>
            <numerusform>{label}, {count} commitment</numerusform>
            <numerusform>{label}, {count} commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/dashboard.py" line="341"/>
        <source>{count} by {people} people</source>
        <translation>
            <numerusform>{count} by {people} person</numerusform>
            <numerusform>{count} by {people} people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="435"/>
        <source>Gives {n} commitments of a summit this store has their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>Gives {n} commitment of a summit this store has its group (the sub-heading it stands under).</numerusform>
            <numerusform>Gives {n} commitments of a summit this store has their group (the sub-heading they stand under).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="446"/>
        <source>{n} new</source>
        <translation>
            <numerusform>{n} new</numerusform>
            <numerusform>{n} new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="447"/>
        <source>{n} brought up to date</source>
        <translation>
            <numerusform>{n} brought up to date</numerusform>
            <numerusform>{n} brought up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="448"/>
        <source>{n} merged without conflict</source>
        <translation>
            <numerusform>{n} merged without conflict</numerusform>
            <numerusform>{n} merged without conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="449"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} in conflict</numerusform>
            <numerusform>{n} in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="454"/>
        <source>{added} of the {received} revisions in the bundle are new here.</source>
        <translation>
            <numerusform>{added} of the {received} revisions in the bundle is new here.</numerusform>
            <numerusform>{added} of the {received} revisions in the bundle are new here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="307"/>
        <source>{n} revisions</source>
        <translation>
            <numerusform>{n} revision</numerusform>
            <numerusform>{n} revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="308"/>
        <source>{n} summits</source>
        <translation>
            <numerusform>{n} summit</numerusform>
            <numerusform>{n} summits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="120"/>
        <source>{n} to send</source>
        <translation>
            <numerusform>{n} to send</numerusform>
            <numerusform>{n} to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="132"/>
        <source>{n} min ago</source>
        <translation>
            <numerusform>{n} min ago</numerusform>
            <numerusform>{n} min ago</numerusform>
        </translation>
    </message>
</context>
</TS>
