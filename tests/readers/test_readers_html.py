"""HTML reader on portal and blog pages: the post's own content, and its title, date and author."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.model import InputError
from kmgraph.readers import read_document

WORDPRESS_PAGE = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>เทคนิคการสร้างและพัฒนาผู้นำ – บล็อกสำนักงานพัฒนาชุมชนอำเภอเสริมงาม</title>
<meta property="og:title" content="เทคนิคการสร้างและพัฒนาผู้นำ">
<meta property="article:published_time" content="2024-03-05T09:00:00+07:00">
<script>var counter = 1;</script><style>p { color: red }</style></head>
<body class="post-template-default single has-sidebar">
<header id="masthead" class="site-header"><div class="site-title">สำนักงานพัฒนาชุมชน</div>
<nav class="main-navigation"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/km">คลังความรู้</a></li></ul></nav>
</header>
<div id="page" class="site"><div id="primary" class="content-area">
<article id="post-12" class="post type-post">
<header class="entry-header"><h1 class="entry-title">เทคนิคการสร้างและพัฒนาผู้นำ</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2024-03-05T09:00:00+07:00">5 มีนาคม 2567</time>
<span class="byline">โดย <span class="author vcard"><a class="url fn n" href="/author/supap">สุภาพ รัตน์สุภาพงค์</a></span>
</span></div></header>
<div class="entry-content">
<p>บันทึกองค์ความรู้</p>
<p>๑. ชื่อองค์ความรู้ เทคนิคการสร้าง<strong>และพัฒนา</strong>ผู้นำ</p>
<p>๒. ชื่อเจ้าของความรู้ นางสุภาพ รัตน์สุภาพงค์<br>สำนักงานพัฒนาชุมชนอำเภอเสริมงาม จังหวัดลำปาง</p>
<ol><li>ศึกษาแนวทางการดำเนินโครงการ</li><li>ประสานผู้นำชุมชน</li></ol>
<ul><li>ความร่วมมือของชุมชน</li></ul>
<table><tr><td>ตำแหน่ง</td><td>นักวิชาการพัฒนาชุมชนชำนาญการ</td></tr></table>
<table><tr><th>ลำดับ</th><th>ขั้นตอน</th><th>ผล</th></tr><tr><td>1</td><td>จัดเวที</td><td>ได้แผน</td></tr></table>
<div class="sharedaddy sd-sharing-enabled"><h3>แชร์สิ่งนี้:</h3><a href="#">Facebook</a></div>
<div class="post-views entry-meta">เข้าชม 1,234 ครั้ง</div>
<!-- a comment in the markup -->
</div>
<footer class="entry-footer"><span class="cat-links">หมวดหมู่: องค์ความรู้</span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 ความคิดเห็น</h2>
<ol class="comment-list"><li class="comment"><p>ขอบคุณสำหรับความรู้ครับ</p></li></ol>
<div id="respond"><form><textarea>เขียนความคิดเห็น</textarea></form></div></div>
</div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>เรื่องล่าสุด</h2>
<article><p>บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก
บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก บทความอื่นที่ยาวมาก</p></article></section>
<section class="widget"><div class="counter">ผู้เข้าชมวันนี้ 99</div></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>© 2567 สำนักงานพัฒนาชุมชนจังหวัดลำปาง</p></footer>
</body></html>
"""

WORDPRESS_LINES = [
    "บันทึกองค์ความรู้",
    "๑. ชื่อองค์ความรู้ เทคนิคการสร้างและพัฒนาผู้นำ",
    "๒. ชื่อเจ้าของความรู้ นางสุภาพ รัตน์สุภาพงค์",
    "สำนักงานพัฒนาชุมชนอำเภอเสริมงาม จังหวัดลำปาง",
    "1. ศึกษาแนวทางการดำเนินโครงการ",
    "2. ประสานผู้นำชุมชน",
    "- ความร่วมมือของชุมชน",
    "ตำแหน่ง: นักวิชาการพัฒนาชุมชนชำนาญการ",
    "ลำดับ | ขั้นตอน | ผล",
    "1 | จัดเวที | ได้แผน",
]

