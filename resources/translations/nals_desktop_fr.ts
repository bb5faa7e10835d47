<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="62"/>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="66"/>
        <source>Clear {field}</source>
        <translation>Effacer {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="75"/>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="75"/>
        <source>Vertical scroll bar of {area}</source>
        <translation>Barre de défilement verticale de {area}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="78"/>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="78"/>
        <source>Horizontal scroll bar of {area}</source>
        <translation>Barre de défilement horizontale de {area}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="103"/>
        <source>Choices of {field}</source>
        <translation>Choix pour {field}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="73"/>
        <source>Save briefing book as</source>
        <translation>Enregistrer le cahier d’information sous</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="75"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="88"/>
        <source>Replace file?</source>
        <translation>Remplacer le fichier?</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="89"/>
        <source>{name} already exists in {folder}. Replace it with the new briefing book?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer par le nouveau cahier d’information?</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="158"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="160"/>
        <source>Export briefing book</source>
        <translation>Exporter le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="162"/>
        <source>Choose what goes into the briefing book and how it is marked, then build the PDF.</source>
        <translation>Choisissez le contenu du cahier d’information et son marquage, puis produisez le PDF.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="225"/>
        <source>Book options</source>
        <translation>Options du cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="226"/>
        <source>Everything the book is built from</source>
        <translation>Tout ce à partir de quoi le cahier est produit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="229"/>
        <source>What goes into the book</source>
        <translation>Contenu du cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="230"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="231"/>
        <source>The summit and which of its commitments the book covers</source>
        <translation>Le sommet et ceux de ses engagements que couvre le cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>The summit the briefing book is about</source>
        <translation>Le sommet sur lequel porte le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="243"/>
        <source>Su&amp;mmit:</source>
        <translation>&amp;Sommet :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="247"/>
        <source>The &amp;whole summit</source>
        <translation>Le sommet &amp;entier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="249"/>
        <source>Every pillar and commitment of the summit</source>
        <translation>Tous les piliers et engagements du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="249"/>
        <source>Whole summit</source>
        <translation>Sommet entier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="251"/>
        <source>Chosen &amp;pillars:</source>
        <translation>&amp;Piliers choisis :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="253"/>
        <source>Chosen pillars</source>
        <translation>Piliers choisis</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="253"/>
        <source>Only the pillars ticked in the list below</source>
        <translation>Seulement les piliers cochés dans la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="262"/>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="262"/>
        <source>Tick the pillars to print; Space ticks the current one</source>
        <translation>Cochez les piliers à imprimer; la barre d’espacement coche le pilier courant</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="265"/>
        <source>One group of a pillar:</source>
        <translation>Un groupe d’un pilier :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="268"/>
        <source>One group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="269"/>
        <source>Only the commitments under one sub-heading of a pillar, chosen in the list below</source>
        <translation>Seulement les engagements sous un intertitre d’un pilier, choisi dans la liste ci-dessous</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="276"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="277"/>
        <source>The group (a sub-heading of a pillar) whose commitments are printed</source>
        <translation>Le groupe (un intertitre d’un pilier) dont les engagements sont imprimés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="279"/>
        <source>The &amp;selected commitments</source>
        <translation>Les engagements sélectio&amp;nnés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="282"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="289"/>
        <source>Selected commitments</source>
        <translation>Engagements sélectionnés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="283"/>
        <source>Only the commitments selected in the main window</source>
        <translation>Seulement les engagements sélectionnés dans la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="289"/>
        <source>The references of the selected commitments</source>
        <translation>Les références des engagements sélectionnés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="291"/>
        <source>The results of a saved s&amp;earch:</source>
        <translation>Les résultats d’une rec&amp;herche enregistrée :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="293"/>
        <source>Only the commitments a saved search finds</source>
        <translation>Seulement les engagements trouvés par une recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="293"/>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="297"/>
        <source>Current search: {query}</source>
        <translation>Recherche en cours : {query}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="304"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="304"/>
        <source>Which saved search chooses the commitments</source>
        <translation>La recherche enregistrée qui choisit les engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="332"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="333"/>
        <source>Whose positions</source>
        <translation>Positions à imprimer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="334"/>
        <source>The parties whose positions are printed</source>
        <translation>Les parties dont les positions sont imprimées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="341"/>
        <source>Parties left out</source>
        <translation>Parties omises</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="341"/>
        <source>Parties not ticked whose positions are recorded</source>
        <translation>Parties non cochées dont les positions sont consignées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="347"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="348"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="349"/>
        <source>The parts of the book to print</source>
        <translation>Les parties du cahier à imprimer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="351"/>
        <source>&amp;Cover</source>
        <translation>Page cou&amp;verture</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="351"/>
        <source>Title, summit, marking, copy number and who it is for</source>
        <translation>Titre, sommet, marquage, numéro d’exemplaire et destinataire</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="352"/>
        <source>Co&amp;ntents</source>
        <translation>Table des &amp;matières</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="352"/>
        <source>Table of contents with page numbers and tab letters</source>
        <translation>Table des matières avec numéros de page et lettres d’onglet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="354"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="356"/>
        <source>First: how many commitments have our position, stances per party, statuses, this week&apos;s changes</source>
        <translation>En premier : combien d’engagements ont notre position, positions par partie, états, modifications de la semaine</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="361"/>
        <source>Positions compared</source>
        <translation>Positions comparées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="363"/>
        <source>Every party&apos;s stance, priority, objective, key messages, red line and fallback side by side</source>
        <translation>La position, la priorité, l’objectif, les messages clés, la ligne rouge et la position de repli de chaque partie, côte à côte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="368"/>
        <source>Positions matri&amp;x</source>
        <translation>Matrice des p&amp;ositions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="369"/>
        <source>Commitments × parties with the stance in each cell, and a chart</source>
        <translation>Engagements × parties avec la position dans chaque case, et un graphique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="372"/>
        <source>Pi&amp;llars and commitments</source>
        <translation>Pi&amp;liers et engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="373"/>
        <source>A tab per pillar, then each commitment with the positions</source>
        <translation>Un onglet par pilier, puis chaque engagement avec les positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="375"/>
        <source>Annex: c&amp;hanges</source>
        <translation>Annexe : mo&amp;difications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="375"/>
        <source>What changed, from the revision history</source>
        <translation>Ce qui a changé, d’après l’historique des versions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="376"/>
        <source>Annex: s&amp;ource documents</source>
        <translation>Annexe : do&amp;cuments sources</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="376"/>
        <source>The documents the summit&apos;s text came from</source>
        <translation>Les documents d’où provient le texte du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="386"/>
        <source>Chan&amp;ges since:</source>
        <translation>Modif&amp;ications depuis le :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="389"/>
        <source>Changes since a date</source>
        <translation>Modifications depuis une date</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="390"/>
        <source>List in the annex what changed since the chosen date</source>
        <translation>Énumérer en annexe ce qui a changé depuis la date choisie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="397"/>
        <source>Changes since date</source>
        <translation>Date de début des modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="397"/>
        <source>The annex lists changes made on or after this day</source>
        <translation>L’annexe énumère les modifications faites à cette date ou après</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="407"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="408"/>
        <source>Cover</source>
        <translation>Page couverture</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="409"/>
        <source>What the cover says</source>
        <translation>Ce qu’indique la page couverture</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="412"/>
        <source>The book&apos;s title, on the cover and at the top of every page</source>
        <translation>Le titre du cahier, sur la page couverture et en haut de chaque page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="412"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="414"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="768"/>
        <source>Briefing book</source>
        <translation>Cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="415"/>
        <source>A line under the title on the cover</source>
        <translation>Une ligne sous le titre, sur la page couverture</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="415"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="416"/>
        <source>Prepared for</source>
        <translation>À l’intention de</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="416"/>
        <source>The principal the book is for</source>
        <translation>La personne à qui le cahier est destiné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="417"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="417"/>
        <source>The team or officer who prepared the book</source>
        <translation>L’équipe ou l’agent qui a préparé le cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="419"/>
        <source>Copy number</source>
        <translation>Numéro d’exemplaire</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="419"/>
        <source>The number of this copy, printed on the cover and footer</source>
        <translation>Le numéro de cet exemplaire, imprimé sur la page couverture et en pied de page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="423"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="424"/>
        <source>S&amp;ubtitle:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="425"/>
        <source>Prepared &amp;for:</source>
        <translation>À l’intention de :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="426"/>
        <source>Prepare&amp;d by:</source>
        <translation>Préparé p&amp;ar :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="427"/>
        <source>Cop&amp;y number:</source>
        <translation>Numéro d’e&amp;xemplaire :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="432"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="433"/>
        <source>Marking and paper</source>
        <translation>Marquage et papier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="434"/>
        <source>The security marking on every page, and the paper size</source>
        <translation>Le marquage de sécurité de chaque page et le format du papier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="436"/>
        <source>Automatic (highest marking found)</source>
        <translation>Automatique (marquage le plus élevé trouvé)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="441"/>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="442"/>
        <source>The marking printed on every page; automatic uses the highest marking in the book</source>
        <translation>Le marquage imprimé sur chaque page; « Automatique » utilise le marquage le plus élevé du cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="446"/>
        <source>Top and bottom</source>
        <translation>En haut et en bas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="447"/>
        <source>Top only</source>
        <translation>En haut seulement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="448"/>
        <source>Bottom only</source>
        <translation>En bas seulement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="452"/>
        <source>Marking placement</source>
        <translation>Emplacement du marquage</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="452"/>
        <source>Where on each page the marking is printed</source>
        <translation>L’endroit de chaque page où le marquage est imprimé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="455"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="455"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="457"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="457"/>
        <source>The paper the book is laid out for</source>
        <translation>Le papier pour lequel le cahier est mis en page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="463"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="464"/>
        <source>The language the book is printed in, whatever the language of the app</source>
        <translation>La langue dans laquelle le cahier est imprimé, quelle que soit celle de l’application</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="466"/>
        <source>Reproduc&amp;ible (same content, same bytes)</source>
        <translation>Reproducti&amp;ble (même contenu, mêmes octets)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="469"/>
        <source>Reproducible</source>
        <translation>Reproductible</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="470"/>
        <source>Fixed dates and ID in the file, so rebuilding the same content gives an identical file</source>
        <translation>Dates et identifiant fixes dans le fichier : produire de nouveau le même contenu donne un fichier identique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="475"/>
        <source>none: anyone with the file reads it</source>
        <translation>aucun : quiconque a le fichier le lit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="478"/>
        <source>Password to open the book</source>
        <translation>Mot de passe pour ouvrir le cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="479"/>
        <source>At least 8 characters; the PDF is encrypted with AES-256 and opens only with it</source>
        <translation>Au moins 8 caractères; le PDF est chiffré en AES-256 et ne s’ouvre qu’avec lui</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="483"/>
        <source>Mar&amp;king:</source>
        <translation>Mar&amp;quage :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="484"/>
        <source>Pl&amp;acement:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="485"/>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="486"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="487"/>
        <source>Password to open:</source>
        <translation>Mot de passe d’ouverture :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="493"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="493"/>
        <source>Where the PDF is written</source>
        <translation>L’endroit où le PDF est écrit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="494"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="495"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="495"/>
        <source>Choose where to save the PDF</source>
        <translation>Choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="498"/>
        <source>Sa&amp;ve as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="521"/>
        <source>Build status</source>
        <translation>État de la production</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="521"/>
        <source>What the build is doing, or how it ended</source>
        <translation>Ce que fait la production, ou comment elle s’est terminée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="524"/>
        <source>Build progress</source>
        <translation>Progression de la production</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="524"/>
        <source>How far the briefing book has been built</source>
        <translation>L’avancement de la production du cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="526"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="529"/>
        <source>Cancel build</source>
        <translation>Annuler la production</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="530"/>
        <source>Stop building; no file is written and an existing file stays as it was</source>
        <translation>Arrêter la production; aucun fichier n’est écrit et un fichier existant reste tel quel</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="540"/>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="541"/>
        <source>Build</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="541"/>
        <source>Build the briefing book and show it</source>
        <translation>Produire le cahier d’information et l’afficher</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="545"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="545"/>
        <source>Close without building</source>
        <translation>Fermer sans produire le cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="620"/>
        <source>{party} (our delegation)</source>
        <translation>{party} (notre délégation)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="627"/>
        <source>Print our delegation&apos;s position in full (objective, messages, red line)</source>
        <translation>Imprimer la position complète de notre délégation (objectif, messages, ligne rouge)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="630"/>
        <source>Print our reading of {name}&apos;s position</source>
        <translation>Imprimer notre lecture de la position de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="645"/>
        <source>{n} commitments: {refs}</source>
        <translation>
            <numerusform>{n} engagement : {refs}</numerusform>
            <numerusform>{n} engagements : {refs}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="652"/>
        <source>{n} selected: more than a book of a selection takes; choose the summit or pillars.</source>
        <translation>{n} sélectionnés : plus que n’en prend un cahier d’une sélection; choisissez le sommet ou des piliers.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="656"/>
        <source>None selected in the main window.</source>
        <translation>Aucun engagement sélectionné dans la fenêtre principale.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="696"/>
        <source>Left out although their positions are recorded: {parties}. The book says so.</source>
        <translation>Omises bien que leurs positions soient consignées : {parties}. Le cahier le précise.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="807"/>
        <source>The store has no summits yet; import a fact sheet first.</source>
        <translation>La base de données ne contient encore aucun sommet; importez d’abord une fiche d’information.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="810"/>
        <source>Tick at least one party whose positions go into the book.</source>
        <translation>Cochez au moins une partie dont les positions figureront dans le cahier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="819"/>
        <source>Nothing to print: choose a group.</source>
        <translation>Rien à imprimer : choisissez un groupe.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="824"/>
        <source>Nothing to print: tick at least one pillar.</source>
        <translation>Rien à imprimer : cochez au moins un pilier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="828"/>
        <source>Nothing to print: no commitment is selected.</source>
        <translation>Rien à imprimer : aucun engagement n’est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="832"/>
        <source>Nothing to print: choose a saved search.</source>
        <translation>Rien à imprimer : choisissez une recherche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="847"/>
        <source>Nothing to print: tick at least one section.</source>
        <translation>Rien à imprimer : cochez au moins une section.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="874"/>
        <source>A book&apos;s password needs at least 8 characters; nothing was written.</source>
        <translation>Le mot de passe d’un cahier doit compter au moins 8 caractères; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="881"/>
        <source>Choose where to save the book.</source>
        <translation>Choisissez où enregistrer le cahier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="927"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="990"/>
        <source>Cannot build the briefing book</source>
        <translation>Impossible de produire le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="935"/>
        <source>Not built: {name} was kept.</source>
        <translation>Cahier non produit : {name} a été conservé.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="958"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="969"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>
            <numerusform>{path} a été écrit ({pages} page).</numerusform>
            <numerusform>{path} a été écrit ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="1003"/>
        <source>Building the briefing book…</source>
        <translation>Production du cahier d’information…</translation>
    </message>
</context>
<context>
    <name>BookPreview</name>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="44"/>
        <source>Print briefing book</source>
        <translation>Imprimer le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="54"/>
        <source>Save a copy of the briefing book</source>
        <translation>Enregistrer une copie du cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="94"/>
        <source>Briefing book preview</source>
        <translation>Aperçu du cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="96"/>
        <source>The built briefing book, page by page; print it or open it elsewhere</source>
        <translation>Le cahier d’information produit, page par page; imprimez-le ou ouvrez-le ailleurs</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="107"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="109"/>
        <source>The book&apos;s pages; Page Up and Page Down scroll, Ctrl+Plus and Ctrl+Minus zoom</source>
        <translation>Les pages du cahier; Pg préc. et Pg suiv. font défiler, Ctrl+Plus et Ctrl+Moins zooment</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="114"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="116"/>
        <source>Preview toolbar</source>
        <translation>Barre d’outils de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="117"/>
        <source>Print, open, save, page and zoom</source>
        <translation>Imprimer, ouvrir, enregistrer, changer de page et zoomer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="119"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="122"/>
        <source>Print the book on a printer of this computer</source>
        <translation>Imprimer le cahier sur une imprimante de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="125"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="128"/>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>Ouvrir le PDF dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="131"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="134"/>
        <source>Save a copy of the PDF somewhere else</source>
        <translation>Enregistrer une copie du PDF ailleurs</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="137"/>
        <source>Go to the previous page</source>
        <translation>Aller à la page précédente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="137"/>
        <source>Pre&amp;vious page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="140"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="140"/>
        <source>Go to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="143"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="146"/>
        <source>Show the pages larger</source>
        <translation>Afficher les pages en plus grand</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="149"/>
        <source>Zoom o&amp;ut</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="152"/>
        <source>Show the pages smaller</source>
        <translation>Afficher les pages en plus petit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="155"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="155"/>
        <source>Fit the page width to the window</source>
        <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="158"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="158"/>
        <source>Close the preview</source>
        <translation>Fermer l’aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="165"/>
        <source>Current page</source>
        <translation>Page courante</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="166"/>
        <source>Which page is shown, of how many</source>
        <translation>La page affichée, et le nombre total de pages</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="168"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="169"/>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="172"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="173"/>
        <location filename="../../nals_desktop/ui/book/preview.py" line="174"/>
        <source>How large the pages are shown</source>
        <translation>La taille d’affichage des pages</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="189"/>
        <source>Spacer</source>
        <translation>Espacement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="190"/>
        <source>Empty space</source>
        <translation>Espace vide</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="206"/>
        <source>Print status</source>
        <translation>État de l’impression</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="207"/>
        <source>What printing is doing, or how it ended</source>
        <translation>Ce que fait l’impression, ou comment elle s’est terminée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="210"/>
        <source>Print progress</source>
        <translation>Progression de l’impression</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="211"/>
        <source>How many of the pages have been sent to the printer</source>
        <translation>Le nombre de pages déjà envoyées à l’imprimante</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="212"/>
        <location filename="../../nals_desktop/ui/book/preview.py" line="213"/>
        <source>Cancel printing</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="214"/>
        <source>Stop sending pages to the printer</source>
        <translation>Arrêter d’envoyer des pages à l’imprimante</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="255"/>
        <source>{name} — Briefing book preview</source>
        <translation>{name} — Aperçu du cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="259"/>
        <source>Cannot show the briefing book</source>
        <translation>Impossible d’afficher le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="260"/>
        <source>{path} cannot be read as a PDF ({error}).</source>
        <translation>Impossible de lire {path} comme un PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="281"/>
        <source>Page {x} of {y}</source>
        <translation>Page {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="283"/>
        <source>No pages</source>
        <translation>Aucune page</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="341"/>
        <source>Book page</source>
        <translation>Page du cahier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="354"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="367"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/preview.py" line="376"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>
            <numerusform>{n} page envoyée à l’imprimante.</numerusform>
            <numerusform>{n} pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="382"/>
        <source>Cannot print the briefing book</source>
        <translation>Impossible d’imprimer le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="399"/>
        <source>Cannot open the briefing book</source>
        <translation>Impossible d’ouvrir le cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="400"/>
        <source>No application opened {path}; open it from your file manager.</source>
        <translation>Aucune application n’a ouvert {path}; ouvrez-le à partir de votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="428"/>
        <source>Cannot save a copy of the briefing book</source>
        <translation>Impossible d’enregistrer une copie du cahier d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="429"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>BookPrinting</name>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="48"/>
        <source>{path} can no longer be read; build the book again.</source>
        <translation>{path} n’est plus lisible; produisez le cahier de nouveau.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="52"/>
        <source>The printer {name} cannot be used.</source>
        <translation>Impossible d’utiliser l’imprimante {name}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="59"/>
        <source>Printing page {x} of {y}</source>
        <translation>Impression de la page {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="61"/>
        <source>The printer refused page {x}.</source>
        <translation>L’imprimante a refusé la page {x}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="80"/>
        <source>Edit {n} commitments</source>
        <translation>
            <numerusform>Modifier {n} engagement</numerusform>
            <numerusform>Modifier {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="81"/>
        <source>Set the same values on every selected commitment</source>
        <translation>Attribuer les mêmes valeurs à chaque engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="83"/>
        <source>Reading the selection…</source>
        <translation>Lecture de la sélection…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="85"/>
        <source>Selected commitments</source>
        <translation>Engagements sélectionnés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="88"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="88"/>
        <source>Whose position the changes apply to</source>
        <translation>La partie dont la position est modifiée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="90"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="90"/>
        <source>The stance to set, or leave unchanged</source>
        <translation>La position à attribuer, ou laisser inchangé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="93"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="93"/>
        <source>The priority to set, or leave unchanged</source>
        <translation>La priorité à attribuer, ou laisser inchangé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="96"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="116"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="218"/>
        <source>Leave unchanged</source>
        <translation>Laisser inchangé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="97"/>
        <source>Add these tags</source>
        <translation>Ajouter ces étiquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="98"/>
        <source>Remove these tags</source>
        <translation>Retirer ces étiquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="99"/>
        <source>Replace all tags with these</source>
        <translation>Remplacer toutes les étiquettes par celles-ci</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="102"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="103"/>
        <source>Add or remove the tags given, keeping each commitment&apos;s others, or replace them all</source>
        <translation>Ajouter ou retirer les étiquettes indiquées, en conservant les autres étiquettes de chaque engagement, ou les remplacer toutes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="109"/>
        <source>Tags to change</source>
        <translation>Étiquettes à modifier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="110"/>
        <source>Comma-separated tags for every selected commitment</source>
        <translation>Étiquettes séparées par des virgules, pour chaque engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="121"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="143"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="122"/>
        <source>The status to set, or leave unchanged; a new status needs a reason</source>
        <translation>L’état à attribuer, ou laisser inchangé; un nouvel état exige un motif</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="125"/>
        <source>Required when you set a status</source>
        <translation>Obligatoire si vous attribuez un état</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="127"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="127"/>
        <source>Why the status changes; required with a status</source>
        <translation>Pourquoi l’état change; obligatoire avec un état</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="133"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="133"/>
        <source>Why nothing was applied</source>
        <translation>Pourquoi rien n’a été appliqué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="136"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="138"/>
        <source>Part&amp;y:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="139"/>
        <source>&amp;Stance:</source>
        <translation>P&amp;osition :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="140"/>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;iorité :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="141"/>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="145"/>
        <source>S&amp;tatus:</source>
        <translation>Éta&amp;t :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="146"/>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="152"/>
        <source>&amp;Apply to {n} commitments</source>
        <translation>
            <numerusform>&amp;Appliquer à {n} engagement</numerusform>
            <numerusform>&amp;Appliquer à {n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="154"/>
        <source>Save the chosen values on every selected commitment</source>
        <translation>Enregistrer les valeurs choisies pour chaque engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="157"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="157"/>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="180"/>
        <source>Cannot show the selected commitments</source>
        <translation>Impossible d’afficher les engagements sélectionnés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="188"/>
        <source>Cannot offer the known tags</source>
        <translation>Impossible de proposer les étiquettes connues</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="205"/>
        <source>{party} (ours)</source>
        <translation>{party} (nous)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="219"/>
        <source>Clear (not set)</source>
        <translation>Effacer (non défini)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="227"/>
        <source>Selected: {refs}. Fields left unchanged keep each commitment&apos;s own value; every commitment that changes gets one new revision.</source>
        <translation>Sélection : {refs}. Les champs laissés inchangés conservent la valeur propre à chaque engagement; chaque engagement modifié reçoit une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="263"/>
        <source>Choose at least one value to set; everything is left unchanged now.</source>
        <translation>Choisissez au moins une valeur à attribuer; pour l’instant, tout reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="267"/>
        <source>Say why the status changes: a reason is required.</source>
        <translation>Indiquez pourquoi l’état change : un motif est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="270"/>
        <source>These commitments have no party in common to set a position for.</source>
        <translation>Ces engagements n’ont aucune partie en commun pour laquelle attribuer une position.</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="127"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="130"/>
        <source>The commitments in the chosen pillar or summit, or the search results. Click a column header to sort; the current commitment is shown in the detail pane. Shift or Ctrl with a click or an arrow key selects several.</source>
        <translation>Les engagements du pilier ou du sommet choisi, ou les résultats de la recherche. Cliquez sur un en-tête de colonne pour trier; l’engagement courant est affiché dans le volet de détails. Maj ou Ctrl avec un clic ou une touche fléchée en sélectionne plusieurs.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="108"/>
        <source>{party}&apos;s stance</source>
        <translation>Position de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="112"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="112"/>
        <source>Priority of the first party that set one</source>
        <translation>Priorité de la première partie qui en a attribué une</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="113"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="113"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="116"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="117"/>
        <source>When the commitment or a position on it last changed</source>
        <translation>Date de la dernière modification de l’engagement ou d’une position sur celui-ci</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="121"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="121"/>
        <source>The sub-heading it stands under within its pillar</source>
        <translation>L’intertitre sous lequel il figure dans son pilier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="124"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="124"/>
        <source>Reference: tab letter and item number</source>
        <translation>Référence : lettre d’onglet et numéro d’élément</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="126"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="126"/>
        <source>The commitment&apos;s text</source>
        <translation>Le texte de l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="335"/>
        <source>{reference}, in conflict</source>
        <translation>{reference}, en conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="366"/>
        <source>Open conflict: {fields}. Open the commitment to settle it.</source>
        <translation>Conflit non réglé : {fields}. Ouvrez l’engagement pour le régler.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="221"/>
        <location filename="../../nals_desktop/ui/compare.py" line="222"/>
        <location filename="../../nals_desktop/ui/compare.py" line="330"/>
        <source>Compare positions</source>
        <translation>Comparer les positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="224"/>
        <source>Every party&apos;s position on the chosen commitments, side by side</source>
        <translation>La position de chaque partie sur les engagements choisis, côte à côte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="227"/>
        <location filename="../../nals_desktop/ui/compare.py" line="289"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="231"/>
        <source>Compared</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="232"/>
        <source>&amp;Only where the parties differ</source>
        <translation>&amp;Seulement là où les parties divergent</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="233"/>
        <source>Only where the parties differ</source>
        <translation>Seulement là où les parties divergent</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="234"/>
        <source>Hide the fields on which every party agrees</source>
        <translation>Masquer les champs sur lesquels toutes les parties s’entendent</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="237"/>
        <source>{mark} marks a field on which the parties differ; stances in the book&apos;s colours.</source>
        <translation>{mark} marque un champ sur lequel les parties divergent; positions aux couleurs du cahier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="242"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="247"/>
        <source>Positions compared</source>
        <translation>Positions comparées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="249"/>
        <source>A row per field of each commitment, a column per party; read-only</source>
        <translation>Une ligne par champ de chaque engagement, une colonne par partie; lecture seule</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="263"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="312"/>
        <source>{summit} › {group}</source>
        <translation>{summit} › {group}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/compare.py" line="314"/>
        <source>{summit}: {count} commitments, the parties differ on {differ}.</source>
        <translation>
            <numerusform>{summit} : {count} engagement, les parties divergent sur {differ}.</numerusform>
            <numerusform>{summit} : {count} engagements, les parties divergent sur {differ}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="329"/>
        <source>The positions could not be read.</source>
        <translation>Les positions n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="121"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="123"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="156"/>
        <source>{field}: the parties differ</source>
        <translation>{field} : les parties divergent</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="56"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="65"/>
        <source>someone unnamed</source>
        <translation>une personne sans nom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="66"/>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="73"/>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="81"/>
        <source>{n} field in conflict</source>
        <translation>
            <numerusform>{n} champ en conflit</numerusform>
            <numerusform>{n} champs en conflit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="83"/>
        <source>between your changes and those of {others}</source>
        <translation>entre vos modifications et celles de {others}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="85"/>
        <source>between the changes of {names}</source>
        <translation>entre les modifications de {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="87"/>
        <source>between two versions saved apart</source>
        <translation>entre deux versions enregistrées séparément</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="91"/>
        <source>{count} {between}: {fields}. The later save is shown until someone chooses.</source>
        <translation>{count} {between} : {fields}. La valeur enregistrée en dernier est affichée jusqu’à ce que quelqu’un choisisse.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="131"/>
        <source>Resolve &amp;conflicts</source>
        <translation>Résoudre les &amp;conflits</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="134"/>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="134"/>
        <source>Show each conflicting field side by side</source>
        <translation>Afficher côte à côte chaque champ en conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="143"/>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="424"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="158"/>
        <source>{field} — {where}</source>
        <translation>{field} — {where}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="162"/>
        <source>Conflict on {field} ({where})</source>
        <translation>Conflit sur {field} ({where})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="163"/>
        <source>Both versions of this field are kept; choose one or write the merged value</source>
        <translation>Les deux versions de ce champ sont conservées; choisissez-en une ou rédigez la valeur fusionnée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="169"/>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="169"/>
        <source>the common version</source>
        <translation>la version commune</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="172"/>
        <source>Ours (shown now)</source>
        <translation>La nôtre (affichée)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="178"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="194"/>
        <source>{side}: saved by</source>
        <translation>{side} : enregistrée par</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="215"/>
        <source>{side}: {field}</source>
        <translation>{side} : {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="222"/>
        <source>Take &amp;ours</source>
        <translation>Garder la &amp;nôtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="226"/>
        <source>Take ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="227"/>
        <source>Keep the value shown now, saved by {who}: {value}</source>
        <translation>Garder la valeur affichée, enregistrée par {who} : {value}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="232"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="236"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="237"/>
        <source>Take the other version, saved by {who}: {value}</source>
        <translation>Prendre l’autre version, enregistrée par {who} : {value}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="243"/>
        <source>Choose a &amp;value</source>
        <translation>Choisir une &amp;valeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="243"/>
        <source>Edit the &amp;merged text</source>
        <translation>Modifier le texte &amp;fusionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="250"/>
        <source>Write the value that settles the conflict, starting from both versions</source>
        <translation>Rédiger la valeur qui règle le conflit, à partir des deux versions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="266"/>
        <source>Merged value of {field}</source>
        <translation>Valeur fusionnée de {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="267"/>
        <source>Lines between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; clash: keep what should stay and remove the marker lines</source>
        <translation>Les lignes entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt; s’opposent : gardez ce qui doit rester et supprimez les lignes de marque</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="269"/>
        <source>The value that settles the conflict</source>
        <translation>La valeur qui règle le conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="276"/>
        <source>Merge hint</source>
        <translation>Indication de fusion</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="276"/>
        <source>What is left to do before the merged value can be used</source>
        <translation>Ce qu’il reste à faire avant de pouvoir utiliser la valeur fusionnée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="278"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="281"/>
        <source>Settle the conflict with the value written above</source>
        <translation>Régler le conflit avec la valeur rédigée ci-dessus</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="281"/>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="284"/>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="287"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="287"/>
        <source>Close the merged value without settling anything</source>
        <translation>Fermer la valeur fusionnée sans rien régler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="301"/>
        <source>Why it was not settled</source>
        <translation>Pourquoi le conflit n’a pas été réglé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="324"/>
        <source>ours</source>
        <translation>la nôtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="325"/>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="395"/>
        <source>Keep what should stay of each block between the marker lines, then remove the marker lines.</source>
        <translation>Gardez ce qui doit rester de chaque bloc entre les lignes de marque, puis supprimez ces lignes.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="425"/>
        <source>Each field changed differently on two laptops, with both versions side by side</source>
        <translation>Chaque champ modifié différemment sur deux ordinateurs portables, avec les deux versions côte à côte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="448"/>
        <source>These fields were changed differently on two laptops. Both versions are kept; the later save is shown until you choose. Choosing writes a new revision that settles the field on every laptop it reaches; saving a new value of the field in its tab settles it too.</source>
        <translation>Ces champs ont été modifiés différemment sur deux ordinateurs portables. Les deux versions sont conservées; la valeur enregistrée en dernier est affichée jusqu’à ce que vous choisissiez. Votre choix crée une nouvelle version qui règle le champ sur chaque ordinateur où elle parvient; enregistrer une nouvelle valeur du champ dans son onglet le règle aussi.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="456"/>
        <source>About conflicts</source>
        <translation>À propos des conflits</translation>
    </message>
</context>
<context>
    <name>DeleteSummitBox</name>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="130"/>
        <source>Delete summit</source>
        <translation>Supprimer le sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="138"/>
        <source>A backup of the whole store is kept first; Help → Restore from backup… brings it back.</source>
        <translation>Une sauvegarde de toute la base de données est d’abord conservée; Aide → Restaurer une sauvegarde… la ramène.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="140"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="142"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="142"/>
        <source>Delete the summit and all recorded on it</source>
        <translation>Supprimer le sommet et tout ce qui y est consigné</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="40"/>
        <source>Commitment details</source>
        <translation>Détails de l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="43"/>
        <source>The selected commitment in full: its text, its pillar&apos;s introduction, nested items, source document, positions and implementation status.</source>
        <translation>L’engagement sélectionné au complet : son texte, l’introduction de son pilier, ses sous-éléments, son document source, les positions et l’état de mise en œuvre.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="59"/>
        <source>Select a commitment to see it here.</source>
        <translation>Sélectionnez un engagement pour l’afficher ici.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="73"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="74"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="85"/>
        <source>No positions recorded yet.</source>
        <translation>Aucune position consignée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="86"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="95"/>
        <source>Not recorded.</source>
        <translation>Non consigné.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="99"/>
        <source>Pillar {tab}: {title}</source>
        <translation>Pilier {tab} : {title}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="107"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="113"/>
        <source>line {start}</source>
        <translation>ligne {start}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="113"/>
        <source>lines {start}–{end}</source>
        <translation>lignes {start} à {end}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="117"/>
        <source>imported {when}</source>
        <translation>importé le {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="123"/>
        <source>No stance</source>
        <translation>Aucune position</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="110"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="111"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="113"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="114"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="81"/>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="99"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="50"/>
        <source>Send to a colleague</source>
        <translation>Envoyer à un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="52"/>
        <source>NALS bundles ({pattern})</source>
        <translation>Paquets NALS ({pattern})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="61"/>
        <source>Receive from a colleague</source>
        <translation>Recevoir d’un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="63"/>
        <source>NALS bundles ({pattern});;All files (*)</source>
        <translation>Paquets NALS ({pattern});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="74"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="442"/>
        <location filename="../../nals_desktop/ui/positions/history.py" line="493"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="444"/>
        <source>Every saved change to the positions and status of the selected commitment, newest first</source>
        <translation>Chaque modification enregistrée des positions et de l’état de l’engagement sélectionné, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="463"/>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="465"/>
        <source>Saved changes, newest first: when, who, what and which fields; select one to see its differences</source>
        <translation>Modifications enregistrées, de la plus récente à la plus ancienne : quand, qui, quoi et quels champs; sélectionnez-en une pour voir ses différences</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="476"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="478"/>
        <source>The fields the selected revision changed: the old value struck through, the new one highlighted</source>
        <translation>Les champs modifiés par la version sélectionnée : l’ancienne valeur barrée, la nouvelle surlignée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="482"/>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="484"/>
        <source>Bring back the values as they were after this revision; this is saved as a new revision</source>
        <translation>Rétablir les valeurs telles qu’elles étaient après cette version; le rétablissement est enregistré comme une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="486"/>
        <source>Restore this revision</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="492"/>
        <source>History message</source>
        <translation>Message de l’historique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="492"/>
        <source>What the last action did</source>
        <translation>Le résultat de la dernière action</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="510"/>
        <source>Drag to resize the list and the details</source>
        <translation>Faire glisser pour redimensionner la liste et les détails</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="510"/>
        <source>History divider</source>
        <translation>Séparateur de l’historique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="538"/>
        <source>Cannot show the history</source>
        <translation>Impossible d’afficher l’historique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="575"/>
        <source>Cannot restore the revision</source>
        <translation>Impossible de restaurer la version</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="579"/>
        <source>Nothing to restore: the values of this revision are the current ones.</source>
        <translation>Rien à restaurer : les valeurs de cette version sont les valeurs actuelles.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="586"/>
        <source>Restored the revision of {when}; the restore is the new revision above.</source>
        <translation>Version du {when} restaurée; la restauration est la nouvelle version ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="594"/>
        <source>No changes recorded yet.</source>
        <translation>Aucune modification consignée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="594"/>
        <source>Select a commitment.</source>
        <translation>Sélectionnez un engagement.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="71"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="99"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="101"/>
        <source>Import fact sheet</source>
        <translation>Importer une fiche d’information</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="73"/>
        <source>Fact sheets ({patterns});;All files (*)</source>
        <translation>Fiches d’information ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="104"/>
        <source>Choose a file or paste text, check the preview, correct the summit&apos;s details, then import.</source>
        <translation>Choisissez un fichier ou collez du texte, vérifiez l’aperçu, corrigez les détails du sommet, puis importez.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="114"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="116"/>
        <source>Where the fact sheet comes from: a file or pasted text</source>
        <translation>La provenance de la fiche d’information : un fichier ou du texte collé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="121"/>
        <source>No file chosen (.txt, .md or .html)</source>
        <translation>Aucun fichier choisi (.txt, .md ou .html)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="122"/>
        <source>Chosen file</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="123"/>
        <source>The fact sheet file to import</source>
        <translation>Le fichier de la fiche d’information à importer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="124"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="125"/>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="127"/>
        <source>Pick a .txt, .md or .html fact sheet to preview</source>
        <translation>Choisir une fiche d’information .txt, .md ou .html à prévisualiser</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="135"/>
        <source>A fact sheet saved as plain text, Markdown or HTML. You can also drop a file on the main window.</source>
        <translation>Une fiche d’information enregistrée en texte brut, en Markdown ou en HTML. Vous pouvez aussi déposer un fichier sur la fenêtre principale.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="148"/>
        <source>Paste the fact sheet&apos;s text here…</source>
        <translation>Collez ici le texte de la fiche d’information…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="149"/>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="151"/>
        <source>The fact sheet&apos;s text, copied from a web page or document</source>
        <translation>Le texte de la fiche d’information, copié d’une page Web ou d’un document</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="156"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="157"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="158"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="161"/>
        <source>Format of the pasted text</source>
        <translation>Format du texte collé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="162"/>
        <source>Plain text, Markdown or HTML</source>
        <translation>Texte brut, Markdown ou HTML</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="163"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="164"/>
        <source>Preview pasted text</source>
        <translation>Prévisualiser le texte collé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="166"/>
        <source>Detect the summit, pillars and commitments; nothing is written</source>
        <translation>Détecter le sommet, les piliers et les engagements; rien n’est écrit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="170"/>
        <source>&amp;Format:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="179"/>
        <source>From a &amp;file</source>
        <translation>À partir d’un &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="180"/>
        <source>&amp;Paste text</source>
        <translation>C&amp;oller du texte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="183"/>
        <source>Summit (edit what was detected)</source>
        <translation>Sommet (corrigez ce qui a été détecté)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="185"/>
        <source>The summit&apos;s title</source>
        <translation>Le titre du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="185"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="187"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="187"/>
        <source>The summit&apos;s date, as YYYY-MM-DD; empty if unknown</source>
        <translation>La date du sommet, au format AAAA-MM-JJ; vide si elle est inconnue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="189"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="190"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="190"/>
        <source>Where the summit took place</source>
        <translation>Le lieu du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <source>Party codes, separated by commas, e.g. CA, MX, US</source>
        <translation>Codes des parties, séparés par des virgules, p. ex. CA, MX, US</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="210"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="212"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="213"/>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rties :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="219"/>
        <source>What was detected</source>
        <translation>Ce qui a été détecté</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="221"/>
        <source>How many pillars and commitments the preview found</source>
        <translation>Le nombre de piliers et d’engagements trouvés par l’aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="223"/>
        <source>Each p&amp;aragraph is a commitment</source>
        <translation>Chaque &amp;paragraphe est un engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="224"/>
        <source>Paragraph mode</source>
        <translation>Mode paragraphes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="227"/>
        <source>For joint statements and declarations without lists: each paragraph under each heading becomes a commitment</source>
        <translation>Pour les déclarations communes sans listes : chaque paragraphe sous chaque intertitre devient un engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="234"/>
        <source>Check before importing</source>
        <translation>À vérifier avant l’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="236"/>
        <source>Titles that were guessed, unusual pillars, and text that will not be imported</source>
        <translation>Titres devinés, piliers inhabituels et texte qui ne sera pas importé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="250"/>
        <source>Detected pillars and commitments</source>
        <translation>Piliers et engagements détectés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="252"/>
        <source>Pillars with their commitments; press F2 on a pillar&apos;s short title to change it</source>
        <translation>Les piliers et leurs engagements; appuyez sur F2 sur le titre court d’un pilier pour le modifier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="266"/>
        <source>Import problem</source>
        <translation>Problème d’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="268"/>
        <source>Why the fact sheet could not be previewed or imported</source>
        <translation>Pourquoi la fiche d’information n’a pas pu être prévisualisée ou importée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="273"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="274"/>
        <source>How far the preview or the import has come</source>
        <translation>L’avancement de l’aperçu ou de l’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="277"/>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="278"/>
        <source>What the import is doing</source>
        <translation>Ce que fait l’importation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="282"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="284"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="472"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="285"/>
        <source>Write the previewed summit into the store</source>
        <translation>Écrire le sommet prévisualisé dans la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="289"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="290"/>
        <source>Close without importing</source>
        <translation>Fermer sans importer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="333"/>
        <source>Paste a fact sheet&apos;s text first.</source>
        <translation>Collez d’abord le texte d’une fiche d’information.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="350"/>
        <source>Reading and detecting the structure…</source>
        <translation>Lecture et détection de la structure…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="362"/>
        <source>…and {n} more</source>
        <translation>
            <numerusform>…et {n} autre</numerusform>
            <numerusform>…et {n} autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="371"/>
        <source>Guessed: check it</source>
        <translation>Deviné : à vérifier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="383"/>
        <source>{n} nested items</source>
        <translation>
            <numerusform>{n} sous-élément</numerusform>
            <numerusform>{n} sous-éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="386"/>
        <source>{n} groups</source>
        <translation>
            <numerusform>{n} groupe</numerusform>
            <numerusform>{n} groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="390"/>
        <source>Nothing has been written yet. Check the details, then import.</source>
        <translation>Rien n’a encore été écrit. Vérifiez les détails, puis importez.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="403"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>« {value} » n’est pas une date; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="430"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="443"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>« {title} » importé : {pillars}, {commitments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="450"/>
        <source>This document is already in the store as “{title}”; {n} commitments got their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>Ce document se trouve déjà dans la base de données sous le titre « {title} »; {n} engagement a reçu son groupe (l’intertitre sous lequel il figure).</numerusform>
            <numerusform>Ce document se trouve déjà dans la base de données sous le titre « {title} »; {n} engagements ont reçu leur groupe (l’intertitre sous lequel ils figurent).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="456"/>
        <source>This document is already in the store as “{title}”; nothing was added.</source>
        <translation>Ce document se trouve déjà dans la base de données sous le titre « {title} »; rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="493"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilier</numerusform>
            <numerusform>{n} piliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="496"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} engagement</numerusform>
            <numerusform>{n} engagements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="134"/>
        <source>Tab / ref.</source>
        <translation>Onglet / réf.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="135"/>
        <source>Short title</source>
        <translation>Titre court</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="136"/>
        <source>Heading or text</source>
        <translation>Titre ou texte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="137"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="144"/>
        <source>Double-click or press F2 to edit a pillar&apos;s short title</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier le titre court d’un pilier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="170"/>
        <source>Group within the pillar: {title}</source>
        <translation>Groupe dans le pilier : {title}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="178"/>
        <source>Group: {title}</source>
        <translation>Groupe : {title}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="103"/>
        <source>NALS Desktop is locked</source>
        <translation>NALS Desktop est verrouillé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="106"/>
        <source>Your edits were saved. Type the store&apos;s passphrase to show them again.</source>
        <translation>Vos modifications ont été enregistrées. Tapez la phrase de passe de la base de données pour les afficher de nouveau.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="112"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="113"/>
        <source>The store&apos;s passphrase unlocks the window</source>
        <translation>La phrase de passe de la base de données déverrouille la fenêtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="117"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="118"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="119"/>
        <source>Check the passphrase and show the window again</source>
        <translation>Vérifier la phrase de passe et afficher de nouveau la fenêtre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="98"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="505"/>
        <source>NALS Desktop</source>
        <translation>NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="130"/>
        <source>Commitment panes</source>
        <translation>Volets de l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="132"/>
        <source>The commitment, the positions on it, and the history of their changes</source>
        <translation>L’engagement, les positions sur celui-ci et l’historique de leurs modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Commitment</source>
        <translation>E&amp;ngagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="136"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="154"/>
        <source>Pane divider</source>
        <translation>Séparateur de volets</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="155"/>
        <source>Drag to resize the panes</source>
        <translation>Faire glisser pour redimensionner les volets</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="160"/>
        <source>Shown commitments</source>
        <translation>Engagements affichés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="162"/>
        <source>How many commitments are shown, of how many, and where the store is</source>
        <translation>Le nombre d’engagements affichés, sur combien, et l’emplacement de la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="164"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="186"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="165"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="166"/>
        <source>Shown while the store is being read</source>
        <translation>Affiché pendant la lecture de la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="169"/>
        <source>Read-only: NALS Desktop is already open on this store elsewhere.</source>
        <translation>Lecture seule : NALS Desktop est déjà ouvert ailleurs sur cette base de données.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="172"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="173"/>
        <source>Changes cannot be saved in this window</source>
        <translation>Les modifications ne peuvent pas être enregistrées dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Import fact sheet…</source>
        <translation>&amp;Importer une fiche d’information…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="230"/>
        <source>Import a summit&apos;s fact sheet from a file or pasted text</source>
        <translation>Importer la fiche d’information d’un sommet à partir d’un fichier ou de texte collé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Export briefing book…</source>
        <translation>&amp;Exporter le cahier d’information…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="237"/>
        <source>Print the chosen summit, pillar or commitments as a PDF briefing book</source>
        <translation>Imprimer le sommet, le pilier ou les engagements choisis dans un cahier d’information PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="240"/>
        <source>&amp;Send to a colleague…</source>
        <translation>&amp;Envoyer à un collègue…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="242"/>
        <source>Write your annotations to a bundle file for a colleague</source>
        <translation>Écrire vos annotations dans un fichier paquet pour un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Recevoir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="248"/>
        <source>Merge a colleague&apos;s bundle into this store, after a preview</source>
        <translation>Fusionner le paquet d’un collègue dans cette base de données, après un aperçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="252"/>
        <source>Read the store again</source>
        <translation>Relire la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="255"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="258"/>
        <source>Send and receive annotations through the delegation server</source>
        <translation>Envoyer et recevoir les annotations par le serveur de délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="262"/>
        <source>&amp;Delegation server…</source>
        <translation>Serveur de &amp;délégation…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="264"/>
        <source>The delegation server&apos;s address and your user name</source>
        <translation>L’adresse du serveur de délégation et votre nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="267"/>
        <source>Quit NALS Desktop</source>
        <translation>Quitter NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Copy commitment</source>
        <translation>&amp;Copier l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="273"/>
        <source>Copy the selected commitment&apos;s reference and text</source>
        <translation>Copier la référence et le texte de l’engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="277"/>
        <source>Copy &amp;reference</source>
        <translation>Copier la référe&amp;nce</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="280"/>
        <source>Copy the selected commitment&apos;s reference</source>
        <translation>Copier la référence de l’engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="289"/>
        <source>Edit &amp;selected commitments…</source>
        <translation>&amp;Modifier les engagements sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="292"/>
        <source>Set stance, priority, tags or status on every selected commitment</source>
        <translation>Attribuer une position, une priorité, des étiquettes ou un état à chaque engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="296"/>
        <source>Summit de&amp;tails…</source>
        <translation>Détails du somme&amp;t…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="298"/>
        <source>Fix the title, date, location or parties of the summit in view</source>
        <translation>Corriger le titre, la date, le lieu ou les parties du sommet affiché</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="301"/>
        <source>De&amp;lete summit…</source>
        <translation>Supprimer &amp;le sommet…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="303"/>
        <source>Delete the summit in view with all recorded on it (a backup is kept first)</source>
        <translation>Supprimer le sommet affiché et tout ce qui y est consigné (une sauvegarde est d’abord conservée)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="308"/>
        <source>&amp;Your name and delegation…</source>
        <translation>&amp;Votre nom et votre délégation…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="311"/>
        <source>Who you are: recorded with every change you make</source>
        <translation>Votre identité, consignée avec chacune de vos modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="314"/>
        <source>Prefere&amp;nces…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="316"/>
        <source>The language of the app, and other settings of this computer</source>
        <translation>La langue de l’application et d’autres réglages de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="322"/>
        <source>Search the commitments</source>
        <translation>Rechercher dans les engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="326"/>
        <source>Clear search and &amp;filters</source>
        <translation>Effacer la recherche et les &amp;filtres</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="329"/>
        <source>Show every commitment of the chosen pillar or summit again</source>
        <translation>Afficher de nouveau tous les engagements du pilier ou du sommet choisi</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="332"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="335"/>
        <source>Keep the current search in the navigator</source>
        <translation>Conserver la recherche en cours dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="339"/>
        <source>Go to &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="342"/>
        <source>Go to &amp;commitments</source>
        <translation>Aller aux &amp;engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="345"/>
        <source>Go to &amp;details</source>
        <translation>Aller aux &amp;détails</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="348"/>
        <source>Show na&amp;vigator</source>
        <translation>Afficher le na&amp;vigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="351"/>
        <source>Show detail &amp;pane</source>
        <translation>Afficher le vo&amp;let de détails</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="357"/>
        <source>C&amp;ompare positions…</source>
        <translation>C&amp;omparer les positions…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="361"/>
        <source>Every party&apos;s position on the selected commitments, or the pillar in view, side by side</source>
        <translation>La position de chaque partie sur les engagements sélectionnés, ou le pilier affiché, côte à côte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="365"/>
        <source>Pro&amp;gress dashboard…</source>
        <translation>&amp;Tableau de bord de l’avancement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="368"/>
        <source>How far the positions on the summit in view have come</source>
        <translation>Où en sont les positions sur le sommet affiché</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="371"/>
        <source>&amp;Search syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="373"/>
        <source>&amp;About NALS Desktop</source>
        <translation>À &amp;propos de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="378"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="380"/>
        <source>Replace the store by a backup; the current store is kept</source>
        <translation>Remplacer la base de données par une sauvegarde; la base de données actuelle est conservée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="386"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="388"/>
        <source>E&amp;xchange</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="404"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="410"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="413"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="417"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="418"/>
        <source>Import and search</source>
        <translation>Importer et rechercher</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="422"/>
        <source>Spacer</source>
        <translation>Espacement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="423"/>
        <source>Empty space</source>
        <translation>Espace vide</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="474"/>
        <source>Cannot read the store</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="505"/>
        <source>{scope} — NALS Desktop</source>
        <translation>{scope} — NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="546"/>
        <source>Type a search first, then save it.</source>
        <translation>Tapez d’abord une recherche, puis enregistrez-la.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="549"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="552"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="550"/>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="553"/>
        <source>Give the current search a name to keep it in the navigator</source>
        <translation>Donnez un nom à la recherche en cours pour la conserver dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="562"/>
        <source>Cannot save the search</source>
        <translation>Impossible d’enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="573"/>
        <source>Cannot delete the saved search</source>
        <translation>Impossible de supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="626"/>
        <source>No commitment matches.</source>
        <translation>Aucun engagement ne correspond.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="635"/>
        <source>Cannot show the commitments</source>
        <translation>Impossible d’afficher les engagements</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="739"/>
        <source>Updated: {n} commitments changed in another program.</source>
        <translation>
            <numerusform>Mise à jour : {n} engagement modifié dans un autre programme.</numerusform>
            <numerusform>Mise à jour : {n} engagements modifiés dans un autre programme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="764"/>
        <source>Cannot count the facets</source>
        <translation>Impossible de dénombrer les facettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="782"/>
        <source>Select the commitments to edit first.</source>
        <translation>Sélectionnez d’abord les engagements à modifier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="816"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="833"/>
        <source>Choose a summit in the navigator first.</source>
        <translation>Choisissez d’abord un sommet dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="826"/>
        <source>Saved the details of “{title}”.</source>
        <translation>Les détails de « {title} » ont été enregistrés.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="840"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="862"/>
        <source>Cannot delete the summit</source>
        <translation>Impossible de supprimer le sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="869"/>
        <source>Deleted “{title}”; the store before it was saved as {path}</source>
        <translation>« {title} » a été supprimé; la base de données d’avant a été enregistrée sous {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="905"/>
        <source>The store&apos;s key is kept in the system keyring.</source>
        <translation>La clé de la base de données est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="907"/>
        <source>The store&apos;s key was removed from the system keyring.</source>
        <translation>La clé de la base de données a été retirée du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="910"/>
        <source>System keyring</source>
        <translation>Trousseau du système</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="925"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>
            <numerusform>{shown} affiché sur {total} · {path}</numerusform>
            <numerusform>{shown} affichés sur {total} · {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="931"/>
        <source>Shown commitments: {status}</source>
        <translation>Engagements affichés : {status}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1053"/>
        <source>Choose a summit or a pillar to compare its positions.</source>
        <translation>Choisissez un sommet ou un pilier pour en comparer les positions.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1076"/>
        <source>Choose a summit to see its progress.</source>
        <translation>Choisissez un sommet pour en voir l’avancement.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1101"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>« {title} » importé : {pillars}, {commitments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1103"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilier</numerusform>
            <numerusform>{n} piliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1104"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} engagement</numerusform>
            <numerusform>{n} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1171"/>
        <source>Bundle written: {path}</source>
        <translation>Paquet écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1199"/>
        <source>This window is read-only: it cannot receive.</source>
        <translation>Cette fenêtre est en lecture seule : elle ne peut pas recevoir.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1218"/>
        <source>Received from {sender}: {revisions}, {conflicts}.</source>
        <translation>Reçu de {sender} : {revisions}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1220"/>
        <source>{n} new revisions</source>
        <translation>
            <numerusform>{n} nouvelle version</numerusform>
            <numerusform>{n} nouvelles versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1221"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} en conflit</numerusform>
            <numerusform>{n} en conflit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1242"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="1257"/>
        <source>About NALS Desktop</source>
        <translation>À propos de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1248"/>
        <source>Summit commitments, negotiating positions and briefing books, offline.</source>
        <translation>Engagements des sommets, positions de négociation et cahiers d’information, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1250"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1252"/>
        <source>Store: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1254"/>
        <source>Qt {qt} · PySide6 {pyside}</source>
        <translation>Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1258"/>
        <source>Version and data folder</source>
        <translation>Version et dossier de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1266"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="1272"/>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1273"/>
        <source>How to write searches</source>
        <translation>Comment rédiger une recherche</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="72"/>
        <source>Open conflicts</source>
        <translation>Conflits non réglés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="127"/>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="429"/>
        <source>Summits</source>
        <translation>Sommets</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="128"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="129"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="130"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="131"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="132"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="133"/>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="453"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="140"/>
        <source>All commitments</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="142"/>
        <source>Every commitment of every summit in the store</source>
        <translation>Tous les engagements de tous les sommets de la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="360"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="360"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="385"/>
        <source>Commitments with a position or status that received two different values; open one to settle them. {state}</source>
        <translation>Engagements dont une position ou un état a reçu deux valeurs différentes; ouvrez-en un pour les régler. {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/models/navigator.py" line="397"/>
        <source>{label}, {count} commitments</source>
        <translation>
            <numerusform>{label}, {count} engagement</numerusform>
            <numerusform>{label}, {count} engagements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="407"/>
        <source>Shows every commitment</source>
        <translation>Affiche tous les engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="408"/>
        <source>Summit; shows all its commitments</source>
        <translation>Sommet; affiche tous ses engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="409"/>
        <source>Pillar; shows its commitments</source>
        <translation>Pilier; affiche ses engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="410"/>
        <source>Group of the pillar (a sub-heading); shows its commitments</source>
        <translation>Groupe du pilier (un intertitre); affiche ses engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="411"/>
        <source>Saved search; press Enter to run it</source>
        <translation>Recherche enregistrée; appuyez sur Entrée pour la lancer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="430"/>
        <source>Heading: the summits, their pillars and the pillars&apos; groups; choosing one shows it</source>
        <translation>Titre de section : les sommets, leurs piliers et les groupes des piliers; en choisir un l’affiche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="433"/>
        <source>Filter by open conflicts</source>
        <translation>Filtrer par conflits non réglés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="434"/>
        <source>Heading of a filter: show or hide the commitments with a field in conflict</source>
        <translation>Titre d’un filtre : afficher ou masquer les engagements dont un champ est en conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="437"/>
        <source>Filter by stance</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="438"/>
        <source>Heading of filters: include or exclude commitments by a party&apos;s stance</source>
        <translation>Titre de filtres : inclure ou exclure des engagements selon la position d’une partie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="441"/>
        <source>Filter by priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="442"/>
        <source>Heading of filters: include or exclude commitments by priority</source>
        <translation>Titre de filtres : inclure ou exclure des engagements selon la priorité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="445"/>
        <source>Filter by implementation status</source>
        <translation>Filtrer par état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="446"/>
        <source>Heading of filters: include or exclude commitments by implementation status</source>
        <translation>Titre de filtres : inclure ou exclure des engagements selon l’état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="449"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="450"/>
        <source>Heading of filters: include or exclude commitments by tag</source>
        <translation>Titre de filtres : inclure ou exclure des engagements selon l’étiquette</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="454"/>
        <source>Heading: the searches you saved; press Enter on one to run it</source>
        <translation>Titre de section : les recherches que vous avez enregistrées; appuyez sur Entrée sur l’une d’elles pour la lancer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="461"/>
        <source>Not filtering; click or press Space to show only these</source>
        <translation>Aucun filtre; cliquez ou appuyez sur la barre d’espacement pour n’afficher que ceux-ci</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="462"/>
        <source>Included: only these are shown; click again to exclude them</source>
        <translation>Inclus : seuls ceux-ci sont affichés; cliquez de nouveau pour les exclure</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="463"/>
        <source>Excluded: these are hidden; click again to stop filtering</source>
        <translation>Exclus : ceux-ci sont masqués; cliquez de nouveau pour retirer le filtre</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="42"/>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="45"/>
        <source>Summits and their pillars, facets to filter by and saved searches. Arrow keys move; Space or Enter includes, excludes or clears a facet or runs a saved search.</source>
        <translation>Les sommets et leurs piliers, les facettes de filtrage et les recherches enregistrées. Les touches fléchées déplacent la sélection; la barre d’espacement ou Entrée inclut, exclut ou efface une facette, ou lance une recherche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="132"/>
        <source>Summit details…</source>
        <translation>Détails du sommet…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="134"/>
        <source>Delete summit…</source>
        <translation>Supprimer le sommet…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="142"/>
        <source>Run search</source>
        <translation>Lancer la recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="144"/>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="32"/>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="32"/>
        <source>Unlock NALS Desktop</source>
        <translation>Déverrouiller NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="36"/>
        <source>Your positions are kept encrypted on this computer. Choose a passphrase of at least {n} characters: it is asked at every start and after the window locks. Without it, the store cannot be read, by anyone.</source>
        <translation>Vos positions sont conservées chiffrées sur cet ordinateur. Choisissez une phrase de passe d’au moins {n} caractères : elle est demandée à chaque démarrage et après le verrouillage de la fenêtre. Sans elle, personne ne peut lire la base de données.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="41"/>
        <source>Your positions are encrypted. Type the passphrase of this computer&apos;s store.</source>
        <translation>Vos positions sont chiffrées. Tapez la phrase de passe de la base de données de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="53"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="57"/>
        <source>The same passphrase again</source>
        <translation>La même phrase de passe, encore une fois</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="61"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
</context>
<context>
    <name>PositionEditor</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="168"/>
        <source>Cannot show the commitment</source>
        <translation>Impossible d’afficher l’engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="208"/>
        <source>Cannot offer the known tags</source>
        <translation>Impossible de proposer les étiquettes connues</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="236"/>
        <source>Cannot show the conflicts</source>
        <translation>Impossible d’afficher les conflits</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="270"/>
        <source>No status recorded yet.</source>
        <translation>Aucun état consigné pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="294"/>
        <source>edit {field} ({party})</source>
        <translation>modification du champ {field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="295"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="330"/>
        <source>{problem} It is kept here but not saved until you change it.</source>
        <translation>{problem} Le texte est conservé ici, mais il ne sera enregistré que lorsque vous l’aurez modifié.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="350"/>
        <source>Choose a status first: progress, evidence and the date are recorded with a status.</source>
        <translation>Choisissez d’abord un état : l’avancement, les éléments probants et la date sont consignés avec un état.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="354"/>
        <source>The status changed: say why in “Reason for this change”. The new status is saved once a reason is given; your other changes are saved as usual.</source>
        <translation>L’état a changé : indiquez pourquoi dans « Motif de ce changement ». Le nouvel état sera enregistré dès qu’un motif sera indiqué; vos autres modifications sont enregistrées comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="426"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="429"/>
        <source>Your changes could not be saved</source>
        <translation>Vos modifications n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="509"/>
        <source>Your other changes could not be saved yet (see the message above): nothing was settled.</source>
        <translation>Vos autres modifications n’ont pas encore pu être enregistrées (voir le message ci-dessus) : rien n’a été réglé.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="526"/>
        <source>The conflict could not be settled</source>
        <translation>Le conflit n’a pas pu être réglé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/editor.py" line="60"/>
        <source>Position editor</source>
        <translation>Éditeur de positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/editor.py" line="62"/>
        <source>Each party&apos;s negotiating position on the selected commitment and its implementation status. Changes are saved automatically.</source>
        <translation>La position de négociation de chaque partie sur l’engagement sélectionné, et son état de mise en œuvre. Les modifications sont enregistrées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="229"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="234"/>
        <source>Undo the last change in the editor</source>
        <translation>Annuler la dernière modification dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="235"/>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="248"/>
        <source>Changes that could not be saved, and why</source>
        <translation>Les modifications qui n’ont pas pu être enregistrées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="248"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="257"/>
        <source>Party tabs</source>
        <translation>Onglets des parties</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="258"/>
        <source>Choose whose position to edit, or the implementation status; Ctrl+Tab moves between them</source>
        <translation>Choisissez la position à modifier, ou l’état de mise en œuvre; Ctrl+Tab passe de l’un à l’autre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="262"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="263"/>
        <source>One tab per party of the summit, your delegation first, then the implementation status</source>
        <translation>Un onglet par partie au sommet, votre délégation en premier, puis l’état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="265"/>
        <source>Select a commitment to record positions on it.</source>
        <translation>Sélectionnez un engagement pour y consigner des positions.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="268"/>
        <source>No commitment</source>
        <translation>Aucun engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="268"/>
        <source>Shown while no commitment is selected</source>
        <translation>Affiché lorsqu’aucun engagement n’est sélectionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="285"/>
        <source>Undo: {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="286"/>
        <source>Redo: {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="300"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="332"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="305"/>
        <source>Positions on {ref}</source>
        <translation>Positions sur {ref}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="337"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="337"/>
        <source>The commitment whose positions are shown</source>
        <translation>L’engagement dont les positions sont affichées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="340"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="340"/>
        <source>Undo the last change in the editor (Ctrl+Z)</source>
        <translation>Annuler la dernière modification dans l’éditeur (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="343"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="343"/>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Rétablir la dernière modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="353"/>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="354"/>
        <source>Whether your changes are saved: saved with the time, saving, unsaved changes, or not saved</source>
        <translation>Si vos modifications sont enregistrées : enregistrées (avec l’heure), enregistrement en cours, modifications non enregistrées ou échec de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="375"/>
        <source>Problem with {field}</source>
        <translation>Problème : {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="376"/>
        <source>Why this field is not saved yet</source>
        <translation>Pourquoi ce champ n’est pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="419"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="419"/>
        <source>Who saved this position last, and when</source>
        <translation>Qui a enregistré cette position en dernier, et quand</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="423"/>
        <source>our delegation ({name})</source>
        <translation>notre délégation ({name})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="426"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="432"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="531"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="429"/>
        <source>Stance of {party}</source>
        <translation>Position de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="430"/>
        <source>The stance of {who} on this commitment</source>
        <translation>La position de {who} sur cet engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="435"/>
        <source>Priority for {party}</source>
        <translation>Priorité pour {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="436"/>
        <source>How much this commitment matters to {who}</source>
        <translation>L’importance de cet engagement pour {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="441"/>
        <source>Sensitivity marking for {party}</source>
        <translation>Marquage de sécurité pour {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="443"/>
        <source>The classification of this position; a briefing book is marked with the highest marking it contains</source>
        <translation>La cote de sécurité de cette position; un cahier d’information porte le marquage le plus élevé qu’il contient</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="450"/>
        <source>Tags for {party}</source>
        <translation>Étiquettes pour {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="451"/>
        <source>Comma-separated tags; known tags are offered as you type</source>
        <translation>Étiquettes séparées par des virgules; les étiquettes connues sont proposées pendant la saisie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="472"/>
        <source>What {who} wants to achieve on this commitment</source>
        <translation>Ce que {who} veut obtenir sur cet engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="473"/>
        <source>The points {who} makes; one per line or as bullets</source>
        <translation>Les arguments de {who}; un par ligne ou sous forme de puces</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="474"/>
        <source>What {who} answers if the matter is raised</source>
        <translation>Ce que {who} répond si la question est soulevée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="475"/>
        <source>The position {who} can fall back to</source>
        <translation>La position de repli de {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="476"/>
        <source>What {who} cannot accept</source>
        <translation>Ce que {who} ne peut pas accepter</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="477"/>
        <source>Context and history for {who}</source>
        <translation>Contexte et historique pour {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="480"/>
        <source>What we want to achieve</source>
        <translation>Ce que nous voulons obtenir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="481"/>
        <source>• One message per line</source>
        <translation>• Un message par ligne</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="482"/>
        <source>If raised: …</source>
        <translation>Si la question est soulevée : …</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="483"/>
        <source>If our objective cannot be met</source>
        <translation>Si notre objectif ne peut être atteint</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="484"/>
        <source>What we cannot accept</source>
        <translation>Ce que nous ne pouvons pas accepter</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="485"/>
        <source>Context, history, sources</source>
        <translation>Contexte, historique, sources</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="492"/>
        <source>{field} ({party})</source>
        <translation>{field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="513"/>
        <source>Position of {party}</source>
        <translation>Position de négociation de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="514"/>
        <source>The position of {who} on this commitment</source>
        <translation>La position de négociation de {who} sur cet engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="525"/>
        <source>Last status change</source>
        <translation>Dernier changement d’état</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="525"/>
        <source>The last change of status: why, who and when</source>
        <translation>Le dernier changement d’état : pourquoi, qui et quand</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="534"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="612"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="643"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="656"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="535"/>
        <source>Where implementation stands; a change of status needs a reason</source>
        <translation>L’état d’avancement de la mise en œuvre; un changement d’état exige un motif</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>Progress of implementation, from 0 to 100 percent</source>
        <translation>L’avancement de la mise en œuvre, de 0 à 100 pour cent</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="545"/>
        <source>Drag to set the progress</source>
        <translation>Faire glisser pour indiquer l’avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="545"/>
        <source>Progress slider</source>
        <translation>Curseur d’avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="550"/>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="550"/>
        <source>The date the status describes; not set until you give one</source>
        <translation>La date à laquelle l’état se rapporte; non définie tant que vous n’en indiquez pas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="552"/>
        <source>C&amp;lear date</source>
        <translation>Efface&amp;r la date</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="553"/>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="553"/>
        <source>Set the as-of date back to not set</source>
        <translation>Remettre la date de référence à « non définie »</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="557"/>
        <source>Why does the status change? Required when it does.</source>
        <translation>Pourquoi l’état change-t-il? Obligatoire en cas de changement.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="560"/>
        <source>Reason for this change</source>
        <translation>Motif de ce changement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="561"/>
        <source>Why the status changes; required whenever the status changes, and saved with the change</source>
        <translation>Pourquoi l’état change; obligatoire à chaque changement d’état, et enregistré avec celui-ci</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="568"/>
        <source>What shows it: reports, announcements, links</source>
        <translation>Ce qui le démontre : rapports, annonces, liens</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="569"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="569"/>
        <source>What shows the status: reports, announcements, links</source>
        <translation>Ce qui démontre l’état : rapports, annonces, liens</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="613"/>
        <source>Implementation status of the commitment: status, progress, evidence, date, reason</source>
        <translation>État de mise en œuvre de l’engagement : état, avancement, éléments probants, date, motif</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="635"/>
        <source>{party} (ours)</source>
        <translation>{party} (nous)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="639"/>
        <source>Position of our delegation</source>
        <translation>Position de notre délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="641"/>
        <source>Our reading of the position of {party}</source>
        <translation>Notre lecture de la position de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="644"/>
        <source>Status, progress, evidence, as-of date and reason</source>
        <translation>État, avancement, éléments probants, date de référence et motif</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="668"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="669"/>
        <source>Fields changed differently on two laptops, side by side</source>
        <translation>Champs modifiés différemment sur deux ordinateurs portables, côte à côte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="689"/>
        <source>Last saved by {who}, {when}</source>
        <translation>Dernier enregistrement par {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="691"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’a encore été consigné.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="696"/>
        <source>Last change by {who}, {when}: {reason}</source>
        <translation>Dernier changement par {who}, {when} : {reason}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="697"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="720"/>
        <source>{tab}: {problem}</source>
        <translation>{tab} : {problem}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="765"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="767"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="769"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="771"/>
        <source>Not saved: see the message</source>
        <translation>Non enregistré : voir le message</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="773"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="775"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>PositionFields</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="37"/>
        <source>&amp;Stance</source>
        <translation>Po&amp;sition</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="38"/>
        <source>Pr&amp;iority</source>
        <translation>Priori&amp;té</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="39"/>
        <source>Sensitivity &amp;marking</source>
        <translation>&amp;Marquage de sécurité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="40"/>
        <source>&amp;Tags</source>
        <translation>Ét&amp;iquettes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="41"/>
        <source>&amp;Objective / desired outcome</source>
        <translation>&amp;Objectif / résultat souhaité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="42"/>
        <source>&amp;Key messages</source>
        <translation>Messages &amp;clés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="43"/>
        <source>&amp;Responses if raised</source>
        <translation>&amp;Réponses si la question est soulevée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="44"/>
        <source>Fall&amp;back</source>
        <translation>Position de rep&amp;li</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="45"/>
        <source>Red &amp;line</source>
        <translation>Li&amp;gne rouge</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="46"/>
        <source>Back&amp;ground</source>
        <translation>Conte&amp;xte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="47"/>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="48"/>
        <source>Pro&amp;gress</source>
        <translation>Avan&amp;cement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="49"/>
        <source>Evi&amp;dence</source>
        <translation>É&amp;léments probants</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="50"/>
        <source>&amp;As of</source>
        <translation>En date d&amp;u</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="51"/>
        <source>&amp;Reason for this change</source>
        <translation>&amp;Motif de ce changement</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="75"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="75"/>
        <location filename="../../nals_desktop/ui/positions/common.py" line="204"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="82"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="144"/>
        <source>Comma-separated, e.g. energy, methane</source>
        <translation>Séparées par des virgules, p. ex. énergie, méthane</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="209"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="209"/>
        <source>Pick the as-of date</source>
        <translation>Choisir la date de référence</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="86"/>
        <source>Merged: {names}</source>
        <translation>Fusion : {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="207"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="208"/>
        <source>Position of {party}</source>
        <translation>Position de négociation de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="273"/>
        <source>Joins two versions saved apart: {names}</source>
        <translation>Réunit deux versions enregistrées séparément : {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="275"/>
        <source>{who} on device {device}</source>
        <translation>{who} sur l’appareil {device}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="277"/>
        <source>{when} (UTC: {utc})</source>
        <translation>{when} (UTC : {utc})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="357"/>
        <source>{who}’s change of {fields}</source>
        <translation>la modification de {fields} par {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="358"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="365"/>
        <source>Merged {first} and {second}.</source>
        <translation>Fusion de {first} et de {second}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="368"/>
        <source>Still in conflict: {fields} (both versions kept until someone chooses).</source>
        <translation>Toujours en conflit : {fields} (les deux versions sont conservées jusqu’à ce que quelqu’un choisisse).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="378"/>
        <source>{what} · {who} · {when}</source>
        <translation>{what} · {who} · {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="402"/>
        <source>The values shown stay those of {who}; the other side’s are kept in the conflict.</source>
        <translation>Les valeurs affichées restent celles de {who}; celles de l’autre version sont conservées dans le conflit.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="407"/>
        <source>No field changed.</source>
        <translation>Aucun champ modifié.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="43"/>
        <source>Settings of NALS Desktop on this computer</source>
        <translation>Réglages de NALS Desktop sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="46"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="53"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="54"/>
        <source>The language of the app&apos;s windows and of the books it prints by default</source>
        <translation>La langue des fenêtres de l’application et, par défaut, des cahiers qu’elle imprime</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="58"/>
        <source>A change of language takes effect when NALS Desktop starts again.</source>
        <translation>Un changement de langue prend effet au prochain démarrage de NALS Desktop.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="60"/>
        <source>About the language</source>
        <translation>À propos de la langue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="63"/>
        <source>Idle lock:</source>
        <translation>Verrouillage :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="70"/>
        <source>Open &amp;without the passphrase while I am logged in</source>
        <translation>Ouvrir sans la phrase de passe &amp;tant que je suis connecté</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="74"/>
        <source>Keeps the store&apos;s key in the system keyring, which your login unlocks. Without a keyring, or with a locked one, the passphrase is asked. The lock always asks for it.</source>
        <translation>Conserve la clé de la base de données dans le trousseau du système, que votre ouverture de session déverrouille. Sans trousseau, ou s’il est verrouillé, la phrase de passe est demandée. Le verrouillage la demande toujours.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="77"/>
        <source>Unlock with the system keyring</source>
        <translation>Déverrouiller avec le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="82"/>
        <source>Turned off on this computer ({env}=off).</source>
        <translation>Désactivé sur cet ordinateur ({env}=off).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="85"/>
        <source>Keyring:</source>
        <translation>Trousseau :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="86"/>
        <source>Keep these preferences</source>
        <translation>Conserver ces préférences</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="97"/>
        <source>Lock &amp;after</source>
        <translation>Verrouiller &amp;après</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="102"/>
        <source>Lock when idle</source>
        <translation>Verrouiller en cas d’inactivité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="103"/>
        <source>Lock the window after some minutes without keyboard or mouse input</source>
        <translation>Verrouille la fenêtre après quelques minutes sans activité du clavier ni de la souris</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="114"/>
        <source>Minutes before the idle lock</source>
        <translation>Minutes avant le verrouillage</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="116"/>
        <source>Minutes without input, from 1 to 240, before the window hides every text and asks for the passphrase; it takes effect at once</source>
        <translation>Minutes sans activité, de 1 à 240, avant que la fenêtre masque tous les textes et demande la phrase de passe; s’applique immédiatement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="120"/>
        <source>without input</source>
        <translation>sans activité</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="132"/>
        <source>The idle lock is set on this computer by IT ({env}={minutes}).</source>
        <translation>Le verrouillage après inactivité est fixé sur cet ordinateur par les TI ({env}={minutes}).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="138"/>
        <source>About the idle lock</source>
        <translation>À propos du verrouillage</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="47"/>
        <source>Who is editing</source>
        <translation>Qui fait les modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="47"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="49"/>
        <source>Your name and delegation, recorded with every change</source>
        <translation>Votre nom et votre délégation, consignés avec chaque modification</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="55"/>
        <source>Every change you make is recorded with your name, your delegation and this device, so that colleagues can see who changed what. Your delegation&apos;s position is shown first.</source>
        <translation>Chacune de vos modifications est consignée avec votre nom, votre délégation et cet appareil, afin que vos collègues sachent qui a modifié quoi. La position de votre délégation est affichée en premier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="61"/>
        <source>About the profile</source>
        <translation>À propos du profil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="63"/>
        <source>e.g. Alex Tremblay</source>
        <translation>p. ex. Alex Tremblay</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="65"/>
        <source>Recorded with every change you make</source>
        <translation>Consigné avec chacune de vos modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="65"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="69"/>
        <source>Your delegation</source>
        <translation>Votre délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="70"/>
        <source>The party you work for; its position is shown first</source>
        <translation>La partie pour laquelle vous travaillez; sa position est affichée en premier</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="78"/>
        <source>Choose your delegation</source>
        <translation>Choisissez votre délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="87"/>
        <source>Device id</source>
        <translation>Identifiant de l’appareil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="87"/>
        <source>This computer&apos;s id, made once, recorded with changes</source>
        <translation>L’identifiant de cet ordinateur, créé une seule fois et consigné avec les modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="92"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="92"/>
        <source>Why the profile was not saved</source>
        <translation>Pourquoi le profil n’a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="98"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="102"/>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="105"/>
        <source>Save your name and delegation</source>
        <translation>Enregistrer votre nom et votre délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="106"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="129"/>
        <source>Choose your delegation; its position is shown first.</source>
        <translation>Choisissez votre délégation; sa position est affichée en premier.</translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="181"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="182"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="386"/>
        <source>Progress dashboard</source>
        <translation>Tableau de bord de l’avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="183"/>
        <source>How far the summit&apos;s positions have come</source>
        <translation>Où en sont les positions sur le sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="186"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="191"/>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="193"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="194"/>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="196"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="231"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="200"/>
        <source>With our position:</source>
        <translation>Avec notre position :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="201"/>
        <source>With our position</source>
        <translation>Avec notre position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="203"/>
        <source>High priority, without our stance</source>
        <translation>Priorité élevée, sans notre position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="204"/>
        <source>Changes in the last 7 days</source>
        <translation>Modifications des 7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="205"/>
        <source>Commitments:</source>
        <translation>Engagements :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="207"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="326"/>
        <source>High priority, without our stance:</source>
        <translation>Priorité élevée, sans notre position :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="209"/>
        <source>Changes in the last 7 days:</source>
        <translation>Modifications des 7 derniers jours :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="211"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="212"/>
        <source>Stances by party</source>
        <translation>Positions par partie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="217"/>
        <source>Stance counts</source>
        <translation>Nombre de positions</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="218"/>
        <source>How many commitments each party takes each stance on</source>
        <translation>Combien d’engagements chaque partie appuie, rejette, etc.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="219"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="225"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="226"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="229"/>
        <source>Statuses</source>
        <translation>États</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="230"/>
        <source>How many commitments are at each implementation status</source>
        <translation>Combien d’engagements en sont à chaque état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="231"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="234"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="235"/>
        <source>Who changed what this week</source>
        <translation>Qui a modifié quoi cette semaine</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="238"/>
        <source>Changes this week</source>
        <translation>Modifications de la semaine</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="239"/>
        <source>Who saved changes in the last 7 days, how many, and on which commitments</source>
        <translation>Qui a enregistré des modifications ces 7 derniers jours, combien, et sur quels engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="252"/>
        <source>High priorities without our stance</source>
        <translation>Priorités élevées sans notre position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="255"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="256"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="257"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="258"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="260"/>
        <source>A briefing book whose first section is this progress</source>
        <translation>Un cahier d’information dont la première section est cet avancement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="264"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="309"/>
        <source>Progress · {summit}</source>
        <translation>Avancement · {summit}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="316"/>
        <source>With our position ({party}):</source>
        <translation>Avec notre position ({party}) :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="321"/>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="328"/>
        <source>High priority, without any stance:</source>
        <translation>Priorité élevée, sans aucune position :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/dashboard.py" line="341"/>
        <source>{count} by {people} people</source>
        <translation>
            <numerusform>{count} par {people} personne</numerusform>
            <numerusform>{count} par {people} personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="345"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="385"/>
        <source>The progress could not be read.</source>
        <translation>L’avancement n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="360"/>
        <location filename="../../nals_desktop/ui/exchange.py" line="361"/>
        <source>Receive from a colleague</source>
        <translation>Recevoir d’un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="362"/>
        <source>What a colleague&apos;s bundle would change, before it is applied</source>
        <translation>Ce que le paquet d’un collègue changerait, avant de l’appliquer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="370"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="371"/>
        <source>The bundle and who sent it</source>
        <translation>Le paquet et qui l’a envoyé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="372"/>
        <source>What applying the bundle changes</source>
        <translation>Ce que l’application du paquet change</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Fields in conflict</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="385"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="386"/>
        <source>Each position or status the bundle changes, and how</source>
        <translation>Chaque position ou état que le paquet change, et comment</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="389"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="409"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="423"/>
        <source>an unnamed colleague</source>
        <translation>un collègue sans nom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="427"/>
        <source>{name}, from {sender}</source>
        <translation>{name}, de {sender}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="431"/>
        <source>Adds the summit “{title}”.</source>
        <translation>Ajoute le sommet « {title} ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="435"/>
        <source>Gives {n} commitments of a summit this store has their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>{n} engagement d’un sommet déjà dans la base de données reçoit son groupe (l’intertitre sous lequel il figure).</numerusform>
            <numerusform>{n} engagements d’un sommet déjà dans la base de données reçoivent leur groupe (l’intertitre sous lequel ils figurent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="446"/>
        <source>{n} new</source>
        <translation>
            <numerusform>{n} nouvelle</numerusform>
            <numerusform>{n} nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="447"/>
        <source>{n} brought up to date</source>
        <translation>
            <numerusform>{n} mise à jour</numerusform>
            <numerusform>{n} mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="448"/>
        <source>{n} merged without conflict</source>
        <translation>
            <numerusform>{n} fusionnée sans conflit</numerusform>
            <numerusform>{n} fusionnées sans conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="449"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} en conflit</numerusform>
            <numerusform>{n} en conflit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="451"/>
        <source>Positions and statuses: {counts}.</source>
        <translation>Positions et états : {counts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="454"/>
        <source>{added} of the {received} revisions in the bundle are new here.</source>
        <translation>
            <numerusform>{added} des {received} versions du paquet est nouvelle ici.</numerusform>
            <numerusform>{added} des {received} versions du paquet sont nouvelles ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="460"/>
        <source>Conflicts keep both values: every laptop shows the later one until someone settles it (Conflicts, in the navigator).</source>
        <translation>Un conflit garde les deux valeurs : chaque portable affiche la plus récente jusqu’à ce que quelqu’un le règle (Conflits, dans le navigateur).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="465"/>
        <source>Nothing new: this store has everything the bundle holds.</source>
        <translation>Rien de nouveau : cette base de données a déjà tout ce que contient le paquet.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="480"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="481"/>
        <source>Brought up to date</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="482"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="484"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="487"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="497"/>
        <source>Applying {name}…</source>
        <translation>Application de {name}…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="518"/>
        <source>The bundle cannot be read; nothing was imported.</source>
        <translation>Le paquet est illisible; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="519"/>
        <source>Cannot receive the bundle</source>
        <translation>Impossible de recevoir le paquet</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="18"/>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="21"/>
        <source>words; the last one may be the start of a word</source>
        <translation>des mots; le dernier peut être le début d’un mot</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="24"/>
        <source>an exact phrase</source>
        <translation>une expression exacte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="27"/>
        <source>leave out what contains a word</source>
        <translation>exclure ce qui contient un mot</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="30"/>
        <source>a pillar, by tab letter or short title</source>
        <translation>un pilier, par lettre d’onglet ou titre court</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="33"/>
        <source>a group: the sub-heading commitments stand under</source>
        <translation>un groupe : l’intertitre sous lequel figurent des engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="36"/>
        <source>positions tagged so</source>
        <translation>les positions portant cette étiquette</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="39"/>
        <source>a party&apos;s stance (support, neutral, oppose…)</source>
        <translation>la position d’une partie (support, neutral, oppose…)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="42"/>
        <source>implementation status</source>
        <translation>l’état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="45"/>
        <source>a party&apos;s priority</source>
        <translation>la priorité d’une partie</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="48"/>
        <source>commitments on which a party has a position</source>
        <translation>les engagements sur lesquels une partie a une position</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="51"/>
        <source>“-” before a field excludes it</source>
        <translation>« - » devant un champ l’exclut</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="70"/>
        <source>Search  (Ctrl+F)   e.g.  methane -waste  pillar:B</source>
        <translation>Rechercher  (Ctrl+F)   p. ex.  méthane -déchets  pillar:B</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="72"/>
        <source>Search commitments</source>
        <translation>Rechercher des engagements</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="75"/>
        <source>Searches every summit as you type. Quoted phrases, a minus sign to exclude, and the fields pillar:, group:, tag:, stance:, status:, priority:. Press Down to go to the results, Escape to clear.</source>
        <translation>Cherche dans tous les sommets pendant la saisie. Expressions entre guillemets, signe moins pour exclure, et les champs pillar:, group:, tag:, stance:, status:, priority:. Appuyez sur Flèche vers le bas pour aller aux résultats, sur Échap pour effacer.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="83"/>
        <source>Search problem</source>
        <translation>Problème de recherche</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="84"/>
        <source>Why the search could not be run</source>
        <translation>Pourquoi la recherche n’a pas pu être lancée</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="109"/>
        <location filename="../../nals_desktop/ui/exchange.py" line="110"/>
        <source>Send to a colleague</source>
        <translation>Envoyer à un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="111"/>
        <source>Write your annotations to a bundle file for a colleague</source>
        <translation>Écrire vos annotations dans un fichier paquet pour un collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="116"/>
        <source>Writes a .nalsx bundle with your positions, statuses and their history. Carry it on a stick or send it by secure mail; your colleague opens it with File → Exchange → Receive…</source>
        <translation>Écrit un paquet .nalsx avec vos positions, vos états et leur historique. Transportez-le sur une clé ou envoyez-le par courriel sécurisé; votre collègue l’ouvre avec Fichier → Échanges → Recevoir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="122"/>
        <source>What writing the bundle did</source>
        <translation>Ce qu’a fait l’écriture du paquet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="126"/>
        <source>Only “{title}”</source>
        <translation>Seulement « {title} »</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="128"/>
        <source>Send the summit in view</source>
        <translation>Envoyer le sommet affiché</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="129"/>
        <source>All summits</source>
        <translation>Tous les sommets</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="130"/>
        <source>Send every summit of the store</source>
        <translation>Envoyer tous les sommets de la base de données</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="133"/>
        <source>Only the group “{group}”</source>
        <translation>Seulement le groupe « {group} »</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="137"/>
        <source>Send the annotations of the group in view (a sub-heading of a pillar), with its summit&apos;s text</source>
        <translation>Envoyer les annotations du groupe affiché (un intertitre d’un pilier), avec le texte de son sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="157"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="158"/>
        <source>Every saved revision, whoever has it already</source>
        <translation>Toutes les versions enregistrées, même celles qu’il a déjà</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="159"/>
        <source>Only what this colleague has not received:</source>
        <translation>Seulement ce que ce collègue n’a pas reçu :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="161"/>
        <source>Leave out what this colleague sent you or was sent before</source>
        <translation>Laisser de côté ce que ce collègue vous a envoyé ou a déjà reçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="169"/>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="171"/>
        <source>A colleague becomes known once one of their bundles was received</source>
        <translation>Un collègue est connu dès qu’un de ses paquets a été reçu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="186"/>
        <source>Bundle file</source>
        <translation>Fichier paquet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="187"/>
        <source>Where the bundle is written</source>
        <translation>Où le paquet est écrit</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="190"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="191"/>
        <source>Choose where to write the bundle</source>
        <translation>Choisir où écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="198"/>
        <source>Summits:</source>
        <translation>Sommets :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="199"/>
        <source>Revisions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="200"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="204"/>
        <source>&amp;Write bundle</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="230"/>
        <source>Cannot read the colleagues</source>
        <translation>Impossible de lire les collègues</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="239"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="247"/>
        <source>No colleague is known yet: one is, once you have received one of their bundles.</source>
        <translation>Aucun collègue n’est encore connu : il le devient dès que vous avez reçu un de ses paquets.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="281"/>
        <source>Say where to write the bundle.</source>
        <translation>Indiquez où écrire le paquet.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="286"/>
        <source>{path} exists. Click “Write bundle” again to replace it.</source>
        <translation>{path} existe. Cliquez de nouveau sur « Écrire le paquet » pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="293"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="307"/>
        <source>{n} revisions</source>
        <translation>
            <numerusform>{n} version</numerusform>
            <numerusform>{n} versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="308"/>
        <source>{n} summits</source>
        <translation>
            <numerusform>{n} sommet</numerusform>
            <numerusform>{n} sommets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="311"/>
        <source>Wrote {path}: {revisions} of the group “{group}”, {size} KB.</source>
        <translation>{path} écrit : {revisions} du groupe « {group} », {size} Ko.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="315"/>
        <source>Wrote {path}: {revisions} of {summits}, {size} KB.</source>
        <translation>{path} écrit : {revisions} de {summits}, {size} Ko.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="319"/>
        <source>Nothing new to send: the bundle holds no revisions.</source>
        <translation>Rien de nouveau à envoyer : le paquet ne contient aucune version.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="330"/>
        <source>Cannot write the bundle</source>
        <translation>Impossible d’écrire le paquet</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="150"/>
        <source>Delegation server</source>
        <translation>Serveur de délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="151"/>
        <source>Where this laptop syncs with the delegation</source>
        <translation>Où cet ordinateur se synchronise avec la délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="158"/>
        <source>Your delegation&apos;s IT gives you the server&apos;s address and your user name. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Les TI de votre délégation vous donnent l’adresse du serveur et votre nom d’utilisateur. Le mot de passe est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="164"/>
        <source>About the delegation server</source>
        <translation>À propos du serveur de délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="169"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="169"/>
        <source>postgresql://host/database</source>
        <translation>postgresql://hôte/base</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="171"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="171"/>
        <source>Your login on the server</source>
        <translation>Votre identifiant sur le serveur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="174"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="175"/>
        <source>Kept in this computer&apos;s keyring</source>
        <translation>Conservé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="175"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="179"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="179"/>
        <source>Why the settings were not saved</source>
        <translation>Pourquoi les réglages n’ont pas été enregistrés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="183"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="184"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="185"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="191"/>
        <source>Remember the server; keep the password in the keyring</source>
        <translation>Retenir le serveur; conserver le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="212"/>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d’utilisateur sur le serveur.</translation>
    </message>
</context>
<context>
    <name>StanceBars</name>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="56"/>
        <source>Stances by party</source>
        <translation>Positions par partie</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="53"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="55"/>
        <source>NALS stores (*.sqlite);;All files (*)</source>
        <translation>Bases de données NALS (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="60"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="70"/>
        <location filename="../../nals_desktop/ui/maintenance.py" line="120"/>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="71"/>
        <source>Only an SQLite store can be restored from a backup.</source>
        <translation>Seule une base de données SQLite peut être restaurée à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="93"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="96"/>
        <source>The backup was restored. The previous store could not be read ({reason}); it was set aside as it was: {path}</source>
        <translation>La sauvegarde a été restaurée. La base de données précédente n’a pas pu être lue ({reason}); elle a été mise de côté telle quelle : {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="100"/>
        <source>The backup was restored. The previous store was saved as {path}</source>
        <translation>La sauvegarde a été restaurée. La base de données précédente a été enregistrée sous {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="105"/>
        <location filename="../../nals_desktop/ui/maintenance.py" line="111"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>SummitDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="40"/>
        <source>Summit details</source>
        <translation>Détails du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="41"/>
        <source>The summit&apos;s title, date, location and parties</source>
        <translation>Le titre, la date, le lieu et les parties du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="45"/>
        <source>The summit&apos;s title, shown everywhere</source>
        <translation>Le titre du sommet, affiché partout</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="46"/>
        <source>&amp;Known</source>
        <translation>&amp;Connue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="48"/>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="48"/>
        <source>Untick when the date is not known</source>
        <translation>Décochez si la date n’est pas connue</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="56"/>
        <source>When the summit took place</source>
        <translation>La date du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="58"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="58"/>
        <source>Where the summit took place</source>
        <translation>Le lieu du sommet</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="60"/>
        <source>e.g. CA, MX, US</source>
        <translation>p. ex. CA, MX, US</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="63"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="64"/>
        <source>Party codes in order, separated by commas; a party with positions cannot go</source>
        <translation>Les codes des parties dans l’ordre, séparés par des virgules; une partie ayant des positions ne peut être retirée</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="69"/>
        <source>Why the details were not saved</source>
        <translation>Pourquoi les détails n’ont pas été enregistrés</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="74"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="75"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="76"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="77"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties :</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="88"/>
        <source>Save the summit&apos;s details</source>
        <translation>Enregistrer les détails du sommet</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="46"/>
        <source>Delegation server</source>
        <translation>Serveur de délégation</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="46"/>
        <source>When this laptop last synced</source>
        <translation>Dernière synchronisation de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="107"/>
        <source>Not syncing: no delegation server set</source>
        <translation>Pas de synchronisation : aucun serveur de délégation défini</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="108"/>
        <source>Edit → Delegation server… sets one</source>
        <translation>Édition → Serveur de délégation… en définit un</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="111"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="114"/>
        <source>Not synced: {reason}</source>
        <translation>Non synchronisé : {reason}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="116"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="118"/>
        <source>Synced {when}</source>
        <translation>Synchronisé {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="120"/>
        <source>{n} to send</source>
        <translation>
            <numerusform>{n} à envoyer</numerusform>
            <numerusform>{n} à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="130"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="132"/>
        <source>{n} min ago</source>
        <translation>
            <numerusform>il y a {n} min</numerusform>
            <numerusform>il y a {n} min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="133"/>
        <source>at {time}</source>
        <translation>le {time}</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="273"/>
        <source>This passphrase is not the open store&apos;s.</source>
        <translation>Cette phrase de passe n’est pas celle de la base de données ouverte.</translation>
    </message>
</context>
</TS>
