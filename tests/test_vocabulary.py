"""Routes and conditions found in page text, including the word-boundary rules the matcher applies by hand."""

import pytest

from common import vocabulary
from common.vocabulary import find_conditions, find_routes


@pytest.mark.parametrize("text, routes", [
    ("We offer IV ketamine infusions for depression.", ["iv_infusion"]),
    ("Intravenous therapy and intramuscular (IM) injections", ["iv_infusion", "im_injection"]),
    ("Spravato (esketamine) is given in our REMS-certified office.", ["esketamine_spravato"]),
    ("Compounded nasal ketamine can be prescribed.", ["intranasal_other"]),
    ("Esketamine nasal spray only.", ["esketamine_spravato"]),
    ("Our ketamine nasal spray program", ["intranasal_other"]),
    ("Sublingual troches for maintenance", ["oral_sublingual"]),
    ("At-home ketamine through telehealth visits", ["at_home_telehealth"]),
    ("Deriv infusion pumps", []),            # 'iv infusion' inside a word is not the route
    ("Vitamin drips and NAD+ therapy", []),
])
def test_routes(text, routes):
    assert find_routes(text) == routes


@pytest.mark.parametrize("text, conditions", [
    ("Treatment-resistant depression (TRD) and MDD", ["depression"]),
    ("Bipolar depression, PTSD and OCD", ["depression", "bipolar_depression", "ptsd", "ocd"]),
    ("CRPS, also called RSD or reflex sympathetic dystrophy", ["crps"]),
    ("Fibromyalgia, migraines and phantom limb pain", ["fibromyalgia", "migraine", "neuropathic_pain"]),
    ("Suicidal thoughts need urgent care", ["suicidal_ideation"]),
    ("Postpartum depression", ["depression", "postpartum_depression"]),
    ("Hydration for hangovers", []),
    ("Standard dressing", []),             # 'rsd' inside a word is not CRPS
])
def test_conditions(text, conditions):
    assert find_conditions(text) == conditions


def test_a_caller_may_pass_the_lower_cased_text():
    text = "IV Ketamine for PTSD, Bipolar Depression and CRPS. At-Home Ketamine troches."
    assert find_routes(text, text.lower()) == find_routes(text) == [
        "iv_infusion", "oral_sublingual", "at_home_telehealth"]
    assert find_conditions(text, text.lower()) == find_conditions(text) == [
        "depression", "bipolar_depression", "ptsd", "crps"]


@pytest.mark.parametrize("pattern, anchor", [
    ("iv ketamine", "iv ketamine"),
    ("troches?", "troche"),                                   # a character made optional is not certain
    ("post-?partum depression", "partum depression"),
    ("rapid[- ]dissolve tablets?", "dissolve tablet"),        # nor a character class
    ("suicidal (?:ideation|thoughts)", "suicidal "),          # nor a group
    (r"mdd\b", "mdd"),                                        # nor an escape
    ("obsessive[- ]compulsive", "compulsive"),
    ("ab*c", "a"),
    ("ab+c", ""),                                             # other repeats: nothing is taken as certain
    ("a{2}bc", ""),
    ("a.c", ""),
    ("depression|anxiety", ""),                               # alternatives at the top level
    ("(?:x|y)z", "z"),
    ("(?:a(?:b|c))d", "d"),
    (r"\.com", "com"),
])
def test_anchor_is_plain_text_every_match_contains(pattern, anchor):
    assert vocabulary._anchor(pattern) == anchor


def test_every_phrase_has_an_anchor():
    """So a phrase absent from a page is ruled out by a substring test rather than a regex scan."""
    assert all(anchor for _code, _bounded, anchor, _rx in vocabulary._ROUTE_RES + vocabulary._CONDITION_RES)
