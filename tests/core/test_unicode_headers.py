"""Headers in Cyrillic, Greek or Japanese keep their meaning as property keys and in templates."""

from __future__ import annotations

from pathlib import Path

from app.core.mapping import FieldSource, Mapping, Template, snake_case, template_matches
from app.core.sources import load_table


def test_non_latin_headers_become_distinct_keys(tmp_path: Path):
    path = tmp_path / "клиенты.csv"
    path.write_text("ID,Имя,Город,注文日\nC1,Анна,Москва,2024-03-04\n", encoding="utf-8")
    table = load_table(path)
    mapping = Mapping(
        destination="vibefollow-users", fields={"external_user_id": FieldSource.from_column("ID")}
    )
    keys = [p.key for p in mapping.extra_plan(table.headers)]
    assert keys == ["имя", "город", "注文日"]  # not column, column_2, column_3
    assert snake_case("Größe (cm)") == "grosse_cm"  # accents still fold as before


def test_a_template_for_other_non_latin_columns_does_not_match():
    mapping = Mapping(destination="vibefollow-users")
    template = Template(name="t", mapping=mapping, headers=("ID", "Имя", "Город"))
    assert template_matches(template, ["ID", "Имя", "Город"])
    assert not template_matches(template, ["ID", "Телефон", "Почта"])
