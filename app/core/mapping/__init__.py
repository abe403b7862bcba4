"""Column → field mapping: the operator's choices (`model`), auto-suggestion (`suggest`), and
reusable templates (`templates`).

The package re-exports the names callers use, so `from app.core.mapping import Mapping,
suggest_mapping, load_template` keeps working wherever it is written.
"""

from app.core.mapping.model import ExtraColumn as ExtraColumn
from app.core.mapping.model import FieldSource as FieldSource
from app.core.mapping.model import Mapping as Mapping
from app.core.mapping.model import snake_case as snake_case
from app.core.mapping.suggest import MappingSuggestion as MappingSuggestion
from app.core.mapping.suggest import date_note as date_note
from app.core.mapping.suggest import suggest_mapping as suggest_mapping
from app.core.mapping.templates import TEMPLATE_SUFFIX as TEMPLATE_SUFFIX
from app.core.mapping.templates import Template as Template
from app.core.mapping.templates import TemplateApplication as TemplateApplication
from app.core.mapping.templates import apply_template as apply_template
from app.core.mapping.templates import load_template as load_template
from app.core.mapping.templates import save_template as save_template
from app.core.mapping.templates import template_matches as template_matches
from app.core.mapping.templates import template_path as template_path
from app.core.mapping.then_event import ThenEvent as ThenEvent
from app.core.mapping.then_event import event_mapping as event_mapping
from app.core.mapping.then_event import then_event_of as then_event_of
