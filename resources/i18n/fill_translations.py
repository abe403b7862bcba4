"""Writes the translations of resources/i18n/backfill_*.ts from the tables below (run after
pyside6-lupdate added new source texts; untranslated ones are left "unfinished").

Glossary (kept the same everywhere): row = Zeile / ligne / fila; column = Spalte / colonne /
columna; field = Feld / champ / campo; upload = Upload / envoi / carga; job = Auftrag / tâche /
trabajo; template = Vorlage / modèle / plantilla; rejected = abgelehnt / rejeté / rechazado.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORDS: dict[str, tuple[str, str, str]] = {  # English: (German, French, Spanish)
    "About Backfill": ("Über Backfill", "À propos de Backfill", "Acerca de Backfill"),
    "Appearance": ("Darstellung", "Apparence", "Apariencia"),
    "Back": ("Zurück", "Retour", "Atrás"),
    "◀ &Back": ("◀ &Zurück", "◀ &Retour", "◀ &Atrás"),
    "Cancel a running upload": (
        "Laufenden Upload abbrechen",
        "Annuler l’envoi en cours",
        "Cancelar la carga en curso",
    ),
    "Cancel loading or checking": (
        "Laden oder Prüfen abbrechen",
        "Annuler le chargement ou la vérification",
        "Cancelar la lectura o la comprobación",
    ),
    "Cancel running work": (
        "Laufende Arbeit abbrechen",
        "Annuler le travail en cours",
        "Cancelar el trabajo en curso",
    ),
    "Dark": ("Dunkel", "Sombre", "Oscuro"),
    "Follow the system": ("Wie das System", "Comme le système", "Como el sistema"),
    "Go to {step}": ("Zu „{step}“ wechseln", "Aller à « {step} »", "Ir a «{step}»"),
    "Help (F1)": ("Hilfe (F1)", "Aide (F1)", "Ayuda (F1)"),
    "Help and settings": ("Hilfe und Einstellungen", "Aide et réglages", "Ayuda y ajustes"),
    "Keyboard shortcuts, appearance, language, about Backfill": (
        "Tastenkürzel, Darstellung, Sprache, über Backfill",
        "Raccourcis clavier, apparence, langue, à propos de Backfill",
        "Atajos de teclado, apariencia, idioma, acerca de Backfill",
    ),
    "Keyboard shortcuts": ("Tastenkürzel", "Raccourcis clavier", "Atajos de teclado"),
    "Language (from the next start)": (
        "Sprache (ab dem nächsten Start)",
        "Langue (au prochain démarrage)",
        "Idioma (desde el próximo inicio)",
    ),
    "Light": ("Hell", "Clair", "Claro"),
    "Load": ("Laden", "Charger", "Cargar"),
    "Map": ("Zuordnen", "Associer", "Asignar"),
    "Review": ("Prüfen", "Vérifier", "Revisar"),
    "Upload": ("Hochladen", "Envoyer", "Cargar datos"),
    "Report": ("Bericht", "Rapport", "Informe"),
    "Next step": ("Nächster Schritt", "Étape suivante", "Paso siguiente"),
    "No file loaded": ("Keine Datei geladen", "Aucun fichier chargé", "Ningún archivo cargado"),
    "On Load: the file name field (type a path, then Enter)": (
        "Bei „Laden“: das Feld für den Dateinamen (Pfad eingeben, dann Eingabetaste)",
        "À « Charger » : le champ du nom de fichier (saisir un chemin, puis Entrée)",
        "En «Cargar»: el campo del nombre de archivo (escriba una ruta y pulse Intro)",
    ),
    "Open a file…": ("Datei öffnen …", "Ouvrir un fichier…", "Abrir un archivo…"),
    "Open a spreadsheet": ("Tabelle öffnen", "Ouvrir un tableur", "Abrir una hoja de cálculo"),
    "Previous / next step": (
        "Vorheriger / nächster Schritt",
        "Étape précédente / suivante",
        "Paso anterior / siguiente",
    ),
    "Primary action": ("Hauptaktion", "Action principale", "Acción principal"),
    "Quit": ("Beenden", "Quitter", "Salir"),
    "The page's main button: Next, or Start / Pause / Resume upload": (
        "Die Hauptschaltfläche der Seite: Weiter oder Upload starten / anhalten / fortsetzen",
        "Le bouton principal de la page : Suivant, ou démarrer / suspendre / reprendre l’envoi",
        "El botón principal de la página: Siguiente, o iniciar / pausar / reanudar la carga",
    ),
    "The previous step (Alt+Left)": (
        "Der vorherige Schritt (Alt+Links)",
        "L’étape précédente (Alt+Gauche)",
        "El paso anterior (Alt+Izquierda)",
    ),
    "This list": ("Diese Liste", "Cette liste", "Esta lista"),
    "You can also drop a file anywhere on the window.": (
        "Sie können eine Datei auch an beliebiger Stelle auf das Fenster ziehen.",
        "Vous pouvez aussi déposer un fichier n’importe où dans la fenêtre.",
        "También puede soltar un archivo en cualquier parte de la ventana.",
    ),
}
LANGUAGE_INDEX = {"de": 0, "fr": 1, "es": 2}


def fill(path: Path, language: str) -> list[str]:
    """Fill `path`'s translations for `language`; returns the source texts still missing."""
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        words = WORDS.get(source)
        if words is None:
            missing.append(source)
            continue
        translation.text = words[LANGUAGE_INDEX[language]]
        translation.attrib.pop("type", None)
    tree.getroot().set("language", f"{language}_{ {'de': 'DE', 'fr': 'FR', 'es': 'ES'}[language] }")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = {lang: fill(HERE / f"backfill_{lang}.ts", lang) for lang in LANGUAGE_INDEX}
    for lang, sources in missing.items():
        for source in sources:
            print(f"{lang}: not translated: {source}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
