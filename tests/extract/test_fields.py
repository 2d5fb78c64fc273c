"""A header text split into its fields."""

from kmgraph.extract.fields import split_inline_fields
from kmgraph.model import Text


def test_inline_fields():
    text = Text("นายปรีชา ปวงคำ ตำแหน่ง : เจ้าหน้าที่พัฒนาชุมชน วันที่ : 2017-04-04", 100, 160)
    fields = split_inline_fields(text)
    assert fields.name.text == "นายปรีชา ปวงคำ"
    assert fields.fields["position"][0].text == "เจ้าหน้าที่พัฒนาชุมชน"
    assert fields.fields["date"][0].text == "2017-04-04"
    assert fields.fields["position"][0].start == 100 + text.text.index("เจ้าหน้าที่")
