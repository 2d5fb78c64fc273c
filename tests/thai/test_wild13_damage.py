"""Thai damage met in the wild, round 13 (issue #10), on invented texts that show PDF damage (sara am dropped in
the header): a family name whose sara ii moved past the next consonant where the letters as they stand start with
a short word (ศรวีงษ์ชัย: รวี); a given name split after its first syllable (นางจิ ราพร)."""

from __future__ import annotations

from tests.thai.repaired import repaired_text as clean

HEADER = ("ชื่อเรื่อง การเลี้ยงกบในกระชังบก\nตาแหน่ง นักพัฒนาชุมชนปฏิบัติการ\n"
          "สังกัด สานักงานพัฒนาชุมชนอาเภอเมือง\n")  # sara am dropped: the text shows PDF damage


def test_a_vowel_moved_past_a_consonant_in_a_family_name_is_moved_back_though_a_short_word_reads_there():
    text = HEADER + "ผู้เขียน นายวิทยา ศรวีงษ์ชัย ประธานกลุ่มเลี้ยงกบ\n"
    assert "นายวิทยา ศรีวงษ์ชัย ประธานกลุ่ม" in clean(text)


def test_a_word_the_letters_read_as_is_left_where_a_swap_would_make_no_longer_name():
    text = HEADER + "สมาชิกชื่นชมรวีแสงแรกของวัน\n"
    assert "ชื่นชมรวีแสงแรก" in clean(text)


def test_a_given_name_split_after_its_first_syllable_is_joined():
    text = HEADER + "ผู้ให้ความรู้ นางจิ ราพร ทองประเสริฐ ประธานกลุ่ม\n"
    assert "นางจิราพร ทองประเสริฐ" in clean(text)


def test_a_short_given_name_the_lists_know_is_not_joined_to_the_family_name():
    text = HEADER + "ผู้ให้ความรู้ นายชัย ทองประเสริฐ ประธานกลุ่ม\n"
    assert "นายชัย ทองประเสริฐ" in clean(text)


def test_a_district_split_in_two_after_its_place_word_is_joined_and_not_re_spelled():
    # หันคา is a district of ชัยนาท: its คา alone would read as คำ
    text = HEADER + "ที่อยู่ 12 หมู่ที่ 3 ตาบลบ้านเชี่ยน อาเภอหัน คา จังหวัดชัยนาท\n"
    assert "ตำบลบ้านเชี่ยน อำเภอหันคา จังหวัดชัยนาท" in clean(text)


def test_a_place_name_with_sara_aa_is_not_re_spelled_with_sara_am():
    # กาบัง is a district of ยะลา (and ตาเสา a subdistrict): the list words กำบัง, ตำเสา are not read into them
    text = HEADER + "ที่อยู่ ตาบลตาเสา อาเภอกาบัง จังหวัดยะลา\n"
    assert "ตำบลตาเสา อำเภอกาบัง จังหวัดยะลา" in clean(text)


def test_the_list_word_is_still_restored_outside_a_place_name():
    text = HEADER + "สมาชิกใช้ไม้ไผ่เป็นเครื่องกาบังแดด\n"
    assert "เครื่องกำบังแดด" in clean(text)


def test_a_tone_moved_on_to_the_next_syllable_is_moved_back():
    text = HEADER + "เดิมกลุ่มไมมี่ตลาดรับซื้อกบ ต้องขายให้พ่อค้าคนกลาง\n"
    assert "เดิมกลุ่มไม่มีตลาดรับซื้อกบ" in clean(text)


def test_a_tone_after_a_vowel_is_left_where_the_syllable_before_ends_a_word():
    text = HEADER + "สมาชิกนำกบไปที่ตลาดและไปซื้อพันธุ์กบที่ฟาร์ม\n"
    assert "นำกบไปที่ตลาดและไปซื้อพันธุ์กบที่ฟาร์ม" in clean(text)
