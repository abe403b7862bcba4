"""Users and their events from one sheet: the Map step's "then an event" card.

English: (German, French, Spanish). Glossary as in fill_translations.py and words_map.py.
"""

WORDS = {  # English: (German, French, Spanish)
    "Also send an event for each user": (
        "Zu jedem Nutzer auch ein Ereignis senden",
        "Envoyer aussi un événement pour chaque utilisateur",
        "Enviar también un evento por cada usuario",
    ),
    "Each user is sent first; its event goes only once the user was accepted. "
    "A rejected user's event is not sent.": (
        "Jeder Nutzer wird zuerst gesendet; sein Ereignis folgt erst, wenn der Nutzer "
        "angenommen wurde. Das Ereignis eines abgelehnten Nutzers wird nicht gesendet.",
        "Chaque utilisateur est envoyé d’abord ; son événement ne part qu’une fois "
        "l’utilisateur accepté. L’événement d’un utilisateur rejeté n’est pas envoyé.",
        "Cada usuario se envía primero; su evento solo se envía cuando el usuario ha sido "
        "aceptado. El evento de un usuario rechazado no se envía.",
    ),
    "Event name": ("Ereignisname", "Nom de l’événement", "Nombre del evento"),
    "Event time": ("Ereigniszeit", "Heure de l’événement", "Hora del evento"),
    "Event properties": (
        "Ereigniseigenschaften",
        "Propriétés de l’événement",
        "Propiedades del evento",
    ),
    "Time from column": ("Zeit aus Spalte", "Heure tirée de la colonne", "Hora de la columna"),
    "Properties": ("Eigenschaften", "Propriétés", "Propiedades"),
    "No column: the time of the upload": (
        "Keine Spalte: der Zeitpunkt des Uploads",
        "Aucune colonne : l’heure de l’envoi",
        "Ninguna columna: la hora de la carga",
    ),
}
