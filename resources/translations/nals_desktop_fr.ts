<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="99"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="101"/>
        <source>The commitments in the chosen pillar or summit, or the search results. Click a column header to sort; the selected commitment is shown in the detail pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="121"/>
        <source>Support with conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="83"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="83"/>
        <source>Reference: tab letter and item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="84"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="84"/>
        <source>The commitment&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="85"/>
        <source>{party}&apos;s stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="86"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="86"/>
        <source>Priority of the first party that set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="87"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="87"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="88"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="88"/>
        <source>When the commitment or a position on it last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="38"/>
        <source>Commitment details</source>
        <translation>Détails de l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="40"/>
        <source>The selected commitment in full: its text, its pillar&apos;s introduction, nested items, source document, positions and implementation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="90"/>
        <source>lines {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="74"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="89"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="51"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="73"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="75"/>
        <source>Import fact sheet</source>
        <translation>Importer une fiche d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="52"/>
        <source>Fact sheets ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="77"/>
        <source>Choose a file or paste text, check the preview, correct the summit&apos;s details, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="86"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="87"/>
        <source>Where the fact sheet comes from: a file or pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="91"/>
        <source>No file chosen (.txt, .md or .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="92"/>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="93"/>
        <source>The fact sheet file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="94"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="95"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="96"/>
        <source>Pick a .txt, .md or .html fact sheet to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="101"/>
        <source>A fact sheet saved as plain text, Markdown or HTML. You can also drop a file on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="111"/>
        <source>Paste the fact sheet&apos;s text here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="112"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="113"/>
        <source>The fact sheet&apos;s text, copied from a web page or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="116"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="116"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="116"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="118"/>
        <source>Format of the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="119"/>
        <source>Plain text, Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="120"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="121"/>
        <source>Preview pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="122"/>
        <source>Detect the summit, pillars and commitments; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="126"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="135"/>
        <source>From a &amp;file</source>
        <translation>À partir d’un &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="136"/>
        <source>&amp;Paste text</source>
        <translation>&amp;Coller du texte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="139"/>
        <source>Summit (edit what was detected)</source>
        <translation>Sommet (corrigez ce qui a été détecté)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="141"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="141"/>
        <source>The summit&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="142"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="142"/>
        <source>The summit&apos;s date, as YYYY-MM-DD; empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="144"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="144"/>
        <source>Where the summit took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="145"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="145"/>
        <source>Party codes, separated by commas, e.g. CA, MX, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="147"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="147"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="148"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="148"/>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rties :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="153"/>
        <source>What was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="154"/>
        <source>How many pillars and commitments the preview found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="163"/>
        <source>Detected pillars and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="164"/>
        <source>Pillars with their commitments; press F2 on a pillar&apos;s short title to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="178"/>
        <source>Import problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="179"/>
        <source>Why the fact sheet could not be previewed or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="183"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="184"/>
        <source>How far the preview or the import has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="187"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="188"/>
        <source>What the import is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="191"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="328"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="193"/>
        <source>Write the previewed summit into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="198"/>
        <source>Close without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="236"/>
        <source>Paste a fact sheet&apos;s text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="245"/>
        <source>Reading and detecting the structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="259"/>
        <source>{pillars} pillars · {commitments} commitments</source>
        <translation>{pillars} piliers · {commitments} engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="262"/>
        <source>{n} nested items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="266"/>
        <source>Nothing has been written yet. Check the details, then import.</source>
        <translation>Rien n’a encore été écrit. Vérifiez les détails, puis importez.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="278"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="304"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="314"/>
        <source>Imported “{title}”: {pillars} pillars, {commitments} commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="317"/>
        <source>This document is already in the store as “{title}”; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="95"/>
        <source>Tab / ref.</source>
        <translation>Onglet / réf.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="95"/>
        <source>Short title</source>
        <translation>Titre court</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="95"/>
        <source>Heading or text</source>
        <translation>Titre ou texte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="95"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="97"/>
        <source>Double-click or press F2 to edit a pillar&apos;s short title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="67"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="261"/>
        <source>NALS Desktop</source>
        <translation>NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="103"/>
        <source>Pane divider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="104"/>
        <source>Drag to resize the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="109"/>
        <source>Shown commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="110"/>
        <source>How many commitments are shown, of how many, and where the store is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="112"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="123"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="113"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="114"/>
        <source>Shown while the store is being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Import fact sheet…</source>
        <translation>&amp;Importer une fiche d’information…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="144"/>
        <source>Import a summit&apos;s fact sheet from a file or pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="145"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="146"/>
        <source>Read the store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="147"/>
        <source>Quit NALS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Copy commitment</source>
        <translation>&amp;Copier l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="149"/>
        <source>Copy the selected commitment&apos;s reference and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="150"/>
        <source>Copy &amp;reference</source>
        <translation>Copier la &amp;référence</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="151"/>
        <source>Copy the selected commitment&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="157"/>
        <source>Search the commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="158"/>
        <source>Clear search and &amp;filters</source>
        <translation>Effacer la recherche et les &amp;filtres</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="159"/>
        <source>Show every commitment of the chosen pillar or summit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="161"/>
        <source>Keep the current search in the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="162"/>
        <source>Go to &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="163"/>
        <source>Go to &amp;commitments</source>
        <translation>Aller aux &amp;engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="164"/>
        <source>Go to &amp;details</source>
        <translation>Aller aux &amp;détails</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="165"/>
        <source>Show na&amp;vigator</source>
        <translation>Afficher le na&amp;vigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="166"/>
        <source>Show detail &amp;pane</source>
        <translation>Afficher le volet de &amp;détails</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Search syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="171"/>
        <source>&amp;About NALS Desktop</source>
        <translation>À &amp;propos de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="190"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="194"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="195"/>
        <source>Import and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="199"/>
        <source>Spacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="200"/>
        <source>Empty space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="235"/>
        <source>Cannot read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="261"/>
        <source>{scope} — NALS Desktop</source>
        <translation>{scope} — NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="301"/>
        <source>Type a search first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="304"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="307"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="305"/>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="308"/>
        <source>Give the current search a name to keep it in the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="317"/>
        <source>Cannot save the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="328"/>
        <source>Cannot delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="367"/>
        <source>No commitment matches.</source>
        <translation>Aucun engagement ne correspond.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="376"/>
        <source>Cannot show the commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="401"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>{shown} affichés sur {total} · {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="478"/>
        <source>Imported “{title}”: {pillars} pillars, {commitments} commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="512"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="523"/>
        <source>About NALS Desktop</source>
        <translation>À propos de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="517"/>
        <source>Summit commitments, negotiating positions and briefing books, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="518"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="519"/>
        <source>Store: {path}</source>
        <translation>Base : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="520"/>
        <source>Qt {qt} · PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="524"/>
        <source>Version and data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="530"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="533"/>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="534"/>
        <source>How to write searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="114"/>
        <source>Summits</source>
        <translation>Sommets</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="115"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="116"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="117"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="118"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="119"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="122"/>
        <source>All commitments</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="123"/>
        <source>Every commitment of every summit in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="247"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="247"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="273"/>
        <source>{label}, {count} commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="279"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="280"/>
        <source>Shows every commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="281"/>
        <source>Summit; shows all its commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="282"/>
        <source>Pillar; shows its commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="283"/>
        <source>Saved search; press Enter to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="297"/>
        <source>Not filtering; click or press Space to show only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="298"/>
        <source>Included: only these are shown; click again to exclude them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="299"/>
        <source>Excluded: these are hidden; click again to stop filtering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="32"/>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="34"/>
        <source>Summits and their pillars, facets to filter by and saved searches. Arrow keys move; Space or Enter includes, excludes or clears a facet or runs a saved search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="89"/>
        <source>Run search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="91"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="16"/>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="17"/>
        <source>words; the last one may be the start of a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="18"/>
        <source>an exact phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="19"/>
        <source>leave out what contains a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="20"/>
        <source>a pillar, by tab letter or short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="21"/>
        <source>positions tagged so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="22"/>
        <source>a party&apos;s stance (support, neutral, oppose…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="24"/>
        <source>implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="25"/>
        <source>a party&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="26"/>
        <source>“-” before a field excludes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="43"/>
        <source>Search  (Ctrl+F)   e.g.  methane -waste  pillar:B</source>
        <translation>Rechercher  (Ctrl+F)   p. ex.  méthane -déchets  pillar:B</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="45"/>
        <source>Search commitments</source>
        <translation>Rechercher des engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="47"/>
        <source>Searches every summit as you type. Quoted phrases, a minus sign to exclude, and the fields pillar:, tag:, stance:, status:, priority:. Press Down to go to the results, Escape to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="53"/>
        <source>Search problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="54"/>
        <source>Why the search could not be run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
