"""The Map step says how many columns go where, even when there are dozens."""

from __future__ import annotations

from tests.gui.conftest import WAIT_MS


def test_long_column_lists_say_how_many(make_window, qtbot, tmp_path):
    path = tmp_path / "wide.csv"
    extras = [f"Attribute {i}" for i in range(60)]
    path.write_text(
        ",".join(["Customer ID", *extras]) + "\n" + ",".join(["C1", *("x" for _ in extras)]) + "\n",
        encoding="utf-8",
    )
    window = make_window("vibefollow-users")
    task = window.pages[0].load_path(path)
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert window.go_to(1)
    page = window.pages[1]
    qtbot.waitUntil(
        lambda: window.session.mapping is not None and not page.is_busy, timeout=WAIT_MS
    )
    assert "52 more (60 columns)" in page.extras_label.text()
    assert "Attribute 59" in page.extras_label.toolTip()

    page.extras_policy.setCurrentIndex(page.extras_policy.findData("ignore"))
    qtbot.waitUntil(lambda: window.session.mapping.extras_policy == "ignore", timeout=WAIT_MS)
    assert "52 more (60 columns)" in page.ignored_label.text()
    assert len(page.ignored_label.text()) < 200
