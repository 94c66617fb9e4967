"""Import of existing memoranda of understanding from plain text or .docx.

`parse_text(text)` turns the text into an `ImportResult` (no database);
`docx_to_text(file)` extracts the text of a Word file; the services create a
draft memorandum from a result or fill in its translations.
"""
