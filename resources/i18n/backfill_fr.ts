<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Imports spreadsheets of users and events into product-analytics ingestion APIs.</source>
      <translation>Importe des tableurs d’utilisateurs et d’événements dans les API d’ingestion d’analyse produit.</translation>
    </message>
    <message>
      <source>Licensed under the {licence} licence.</source>
      <translation>Distribué sous licence {licence}.</translation>
    </message>
    <message numerus="yes">
      <source>Backfill ships with these %Ln open-source libraries (and the Python runtime, PSF-2.0):</source>
      <translation>
        <numerusform>Backfill est livré avec cette %Ln bibliothèque libre (et l’environnement Python, PSF-2.0) :</numerusform>
        <numerusform>Backfill est livré avec ces %Ln bibliothèques libres (et l’environnement Python, PSF-2.0) :</numerusform>
      </translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Copier les détails</translation>
    </message>
    <message>
      <source>Copy the versions and licences, e.g. for a support ticket</source>
      <translation>Copier les versions et les licences, par exemple pour une demande d’assistance</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>{table}: column names</source>
      <translation>{table} : noms des colonnes</translation>
    </message>
    <message>
      <source>{table}: row numbers</source>
      <translation>{table} : numéros de ligne</translation>
    </message>
  </context>
  <context>
    <name>CanaryChoice</name>
    <message>
      <source>Send a test batch of</source>
      <translation>Envoyer un lot d’essai de</translation>
    </message>
    <message>
      <source>Rows in the test batch</source>
      <translation>Lignes du lot d’essai</translation>
    </message>
    <message>
      <source>rows first, then ask before sending the rest</source>
      <translation>lignes d’abord, puis demander avant d’envoyer le reste</translation>
    </message>
  </context>
  <context>
    <name>ChunkLog</name>
    <message>
      <source>request {n}</source>
      <translation>requête {n}</translation>
    </message>
    <message>
      <source>users request {n}</source>
      <translation>requête utilisateurs {n}</translation>
    </message>
    <message>
      <source>events request {n}</source>
      <translation>requête événements {n}</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>ligne {n}</translation>
    </message>
    <message>
      <source>rows {first}–{last}</source>
      <translation>lignes {first}–{last}</translation>
    </message>
    <message>
      <source>{n} sent</source>
      <translation>{n} envoyées</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} acceptées</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} rejetées</translation>
    </message>
    <message>
      <source>{n} to retry</source>
      <translation>{n} à renvoyer</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>pas de réponse</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Requêtes envoyées</translation>
    </message>
    <message>
      <source>One line per request: its rows and what the API answered</source>
      <translation>Une ligne par requête : ses lignes et la réponse de l’API</translation>
    </message>
  </context>
  <context>
    <name>ConfirmProductionDialog</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUCTION</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>PRÉPRODUCTION</translation>
    </message>
    <message>
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s) to {destination} at {url} using “{profile}”?</source>
      <translation>
        <numerusform>Envoyer %Ln ligne à {destination} à {url} avec « {profile} » ?</numerusform>
        <numerusform>Envoyer %Ln lignes à {destination} à {url} avec « {profile} » ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send to production?</source>
      <translation>Envoyer en production ?</translation>
    </message>
    <message>
      <source>Send to staging?</source>
      <translation>Envoyer en préproduction ?</translation>
    </message>
    <message>
      <source>These records go to a real API. Accepted rows cannot be taken back from here.</source>
      <translation>Ces enregistrements vont à une vraie API. Les lignes acceptées ne peuvent pas être reprises d’ici.</translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to production</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) en production</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes en production</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to staging</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) en préproduction</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes en préproduction</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to {kind}</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) vers {kind}</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes vers {kind}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s)</source>
      <translation>
        <numerusform>Envoyer %Ln ligne</numerusform>
        <numerusform>Envoyer %Ln lignes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectionWords</name>
    <message>
      <source>nothing was sent</source>
      <translation>rien n’a été envoyé</translation>
    </message>
    <message>
      <source>Backfill stopped sending</source>
      <translation>Backfill a arrêté l’envoi</translation>
    </message>
    <message>
      <source>Check the base URL; if your company inspects HTTPS traffic, ask IT to install its certificate authority.</source>
      <translation>Vérifiez l’URL de base ; si votre entreprise inspecte le trafic HTTPS, demandez au service informatique d’installer son autorité de certification.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate for a different name, so {outcome}. Check the base URL: it may lead to another server than you meant.</source>
      <translation>Le serveur {host} a présenté un certificat TLS établi pour un autre nom, donc {outcome}. Vérifiez l’URL de base : elle mène peut-être à un autre serveur que prévu.</translation>
    </message>
    <message>
      <source>The server at {host} presented an expired TLS certificate, so {outcome}. The API's operator must renew it; if it should still be valid, check this computer's date and time.</source>
      <translation>Le serveur {host} a présenté un certificat TLS expiré, donc {outcome}. L’exploitant de l’API doit le renouveler ; s’il devrait encore être valide, vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate that is not valid yet, so {outcome}. Check this computer's date and time.</source>
      <translation>Le serveur {host} a présenté un certificat TLS qui n’est pas encore valide, donc {outcome}. Vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
      <source>The server at {host} presented a self-signed TLS certificate, which cannot be verified, so {outcome}. {ask}</source>
      <translation>Le serveur {host} a présenté un certificat TLS autosigné, impossible à vérifier, donc {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate from an authority this computer does not trust, so {outcome}. {ask}</source>
      <translation>Le serveur {host} a présenté un certificat TLS d’une autorité à laquelle cet ordinateur ne fait pas confiance, donc {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}</source>
      <translation>Le certificat TLS de {host} n’a pas pu être vérifié ({detail}), donc {outcome}. {ask}</translation>
    </message>
    <message>
      <source>{problem} Backfill never turns certificate verification off.</source>
      <translation>{problem} Backfill ne désactive jamais la vérification des certificats.</translation>
    </message>
    <message>
      <source>{route}: the proxy could not connect to {host} ({detail}). Check the proxy setting or ask IT. Nothing was sent.</source>
      <translation>{route} : le proxy n’a pas pu se connecter à {host} ({detail}). Vérifiez le réglage du proxy ou demandez au service informatique. Rien n’a été envoyé.</translation>
    </message>
    <message>
      <source>Through a proxy</source>
      <translation>Via un proxy</translation>
    </message>
    <message>
      <source>Through the proxy {proxy} (from {source})</source>
      <translation>Via le proxy {proxy} (de {source})</translation>
    </message>
    <message>
      <source>A secure connection to {host} could not be set up ({detail}). Nothing was sent.</source>
      <translation>Impossible d’établir une connexion sécurisée avec {host} ({detail}). Rien n’a été envoyé.</translation>
    </message>
    <message>
      <source>{host} did not answer in time. Check the address and your network.</source>
      <translation>{host} n’a pas répondu à temps. Vérifiez l’adresse et votre réseau.</translation>
    </message>
    <message>
      <source>The host name in {url} could not be found. Check the base URL.</source>
      <translation>Le nom d’hôte de {url} est introuvable. Vérifiez l’URL de base.</translation>
    </message>
    <message>
      <source>{host} refused the connection. Check the base URL (and that the server runs).</source>
      <translation>{host} a refusé la connexion. Vérifiez l’URL de base (et que le serveur tourne).</translation>
    </message>
    <message>
      <source>{host} could not be reached ({reason}). Nothing was sent.</source>
      <translation>{host} est injoignable ({reason}). Rien n’a été envoyé.</translation>
    </message>
    <message>
      <source>The server at {host} did not answer HTTPS. Check the address: does it start with http:// instead? Nothing was sent.</source>
      <translation>Le serveur {host} n’a pas répondu en HTTPS. Vérifiez l’adresse : commence-t-elle plutôt par http:// ? Rien n’a été envoyé.</translation>
    </message>
    <message>
      <source>{source} is set to '{proxy}', which is not a proxy address Backfill can use (expected e.g. http://proxy.example.com:3128). Fix or unset it.</source>
      <translation>{source} vaut « {proxy} », qui n’est pas une adresse de proxy utilisable par Backfill (attendu p. ex. http://proxy.example.com:3128). Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
      <source>{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. Use an HTTP proxy address, or unset it.</source>
      <translation>{source} désigne un proxy SOCKS ({proxy}), que cette version de Backfill ne peut pas utiliser. Utilisez une adresse de proxy HTTP, ou supprimez-la.</translation>
    </message>
    <message>
      <source>The base URL is empty.</source>
      <translation>L’URL de base est vide.</translation>
    </message>
    <message>
      <source>'{url}' is not a web address. Use the API's base URL, e.g. https://api.example.com.</source>
      <translation>« {url} » n’est pas une adresse web. Utilisez l’URL de base de l’API, p. ex. https://api.example.com.</translation>
    </message>
    <message>
      <source>The base URL must not contain a user name or password; the API key is entered separately.</source>
      <translation>L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe ; la clé d’API se saisit à part.</translation>
    </message>
    <message>
      <source>'{url}' has an invalid port.</source>
      <translation>« {url} » a un port non valide.</translation>
    </message>
    <message>
      <source>'{url}' has no host name.</source>
      <translation>« {url} » n’a pas de nom d’hôte.</translation>
    </message>
    <message>
      <source>The base URL must not contain '?' or '#' parts.</source>
      <translation>L’URL de base ne doit pas contenir de parties « ? » ou « # ».</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the name does not resolve to this computer only, so the API key could leave it unencrypted. Use http://127.0.0.1 (or https://).</source>
      <translation>http:// non chiffré vers {host} refusé : le nom ne désigne pas uniquement cet ordinateur, la clé d’API pourrait donc le quitter en clair. Utilisez http://127.0.0.1 (ou https://).</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the API key would be sent unencrypted. Use https:// (plain http is allowed only to this computer, e.g. the sandbox).</source>
      <translation>http:// non chiffré vers {host} refusé : la clé d’API serait envoyée en clair. Utilisez https:// (http n’est permis que vers cet ordinateur, p. ex. le sandbox).</translation>
    </message>
    <message>
      <source>'{name}' is a built-in profile; choose another name.</source>
      <translation>« {name} » est un profil intégré ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>There is no profile called '{name}'.</source>
      <translation>Il n’existe aucun profil nommé « {name} ».</translation>
    </message>
    <message>
      <source>A profile needs a name.</source>
      <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
      <source>Unknown destination '{id}'.</source>
      <translation>Destination inconnue « {id} ».</translation>
    </message>
    <message>
      <source>Unknown profile kind '{kind}'.</source>
      <translation>Type de profil inconnu « {kind} ».</translation>
    </message>
    <message>
      <source>The profiles file {path} is damaged (not valid JSON), so saved profiles are not shown. Fix or remove that file; saving a profile is refused until then.</source>
      <translation>Le fichier des profils {path} est endommagé (JSON non valide), les profils enregistrés ne sont donc pas affichés. Corrigez ou supprimez ce fichier ; d’ici là, aucun profil ne peut être enregistré.</translation>
    </message>
  </context>
  <context>
    <name>CoreWords</name>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
    </message>
    <message>
      <source>User ID</source>
      <translation>ID utilisateur</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Nom de l’événement</translation>
    </message>
    <message>
      <source>Timestamp</source>
      <translation>Horodatage</translation>
    </message>
    <message>
      <source>Distinct ID</source>
      <translation>ID distinct</translation>
    </message>
    <message>
      <source>Your ID for the user; must match the ID used for their events.</source>
      <translation>Votre identifiant de l’utilisateur ; doit correspondre à celui de ses événements.</translation>
    </message>
    <message>
      <source>The user's email address.</source>
      <translation>L’adresse e-mail de l’utilisateur.</translation>
    </message>
    <message>
      <source>The user the event belongs to (same ID as in VibeFollow users).</source>
      <translation>L’utilisateur auquel appartient l’événement (même ID que dans les utilisateurs VibeFollow).</translation>
    </message>
    <message>
      <source>What happened, e.g. user_signed_up (snake_case recommended).</source>
      <translation>Ce qui s’est passé, p. ex. user_signed_up (snake_case recommandé).</translation>
    </message>
    <message>
      <source>When the event happened. Any common date format; stored as ISO 8601 UTC. Leave unmapped to stamp every row with the validation time.</source>
      <translation>Quand l’événement a eu lieu. Tout format de date courant ; stocké en ISO 8601 UTC. Sans association, chaque ligne reçoit l’heure de la vérification.</translation>
    </message>
    <message>
      <source>What happened.</source>
      <translation>Ce qui s’est passé.</translation>
    </message>
    <message>
      <source>The user or device the event belongs to.</source>
      <translation>L’utilisateur ou l’appareil auquel appartient l’événement.</translation>
    </message>
    <message>
      <source>The user the event belongs to.</source>
      <translation>L’utilisateur auquel appartient l’événement.</translation>
    </message>
    <message>
      <source>user ids</source>
      <translation>des ID utilisateur</translation>
    </message>
    <message>
      <source>emails</source>
      <translation>des adresses e-mail</translation>
    </message>
    <message>
      <source>event names</source>
      <translation>des noms d’événements</translation>
    </message>
    <message>
      <source>timestamps</source>
      <translation>des horodatages</translation>
    </message>
    <message>
      <source>distinct ids</source>
      <translation>des ID distincts</translation>
    </message>
    <message>
      <source>Excel serial day numbers</source>
      <translation>des numéros de série de jours Excel</translation>
    </message>
    <message>
      <source>Excel serial day numbers (1904 base)</source>
      <translation>des numéros de série de jours Excel (base 1904)</translation>
    </message>
    <message>
      <source>epoch seconds</source>
      <translation>des secondes epoch</translation>
    </message>
    <message>
      <source>epoch milliseconds</source>
      <translation>des millisecondes epoch</translation>
    </message>
    <message>
      <source>epoch microseconds</source>
      <translation>des microsecondes epoch</translation>
    </message>
    <message>
      <source>Trim spaces</source>
      <translation>Retirer les espaces</translation>
    </message>
    <message>
      <source>Lower-case</source>
      <translation>Minuscules</translation>
    </message>
    <message>
      <source>Squeeze spaces</source>
      <translation>Réduire les espaces</translation>
    </message>
    <message>
      <source>{first} {rest}</source>
      <translation>{first} {rest}</translation>
    </message>
    <message>
      <source>the header '{header}' is the field's name</source>
      <translation>l’en-tête « {header} » est le nom du champ</translation>
    </message>
    <message>
      <source>'{header}' is a common name for {field}</source>
      <translation>« {header} » est un nom courant pour {field}</translation>
    </message>
    <message>
      <source>'{header}' looks like {field}</source>
      <translation>« {header} » ressemble à {field}</translation>
    </message>
    <message>
      <source>the values in '{header}' look like {things}</source>
      <translation>les valeurs de « {header} » ressemblent à {things}</translation>
    </message>
    <message>
      <source>{reason}, but few values look like {things}</source>
      <translation>{reason}, mais peu de valeurs ressemblent à {things}</translation>
    </message>
    <message>
      <source>{reason}, but {doubt}</source>
      <translation>{reason}, mais {doubt}</translation>
    </message>
    <message>
      <source>no matching column</source>
      <translation>aucune colonne correspondante</translation>
    </message>
    <message>
      <source>its values are e-mail addresses, not event names</source>
      <translation>ses valeurs sont des adresses e-mail, pas des noms d’événements</translation>
    </message>
    <message>
      <source>its values look like people's names, not event names</source>
      <translation>ses valeurs ressemblent à des noms de personnes, pas à des noms d’événements</translation>
    </message>
    <message>
      <source>almost every value is different, unlike event names</source>
      <translation>presque chaque valeur est différente, contrairement aux noms d’événements</translation>
    </message>
    <message>
      <source>the file lists people, not things they did</source>
      <translation>le fichier liste des personnes, pas ce qu’elles ont fait</translation>
    </message>
    <message>
      <source>the file lists people, so these dates are likely about the person, not an event</source>
      <translation>le fichier liste des personnes, ces dates concernent donc sans doute la personne, pas un événement</translation>
    </message>
    <message>
      <source>day-first (DD/MM)</source>
      <translation>jour d’abord (JJ/MM)</translation>
    </message>
    <message>
      <source>month-first (MM/DD)</source>
      <translation>mois d’abord (MM/JJ)</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; reading them {order}. Switch if that is wrong.</source>
      <translation>Chaque date de « {column} » pourrait commencer par le jour ou le mois ; lecture {order}. Changez si c’est faux.</translation>
    </message>
    <message>
      <source>Dates in '{column}' are read {order}.</source>
      <translation>Les dates de « {column} » sont lues {order}.</translation>
    </message>
    <message>
      <source>'{value}' is not a date either way; Review lists such rows.</source>
      <translation>« {value} » n’est une date dans aucun sens ; « Vérifier » liste ces lignes.</translation>
    </message>
    <message>
      <source>the column '{column}' names what happened</source>
      <translation>la colonne « {column} » nomme ce qui s’est passé</translation>
    </message>
    <message>
      <source>the same values in '{ids}' come back on many rows, each with a '{times}'</source>
      <translation>les mêmes valeurs de « {ids} » reviennent sur de nombreuses lignes, chacune avec « {times} »</translation>
    </message>
    <message>
      <source>'{column}' holds e-mail addresses</source>
      <translation>« {column} » contient des adresses e-mail</translation>
    </message>
    <message>
      <source>'{column}' describes a person</source>
      <translation>« {column} » décrit une personne</translation>
    </message>
    <message>
      <source>each row has its own '{ids}' and {about}: one row per person</source>
      <translation>chaque ligne a son propre « {ids} » et {about} : une ligne par personne</translation>
    </message>
    <message>
      <source>each row has its own e-mail address in '{column}'</source>
      <translation>chaque ligne a sa propre adresse e-mail dans « {column} »</translation>
    </message>
    <message>
      <source>the columns do not say whether the rows are people or events</source>
      <translation>les colonnes ne disent pas si les lignes sont des personnes ou des événements</translation>
    </message>
    <message>
      <source>renamed: {pairs}</source>
      <translation>renommées : {pairs}</translation>
    </message>
    <message>
      <source>{missing}; {renamed}</source>
      <translation>{missing} ; {renamed}</translation>
    </message>
    <message>
      <source>all columns found</source>
      <translation>toutes les colonnes trouvées</translation>
    </message>
    <message>
      <source>Template '{name}' expects the column {names}, not found in this file.</source>
      <translation>Le modèle « {name} » attend la colonne {names}, absente de ce fichier.</translation>
    </message>
    <message>
      <source>Template '{name}' expects the columns {names}, not found in this file.</source>
      <translation>Le modèle « {name} » attend les colonnes {names}, absentes de ce fichier.</translation>
    </message>
    <message>
      <source>{fields} has no column now.</source>
      <translation>{fields} n’a plus de colonne.</translation>
    </message>
    <message>
      <source>{fields} have no column now.</source>
      <translation>{fields} n’ont plus de colonne.</translation>
    </message>
    <message>
      <source>Renamed? Backfill proposes {pairs}.</source>
      <translation>Renommées ? Backfill propose {pairs}.</translation>
    </message>
    <message>
      <source>Taken as renamed: {pairs}.</source>
      <translation>Considérées comme renommées : {pairs}.</translation>
    </message>
    <message>
      <source>'{column}' holds {unit} (read as such); choose another unit in the mapping if that is wrong.</source>
      <translation>« {column} » contient {unit} (lus comme tels) ; choisissez une autre unité dans l’association si c’est faux.</translation>
    </message>
    <message>
      <source>'{column}' mixes numbers of different sizes; each was read by its size (Excel serial days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if they are all of one kind.</source>
      <translation>« {column} » mélange des nombres de tailles différentes ; chacun a été lu selon sa taille (jours Excel, secondes, millisecondes ou microsecondes epoch). Choisissez une unité dans l’association s’ils sont tous du même type.</translation>
    </message>
    <message numerus="yes">
      <source>%n column(s) missing: {names}</source>
      <translation>
        <numerusform>%n colonne manquante : {names}</numerusform>
        <numerusform>%n colonnes manquantes : {names}</numerusform>
      </translation>
    </message>
    <message>
      <source>user id</source>
      <translation>ID utilisateur</translation>
    </message>
    <message>
      <source>email</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>event name</source>
      <translation>nom de l’événement</translation>
    </message>
    <message>
      <source>timestamp</source>
      <translation>horodatage</translation>
    </message>
    <message>
      <source>distinct id</source>
      <translation>ID distinct</translation>
    </message>
    <message>
      <source>Read dates day-first</source>
      <translation>Lire les dates jour d’abord</translation>
    </message>
    <message>
      <source>Read dates month-first</source>
      <translation>Lire les dates mois d’abord</translation>
    </message>
    <message>
      <source>Read as Excel serial days</source>
      <translation>Lire comme jours de série Excel</translation>
    </message>
    <message>
      <source>Read as Excel serial days (1904 base)</source>
      <translation>Lire comme jours de série Excel (base 1904)</translation>
    </message>
    <message>
      <source>Read as seconds</source>
      <translation>Lire comme secondes</translation>
    </message>
    <message>
      <source>Read as milliseconds</source>
      <translation>Lire comme millisecondes</translation>
    </message>
    <message>
      <source>Read as microseconds</source>
      <translation>Lire comme microsecondes</translation>
    </message>
    <message>
      <source>read as Excel serial days</source>
      <translation>lu comme jours de série Excel</translation>
    </message>
    <message>
      <source>read as Excel serial days (1904 base)</source>
      <translation>lu comme jours de série Excel (base 1904)</translation>
    </message>
    <message>
      <source>read as seconds</source>
      <translation>lu comme secondes</translation>
    </message>
    <message>
      <source>read as milliseconds</source>
      <translation>lu comme millisecondes</translation>
    </message>
    <message>
      <source>read as microseconds</source>
      <translation>lu comme microsecondes</translation>
    </message>
    <message>
      <source>day-first</source>
      <translation>jour d’abord</translation>
    </message>
    <message>
      <source>month-first</source>
      <translation>mois d’abord</translation>
    </message>
    <message>
      <source>{label} is empty</source>
      <translation>{label} est vide</translation>
    </message>
    <message>
      <source>{label} holds only spaces</source>
      <translation>{label} ne contient que des espaces</translation>
    </message>
    <message>
      <source>{label} has spaces around it</source>
      <translation>{label} a des espaces autour</translation>
    </message>
    <message>
      <source>{label} is not a valid address</source>
      <translation>{label} n’est pas une adresse valide</translation>
    </message>
    <message>
      <source>{label} has capital letters (the same person may exist in lower case)</source>
      <translation>{label} contient des majuscules (la même personne peut exister en minuscules)</translation>
    </message>
    <message>
      <source>{label} has capital letters</source>
      <translation>{label} contient des majuscules</translation>
    </message>
    <message>
      <source>{label} has spaces around it (sent as is, so it may not match)</source>
      <translation>{label} a des espaces autour (envoyé tel quel, il risque de ne pas correspondre)</translation>
    </message>
    <message>
      <source>'{column}' {problem}</source>
      <translation>« {column} » {problem}</translation>
    </message>
    <message>
      <source>is not a number</source>
      <translation>n’est pas un nombre</translation>
    </message>
    <message>
      <source>is not true/false (or yes/no)</source>
      <translation>n’est pas true/false (ou yes/no)</translation>
    </message>
    <message>
      <source>is not valid JSON</source>
      <translation>n’est pas du JSON valide</translation>
    </message>
    <message>
      <source>the row is larger than {size} KB</source>
      <translation>la ligne dépasse {size} Ko</translation>
    </message>
    <message>
      <source>The row is larger than {size} KB once sent; leave some long columns out</source>
      <translation>Une fois envoyée, la ligne dépasse {size} Ko ; laissez de côté quelques longues colonnes</translation>
    </message>
    <message>
      <source>{label} is empty; the validation time is used</source>
      <translation>{label} est vide ; l’heure de la vérification est utilisée</translation>
    </message>
    <message>
      <source>{label} is empty; {time} (validation time) will be sent</source>
      <translation>{label} est vide ; {time} (heure de la vérification) sera envoyé</translation>
    </message>
    <message>
      <source>{problem} ({fix}?)</source>
      <translation>{problem} ({fix} ?)</translation>
    </message>
    <message>
      <source>{label} only reads as a date the other way round ({order})</source>
      <translation>{label} ne se lit comme une date que dans l’autre sens ({order})</translation>
    </message>
    <message>
      <source>{label} is a time the clocks skipped in {zone} (daylight saving starts)</source>
      <translation>{label} est une heure sautée à {zone} (passage à l’heure d’été)</translation>
    </message>
    <message>
      <source>{label} is not a date/time Backfill can read</source>
      <translation>{label} n’est pas une date/heure que Backfill sait lire</translation>
    </message>
    <message>
      <source>{label} is in the future</source>
      <translation>{label} est dans le futur</translation>
    </message>
    <message>
      <source>{label} is before {year}</source>
      <translation>{label} est antérieur à {year}</translation>
    </message>
    <message>
      <source>{label} is before {year} — check the date format</source>
      <translation>{label} est antérieur à {year} – vérifiez le format de date</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone} (clocks went back); the first (summer time) was taken</source>
      <translation>{label} a eu lieu deux fois à {zone} (retour à l’heure d’hiver) ; la première (heure d’été) a été retenue</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone}; read as the first (summer time)</source>
      <translation>{label} a eu lieu deux fois à {zone} ; lu comme la première (heure d’été)</translation>
    </message>
    <message>
      <source>{label} is far outside the file's other dates ({first} to {last})</source>
      <translation>{label} est très loin des autres dates du fichier ({first} au {last})</translation>
    </message>
    <message>
      <source>{label}: {reason}</source>
      <translation>{label} : {reason}</translation>
    </message>
    <message>
      <source>hour does not fit AM/PM</source>
      <translation>l’heure ne correspond pas à AM/PM</translation>
    </message>
    <message>
      <source>not a date when read day-first</source>
      <translation>pas une date lue jour d’abord</translation>
    </message>
    <message>
      <source>not a date when read month-first</source>
      <translation>pas une date lue mois d’abord</translation>
    </message>
    <message>
      <source>number is not a date (not an Excel date or epoch time)</source>
      <translation>le nombre n’est pas une date (ni date Excel ni temps epoch)</translation>
    </message>
    <message>
      <source>no such date or time</source>
      <translation>cette date ou heure n’existe pas</translation>
    </message>
    <message>
      <source>not a date or time Backfill can read</source>
      <translation>ni une date ni une heure que Backfill sait lire</translation>
    </message>
    <message>
      <source>no such time in {zone}: the clocks went forward over it</source>
      <translation>cette heure n’existe pas à {zone} : les horloges ont avancé par-dessus</translation>
    </message>
    <message>
      <source>Invalid row</source>
      <translation>Ligne non valide</translation>
    </message>
    <message>
      <source>Left out by the operator on the Review step</source>
      <translation>Laissée de côté à l’étape « Vérifier »</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; they were read day-first. Choose the date order in the mapping if that is wrong.</source>
      <translation>Chaque date de « {column} » pourrait commencer par le jour ou le mois ; elles ont été lues jour d’abord. Choisissez l’ordre des dates dans l’association si c’est faux.</translation>
    </message>
    <message numerus="yes">
      <source>%n event repeats an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n événement reprend l’utilisateur et le nom d’une ligne précédente. Sans colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde qu’un ; associez une colonne d’horodatage pour tous les garder.</numerusform>
        <numerusform>%n événements reprennent l’utilisateur et le nom d’une ligne précédente. Sans colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde qu’un de chaque ; associez une colonne d’horodatage pour tous les garder.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n events repeat an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n événement reprend l’utilisateur et le nom d’une ligne précédente. Sans colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde qu’un ; associez une colonne d’horodatage pour tous les garder.</numerusform>
        <numerusform>%n événements reprennent l’utilisateur et le nom d’une ligne précédente. Sans colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde qu’un de chaque ; associez une colonne d’horodatage pour tous les garder.</numerusform>
      </translation>
    </message>
    <message>
      <source>same {what} as an earlier row — {effect}</source>
      <translation>même valeur pour {what} qu’une ligne précédente – {effect}</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <source>values in every column</source>
      <translation>toutes les colonnes</translation>
    </message>
    <message>
      <source>the later row updates the same user</source>
      <translation>la ligne suivante met à jour le même utilisateur</translation>
    </message>
    <message>
      <source>VibeFollow keeps only one event per user, name and time</source>
      <translation>VibeFollow ne garde qu’un événement par utilisateur, nom et heure</translation>
    </message>
    <message>
      <source>Ours Privacy would store the event twice</source>
      <translation>Ours Privacy enregistrerait l’événement deux fois</translation>
    </message>
    <message>
      <source>FloKit would store the event twice</source>
      <translation>FloKit enregistrerait l’événement deux fois</translation>
    </message>
    <message>
      <source>The destination could not take the row just then (its queue was unavailable), so it was not stored. Send the failed rows again later.</source>
      <translation>La destination n’a pas pu prendre la ligne à ce moment-là (sa file d’attente était indisponible) : elle n’a pas été enregistrée. Renvoyez les lignes en échec plus tard.</translation>
    </message>
    <message>
      <source>The destination was too busy to take the row. Send it again later.</source>
      <translation>La destination était trop occupée pour prendre la ligne. Renvoyez-la plus tard.</translation>
    </message>
    <message>
      <source>The destination asked Backfill to slow down and the row was not stored.</source>
      <translation>La destination a demandé à Backfill de ralentir et la ligne n’a pas été enregistrée.</translation>
    </message>
    <message>
      <source>Refused by the destination ({code})</source>
      <translation>Refusé par la destination ({code})</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <source>Row {row}, {column}: {problem}</source>
      <translation>Ligne {row}, {column} : {problem}</translation>
    </message>
    <message>
      <source>“{text}” is sent as “{sent}” (value map on the Map step)</source>
      <translation>« {text} » est envoyé comme « {sent} » (correspondance de valeurs à l’étape « Associer »)</translation>
    </message>
    <message>
      <source>Row {row} (excluded from the upload)</source>
      <translation>Ligne {row} (exclue de l’envoi)</translation>
    </message>
    <message>
      <source>Row {row}</source>
      <translation>Ligne {row}</translation>
    </message>
  </context>
  <context>
    <name>Destinations</name>
    <message>
      <source>VibeFollow users</source>
      <translation>Utilisateurs VibeFollow</translation>
    </message>
    <message>
      <source>VibeFollow events</source>
      <translation>Événements VibeFollow</translation>
    </message>
    <message>
      <source>Ours Privacy events</source>
      <translation>Événements Ours Privacy</translation>
    </message>
    <message>
      <source>FloKit events</source>
      <translation>Événements FloKit</translation>
    </message>
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Sandbox – {destination}</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Drop a spreadsheet here, or {link}</source>
      <translation>Déposez un tableur ici, ou {link}</translation>
    </message>
    <message>
      <source>New here? Try a sample: {samples}</source>
      <translation>Première visite ? Essayez un exemple : {samples}</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <source>Type the path of a spreadsheet, then Enter</source>
      <translation>Saisissez le chemin d’un tableur, puis Entrée</translation>
    </message>
    <message>
      <source>or type its path here and press Enter</source>
      <translation>ou saisissez son chemin ici et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>File &amp;name</source>
      <translation>&amp;Nom du fichier</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Load the file named in the field</source>
      <translation>Charger le fichier nommé dans le champ</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Choose a file in the Open dialog (Ctrl+O)</source>
      <translation>Choisir un fichier dans la boîte de dialogue Ouvrir (Ctrl+O)</translation>
    </message>
  </context>
  <context>
    <name>DuplicateWarning</name>
    <message>
      <source>Send them again</source>
      <translation>Les renvoyer</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination on {day} — send them again?</source>
      <translation>{n} de ces {total} lignes ont déjà été acceptées par cette destination le {day} – les renvoyer ?</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination before — send them again?</source>
      <translation>{n} de ces {total} lignes ont déjà été acceptées par cette destination – les renvoyer ?</translation>
    </message>
    <message>
      <source>The API may store them twice. Tick “Send them again” only if that is intended.</source>
      <translation>L’API risque de les enregistrer deux fois. Cochez « Les renvoyer » seulement si c’est voulu.</translation>
    </message>
  </context>
  <context>
    <name>EventPartPanel</name>
    <message>
      <source>Then-event</source>
      <translation>Événement associé</translation>
    </message>
    <message>
      <source>Problems of the then-event</source>
      <translation>Problèmes de l’événement associé</translation>
    </message>
    <message>
      <source>Then-event rule</source>
      <translation>Règle de l’événement associé</translation>
    </message>
    <message>
      <source>Then-event ({name}): {rows} checked, {invalid} invalid</source>
      <translation>Événement associé ({name}) : {rows} vérifiées, {invalid} non valides</translation>
    </message>
    <message>
      <source>A row whose event is invalid still sends its user; only its event is kept back and listed in the report.</source>
      <translation>Une ligne dont l’événement n’est pas valide envoie quand même son utilisateur ; seul son événement est retenu et listé dans le rapport.</translation>
    </message>
    <message>
      <source>Then-event: not checked</source>
      <translation>Événement associé : non vérifié</translation>
    </message>
    <message>
      <source>Warning – these events are still sent</source>
      <translation>Avertissement – ces événements sont quand même envoyés</translation>
    </message>
    <message>
      <source>Event not sent</source>
      <translation>Événement non envoyé</translation>
    </message>
    <message>
      <source>Event: {problem}</source>
      <translation>Événement : {problem}</translation>
    </message>
    <message>
      <source>Event note: {note}</source>
      <translation>Note sur l’événement : {note}</translation>
    </message>
    <message>
      <source>No event time column: every event is stamped {time}.</source>
      <translation>Aucune colonne d’heure d’événement : chaque événement est daté de {time}.</translation>
    </message>
  </context>
  <context>
    <name>ExtrasCard</name>
    <message>
      <source>Traits</source>
      <translation>Caractéristiques</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Autres colonnes</translation>
    </message>
    <message>
      <source>Send other columns along</source>
      <translation>Envoyer aussi les autres colonnes</translation>
    </message>
    <message>
      <source>Leave other columns out</source>
      <translation>Laisser de côté les autres colonnes</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>Non importé</translation>
    </message>
    <message>
      <source>{columns} → {key} (snake_case keys)</source>
      <translation>{columns} → {key} (clés en snake_case)</translation>
    </message>
    <message>
      <source>Sent as numbers: {changes}</source>
      <translation>Envoyé en nombres : {changes}</translation>
    </message>
    <message>
      <source>No other columns are sent as {key}.</source>
      <translation>Aucune autre colonne n’est envoyée comme {key}.</translation>
    </message>
    <message>
      <source>Nothing — every column is used.</source>
      <translation>Rien – chaque colonne est utilisée.</translation>
    </message>
    <message numerus="yes">
      <source>{listed} … and {rest} more (%Ln column(s))</source>
      <translation>
        <numerusform>{listed} … et {rest} de plus (%Ln colonne)</numerusform>
        <numerusform>{listed} … et {rest} de plus (%Ln colonnes)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExtrasDialog</name>
    <message>
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <source>number</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>vrai/faux</translation>
    </message>
    <message>
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <source>Other columns → {key}</source>
      <translation>Autres colonnes → {key}</translation>
    </message>
    <message>
      <source>Ticked columns are sent with each record as {key}. Untick a column to leave it out; change the key or the kind of value if needed.</source>
      <translation>Les colonnes cochées sont envoyées avec chaque enregistrement comme {key}. Décochez une colonne pour la laisser de côté ; changez la clé ou le type de valeur si besoin.</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Colonne de votre fichier</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Envoyé comme</translation>
    </message>
    <message>
      <source>Kind of value</source>
      <translation>Type de valeur</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Autres colonnes</translation>
    </message>
    <message>
      <source>Kind of value for {column}</source>
      <translation>Type de valeur pour {column}</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <source>exact</source>
      <translation>exacte</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>probable</translation>
    </message>
    <message>
      <source>guess</source>
      <translation>supposé</translation>
    </message>
    <message>
      <source>no match</source>
      <translation>aucune correspondance</translation>
    </message>
    <message>
      <source>your choice</source>
      <translation>votre choix</translation>
    </message>
    <message>
      <source>from template</source>
      <translation>du modèle</translation>
    </message>
    <message>
      <source>Numbers: detect</source>
      <translation>Nombres : détecter</translation>
    </message>
    <message>
      <source>Excel date numbers</source>
      <translation>Dates Excel en nombres</translation>
    </message>
    <message>
      <source>Excel date numbers (1904 base)</source>
      <translation>Dates Excel en nombres (base 1904)</translation>
    </message>
    <message>
      <source>Unix time (seconds)</source>
      <translation>Temps Unix (secondes)</translation>
    </message>
    <message>
      <source>Unix time (milliseconds)</source>
      <translation>Temps Unix (millisecondes)</translation>
    </message>
    <message>
      <source>Unix time (microseconds)</source>
      <translation>Temps Unix (microsecondes)</translation>
    </message>
    <message>
      <source>Column for {field}</source>
      <translation>Colonne pour {field}</translation>
    </message>
    <message>
      <source>Value for {field} in every row</source>
      <translation>Valeur de {field} pour chaque ligne</translation>
    </message>
    <message>
      <source>Value for every row</source>
      <translation>Valeur pour chaque ligne</translation>
    </message>
    <message>
      <source>Date order of {field}</source>
      <translation>Ordre des dates de {field}</translation>
    </message>
    <message>
      <source>Dates: detect order</source>
      <translation>Dates : détecter l’ordre</translation>
    </message>
    <message>
      <source>Day first (31/12)</source>
      <translation>Jour d’abord (31/12)</translation>
    </message>
    <message>
      <source>Month first (12/31)</source>
      <translation>Mois d’abord (12/31)</translation>
    </message>
    <message>
      <source>How to read dates like 04/03/2024</source>
      <translation>Comment lire des dates comme 04/03/2024</translation>
    </message>
    <message>
      <source>Time zone of {field}</source>
      <translation>Fuseau horaire de {field}</translation>
    </message>
    <message>
      <source>Time zone of times written without one</source>
      <translation>Fuseau horaire des heures écrites sans fuseau</translation>
    </message>
    <message>
      <source>How {field} numbers are read</source>
      <translation>Comment les nombres de {field} sont lus</translation>
    </message>
    <message>
      <source>Remove spaces around each value</source>
      <translation>Retirer les espaces autour de chaque valeur</translation>
    </message>
    <message>
      <source>Change every value to lower case</source>
      <translation>Mettre chaque valeur en minuscules</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>– non associé –</translation>
    </message>
    <message>
      <source>Same value for every row…</source>
      <translation>Même valeur pour chaque ligne…</translation>
    </message>
    <message>
      <source>Numbers: detect ({unit})</source>
      <translation>Nombres : détecter ({unit})</translation>
    </message>
    <message>
      <source>Numbers: detect (each by its size)</source>
      <translation>Nombres : détecter (chacun selon sa taille)</translation>
    </message>
    <message>
      <source>(all empty)</source>
      <translation>(toutes vides)</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <source>every row gets the validation time</source>
      <translation>chaque ligne reçoit l’heure de la vérification</translation>
    </message>
    <message>
      <source>required</source>
      <translation>requis</translation>
    </message>
    <message>
      <source>Read {order} they would be: {dates}</source>
      <translation>Lues {order}, ce seraient : {dates}</translation>
    </message>
    <message>
      <source>Read day-first instead</source>
      <translation>Lire plutôt jour d’abord</translation>
    </message>
    <message>
      <source>Read month-first instead</source>
      <translation>Lire plutôt mois d’abord</translation>
    </message>
    <message>
      <source>How to read times written as plain numbers</source>
      <translation>Comment lire les heures écrites comme de simples nombres</translation>
    </message>
    <message>
      <source>(not a date)</source>
      <translation>(pas une date)</translation>
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
      <translation>Qui et quand ▾</translation>
    </message>
    <message>
      <source>Users and event times of the rows that will be sent</source>
      <translation>Utilisateurs et heures des événements des lignes qui seront envoyées</translation>
    </message>
    <message>
      <source>Users in the file</source>
      <translation>Utilisateurs du fichier</translation>
    </message>
    <message>
      <source>Counting users…</source>
      <translation>Comptage des utilisateurs…</translation>
    </message>
    <message>
      <source>No rows to send.</source>
      <translation>Aucune ligne à envoyer.</translation>
    </message>
    <message>
      <source>Who and when ▸</source>
      <translation>Qui et quand ▸</translation>
    </message>
    <message>
      <source>{users} in {rows}; rows per user: min {min}, median {median}, max {max}</source>
      <translation>{users} dans {rows} ; lignes par utilisateur : min. {min}, médiane {median}, max. {max}</translation>
    </message>
    <message>
      <source>{new} of {distinct} users are new to {place}; {known} already accepted in an earlier upload</source>
      <translation>{new} utilisateurs sur {distinct} sont nouveaux pour {place} ; {known} déjà acceptés lors d’un envoi précédent</translation>
    </message>
    <message>
      <source>this destination</source>
      <translation>cette destination</translation>
    </message>
    <message>
      <source>User ids that look like placeholders: {list}</source>
      <translation>ID utilisateur qui ressemblent à des valeurs de remplissage : {list}</translation>
    </message>
    <message>
      <source>'{text}' in {rows} (first: row {first})</source>
      <translation>« {text} » dans {rows} (première : ligne {first})</translation>
    </message>
    <message>
      <source>an empty id in {rows} (first: row {first})</source>
      <translation>un ID vide dans {rows} (première : ligne {first})</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>lignes {numbers}</translation>
    </message>
    <message>
      <source>{users} spelt more than one way (case or surrounding spaces): the API counts each spelling as another user, e.g. {examples}</source>
      <translation>{users} écrits de plusieurs façons (casse ou espaces autour) : l’API compte chaque graphie comme un autre utilisateur, p. ex. {examples}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln distinct user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur distinct</numerusform>
        <numerusform>%Ln utilisateurs distincts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln utilisateur</numerusform>
        <numerusform>%Ln utilisateurs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>The details were saved to {log}.</source>
      <translation>Les détails ont été enregistrés dans {log}.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Une erreur s’est produite</translation>
    </message>
    <message>
      <source>Backfill hit an unexpected problem and stopped what it was doing. Your file and any upload in progress are safe. {where}</source>
      <translation>Backfill a rencontré un problème inattendu et a arrêté ce qu’il faisait. Votre fichier et tout envoi en cours sont en sécurité. {where}</translation>
    </message>
  </context>
  <context>
    <name>LoadError</name>
    <message>
      <source>{file} could not be read as a delimited text file.</source>
      <translation>{file} n’a pas pu être lu comme fichier texte délimité.</translation>
    </message>
    <message>
      <source>Check that it is a CSV/TSV file; re-export it from the original program.</source>
      <translation>Vérifiez qu’il s’agit d’un fichier CSV/TSV ; exportez-le à nouveau depuis le programme d’origine.</translation>
    </message>
    <message>
      <source>'{delimiter}' cannot be used as a delimiter.</source>
      <translation>« {delimiter} » ne peut pas servir de séparateur.</translation>
    </message>
    <message>
      <source>Use a single character.</source>
      <translation>Utilisez un seul caractère.</translation>
    </message>
    <message>
      <source>Row {row} is empty, so it cannot be the header row.</source>
      <translation>La ligne {row} est vide : elle ne peut pas être la ligne d’en-tête.</translation>
    </message>
    <message>
      <source>Choose the row that holds the column names.</source>
      <translation>Choisissez la ligne qui contient les noms des colonnes.</translation>
    </message>
    <message>
      <source>{file} has a quote (") that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} contient un guillemet (") jamais fermé : le reste du fichier ne peut pas être découpé en lignes.</translation>
    </message>
    <message>
      <source>Open the file in a text editor or Excel, fix the quotes, and save it again.</source>
      <translation>Ouvrez le fichier dans un éditeur de texte ou dans Excel, corrigez les guillemets et enregistrez-le à nouveau.</translation>
    </message>
    <message>
      <source>{file} contains characters that are not valid text in the chosen encoding.</source>
      <translation>{file} contient des caractères qui ne sont pas du texte valide dans l’encodage choisi.</translation>
    </message>
    <message>
      <source>Choose another encoding (for example Windows-1252).</source>
      <translation>Choisissez un autre encodage (par exemple Windows-1252).</translation>
    </message>
    <message>
      <source>{file} has a quote (") in row {row} that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} contient à la ligne {row} un guillemet (") jamais fermé : le reste du fichier ne peut pas être découpé en lignes.</translation>
    </message>
    <message>
      <source>The file {file} does not exist.</source>
      <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
      <source>Check the path.</source>
      <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file.</source>
      <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
      <source>Choose a file.</source>
      <translation>Choisissez un fichier.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read {file}.</source>
      <translation>Backfill n’a pas le droit de lire {file}.</translation>
    </message>
    <message>
      <source>Check the file's permissions, or close it in other programs and try again.</source>
      <translation>Vérifiez les autorisations du fichier, ou fermez-le dans les autres programmes et réessayez.</translation>
    </message>
    <message>
      <source>The file {file} could not be read ({reason}).</source>
      <translation>Le fichier {file} n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>{file} is empty.</source>
      <translation>{file} est vide.</translation>
    </message>
    <message>
      <source>Choose a file that holds data.</source>
      <translation>Choisissez un fichier qui contient des données.</translation>
    </message>
    <message>
      <source>{file} holds no records.</source>
      <translation>{file} ne contient aucun enregistrement.</translation>
    </message>
    <message>
      <source>{file} is not valid text.</source>
      <translation>{file} n’est pas du texte valide.</translation>
    </message>
    <message>
      <source>Save it as UTF-8 JSON.</source>
      <translation>Enregistrez-le en JSON UTF-8.</translation>
    </message>
    <message>
      <source>{file} does not hold a list of records.</source>
      <translation>{file} ne contient pas de liste d’enregistrements.</translation>
    </message>
    <message>
      <source>Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].</source>
      <translation>Backfill lit un tableau JSON d’objets, comme [{{"id": 1}}, {{"id": 2}}].</translation>
    </message>
    <message>
      <source>Line {line} of {file} is not valid JSON.</source>
      <translation>La ligne {line} de {file} n’est pas du JSON valide.</translation>
    </message>
    <message>
      <source>Each line of an NDJSON file must be one complete JSON object.</source>
      <translation>Chaque ligne d’un fichier NDJSON doit être un objet JSON complet.</translation>
    </message>
    <message>
      <source>The header row must be 1 or more.</source>
      <translation>La ligne d’en-tête doit valoir 1 ou plus.</translation>
    </message>
    <message>
      <source>Row numbers start at 1.</source>
      <translation>Les numéros de ligne commencent à 1.</translation>
    </message>
    <message>
      <source>{file} is too large to load on this computer.</source>
      <translation>{file} est trop volumineux pour être chargé sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Split it into smaller files and load them one at a time.</source>
      <translation>Découpez-le en fichiers plus petits et chargez-les un par un.</translation>
    </message>
    <message>
      <source>Backfill could not read {file} ({reason}).</source>
      <translation>Backfill n’a pas pu lire {file} ({reason}).</translation>
    </message>
    <message>
      <source>If it opens in Excel, save it again as .xlsx or CSV and load that copy.</source>
      <translation>S’il s’ouvre dans Excel, enregistrez-le à nouveau en .xlsx ou CSV et chargez cette copie.</translation>
    </message>
    <message>
      <source>Choose a file that has a header row and data.</source>
      <translation>Choisissez un fichier qui a une ligne d’en-tête et des données.</translation>
    </message>
    <message>
      <source>{file} does not look like a spreadsheet or text file (it contains binary data).</source>
      <translation>{file} ne ressemble pas à un tableur ni à un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
      <source>Check that you picked the right file; export it as CSV or Excel if it came from another program.</source>
      <translation>Vérifiez que vous avez choisi le bon fichier ; exportez-le en CSV ou Excel s’il vient d’un autre programme.</translation>
    </message>
    <message>
      <source>{file} is {what}, not a spreadsheet.</source>
      <translation>{file} est {what}, pas un tableur.</translation>
    </message>
    <message>
      <source>Export the data as CSV or Excel and load that file.</source>
      <translation>Exportez les données en CSV ou Excel et chargez ce fichier.</translation>
    </message>
    <message>
      <source>{file} cannot be read: '{encoding}' is not an encoding Backfill knows.</source>
      <translation>{file} ne peut pas être lu : « {encoding} » n’est pas un encodage connu de Backfill.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick one from the list.</source>
      <translation>Laissez l’encodage en automatique, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
      <source>{file} is not a valid Excel or OpenDocument workbook.</source>
      <translation>{file} n’est pas un classeur Excel ou OpenDocument valide.</translation>
    </message>
    <message>
      <source>Check the file; if it is really CSV, rename it to .csv.</source>
      <translation>Vérifiez le fichier ; s’il s’agit en fait d’un CSV, renommez-le en .csv.</translation>
    </message>
    <message>
      <source>{file} is damaged or is not a workbook Backfill can read.</source>
      <translation>{file} est endommagé ou n’est pas un classeur que Backfill sait lire.</translation>
    </message>
    <message>
      <source>Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.</source>
      <translation>Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx, ou exportez-le en CSV.</translation>
    </message>
    <message>
      <source>Choose a workbook that holds data.</source>
      <translation>Choisissez un classeur qui contient des données.</translation>
    </message>
    <message>
      <source>{file} is password-protected.</source>
      <translation>{file} est protégé par un mot de passe.</translation>
    </message>
    <message>
      <source>Open it in Excel, save an unprotected copy, and load that copy.</source>
      <translation>Ouvrez-le dans Excel, enregistrez une copie non protégée et chargez cette copie.</translation>
    </message>
    <message>
      <source>{file} has no sheets.</source>
      <translation>{file} n’a aucune feuille.</translation>
    </message>
    <message>
      <source>Row {row} of sheet '{sheet}' is empty, so it cannot be the header row.</source>
      <translation>La ligne {row} de la feuille « {sheet} » est vide : elle ne peut pas être la ligne d’en-tête.</translation>
    </message>
    <message>
      <source>{file} is damaged or incomplete (the workbook is cut short).</source>
      <translation>{file} est endommagé ou incomplet (le classeur est tronqué).</translation>
    </message>
    <message>
      <source>Copy or download the file again, or re-save it from Excel.</source>
      <translation>Copiez ou téléchargez à nouveau le fichier, ou réenregistrez-le depuis Excel.</translation>
    </message>
    <message>
      <source>{file} has no data rows below the header (row {row}); nothing to send.</source>
      <translation>{file} n’a aucune ligne de données sous l’en-tête (ligne {row}) : rien à envoyer.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.</source>
      <translation>La ligne {row} ne peut pas être la ligne d’en-tête de {file} : elle est vide ou au-delà du début du fichier.</translation>
    </message>
    <message>
      <source>{file} has a quote (") near its end that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} contient vers sa fin un guillemet (") jamais fermé : le reste du fichier ne peut pas être découpé en lignes.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top holds column names.</source>
      <translation>{file} n’a pas de ligne d’en-tête : aucune ligne du début ne contient de noms de colonnes.</translation>
    </message>
    <message>
      <source>Check that the file holds data, or choose the header row yourself.</source>
      <translation>Vérifiez que le fichier contient des données, ou choisissez vous-même la ligne d’en-tête.</translation>
    </message>
    <message>
      <source>{count} row of {file} has a different number of cells than the header ({cells}).</source>
      <translation>{count} ligne de {file} n’a pas le même nombre de cellules que l’en-tête ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}).</source>
      <translation>{count} lignes de {file} n’ont pas le même nombre de cellules que l’en-tête ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} (from line {line}) has a different number of cells than the header ({cells}).</source>
      <translation>{count} ligne de {file} (à partir de la ligne {line}) n’a pas le même nombre de cellules que l’en-tête ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} (from line {line}) have a different number of cells than the header ({cells}).</source>
      <translation>{count} lignes de {file} (à partir de la ligne {line}) n’ont pas le même nombre de cellules que l’en-tête ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} has a different number of cells than the header ({cells}): row {rows} ({first}).</source>
      <translation>{count} ligne de {file} n’a pas le même nombre de cellules que l’en-tête ({cells}) : ligne {rows} ({first}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}): rows {rows} ({first}).</source>
      <translation>{count} lignes de {file} n’ont pas le même nombre de cellules que l’en-tête ({cells}) : lignes {rows} ({first}).</translation>
    </message>
    <message>
      <source>row {row} has {count} cell</source>
      <translation>la ligne {row} a {count} cellule</translation>
    </message>
    <message>
      <source>row {row} has {count} cells</source>
      <translation>la ligne {row} a {count} cellules</translation>
    </message>
    <message>
      <source>A value probably contains an unquoted delimiter or line break. Fix those rows, or check that the delimiter and header row are right.</source>
      <translation>Une valeur contient sans doute un séparateur ou un saut de ligne hors guillemets. Corrigez ces lignes, ou vérifiez que le séparateur et la ligne d’en-tête sont les bons.</translation>
    </message>
    <message>
      <source>{file} has no header row: its first line is empty.</source>
      <translation>{file} n’a pas de ligne d’en-tête : sa première ligne est vide.</translation>
    </message>
    <message>
      <source>{file} has no header row: the first {count} lines are empty.</source>
      <translation>{file} n’a pas de ligne d’en-tête : ses {count} premières lignes sont vides.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top could be read.</source>
      <translation>{file} n’a pas de ligne d’en-tête : aucune ligne du début n’a pu être lue.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} row near the top.</source>
      <translation>La ligne {row} ne peut pas être l’en-tête : le début du fichier n’a que {count} ligne.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} rows near the top.</source>
      <translation>La ligne {row} ne peut pas être l’en-tête : le début du fichier n’a que {count} lignes.</translation>
    </message>
    <message>
      <source>Choose a header row that holds the column names.</source>
      <translation>Choisissez une ligne d’en-tête qui contient les noms des colonnes.</translation>
    </message>
    <message>
      <source>{file} is UTF-16 text with a damaged character at byte {byte} (one half of a two-part character is missing), so it cannot be read safely.</source>
      <translation>{file} est un texte UTF-16 avec un caractère endommagé à l’octet {byte} (une moitié d’un caractère en deux parties manque) : il ne peut pas être lu sans risque.</translation>
    </message>
    <message>
      <source>{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it.</source>
      <translation>{file} ne peut pas être lu en {encoding} : les octets à partir de l’octet {byte} n’y correspondent pas.</translation>
    </message>
    <message>
      <source>{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it.</source>
      <translation>{file} n’est pas un texte {encoding} valide : les octets à partir de l’octet {byte} n’y correspondent pas.</translation>
    </message>
    <message>
      <source>Open it in the program that made it and save it again as UTF-8 CSV.</source>
      <translation>Ouvrez-le dans le programme qui l’a créé et enregistrez-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick the one the file was saved with.</source>
      <translation>Laissez l’encodage sur automatique, ou choisissez celui avec lequel le fichier a été enregistré.</translation>
    </message>
    <message>
      <source>{file} is not valid JSON (line {line}, column {column}).</source>
      <translation>{file} n’est pas un JSON valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
      <source>Check that the file is complete; a JSON file must be one array of objects.</source>
      <translation>Vérifiez que le fichier est complet ; un fichier JSON doit être un seul tableau d’objets.</translation>
    </message>
    <message>
      <source>{count} record of {file} is not an object: {records}.</source>
      <translation>{count} enregistrement de {file} n’est pas un objet : {records}.</translation>
    </message>
    <message>
      <source>{count} records of {file} are not objects: {records}.</source>
      <translation>{count} enregistrements de {file} ne sont pas des objets : {records}.</translation>
    </message>
    <message>
      <source>Every record must be an object with named fields.</source>
      <translation>Chaque enregistrement doit être un objet avec des champs nommés.</translation>
    </message>
    <message>
      <source>{file} has no sheet named '{sheet}'.</source>
      <translation>{file} n’a aucune feuille nommée « {sheet} ».</translation>
    </message>
    <message>
      <source>Sheets in this workbook: {sheets}.</source>
      <translation>Feuilles de ce classeur : {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is a chart, not a table of cells.</source>
      <translation>La feuille « {sheet} » de {file} est un graphique, pas un tableau de cellules.</translation>
    </message>
    <message>
      <source>Choose a sheet that holds data: {sheets}.</source>
      <translation>Choisissez une feuille qui contient des données : {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is empty.</source>
      <translation>La feuille « {sheet} » de {file} est vide.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} has no values.</source>
      <translation>La feuille « {sheet} » de {file} ne contient aucune valeur.</translation>
    </message>
    <message>
      <source>Choose another sheet.</source>
      <translation>Choisissez une autre feuille.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} row.</source>
      <translation>La ligne {row} ne peut pas être l’en-tête : la feuille « {sheet} » a {count} ligne.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} rows.</source>
      <translation>La ligne {row} ne peut pas être l’en-tête : la feuille « {sheet} » a {count} lignes.</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>un document PDF</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>une image PNG</translation>
    </message>
    <message>
      <source>a JPEG image</source>
      <translation>une image JPEG</translation>
    </message>
    <message>
      <source>a GIF image</source>
      <translation>une image GIF</translation>
    </message>
    <message>
      <source>a gzip archive</source>
      <translation>une archive gzip</translation>
    </message>
    <message>
      <source>a RAR archive</source>
      <translation>une archive RAR</translation>
    </message>
    <message>
      <source>a 7-Zip archive</source>
      <translation>une archive 7-Zip</translation>
    </message>
    <message>
      <source>a SQLite database</source>
      <translation>une base de données SQLite</translation>
    </message>
    <message>
      <source>a program file</source>
      <translation>un fichier programme</translation>
    </message>
    <message>
      <source>a Windows program file</source>
      <translation>un fichier programme Windows</translation>
    </message>
  </context>
  <context>
    <name>LoadNote</name>
    <message>
      <source>'{name}'</source>
      <translation>« {name} »</translation>
    </message>
    <message>
      <source>The first line 'sep={hint}' is Excel's delimiter hint: the file is read as {delimiter}-separated and, as in Excel, that line is hidden and not counted as a row.</source>
      <translation>La première ligne « sep={hint} » est l’indication de séparateur d’Excel : le fichier est lu avec le séparateur {delimiter} et, comme dans Excel, cette ligne est masquée et n’est pas comptée comme une ligne.</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>virgule</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>point-virgule</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <source>pipe</source>
      <translation>barre verticale</translation>
    </message>
    <message>
      <source>The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, choose another encoding.</source>
      <translation>Le fichier n’est pas en UTF-8 ; il a été lu en {encoding}. Si les lettres accentuées s’affichent mal, choisissez un autre encodage.</translation>
    </message>
    <message>
      <source>{file} is really {kind}, whatever its name says; it was read as one.</source>
      <translation>{file} est en réalité {kind}, quoi qu’en dise son nom ; il a été lu comme tel.</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSX)</source>
      <translation>un classeur Excel (XLSX)</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSM)</source>
      <translation>un classeur Excel (XLSM)</translation>
    </message>
    <message>
      <source>an Excel binary workbook (XLSB)</source>
      <translation>un classeur binaire Excel (XLSB)</translation>
    </message>
    <message>
      <source>an XLS workbook (Excel 97–2003)</source>
      <translation>un classeur XLS (Excel 97–2003)</translation>
    </message>
    <message>
      <source>an OpenDocument spreadsheet (ODS)</source>
      <translation>un classeur OpenDocument (ODS)</translation>
    </message>
    <message>
      <source>Skipped {count} empty row: {rows}.</source>
      <translation>{count} ligne vide ignorée : {rows}.</translation>
    </message>
    <message>
      <source>Skipped {count} empty rows: {rows}.</source>
      <translation>{count} lignes vides ignorées : {rows}.</translation>
    </message>
    <message>
      <source>There are no data rows below the header (row {row}).</source>
      <translation>Il n’y a aucune ligne de données sous l’en-tête (ligne {row}).</translation>
    </message>
    <message>
      <source>There are no data rows.</source>
      <translation>Il n’y a aucune ligne de données.</translation>
    </message>
    <message>
      <source>Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. Check that it is the sheet you want.</source>
      <translation>Toutes les feuilles de {file} sont masquées dans Excel ; « {sheet} », la première, a été chargée. Vérifiez que c’est la feuille voulue.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).</source>
      <translation>La feuille « {sheet} » a été chargée : c’est celle sur laquelle le classeur s’ouvre dans Excel (son onglet actif).</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel.</source>
      <translation>La feuille « {sheet} », la première visible, a été chargée ; {hidden} est masquée dans Excel.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel.</source>
      <translation>La feuille « {sheet} », la première visible, a été chargée ; {hidden} sont masquées dans Excel.</translation>
    </message>
    <message>
      <source>in column '{column}'</source>
      <translation>dans la colonne « {column} »</translation>
    </message>
    <message>
      <source>in columns {columns}</source>
      <translation>dans les colonnes {columns}</translation>
    </message>
    <message>
      <source>'{column}' ({count})</source>
      <translation>« {column} » ({count})</translation>
    </message>
    <message>
      <source>{count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} cellule de formule {where} n’a pas de valeur enregistrée et est lue vide : ouvrez le fichier dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
      <source>{count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} cellules de formule {where} n’ont pas de valeur enregistrée et sont lues vides : ouvrez le fichier dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
      <source>At least {count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Au moins {count} cellule de formule {where} n’a pas de valeur enregistrée et est lue vide : ouvrez le fichier dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
      <source>At least {count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Au moins {count} cellules de formule {where} n’ont pas de valeur enregistrée et sont lues vides : ouvrez le fichier dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
      <source>Opening {file}</source>
      <translation>Ouverture de {file}</translation>
    </message>
    <message>
      <source>Reading sheet '{sheet}' of {file}</source>
      <translation>Lecture de la feuille « {sheet} » de {file}</translation>
    </message>
    <message>
      <source>Reading the first sheet of {file}</source>
      <translation>Lecture de la première feuille de {file}</translation>
    </message>
    <message>
      <source>Reading {file} — {count} row</source>
      <translation>Lecture de {file} – {count} ligne</translation>
    </message>
    <message>
      <source>Reading {file} — {count} rows</source>
      <translation>Lecture de {file} – {count} lignes</translation>
    </message>
    <message>
      <source>Read {count} row</source>
      <translation>{count} ligne lue</translation>
    </message>
    <message>
      <source>Read {count} rows</source>
      <translation>{count} lignes lues</translation>
    </message>
  </context>
  <context>
    <name>LoadPage</name>
    <message>
      <source>CSV (delimited text)</source>
      <translation>CSV (texte délimité)</translation>
    </message>
    <message>
      <source>TSV (tab-separated text)</source>
      <translation>TSV (texte séparé par des tabulations)</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook with macros (.xlsm)</source>
      <translation>Classeur Excel avec macros (.xlsm)</translation>
    </message>
    <message>
      <source>Excel 97–2003 workbook (.xls)</source>
      <translation>Classeur Excel 97–2003 (.xls)</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet (.ods)</source>
      <translation>Feuille de calcul OpenDocument (.ods)</translation>
    </message>
    <message>
      <source>JSON lines</source>
      <translation>Lignes JSON</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>virgule</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>point-virgule</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <source>pipe</source>
      <translation>barre verticale</translation>
    </message>
    <message>
      <source>Comma</source>
      <translation>Virgule</translation>
    </message>
    <message>
      <source>Semicolon</source>
      <translation>Point-virgule</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tabulation</translation>
    </message>
    <message>
      <source>Pipe</source>
      <translation>Barre verticale</translation>
    </message>
    <message>
      <source>{rows} × {columns}</source>
      <translation>{rows} × {columns}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln column(s)</source>
      <translation>
        <numerusform>%Ln colonne</numerusform>
        <numerusform>%Ln colonnes</numerusform>
      </translation>
    </message>
    <message>
      <source>no data rows</source>
      <translation>aucune ligne de données</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First {shown} of %Ln row(s)</source>
      <translation>
        <numerusform>{shown} premières lignes sur %Ln</numerusform>
        <numerusform>{shown} premières lignes sur %Ln</numerusform>
      </translation>
    </message>
    <message>
      <source>The only row</source>
      <translation>La seule ligne</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s)</source>
      <translation>
        <numerusform>La %Ln ligne</numerusform>
        <numerusform>Les %Ln lignes</numerusform>
      </translation>
    </message>
    <message>
      <source>No data rows below the header</source>
      <translation>Aucune ligne de données sous l’en-tête</translation>
    </message>
    <message>
      <source>Excel, OpenDocument, CSV, text and JSON files: {kinds}</source>
      <translation>Fichiers Excel, OpenDocument, CSV, texte et JSON : {kinds}</translation>
    </message>
    <message>
      <source>{sheet} (hidden in Excel)</source>
      <translation>{sheet} (masquée dans Excel)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Type de fichier</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Encodage</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Séparateur</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <source>Load a spreadsheet</source>
      <translation>Charger un tableur</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Fichiers récents</translation>
    </message>
    <message>
      <source>First rows of the file</source>
      <translation>Premières lignes du fichier</translation>
    </message>
    <message>
      <source>Which sheet of the workbook to read</source>
      <translation>La feuille du classeur à lire</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Ligne d’en-tête</translation>
    </message>
    <message>
      <source>The spreadsheet row that holds the column names</source>
      <translation>La ligne du tableur qui contient les noms des colonnes</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Détecter automatiquement</translation>
    </message>
    <message>
      <source>Change this if letters like é or ü look wrong</source>
      <translation>Changez-le si des lettres comme é ou ü s’affichent mal</translation>
    </message>
    <message>
      <source>What separates the columns in a text file</source>
      <translation>Ce qui sépare les colonnes dans un fichier texte</translation>
    </message>
    <message>
      <source>&amp;Sheet</source>
      <translation>&amp;Feuille</translation>
    </message>
    <message>
      <source>&amp;Header row</source>
      <translation>Ligne d’&amp;en-tête</translation>
    </message>
    <message>
      <source>&amp;Encoding</source>
      <translation>En&amp;codage</translation>
    </message>
    <message>
      <source>&amp;Delimiter</source>
      <translation>Sé&amp;parateur</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
      <source>Loading… the next step opens when the file is read.</source>
      <translation>Chargement… l’étape suivante s’ouvre quand le fichier est lu.</translation>
    </message>
    <message>
      <source>Load a file to continue: drop it here, or press Ctrl+O.</source>
      <translation>Chargez un fichier pour continuer : déposez-le ici, ou appuyez sur Ctrl+O.</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Ouvrir un tableur</translation>
    </message>
    <message>
      <source>“{file}” is a folder, not a file.</source>
      <translation>« {file} » est un dossier, pas un fichier.</translation>
    </message>
    <message>
      <source>Open the folder and choose the spreadsheet inside it.</source>
      <translation>Ouvrez le dossier et choisissez le tableur qu’il contient.</translation>
    </message>
    <message>
      <source>“{file}” could not be found.</source>
      <translation>« {file} » est introuvable.</translation>
    </message>
    <message>
      <source>It may have been moved, renamed or deleted.</source>
      <translation>Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
      <source>Opening {file}…</source>
      <translation>Ouverture de {file}…</translation>
    </message>
    <message>
      <source>Loading {file}…</source>
      <translation>Chargement de {file}…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>Loaded {file}: {size}</source>
      <translation>{file} chargé : {size}</translation>
    </message>
    <message>
      <source>{file} could not be loaded.</source>
      <translation>{file} n’a pas pu être chargé.</translation>
    </message>
    <message>
      <source>Could not load {file}</source>
      <translation>Impossible de charger {file}</translation>
    </message>
    <message>
      <source>The file could not be loaded.</source>
      <translation>Le fichier n’a pas pu être chargé.</translation>
    </message>
    <message>
      <source>Could not load the file</source>
      <translation>Impossible de charger le fichier</translation>
    </message>
    <message>
      <source>Loading was cancelled.</source>
      <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
      <source>The previous file is still loaded.</source>
      <translation>Le fichier précédent reste chargé.</translation>
    </message>
    <message>
      <source>Loading cancelled</source>
      <translation>Chargement annulé</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Aucun fichier récent</translation>
    </message>
    <message>
      <source>{sheet} — {rows}</source>
      <translation>{sheet} – {rows}</translation>
    </message>
    <message>
      <source>⚠ This sheet has {rows}. '{sheet}' holds {other}: choose it in the Sheet list.</source>
      <translation>⚠ Cette feuille a {rows}. « {sheet} » en contient {other} : choisissez-la dans la liste Feuille.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Load</source>
      <translation>Charger</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Associer</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Retour</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <source>The previous step (Alt+Left)</source>
      <translation>L’étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
      <source>No file loaded</source>
      <translation>Aucun fichier chargé</translation>
    </message>
    <message>
      <source>Go to {step}</source>
      <translation>Aller à « {step} »</translation>
    </message>
    <message>
      <source>Open a file…</source>
      <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
      <source>Primary action</source>
      <translation>Action principale</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Étape suivante</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Cancel running work</source>
      <translation>Annuler le travail en cours</translation>
    </message>
    <message>
      <source>{step} needs the earlier steps first.</source>
      <translation>« {step} » demande d’abord les étapes précédentes.</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Ouvrir un tableur</translation>
    </message>
    <message>
      <source>The page's main button: Next, or Start / Pause / Resume upload</source>
      <translation>Le bouton principal de la page : Suivant, ou démarrer / suspendre / reprendre l’envoi</translation>
    </message>
    <message>
      <source>Previous / next step</source>
      <translation>Étape précédente / suivante</translation>
    </message>
    <message>
      <source>On Load: the file name field (type a path, then Enter)</source>
      <translation>À « Charger » : le champ du nom de fichier (saisir un chemin, puis Entrée)</translation>
    </message>
    <message>
      <source>Cancel loading or checking</source>
      <translation>Annuler le chargement ou la vérification</translation>
    </message>
    <message>
      <source>Cancel a running upload</source>
      <translation>Annuler l’envoi en cours</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Cette liste</translation>
    </message>
    <message>
      <source>You can also drop a file anywhere on the window.</source>
      <translation>Vous pouvez aussi déposer un fichier n’importe où dans la fenêtre.</translation>
    </message>
    <message>
      <source>Backfill — spreadsheets into analytics APIs.</source>
      <translation>Backfill – des tableurs vers les API d’analyse.</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>{file} can’t be loaded yet. {reason}</source>
      <translation>{file} ne peut pas encore être chargé. {reason}</translation>
    </message>
    <message>
      <source>Another file can’t be opened now. {reason}</source>
      <translation>Impossible d’ouvrir un autre fichier maintenant. {reason}</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
    </message>
    <message>
      <source>Language (from the next start)</source>
      <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
      <source>Help (F1)</source>
      <translation>Aide (F1)</translation>
    </message>
    <message>
      <source>Help and settings</source>
      <translation>Aide et réglages</translation>
    </message>
    <message>
      <source>Keyboard shortcuts, appearance, language, about Backfill</source>
      <translation>Raccourcis clavier, apparence, langue, à propos de Backfill</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>About Backfill</source>
      <translation>À propos de Backfill</translation>
    </message>
    <message>
      <source>Ne&amp;xt ▶</source>
      <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Map ▶</source>
      <translation>&amp;Suivant : Associer ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Review ▶</source>
      <translation>&amp;Suivant : Vérifier ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Upload ▶</source>
      <translation>&amp;Suivant : Envoyer ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Report ▶</source>
      <translation>&amp;Suivant : Rapport ▶</translation>
    </message>
    <message>
      <source>&amp;Start upload ▶</source>
      <translation>&amp;Démarrer l’envoi ▶</translation>
    </message>
    <message>
      <source>&amp;Resume upload ▶</source>
      <translation>Re&amp;prendre l’envoi ▶</translation>
    </message>
    <message>
      <source>&amp;Continue upload ▶</source>
      <translation>&amp;Continuer l’envoi ▶</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Suspendre</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>Re&amp;prendre</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Préparation…</translation>
    </message>
    <message>
      <source>&amp;Import another file ▶</source>
      <translation>&amp;Importer un autre fichier ▶</translation>
    </message>
    <message>
      <source>Backfill — {file} → {destination}</source>
      <translation>Backfill – {file} → {destination}</translation>
    </message>
    <message>
      <source>Backfill — file → {destination}</source>
      <translation>Backfill – fichier → {destination}</translation>
    </message>
    <message>
      <source>{title} · job {job}</source>
      <translation>{title} · tâche {job}</translation>
    </message>
    <message>
      <source>{title} [PRODUCTION]</source>
      <translation>{title} [PRODUCTION]</translation>
    </message>
    <message>
      <source>Fixing {rows}</source>
      <translation>Correction : {rows}</translation>
    </message>
    <message>
      <source>File: {file}</source>
      <translation>Fichier : {file}</translation>
    </message>
    <message>
      <source>Destination: {destination} ({profile})</source>
      <translation>Destination : {destination} ({profile})</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln problème</numerusform>
        <numerusform>%Ln problèmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln excluded</source>
      <translation>
        <numerusform>%Ln exclue</numerusform>
        <numerusform>%Ln exclues</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MapPage</name>
    <message>
      <source>{fields} is required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} est requis : choisissez la colonne qui le contient, ou une valeur fixe.</translation>
    </message>
    <message>
      <source>{fields} are required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} sont requis : choisissez pour chacun la colonne qui le contient, ou une valeur fixe.</translation>
    </message>
    <message>
      <source>This file lists people (users), so it goes to {to}: {why}.</source>
      <translation>Ce fichier liste des personnes (utilisateurs), il va donc vers {to} : {why}.</translation>
    </message>
    <message>
      <source>This file lists events, so it goes to {to}: {why}.</source>
      <translation>Ce fichier liste des événements, il va donc vers {to} : {why}.</translation>
    </message>
    <message>
      <source>Change “Send to” above if that is wrong.</source>
      <translation>Modifiez « Envoyer à » ci-dessus si c’est faux.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value.</source>
      <translation>Choisissez la bonne colonne dans la liste, ou une valeur fixe.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value. If the file lists people rather than things they did, send it to {users} instead (Send to, above).</source>
      <translation>Choisissez la bonne colonne dans la liste, ou une valeur fixe. Si le fichier liste des personnes plutôt que ce qu’elles ont fait, envoyez-le plutôt vers {users} (« Envoyer à », ci-dessus).</translation>
    </message>
    <message>
      <source>Check {fields}: Backfill is only guessing which column holds it.</source>
      <translation>Vérifiez {fields} : Backfill ne fait que deviner quelle colonne le contient.</translation>
    </message>
    <message>
      <source>Match your columns to the destination's fields</source>
      <translation>Associez vos colonnes aux champs de la destination</translation>
    </message>
    <message>
      <source>Send to</source>
      <translation>Envoyer à</translation>
    </message>
    <message>
      <source>The destination the rows go to</source>
      <translation>La destination des lignes</translation>
    </message>
    <message>
      <source>Sen&amp;d to</source>
      <translation>&amp;Envoyer à</translation>
    </message>
    <message>
      <source>Load a file first.</source>
      <translation>Chargez d’abord un fichier.</translation>
    </message>
    <message>
      <source>Matching your columns…</source>
      <translation>Association de vos colonnes…</translation>
    </message>
    <message>
      <source>Some template columns seem renamed: use the proposed columns or keep as it is.</source>
      <translation>Certaines colonnes du modèle semblent renommées : utilisez les colonnes proposées ou laissez tel quel.</translation>
    </message>
    <message>
      <source>Matching your columns to the fields…</source>
      <translation>Association de vos colonnes aux champs…</translation>
    </message>
    <message>
      <source>Columns could not be matched: {reason}</source>
      <translation>Les colonnes n’ont pas pu être associées : {reason}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Colonne de votre fichier</translation>
    </message>
    <message>
      <source>Sample values</source>
      <translation>Exemples de valeurs</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <source>Match your columns to {destination}</source>
      <translation>Associez vos colonnes : {destination}</translation>
    </message>
    <message>
      <source>Needs {required}; optional: {optional}</source>
      <translation>Requis : {required} ; facultatif : {optional}</translation>
    </message>
    <message>
      <source>Needs {required}</source>
      <translation>Requis : {required}</translation>
    </message>
    <message>
      <source>Dates in '{column}' are now read {order}.</source>
      <translation>Les dates de « {column} » sont maintenant lues {order}.</translation>
    </message>
    <message>
      <source>Template '{name}' now uses the proposed columns</source>
      <translation>Le modèle « {name} » utilise maintenant les colonnes proposées</translation>
    </message>
    <message>
      <source>Save mapping template</source>
      <translation>Enregistrer le modèle d’association</translation>
    </message>
    <message>
      <source>Mapping templates (*.json)</source>
      <translation>Modèles d’association (*.json)</translation>
    </message>
    <message>
      <source>The template could not be saved.</source>
      <translation>Le modèle n’a pas pu être enregistré.</translation>
    </message>
    <message>
      <source>Saved as template '{name}'.</source>
      <translation>Enregistré comme modèle « {name} ».</translation>
    </message>
    <message>
      <source>Template '{name}' saved</source>
      <translation>Modèle « {name} » enregistré</translation>
    </message>
    <message>
      <source>Load mapping template</source>
      <translation>Charger un modèle d’association</translation>
    </message>
    <message>
      <source>Choose a template saved by Backfill.</source>
      <translation>Choisissez un modèle enregistré par Backfill.</translation>
    </message>
  </context>
  <context>
    <name>OutcomeModel</name>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Partie</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Other part</source>
      <translation>Autre partie</translation>
    </message>
  </context>
  <context>
    <name>PairReport</name>
    <message>
      <source>No row of the file was refused.</source>
      <translation>Aucune ligne du fichier n’a été refusée.</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>La %Ln ligne pas livrée en entier</numerusform>
        <numerusform>Les %Ln lignes pas livrées en entier</numerusform>
      </translation>
    </message>
    <message>
      <source>Open the rows refused in either part in Review to fix them; their users are sent again (an update, never twice), then their events</source>
      <translation>Ouvrir dans la vérification les lignes refusées dans l’une des parties pour les corriger ; leurs utilisateurs sont renvoyés (une mise à jour, jamais en double), puis leurs événements</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) of {file} not delivered whole</source>
      <translation>
        <numerusform>%Ln ligne de {file} pas livrée en entier</numerusform>
        <numerusform>%Ln lignes de {file} pas livrées en entier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln row(s) not delivered whole for fixing. Their users go again as an update (tick “Send them again” on Upload), then their events.</source>
      <translation>
        <numerusform>%Ln ligne pas livrée en entier ouverte pour correction. Son utilisateur repart comme mise à jour (cochez « Les renvoyer » à l’envoi), puis son événement.</numerusform>
        <numerusform>%Ln lignes pas livrées en entier ouvertes pour correction. Leurs utilisateurs repartent comme mise à jour (cochez « Les renvoyer » à l’envoi), puis leurs événements.</numerusform>
      </translation>
    </message>
    <message>
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>{n} waiting for their user</source>
      <translation>{n} en attente de leur utilisateur</translation>
    </message>
    <message>
      <source>Users: {counts}</source>
      <translation>Utilisateurs : {counts}</translation>
    </message>
    <message>
      <source>Events: {counts}</source>
      <translation>Événements : {counts}</translation>
    </message>
    <message>
      <source>Every user and its event was delivered</source>
      <translation>Chaque utilisateur et son événement ont été livrés</translation>
    </message>
    <message numerus="yes">
      <source>Stopped: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Arrêté : %Ln ligne encore à envoyer</numerusform>
        <numerusform>Arrêté : %Ln lignes encore à envoyer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not finished: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Pas terminé : %Ln ligne encore à envoyer</numerusform>
        <numerusform>Pas terminé : %Ln lignes encore à envoyer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done with problems: %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>Terminé avec des problèmes : %Ln ligne pas livrée en entier</numerusform>
        <numerusform>Terminé avec des problèmes : %Ln lignes pas livrées en entier</numerusform>
      </translation>
    </message>
    <message>
      <source>{users}, then {events}</source>
      <translation>{users}, puis {events}</translation>
    </message>
    <message>
      <source>Event: waits for its user</source>
      <translation>Événement : attend son utilisateur</translation>
    </message>
    <message>
      <source>Event: not sent</source>
      <translation>Événement : non envoyé</translation>
    </message>
    <message>
      <source>Event: {state}</source>
      <translation>Événement : {state}</translation>
    </message>
    <message>
      <source>User: accepted</source>
      <translation>Utilisateur : accepté</translation>
    </message>
    <message>
      <source>User: {state}</source>
      <translation>Utilisateur : {state}</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their event</source>
      <translation>{rows} {outcome} · leur événement</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their user</source>
      <translation>{rows} {outcome} · leur utilisateur</translation>
    </message>
    <message numerus="yes">
      <source>Then their events: {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Puis leurs événements : {done} sur %Ln ligne traitée</numerusform>
        <numerusform>Puis leurs événements : {done} sur %Ln lignes traitées</numerusform>
      </translation>
    </message>
    <message>
      <source>This upload was still being prepared with its events when Backfill stopped. Nothing of it was sent, and it has been removed.</source>
      <translation>Cet envoi était encore en préparation avec ses événements quand Backfill s’est arrêté. Rien n’en a été envoyé, et il a été supprimé.</translation>
    </message>
    <message>
      <source>Load the file again to upload it.</source>
      <translation>Chargez de nouveau le fichier pour l’envoyer.</translation>
    </message>
    <message>
      <source>{rows} rows of job {job} not delivered whole, with their original row numbers; users already accepted are sent again as an update (never twice), then their events.</source>
      <translation>{rows} lignes de la tâche {job} pas livrées en entier, avec leurs numéros de ligne d’origine ; les utilisateurs déjà acceptés sont renvoyés comme mise à jour (jamais en double), puis leurs événements.</translation>
    </message>
  </context>
  <context>
    <name>ProblemCard</name>
    <message>
      <source>&lt;b&gt;{rows}&lt;/b&gt;: {problem}</source>
      <translation>&lt;b&gt;{rows}&lt;/b&gt; : {problem}</translation>
    </message>
    <message>
      <source>{problem}. {detail}.</source>
      <translation>{problem}. {detail}.</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Afficher les lignes</translation>
    </message>
    <message>
      <source>Change the mapping's cleaning for this field and check again</source>
      <translation>Modifier le nettoyage de ce champ dans l’association et vérifier à nouveau</translation>
    </message>
    <message>
      <source>Exclude rows</source>
      <translation>Exclure les lignes</translation>
    </message>
    <message>
      <source>Leave these rows out of the upload</source>
      <translation>Laisser ces lignes hors de l’envoi</translation>
    </message>
    <message>
      <source>{tip}: {sentence}</source>
      <translation>{tip} : {sentence}</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>ligne {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>lignes {numbers}</translation>
    </message>
    <message>
      <source>Warning — these rows are still sent</source>
      <translation>Avertissement – ces lignes sont quand même envoyées</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Non envoyées</translation>
    </message>
    <message>
      <source>{kind} · column '{column}' · {rows}</source>
      <translation>{kind} · colonne « {column} » · {rows}</translation>
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
      <translation>PRODUCTION</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>PRÉPRODUCTION</translation>
    </message>
    <message>
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message>
      <source>Records go to a real API. Uploads cannot be undone.</source>
      <translation>Les enregistrements vont vers une vraie API. Un envoi ne peut pas être annulé.</translation>
    </message>
    <message>
      <source>Records go to a test copy of the real API.</source>
      <translation>Les enregistrements vont vers une copie de test de la vraie API.</translation>
    </message>
    <message>
      <source>Records go to the local test server; nothing leaves this computer.</source>
      <translation>Les enregistrements vont vers le serveur de test local ; rien ne quitte cet ordinateur.</translation>
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
      <translation>{profile}. Les lignes vont à la vraie API à {url}.</translation>
    </message>
    <message>
      <source>{profile} at {url}</source>
      <translation>{profile} à {url}</translation>
    </message>
    <message>
      <source>SANDBOX — the test server built into Backfill. Nothing leaves this computer.</source>
      <translation>SANDBOX – le serveur de test intégré à Backfill. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
      <source>SANDBOX — {profile} at {url}</source>
      <translation>SANDBOX – {profile} à {url}</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Sandbox (test server, nothing real)</source>
      <translation>Sandbox (serveur de test, rien de réel)</translation>
    </message>
    <message>
      <source>Staging (a test project at the vendor)</source>
      <translation>Préproduction (un projet de test chez le fournisseur)</translation>
    </message>
    <message>
      <source>Production (real data)</source>
      <translation>Production (données réelles)</translation>
    </message>
    <message>
      <source>Edit destination profile</source>
      <translation>Modifier le profil de destination</translation>
    </message>
    <message>
      <source>New destination profile</source>
      <translation>Nouveau profil de destination</translation>
    </message>
    <message>
      <source>e.g. Production — VibeFollow acme-prod</source>
      <translation>p. ex. Production – VibeFollow acme-prod</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>URL de base</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored key</source>
      <translation>Laisser vide pour garder la clé enregistrée</translation>
    </message>
    <message>
      <source>Paste the API key</source>
      <translation>Collez la clé d’API</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé d’API</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <source>{place}: no system keychain exists on this computer, so the key is kept in memory until Backfill closes. It is never written to a file.</source>
      <translation>{place} : aucun trousseau système n’existe sur cet ordinateur, la clé est donc gardée en mémoire jusqu’à la fermeture de Backfill. Elle n’est jamais écrite dans un fichier.</translation>
    </message>
    <message>
      <source>{place} when you save.</source>
      <translation>{place} à l’enregistrement.</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Test en cours…</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
      <source>Enter the API key for this profile.</source>
      <translation>Saisissez la clé d’API de ce profil.</translation>
    </message>
  </context>
  <context>
    <name>ProfilePicker</name>
    <message>
      <source>Sends to</source>
      <translation>Envoie à</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé d’API</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Where the rows are sent, and with which key</source>
      <translation>Où les lignes sont envoyées, et avec quelle clé</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <source>Send one empty request with the key: nothing is stored.</source>
      <translation>Envoyer une requête vide avec la clé : rien n’est enregistré.</translation>
    </message>
    <message>
      <source>Until then only the built-in sandbox profile is offered here.</source>
      <translation>D’ici là, seul le profil sandbox intégré est proposé ici.</translation>
    </message>
    <message>
      <source>{destination} at {url}</source>
      <translation>{destination} à {url}</translation>
    </message>
    <message>
      <source>“{profile}” sends to {destination}; it is listed when that destination is chosen on the Map step.</source>
      <translation>« {profile} » envoie à {destination} ; il apparaît quand cette destination est choisie à l’étape « Associer ».</translation>
    </message>
    <message>
      <source>The sandbox's built-in test key</source>
      <translation>La clé de test intégrée de la sandbox</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Test en cours…</translation>
    </message>
    <message>
      <source>staging</source>
      <translation>préproduction</translation>
    </message>
    <message>
      <source>production</source>
      <translation>production</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>{words} (step {done} of {total})</source>
      <translation>{words} (étape {done} sur {total})</translation>
    </message>
    <message>
      <source>{words} — {done} of {total} rows</source>
      <translation>{words} – {done} lignes sur {total}</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>1 row was sent again after an answer was lost; {destination} does not remove duplicates, so up to 1 may be stored twice.</source>
      <translation>1 ligne a été renvoyée après la perte d’une réponse ; {destination} ne supprime pas les doublons : elle peut donc être enregistrée deux fois.</translation>
    </message>
    <message>
      <source>{rows} rows were sent again after an answer was lost; {destination} does not remove duplicates, so up to {rows} may be stored twice.</source>
      <translation>{rows} lignes ont été renvoyées après la perte d’une réponse ; {destination} ne supprime pas les doublons : jusqu’à {rows} peuvent donc être enregistrées deux fois.</translation>
    </message>
    <message>
      <source>{rows} rejected rows of job {job}, with their original row numbers</source>
      <translation>{rows} lignes rejetées de la tâche {job}, avec leurs numéros de ligne d’origine</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>No upload yet.</source>
      <translation>Aucun envoi pour l’instant.</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exporter en Excel…</translation>
    </message>
    <message>
      <source>Retry failed rows</source>
      <translation>Réessayer les lignes en échec</translation>
    </message>
    <message>
      <source>Fix and re-import</source>
      <translation>Corriger et réimporter</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Envoyer le reste</translation>
    </message>
    <message>
      <source>Go back to Upload and send the rows not sent yet</source>
      <translation>Revenir à « Envoyer » et envoyer les lignes pas encore envoyées</translation>
    </message>
    <message>
      <source>Save the rejected and failed rows as CSV</source>
      <translation>Enregistrer les lignes rejetées et en échec en CSV</translation>
    </message>
    <message>
      <source>Save them as an Excel workbook</source>
      <translation>Les enregistrer dans un classeur Excel</translation>
    </message>
    <message>
      <source>Send the failed rows again</source>
      <translation>Renvoyer les lignes en échec</translation>
    </message>
    <message>
      <source>Open the rejected rows in Review to fix them</source>
      <translation>Ouvrir les lignes rejetées dans « Vérifier » pour les corriger</translation>
    </message>
    <message>
      <source>{what} ({keys})</source>
      <translation>{what} ({keys})</translation>
    </message>
    <message>
      <source>By reason</source>
      <translation>Par motif</translation>
    </message>
    <message>
      <source>Rows not accepted, by reason</source>
      <translation>Lignes non acceptées, par motif</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Rows not accepted</source>
      <translation>Lignes non acceptées</translation>
    </message>
    <message>
      <source>Each row's number, field and reason</source>
      <translation>Numéro, champ et motif de chaque ligne</translation>
    </message>
    <message>
      <source>Reading the outcome…</source>
      <translation>Lecture du résultat…</translation>
    </message>
    <message>
      <source>The outcome could not be read</source>
      <translation>Le résultat n’a pas pu être lu</translation>
    </message>
    <message>
      <source>Check the destination for these rows before sending the file again; the receipt records this too.</source>
      <translation>Vérifiez ces lignes dans la destination avant de renvoyer le fichier ; le reçu le consigne aussi.</translation>
    </message>
    <message>
      <source>Report — job {job}</source>
      <translation>Rapport – tâche {job}</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not accepted</source>
      <translation>
        <numerusform>La %Ln ligne non acceptée</numerusform>
        <numerusform>Les %Ln lignes non acceptées</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row of the file was accepted.</source>
      <translation>Toutes les lignes du fichier ont été acceptées.</translation>
    </message>
    <message numerus="yes">
      <source>Send the remaining %Ln row(s)</source>
      <translation>
        <numerusform>Envoyer la %Ln ligne restante</numerusform>
        <numerusform>Envoyer les %Ln lignes restantes</numerusform>
      </translation>
    </message>
    <message>
      <source>The report could not be saved</source>
      <translation>Le rapport n’a pas pu être enregistré</translation>
    </message>
    <message>
      <source>{failed}: {why}</source>
      <translation>{failed} : {why}</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation>{file} enregistré</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message numerus="yes">
      <source>Sending %Ln failed row(s) again…</source>
      <translation>
        <numerusform>Nouvel envoi de %Ln ligne en échec…</numerusform>
        <numerusform>Nouvel envoi de %Ln lignes en échec…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rejected row(s) of {file}</source>
      <translation>
        <numerusform>%Ln ligne rejetée de {file}</numerusform>
        <numerusform>%Ln lignes rejetées de {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln rejected row(s) for fixing.</source>
      <translation>
        <numerusform>%Ln ligne rejetée ouverte pour correction.</numerusform>
        <numerusform>%Ln lignes rejetées ouvertes pour correction.</numerusform>
      </translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejet</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <source>not sent yet</source>
      <translation>pas encore envoyé</translation>
    </message>
    <message>
      <source>not sent: invalid</source>
      <translation>non envoyé : invalide</translation>
    </message>
    <message>
      <source>not sent: left out</source>
      <translation>non envoyé : laissé de côté</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} acceptées</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} rejetées</translation>
    </message>
    <message>
      <source>{n} failed</source>
      <translation>{n} en échec</translation>
    </message>
    <message>
      <source>{n} not sent yet</source>
      <translation>{n} pas encore envoyées</translation>
    </message>
    <message>
      <source>{n} not sent (invalid)</source>
      <translation>{n} non envoyées (invalides)</translation>
    </message>
    <message>
      <source>{n} left out</source>
      <translation>{n} laissées de côté</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{outcome} — receipt saved</source>
      <translation>{outcome} – reçu enregistré</translation>
    </message>
    <message>
      <source>The upload stopped: {reason}</source>
      <translation>L’envoi s’est arrêté : {reason}</translation>
    </message>
    <message>
      <source>the API refused the request</source>
      <translation>l’API a refusé la requête</translation>
    </message>
    <message>
      <source>Fix the cause (check the key and profile on the Upload step), then send the rest.</source>
      <translation>Corrigez la cause (vérifiez la clé et le profil à l’étape « Envoyer »), puis envoyez le reste.</translation>
    </message>
    <message>
      <source>The upload is paused.</source>
      <translation>L’envoi est en pause.</translation>
    </message>
    <message>
      <source>Send the rest when you are ready.</source>
      <translation>Envoyez le reste quand vous êtes prêt.</translation>
    </message>
    <message>
      <source>The upload was cancelled before every row was sent.</source>
      <translation>L’envoi a été annulé avant que toutes les lignes soient envoyées.</translation>
    </message>
    <message>
      <source>Send the rest to finish it.</source>
      <translation>Envoyez le reste pour le terminer.</translation>
    </message>
    <message>
      <source>Comma-separated</source>
      <translation>Séparé par des virgules</translation>
    </message>
    <message>
      <source>Semicolon-separated</source>
      <translation>Séparé par des points-virgules</translation>
    </message>
    <message>
      <source>Tab-separated</source>
      <translation>Séparé par des tabulations</translation>
    </message>
    <message>
      <source>Pipe-separated</source>
      <translation>Séparé par des barres verticales</translation>
    </message>
    <message>
      <source>{delimiter}-separated</source>
      <translation>Séparé par {delimiter}</translation>
    </message>
    <message>
      <source>{separated}, UTF-8: {source} cannot hold every character of these rows. Folder:</source>
      <translation>{separated}, UTF-8 : {source} ne peut pas contenir tous les caractères de ces lignes. Dossier :</translation>
    </message>
    <message>
      <source>{separated}, UTF-8 (as Excel reads it). Folder:</source>
      <translation>{separated}, UTF-8 (comme Excel le lit). Dossier :</translation>
    </message>
    <message>
      <source>{separated}, {encoding} like the source file. Folder:</source>
      <translation>{separated}, {encoding} comme le fichier source. Dossier :</translation>
    </message>
    <message>
      <source>no rows</source>
      <translation>aucune ligne</translation>
    </message>
    <message>
      <source>(+{n} more)</source>
      <translation>(+{n} autres)</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>ligne {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>lignes {numbers}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} {outcome}</source>
      <translation>{rows} : {outcome}</translation>
    </message>
    <message>
      <source>{head} · field {field}</source>
      <translation>{head} · champ {field}</translation>
    </message>
    <message>
      <source>{rows} ({numbers}): {reason}</source>
      <translation>{rows} ({numbers}) : {reason}</translation>
    </message>
    <message>
      <source>{file} → {destination} at {url} ({profile}) · started {started}, last change {changed} (local time)</source>
      <translation>{file} → {destination} sur {url} ({profile}) · démarré le {started}, dernière modification à {changed} (heure locale)</translation>
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
        <numerusform>Lancée le {when} · {done} sur %Ln ligne traitée</numerusform>
        <numerusform>Lancée le {when} · {done} sur %Ln lignes traitées</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} still to send</source>
      <translation>{n} encore à envoyer</translation>
    </message>
    <message>
      <source>{left} · {rejected} rejected, {failed} failed</source>
      <translation>{left} · {rejected} rejetées, {failed} en échec</translation>
    </message>
    <message>
      <source>Its file was not read to the end: resuming reads it again for the rest.</source>
      <translation>Son fichier n’a pas été lu jusqu’au bout : la reprise le relit pour la suite.</translation>
    </message>
    <message>
      <source>Stopped: {reason}</source>
      <translation>Arrêtée : {reason}</translation>
    </message>
    <message>
      <source>Unfinished uploads</source>
      <translation>Envois inachevés</translation>
    </message>
    <message numerus="yes">
      <source>%Ln upload(s) did not finish</source>
      <translation>
        <numerusform>%Ln envoi n’a pas abouti</numerusform>
        <numerusform>%Ln envois n’ont pas abouti</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows already accepted are not sent again. Resume one now, or choose “Not now” and it is offered again next time Backfill starts.</source>
      <translation>Les lignes déjà acceptées ne sont pas renvoyées. Reprenez-en un maintenant, ou choisissez « Pas maintenant » et il sera proposé à nouveau au prochain démarrage de Backfill.</translation>
    </message>
    <message>
      <source>Resume upload</source>
      <translation>Reprendre l’envoi</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Every row is excluded: include some again, or load another file.</source>
      <translation>Toutes les lignes sont exclues : réintégrez-en quelques-unes ou chargez un autre fichier.</translation>
    </message>
    <message>
      <source>The file has no data rows below the header: load another file, or choose another header row on the Load step.</source>
      <translation>Le fichier n’a aucune ligne de données sous l’en-tête : chargez un autre fichier ou choisissez une autre ligne d’en-tête à l’étape « Charger ».</translation>
    </message>
    <message>
      <source>⚠ Backfill's own checks find nothing wrong here, but the destination's reasons above still apply.</source>
      <translation>⚠ Les vérifications de Backfill ne trouvent rien d’anormal ici, mais les motifs de la destination ci-dessus s’appliquent toujours.</translation>
    </message>
    <message>
      <source>✓ No problems found — every row can be sent.</source>
      <translation>✓ Aucun problème trouvé – toutes les lignes peuvent être envoyées.</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it; the row is checked again at once.</source>
      <translation>Double-cliquez sur une cellule pour la corriger ; la ligne est aussitôt revérifiée.</translation>
    </message>
    <message>
      <source>Review the rows</source>
      <translation>Vérifier les lignes</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Vérifier à nouveau</translation>
    </message>
    <message>
      <source>Check every row again (e.g. after a cancelled check)</source>
      <translation>Vérifier à nouveau toutes les lignes (p. ex. après une vérification annulée)</translation>
    </message>
    <message>
      <source>Download problems…</source>
      <translation>Télécharger les problèmes…</translation>
    </message>
    <message>
      <source>Save every problem as a CSV file (row, column, reason)</source>
      <translation>Enregistrer tous les problèmes dans un fichier CSV (ligne, colonne, motif)</translation>
    </message>
    <message>
      <source>Only rows with problems</source>
      <translation>Seulement les lignes à problème</translation>
    </message>
    <message>
      <source>Hide the rows that are fine</source>
      <translation>Masquer les lignes sans problème</translation>
    </message>
    <message>
      <source>Show all rows</source>
      <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
      <source>Exclude selected rows</source>
      <translation>Exclure les lignes sélectionnées</translation>
    </message>
    <message>
      <source>Include again</source>
      <translation>Réintégrer</translation>
    </message>
    <message>
      <source>Put the selected excluded rows back into the upload</source>
      <translation>Remettre les lignes exclues sélectionnées dans l’envoi</translation>
    </message>
    <message>
      <source>Include all excluded</source>
      <translation>Réintégrer toutes les exclues</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Vérification des lignes…</translation>
    </message>
    <message>
      <source>The rows have not been checked yet.</source>
      <translation>Les lignes n’ont pas encore été vérifiées.</translation>
    </message>
    <message>
      <source>No row can be sent yet: fix the problems above or load another file.</source>
      <translation>Aucune ligne ne peut encore être envoyée : corrigez les problèmes ci-dessus ou chargez un autre fichier.</translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln row(s)…</source>
      <translation>
        <numerusform>Vérification de %Ln ligne…</numerusform>
        <numerusform>Vérification de %Ln lignes…</numerusform>
      </translation>
    </message>
    <message>
      <source>Go back to Map and check the chosen columns.</source>
      <translation>Revenez à « Associer » et vérifiez les colonnes choisies.</translation>
    </message>
    <message>
      <source>Checking was cancelled.</source>
      <translation>La vérification a été annulée.</translation>
    </message>
    <message>
      <source>Press Check again to see the problems.</source>
      <translation>Cliquez sur « Vérifier à nouveau » pour voir les problèmes.</translation>
    </message>
    <message>
      <source>Rows in file order</source>
      <translation>Lignes dans l’ordre du fichier</translation>
    </message>
    <message>
      <source>The problem list could not be saved.</source>
      <translation>La liste des problèmes n’a pas pu être enregistrée.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln warning(s)</source>
      <translation>
        <numerusform>%Ln avertissement</numerusform>
        <numerusform>%Ln avertissements</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}, {excluded} excluded</source>
      <translation>{rows} : {valid} valides, {invalid} invalides, {warnings}, {excluded} exclues</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}</source>
      <translation>{rows} : {valid} valides, {invalid} invalides, {warnings}</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {excluded} excluded</source>
      <translation>{rows} : {valid} valides, {invalid} invalides, {excluded} exclues</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid</source>
      <translation>{rows} : {valid} valides, {invalid} invalides</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Remarque : {note}</translation>
    </message>
    <message>
      <source>{rows}: {problem}</source>
      <translation>{rows} : {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row was refused by the destination last time.</source>
      <translation>
        <numerusform>%Ln ligne a été refusée par la destination la dernière fois.</numerusform>
        <numerusform>%Ln lignes ont été refusées par la destination la dernière fois.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rows were refused by the destination last time.</source>
      <translation>
        <numerusform>%Ln ligne a été refusée par la destination la dernière fois.</numerusform>
        <numerusform>%Ln lignes ont été refusées par la destination la dernière fois.</numerusform>
      </translation>
    </message>
    <message>
      <source>Why: {reasons}. Each row's reason is in the first column, “Reason”. Correct the cells (double-click to edit), then send the rows again.</source>
      <translation>Pourquoi : {reasons}. Le motif de chaque ligne est dans la première colonne, « Motif ». Corrigez les cellules (double-clic pour modifier), puis renvoyez les lignes.</translation>
    </message>
    <message>
      <source>“{reason}” ({rows})</source>
      <translation>« {reason} » ({rows})</translation>
    </message>
    <message numerus="yes">
      <source>and %Ln other reason(s)</source>
      <translation>
        <numerusform>et %Ln autre motif</numerusform>
        <numerusform>et %Ln autres motifs</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked {rows} in {seconds} s</source>
      <translation>{rows} vérifiées en {seconds} s</translation>
    </message>
    <message>
      <source>Showing {rows}: {problem}</source>
      <translation>Affichage de {rows} : {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) with problems</source>
      <translation>
        <numerusform>%Ln ligne à problème</numerusform>
        <numerusform>%Ln lignes à problème</numerusform>
      </translation>
    </message>
    <message>
      <source>Z→A / high→low</source>
      <translation>Z→A / décroissant</translation>
    </message>
    <message>
      <source>A→Z / low→high</source>
      <translation>A→Z / croissant</translation>
    </message>
    <message>
      <source>Sorted by '{column}' ({direction})</source>
      <translation>Trié par « {column} » ({direction})</translation>
    </message>
    <message>
      <source>Applied “{fix}” to {field}; checking again…</source>
      <translation>« {fix} » appliqué à {field} ; nouvelle vérification…</translation>
    </message>
    <message numerus="yes">
      <source>Excluded %Ln row(s); checking again…</source>
      <translation>
        <numerusform>%Ln ligne exclue ; nouvelle vérification…</numerusform>
        <numerusform>%Ln lignes exclues ; nouvelle vérification…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking row {row} again…</source>
      <translation>Nouvelle vérification de la ligne {row}…</translation>
    </message>
    <message>
      <source>Row {row} is fine now</source>
      <translation>La ligne {row} est correcte maintenant</translation>
    </message>
    <message>
      <source>Row {row} still has a problem: {problem}</source>
      <translation>La ligne {row} a encore un problème : {problem}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln problem(s) to {file}</source>
      <translation>
        <numerusform>%Ln problème enregistré dans {file}</numerusform>
        <numerusform>%Ln problèmes enregistrés dans {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>The row could not be checked again: {why}</source>
      <translation>La ligne n’a pas pu être revérifiée : {why}</translation>
    </message>
  </context>
  <context>
    <name>ReviewTable</name>
    <message>
      <source>Rows of your file</source>
      <translation>Lignes de votre fichier</translation>
    </message>
    <message>
      <source>Click a column name to sort by it (again: reverse, third time: file order)</source>
      <translation>Cliquez sur un nom de colonne pour trier (à nouveau : inverse, troisième fois : ordre du fichier)</translation>
    </message>
  </context>
  <context>
    <name>RunPanel</name>
    <message>
      <source>Upload progress</source>
      <translation>Progression de l’envoi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.</source>
      <translation>Arrêter l’envoi (Ctrl+.). Les lignes pas encore envoyées restent en attente ; reprenez-les plus tard.</translation>
    </message>
    <message>
      <source>Reading the first rows of the file…</source>
      <translation>Lecture des premières lignes du fichier…</translation>
    </message>
    <message>
      <source>Last problem: {reason}</source>
      <translation>Dernier problème : {reason}</translation>
    </message>
    <message>
      <source>{work} — {done} of {total}…</source>
      <translation>{work} – {done} sur {total}…</translation>
    </message>
    <message>
      <source>{work}…</source>
      <translation>{work}…</translation>
    </message>
    <message>
      <source>Accepted {n}</source>
      <translation>Acceptées {n}</translation>
    </message>
    <message>
      <source>Rejected {n}</source>
      <translation>Rejetées {n}</translation>
    </message>
    <message>
      <source>Failed {n}</source>
      <translation>En échec {n}</translation>
    </message>
    <message>
      <source>Pending {n}</source>
      <translation>En attente {n}</translation>
    </message>
    <message>
      <source>Users — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Utilisateurs – acceptés {accepted} · rejetés {rejected} · en échec {failed} · en attente {pending}</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}, {held} held for their user</source>
      <translation>Événements – acceptés {accepted} · rejetés {rejected} · en échec {failed} · en attente {pending}, dont {held} attendent leur utilisateur</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Événements – acceptés {accepted} · rejetés {rejected} · en échec {failed} · en attente {pending}</translation>
    </message>
    <message>
      <source>Sending the users: {progress}</source>
      <translation>Envoi des utilisateurs : {progress}</translation>
    </message>
    <message>
      <source>Sending the events: {progress}</source>
      <translation>Envoi des événements : {progress}</translation>
    </message>
    <message>
      <source>Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}</source>
      <translation>Acceptées {accepted}, rejetées {rejected}, en échec {failed}, en attente {pending}</translation>
    </message>
    <message>
      <source>Fingerprinting the file</source>
      <translation>Calcul de l’empreinte du fichier</translation>
    </message>
    <message>
      <source>Writing the rows to the journal</source>
      <translation>Écriture des lignes dans le journal</translation>
    </message>
    <message numerus="yes">
      <source>Writing %Ln row(s) to the journal</source>
      <translation>
        <numerusform>Écriture de %Ln ligne dans le journal</numerusform>
        <numerusform>Écriture de %Ln lignes dans le journal</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SaveDialogs</name>
    <message>
      <source>{file} - problems</source>
      <translation>{file} - problèmes</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>{file} - rejected rows</source>
      <translation>{file} - lignes rejetées</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export rejected rows</source>
      <translation>Exporter les lignes rejetées</translation>
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
      <translation>{step} ({keys}) – terminez d’abord les étapes précédentes</translation>
    </message>
    <message>
      <source>{step}: current step</source>
      <translation>{step} : étape en cours</translation>
    </message>
    <message>
      <source>{step}: done</source>
      <translation>{step} : terminée</translation>
    </message>
    <message>
      <source>{step}: not done yet</source>
      <translation>{step} : pas encore faite</translation>
    </message>
  </context>
  <context>
    <name>TemplateBar</name>
    <message>
      <source>No template in use.</source>
      <translation>Aucun modèle utilisé.</translation>
    </message>
    <message>
      <source>Use suggestions instead</source>
      <translation>Utiliser plutôt les suggestions</translation>
    </message>
    <message>
      <source>Save template…</source>
      <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
      <source>Load template…</source>
      <translation>Charger un modèle…</translation>
    </message>
    <message>
      <source>Use the proposed columns</source>
      <translation>Utiliser les colonnes proposées</translation>
    </message>
    <message>
      <source>Take the proposed columns as the renamed ones: the template's settings and property keys stay as they were</source>
      <translation>Prendre les colonnes proposées comme les colonnes renommées : les réglages et les clés de propriétés du modèle restent inchangés</translation>
    </message>
    <message>
      <source>Keep as it is</source>
      <translation>Laisser tel quel</translation>
    </message>
    <message>
      <source>The proposed columns are new ones: send them under their own names</source>
      <translation>Les colonnes proposées sont nouvelles : les envoyer sous leur propre nom</translation>
    </message>
    <message>
      <source>Use the proposed columns to keep the template's settings and property keys, or keep it as it is if they are new columns.</source>
      <translation>Utilisez les colonnes proposées pour garder les réglages et les clés de propriétés du modèle, ou laissez tel quel s’il s’agit de nouvelles colonnes.</translation>
    </message>
    <message>
      <source>Choose the column that now holds it below, then save the template again.</source>
      <translation>Choisissez ci-dessous la colonne qui le contient maintenant, puis enregistrez à nouveau le modèle.</translation>
    </message>
    <message>
      <source>Check the fields below; save the template again once it fits this file.</source>
      <translation>Vérifiez les champs ci-dessous ; enregistrez à nouveau le modèle une fois adapté à ce fichier.</translation>
    </message>
    <message>
      <source>Columns matched automatically. Save this as a template to reuse it next time.</source>
      <translation>Colonnes associées automatiquement. Enregistrez ceci comme modèle pour le réutiliser la prochaine fois.</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically</source>
      <translation>Modèle « {name} » appliqué automatiquement</translation>
    </message>
    <message>
      <source>Template '{name}' applied</source>
      <translation>Modèle « {name} » appliqué</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically — {detail}</source>
      <translation>Modèle « {name} » appliqué automatiquement – {detail}</translation>
    </message>
    <message>
      <source>Template '{name}' applied — {detail}</source>
      <translation>Modèle « {name} » appliqué – {detail}</translation>
    </message>
  </context>
  <context>
    <name>ThenEventCard</name>
    <message>
      <source>Also send an event for each user</source>
      <translation>Envoyer aussi un événement pour chaque utilisateur</translation>
    </message>
    <message>
      <source>Each user is sent first; its event goes only once the user was accepted. A rejected user's event is not sent.</source>
      <translation>Chaque utilisateur est envoyé d’abord ; son événement ne part qu’une fois l’utilisateur accepté. L’événement d’un utilisateur rejeté n’est pas envoyé.</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Nom de l’événement</translation>
    </message>
    <message>
      <source>Event time</source>
      <translation>Heure de l’événement</translation>
    </message>
    <message>
      <source>Event properties</source>
      <translation>Propriétés de l’événement</translation>
    </message>
    <message>
      <source>Time from column</source>
      <translation>Heure tirée de la colonne</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <source>No column: the time of the upload</source>
      <translation>Aucune colonne : l’heure de l’envoi</translation>
    </message>
  </context>
  <context>
    <name>TimelineChart</name>
    <message>
      <source>week of {day}</source>
      <translation>semaine du {day}</translation>
    </message>
    <message numerus="yes">
      <source>one bar per %Ln years (UTC)</source>
      <translation>
        <numerusform>une barre par %Ln an (UTC)</numerusform>
        <numerusform>une barre par %Ln ans (UTC)</numerusform>
      </translation>
    </message>
    <message>
      <source>one bar per day (UTC)</source>
      <translation>une barre par jour (UTC)</translation>
    </message>
    <message>
      <source>one bar per week (UTC)</source>
      <translation>une barre par semaine (UTC)</translation>
    </message>
    <message>
      <source>one bar per month (UTC)</source>
      <translation>une barre par mois (UTC)</translation>
    </message>
    <message>
      <source>one bar per year (UTC)</source>
      <translation>une barre par an (UTC)</translation>
    </message>
    <message>
      <source>Events over time</source>
      <translation>Événements dans le temps</translation>
    </message>
    <message>
      <source>No event times to show.</source>
      <translation>Aucune heure d’événement à montrer.</translation>
    </message>
    <message>
      <source>{events} from {first} to {last}, most in {peak} ({count}).</source>
      <translation>{events} du {first} au {last}, le plus en {peak} ({count}).</translation>
    </message>
    <message>
      <source>Far outside that: {earlier} earlier, {later} later.</source>
      <translation>Très en dehors : {earlier} avant, {later} après.</translation>
    </message>
    <message>
      <source>far earlier</source>
      <translation>bien avant</translation>
    </message>
    <message>
      <source>far later</source>
      <translation>bien après</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s) at most per bar</source>
      <translation>
        <numerusform>au plus %Ln événement par barre</numerusform>
        <numerusform>au plus %Ln événements par barre</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} far earlier (amber)</source>
      <translation>{n} bien avant (orange)</translation>
    </message>
    <message>
      <source>{n} far later (amber)</source>
      <translation>{n} bien après (orange)</translation>
    </message>
    <message>
      <source>{bar}: {events}</source>
      <translation>{bar} : {events}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln événement</numerusform>
        <numerusform>%Ln événements</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadPage</name>
    <message>
      <source>Upload</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Estimation</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Requêtes envoyées</translation>
    </message>
    <message>
      <source>Upload is running. Pause or cancel it first.</source>
      <translation>L’envoi est en cours. Suspendez-le ou annulez-le d’abord.</translation>
    </message>
    <message>
      <source>New uploads are recorded as usual from now on.</source>
      <translation>Les nouveaux envois sont désormais enregistrés comme d’habitude.</translation>
    </message>
    <message>
      <source>Upload in progress</source>
      <translation>Envoi en cours</translation>
    </message>
    <message>
      <source>Upload in progress — pause and close? You can resume later.</source>
      <translation>Envoi en cours – le suspendre et fermer ? Vous pourrez le reprendre plus tard.</translation>
    </message>
    <message>
      <source>(sandbox not running)</source>
      <translation>(sandbox arrêtée)</translation>
    </message>
    <message>
      <source>Preparing the upload…</source>
      <translation>Préparation de l’envoi…</translation>
    </message>
    <message>
      <source>The upload could not be prepared: {reason}</source>
      <translation>L’envoi n’a pas pu être préparé : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: sending the first %Ln row(s)…</source>
      <translation>
        <numerusform>Lot d’essai : envoi de la première ligne (%Ln)…</numerusform>
        <numerusform>Lot d’essai : envoi des %Ln premières lignes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Uploading %Ln row(s)…</source>
      <translation>
        <numerusform>Envoi de %Ln ligne…</numerusform>
        <numerusform>Envoi de %Ln lignes…</numerusform>
      </translation>
    </message>
    <message>
      <source>The receipt could not be saved: {reason}</source>
      <translation>Le reçu n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
      <source>Pausing: the requests in flight finish, nothing new is sent.</source>
      <translation>Suspension : les requêtes en cours se terminent, rien de nouveau n’est envoyé.</translation>
    </message>
    <message>
      <source>Paused. Nothing new is sent until you press Resume.</source>
      <translation>Suspendu. Rien de nouveau n’est envoyé avant que vous appuyiez sur « Reprendre ».</translation>
    </message>
    <message>
      <source>Sending again.</source>
      <translation>Reprise de l’envoi.</translation>
    </message>
    <message>
      <source>Stopping: the requests already sent finish, nothing new is sent.</source>
      <translation>Arrêt : les requêtes déjà envoyées se terminent, rien de nouveau n’est envoyé.</translation>
    </message>
    <message>
      <source>Pausing: waiting for the answers to the requests already sent, then closing. The upload can be resumed later.</source>
      <translation>Suspension : attente des réponses aux requêtes déjà envoyées, puis fermeture. L’envoi pourra être repris plus tard.</translation>
    </message>
    <message>
      <source>Upload — job {job}</source>
      <translation>Envoi – tâche {job}</translation>
    </message>
    <message>
      <source>This job was started with the profile “{name}”, which no longer exists.</source>
      <translation>Cette tâche a été lancée avec le profil « {name} », qui n’existe plus.</translation>
    </message>
    <message>
      <source>Add a profile with that name (and its API key) to resume it.</source>
      <translation>Ajoutez un profil portant ce nom (avec sa clé d’API) pour la reprendre.</translation>
    </message>
  </context>
  <context>
    <name>UploadPreparing</name>
    <message>
      <source>The file could not be read to the end: {reason}</source>
      <translation>Le fichier n’a pas pu être lu jusqu’au bout : {reason}</translation>
    </message>
    <message>
      <source>The rows written so far stay in the job; fix the file's problem, then press “Resume upload” to go on from where it stopped.</source>
      <translation>Les lignes déjà écrites restent dans la tâche ; corrigez le problème du fichier, puis cliquez sur « Reprendre l’envoi » pour continuer là où il s’est arrêté.</translation>
    </message>
    <message>
      <source>Reading {file} again to write the rows after the first {rows}…</source>
      <translation>Nouvelle lecture de {file} pour écrire les lignes après les {rows} premières…</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was being read, before anything was sent; it has been dropped.</source>
      <translation>La tâche {job} a été arrêtée pendant la lecture de son fichier, avant tout envoi ; elle a été abandonnée.</translation>
    </message>
    <message>
      <source>Upload {file} again: this destination already accepted rows before, so the upload asks about repeats first.</source>
      <translation>Envoyez {file} à nouveau : cette destination a déjà accepté des lignes, l’envoi demande donc d’abord que faire des répétitions.</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was still being read, and {path} is gone or has changed since, so the rest of it cannot be added.</source>
      <translation>La tâche {job} a été arrêtée pendant la lecture de son fichier, et {path} a disparu ou a changé depuis : la suite ne peut donc pas être ajoutée.</translation>
    </message>
    <message numerus="yes">
      <source>The %Ln row(s) written so far stay in the job; load the file again and upload it as a new job for the rest.</source>
      <translation>
        <numerusform>La %Ln ligne déjà écrite reste dans la tâche ; chargez à nouveau le fichier et envoyez le reste comme une nouvelle tâche.</numerusform>
        <numerusform>Les %Ln lignes déjà écrites restent dans la tâche ; chargez à nouveau le fichier et envoyez le reste comme une nouvelle tâche.</numerusform>
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
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %Ln row(s)</source>
      <translation>
        <numerusform>{done} sur %Ln ligne</numerusform>
        <numerusform>{done} sur %Ln lignes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} rows/s</source>
      <translation>{rate} lignes/s</translation>
    </message>
    <message>
      <source>about {time} left</source>
      <translation>encore environ {time}</translation>
    </message>
    <message>
      <source>Waiting {time}</source>
      <translation>Attente : {time}</translation>
    </message>
    <message>
      <source>Waiting {time}: {reason}</source>
      <translation>Attente de {time} : {reason}</translation>
    </message>
    <message>
      <source>No API key for “{name}”: press Edit… to add it.</source>
      <translation>Aucune clé d’API pour « {name} » : appuyez sur « Modifier… » pour l’ajouter.</translation>
    </message>
    <message>
      <source>This job was started with “{name}”: choose it to resume.</source>
      <translation>Cette tâche a été lancée avec « {name} » : choisissez ce profil pour la reprendre.</translation>
    </message>
    <message>
      <source>Writing the job to the journal…</source>
      <translation>Écriture de la tâche dans le journal…</translation>
    </message>
    <message>
      <source>Choose where to send the rows.</source>
      <translation>Choisissez où envoyer les lignes.</translation>
    </message>
    <message>
      <source>The built-in test server is not running: choose or add another profile.</source>
      <translation>Le serveur de test intégré n’est pas lancé : choisissez ou ajoutez un autre profil.</translation>
    </message>
    <message>
      <source>There are no valid rows to send. Go back to Review.</source>
      <translation>Il n’y a aucune ligne valide à envoyer. Revenez à « Vérifier ».</translation>
    </message>
    <message>
      <source>Checking for rows sent before…</source>
      <translation>Recherche des lignes déjà envoyées…</translation>
    </message>
    <message>
      <source>Some rows were sent before: tick “Send them again” to send them anyway.</source>
      <translation>Certaines lignes ont déjà été envoyées : cochez « Les renvoyer » pour les envoyer quand même.</translation>
    </message>
    <message>
      <source>{name} publishes no request limit; Backfill adapts to its answers</source>
      <translation>{name} ne publie aucune limite de requêtes ; Backfill s’adapte à ses réponses</translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s)/min</source>
      <translation>
        <numerusform>{name} autorise %Ln requête/min</numerusform>
        <numerusform>{name} autorise %Ln requêtes/min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s) per {seconds} s</source>
      <translation>
        <numerusform>{name} autorise %Ln requête par {seconds} s</numerusform>
        <numerusform>{name} autorise %Ln requêtes par {seconds} s</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} refused this API key ({status}). Check the key.</source>
      <translation>{name} a refusé cette clé d’API ({status}). Vérifiez la clé.</translation>
    </message>
    <message>
      <source>Nothing answers at {where} (404). Check the base URL.</source>
      <translation>Rien ne répond à {where} (404). Vérifiez l’URL de base.</translation>
    </message>
    <message>
      <source>Connected and the key works; {name} is asking us to slow down right now.</source>
      <translation>Connecté et la clé fonctionne ; {name} demande en ce moment de ralentir.</translation>
    </message>
    <message>
      <source>Connected — {name} accepted the key.</source>
      <translation>Connecté – {name} a accepté la clé.</translation>
    </message>
    <message>
      <source>{name} answered with a server error ({status}). Try again later.</source>
      <translation>{name} a répondu par une erreur de serveur ({status}). Réessayez plus tard.</translation>
    </message>
    <message>
      <source>{name} answered with an unexpected status {status}.</source>
      <translation>{name} a répondu avec un statut inattendu : {status}.</translation>
    </message>
    <message>
      <source>Enter the API key first.</source>
      <translation>Saisissez d’abord la clé d’API.</translation>
    </message>
    <message>
      <source>Key stored in the system keychain</source>
      <translation>Clé enregistrée dans le trousseau du système</translation>
    </message>
    <message>
      <source>Key for this session only</source>
      <translation>Clé pour cette session uniquement</translation>
    </message>
    <message>
      <source>No key set</source>
      <translation>Aucune clé définie</translation>
    </message>
    <message>
      <source>could not connect</source>
      <translation>connexion impossible</translation>
    </message>
    <message>
      <source>the connection broke while reading the answer</source>
      <translation>la connexion a été coupée pendant la lecture de la réponse</translation>
    </message>
    <message>
      <source>the connection broke while sending</source>
      <translation>la connexion a été coupée pendant l’envoi</translation>
    </message>
    <message>
      <source>the server closed the connection without an answer</source>
      <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
      <source>the proxy refused the connection</source>
      <translation>le proxy a refusé la connexion</translation>
    </message>
    <message>
      <source>network error</source>
      <translation>erreur réseau</translation>
    </message>
    <message>
      <source>the API asked us to slow down (429)</source>
      <translation>l’API a demandé de ralentir (429)</translation>
    </message>
    <message>
      <source>the API is overloaded (503)</source>
      <translation>l’API est surchargée (503)</translation>
    </message>
    <message>
      <source>the API asked us to wait</source>
      <translation>l’API a demandé d’attendre</translation>
    </message>
    <message>
      <source>The upload stopped.</source>
      <translation>L’envoi s’est arrêté.</translation>
    </message>
    <message>
      <source>The upload stopped because of an unexpected problem. It can be resumed.</source>
      <translation>L’envoi s’est arrêté à cause d’un problème inattendu. Il peut être repris.</translation>
    </message>
    <message>
      <source>connection problem: {reason}</source>
      <translation>problème de connexion : {reason}</translation>
    </message>
    <message>
      <source>retrying after {reason}</source>
      <translation>nouvel essai après : {reason}</translation>
    </message>
    <message>
      <source>will retry: {reason}</source>
      <translation>nouvel essai prévu : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>failed after %Ln attempt(s): {reason}</source>
      <translation>
        <numerusform>en échec après %Ln essai : {reason}</numerusform>
        <numerusform>en échec après %Ln essais : {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) failed after {attempts}: {reason}</source>
      <translation>
        <numerusform>%Ln ligne en échec après {attempts} : {reason}</numerusform>
        <numerusform>%Ln lignes en échec après {attempts} : {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln attempt(s)</source>
      <translation>
        <numerusform>%Ln essai</numerusform>
        <numerusform>%Ln essais</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) will be retried: {reason}</source>
      <translation>
        <numerusform>%Ln ligne sera renvoyée : {reason}</numerusform>
        <numerusform>%Ln lignes seront renvoyées : {reason}</numerusform>
      </translation>
    </message>
    <message>
      <source>the API asked us to slow down</source>
      <translation>l’API a demandé de ralentir</translation>
    </message>
    <message>
      <source>the API is overloaded</source>
      <translation>l’API est surchargée</translation>
    </message>
    <message>
      <source>server error</source>
      <translation>erreur du serveur</translation>
    </message>
    <message>
      <source>{name} refused the API key {status}. Check the key (and its permissions), then resume the job.</source>
      <translation>{name} a refusé la clé d’API {status}. Vérifiez la clé (et ses droits), puis reprenez la tâche.</translation>
    </message>
    <message>
      <source>never sent; split to the limit of {limit}</source>
      <translation>jamais envoyé ; découpé à la limite de {limit}</translation>
    </message>
    <message>
      <source>no answer within the timeout ({time})</source>
      <translation>pas de réponse dans le délai imparti ({time})</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Rien à envoyer pour l’instant.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln requête</numerusform>
        <numerusform>%Ln requêtes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} → {requests} → about {time}</source>
      <translation>{rows} → {requests} → environ {time}</translation>
    </message>
    <message>
      <source>{estimate}; {note}</source>
      <translation>{estimate} ; {note}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>
        <numerusform>Lot d’essai : sur la première ligne (%Ln), {accepted} acceptée, {rejected} rejetée, {failed} en échec.</numerusform>
        <numerusform>Lot d’essai : sur les %Ln premières lignes, {accepted} acceptées, {rejected} rejetées, {failed} en échec.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here (the job stays resumable).</source>
      <translation>
        <numerusform>Appuyez sur « Continuer l’envoi » pour envoyer la ligne restante (%Ln), ou sur « Annuler » pour vous arrêter ici (la tâche pourra être reprise).</numerusform>
        <numerusform>Appuyez sur « Continuer l’envoi » pour envoyer les %Ln lignes restantes, ou sur « Annuler » pour vous arrêter ici (la tâche pourra être reprise).</numerusform>
      </translation>
    </message>
    <message>
      <source>Test batch finished — check the outcome, then continue or cancel.</source>
      <translation>Lot d’essai terminé – vérifiez le résultat, puis poursuivez ou annulez.</translation>
    </message>
    <message>
      <source>Rows not sent yet stay pending: fix the problem, then press “Resume upload”.</source>
      <translation>Les lignes pas encore envoyées restent en attente : corrigez le problème, puis appuyez sur « Reprendre l’envoi ».</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln ligne reste en attente.</numerusform>
        <numerusform>Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln lignes restent en attente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped. %Ln row(s) not sent yet stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté. %Ln ligne pas encore envoyée reste en attente.</numerusform>
        <numerusform>Envoi arrêté. %Ln lignes pas encore envoyées restent en attente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Press “Resume upload” to send them now, or resume the job later.</source>
      <translation>Appuyez sur « Reprendre l’envoi » pour les envoyer maintenant, ou reprenez la tâche plus tard.</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped; %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté ; %Ln ligne reste en attente.</numerusform>
        <numerusform>Envoi arrêté ; %Ln lignes restent en attente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>Envoi terminé : {accepted} acceptées, {rejected} rejetées, {failed} en échec.</translation>
    </message>
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed, {held} waiting for their user.</source>
      <translation>Envoi terminé : utilisateurs {accepted} acceptés, {rejected} rejetés, {failed} en échec ; événements {e_accepted} acceptés, {e_rejected} rejetés, {e_failed} en échec, {held} en attente de leur utilisateur.</translation>
    </message>
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed.</source>
      <translation>Envoi terminé : utilisateurs {accepted} acceptés, {rejected} rejetés, {failed} en échec ; événements {e_accepted} acceptés, {e_rejected} rejetés, {e_failed} en échec.</translation>
    </message>
  </context>
  <context>
    <name>ValueMapDialog</name>
    <message>
      <source>Values of “{column}”</source>
      <translation>Valeurs de « {column} »</translation>
    </message>
    <message numerus="yes">
      <source>“{column}” holds %Ln different value(s). Type what to send instead of a value; leave it empty to send the value as it is.</source>
      <translation>
        <numerusform>« {column} » contient %Ln valeur. Saisissez ce qu’il faut envoyer à la place d’une valeur ; laissez vide pour envoyer la valeur telle quelle.</numerusform>
        <numerusform>« {column} » contient %Ln valeurs différentes. Saisissez ce qu’il faut envoyer à la place d’une valeur ; laissez vide pour envoyer la valeur telle quelle.</numerusform>
      </translation>
    </message>
    <message>
      <source>Value in your file</source>
      <translation>Valeur de votre fichier</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Envoyé comme</translation>
    </message>
    <message>
      <source>Sent as, instead of {value}</source>
      <translation>Envoyé comme, à la place de {value}</translation>
    </message>
    <message>
      <source>suggested: {value}</source>
      <translation>suggéré : {value}</translation>
    </message>
    <message>
      <source>Use suggestions ({count})</source>
      <translation>Utiliser les suggestions ({count})</translation>
    </message>
    <message>
      <source>Fill the empty “Sent as” cells with the suggested values</source>
      <translation>Remplir les cellules « Envoyé comme » vides avec les valeurs suggérées</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Tout effacer</translation>
    </message>
  </context>
  <context>
    <name>ValueMapsCard</name>
    <message>
      <source>Values</source>
      <translation>Valeurs</translation>
    </message>
    <message>
      <source>Columns with few different values: send some of them as another value.</source>
      <translation>Colonnes avec peu de valeurs différentes : envoyez-en certaines comme une autre valeur.</translation>
    </message>
    <message>
      <source>Map values…</source>
      <translation>Associer les valeurs…</translation>
    </message>
    <message>
      <source>Map the values of {column}</source>
      <translation>Associer les valeurs de {column}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln value(s)</source>
      <translation>
        <numerusform>%Ln valeur</numerusform>
        <numerusform>%Ln valeurs</numerusform>
      </translation>
    </message>
    <message>
      <source>{listed}, … ({values})</source>
      <translation>{listed}, … ({values})</translation>
    </message>
    <message>
      <source>Sent instead: {entries}</source>
      <translation>Envoyé à la place : {entries}</translation>
    </message>
    <message>
      <source>Suggested (not applied): {entries}</source>
      <translation>Suggéré (non appliqué) : {entries}</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… et %Ln de plus</numerusform>
        <numerusform>… et %Ln de plus</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>The computer ran out of memory while doing this.</source>
      <translation>L’ordinateur a manqué de mémoire pendant cette opération.</translation>
    </message>
    <message>
      <source>Close other programs, or split the file into smaller parts.</source>
      <translation>Fermez d’autres programmes, ou découpez le fichier en parties plus petites.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read or write that file.</source>
      <translation>Backfill n’a pas le droit de lire ou d’écrire ce fichier.</translation>
    </message>
    <message>
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>Vérifiez que le fichier n’est pas ouvert dans un autre programme et que vous avez le droit de le lire.</translation>
    </message>
    <message>
      <source>The file could not be found.</source>
      <translation>Le fichier est introuvable.</translation>
    </message>
    <message>
      <source>It may have been moved or renamed.</source>
      <translation>Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>Le fichier n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>aucun détail</translation>
    </message>
    <message>
      <source>Something went wrong: {details}</source>
      <translation>Une erreur s’est produite : {details}</translation>
    </message>
  </context>
</TS>