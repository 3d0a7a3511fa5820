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


@pytest.mark.parametrize("text, routes", [
    ("We do not offer IV infusions; our practice provides Spravato.", ["esketamine_spravato"]),
    ("We no longer provide ketamine infusions. Spravato is available.", ["esketamine_spravato"]),
    ("Our clinic doesn't offer IM ketamine, only IV ketamine.", ["iv_infusion"]),
    ("IV ketamine infusions are not offered at this location.", []),
    ("We do not currently administer intravenous ketamine.", []),
    ("We can't prescribe at-home ketamine, but we offer ketamine infusions.", ["iv_infusion"]),
    ("Not every patient needs IV ketamine.", ["iv_infusion"]),             # not a denial of the service
    ("Infusions are not covered by insurance. IV ketamine is $450.", ["iv_infusion"]),
    ("We do not offer IV ketamine. Read why IV ketamine works elsewhere.", ["iv_infusion"]),   # named again
])
def test_a_denied_route_is_not_offered(text, routes):
    assert find_routes(text) == routes


@pytest.mark.parametrize("text, conditions", [
    ("We do not treat chronic pain; we treat depression and PTSD.", ["depression", "ptsd"]),
    ("Fibromyalgia is not treated here.", []),
])
def test_a_denied_condition_is_not_treated(text, conditions):
    assert find_conditions(text) == conditions
