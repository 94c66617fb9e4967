"""Service functions of the memoranda area (validate, then save, then record).

- ``memorandum_create(*, title, actor, parties, preamble, lead_in, sections, ...)``:
  a whole memorandum from a structured tree (the importer and the demo use it).
- ``element_update / element_add / element_delete / element_move``: the editor.
- ``memorandum_freeze_version(*, memorandum, actor, reason)``: a frozen version.
"""

from .create import as_texts, memorandum_create
from .elements import element_add, element_delete, element_get, element_move, element_update
from .errors import (
    EditConflictError,
    ElementReferencedError,
    InvalidTransitionError,
    MemorandumError,
    MemorandumSignedError,
)
from .versions import memorandum_freeze_version, memorandum_mark_signed, memorandum_update_settings

__all__ = [
    "EditConflictError",
    "ElementReferencedError",
    "InvalidTransitionError",
    "MemorandumError",
    "MemorandumSignedError",
    "as_texts",
    "element_add",
    "element_delete",
    "element_get",
    "element_move",
    "element_update",
    "memorandum_create",
    "memorandum_freeze_version",
    "memorandum_mark_signed",
    "memorandum_update_settings",
]
