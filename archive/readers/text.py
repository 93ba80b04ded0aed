"""Plain-text articles, as saved from news sites or copied from them: the article alone (the
seeds' layouts: title, header lines, body, trailers) or a whole page copied out of a browser,
menus, banners, share bars, related links and footers included.

1. Lines repeated across the folder's files (its template, :mod:`archive.extract.templates`) are
   dropped, unless they carry metadata or may be the title or text.
2. Each line is classified (:mod:`archive.extract.paragraphs`, in the way of jusText); the
   article's text is the best-scoring block of lines.
3. The title is found above it (:mod:`archive.extract.page_layout`), then the header under the
   title is read line by line while lines look like metadata (:mod:`archive.extract.bylines`:
   bylines, labelled dates, tags, in English and Arabic).
4. Around the text: tags, a footer naming the outlet, a wire sign-off naming the reporters.

A file with nothing left but furniture is refused with a reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from archive.extract import (author_lines, body_heads, boilerplate, byline_desks, byline_signatures, byline_titles,
                             byline_transcripts, bylines, edge_lines, head_date_lines, import_edges, page_layout,
                             paragraphs, tag_blocks, tag_shapes, templates, text_edges, title_guards, title_lines,
                             wire_endings, writer_notes)
from archive.extract.about_outlets import about_outlet
from archive.extract.closing_runs import without_closing_block
from archive.extract.collection_pages import listing_refusal
from archive.extract.folder_outlets import folder_outlet
from archive.extract.gate_pages import GATE_ONLY, gate_page
from archive.extract.consent_shapes import notice_by_shape
from archive.extract.dateline_years import date_around_text
from archive.extract.date_stamps import stamp_only
from archive.extract.header_dates import update_stamp
from archive.extract.hard_wraps import unwrapped
from archive.extract.header_labels import labelled
from archive.extract.masthead_lines import outlet_before_template
from archive.extract.masthead_outlets import menu_masthead_outlet
from archive.extract.article import archived_at
from archive.extract.outlet_forms import copy_banner
from archive.extract.outlet_guards import with_page_lines
from archive.extract.outlet_refusals import refused
from archive.extract.outlet_signs import SOURCE_LINE, domain_masthead, masthead_outlet
from archive.extract.outlets import canonical_outlet, known_outlet
from archive.extract.profile import MIN_HEAD_RECORDS
from archive.extract.residue_lines import without_residue
from archive.extract.teaser_pages import TEASER_LIST, teaser_page
from archive.extract.title_kickers import kicker_headline
from archive.extract.title_suffixes import title_suffix
from archive.extract.closing_notes import without_contact_lines
from archive.extract.outlet_runs import without_outlet_run
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.decode import DecodeError, decode_text
from archive.readers.source import read_all
from archive.readers.text_around import around_text
from archive.readers.text_documents import read_document
from archive.readers.text_lines import split_lines as _split_lines, summary_box_above as _summary_box_above
from archive.readers.text_header import (_followed_by_header, _header_furniture, _metadata_line, _over_aggregator,
                                         _writer_named, byline_for, dateline_date, first_publication,
                                         _second_name, _short_name, mail_header,
                                         mail_subject_line)
from archive.readers.web_copies import cache_snapshot

MAX_HEADER_LINES = 12
FURNITURE_ONLY = "only page furniture, no article text"
CONSENT_ONLY = "a cookie or consent notice, no article text"
MAX_FILE_BYTES = 20 * 1024 * 1024


def read_text_file(path: Path, options=None) -> Iterator:
    data, problem = read_all(path)
    if problem:
        yield BadRecord(str(path), problem)
        return
    if len(data) > MAX_FILE_BYTES:
        yield BadRecord(str(path), f"file too large for an article ({len(data):,} bytes)")
        return
    try:
        decoded = decode_text(data)
    except (DecodeError, UnicodeDecodeError) as error:
        yield BadRecord(str(path), str(error))
        return
    profile = options.folders.for_file(path) if options is not None else None
    if listing_refusal(profile, path):  # it lists the collection's other pages: no story of its own
        yield BadRecord(str(path), listing_refusal(profile, path))
        return
    try:
        record = read_document(decoded.text, str(path), profile, parse_text_article)  # a collection's note, a forward
    except ValueError as error:
        yield BadRecord(str(path), str(error))
        return
    if decoded.note:  # a guessed code page is said in the import's summary
        record.notes.append(decoded.note)
    yield record


BANNER_LINES = 3  # a web archive's banner stands over the page


def parse_text_article(text: str, source_path: str = "<text>", profile=None, trace=None) -> RawRecord:
    """One article from plain text; raises ValueError when there is none.

    ``profile`` (archive.extract.profile.GroupProfile) is what the file's folder says: the
    order of its numeric dates and its outlet's page template (lines repeated across its files:
    menus and furniture are dropped before anything is read; repeated headlines and sentences
    can only be the text where they stand inside it). ``trace`` (a dict), if given, receives the
    lines and the text's lines before the learned edge check (for bench/fit_edge_lines.py)."""
    content, raw, gap_before, numbers = _split_lines(text)
    content, raw, gap_before, numbers = unwrapped(content, raw, gap_before, numbers)  # a text hard-wrapped at a column: its paragraphs
    if not content:
        raise ValueError("empty file" if not text.strip() else "no text")
    record = RawRecord(source_path=source_path, source_format="text", profile=profile)
    banners = [i for i in range(min(BANNER_LINES, len(content))) if copy_banner(content[i])]
    if banners and len(banners) < len(content):  # a web archive's banner: the page it copies is the URL
        record.url = copy_banner(content[banners[0]])
        record.captured_at = next(filter(None, map(archived_at, content[banners[0]].split())), None)  # its capture
        content, raw, gap_before, numbers = ([v for i, v in enumerate(seq) if i not in banners]
                                             for seq in (content, raw, gap_before, numbers))
    cached = [i for i in range(min(BANNER_LINES, len(content))) if cache_snapshot(content[i])[0]]
    if cached and len(cached) < len(content):  # a search engine's cached copy: its header line names both
        record.url, record.captured_at = cache_snapshot(content[cached[0]])
        content, raw, gap_before, numbers = ([v for i, v in enumerate(seq) if i != cached[0]]
                                             for seq in (content, raw, gap_before, numbers))
    early_outlet = outlet_before_template(content, bylines.english_words())  # before the template drops it
    template = profile.template if profile is not None else frozenset()
    repeated = [False] * len(content)
    heads = profile.heads if profile is not None else frozenset()
    tail = profile.tail if profile is not None else frozenset()  # the footer every file of the folder ends with
    own = set()  # lines the folder repeats that may be this story's headline (over its date here only)
    if template:
        repeated = templates.template_flags(content, template)
        listed = tag_blocks.tag_list_lines(content, gap_before, profile.tail)
        # A line the folder repeats that stands above the date here, and above no other file's
        # date, may be this story's headline (listed under "Recent posts" on the other pages).
        # (Only where enough of the folder's texts have a date to know its labels.)
        above = set()
        if profile.dated >= MIN_HEAD_RECORDS:
            above = {i for i in page_layout.above_date(content) if templates.line_key(content[i]) not in heads}
        kept = [i for i, line in enumerate(content)
                if not repeated[i] or i in listed or i in above or _metadata_line(line)
                or (templates.maybe_text(line) and paragraphs.judge(line, frozenset()).furniture is None)
                or paragraphs.furniture_reason(line) == "link"]  # "Read more": the links under it are no text
        if not kept:
            raise ValueError(FURNITURE_ONLY)
        # A line whose neighbour above was dropped stands after a gap.
        gap_before = [gap_before[i] or (n > 0 and kept[n - 1] != i - 1) for n, i in enumerate(kept)]
        content, raw, repeated = [content[i] for i in kept], [raw[i] for i in kept], [repeated[i] for i in kept]
        numbers = [numbers[i] for i in kept]
        own = {n for n, i in enumerate(kept) if i in above}
    if profile is not None:  # lines its import repeats in files of several stories, wherever they stand
        repeated = [r or inner for r, inner in zip(repeated, templates.inner_flags(content, profile.inner))]

    lines = paragraphs.classify(
        content, marked=[r and not templates.sentence_like(c) for r, c in zip(repeated, content)], raw=raw
    )
    start, end = paragraphs.main_block(lines)
    if start == end:  # no prose by the page's standard: a short text, judged by its sentences
        paragraphs.accept_sentences(lines)
        start, end = paragraphs.main_block(lines)
    start, end = templates.trim_block(lines, repeated, start, end)
    if start + 2 < end and page_layout.masthead_credit(content, start):  # "Site News - Hasakah": no headline
        start += 1
        while start + 2 < end and bylines.states_date(content[start]):
            start += 1  # the date under it: the header's, over the headline
    if start == end and len(content) > 1 and not any(line.furniture is None for line in lines[1:]):
        raise ValueError(FURNITURE_ONLY)
    # The header template's lines are labels, never the title; unless the text is a copy of a
    # story the folder holds more of (wire copies: their headline stands above every copy's date).
    labels = set()
    if heads and not templates.copied(repeated, start, end):
        labels = {i for i, line in enumerate(content) if templates.line_key(line) in heads}
    mail = mail_header(content)
    labels |= _header_furniture(content, profile, start, end) | mail
    known = frozenset()  # lines opening files of several stories of the folder or import: the template's
    if profile is not None:
        known = frozenset(templates.top_labels(content, profile.tops, repeated, start, end))
        labels |= known
        known -= own  # the other pages list this story's headline ("Recent posts"): still its title
    title_at = title_guards.title_at(content, lines, start, end, labels, known)  # page_layout.title_index, furniture passed by
    title_at = title_lines.checked(content, lines, start, title_at, labels, source_path, repeated, profile)  # the learned check (round 25)
    chosen, title_at = title_at, byline_titles.headline_for(content, lines, title_at, start, labels)  # "Jane Doe i John Roe" is no headline
    if mail and title_at is not None:  # the headline the mail's subject repeats ("Subject: #41 Headline")
        title_at = mail_subject_line(content, mail, start) or title_at
    if title_at is None:  # no headline: the title is left to the first sentence
        title_at, position = -1, start
    else:
        record.title = content[title_at]
        position = title_at + 1
        named = title_suffix(record.title, content[:title_at] + content[title_at + 1:])
        if named:  # "Headline | Site Name", the page naming the site elsewhere too
            record.title, record.outlet = named
        record.title = kicker_headline(record.title, content[title_at + 1:]) or title_guards.kicker(record.title) or record.title  # "LABEL — Headline"

    # The header: metadata lines right under the title.
    lede_candidate = None
    byline_at = -2
    updated_at = -2  # the line of an "Updated: ..." date, which a labelled publication date under it outranks
    previous_was_date = False
    invalid_date = None
    guessed, under_date = False, None  # the outlet is a short line under the date: any outlet named elsewhere wins
    first_dated = False  # a header date line gave the day of first publication
    stated = None  # the source a report page's labelled lines state ("Source: Blumont")
    while title_at >= 0 and position < len(content) and position < title_at + MAX_HEADER_LINES and (position < start or position < end):
        line = content[position]
        is_date = False
        if stated is None and SOURCE_LINE.match(line) and page_layout.in_label_block(content, position, first=True):
            stated = SOURCE_LINE.match(line).group("name")  # "Source: Blumont" among "Label: value" lines
        tags, after = tag_blocks.tags_at(content, raw, gap_before, position, tail=tail)
        date = None if tags is not None else bylines.date_in(line)
        if date and stamp_only(line):  # "Printed on ...", "Accessed ...": the day the page was saved
            date, is_date = None, True
        if tags is not None:
            record.tags.extend(tags)
            position = after
            continue
        elif date and (record.published is None or (updated_at >= 0 and (updated_at == position - 1 or labelled(line, "date") is not None) and not update_stamp(line))
                       or (first_publication(line) and not first_dated)):
            first_dated = first_dated or first_publication(line)  # "Originally published: ..." over "Posted: ..."
            updated_at = position if update_stamp(line) else -2
            record.published, is_date = date, True
            if lede_candidate:
                record.lede, lede_candidate = lede_candidate, None
            author = bylines.header_byline(line)  # "Posted on 2 May 2022 by Jane Doe", not "... - ISW Press"
            if author and record.author is None and not bylines.not_a_person(author[0], record.outlet):
                record.author = author[0]
            elif record.author is None:
                record.author = bylines.person_before_date(line, record.outlet)  # "Jane Doe | 23.10.2023"
            if record.outlet is None:
                record.outlet = bylines.outlet_between_name_and_date(line)  # "Jane Doe · CBC News · Posted: ..."
        elif date:
            is_date = True  # "Updated: ..." after the date
            record.page_dates.append(date)
        elif bylines.invalid_date_in(line):
            is_date = True  # "Date: 31/02/2020": reported below unless a valid date follows
            invalid_date = invalid_date or (bylines.invalid_date_in(line), numbers[position])
        elif bylines.states_date(line):
            is_date = True  # "3 hours ago", "5 min read"
        elif page_layout.outlet_part(line):
            record.outlet = record.outlet or page_layout.outlet_part(line)  # "Kurdistan24 - Erbil"
            name = page_layout.name_beside_outlet(line)  # "العربية.نت - رامي الحسيني", "Jane Doe | Rudaw"
            if name and record.author is None:
                record.author = name
        elif page_layout.bracketed_credit(line) or page_layout.places_only(line):
            pass  # "(Agency Name)" or "Hasakah, Syria" under the reporter's name
        elif page_layout.caption_credit(line):
            pass  # a caption over the text, its picture's agency named: no outlet
        elif record.author is not None and page_layout.byline_continuation(line) and not page_layout.byline_continuation(record.author):
            record.author = f"{record.author} and {page_layout.byline_continuation(line)}"  # "By X" / "and Y"
        elif byline_at == position - 1 and " and " not in record.author and _second_name(line, record.author):
            record.author = f"{record.author} and {line}"  # "By X" over "Y": two reporters
        elif record.author is not None and bylines.role_line(line):
            pass  # "Home Affairs Correspondent" under the name
        elif record.author is None and (bylines.header_byline(line) or (
                lines[position].furniture in (None, "template") and page_layout.bare_byline(content, position))):
            author, outlet = bylines.header_byline(line) or (page_layout.bare_byline(content, position), None)
            record.author = author
            byline_at = position
            if outlet and record.outlet is None:
                record.outlet = known_outlet(outlet) or outlet
            if lede_candidate:
                record.lede, lede_candidate = lede_candidate, None
        elif record.outlet is None and previous_was_date and _short_name(line) and position < start:
            record.outlet, guessed, under_date = line, True, line
        elif (
            bylines.is_label(line)
            or boilerplate.is_junk_line(line) or title_guards.contact_line(line)  # an e-mail under the byline
            or line.casefold() == record.title.casefold()
            or (lines[position].furniture is not None and lines[position].furniture != "sign-off")
        ):
            if lede_candidate:
                record.lede, lede_candidate = lede_candidate, None
        elif page_layout.in_label_block(content, position, first=True):
            pass  # "Format: Situation Report" among "Label: value" lines: metadata, read on
        elif lede_candidate is None and record.lede is None and _followed_by_header(content, lines, position, title_at):
            lede_candidate = line  # a standfirst, if header lines follow it
        else:
            break
        previous_was_date = is_date
        position += 1
    if lede_candidate:
        position -= 1  # it was not a standfirst after all
    undated = record.published is None
    if title_at > 0 and (record.published is None or record.author is None):
        title_guards.header_above(record, content, lines, title_at)  # page_layout's, a date past a label
    above_dated = undated and record.published is not None  # a date over the title (a masthead's day, perhaps)
    if title_at >= 0 and record.author is None:
        position = max(position, title_at + 1 + byline_for(record, content[title_at + 1:title_at + MAX_HEADER_LINES]))  # "By X for Outlet"
    if record.author is None:  # the byline first taken for the headline, "Presented by Jane Doe and John Roe"
        record.author = byline_titles.header_names(content, lines, title_at, start, chosen)
    if mail and record.published is None:  # the mail's "Date:" line
        record.published = next((bylines.date_in(content[i]) for i in sorted(mail) if bylines.date_in(content[i])), None)
    if invalid_date and record.published is None:
        record.notes.append(f"invalid date in the header, line {invalid_date[1]} ({invalid_date[0]}); "
                            "stored without a date")

    ruled = set()  # lines the rules below join to the end of the text: the learned edge check leaves them
    if position < start:  # furniture between the header and the text, unless it reads as text
        begin = start
        while begin > position and (lines[begin - 1].cls == paragraphs.GOOD or paragraphs.opens_text(lines[begin - 1])):
            begin -= 1
        position = begin
    end = max(end, position)
    block_end = end
    while end < len(content) and end > start and paragraphs.closes_text(lines[end]) and not repeated[end]:
        end += 1  # a last short sentence, left out by its neighbours' class
    end = text_edges.without_headline_run(content, lines, position, wire_endings.wire_last_sentence(content, lines, end))
    end = text_edges.list_after(content, lines, repeated, end)
    ruled.update(range(block_end, end))
    for i in range(position + 1, end):
        if boilerplate.is_trailer_marker(content[i]) or lines[i].furniture == "comments":
            end = i  # comments: the text is over
            break
        if lines[i].furniture == "initials" and paragraphs.ends_sentence(content[i - 1]):
            end = i  # a wire desk's codes under the story's last sentence ("sjw/fg", "PTI ABC XYZ"): it is over
            break
        if lines[i].furniture is not None and text_edges.site_notice(content, lines, position, i, end):
            end = i  # the site's copyright line: what follows is the page's, not the story's
            break
        if text_edges.notice_heading(content, lines, position, i, end):
            end = i  # "Correction" over the note: the story is over
            break
    position, end = text_edges.without_teasers(content, lines, position, end)
    body_at = [i for i in range(position, end) if paragraphs.is_text(lines[i])]
    if record.lede is None and text_edges.standfirst_over_picture(content, lines, body_at, title_at):
        record.lede = content[body_at.pop(0)]
    body_at = text_edges.from_dateline(content, body_at)
    if above_dated and body_at and dateline_date(content[body_at[0]]):
        record.published = dateline_date(content[body_at[0]])  # "Tirana, 28 October 2020 —" under the masthead's day
    body_at = without_closing_block(content, lines, body_at, gap_before)  # the footer's boxes run on under it
    if trace is not None:
        trace.update(content=content, lines=lines, body_at=list(body_at), title=record.title, gap_before=gap_before)
    body_at = edge_lines.trim(content, lines, body_at, record.title, gap_before, keep=ruled)
    if profile is not None and body_at and profile.records <= templates.SHARED_EDGE_RECORDS:
        body_at = templates.without_shared_edges(content, body_at, profile.twice)
        if body_at and body_at[0] > 0 and templates.line_key(content[body_at[0] - 1]) in profile.twice:
            body_at = text_edges.without_opening_widgets(content, lines, body_at)  # under the folder's button, more
    body_at = text_edges.without_opening_notes(content, lines, body_at)  # "Disclosure statement" / ... / "Republish"
    if len(body_at) > 1 and boilerplate.summary_label(content[body_at[0]]):  # "Abstract: ...": the standfirst
        record.lede = record.lede or content[body_at[0]].partition(":")[2].strip()
        body_at = body_at[1:]
    body_at = text_edges.dateline_above(content, body_at, title_at, record.author)
    body_at = text_edges.without_embedded_posts(content, text_edges.without_post_headers(content, lines, body_at))
    body_at = text_edges.without_glued_tail(content, body_at, gap_before, ruled)  # "About us" glued under it
    # Around the text: tags, the outlet a logo or footer names, the reporters a sign-off names.
    dropped = _summary_box_above(content, title_at, body_at[0] if body_at else position)
    if record.lede and any(content[j] == record.lede for j in dropped):
        record.lede = None
    guessed, text_over = around_text(record, content, raw, lines, gap_before, repeated, tail, title_at, position,
                                     body_at, dropped, guessed)
    if _writer_named(record.outlet, content):  # "..., by Jane Doe" over "© 2024 Jane Doe": the writer
        record.author, record.outlet = record.author or record.outlet, None  # the masthead rules may name it
    if (record.outlet is None or canonical_outlet(record.outlet) is None) and title_at > 0:
        record.outlet = masthead_outlet(content[0], content[position:], bylines.english_words()) \
            or domain_masthead(content[:title_at], content) \
            or folder_outlet(source_path, content[:title_at], content) or about_outlet(content[position:]) \
            or record.outlet  # its domain, its folder, its "About Name" note
    record.outlet = menu_masthead_outlet(record.outlet, content, raw, lines, title_at, source_path)  # by the menu
    record.outlet = _over_aggregator(record.outlet, stated)  # ReliefWeb's page: the source it states
    record.outlet = record.outlet or early_outlet  # a masthead the folder's template took out, confirmed by the page
    if body_at:  # a labelled date or byline the header lacked, the story's stamp under it
        page_layout.metadata_under_text(record, content, body_at[-1] + 1, dropped)
    if record.author is None and body_at:
        at = page_layout.name_under_text(content, lines, body_at, dropped)
        if at is not None:
            record.author = bylines.bare_name(content[at])
            dropped.add(at)
    if record.author is None and body_at:  # "— Jane Doe" closing the story, past its tags or share bar
        record.author = byline_signatures.signed_under_text(content, body_at, dropped)
    if record.author is None and body_at:
        record.author = page_layout.box_name(content, body_at)  # "Author" / "Jane Doe" / "Jane is a reporter ..."
    if record.author is None and body_at:  # "ELIN BERGGREN: ..." opening a transcript whose other voices no label names
        record.author = byline_transcripts.transcript_host([content[i] for i in body_at if i not in dropped], record.outlet,
                                                           content[max(0, title_at):body_at[0]])
    record.author = author_lines.fallback_author(record, content, lines, title_at, body_at, dropped)  # the learned check, where no rule found one (round 25)
    if record.author and record.tags and not bylines.not_a_person(record.author, record.outlet):
        # "Follow related authors and topics": the writer is no tag; a desk taken for the byline (stored as
        # no author) takes no tag away
        record.tags = [tag for tag in record.tags if tag.casefold() != record.author.casefold()]
    if not record.tags:  # a list with no label: by its shape, and the text naming its items
        record.tags, at = tag_shapes.unlabelled_tags(content, title_at, body_at, record.title, record.author, dropped, raw=raw)
        dropped.update(at)
    date_around_text(record, content, body_at)  # "... was first published March 8, 2023."; "Tunis, March 3 (AGENCY) -"
    body_at = body_heads.with_drop_cap_line(content, body_at)  # "T" over "wo years after ...", left out as too short
    body = boilerplate.clean_paragraphs([content[i] for i in body_at if i not in dropped
                                         and (text_over is None or i < text_over)], title=record.title)
    body = without_residue(page_layout.without_author_box(body, record.author, record.outlet))  # "Loading" under it
    body = writer_notes.without_closing_notes(body, record.author, record.outlet)  # "<Name> ist ...", "<Outlet> è un ..."
    body = without_outlet_run(body, record.outlet)  # "Support <Outlet>" / its address / "<Outlet> lives from its readers."
    body = import_edges.without_repeated_edges(body)  # "<Name> is a correspondent for <Outlet> based in <City>." the import repeats
    body = without_contact_lines(body)  # "Contact <Name> at <address>." / "Part of the <Network>"
    body = head_date_lines.after_date_line(body) if record.title else body  # "Name" / "Role" / "Name is ..." / date over it
    body = body_heads.finished_edges(body, record.title or "")  # "(Updates with ...)", "aus <Magazine> 45/2021"
    # over the text; "T" / "wo years after ...": a drop cap's word
    if not body:
        if any(line.furniture is not None for line in lines):
            raise ValueError(FURNITURE_ONLY)
        raise ValueError("no article body found (only a title and header lines)")
    if page_layout.headlines_only(body, lines):
        raise ValueError(FURNITURE_ONLY)
    if teaser_page(body, content, templated=any(repeated) or bool(known)):  # of a template the import knows
        raise ValueError(TEASER_LIST)
    if boilerplate.consent_wall(body, content) or notice_by_shape(body, raw):  # buttons apart by spaces
        raise ValueError(CONSENT_ONLY)
    if gate_page(body, content, lines):  # a paywall's or log-in's prompt saved instead of the article
        raise ValueError(GATE_ONLY)
    record.body = "\n\n".join(body)
    if refused(record.outlet, record.author):
        record.outlet = None  # "© 2025 Jane Doe" on Jane Doe's own newsletter: the writer, not an outlet
    with_page_lines(record, content, whole=True, guess=under_date if guessed is True else None)  # for the guards
    if record.author and (bylines.not_a_person(record.author, record.outlet)
                          or byline_desks.menu_section(record.author, content, title_at)):
        record.author = None  # a desk, the outlet; a section of the page's own menu over the headline
    return record
