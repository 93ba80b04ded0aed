<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Syria : September 2021 Monthly Forecast : Security Council Report</title>
<meta property="og:site_name" content="Security Council Report">
</head><body class="forecast">
<div id="header"><a href="/" id="logo">Security Council Report</a><ul id="nav"><li>What's In Blue</li><li>Monthly Forecast</li><li>Research Reports</li><li>Chronology</li><li>UN Documents</li></ul></div>
<div id="content">
<div class="breadcrumb">Monthly Forecast › September 2021</div>
<p class="post-date">Posted 31 August 2021.</p>
<h1 class="title">Syria: Humanitarian Briefing, September 2021 Monthly Forecast</h1>
<div class="entry">
<p>In September, the Security Council is expected to hold its monthly meeting on the humanitarian situation in Syria. Council members are likely to focus on cross-border access after the renewal of the Bab al-Hawa crossing mechanism in July, and on conditions in camps in the north-east.</p>
<p>Al-Hol camp in Hasakah governorate continues to be a concern. Humanitarian actors have reported a sharp rise in killings in the camp this year and ongoing restrictions on movement. Children make up the majority of its residents, and many have been there since early 2019.</p>
<p>Some members have urged states to repatriate their nationals, particularly children, while others emphasise that responsibility for prosecution lies with states of origin.</p>
<p>The Secretary-General’s most recent report on the humanitarian situation noted persistent shortages of water and electricity across the north-east, including in the camps.</p>
<p>An issue for the Council is how to support humanitarian access and protection in the camps without appearing to endorse indefinite detention.</p>
</div>
<div class="topics">Country-specific: Syria · Thematic: Humanitarian Affairs, Children and Armed Conflict</div>
<div class="sidebar"><h3>Subscribe</h3><p>Receive SCR publications by email</p></div>
</div>
<div id="footer">Security Council Report · 711 Third Avenue, Suite 1501 · New York, NY 10017</div>
</body></html>