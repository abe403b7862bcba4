"""Why the API could not be reached: certificate, DNS, refused, timeout, proxy and plain-HTTP
problems, as Test connection and the Upload step say them (English: German, French, Spanish)."""

WORDS = {  # English: (German, French, Spanish)
    "nothing was sent": ("wurde nichts gesendet", "rien n’a été envoyé", "no se envió nada"),
    "Backfill stopped sending": (
        "hat Backfill das Senden beendet",
        "Backfill a arrêté l’envoi",
        "Backfill dejó de enviar",
    ),
    "Check the base URL; if your company inspects HTTPS traffic, ask IT to install its "
    "certificate authority.": (
        "Prüfen Sie die Basis-URL; wenn Ihr Unternehmen HTTPS-Verkehr untersucht, bitten Sie die "
        "IT, ihre Zertifizierungsstelle zu installieren.",
        "Vérifiez l’URL de base ; si votre entreprise inspecte le trafic HTTPS, demandez au "
        "service informatique d’installer son autorité de certification.",
        "Compruebe la URL base; si su empresa inspecciona el tráfico HTTPS, pida al "
        "departamento de TI que instale su autoridad de certificación.",
    ),
    "The server at {host} presented a TLS certificate for a different name, so {outcome}. "
    "Check the base URL: it may lead to another server than you meant.": (
        "Der Server unter {host} hat ein TLS-Zertifikat für einen anderen Namen vorgelegt, daher "
        "{outcome}. Prüfen Sie die Basis-URL: Sie führt vielleicht zu einem anderen Server als "
        "gemeint.",
        "Le serveur {host} a présenté un certificat TLS établi pour un autre nom, donc "
        "{outcome}. Vérifiez l’URL de base : elle mène peut-être à un autre serveur que prévu.",
        "El servidor {host} presentó un certificado TLS para otro nombre, así que {outcome}. "
        "Compruebe la URL base: puede llevar a otro servidor distinto del que pretendía.",
    ),
    "The server at {host} presented an expired TLS certificate, so {outcome}. The API's "
    "operator must renew it; if it should still be valid, check this computer's date and "
    "time.": (
        "Der Server unter {host} hat ein abgelaufenes TLS-Zertifikat vorgelegt, daher "
        "{outcome}. Der Betreiber der API muss es erneuern; sollte es noch gültig sein, prüfen "
        "Sie Datum und Uhrzeit dieses Computers.",
        "Le serveur {host} a présenté un certificat TLS expiré, donc {outcome}. L’exploitant de "
        "l’API doit le renouveler ; s’il devrait encore être valide, vérifiez la date et "
        "l’heure de cet ordinateur.",
        "El servidor {host} presentó un certificado TLS caducado, así que {outcome}. El "
        "operador de la API debe renovarlo; si aún debería ser válido, compruebe la fecha y la "
        "hora de este equipo.",
    ),
    "The server at {host} presented a TLS certificate that is not valid yet, so {outcome}. "
    "Check this computer's date and time.": (
        "Der Server unter {host} hat ein TLS-Zertifikat vorgelegt, das noch nicht gültig ist, "
        "daher {outcome}. Prüfen Sie Datum und Uhrzeit dieses Computers.",
        "Le serveur {host} a présenté un certificat TLS qui n’est pas encore valide, donc "
        "{outcome}. Vérifiez la date et l’heure de cet ordinateur.",
        "El servidor {host} presentó un certificado TLS que aún no es válido, así que "
        "{outcome}. Compruebe la fecha y la hora de este equipo.",
    ),
    "The server at {host} presented a self-signed TLS certificate, which cannot be verified, "
    "so {outcome}. {ask}": (
        "Der Server unter {host} hat ein selbstsigniertes TLS-Zertifikat vorgelegt, das sich "
        "nicht prüfen lässt, daher {outcome}. {ask}",
        "Le serveur {host} a présenté un certificat TLS autosigné, impossible à vérifier, donc "
        "{outcome}. {ask}",
        "El servidor {host} presentó un certificado TLS autofirmado, que no se puede "
        "verificar, así que {outcome}. {ask}",
    ),
    "The server at {host} presented a TLS certificate from an authority this computer does "
    "not trust, so {outcome}. {ask}": (
        "Der Server unter {host} hat ein TLS-Zertifikat einer Stelle vorgelegt, der dieser "
        "Computer nicht vertraut, daher {outcome}. {ask}",
        "Le serveur {host} a présenté un certificat TLS d’une autorité à laquelle cet "
        "ordinateur ne fait pas confiance, donc {outcome}. {ask}",
        "El servidor {host} presentó un certificado TLS de una autoridad en la que este equipo "
        "no confía, así que {outcome}. {ask}",
    ),
    "The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}": (
        "Das TLS-Zertifikat von {host} konnte nicht geprüft werden ({detail}), daher "
        "{outcome}. {ask}",
        "Le certificat TLS de {host} n’a pas pu être vérifié ({detail}), donc {outcome}. {ask}",
        "No se pudo verificar el certificado TLS de {host} ({detail}), así que {outcome}. {ask}",
    ),
    "{problem} Backfill never turns certificate verification off.": (
        "{problem} Backfill schaltet die Zertifikatsprüfung nie ab.",
        "{problem} Backfill ne désactive jamais la vérification des certificats.",
        "{problem} Backfill nunca desactiva la verificación de certificados.",
    ),
    "{route}: the proxy could not connect to {host} ({detail}). Check the proxy setting or "
    "ask IT. Nothing was sent.": (
        "{route}: Der Proxy konnte keine Verbindung zu {host} herstellen ({detail}). Prüfen Sie "
        "die Proxy-Einstellung oder fragen Sie die IT. Es wurde nichts gesendet.",
        "{route} : le proxy n’a pas pu se connecter à {host} ({detail}). Vérifiez le réglage du "
        "proxy ou demandez au service informatique. Rien n’a été envoyé.",
        "{route}: el proxy no pudo conectarse a {host} ({detail}). Compruebe la configuración "
        "del proxy o consulte al departamento de TI. No se envió nada.",
    ),
    "Through a proxy": ("Über einen Proxy", "Via un proxy", "A través de un proxy"),
    "Through the proxy {proxy} (from {source})": (
        "Über den Proxy {proxy} (aus {source})",
        "Via le proxy {proxy} (de {source})",
        "A través del proxy {proxy} (de {source})",
    ),
    "A secure connection to {host} could not be set up ({detail}). Nothing was sent.": (
        "Eine sichere Verbindung zu {host} konnte nicht aufgebaut werden ({detail}). Es wurde "
        "nichts gesendet.",
        "Impossible d’établir une connexion sécurisée avec {host} ({detail}). Rien n’a été "
        "envoyé.",
        "No se pudo establecer una conexión segura con {host} ({detail}). No se envió nada.",
    ),
    "{host} did not answer in time. Check the address and your network.": (
        "{host} hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihr Netzwerk.",
        "{host} n’a pas répondu à temps. Vérifiez l’adresse et votre réseau.",
        "{host} no respondió a tiempo. Compruebe la dirección y su red.",
    ),
    "The host name in {url} could not be found. Check the base URL.": (
        "Der Hostname in {url} wurde nicht gefunden. Prüfen Sie die Basis-URL.",
        "Le nom d’hôte de {url} est introuvable. Vérifiez l’URL de base.",
        "No se encontró el nombre de host de {url}. Compruebe la URL base.",
    ),
    "{host} refused the connection. Check the base URL (and that the server runs).": (
        "{host} hat die Verbindung abgelehnt. Prüfen Sie die Basis-URL (und ob der Server "
        "läuft).",
        "{host} a refusé la connexion. Vérifiez l’URL de base (et que le serveur tourne).",
        "{host} rechazó la conexión. Compruebe la URL base (y que el servidor esté en marcha).",
    ),
    "{host} could not be reached ({reason}). Nothing was sent.": (
        "{host} war nicht erreichbar ({reason}). Es wurde nichts gesendet.",
        "{host} est injoignable ({reason}). Rien n’a été envoyé.",
        "No se pudo acceder a {host} ({reason}). No se envió nada.",
    ),
    "The server at {host} did not answer HTTPS. Check the address: does it start with "
    "http:// instead? Nothing was sent.": (
        "Der Server unter {host} hat nicht per HTTPS geantwortet. Prüfen Sie die Adresse: "
        "Beginnt sie stattdessen mit http://? Es wurde nichts gesendet.",
        "Le serveur {host} n’a pas répondu en HTTPS. Vérifiez l’adresse : commence-t-elle "
        "plutôt par http:// ? Rien n’a été envoyé.",
        "El servidor {host} no respondió por HTTPS. Compruebe la dirección: ¿empieza más bien "
        "por http://? No se envió nada.",
    ),
    "{source} is set to '{proxy}', which is not a proxy address Backfill can use (expected "
    "e.g. http://proxy.example.com:3128). Fix or unset it.": (
        "{source} ist auf „{proxy}“ gesetzt, keine Proxy-Adresse, die Backfill nutzen kann "
        "(erwartet z. B. http://proxy.example.com:3128). Korrigieren oder entfernen Sie sie.",
        "{source} vaut « {proxy} », qui n’est pas une adresse de proxy utilisable par Backfill "
        "(attendu p. ex. http://proxy.example.com:3128). Corrigez-la ou supprimez-la.",
        "{source} vale «{proxy}», que no es una dirección de proxy que Backfill pueda usar "
        "(se espera p. ej. http://proxy.example.com:3128). Corríjala o elimínela.",
    ),
    "{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. Use an "
    "HTTP proxy address, or unset it.": (
        "{source} nennt einen SOCKS-Proxy ({proxy}), den diese Backfill-Version nicht nutzen "
        "kann. Verwenden Sie eine HTTP-Proxy-Adresse oder entfernen Sie die Angabe.",
        "{source} désigne un proxy SOCKS ({proxy}), que cette version de Backfill ne peut pas "
        "utiliser. Utilisez une adresse de proxy HTTP, ou supprimez-la.",
        "{source} indica un proxy SOCKS ({proxy}), que esta versión de Backfill no puede usar. "
        "Use una dirección de proxy HTTP o elimínela.",
    ),
    # -- the base-URL policy and profile refusals (app/core/urls.py, profiles.py) -------------
    "The base URL is empty.": (
        "Die Basis-URL ist leer.",
        "L’URL de base est vide.",
        "La URL base está vacía.",
    ),
    "'{url}' is not a web address. Use the API's base URL, e.g. https://api.example.com.": (
        "„{url}“ ist keine Webadresse. Verwenden Sie die Basis-URL der API, z. B. "
        "https://api.example.com.",
        "« {url} » n’est pas une adresse web. Utilisez l’URL de base de l’API, p. ex. "
        "https://api.example.com.",
        "«{url}» no es una dirección web. Use la URL base de la API, p. ej. "
        "https://api.example.com.",
    ),
    "The base URL must not contain a user name or password; the API key is entered "
    "separately.": (
        "Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; der API-Schlüssel "
        "wird getrennt eingegeben.",
        "L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe ; la clé d’API se "
        "saisit à part.",
        "La URL base no debe contener un nombre de usuario ni una contraseña; la clave de API se "
        "introduce aparte.",
    ),
    "'{url}' has an invalid port.": (
        "„{url}“ hat einen ungültigen Port.",
        "« {url} » a un port non valide.",
        "«{url}» tiene un puerto no válido.",
    ),
    "'{url}' has no host name.": (
        "„{url}“ hat keinen Hostnamen.",
        "« {url} » n’a pas de nom d’hôte.",
        "«{url}» no tiene nombre de host.",
    ),
    "The base URL must not contain '?' or '#' parts.": (
        "Die Basis-URL darf keine Teile mit „?“ oder „#“ enthalten.",
        "L’URL de base ne doit pas contenir de parties « ? » ou « # ».",
        "La URL base no debe contener partes con «?» ni «#».",
    ),
    "Refusing plain http:// to {host}: the name does not resolve to this computer only, so "
    "the API key could leave it unencrypted. Use http://127.0.0.1 (or https://).": (
        "Unverschlüsseltes http:// zu {host} wird abgelehnt: Der Name verweist nicht nur auf "
        "diesen Computer, der API-Schlüssel könnte ihn also unverschlüsselt verlassen. "
        "Verwenden Sie http://127.0.0.1 (oder https://).",
        "http:// non chiffré vers {host} refusé : le nom ne désigne pas uniquement cet "
        "ordinateur, la clé d’API pourrait donc le quitter en clair. Utilisez http://127.0.0.1 "
        "(ou https://).",
        "Se rechaza http:// sin cifrar a {host}: el nombre no apunta solo a este equipo, así "
        "que la clave de API podría salir de él sin cifrar. Use http://127.0.0.1 (o https://).",
    ),
    "Refusing plain http:// to {host}: the API key would be sent unencrypted. Use https:// "
    "(plain http is allowed only to this computer, e.g. the sandbox).": (
        "Unverschlüsseltes http:// zu {host} wird abgelehnt: Der API-Schlüssel würde "
        "unverschlüsselt gesendet. Verwenden Sie https:// (http ist nur zu diesem Computer "
        "erlaubt, z. B. zur Sandbox).",
        "http:// non chiffré vers {host} refusé : la clé d’API serait envoyée en clair. "
        "Utilisez https:// (http n’est permis que vers cet ordinateur, p. ex. le sandbox).",
        "Se rechaza http:// sin cifrar a {host}: la clave de API se enviaría sin cifrar. Use "
        "https:// (http solo se permite hacia este equipo, p. ej. el sandbox).",
    ),
    "'{name}' is a built-in profile; choose another name.": (
        "„{name}“ ist ein eingebautes Profil; wählen Sie einen anderen Namen.",
        "« {name} » est un profil intégré ; choisissez un autre nom.",
        "«{name}» es un perfil integrado; elija otro nombre.",
    ),
    "There is no profile called '{name}'.": (
        "Es gibt kein Profil namens „{name}“.",
        "Il n’existe aucun profil nommé « {name} ».",
        "No existe ningún perfil llamado «{name}».",
    ),
    "A profile needs a name.": (
        "Ein Profil braucht einen Namen.",
        "Un profil doit avoir un nom.",
        "Un perfil necesita un nombre.",
    ),
    "Unknown destination '{id}'.": (
        "Unbekanntes Ziel „{id}“.",
        "Destination inconnue « {id} ».",
        "Destino desconocido «{id}».",
    ),
    "Unknown profile kind '{kind}'.": (
        "Unbekannte Profilart „{kind}“.",
        "Type de profil inconnu « {kind} ».",
        "Tipo de perfil desconocido «{kind}».",
    ),
    "The profiles file {path} is damaged (not valid JSON), so saved profiles are not shown. "
    "Fix or remove that file; saving a profile is refused until then.": (
        "Die Profildatei {path} ist beschädigt (kein gültiges JSON), daher werden gespeicherte "
        "Profile nicht angezeigt. Korrigieren oder entfernen Sie die Datei; bis dahin kann kein "
        "Profil gespeichert werden.",
        "Le fichier des profils {path} est endommagé (JSON non valide), les profils enregistrés "
        "ne sont donc pas affichés. Corrigez ou supprimez ce fichier ; d’ici là, aucun profil "
        "ne peut être enregistré.",
        "El archivo de perfiles {path} está dañado (JSON no válido), así que no se muestran los "
        "perfiles guardados. Corrija o elimine ese archivo; hasta entonces no se puede guardar "
        "ningún perfil.",
    ),
}
# The loud kind before a profile's name (the profile badge, the production confirmation).
WORDS["{kind} — {name}"] = ("{kind} – {name}", "{kind} – {name}", "{kind} – {name}")
