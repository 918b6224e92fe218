#!/usr/bin/env python3
"""Writes a synthetic WordPress export (WXR 1.2) for src/bench/import-wxr.sh.

  generate-wxr.py POSTS COMMENTS OUT.xml

Streams the file out (it never holds it in memory): 20 authors, 5 mapped categories and 200 tags, POSTS posts (90 %
published, the rest draft, pending, future and private; 80 % English, the rest Spanish and Persian with Polylang
terms, every tenth English post paired with a Spanish translation; a Gutenberg body of ~3 KB with a shortcode in every
fifth; a featured image attachment for every third) and COMMENTS comments spread over the published posts, a third
of them replies (threads up to 4 deep), 85 % approved, the rest pending, spam and trash.
"""
import random
import sys

posts, comments, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(14)
SITE = "https://bench.example.org"
WORDS = ("diplomacy region policy summit treaty energy trade security council minister economy sanctions relations "
         "cooperation strategy conflict dialogue visit negotiation agreement").split()
PERSIAN = "دیپلماسی منطقه سیاست نشست انرژی تجارت امنیت شورا وزیر اقتصاد".split()


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(words, n):
    return " ".join(random.choice(words) for _ in range(n))


def body(words, shortcode):
    paragraphs = []
    for _ in range(6):
        paragraphs.append("<!-- wp:paragraph -->\n<p>" + sentence(words, 70).capitalize() + ".</p>\n<!-- /wp:paragraph -->")
    if shortcode:
        paragraphs.insert(2, '[caption id="attachment_1" width="640"]<img src="' + SITE + '/a.jpg" alt="x" /> A caption[/caption]')
    return "\n\n".join(paragraphs)


def w(f, text):
    f.write(text)


with open(out, "w", encoding="utf-8") as f:
    w(f, '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
         'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
         f'<title>Bench</title>\n<link>{SITE}</link>\n<language>en-US</language>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
         f'<wp:base_site_url>{SITE}</wp:base_site_url>\n<wp:base_blog_url>{SITE}</wp:base_blog_url>\n')
    for a in range(1, 21):
        w(f, f'<wp:author><wp:author_id>{a}</wp:author_id><wp:author_login>{cdata(f"author{a}")}</wp:author_login>'
             f'<wp:author_email>{cdata(f"author{a}@bench.example.org")}</wp:author_email>'
             f'<wp:author_display_name>{cdata(f"Author Number {a}")}</wp:author_display_name></wp:author>\n')
    for i, slug in enumerate(["opinion", "interview", "analysis", "news", "review"]):
        w(f, f'<wp:category><wp:term_id>{i + 1}</wp:term_id><wp:category_nicename>{slug}</wp:category_nicename>'
             f'<wp:cat_name>{cdata(slug.title())}</wp:cat_name></wp:category>\n')
    for t in range(200):
        w(f, f'<wp:tag><wp:term_id>{100 + t}</wp:term_id><wp:tag_slug>topic-{t}</wp:tag_slug>'
             f'<wp:tag_name>{cdata(f"Topic {t}")}</wp:tag_name></wp:tag>\n')
    published = []
    next_id = 1_000_000
    comment_id = 1
    per_post = comments / max(1, int(posts * 0.9))
    remaining = comments
    for p in range(1, posts + 1):
        pid = p * 2
        roll = random.random()
        status = "publish" if roll < 0.9 else random.choice(["draft", "pending", "future", "private"])
        lang = "en" if p % 10 < 8 else ("es" if p % 10 == 8 else "fa")
        group = f"pll_{p - 1}" if lang == "es" and (p - 1) % 10 == 7 else (f"pll_{p}" if lang == "en" and p % 10 == 7 else None)
        words = PERSIAN if lang == "fa" else WORDS
        year = 2014 + p * 10 // posts
        date = f"{year}-{1 + p % 12:02d}-{1 + p % 28:02d} {p % 24:02d}:{p % 60:02d}:00"
        if status == "future":
            date = f"2031-{1 + p % 12:02d}-01 06:00:00"
        gmt = "0000-00-00 00:00:00" if status in ("draft", "pending") else date
        title = sentence(words, 7).capitalize() + f" {p}"
        slug = f"post-{p}-" + "-".join(title.lower().split()[:4])
        thumb = None
        if p % 3 == 0:
            thumb = pid + 1
            w(f, f'<item><title>{cdata("Image " + str(p))}</title><wp:post_id>{thumb}</wp:post_id><wp:post_type>attachment</wp:post_type>'
                 f'<wp:status>inherit</wp:status><wp:attachment_url>{SITE}/wp-content/uploads/{p}.jpg</wp:attachment_url>'
                 f'<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>{cdata("Picture " + str(p))}</wp:meta_value></wp:postmeta></item>\n')
        w(f, f'<item><title>{cdata(title)}</title><link>{SITE}/{date[:4]}/{date[5:7]}/{slug}/</link>'
             f'<dc:creator>{cdata("author" + str(1 + p % 20))}</dc:creator><guid isPermaLink="false">{SITE}/?p={pid}</guid>'
             f'<content:encoded>{cdata(body(words, p % 5 == 0))}</content:encoded>'
             f'<excerpt:encoded>{cdata(sentence(words, 25).capitalize() + ".")}</excerpt:encoded>'
             f'<wp:post_id>{pid}</wp:post_id><wp:post_date>{cdata(date)}</wp:post_date><wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>'
             f'<wp:post_modified_gmt>{cdata(date)}</wp:post_modified_gmt><wp:comment_status>open</wp:comment_status>'
             f'<wp:post_name>{cdata(slug)}</wp:post_name><wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>'
             f'<category domain="category" nicename="{["opinion", "interview", "analysis", "news", "review"][p % 5]}">{cdata("x")}</category>')
        for t in {p % 200, (p * 7) % 200, (p * 13) % 200}:
            w(f, f'<category domain="post_tag" nicename="topic-{t}">{cdata(f"Topic {t}")}</category>')
        w(f, f'<category domain="language" nicename="{lang}">{cdata(lang)}</category>')
        if group:
            w(f, f'<category domain="post_translations" nicename="{group}">{cdata(group)}</category>')
        if thumb:
            w(f, f'<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{thumb}</wp:meta_value></wp:postmeta>')
        if status == "publish" and remaining > 0:
            n = min(remaining, int(per_post) + (1 if random.random() < per_post - int(per_post) else 0))
            if p == posts:
                n = remaining
            remaining -= n
            ids = []
            for _ in range(n):
                parent = 0
                if ids and random.random() < 0.33:
                    parent = random.choice(ids[-3:])
                approved = random.choices(["1", "0", "spam", "trash"], [85, 7, 5, 3])[0]
                w(f, f'<wp:comment><wp:comment_id>{comment_id}</wp:comment_id><wp:comment_author>{cdata("Reader " + str(comment_id))}</wp:comment_author>'
                     f'<wp:comment_author_email>{cdata(f"reader{comment_id}@readers.example")}</wp:comment_author_email>'
                     f'<wp:comment_author_IP>{cdata(f"198.51.100.{comment_id % 250}")}</wp:comment_author_IP>'
                     f'<wp:comment_date_gmt>{cdata(date)}</wp:comment_date_gmt><wp:comment_content>{cdata(sentence(words, 30))}</wp:comment_content>'
                     f'<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_type></wp:comment_type>'
                     f'<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>')
                ids.append(comment_id)
                comment_id += 1
        w(f, '</item>\n')
    w(f, '</channel>\n</rss>\n')
