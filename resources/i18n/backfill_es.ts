<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
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
  </context>
</TS>