"""What each recorded action is called in the interface."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "note.create": _("Note drafted"),
    "note.update": _("Note changed"),
    "note.approve": _("Note approved"),
    "note.return_to_draft": _("Note returned to draft"),
    "note.dispatch": _("Note dispatched"),
    "note.record": _("Dispatched note recorded"),
    "note.correct": _("Correction drafted"),
    "note.delete": _("Note deleted"),
    "note.enclosure_add": _("Enclosure added"),
    "note.enclosure_remove": _("Enclosure removed"),
    "memoranda.memorandum_create": _("Memorandum created"),
    "memoranda.memorandum_import": _("Memorandum imported"),
    "memoranda.import_translation": _("Translation imported"),
    "memoranda.settings": _("Memorandum settings changed"),
    "memoranda.element_add": _("Element added"),
    "memoranda.element_update": _("Element changed"),
    "memoranda.element_move": _("Element moved"),
    "memoranda.element_delete": _("Element deleted"),
    "memoranda.freeze_version": _("Version frozen"),
    "memoranda.signed": _("Recorded as signed"),
    "review.circulated": _("Circulated"),
    "review.reminded": _("Reminder sent"),
    "review.proposal_submitted": _("Proposal submitted"),
    "review.proposal_edited": _("Proposal changed"),
    "review.proposal_withdrawn": _("Proposal withdrawn"),
    "review.proposal_decided": _("Decision on a proposal"),
    "review.objected": _("Objection"),
    "review.silence_broken": _("Silence broken"),
    "review.closed": _("Circulation closed"),
}


def action_label(action):
    return ACTION_LABELS.get(action, action)
