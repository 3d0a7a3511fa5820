"""Routes and conditions found in page text, including the word-boundary rules the matcher applies by hand."""

import pytest

from spiders.extract.vocabulary import find_conditions, find_routes


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
