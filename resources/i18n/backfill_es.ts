<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Imports spreadsheets of users and events into product-analytics ingestion APIs.</source>
      <translation>Importa hojas de cálculo de usuarios y eventos a las API de ingesta de analítica de producto.</translation>
    </message>
    <message>
      <source>Licensed under the {licence} licence.</source>
      <translation>Con licencia {licence}.</translation>
    </message>
    <message numerus="yes">
      <source>Backfill ships with these %Ln open-source libraries (and the Python runtime, PSF-2.0):</source>
      <translation>
        <numerusform>Backfill incluye esta %Ln biblioteca de código abierto (y el entorno de Python, PSF-2.0):</numerusform>
        <numerusform>Backfill incluye estas %Ln bibliotecas de código abierto (y el entorno de Python, PSF-2.0):</numerusform>
      </translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licencia</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Copiar los detalles</translation>
    </message>
    <message>
      <source>Copy the versions and licences, e.g. for a support ticket</source>
      <translation>Copiar las versiones y las licencias, por ejemplo para una solicitud de soporte</translation>
    </message>
  </context>
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
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
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
    <name>Launch</name>
    <message>
      <source>The details were saved to {log}.</source>
      <translation>Los detalles se guardaron en {log}.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Algo salió mal</translation>
    </message>
    <message>
      <source>Backfill hit an unexpected problem and stopped what it was doing. Your file and any upload in progress are safe. {where}</source>
      <translation>Backfill encontró un problema inesperado y detuvo lo que estaba haciendo. Su archivo y cualquier carga en curso están a salvo. {where}</translation>
    </message>
  </context>
  <context>
    <name>LoadError</name>
    <message>
      <source>{file} could not be read as a delimited text file.</source>
      <translation>No se pudo leer {file} como archivo de texto delimitado.</translation>
    </message>
    <message>
      <source>Check that it is a CSV/TSV file; re-export it from the original program.</source>
      <translation>Compruebe que sea un archivo CSV/TSV; vuelva a exportarlo desde el programa original.</translation>
    </message>
    <message>
      <source>'{delimiter}' cannot be used as a delimiter.</source>
      <translation>«{delimiter}» no se puede usar como separador.</translation>
    </message>
    <message>
      <source>Use a single character.</source>
      <translation>Use un solo carácter.</translation>
    </message>
    <message>
      <source>Row {row} is empty, so it cannot be the header row.</source>
      <translation>La fila {row} está vacía, así que no puede ser la fila de encabezado.</translation>
    </message>
    <message>
      <source>Choose the row that holds the column names.</source>
      <translation>Elija la fila que contiene los nombres de las columnas.</translation>
    </message>
    <message>
      <source>{file} has a quote (") that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} tiene una comilla (") que nunca se cierra, así que el resto del archivo no se puede dividir en filas.</translation>
    </message>
    <message>
      <source>Open the file in a text editor or Excel, fix the quotes, and save it again.</source>
      <translation>Abra el archivo en un editor de texto o en Excel, corrija las comillas y vuelva a guardarlo.</translation>
    </message>
    <message>
      <source>{file} contains characters that are not valid text in the chosen encoding.</source>
      <translation>{file} contiene caracteres que no son texto válido en la codificación elegida.</translation>
    </message>
    <message>
      <source>Choose another encoding (for example Windows-1252).</source>
      <translation>Elija otra codificación (por ejemplo, Windows-1252).</translation>
    </message>
    <message>
      <source>{file} has a quote (") in row {row} that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} tiene en la fila {row} una comilla (") que nunca se cierra, así que el resto del archivo no se puede dividir en filas.</translation>
    </message>
    <message>
      <source>The file {file} does not exist.</source>
      <translation>El archivo {file} no existe.</translation>
    </message>
    <message>
      <source>Check the path.</source>
      <translation>Compruebe la ruta.</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file.</source>
      <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
      <source>Choose a file.</source>
      <translation>Elija un archivo.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read {file}.</source>
      <translation>Backfill no tiene permiso para leer {file}.</translation>
    </message>
    <message>
      <source>Check the file's permissions, or close it in other programs and try again.</source>
      <translation>Compruebe los permisos del archivo, o ciérrelo en otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The file {file} could not be read ({reason}).</source>
      <translation>No se pudo leer el archivo {file} ({reason}).</translation>
    </message>
    <message>
      <source>{file} is empty.</source>
      <translation>{file} está vacío.</translation>
    </message>
    <message>
      <source>Choose a file that holds data.</source>
      <translation>Elija un archivo que contenga datos.</translation>
    </message>
    <message>
      <source>{file} holds no records.</source>
      <translation>{file} no contiene registros.</translation>
    </message>
    <message>
      <source>{file} is not valid text.</source>
      <translation>{file} no es texto válido.</translation>
    </message>
    <message>
      <source>Save it as UTF-8 JSON.</source>
      <translation>Guárdelo como JSON en UTF-8.</translation>
    </message>
    <message>
      <source>{file} does not hold a list of records.</source>
      <translation>{file} no contiene una lista de registros.</translation>
    </message>
    <message>
      <source>Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].</source>
      <translation>Backfill lee un array JSON de objetos, como [{{"id": 1}}, {{"id": 2}}].</translation>
    </message>
    <message>
      <source>Line {line} of {file} is not valid JSON.</source>
      <translation>La línea {line} de {file} no es JSON válido.</translation>
    </message>
    <message>
      <source>Each line of an NDJSON file must be one complete JSON object.</source>
      <translation>Cada línea de un archivo NDJSON debe ser un objeto JSON completo.</translation>
    </message>
    <message>
      <source>The header row must be 1 or more.</source>
      <translation>La fila de encabezado debe ser 1 o más.</translation>
    </message>
    <message>
      <source>Row numbers start at 1.</source>
      <translation>Los números de fila empiezan en 1.</translation>
    </message>
    <message>
      <source>{file} is too large to load on this computer.</source>
      <translation>{file} es demasiado grande para cargarlo en este equipo.</translation>
    </message>
    <message>
      <source>Split it into smaller files and load them one at a time.</source>
      <translation>Divídalo en archivos más pequeños y cárguelos de uno en uno.</translation>
    </message>
    <message>
      <source>Backfill could not read {file} ({reason}).</source>
      <translation>Backfill no pudo leer {file} ({reason}).</translation>
    </message>
    <message>
      <source>If it opens in Excel, save it again as .xlsx or CSV and load that copy.</source>
      <translation>Si se abre en Excel, vuelva a guardarlo como .xlsx o CSV y cargue esa copia.</translation>
    </message>
    <message>
      <source>Choose a file that has a header row and data.</source>
      <translation>Elija un archivo con una fila de encabezado y datos.</translation>
    </message>
    <message>
      <source>{file} does not look like a spreadsheet or text file (it contains binary data).</source>
      <translation>{file} no parece una hoja de cálculo ni un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
      <source>Check that you picked the right file; export it as CSV or Excel if it came from another program.</source>
      <translation>Compruebe que eligió el archivo correcto; expórtelo como CSV o Excel si viene de otro programa.</translation>
    </message>
    <message>
      <source>{file} is {what}, not a spreadsheet.</source>
      <translation>{file} es {what}, no una hoja de cálculo.</translation>
    </message>
    <message>
      <source>Export the data as CSV or Excel and load that file.</source>
      <translation>Exporte los datos como CSV o Excel y cargue ese archivo.</translation>
    </message>
    <message>
      <source>{file} cannot be read: '{encoding}' is not an encoding Backfill knows.</source>
      <translation>No se puede leer {file}: «{encoding}» no es una codificación que Backfill conozca.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick one from the list.</source>
      <translation>Deje la codificación en automático o elija una de la lista.</translation>
    </message>
    <message>
      <source>{file} is not a valid Excel or OpenDocument workbook.</source>
      <translation>{file} no es un libro de Excel u OpenDocument válido.</translation>
    </message>
    <message>
      <source>Check the file; if it is really CSV, rename it to .csv.</source>
      <translation>Compruebe el archivo; si en realidad es CSV, cámbiele el nombre a .csv.</translation>
    </message>
    <message>
      <source>{file} is damaged or is not a workbook Backfill can read.</source>
      <translation>{file} está dañado o no es un libro que Backfill pueda leer.</translation>
    </message>
    <message>
      <source>Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.</source>
      <translation>Ábralo en Excel o LibreOffice y vuelva a guardarlo como .xlsx, o expórtelo como CSV.</translation>
    </message>
    <message>
      <source>Choose a workbook that holds data.</source>
      <translation>Elija un libro que contenga datos.</translation>
    </message>
    <message>
      <source>{file} is password-protected.</source>
      <translation>{file} está protegido con contraseña.</translation>
    </message>
    <message>
      <source>Open it in Excel, save an unprotected copy, and load that copy.</source>
      <translation>Ábralo en Excel, guarde una copia sin protección y cargue esa copia.</translation>
    </message>
    <message>
      <source>{file} has no sheets.</source>
      <translation>{file} no tiene hojas.</translation>
    </message>
    <message>
      <source>Row {row} of sheet '{sheet}' is empty, so it cannot be the header row.</source>
      <translation>La fila {row} de la hoja «{sheet}» está vacía, así que no puede ser la fila de encabezado.</translation>
    </message>
    <message>
      <source>{file} is damaged or incomplete (the workbook is cut short).</source>
      <translation>{file} está dañado o incompleto (el libro está cortado).</translation>
    </message>
    <message>
      <source>Copy or download the file again, or re-save it from Excel.</source>
      <translation>Vuelva a copiar o descargar el archivo, o guárdelo de nuevo desde Excel.</translation>
    </message>
    <message>
      <source>{file} has no data rows below the header (row {row}); nothing to send.</source>
      <translation>{file} no tiene filas de datos bajo el encabezado (fila {row}); no hay nada que enviar.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.</source>
      <translation>La fila {row} no puede ser la fila de encabezado de {file}: está vacía o fuera del principio del archivo.</translation>
    </message>
    <message>
      <source>{file} has a quote (") near its end that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} tiene cerca del final una comilla (") que nunca se cierra, así que el resto del archivo no se puede dividir en filas.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top holds column names.</source>
      <translation>{file} no tiene fila de encabezado: ninguna línea del principio contiene nombres de columnas.</translation>
    </message>
    <message>
      <source>Check that the file holds data, or choose the header row yourself.</source>
      <translation>Compruebe que el archivo contenga datos, o elija usted la fila de encabezado.</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>un documento PDF</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>una imagen PNG</translation>
    </message>
    <message>
      <source>a JPEG image</source>
      <translation>una imagen JPEG</translation>
    </message>
    <message>
      <source>a GIF image</source>
      <translation>una imagen GIF</translation>
    </message>
    <message>
      <source>a gzip archive</source>
      <translation>un archivo comprimido gzip</translation>
    </message>
    <message>
      <source>a RAR archive</source>
      <translation>un archivo comprimido RAR</translation>
    </message>
    <message>
      <source>a 7-Zip archive</source>
      <translation>un archivo comprimido 7-Zip</translation>
    </message>
    <message>
      <source>a SQLite database</source>
      <translation>una base de datos SQLite</translation>
    </message>
    <message>
      <source>a program file</source>
      <translation>un archivo de programa</translation>
    </message>
    <message>
      <source>a Windows program file</source>
      <translation>un archivo de programa de Windows</translation>
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
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln fila</numerusform>
        <numerusform>%Ln filas</numerusform>
      </translation>
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
    <message numerus="yes">
      <source>%Ln excluded</source>
      <translation>
        <numerusform>%Ln excluida</numerusform>
        <numerusform>%Ln excluidas</numerusform>
      </translation>
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
  <context>
    <name>StepSidebar</name>
    <message>
      <source>{step} ({keys})</source>
      <translation>{step} ({keys})</translation>
    </message>
    <message>
      <source>{step} ({keys}) — finish the earlier steps first</source>
      <translation>{step} ({keys}) — termine antes los pasos anteriores</translation>
    </message>
    <message>
      <source>{step}: current step</source>
      <translation>{step}: paso actual</translation>
    </message>
    <message>
      <source>{step}: done</source>
      <translation>{step}: hecho</translation>
    </message>
    <message>
      <source>{step}: not done yet</source>
      <translation>{step}: aún sin hacer</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>The computer ran out of memory while doing this.</source>
      <translation>El equipo se quedó sin memoria al hacerlo.</translation>
    </message>
    <message>
      <source>Close other programs, or split the file into smaller parts.</source>
      <translation>Cierre otros programas o divida el archivo en partes más pequeñas.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read or write that file.</source>
      <translation>Backfill no tiene permiso para leer o escribir ese archivo.</translation>
    </message>
    <message>
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>Compruebe que el archivo no esté abierto en otro programa y que pueda leerlo.</translation>
    </message>
    <message>
      <source>The file could not be found.</source>
      <translation>No se encontró el archivo.</translation>
    </message>
    <message>
      <source>It may have been moved or renamed.</source>
      <translation>Puede que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>sin detalles</translation>
    </message>
    <message>
      <source>Something went wrong: {details}</source>
      <translation>Algo salió mal: {details}</translation>
    </message>
  </context>
</TS>