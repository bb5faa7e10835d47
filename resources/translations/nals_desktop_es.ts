<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
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
        <location filename="../../nals_desktop/ui/book/dialog.py" line="153"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="155"/>
        <source>Export briefing book</source>
        <translation>Exportar cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="157"/>
        <source>Choose what goes into the briefing book and how it is marked, then build the PDF.</source>
        <translation>Elija el contenido del cuaderno informativo y su clasificación; luego genere el PDF.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="205"/>
        <source>Book options</source>
        <translation>Opciones del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="206"/>
        <source>Everything the book is built from</source>
        <translation>Todo aquello con lo que se genera el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="209"/>
        <source>What goes into the book</source>
        <translation>Contenido del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="210"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="211"/>
        <source>The summit and which of its commitments the book covers</source>
        <translation>La cumbre y cuáles de sus compromisos abarca el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="222"/>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="222"/>
        <source>The summit the briefing book is about</source>
        <translation>La cumbre de la que trata el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="223"/>
        <source>Su&amp;mmit:</source>
        <translation>C&amp;umbre:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="227"/>
        <source>The &amp;whole summit</source>
        <translation>&amp;Toda la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="229"/>
        <source>Every pillar and commitment of the summit</source>
        <translation>Todos los pilares y compromisos de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="229"/>
        <source>Whole summit</source>
        <translation>Toda la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="231"/>
        <source>Chosen &amp;pillars:</source>
        <translation>P&amp;ilares elegidos:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="233"/>
        <source>Chosen pillars</source>
        <translation>Pilares elegidos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="233"/>
        <source>Only the pillars ticked in the list below</source>
        <translation>Solo los pilares marcados en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="242"/>
        <source>Tick the pillars to print; Space ticks the current one</source>
        <translation>Marque los pilares que desea imprimir; la barra espaciadora marca el actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="244"/>
        <source>The &amp;selected commitments</source>
        <translation>Los compromisos &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="247"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="254"/>
        <source>Selected commitments</source>
        <translation>Compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="248"/>
        <source>Only the commitments selected in the main window</source>
        <translation>Solo los compromisos seleccionados en la ventana principal</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="254"/>
        <source>The references of the selected commitments</source>
        <translation>Las referencias de los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="256"/>
        <source>The results of a saved s&amp;earch:</source>
        <translation>Los resultados de una bús&amp;queda guardada:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="258"/>
        <source>Only the commitments a saved search finds</source>
        <translation>Solo los compromisos que encuentra una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="258"/>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="262"/>
        <source>Current search: {query}</source>
        <translation>Búsqueda actual: {query}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="269"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="269"/>
        <source>Which saved search chooses the commitments</source>
        <translation>La búsqueda guardada que elige los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="294"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="295"/>
        <source>Whose positions</source>
        <translation>Posiciones a imprimir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="296"/>
        <source>The parties whose positions are printed</source>
        <translation>Las partes cuyas posiciones se imprimen</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="303"/>
        <source>Parties left out</source>
        <translation>Partes omitidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="303"/>
        <source>Parties not ticked whose positions are recorded</source>
        <translation>Partes no marcadas cuyas posiciones están registradas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="309"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="310"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="311"/>
        <source>The parts of the book to print</source>
        <translation>Las partes del cuaderno que se imprimen</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="313"/>
        <source>&amp;Cover</source>
        <translation>P&amp;ortada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="313"/>
        <source>Title, summit, marking, copy number and who it is for</source>
        <translation>Título, cumbre, clasificación, número de ejemplar y destinatario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="314"/>
        <source>Co&amp;ntents</source>
        <translation>Co&amp;ntenido</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="314"/>
        <source>Table of contents with page numbers and tab letters</source>
        <translation>Índice con números de página y letras de separador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="316"/>
        <source>Positions matri&amp;x</source>
        <translation>Matri&amp;z de posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="317"/>
        <source>Commitments × parties with the stance in each cell, and a chart</source>
        <translation>Compromisos × partes con la postura en cada celda, y una gráfica</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="320"/>
        <source>Pi&amp;llars and commitments</source>
        <translation>Pilares &amp;y compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="321"/>
        <source>A tab per pillar, then each commitment with the positions</source>
        <translation>Un separador por pilar y luego cada compromiso con las posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="323"/>
        <source>Annex: c&amp;hanges</source>
        <translation>Ane&amp;xo: cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="323"/>
        <source>What changed, from the revision history</source>
        <translation>Lo que cambió, según el historial de versiones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="324"/>
        <source>Annex: s&amp;ource documents</source>
        <translation>Anexo: documentos &amp;fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="324"/>
        <source>The documents the summit&apos;s text came from</source>
        <translation>Los documentos de los que proviene el texto de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="334"/>
        <source>Chan&amp;ges since:</source>
        <translation>Ca&amp;mbios desde:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="337"/>
        <source>Changes since a date</source>
        <translation>Cambios desde una fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="338"/>
        <source>List in the annex what changed since the chosen date</source>
        <translation>Enumerar en el anexo lo que cambió desde la fecha elegida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="345"/>
        <source>Changes since date</source>
        <translation>Fecha de inicio de los cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="345"/>
        <source>The annex lists changes made on or after this day</source>
        <translation>El anexo enumera los cambios hechos en esta fecha o después</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="355"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="356"/>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="357"/>
        <source>What the cover says</source>
        <translation>Lo que dice la portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="360"/>
        <source>The book&apos;s title, on the cover and at the top of every page</source>
        <translation>El título del cuaderno, en la portada y en la parte superior de cada página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="360"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="362"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="683"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="758"/>
        <source>Briefing book</source>
        <translation>Cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="363"/>
        <source>A line under the title on the cover</source>
        <translation>Una línea debajo del título en la portada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="363"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="364"/>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="364"/>
        <source>The principal the book is for</source>
        <translation>La persona a quien está destinado el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="365"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="365"/>
        <source>The team or officer who prepared the book</source>
        <translation>El equipo o la persona que preparó el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="367"/>
        <source>Copy number</source>
        <translation>Número de ejemplar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="367"/>
        <source>The number of this copy, printed on the cover and footer</source>
        <translation>El número de este ejemplar, impreso en la portada y en el pie de página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="371"/>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="372"/>
        <source>S&amp;ubtitle:</source>
        <translation>Su&amp;btítulo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="373"/>
        <source>Prepared &amp;for:</source>
        <translation>&amp;Preparado para:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="374"/>
        <source>Prepare&amp;d by:</source>
        <translation>Pr&amp;eparado por:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="375"/>
        <source>Cop&amp;y number:</source>
        <translation>Número de e&amp;jemplar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="380"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="381"/>
        <source>Marking and paper</source>
        <translation>Clasificación y papel</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="382"/>
        <source>The security marking on every page, and the paper size</source>
        <translation>La clasificación de seguridad en cada página y el tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="384"/>
        <source>Automatic (highest marking found)</source>
        <translation>Automática (la clasificación más alta encontrada)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="389"/>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="390"/>
        <source>The marking printed on every page; automatic uses the highest marking in the book</source>
        <translation>La clasificación impresa en cada página; “Automática” usa la clasificación más alta del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="394"/>
        <source>Top and bottom</source>
        <translation>Arriba y abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="395"/>
        <source>Top only</source>
        <translation>Solo arriba</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="396"/>
        <source>Bottom only</source>
        <translation>Solo abajo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="400"/>
        <source>Marking placement</source>
        <translation>Ubicación de la clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="400"/>
        <source>Where on each page the marking is printed</source>
        <translation>El lugar de cada página donde se imprime la clasificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="403"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="403"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="405"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="405"/>
        <source>The paper the book is laid out for</source>
        <translation>El papel para el que se diagrama el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="406"/>
        <source>Reproduc&amp;ible (same content, same bytes)</source>
        <translation>&amp;Reproducible (mismo contenido, mismos bytes)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="409"/>
        <source>Reproducible</source>
        <translation>Reproducible</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="410"/>
        <source>Fixed dates and ID in the file, so rebuilding the same content gives an identical file</source>
        <translation>Fechas e identificador fijos en el archivo: al volver a generar el mismo contenido se obtiene un archivo idéntico</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="415"/>
        <source>none: anyone with the file reads it</source>
        <translation>ninguna: cualquiera que tenga el archivo lo lee</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="418"/>
        <source>Password to open the book</source>
        <translation>Contraseña para abrir el cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="419"/>
        <source>At least 8 characters; the PDF is encrypted with AES-256 and opens only with it</source>
        <translation>Al menos 8 caracteres; el PDF se cifra con AES-256 y solo se abre con ella</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="423"/>
        <source>Mar&amp;king:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="424"/>
        <source>Pl&amp;acement:</source>
        <translation>Ubic&amp;ación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="425"/>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño &amp;del papel:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="426"/>
        <source>Password to open:</source>
        <translation>Contraseña para abrir:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="432"/>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="432"/>
        <source>Where the PDF is written</source>
        <translation>Dónde se escribe el PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="433"/>
        <source>B&amp;rowse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="434"/>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="434"/>
        <source>Choose where to save the PDF</source>
        <translation>Elegir dónde guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="437"/>
        <source>Sa&amp;ve as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="460"/>
        <source>Build status</source>
        <translation>Estado de la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="460"/>
        <source>What the build is doing, or how it ended</source>
        <translation>Lo que hace la generación, o cómo terminó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="463"/>
        <source>Build progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="463"/>
        <source>How far the briefing book has been built</source>
        <translation>Cuánto se ha avanzado en la generación del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="465"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="468"/>
        <source>Cancel build</source>
        <translation>Cancelar la generación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="469"/>
        <source>Stop building; no file is written and an existing file stays as it was</source>
        <translation>Detener la generación; no se escribe ningún archivo y un archivo existente queda como estaba</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="479"/>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="480"/>
        <source>Build</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="480"/>
        <source>Build the briefing book and show it</source>
        <translation>Generar el cuaderno informativo y mostrarlo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="484"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="484"/>
        <source>Close without building</source>
        <translation>Cerrar sin generar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="548"/>
        <source>{party} (our delegation)</source>
        <translation>{party} (nuestra delegación)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="555"/>
        <source>Print our delegation&apos;s position in full (objective, messages, red line)</source>
        <translation>Imprimir la posición completa de nuestra delegación (objetivo, mensajes, línea roja)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="558"/>
        <source>Print our reading of {name}&apos;s position</source>
        <translation>Imprimir nuestra lectura de la posición de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="571"/>
        <source>{n} commitments: {refs}</source>
        <translation>
            <numerusform>{n} compromiso: {refs}</numerusform>
            <numerusform>{n} compromisos: {refs}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="576"/>
        <source>None selected in the main window.</source>
        <translation>No hay ninguno seleccionado en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="616"/>
        <source>Left out although their positions are recorded: {parties}. The book says so.</source>
        <translation>Omitidas aunque sus posiciones están registradas: {parties}. El cuaderno lo indica.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="722"/>
        <source>The store has no summits yet; import a fact sheet first.</source>
        <translation>La base de datos aún no tiene cumbres; primero importe una hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="725"/>
        <source>Tick at least one party whose positions go into the book.</source>
        <translation>Marque al menos una parte cuyas posiciones se incluirán en el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="733"/>
        <source>Nothing to print: tick at least one pillar.</source>
        <translation>No hay nada que imprimir: marque al menos un pilar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="737"/>
        <source>Nothing to print: no commitment is selected.</source>
        <translation>No hay nada que imprimir: no hay ningún compromiso seleccionado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="741"/>
        <source>Nothing to print: choose a saved search.</source>
        <translation>No hay nada que imprimir: elija una búsqueda guardada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="755"/>
        <source>Nothing to print: tick at least one section.</source>
        <translation>No hay nada que imprimir: marque al menos una sección.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="778"/>
        <source>A book&apos;s password needs at least 8 characters; nothing was written.</source>
        <translation>La contraseña de un cuaderno necesita al menos 8 caracteres; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="785"/>
        <source>Choose where to save the book.</source>
        <translation>Elija dónde guardar el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="830"/>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="891"/>
        <source>Cannot build the briefing book</source>
        <translation>No se puede generar el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="838"/>
        <source>Not built: {name} was kept.</source>
        <translation>No se generó: se conservó {name}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="861"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/dialog.py" line="872"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>
            <numerusform>Se escribió {path} ({pages} página).</numerusform>
            <numerusform>Se escribió {path} ({pages} páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/dialog.py" line="904"/>
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
        <location filename="../../nals_desktop/ui/book/preview.py" line="92"/>
        <source>Briefing book preview</source>
        <extracomment>Pages are printed as images of at most this resolution (a printer&apos;s 1200 dpi would be 0.5 GB a page).</extracomment>
        <translation>Vista previa del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="94"/>
        <source>The built briefing book, page by page; print it or open it elsewhere</source>
        <translation>El cuaderno informativo generado, página por página; imprímalo o ábralo en otro programa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="105"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="107"/>
        <source>The book&apos;s pages; Page Up and Page Down scroll, Ctrl+Plus and Ctrl+Minus zoom</source>
        <translation>Las páginas del cuaderno; RePág y AvPág desplazan, Ctrl+Más y Ctrl+Menos cambian el zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="112"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="114"/>
        <source>Preview toolbar</source>
        <translation>Barra de herramientas de la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="115"/>
        <source>Print, open, save, page and zoom</source>
        <translation>Imprimir, abrir, guardar, cambiar de página y zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="120"/>
        <source>Print the book on a printer of this computer</source>
        <translation>Imprimir el cuaderno en una impresora de esta computadora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="123"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Abrir en el visor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="126"/>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>Abrir el PDF en el visor de PDF del sistema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="129"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="132"/>
        <source>Save a copy of the PDF somewhere else</source>
        <translation>Guardar una copia del PDF en otro lugar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="135"/>
        <source>Go to the previous page</source>
        <translation>Ir a la página anterior</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="135"/>
        <source>Pre&amp;vious page</source>
        <translation>Página an&amp;terior</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="138"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="138"/>
        <source>Go to the next page</source>
        <translation>Ir a la página siguiente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="141"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="144"/>
        <source>Show the pages larger</source>
        <translation>Mostrar las páginas más grandes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="147"/>
        <source>Zoom o&amp;ut</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="150"/>
        <source>Show the pages smaller</source>
        <translation>Mostrar las páginas más pequeñas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="153"/>
        <source>&amp;Fit width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="153"/>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="156"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="156"/>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="163"/>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="164"/>
        <source>Which page is shown, of how many</source>
        <translation>Qué página se muestra, de cuántas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="166"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="167"/>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="170"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="171"/>
        <location filename="../../nals_desktop/ui/book/preview.py" line="172"/>
        <source>How large the pages are shown</source>
        <translation>El tamaño con que se muestran las páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="187"/>
        <source>Spacer</source>
        <translation>Espaciador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="188"/>
        <source>Empty space</source>
        <translation>Espacio vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="204"/>
        <source>Print status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="205"/>
        <source>What printing is doing, or how it ended</source>
        <translation>Lo que hace la impresión, o cómo terminó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="208"/>
        <source>Print progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="209"/>
        <source>How many of the pages have been sent to the printer</source>
        <translation>Cuántas páginas se han enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="210"/>
        <location filename="../../nals_desktop/ui/book/preview.py" line="211"/>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="212"/>
        <source>Stop sending pages to the printer</source>
        <translation>Dejar de enviar páginas a la impresora</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="252"/>
        <source>{name} — Briefing book preview</source>
        <translation>{name} — Vista previa del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="256"/>
        <source>Cannot show the briefing book</source>
        <translation>No se puede mostrar el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="257"/>
        <source>{path} cannot be read as a PDF ({error}).</source>
        <translation>No se puede leer {path} como PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="278"/>
        <source>Page {x} of {y}</source>
        <translation>Página {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="280"/>
        <source>No pages</source>
        <translation>Sin páginas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="338"/>
        <source>Book page</source>
        <translation>Página del cuaderno</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="351"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="364"/>
        <source>Printing cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/book/preview.py" line="373"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>
            <numerusform>Se envió {n} página a la impresora.</numerusform>
            <numerusform>Se enviaron {n} páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="379"/>
        <source>Cannot print the briefing book</source>
        <translation>No se puede imprimir el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="396"/>
        <source>Cannot open the briefing book</source>
        <translation>No se puede abrir el cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="397"/>
        <source>No application opened {path}; open it from your file manager.</source>
        <translation>Ninguna aplicación abrió {path}; ábralo desde su administrador de archivos.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="425"/>
        <source>Cannot save a copy of the briefing book</source>
        <translation>No se puede guardar una copia del cuaderno informativo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/preview.py" line="426"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BookPrinting</name>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="44"/>
        <source>{path} can no longer be read; build the book again.</source>
        <translation>Ya no se puede leer {path}; vuelva a generar el cuaderno.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="48"/>
        <source>The printer {name} cannot be used.</source>
        <translation>No se puede usar la impresora {name}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="55"/>
        <source>Printing page {x} of {y}</source>
        <translation>Imprimiendo la página {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/book/printing.py" line="57"/>
        <source>The printer refused page {x}.</source>
        <translation>La impresora rechazó la página {x}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="74"/>
        <source>Edit {n} commitments</source>
        <translation>
            <numerusform>Editar {n} compromiso</numerusform>
            <numerusform>Editar {n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="75"/>
        <source>Set the same values on every selected commitment</source>
        <translation>Asignar los mismos valores a cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="80"/>
        <source>Selected commitments</source>
        <translation>Compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="85"/>
        <source>{party} (ours)</source>
        <translation>{party} (nosotros)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="87"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="87"/>
        <source>Whose position the changes apply to</source>
        <translation>La parte cuya posición se modifica</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="89"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="89"/>
        <source>The stance to set, or leave unchanged</source>
        <translation>La postura que se asigna, o dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="92"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="92"/>
        <source>The priority to set, or leave unchanged</source>
        <translation>La prioridad que se asigna, o dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="95"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="119"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="177"/>
        <source>Leave unchanged</source>
        <translation>Dejar sin cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="96"/>
        <source>Add these tags</source>
        <translation>Agregar estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="97"/>
        <source>Remove these tags</source>
        <translation>Quitar estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="98"/>
        <source>Replace all tags with these</source>
        <translation>Reemplazar todas las etiquetas por estas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="101"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="102"/>
        <source>Add or remove the tags given, keeping each commitment&apos;s others, or replace them all</source>
        <translation>Agregar o quitar las etiquetas indicadas, conservando las demás de cada compromiso, o reemplazarlas todas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="108"/>
        <source>Tags to change</source>
        <translation>Etiquetas por cambiar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="109"/>
        <source>Comma-separated tags for every selected commitment</source>
        <translation>Etiquetas separadas por comas para cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="117"/>
        <source>Cannot offer the known tags</source>
        <translation>No se pueden ofrecer las etiquetas conocidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="124"/>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="146"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="125"/>
        <source>The status to set, or leave unchanged; a new status needs a reason</source>
        <translation>El estado que se asigna, o dejar sin cambios; un nuevo estado requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="128"/>
        <source>Required when you set a status</source>
        <translation>Obligatorio si asigna un estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="130"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="130"/>
        <source>Why the status changes; required with a status</source>
        <translation>Por qué cambia el estado; obligatorio con un estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="136"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="136"/>
        <source>Why nothing was applied</source>
        <translation>Por qué no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="139"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="141"/>
        <source>Part&amp;y:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="142"/>
        <source>&amp;Stance:</source>
        <translation>P&amp;ostura:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="143"/>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="144"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="149"/>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="155"/>
        <source>&amp;Apply to {n} commitments</source>
        <translation>
            <numerusform>&amp;Aplicar a {n} compromiso</numerusform>
            <numerusform>&amp;Aplicar a {n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="157"/>
        <source>Save the chosen values on every selected commitment</source>
        <translation>Guardar los valores elegidos en cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="160"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="160"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="178"/>
        <source>Clear (not set)</source>
        <translation>Borrar (sin definir)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="189"/>
        <source>Cannot show the selected commitments</source>
        <translation>No se pueden mostrar los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="204"/>
        <source>Selected: {refs}. Fields left unchanged keep each commitment&apos;s own value; every commitment that changes gets one new revision.</source>
        <translation>Seleccionados: {refs}. Los campos que se dejan sin cambios conservan el valor propio de cada compromiso; cada compromiso que cambia recibe una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="240"/>
        <source>Choose at least one value to set; everything is left unchanged now.</source>
        <translation>Elija al menos un valor que asignar; por ahora todo queda sin cambios.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="244"/>
        <source>Say why the status changes: a reason is required.</source>
        <translation>Indique por qué cambia el estado: el motivo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/bulk.py" line="247"/>
        <source>These commitments have no party in common to set a position for.</source>
        <translation>Estos compromisos no tienen ninguna parte en común para la cual asignar una posición.</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="108"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/table.py" line="111"/>
        <source>The commitments in the chosen pillar or summit, or the search results. Click a column header to sort; the selected commitment is shown in the detail pane.</source>
        <translation>Los compromisos del pilar o de la cumbre elegidos, o los resultados de la búsqueda. Haga clic en el encabezado de una columna para ordenar; el compromiso seleccionado se muestra en el panel de detalles.</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="96"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="96"/>
        <source>Reference: tab letter and item number</source>
        <translation>Referencia: letra del separador y número del punto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="97"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="97"/>
        <source>The commitment&apos;s text</source>
        <translation>El texto del compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="99"/>
        <source>{party}&apos;s stance</source>
        <translation>Postura de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="102"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="102"/>
        <source>Priority of the first party that set one</source>
        <translation>Prioridad de la primera parte que asignó una</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="103"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="103"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="106"/>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/commitments.py" line="107"/>
        <source>When the commitment or a position on it last changed</source>
        <translation>Cuándo cambió por última vez el compromiso o una posición sobre él</translation>
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
        <location filename="../../nals_desktop/ui/detail.py" line="70"/>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="71"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="82"/>
        <source>No positions recorded yet.</source>
        <translation>Aún no hay posiciones registradas.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="83"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="92"/>
        <source>Not recorded.</source>
        <translation>Sin registrar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="96"/>
        <source>Pillar {tab}: {title}</source>
        <translation>Pilar {tab}: {title}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="104"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="110"/>
        <source>line {start}</source>
        <translation>línea {start}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="110"/>
        <source>lines {start}–{end}</source>
        <translation>líneas {start} a {end}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="114"/>
        <source>imported {when}</source>
        <translation>importado el {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/detail.py" line="120"/>
        <source>No stance</source>
        <translation>Sin postura</translation>
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
    <name>HistoryPanel</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="225"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="227"/>
        <source>Every saved change to the positions and status of the selected commitment, newest first</source>
        <translation>Cada cambio guardado en las posiciones y el estado del compromiso seleccionado, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="245"/>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="247"/>
        <source>Saved changes, newest first: when, who, what and which fields; select one to see its differences</source>
        <translation>Cambios guardados, del más reciente al más antiguo: cuándo, quién, qué y cuáles campos; seleccione uno para ver sus diferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="257"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="259"/>
        <source>The fields the selected revision changed: the old value struck through, the new one highlighted</source>
        <translation>Los campos que cambió la versión seleccionada: el valor anterior tachado y el nuevo resaltado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="263"/>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="265"/>
        <source>Bring back the values as they were after this revision; this is saved as a new revision</source>
        <translation>Recuperar los valores tal como quedaron después de esta versión; esto se guarda como una nueva versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="267"/>
        <source>Restore this revision</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="273"/>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="273"/>
        <source>What the last action did</source>
        <translation>Lo que hizo la última acción</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="274"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="291"/>
        <source>Drag to resize the list and the details</source>
        <translation>Arrastre para cambiar el tamaño de la lista y los detalles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="291"/>
        <source>History divider</source>
        <translation>Divisor del historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="316"/>
        <source>Cannot show the history</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="352"/>
        <source>Cannot restore the revision</source>
        <translation>No se puede restaurar la versión</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="356"/>
        <source>Nothing to restore: the values of this revision are the current ones.</source>
        <translation>No hay nada que restaurar: los valores de esta versión son los actuales.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="363"/>
        <source>Restored the revision of {when}; the restore is the new revision above.</source>
        <translation>Se restauró la versión del {when}; la restauración es la nueva versión de arriba.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="371"/>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="371"/>
        <source>Select a commitment.</source>
        <translation>Seleccione un compromiso.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="59"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="86"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="88"/>
        <source>Import fact sheet</source>
        <translation>Importar hoja informativa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="61"/>
        <source>Fact sheets ({patterns});;All files (*)</source>
        <translation>Hojas informativas ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="91"/>
        <source>Choose a file or paste text, check the preview, correct the summit&apos;s details, then import.</source>
        <translation>Elija un archivo o pegue texto, revise la vista previa, corrija los datos de la cumbre y luego importe.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="101"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="103"/>
        <source>Where the fact sheet comes from: a file or pasted text</source>
        <translation>De dónde proviene la hoja informativa: un archivo o texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="108"/>
        <source>No file chosen (.txt, .md or .html)</source>
        <translation>Ningún archivo elegido (.txt, .md o .html)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="109"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="110"/>
        <source>The fact sheet file to import</source>
        <translation>El archivo de la hoja informativa que se importará</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="111"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="112"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="114"/>
        <source>Pick a .txt, .md or .html fact sheet to preview</source>
        <translation>Elegir una hoja informativa .txt, .md o .html para la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="122"/>
        <source>A fact sheet saved as plain text, Markdown or HTML. You can also drop a file on the main window.</source>
        <translation>Una hoja informativa guardada como texto sin formato, Markdown o HTML. También puede soltar un archivo en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="135"/>
        <source>Paste the fact sheet&apos;s text here…</source>
        <translation>Pegue aquí el texto de la hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="136"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="138"/>
        <source>The fact sheet&apos;s text, copied from a web page or document</source>
        <translation>El texto de la hoja informativa, copiado de una página web o de un documento</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="143"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="144"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="145"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="148"/>
        <source>Format of the pasted text</source>
        <translation>Formato del texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="149"/>
        <source>Plain text, Markdown or HTML</source>
        <translation>Texto sin formato, Markdown o HTML</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="150"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="151"/>
        <source>Preview pasted text</source>
        <translation>Vista previa del texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="153"/>
        <source>Detect the summit, pillars and commitments; nothing is written</source>
        <translation>Detectar la cumbre, los pilares y los compromisos; no se escribe nada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="157"/>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="166"/>
        <source>From a &amp;file</source>
        <translation>Desde un &amp;archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="167"/>
        <source>&amp;Paste text</source>
        <translation>&amp;Pegar texto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="170"/>
        <source>Summit (edit what was detected)</source>
        <translation>Cumbre (corrija lo detectado)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="172"/>
        <source>The summit&apos;s title</source>
        <translation>El título de la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="172"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="174"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="174"/>
        <source>The summit&apos;s date, as YYYY-MM-DD; empty if unknown</source>
        <translation>La fecha de la cumbre, como AAAA-MM-DD; vacía si se desconoce</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="176"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="177"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="177"/>
        <source>Where the summit took place</source>
        <translation>Dónde se celebró la cumbre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="179"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="179"/>
        <source>Party codes, separated by commas, e.g. CA, MX, US</source>
        <translation>Códigos de las partes, separados por comas, p. ej. CA, MX, US</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="183"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="184"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="185"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="186"/>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rtes:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="192"/>
        <source>What was detected</source>
        <translation>Lo que se detectó</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="194"/>
        <source>How many pillars and commitments the preview found</source>
        <translation>Cuántos pilares y compromisos encontró la vista previa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="206"/>
        <source>Detected pillars and commitments</source>
        <translation>Pilares y compromisos detectados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="208"/>
        <source>Pillars with their commitments; press F2 on a pillar&apos;s short title to change it</source>
        <translation>Los pilares con sus compromisos; presione F2 sobre el título corto de un pilar para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="222"/>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="224"/>
        <source>Why the fact sheet could not be previewed or imported</source>
        <translation>Por qué no se pudo mostrar la vista previa de la hoja informativa o importarla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="229"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="230"/>
        <source>How far the preview or the import has come</source>
        <translation>Cuánto ha avanzado la vista previa o la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="233"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="234"/>
        <source>What the import is doing</source>
        <translation>Lo que hace la importación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="238"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="240"/>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="384"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="241"/>
        <source>Write the previewed summit into the store</source>
        <translation>Escribir la cumbre de la vista previa en la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="245"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="246"/>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="284"/>
        <source>Paste a fact sheet&apos;s text first.</source>
        <translation>Primero pegue el texto de una hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="293"/>
        <source>Reading and detecting the structure…</source>
        <translation>Leyendo y detectando la estructura…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="309"/>
        <source>{n} nested items</source>
        <translation>
            <numerusform>{n} punto anidado</numerusform>
            <numerusform>{n} puntos anidados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="313"/>
        <source>Nothing has been written yet. Check the details, then import.</source>
        <translation>Todavía no se ha escrito nada. Revise los datos y luego importe.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="326"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{value}” no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="352"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="365"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>Se importó “{title}”: {pillars}, {commitments}.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/import_dialog.py" line="371"/>
        <source>This document is already in the store as “{title}”; nothing was added.</source>
        <translation>Este documento ya está en la base de datos como “{title}”; no se agregó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="405"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilar</numerusform>
            <numerusform>{n} pilares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/import_dialog.py" line="408"/>
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
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="104"/>
        <source>Tab / ref.</source>
        <translation>Separador / ref.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="105"/>
        <source>Short title</source>
        <translation>Título corto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="106"/>
        <source>Heading or text</source>
        <translation>Encabezado o texto</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="107"/>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/import_preview.py" line="114"/>
        <source>Double-click or press F2 to edit a pillar&apos;s short title</source>
        <translation>Haga doble clic o presione F2 para editar el título corto de un pilar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="54"/>
        <source>NALS Desktop is locked</source>
        <extracomment>The desktop&apos;s screen savers: their ActiveChanged(true) locks the window too (Linux, over the session bus).</extracomment>
        <translation>NALS Desktop está bloqueado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="57"/>
        <source>Your edits were saved. Type the store&apos;s passphrase to show them again.</source>
        <translation>Sus cambios se guardaron. Escriba la frase de contraseña de la base de datos para volver a mostrarlos.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="63"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="64"/>
        <source>The store&apos;s passphrase unlocks the window</source>
        <translation>La frase de contraseña de la base de datos desbloquea la ventana</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="68"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="69"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="70"/>
        <source>Check the passphrase and show the window again</source>
        <translation>Verificar la frase de contraseña y volver a mostrar la ventana</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="88"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="421"/>
        <source>NALS Desktop</source>
        <translation>NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="118"/>
        <source>Commitment panes</source>
        <translation>Paneles del compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="120"/>
        <source>The commitment, the positions on it, and the history of their changes</source>
        <translation>El compromiso, las posiciones sobre él y el historial de sus cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Positions</source>
        <translation>&amp;Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="124"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="142"/>
        <source>Pane divider</source>
        <translation>Divisor de paneles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="143"/>
        <source>Drag to resize the panes</source>
        <translation>Arrastre para cambiar el tamaño de los paneles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="148"/>
        <source>Shown commitments</source>
        <translation>Compromisos mostrados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="150"/>
        <source>How many commitments are shown, of how many, and where the store is</source>
        <translation>Cuántos compromisos se muestran, de cuántos, y dónde está la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="152"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="171"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="153"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="154"/>
        <source>Shown while the store is being read</source>
        <translation>Se muestra mientras se lee la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="157"/>
        <source>Read-only: NALS Desktop is already open on this store elsewhere.</source>
        <translation>Solo lectura: NALS Desktop ya está abierto con esta base de datos en otra ventana.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="160"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="161"/>
        <source>Changes cannot be saved in this window</source>
        <translation>En esta ventana no se pueden guardar cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Import fact sheet…</source>
        <translation>&amp;Importar hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="210"/>
        <source>Import a summit&apos;s fact sheet from a file or pasted text</source>
        <translation>Importar la hoja informativa de una cumbre desde un archivo o texto pegado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export briefing book…</source>
        <translation>&amp;Exportar cuaderno informativo…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="217"/>
        <source>Print the chosen summit, pillar or commitments as a PDF briefing book</source>
        <translation>Imprimir la cumbre, el pilar o los compromisos elegidos como cuaderno informativo en PDF</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="220"/>
        <source>Read the store again</source>
        <translation>Volver a leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="223"/>
        <source>Quit NALS Desktop</source>
        <translation>Salir de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Copy commitment</source>
        <translation>&amp;Copiar compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="229"/>
        <source>Copy the selected commitment&apos;s reference and text</source>
        <translation>Copiar la referencia y el texto del compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="233"/>
        <source>Copy &amp;reference</source>
        <translation>Copiar refere&amp;ncia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="236"/>
        <source>Copy the selected commitment&apos;s reference</source>
        <translation>Copiar la referencia del compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="245"/>
        <source>Edit &amp;selected commitments…</source>
        <translation>Editar compromisos &amp;seleccionados…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="248"/>
        <source>Set stance, priority, tags or status on every selected commitment</source>
        <translation>Asignar postura, prioridad, etiquetas o estado a cada compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Your name and delegation…</source>
        <translation>Su nombre y de&amp;legación…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="255"/>
        <source>Who you are: recorded with every change you make</source>
        <translation>Quién es usted: se registra con cada cambio que haga</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="261"/>
        <source>Search the commitments</source>
        <translation>Buscar en los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="265"/>
        <source>Clear search and &amp;filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="268"/>
        <source>Show every commitment of the chosen pillar or summit again</source>
        <translation>Volver a mostrar todos los compromisos del pilar o de la cumbre elegidos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="271"/>
        <source>&amp;Save search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="274"/>
        <source>Keep the current search in the navigator</source>
        <translation>Conservar la búsqueda actual en el panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="278"/>
        <source>Go to &amp;navigator</source>
        <translation>Ir al panel de &amp;navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="281"/>
        <source>Go to &amp;commitments</source>
        <translation>Ir a los &amp;compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="284"/>
        <source>Go to &amp;details</source>
        <translation>Ir a los &amp;detalles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="287"/>
        <source>Show na&amp;vigator</source>
        <translation>Mostrar &amp;panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="290"/>
        <source>Show detail &amp;pane</source>
        <translation>Mostrar panel de de&amp;talles</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Search syntax</source>
        <translation>&amp;Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="298"/>
        <source>&amp;About NALS Desktop</source>
        <translation>&amp;Acerca de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="305"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="307"/>
        <source>Replace the store by a backup; the current store is kept</source>
        <translation>Reemplazar la base de datos por una copia de seguridad; se conserva la base de datos actual</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="313"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="317"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="327"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="331"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="334"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="338"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="339"/>
        <source>Import and search</source>
        <translation>Importar y buscar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="343"/>
        <source>Spacer</source>
        <translation>Espaciador</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="344"/>
        <source>Empty space</source>
        <translation>Espacio vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="392"/>
        <source>Cannot read the store</source>
        <translation>No se puede leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="421"/>
        <source>{scope} — NALS Desktop</source>
        <translation>{scope} — NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="462"/>
        <source>Type a search first, then save it.</source>
        <translation>Primero escriba una búsqueda y luego guárdela.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="465"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="468"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="466"/>
        <source>Name of the saved search:</source>
        <translation>Nombre de la búsqueda guardada:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="469"/>
        <source>Give the current search a name to keep it in the navigator</source>
        <translation>Asigne un nombre a la búsqueda actual para conservarla en el panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="478"/>
        <source>Cannot save the search</source>
        <translation>No se puede guardar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="489"/>
        <source>Cannot delete the saved search</source>
        <translation>No se puede eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="535"/>
        <source>No commitment matches.</source>
        <translation>Ningún compromiso coincide.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="544"/>
        <source>Cannot show the commitments</source>
        <translation>No se pueden mostrar los compromisos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="630"/>
        <source>Updated: {n} commitments changed in another program.</source>
        <translation>
            <numerusform>Actualizado: {n} compromiso modificado en otro programa.</numerusform>
            <numerusform>Actualizado: {n} compromisos modificados en otro programa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="643"/>
        <source>Cannot count the facets</source>
        <translation>No se pueden contar las facetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="661"/>
        <source>Select the commitments to edit first.</source>
        <translation>Primero seleccione los compromisos que desea editar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="684"/>
        <source>{shown} shown of {total} · {path}</source>
        <translation>
            <numerusform>{shown} mostrado de {total} · {path}</numerusform>
            <numerusform>{shown} mostrados de {total} · {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="793"/>
        <source>Imported “{title}”: {pillars}, {commitments}.</source>
        <extracomment>{pillars} and {commitments} are counted, e.g. &quot;6 pillars&quot;, &quot;1 commitment&quot;.</extracomment>
        <translation>Se importó “{title}”: {pillars}, {commitments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="795"/>
        <source>{n} pillars</source>
        <translation>
            <numerusform>{n} pilar</numerusform>
            <numerusform>{n} pilares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/main_window.py" line="796"/>
        <source>{n} commitments</source>
        <translation>
            <numerusform>{n} compromiso</numerusform>
            <numerusform>{n} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="836"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="851"/>
        <source>About NALS Desktop</source>
        <translation>Acerca de NALS Desktop</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="842"/>
        <source>Summit commitments, negotiating positions and briefing books, offline.</source>
        <translation>Compromisos de cumbres, posiciones de negociación y cuadernos informativos, sin conexión.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="844"/>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="846"/>
        <source>Store: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="848"/>
        <source>Qt {qt} · PySide6 {pyside}</source>
        <translation>Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="852"/>
        <source>Version and data folder</source>
        <translation>Versión y carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="860"/>
        <location filename="../../nals_desktop/ui/main_window.py" line="866"/>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/main_window.py" line="867"/>
        <source>How to write searches</source>
        <translation>Cómo escribir búsquedas</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="121"/>
        <source>Summits</source>
        <extracomment>Roles beyond Qt&apos;s.</extracomment>
        <translation>Cumbres</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="122"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="123"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="124"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="125"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="126"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="133"/>
        <source>All commitments</source>
        <translation>Todos los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="135"/>
        <source>Every commitment of every summit in the store</source>
        <translation>Todos los compromisos de todas las cumbres de la base de datos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="339"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="339"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nals_desktop/ui/models/navigator.py" line="369"/>
        <source>{label}, {count} commitments</source>
        <translation>
            <numerusform>{label}, {count} compromiso</numerusform>
            <numerusform>{label}, {count} compromisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="377"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="378"/>
        <source>Shows every commitment</source>
        <translation>Muestra todos los compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="379"/>
        <source>Summit; shows all its commitments</source>
        <translation>Cumbre; muestra todos sus compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="380"/>
        <source>Pillar; shows its commitments</source>
        <translation>Pilar; muestra sus compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="381"/>
        <source>Saved search; press Enter to run it</source>
        <translation>Búsqueda guardada; presione Enter para ejecutarla</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="395"/>
        <source>Not filtering; click or press Space to show only these</source>
        <translation>Sin filtrar; haga clic o presione la barra espaciadora para mostrar solo estos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="396"/>
        <source>Included: only these are shown; click again to exclude them</source>
        <translation>Incluidos: solo se muestran estos; vuelva a hacer clic para excluirlos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/models/navigator.py" line="397"/>
        <source>Excluded: these are hidden; click again to stop filtering</source>
        <translation>Excluidos: estos están ocultos; vuelva a hacer clic para dejar de filtrar</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="34"/>
        <source>Navigator</source>
        <translation>Panel de navegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="37"/>
        <source>Summits and their pillars, facets to filter by and saved searches. Arrow keys move; Space or Enter includes, excludes or clears a facet or runs a saved search.</source>
        <translation>Las cumbres y sus pilares, las facetas para filtrar y las búsquedas guardadas. Las flechas mueven la selección; la barra espaciadora o Enter incluye, excluye o borra una faceta, o ejecuta una búsqueda guardada.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="100"/>
        <source>Run search</source>
        <translation>Ejecutar búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/navigator.py" line="102"/>
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
        <location filename="../../nals_desktop/ui/positions/controller.py" line="166"/>
        <source>Cannot show the commitment</source>
        <translation>No se puede mostrar el compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="206"/>
        <source>Cannot offer the known tags</source>
        <translation>No se pueden ofrecer las etiquetas conocidas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="252"/>
        <source>No status recorded yet.</source>
        <translation>Aún no hay ningún estado registrado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="276"/>
        <source>edit {field} ({party})</source>
        <translation>edición de {field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="277"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="312"/>
        <source>{problem} It is kept here but not saved until you change it.</source>
        <translation>{problem} Se conserva aquí, pero no se guardará hasta que lo modifique.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="332"/>
        <source>Choose a status first: progress, evidence and the date are recorded with a status.</source>
        <translation>Primero elija un estado: el avance, la evidencia y la fecha se registran con un estado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="336"/>
        <source>The status changed: say why in “Reason for this change”. The new status is saved once a reason is given; your other changes are saved as usual.</source>
        <translation>El estado cambió: indique por qué en “Motivo de este cambio”. El nuevo estado se guardará en cuanto indique un motivo; sus demás cambios se guardan como siempre.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="408"/>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/controller.py" line="411"/>
        <source>Your changes could not be saved</source>
        <translation>No se pudieron guardar sus cambios</translation>
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
        <location filename="../../nals_desktop/ui/positions/form.py" line="224"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="226"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="231"/>
        <source>Undo the last change in the editor</source>
        <translation>Deshacer el último cambio en el editor</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="232"/>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="245"/>
        <source>Changes that could not be saved, and why</source>
        <translation>Los cambios que no se pudieron guardar, y por qué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="245"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="253"/>
        <source>Party tabs</source>
        <translation>Pestañas de las partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="254"/>
        <source>Choose whose position to edit, or the implementation status; Ctrl+Tab moves between them</source>
        <translation>Elija qué posición editar, o el estado de implementación; Ctrl+Tab pasa de una a otra</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="258"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="259"/>
        <source>One tab per party of the summit, your delegation first, then the implementation status</source>
        <translation>Una pestaña por cada parte de la cumbre, primero su delegación y luego el estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="261"/>
        <source>Select a commitment to record positions on it.</source>
        <translation>Seleccione un compromiso para registrar posiciones sobre él.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="264"/>
        <source>No commitment</source>
        <translation>Ningún compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="264"/>
        <source>Shown while no commitment is selected</source>
        <translation>Se muestra mientras no hay ningún compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="277"/>
        <source>Undo: {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="278"/>
        <source>Redo: {what}</source>
        <translation>Rehacer: {what}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="291"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="322"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="295"/>
        <source>Positions on {ref}</source>
        <translation>Posiciones sobre {ref}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="327"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="327"/>
        <source>The commitment whose positions are shown</source>
        <translation>El compromiso cuyas posiciones se muestran</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="330"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="330"/>
        <source>Undo the last change in the editor (Ctrl+Z)</source>
        <translation>Deshacer el último cambio en el editor (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="333"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="333"/>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Rehacer el último cambio deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="343"/>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="344"/>
        <source>Whether your changes are saved: saved with the time, saving, unsaved changes, or not saved</source>
        <translation>Si sus cambios están guardados: guardados (con la hora), guardando, cambios sin guardar o no guardados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="365"/>
        <source>Problem with {field}</source>
        <translation>Problema: {field}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="366"/>
        <source>Why this field is not saved yet</source>
        <translation>Por qué este campo aún no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="409"/>
        <source>Last saved</source>
        <translation>Último guardado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="409"/>
        <source>Who saved this position last, and when</source>
        <translation>Quién guardó esta posición por última vez, y cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="413"/>
        <source>our delegation ({name})</source>
        <translation>nuestra delegación ({name})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="416"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="422"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="521"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="419"/>
        <source>Stance of {party}</source>
        <translation>Postura de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="420"/>
        <source>The stance of {who} on this commitment</source>
        <translation>La postura de {who} sobre este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="425"/>
        <source>Priority for {party}</source>
        <translation>Prioridad para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="426"/>
        <source>How much this commitment matters to {who}</source>
        <translation>Cuánto le importa este compromiso a {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="431"/>
        <source>Sensitivity marking for {party}</source>
        <translation>Clasificación de seguridad para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="433"/>
        <source>The classification of this position; a briefing book is marked with the highest marking it contains</source>
        <translation>La clasificación de esta posición; un cuaderno informativo lleva la clasificación más alta que contiene</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="440"/>
        <source>Tags for {party}</source>
        <translation>Etiquetas para {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="441"/>
        <source>Comma-separated tags; known tags are offered as you type</source>
        <translation>Etiquetas separadas por comas; las etiquetas conocidas se sugieren mientras escribe</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="462"/>
        <source>What {who} wants to achieve on this commitment</source>
        <translation>Lo que {who} quiere lograr en este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="463"/>
        <source>The points {who} makes; one per line or as bullets</source>
        <translation>Los argumentos de {who}; uno por línea o en viñetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="464"/>
        <source>What {who} answers if the matter is raised</source>
        <translation>Lo que {who} responde si se plantea el tema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="465"/>
        <source>The position {who} can fall back to</source>
        <translation>La posición alternativa de {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="466"/>
        <source>What {who} cannot accept</source>
        <translation>Lo que {who} no puede aceptar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="467"/>
        <source>Context and history for {who}</source>
        <translation>Contexto y antecedentes para {who}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="470"/>
        <source>What we want to achieve</source>
        <translation>Lo que queremos lograr</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="471"/>
        <source>• One message per line</source>
        <translation>• Un mensaje por línea</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="472"/>
        <source>If raised: …</source>
        <translation>Si se plantea: …</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="473"/>
        <source>If our objective cannot be met</source>
        <translation>Si no se puede alcanzar nuestro objetivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="474"/>
        <source>What we cannot accept</source>
        <translation>Lo que no podemos aceptar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="475"/>
        <source>Context, history, sources</source>
        <translation>Contexto, antecedentes, fuentes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="482"/>
        <source>{field} ({party})</source>
        <translation>{field} ({party})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="503"/>
        <source>Position of {party}</source>
        <translation>Posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="504"/>
        <source>The position of {who} on this commitment</source>
        <translation>La posición de {who} sobre este compromiso</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="515"/>
        <source>Last status change</source>
        <translation>Último cambio de estado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="515"/>
        <source>The last change of status: why, who and when</source>
        <translation>El último cambio de estado: por qué, quién y cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="524"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="602"/>
        <location filename="../../nals_desktop/ui/positions/form.py" line="633"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="525"/>
        <source>Where implementation stands; a change of status needs a reason</source>
        <translation>En qué punto está la implementación; un cambio de estado requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="530"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="530"/>
        <source>Progress of implementation, from 0 to 100 percent</source>
        <translation>Avance de la implementación, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="535"/>
        <source>Drag to set the progress</source>
        <translation>Arrastre para indicar el avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="535"/>
        <source>Progress slider</source>
        <translation>Control deslizante del avance</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="540"/>
        <source>The date the status describes; not set until you give one</source>
        <translation>La fecha a la que se refiere el estado; sin definir hasta que usted indique una</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="542"/>
        <source>C&amp;lear date</source>
        <translation>&amp;Borrar fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="543"/>
        <source>Clear date</source>
        <translation>Borrar fecha</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="543"/>
        <source>Set the as-of date back to not set</source>
        <translation>Volver a dejar la fecha de corte sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="547"/>
        <source>Why does the status change? Required when it does.</source>
        <translation>¿Por qué cambia el estado? Obligatorio cuando cambia.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="550"/>
        <source>Reason for this change</source>
        <translation>Motivo de este cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="551"/>
        <source>Why the status changes; required whenever the status changes, and saved with the change</source>
        <translation>Por qué cambia el estado; obligatorio siempre que cambia el estado, y se guarda con el cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="558"/>
        <source>What shows it: reports, announcements, links</source>
        <translation>Lo que lo demuestra: informes, anuncios, enlaces</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="559"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="559"/>
        <source>What shows the status: reports, announcements, links</source>
        <translation>Lo que demuestra el estado: informes, anuncios, enlaces</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="603"/>
        <source>Implementation status of the commitment: status, progress, evidence, date, reason</source>
        <translation>Estado de implementación del compromiso: estado, avance, evidencia, fecha, motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="625"/>
        <source>{party} (ours)</source>
        <translation>{party} (nosotros)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="629"/>
        <source>Position of our delegation</source>
        <translation>Posición de nuestra delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="631"/>
        <source>Our reading of the position of {party}</source>
        <translation>Nuestra lectura de la posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="634"/>
        <source>Status, progress, evidence, as-of date and reason</source>
        <translation>Estado, avance, evidencia, fecha de corte y motivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="652"/>
        <source>Last saved by {who}, {when}</source>
        <translation>Guardado por última vez por {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="654"/>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="659"/>
        <source>Last change by {who}, {when}: {reason}</source>
        <translation>Último cambio por {who}, {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="660"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="683"/>
        <source>{tab}: {problem}</source>
        <translation>{tab}: {problem}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="722"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="724"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="726"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="728"/>
        <source>Not saved: see the message</source>
        <translation>No guardado: vea el mensaje</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="730"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/form.py" line="732"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
</context>
<context>
    <name>PositionFields</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="25"/>
        <source>&amp;Stance</source>
        <translation>Pos&amp;tura</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="26"/>
        <source>&amp;Priority</source>
        <translation>Pr&amp;ioridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="27"/>
        <source>Sensitivity &amp;marking</source>
        <translation>Clasificación de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="28"/>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="29"/>
        <source>&amp;Objective / desired outcome</source>
        <translation>&amp;Objetivo / resultado deseado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="30"/>
        <source>&amp;Key messages</source>
        <translation>&amp;Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="31"/>
        <source>&amp;Responses if raised</source>
        <translation>&amp;Respuestas si se plantea el tema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="32"/>
        <source>Fall&amp;back</source>
        <translation>Posición alter&amp;nativa</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="33"/>
        <source>Red &amp;line</source>
        <translation>&amp;Línea roja</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="34"/>
        <source>Back&amp;ground</source>
        <translation>Antece&amp;dentes</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="35"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="36"/>
        <source>Pro&amp;gress</source>
        <translation>Ava&amp;nce</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="37"/>
        <source>Evi&amp;dence</source>
        <translation>Evi&amp;dencia</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="38"/>
        <source>&amp;As of</source>
        <translation>&amp;Fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="39"/>
        <source>&amp;Reason for this change</source>
        <translation>&amp;Motivo de este cambio</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="63"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="63"/>
        <location filename="../../nals_desktop/ui/positions/common.py" line="159"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="70"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="99"/>
        <source>Comma-separated, e.g. energy, methane</source>
        <translation>Separadas por comas, p. ej. energía, metano</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="164"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/common.py" line="164"/>
        <source>Pick the as-of date</source>
        <translation>Elegir la fecha de corte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="49"/>
        <source>Implementation status</source>
        <translation>Estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="50"/>
        <source>Position of {party}</source>
        <translation>Posición de {party}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="80"/>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="80"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="80"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="80"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="103"/>
        <source>{who} on device {device}</source>
        <translation>{who} en el dispositivo {device}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="105"/>
        <source>{when} (UTC: {utc})</source>
        <translation>{when} (UTC: {utc})</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="169"/>
        <source>{what} · {who} · {when}</source>
        <translation>{what} · {who} · {when}</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/history.py" line="193"/>
        <source>No field changed.</source>
        <translation>No cambió ningún campo.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="49"/>
        <source>Who is editing</source>
        <translation>Quién edita</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="49"/>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="51"/>
        <source>Your name and delegation, recorded with every change</source>
        <translation>Su nombre y su delegación, que se registran con cada cambio</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="57"/>
        <source>Every change you make is recorded with your name, your delegation and this device, so that colleagues can see who changed what. Your delegation&apos;s position is shown first.</source>
        <translation>Cada cambio que haga se registra con su nombre, su delegación y este dispositivo, para que sus colegas puedan ver quién cambió qué. La posición de su delegación se muestra primero.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="63"/>
        <source>About the profile</source>
        <translation>Acerca del perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="65"/>
        <source>e.g. Alex Tremblay</source>
        <translation>p. ej. Alex Tremblay</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="67"/>
        <source>Recorded with every change you make</source>
        <translation>Se registra con cada cambio que haga</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="67"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="71"/>
        <source>Your delegation</source>
        <translation>Su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="72"/>
        <source>The party you work for; its position is shown first</source>
        <translation>La parte para la que trabaja; su posición se muestra primero</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="80"/>
        <source>Choose your delegation</source>
        <translation>Elija su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="89"/>
        <source>Device id</source>
        <translation>Identificador del dispositivo</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="89"/>
        <source>This computer&apos;s id, made once, recorded with changes</source>
        <translation>El identificador de esta computadora, creado una sola vez y registrado con los cambios</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="94"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="94"/>
        <source>Why the profile was not saved</source>
        <translation>Por qué no se guardó el perfil</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="98"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="100"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="104"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="109"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="110"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="110"/>
        <source>Save your name and delegation</source>
        <translation>Guardar su nombre y su delegación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="112"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="113"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/positions/profile.py" line="137"/>
        <source>Choose your delegation; its position is shown first.</source>
        <translation>Elija su delegación; su posición se muestra primero.</translation>
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
        <source>positions tagged so</source>
        <translation>las posiciones con esa etiqueta</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="36"/>
        <source>a party&apos;s stance (support, neutral, oppose…)</source>
        <translation>la postura de una parte (support, neutral, oppose…)</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="39"/>
        <source>implementation status</source>
        <translation>el estado de implementación</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="42"/>
        <source>a party&apos;s priority</source>
        <translation>la prioridad de una parte</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="45"/>
        <source>“-” before a field excludes it</source>
        <translation>“-” antes de un campo lo excluye</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="64"/>
        <source>Search  (Ctrl+F)   e.g.  methane -waste  pillar:B</source>
        <translation>Buscar  (Ctrl+F)   p. ej.  methane -waste  pillar:B</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="66"/>
        <source>Search commitments</source>
        <translation>Buscar compromisos</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="69"/>
        <source>Searches every summit as you type. Quoted phrases, a minus sign to exclude, and the fields pillar:, tag:, stance:, status:, priority:. Press Down to go to the results, Escape to clear.</source>
        <translation>Busca en todas las cumbres mientras escribe. Frases entre comillas, un signo menos para excluir y los campos pillar:, tag:, stance:, status:, priority:. Presione Flecha abajo para ir a los resultados y Esc para borrar.</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="77"/>
        <source>Search problem</source>
        <translation>Problema de búsqueda</translation>
    </message>
    <message>
        <location filename="../../nals_desktop/ui/search.py" line="78"/>
        <source>Why the search could not be run</source>
        <translation>Por qué no se pudo ejecutar la búsqueda</translation>
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
    <name>WindowLock</name>
    <message>
        <location filename="../../nals_desktop/ui/lock.py" line="206"/>
        <source>This passphrase is not the open store&apos;s.</source>
        <translation>Esta frase de contraseña no es la de la base de datos abierta.</translation>
    </message>
</context>
</TS>