# A portal page laid out with tables, no <article> or <main>: the content is the cell with the most text.
PORTAL_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>องค์ความรู้ สพจ.ลำปาง</title><meta name="author" content="ฝ่ายบริหารงานทั่วไป"></head><body>
<table><tr><td class="leftmenu"><a href="/">หน้าหลัก</a><br><a href="/a">เกี่ยวกับเรา</a><br><a href="/b">ข่าว</a></td>
<td><div><p>บันทึกองค์ความรู้</p><p>๑. ชื่อองค์ความรู้ การออมทรัพย์เพื่อการผลิต</p>
<p>กลุ่มออมทรัพย์เพื่อการผลิตบ้านทุ่ง ได้ส่งเสริมให้สมาชิกออมเงินทุกเดือนอย่างสม่ำเสมอ</p></div></td></tr></table>
<div id="footer">ติดต่อ 054-000000</div></body></html>
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_blog_post_is_read_without_menus_sidebar_comments_counters_or_footers(tmp_path):
    document = read_document(write(tmp_path, "post.html", WORDPRESS_PAGE))
    assert document.text.splitlines() == WORDPRESS_LINES
    assert document.media_type == "text/html"


def test_blog_post_gives_its_title_date_and_author(tmp_path):
    document = read_document(write(tmp_path, "post.html", WORDPRESS_PAGE))
    assert document.metadata == {"title": "เทคนิคการสร้างและพัฒนาผู้นำ", "date": "2024-03-05T09:00:00+07:00",
                                 "author": "สุภาพ รัตน์สุภาพงค์"}


def test_portal_page_in_tis620_is_read_from_its_largest_text_block(tmp_path):
    document = read_document(write(tmp_path, "portal.htm", PORTAL_PAGE, "cp874"))
    assert document.text.splitlines() == [
        "บันทึกองค์ความรู้",
        "๑. ชื่อองค์ความรู้ การออมทรัพย์เพื่อการผลิต",
        "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทุ่ง ได้ส่งเสริมให้สมาชิกออมเงินทุกเดือนอย่างสม่ำเสมอ",
    ]
    assert document.encoding == "cp874"
    assert document.metadata == {"title": "องค์ความรู้ สพจ.ลำปาง", "author": "ฝ่ายบริหารงานทั่วไป"}


def test_blogger_post_body_and_its_published_date(tmp_path):
    page = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>บล็อก: การทำปุ๋ยหมัก</title></head><body>
    <div class="sidebar"><div class="widget">ป้ายกำกับ</div></div>
    <div class="post hentry"><h3 class="post-title entry-title">การทำปุ๋ยหมัก</h3>
    <div class="post-header"><abbr class="published" title="2023-11-02">2 พ.ย. 2566</abbr></div>
    <div class="post-body entry-content">บันทึกองค์ความรู้<br>ขั้นตอนที่ ๑ เตรียมวัสดุ<br>ขั้นตอนที่ ๒ หมักไว้ ๓๐ วัน</div>
    <div class="post-footer">โพสต์โดย <span class="post-author vcard"><span class="fn">สมชาย ใจดี</span></span>
    <time datetime="2023-11-02T08:00:00+07:00">8:00</time></div></div>
    <div class="comments"><p>ดีมาก</p></div></body></html>"""
    document = read_document(write(tmp_path, "blogger.html", page))
    assert document.text.splitlines() == ["บันทึกองค์ความรู้", "ขั้นตอนที่ ๑ เตรียมวัสดุ", "ขั้นตอนที่ ๒ หมักไว้ ๓๐ วัน"]
    assert document.metadata["title"] == "การทำปุ๋ยหมัก"
    assert document.metadata["author"] == "สมชาย ใจดี"


def test_page_without_text_is_refused(tmp_path):
    with pytest.raises(InputError) as error:
        read_document(write(tmp_path, "empty.html", "<!DOCTYPE html><html><body><nav>เมนู</nav></body></html>"))
    assert error.value.problem == "HTML page without text content"
