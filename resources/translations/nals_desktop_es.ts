<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="62"/>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="66"/>
        <source>Clear {field}</source>
        <translation>Borrar {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="75"/>
        <source>Vertical scroll bar</source>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="75"/>
        <source>Vertical scroll bar of {area}</source>
        <translation>Barra de desplazamiento vertical de {area}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="78"/>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="78"/>
        <source>Horizontal scroll bar of {area}</source>
        <translation>Barra de desplazamiento horizontal de {area}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/accessibility.py" line="103"/>
        <source>Choices of {field}</source>
        <translation>Opciones de {field}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="73"/>
        <source>Save briefing book as</source>
        <translation>Guardar el cuaderno informativo como</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="75"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="88"/>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="89"/>
        <source>{name} already exists in {folder}. Replace it with the new briefing book?</source>
        <translation>{name} ya existe en {folder}. ¿Desea reemplazarlo con el nuevo cuaderno informativo?</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="158"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="160"/>
        <source>Export briefing book</source>
        <translation>Exportar cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="162"/>
        <source>Choose what goes into the briefing book and how it is marked, then build the PDF.</source>
        <translation>Elija el contenido del cuaderno informativo y su clasificación; luego genere el PDF.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="225"/>
        <source>Book options</source>
        <translation>Opciones del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="226"/>
        <source>Everything the book is built from</source>
        <translation>Todo aquello con lo que se genera el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="229"/>
        <source>What goes into the book</source>
        <translation>Contenido del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="230"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="231"/>
        <source>The summit and which of its commitments the book covers</source>
        <translation>La cumbre y cuáles de sus compromisos abarca el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>The summit the briefing book is about</source>
        <translation>La cumbre de la que trata el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="243"/>
        <source>Su&amp;mmit:</source>
        <translation>C&amp;umbre:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="247"/>
        <source>The &amp;whole summit</source>
        <translation>&amp;Toda la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="249"/>
        <source>Every pillar and commitment of the summit</source>
        <translation>Todos los pilares y compromisos de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="249"/>
        <source>Whole summit</source>
        <translation>Toda la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="251"/>
        <source>Chosen &amp;pillars:</source>
        <translation>P&amp;ilares elegidos:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="253"/>
        <source>Chosen pillars</source>
        <translation>Pilares elegidos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="253"/>
        <source>Only the pillars ticked in the list below</source>
        <translation>Solo los pilares marcados en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="262"/>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="262"/>
        <source>Tick the pillars to print; Space ticks the current one</source>
        <translation>Marque los pilares que desea imprimir; la barra espaciadora marca el actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="265"/>
        <source>One group of a pillar:</source>
        <translation>Un grupo de un pilar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="268"/>
        <source>One group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="269"/>
        <source>Only the commitments under one sub-heading of a pillar, chosen in the list below</source>
        <translation>Solo los compromisos bajo un subtítulo de un pilar, elegido en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="276"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="277"/>
        <source>The group (a sub-heading of a pillar) whose commitments are printed</source>
        <translation>El grupo (un subtítulo de un pilar) cuyos compromisos se imprimen</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="279"/>
        <source>The &amp;selected commitments</source>
        <translation>Los compromisos &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="282"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="289"/>
        <source>Selected commitments</source>
        <translation>Compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="283"/>
        <source>Only the commitments selected in the main window</source>
        <translation>Solo los compromisos seleccionados en la ventana principal</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="289"/>
        <source>The references of the selected commitments</source>
        <translation>Las referencias de los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="291"/>
        <source>The results of a saved s&amp;earch:</source>
        <translation>Los resultados de una bús&amp;queda guardada:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="293"/>
        <source>Only the commitments a saved search finds</source>
        <translation>Solo los compromisos que encuentra una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="293"/>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="297"/>
        <source>Current search: {query}</source>
        <translation>Búsqueda actual: {query}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="304"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="304"/>
        <source>Which saved search chooses the commitments</source>
        <translation>La búsqueda guardada que elige los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="332"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="333"/>
        <source>Whose positions</source>
        <translation>Posiciones a imprimir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="334"/>
        <source>The parties whose positions are printed</source>
        <translation>Las partes cuyas posiciones se imprimen</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="341"/>
        <source>Parties left out</source>
        <translation>Partes omitidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="341"/>
        <source>Parties not ticked whose positions are recorded</source>
        <translation>Partes no marcadas cuyas posiciones están registradas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="347"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="348"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="349"/>
        <source>The parts of the book to print</source>
        <translation>Las partes del cuaderno que se imprimen</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="351"/>
        <source>&amp;Cover</source>
        <translation>P&amp;ortada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="351"/>
        <source>Title, summit, marking, copy number and who it is for</source>
        <translation>Título, cumbre, clasificación, número de ejemplar y destinatario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="352"/>
        <source>Co&amp;ntents</source>
        <translation>Co&amp;ntenido</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="352"/>
        <source>Table of contents with page numbers and tab letters</source>
        <translation>Índice con números de página y letras de separador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="354"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="356"/>
        <source>First: how many commitments have our position, stances per party, statuses, this week&apos;s changes</source>
        <translation>Primero: cuántos compromisos tienen nuestra posición, posturas por parte, estados, cambios de la semana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="361"/>
        <source>Positions compared</source>
        <translation>Posiciones comparadas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="363"/>
        <source>Every party&apos;s stance, priority, objective, key messages, red line and fallback side by side</source>
        <translation>Postura, prioridad, objetivo, mensajes clave, línea roja y posición alternativa de cada parte, lado a lado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="368"/>
        <source>Positions matri&amp;x</source>
        <translation>Matri&amp;z de posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="369"/>
        <source>Commitments × parties with the stance in each cell, and a chart</source>
        <translation>Compromisos × partes con la postura en cada celda, y una gráfica</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="372"/>
        <source>Pi&amp;llars and commitments</source>
        <translation>Pilares &amp;y compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="373"/>
        <source>A tab per pillar, then each commitment with the positions</source>
        <translation>Un separador por pilar y luego cada compromiso con las posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="375"/>
        <source>Annex: c&amp;hanges</source>
        <translation>Ane&amp;xo: cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="375"/>
        <source>What changed, from the revision history</source>
        <translation>Lo que cambió, según el historial de versiones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="376"/>
        <source>Annex: s&amp;ource documents</source>
        <translation>Anexo: documentos &amp;fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="376"/>
        <source>The documents the summit&apos;s text came from</source>
        <translation>Los documentos de los que proviene el texto de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="386"/>
        <source>Chan&amp;ges since:</source>
        <translation>Ca&amp;mbios desde:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="389"/>
        <source>Changes since a date</source>
        <translation>Cambios desde una fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="390"/>
        <source>List in the annex what changed since the chosen date</source>
        <translation>Enumerar en el anexo lo que cambió desde la fecha elegida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="397"/>
        <source>Changes since date</source>
        <translation>Fecha de inicio de los cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="397"/>
        <source>The annex lists changes made on or after this day</source>
        <translation>El anexo enumera los cambios hechos en esta fecha o después</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="407"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="408"/>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="409"/>
        <source>What the cover says</source>
        <translation>Lo que dice la portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="412"/>
        <source>The book&apos;s title, on the cover and at the top of every page</source>
        <translation>El título del cuaderno, en la portada y en la parte superior de cada página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="412"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="414"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="768"/>
        <source>Briefing book</source>
        <translation>Cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="415"/>
        <source>A line under the title on the cover</source>
        <translation>Una línea debajo del título en la portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="415"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="416"/>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="416"/>
        <source>The principal the book is for</source>
        <translation>La persona a quien está destinado el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="417"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="417"/>
        <source>The team or officer who prepared the book</source>
        <translation>El equipo o la persona que preparó el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="419"/>
        <source>Copy number</source>
        <translation>Número de ejemplar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="419"/>
        <source>The number of this copy, printed on the cover and footer</source>
        <translation>El número de este ejemplar, impreso en la portada y en el pie de página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="423"/>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="424"/>
        <source>S&amp;ubtitle:</source>
        <translation>Su&amp;btítulo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="425"/>
        <source>Prepared &amp;for:</source>
        <translation>&amp;Preparado para:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="426"/>
        <source>Prepare&amp;d by:</source>
        <translation>Pr&amp;eparado por:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="427"/>
        <source>Cop&amp;y number:</source>
        <translation>Número de e&amp;jemplar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="432"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="433"/>
        <source>Marking and paper</source>
        <translation>Clasificación y papel</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="434"/>
        <source>The security marking on every page, and the paper size</source>
        <translation>La clasificación de seguridad en cada página y el tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="436"/>
        <source>Automatic (highest marking found)</source>
        <translation>Automática (la clasificación más alta encontrada)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="441"/>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="442"/>
        <source>The marking printed on every page; automatic uses the highest marking in the book</source>
        <translation>La clasificación impresa en cada página; “Automática” usa la clasificación más alta del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="446"/>
        <source>Top and bottom</source>
        <translation>Arriba y abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="447"/>
        <source>Top only</source>
        <translation>Solo arriba</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="448"/>
        <source>Bottom only</source>
        <translation>Solo abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="452"/>
        <source>Marking placement</source>
        <translation>Ubicación de la clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="452"/>
        <source>Where on each page the marking is printed</source>
        <translation>El lugar de cada página donde se imprime la clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="455"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="455"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="457"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="457"/>
        <source>The paper the book is laid out for</source>
        <translation>El papel para el que se diagrama el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="463"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="464"/>
        <source>The language the book is printed in, whatever the language of the app</source>
        <translation>El idioma en que se imprime el cuaderno, sea cual sea el de la aplicación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="466"/>
        <source>Reproduc&amp;ible (same content, same bytes)</source>
        <translation>&amp;Reproducible (mismo contenido, mismos bytes)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="469"/>
        <source>Reproducible</source>
        <translation>Reproducible</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="470"/>
        <source>Fixed dates and ID in the file, so rebuilding the same content gives an identical file</source>
        <translation>Fechas e identificador fijos en el archivo: al volver a generar el mismo contenido se obtiene un archivo idéntico</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="475"/>
        <source>none: anyone with the file reads it</source>
        <translation>ninguna: cualquiera que tenga el archivo lo lee</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="478"/>
        <source>Password to open the book</source>
        <translation>Contraseña para abrir el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="479"/>
        <source>At least 8 characters; the PDF is encrypted with AES-256 and opens only with it</source>
        <translation>Al menos 8 caracteres; el PDF se cifra con AES-256 y solo se abre con ella</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="483"/>
        <source>Mar&amp;king:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="484"/>
        <source>Pl&amp;acement:</source>
        <translation>Ubic&amp;ación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="485"/>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño &amp;del papel:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="486"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="487"/>
        <source>Password to open:</source>
        <translation>Contraseña para abrir:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="493"/>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="493"/>
        <source>Where the PDF is written</source>
        <translation>Dónde se escribe el PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="494"/>
        <source>B&amp;rowse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="495"/>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="495"/>
        <source>Choose where to save the PDF</source>
        <translation>Elegir dónde guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="498"/>
        <source>Sa&amp;ve as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="521"/>
        <source>Build status</source>
        <translation>Estado de la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="521"/>
        <source>What the build is doing, or how it ended</source>
        <translation>Lo que hace la generación, o cómo terminó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="524"/>
        <source>Build progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="524"/>
        <source>How far the briefing book has been built</source>
        <translation>Cuánto se ha avanzado en la generación del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="526"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="529"/>
        <source>Cancel build</source>
        <translation>Cancelar la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="530"/>
        <source>Stop building; no file is written and an existing file stays as it was</source>
        <translation>Detener la generación; no se escribe ningún archivo y un archivo existente queda como estaba</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="540"/>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="541"/>
        <source>Build</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="541"/>
        <source>Build the briefing book and show it</source>
        <translation>Generar el cuaderno informativo y mostrarlo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="545"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="545"/>
        <source>Close without building</source>
        <translation>Cerrar sin generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="620"/>
        <source>{party} (our delegation)</source>
        <translation>{party} (nuestra delegación)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="627"/>
        <source>Print our delegation&apos;s position in full (objective, messages, red line)</source>
        <translation>Imprimir la posición completa de nuestra delegación (objetivo, mensajes, línea roja)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="630"/>
        <source>Print our reading of {name}&apos;s position</source>
        <translation>Imprimir nuestra lectura de la posición de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="645"/>
        <source>{n} commitments: {refs}</source>
        <translation>
            <numerusform>{n} compromiso: {refs}</numerusform>
            <numerusform>{n} compromisos: {refs}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="652"/>
        <source>{n} selected: more than a book of a selection takes; choose the summit or pillars.</source>
        <translation>{n} seleccionados: más de los que admite un cuaderno de una selección; elija la cumbre o los pilares.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="656"/>
        <source>None selected in the main window.</source>
        <translation>No hay ninguno seleccionado en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="696"/>
        <source>Left out although their positions are recorded: {parties}. The book says so.</source>
        <translation>Omitidas aunque sus posiciones están registradas: {parties}. El cuaderno lo indica.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="807"/>
        <source>The store has no summits yet; import a fact sheet first.</source>
        <translation>La base de datos aún no tiene cumbres; primero importe una hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="810"/>
        <source>Tick at least one party whose positions go into the book.</source>
        <translation>Marque al menos una parte cuyas posiciones se incluirán en el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="819"/>
        <source>Nothing to print: choose a group.</source>
        <translation>No hay nada que imprimir: elija un grupo.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="824"/>
        <source>Nothing to print: tick at least one pillar.</source>
        <translation>No hay nada que imprimir: marque al menos un pilar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="828"/>
        <source>Nothing to print: no commitment is selected.</source>
        <translation>No hay nada que imprimir: no hay ningún compromiso seleccionado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="832"/>
        <source>Nothing to print: choose a saved search.</source>
        <translation>No hay nada que imprimir: elija una búsqueda guardada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="847"/>
        <source>Nothing to print: tick at least one section.</source>
        <translation>No hay nada que imprimir: marque al menos una sección.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="874"/>
        <source>A book&apos;s password needs at least 8 characters; nothing was written.</source>
        <translation>La contraseña de un cuaderno necesita al menos 8 caracteres; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="881"/>
        <source>Choose where to save the book.</source>
        <translation>Elija dónde guardar el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="927"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="990"/>
        <source>Cannot build the briefing book</source>
        <translation>No se puede generar el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="935"/>
        <source>Not built: {name} was kept.</source>
        <translation>No se generó: se conservó {name}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="958"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="969"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>
            <numerusform>Se escribió {path} ({pages} página).</numerusform>
            <numerusform>Se escribió {path} ({pages} páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="1003"/>
        <source>Building the briefing book…</source>
        <translation>Generando el cuaderno informativo…</translation>
    </message>
</context>
<context>
    <name>BookPreview</name>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="44"/>
        <source>Print briefing book</source>
        <translation>Imprimir cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="54"/>
        <source>Save a copy of the briefing book</source>
        <translation>Guardar una copia del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="94"/>
        <source>Briefing book preview</source>
        <translation>Vista previa del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="96"/>
        <source>The built briefing book, page by page; print it or open it elsewhere</source>
        <translation>El cuaderno informativo generado, página por página; imprímalo o ábralo en otro programa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="107"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="109"/>
        <source>The book&apos;s pages; Page Up and Page Down scroll, Ctrl+Plus and Ctrl+Minus zoom</source>
        <translation>Las páginas del cuaderno; RePág y AvPág desplazan, Ctrl+Más y Ctrl+Menos cambian el zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="114"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="116"/>
        <source>Preview toolbar</source>
        <translation>Barra de herramientas de la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="117"/>
        <source>Print, open, save, page and zoom</source>
        <translation>Imprimir, abrir, guardar, cambiar de página y zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="119"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="122"/>
        <source>Print the book on a printer of this computer</source>
        <translation>Imprimir el cuaderno en una impresora de esta computadora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="125"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Abrir en el visor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="128"/>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>Abrir el PDF en el visor de PDF del sistema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="131"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="134"/>
        <source>Save a copy of the PDF somewhere else</source>
        <translation>Guardar una copia del PDF en otro lugar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="137"/>
        <source>Go to the previous page</source>
        <translation>Ir a la página anterior</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="137"/>
        <source>Pre&amp;vious page</source>
        <translation>Página an&amp;terior</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="140"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="140"/>
        <source>Go to the next page</source>
        <translation>Ir a la página siguiente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="143"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="146"/>
        <source>Show the pages larger</source>
        <translation>Mostrar las páginas más grandes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="149"/>
        <source>Zoom o&amp;ut</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="152"/>
        <source>Show the pages smaller</source>
        <translation>Mostrar las páginas más pequeñas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="155"/>
        <source>&amp;Fit width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="155"/>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="158"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="158"/>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="165"/>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="166"/>
        <source>Which page is shown, of how many</source>
        <translation>Qué página se muestra, de cuántas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="168"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="169"/>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
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
        <translation>El tamaño con que se muestran las páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="189"/>
        <source>Spacer</source>
        <translation>Espaciador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="190"/>
        <source>Empty space</source>
        <translation>Espacio vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="206"/>
        <source>Print status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="207"/>
        <source>What printing is doing, or how it ended</source>
        <translation>Lo que hace la impresión, o cómo terminó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="210"/>
        <source>Print progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="211"/>
        <source>How many of the pages have been sent to the printer</source>
        <translation>Cuántas páginas se han enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="212"/>
        <location filename="../../nals_desktop/ui/book/preview.py" line="213"/>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="214"/>
        <source>Stop sending pages to the printer</source>
        <translation>Dejar de enviar páginas a la impresora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="255"/>
        <source>{name} — Briefing book preview</source>
        <translation>{name} — Vista previa del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="259"/>
        <source>Cannot show the briefing book</source>
        <translation>No se puede mostrar el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="260"/>
        <source>{path} cannot be read as a PDF ({error}).</source>
        <translation>No se puede leer {path} como PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="281"/>
        <source>Page {x} of {y}</source>
        <translation>Página {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="283"/>
        <source>No pages</source>
        <translation>Sin páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="341"/>
        <source>Book page</source>
        <translation>Página del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="354"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="367"/>
        <source>Printing cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/preview.py" line="376"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>
            <numerusform>Se envió {n} página a la impresora.</numerusform>
            <numerusform>Se enviaron {n} páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="382"/>
        <source>Cannot print the briefing book</source>
        <translation>No se puede imprimir el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="399"/>
        <source>Cannot open the briefing book</source>
        <translation>No se puede abrir el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="400"/>
        <source>No application opened {path}; open it from your file manager.</source>
        <translation>Ninguna aplicación abrió {path}; ábralo desde su administrador de archivos.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="428"/>
        <source>Cannot save a copy of the briefing book</source>
        <translation>No se puede guardar una copia del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="429"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BookPrinting</name>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="48"/>
        <source>{path} can no longer be read; build the book again.</source>
        <translation>Ya no se puede leer {path}; vuelva a generar el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="52"/>
        <source>The printer {name} cannot be used.</source>
        <translation>No se puede usar la impresora {name}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="59"/>
        <source>Printing page {x} of {y}</source>
        <translation>Imprimiendo la página {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="61"/>
        <source>The printer refused page {x}.</source>
        <translation>La impresora rechazó la página {x}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="80"/>
        <source>Edit {n} commitments</source>
        <translation>
            <numerusform>Editar {n} compromiso</numerusform>
            <numerusform>Editar {n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="81"/>
        <source>Set the same values on every selected commitment</source>
        <translation>Asignar los mismos valores a cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="83"/>
        <source>Reading the selection…</source>
        <translation>Leyendo la selección…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="85"/>
        <source>Selected commitments</source>
        <translation>Compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="88"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="88"/>
        <source>Whose position the changes apply to</source>
        <translation>La parte cuya posición se modifica</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="90"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="90"/>
        <source>The stance to set, or leave unchanged</source>
        <translation>La postura que se asigna, o dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="93"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="93"/>
        <source>The priority to set, or leave unchanged</source>
        <translation>La prioridad que se asigna, o dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="96"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="116"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="218"/>
        <source>Leave unchanged</source>
        <translation>Dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="97"/>
        <source>Add these tags</source>
        <translation>Agregar estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="98"/>
        <source>Remove these tags</source>
        <translation>Quitar estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="99"/>
        <source>Replace all tags with these</source>
        <translation>Reemplazar todas las etiquetas por estas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="102"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="103"/>
        <source>Add or remove the tags given, keeping each commitment&apos;s others, or replace them all</source>
        <translation>Agregar o quitar las etiquetas indicadas, conservando las demás de cada compromiso, o reemplazarlas todas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="109"/>
        <source>Tags to change</source>
        <translation>Etiquetas por cambiar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="110"/>
        <source>Comma-separated tags for every selected commitment</source>
        <translation>Etiquetas separadas por comas para cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="121"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="143"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="122"/>
        <source>The status to set, or leave unchanged; a new status needs a reason</source>
        <translation>El estado que se asigna, o dejar sin cambios; un nuevo estado requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="125"/>
        <source>Required when you set a status</source>
        <translation>Obligatorio si asigna un estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="127"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="127"/>
        <source>Why the status changes; required with a status</source>
        <translation>Por qué cambia el estado; obligatorio con un estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="133"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="133"/>
        <source>Why nothing was applied</source>
        <translation>Por qué no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="136"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="138"/>
        <source>Part&amp;y:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="139"/>
        <source>&amp;Stance:</source>
        <translation>P&amp;ostura:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="140"/>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="141"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="145"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="146"/>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="152"/>
        <source>&amp;Apply to {n} commitments</source>
        <translation>
            <numerusform>&amp;Aplicar a {n} compromiso</numerusform>
            <numerusform>&amp;Aplicar a {n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="154"/>
        <source>Save the chosen values on every selected commitment</source>
        <translation>Guardar los valores elegidos en cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="157"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="157"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="180"/>
        <source>Cannot show the selected commitments</source>
        <translation>No se pueden mostrar los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="188"/>
        <source>Cannot offer the known tags</source>
        <translation>No se pueden ofrecer las etiquetas conocidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="205"/>
        <source>{party} (ours)</source>
        <translation>{party} (nosotros)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="219"/>
        <source>Clear (not set)</source>
        <translation>Borrar (sin definir)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="227"/>
        <source>Selected: {refs}. Fields left unchanged keep each commitment&apos;s own value; every commitment that changes gets one new revision.</source>
        <translation>Seleccionados: {refs}. Los campos que se dejan sin cambios conservan el valor propio de cada compromiso; cada compromiso que cambia recibe una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="263"/>
        <source>Choose at least one value to set; everything is left unchanged now.</source>
        <translation>Elija al menos un valor que asignar; por ahora todo queda sin cambios.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="267"/>
        <source>Say why the status changes: a reason is required.</source>
        <translation>Indique por qué cambia el estado: el motivo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="270"/>
        <source>These commitments have no party in common to set a position for.</source>
        <translation>Estos compromisos no tienen ninguna parte en común para la cual asignar una posición.</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="127"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="130"/>
        <source>The commitments in the chosen pillar or summit, or the search results. Click a column header to sort; the current commitment is shown in the detail pane. Shift or Ctrl with a click or an arrow key selects several.</source>
        <translation>Los compromisos del pilar o la cumbre elegidos, o los resultados de la búsqueda. Haga clic en un encabezado de columna para ordenar; el compromiso actual se muestra en el panel de detalles. Mayús o Ctrl con un clic o una tecla de flecha selecciona varios.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="108"/>
        <source>{party}&apos;s stance</source>
        <translation>Postura de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="112"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="112"/>
        <source>Priority of the first party that set one</source>
        <translation>Prioridad de la primera parte que asignó una</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="113"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="113"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="116"/>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="117"/>
        <source>When the commitment or a position on it last changed</source>
        <translation>Cuándo cambió por última vez el compromiso o una posición sobre él</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="121"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="121"/>
        <source>The sub-heading it stands under within its pillar</source>
        <translation>El subtítulo bajo el que figura dentro de su pilar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="124"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="124"/>
        <source>Reference: tab letter and item number</source>
        <translation>Referencia: letra del separador y número del punto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="126"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="126"/>
        <source>The commitment&apos;s text</source>
        <translation>El texto del compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="335"/>
        <source>{reference}, in conflict</source>
        <translation>{reference}, en conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="366"/>
        <source>Open conflict: {fields}. Open the commitment to settle it.</source>
        <translation>Conflicto abierto: {fields}. Abra el compromiso para resolverlo.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="221"/>
        <location filename="../../nals_desktop/ui/compare.py" line="222"/>
        <location filename="../../nals_desktop/ui/compare.py" line="330"/>
        <source>Compare positions</source>
        <translation>Comparar posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="224"/>
        <source>Every party&apos;s position on the chosen commitments, side by side</source>
        <translation>La posición de cada parte sobre los compromisos elegidos, lado a lado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="227"/>
        <location filename="../../nals_desktop/ui/compare.py" line="289"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="231"/>
        <source>Compared</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="232"/>
        <source>&amp;Only where the parties differ</source>
        <translation>&amp;Solo donde las partes difieren</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="233"/>
        <source>Only where the parties differ</source>
        <translation>Solo donde las partes difieren</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="234"/>
        <source>Hide the fields on which every party agrees</source>
        <translation>Ocultar los campos en los que todas las partes coinciden</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="237"/>
        <source>{mark} marks a field on which the parties differ; stances in the book&apos;s colours.</source>
        <translation>{mark} marca un campo en el que las partes difieren; posturas con los colores del cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="242"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="247"/>
        <source>Positions compared</source>
        <translation>Posiciones comparadas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="249"/>
        <source>A row per field of each commitment, a column per party; read-only</source>
        <translation>Una fila por campo de cada compromiso, una columna por parte; solo lectura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="263"/>
        <source>Close</source>
        <translation>Cerrar</translation>
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
            <numerusform>{summit}: {count} compromiso, las partes difieren en {differ}.</numerusform>
            <numerusform>{summit}: {count} compromisos, las partes difieren en {differ}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="329"/>
        <source>The positions could not be read.</source>
        <translation>No se pudieron leer las posiciones.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="121"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="123"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/compare.py" line="156"/>
        <source>{field}: the parties differ</source>
        <translation>{field}: las partes difieren</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="56"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="65"/>
        <source>someone unnamed</source>
        <translation>alguien sin nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="66"/>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="73"/>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="81"/>
        <source>{n} field in conflict</source>
        <translation>
            <numerusform>{n} campo en conflicto</numerusform>
            <numerusform>{n} campos en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="83"/>
        <source>between your changes and those of {others}</source>
        <translation>entre sus cambios y los de {others}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="85"/>
        <source>between the changes of {names}</source>
        <translation>entre los cambios de {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="87"/>
        <source>between two versions saved apart</source>
        <translation>entre dos versiones guardadas por separado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="91"/>
        <source>{count} {between}: {fields}. The later save is shown until someone chooses.</source>
        <translation>{count} {between}: {fields}. Se muestra el valor guardado más reciente hasta que alguien elija.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="131"/>
        <source>Resolve &amp;conflicts</source>
        <translation>Resolver los &amp;conflictos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="134"/>
        <source>Resolve conflicts</source>
        <translation>Resolver los conflictos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="134"/>
        <source>Show each conflicting field side by side</source>
        <translation>Mostrar lado a lado cada campo en conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="143"/>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="424"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="158"/>
        <source>{field} — {where}</source>
        <translation>{field} — {where}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="162"/>
        <source>Conflict on {field} ({where})</source>
        <translation>Conflicto en {field} ({where})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="163"/>
        <source>Both versions of this field are kept; choose one or write the merged value</source>
        <translation>Se conservan las dos versiones de este campo; elija una o escriba el valor combinado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="169"/>
        <source>Before both changes</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="169"/>
        <source>the common version</source>
        <translation>la versión común</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="172"/>
        <source>Ours (shown now)</source>
        <translation>La nuestra (la que se muestra)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="178"/>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="194"/>
        <source>{side}: saved by</source>
        <translation>{side}: guardada por</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="215"/>
        <source>{side}: {field}</source>
        <translation>{side}: {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="222"/>
        <source>Take &amp;ours</source>
        <translation>Tomar la &amp;nuestra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="226"/>
        <source>Take ours</source>
        <translation>Tomar la nuestra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="227"/>
        <source>Keep the value shown now, saved by {who}: {value}</source>
        <translation>Conservar el valor que se muestra, guardado por {who}: {value}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="232"/>
        <source>Take &amp;theirs</source>
        <translation>Tomar la &amp;suya</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="236"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="237"/>
        <source>Take the other version, saved by {who}: {value}</source>
        <translation>Tomar la otra versión, guardada por {who}: {value}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="243"/>
        <source>Choose a &amp;value</source>
        <translation>Elegir un &amp;valor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="243"/>
        <source>Edit the &amp;merged text</source>
        <translation>Editar el texto &amp;combinado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="250"/>
        <source>Write the value that settles the conflict, starting from both versions</source>
        <translation>Escribir el valor que resuelve el conflicto, a partir de ambas versiones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="266"/>
        <source>Merged value of {field}</source>
        <translation>Valor combinado de {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="267"/>
        <source>Lines between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; clash: keep what should stay and remove the marker lines</source>
        <translation>Las líneas entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt; chocan: conserve lo que deba quedar y borre las líneas de marca</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="269"/>
        <source>The value that settles the conflict</source>
        <translation>El valor que resuelve el conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="276"/>
        <source>Merge hint</source>
        <translation>Indicación de combinación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="276"/>
        <source>What is left to do before the merged value can be used</source>
        <translation>Lo que falta hacer antes de poder usar el valor combinado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="278"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Usar este valor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="281"/>
        <source>Settle the conflict with the value written above</source>
        <translation>Resolver el conflicto con el valor escrito arriba</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="281"/>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="284"/>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="287"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="287"/>
        <source>Close the merged value without settling anything</source>
        <translation>Cerrar el valor combinado sin resolver nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="301"/>
        <source>Why it was not settled</source>
        <translation>Por qué no se resolvió</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="324"/>
        <source>ours</source>
        <translation>la nuestra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="325"/>
        <source>theirs</source>
        <translation>la suya</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="395"/>
        <source>Keep what should stay of each block between the marker lines, then remove the marker lines.</source>
        <translation>Conserve lo que deba quedar de cada bloque entre las líneas de marca y luego borre esas líneas.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="425"/>
        <source>Each field changed differently on two laptops, with both versions side by side</source>
        <translation>Cada campo modificado de forma distinta en dos computadoras portátiles, con ambas versiones lado a lado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="448"/>
        <source>These fields were changed differently on two laptops. Both versions are kept; the later save is shown until you choose. Choosing writes a new revision that settles the field on every laptop it reaches; saving a new value of the field in its tab settles it too.</source>
        <translation>Estos campos se modificaron de forma distinta en dos computadoras portátiles. Se conservan ambas versiones; se muestra el valor guardado más reciente hasta que usted elija. Su elección crea una nueva versión que resuelve el campo en cada computadora a la que llegue; guardar un nuevo valor del campo en su pestaña también lo resuelve.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/conflicts.py" line="456"/>
        <source>About conflicts</source>
        <translation>Acerca de los conflictos</translation>
    </message>
</context>
<context>
    <name>DeleteSummitBox</name>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="130"/>
        <source>Delete summit</source>
        <translation>Eliminar la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="138"/>
        <source>A backup of the whole store is kept first; Help → Restore from backup… brings it back.</source>
        <translation>Antes se guarda una copia de seguridad de toda la base de datos; Ayuda → Restaurar una copia de seguridad… la recupera.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="140"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="142"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="142"/>
        <source>Delete the summit and all recorded on it</source>
        <translation>Eliminar la cumbre y todo lo registrado en ella</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="40"/>
        <source>Commitment details</source>
        <translation>Detalles del compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="43"/>
        <source>The selected commitment in full: its text, its pillar&apos;s introduction, nested items, source document, positions and implementation status.</source>
        <translation>El compromiso seleccionado completo: su texto, la introducción de su pilar, sus puntos anidados, el documento fuente, las posiciones y el estado de implementación.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="59"/>
        <source>Select a commitment to see it here.</source>
        <translation>Seleccione un compromiso para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="73"/>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="74"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="85"/>
        <source>No positions recorded yet.</source>
        <translation>Aún no hay posiciones registradas.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="86"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="95"/>
        <source>Not recorded.</source>
        <translation>Sin registrar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="99"/>
        <source>Pillar {tab}: {title}</source>
        <translation>Pilar {tab}: {title}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="107"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="113"/>
        <source>line {start}</source>
        <translation>línea {start}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="113"/>
        <source>lines {start}–{end}</source>
        <translation>líneas {start} a {end}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="117"/>
        <source>imported {when}</source>
        <translation>importado el {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="123"/>
        <source>No stance</source>
        <translation>Sin postura</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="110"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="111"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="113"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="114"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="81"/>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/errors.py" line="99"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="50"/>
        <source>Send to a colleague</source>
        <translation>Enviar a un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="52"/>
        <source>NALS bundles ({pattern})</source>
        <translation>Paquetes NALS ({pattern})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="61"/>
        <source>Receive from a colleague</source>
        <translation>Recibir de un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="63"/>
        <source>NALS bundles ({pattern});;All files (*)</source>
        <translation>Paquetes NALS ({pattern});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="74"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="442"/>
        <location filename="../../nals_desktop/ui/positions/history.py" line="493"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="444"/>
        <source>Every saved change to the positions and status of the selected commitment, newest first</source>
        <translation>Cada cambio guardado en las posiciones y el estado del compromiso seleccionado, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="463"/>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="465"/>
        <source>Saved changes, newest first: when, who, what and which fields; select one to see its differences</source>
        <translation>Cambios guardados, del más reciente al más antiguo: cuándo, quién, qué y cuáles campos; seleccione uno para ver sus diferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="476"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="478"/>
        <source>The fields the selected revision changed: the old value struck through, the new one highlighted</source>
        <translation>Los campos que cambió la versión seleccionada: el valor anterior tachado y el nuevo resaltado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="482"/>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="484"/>
        <source>Bring back the values as they were after this revision; this is saved as a new revision</source>
        <translation>Recuperar los valores tal como quedaron después de esta versión; esto se guarda como una nueva versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="486"/>
        <source>Restore this revision</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="492"/>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="492"/>
        <source>What the last action did</source>
        <translation>Lo que hizo la última acción</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="510"/>
        <source>Drag to resize the list and the details</source>
        <translation>Arrastre para cambiar el tamaño de la lista y los detalles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="510"/>
        <source>History divider</source>
        <translation>Divisor del historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="538"/>
        <source>Cannot show the history</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="575"/>
        <source>Cannot restore the revision</source>
        <translation>No se puede restaurar la versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="579"/>
        <source>Nothing to restore: the values of this revision are the current ones.</source>
        <translation>No hay nada que restaurar: los valores de esta versión son los actuales.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="586"/>
        <source>Restored the revision of {when}; the restore is the new revision above.</source>
        <translation>Se restauró la versión del {when}; la restauración es la nueva versión de arriba.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="594"/>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="594"/>
        <source>Select a commitment.</source>
        <translation>Seleccione un compromiso.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="71"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="99"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="101"/>
        <source>Import fact sheet</source>
        <translation>Importar hoja informativa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="73"/>
        <source>Fact sheets ({patterns});;All files (*)</source>
        <translation>Hojas informativas ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="104"/>
        <source>Choose a file or paste text, check the preview, correct the summit&apos;s details, then import.</source>
        <translation>Elija un archivo o pegue texto, revise la vista previa, corrija los datos de la cumbre y luego importe.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="114"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="116"/>
        <source>Where the fact sheet comes from: a file or pasted text</source>
        <translation>De dónde proviene la hoja informativa: un archivo o texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="121"/>
        <source>No file chosen (.txt, .md or .html)</source>
        <translation>Ningún archivo elegido (.txt, .md o .html)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="122"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="123"/>
        <source>The fact sheet file to import</source>
        <translation>El archivo de la hoja informativa que se importará</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="124"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="125"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="127"/>
        <source>Pick a .txt, .md or .html fact sheet to preview</source>
        <translation>Elegir una hoja informativa .txt, .md o .html para la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="135"/>
        <source>A fact sheet saved as plain text, Markdown or HTML. You can also drop a file on the main window.</source>
        <translation>Una hoja informativa guardada como texto sin formato, Markdown o HTML. También puede soltar un archivo en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="148"/>
        <source>Paste the fact sheet&apos;s text here…</source>
        <translation>Pegue aquí el texto de la hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="149"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="151"/>
        <source>The fact sheet&apos;s text, copied from a web page or document</source>
        <translation>El texto de la hoja informativa, copiado de una página web o de un documento</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="156"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
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
        <translation>Formato del texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="162"/>
        <source>Plain text, Markdown or HTML</source>
        <translation>Texto sin formato, Markdown o HTML</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="163"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="164"/>
        <source>Preview pasted text</source>
        <translation>Vista previa del texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="166"/>
        <source>Detect the summit, pillars and commitments; nothing is written</source>
        <translation>Detectar la cumbre, los pilares y los compromisos; no se escribe nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="170"/>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="179"/>
        <source>From a &amp;file</source>
        <translation>Desde un &amp;archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="180"/>
        <source>&amp;Paste text</source>
        <translation>&amp;Pegar texto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="183"/>
        <source>Summit (edit what was detected)</source>
        <translation>Cumbre (corrija lo detectado)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="185"/>
        <source>The summit&apos;s title</source>
        <translation>El título de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="185"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="187"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="187"/>
        <source>The summit&apos;s date, as YYYY-MM-DD; empty if unknown</source>
        <translation>La fecha de la cumbre, como AAAA-MM-DD; vacía si se desconoce</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="189"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="190"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="190"/>
        <source>Where the summit took place</source>
        <translation>Dónde se celebró la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <source>Party codes, separated by commas, e.g. CA, MX, US</source>
        <translation>Códigos de las partes, separados por comas, p. ej. CA, MX, US</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="210"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="212"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="213"/>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rtes:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="219"/>
        <source>What was detected</source>
        <translation>Lo que se detectó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="221"/>
        <source>How many pillars and commitments the preview found</source>
        <translation>Cuántos pilares y compromisos encontró la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="223"/>
        <source>Each p&amp;aragraph is a commitment</source>
        <translation>Cada párrafo es un c&amp;ompromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="224"/>
        <source>Paragraph mode</source>
        <translation>Modo párrafos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="227"/>
        <source>For joint statements and declarations without lists: each paragraph under each heading becomes a commitment</source>
        <translation>Para declaraciones conjuntas sin listas: cada párrafo bajo cada encabezado se vuelve un compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="234"/>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="236"/>
        <source>Titles that were guessed, unusual pillars, and text that will not be imported</source>
        <translation>Títulos deducidos, pilares inusuales y texto que no se importará</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="250"/>
        <source>Detected pillars and commitments</source>
        <translation>Pilares y compromisos detectados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="252"/>
        <source>Pillars with their commitments; press F2 on a pillar&apos;s short title to change it</source>
        <translation>Los pilares con sus compromisos; presione F2 sobre el título corto de un pilar para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="266"/>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="268"/>
        <source>Why the fact sheet could not be previewed or imported</source>
        <translation>Por qué no se pudo mostrar la vista previa de la hoja informativa o importarla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="273"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="274"/>
        <source>How far the preview or the import has come</source>
        <translation>Cuánto ha avanzado la vista previa o la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="277"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="278"/>
        <source>What the import is doing</source>
        <translation>Lo que hace la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="282"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="284"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="472"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="285"/>
        <source>Write the previewed summit into the store</source>
        <translation>Escribir la cumbre de la vista previa en la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="289"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="290"/>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="333"/>
        <source>Paste a fact sheet&apos;s text first.</source>
        <translation>Primero pegue el texto de una hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="350"/>
        <source>Reading and detecting the structure…</source>
        <translation>Leyendo y detectando la estructura…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="362"/>
        <source>…and {n} more</source>
        <translation>
            <numerusform>…y {n} más</numerusform>
            <numerusform>…y {n} más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="371"/>
        <source>Guessed: check it</source>
        <translation>Deducido: verifíquelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="383"/>
        <source>{n} nested items</source>
        <translation>
            <numerusform>{n} punto anidado</numerusform>
            <numerusform>{n} puntos anidados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="386"/>
        <source>{n} groups</source>
        <translation>
            <numerusform>{n} grupo</numerusform>
            <numerusform>{n} grupos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="390"/>
        <source>Nothing has been written yet. Check the details, then import.</source>
        <translation>Todavía no se ha escrito nada. Revise los datos y luego importe.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="403"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{value}” no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="430"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="443"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>Se importó “{title}”: {pillars}, {commitments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="450"/>
        <source>This document is already in the store as “{title}”; {n} commitments got their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>Este documento ya está en la base de datos como “{title}”; {n} compromiso recibió su grupo (el subtítulo bajo el que figura).</numerusform>
            <numerusform>Este documento ya está en la base de datos como “{title}”; {n} compromisos recibieron su grupo (el subtítulo bajo el que figuran).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="456"/>
        <source>This document is already in the store as “{title}”; nothing was added.</source>
        <translation>Este documento ya está en la base de datos como “{title}”; no se agregó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="493"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilar</numerusform>
            <numerusform>{n} pilares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="496"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} compromiso</numerusform>
            <numerusform>{n} compromisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="134"/>
        <source>Tab / ref.</source>
        <translation>Separador / ref.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="135"/>
        <source>Short title</source>
        <translation>Título corto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="136"/>
        <source>Heading or text</source>
        <translation>Encabezado o texto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="137"/>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="144"/>
        <source>Double-click or press F2 to edit a pillar&apos;s short title</source>
        <translation>Haga doble clic o presione F2 para editar el título corto de un pilar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="170"/>
        <source>Group within the pillar: {title}</source>
        <translation>Grupo dentro del pilar: {title}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="178"/>
        <source>Group: {title}</source>
        <translation>Grupo: {title}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="103"/>
        <source>NALS Desktop is locked</source>
        <translation>NALS Desktop está bloqueado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="106"/>
        <source>Your edits were saved. Type the store&apos;s passphrase to show them again.</source>
        <translation>Sus cambios se guardaron. Escriba la frase de contraseña de la base de datos para volver a mostrarlos.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="112"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="113"/>
        <source>The store&apos;s passphrase unlocks the window</source>
        <translation>La frase de contraseña de la base de datos desbloquea la ventana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="117"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="118"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="119"/>
        <source>Check the passphrase and show the window again</source>
        <translation>Verificar la frase de contraseña y volver a mostrar la ventana</translation>
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
        <translation>Paneles del compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="132"/>
        <source>The commitment, the positions on it, and the history of their changes</source>
        <translation>El compromiso, las posiciones sobre él y el historial de sus cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Positions</source>
        <translation>&amp;Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="136"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="154"/>
        <source>Pane divider</source>
        <translation>Divisor de paneles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="155"/>
        <source>Drag to resize the panes</source>
        <translation>Arrastre para cambiar el tamaño de los paneles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="160"/>
        <source>Shown commitments</source>
        <translation>Compromisos mostrados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="162"/>
        <source>How many commitments are shown, of how many, and where the store is</source>
        <translation>Cuántos compromisos se muestran, de cuántos, y dónde está la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="164"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="186"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="165"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="166"/>
        <source>Shown while the store is being read</source>
        <translation>Se muestra mientras se lee la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="169"/>
        <source>Read-only: NALS Desktop is already open on this store elsewhere.</source>
        <translation>Solo lectura: NALS Desktop ya está abierto con esta base de datos en otra ventana.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="172"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="173"/>
        <source>Changes cannot be saved in this window</source>
        <translation>En esta ventana no se pueden guardar cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Import fact sheet…</source>
        <translation>&amp;Importar hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="230"/>
        <source>Import a summit&apos;s fact sheet from a file or pasted text</source>
        <translation>Importar la hoja informativa de una cumbre desde un archivo o texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Export briefing book…</source>
        <translation>&amp;Exportar cuaderno informativo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="237"/>
        <source>Print the chosen summit, pillar or commitments as a PDF briefing book</source>
        <translation>Imprimir la cumbre, el pilar o los compromisos elegidos como cuaderno informativo en PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="240"/>
        <source>&amp;Send to a colleague…</source>
        <translation>&amp;Enviar a un colega…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="242"/>
        <source>Write your annotations to a bundle file for a colleague</source>
        <translation>Escribir sus anotaciones en un archivo de paquete para un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Recibir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="248"/>
        <source>Merge a colleague&apos;s bundle into this store, after a preview</source>
        <translation>Fusionar el paquete de un colega en esta base de datos, tras una vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="252"/>
        <source>Read the store again</source>
        <translation>Volver a leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="255"/>
        <source>S&amp;ync now</source>
        <translation>Si&amp;ncronizar ahora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="258"/>
        <source>Send and receive annotations through the delegation server</source>
        <translation>Enviar y recibir anotaciones por el servidor de delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="262"/>
        <source>&amp;Delegation server…</source>
        <translation>Ser&amp;vidor de delegación…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="264"/>
        <source>The delegation server&apos;s address and your user name</source>
        <translation>La dirección del servidor de delegación y su nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="267"/>
        <source>Quit NALS Desktop</source>
        <translation>Salir de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Copy commitment</source>
        <translation>&amp;Copiar compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="273"/>
        <source>Copy the selected commitment&apos;s reference and text</source>
        <translation>Copiar la referencia y el texto del compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="277"/>
        <source>Copy &amp;reference</source>
        <translation>Copiar refere&amp;ncia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="280"/>
        <source>Copy the selected commitment&apos;s reference</source>
        <translation>Copiar la referencia del compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="289"/>
        <source>Edit &amp;selected commitments…</source>
        <translation>Editar compromisos &amp;seleccionados…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="292"/>
        <source>Set stance, priority, tags or status on every selected commitment</source>
        <translation>Asignar postura, prioridad, etiquetas o estado a cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="296"/>
        <source>Summit de&amp;tails…</source>
        <translation>Da&amp;tos de la cumbre…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="298"/>
        <source>Fix the title, date, location or parties of the summit in view</source>
        <translation>Corregir el título, la fecha, el lugar o las partes de la cumbre mostrada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="301"/>
        <source>De&amp;lete summit…</source>
        <translation>Eli&amp;minar la cumbre…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="303"/>
        <source>Delete the summit in view with all recorded on it (a backup is kept first)</source>
        <translation>Eliminar la cumbre mostrada y todo lo registrado en ella (antes se guarda una copia de seguridad)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="308"/>
        <source>&amp;Your name and delegation…</source>
        <translation>Su nombre y de&amp;legación…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="311"/>
        <source>Who you are: recorded with every change you make</source>
        <translation>Quién es usted: se registra con cada cambio que haga</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="314"/>
        <source>Prefere&amp;nces…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="316"/>
        <source>The language of the app, and other settings of this computer</source>
        <translation>El idioma de la aplicación y otros ajustes de esta computadora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="322"/>
        <source>Search the commitments</source>
        <translation>Buscar en los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="326"/>
        <source>Clear search and &amp;filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="329"/>
        <source>Show every commitment of the chosen pillar or summit again</source>
        <translation>Volver a mostrar todos los compromisos del pilar o de la cumbre elegidos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="332"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="335"/>
        <source>Keep the current search in the navigator</source>
        <translation>Conservar la búsqueda actual en el panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="339"/>
        <source>Go to &amp;navigator</source>
        <translation>Ir al panel de &amp;navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="342"/>
        <source>Go to &amp;commitments</source>
        <translation>Ir a los &amp;compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="345"/>
        <source>Go to &amp;details</source>
        <translation>Ir a los &amp;detalles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="348"/>
        <source>Show na&amp;vigator</source>
        <translation>Mostrar &amp;panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="351"/>
        <source>Show detail &amp;pane</source>
        <translation>Mostrar panel de de&amp;talles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="357"/>
        <source>C&amp;ompare positions…</source>
        <translation>C&amp;omparar posiciones…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="361"/>
        <source>Every party&apos;s position on the selected commitments, or the pillar in view, side by side</source>
        <translation>La posición de cada parte sobre los compromisos seleccionados, o el pilar en pantalla, lado a lado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="365"/>
        <source>Pro&amp;gress dashboard…</source>
        <translation>Ta&amp;blero de avance…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="368"/>
        <source>How far the positions on the summit in view have come</source>
        <translation>Cuánto han avanzado las posiciones sobre la cumbre en pantalla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="371"/>
        <source>&amp;Search syntax</source>
        <translation>&amp;Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="373"/>
        <source>&amp;About NALS Desktop</source>
        <translation>&amp;Acerca de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="378"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="380"/>
        <source>Replace the store by a backup; the current store is kept</source>
        <translation>Reemplazar la base de datos por una copia de seguridad; se conserva la base de datos actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="386"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="388"/>
        <source>E&amp;xchange</source>
        <translation>Inter&amp;cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="404"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="410"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="413"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="417"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="418"/>
        <source>Import and search</source>
        <translation>Importar y buscar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="422"/>
        <source>Spacer</source>
        <translation>Espaciador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="423"/>
        <source>Empty space</source>
        <translation>Espacio vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="474"/>
        <source>Cannot read the store</source>
        <translation>No se puede leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="505"/>
        <source>{scope} — NALS Desktop</source>
        <translation>{scope} — NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="546"/>
        <source>Type a search first, then save it.</source>
        <translation>Primero escriba una búsqueda y luego guárdela.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="549"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="552"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="550"/>
        <source>Name of the saved search:</source>
        <translation>Nombre de la búsqueda guardada:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="553"/>
        <source>Give the current search a name to keep it in the navigator</source>
        <translation>Asigne un nombre a la búsqueda actual para conservarla en el panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="562"/>
        <source>Cannot save the search</source>
        <translation>No se puede guardar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="573"/>
        <source>Cannot delete the saved search</source>
        <translation>No se puede eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="626"/>
        <source>No commitment matches.</source>
        <translation>Ningún compromiso coincide.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="635"/>
        <source>Cannot show the commitments</source>
        <translation>No se pueden mostrar los compromisos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="739"/>
        <source>Updated: {n} commitments changed in another program.</source>
        <translation>
            <numerusform>Actualizado: {n} compromiso modificado en otro programa.</numerusform>
            <numerusform>Actualizado: {n} compromisos modificados en otro programa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="764"/>
        <source>Cannot count the facets</source>
        <translation>No se pueden contar las facetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="782"/>
        <source>Select the commitments to edit first.</source>
        <translation>Primero seleccione los compromisos que desea editar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="816"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="833"/>
        <source>Choose a summit in the navigator first.</source>
        <translation>Primero elija una cumbre en el navegador.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="826"/>
        <source>Saved the details of “{title}”.</source>
        <translation>Se guardaron los datos de “{title}”.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="840"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="862"/>
        <source>Cannot delete the summit</source>
        <translation>No se puede eliminar la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="869"/>
        <source>Deleted “{title}”; the store before it was saved as {path}</source>
        <translation>Se eliminó “{title}”; la base de datos anterior se guardó como {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="905"/>
        <source>The store&apos;s key is kept in the system keyring.</source>
        <translation>La clave de la base de datos se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="907"/>
        <source>The store&apos;s key was removed from the system keyring.</source>
        <translation>La clave de la base de datos se quitó del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="910"/>
        <source>System keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="925"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>
            <numerusform>{shown} mostrado de {total} · {path}</numerusform>
            <numerusform>{shown} mostrados de {total} · {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="931"/>
        <source>Shown commitments: {status}</source>
        <translation>Compromisos mostrados: {status}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1053"/>
        <source>Choose a summit or a pillar to compare its positions.</source>
        <translation>Elija una cumbre o un pilar para comparar sus posiciones.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1076"/>
        <source>Choose a summit to see its progress.</source>
        <translation>Elija una cumbre para ver su avance.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1101"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>Se importó “{title}”: {pillars}, {commitments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1103"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilar</numerusform>
            <numerusform>{n} pilares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1104"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} compromiso</numerusform>
            <numerusform>{n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1171"/>
        <source>Bundle written: {path}</source>
        <translation>Paquete escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1199"/>
        <source>This window is read-only: it cannot receive.</source>
        <translation>Esta ventana es de solo lectura: no puede recibir.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1218"/>
        <source>Received from {sender}: {revisions}, {conflicts}.</source>
        <translation>Recibido de {sender}: {revisions}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1220"/>
        <source>{n} new revisions</source>
        <translation>
            <numerusform>{n} versión nueva</numerusform>
            <numerusform>{n} versiones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="1221"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} en conflicto</numerusform>
            <numerusform>{n} en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1242"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="1257"/>
        <source>About NALS Desktop</source>
        <translation>Acerca de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1248"/>
        <source>Summit commitments, negotiating positions and briefing books, offline.</source>
        <translation>Compromisos de cumbres, posiciones de negociación y cuadernos informativos, sin conexión.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1250"/>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1252"/>
        <source>Store: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1254"/>
        <source>Qt {qt} · PySide6 {pyside}</source>
        <translation>Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1258"/>
        <source>Version and data folder</source>
        <translation>Versión y carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1266"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="1272"/>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="1273"/>
        <source>How to write searches</source>
        <translation>Cómo escribir búsquedas</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="72"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="127"/>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="429"/>
        <source>Summits</source>
        <translation>Cumbres</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="128"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="129"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="130"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="131"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="132"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="133"/>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="453"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="140"/>
        <source>All commitments</source>
        <translation>Todos los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="142"/>
        <source>Every commitment of every summit in the store</source>
        <translation>Todos los compromisos de todas las cumbres de la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="360"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="360"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="385"/>
        <source>Commitments with a position or status that received two different values; open one to settle them. {state}</source>
        <translation>Compromisos con una posición o un estado que recibió dos valores distintos; abra uno para resolverlos. {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/models/navigator.py" line="397"/>
        <source>{label}, {count} commitments</source>
        <translation>
            <numerusform>{label}, {count} compromiso</numerusform>
            <numerusform>{label}, {count} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="407"/>
        <source>Shows every commitment</source>
        <translation>Muestra todos los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="408"/>
        <source>Summit; shows all its commitments</source>
        <translation>Cumbre; muestra todos sus compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="409"/>
        <source>Pillar; shows its commitments</source>
        <translation>Pilar; muestra sus compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="410"/>
        <source>Group of the pillar (a sub-heading); shows its commitments</source>
        <translation>Grupo del pilar (un subtítulo); muestra sus compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="411"/>
        <source>Saved search; press Enter to run it</source>
        <translation>Búsqueda guardada; presione Enter para ejecutarla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="430"/>
        <source>Heading: the summits, their pillars and the pillars&apos; groups; choosing one shows it</source>
        <translation>Encabezado: las cumbres, sus pilares y los grupos de los pilares; al elegir uno se muestra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="433"/>
        <source>Filter by open conflicts</source>
        <translation>Filtrar por conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="434"/>
        <source>Heading of a filter: show or hide the commitments with a field in conflict</source>
        <translation>Encabezado de un filtro: mostrar u ocultar los compromisos con un campo en conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="437"/>
        <source>Filter by stance</source>
        <translation>Filtrar por postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="438"/>
        <source>Heading of filters: include or exclude commitments by a party&apos;s stance</source>
        <translation>Encabezado de filtros: incluir o excluir compromisos según la postura de una parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="441"/>
        <source>Filter by priority</source>
        <translation>Filtrar por prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="442"/>
        <source>Heading of filters: include or exclude commitments by priority</source>
        <translation>Encabezado de filtros: incluir o excluir compromisos según la prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="445"/>
        <source>Filter by implementation status</source>
        <translation>Filtrar por estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="446"/>
        <source>Heading of filters: include or exclude commitments by implementation status</source>
        <translation>Encabezado de filtros: incluir o excluir compromisos según el estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="449"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="450"/>
        <source>Heading of filters: include or exclude commitments by tag</source>
        <translation>Encabezado de filtros: incluir o excluir compromisos según la etiqueta</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="454"/>
        <source>Heading: the searches you saved; press Enter on one to run it</source>
        <translation>Encabezado: las búsquedas que guardó; presione Enter sobre una para ejecutarla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="461"/>
        <source>Not filtering; click or press Space to show only these</source>
        <translation>Sin filtrar; haga clic o presione la barra espaciadora para mostrar solo estos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="462"/>
        <source>Included: only these are shown; click again to exclude them</source>
        <translation>Incluidos: solo se muestran estos; vuelva a hacer clic para excluirlos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="463"/>
        <source>Excluded: these are hidden; click again to stop filtering</source>
        <translation>Excluidos: estos están ocultos; vuelva a hacer clic para dejar de filtrar</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="42"/>
        <source>Navigator</source>
        <translation>Panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="45"/>
        <source>Summits and their pillars, facets to filter by and saved searches. Arrow keys move; Space or Enter includes, excludes or clears a facet or runs a saved search.</source>
        <translation>Las cumbres y sus pilares, las facetas para filtrar y las búsquedas guardadas. Las flechas mueven la selección; la barra espaciadora o Enter incluye, excluye o borra una faceta, o ejecuta una búsqueda guardada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="132"/>
        <source>Summit details…</source>
        <translation>Datos de la cumbre…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="134"/>
        <source>Delete summit…</source>
        <translation>Eliminar la cumbre…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="142"/>
        <source>Run search</source>
        <translation>Ejecutar búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="144"/>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="32"/>
        <source>Choose a passphrase</source>
        <translation>Elegir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="32"/>
        <source>Unlock NALS Desktop</source>
        <translation>Desbloquear NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="36"/>
        <source>Your positions are kept encrypted on this computer. Choose a passphrase of at least {n} characters: it is asked at every start and after the window locks. Without it, the store cannot be read, by anyone.</source>
        <translation>Sus posiciones se guardan cifradas en esta computadora. Elija una frase de contraseña de al menos {n} caracteres: se pide en cada inicio y después de que la ventana se bloquea. Sin ella, nadie puede leer la base de datos.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="41"/>
        <source>Your positions are encrypted. Type the passphrase of this computer&apos;s store.</source>
        <translation>Sus posiciones están cifradas. Escriba la frase de contraseña de la base de datos de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="53"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="57"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/passphrase.py" line="61"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
</context>
<context>
    <name>PositionEditor</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="168"/>
        <source>Cannot show the commitment</source>
        <translation>No se puede mostrar el compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="208"/>
        <source>Cannot offer the known tags</source>
        <translation>No se pueden ofrecer las etiquetas conocidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="236"/>
        <source>Cannot show the conflicts</source>
        <translation>No se pueden mostrar los conflictos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="270"/>
        <source>No status recorded yet.</source>
        <translation>Aún no hay ningún estado registrado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="294"/>
        <source>edit {field} ({party})</source>
        <translation>edición de {field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="295"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="330"/>
        <source>{problem} It is kept here but not saved until you change it.</source>
        <translation>{problem} Se conserva aquí, pero no se guardará hasta que lo modifique.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="350"/>
        <source>Choose a status first: progress, evidence and the date are recorded with a status.</source>
        <translation>Primero elija un estado: el avance, la evidencia y la fecha se registran con un estado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="354"/>
        <source>The status changed: say why in “Reason for this change”. The new status is saved once a reason is given; your other changes are saved as usual.</source>
        <translation>El estado cambió: indique por qué en “Motivo de este cambio”. El nuevo estado se guardará en cuanto indique un motivo; sus demás cambios se guardan como siempre.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="426"/>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="429"/>
        <source>Your changes could not be saved</source>
        <translation>No se pudieron guardar sus cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="509"/>
        <source>Your other changes could not be saved yet (see the message above): nothing was settled.</source>
        <translation>Sus demás cambios aún no se pudieron guardar (vea el mensaje de arriba): no se resolvió nada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="526"/>
        <source>The conflict could not be settled</source>
        <translation>No se pudo resolver el conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/editor.py" line="60"/>
        <source>Position editor</source>
        <translation>Editor de posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/editor.py" line="62"/>
        <source>Each party&apos;s negotiating position on the selected commitment and its implementation status. Changes are saved automatically.</source>
        <translation>La posición de negociación de cada parte sobre el compromiso seleccionado y su estado de implementación. Los cambios se guardan automáticamente.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="229"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="234"/>
        <source>Undo the last change in the editor</source>
        <translation>Deshacer el último cambio en el editor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="235"/>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="248"/>
        <source>Changes that could not be saved, and why</source>
        <translation>Los cambios que no se pudieron guardar, y por qué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="248"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="257"/>
        <source>Party tabs</source>
        <translation>Pestañas de las partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="258"/>
        <source>Choose whose position to edit, or the implementation status; Ctrl+Tab moves between them</source>
        <translation>Elija qué posición editar, o el estado de implementación; Ctrl+Tab pasa de una a otra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="262"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="263"/>
        <source>One tab per party of the summit, your delegation first, then the implementation status</source>
        <translation>Una pestaña por cada parte de la cumbre, primero su delegación y luego el estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="265"/>
        <source>Select a commitment to record positions on it.</source>
        <translation>Seleccione un compromiso para registrar posiciones sobre él.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="268"/>
        <source>No commitment</source>
        <translation>Ningún compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="268"/>
        <source>Shown while no commitment is selected</source>
        <translation>Se muestra mientras no hay ningún compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="285"/>
        <source>Undo: {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="286"/>
        <source>Redo: {what}</source>
        <translation>Rehacer: {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="300"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="332"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="305"/>
        <source>Positions on {ref}</source>
        <translation>Posiciones sobre {ref}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="337"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="337"/>
        <source>The commitment whose positions are shown</source>
        <translation>El compromiso cuyas posiciones se muestran</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="340"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="340"/>
        <source>Undo the last change in the editor (Ctrl+Z)</source>
        <translation>Deshacer el último cambio en el editor (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="343"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="343"/>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Rehacer el último cambio deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="353"/>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="354"/>
        <source>Whether your changes are saved: saved with the time, saving, unsaved changes, or not saved</source>
        <translation>Si sus cambios están guardados: guardados (con la hora), guardando, cambios sin guardar o no guardados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="375"/>
        <source>Problem with {field}</source>
        <translation>Problema: {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="376"/>
        <source>Why this field is not saved yet</source>
        <translation>Por qué este campo aún no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="419"/>
        <source>Last saved</source>
        <translation>Último guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="419"/>
        <source>Who saved this position last, and when</source>
        <translation>Quién guardó esta posición por última vez, y cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="423"/>
        <source>our delegation ({name})</source>
        <translation>nuestra delegación ({name})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="426"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="432"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="531"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="429"/>
        <source>Stance of {party}</source>
        <translation>Postura de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="430"/>
        <source>The stance of {who} on this commitment</source>
        <translation>La postura de {who} sobre este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="435"/>
        <source>Priority for {party}</source>
        <translation>Prioridad para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="436"/>
        <source>How much this commitment matters to {who}</source>
        <translation>Cuánto le importa este compromiso a {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="441"/>
        <source>Sensitivity marking for {party}</source>
        <translation>Clasificación de seguridad para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="443"/>
        <source>The classification of this position; a briefing book is marked with the highest marking it contains</source>
        <translation>La clasificación de esta posición; un cuaderno informativo lleva la clasificación más alta que contiene</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="450"/>
        <source>Tags for {party}</source>
        <translation>Etiquetas para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="451"/>
        <source>Comma-separated tags; known tags are offered as you type</source>
        <translation>Etiquetas separadas por comas; las etiquetas conocidas se sugieren mientras escribe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="472"/>
        <source>What {who} wants to achieve on this commitment</source>
        <translation>Lo que {who} quiere lograr en este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="473"/>
        <source>The points {who} makes; one per line or as bullets</source>
        <translation>Los argumentos de {who}; uno por línea o en viñetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="474"/>
        <source>What {who} answers if the matter is raised</source>
        <translation>Lo que {who} responde si se plantea el tema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="475"/>
        <source>The position {who} can fall back to</source>
        <translation>La posición alternativa de {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="476"/>
        <source>What {who} cannot accept</source>
        <translation>Lo que {who} no puede aceptar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="477"/>
        <source>Context and history for {who}</source>
        <translation>Contexto y antecedentes para {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="480"/>
        <source>What we want to achieve</source>
        <translation>Lo que queremos lograr</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="481"/>
        <source>• One message per line</source>
        <translation>• Un mensaje por línea</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="482"/>
        <source>If raised: …</source>
        <translation>Si se plantea: …</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="483"/>
        <source>If our objective cannot be met</source>
        <translation>Si no se puede alcanzar nuestro objetivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="484"/>
        <source>What we cannot accept</source>
        <translation>Lo que no podemos aceptar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="485"/>
        <source>Context, history, sources</source>
        <translation>Contexto, antecedentes, fuentes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="492"/>
        <source>{field} ({party})</source>
        <translation>{field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="513"/>
        <source>Position of {party}</source>
        <translation>Posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="514"/>
        <source>The position of {who} on this commitment</source>
        <translation>La posición de {who} sobre este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="525"/>
        <source>Last status change</source>
        <translation>Último cambio de estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="525"/>
        <source>The last change of status: why, who and when</source>
        <translation>El último cambio de estado: por qué, quién y cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="534"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="612"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="643"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="656"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="535"/>
        <source>Where implementation stands; a change of status needs a reason</source>
        <translation>En qué punto está la implementación; un cambio de estado requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>Progress of implementation, from 0 to 100 percent</source>
        <translation>Avance de la implementación, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="545"/>
        <source>Drag to set the progress</source>
        <translation>Arrastre para indicar el avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="545"/>
        <source>Progress slider</source>
        <translation>Control deslizante del avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="550"/>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="550"/>
        <source>The date the status describes; not set until you give one</source>
        <translation>La fecha a la que se refiere el estado; sin definir hasta que usted indique una</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="552"/>
        <source>C&amp;lear date</source>
        <translation>&amp;Borrar fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="553"/>
        <source>Clear date</source>
        <translation>Borrar fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="553"/>
        <source>Set the as-of date back to not set</source>
        <translation>Volver a dejar la fecha de corte sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="557"/>
        <source>Why does the status change? Required when it does.</source>
        <translation>¿Por qué cambia el estado? Obligatorio cuando cambia.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="560"/>
        <source>Reason for this change</source>
        <translation>Motivo de este cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="561"/>
        <source>Why the status changes; required whenever the status changes, and saved with the change</source>
        <translation>Por qué cambia el estado; obligatorio siempre que cambia el estado, y se guarda con el cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="568"/>
        <source>What shows it: reports, announcements, links</source>
        <translation>Lo que lo demuestra: informes, anuncios, enlaces</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="569"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="569"/>
        <source>What shows the status: reports, announcements, links</source>
        <translation>Lo que demuestra el estado: informes, anuncios, enlaces</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="613"/>
        <source>Implementation status of the commitment: status, progress, evidence, date, reason</source>
        <translation>Estado de implementación del compromiso: estado, avance, evidencia, fecha, motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="635"/>
        <source>{party} (ours)</source>
        <translation>{party} (nosotros)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="639"/>
        <source>Position of our delegation</source>
        <translation>Posición de nuestra delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="641"/>
        <source>Our reading of the position of {party}</source>
        <translation>Nuestra lectura de la posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="644"/>
        <source>Status, progress, evidence, as-of date and reason</source>
        <translation>Estado, avance, evidencia, fecha de corte y motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="668"/>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="669"/>
        <source>Fields changed differently on two laptops, side by side</source>
        <translation>Campos modificados de forma distinta en dos computadoras portátiles, lado a lado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="689"/>
        <source>Last saved by {who}, {when}</source>
        <translation>Guardado por última vez por {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="691"/>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="696"/>
        <source>Last change by {who}, {when}: {reason}</source>
        <translation>Último cambio por {who}, {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="697"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="720"/>
        <source>{tab}: {problem}</source>
        <translation>{tab}: {problem}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="765"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="767"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="769"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="771"/>
        <source>Not saved: see the message</source>
        <translation>No guardado: vea el mensaje</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="773"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="775"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
</context>
<context>
    <name>PositionFields</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="37"/>
        <source>&amp;Stance</source>
        <translation>Pos&amp;tura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="38"/>
        <source>Pr&amp;iority</source>
        <translation>Pr&amp;ioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="39"/>
        <source>Sensitivity &amp;marking</source>
        <translation>Clasificación de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="40"/>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="41"/>
        <source>&amp;Objective / desired outcome</source>
        <translation>&amp;Objetivo / resultado deseado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="42"/>
        <source>&amp;Key messages</source>
        <translation>&amp;Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="43"/>
        <source>&amp;Responses if raised</source>
        <translation>&amp;Respuestas si se plantea el tema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="44"/>
        <source>Fall&amp;back</source>
        <translation>Posición alter&amp;nativa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="45"/>
        <source>Red &amp;line</source>
        <translation>&amp;Línea roja</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="46"/>
        <source>Back&amp;ground</source>
        <translation>Antece&amp;dentes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="47"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="48"/>
        <source>Pro&amp;gress</source>
        <translation>Ava&amp;nce</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="49"/>
        <source>Evi&amp;dence</source>
        <translation>Evi&amp;dencia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="50"/>
        <source>&amp;As of</source>
        <translation>&amp;Fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="51"/>
        <source>&amp;Reason for this change</source>
        <translation>&amp;Motivo de este cambio</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="75"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="75"/>
        <location filename="../../nals_desktop/ui/positions/common.py" line="204"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="82"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="144"/>
        <source>Comma-separated, e.g. energy, methane</source>
        <translation>Separadas por comas, p. ej. energía, metano</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="209"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="209"/>
        <source>Pick the as-of date</source>
        <translation>Elegir la fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="86"/>
        <source>Merged: {names}</source>
        <translation>Combinación: {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="207"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="208"/>
        <source>Position of {party}</source>
        <translation>Posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="250"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="273"/>
        <source>Joins two versions saved apart: {names}</source>
        <translation>Une dos versiones guardadas por separado: {names}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="275"/>
        <source>{who} on device {device}</source>
        <translation>{who} en el dispositivo {device}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="277"/>
        <source>{when} (UTC: {utc})</source>
        <translation>{when} (UTC: {utc})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="357"/>
        <source>{who}’s change of {fields}</source>
        <translation>el cambio de {fields} de {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="358"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="365"/>
        <source>Merged {first} and {second}.</source>
        <translation>Se combinaron {first} y {second}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="368"/>
        <source>Still in conflict: {fields} (both versions kept until someone chooses).</source>
        <translation>Aún en conflicto: {fields} (se conservan ambas versiones hasta que alguien elija).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="378"/>
        <source>{what} · {who} · {when}</source>
        <translation>{what} · {who} · {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="402"/>
        <source>The values shown stay those of {who}; the other side’s are kept in the conflict.</source>
        <translation>Los valores que se muestran siguen siendo los de {who}; los de la otra versión se conservan en el conflicto.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="407"/>
        <source>No field changed.</source>
        <translation>No cambió ningún campo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="43"/>
        <source>Settings of NALS Desktop on this computer</source>
        <translation>Ajustes de NALS Desktop en esta computadora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="46"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="53"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="54"/>
        <source>The language of the app&apos;s windows and of the books it prints by default</source>
        <translation>El idioma de las ventanas de la aplicación y, de forma predeterminada, de los cuadernos que imprime</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="58"/>
        <source>A change of language takes effect when NALS Desktop starts again.</source>
        <translation>Un cambio de idioma surte efecto la próxima vez que se inicie NALS Desktop.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="60"/>
        <source>About the language</source>
        <translation>Acerca del idioma</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="63"/>
        <source>Idle lock:</source>
        <translation>Bloqueo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="70"/>
        <source>Open &amp;without the passphrase while I am logged in</source>
        <translation>Abrir sin la frase de contraseña &amp;mientras tenga la sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="74"/>
        <source>Keeps the store&apos;s key in the system keyring, which your login unlocks. Without a keyring, or with a locked one, the passphrase is asked. The lock always asks for it.</source>
        <translation>Guarda la clave de la base de datos en el llavero del sistema, que su inicio de sesión desbloquea. Sin llavero, o con uno bloqueado, se pide la frase de contraseña. El bloqueo siempre la pide.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="77"/>
        <source>Unlock with the system keyring</source>
        <translation>Desbloquear con el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="82"/>
        <source>Turned off on this computer ({env}=off).</source>
        <translation>Desactivado en esta computadora ({env}=off).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="85"/>
        <source>Keyring:</source>
        <translation>Llavero:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="86"/>
        <source>Keep these preferences</source>
        <translation>Conservar estas preferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="97"/>
        <source>Lock &amp;after</source>
        <translation>Bloquear &amp;tras</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="102"/>
        <source>Lock when idle</source>
        <translation>Bloquear por inactividad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="103"/>
        <source>Lock the window after some minutes without keyboard or mouse input</source>
        <translation>Bloquea la ventana tras unos minutos sin uso del teclado ni del mouse</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="114"/>
        <source>Minutes before the idle lock</source>
        <translation>Minutos antes del bloqueo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="116"/>
        <source>Minutes without input, from 1 to 240, before the window hides every text and asks for the passphrase; it takes effect at once</source>
        <translation>Minutos sin actividad, de 1 a 240, antes de que la ventana oculte todos los textos y pida la frase de contraseña; se aplica de inmediato</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="120"/>
        <source>without input</source>
        <translation>sin actividad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="132"/>
        <source>The idle lock is set on this computer by IT ({env}={minutes}).</source>
        <translation>El bloqueo por inactividad lo fija TI en esta computadora ({env}={minutes}).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/preferences.py" line="138"/>
        <source>About the idle lock</source>
        <translation>Acerca del bloqueo</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="47"/>
        <source>Who is editing</source>
        <translation>Quién edita</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="47"/>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="49"/>
        <source>Your name and delegation, recorded with every change</source>
        <translation>Su nombre y su delegación, que se registran con cada cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="55"/>
        <source>Every change you make is recorded with your name, your delegation and this device, so that colleagues can see who changed what. Your delegation&apos;s position is shown first.</source>
        <translation>Cada cambio que haga se registra con su nombre, su delegación y este dispositivo, para que sus colegas puedan ver quién cambió qué. La posición de su delegación se muestra primero.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="61"/>
        <source>About the profile</source>
        <translation>Acerca del perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="63"/>
        <source>e.g. Alex Tremblay</source>
        <translation>p. ej. Alex Tremblay</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="65"/>
        <source>Recorded with every change you make</source>
        <translation>Se registra con cada cambio que haga</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="65"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="69"/>
        <source>Your delegation</source>
        <translation>Su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="70"/>
        <source>The party you work for; its position is shown first</source>
        <translation>La parte para la que trabaja; su posición se muestra primero</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="78"/>
        <source>Choose your delegation</source>
        <translation>Elija su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="87"/>
        <source>Device id</source>
        <translation>Identificador del dispositivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="87"/>
        <source>This computer&apos;s id, made once, recorded with changes</source>
        <translation>El identificador de esta computadora, creado una sola vez y registrado con los cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="92"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="92"/>
        <source>Why the profile was not saved</source>
        <translation>Por qué no se guardó el perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="98"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="102"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="105"/>
        <source>Save your name and delegation</source>
        <translation>Guardar su nombre y su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="106"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="129"/>
        <source>Choose your delegation; its position is shown first.</source>
        <translation>Elija su delegación; su posición se muestra primero.</translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="181"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="182"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="386"/>
        <source>Progress dashboard</source>
        <translation>Tablero de avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="183"/>
        <source>How far the summit&apos;s positions have come</source>
        <translation>Cuánto han avanzado las posiciones de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="186"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="191"/>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="193"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="194"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="196"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="231"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="200"/>
        <source>With our position:</source>
        <translation>Con nuestra posición:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="201"/>
        <source>With our position</source>
        <translation>Con nuestra posición</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="203"/>
        <source>High priority, without our stance</source>
        <translation>Prioridad alta, sin nuestra postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="204"/>
        <source>Changes in the last 7 days</source>
        <translation>Cambios de los últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="205"/>
        <source>Commitments:</source>
        <translation>Compromisos:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="207"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="326"/>
        <source>High priority, without our stance:</source>
        <translation>Prioridad alta, sin nuestra postura:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="209"/>
        <source>Changes in the last 7 days:</source>
        <translation>Cambios de los últimos 7 días:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="211"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="212"/>
        <source>Stances by party</source>
        <translation>Posturas por parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="217"/>
        <source>Stance counts</source>
        <translation>Recuento de posturas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="218"/>
        <source>How many commitments each party takes each stance on</source>
        <translation>En cuántos compromisos toma cada parte cada postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="219"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="225"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="226"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="229"/>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="230"/>
        <source>How many commitments are at each implementation status</source>
        <translation>Cuántos compromisos hay en cada estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="231"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="234"/>
        <location filename="../../nals_desktop/ui/dashboard.py" line="235"/>
        <source>Who changed what this week</source>
        <translation>Quién cambió qué esta semana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="238"/>
        <source>Changes this week</source>
        <translation>Cambios de la semana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="239"/>
        <source>Who saved changes in the last 7 days, how many, and on which commitments</source>
        <translation>Quién guardó cambios en los últimos 7 días, cuántos y sobre qué compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="240"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="252"/>
        <source>High priorities without our stance</source>
        <translation>Prioridades altas sin nuestra postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="255"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="256"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="257"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="258"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="260"/>
        <source>A briefing book whose first section is this progress</source>
        <translation>Un cuaderno informativo cuya primera sección es este avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="264"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="309"/>
        <source>Progress · {summit}</source>
        <translation>Avance · {summit}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="316"/>
        <source>With our position ({party}):</source>
        <translation>Con nuestra posición ({party}):</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="321"/>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="328"/>
        <source>High priority, without any stance:</source>
        <translation>Prioridad alta, sin ninguna postura:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/dashboard.py" line="341"/>
        <source>{count} by {people} people</source>
        <translation>
            <numerusform>{count} por {people} persona</numerusform>
            <numerusform>{count} por {people} personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="345"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="385"/>
        <source>The progress could not be read.</source>
        <translation>No se pudo leer el avance.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="360"/>
        <location filename="../../nals_desktop/ui/exchange.py" line="361"/>
        <source>Receive from a colleague</source>
        <translation>Recibir de un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="362"/>
        <source>What a colleague&apos;s bundle would change, before it is applied</source>
        <translation>Lo que cambiaría el paquete de un colega, antes de aplicarlo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="370"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="371"/>
        <source>The bundle and who sent it</source>
        <translation>El paquete y quién lo envió</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="372"/>
        <source>What applying the bundle changes</source>
        <translation>Lo que cambia al aplicar el paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Fields in conflict</source>
        <translation>Campos en conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="375"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="385"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="386"/>
        <source>Each position or status the bundle changes, and how</source>
        <translation>Cada posición o estado que cambia el paquete, y cómo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="389"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="409"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="423"/>
        <source>an unnamed colleague</source>
        <translation>un colega sin nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="427"/>
        <source>{name}, from {sender}</source>
        <translation>{name}, de {sender}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="431"/>
        <source>Adds the summit “{title}”.</source>
        <translation>Agrega la cumbre “{title}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="435"/>
        <source>Gives {n} commitments of a summit this store has their group (the sub-heading they stand under).</source>
        <translation>
            <numerusform>{n} compromiso de una cumbre que ya está en la base de datos recibe su grupo (el subtítulo bajo el que figura).</numerusform>
            <numerusform>{n} compromisos de una cumbre que ya está en la base de datos reciben su grupo (el subtítulo bajo el que figuran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="446"/>
        <source>{n} new</source>
        <translation>
            <numerusform>{n} nueva</numerusform>
            <numerusform>{n} nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="447"/>
        <source>{n} brought up to date</source>
        <translation>
            <numerusform>{n} actualizada</numerusform>
            <numerusform>{n} actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="448"/>
        <source>{n} merged without conflict</source>
        <translation>
            <numerusform>{n} fusionada sin conflicto</numerusform>
            <numerusform>{n} fusionadas sin conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="449"/>
        <source>{n} in conflict</source>
        <translation>
            <numerusform>{n} en conflicto</numerusform>
            <numerusform>{n} en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="451"/>
        <source>Positions and statuses: {counts}.</source>
        <translation>Posiciones y estados: {counts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="454"/>
        <source>{added} of the {received} revisions in the bundle are new here.</source>
        <translation>
            <numerusform>{added} de las {received} versiones del paquete es nueva aquí.</numerusform>
            <numerusform>{added} de las {received} versiones del paquete son nuevas aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="460"/>
        <source>Conflicts keep both values: every laptop shows the later one until someone settles it (Conflicts, in the navigator).</source>
        <translation>Un conflicto conserva ambos valores: cada portátil muestra el más reciente hasta que alguien lo resuelva (Conflictos, en el navegador).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="465"/>
        <source>Nothing new: this store has everything the bundle holds.</source>
        <translation>Nada nuevo: esta base de datos ya tiene todo lo que contiene el paquete.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="480"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="481"/>
        <source>Brought up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="482"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="484"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="487"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="497"/>
        <source>Applying {name}…</source>
        <translation>Aplicando {name}…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="518"/>
        <source>The bundle cannot be read; nothing was imported.</source>
        <translation>No se puede leer el paquete; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="519"/>
        <source>Cannot receive the bundle</source>
        <translation>No se puede recibir el paquete</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="18"/>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="21"/>
        <source>words; the last one may be the start of a word</source>
        <translation>palabras; la última puede ser el inicio de una palabra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="24"/>
        <source>an exact phrase</source>
        <translation>una frase exacta</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="27"/>
        <source>leave out what contains a word</source>
        <translation>excluir lo que contiene una palabra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="30"/>
        <source>a pillar, by tab letter or short title</source>
        <translation>un pilar, por letra del separador o título corto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="33"/>
        <source>a group: the sub-heading commitments stand under</source>
        <translation>un grupo: el subtítulo bajo el que figuran compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="36"/>
        <source>positions tagged so</source>
        <translation>las posiciones con esa etiqueta</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="39"/>
        <source>a party&apos;s stance (support, neutral, oppose…)</source>
        <translation>la postura de una parte (support, neutral, oppose…)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="42"/>
        <source>implementation status</source>
        <translation>el estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="45"/>
        <source>a party&apos;s priority</source>
        <translation>la prioridad de una parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="48"/>
        <source>commitments on which a party has a position</source>
        <translation>compromisos en los que una parte tiene una posición</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="51"/>
        <source>“-” before a field excludes it</source>
        <translation>“-” antes de un campo lo excluye</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="70"/>
        <source>Search  (Ctrl+F)   e.g.  methane -waste  pillar:B</source>
        <translation>Buscar  (Ctrl+F)   p. ej.  metano -residuos  pillar:B</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="72"/>
        <source>Search commitments</source>
        <translation>Buscar compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="75"/>
        <source>Searches every summit as you type. Quoted phrases, a minus sign to exclude, and the fields pillar:, group:, tag:, stance:, status:, priority:. Press Down to go to the results, Escape to clear.</source>
        <translation>Busca en todas las cumbres mientras escribe. Frases entre comillas, un signo menos para excluir y los campos pillar:, group:, tag:, stance:, status:, priority:. Presione Flecha abajo para ir a los resultados y Esc para borrar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="83"/>
        <source>Search problem</source>
        <translation>Problema de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="84"/>
        <source>Why the search could not be run</source>
        <translation>Por qué no se pudo ejecutar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="109"/>
        <location filename="../../nals_desktop/ui/exchange.py" line="110"/>
        <source>Send to a colleague</source>
        <translation>Enviar a un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="111"/>
        <source>Write your annotations to a bundle file for a colleague</source>
        <translation>Escribir sus anotaciones en un archivo de paquete para un colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="116"/>
        <source>Writes a .nalsx bundle with your positions, statuses and their history. Carry it on a stick or send it by secure mail; your colleague opens it with File → Exchange → Receive…</source>
        <translation>Escribe un paquete .nalsx con sus posiciones, estados y su historial. Llévelo en una memoria USB o envíelo por correo seguro; su colega lo abre con Archivo → Intercambio → Recibir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="122"/>
        <source>What writing the bundle did</source>
        <translation>Lo que hizo la escritura del paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="126"/>
        <source>Only “{title}”</source>
        <translation>Solo “{title}”</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="128"/>
        <source>Send the summit in view</source>
        <translation>Enviar la cumbre en pantalla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="129"/>
        <source>All summits</source>
        <translation>Todas las cumbres</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="130"/>
        <source>Send every summit of the store</source>
        <translation>Enviar todas las cumbres de la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="133"/>
        <source>Only the group “{group}”</source>
        <translation>Solo el grupo “{group}”</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="137"/>
        <source>Send the annotations of the group in view (a sub-heading of a pillar), with its summit&apos;s text</source>
        <translation>Enviar las anotaciones del grupo en pantalla (un subtítulo de un pilar), con el texto de su cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="157"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="158"/>
        <source>Every saved revision, whoever has it already</source>
        <translation>Todas las versiones guardadas, aunque ya las tenga</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="159"/>
        <source>Only what this colleague has not received:</source>
        <translation>Solo lo que este colega no ha recibido:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="161"/>
        <source>Leave out what this colleague sent you or was sent before</source>
        <translation>Omitir lo que este colega le envió o ya recibió</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="169"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="171"/>
        <source>A colleague becomes known once one of their bundles was received</source>
        <translation>Un colega se conoce en cuanto se recibe uno de sus paquetes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="186"/>
        <source>Bundle file</source>
        <translation>Archivo de paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="187"/>
        <source>Where the bundle is written</source>
        <translation>Dónde se escribe el paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="190"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="191"/>
        <source>Choose where to write the bundle</source>
        <translation>Elegir dónde escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="198"/>
        <source>Summits:</source>
        <translation>Cumbres:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="199"/>
        <source>Revisions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="200"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="204"/>
        <source>&amp;Write bundle</source>
        <translation>Es&amp;cribir paquete</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="230"/>
        <source>Cannot read the colleagues</source>
        <translation>No se pueden leer los colegas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="239"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="247"/>
        <source>No colleague is known yet: one is, once you have received one of their bundles.</source>
        <translation>Aún no se conoce a ningún colega: se conoce en cuanto usted recibe uno de sus paquetes.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="281"/>
        <source>Say where to write the bundle.</source>
        <translation>Indique dónde escribir el paquete.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="286"/>
        <source>{path} exists. Click “Write bundle” again to replace it.</source>
        <translation>{path} ya existe. Haga clic de nuevo en “Escribir paquete” para reemplazarlo.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="293"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="307"/>
        <source>{n} revisions</source>
        <translation>
            <numerusform>{n} versión</numerusform>
            <numerusform>{n} versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/exchange.py" line="308"/>
        <source>{n} summits</source>
        <translation>
            <numerusform>{n} cumbre</numerusform>
            <numerusform>{n} cumbres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="311"/>
        <source>Wrote {path}: {revisions} of the group “{group}”, {size} KB.</source>
        <translation>Se escribió {path}: {revisions} del grupo “{group}”, {size} KB.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="315"/>
        <source>Wrote {path}: {revisions} of {summits}, {size} KB.</source>
        <translation>Se escribió {path}: {revisions} de {summits}, {size} KB.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="319"/>
        <source>Nothing new to send: the bundle holds no revisions.</source>
        <translation>Nada nuevo que enviar: el paquete no contiene versiones.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/exchange.py" line="330"/>
        <source>Cannot write the bundle</source>
        <translation>No se puede escribir el paquete</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="150"/>
        <source>Delegation server</source>
        <translation>Servidor de delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="151"/>
        <source>Where this laptop syncs with the delegation</source>
        <translation>Dónde se sincroniza esta computadora con la delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="158"/>
        <source>Your delegation&apos;s IT gives you the server&apos;s address and your user name. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>El área de TI de su delegación le da la dirección del servidor y su nombre de usuario. La contraseña se guarda en el llavero de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="164"/>
        <source>About the delegation server</source>
        <translation>Acerca del servidor de delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="169"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="169"/>
        <source>postgresql://host/database</source>
        <translation>postgresql://host/base</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="171"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="171"/>
        <source>Your login on the server</source>
        <translation>Su usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="174"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="175"/>
        <source>Kept in this computer&apos;s keyring</source>
        <translation>Se guarda en el llavero de esta computadora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="175"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="179"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="179"/>
        <source>Why the settings were not saved</source>
        <translation>Por qué no se guardó la configuración</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="183"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="184"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="185"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="191"/>
        <source>Remember the server; keep the password in the keyring</source>
        <translation>Recordar el servidor; guardar la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="212"/>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
</context>
<context>
    <name>StanceBars</name>
    <message>
        <location filename="../../nals_desktop/ui/dashboard.py" line="56"/>
        <source>Stances by party</source>
        <translation>Posturas por parte</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="53"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="55"/>
        <source>NALS stores (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de NALS (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="60"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="70"/>
        <location filename="../../nals_desktop/ui/maintenance.py" line="120"/>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="71"/>
        <source>Only an SQLite store can be restored from a backup.</source>
        <translation>Solo una base de datos SQLite puede restaurarse desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="93"/>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="96"/>
        <source>The backup was restored. The previous store could not be read ({reason}); it was set aside as it was: {path}</source>
        <translation>Se restauró la copia de seguridad. La base de datos anterior no se pudo leer ({reason}); se apartó tal como estaba: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="100"/>
        <source>The backup was restored. The previous store was saved as {path}</source>
        <translation>Se restauró la copia de seguridad. La base de datos anterior se guardó como {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/maintenance.py" line="105"/>
        <location filename="../../nals_desktop/ui/maintenance.py" line="111"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
</context>
<context>
    <name>SummitDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="40"/>
        <source>Summit details</source>
        <translation>Datos de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="41"/>
        <source>The summit&apos;s title, date, location and parties</source>
        <translation>El título, la fecha, el lugar y las partes de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="45"/>
        <source>The summit&apos;s title, shown everywhere</source>
        <translation>El título de la cumbre, que se muestra en todas partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="46"/>
        <source>&amp;Known</source>
        <translation>&amp;Conocida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="48"/>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="48"/>
        <source>Untick when the date is not known</source>
        <translation>Desmarque si no se conoce la fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="56"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="56"/>
        <source>When the summit took place</source>
        <translation>Cuándo tuvo lugar la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="58"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="58"/>
        <source>Where the summit took place</source>
        <translation>Dónde tuvo lugar la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="60"/>
        <source>e.g. CA, MX, US</source>
        <translation>p. ej. CA, MX, US</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="63"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="64"/>
        <source>Party codes in order, separated by commas; a party with positions cannot go</source>
        <translation>Los códigos de las partes en orden, separados por comas; no se puede quitar una parte con posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="69"/>
        <source>Why the details were not saved</source>
        <translation>Por qué no se guardaron los datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="74"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="75"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="76"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="77"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Partes:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/summit_dialog.py" line="88"/>
        <source>Save the summit&apos;s details</source>
        <translation>Guardar los datos de la cumbre</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="46"/>
        <source>Delegation server</source>
        <translation>Servidor de delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="46"/>
        <source>When this laptop last synced</source>
        <translation>Cuándo se sincronizó esta computadora por última vez</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="107"/>
        <source>Not syncing: no delegation server set</source>
        <translation>Sin sincronizar: no hay servidor de delegación definido</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="108"/>
        <source>Edit → Delegation server… sets one</source>
        <translation>Editar → Servidor de delegación… define uno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="111"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="114"/>
        <source>Not synced: {reason}</source>
        <translation>Sin sincronizar: {reason}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="116"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="118"/>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="120"/>
        <source>{n} to send</source>
        <translation>
            <numerusform>{n} por enviar</numerusform>
            <numerusform>{n} por enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="130"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/sync.py" line="132"/>
        <source>{n} min ago</source>
        <translation>
            <numerusform>hace {n} min</numerusform>
            <numerusform>hace {n} min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/sync.py" line="133"/>
        <source>at {time}</source>
        <translation>el {time}</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="273"/>
        <source>This passphrase is not the open store&apos;s.</source>
        <translation>Esta frase de contraseña no es la de la base de datos abierta.</translation>
    </message>
</context>
</TS>
