"""One module owns the web-host patterns the outlet readers use (round 24, outlets24a)."""

from archive.extract import (about_outlets, furniture_outlets, masthead_lines, outlet_addresses, outlet_domains,
                             outlet_refusals, page_names, web_hosts)


def test_the_outlet_readers_use_the_one_host_module():
    assert outlet_domains._HOST is web_hosts.HOST
    assert masthead_lines._HOST is web_hosts.HOST
    assert outlet_domains._ADDRESS is web_hosts.BROWSER_ADDRESS
    assert outlet_refusals._HOST is web_hosts.SCHEMED_HOST
    assert masthead_lines._DOMAIN_NAME is web_hosts.SITE_LABEL
    assert furniture_outlets._DOMAIN is web_hosts.LINKED_HOST
    assert furniture_outlets._BARE_ADDRESS is web_hosts.ADDRESS_LINE
    assert page_names._DOMAIN is web_hosts.DOMAIN_ONLY
    assert outlet_addresses.EMAIL is web_hosts.EMAIL is about_outlets.EMAIL is outlet_refusals.EMAIL


def test_a_mailbox_is_no_site_label():
    # a reporter's address names the site by its host, not by the mailbox's dotted name
    assert masthead_lines.domain_labels(["Write to sam.river@lakeherald.org"]) == {"lakeherald"}
    assert [m for m in web_hosts.HOST.findall("desk.team@valley-news.net, valley-news.net")] == \
        ["valley-news.net", "valley-news.net"]


def test_the_host_patterns_read_what_they_say():
    assert web_hosts.LINKED_HOST.findall("Read https://www.lakeherald.org/en/story and mail a@b.com") == ["lakeherald.org"]
    assert web_hosts.SCHEMED_HOST.findall("see http://news.lake.example.com") == ["news.lake.example.com"]
    assert web_hosts.SITE_LABEL.search("Lakeside.net Daily").group("label") == "Lakeside"
    assert web_hosts.ADDRESS_LINE.match("www.lakeherald.org/news/x")
    assert not web_hosts.ADDRESS_LINE.match("Visit www.lakeherald.org")
    assert web_hosts.BROWSER_ADDRESS.match("https://lakeherald.org/x")
    assert web_hosts.DOMAIN_ONLY.match("https://lakeherald.org/").group(1) == "lakeherald.org"
    assert not web_hosts.DOMAIN_ONLY.match("lakeherald.org/news")
    assert web_hosts.EMAIL.findall("Tips: tips@lakeherald.org") == ["lakeherald.org"]
