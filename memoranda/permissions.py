"""What each role may do with memoranda (merged by ``roles_sync()``)."""

_MODELS = ["memorandum", "memorandumparty", "preambleparagraph", "section", "clause", "subitem", "signaturecolumn"]

ROLE_PERMISSIONS = {
    "Secretariat": [
        f"memoranda.{action}_{model}" for model in _MODELS for action in ("add", "change", "delete", "view")
    ]
    + ["memoranda.add_memorandumversion", "memoranda.view_memorandumversion"],
}
