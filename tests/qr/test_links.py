import re

import pytest

from qr import links

TELEGRAM_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def test_new_site_code_shape_and_uniqueness() -> None:
    codes = {links.new_site_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == 8
        assert code == code.lower()
        assert not set(code) & set("0O1lIio")
        assert set(code) <= set(links.ALPHABET)
        assert links.is_valid_code(code)


def test_alphabet_has_no_ambiguous_characters() -> None:
    assert not set(links.ALPHABET) & set("0oO1lIi")
    assert len(set(links.ALPHABET)) == len(links.ALPHABET)


@pytest.mark.parametrize("medium,letter", [("poster", "p"), ("sticker", "s")])
@pytest.mark.parametrize("version", [1, 2, 9, 10, 123, links.MAX_VERSION])
def test_payload_round_trip(medium: str, letter: str, version: int) -> None:
    code = links.new_site_code()
    payload = links.make_payload(code, medium, version)
    assert payload == f"{code}-{letter}{version}"
    assert TELEGRAM_RE.match(payload)
    parsed = links.parse_payload(payload)
    assert parsed == links.Payload(code, medium, version)  # type: ignore[arg-type]
    assert parsed is not None and parsed.encode() == payload


def test_examples_from_the_spec() -> None:
    assert links.make_payload("k7q2xp9a", "sticker", 1) == "k7q2xp9a-s1"
    assert links.make_payload("k7q2xp9a", "poster", 1) == "k7q2xp9a-p1"


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "x" * 65,
        "k7q2xp9a-s1" + "1" * 60,
        "k7q2xp9a-s1 ",
        " k7q2xp9a-s1",
        "k7q2xp9a-s1\n",
        "k7q2xp9a-x1",  # unknown medium
        "k7q2xp9a-poster1",
        "k7q2xp9a-s0",  # version 0
        "k7q2xp9a-s01",  # leading zero: not canonical
        "k7q2xp9a-s",  # no version
        "k7q2xp9a-s1234567",  # version too large
        "k7q2xp9a",  # bare code
        "K7Q2XP9A-s1",  # uppercase
        "k7q2xp0a-s1",  # ambiguous character
        "k7q2xp9-s1",  # short code
        "k7q2xp9aa-s1",  # long code
        "k7q2xp9a_s1",
        "k7q2xp9a--s1",
        "k7q2xp9a-s1-s1",
        "键7q2xp9a-s1",
        "../../etc/passwd",
        "<script>",
        "\x00\x00",
        "-s1",
    ],
)
def test_malformed_payloads_are_none(payload: str) -> None:
    assert links.parse_payload(payload) is None


@pytest.mark.parametrize("value", [None, 1, b"k7q2xp9a-s1", ["k7q2xp9a-s1"], object()])
def test_parse_payload_never_raises_on_non_strings(value: object) -> None:
    assert links.parse_payload(value) is None


@pytest.mark.parametrize(
    "code,medium,version",
    [
        ("k7q2xp9a", "helmet", 1),
        ("k7q2xp9a", "", 1),
        ("k7q2xp9a", "poster", 0),
        ("k7q2xp9a", "poster", -1),
        ("k7q2xp9a", "poster", links.MAX_VERSION + 1),
        ("k7q2xp9a", "poster", True),
        ("k7q2xp9a", "poster", "1"),
        ("K7Q2XP9A", "poster", 1),
        ("short", "poster", 1),
        ("k7q2xp0a", "poster", 1),
    ],
)
def test_make_payload_rejects_bad_input(code: str, medium: str, version: int) -> None:
    with pytest.raises(ValueError):
        links.make_payload(code, medium, version)


def test_deep_link() -> None:
    assert links.deep_link("anxin_bot", "k7q2xp9a-s1") == "https://t.me/anxin_bot?start=k7q2xp9a-s1"
    assert (
        links.deep_link("@anxin_bot", "k7q2xp9a-p2") == "https://t.me/anxin_bot?start=k7q2xp9a-p2"
    )


@pytest.mark.parametrize("payload", ["", "a b", "x" * 65, "键"])
def test_deep_link_rejects_bad_payload(payload: str) -> None:
    with pytest.raises(ValueError):
        links.deep_link("anxin_bot", payload)


@pytest.mark.parametrize("username", ["", "a", "bad name", "9bot", "x/y"])
def test_deep_link_rejects_bad_username(username: str) -> None:
    with pytest.raises(ValueError):
        links.deep_link(username, "k7q2xp9a-s1")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("k7q2xp9a", "k7q2xp9a"),
        ("K7Q2 XP9A", "k7q2xp9a"),
        (" k7q2-xp9a ", "k7q2xp9a"),
        ("k7q2xp0a", None),
        ("", None),
        ("k7q2xp9", None),
        (None, None),
    ],
)
def test_parse_code(text: object, expected: str | None) -> None:
    assert links.parse_code(text) == expected


def test_display_code() -> None:
    assert links.display_code("k7q2xp9a") == "k7q2 xp9a"
    assert links.parse_code(links.display_code("k7q2xp9a")) == "k7q2xp9a"
