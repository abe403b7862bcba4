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
      <source>users request {n}</source>
      <translation>solicitud de usuarios {n}</translation>
    </message>
    <message>
      <source>events request {n}</source>
      <translation>solicitud de eventos {n}</translation>
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
    <message>
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
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
    <name>ConnectionWords</name>
    <message>
      <source>nothing was sent</source>
      <translation>no se envió nada</translation>
    </message>
    <message>
      <source>Backfill stopped sending</source>
      <translation>Backfill dejó de enviar</translation>
    </message>
    <message>
      <source>Check the base URL; if your company inspects HTTPS traffic, ask IT to install its certificate authority.</source>
      <translation>Compruebe la URL base; si su empresa inspecciona el tráfico HTTPS, pida al departamento de TI que instale su autoridad de certificación.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate for a different name, so {outcome}. Check the base URL: it may lead to another server than you meant.</source>
      <translation>El servidor {host} presentó un certificado TLS para otro nombre, así que {outcome}. Compruebe la URL base: puede llevar a otro servidor distinto del que pretendía.</translation>
    </message>
    <message>
      <source>The server at {host} presented an expired TLS certificate, so {outcome}. The API's operator must renew it; if it should still be valid, check this computer's date and time.</source>
      <translation>El servidor {host} presentó un certificado TLS caducado, así que {outcome}. El operador de la API debe renovarlo; si aún debería ser válido, compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate that is not valid yet, so {outcome}. Check this computer's date and time.</source>
      <translation>El servidor {host} presentó un certificado TLS que aún no es válido, así que {outcome}. Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
      <source>The server at {host} presented a self-signed TLS certificate, which cannot be verified, so {outcome}. {ask}</source>
      <translation>El servidor {host} presentó un certificado TLS autofirmado, que no se puede verificar, así que {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate from an authority this computer does not trust, so {outcome}. {ask}</source>
      <translation>El servidor {host} presentó un certificado TLS de una autoridad en la que este equipo no confía, así que {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}</source>
      <translation>No se pudo verificar el certificado TLS de {host} ({detail}), así que {outcome}. {ask}</translation>
    </message>
    <message>
      <source>{problem} Backfill never turns certificate verification off.</source>
      <translation>{problem} Backfill nunca desactiva la verificación de certificados.</translation>
    </message>
    <message>
      <source>{route}: the proxy could not connect to {host} ({detail}). Check the proxy setting or ask IT. Nothing was sent.</source>
      <translation>{route}: el proxy no pudo conectarse a {host} ({detail}). Compruebe la configuración del proxy o consulte al departamento de TI. No se envió nada.</translation>
    </message>
    <message>
      <source>Through a proxy</source>
      <translation>A través de un proxy</translation>
    </message>
    <message>
      <source>Through the proxy {proxy} (from {source})</source>
      <translation>A través del proxy {proxy} (de {source})</translation>
    </message>
    <message>
      <source>A secure connection to {host} could not be set up ({detail}). Nothing was sent.</source>
      <translation>No se pudo establecer una conexión segura con {host} ({detail}). No se envió nada.</translation>
    </message>
    <message>
      <source>{host} did not answer in time. Check the address and your network.</source>
      <translation>{host} no respondió a tiempo. Compruebe la dirección y su red.</translation>
    </message>
    <message>
      <source>The host name in {url} could not be found. Check the base URL.</source>
      <translation>No se encontró el nombre de host de {url}. Compruebe la URL base.</translation>
    </message>
    <message>
      <source>{host} refused the connection. Check the base URL (and that the server runs).</source>
      <translation>{host} rechazó la conexión. Compruebe la URL base (y que el servidor esté en marcha).</translation>
    </message>
    <message>
      <source>{host} could not be reached ({reason}). Nothing was sent.</source>
      <translation>No se pudo acceder a {host} ({reason}). No se envió nada.</translation>
    </message>
    <message>
      <source>The server at {host} did not answer HTTPS. Check the address: does it start with http:// instead? Nothing was sent.</source>
      <translation>El servidor {host} no respondió por HTTPS. Compruebe la dirección: ¿empieza más bien por http://? No se envió nada.</translation>
    </message>
    <message>
      <source>{source} is set to '{proxy}', which is not a proxy address Backfill can use (expected e.g. http://proxy.example.com:3128). Fix or unset it.</source>
      <translation>{source} vale «{proxy}», que no es una dirección de proxy que Backfill pueda usar (se espera p. ej. http://proxy.example.com:3128). Corríjala o elimínela.</translation>
    </message>
    <message>
      <source>{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. Use an HTTP proxy address, or unset it.</source>
      <translation>{source} indica un proxy SOCKS ({proxy}), que esta versión de Backfill no puede usar. Use una dirección de proxy HTTP o elimínela.</translation>
    </message>
    <message>
      <source>The base URL is empty.</source>
      <translation>La URL base está vacía.</translation>
    </message>
    <message>
      <source>'{url}' is not a web address. Use the API's base URL, e.g. https://api.example.com.</source>
      <translation>«{url}» no es una dirección web. Use la URL base de la API, p. ej. https://api.example.com.</translation>
    </message>
    <message>
      <source>The base URL must not contain a user name or password; the API key is entered separately.</source>
      <translation>La URL base no debe contener un nombre de usuario ni una contraseña; la clave de API se introduce aparte.</translation>
    </message>
    <message>
      <source>'{url}' has an invalid port.</source>
      <translation>«{url}» tiene un puerto no válido.</translation>
    </message>
    <message>
      <source>'{url}' has no host name.</source>
      <translation>«{url}» no tiene nombre de host.</translation>
    </message>
    <message>
      <source>The base URL must not contain '?' or '#' parts.</source>
      <translation>La URL base no debe contener partes con «?» ni «#».</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the name does not resolve to this computer only, so the API key could leave it unencrypted. Use http://127.0.0.1 (or https://).</source>
      <translation>Se rechaza http:// sin cifrar a {host}: el nombre no apunta solo a este equipo, así que la clave de API podría salir de él sin cifrar. Use http://127.0.0.1 (o https://).</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the API key would be sent unencrypted. Use https:// (plain http is allowed only to this computer, e.g. the sandbox).</source>
      <translation>Se rechaza http:// sin cifrar a {host}: la clave de API se enviaría sin cifrar. Use https:// (http solo se permite hacia este equipo, p. ej. el sandbox).</translation>
    </message>
    <message>
      <source>'{name}' is a built-in profile; choose another name.</source>
      <translation>«{name}» es un perfil integrado; elija otro nombre.</translation>
    </message>
    <message>
      <source>There is no profile called '{name}'.</source>
      <translation>No existe ningún perfil llamado «{name}».</translation>
    </message>
    <message>
      <source>A profile needs a name.</source>
      <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
      <source>Unknown destination '{id}'.</source>
      <translation>Destino desconocido «{id}».</translation>
    </message>
    <message>
      <source>Unknown profile kind '{kind}'.</source>
      <translation>Tipo de perfil desconocido «{kind}».</translation>
    </message>
    <message>
      <source>The profiles file {path} is damaged (not valid JSON), so saved profiles are not shown. Fix or remove that file; saving a profile is refused until then.</source>
      <translation>El archivo de perfiles {path} está dañado (JSON no válido), así que no se muestran los perfiles guardados. Corrija o elimine ese archivo; hasta entonces no se puede guardar ningún perfil.</translation>
    </message>
  </context>
  <context>
    <name>CoreWords</name>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} y {last}</translation>
    </message>
    <message>
      <source>User ID</source>
      <translation>ID de usuario</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Nombre del evento</translation>
    </message>
    <message>
      <source>Timestamp</source>
      <translation>Marca de tiempo</translation>
    </message>
    <message>
      <source>Distinct ID</source>
      <translation>ID distintivo</translation>
    </message>
    <message>
      <source>Your ID for the user; must match the ID used for their events.</source>
      <translation>Su ID del usuario; debe coincidir con el ID usado en sus eventos.</translation>
    </message>
    <message>
      <source>The user's email address.</source>
      <translation>La dirección de correo electrónico del usuario.</translation>
    </message>
    <message>
      <source>The user the event belongs to (same ID as in VibeFollow users).</source>
      <translation>El usuario al que pertenece el evento (mismo ID que en los usuarios de VibeFollow).</translation>
    </message>
    <message>
      <source>What happened, e.g. user_signed_up (snake_case recommended).</source>
      <translation>Lo que ocurrió, p. ej. user_signed_up (se recomienda snake_case).</translation>
    </message>
    <message>
      <source>When the event happened. Any common date format; stored as ISO 8601 UTC. Leave unmapped to stamp every row with the validation time.</source>
      <translation>Cuándo ocurrió el evento. Cualquier formato de fecha habitual; se guarda como ISO 8601 UTC. Sin asignar, cada fila recibe la hora de la comprobación.</translation>
    </message>
    <message>
      <source>What happened.</source>
      <translation>Lo que ocurrió.</translation>
    </message>
    <message>
      <source>The user or device the event belongs to.</source>
      <translation>El usuario o dispositivo al que pertenece el evento.</translation>
    </message>
    <message>
      <source>The user the event belongs to.</source>
      <translation>El usuario al que pertenece el evento.</translation>
    </message>
    <message>
      <source>user ids</source>
      <translation>ID de usuario</translation>
    </message>
    <message>
      <source>emails</source>
      <translation>correos electrónicos</translation>
    </message>
    <message>
      <source>event names</source>
      <translation>nombres de eventos</translation>
    </message>
    <message>
      <source>timestamps</source>
      <translation>marcas de tiempo</translation>
    </message>
    <message>
      <source>distinct ids</source>
      <translation>ID distintivos</translation>
    </message>
    <message>
      <source>Excel serial day numbers</source>
      <translation>números de serie de días de Excel</translation>
    </message>
    <message>
      <source>Excel serial day numbers (1904 base)</source>
      <translation>números de serie de días de Excel (base 1904)</translation>
    </message>
    <message>
      <source>epoch seconds</source>
      <translation>segundos epoch</translation>
    </message>
    <message>
      <source>epoch milliseconds</source>
      <translation>milisegundos epoch</translation>
    </message>
    <message>
      <source>epoch microseconds</source>
      <translation>microsegundos epoch</translation>
    </message>
    <message>
      <source>Trim spaces</source>
      <translation>Quitar espacios</translation>
    </message>
    <message>
      <source>Lower-case</source>
      <translation>Minúsculas</translation>
    </message>
    <message>
      <source>Squeeze spaces</source>
      <translation>Juntar espacios</translation>
    </message>
    <message>
      <source>{first} {rest}</source>
      <translation>{first} {rest}</translation>
    </message>
    <message>
      <source>the header '{header}' is the field's name</source>
      <translation>el encabezado «{header}» es el nombre del campo</translation>
    </message>
    <message>
      <source>'{header}' is a common name for {field}</source>
      <translation>«{header}» es un nombre habitual para {field}</translation>
    </message>
    <message>
      <source>'{header}' looks like {field}</source>
      <translation>«{header}» se parece a {field}</translation>
    </message>
    <message>
      <source>the values in '{header}' look like {things}</source>
      <translation>los valores de «{header}» parecen {things}</translation>
    </message>
    <message>
      <source>{reason}, but few values look like {things}</source>
      <translation>{reason}, pero pocos valores parecen {things}</translation>
    </message>
    <message>
      <source>{reason}, but {doubt}</source>
      <translation>{reason}, pero {doubt}</translation>
    </message>
    <message>
      <source>no matching column</source>
      <translation>ninguna columna coincide</translation>
    </message>
    <message>
      <source>its values are e-mail addresses, not event names</source>
      <translation>sus valores son direcciones de correo, no nombres de eventos</translation>
    </message>
    <message>
      <source>its values look like people's names, not event names</source>
      <translation>sus valores parecen nombres de personas, no nombres de eventos</translation>
    </message>
    <message>
      <source>almost every value is different, unlike event names</source>
      <translation>casi todos los valores son distintos, a diferencia de los nombres de eventos</translation>
    </message>
    <message>
      <source>the file lists people, not things they did</source>
      <translation>el archivo enumera personas, no lo que hicieron</translation>
    </message>
    <message>
      <source>the file lists people, so these dates are likely about the person, not an event</source>
      <translation>el archivo enumera personas, así que estas fechas son probablemente de la persona, no de un evento</translation>
    </message>
    <message>
      <source>day-first (DD/MM)</source>
      <translation>con el día primero (DD/MM)</translation>
    </message>
    <message>
      <source>month-first (MM/DD)</source>
      <translation>con el mes primero (MM/DD)</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; reading them {order}. Switch if that is wrong.</source>
      <translation>Cada fecha de «{column}» podría tener primero el día o el mes; se leen {order}. Cámbielo si no es correcto.</translation>
    </message>
    <message>
      <source>Dates in '{column}' are read {order}.</source>
      <translation>Las fechas de «{column}» se leen {order}.</translation>
    </message>
    <message>
      <source>'{value}' is not a date either way; Review lists such rows.</source>
      <translation>«{value}» no es una fecha de ninguna forma; «Revisar» enumera esas filas.</translation>
    </message>
    <message>
      <source>the column '{column}' names what happened</source>
      <translation>la columna «{column}» nombra lo que ocurrió</translation>
    </message>
    <message>
      <source>the same values in '{ids}' come back on many rows, each with a '{times}'</source>
      <translation>los mismos valores de «{ids}» se repiten en muchas filas, cada una con «{times}»</translation>
    </message>
    <message>
      <source>'{column}' holds e-mail addresses</source>
      <translation>«{column}» contiene direcciones de correo</translation>
    </message>
    <message>
      <source>'{column}' describes a person</source>
      <translation>«{column}» describe a una persona</translation>
    </message>
    <message>
      <source>each row has its own '{ids}' and {about}: one row per person</source>
      <translation>cada fila tiene su propio «{ids}» y {about}: una fila por persona</translation>
    </message>
    <message>
      <source>each row has its own e-mail address in '{column}'</source>
      <translation>cada fila tiene su propia dirección de correo en «{column}»</translation>
    </message>
    <message>
      <source>the columns do not say whether the rows are people or events</source>
      <translation>las columnas no indican si las filas son personas o eventos</translation>
    </message>
    <message>
      <source>renamed: {pairs}</source>
      <translation>renombradas: {pairs}</translation>
    </message>
    <message>
      <source>{missing}; {renamed}</source>
      <translation>{missing}; {renamed}</translation>
    </message>
    <message>
      <source>all columns found</source>
      <translation>todas las columnas encontradas</translation>
    </message>
    <message>
      <source>Template '{name}' expects the column {names}, not found in this file.</source>
      <translation>La plantilla «{name}» espera la columna {names}, que no está en este archivo.</translation>
    </message>
    <message>
      <source>Template '{name}' expects the columns {names}, not found in this file.</source>
      <translation>La plantilla «{name}» espera las columnas {names}, que no están en este archivo.</translation>
    </message>
    <message>
      <source>{fields} has no column now.</source>
      <translation>{fields} ya no tiene columna.</translation>
    </message>
    <message>
      <source>{fields} have no column now.</source>
      <translation>{fields} ya no tienen columna.</translation>
    </message>
    <message>
      <source>Renamed? Backfill proposes {pairs}.</source>
      <translation>¿Renombradas? Backfill propone {pairs}.</translation>
    </message>
    <message>
      <source>Taken as renamed: {pairs}.</source>
      <translation>Tomadas como renombradas: {pairs}.</translation>
    </message>
    <message>
      <source>'{column}' holds {unit} (read as such); choose another unit in the mapping if that is wrong.</source>
      <translation>«{column}» contiene {unit} (leídos como tales); elija otra unidad en la asignación si no es correcto.</translation>
    </message>
    <message>
      <source>'{column}' mixes numbers of different sizes; each was read by its size (Excel serial days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if they are all of one kind.</source>
      <translation>«{column}» mezcla números de distintos tamaños; cada uno se leyó por su tamaño (días de Excel, segundos, milisegundos o microsegundos epoch). Elija una unidad en la asignación si todos son del mismo tipo.</translation>
    </message>
    <message numerus="yes">
      <source>%n column(s) missing: {names}</source>
      <translation>
        <numerusform>falta %n columna: {names}</numerusform>
        <numerusform>faltan %n columnas: {names}</numerusform>
      </translation>
    </message>
    <message>
      <source>user id</source>
      <translation>ID de usuario</translation>
    </message>
    <message>
      <source>email</source>
      <translation>correo electrónico</translation>
    </message>
    <message>
      <source>event name</source>
      <translation>nombre del evento</translation>
    </message>
    <message>
      <source>timestamp</source>
      <translation>marca de tiempo</translation>
    </message>
    <message>
      <source>distinct id</source>
      <translation>ID distintivo</translation>
    </message>
    <message>
      <source>Read dates day-first</source>
      <translation>Leer fechas con el día primero</translation>
    </message>
    <message>
      <source>Read dates month-first</source>
      <translation>Leer fechas con el mes primero</translation>
    </message>
    <message>
      <source>Read as Excel serial days</source>
      <translation>Leer como días de serie de Excel</translation>
    </message>
    <message>
      <source>Read as Excel serial days (1904 base)</source>
      <translation>Leer como días de serie de Excel (base 1904)</translation>
    </message>
    <message>
      <source>Read as seconds</source>
      <translation>Leer como segundos</translation>
    </message>
    <message>
      <source>Read as milliseconds</source>
      <translation>Leer como milisegundos</translation>
    </message>
    <message>
      <source>Read as microseconds</source>
      <translation>Leer como microsegundos</translation>
    </message>
    <message>
      <source>read as Excel serial days</source>
      <translation>leído como días de serie de Excel</translation>
    </message>
    <message>
      <source>read as Excel serial days (1904 base)</source>
      <translation>leído como días de serie de Excel (base 1904)</translation>
    </message>
    <message>
      <source>read as seconds</source>
      <translation>leído como segundos</translation>
    </message>
    <message>
      <source>read as milliseconds</source>
      <translation>leído como milisegundos</translation>
    </message>
    <message>
      <source>read as microseconds</source>
      <translation>leído como microsegundos</translation>
    </message>
    <message>
      <source>day-first</source>
      <translation>día primero</translation>
    </message>
    <message>
      <source>month-first</source>
      <translation>mes primero</translation>
    </message>
    <message>
      <source>{label} is empty</source>
      <translation>{label} está vacío</translation>
    </message>
    <message>
      <source>{label} holds only spaces</source>
      <translation>{label} solo contiene espacios</translation>
    </message>
    <message>
      <source>{label} has spaces around it</source>
      <translation>{label} tiene espacios alrededor</translation>
    </message>
    <message>
      <source>{label} is not a valid address</source>
      <translation>{label} no es una dirección válida</translation>
    </message>
    <message>
      <source>{label} has capital letters (the same person may exist in lower case)</source>
      <translation>{label} tiene mayúsculas (la misma persona puede existir en minúsculas)</translation>
    </message>
    <message>
      <source>{label} has capital letters</source>
      <translation>{label} tiene mayúsculas</translation>
    </message>
    <message>
      <source>{label} has spaces around it (sent as is, so it may not match)</source>
      <translation>{label} tiene espacios alrededor (se envía tal cual, así que puede no coincidir)</translation>
    </message>
    <message>
      <source>'{column}' {problem}</source>
      <translation>«{column}» {problem}</translation>
    </message>
    <message>
      <source>is not a number</source>
      <translation>no es un número</translation>
    </message>
    <message>
      <source>is not true/false (or yes/no)</source>
      <translation>no es true/false (o yes/no)</translation>
    </message>
    <message>
      <source>is not valid JSON</source>
      <translation>no es JSON válido</translation>
    </message>
    <message>
      <source>the row is larger than {size} KB</source>
      <translation>la fila ocupa más de {size} KB</translation>
    </message>
    <message>
      <source>The row is larger than {size} KB once sent; leave some long columns out</source>
      <translation>Una vez enviada, la fila ocupa más de {size} KB; deje fuera algunas columnas largas</translation>
    </message>
    <message>
      <source>{label} is empty; the validation time is used</source>
      <translation>{label} está vacío; se usa la hora de la comprobación</translation>
    </message>
    <message>
      <source>{label} is empty; {time} (validation time) will be sent</source>
      <translation>{label} está vacío; se enviará {time} (hora de la comprobación)</translation>
    </message>
    <message>
      <source>{problem} ({fix}?)</source>
      <translation>{problem} (¿{fix}?)</translation>
    </message>
    <message>
      <source>{label} only reads as a date the other way round ({order})</source>
      <translation>{label} solo se lee como fecha al revés ({order})</translation>
    </message>
    <message>
      <source>{label} is a time the clocks skipped in {zone} (daylight saving starts)</source>
      <translation>{label} es una hora que se saltó en {zone} (empieza el horario de verano)</translation>
    </message>
    <message>
      <source>{label} is not a date/time Backfill can read</source>
      <translation>{label} no es una fecha/hora que Backfill pueda leer</translation>
    </message>
    <message>
      <source>{label} is in the future</source>
      <translation>{label} está en el futuro</translation>
    </message>
    <message>
      <source>{label} is before {year}</source>
      <translation>{label} es anterior a {year}</translation>
    </message>
    <message>
      <source>{label} is before {year} — check the date format</source>
      <translation>{label} es anterior a {year}: compruebe el formato de fecha</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone} (clocks went back); the first (summer time) was taken</source>
      <translation>{label} ocurrió dos veces en {zone} (se retrasaron los relojes); se tomó la primera (horario de verano)</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone}; read as the first (summer time)</source>
      <translation>{label} ocurrió dos veces en {zone}; se leyó como la primera (horario de verano)</translation>
    </message>
    <message>
      <source>{label} is far outside the file's other dates ({first} to {last})</source>
      <translation>{label} está muy fuera de las demás fechas del archivo ({first} a {last})</translation>
    </message>
    <message>
      <source>{label}: {reason}</source>
      <translation>{label}: {reason}</translation>
    </message>
    <message>
      <source>hour does not fit AM/PM</source>
      <translation>la hora no encaja con AM/PM</translation>
    </message>
    <message>
      <source>not a date when read day-first</source>
      <translation>no es una fecha leída con el día primero</translation>
    </message>
    <message>
      <source>not a date when read month-first</source>
      <translation>no es una fecha leída con el mes primero</translation>
    </message>
    <message>
      <source>number is not a date (not an Excel date or epoch time)</source>
      <translation>el número no es una fecha (ni fecha de Excel ni tiempo epoch)</translation>
    </message>
    <message>
      <source>no such date or time</source>
      <translation>esa fecha u hora no existe</translation>
    </message>
    <message>
      <source>not a date or time Backfill can read</source>
      <translation>no es una fecha ni una hora que Backfill pueda leer</translation>
    </message>
    <message>
      <source>no such time in {zone}: the clocks went forward over it</source>
      <translation>esa hora no existe en {zone}: los relojes se adelantaron por encima de ella</translation>
    </message>
    <message>
      <source>Invalid row</source>
      <translation>Fila no válida</translation>
    </message>
    <message>
      <source>Left out by the operator on the Review step</source>
      <translation>Omitida en el paso «Revisar»</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; they were read day-first. Choose the date order in the mapping if that is wrong.</source>
      <translation>Cada fecha de «{column}» podría tener primero el día o el mes; se leyeron con el día primero. Elija el orden de las fechas en la asignación si no es correcto.</translation>
    </message>
    <message numerus="yes">
      <source>%n event repeats an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n evento repite el usuario y el nombre de una fila anterior. Sin columna de marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno; asigne una columna de marca de tiempo para conservarlos todos.</numerusform>
        <numerusform>%n eventos repiten el usuario y el nombre de una fila anterior. Sin columna de marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno de cada; asigne una columna de marca de tiempo para conservarlos todos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n events repeat an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n evento repite el usuario y el nombre de una fila anterior. Sin columna de marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno; asigne una columna de marca de tiempo para conservarlos todos.</numerusform>
        <numerusform>%n eventos repiten el usuario y el nombre de una fila anterior. Sin columna de marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno de cada; asigne una columna de marca de tiempo para conservarlos todos.</numerusform>
      </translation>
    </message>
    <message>
      <source>same {what} as an earlier row — {effect}</source>
      <translation>mismo valor de {what} que una fila anterior: {effect}</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <source>values in every column</source>
      <translation>todas las columnas</translation>
    </message>
    <message>
      <source>the later row updates the same user</source>
      <translation>la fila posterior actualiza el mismo usuario</translation>
    </message>
    <message>
      <source>VibeFollow keeps only one event per user, name and time</source>
      <translation>VibeFollow guarda solo un evento por usuario, nombre y hora</translation>
    </message>
    <message>
      <source>Ours Privacy would store the event twice</source>
      <translation>Ours Privacy guardaría el evento dos veces</translation>
    </message>
    <message>
      <source>FloKit would store the event twice</source>
      <translation>FloKit guardaría el evento dos veces</translation>
    </message>
    <message>
      <source>The destination could not take the row just then (its queue was unavailable), so it was not stored. Send the failed rows again later.</source>
      <translation>El destino no pudo aceptar la fila en ese momento (su cola no estaba disponible), así que no se guardó. Vuelva a enviar las filas fallidas más tarde.</translation>
    </message>
    <message>
      <source>The destination was too busy to take the row. Send it again later.</source>
      <translation>El destino estaba demasiado ocupado para aceptar la fila. Envíela de nuevo más tarde.</translation>
    </message>
    <message>
      <source>The destination asked Backfill to slow down and the row was not stored.</source>
      <translation>El destino pidió a Backfill que fuera más despacio y la fila no se guardó.</translation>
    </message>
    <message>
      <source>Refused by the destination ({code})</source>
      <translation>Rechazado por el destino ({code})</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <source>Row {row}, {column}: {problem}</source>
      <translation>Fila {row}, {column}: {problem}</translation>
    </message>
    <message>
      <source>“{text}” is sent as “{sent}” (value map on the Map step)</source>
      <translation>«{text}» se envía como «{sent}» (asignación de valores en el paso «Asignar»)</translation>
    </message>
    <message>
      <source>Row {row} (excluded from the upload)</source>
      <translation>Fila {row} (excluida de la carga)</translation>
    </message>
    <message>
      <source>Row {row}</source>
      <translation>Fila {row}</translation>
    </message>
  </context>
  <context>
    <name>Destinations</name>
    <message>
      <source>VibeFollow users</source>
      <translation>Usuarios de VibeFollow</translation>
    </message>
    <message>
      <source>VibeFollow events</source>
      <translation>Eventos de VibeFollow</translation>
    </message>
    <message>
      <source>Ours Privacy events</source>
      <translation>Eventos de Ours Privacy</translation>
    </message>
    <message>
      <source>FloKit events</source>
      <translation>Eventos de FloKit</translation>
    </message>
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Sandbox – {destination}</translation>
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
    <name>DuplicateWarning</name>
    <message>
      <source>Send them again</source>
      <translation>Enviarlas de nuevo</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination on {day} — send them again?</source>
      <translation>{n} de estas {total} filas ya las aceptó este destino el {day}: ¿enviarlas de nuevo?</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination before — send them again?</source>
      <translation>{n} de estas {total} filas ya las aceptó este destino antes: ¿enviarlas de nuevo?</translation>
    </message>
    <message>
      <source>The API may store them twice. Tick “Send them again” only if that is intended.</source>
      <translation>La API puede guardarlas dos veces. Marque «Enviarlas de nuevo» solo si es lo que quiere.</translation>
    </message>
  </context>
  <context>
    <name>EventPartPanel</name>
    <message>
      <source>Then-event</source>
      <translation>Evento asociado</translation>
    </message>
    <message>
      <source>Problems of the then-event</source>
      <translation>Problemas del evento asociado</translation>
    </message>
    <message>
      <source>Then-event rule</source>
      <translation>Regla del evento asociado</translation>
    </message>
    <message>
      <source>Then-event ({name}): {rows} checked, {invalid} invalid</source>
      <translation>Evento asociado ({name}): {rows} comprobadas, {invalid} no válidas</translation>
    </message>
    <message>
      <source>A row whose event is invalid still sends its user; only its event is kept back and listed in the report.</source>
      <translation>Una fila cuyo evento no es válido envía igualmente su usuario; solo su evento se retiene y figura en el informe.</translation>
    </message>
    <message>
      <source>Then-event: not checked</source>
      <translation>Evento asociado: no comprobado</translation>
    </message>
    <message>
      <source>Warning – these events are still sent</source>
      <translation>Advertencia – estos eventos se envían igualmente</translation>
    </message>
    <message>
      <source>Event not sent</source>
      <translation>Evento no enviado</translation>
    </message>
    <message>
      <source>Event: {problem}</source>
      <translation>Evento: {problem}</translation>
    </message>
    <message>
      <source>Event note: {note}</source>
      <translation>Nota del evento: {note}</translation>
    </message>
    <message>
      <source>No event time column: every event is stamped {time}.</source>
      <translation>Ninguna columna de hora del evento: cada evento lleva la hora {time}.</translation>
    </message>
  </context>
  <context>
    <name>ExtrasCard</name>
    <message>
      <source>Traits</source>
      <translation>Rasgos</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Propiedades</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Otras columnas</translation>
    </message>
    <message>
      <source>Send other columns along</source>
      <translation>Enviar también las otras columnas</translation>
    </message>
    <message>
      <source>Leave other columns out</source>
      <translation>Omitir las otras columnas</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>No importado</translation>
    </message>
    <message>
      <source>{columns} → {key} (snake_case keys)</source>
      <translation>{columns} → {key} (claves en snake_case)</translation>
    </message>
    <message>
      <source>Sent as numbers: {changes}</source>
      <translation>Enviado como números: {changes}</translation>
    </message>
    <message>
      <source>No other columns are sent as {key}.</source>
      <translation>No se envía ninguna otra columna como {key}.</translation>
    </message>
    <message>
      <source>Nothing — every column is used.</source>
      <translation>Nada: se usan todas las columnas.</translation>
    </message>
    <message numerus="yes">
      <source>{listed} … and {rest} more (%Ln column(s))</source>
      <translation>
        <numerusform>{listed} … y {rest} más (%Ln columna)</numerusform>
        <numerusform>{listed} … y {rest} más (%Ln columnas)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExtrasDialog</name>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>number</source>
      <translation>número</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>verdadero/falso</translation>
    </message>
    <message>
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <source>Other columns → {key}</source>
      <translation>Otras columnas → {key}</translation>
    </message>
    <message>
      <source>Ticked columns are sent with each record as {key}. Untick a column to leave it out; change the key or the kind of value if needed.</source>
      <translation>Las columnas marcadas se envían con cada registro como {key}. Desmarque una columna para omitirla; cambie la clave o el tipo de valor si hace falta.</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Columna en su archivo</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Enviado como</translation>
    </message>
    <message>
      <source>Kind of value</source>
      <translation>Tipo de valor</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Otras columnas</translation>
    </message>
    <message>
      <source>Kind of value for {column}</source>
      <translation>Tipo de valor para {column}</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <source>exact</source>
      <translation>exacta</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>probable</translation>
    </message>
    <message>
      <source>guess</source>
      <translation>supuesta</translation>
    </message>
    <message>
      <source>no match</source>
      <translation>sin coincidencia</translation>
    </message>
    <message>
      <source>your choice</source>
      <translation>su elección</translation>
    </message>
    <message>
      <source>from template</source>
      <translation>de la plantilla</translation>
    </message>
    <message>
      <source>Numbers: detect</source>
      <translation>Números: detectar</translation>
    </message>
    <message>
      <source>Excel date numbers</source>
      <translation>Fechas de Excel en números</translation>
    </message>
    <message>
      <source>Excel date numbers (1904 base)</source>
      <translation>Fechas de Excel en números (base 1904)</translation>
    </message>
    <message>
      <source>Unix time (seconds)</source>
      <translation>Tiempo Unix (segundos)</translation>
    </message>
    <message>
      <source>Unix time (milliseconds)</source>
      <translation>Tiempo Unix (milisegundos)</translation>
    </message>
    <message>
      <source>Unix time (microseconds)</source>
      <translation>Tiempo Unix (microsegundos)</translation>
    </message>
    <message>
      <source>Column for {field}</source>
      <translation>Columna para {field}</translation>
    </message>
    <message>
      <source>Value for {field} in every row</source>
      <translation>Valor de {field} en cada fila</translation>
    </message>
    <message>
      <source>Value for every row</source>
      <translation>Valor para cada fila</translation>
    </message>
    <message>
      <source>Date order of {field}</source>
      <translation>Orden de fecha de {field}</translation>
    </message>
    <message>
      <source>Dates: detect order</source>
      <translation>Fechas: detectar el orden</translation>
    </message>
    <message>
      <source>Day first (31/12)</source>
      <translation>Día primero (31/12)</translation>
    </message>
    <message>
      <source>Month first (12/31)</source>
      <translation>Mes primero (12/31)</translation>
    </message>
    <message>
      <source>How to read dates like 04/03/2024</source>
      <translation>Cómo leer fechas como 04/03/2024</translation>
    </message>
    <message>
      <source>Time zone of {field}</source>
      <translation>Zona horaria de {field}</translation>
    </message>
    <message>
      <source>Time zone of times written without one</source>
      <translation>Zona horaria de las horas escritas sin una</translation>
    </message>
    <message>
      <source>How {field} numbers are read</source>
      <translation>Cómo se leen los números de {field}</translation>
    </message>
    <message>
      <source>Remove spaces around each value</source>
      <translation>Quitar los espacios alrededor de cada valor</translation>
    </message>
    <message>
      <source>Change every value to lower case</source>
      <translation>Pasar cada valor a minúsculas</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>– sin asignar –</translation>
    </message>
    <message>
      <source>Same value for every row…</source>
      <translation>Mismo valor para cada fila…</translation>
    </message>
    <message>
      <source>Numbers: detect ({unit})</source>
      <translation>Números: detectar ({unit})</translation>
    </message>
    <message>
      <source>Numbers: detect (each by its size)</source>
      <translation>Números: detectar (cada uno por su tamaño)</translation>
    </message>
    <message>
      <source>(all empty)</source>
      <translation>(todas vacías)</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <source>every row gets the validation time</source>
      <translation>cada fila recibe la hora de la comprobación</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatorio</translation>
    </message>
    <message>
      <source>Read {order} they would be: {dates}</source>
      <translation>Leídas {order}, serían: {dates}</translation>
    </message>
    <message>
      <source>Read day-first instead</source>
      <translation>Leer con el día primero</translation>
    </message>
    <message>
      <source>Read month-first instead</source>
      <translation>Leer con el mes primero</translation>
    </message>
    <message>
      <source>How to read times written as plain numbers</source>
      <translation>Cómo leer las horas escritas como simples números</translation>
    </message>
    <message>
      <source>(not a date)</source>
      <translation>(no es una fecha)</translation>
    </message>
  </context>
  <context>
    <name>InsightPanel</name>
    <message>
      <source>{vendor} (sandbox)</source>
      <translation>{vendor} (sandbox)</translation>
    </message>
    <message>
      <source>Who and when ▾</source>
      <translation>Quién y cuándo ▾</translation>
    </message>
    <message>
      <source>Users and event times of the rows that will be sent</source>
      <translation>Usuarios y horas de los eventos de las filas que se enviarán</translation>
    </message>
    <message>
      <source>Users in the file</source>
      <translation>Usuarios del archivo</translation>
    </message>
    <message>
      <source>Counting users…</source>
      <translation>Contando usuarios…</translation>
    </message>
    <message>
      <source>No rows to send.</source>
      <translation>No hay filas que enviar.</translation>
    </message>
    <message>
      <source>Who and when ▸</source>
      <translation>Quién y cuándo ▸</translation>
    </message>
    <message>
      <source>{users} in {rows}; rows per user: min {min}, median {median}, max {max}</source>
      <translation>{users} en {rows}; filas por usuario: mín. {min}, mediana {median}, máx. {max}</translation>
    </message>
    <message>
      <source>{new} of {distinct} users are new to {place}; {known} already accepted in an earlier upload</source>
      <translation>{new} de {distinct} usuarios son nuevos para {place}; {known} ya se aceptaron en una carga anterior</translation>
    </message>
    <message>
      <source>this destination</source>
      <translation>este destino</translation>
    </message>
    <message>
      <source>User ids that look like placeholders: {list}</source>
      <translation>ID de usuario que parecen marcadores de posición: {list}</translation>
    </message>
    <message>
      <source>'{text}' in {rows} (first: row {first})</source>
      <translation>«{text}» en {rows} (primera: fila {first})</translation>
    </message>
    <message>
      <source>an empty id in {rows} (first: row {first})</source>
      <translation>un ID vacío en {rows} (primera: fila {first})</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>filas {numbers}</translation>
    </message>
    <message>
      <source>{users} spelt more than one way (case or surrounding spaces): the API counts each spelling as another user, e.g. {examples}</source>
      <translation>{users} escritos de más de una forma (mayúsculas o espacios alrededor): la API cuenta cada forma como otro usuario, p. ej. {examples}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln distinct user(s)</source>
      <translation>
        <numerusform>%Ln usuario distinto</numerusform>
        <numerusform>%Ln usuarios distintos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln usuario</numerusform>
        <numerusform>%Ln usuarios</numerusform>
      </translation>
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
      <source>{count} row of {file} has a different number of cells than the header ({cells}).</source>
      <translation>{count} fila de {file} tiene un número de celdas distinto del encabezado ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}).</source>
      <translation>{count} filas de {file} tienen un número de celdas distinto del encabezado ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} (from line {line}) has a different number of cells than the header ({cells}).</source>
      <translation>{count} fila de {file} (desde la línea {line}) tiene un número de celdas distinto del encabezado ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} (from line {line}) have a different number of cells than the header ({cells}).</source>
      <translation>{count} filas de {file} (desde la línea {line}) tienen un número de celdas distinto del encabezado ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} has a different number of cells than the header ({cells}): row {rows} ({first}).</source>
      <translation>{count} fila de {file} tiene un número de celdas distinto del encabezado ({cells}): fila {rows} ({first}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}): rows {rows} ({first}).</source>
      <translation>{count} filas de {file} tienen un número de celdas distinto del encabezado ({cells}): filas {rows} ({first}).</translation>
    </message>
    <message>
      <source>row {row} has {count} cell</source>
      <translation>la fila {row} tiene {count} celda</translation>
    </message>
    <message>
      <source>row {row} has {count} cells</source>
      <translation>la fila {row} tiene {count} celdas</translation>
    </message>
    <message>
      <source>A value probably contains an unquoted delimiter or line break. Fix those rows, or check that the delimiter and header row are right.</source>
      <translation>Probablemente un valor contiene un separador o un salto de línea sin comillas. Corrija esas filas, o compruebe que el separador y la fila de encabezado sean los correctos.</translation>
    </message>
    <message>
      <source>{file} has no header row: its first line is empty.</source>
      <translation>{file} no tiene fila de encabezado: su primera línea está vacía.</translation>
    </message>
    <message>
      <source>{file} has no header row: the first {count} lines are empty.</source>
      <translation>{file} no tiene fila de encabezado: sus primeras {count} líneas están vacías.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top could be read.</source>
      <translation>{file} no tiene fila de encabezado: no se pudo leer ninguna línea del principio.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} row near the top.</source>
      <translation>La fila {row} no puede ser el encabezado: el principio del archivo solo tiene {count} fila.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} rows near the top.</source>
      <translation>La fila {row} no puede ser el encabezado: el principio del archivo solo tiene {count} filas.</translation>
    </message>
    <message>
      <source>Choose a header row that holds the column names.</source>
      <translation>Elija una fila de encabezado que contenga los nombres de las columnas.</translation>
    </message>
    <message>
      <source>{file} is UTF-16 text with a damaged character at byte {byte} (one half of a two-part character is missing), so it cannot be read safely.</source>
      <translation>{file} es texto UTF-16 con un carácter dañado en el byte {byte} (falta una mitad de un carácter de dos partes), así que no se puede leer con seguridad.</translation>
    </message>
    <message>
      <source>{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it.</source>
      <translation>No se puede leer {file} como {encoding}: los bytes a partir del byte {byte} no encajan.</translation>
    </message>
    <message>
      <source>{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it.</source>
      <translation>{file} no es texto {encoding} válido: los bytes a partir del byte {byte} no encajan.</translation>
    </message>
    <message>
      <source>Open it in the program that made it and save it again as UTF-8 CSV.</source>
      <translation>Ábralo en el programa que lo creó y vuelva a guardarlo como CSV en UTF-8.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick the one the file was saved with.</source>
      <translation>Deje la codificación en automático, o elija aquella con la que se guardó el archivo.</translation>
    </message>
    <message>
      <source>{file} is not valid JSON (line {line}, column {column}).</source>
      <translation>{file} no es un JSON válido (línea {line}, columna {column}).</translation>
    </message>
    <message>
      <source>Check that the file is complete; a JSON file must be one array of objects.</source>
      <translation>Compruebe que el archivo esté completo; un archivo JSON debe ser un único array de objetos.</translation>
    </message>
    <message>
      <source>{count} record of {file} is not an object: {records}.</source>
      <translation>{count} registro de {file} no es un objeto: {records}.</translation>
    </message>
    <message>
      <source>{count} records of {file} are not objects: {records}.</source>
      <translation>{count} registros de {file} no son objetos: {records}.</translation>
    </message>
    <message>
      <source>Every record must be an object with named fields.</source>
      <translation>Cada registro debe ser un objeto con campos con nombre.</translation>
    </message>
    <message>
      <source>{file} has no sheet named '{sheet}'.</source>
      <translation>{file} no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
      <source>Sheets in this workbook: {sheets}.</source>
      <translation>Hojas de este libro: {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is a chart, not a table of cells.</source>
      <translation>La hoja «{sheet}» de {file} es un gráfico, no una tabla de celdas.</translation>
    </message>
    <message>
      <source>Choose a sheet that holds data: {sheets}.</source>
      <translation>Elija una hoja que contenga datos: {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is empty.</source>
      <translation>La hoja «{sheet}» de {file} está vacía.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} has no values.</source>
      <translation>La hoja «{sheet}» de {file} no contiene valores.</translation>
    </message>
    <message>
      <source>Choose another sheet.</source>
      <translation>Elija otra hoja.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} row.</source>
      <translation>La fila {row} no puede ser el encabezado: la hoja «{sheet}» tiene {count} fila.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} rows.</source>
      <translation>La fila {row} no puede ser el encabezado: la hoja «{sheet}» tiene {count} filas.</translation>
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
    <name>LoadNote</name>
    <message>
      <source>'{name}'</source>
      <translation>«{name}»</translation>
    </message>
    <message>
      <source>The first line 'sep={hint}' is Excel's delimiter hint: the file is read as {delimiter}-separated and, as in Excel, that line is hidden and not counted as a row.</source>
      <translation>La primera línea «sep={hint}» es la indicación de separador de Excel: el archivo se lee con el separador {delimiter} y, como en Excel, esa línea se oculta y no cuenta como fila.</translation>
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
      <source>The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, choose another encoding.</source>
      <translation>El archivo no está en UTF-8; se leyó como {encoding}. Si las letras con tilde se ven mal, elija otra codificación.</translation>
    </message>
    <message>
      <source>{file} is really {kind}, whatever its name says; it was read as one.</source>
      <translation>{file} es en realidad {kind}, diga lo que diga su nombre; se leyó como tal.</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSX)</source>
      <translation>un libro de Excel (XLSX)</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSM)</source>
      <translation>un libro de Excel (XLSM)</translation>
    </message>
    <message>
      <source>an Excel binary workbook (XLSB)</source>
      <translation>un libro binario de Excel (XLSB)</translation>
    </message>
    <message>
      <source>an XLS workbook (Excel 97–2003)</source>
      <translation>un libro XLS (Excel 97–2003)</translation>
    </message>
    <message>
      <source>an OpenDocument spreadsheet (ODS)</source>
      <translation>una hoja de cálculo OpenDocument (ODS)</translation>
    </message>
    <message>
      <source>Skipped {count} empty row: {rows}.</source>
      <translation>Se omitió {count} fila vacía: {rows}.</translation>
    </message>
    <message>
      <source>Skipped {count} empty rows: {rows}.</source>
      <translation>Se omitieron {count} filas vacías: {rows}.</translation>
    </message>
    <message>
      <source>There are no data rows below the header (row {row}).</source>
      <translation>No hay filas de datos debajo del encabezado (fila {row}).</translation>
    </message>
    <message>
      <source>There are no data rows.</source>
      <translation>No hay filas de datos.</translation>
    </message>
    <message>
      <source>Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. Check that it is the sheet you want.</source>
      <translation>Todas las hojas de {file} están ocultas en Excel; se cargó «{sheet}», la primera. Compruebe que sea la hoja que quiere.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).</source>
      <translation>Se cargó la hoja «{sheet}», la que se abre al abrir el libro en Excel (su pestaña activa).</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel.</source>
      <translation>Se cargó la hoja «{sheet}», la primera visible; {hidden} está oculta en Excel.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel.</source>
      <translation>Se cargó la hoja «{sheet}», la primera visible; {hidden} están ocultas en Excel.</translation>
    </message>
    <message>
      <source>in column '{column}'</source>
      <translation>en la columna «{column}»</translation>
    </message>
    <message>
      <source>in columns {columns}</source>
      <translation>en las columnas {columns}</translation>
    </message>
    <message>
      <source>'{column}' ({count})</source>
      <translation>«{column}» ({count})</translation>
    </message>
    <message>
      <source>{count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} celda con fórmula {where} no tiene un valor guardado y se lee vacía: abra el archivo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
      <source>{count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} celdas con fórmula {where} no tienen un valor guardado y se leen vacías: abra el archivo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
      <source>At least {count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Al menos {count} celda con fórmula {where} no tiene un valor guardado y se lee vacía: abra el archivo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
      <source>At least {count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Al menos {count} celdas con fórmula {where} no tienen un valor guardado y se leen vacías: abra el archivo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
      <source>Opening {file}</source>
      <translation>Abriendo {file}</translation>
    </message>
    <message>
      <source>Reading sheet '{sheet}' of {file}</source>
      <translation>Leyendo la hoja «{sheet}» de {file}</translation>
    </message>
    <message>
      <source>Reading the first sheet of {file}</source>
      <translation>Leyendo la primera hoja de {file}</translation>
    </message>
    <message>
      <source>Reading {file} — {count} row</source>
      <translation>Leyendo {file}: {count} fila</translation>
    </message>
    <message>
      <source>Reading {file} — {count} rows</source>
      <translation>Leyendo {file}: {count} filas</translation>
    </message>
    <message>
      <source>Read {count} row</source>
      <translation>{count} fila leída</translation>
    </message>
    <message>
      <source>Read {count} rows</source>
      <translation>{count} filas leídas</translation>
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
      <translation>{sheet} – {rows}</translation>
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
      <translation>Backfill – hojas de cálculo hacia API de analítica.</translation>
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
      <translation>Backfill – {file} → {destination}</translation>
    </message>
    <message>
      <source>Backfill — file → {destination}</source>
      <translation>Backfill – archivo → {destination}</translation>
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
    <name>MapPage</name>
    <message>
      <source>{fields} is required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} es obligatorio: elija la columna que lo contiene o un valor fijo.</translation>
    </message>
    <message>
      <source>{fields} are required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} son obligatorios: elija para cada uno la columna que lo contiene o un valor fijo.</translation>
    </message>
    <message>
      <source>This file lists people (users), so it goes to {to}: {why}.</source>
      <translation>Este archivo enumera personas (usuarios), así que va a {to}: {why}.</translation>
    </message>
    <message>
      <source>This file lists events, so it goes to {to}: {why}.</source>
      <translation>Este archivo enumera eventos, así que va a {to}: {why}.</translation>
    </message>
    <message>
      <source>Change “Send to” above if that is wrong.</source>
      <translation>Cambie «Enviar a» arriba si no es correcto.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value.</source>
      <translation>Elija la columna correcta en la lista o un valor fijo.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value. If the file lists people rather than things they did, send it to {users} instead (Send to, above).</source>
      <translation>Elija la columna correcta en la lista o un valor fijo. Si el archivo enumera personas en lugar de lo que hicieron, envíelo a {users} («Enviar a», arriba).</translation>
    </message>
    <message>
      <source>Check {fields}: Backfill is only guessing which column holds it.</source>
      <translation>Compruebe {fields}: Backfill solo adivina qué columna lo contiene.</translation>
    </message>
    <message>
      <source>Match your columns to the destination's fields</source>
      <translation>Asigne sus columnas a los campos del destino</translation>
    </message>
    <message>
      <source>Send to</source>
      <translation>Enviar a</translation>
    </message>
    <message>
      <source>The destination the rows go to</source>
      <translation>El destino al que van las filas</translation>
    </message>
    <message>
      <source>Sen&amp;d to</source>
      <translation>&amp;Enviar a</translation>
    </message>
    <message>
      <source>Load a file first.</source>
      <translation>Cargue primero un archivo.</translation>
    </message>
    <message>
      <source>Matching your columns…</source>
      <translation>Asignando sus columnas…</translation>
    </message>
    <message>
      <source>Some template columns seem renamed: use the proposed columns or keep as it is.</source>
      <translation>Algunas columnas de la plantilla parecen renombradas: use las columnas propuestas o déjelo como está.</translation>
    </message>
    <message>
      <source>Matching your columns to the fields…</source>
      <translation>Asignando sus columnas a los campos…</translation>
    </message>
    <message>
      <source>Columns could not be matched: {reason}</source>
      <translation>No se pudieron asignar las columnas: {reason}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Columna en su archivo</translation>
    </message>
    <message>
      <source>Sample values</source>
      <translation>Valores de ejemplo</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confianza</translation>
    </message>
    <message>
      <source>Match your columns to {destination}</source>
      <translation>Asigne sus columnas: {destination}</translation>
    </message>
    <message>
      <source>Needs {required}; optional: {optional}</source>
      <translation>Necesita {required}; opcional: {optional}</translation>
    </message>
    <message>
      <source>Needs {required}</source>
      <translation>Necesita {required}</translation>
    </message>
    <message>
      <source>Dates in '{column}' are now read {order}.</source>
      <translation>Las fechas de «{column}» se leen ahora {order}.</translation>
    </message>
    <message>
      <source>Template '{name}' now uses the proposed columns</source>
      <translation>La plantilla «{name}» usa ahora las columnas propuestas</translation>
    </message>
    <message>
      <source>Save mapping template</source>
      <translation>Guardar plantilla de asignación</translation>
    </message>
    <message>
      <source>Mapping templates (*.json)</source>
      <translation>Plantillas de asignación (*.json)</translation>
    </message>
    <message>
      <source>The template could not be saved.</source>
      <translation>No se pudo guardar la plantilla.</translation>
    </message>
    <message>
      <source>Saved as template '{name}'.</source>
      <translation>Guardado como plantilla «{name}».</translation>
    </message>
    <message>
      <source>Template '{name}' saved</source>
      <translation>Plantilla «{name}» guardada</translation>
    </message>
    <message>
      <source>Load mapping template</source>
      <translation>Cargar plantilla de asignación</translation>
    </message>
    <message>
      <source>Choose a template saved by Backfill.</source>
      <translation>Elija una plantilla guardada por Backfill.</translation>
    </message>
  </context>
  <context>
    <name>OutcomeModel</name>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Parte</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Other part</source>
      <translation>Otra parte</translation>
    </message>
  </context>
  <context>
    <name>PairReport</name>
    <message>
      <source>No row of the file was refused.</source>
      <translation>No se rechazó ninguna fila del archivo.</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>La %Ln fila no entregada por completo</numerusform>
        <numerusform>Las %Ln filas no entregadas por completo</numerusform>
      </translation>
    </message>
    <message>
      <source>Open the rows refused in either part in Review to fix them; their users are sent again (an update, never twice), then their events</source>
      <translation>Abrir en la revisión las filas rechazadas en cualquiera de las partes para corregirlas; sus usuarios se envían de nuevo (una actualización, nunca dos veces) y después sus eventos</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) of {file} not delivered whole</source>
      <translation>
        <numerusform>%Ln fila de {file} no entregada por completo</numerusform>
        <numerusform>%Ln filas de {file} no entregadas por completo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln row(s) not delivered whole for fixing. Their users go again as an update (tick “Send them again” on Upload), then their events.</source>
      <translation>
        <numerusform>Se abrió %Ln fila no entregada por completo para corregirla. Su usuario se envía de nuevo como actualización (marque «Enviarlas de nuevo» en la carga) y después su evento.</numerusform>
        <numerusform>Se abrieron %Ln filas no entregadas por completo para corregirlas. Sus usuarios se envían de nuevo como actualización (marque «Enviarlas de nuevo» en la carga) y después sus eventos.</numerusform>
      </translation>
    </message>
    <message>
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>{n} waiting for their user</source>
      <translation>{n} esperan a su usuario</translation>
    </message>
    <message>
      <source>Users: {counts}</source>
      <translation>Usuarios: {counts}</translation>
    </message>
    <message>
      <source>Events: {counts}</source>
      <translation>Eventos: {counts}</translation>
    </message>
    <message>
      <source>Every user and its event was delivered</source>
      <translation>Cada usuario y su evento se entregaron</translation>
    </message>
    <message numerus="yes">
      <source>Stopped: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Detenido: queda %Ln fila por enviar</numerusform>
        <numerusform>Detenido: quedan %Ln filas por enviar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not finished: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Sin terminar: queda %Ln fila por enviar</numerusform>
        <numerusform>Sin terminar: quedan %Ln filas por enviar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done with problems: %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>Terminado con problemas: %Ln fila no entregada por completo</numerusform>
        <numerusform>Terminado con problemas: %Ln filas no entregadas por completo</numerusform>
      </translation>
    </message>
    <message>
      <source>{users}, then {events}</source>
      <translation>{users}, después {events}</translation>
    </message>
    <message>
      <source>Event: waits for its user</source>
      <translation>Evento: espera a su usuario</translation>
    </message>
    <message>
      <source>Event: not sent</source>
      <translation>Evento: no enviado</translation>
    </message>
    <message>
      <source>Event: {state}</source>
      <translation>Evento: {state}</translation>
    </message>
    <message>
      <source>User: accepted</source>
      <translation>Usuario: aceptado</translation>
    </message>
    <message>
      <source>User: {state}</source>
      <translation>Usuario: {state}</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their event</source>
      <translation>{rows} {outcome} · su evento</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their user</source>
      <translation>{rows} {outcome} · su usuario</translation>
    </message>
    <message numerus="yes">
      <source>Then their events: {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Después sus eventos: {done} de %Ln fila hecha</numerusform>
        <numerusform>Después sus eventos: {done} de %Ln filas hechas</numerusform>
      </translation>
    </message>
    <message>
      <source>This upload was still being prepared with its events when Backfill stopped. Nothing of it was sent, and it has been removed.</source>
      <translation>Esta carga aún se estaba preparando con sus eventos cuando Backfill se detuvo. No se envió nada de ella y se ha eliminado.</translation>
    </message>
    <message>
      <source>Load the file again to upload it.</source>
      <translation>Cargue el archivo de nuevo para subirlo.</translation>
    </message>
    <message>
      <source>{rows} rows of job {job} not delivered whole, with their original row numbers; users already accepted are sent again as an update (never twice), then their events.</source>
      <translation>{rows} filas del trabajo {job} no entregadas por completo, con sus números de fila originales; los usuarios ya aceptados se envían de nuevo como actualización (nunca dos veces) y después sus eventos.</translation>
    </message>
  </context>
  <context>
    <name>ProblemCard</name>
    <message>
      <source>&lt;b&gt;{rows}&lt;/b&gt;: {problem}</source>
      <translation>&lt;b&gt;{rows}&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
      <source>{problem}. {detail}.</source>
      <translation>{problem}. {detail}.</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Mostrar filas</translation>
    </message>
    <message>
      <source>Change the mapping's cleaning for this field and check again</source>
      <translation>Cambiar la limpieza de este campo en la asignación y comprobar de nuevo</translation>
    </message>
    <message>
      <source>Exclude rows</source>
      <translation>Excluir filas</translation>
    </message>
    <message>
      <source>Leave these rows out of the upload</source>
      <translation>Dejar estas filas fuera de la carga</translation>
    </message>
    <message>
      <source>{tip}: {sentence}</source>
      <translation>{tip}: {sentence}</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>fila {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>filas {numbers}</translation>
    </message>
    <message>
      <source>Warning — these rows are still sent</source>
      <translation>Advertencia: estas filas se envían igualmente</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>No se envían</translation>
    </message>
    <message>
      <source>{kind} · column '{column}' · {rows}</source>
      <translation>{kind} · columna «{column}» · {rows}</translation>
    </message>
    <message>
      <source>{kind} · {rows}</source>
      <translation>{kind} · {rows}</translation>
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
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
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
    <name>ProfileBanner</name>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
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
      <translation>Sandbox (servidor de prueba, nada real)</translation>
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
      <translation>Hasta entonces aquí solo se ofrece el perfil sandbox integrado.</translation>
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
      <translation>La clave de prueba integrada del sandbox</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Probando…</translation>
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
      <source>{words} (step {done} of {total})</source>
      <translation>{words} (paso {done} de {total})</translation>
    </message>
    <message>
      <source>{words} — {done} of {total} rows</source>
      <translation>{words} – {done} de {total} filas</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>1 row was sent again after an answer was lost; {destination} does not remove duplicates, so up to 1 may be stored twice.</source>
      <translation>1 fila se volvió a enviar tras perderse una respuesta; {destination} no elimina duplicados, así que puede quedar guardada dos veces.</translation>
    </message>
    <message>
      <source>{rows} rows were sent again after an answer was lost; {destination} does not remove duplicates, so up to {rows} may be stored twice.</source>
      <translation>{rows} filas se volvieron a enviar tras perderse una respuesta; {destination} no elimina duplicados, así que hasta {rows} pueden quedar guardadas dos veces.</translation>
    </message>
    <message>
      <source>{rows} rejected rows of job {job}, with their original row numbers</source>
      <translation>{rows} filas rechazadas del trabajo {job}, con sus números de fila originales</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <source>No upload yet.</source>
      <translation>Aún no hay ninguna carga.</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exportar Excel…</translation>
    </message>
    <message>
      <source>Retry failed rows</source>
      <translation>Reintentar las filas fallidas</translation>
    </message>
    <message>
      <source>Fix and re-import</source>
      <translation>Corregir y volver a importar</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Enviar el resto</translation>
    </message>
    <message>
      <source>Go back to Upload and send the rows not sent yet</source>
      <translation>Volver a «Cargar datos» y enviar las filas aún no enviadas</translation>
    </message>
    <message>
      <source>Save the rejected and failed rows as CSV</source>
      <translation>Guardar las filas rechazadas y fallidas como CSV</translation>
    </message>
    <message>
      <source>Save them as an Excel workbook</source>
      <translation>Guardarlas como libro de Excel</translation>
    </message>
    <message>
      <source>Send the failed rows again</source>
      <translation>Enviar de nuevo las filas fallidas</translation>
    </message>
    <message>
      <source>Open the rejected rows in Review to fix them</source>
      <translation>Abrir las filas rechazadas en «Revisar» para corregirlas</translation>
    </message>
    <message>
      <source>{what} ({keys})</source>
      <translation>{what} ({keys})</translation>
    </message>
    <message>
      <source>By reason</source>
      <translation>Por motivo</translation>
    </message>
    <message>
      <source>Rows not accepted, by reason</source>
      <translation>Filas no aceptadas, por motivo</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <source>Rows not accepted</source>
      <translation>Filas no aceptadas</translation>
    </message>
    <message>
      <source>Each row's number, field and reason</source>
      <translation>Número, campo y motivo de cada fila</translation>
    </message>
    <message>
      <source>Reading the outcome…</source>
      <translation>Leyendo el resultado…</translation>
    </message>
    <message>
      <source>The outcome could not be read</source>
      <translation>No se pudo leer el resultado</translation>
    </message>
    <message>
      <source>Check the destination for these rows before sending the file again; the receipt records this too.</source>
      <translation>Compruebe estas filas en el destino antes de volver a enviar el archivo; el comprobante también lo registra.</translation>
    </message>
    <message>
      <source>Report — job {job}</source>
      <translation>Informe: trabajo {job}</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not accepted</source>
      <translation>
        <numerusform>La %Ln fila no aceptada</numerusform>
        <numerusform>Las %Ln filas no aceptadas</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row of the file was accepted.</source>
      <translation>Se aceptaron todas las filas del archivo.</translation>
    </message>
    <message numerus="yes">
      <source>Send the remaining %Ln row(s)</source>
      <translation>
        <numerusform>Enviar la %Ln fila restante</numerusform>
        <numerusform>Enviar las %Ln filas restantes</numerusform>
      </translation>
    </message>
    <message>
      <source>The report could not be saved</source>
      <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
      <source>{failed}: {why}</source>
      <translation>{failed}: {why}</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation>{file} guardado</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Informe guardado en {path}</translation>
    </message>
    <message numerus="yes">
      <source>Sending %Ln failed row(s) again…</source>
      <translation>
        <numerusform>Enviando de nuevo %Ln fila fallida…</numerusform>
        <numerusform>Enviando de nuevo %Ln filas fallidas…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rejected row(s) of {file}</source>
      <translation>
        <numerusform>%Ln fila rechazada de {file}</numerusform>
        <numerusform>%Ln filas rechazadas de {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln rejected row(s) for fixing.</source>
      <translation>
        <numerusform>%Ln fila rechazada abierta para corregirla.</numerusform>
        <numerusform>%Ln filas rechazadas abiertas para corregirlas.</numerusform>
      </translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rechazo</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fallo</translation>
    </message>
    <message>
      <source>not sent yet</source>
      <translation>aún no enviado</translation>
    </message>
    <message>
      <source>not sent: invalid</source>
      <translation>no enviado: no válido</translation>
    </message>
    <message>
      <source>not sent: left out</source>
      <translation>no enviado: excluido</translation>
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
      <source>{n} failed</source>
      <translation>{n} fallidas</translation>
    </message>
    <message>
      <source>{n} not sent yet</source>
      <translation>{n} aún no enviadas</translation>
    </message>
    <message>
      <source>{n} not sent (invalid)</source>
      <translation>{n} no enviadas (no válidas)</translation>
    </message>
    <message>
      <source>{n} left out</source>
      <translation>{n} excluidas</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{outcome} — receipt saved</source>
      <translation>{outcome}; comprobante guardado</translation>
    </message>
    <message>
      <source>The upload stopped: {reason}</source>
      <translation>La carga se detuvo: {reason}</translation>
    </message>
    <message>
      <source>the API refused the request</source>
      <translation>la API rechazó la solicitud</translation>
    </message>
    <message>
      <source>Fix the cause (check the key and profile on the Upload step), then send the rest.</source>
      <translation>Corrija la causa (compruebe la clave y el perfil en el paso «Cargar datos») y luego envíe el resto.</translation>
    </message>
    <message>
      <source>The upload is paused.</source>
      <translation>La carga está en pausa.</translation>
    </message>
    <message>
      <source>Send the rest when you are ready.</source>
      <translation>Envíe el resto cuando esté listo.</translation>
    </message>
    <message>
      <source>The upload was cancelled before every row was sent.</source>
      <translation>La carga se canceló antes de enviar todas las filas.</translation>
    </message>
    <message>
      <source>Send the rest to finish it.</source>
      <translation>Envíe el resto para terminarla.</translation>
    </message>
    <message>
      <source>Comma-separated</source>
      <translation>Separado por comas</translation>
    </message>
    <message>
      <source>Semicolon-separated</source>
      <translation>Separado por punto y coma</translation>
    </message>
    <message>
      <source>Tab-separated</source>
      <translation>Separado por tabulaciones</translation>
    </message>
    <message>
      <source>Pipe-separated</source>
      <translation>Separado por barras verticales</translation>
    </message>
    <message>
      <source>{delimiter}-separated</source>
      <translation>Separado por {delimiter}</translation>
    </message>
    <message>
      <source>{separated}, UTF-8: {source} cannot hold every character of these rows. Folder:</source>
      <translation>{separated}, UTF-8: {source} no admite todos los caracteres de estas filas. Carpeta:</translation>
    </message>
    <message>
      <source>{separated}, UTF-8 (as Excel reads it). Folder:</source>
      <translation>{separated}, UTF-8 (como lo lee Excel). Carpeta:</translation>
    </message>
    <message>
      <source>{separated}, {encoding} like the source file. Folder:</source>
      <translation>{separated}, {encoding} como el archivo de origen. Carpeta:</translation>
    </message>
    <message>
      <source>no rows</source>
      <translation>ninguna fila</translation>
    </message>
    <message>
      <source>(+{n} more)</source>
      <translation>(+{n} más)</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>fila {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>filas {numbers}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln fila</numerusform>
        <numerusform>%Ln filas</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} {outcome}</source>
      <translation>{rows}: {outcome}</translation>
    </message>
    <message>
      <source>{head} · field {field}</source>
      <translation>{head} · campo {field}</translation>
    </message>
    <message>
      <source>{rows} ({numbers}): {reason}</source>
      <translation>{rows} ({numbers}): {reason}</translation>
    </message>
    <message>
      <source>{file} → {destination} at {url} ({profile}) · started {started}, last change {changed} (local time)</source>
      <translation>{file} → {destination} en {url} ({profile}) · iniciado {started}, último cambio {changed} (hora local)</translation>
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
      <source>Its file was not read to the end: resuming reads it again for the rest.</source>
      <translation>Su archivo no se leyó hasta el final: al reanudar se vuelve a leer para el resto.</translation>
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
    <name>ReviewPage</name>
    <message>
      <source>Every row is excluded: include some again, or load another file.</source>
      <translation>Todas las filas están excluidas: vuelva a incluir algunas o cargue otro archivo.</translation>
    </message>
    <message>
      <source>The file has no data rows below the header: load another file, or choose another header row on the Load step.</source>
      <translation>El archivo no tiene filas de datos bajo el encabezado: cargue otro archivo o elija otra fila de encabezado en el paso «Cargar».</translation>
    </message>
    <message>
      <source>⚠ Backfill's own checks find nothing wrong here, but the destination's reasons above still apply.</source>
      <translation>⚠ Las comprobaciones de Backfill no encuentran nada mal aquí, pero los motivos del destino de arriba siguen vigentes.</translation>
    </message>
    <message>
      <source>✓ No problems found — every row can be sent.</source>
      <translation>✓ No se encontraron problemas: se pueden enviar todas las filas.</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it; the row is checked again at once.</source>
      <translation>Haga doble clic en una celda para corregirla; la fila se vuelve a comprobar al instante.</translation>
    </message>
    <message>
      <source>Review the rows</source>
      <translation>Revisar las filas</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Comprobar de nuevo</translation>
    </message>
    <message>
      <source>Check every row again (e.g. after a cancelled check)</source>
      <translation>Comprobar de nuevo todas las filas (p. ej., tras una comprobación cancelada)</translation>
    </message>
    <message>
      <source>Download problems…</source>
      <translation>Descargar problemas…</translation>
    </message>
    <message>
      <source>Save every problem as a CSV file (row, column, reason)</source>
      <translation>Guardar todos los problemas en un archivo CSV (fila, columna, motivo)</translation>
    </message>
    <message>
      <source>Only rows with problems</source>
      <translation>Solo filas con problemas</translation>
    </message>
    <message>
      <source>Hide the rows that are fine</source>
      <translation>Ocultar las filas correctas</translation>
    </message>
    <message>
      <source>Show all rows</source>
      <translation>Mostrar todas las filas</translation>
    </message>
    <message>
      <source>Exclude selected rows</source>
      <translation>Excluir las filas seleccionadas</translation>
    </message>
    <message>
      <source>Include again</source>
      <translation>Volver a incluir</translation>
    </message>
    <message>
      <source>Put the selected excluded rows back into the upload</source>
      <translation>Volver a poner en la carga las filas excluidas seleccionadas</translation>
    </message>
    <message>
      <source>Include all excluded</source>
      <translation>Incluir todas las excluidas</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Comprobando las filas…</translation>
    </message>
    <message>
      <source>The rows have not been checked yet.</source>
      <translation>Las filas aún no se han comprobado.</translation>
    </message>
    <message>
      <source>No row can be sent yet: fix the problems above or load another file.</source>
      <translation>Aún no se puede enviar ninguna fila: corrija los problemas de arriba o cargue otro archivo.</translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln row(s)…</source>
      <translation>
        <numerusform>Comprobando %Ln fila…</numerusform>
        <numerusform>Comprobando %Ln filas…</numerusform>
      </translation>
    </message>
    <message>
      <source>Go back to Map and check the chosen columns.</source>
      <translation>Vuelva a «Asignar» y compruebe las columnas elegidas.</translation>
    </message>
    <message>
      <source>Checking was cancelled.</source>
      <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
      <source>Press Check again to see the problems.</source>
      <translation>Pulse «Comprobar de nuevo» para ver los problemas.</translation>
    </message>
    <message>
      <source>Rows in file order</source>
      <translation>Filas en el orden del archivo</translation>
    </message>
    <message>
      <source>The problem list could not be saved.</source>
      <translation>No se pudo guardar la lista de problemas.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln fila</numerusform>
        <numerusform>%Ln filas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln warning(s)</source>
      <translation>
        <numerusform>%Ln advertencia</numerusform>
        <numerusform>%Ln advertencias</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}, {excluded} excluded</source>
      <translation>{rows}: {valid} válidas, {invalid} no válidas, {warnings}, {excluded} excluidas</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}</source>
      <translation>{rows}: {valid} válidas, {invalid} no válidas, {warnings}</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {excluded} excluded</source>
      <translation>{rows}: {valid} válidas, {invalid} no válidas, {excluded} excluidas</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid</source>
      <translation>{rows}: {valid} válidas, {invalid} no válidas</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Nota: {note}</translation>
    </message>
    <message>
      <source>{rows}: {problem}</source>
      <translation>{rows}: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row was refused by the destination last time.</source>
      <translation>
        <numerusform>El destino rechazó %Ln fila la última vez.</numerusform>
        <numerusform>El destino rechazó %Ln filas la última vez.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rows were refused by the destination last time.</source>
      <translation>
        <numerusform>El destino rechazó %Ln fila la última vez.</numerusform>
        <numerusform>El destino rechazó %Ln filas la última vez.</numerusform>
      </translation>
    </message>
    <message>
      <source>Why: {reasons}. Each row's reason is in the first column, “Reason”. Correct the cells (double-click to edit), then send the rows again.</source>
      <translation>Por qué: {reasons}. El motivo de cada fila está en la primera columna, «Motivo». Corrija las celdas (doble clic para editar) y vuelva a enviar las filas.</translation>
    </message>
    <message>
      <source>“{reason}” ({rows})</source>
      <translation>«{reason}» ({rows})</translation>
    </message>
    <message numerus="yes">
      <source>and %Ln other reason(s)</source>
      <translation>
        <numerusform>y %Ln motivo más</numerusform>
        <numerusform>y %Ln motivos más</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked {rows} in {seconds} s</source>
      <translation>{rows} comprobadas en {seconds} s</translation>
    </message>
    <message>
      <source>Showing {rows}: {problem}</source>
      <translation>Se muestran {rows}: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) with problems</source>
      <translation>
        <numerusform>%Ln fila con problemas</numerusform>
        <numerusform>%Ln filas con problemas</numerusform>
      </translation>
    </message>
    <message>
      <source>Z→A / high→low</source>
      <translation>Z→A / mayor→menor</translation>
    </message>
    <message>
      <source>A→Z / low→high</source>
      <translation>A→Z / menor→mayor</translation>
    </message>
    <message>
      <source>Sorted by '{column}' ({direction})</source>
      <translation>Ordenado por «{column}» ({direction})</translation>
    </message>
    <message>
      <source>Applied “{fix}” to {field}; checking again…</source>
      <translation>Se aplicó «{fix}» a {field}; comprobando de nuevo…</translation>
    </message>
    <message numerus="yes">
      <source>Excluded %Ln row(s); checking again…</source>
      <translation>
        <numerusform>%Ln fila excluida; comprobando de nuevo…</numerusform>
        <numerusform>%Ln filas excluidas; comprobando de nuevo…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking row {row} again…</source>
      <translation>Comprobando de nuevo la fila {row}…</translation>
    </message>
    <message>
      <source>Row {row} is fine now</source>
      <translation>La fila {row} ya está bien</translation>
    </message>
    <message>
      <source>Row {row} still has a problem: {problem}</source>
      <translation>La fila {row} aún tiene un problema: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln problem(s) to {file}</source>
      <translation>
        <numerusform>%Ln problema guardado en {file}</numerusform>
        <numerusform>%Ln problemas guardados en {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>The row could not be checked again: {why}</source>
      <translation>No se pudo volver a comprobar la fila: {why}</translation>
    </message>
  </context>
  <context>
    <name>ReviewTable</name>
    <message>
      <source>Rows of your file</source>
      <translation>Filas de su archivo</translation>
    </message>
    <message>
      <source>Click a column name to sort by it (again: reverse, third time: file order)</source>
      <translation>Haga clic en un nombre de columna para ordenar (otra vez: al revés, la tercera: orden del archivo)</translation>
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
      <source>Reading the first rows of the file…</source>
      <translation>Leyendo las primeras filas del archivo…</translation>
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
      <source>Users — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Usuarios – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · pendientes {pending}</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}, {held} held for their user</source>
      <translation>Eventos – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · pendientes {pending}, {held} esperan a su usuario</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Eventos – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · pendientes {pending}</translation>
    </message>
    <message>
      <source>Sending the users: {progress}</source>
      <translation>Enviando los usuarios: {progress}</translation>
    </message>
    <message>
      <source>Sending the events: {progress}</source>
      <translation>Enviando los eventos: {progress}</translation>
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
    <name>SaveDialogs</name>
    <message>
      <source>{file} - problems</source>
      <translation>{file} - problemas</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>Guardar los problemas</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <source>{file} - rejected rows</source>
      <translation>{file} - filas rechazadas</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export rejected rows</source>
      <translation>Exportar las filas rechazadas</translation>
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
      <translation>{step} ({keys}) – termine antes los pasos anteriores</translation>
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
    <name>TemplateBar</name>
    <message>
      <source>No template in use.</source>
      <translation>No se usa ninguna plantilla.</translation>
    </message>
    <message>
      <source>Use suggestions instead</source>
      <translation>Usar las sugerencias en su lugar</translation>
    </message>
    <message>
      <source>Save template…</source>
      <translation>Guardar plantilla…</translation>
    </message>
    <message>
      <source>Load template…</source>
      <translation>Cargar plantilla…</translation>
    </message>
    <message>
      <source>Use the proposed columns</source>
      <translation>Usar las columnas propuestas</translation>
    </message>
    <message>
      <source>Take the proposed columns as the renamed ones: the template's settings and property keys stay as they were</source>
      <translation>Tomar las columnas propuestas como las renombradas: los ajustes y las claves de propiedades de la plantilla no cambian</translation>
    </message>
    <message>
      <source>Keep as it is</source>
      <translation>Dejar como está</translation>
    </message>
    <message>
      <source>The proposed columns are new ones: send them under their own names</source>
      <translation>Las columnas propuestas son nuevas: enviarlas con su propio nombre</translation>
    </message>
    <message>
      <source>Use the proposed columns to keep the template's settings and property keys, or keep it as it is if they are new columns.</source>
      <translation>Use las columnas propuestas para conservar los ajustes y las claves de propiedades de la plantilla, o déjelo como está si son columnas nuevas.</translation>
    </message>
    <message>
      <source>Choose the column that now holds it below, then save the template again.</source>
      <translation>Elija abajo la columna que ahora lo contiene y guarde de nuevo la plantilla.</translation>
    </message>
    <message>
      <source>Check the fields below; save the template again once it fits this file.</source>
      <translation>Compruebe los campos de abajo; guarde de nuevo la plantilla cuando se ajuste a este archivo.</translation>
    </message>
    <message>
      <source>Columns matched automatically. Save this as a template to reuse it next time.</source>
      <translation>Columnas asignadas automáticamente. Guárdelo como plantilla para reutilizarlo la próxima vez.</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically</source>
      <translation>Plantilla «{name}» aplicada automáticamente</translation>
    </message>
    <message>
      <source>Template '{name}' applied</source>
      <translation>Plantilla «{name}» aplicada</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically — {detail}</source>
      <translation>Plantilla «{name}» aplicada automáticamente – {detail}</translation>
    </message>
    <message>
      <source>Template '{name}' applied — {detail}</source>
      <translation>Plantilla «{name}» aplicada – {detail}</translation>
    </message>
  </context>
  <context>
    <name>ThenEventCard</name>
    <message>
      <source>Also send an event for each user</source>
      <translation>Enviar también un evento por cada usuario</translation>
    </message>
    <message>
      <source>Each user is sent first; its event goes only once the user was accepted. A rejected user's event is not sent.</source>
      <translation>Cada usuario se envía primero; su evento solo se envía cuando el usuario ha sido aceptado. El evento de un usuario rechazado no se envía.</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Nombre del evento</translation>
    </message>
    <message>
      <source>Event time</source>
      <translation>Hora del evento</translation>
    </message>
    <message>
      <source>Event properties</source>
      <translation>Propiedades del evento</translation>
    </message>
    <message>
      <source>Time from column</source>
      <translation>Hora de la columna</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Propiedades</translation>
    </message>
    <message>
      <source>No column: the time of the upload</source>
      <translation>Ninguna columna: la hora de la carga</translation>
    </message>
  </context>
  <context>
    <name>TimelineChart</name>
    <message>
      <source>week of {day}</source>
      <translation>semana del {day}</translation>
    </message>
    <message numerus="yes">
      <source>one bar per %Ln years (UTC)</source>
      <translation>
        <numerusform>una barra por cada %Ln año (UTC)</numerusform>
        <numerusform>una barra por cada %Ln años (UTC)</numerusform>
      </translation>
    </message>
    <message>
      <source>one bar per day (UTC)</source>
      <translation>una barra por día (UTC)</translation>
    </message>
    <message>
      <source>one bar per week (UTC)</source>
      <translation>una barra por semana (UTC)</translation>
    </message>
    <message>
      <source>one bar per month (UTC)</source>
      <translation>una barra por mes (UTC)</translation>
    </message>
    <message>
      <source>one bar per year (UTC)</source>
      <translation>una barra por año (UTC)</translation>
    </message>
    <message>
      <source>Events over time</source>
      <translation>Eventos en el tiempo</translation>
    </message>
    <message>
      <source>No event times to show.</source>
      <translation>No hay horas de eventos que mostrar.</translation>
    </message>
    <message>
      <source>{events} from {first} to {last}, most in {peak} ({count}).</source>
      <translation>{events} del {first} al {last}, la mayoría en {peak} ({count}).</translation>
    </message>
    <message>
      <source>Far outside that: {earlier} earlier, {later} later.</source>
      <translation>Muy fuera de eso: {earlier} antes, {later} después.</translation>
    </message>
    <message>
      <source>far earlier</source>
      <translation>mucho antes</translation>
    </message>
    <message>
      <source>far later</source>
      <translation>mucho después</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s) at most per bar</source>
      <translation>
        <numerusform>como máximo %Ln evento por barra</numerusform>
        <numerusform>como máximo %Ln eventos por barra</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} far earlier (amber)</source>
      <translation>{n} mucho antes (ámbar)</translation>
    </message>
    <message>
      <source>{n} far later (amber)</source>
      <translation>{n} mucho después (ámbar)</translation>
    </message>
    <message>
      <source>{bar}: {events}</source>
      <translation>{bar}: {events}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln evento</numerusform>
        <numerusform>%Ln eventos</numerusform>
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
      <translation>(el sandbox no está en marcha)</translation>
    </message>
    <message>
      <source>Preparing the upload…</source>
      <translation>Preparando la carga…</translation>
    </message>
    <message>
      <source>The upload could not be prepared: {reason}</source>
      <translation>No se pudo preparar la carga: {reason}</translation>
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
    <name>UploadPreparing</name>
    <message>
      <source>The file could not be read to the end: {reason}</source>
      <translation>No se pudo leer el archivo hasta el final: {reason}</translation>
    </message>
    <message>
      <source>The rows written so far stay in the job; fix the file's problem, then press “Resume upload” to go on from where it stopped.</source>
      <translation>Las filas escritas hasta ahora se quedan en el trabajo; corrija el problema del archivo y pulse «Reanudar la carga» para seguir donde se detuvo.</translation>
    </message>
    <message>
      <source>Reading {file} again to write the rows after the first {rows}…</source>
      <translation>Volviendo a leer {file} para escribir las filas posteriores a las primeras {rows}…</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was being read, before anything was sent; it has been dropped.</source>
      <translation>El trabajo {job} se detuvo mientras se leía su archivo, antes de enviar nada; se ha descartado.</translation>
    </message>
    <message>
      <source>Upload {file} again: this destination already accepted rows before, so the upload asks about repeats first.</source>
      <translation>Vuelva a cargar {file}: este destino ya aceptó filas antes, así que la carga pregunta primero por las repeticiones.</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was still being read, and {path} is gone or has changed since, so the rest of it cannot be added.</source>
      <translation>El trabajo {job} se detuvo mientras aún se leía su archivo, y {path} ya no está o ha cambiado desde entonces, así que no se puede añadir el resto.</translation>
    </message>
    <message numerus="yes">
      <source>The %Ln row(s) written so far stay in the job; load the file again and upload it as a new job for the rest.</source>
      <translation>
        <numerusform>La %Ln fila escrita hasta ahora se queda en el trabajo; vuelva a cargar el archivo y cargue el resto como un trabajo nuevo.</numerusform>
        <numerusform>Las %Ln filas escritas hasta ahora se quedan en el trabajo; vuelva a cargar el archivo y cargue el resto como un trabajo nuevo.</numerusform>
      </translation>
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
      <source>connection problem: {reason}</source>
      <translation>problema de conexión: {reason}</translation>
    </message>
    <message>
      <source>retrying after {reason}</source>
      <translation>reintentando tras: {reason}</translation>
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
      <source>the API asked us to slow down</source>
      <translation>la API pidió enviar más despacio</translation>
    </message>
    <message>
      <source>the API is overloaded</source>
      <translation>la API está sobrecargada</translation>
    </message>
    <message>
      <source>server error</source>
      <translation>error del servidor</translation>
    </message>
    <message>
      <source>{name} refused the API key {status}. Check the key (and its permissions), then resume the job.</source>
      <translation>{name} rechazó la clave de API {status}. Compruebe la clave (y sus permisos) y reanude el trabajo.</translation>
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
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed, {held} waiting for their user.</source>
      <translation>Carga terminada: usuarios {accepted} aceptados, {rejected} rechazados, {failed} fallidos; eventos {e_accepted} aceptados, {e_rejected} rechazados, {e_failed} fallidos, {held} esperan a su usuario.</translation>
    </message>
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed.</source>
      <translation>Carga terminada: usuarios {accepted} aceptados, {rejected} rechazados, {failed} fallidos; eventos {e_accepted} aceptados, {e_rejected} rechazados, {e_failed} fallidos.</translation>
    </message>
  </context>
  <context>
    <name>ValueMapDialog</name>
    <message>
      <source>Values of “{column}”</source>
      <translation>Valores de «{column}»</translation>
    </message>
    <message numerus="yes">
      <source>“{column}” holds %Ln different value(s). Type what to send instead of a value; leave it empty to send the value as it is.</source>
      <translation>
        <numerusform>«{column}» contiene %Ln valor. Escriba qué enviar en lugar de un valor; déjelo vacío para enviar el valor tal cual.</numerusform>
        <numerusform>«{column}» contiene %Ln valores distintos. Escriba qué enviar en lugar de un valor; déjelo vacío para enviar el valor tal cual.</numerusform>
      </translation>
    </message>
    <message>
      <source>Value in your file</source>
      <translation>Valor en su archivo</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Enviado como</translation>
    </message>
    <message>
      <source>Sent as, instead of {value}</source>
      <translation>Enviado como, en lugar de {value}</translation>
    </message>
    <message>
      <source>suggested: {value}</source>
      <translation>sugerido: {value}</translation>
    </message>
    <message>
      <source>Use suggestions ({count})</source>
      <translation>Usar sugerencias ({count})</translation>
    </message>
    <message>
      <source>Fill the empty “Sent as” cells with the suggested values</source>
      <translation>Rellenar las celdas «Enviado como» vacías con los valores sugeridos</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Borrar todo</translation>
    </message>
  </context>
  <context>
    <name>ValueMapsCard</name>
    <message>
      <source>Values</source>
      <translation>Valores</translation>
    </message>
    <message>
      <source>Columns with few different values: send some of them as another value.</source>
      <translation>Columnas con pocos valores distintos: envíe algunos como otro valor.</translation>
    </message>
    <message>
      <source>Map values…</source>
      <translation>Asignar valores…</translation>
    </message>
    <message>
      <source>Map the values of {column}</source>
      <translation>Asignar los valores de {column}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln value(s)</source>
      <translation>
        <numerusform>%Ln valor</numerusform>
        <numerusform>%Ln valores</numerusform>
      </translation>
    </message>
    <message>
      <source>{listed}, … ({values})</source>
      <translation>{listed}, … ({values})</translation>
    </message>
    <message>
      <source>Sent instead: {entries}</source>
      <translation>Enviado en su lugar: {entries}</translation>
    </message>
    <message>
      <source>Suggested (not applied): {entries}</source>
      <translation>Sugerido (no aplicado): {entries}</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… y %Ln más</numerusform>
        <numerusform>… y %Ln más</numerusform>
      </translation>
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