"""The one place the steps share state: what was loaded, how it maps, what validation found.

Pages read and write the session; the session only stores values and announces changes. It
holds no business logic (that lives in `app.core`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.paged_table import PagedTable
from app.core.table import Table

DEFAULT_DESTINATION = "vibefollow-events"


class Session(QObject):
    """Shared state of one import: table → mapping → validation → upload job.

    Setters emit the matching signal. Changing an earlier stage clears what was derived from
    it (a new table drops the old mapping and validation), so no page sees stale results.
    """

    table_changed = Signal()
    suggestion_changed = Signal()
    mapping_changed = Signal()
    validation_changed = Signal()
    excluded_changed = Signal()
    destination_changed = Signal()
    profile_changed = Signal()
    job_changed = Signal()
    then_event_changed = Signal()
    sandbox_changed = Signal()
    status = Signal(str)

    def __init__(
        self,
        *,
        journal: Any = None,
        secrets: Any = None,
        profiles: Any = None,
        destination_id: str = DEFAULT_DESTINATION,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        # A big file kept on disk: all its rows; `table` then holds its first slice only.
        self.paged: PagedTable | None = None
        self.suggestion: Any = None  # app.core.mapping.MappingSuggestion
        self.mapping: Any = None  # app.core.mapping.Mapping
        self.validation: Any = None  # app.core.validate.ValidationResult
        self.excluded_rows: set[int] = set()  # spreadsheet row numbers left out on purpose
        self.destination_id: str = destination_id
        self.profile: Any = None  # app.core.profiles.Profile
        self.job_id: str | None = None
        self.sandbox_url: str | None = None
        self.sandbox_key: str | None = None
        self.template_name: str | None = None  # mapping template in use, if any
        # A users upload's event part (app.core.mapping.ThenEvent): None, users only.
        self.then_event: Any = None
        # What the loaded rows are when they are not simply "the file" (e.g. "3 rejected rows
        # of users.csv"): the status bar and title say this instead of the file's name.
        self.table_label: str | None = None
        # A cell was edited on the Review step: the rows are no longer the file's as read
        # (a job made from them cannot be continued from the file).
        self.edited = False
        self._journal = journal
        self._secrets = secrets
        self._profiles = profiles

    # -- services (created on first use so tests and the CLI-less GUI can pass their own) ----

    @property
    def journal(self) -> Any:
        """The job journal (`app.core.journal`), opened in the data dir on first use."""
        if self._journal is None:
            from app.ui.services import open_journal

            self._journal = open_journal()
        return self._journal

    @journal.setter
    def journal(self, value: Any) -> None:
        self._journal = value

    @property
    def secrets(self) -> Any:
        """The API-key store (`app.core.secrets.SecretStore`)."""
        if self._secrets is None:
            from app.ui.services import open_secrets

            self._secrets = open_secrets()
        return self._secrets

    @secrets.setter
    def secrets(self, value: Any) -> None:
        self._secrets = value

    @property
    def profiles(self) -> Any:
        """The destination-profile store (`app.core.profiles`)."""
        if self._profiles is None:
            from app.ui.services import open_profiles

            self._profiles = open_profiles()
        return self._profiles

    @profiles.setter
    def profiles(self, value: Any) -> None:
        self._profiles = value

    # -- setters -------------------------------------------------------------------------------

    def set_table(
        self, table: Table | None, label: str | None = None, paged: PagedTable | None = None
    ) -> None:
        """A new file was loaded (or cleared); everything derived from the old one goes.

        `label` names rows that are not a whole file (see `table_label`); `paged` is a big
        file's rows on disk (`table` its first slice). The old file's cache file goes."""
        if self.paged is not None and self.paged is not paged:
            self.paged.close()
        self.paged = paged if table is not None else None
        self.table = table
        self.table_label = label if table is not None else None
        self.edited = False
        self.suggestion = None
        self.mapping = None
        self.validation = None
        self.excluded_rows = set()
        self.job_id = None
        self.then_event = None
        self.table_changed.emit()
        self.suggestion_changed.emit()
        self.mapping_changed.emit()
        self.validation_changed.emit()
        self.excluded_changed.emit()
        self.job_changed.emit()

    def set_then_event(self, then_event: Any) -> None:
        """Also send this event for each user accepted (None: users only)."""
        if then_event != self.then_event:
            self.then_event = then_event
            self.then_event_changed.emit()

    def set_suggestion(self, suggestion: Any) -> None:
        """Auto-suggested mapping for the current table and destination."""
        self.suggestion = suggestion
        self.suggestion_changed.emit()

    def set_mapping(self, mapping: Any) -> None:
        """The operator's mapping; the old validation no longer applies."""
        self.mapping = mapping
        self.mapping_changed.emit()
        if self.validation is not None:
            self.set_validation(None)

    def set_validation(self, validation: Any) -> None:
        """Validation result for the current table + mapping (None = not validated yet)."""
        self.validation = validation
        self.validation_changed.emit()

    def set_excluded_rows(self, rows: set[int]) -> None:
        """Spreadsheet row numbers the operator chose to leave out; the old validation goes."""
        self.excluded_rows = set(rows)
        self.excluded_changed.emit()
        if self.validation is not None:
            self.set_validation(None)

    def set_destination(self, destination_id: str) -> None:
        """Which API the records are for; a different destination needs a new mapping."""
        if destination_id == self.destination_id:
            return
        self.destination_id = destination_id
        self.destination_changed.emit()

    def set_profile(self, profile: Any) -> None:
        """The destination profile (sandbox or a named production target)."""
        self.profile = profile
        self.profile_changed.emit()

    def set_job(self, job_id: str | None) -> None:
        """The upload job in the journal that this session is running or reporting on."""
        self.job_id = job_id
        self.job_changed.emit()

    def set_sandbox(self, url: str | None, key: str | None) -> None:
        """Where the embedded sandbox listens (the default destination)."""
        self.sandbox_url = url
        self.sandbox_key = key
        self.sandbox_changed.emit()

    def close(self) -> None:
        """Close the stores this session opened (the journal's database)."""
        if self.paged is not None:
            self.paged.close()  # its cache file
        journal, self._journal = self._journal, None
        closer = getattr(journal, "close", None)
        if closer is not None:
            closer()

    def say(self, message: str) -> None:
        """Show a message in the status bar."""
        self.status.emit(message)

    # -- read-only conveniences for status lines -----------------------------------------------

    @property
    def table_name(self) -> str | None:
        """How the loaded rows are named for the operator: the label, else the file's name."""
        if self.table is None:
            return None
        return self.table_label or self.table.info.path.name

    @property
    def row_count(self) -> int:
        """Data rows in the loaded table (0 when nothing is loaded)."""
        if self.paged is not None:
            return len(self.paged)
        return 0 if self.table is None else len(self.table)

    @property
    def is_production(self) -> bool:
        """True when the current profile sends to a real (non-sandbox) API."""
        return self.profile_kind == "production"

    @property
    def profile_kind(self) -> str:
        """ "sandbox", "staging" or "production" (no profile chosen = the embedded sandbox)."""
        profile = self.profile
        if profile is None:
            return "sandbox"
        return str(getattr(profile, "kind", "production"))
