"""Typo suggestions for email domains (badgedesk.core.emailcheck)."""

from __future__ import annotations

import pytest

from badgedesk.core.emailcheck import KNOWN_DOMAINS, damerau_levenshtein, fix_domain, suggest_fix

POSITIVE = [
    ("ada@gmial.com", "ada@gmail.com"),
    ("ada@gmal.com", "ada@gmail.com"),
    ("ada@gmai.com", "ada@gmail.com"),
    ("ada@gmail.co", "ada@gmail.com"),
    ("ada@gamil.com", "ada@gmail.com"),
    ("ada@gmail.con", "ada@gmail.com"),
    ("ada@gmial.con", "ada@gmail.com"),
    ("ada@gmai1.com", "ada@gmail.com"),
    ("ada@hotmial.com", "ada@hotmail.com"),
    ("ada@hotmal.com", "ada@hotmail.com"),
    ("ada@hotmail.co", "ada@hotmail.com"),
    ("ada@hotmial.co.uk", "ada@hotmail.co.uk"),
    ("ada@hotmail.uk.co", "ada@hotmail.co.uk"),
    ("ada@outlok.com", "ada@outlook.com"),
    ("ada@outloo.com", "ada@outlook.com"),
    ("ada@outlook.cmo", "ada@outlook.com"),
    ("ada@yaho.com", "ada@yahoo.com"),
    ("ada@yahooo.com", "ada@yahoo.com"),
    ("ada@yahoo.ocm", "ada@yahoo.com"),
    ("ada@yahoo.co.ku", "ada@yahoo.co.uk"),
    ("ada@iclod.com", "ada@icloud.com"),
    ("ada@icloud.co", "ada@icloud.com"),
    ("ada@googlemial.com", "ada@googlemail.com"),
    ("ada@googlmail.com", "ada@googlemail.com"),
    ("ada@gogglemail.com", "ada@googlemail.com"),
    ("ada@btinternt.com", "ada@btinternet.com"),
    ("ada@btinterent.com", "ada@btinternet.com"),
    ("ada@virginmedai.com", "ada@virginmedia.com"),
    ("ada@liv.com", "ada@live.com"),
    ("ada@skyy.com", "ada@sky.com"),
    ("ada@aol.con", "ada@aol.com"),
    ("ada@acme.con", "ada@acme.com"),
    ("ada@charity.ogr", "ada@charity.org"),
    ("ada@bbc.uk.co", "ada@bbc.co.uk"),
    ("ada@students.ed.uk.ac", "ada@students.ed.ac.uk"),
    ("ada@acme.couk", "ada@acme.co.uk"),
    ("ada@gmail.com.", "ada@gmail.com"),
    ("Ada.Lovelace+badges@GMIAL.COM", "Ada.Lovelace+badges@gmail.com"),  # local part kept as typed
    ("  o'brien@hotmail.con ", "o'brien@hotmail.com"),
]

NEGATIVE = [
    "ada@gmail.com",
    "ada@gmail.de",
    "ada@mail.com",
    "ada@email.com",
    "ada@ymail.com",
    "ada@gmx.de",
    "ada@googlemail.com",
    "ada@hotmail.fr",
    "ada@hotmail.de",
    "ada@live.co.uk",
    "ada@yahoo.co.uk",
    "ada@yahoo.ca",
    "ada@me.com",
    "ada@mac.com",
    "ada@sky.com",
    "ada@love.com",
    "ada@cloud.com",
    "ada@ox.ac.uk",
    "ada@cs.ucl.ac.uk",
    "ada@ed.ac.uk",
    "ada@mit.edu",
    "ada@nhs.net",
    "ada@bbc.co.uk",
    "ada@acme.co.uk",
    "ada@example.org",
    "ada@company.com",
    "ada@navigatr.app",
    "ada@outlook.es",
    "ada@talktalk.net",
    "ada@protonmail.ch",
    "ada@yahoo.net",
    "ada@gmail.co.uk",
    "not-an-email",
    "two@at@gmial.com",
    "@gmial.com",
    "ada@",
    "",
]


@pytest.mark.parametrize(("typed", "fixed"), POSITIVE)
def test_suggests_the_intended_address(typed, fixed):
    assert suggest_fix(typed) == fixed


@pytest.mark.parametrize("typed", NEGATIVE)
def test_leaves_real_and_unknown_domains_alone(typed):
    assert suggest_fix(typed) is None


def test_case_counts():
    assert len(POSITIVE) >= 25 and len(NEGATIVE) >= 15


def test_no_known_domain_is_ever_fixed():
    assert [d for d in sorted(KNOWN_DOMAINS) if fix_domain(d) is not None] == []


def test_case_only_differences_are_not_a_fix():
    assert suggest_fix("ada@Gmail.COM") is None


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("gmail.com", "gmail.com", 0),
        ("gmial.com", "gmail.com", 1),  # one swap
        ("gmal.com", "gmail.com", 1),
        ("gmail.de", "gmail.com", 3),
        ("", "abc", 3),
        ("ca", "abc", 3),  # optimal string alignment, not unrestricted Damerau
    ],
)
def test_distance(a, b, distance):
    assert damerau_levenshtein(a, b) == distance
