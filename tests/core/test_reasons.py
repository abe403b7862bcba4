"""API codes and developer wording become plain sentences (exports keep the raw code)."""

from app.core.reasons import plain_reason


def test_known_code_prefix_and_field_names_become_words():
    text = plain_reason(
        "transient",
        "queue_unavailable: Queue transport failed; retry this row with the same distinctId",
    )
    assert "queue_unavailable" not in text and "distinctId" not in text
    assert "Send the failed rows again" in text


def test_a_bare_code_is_said_in_words():
    assert plain_reason("region_blocked", "") == "Refused by the destination (region blocked)"
    assert plain_reason("region_blocked", "region_blocked") == (
        "Refused by the destination (region blocked)"
    )


def test_messages_keep_their_meaning_with_field_labels():
    assert plain_reason("validation", "external_user_id must be at least 1 character") == (
        "User ID must be at least 1 character"
    )
    assert plain_reason("validation", "Invalid email") == "Invalid email"
