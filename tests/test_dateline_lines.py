"""A dateline alone on the line over the text's first paragraph, a place and the agency in
parentheses ("دمشق (الاتحاد)", "ERBIL (Rudaw)"): part of the text where the data knows the agency
or the page names it on another line (its masthead, its copyright)."""

from archive.readers.text import parse_text_article

ARABIC = """صحيفة الوادي
الرئيسية  العرب والعالم  الاقتصاد

الأمم المتحدة تحذر من تدهور الأوضاع في المخيم

9 فبراير 2021

الحسكة (الوادي)

حذرت الأمم المتحدة من تدهور الأوضاع الإنسانية والأمنية في المخيم شمال شرق سوريا، داعية الدول إلى استعادة رعاياها دون تأخير.

وقالت مسؤولة أممية إن أكثر من عشرين حادثة وقعت في المخيم منذ بداية العام، وإن الأطفال يعيشون في ظروف صعبة للغاية.

حقوق النشر محفوظة لصحيفة الوادي 2023
"""


def test_a_place_and_the_outlet_in_parentheses_over_the_text_is_its_dateline():
    body = parse_text_article(ARABIC).body
    assert body.startswith("الحسكة (الوادي)")
    english = "\n\n".join(["Camp fire kills three children", "ERBIL (Rudaw)",
                           "Three children died on Thursday when a fire broke out in their tent in the camp, "
                           "officials said, and their mother was taken to hospital with burns.",
                           "Fires are common in the camp in winter, when families heat their tents with stoves."])
    assert parse_text_article(english).body.startswith("ERBIL (Rudaw)")


def test_a_name_in_parentheses_the_page_names_nowhere_else_is_no_dateline():
    text = ARABIC.replace("الحسكة (الوادي)", "الحسكة (خاص)")
    assert parse_text_article(text).body.startswith("حذرت الأمم المتحدة")


def test_the_outlets_credit_over_the_date_is_no_headline():
    page = "\n".join(["الوادي نيوز", "تسجيل الدخول | English", "أخبار | تقارير | مقالات",
                      "الوادي نيوز - الحسكة (خاص)", "الخميس 2 كانون الأول 2021",
                      "وفاة ثلاثة أطفال بحريق خيمة في المخيم",
                      "توفي ثلاثة أطفال أشقاء، اليوم الخميس، إثر اندلاع حريق في خيمتهم بالقطاع الرابع من المخيم، فيما أصيبت والدتهم بحروق متوسطة.",
                      "وقال مصدر من داخل المخيم إن الحريق نتج عن مدفأة تعمل بالمازوت، وإن النيران انتشرت بسرعة في الخيمة قبل أن يتمكن الجيران من إخمادها."])
    record = parse_text_article(page)
    assert record.title == "وفاة ثلاثة أطفال بحريق خيمة في المخيم"
    assert record.body.startswith("توفي ثلاثة أطفال")
