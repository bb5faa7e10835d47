<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="571"/>
        <source>{n} commitments: {refs}</source>
        <translation>
            <numerusform>{n} commitment: {refs}</numerusform>
            <numerusform>{n} commitments: {refs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="872"/>
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
        <location filename="../../nals_desktop/ui/book/preview.py" line="373"/>
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
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="74"/>
        <source>Edit {n} commitments</source>
        <translation>
            <numerusform>Edit {n} commitment</numerusform>
            <numerusform>Edit {n} commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="155"/>
        <source>&amp;Apply to {n} commitments</source>
        <translation>
            <numerusform>&amp;Apply to {n} commitment</numerusform>
            <numerusform>&amp;Apply to {n} commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="309"/>
        <source>{n} nested items</source>
        <translation>
            <numerusform>{n} nested item</numerusform>
            <numerusform>{n} nested items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="405"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pillar</numerusform>
            <numerusform>{n} pillars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="408"/>
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
        <location filename="../../nals_desktop/ui/main_window.py" line="630"/>
        <source>Updated: {n} commitments changed in another program.</source>
        <translation>
            <numerusform>Updated: {n} commitment changed in another program.</numerusform>
            <numerusform>Updated: {n} commitments changed in another program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="684"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>
            <numerusform>{shown} shown of {total} · {path}</numerusform>
            <numerusform>{shown} shown of {total} · {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="795"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pillar</numerusform>
            <numerusform>{n} pillars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="796"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} commitment</numerusform>
            <numerusform>{n} commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/models/navigator.py" line="369"/>
        <source>{label}, {count} commitments</source>
        <translation>
            <numerusform>{label}, {count} commitment</numerusform>
            <numerusform>{label}, {count} commitments</numerusform>
        </translation>
    </message>
</context>
</TS>
