from cicadocs.review.snapshot import elements


def test_a_kazakh_preamble_keyword_is_marked_to_close_its_paragraph():
    snapshot = {
        "languages": ["en", "kk"],
        "preamble": [
            {
                "uid": "p1",
                "keyword": {"en": "CONSIDERING that", "kk": "НАЗАРҒА АЛА ОТЫРЫП;"},
                "text": {"en": "peace matters;", "kk": "бейбітшіліктің маңызды екенін"},
                "keyword_at_end": {"en": False, "kk": True},
            }
        ],
        "sections": [],
    }

    (paragraph,) = elements(snapshot)

    assert paragraph["label_last"] == {"en": False, "kk": True}
