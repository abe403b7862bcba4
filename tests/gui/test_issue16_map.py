"""Issue 16 (3–5): auto-match picks the destination from the file and distrusts contradicted
matches; templates saved without ".json" are found; template drift is told, not hidden."""

from __future__ import annotations

from pathlib import Path

from app.core import mapping as core_mapping
from app.core.mapping import ExtraColumn, FieldSource
from app.core.template_choice import templates_dir
from app.ui.assets import sample_files
from tests.gui.conftest import WAIT_MS
from tests.gui.test_load_map_review import load, send_to, to_map

PEOPLE = ["Lena Okafor", "Rosa Tanaka", "Wen Larsen", "Dev Dubois", "Ann Silva", "Ola Berg"]


def write_people(path: Path, rows: int = 30) -> Path:
    firsts = [p.split()[0] for p in PEOPLE]
    lasts = [p.split()[1] for p in PEOPLE]
    lines = ["ID,Name,Email,City"]
    for i in range(rows):  # 36 different people
        name = f"{firsts[i % 6]} {lasts[(i // 6) % 6]}"
        lines.append(f"P{i:03d},{name},p{i}@example.com,Oslo")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def users_sample() -> Path:
    return next(p for p in sample_files() if p.name == "users_sample.csv")


# -- 3: the destination follows the file, contradicted matches are never "likely" --------------


def test_users_sample_goes_to_users_not_the_last_used_events(make_window, qtbot):
    window = make_window("vibefollow-events")  # what the previous file used
    load(window, qtbot, users_sample())
    page = to_map(window, qtbot)
    assert window.session.destination_id == "vibefollow-users"
    assert window.session.mapping.destination == "vibefollow-users"
    assert "lists people" in page.kind_notice.text
    assert "VibeFollow" in page.kind_notice.text and "users" in page.kind_notice.text


def test_events_file_moves_a_users_destination_to_events(make_window, qtbot):
    window = make_window("vibefollow-users")
    events = next(p for p in sample_files() if p.name == "events_sample.csv")
    load(window, qtbot, events)
    to_map(window, qtbot)
    assert window.session.destination_id == "vibefollow-events"
    assert window.session.mapping.source("name").column == "event"


def test_operator_choice_of_destination_stands(make_window, qtbot):
    window = make_window("vibefollow-events")
    load(window, qtbot, users_sample())
    page = send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    assert window.session.destination_id == "vibefollow-events"
    assert page.kind_notice.isHidden()
    # A users file's sign-up date is no event time, and 'Plan' is no event name: doubts, not
    # "likely", and the operator is told.
    for name in ("name", "timestamp"):
        assert page.chosen_by.get(name) not in ("likely", "exact"), name
    assert "guess" in page.rows["timestamp"].confidence.text()
    assert "only guessing" in page.guess_notice.text


def test_peoples_names_are_never_a_likely_event_name(make_window, qtbot, tmp_path):
    window = make_window("ourspriv-events")
    load(window, qtbot, write_people(tmp_path / "users.csv"))
    page = send_to(window, qtbot, to_map(window, qtbot), "ourspriv-events")
    assert window.session.mapping.source("event").column in ("Name", None)
    assert page.chosen_by.get("event") not in ("likely", "exact")
    assert "likely" not in page.rows["event"].confidence.text()
    reason = window.session.suggestion.fields["event"].reason
    assert "people's names" in reason or "no matching column" in reason


# -- 4: a template saved without ".json" ------------------------------------------------------


def test_template_saved_without_json_ending_is_found_again(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    page.rows["email"].transform_boxes["lowercase"].setChecked(True)
    saved = page.save_template(templates_dir() / "March customers")
    assert saved is not None and saved.name == "March customers.json" and saved.exists()
    window.session.set_table(None)
    load(window, qtbot, customers_csv)
    to_map(window, qtbot)
    assert window.session.template_name == "March customers"
    assert "lowercase" in window.session.mapping.source("email").transforms


# -- 5: drift -----------------------------------------------------------------------------------


def _payments_template() -> None:
    mapping = core_mapping.Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID"),
            "email": FieldSource.from_column("Email", transforms=("trim",)),
        },
        extras={"Amount": ExtraColumn(value_type="number")},
    )
    headers = ["Customer ID", "Email", "Amount", "Region"]
    core_mapping.save_template(mapping, headers, templates_dir() / "Payments.json")


def _renamed_file(path: Path) -> Path:
    lines = ["Client No,Email,Amount,Sales Region"]
    lines += [f"C{i:03d},c{i}@example.com,{i}.50,North" for i in range(20)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_renamed_required_column_is_told_and_proposed(make_window, qtbot, tmp_path):
    _payments_template()
    window = make_window()
    load(window, qtbot, _renamed_file(tmp_path / "payments.csv"))
    page = to_map(window, qtbot)
    # The template is still the one in use (its settings are not lost) …
    assert window.session.template_name == "Payments"
    assert window.session.mapping.extras["Amount"].value_type == "number"
    # … and the operator reads which template, which columns are missing, and the proposals.
    text = page.drift_notice.text
    assert "Template 'Payments'" in text
    assert "'Customer ID'" in text and "'Region'" in text
    assert "User ID" in text
    assert "'Client No' for 'Customer ID'" in text and "'Sales Region' for 'Region'" in text
    assert not window.primary_button.isEnabled()
    assert "renamed" in window.hint_label.text() or "required" in window.hint_label.text()

    page.accept_proposals_button.click()
    mapping = window.session.mapping
    assert mapping.source("external_user_id").column == "Client No"
    assert mapping.extras["Amount"].value_type == "number"
    plan = {p.column: p.key for p in mapping.extra_plan(window.session.table.headers)}
    assert plan["Sales Region"] == "region"  # the property key the template sent before
    qtbot.waitUntil(window.primary_button.isEnabled, timeout=WAIT_MS)


def test_declining_proposals_keeps_the_new_names(make_window, qtbot, tmp_path):
    _payments_template()
    window = make_window()
    load(window, qtbot, _renamed_file(tmp_path / "payments.csv"))
    page = to_map(window, qtbot)
    page.decline_proposals_button.click()
    assert not page.proposals_pending
    assert window.session.mapping.source("external_user_id").kind == "none"
    assert "User ID" in window.hint_label.text()  # still required: Next says why
