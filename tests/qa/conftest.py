"""QA regression tests reuse the GUI fixtures: QSettings in tmp, real windows closed after."""

from tests.gui.conftest import (  # noqa: F401  (pytest finds fixtures by name)
    _isolated_qsettings,
    _no_windows_left_open,
    customers_csv,
    make_window,
    ui_settings,
)
