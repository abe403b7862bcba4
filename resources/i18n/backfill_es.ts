<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
  <context>
    <name>CanaryChoice</name>
    <message>
      <source>Send a test batch of</source>
      <translation>Enviar un lote de prueba de</translation>
    </message>
    <message>
      <source>Rows in the test batch</source>
      <translation>Filas del lote de prueba</translation>
    </message>
    <message>
      <source>rows first, then ask before sending the rest</source>
      <translation>filas primero y preguntar antes de enviar el resto</translation>
    </message>
  </context>
  <context>
    <name>ChunkLog</name>
    <message>
      <source>request {n}</source>
      <translation>solicitud {n}</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>fila {n}</translation>
    </message>
    <message>
      <source>rows {first}–{last}</source>
      <translation>filas {first}–{last}</translation>
    </message>
    <message>
      <source>{n} sent</source>
      <translation>{n} enviadas</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} aceptadas</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} rechazadas</translation>
    </message>
    <message>
      <source>{n} to retry</source>
      <translation>{n} por reintentar</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>sin respuesta</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Solicitudes enviadas</translation>
    </message>
    <message>
      <source>One line per request: its rows and what the API answered</source>
      <translation>Una línea por solicitud: sus filas y lo que respondió la API</translation>
    </message>
  </context>
  <context>
    <name>ConfirmProductionDialog</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUCCIÓN</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>PREPRODUCCIÓN</translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s) to {destination} at {url} using “{profile}”?</source>
      <translation>
        <numerusform>¿Enviar %Ln fila a {destination} en {url} con «{profile}»?</numerusform>
        <numerusform>¿Enviar %Ln filas a {destination} en {url} con «{profile}»?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send to production?</source>
      <translation>¿Enviar a producción?</translation>
    </message>
    <message>
      <source>Send to staging?</source>
      <translation>¿Enviar a preproducción?</translation>
    </message>
    <message>
      <source>These records go to a real API. Accepted rows cannot be taken back from here.</source>
      <translation>Estos registros van a una API real. Las filas aceptadas no se pueden retirar desde aquí.</translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to production</source>
      <translation>
        <numerusform>Sí, enviar esta fila (%Ln) a producción</numerusform>
        <numerusform>Sí, enviar estas %Ln filas a producción</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to staging</source>
      <translation>
        <numerusform>Sí, enviar esta fila (%Ln) a preproducción</numerusform>
        <numerusform>Sí, enviar estas %Ln filas a preproducción</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to {kind}</source>
      <translation>
        <numerusform>Sí, enviar esta fila (%Ln) a {kind}</numerusform>
        <numerusform>Sí, enviar estas %Ln filas a {kind}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s)</source>
      <translation>
        <numerusform>Enviar %Ln fila</numerusform>
        <numerusform>Enviar %Ln filas</numerusform>
      </translation>
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
  <context>
    <name>ProfileBanner</name>
    <message>
      <source>Sandbox</source>
      <translation>Entorno de pruebas</translation>
    </message>
    <message>
      <source>{profile}. Rows go to the real API at {url}.</source>
      <translation>{profile}. Las filas van a la API real en {url}.</translation>
    </message>
    <message>
      <source>{profile} at {url}</source>
      <translation>{profile} en {url}</translation>
    </message>
    <message>
      <source>SANDBOX — the test server built into Backfill. Nothing leaves this computer.</source>
      <translation>SANDBOX: el servidor de pruebas integrado en Backfill. Nada sale de este equipo.</translation>
    </message>
    <message>
      <source>SANDBOX — {profile} at {url}</source>
      <translation>SANDBOX: {profile} en {url}</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Sandbox (test server, nothing real)</source>
      <translation>Entorno de pruebas (servidor de prueba, nada real)</translation>
    </message>
    <message>
      <source>Staging (a test project at the vendor)</source>
      <translation>Preproducción (un proyecto de prueba en el proveedor)</translation>
    </message>
    <message>
      <source>Production (real data)</source>
      <translation>Producción (datos reales)</translation>
    </message>
    <message>
      <source>Edit destination profile</source>
      <translation>Editar el perfil de destino</translation>
    </message>
    <message>
      <source>New destination profile</source>
      <translation>Nuevo perfil de destino</translation>
    </message>
    <message>
      <source>e.g. Production — VibeFollow acme-prod</source>
      <translation>p. ej. Producción: VibeFollow acme-prod</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destino</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>URL base</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored key</source>
      <translation>Déjelo vacío para conservar la clave guardada</translation>
    </message>
    <message>
      <source>Paste the API key</source>
      <translation>Pegue la clave de API</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clave de API</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Probar la conexión</translation>
    </message>
    <message>
      <source>{place}: no system keychain exists on this computer, so the key is kept in memory until Backfill closes. It is never written to a file.</source>
      <translation>{place}: este equipo no tiene llavero del sistema, así que la clave se guarda en memoria hasta que Backfill se cierre. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
      <source>{place} when you save.</source>
      <translation>{place} al guardar.</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Probando…</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
      <source>Enter the API key for this profile.</source>
      <translation>Introduzca la clave de API de este perfil.</translation>
    </message>
  </context>
  <context>
    <name>ProfilePicker</name>
    <message>
      <source>Sends to</source>
      <translation>Envía a</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clave de API</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <source>Where the rows are sent, and with which key</source>
      <translation>Adónde se envían las filas y con qué clave</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Probar la conexión</translation>
    </message>
    <message>
      <source>Send one empty request with the key: nothing is stored.</source>
      <translation>Enviar una solicitud vacía con la clave: no se guarda nada.</translation>
    </message>
    <message>
      <source>Until then only the built-in sandbox profile is offered here.</source>
      <translation>Hasta entonces aquí solo se ofrece el perfil de pruebas integrado.</translation>
    </message>
    <message>
      <source>{destination} at {url}</source>
      <translation>{destination} en {url}</translation>
    </message>
    <message>
      <source>“{profile}” sends to {destination}; it is listed when that destination is chosen on the Map step.</source>
      <translation>«{profile}» envía a {destination}; aparece cuando ese destino se elige en el paso «Asignar».</translation>
    </message>
    <message>
      <source>The sandbox's built-in test key</source>
      <translation>La clave de prueba integrada del entorno de pruebas</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Probando…</translation>
    </message>
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Entorno de pruebas: {destination}</translation>
    </message>
    <message>
      <source>staging</source>
      <translation>preproducción</translation>
    </message>
    <message>
      <source>production</source>
      <translation>producción</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>{work} (step {done} of {total})</source>
      <translation>{work} (paso {done} de {total})</translation>
    </message>
    <message numerus="yes">
      <source>{work} — {done} of %Ln row(s)</source>
      <translation>
        <numerusform>{work}: {done} de %Ln fila</numerusform>
        <numerusform>{work}: {done} de %Ln filas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <source>d MMM yyyy, HH:mm</source>
      <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
      <source>Started {when} · {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Iniciada el {when} · {done} de %Ln fila hecha</numerusform>
        <numerusform>Iniciada el {when} · {done} de %Ln filas hechas</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} still to send</source>
      <translation>{n} aún por enviar</translation>
    </message>
    <message>
      <source>{left} · {rejected} rejected, {failed} failed</source>
      <translation>{left} · {rejected} rechazadas, {failed} fallidas</translation>
    </message>
    <message>
      <source>Stopped: {reason}</source>
      <translation>Detenida: {reason}</translation>
    </message>
    <message>
      <source>Unfinished uploads</source>
      <translation>Cargas sin terminar</translation>
    </message>
    <message numerus="yes">
      <source>%Ln upload(s) did not finish</source>
      <translation>
        <numerusform>%Ln carga no terminó</numerusform>
        <numerusform>%Ln cargas no terminaron</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows already accepted are not sent again. Resume one now, or choose “Not now” and it is offered again next time Backfill starts.</source>
      <translation>Las filas ya aceptadas no se vuelven a enviar. Reanude una ahora, o elija «Ahora no» y se le ofrecerá de nuevo la próxima vez que se inicie Backfill.</translation>
    </message>
    <message>
      <source>Resume upload</source>
      <translation>Reanudar la carga</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
  </context>
  <context>
    <name>RunPanel</name>
    <message>
      <source>Upload progress</source>
      <translation>Progreso de la carga</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.</source>
      <translation>Dejar de enviar (Ctrl+.). Las filas aún no enviadas quedan pendientes; reanúdelas más tarde.</translation>
    </message>
    <message>
      <source>Last problem: {reason}</source>
      <translation>Último problema: {reason}</translation>
    </message>
    <message>
      <source>{work} — {done} of {total}…</source>
      <translation>{work}: {done} de {total}…</translation>
    </message>
    <message>
      <source>{work}…</source>
      <translation>{work}…</translation>
    </message>
    <message>
      <source>Accepted {n}</source>
      <translation>Aceptadas {n}</translation>
    </message>
    <message>
      <source>Rejected {n}</source>
      <translation>Rechazadas {n}</translation>
    </message>
    <message>
      <source>Failed {n}</source>
      <translation>Fallidas {n}</translation>
    </message>
    <message>
      <source>Pending {n}</source>
      <translation>Pendientes {n}</translation>
    </message>
    <message>
      <source>Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}</source>
      <translation>Aceptadas {accepted}, rechazadas {rejected}, fallidas {failed}, pendientes {pending}</translation>
    </message>
    <message>
      <source>Fingerprinting the file</source>
      <translation>Calculando la huella del archivo</translation>
    </message>
    <message>
      <source>Writing the rows to the journal</source>
      <translation>Escribiendo las filas en el registro</translation>
    </message>
    <message numerus="yes">
      <source>Writing %Ln row(s) to the journal</source>
      <translation>
        <numerusform>Escribiendo %Ln fila en el registro</numerusform>
        <numerusform>Escribiendo %Ln filas en el registro</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadPage</name>
    <message>
      <source>Upload</source>
      <translation>Cargar datos</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Estimación</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Solicitudes enviadas</translation>
    </message>
    <message>
      <source>Upload is running. Pause or cancel it first.</source>
      <translation>La carga está en curso. Páusela o cancélela primero.</translation>
    </message>
    <message>
      <source>New uploads are recorded as usual from now on.</source>
      <translation>Las nuevas cargas se registran de nuevo con normalidad.</translation>
    </message>
    <message>
      <source>Upload in progress</source>
      <translation>Carga en curso</translation>
    </message>
    <message>
      <source>Upload in progress — pause and close? You can resume later.</source>
      <translation>Carga en curso: ¿pausarla y cerrar? Puede reanudarla más tarde.</translation>
    </message>
    <message>
      <source>(sandbox not running)</source>
      <translation>(el entorno de pruebas no está en marcha)</translation>
    </message>
    <message>
      <source>Preparing the upload…</source>
      <translation>Preparando la carga…</translation>
    </message>
    <message>
      <source>The upload could not be prepared: {reason}</source>
      <translation>No se pudo preparar la carga: {reason}</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Continue upload ▶</source>
      <translation>Continuar la carga ▶</translation>
    </message>
    <message>
      <source>Next: Report ▶</source>
      <translation>Siguiente: Informe ▶</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Preparando…</translation>
    </message>
    <message>
      <source>Resume upload ▶</source>
      <translation>Reanudar la carga ▶</translation>
    </message>
    <message>
      <source>Start upload ▶</source>
      <translation>Iniciar la carga ▶</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: sending the first %Ln row(s)…</source>
      <translation>
        <numerusform>Lote de prueba: enviando la primera fila (%Ln)…</numerusform>
        <numerusform>Lote de prueba: enviando las primeras %Ln filas…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Uploading %Ln row(s)…</source>
      <translation>
        <numerusform>Cargando %Ln fila…</numerusform>
        <numerusform>Cargando %Ln filas…</numerusform>
      </translation>
    </message>
    <message>
      <source>The receipt could not be saved: {reason}</source>
      <translation>No se pudo guardar el comprobante: {reason}</translation>
    </message>
    <message>
      <source>Pausing: the requests in flight finish, nothing new is sent.</source>
      <translation>Pausando: las solicitudes en curso terminan y no se envía nada nuevo.</translation>
    </message>
    <message>
      <source>Paused. Nothing new is sent until you press Resume.</source>
      <translation>En pausa. No se envía nada nuevo hasta que pulse «Reanudar».</translation>
    </message>
    <message>
      <source>Sending again.</source>
      <translation>Enviando de nuevo.</translation>
    </message>
    <message>
      <source>Stopping: the requests already sent finish, nothing new is sent.</source>
      <translation>Deteniendo: las solicitudes ya enviadas terminan y no se envía nada nuevo.</translation>
    </message>
    <message>
      <source>Pausing: waiting for the answers to the requests already sent, then closing. The upload can be resumed later.</source>
      <translation>Pausando: se esperan las respuestas a las solicitudes ya enviadas y luego se cierra. La carga puede reanudarse más tarde.</translation>
    </message>
    <message>
      <source>Upload — job {job}</source>
      <translation>Carga: trabajo {job}</translation>
    </message>
    <message>
      <source>This job was started with the profile “{name}”, which no longer exists.</source>
      <translation>Este trabajo se inició con el perfil «{name}», que ya no existe.</translation>
    </message>
    <message>
      <source>Add a profile with that name (and its API key) to resume it.</source>
      <translation>Añada un perfil con ese nombre (y su clave de API) para reanudarlo.</translation>
    </message>
  </context>
  <context>
    <name>UploadWords</name>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln fila</numerusform>
        <numerusform>%Ln filas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %Ln row(s)</source>
      <translation>
        <numerusform>{done} de %Ln fila</numerusform>
        <numerusform>{done} de %Ln filas</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} rows/s</source>
      <translation>{rate} filas/s</translation>
    </message>
    <message>
      <source>about {time} left</source>
      <translation>quedan unos {time}</translation>
    </message>
    <message>
      <source>Waiting {time}</source>
      <translation>Esperando {time}</translation>
    </message>
    <message>
      <source>Waiting {time}: {reason}</source>
      <translation>Esperando {time}: {reason}</translation>
    </message>
    <message>
      <source>No API key for “{name}”: press Edit… to add it.</source>
      <translation>No hay clave de API para «{name}»: pulse «Editar…» para añadirla.</translation>
    </message>
    <message>
      <source>This job was started with “{name}”: choose it to resume.</source>
      <translation>Este trabajo se inició con «{name}»: elíjalo para reanudarlo.</translation>
    </message>
    <message>
      <source>Writing the job to the journal…</source>
      <translation>Escribiendo el trabajo en el registro…</translation>
    </message>
    <message>
      <source>Choose where to send the rows.</source>
      <translation>Elija adónde enviar las filas.</translation>
    </message>
    <message>
      <source>The built-in test server is not running: choose or add another profile.</source>
      <translation>El servidor de pruebas integrado no está en marcha: elija o añada otro perfil.</translation>
    </message>
    <message>
      <source>There are no valid rows to send. Go back to Review.</source>
      <translation>No hay filas válidas que enviar. Vuelva a «Revisar».</translation>
    </message>
    <message>
      <source>Checking for rows sent before…</source>
      <translation>Buscando filas enviadas antes…</translation>
    </message>
    <message>
      <source>Some rows were sent before: tick “Send them again” to send them anyway.</source>
      <translation>Algunas filas ya se enviaron: marque «Enviarlas de nuevo» para enviarlas igualmente.</translation>
    </message>
    <message>
      <source>{name} publishes no request limit; Backfill adapts to its answers</source>
      <translation>{name} no publica un límite de solicitudes; Backfill se adapta a sus respuestas</translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s)/min</source>
      <translation>
        <numerusform>{name} permite %Ln solicitud/min</numerusform>
        <numerusform>{name} permite %Ln solicitudes/min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s) per {seconds} s</source>
      <translation>
        <numerusform>{name} permite %Ln solicitud cada {seconds} s</numerusform>
        <numerusform>{name} permite %Ln solicitudes cada {seconds} s</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} refused this API key ({status}). Check the key.</source>
      <translation>{name} rechazó esta clave de API ({status}). Compruebe la clave.</translation>
    </message>
    <message>
      <source>Nothing answers at {where} (404). Check the base URL.</source>
      <translation>Nada responde en {where} (404). Compruebe la URL base.</translation>
    </message>
    <message>
      <source>Connected and the key works; {name} is asking us to slow down right now.</source>
      <translation>Conectado y la clave funciona; {name} pide ahora mismo que se envíe más despacio.</translation>
    </message>
    <message>
      <source>Connected — {name} accepted the key.</source>
      <translation>Conectado: {name} aceptó la clave.</translation>
    </message>
    <message>
      <source>{name} answered with a server error ({status}). Try again later.</source>
      <translation>{name} respondió con un error del servidor ({status}). Inténtelo más tarde.</translation>
    </message>
    <message>
      <source>{name} answered with an unexpected status {status}.</source>
      <translation>{name} respondió con un estado inesperado: {status}.</translation>
    </message>
    <message>
      <source>Enter the API key first.</source>
      <translation>Introduzca primero la clave de API.</translation>
    </message>
    <message>
      <source>Key stored in the system keychain</source>
      <translation>Clave guardada en el llavero del sistema</translation>
    </message>
    <message>
      <source>Key for this session only</source>
      <translation>Clave solo para esta sesión</translation>
    </message>
    <message>
      <source>No key set</source>
      <translation>Ninguna clave definida</translation>
    </message>
    <message>
      <source>could not connect</source>
      <translation>no se pudo conectar</translation>
    </message>
    <message>
      <source>the connection broke while reading the answer</source>
      <translation>la conexión se cortó al leer la respuesta</translation>
    </message>
    <message>
      <source>the connection broke while sending</source>
      <translation>la conexión se cortó durante el envío</translation>
    </message>
    <message>
      <source>the server closed the connection without an answer</source>
      <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
      <source>the proxy refused the connection</source>
      <translation>el proxy rechazó la conexión</translation>
    </message>
    <message>
      <source>network error</source>
      <translation>error de red</translation>
    </message>
    <message>
      <source>the API asked us to slow down (429)</source>
      <translation>la API pidió enviar más despacio (429)</translation>
    </message>
    <message>
      <source>the API is overloaded (503)</source>
      <translation>la API está sobrecargada (503)</translation>
    </message>
    <message>
      <source>the API asked us to wait</source>
      <translation>la API pidió esperar</translation>
    </message>
    <message>
      <source>The upload stopped.</source>
      <translation>La carga se detuvo.</translation>
    </message>
    <message>
      <source>The upload stopped because of an unexpected problem. It can be resumed.</source>
      <translation>La carga se detuvo por un problema inesperado. Se puede reanudar.</translation>
    </message>
    <message>
      <source>retrying after {reason}</source>
      <translation>reintentando tras: {reason}</translation>
    </message>
    <message>
      <source>connection problem: {reason}</source>
      <translation>problema de conexión: {reason}</translation>
    </message>
    <message>
      <source>will retry: {reason}</source>
      <translation>se reintentará: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>failed after %Ln attempt(s): {reason}</source>
      <translation>
        <numerusform>fallido tras %Ln intento: {reason}</numerusform>
        <numerusform>fallido tras %Ln intentos: {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) failed after {attempts}: {reason}</source>
      <translation>
        <numerusform>%Ln fila fallida tras {attempts}: {reason}</numerusform>
        <numerusform>%Ln filas fallidas tras {attempts}: {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln attempt(s)</source>
      <translation>
        <numerusform>%Ln intento</numerusform>
        <numerusform>%Ln intentos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) will be retried: {reason}</source>
      <translation>
        <numerusform>%Ln fila se reintentará: {reason}</numerusform>
        <numerusform>%Ln filas se reintentarán: {reason}</numerusform>
      </translation>
    </message>
    <message>
      <source>never sent; split to the limit of {limit}</source>
      <translation>nunca enviado; dividido al límite de {limit}</translation>
    </message>
    <message>
      <source>no answer within the timeout ({time})</source>
      <translation>sin respuesta dentro del tiempo límite ({time})</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Todavía no hay nada que enviar.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln solicitud</numerusform>
        <numerusform>%Ln solicitudes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} → {requests} → about {time}</source>
      <translation>{rows} → {requests} → unos {time}</translation>
    </message>
    <message>
      <source>{estimate}; {note}</source>
      <translation>{estimate}; {note}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>
        <numerusform>Lote de prueba: de la primera fila (%Ln), {accepted} aceptada, {rejected} rechazada, {failed} fallida.</numerusform>
        <numerusform>Lote de prueba: de las primeras %Ln filas, {accepted} aceptadas, {rejected} rechazadas, {failed} fallidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here (the job stays resumable).</source>
      <translation>
        <numerusform>Pulse «Continuar la carga» para enviar la fila restante (%Ln), o «Cancelar» para detenerse aquí (el trabajo se podrá reanudar).</numerusform>
        <numerusform>Pulse «Continuar la carga» para enviar las %Ln filas restantes, o «Cancelar» para detenerse aquí (el trabajo se podrá reanudar).</numerusform>
      </translation>
    </message>
    <message>
      <source>Test batch finished — check the outcome, then continue or cancel.</source>
      <translation>Lote de prueba terminado: revise el resultado y después continúe o cancele.</translation>
    </message>
    <message>
      <source>Rows not sent yet stay pending: fix the problem, then press “Resume upload”.</source>
      <translation>Las filas aún no enviadas quedan pendientes: corrija el problema y pulse «Reanudar la carga».</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Carga detenida por un problema (vea el paso «Cargar datos»); %Ln fila queda pendiente.</numerusform>
        <numerusform>Carga detenida por un problema (vea el paso «Cargar datos»); %Ln filas quedan pendientes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped. %Ln row(s) not sent yet stay pending.</source>
      <translation>
        <numerusform>Carga detenida. %Ln fila aún no enviada queda pendiente.</numerusform>
        <numerusform>Carga detenida. %Ln filas aún no enviadas quedan pendientes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Press “Resume upload” to send them now, or resume the job later.</source>
      <translation>Pulse «Reanudar la carga» para enviarlas ahora, o reanude el trabajo más tarde.</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped; %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Carga detenida; %Ln fila queda pendiente.</numerusform>
        <numerusform>Carga detenida; %Ln filas quedan pendientes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>Carga terminada: {accepted} aceptadas, {rejected} rechazadas, {failed} fallidas.</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
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
      <translation>Compruebe que el archivo no esté abierto en otro programa y que puede leerlo.</translation>
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
      <source>Something went wrong: {reason}</source>
      <translation>Algo salió mal: {reason}</translation>
    </message>
  </context>
</TS>