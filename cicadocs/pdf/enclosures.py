"""The PDFs of a note's enclosures, in the order they are listed."""


def enclosure_pdfs(note):
    return []
