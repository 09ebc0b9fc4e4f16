"""Generator for the held-out HueCIT ward-portal template "phuongmoi".

    python tests/variants/huecit/phuongmoi/make.py

Writes every <page>.html and its truth <page>.json from the same data, deterministically.
All text is invented for this test (fictional "phường Hương Mỹ").
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import unicodedata
from pathlib import Path

import lxml.html

OUT = Path(__file__).resolve().parent
HOST = "https://huongmy.thuathienhue.gov.vn"
GD = 63
SITE = "Cổng thông tin điện tử phường Hương Mỹ"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TODAY = dt.datetime(2024, 4, 18, 9, 12)

CATS = {
    312: "Tin tức - Sự kiện",
    315: "Thông báo",
    318: "Văn hóa - Xã hội",
    320: "Kinh tế",
    322: "Cải cách hành chính",
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def collapse(s: str) -> str:
    return " ".join(s.split())


def vn_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def txt(fragment: str) -> str:
    el = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return collapse(el.text_content())


def art_url(a) -> str:
    return f"/?gd={GD}&cn={a['cn']}&tc={a['tc']}"


def up(path_date: dt.datetime, name: str) -> str:
    d = path_date
    return f"/UploadFiles/TinTuc/{d.year}/{d.month}/{d.day}/{name}"


# ----------------------------------------------------------------------------- body blocks
# Each block function returns (html, [text paragraphs], [image dicts]).

def P(frag: str, attrs: str = ""):
    h = f"<p{(' ' + attrs) if attrs else ''}>{frag}</p>"
    return h, [txt(frag)], []


def BR(lines: list[str]):
    # A <br>-separated body: a single div, lines separated by <br />, blank line between some.
    parts = []
    for i, ln in enumerate(lines):
        parts.append(ln)
        parts.append("<br />\n" if i % 2 == 0 else "<br />\n<br />\n")
    h = '<div style="text-align: justify;">' + "".join(parts) + "</div>"
    return h, [txt(ln) for ln in lines], []


def OL(items: list[str]):
    h = "<ol>\n" + "\n".join(f"<li>{it}</li>" for it in items) + "\n</ol>"
    return h, [txt(it) for it in items], []


def TABLE(rows: list[list[str]], header: bool = True):
    out = ['<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" '
           'style="width: 100%; border-collapse: collapse;">', "<tbody>"]
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            span = ""
            if isinstance(c, tuple):  # (text, colspan)
                c, n = c
                span = f' colspan="{n}"'
                cells.append(f'<td{span} style="text-align: center;"><strong>{c}</strong></td>')
                continue
            if header and i == 0:
                cells.append(f'<td style="text-align: center;"><strong>{c}</strong></td>')
            else:
                cells.append(f"<td>{c}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out), [" | ".join(txt(c[0] if isinstance(c, tuple) else c) for c in row)
                            for row in rows], []


def _imgd(src, cap, credit):
    return {"src": HOST + src, "caption": cap, "credit": credit}


def _captext(cap, credit):
    return " ".join(x for x in (cap, credit) if x)


def FIG(src, cap, credit, alt=""):
    h = (f'<figure class="image" style="text-align: center;"><img class="img-fluid" src="{src}" '
         f'alt="{esc(alt)}" width="700" height="467" />'
         f"<figcaption>{esc(_captext(cap, credit))}</figcaption></figure>")
    return h, [], [_imgd(src, cap, credit)]


def ITAL(src, cap, credit, alt=""):
    h = (f'<p style="text-align: center;"><img src="{src}" alt="{esc(alt)}" '
         f'style="width: 700px; height: 466px;" /></p>\n'
         f'<p style="text-align: center;"><em>{esc(_captext(cap, credit))}</em></p>')
    return h, [], [_imgd(src, cap, credit)]


def CELL1(src, cap, credit, alt=""):
    # one-cell table: image, line break, italic caption in the same cell
    h = ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-img" '
         'style="width: 90%;"><tbody><tr><td style="text-align: center;">'
         f'<img src="{src}" alt="{esc(alt)}" style="width: 100%;" /><br />'
         f"<em>{esc(_captext(cap, credit))}</em></td></tr></tbody></table>")
    return h, [], [_imgd(src, cap, credit)]


def CELL2(src, cap, credit, alt=""):
    # photo table with a caption row
    h = ('<table align="center" class="image-caption" style="width: 680px;"><tbody>'
         f'<tr><td><img src="{src}" alt="{esc(alt)}" width="680" /></td></tr>'
         f'<tr><td class="caption" style="text-align: center;"><span style="font-size: 13px;">'
         f"<em>{esc(_captext(cap, credit))}</em></span></td></tr></tbody></table>")
    return h, [], [_imgd(src, cap, credit)]


def RELATED(items):
    lis = "\n".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{u}">{esc(t)}</a> '
        f'<span class="text-muted">({d})</span></li>' for (t, u, d) in items)
    h = ('<div class="box-tinlienquan card my-3"><div class="card-header font-weight-bold">'
         '<i class="fa fa-link"></i> Tin liên quan</div><div class="card-body py-2">'
         f'<ul class="list-unstyled mb-0">\n{lis}\n</ul></div></div>')
    return h, [], []


# ----------------------------------------------------------------------------- articles

def D(y, m, d, hh=0, mm=0):
    return dt.datetime(y, m, d, hh, mm)


ARTICLES = []


def article(**kw):
    ARTICLES.append(kw)


OLD = [  # older items in the listings (pages not written; they answer 404)
    ("Phường Hương Mỹ sơ kết công tác quản lý trật tự đô thị tháng 2", 312, 10148, "28/02/2024"),
    ("Tập huấn kỹ năng phòng cháy, chữa cháy cho lực lượng dân phòng", 312, 10131, "21/02/2024"),
    ("Gặp mặt cán bộ hưu trí nhân dịp đầu xuân Giáp Thìn", 312, 10117, "16/02/2024"),
    ("Trao tặng cờ Tổ quốc cho hộ dân ven sông Hương", 312, 10102, "07/02/2024"),
]


def build_articles():
    a1d = D(2024, 3, 15)
    article(
        key="tin-hoi-nghi-quy-ii", cn=312, tc=10164, when=a1d, title_tag="std",
        title="Phường Hương Mỹ triển khai nhiệm vụ phát triển kinh tế - xã hội quý II năm 2024",
        title_el="h1", meta={"date": "15/03/2024", "views": 1245},
        sapo=("p.sapo", None,
              "Chiều ngày 14/3, UBND phường Hương Mỹ tổ chức hội nghị đánh giá kết quả thực hiện "
              "nhiệm vụ quý I và bàn giải pháp cho quý II năm 2024 với sự tham dự của các tổ "
              "dân phố, ban ngành, đoàn thể trên địa bàn."),
        blocks=[
            P("Theo báo cáo tại hội nghị, trong quý I, tổng giá trị sản xuất các ngành dịch vụ, "
              "thương mại trên địa bàn phường tăng khoảng 8,5% so với cùng kỳ năm 2023. Công tác "
              "chỉnh trang đô thị, giữ gìn vệ sinh các tuyến kiệt, hẻm được các tổ dân phố duy trì "
              "thường xuyên."),
            FIG(up(a1d, "hoi-nghi-quy-ii-01.jpg"),
                "Đồng chí Chủ tịch UBND phường phát biểu chỉ đạo tại hội nghị.", "Ảnh: Minh Hà",
                "Hội nghị quý II"),
            P("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như tình trạng lấn "
              "chiếm vỉa hè để buôn bán ở khu vực chợ tạm, tiến độ giải ngân một số công trình "
              "hạ tầng còn chậm. Từ ngày 01/4/2024, phường sẽ thành lập tổ kiểm tra liên ngành "
              "để xử lý dứt điểm các trường hợp vi phạm."),
            P("Phát biểu kết luận, lãnh đạo phường đề nghị các tổ dân phố tiếp tục phát huy vai "
              "trò tự quản, phối hợp chặt chẽ với Công an phường trong việc giữ gìn an ninh trật "
              "tự; đồng thời đẩy mạnh tuyên truyền để người dân sử dụng dịch vụ công trực tuyến."),
        ],
        sig=[('<p style="text-align: right;"><strong>Minh Hà</strong></p>', None)],
        expected=dict(agency_prefix=None, published_at="2024-03-15T00:00:00+07:00",
                      updated_at=None, date_label=None, authors=["Minh Hà"], unit=None),
    )

    a2d = D(2024, 3, 17, 9, 45)
    article(
        key="tin-chu-nhat-xanh", cn=312, tc=10171, when=a2d, title_tag="std",
        title="Đoàn viên, thanh niên ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        title_el="h3", meta={"date": "17/03/2024 - 09:45", "views": 863},
        sapo=("p.mota", None,
              "Sáng 17/3, hơn 150 đoàn viên, thanh niên và người dân phường Hương Mỹ đã tham gia "
              "dọn dẹp vệ sinh, thu gom rác thải dọc tuyến bờ sông và các khu dân cư."),
        blocks=[
            P("Hoạt động nằm trong chuỗi sự kiện chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn "
              "Thanh niên Cộng sản Hồ Chí Minh. Các tình nguyện viên được chia thành 6 tổ, phụ "
              "trách những đoạn đường có nhiều rác thải sinh hoạt tồn đọng."),
            ITAL(up(a2d, "chu-nhat-xanh-1.jpg"),
                 "Đoàn viên thanh niên thu gom rác dọc bờ sông.", "Ảnh: Đoàn phường",
                 "Chủ nhật xanh"),
            P("Kết thúc buổi ra quân, lực lượng tình nguyện đã thu gom được gần 3 tấn rác, phát "
              "quang nhiều bụi rậm và vận động các hộ kinh doanh ký cam kết không xả rác ra lòng "
              "đường."),
            RELATED([
                ("Phát động phong trào “Tổ dân phố sáng, xanh, sạch, đẹp” năm 2024",
                 f"/?gd={GD}&cn=312&tc=10094", "02/02/2024"),
                ("Ra mắt mô hình “Đoạn đường tự quản” tại tổ dân phố 5",
                 f"/?gd={GD}&cn=312&tc=10058", "11/01/2024"),
            ]),
            P("Theo Ban Thường vụ Đoàn phường, hoạt động “Ngày Chủ nhật xanh” sẽ được tổ chức "
              "định kỳ vào tuần thứ ba hằng tháng, luân phiên tại các tổ dân phố, nhằm hình thành "
              "thói quen phân loại rác tại nguồn trong mỗi gia đình."),
        ],
        sig=[("<p><strong>Nguồn:</strong> Đoàn phường Hương Mỹ</p>", None)],
        expected=dict(agency_prefix=None, published_at="2024-03-17T09:45:00+07:00",
                      updated_at=None, date_label=None, authors=[],
                      unit="Đoàn phường Hương Mỹ"),
    )

    a3d = D(2024, 3, 22, 14, 20)
    article(
        key="tin-gia-dinh-van-hoa", cn=318, tc=10189, when=a3d, title_tag="std",
        title="Hội thi “Gia đình văn hóa tiêu biểu” thu hút 12 đội tham gia",
        title_el="h3", meta={"date": f"{WEEKDAYS[a3d.weekday()]}, 22/03/2024 14:20", "views": 512,
                             "author": "Trần Thị Lan"},
        sapo=("bold", None,
              "Với nhiều phần thi sinh động, hội thi đã tôn vinh những gia đình giữ gìn nếp sống "
              "văn hóa, hòa thuận và gương mẫu chấp hành các quy định của địa phương."),
        blocks=[
            P("Hội thi do Ủy ban Mặt trận Tổ quốc phường phối hợp với Hội Liên hiệp Phụ nữ tổ "
              "chức. Mỗi đội gồm ba thế hệ trong một gia đình, tham gia các phần thi chào hỏi, "
              "kiến thức pháp luật về hôn nhân và gia đình, năng khiếu và ẩm thực truyền thống."),
            CELL1(up(a3d, "hoi-thi-gdvh.jpg"),
                  "Gia đình bà Nguyễn Thị Hoa (tổ dân phố 3) trong phần thi năng khiếu.",
                  "Ảnh: T.L", "Hội thi gia đình"),
            P("Phần thi ẩm thực để lại nhiều ấn tượng khi các gia đình giới thiệu những món ăn "
              "quê nhà như bánh bèo, chè bột lọc, cơm hến, kèm theo câu chuyện về ký ức bữa cơm "
              "sum họp của ba thế hệ."),
            P("Kết quả, Ban tổ chức đã trao giải nhất cho gia đình ông Lê Văn Tư (tổ dân phố 7), "
              "hai giải nhì, ba giải ba và sáu giải khuyến khích cho các đội còn lại."),
        ],
        sig=[],
        expected=dict(agency_prefix=None, published_at="2024-03-22T14:20:00+07:00",
                      updated_at=None, date_label=None, authors=["Trần Thị Lan"], unit=None),
    )

    a4d = D(2024, 3, 26, 8, 0)
    article(
        key="tin-thu-ngan-sach-quy-i", cn=320, tc=10203, when=a4d, title_tag="std",
        title="Kết quả thu ngân sách nhà nước trên địa bàn phường quý I năm 2024",
        title_el="h3", meta={"date": "Cập nhật: 26/03/2024 08:00", "views": 407},
        sapo=("p.sapo", None,
              "Tính đến ngày 20/3/2024, tổng thu ngân sách trên địa bàn phường đạt 27,4% dự toán "
              "năm, một số khoản thu đạt khá so với cùng kỳ."),
        blocks=[
            P("Kết quả cụ thể một số khoản thu chủ yếu như sau:"),
            TABLE([
                ["TT", "Nội dung thu", "Dự toán năm (triệu đồng)", "Thực hiện quý I (triệu đồng)",
                 "Tỷ lệ (%)"],
                ["1", "Thuế công thương nghiệp ngoài quốc doanh", "3.200", "915", "28,6"],
                ["2", "Lệ phí trước bạ nhà, đất", "1.450", "362", "25,0"],
                ["3", "Thuế sử dụng đất phi nông nghiệp", "380", "96", "25,3"],
                ["4", "Phí, lệ phí", "210", "58", "27,6"],
                ["5", "Thu khác ngân sách", "160", "41", "25,6"],
                [("Tổng cộng", 2), "5.400", "1.472", "27,3"],
            ]),
            P("Trong quý II, phường tiếp tục rà soát, đôn đốc các hộ kinh doanh nộp thuế đúng hạn; "
              "phối hợp với Chi cục Thuế khu vực kiểm tra các trường hợp kinh doanh nhưng chưa "
              "đăng ký."),
        ],
        sig=[('<p style="text-align: right;"><strong>Bộ phận Tài chính - Kế toán</strong></p>',
              None)],
        expected=dict(agency_prefix=None, published_at="2024-03-26T08:00:00+07:00",
                      updated_at=None, date_label="Cập nhật", authors=[],
                      unit="Bộ phận Tài chính - Kế toán"),
    )

    a5d = D(2024, 3, 28)
    article(
        key="tin-tet-trong-cay", cn=312, tc=10212, when=a5d, title_tag="std",
        title="Phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” năm 2024",
        title_el="h3", meta={"date": None, "views": 688},
        sapo=None,
        blocks=[
            BR([
                "Sáng 27/3, tại khuôn viên Trường Tiểu học Hương Mỹ, Đảng ủy, HĐND, UBND, Ủy ban "
                "MTTQ phường đã tổ chức Lễ phát động Tết trồng cây năm 2024.",
                "Tham dự buổi lễ có đại diện lãnh đạo các ban ngành, đoàn thể, giáo viên, học sinh "
                "và đông đảo bà con tổ dân phố 2, tổ dân phố 4.",
                "Ngay sau lễ phát động, các đại biểu cùng người dân đã trồng 200 cây sao đen, "
                "muồng hoàng yến và bằng lăng dọc tuyến đường liên tổ.",
                "Phường giao các chi đoàn thanh niên nhận chăm sóc, tưới nước định kỳ để bảo đảm "
                "tỷ lệ cây sống đạt trên 95%.",
                "Dịp này, phường cũng tiếp nhận 50 cây hoa giấy do các doanh nghiệp trên địa bàn "
                "trao tặng để trồng tại khu vực nhà văn hóa.",
            ]),
        ],
        sig=[('<p style="text-align: right;"><strong>Hoài Thu</strong></p>', None),
             ('<p class="ngaydang text-muted"><i class="fa fa-clock-o"></i> Ngày đăng: '
              '28/03/2024</p>', None)],
        expected=dict(agency_prefix=None, published_at="2024-03-28T00:00:00+07:00",
                      updated_at=None, date_label="Ngày đăng", authors=["Hoài Thu"], unit=None),
    )

    a6d = D(2024, 4, 2, 16, 30)
    article(
        key="thong-bao-niem-yet-ho-ngheo", cn=315, tc=10226, when=a6d, title_tag="std",
        title="Thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo phát sinh năm 2024",
        title_el="h3", meta={"date": "02/04/2024 - 16:30", "views": 231},
        sapo=None,
        blocks=[
            P("UBND phường Hương Mỹ thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo "
              "phát sinh năm 2024 tại trụ sở UBND phường."),
            P("Thời gian niêm yết từ ngày 03/4/2024 đến hết ngày 09/4/2024. Mọi ý kiến phản ánh "
              "xin gửi về Bộ phận Lao động - Thương binh và Xã hội phường."),
        ],
        attachments=[("Thong bao so 45-TB-UBND.pdf", "thong-bao-45-tb-ubnd.pdf"),
                     ("Danh sach ho ngheo, can ngheo phat sinh.xlsx", "danh-sach-phat-sinh.xlsx")],
        sig=[('<p style="text-align: right;"><strong>UBND phường Hương Mỹ</strong></p>', None)],
        expected=dict(agency_prefix=None, published_at="2024-04-02T16:30:00+07:00",
                      updated_at=None, date_label=None, authors=[],
                      unit="UBND phường Hương Mỹ"),
    )

    a7d = D(2024, 4, 3, 7, 50)
    article(
        key="tin-thanh-toan-khong-tien-mat", cn=322, tc=10231, when=a7d, title_tag="generic",
        title="Bộ phận Một cửa phường triển khai thanh toán phí, lệ phí không dùng tiền mặt",
        title_el="h1", meta={"date": f"Thứ Tư, 03/04/2024 07:50", "views": 354},
        sapo=("p.sapo", None,
              "Từ đầu tháng 4, người dân đến làm thủ tục tại Bộ phận Tiếp nhận và trả kết quả của "
              "phường có thể nộp phí, lệ phí bằng mã QR hoặc chuyển khoản."),
        blocks=[
            P("Mỗi quầy tiếp nhận được bố trí một bảng mã QR riêng, gắn với tài khoản của phường "
              "tại ngân hàng. Sau khi thanh toán, người dân nhận biên lai điện tử qua tin nhắn "
              "hoặc thư điện tử mà không phải chờ đợi."),
            FIG(up(a7d, "mot-cua-qr.jpg"),
                "Cán bộ Bộ phận Một cửa hướng dẫn người dân quét mã QR.", "Ảnh: Quốc Bảo",
                "Thanh toán QR"),
            P("Tổ công nghệ số cộng đồng của các tổ dân phố cũng được tập huấn để hỗ trợ người cao "
              "tuổi cài đặt ứng dụng ngân hàng và thực hiện giao dịch an toàn."),
            P("Theo thống kê, trong 3 ngày đầu triển khai đã có 41 lượt giao dịch được thanh toán "
              "trực tuyến, chiếm khoảng 60% tổng số hồ sơ có thu phí."),
        ],
        sig=[('<p style="text-align: right;"><strong>Quốc Bảo</strong></p>', None),
             ('<p style="text-align: right;"><em>Nguồn: Tổ công nghệ số cộng đồng phường</em></p>',
              None)],
        expected=dict(agency_prefix=None, published_at="2024-04-03T07:50:00+07:00",
                      updated_at=None, date_label=None, authors=["Quốc Bảo"],
                      unit="Tổ công nghệ số cộng đồng phường"),
    )

    a8d = D(2024, 4, 5, 15, 10)
    article(
        key="huong-dan-dinh-danh-muc-2", cn=322, tc=10240, when=a8d, title_tag="std",
        title="Hướng dẫn người dân đăng ký tài khoản định danh điện tử mức độ 2",
        title_el="h3", meta={"date": None, "views": 1893},
        sapo=None,
        blocks=[
            P("Để thuận tiện khi thực hiện thủ tục hành chính trực tuyến, Công an phường hướng dẫn "
              "các bước đăng ký tài khoản định danh điện tử mức độ 2 như sau:"),
            OL([
                "Chuẩn bị căn cước công dân gắn chíp còn hiệu lực và số điện thoại chính chủ.",
                "Đến Công an phường hoặc điểm tiếp nhận lưu động tại nhà văn hóa tổ dân phố.",
                "Điền phiếu đề nghị cấp tài khoản, ghi rõ số điện thoại và địa chỉ thư điện tử "
                "(nếu có).",
                "Cán bộ tiếp nhận thu nhận ảnh chân dung và vân tay của công dân.",
                "Chờ tin nhắn thông báo kết quả từ hệ thống, thông thường trong vòng 5 ngày làm "
                "việc.",
                "Tải ứng dụng định danh điện tử về điện thoại và đăng nhập bằng mật khẩu được cấp.",
                "Đổi mật khẩu, thiết lập mã bảo vệ và kích hoạt tài khoản để sử dụng.",
            ]),
            P("Mọi vướng mắc, người dân liên hệ trực ban Công an phường để được hỗ trợ."),
        ],
        sig=[('<p style="text-align: right;"><strong>Công an phường Hương Mỹ</strong></p>', None),
             ('<div class="post-date text-right text-muted small">Ngày đăng: 05/04/2024 15:10'
              '</div>', None)],
        expected=dict(agency_prefix=None, published_at="2024-04-05T15:10:00+07:00",
                      updated_at=None, date_label="Ngày đăng", authors=[],
                      unit="Công an phường Hương Mỹ"),
    )

    a9d = D(2024, 4, 8, 9, 15)
    article(
        key="tin-sot-xuat-huyet", cn=312, tc=10252, when=a9d, title_tag="std",
        title="Tăng cường các biện pháp phòng, chống sốt xuất huyết mùa nắng nóng",
        title_el="h1", meta={"date": "08/04/2024 - 09:15", "updated": "Cập nhật: 09/04/2024 07:30",
                             "views": 976},
        sapo=("p.sapo", "TTH.VN -",
              "Trước nguy cơ dịch bệnh gia tăng khi thời tiết chuyển mùa, ngành y tế đề nghị các "
              "địa phương đồng loạt ra quân diệt lăng quăng, bọ gậy."),
        blocks=[
            P("Theo số liệu của ngành y tế, từ đầu năm đến ngày 05/4, toàn tỉnh ghi nhận 86 ca "
              "mắc sốt xuất huyết, tăng 14 ca so với cùng kỳ năm trước. Các ca bệnh rải rác ở "
              "nhiều phường, xã, chủ yếu tại các khu dân cư đông đúc."),
            P("Các địa phương được yêu cầu duy trì chiến dịch vệ sinh môi trường vào sáng thứ bảy "
              "hằng tuần, lật úp các dụng cụ chứa nước không sử dụng, thả cá bảy màu vào bể nước "
              "sinh hoạt."),
            ITAL(up(a9d, "sxh-phun-hoa-chat.jpg"),
                 "Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư.", "Ảnh: P.V",
                 "Phun hóa chất"),
            P("Tại phường Hương Mỹ, Trạm Y tế đã phối hợp với các tổ dân phố phát 2.000 tờ rơi "
              "hướng dẫn phòng bệnh và tổ chức giám sát chặt các hộ gia đình có người đi về từ "
              "vùng dịch."),
        ],
        sig=[('<p><strong>Nguồn: Cổng Thông tin điện tử tỉnh</strong></p>', None)],
        expected=dict(agency_prefix="TTH.VN -", published_at="2024-04-08T09:15:00+07:00",
                      updated_at="2024-04-09T07:30:00+07:00", date_label=None, authors=[],
                      unit="Cổng Thông tin điện tử tỉnh"),
    )

    a10d = D(2024, 4, 12, 10, 40)
    article(
        key="tin-hoi-phu-nu-sinh-ke", cn=318, tc=10268, when=a10d, title_tag="std",
        title="Hội Liên hiệp Phụ nữ phường trao sinh kế cho hội viên khó khăn",
        title_el="h3", meta={"date": "Cập nhật: 12/04/2024 10:40", "views": 298},
        sapo=("p.mota", None,
              "Nhằm giúp hội viên có hoàn cảnh khó khăn ổn định cuộc sống, Hội LHPN phường đã "
              "trao 8 suất sinh kế với tổng trị giá 64 triệu đồng."),
        blocks=[
            P("Các suất sinh kế gồm xe đẩy bán hàng, máy may, con giống và vốn hỗ trợ không hoàn "
              "lại, được lựa chọn theo nhu cầu và khả năng của từng hội viên."),
            FIG(up(a10d, "sinh-ke-01.jpg"), "Trao xe đẩy bán hàng cho hội viên tổ dân phố 6.",
                "Ảnh: Hội LHPN phường", "Trao sinh kế"),
            P("Nguồn kinh phí được vận động từ các nhà hảo tâm, doanh nghiệp và quỹ “Mái ấm tình "
              "thương” do hội viên đóng góp trong năm 2023."),
            CELL2(up(a10d, "sinh-ke-02.jpg"), "Các hội viên nhận hỗ trợ chụp ảnh lưu niệm.",
                  None, "Chụp ảnh lưu niệm"),
            P("Hội sẽ tiếp tục theo dõi, hướng dẫn cách làm ăn và kết nối tiêu thụ sản phẩm để "
              "các hội viên sớm vươn lên thoát nghèo bền vững."),
        ],
        sig=[('<p style="text-align: right;"><strong>Hội LHPN phường Hương Mỹ</strong></p>',
              None)],
        expected=dict(agency_prefix=None, published_at="2024-04-12T10:40:00+07:00",
                      updated_at=None, date_label="Cập nhật", authors=[],
                      unit="Hội LHPN phường Hương Mỹ"),
    )

    a11d = D(2024, 4, 13, 16, 5)
    article(
        key="tin-bong-chuyen-hoi", cn=312, tc=10273, when=a11d, title_tag="std",
        title="Sôi nổi giải bóng chuyền hơi các tổ dân phố năm 2024",
        title_el="h3", meta={"date": f"{WEEKDAYS[a11d.weekday()]}, 13/04/2024 16:05",
                             "views": 442, "author": "Lê Văn Phúc"},
        sapo=("bold", None,
              "Diễn ra từ ngày 13/4 đến 14/4/2024, giải quy tụ 10 đội bóng với gần 100 vận động "
              "viên là hội viên người cao tuổi và phụ nữ các tổ dân phố."),
        blocks=[
            P("Giải được tổ chức tại sân thể thao trung tâm phường theo thể thức đấu vòng tròn "
              "tính điểm, chọn bốn đội có thành tích tốt nhất vào thi đấu bán kết."),
            CELL2(up(a11d, "bong-chuyen-hoi.jpg"), "Một pha tranh bóng trong trận khai mạc.",
                  "Ảnh: L.V.P", "Bóng chuyền hơi"),
            P("Ngay trong ngày thi đấu đầu tiên, các trận đấu đã diễn ra hấp dẫn, thu hút đông "
              "đảo người dân đến cổ vũ. Nhiều đội có sự chuẩn bị kỹ lưỡng về đồng phục và chiến "
              "thuật."),
            P("Ban tổ chức cho biết giải đấu là hoạt động thiết thực hưởng ứng phong trào “Toàn "
              "dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”."),
        ],
        sig=[("<p>Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao phường</p>", None)],
        expected=dict(agency_prefix=None, published_at="2024-04-13T16:05:00+07:00",
                      updated_at=None, date_label=None, authors=["Lê Văn Phúc"],
                      unit="Trung tâm Văn hóa, Thông tin và Thể thao phường"),
    )

    a12d = D(2024, 4, 16)
    article(
        key="tin-tiep-xuc-cu-tri", cn=312, tc=10285, when=a12d, title_tag="std",
        title="Đại biểu HĐND phường tiếp xúc cử tri trước kỳ họp thường lệ",
        title_el="h1", meta={"date": "16/04/2024", "views": 187},
        sapo=("p.sapo", None,
              "Trong hai ngày 15 và 16/4, các tổ đại biểu HĐND phường đã tổ chức 4 điểm tiếp "
              "xúc cử tri tại các khu dân cư."),
        blocks=[
            P("<strong>Nhiều kiến nghị về hạ tầng</strong>"),
            P("Tại các buổi tiếp xúc, cử tri bày tỏ sự đồng tình với kết quả thực hiện nhiệm vụ "
              "năm 2023, đồng thời kiến nghị sớm nâng cấp hệ thống thoát nước ở kiệt 12 và lắp "
              "đặt thêm đèn chiếu sáng tại các tuyến đường nội tổ."),
            P("Một số cử tri đề nghị chính quyền có giải pháp quản lý tình trạng xe tải trọng lớn "
              "lưu thông vào giờ cao điểm, gây mất an toàn cho học sinh."),
            P("<strong>Giải trình và tiếp thu</strong>"),
            P("Thay mặt UBND phường, đồng chí Phó Chủ tịch đã giải trình, làm rõ nhiều nội dung "
              "thuộc thẩm quyền; các ý kiến vượt thẩm quyền được tổng hợp, báo cáo lên cấp trên "
              "trước ngày 30/4/2024."),
        ],
        sig=[('<p style="text-align: right;"><strong>Thanh Tâm</strong></p>', None)],
        expected=dict(agency_prefix=None, published_at="2024-04-16T00:00:00+07:00",
                      updated_at=None, date_label=None, authors=["Thanh Tâm"], unit=None),
    )


# ----------------------------------------------------------------------------- chrome

CSS = """
:root{--mau-chinh:#b3121c;--mau-phu:#f4c542;--nen:#f6f6f6}
body{font-family:Roboto,Arial,sans-serif;font-size:15px;color:#222;background:var(--nen)}
a{color:#0b4f9c}a:hover{color:var(--mau-chinh);text-decoration:none}
.top-bar{background:#8f0d15;color:#fff;font-size:13px;padding:4px 0}
.top-bar a{color:#fff;margin-left:12px}
.header-banner{background:url(/Themes/PhuongXa2022/images/banner-bg.jpg) center/cover no-repeat;min-height:120px}
.header-banner .logo img{max-height:96px}
.header-banner .ten-don-vi{color:#fff;text-shadow:0 1px 2px rgba(0,0,0,.5)}
.header-banner .ten-don-vi .dong-1{font-size:16px;text-transform:uppercase}
.header-banner .ten-don-vi .dong-2{font-size:30px;font-weight:700;text-transform:uppercase}
.navbar-main{background:var(--mau-chinh)}
.navbar-main .nav-link{color:#fff!important;font-weight:500;text-transform:uppercase;font-size:14px}
.navbar-main .dropdown-menu{border-radius:0;border-top:3px solid var(--mau-phu)}
.marquee-bar{background:#fff;border-bottom:1px solid #ddd;font-size:14px}
.breadcrumb{background:transparent;padding:.5rem 0;margin-bottom:.5rem;font-size:14px}
.news-detail .title-detail,.news-detail .title-news{font-size:24px;font-weight:700;color:#b3121c;line-height:1.35}
.news-detail .meta{font-size:13px;color:#777;border-bottom:1px dashed #ccc;padding-bottom:6px}
.news-detail .meta span{margin-right:14px}
.news-detail .sapo,.news-detail .mota{font-weight:700;font-size:16px;text-align:justify}
.news-detail .noidung{text-align:justify;line-height:1.6}
.news-detail .noidung img{max-width:100%;height:auto}
.news-detail figure figcaption{font-style:italic;font-size:14px;color:#555;text-align:center}
.box-tinlienquan{border-left:3px solid var(--mau-chinh)}
.tin-khac h4{font-size:17px;color:var(--mau-chinh);border-bottom:2px solid var(--mau-chinh);padding-bottom:4px}
.tin-khac li{padding:4px 0;border-bottom:1px dotted #ccc}
.tin-khac .date{color:#999;font-size:12px}
.card-news .card-title{font-size:16px;font-weight:600;line-height:1.4}
.card-news .card-img-top{height:180px;object-fit:cover}
.sidebar .box{background:#fff;margin-bottom:15px;border:1px solid #e3e3e3}
.sidebar .box-title{background:var(--mau-chinh);color:#fff;font-size:15px;text-transform:uppercase;padding:8px 10px;margin:0}
.sidebar .box-body{padding:10px}
.sidebar .van-ban li{border-bottom:1px dotted #ccc;padding:5px 0;font-size:14px}
.thong-ke-truy-cap li{font-size:14px;padding:3px 0}
.footer{background:#7a0b12;color:#f1f1f1;font-size:14px;padding:20px 0}
.footer a{color:#ffe082}
.pagination .page-link{color:#b3121c}
.pagination .active .page-link{background:#b3121c;border-color:#b3121c}
@media (max-width:767px){.header-banner .ten-don-vi .dong-2{font-size:20px}.news-detail .title-detail{font-size:20px}}
"""

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", f"/?gd={GD}&cn=301", [
        ("Tổng quan về phường", f"/?gd={GD}&cn=301"),
        ("Cơ cấu tổ chức", f"/?gd={GD}&cn=302"),
        ("Lãnh đạo phường", f"/?gd={GD}&cn=303"),
        ("Danh bạ liên hệ", f"/?gd={GD}&cn=305"),
    ]),
    ("Tin tức - Sự kiện", f"/?gd={GD}&cn=312", [
        ("Hoạt động của phường", f"/?gd={GD}&cn=312"),
        ("Văn hóa - Xã hội", f"/?gd={GD}&cn=318"),
        ("Kinh tế", f"/?gd={GD}&cn=320"),
        ("Quốc phòng - An ninh", f"/?gd={GD}&cn=324"),
    ]),
    ("Thông báo", f"/?gd={GD}&cn=315", []),
    ("Cải cách hành chính", f"/?gd={GD}&cn=322", [
        ("Thủ tục hành chính", f"/?gd={GD}&cn=326"),
        ("Kết quả giải quyết hồ sơ", f"/?gd={GD}&cn=327"),
    ]),
    ("Văn bản", f"/?gd={GD}&cn=330", []),
    ("Hỏi đáp", f"/?gd={GD}&cn=340", []),
    ("Sơ đồ cổng", f"/?gd={GD}&cn=350", []),
]

LINKS = [
    ("https://chinhphu.vn", "Cổng TTĐT Chính phủ"),
    ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
    ("https://thuathienhue.gov.vn", "Cổng TTĐT tỉnh Thừa Thiên Huế"),
    ("https://dichvucong.thuathienhue.gov.vn", "Hệ thống thông tin giải quyết TTHC tỉnh"),
    ("https://huecity.thuathienhue.gov.vn", "Cổng TTĐT thành phố Huế"),
    ("https://sotttt.thuathienhue.gov.vn", "Sở Thông tin và Truyền thông"),
    ("https://stp.thuathienhue.gov.vn", "Sở Tư pháp"),
    ("https://snv.thuathienhue.gov.vn", "Sở Nội vụ"),
    ("https://skhdt.thuathienhue.gov.vn", "Sở Kế hoạch và Đầu tư"),
    ("https://stc.thuathienhue.gov.vn", "Sở Tài chính"),
    ("https://syt.thuathienhue.gov.vn", "Sở Y tế"),
    ("https://sgddt.thuathienhue.gov.vn", "Sở Giáo dục và Đào tạo"),
    ("https://sldtbxh.thuathienhue.gov.vn", "Sở Lao động - Thương binh và Xã hội"),
    ("https://stnmt.thuathienhue.gov.vn", "Sở Tài nguyên và Môi trường"),
    ("https://sxd.thuathienhue.gov.vn", "Sở Xây dựng"),
    ("https://sgtvt.thuathienhue.gov.vn", "Sở Giao thông vận tải"),
    ("https://snnptnt.thuathienhue.gov.vn", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("https://svhtt.thuathienhue.gov.vn", "Sở Văn hóa và Thể thao"),
    ("https://sdl.thuathienhue.gov.vn", "Sở Du lịch"),
    ("https://huongthuy.thuathienhue.gov.vn", "Thị xã Hương Thủy"),
    ("https://huongtra.thuathienhue.gov.vn", "Thị xã Hương Trà"),
    ("https://phongdien.thuathienhue.gov.vn", "Huyện Phong Điền"),
    ("https://quangdien.thuathienhue.gov.vn", "Huyện Quảng Điền"),
    ("https://phuvang.thuathienhue.gov.vn", "Huyện Phú Vang"),
    ("https://phuloc.thuathienhue.gov.vn", "Huyện Phú Lộc"),
    ("https://aluoi.thuathienhue.gov.vn", "Huyện A Lưới"),
    ("https://namdong.thuathienhue.gov.vn", "Huyện Nam Đông"),
]

VANBAN = [
    ("Kế hoạch số 52/KH-UBND", "Kế hoạch tổ chức các hoạt động hè cho thiếu nhi năm 2024", "10/04/2024"),
    ("Quyết định số 118/QĐ-UBND", "Quyết định kiện toàn Ban chỉ đạo phổ cập giáo dục phường", "04/04/2024"),
    ("Thông báo số 45/TB-UBND", "Thông báo niêm yết danh sách hộ nghèo, cận nghèo phát sinh", "02/04/2024"),
    ("Kế hoạch số 47/KH-UBND", "Kế hoạch ra quân tổng vệ sinh môi trường quý II", "29/03/2024"),
    ("Báo cáo số 39/BC-UBND", "Báo cáo kết quả công tác cải cách hành chính quý I", "25/03/2024"),
    ("Công văn số 88/UBND", "Về việc rà soát nhà ở xuống cấp trên địa bàn", "19/03/2024"),
]

LICH = [
    ("Thứ hai 15/4", "Chủ tịch UBND phường chủ trì giao ban tuần"),
    ("Thứ ba 16/4", "Tiếp xúc cử tri tại tổ dân phố 1, tổ dân phố 2"),
    ("Thứ tư 17/4", "Kiểm tra công tác vệ sinh an toàn thực phẩm"),
    ("Thứ năm 18/4", "Tiếp công dân định kỳ tại trụ sở UBND phường"),
    ("Thứ sáu 19/4", "Họp Ban chỉ đạo chuyển đổi số phường"),
]


TTHC = [
    "Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Chứng thực bản sao từ bản chính",
    "Chứng thực chữ ký trong các giấy tờ, văn bản", "Cấp bản sao trích lục hộ tịch",
    "Xác nhận tình trạng hôn nhân", "Đăng ký thường trú", "Đăng ký tạm trú",
    "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Đăng ký hoạt động tín ngưỡng",
    "Thông báo tổ chức lễ hội", "Giải quyết chế độ trợ cấp một lần đối với người có công",
]
CHUYENDE = [
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "banner-hoc-tap-bac.jpg", 360),
    ("Chuyển đổi số phường Hương Mỹ", "banner-chuyen-doi-so.jpg", 361),
    ("Xây dựng đô thị văn minh", "banner-do-thi-van-minh.jpg", 362),
    ("Cải cách hành chính", "banner-cchc.jpg", 363),
    ("Phòng, chống tham nhũng, tiêu cực", "banner-pctn.jpg", 364),
    ("Bảo vệ nền tảng tư tưởng của Đảng", "banner-bvntt.jpg", 365),
]
ANH = [
    "Lễ hội cầu ngư làng chài ven sông", "Đêm văn nghệ chào xuân", "Hội thao dân quân tự vệ",
    "Tuổi trẻ ra quân mùa hè xanh", "Trao học bổng cho học sinh nghèo vượt khó",
    "Khánh thành nhà văn hóa tổ dân phố 9", "Đua ghe truyền thống trên sông Hương",
    "Chương trình Tết sum vầy",
]
VIDEO = [
    "Phóng sự: Phường Hương Mỹ đổi thay sau ba năm thành lập",
    "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công",
    "Ký sự: Những người giữ lửa nghề đan lát ven sông",
    "Bản tin tuần phường Hương Mỹ số 14/2024",
]

_rng = random.Random(20240418)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def viewstate(n: int) -> str:
    return "".join(_rng.choice(_B64) for _ in range(n))


def head(title: str, desc: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="phường Hương Mỹ, thành phố Huế, Thừa Thiên Huế, cổng thông tin điện tử" />
<meta name="generator" content="HueCIT eGov Portal 4.2" />
{extra}<link rel="shortcut icon" href="/Themes/PhuongXa2022/images/favicon.ico" />
<link rel="stylesheet" href="/Themes/PhuongXa2022/vendor/bootstrap-4.6.2/css/bootstrap.min.css" />
<link rel="stylesheet" href="/Themes/PhuongXa2022/vendor/font-awesome-4.7.0/css/font-awesome.min.css" />
<link rel="stylesheet" href="/Themes/PhuongXa2022/vendor/owl.carousel/owl.carousel.min.css" />
<link rel="stylesheet" href="/Themes/PhuongXa2022/css/style.css?v=20220915" />
<style type="text/css">{CSS}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HUEPX2022"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-HUEPX2022');</script>
</head>
"""


def header(active: str) -> str:
    wd = WEEKDAYS[TODAY.weekday()]
    items = []
    for name, href, sub in MENU:
        cls = " active" if name == active else ""
        if sub:
            subs = "".join(f'<a class="dropdown-item" href="{esc(h)}">{esc(n)}</a>' for n, h in sub)
            items.append(f'<li class="nav-item dropdown{cls}"><a class="nav-link dropdown-toggle" '
                         f'href="{esc(href)}" data-toggle="dropdown">{esc(name)}</a>'
                         f'<div class="dropdown-menu">{subs}</div></li>')
        else:
            items.append(f'<li class="nav-item{cls}"><a class="nav-link" href="{esc(href)}">'
                         f'{esc(name)}</a></li>')
    menu = "\n".join(items)
    mob = []
    for name, href, sub in MENU:
        mob.append(f'<li class="py-1"><a href="{esc(href)}">{esc(name)}</a>' + (
            '<ul class="list-unstyled pl-3 small">' + "".join(
                f'<li class="py-1"><a href="{esc(h)}">{esc(n)}</a></li>' for n, h in sub) + '</ul>'
            if sub else '') + '</li>')
    mobile = "\n".join(mob)
    return f"""<body class="huecit-portal theme-phuongxa-2022">
<form method="post" action="./" id="frmMain">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1{viewstate(7600)}=" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAX{viewstate(180)}" />
</div>
<div class="top-bar d-none d-md-block">
 <div class="container d-flex justify-content-between">
  <span class="ngay-hien-tai"><i class="fa fa-calendar-o"></i> {wd}, {TODAY:%d/%m/%Y}</span>
  <span class="top-links"><a href="/"><i class="fa fa-home"></i> Trang chủ</a><a href="/?gd={GD}&amp;cn=350"><i class="fa fa-sitemap"></i> Sơ đồ cổng</a><a href="/?gd={GD}&amp;cn=305"><i class="fa fa-phone"></i> Liên hệ</a><a href="/Login.aspx?ReturnUrl=%2f"><i class="fa fa-user"></i> Đăng nhập</a><a href="/rss/tintuc.rss"><i class="fa fa-rss"></i> RSS</a></span>
 </div>
</div>
<header class="header-banner">
 <div class="container d-flex align-items-center py-2">
  <a class="logo mr-3" href="/"><img src="/Themes/PhuongXa2022/images/logo-quoc-huy.png" alt="Quốc huy" /></a>
  <div class="ten-don-vi">
   <div class="dong-1">Ủy ban nhân dân thành phố Huế</div>
   <div class="dong-2">Phường Hương Mỹ</div>
  </div>
 </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark navbar-main sticky-top">
 <div class="container">
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menuChinh" aria-controls="menuChinh" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="menuChinh">
   <ul class="navbar-nav mr-auto">
{menu}
   </ul>
   <div class="form-inline my-2 my-lg-0 search-box">
    <input class="form-control form-control-sm mr-sm-1" type="search" name="txtTuKhoa" id="txtTuKhoa" placeholder="Tìm kiếm tin tức" aria-label="Tìm kiếm" />
    <button class="btn btn-sm btn-warning" type="button" onclick="timKiem();"><i class="fa fa-search"></i></button>
   </div>
  </div>
 </div>
</nav>
<div class="marquee-bar py-1">
 <div class="container"><marquee scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng quý khách đến với Cổng thông tin điện tử phường Hương Mỹ - Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4 - Tích cực sử dụng dịch vụ công trực tuyến toàn trình</marquee></div>
</div>
<div class="offcanvas-menu d-lg-none" id="menuMobile" aria-hidden="true">
 <div class="offcanvas-header d-flex justify-content-between p-2"><strong>DANH MỤC</strong><button type="button" class="close" onclick="$('#menuMobile').removeClass('show');">&times;</button></div>
 <ul class="list-unstyled p-2">
{mobile}
 </ul>
</div>
<main class="container my-3">
<div class="row">
"""


def sidebar(recent) -> str:
    vb = "\n".join(
        f'<li><a href="/?gd={GD}&amp;cn=330&amp;vb={900 + i}"><strong>{esc(s)}</strong></a><br />'
        f'<span class="small">{esc(t)}</span> <span class="text-muted small">({d})</span></li>'
        for i, (s, t, d) in enumerate(VANBAN))
    lich = "\n".join(f'<tr><td class="text-nowrap"><strong>{esc(d)}</strong></td><td>{esc(t)}</td></tr>'
                     for d, t in LICH)
    opts = "\n".join(f'<option value="{esc(u)}">{esc(n)}</option>' for u, n in LINKS)
    rc = "\n".join(
        f'<li class="media mb-2"><img class="mr-2" src="{esc(a["thumb"])}" width="80" height="55" alt="" />'
        f'<div class="media-body"><a href="{esc(art_url(a))}">{esc(a["title"])}</a></div></li>'
        for a in recent)
    tthc = "\n".join(f'<li><i class="fa fa-check-square-o text-danger"></i> <a href="/?gd={GD}&amp;cn=326&amp;tthc={500 + i}">{esc(t)}</a></li>' for i, t in enumerate(TTHC))
    cd = "\n".join(f'<a class="d-block mb-2" href="/?gd={GD}&amp;cn={c}" title="{esc(t)}"><img class="img-fluid w-100" src="/UploadFiles/QuangCao/{f}" alt="{esc(t)}" /></a>' for t, f, c in CHUYENDE)
    anh = "\n".join(f'<div class="col-6 p-1"><a href="/?gd={GD}&amp;cn=370&amp;album={70 + i}" title="{esc(t)}"><img class="img-fluid" src="/UploadFiles/ThuVienAnh/2024/album-{70 + i}.jpg" alt="{esc(t)}" /></a></div>' for i, t in enumerate(ANH))
    vid = "\n".join(f'<li class="py-1 border-bottom"><i class="fa fa-play-circle text-danger"></i> <a href="/?gd={GD}&amp;cn=371&amp;video={30 + i}">{esc(t)}</a></li>' for i, t in enumerate(VIDEO))
    docnhieu = "\n".join(f'<li class="py-1"><a href="{esc(art_url(a))}">{esc(a["title"])}</a> <span class="text-muted">({vn_num(a["meta"]["views"])} lượt xem)</span></li>' for a in sorted(ARTICLES, key=lambda x: -x["meta"]["views"])[:8])
    return f"""<aside class="col-lg-4 sidebar">
 <div class="box">
  <a href="https://dichvucong.gov.vn" target="_blank"><img class="img-fluid" src="/UploadFiles/QuangCao/banner-dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" /></a>
  <a href="https://dichvucong.thuathienhue.gov.vn" target="_blank"><img class="img-fluid mt-2" src="/UploadFiles/QuangCao/banner-hue-s.png" alt="Hệ thống thông tin giải quyết thủ tục hành chính" /></a>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-newspaper-o"></i> Tin mới</h3>
  <div class="box-body"><ul class="list-unstyled mb-0">
{rc}
  </ul></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-fire"></i> Tin đọc nhiều</h3>
  <div class="box-body"><ol class="pl-3 small mb-0">
{docnhieu}
  </ol></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-th"></i> Tiện ích</h3>
  <div class="box-body"><div class="row no-gutters text-center small">
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=327"><i class="fa fa-search fa-2x d-block mb-1"></i>Tra cứu hồ sơ</a></div>
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=330"><i class="fa fa-book fa-2x d-block mb-1"></i>Tra cứu văn bản</a></div>
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=332"><i class="fa fa-calendar fa-2x d-block mb-1"></i>Lịch tiếp công dân</a></div>
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=340"><i class="fa fa-question-circle fa-2x d-block mb-1"></i>Hỏi đáp trực tuyến</a></div>
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=334"><i class="fa fa-phone-square fa-2x d-block mb-1"></i>Đường dây nóng</a></div>
   <div class="col-4 p-1"><a class="d-block border p-2" href="/?gd={GD}&amp;cn=336"><i class="fa fa-money fa-2x d-block mb-1"></i>Công khai ngân sách</a></div>
  </div></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-file-text-o"></i> Văn bản mới</h3>
  <div class="box-body"><ul class="list-unstyled van-ban mb-0">
{vb}
  </ul><a class="small float-right" href="/?gd={GD}&amp;cn=330">Xem tất cả &raquo;</a><div class="clearfix"></div></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-calendar-check-o"></i> Lịch công tác tuần</h3>
  <div class="box-body"><table class="table table-sm small mb-0"><tbody>
{lich}
  </tbody></table></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-folder-open-o"></i> Thủ tục hành chính thường dùng</h3>
  <div class="box-body"><ul class="list-unstyled van-ban mb-0">
{tthc}
  </ul></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-bookmark"></i> Chuyên đề</h3>
  <div class="box-body">
{cd}
  </div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-picture-o"></i> Thư viện ảnh</h3>
  <div class="box-body"><div class="row no-gutters">
{anh}
  </div></div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-youtube-play"></i> Video</h3>
  <div class="box-body">
   <div class="embed-responsive embed-responsive-16by9 mb-2"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/hM2024px01" allowfullscreen></iframe></div>
   <ul class="list-unstyled small mb-0">
{vid}
   </ul>
  </div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-bar-chart"></i> Thăm dò ý kiến</h3>
  <div class="box-body small">
   <p class="mb-1">Bạn đánh giá thế nào về chất lượng phục vụ của Bộ phận Một cửa phường?</p>
   <div class="custom-control custom-radio"><input type="radio" id="bc1" name="binhchon" class="custom-control-input" /><label class="custom-control-label" for="bc1">Rất hài lòng</label></div>
   <div class="custom-control custom-radio"><input type="radio" id="bc2" name="binhchon" class="custom-control-input" /><label class="custom-control-label" for="bc2">Hài lòng</label></div>
   <div class="custom-control custom-radio"><input type="radio" id="bc3" name="binhchon" class="custom-control-input" /><label class="custom-control-label" for="bc3">Chưa hài lòng</label></div>
   <button type="button" class="btn btn-sm btn-danger mt-2">Bình chọn</button> <button type="button" class="btn btn-sm btn-outline-secondary mt-2">Xem kết quả</button>
  </div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-globe"></i> Liên kết website</h3>
  <div class="box-body">
   <select class="custom-select custom-select-sm" id="ddlLienKet" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết website --</option>
{opts}
   </select>
  </div>
 </div>
 <div class="box">
  <h3 class="box-title"><i class="fa fa-users"></i> Thống kê truy cập</h3>
  <div class="box-body"><ul class="list-unstyled thong-ke-truy-cap mb-0">
   <li><i class="fa fa-user-circle-o"></i> Đang online: <strong>37</strong></li>
   <li><i class="fa fa-calendar"></i> Hôm nay: <strong>412</strong></li>
   <li><i class="fa fa-calendar-o"></i> Tháng này: <strong>8.906</strong></li>
   <li><i class="fa fa-line-chart"></i> Tổng truy cập: <strong>1.284.530</strong></li>
  </ul></div>
 </div>
 <div class="box text-center p-2">
  <a href="https://tinnhiemmang.vn" target="_blank"><img src="/Themes/PhuongXa2022/images/tin-nhiem-mang.png" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a>
 </div>
</aside>
"""


FOOTER_JS = """<script src="/Themes/PhuongXa2022/vendor/jquery/jquery-3.6.0.min.js"></script>
<script src="/Themes/PhuongXa2022/vendor/bootstrap-4.6.2/js/bootstrap.bundle.min.js"></script>
<script src="/Themes/PhuongXa2022/vendor/owl.carousel/owl.carousel.min.js"></script>
<script type="text/javascript">
function timKiem(){var k=document.getElementById('txtTuKhoa').value;if(k.replace(/\\s/g,'')==''){alert('Vui lòng nhập từ khóa cần tìm!');return false;}window.location.href='/?gd=63&tk='+encodeURIComponent(k);return false;}
$(function(){
  $('#txtTuKhoa').on('keypress',function(e){if(e.which==13){e.preventDefault();timKiem();}});
  $('.owl-carousel').owlCarousel({loop:true,margin:10,nav:true,autoplay:true,autoplayTimeout:5000,responsive:{0:{items:1},768:{items:2},992:{items:3}}});
  $('.noidung table').addClass('table-responsive-sm');
  $('.noidung img').each(function(){var w=$(this).attr('width');if(w&&parseInt(w)>700){$(this).removeAttr('width').css('max-width','100%');}});
  $(window).scroll(function(){if($(this).scrollTop()>300){$('#backTop').fadeIn();}else{$('#backTop').fadeOut();}});
  $('#backTop').click(function(){$('html,body').animate({scrollTop:0},500);return false;});
});
</script>
"""


def footer() -> str:
    tdp = "".join(f'<li class="list-inline-item"><a href="/?gd={GD}&amp;cn=380&amp;tdp={i}">TDP {i}</a></li>' for i in range(1, 10))
    return f"""</div>
</main>
<div class="footer-links bg-light border-top py-3 small">
 <div class="container"><div class="row">
  <div class="col-md-3"><h5 class="h6 text-uppercase">Giới thiệu</h5><ul class="list-unstyled">
   <li><a href="/?gd={GD}&amp;cn=301">Tổng quan về phường</a></li><li><a href="/?gd={GD}&amp;cn=302">Cơ cấu tổ chức</a></li><li><a href="/?gd={GD}&amp;cn=303">Lãnh đạo phường</a></li><li><a href="/?gd={GD}&amp;cn=305">Danh bạ liên hệ</a></li></ul></div>
  <div class="col-md-3"><h5 class="h6 text-uppercase">Tin tức</h5><ul class="list-unstyled">
   <li><a href="/?gd={GD}&amp;cn=312">Tin tức - Sự kiện</a></li><li><a href="/?gd={GD}&amp;cn=315">Thông báo</a></li><li><a href="/?gd={GD}&amp;cn=318">Văn hóa - Xã hội</a></li><li><a href="/?gd={GD}&amp;cn=320">Kinh tế</a></li></ul></div>
  <div class="col-md-3"><h5 class="h6 text-uppercase">Dịch vụ công</h5><ul class="list-unstyled">
   <li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://dichvucong.thuathienhue.gov.vn">Dịch vụ công tỉnh</a></li><li><a href="/?gd={GD}&amp;cn=326">Thủ tục hành chính</a></li><li><a href="/?gd={GD}&amp;cn=327">Tra cứu hồ sơ</a></li></ul></div>
  <div class="col-md-3"><h5 class="h6 text-uppercase">Tổ dân phố</h5><ul class="list-inline">
{tdp}</ul></div>
 </div></div>
</div>
<footer class="footer">
 <div class="container">
  <div class="row">
   <div class="col-md-8">
    <p class="mb-1"><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HƯƠNG MỸ - THÀNH PHỐ HUẾ</strong></p>
    <p class="mb-1">Cơ quan chủ quản: Ủy ban nhân dân phường Hương Mỹ</p>
    <p class="mb-1"><i class="fa fa-map-marker"></i> Địa chỉ: Số 18 đường Hương Mỹ, phường Hương Mỹ, thành phố Huế, tỉnh Thừa Thiên Huế</p>
    <p class="mb-1"><i class="fa fa-phone"></i> Điện thoại: 0234.3 900 118 - <i class="fa fa-envelope"></i> Email: phuonghuongmy@thuathienhue.gov.vn</p>
    <p class="mb-1">Chịu trách nhiệm chính: Chủ tịch UBND phường Hương Mỹ</p>
   </div>
   <div class="col-md-4 text-md-right small">
    <p class="mb-1">Ghi rõ nguồn “Cổng thông tin điện tử phường Hương Mỹ” khi phát hành lại thông tin từ nguồn này.</p>
    <p class="mb-1">&copy; Bản quyền thuộc UBND phường Hương Mỹ</p>
    <p class="mb-0">Thiết kế và phát triển: Trung tâm Công nghệ Thông tin tỉnh (HueCIT)</p>
   </div>
  </div>
 </div>
</footer>
<a id="backTop" href="#" style="display:none;position:fixed;right:15px;bottom:15px;" class="btn btn-danger btn-sm"><i class="fa fa-chevron-up"></i></a>
</form>
{FOOTER_JS}</body>
</html>
"""


def page(title, desc, active, main_html, recent, extra_head="") -> str:
    return (head(title, desc, extra_head) + header(active) + main_html + sidebar(recent)
            + footer())


# ----------------------------------------------------------------------------- writers

def write(name: str, url_path: str, kind: str, body: str, expected=None):
    body = nfc(body)
    (OUT / f"{name}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = {k: (nfc(v) if isinstance(v, str) else v) for k, v in expected.items()}
    (OUT / f"{name}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def breadcrumb(items) -> str:
    lis = []
    for i, (n, h) in enumerate(items):
        if i == len(items) - 1:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(n)}</li>')
        else:
            lis.append(f'<li class="breadcrumb-item"><a href="{esc(h)}">{esc(n)}</a></li>')
    lis[0] = lis[0].replace('<li class="breadcrumb-item">', '<li class="breadcrumb-item">'
                            '<i class="fa fa-home mr-1"></i>', 1)
    return ('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(lis)
            + "</ol></nav>\n")


def render_article(a, others) -> tuple[str, dict]:
    cat = CATS[a["cn"]]
    m = a["meta"]
    spans = []
    if m.get("date"):
        spans.append(f'<span class="ngay"><i class="fa fa-calendar"></i> {esc(m["date"])}</span>')
    if m.get("updated"):
        spans.append(f'<span class="capnhat"><i class="fa fa-refresh"></i> {esc(m["updated"])}</span>')
    if m.get("author"):
        spans.append(f'<span class="tacgia"><i class="fa fa-user"></i> Tác giả: {esc(m["author"])}</span>')
    spans.append(f'<span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {vn_num(m["views"])}</span>')
    meta_row = ('<div class="meta d-flex flex-wrap align-items-center mb-3">' + "".join(spans)
                + '<span class="ml-auto share"><a href="javascript:window.print();" title="In bài">'
                '<i class="fa fa-print"></i></a> <a href="mailto:?subject=' + esc(a["title"])
                + '" title="Gửi email"><i class="fa fa-envelope-o"></i></a> '
                '<a href="https://www.facebook.com/sharer/sharer.php?u=' + esc(HOST + art_url(a))
                + '" target="_blank" title="Chia sẻ Facebook"><i class="fa fa-facebook-square">'
                '</i></a></span></div>\n')

    cls = "title-news" if a["title_el"] == "h1" else "title-detail"
    title_html = f'<{a["title_el"]} class="{cls}">{esc(a["title"])}</{a["title_el"]}>\n'

    lead = None
    prefix = a["expected"]["agency_prefix"]
    sapo_out, sapo_in = "", ""
    if a["sapo"]:
        style, pfx, ltext = a["sapo"]
        lead = ltext
        shown = (pfx + " " if pfx else "") + ltext
        if style == "p.sapo":
            sapo_out = f'<p class="sapo">{esc(shown)}</p>\n'
        elif style == "p.mota":
            sapo_out = f'<div class="mota-wrap"><p class="mota">{esc(shown)}</p></div>\n'
        else:  # bold first paragraph inside the body
            sapo_in = f'<p style="text-align: justify;"><strong>{esc(shown)}</strong></p>\n'

    paras, images, body_parts = [], [], []
    for h, ps, imgs in a["blocks"]:
        body_parts.append(h)
        paras.extend(ps)
        images.extend(imgs)
    sig_html = "\n".join(s for s, _ in a["sig"])
    attach = ""
    if a.get("attachments"):
        lis = "\n".join(
            f'<li><i class="fa fa-file-{"pdf" if fn.endswith(".pdf") else "excel"}-o text-danger"></i> '
            f'<a href="{up(a["when"], fn)}" target="_blank">{esc(label)}</a></li>'
            for label, fn in a["attachments"])
        attach = ('<div class="file-dinh-kem mt-3"><p class="font-weight-bold mb-1">'
                  '<i class="fa fa-paperclip"></i> Tài liệu đính kèm:</p>'
                  f'<ul class="list-unstyled">\n{lis}\n</ul></div>\n')

    tk = "\n".join(
        f'<li><i class="fa fa-caret-right text-danger"></i> <a href="{esc(u)}">{esc(t)}</a> '
        f'<span class="date">({d})</span></li>' for (t, u, d) in others)

    main = (
        '<div class="col-lg-8">\n'
        + breadcrumb([("Trang chủ", "/"), (cat, f"/?gd={GD}&cn={a['cn']}")])
        + '<article class="news-detail bg-white p-3">\n' + title_html + meta_row + sapo_out
        + '<div class="noidung" id="divNoiDung">\n' + sapo_in + "\n".join(body_parts) + "\n"
        + sig_html + "\n</div>\n" + attach
        + '<div class="tags small mt-3"><i class="fa fa-tags"></i> Từ khóa: '
        f'<a href="/?gd={GD}&amp;tag=phuong-huong-my">phường Hương Mỹ</a>, '
        f'<a href="/?gd={GD}&amp;tag={a["cn"]}">{esc(cat)}</a></div>\n'
        '<div class="text-right mt-2"><a class="btn btn-sm btn-outline-secondary" '
        'href="javascript:history.back();"><i class="fa fa-reply"></i> Quay lại</a> '
        '<a class="btn btn-sm btn-outline-secondary" href="javascript:window.print();">'
        '<i class="fa fa-print"></i> In trang</a></div>\n'
        '</article>\n'
        '<div class="y-kien bg-white p-3 mt-3"><h4 class="h6 text-uppercase">Ý kiến bạn đọc</h4>'
        '<div class="form-row"><div class="col-md-6 mb-2"><input class="form-control form-control-sm" '
        'type="text" name="txtTenBanDoc" placeholder="Họ và tên" /></div><div class="col-md-6 mb-2">'
        '<input class="form-control form-control-sm" type="email" name="txtEmailBanDoc" '
        'placeholder="Thư điện tử" /></div></div><textarea class="form-control form-control-sm mb-2" '
        'rows="3" name="txtYKien" placeholder="Nội dung ý kiến"></textarea><button type="button" '
        'class="btn btn-sm btn-danger">Gửi ý kiến</button></div>\n'
        '<div class="tin-khac bg-white p-3 mt-3"><h4>Tin khác</h4>'
        f'<ul class="list-unstyled mb-0">\n{tk}\n</ul></div>\n'
        '</div>\n')

    if a["title_tag"] == "generic":
        ttag, og = f"Chi tiết tin - {SITE}", ""
    else:
        ttag = f"{a['title']} - Phường Hương Mỹ"
        og = (f'<meta property="og:title" content="{esc(a["title"])}" />\n'
              f'<meta property="og:type" content="article" />\n'
              f'<meta property="og:url" content="{esc(HOST + art_url(a))}" />\n')
        if images:
            og += f'<meta property="og:image" content="{esc(images[0]["src"])}" />\n'
    desc = lead or paras[0]
    exp = dict(a["expected"])
    exp.update(title=a["title"], lead=lead, text="\n\n".join(paras), images=images,
               category=cat)
    order = ["title", "agency_prefix", "lead", "text", "published_at", "updated_at",
             "date_label", "authors", "unit", "images", "category"]
    exp = {k: exp[k] for k in order}
    return (ttag, desc[:160], cat, main, og), exp


def card(a, big=False) -> str:
    d = a["when"].strftime("%d/%m/%Y")
    col = "col-md-6" if big else "col-md-4"
    return (f'<div class="{col} mb-3"><div class="card card-news h-100">'
            f'<a href="{esc(art_url(a))}"><img class="card-img-top" src="{esc(a["thumb"])}" alt="" /></a>'
            f'<div class="card-body p-2"><h3 class="card-title mb-1"><a href="{esc(art_url(a))}">'
            f'{esc(a["title"])}</a></h3><p class="small text-muted mb-1"><i class="fa fa-calendar">'
            f'</i> {d}</p><p class="card-text small">{esc(a["summary"])}</p></div></div></div>')


def list_item(title, url, date, thumb, summary) -> str:
    return (f'<div class="media list-item border-bottom py-2"><a href="{esc(url)}"><img class="mr-3" '
            f'src="{esc(thumb)}" width="160" height="107" alt="" /></a><div class="media-body">'
            f'<h3 class="card-title h6 mb-1"><a href="{esc(url)}">{esc(title)}</a></h3>'
            f'<p class="small text-muted mb-1"><i class="fa fa-calendar"></i> {date}</p>'
            f'<p class="small mb-0">{esc(summary)}</p></div></div>')


def simple_page(name, url_path, kind, title, crumb, inner, recent, active=""):
    main = ('<div class="col-lg-8">\n' + breadcrumb([("Trang chủ", "/")] + crumb)
            + f'<div class="bg-white p-3">\n{inner}\n</div>\n</div>\n')
    write(name, url_path, kind, page(f"{title} - Phường Hương Mỹ", title, active, main, recent))


def main():
    build_articles()
    for a in ARTICLES:
        a["thumb"] = up(a["when"], "thumb_" + a["key"] + ".jpg")
        first = a["sapo"][2] if a["sapo"] else txt(a["blocks"][0][0])
        a["summary"] = first if len(first) < 170 else first[:160].rsplit(" ", 1)[0] + "..."
    by_date = sorted(ARTICLES, key=lambda x: x["when"], reverse=True)
    recent = by_date[:5]

    # articles
    for a in ARTICLES:
        others = []
        for o in by_date:
            if o is a:
                continue
            u = art_url(o)
            if len(others) == 2:  # parameter-order variant as seen on HueCIT sites
                u = f"/?cn={o['cn']}&gd={GD}&tc={o['tc']}"
            others.append((o["title"], u, o["when"].strftime("%d/%m/%Y")))
            if len(others) == 5:
                break
        others.append((OLD[0][0], f"/?gd={GD}&cn={OLD[0][1]}&tc={OLD[0][2]}", OLD[0][3]))
        (ttag, desc, cat, main_html, og), exp = render_article(a, others)
        write(a["key"], art_url(a), "article",
              page(ttag, desc, "Tin tức - Sự kiện" if a["cn"] == 312 else cat, main_html, recent, og),
              exp)

    # home
    cards_top = "\n".join(card(a, big=True) for a in by_date[:2])
    cards = "\n".join(card(a) for a in by_date[2:8])
    def blk(cn):
        its = [a for a in by_date if a["cn"] == cn]
        return (f'<div class="col-md-6 mb-3"><div class="bg-white p-2 h-100"><h2 class="h6 text-uppercase '
                f'border-bottom pb-1"><a href="/?gd={GD}&amp;cn={cn}">{esc(CATS[cn])}</a></h2>'
                '<ul class="list-unstyled small mb-0">'
                + "".join(f'<li class="py-1"><a href="{esc(art_url(x))}">{esc(x["title"])}</a> '
                          f'<span class="text-muted">({x["when"]:%d/%m/%Y})</span></li>' for x in its)
                + (f'<li class="py-1"><a href="/?gd={GD}&amp;cn=315&amp;tc=9990">Thông báo lịch tạm '
                   'ngừng cấp nước khu vực tổ dân phố 8</a> <span class="text-muted">(01/04/2024)'
                   '</span></li>' if cn == 315 else "")
                + "</ul></div></div>")
    home_main = (
        '<div class="col-lg-8">\n<div class="owl-carousel mb-3">'
        + "".join(f'<div class="item"><a href="{esc(art_url(a))}"><img src="{esc(a["thumb"])}" alt="" /></a></div>'
                  for a in by_date[:4])
        + '</div>\n<h2 class="h5 text-danger text-uppercase border-bottom pb-1">Tin nổi bật</h2>\n'
        f'<div class="row">\n{cards_top}\n{cards}\n</div>\n'
        + '<div class="row">' + "".join(blk(cn) for cn in (315, 318, 320, 322)) + '</div>\n'
        + f'<p class="text-right"><a href="/?gd={GD}&amp;cn=312">Xem thêm tin tức &raquo;</a></p>\n'
        '<div class="bg-white p-2 mb-3"><h2 class="h6 text-uppercase">Liên kết nhanh</h2><ul class="list-inline small mb-0">'
        f'<li class="list-inline-item"><a href="/?gd={GD}&amp;cn=301">Giới thiệu</a></li>'
        f'<li class="list-inline-item"><a href="/?gd={GD}&amp;cn=305">Danh bạ liên hệ</a></li>'
        f'<li class="list-inline-item"><a href="/?gd={GD}&amp;cn=340">Gửi câu hỏi</a></li>'
        f'<li class="list-inline-item"><a href="/?gd={GD}&amp;tk=v%E1%BB%87+sinh">Tìm: vệ sinh</a></li>'
        '</ul></div>\n</div>\n')
    write("home", "/", "listing",
          page(f"{SITE}", "Trang chủ Cổng thông tin điện tử phường Hương Mỹ, thành phố Huế",
               "Trang chủ", home_main, recent))

    # category listing 312, two pages of 6
    cat_items = [(a["title"], art_url(a), a["when"].strftime("%d/%m/%Y"), a["thumb"], a["summary"])
                 for a in by_date if a["cn"] == 312]
    for t, cn, tc, d in OLD:
        cat_items.append((t, f"/?gd={GD}&cn={cn}&tc={tc}", d,
                          f"/UploadFiles/TinTuc/2024/2/1/thumb_{tc}.jpg",
                          "Tin hoạt động của phường Hương Mỹ."))
    pages = [cat_items[:6], cat_items[6:]]
    for i, items in enumerate(pages, start=1):
        pag = ['<nav><ul class="pagination pagination-sm justify-content-center mt-3">']
        for j in range(1, 3):
            href = f"/?gd={GD}&amp;cn=312" + ("" if j == 1 else f"&amp;p={j}")
            act = " active" if j == i else ""
            pag.append(f'<li class="page-item{act}"><a class="page-link" href="{href}">{j}</a></li>')
        if i == 1:
            pag.append(f'<li class="page-item"><a class="page-link" href="/?gd={GD}&amp;cn=312&amp;p=2">Trang sau &raquo;</a></li>')
        pag.append("</ul></nav>")
        inner = (f'<h1 class="h5 text-danger text-uppercase">{esc(CATS[312])}</h1>\n'
                 + "\n".join(list_item(*it) for it in items) + "\n" + "".join(pag))
        name = "listing-tintuc" if i == 1 else "listing-tintuc-p2"
        path = f"/?gd={GD}&cn=312" + ("" if i == 1 else f"&p={i}")
        simple_page(name, path, "listing", CATS[312] + (f" - Trang {i}" if i > 1 else ""),
                    [(CATS[312], f"/?gd={GD}&cn=312")], inner, recent, "Tin tức - Sự kiện")

    # static: introduction
    intro = """<h1 class="h5 text-danger text-uppercase">Tổng quan về phường Hương Mỹ</h1>
<p><strong>1. Vị trí địa lý</strong></p>
<p>Phường Hương Mỹ nằm ở phía tây bắc thành phố Huế, phía đông giáp phường Hương Lâm, phía tây giáp xã Hương Tân, phía nam giáp sông Hương, phía bắc giáp phường Hương Bình. Tổng diện tích tự nhiên của phường là 4,62 km².</p>
<p><strong>2. Dân số và đơn vị hành chính</strong></p>
<p>Phường có 9 tổ dân phố với khoảng 3.150 hộ, hơn 12.400 nhân khẩu. Người dân chủ yếu sinh sống bằng nghề buôn bán nhỏ, dịch vụ, tiểu thủ công nghiệp và một phần làm nông nghiệp ven sông.</p>
<p><strong>3. Lịch sử hình thành</strong></p>
<p>Vùng đất Hương Mỹ được hình thành từ các làng cổ ven sông, gắn với nhiều di tích đình, chùa, nhà thờ họ có giá trị văn hóa. Năm 2021, phường được thành lập trên cơ sở điều chỉnh địa giới hành chính của thành phố Huế.</p>
<p><strong>4. Định hướng phát triển</strong></p>
<p>Phường tập trung phát triển dịch vụ, du lịch cộng đồng gắn với cảnh quan sông Hương, xây dựng đô thị văn minh, sáng - xanh - sạch - đẹp, đẩy mạnh chuyển đổi số trong quản lý nhà nước.</p>
<table class="table table-bordered table-sm small"><tbody>
<tr><td><strong>Diện tích tự nhiên</strong></td><td>4,62 km²</td></tr>
<tr><td><strong>Số tổ dân phố</strong></td><td>9</td></tr>
<tr><td><strong>Số hộ</strong></td><td>3.150</td></tr>
<tr><td><strong>Nhân khẩu</strong></td><td>12.400</td></tr>
</tbody></table>"""
    simple_page("gioi-thieu", f"/?gd={GD}&cn=301", "static", "Tổng quan về phường",
                [("Giới thiệu", f"/?gd={GD}&cn=301"), ("Tổng quan về phường", f"/?gd={GD}&cn=301")],
                intro, recent, "Giới thiệu")

    # contact directory
    rows = [
        ("Chủ tịch UBND phường", "Nguyễn Văn An", "0234.3 900 101"),
        ("Phó Chủ tịch UBND phường", "Trần Minh Đức", "0234.3 900 102"),
        ("Phó Chủ tịch UBND phường", "Hồ Thị Mai", "0234.3 900 103"),
        ("Văn phòng HĐND và UBND", "Phan Thị Ngọc", "0234.3 900 118"),
        ("Bộ phận Tiếp nhận và trả kết quả", "Đặng Quốc Việt", "0234.3 900 120"),
        ("Công chức Địa chính - Xây dựng", "Lê Hữu Phước", "0234.3 900 125"),
        ("Công chức Tư pháp - Hộ tịch", "Võ Thị Thanh", "0234.3 900 126"),
        ("Công chức Văn hóa - Xã hội", "Nguyễn Thị Hằng", "0234.3 900 127"),
        ("Công an phường (trực ban)", "", "0234.3 900 113"),
        ("Trạm Y tế phường", "", "0234.3 900 115"),
    ]
    tr = "\n".join(f"<tr><td>{i}</td><td>{esc(c)}</td><td>{esc(n)}</td><td>{esc(p)}</td></tr>"
                   for i, (c, n, p) in enumerate(rows, 1))
    contact = f"""<h1 class="h5 text-danger text-uppercase">Danh bạ liên hệ</h1>
<p><i class="fa fa-map-marker"></i> Trụ sở UBND phường: Số 18 đường Hương Mỹ, phường Hương Mỹ, thành phố Huế</p>
<p><i class="fa fa-envelope"></i> Thư điện tử: phuonghuongmy@thuathienhue.gov.vn</p>
<table class="table table-bordered table-striped table-sm"><thead><tr><th>TT</th><th>Chức danh / Bộ phận</th><th>Họ và tên</th><th>Điện thoại</th></tr></thead><tbody>
{tr}
</tbody></table>
<p class="small text-muted">Giờ làm việc: Sáng từ 7 giờ 00 đến 11 giờ 30; chiều từ 13 giờ 30 đến 17 giờ 00, từ thứ hai đến thứ sáu.</p>"""
    simple_page("lien-he", f"/?gd={GD}&cn=305", "contact", "Danh bạ liên hệ",
                [("Giới thiệu", f"/?gd={GD}&cn=301"), ("Danh bạ liên hệ", f"/?gd={GD}&cn=305")],
                contact, recent, "Giới thiệu")

    # search results
    hits = [a for a in by_date if "vệ sinh" in (a["summary"] + " ".join(
        p for b in a["blocks"] for p in b[1]))]
    res = "\n".join(list_item(a["title"], art_url(a), a["when"].strftime("%d/%m/%Y"), a["thumb"],
                              a["summary"]) for a in hits)
    search = f"""<h1 class="h5 text-danger text-uppercase">Kết quả tìm kiếm</h1>
<div class="form-inline mb-3"><input class="form-control form-control-sm mr-1" type="text" name="txtTuKhoa2" value="vệ sinh" /><select class="custom-select custom-select-sm mr-1" name="ddlChuyenMuc"><option value="0">Tất cả chuyên mục</option>{''.join(f'<option value="{k}">{esc(v)}</option>' for k, v in CATS.items())}</select><button class="btn btn-sm btn-danger" type="button">Tìm kiếm</button></div>
<p class="small">Tìm thấy <strong>{len(hits)}</strong> kết quả với từ khóa “<strong>vệ sinh</strong>”.</p>
{res}"""
    simple_page("tim-kiem", f"/?gd={GD}&tk=v%E1%BB%87+sinh", "search", "Tìm kiếm",
                [("Tìm kiếm", f"/?gd={GD}&tk=v%E1%BB%87+sinh")], search, recent)

    # login
    login = """<div class="row justify-content-center"><div class="col-md-8">
<h1 class="h5 text-danger text-uppercase text-center">Đăng nhập hệ thống</h1>
<div class="form-group"><label for="txtUser">Tên đăng nhập</label><input class="form-control" type="text" id="txtUser" name="txtUser" /></div>
<div class="form-group"><label for="txtPass">Mật khẩu</label><input class="form-control" type="password" id="txtPass" name="txtPass" /></div>
<div class="custom-control custom-checkbox mb-2"><input type="checkbox" class="custom-control-input" id="chkNho" /><label class="custom-control-label" for="chkNho">Ghi nhớ đăng nhập</label></div>
<button type="submit" class="btn btn-danger btn-block" name="btnDangNhap">Đăng nhập</button>
<p class="small mt-2 text-center"><a href="/Login.aspx?ctl=quenmatkhau&amp;ReturnUrl=%2f">Quên mật khẩu?</a></p>
</div></div>"""
    simple_page("dang-nhap", "/Login.aspx?ReturnUrl=%2f", "login", "Đăng nhập",
                [("Đăng nhập", "/Login.aspx?ReturnUrl=%2f")], login, recent)

    # question form
    form = f"""<h1 class="h5 text-danger text-uppercase">Gửi câu hỏi</h1>
<p class="small">Tổ chức, công dân có thể gửi câu hỏi, kiến nghị về các lĩnh vực thuộc thẩm quyền giải quyết của UBND phường. Các trường đánh dấu (*) là bắt buộc.</p>
<div class="form-row"><div class="form-group col-md-6"><label>Họ và tên (*)</label><input class="form-control form-control-sm" type="text" name="txtHoTen" /></div>
<div class="form-group col-md-6"><label>Điện thoại (*)</label><input class="form-control form-control-sm" type="text" name="txtDienThoai" /></div></div>
<div class="form-row"><div class="form-group col-md-6"><label>Thư điện tử</label><input class="form-control form-control-sm" type="email" name="txtEmail" /></div>
<div class="form-group col-md-6"><label>Địa chỉ</label><input class="form-control form-control-sm" type="text" name="txtDiaChi" /></div></div>
<div class="form-group"><label>Lĩnh vực</label><select class="custom-select custom-select-sm" name="ddlLinhVuc"><option>Hộ tịch</option><option>Đất đai - Xây dựng</option><option>Chính sách xã hội</option><option>Môi trường</option><option>Khác</option></select></div>
<div class="form-group"><label>Tiêu đề (*)</label><input class="form-control form-control-sm" type="text" name="txtTieuDe" /></div>
<div class="form-group"><label>Nội dung câu hỏi (*)</label><textarea class="form-control" rows="6" name="txtNoiDung"></textarea></div>
<div class="form-group"><label>Mã xác nhận (*)</label><div class="d-flex"><input class="form-control form-control-sm w-25 mr-2" type="text" name="txtCaptcha" /><img src="/Captcha.ashx?t=638489" alt="captcha" height="30" /></div></div>
<button type="submit" class="btn btn-danger btn-sm" name="btnGui">Gửi câu hỏi</button> <button type="reset" class="btn btn-outline-secondary btn-sm">Nhập lại</button>"""
    simple_page("hoi-dap", f"/?gd={GD}&cn=340", "form", "Hỏi đáp",
                [("Hỏi đáp", f"/?gd={GD}&cn=340")], form, recent, "Hỏi đáp")

    # sitemap
    sm = []
    for name, href, sub in MENU:
        subs = "".join(f'<li><a href="{esc(h)}">{esc(n)}</a></li>' for n, h in sub)
        sm.append(f'<li><a href="{esc(href)}"><strong>{esc(name)}</strong></a>'
                  + (f"<ul>{subs}</ul>" if subs else "") + "</li>")
    sm.append('<li><a href="/Login.aspx?ReturnUrl=%2f"><strong>Đăng nhập</strong></a></li>')
    sitemap = ('<h1 class="h5 text-danger text-uppercase">Sơ đồ cổng thông tin</h1>\n<ul class="so-do">'
               + "\n".join(sm) + "</ul>")
    simple_page("so-do-cong", f"/?gd={GD}&cn=350", "sitemap", "Sơ đồ cổng",
                [("Sơ đồ cổng", f"/?gd={GD}&cn=350")], sitemap, recent, "Sơ đồ cổng")

    # soft 404: an item removed from the "Thông báo" section, linked from the home page box
    nf = f"""<div class="text-center py-5">
<p class="display-4 text-danger mb-2"><i class="fa fa-exclamation-triangle"></i></p>
<h1 class="h5">Không tìm thấy tin</h1>
<p>Tin bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống.</p>
<p><a class="btn btn-sm btn-danger" href="/">Về trang chủ</a> <a class="btn btn-sm btn-outline-secondary" href="/?gd={GD}&amp;cn=315">Xem các thông báo khác</a></p>
</div>"""
    simple_page("khong-tim-thay", f"/?gd={GD}&cn=315&tc=9990", "soft_404", "Chi tiết tin",
                [("Thông báo", f"/?gd={GD}&cn=315")], nf, recent, "Thông báo")


if __name__ == "__main__":
    main()
