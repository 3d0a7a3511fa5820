"""The parts every stage shares: site identity and money wording."""

import pytest

from common.money import dollars, fee_range
from common.sites import host, same_site, site_key, site_root


@pytest.mark.parametrize("url, key", [
    ("https://www.Clinic.com/fees", "clinic.com"),
    ("http://clinic.com", "clinic.com"),
    ("clinic.com", "clinic.com"),
    ("www.clinic.com/contact", "clinic.com"),
    ("clinic.com:8080/x", "clinic.com"),
    ("https://denver.clinic.co.uk/", "clinic.co.uk"),
    ("https://a.b.github.io/", "b.github.io"),              # a private suffix: each account is its own site
    ("https://clinic.com.", "clinic.com"),
    ("http://127.0.0.5:8000/x", "127.0.0.5:8000"),           # no public suffix: the port tells servers apart
    ("http://127.0.0.5/", "127.0.0.5"),
    ("http://localhost:9/", "localhost:9"),
    ("http://[::1]:80/", "[::1]:80"),
    ("", ""),
    ("http://[bad", ""),
    ("http://x.com:abc/", ""),
    ("javascript:alert(1)", ""),
    ("mailto:x@y.com", ""),
    ("tel:+13035550100", ""),
    ("ftp://x.com/", ""),
    # Website builders: each customer is a site of its own, by host or by the path the platform gives it.
    ("https://aspen.business.site/fees", "aspen.business.site"),
    ("https://www.birch.godaddysites.com/", "birch.godaddysites.com"),
    ("https://sites.google.com/view/Aspen-Ketamine/fees", "sites.google.com/view/aspen-ketamine"),
    ("https://m.facebook.com/aspenketamine/about", "facebook.com/aspenketamine"),
    ("https://m.facebook.com/aspenketamine", "facebook.com/aspenketamine"),
    ("https://sites.google.com/", "sites.google.com"),
])
def test_site_key(url, key):
    assert site_key(url) == key


@pytest.mark.parametrize("url, name", [
    ("https://WWW.Clinic.com:443/x", "www.clinic.com"),
    ("https://A.COM./x", "a.com"),
    ("https://a.com:/x", "a.com"),
    ("https://a.com?x", "a.com"),
    (" https://a.com/ ", "a.com"),
    ("https://a.com\n", "a.com"),
    ("https://user:pass@a.com/", "a.com"),
    ("https://exämple.com/", "exämple.com"),
    ("http://[::1]:80/", "::1"),
    ("https://a.com:65535/", "a.com"),
    ("https://a.com:65536/", ""),      # no such port: not an address
    ("https://", ""),
    ("clinic.com/fees", "clinic.com"),
    ("data:text/html,x", ""),
])
def test_host(url, name):
    assert host(url) == name


def test_host_and_same_site():
    assert host("https://WWW.Clinic.com:443/x") == "www.clinic.com"
    assert host("javascript:void(0)") == ""
    assert same_site("http://www.a-clinic.com/", "https://a-clinic.com/fees")
    assert not same_site("http://127.0.0.1:8001/", "http://127.0.0.1:8002/")
    assert not same_site("", "")
    assert not same_site("https://sites.google.com/view/birch/", "https://sites.google.com/view/aspen/")
    assert same_site("https://sites.google.com/view/aspen/fees", "https://sites.google.com/view/aspen/")


@pytest.mark.parametrize("url, root", [
    ("https://www.Clinic.com/fees?x=1", "https://www.clinic.com/"),
    ("http://127.0.0.5:8000/a/b", "http://127.0.0.5:8000/"),
    ("clinic.com/contact", "http://clinic.com/"),
    ("https://sites.google.com/view/Aspen-Ketamine/fees", "https://sites.google.com/view/Aspen-Ketamine/"),
    ("https://facebook.com/aspenketamine/about", "https://facebook.com/aspenketamine/"),
    ("javascript:void(0)", ""),
])
def test_a_site_root_is_its_home_page_or_a_builder_customers_own(url, root):
    assert site_root(url) == root


@pytest.mark.parametrize("low, high, text", [
    (450, 450, "$450"),
    (400, 650, "$400–$650"),
    (400, None, "from $400"),
    (None, 800, "up to $800"),
    (None, None, ""),
    (float("nan"), float("nan"), ""),
    (1062.5, 1062.5, "$1,062.50"),
    (1500, 2000, "$1,500–$2,000"),
])
def test_fee_range(low, high, text):
    assert fee_range(low, high) == text


def test_dollars():
    assert dollars(450.0) == "$450"
    assert dollars(1062.5) == "$1,062.50"
