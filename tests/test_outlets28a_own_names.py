"""A page's own name over a known outlet's partial alias, and no name from a lower-case address
(round 28, helper outlets28a). Small pages written for these tests."""


def test_a_known_outlets_alias_at_the_start_of_a_longer_own_name_is_not_the_outlet():
    from archive.extract.outlet_forms import own_longer_name
    from archive.extract.outlet_names import known_outlet, outlet_table

    outlet = next(o for o in outlet_table().outlets if "Folha" in o.aliases)  # a real alias of a real paper
    head, foot = ["Folha Ribeirinha", "Mundo"], ["Copyright Folha Ribeirinha. Todos os direitos reservados."]
    known = lambda name: bool(known_outlet(name))  # noqa: E731
    assert own_longer_name(outlet.name, head, foot, known) == "Folha Ribeirinha"
    assert own_longer_name(outlet.name, ["Mundo"], foot, known) is None  # the masthead must agree
    agency = ["Folha News", "Mundo"], ["Copyright Folha News. Todos os direitos reservados."]
    assert own_longer_name(outlet.name, *agency, known) is None  # a kind word after the alias: the same paper


def test_a_lower_case_address_alone_names_no_outlet():
    from archive.extract.domain_names import domain_outlet

    lines = ["https://www.qzvtrbnews.co.uk/news/ferry-crossing-reopens", "Ferry crossing reopens",
             "The river ferry carried its first passengers on Tuesday."]
    assert domain_outlet(lines[:2], lines[-1:], lines) is None


def test_a_masthead_with_its_countrys_adjective_in_the_copyright_line_is_that_fuller_name():
    from archive.extract.article import build_article
    from archive.readers.text import parse_text_article

    page = "\n\n".join([
        "منتدى الخابور", "الرئيسية  أخبار  تقارير", "افتتاح جسر جديد فوق النهر في البلدة",
        "الثلاثاء 14 آذار 2023",
        "افتتح المجلس المحلي صباح الثلاثاء جسراً جديداً فوق النهر يربط الحي الشرقي بالسوق بعد أشهر من العمل.",
        "وقال المهندس المسؤول إن الجسر يتحمل مرور الشاحنات الصغيرة وإن الأعمال في الطريق المؤدي إليه ستنتهي قريباً.",
        "© 2023 منتدى الخابور السوري. جميع الحقوق محفوظة",
    ]) + "\n"
    assert build_article(parse_text_article(page, "/tmp/x/bridge.txt")).outlet == "منتدى الخابور السوري"
