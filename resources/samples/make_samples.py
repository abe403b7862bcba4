"""Regenerate the sample spreadsheets the app offers one click away (deterministic).

Run: `.venv/bin/python resources/samples/make_samples.py`. Each sample carries a few deliberate,
realistic problems so the Review step has something to show:

- users_sample.csv (200 rows): blank user IDs, invalid emails, stray spaces, mixed-case emails,
  a repeated user ID.
- events_sample.xlsx (500 rows, sheet "Events" under a title line): a day-first text date column
  (`25/03/2024 14:05`), an impossible date, blank IDs, a future date, a repeated event, and an
  `n/a` seat count (so Seats is suggested as text; set it to number to see the rows it breaks).
- events_sample.csv (300 rows): ISO timestamps, revenue numbers, a few blank event names and an
  unreadable timestamp.
"""

from __future__ import annotations

import csv
import random
import re
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
FIRST = (
    "Ann",
    "Bob",
    "Chloé",
    "Dev",
    "Eva",
    "Femi",
    "Gus",
    "Hana",
    "Ivan",
    "Jo",
    "Kai",
    "Lena",
    "Mo",
    "Nia",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sam",
    "Tao",
    "Uma",
    "Vik",
    "Wen",
    "Yara",
)
LAST = (
    "Smith",
    "Müller",
    "Okafor",
    "García",
    "Nguyen",
    "Kowalski",
    "Rossi",
    "Tanaka",
    "Dubois",
    "Silva",
    "Ahmed",
    "Larsen",
    "O'Neil",
    "Novak",
    "Haddad",
    "Costa",
)
COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne")
PLANS = ("free", "trial", "pro", "team", "enterprise")
EVENTS = (
    "user_signed_up",
    "trial_started",
    "paywall_viewed",
    "subscription_started",
    "feature_used",
    "invite_sent",
    "subscription_cancelled",
)
COUNTRIES = ("DE", "FR", "GB", "US", "NL", "ES", "PL", "SE")
START = datetime(2024, 1, 2, 8, 0)


def _users(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for i in range(1, 201):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        handle = f"{first}.{last}".lower().replace("'", "").replace("é", "e").replace("ü", "u")
        handle = handle.replace("í", "i").replace("á", "a")
        company = rng.choice(COMPANIES)
        signup = START + timedelta(days=rng.randrange(0, 300), minutes=rng.randrange(0, 1440))
        rows.append(
            {
                "User ID": f"U{i:05d}",
                "Full Name": f"{first} {last}",
                "E-mail": f"{handle}{i}@{company.lower()}.example.com",
                "Plan": rng.choice(PLANS),
                "Seats": str(rng.randrange(1, 60)),
                "Signup Date": signup.strftime("%Y-%m-%d"),
                "Company": company,
            }
        )
    for n in (17, 88, 143):  # blank user IDs
        rows[n - 2]["User ID"] = ""
    for n, bad in (
        (24, "not-an-email"),
        (61, "ann.smith@@acme.example.com"),
        (102, "bob@localhost"),
        (177, "eva.rossi.example.com"),
    ):
        rows[n - 2]["E-mail"] = bad
    for n in (9, 40, 131):  # stray spaces around IDs and emails
        rows[n - 2]["User ID"] = f" {rows[n - 2]['User ID']} "
    for n in (55, 150):
        rows[n - 2]["E-mail"] = f"  {rows[n - 2]['E-mail']}"
    for n in (5, 33, 70, 96, 121, 160, 188, 199):  # mixed-case emails
        rows[n - 2]["E-mail"] = rows[n - 2]["E-mail"].title()
    rows[190 - 2]["User ID"] = rows[12 - 2]["User ID"]  # the same user twice
    return rows


def _events(rng: random.Random, count: int, users: int) -> list[dict[str, object]]:
    rows = []
    for _ in range(count):
        when = START + timedelta(days=rng.randrange(0, 330), seconds=rng.randrange(0, 86_400))
        rows.append(
            {
                "user": f"U{rng.randrange(1, users + 1):05d}",
                "event": rng.choice(EVENTS),
                "when": when,
                "plan": rng.choice(PLANS),
                "seats": rng.randrange(1, 40),
                "revenue": round(
                    rng.choice((0, 0, 0, 9.99, 49.99, 199.0)) * rng.choice((1, 1, 12)), 2
                ),
                "country": rng.choice(COUNTRIES),
            }
        )
    rows.sort(key=lambda r: r["when"])  # type: ignore[arg-type, return-value]
    return rows


def write_users_csv(path: Path) -> None:
    """users_sample.csv: 200 users for VibeFollow users."""
    rows = _users(random.Random(20240301))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def write_events_xlsx(path: Path) -> None:
    """events_sample.xlsx: 500 events with a day-first text date column under a title line."""
    rows = _events(random.Random(20240302), 500, 200)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Events"
    ws.append(["Product events export — Q1–Q4 2024 (dates are DD/MM/YYYY)"])
    ws.append([])
    ws.append(["Customer ID", "Action", "Date", "Plan", "Seats", "Revenue", "Country", "Notes"])
    for i, row in enumerate(rows):
        when: datetime = row["when"]  # type: ignore[assignment]
        ws.append(
            [
                row["user"],
                row["event"],
                when.strftime("%d/%m/%Y %H:%M"),
                row["plan"],
                row["seats"],
                row["revenue"],
                row["country"],
                "imported from CRM" if i % 97 == 0 else None,
            ]
        )
    first_data = 4
    ws.cell(row=first_data + 41, column=3, value="31/02/2024 10:00")  # no such date
    ws.cell(row=first_data + 120, column=1).value = None  # blank customer IDs
    ws.cell(row=first_data + 333, column=1).value = None
    ws.cell(row=first_data + 250, column=3, value="14/07/2031 09:00")  # in the future
    ws.cell(row=first_data + 402, column=5, value="n/a")  # not a number
    for col in range(1, 4):  # the same event twice
        ws.cell(
            row=first_data + 301, column=col, value=ws.cell(row=first_data + 300, column=col).value
        )
    other = wb.create_sheet("Notes")
    other.append(["This sheet is not imported; choose the 'Events' sheet."])
    fixed = datetime(2024, 6, 1, 12, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)
    _freeze_zip_times(path)


def _freeze_zip_times(path: Path) -> None:
    """Rewrite the workbook's zip entries with a fixed date so reruns give identical bytes."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2024-06-01T12:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def write_events_csv(path: Path) -> None:
    """events_sample.csv: 300 events with ISO timestamps."""
    rows = _events(random.Random(20240303), 300, 200)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["user_id", "event", "occurred_at", "plan", "seats", "revenue", "country"])
        for i, row in enumerate(rows):
            when: datetime = row["when"]  # type: ignore[assignment]
            stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            event = "" if i in (57, 211) else row["event"]
            if i == 140:
                stamp = "last tuesday"
            writer.writerow(
                [
                    row["user"],
                    event,
                    stamp,
                    row["plan"],
                    row["seats"],
                    row["revenue"],
                    row["country"],
                ]
            )


def main() -> None:
    """Write all three samples next to this script."""
    write_users_csv(HERE / "users_sample.csv")
    write_events_xlsx(HERE / "events_sample.xlsx")
    write_events_csv(HERE / "events_sample.csv")


if __name__ == "__main__":
    main()
