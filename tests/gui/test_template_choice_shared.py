"""The CLI and the app pick and apply templates through one core rule (template_choice)."""

from __future__ import annotations

from pathlib import Path

from app.cli import run_cli
from app.core import mapping as core_mapping
from app.core.mapping import FieldSource, Mapping, Template
from app.core.template_choice import choice_for, choose_template, templates_dir
from tests.gui.test_load_map_review import load, to_map

HEADERS = ["Customer ID", "Email", "Amount", "Region"]


def _save_templates() -> Path:
    """Two saved templates: one for these customers (saved when the column was "E-mail"),
    one for another file; returns the first one's path."""
    customers = Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID"),
            "email": FieldSource.from_column("E-mail", transforms=("trim", "lowercase")),
        },
    )
    path = templates_dir() / "Customers.json"
    core_mapping.save_template(customers, ["Customer ID", "E-mail", "Amount", "Region"], path)
    other = Mapping(
        destination="vibefollow-users",
        fields={"external_user_id": FieldSource.from_column("Member")},
    )
    core_mapping.save_template(other, ["Member", "Joined"], templates_dir() / "Members.json")
    return path


def _file(path: Path) -> Path:
    lines = [",".join(HEADERS)]
    lines += [f"C{i:03d}, C{i}@Example.com ,{i}.50,North" for i in range(12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_cli_and_the_app_apply_a_template_alike(make_window, qtbot, tmp_path):
    template_file = _save_templates()
    data = _file(tmp_path / "customers.csv")
    window = make_window()
    load(window, qtbot, data)
    to_map(window, qtbot)
    # The app picked the customers template on its own (the other one is for another file) …
    assert window.session.template_name == "Customers"
    automatic = window.session.mapping.to_dict()
    assert automatic["fields"]["email"]["column"] == "Email"
    # … and the CLI, named that template, maps the same headers the same way.
    used = tmp_path / "used.json"
    code = run_cli(
        ["validate", str(data), "--mapping", str(template_file), "--save-mapping", str(used)]
    )
    assert code == 0
    assert core_mapping.load_template(used).mapping.to_dict() == automatic
    # Load template… in the app agrees as well.
    assert window.pages[1].load_template(template_file)
    assert window.session.mapping.to_dict() == automatic


def test_choice_for_applies_a_named_template_even_when_it_would_not_be_chosen():
    mapping = Mapping("vibefollow-users", {"external_user_id": FieldSource.from_column("Member")})
    template = Template("Members", mapping, ("Member", "Joined", "Plan"))
    assert choose_template([template], HEADERS) is None
    named = choice_for(template, HEADERS)
    assert named.template is template and not named.exact
    assert named.application.missing_columns
    assert named.missing_required == ("User ID",)
    fitting = Template("Fits", mapping, ("Member", "Joined"))
    assert choice_for(fitting, ["Member", "Joined"]) == choose_template(
        [fitting], ["Member", "Joined"]
    )
