"""A saved web page's own date and author fields are used when the record's text does not give them (issue #11, 4)."""

from __future__ import annotations

import json
import subprocess
import sys

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>บล็อกพัฒนาชุมชน</title>
<meta name="author" content="นางสาวมณีรัตน์ ทองดี"></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/km">องค์ความรู้</a></nav>
<article><h1 class="entry-title">เทคนิคการจัดเวทีประชาคมหมู่บ้านให้ทุกครัวเรือนมีส่วนร่วม</h1>
<time datetime="2019-03-28T09:15:00+07:00">28 มีนาคม</time>
<div class="entry-content">
<p>บ้านหนองบัวจัดเวทีประชาคมเพื่อทำแผนพัฒนาหมู่บ้าน โดยใช้หลักการมีส่วนร่วมและเศรษฐกิจพอเพียง</p>
<p>1. ประชุมคณะกรรมการหมู่บ้านเพื่อกำหนดวันจัดเวที</p>
<p>2. แจ้งข่าวทุกครัวเรือนผ่านหอกระจายข่าว</p>
<p>3. แบ่งกลุ่มย่อยให้ทุกคนได้เสนอความคิด</p>
<p>ผลที่ได้ มีครัวเรือนเข้าร่วม 85 ครัวเรือน</p>
</div></article>
<div class="comments"><p>ความคิดเห็น: ดีมากครับ 1 เมษายน 2562</p></div>
<footer>สงวนลิขสิทธิ์ 2562</footer></body></html>
"""


def test_a_page_date_and_author_fill_what_the_text_does_not_say(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(page), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (record,) = json.loads(done.stdout)
    assert record["date"].startswith("2019-03-28")  # the <time> (with its time), not the comment's date or the footer
    assert record["author"]["given_name"] == "มณีรัตน์" and record["author"]["family_name"] == "ทองดี"
    assert record["found_by"]["date"] == "page" and record["found_by"]["author"] == "page"
    assert record["title"].startswith("เทคนิคการจัดเวทีประชาคม")
    assert len(record["steps"]) == 3
