<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
  <context>
    <name>Accessibility</name>
    <message>
      <source>{table}: column names</source>
      <translation>{table}: nombres de las columnas</translation>
    </message>
    <message>
      <source>{table}: row numbers</source>
      <translation>{table}: números de fila</translation>
    </message>
  </context>
  <context>
    <name>Destinations</name>
    <message>
      <source>VibeFollow users</source>
      <translation>VibeFollow usuarios</translation>
    </message>
    <message>
      <source>VibeFollow events</source>
      <translation>VibeFollow eventos</translation>
    </message>
    <message>
      <source>Ours Privacy events</source>
      <translation>Ours Privacy eventos</translation>
    </message>
    <message>
      <source>FloKit events</source>
      <translation>FloKit eventos</translation>
    </message>
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Sandbox — {destination}</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <source>Drop a spreadsheet here, or {link}</source>
      <translation>Suelte aquí una hoja de cálculo, o {link}</translation>
    </message>
    <message>
      <source>New here? Try a sample: {samples}</source>
      <translation>¿Es nuevo aquí? Pruebe un ejemplo: {samples}</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nombre del archivo</translation>
    </message>
    <message>
      <source>Type the path of a spreadsheet, then Enter</source>
      <translation>Escriba la ruta de una hoja de cálculo y pulse Intro</translation>
    </message>
    <message>
      <source>or type its path here and press Enter</source>
      <translation>o escriba aquí su ruta y pulse Intro</translation>
    </message>
    <message>
      <source>File &amp;name</source>
      <translation>&amp;Nombre del archivo</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>A&amp;brir</translation>
    </message>
    <message>
      <source>Load the file named in the field</source>
      <translation>Cargar el archivo indicado en el campo</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>E&amp;xaminar…</translation>
    </message>
    <message>
      <source>Choose a file in the Open dialog (Ctrl+O)</source>
      <translation>Elegir un archivo en el cuadro de diálogo Abrir (Ctrl+O)</translation>
    </message>
  </context>
  <context>
    <name>LoadPage</name>
    <message>
      <source>CSV (delimited text)</source>
      <translation>CSV (texto delimitado)</translation>
    </message>
    <message>
      <source>TSV (tab-separated text)</source>
      <translation>TSV (texto separado por tabuladores)</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook with macros (.xlsm)</source>
      <translation>Libro de Excel con macros (.xlsm)</translation>
    </message>
    <message>
      <source>Excel 97–2003 workbook (.xls)</source>
      <translation>Libro de Excel 97–2003 (.xls)</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet (.ods)</source>
      <translation>Hoja de cálculo OpenDocument (.ods)</translation>
    </message>
    <message>
      <source>JSON lines</source>
      <translation>Líneas JSON</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>coma</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>punto y coma</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulador</translation>
    </message>
    <message>
      <source>pipe</source>
      <translation>barra vertical</translation>
    </message>
    <message>
      <source>Comma</source>
      <translation>Coma</translation>
    </message>
    <message>
      <source>Semicolon</source>
      <translation>Punto y coma</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tabulador</translation>
    </message>
    <message>
      <source>Pipe</source>
      <translation>Barra vertical</translation>
    </message>
    <message>
      <source>{rows} × {columns}</source>
      <translation>{rows} × {columns}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln column(s)</source>
      <translation>
        <numerusform>%Ln columna</numerusform>
        <numerusform>%Ln columnas</numerusform>
      </translation>
    </message>
    <message>
      <source>no data rows</source>
      <translation>ninguna fila de datos</translation>
    </message>
    <message numerus="yes">
      <source>First {shown} of %Ln row(s)</source>
      <translation>
        <numerusform>Primeras {shown} de %Ln fila</numerusform>
        <numerusform>Primeras {shown} de %Ln filas</numerusform>
      </translation>
    </message>
    <message>
      <source>The only row</source>
      <translation>La única fila</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s)</source>
      <translation>
        <numerusform>La %Ln fila</numerusform>
        <numerusform>Las %Ln filas</numerusform>
      </translation>
    </message>
    <message>
      <source>No data rows below the header</source>
      <translation>No hay filas de datos bajo el encabezado</translation>
    </message>
    <message>
      <source>Excel, OpenDocument, CSV, text and JSON files: {kinds}</source>
      <translation>Archivos de Excel, OpenDocument, CSV, texto y JSON: {kinds}</translation>
    </message>
    <message>
      <source>{sheet} (hidden in Excel)</source>
      <translation>{sheet} (oculta en Excel)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Codificación</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Separador</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Hoja</translation>
    </message>
    <message>
      <source>Load a spreadsheet</source>
      <translation>Cargar una hoja de cálculo</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Archivos recientes</translation>
    </message>
    <message>
      <source>First rows of the file</source>
      <translation>Primeras filas del archivo</translation>
    </message>
    <message>
      <source>Which sheet of the workbook to read</source>
      <translation>Qué hoja del libro se lee</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Fila de encabezado</translation>
    </message>
    <message>
      <source>The spreadsheet row that holds the column names</source>
      <translation>La fila de la hoja que contiene los nombres de las columnas</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Detectar automáticamente</translation>
    </message>
    <message>
      <source>Change this if letters like é or ü look wrong</source>
      <translation>Cámbiela si letras como é o ü se ven mal</translation>
    </message>
    <message>
      <source>What separates the columns in a text file</source>
      <translation>Lo que separa las columnas en un archivo de texto</translation>
    </message>
    <message>
      <source>&amp;Sheet</source>
      <translation>&amp;Hoja</translation>
    </message>
    <message>
      <source>&amp;Header row</source>
      <translation>Fila de &amp;encabezado</translation>
    </message>
    <message>
      <source>&amp;Encoding</source>
      <translation>&amp;Codificación</translation>
    </message>
    <message>
      <source>&amp;Delimiter</source>
      <translation>Se&amp;parador</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Abrir otro archivo…</translation>
    </message>
    <message>
      <source>Loading… the next step opens when the file is read.</source>
      <translation>Cargando… el paso siguiente se abre cuando se haya leído el archivo.</translation>
    </message>
    <message>
      <source>Load a file to continue: drop it here, or press Ctrl+O.</source>
      <translation>Cargue un archivo para continuar: suéltelo aquí o pulse Ctrl+O.</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Abrir una hoja de cálculo</translation>
    </message>
    <message>
      <source>“{file}” is a folder, not a file.</source>
      <translation>«{file}» es una carpeta, no un archivo.</translation>
    </message>
    <message>
      <source>Open the folder and choose the spreadsheet inside it.</source>
      <translation>Abra la carpeta y elija la hoja de cálculo que contiene.</translation>
    </message>
    <message>
      <source>“{file}” could not be found.</source>
      <translation>No se encontró «{file}».</translation>
    </message>
    <message>
      <source>It may have been moved, renamed or deleted.</source>
      <translation>Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
      <source>Opening {file}…</source>
      <translation>Abriendo {file}…</translation>
    </message>
    <message>
      <source>Loading {file}…</source>
      <translation>Cargando {file}…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <source>Loaded {file}: {size}</source>
      <translation>{file} cargado: {size}</translation>
    </message>
    <message>
      <source>{file} could not be loaded.</source>
      <translation>No se pudo cargar {file}.</translation>
    </message>
    <message>
      <source>Could not load {file}</source>
      <translation>No se pudo cargar {file}</translation>
    </message>
    <message>
      <source>The file could not be loaded.</source>
      <translation>No se pudo cargar el archivo.</translation>
    </message>
    <message>
      <source>Could not load the file</source>
      <translation>No se pudo cargar el archivo</translation>
    </message>
    <message>
      <source>Loading was cancelled.</source>
      <translation>Se canceló la lectura.</translation>
    </message>
    <message>
      <source>The previous file is still loaded.</source>
      <translation>El archivo anterior sigue cargado.</translation>
    </message>
    <message>
      <source>Loading cancelled</source>
      <translation>Lectura cancelada</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>No hay archivos recientes</translation>
    </message>
    <message>
      <source>{sheet} — {rows}</source>
      <translation>{sheet} — {rows}</translation>
    </message>
    <message>
      <source>⚠ This sheet has {rows}. '{sheet}' holds {other}: choose it in the Sheet list.</source>
      <translation>⚠ Esta hoja tiene {rows}. «{sheet}» tiene {other}: elíjala en la lista Hoja.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Load</source>
      <translation>Cargar</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Asignar</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Cargar datos</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Como el sistema</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <source>The previous step (Alt+Left)</source>
      <translation>El paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
      <source>No file loaded</source>
      <translation>Ningún archivo cargado</translation>
    </message>
    <message>
      <source>Go to {step}</source>
      <translation>Ir a «{step}»</translation>
    </message>
    <message>
      <source>Open a file…</source>
      <translation>Abrir un archivo…</translation>
    </message>
    <message>
      <source>Primary action</source>
      <translation>Acción principal</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Paso siguiente</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Cancel running work</source>
      <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
      <source>{step} needs the earlier steps first.</source>
      <translation>«{step}» necesita antes los pasos anteriores.</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Abrir una hoja de cálculo</translation>
    </message>
    <message>
      <source>The page's main button: Next, or Start / Pause / Resume upload</source>
      <translation>El botón principal de la página: Siguiente, o iniciar / pausar / reanudar la carga</translation>
    </message>
    <message>
      <source>Previous / next step</source>
      <translation>Paso anterior / siguiente</translation>
    </message>
    <message>
      <source>On Load: the file name field (type a path, then Enter)</source>
      <translation>En «Cargar»: el campo del nombre de archivo (escriba una ruta y pulse Intro)</translation>
    </message>
    <message>
      <source>Cancel loading or checking</source>
      <translation>Cancelar la lectura o la comprobación</translation>
    </message>
    <message>
      <source>Cancel a running upload</source>
      <translation>Cancelar la carga en curso</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Esta lista</translation>
    </message>
    <message>
      <source>You can also drop a file anywhere on the window.</source>
      <translation>También puede soltar un archivo en cualquier parte de la ventana.</translation>
    </message>
    <message>
      <source>Backfill — spreadsheets into analytics APIs.</source>
      <translation>Backfill — hojas de cálculo hacia API de analítica.</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>{file} can’t be loaded yet. {reason}</source>
      <translation>{file} no se puede cargar todavía. {reason}</translation>
    </message>
    <message>
      <source>Another file can’t be opened now. {reason}</source>
      <translation>Ahora no se puede abrir otro archivo. {reason}</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
    </message>
    <message>
      <source>Language (from the next start)</source>
      <translation>Idioma (desde el próximo inicio)</translation>
    </message>
    <message>
      <source>Help (F1)</source>
      <translation>Ayuda (F1)</translation>
    </message>
    <message>
      <source>Help and settings</source>
      <translation>Ayuda y ajustes</translation>
    </message>
    <message>
      <source>Keyboard shortcuts, appearance, language, about Backfill</source>
      <translation>Atajos de teclado, apariencia, idioma, acerca de Backfill</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apariencia</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>About Backfill</source>
      <translation>Acerca de Backfill</translation>
    </message>
    <message>
      <source>Ne&amp;xt ▶</source>
      <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Map ▶</source>
      <translation>&amp;Siguiente: Asignar ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Review ▶</source>
      <translation>&amp;Siguiente: Revisar ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Upload ▶</source>
      <translation>&amp;Siguiente: Cargar datos ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Report ▶</source>
      <translation>&amp;Siguiente: Informe ▶</translation>
    </message>
    <message>
      <source>&amp;Start upload ▶</source>
      <translation>&amp;Iniciar la carga ▶</translation>
    </message>
    <message>
      <source>&amp;Resume upload ▶</source>
      <translation>&amp;Reanudar la carga ▶</translation>
    </message>
    <message>
      <source>&amp;Continue upload ▶</source>
      <translation>&amp;Continuar la carga ▶</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pausar</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Reanudar</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Preparando…</translation>
    </message>
    <message>
      <source>&amp;Import another file ▶</source>
      <translation>&amp;Importar otro archivo ▶</translation>
    </message>
    <message>
      <source>Backfill — {file} → {destination}</source>
      <translation>Backfill — {file} → {destination}</translation>
    </message>
    <message>
      <source>Backfill — file → {destination}</source>
      <translation>Backfill — archivo → {destination}</translation>
    </message>
    <message>
      <source>{title} · job {job}</source>
      <translation>{title} · trabajo {job}</translation>
    </message>
    <message>
      <source>{title} [PRODUCTION]</source>
      <translation>{title} [PRODUCCIÓN]</translation>
    </message>
    <message>
      <source>Fixing {rows}</source>
      <translation>Corrección: {rows}</translation>
    </message>
    <message>
      <source>File: {file}</source>
      <translation>Archivo: {file}</translation>
    </message>
    <message>
      <source>Destination: {destination} ({profile})</source>
      <translation>Destino: {destination} ({profile})</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln fila</numerusform>
        <numerusform>%Ln filas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln problema</numerusform>
        <numerusform>%Ln problemas</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} excluded</source>
      <translation>{count} excluida(s)</translation>
    </message>
  </context>
  <context>
    <name>ProfileBadge</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUCCIÓN</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>PREPRODUCCIÓN</translation>
    </message>
    <message>
      <source>Records go to a real API. Uploads cannot be undone.</source>
      <translation>Los registros van a una API real. Las cargas no se pueden deshacer.</translation>
    </message>
    <message>
      <source>Records go to a test copy of the real API.</source>
      <translation>Los registros van a una copia de prueba de la API real.</translation>
    </message>
    <message>
      <source>Records go to the local test server; nothing leaves this computer.</source>
      <translation>Los registros van al servidor de pruebas local; nada sale de este equipo.</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>{words} (step {done} of {total})</source>
      <translation>{words} (paso {done} de {total})</translation>
    </message>
    <message>
      <source>{words} — {done} of {total} rows</source>
      <translation>{words} — {done} de {total} filas</translation>
    </message>
  </context>
</TS>