<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56" />
        <source>Map</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58" />
        <source>Upload</source>
        <translation>Cargar datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Help (F1)</source>
        <translation>Ayuda (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Help and settings</source>
        <translation>Ayuda y ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Keyboard shortcuts, appearance, language, about Backfill</source>
        <translation>Atajos de teclado, apariencia, idioma, acerca de Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <location filename="../../app/ui/main_window.py" line="224" />
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <location filename="../../app/ui/translations.py" line="80" />
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>About Backfill</source>
        <translation>Acerca de Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <location filename="../../app/ui/main_window.py" line="221" />
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>The previous step (Alt+Left)</source>
        <translation>El paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>No file loaded</source>
        <translation>Ningún archivo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Go to {step}</source>
        <translation>Ir a «{step}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Primary action</source>
        <translation>Acción principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <location filename="../../app/ui/main_window.py" line="327" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>Cancel running work</source>
        <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319" />
        <source>Open a spreadsheet</source>
        <translation>Abrir una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320" />
        <source>The page's main button: Next, or Start / Pause / Resume upload</source>
        <translation>El botón principal de la página: Siguiente, o iniciar / pausar / reanudar la carga</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Previous / next step</source>
        <translation>Paso anterior / siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>On Load: the file name field (type a path, then Enter)</source>
        <translation>En «Cargar»: el campo del nombre de archivo (escriba una ruta y pulse Intro)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>Cancel loading or checking</source>
        <translation>Cancelar la lectura o la comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Cancel a running upload</source>
        <translation>Cancelar la carga en curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>You can also drop a file anywhere on the window.</source>
        <translation>También puede soltar un archivo en cualquier parte de la ventana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/translations.py" line="77" />
        <source>Language (from the next start)</source>
        <translation>Idioma (desde el próximo inicio)</translation>
    </message>
</context>
</TS>