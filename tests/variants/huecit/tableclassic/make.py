"""Generator for the huecit/tableclassic variant mini-site.

Run:  /work/main/.venv/bin/python tests/variants/huecit/tableclassic/make.py
Writes <page>.html (bytes as served) and <page>.json (truth) next to this file.
Standard library only. All article text is invented.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://sct.thuathienhue.gov.vn"
GD = 15
SITE_NAME = "Sở Công Thương tỉnh Thừa Thiên Huế"
TODAY = "Thứ ba, 20/09/2016"

CATS = {
    71: "Tin tức - Sự kiện",
    72: "Tin hoạt động ngành",
    73: "Thông báo",
    75: "Khuyến công",
    80: "Thương mại - Thị trường",
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def art_url(a) -> str:
    return f"/?gd={GD}&cn={a['cn']}&tc={a['tc']}"


# ---------------------------------------------------------------- articles
# blocks: ("p", text) | ("b", text) subheading | ("br", [lines]) | ("ul", [items])
#         ("table", [[cells], ...]) | ("img", path, caption, credit, style)
ARTICLES = [
    {
        "tc": 3102, "cn": 72, "date": "12/01/2016",
        "title": "Hội nghị tổng kết công tác ngành Công Thương năm 2015, triển khai nhiệm vụ năm 2016",
        "lead": "Sáng 11/01, Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2015 và triển khai nhiệm vụ năm 2016. Dự hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ban, ngành và UBND các huyện, thị xã, thành phố Huế.",
        "blocks": [
            ("p", "Năm 2015, trong bối cảnh kinh tế còn nhiều khó khăn, ngành Công Thương đã chủ động tham mưu UBND tỉnh ban hành nhiều cơ chế, chính sách hỗ trợ doanh nghiệp, tháo gỡ vướng mắc trong sản xuất, kinh doanh. Giá trị sản xuất công nghiệp ước đạt 25.870 tỷ đồng, tăng 11,2% so với năm 2014; kim ngạch xuất khẩu đạt 680 triệu USD, tăng 8,5%."),
            ("img", "/UploadFiles/TinTuc/2016/1/12/tongket2015.jpg", "Quang cảnh hội nghị tổng kết công tác năm 2015", "Ảnh: Văn phòng Sở", "table"),
            ("p", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt khoảng 31.200 tỷ đồng, tăng 12%. Công tác quản lý thị trường được tăng cường, lực lượng quản lý thị trường đã kiểm tra 2.146 vụ, xử lý 1.318 vụ vi phạm, thu nộp ngân sách hơn 3,1 tỷ đồng."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như: tiến độ một số dự án công nghiệp lớn còn chậm; hạ tầng các cụm công nghiệp chưa đồng bộ; việc phát triển chợ nông thôn theo quy hoạch gặp khó khăn về vốn."),
            ("p", "Phát biểu chỉ đạo tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị ngành Công Thương tiếp tục đồng hành cùng doanh nghiệp, đẩy mạnh cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ; tập trung thu hút đầu tư vào các khu, cụm công nghiệp và phát triển mạnh hệ thống phân phối hiện đại."),
            ("p", "Năm 2016, ngành phấn đấu giá trị sản xuất công nghiệp tăng 12 - 13%, kim ngạch xuất khẩu tăng 10% và tổng mức bán lẻ hàng hóa tăng 13% so với năm 2015."),
            ("p", "Nhân dịp này, Sở Công Thương đã trao Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2015."),
        ],
        "sig": "Văn phòng Sở", "authors": [], "unit": "Văn phòng Sở",
    },
    {
        "tc": 3118, "cn": 75, "date": "03/03/2016",
        "title": "Hỗ trợ máy móc thiết bị cho cơ sở sản xuất bún Vân Cù",
        "lead": None,
        "blocks": [
            ("p", "Thực hiện kế hoạch khuyến công địa phương năm 2016, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp vừa phối hợp với UBND huyện Hương Trà tổ chức bàn giao thiết bị hỗ trợ cho 6 cơ sở sản xuất bún tại làng nghề Vân Cù, xã Hương Toàn."),
            ("p", "Các thiết bị được hỗ trợ gồm máy xay bột gạo, máy ép bún và hệ thống nồi hấp bằng inox với tổng kinh phí hơn 420 triệu đồng, trong đó kinh phí khuyến công địa phương hỗ trợ 30%, phần còn lại do các cơ sở đối ứng."),
            ("img", "/UploadFiles/TinTuc/2016/3/3/bunvancu.jpg", "Cơ sở sản xuất bún ở làng Vân Cù vận hành máy ép bún mới", "Ảnh: Hoài Thu", "italic"),
            ("p", "Theo chủ cơ sở Trần Văn Lợi, trước đây mỗi ngày gia đình chỉ làm được khoảng 150 kg bún do phải xay bột và ép thủ công. Từ khi có máy mới, năng suất tăng lên hơn 400 kg/ngày, sợi bún đều hơn, bảo đảm vệ sinh an toàn thực phẩm và giảm được hai lao động."),
            ("p", "Làng nghề bún Vân Cù hiện có khoảng 120 hộ tham gia sản xuất, cung cấp bún cho thị trường thành phố Huế và các huyện lân cận. Tuy nhiên, phần lớn cơ sở còn sản xuất nhỏ lẻ, thiết bị cũ, chưa có thương hiệu tập thể."),
            ("p", "Thời gian tới, Trung tâm Khuyến công sẽ tiếp tục hỗ trợ các cơ sở xây dựng nhãn hiệu, tham gia hội chợ và kết nối tiêu thụ tại các siêu thị trên địa bàn tỉnh."),
        ],
        "sig": "Hoài Thu", "authors": ["Hoài Thu"], "unit": None,
    },
    {
        "tc": 3125, "cn": 73, "date": "28/03/2016",
        "title": "Lịch tiếp công dân tháng 4/2016 của Giám đốc Sở Công Thương",
        "lead": None,
        "blocks": [
            ("p", "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Sở Công Thương thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong tháng 4/2016 như sau:"),
            ("table", [
                ["Thời gian", "Người chủ trì", "Địa điểm"],
                ["Sáng thứ Năm, 07/4/2016", "Giám đốc Sở", "Phòng tiếp công dân, số 7 Nguyễn Huệ"],
                ["Sáng thứ Năm, 14/4/2016", "Phó Giám đốc Sở", "Phòng tiếp công dân, số 7 Nguyễn Huệ"],
                ["Sáng thứ Năm, 21/4/2016", "Giám đốc Sở", "Phòng tiếp công dân, số 7 Nguyễn Huệ"],
                ["Sáng thứ Năm, 28/4/2016", "Phó Giám đốc Sở", "Trụ sở Ban Tiếp công dân tỉnh"],
            ]),
            ("p", "Thời gian tiếp buổi sáng từ 7 giờ 30 đến 11 giờ 00. Trường hợp lãnh đạo Sở bận công tác đột xuất, Văn phòng Sở sẽ thông báo lịch thay thế tại trụ sở và trên trang thông tin điện tử của Sở."),
            ("p", "Công dân đến liên hệ cần mang theo giấy chứng minh nhân dân và các giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh. Trường hợp nhiều người cùng khiếu nại về một nội dung thì cử đại diện không quá 05 người để trình bày."),
            ("p", "Mọi chi tiết xin liên hệ Văn phòng Sở Công Thương, điện thoại 054.3822540."),
        ],
        "sig": "Văn phòng Sở", "authors": [], "unit": "Văn phòng Sở",
    },
    {
        "tc": 3131, "cn": 80, "date": "14/04/2016",
        "title": "Kiểm tra hoạt động kinh doanh xăng dầu trên địa bàn huyện Phong Điền",
        "lead": "Từ ngày 05 đến 08/4, Đoàn kiểm tra liên ngành do Sở Công Thương chủ trì đã tiến hành kiểm tra 14 cửa hàng xăng dầu trên địa bàn huyện Phong Điền, phát hiện và xử lý 3 trường hợp vi phạm.",
        "blocks": [
            ("p", "Nội dung kiểm tra tập trung vào việc chấp hành điều kiện kinh doanh, niêm yết giá bán, đo lường, chất lượng xăng dầu và công tác phòng cháy chữa cháy, bảo vệ môi trường tại các cửa hàng."),
            ("p", "Qua kiểm tra, phần lớn các cửa hàng đã chấp hành tương đối tốt quy định pháp luật; cột đo xăng dầu được kiểm định còn thời hạn; giá bán niêm yết đúng với giá công bố của thương nhân đầu mối."),
            ("img", "/UploadFiles/TinTuc/2016/4/14/kiemtraxangdau.jpg", "Đoàn kiểm tra lấy mẫu xăng tại một cửa hàng ở thị trấn Phong Điền", "Ảnh: QLTT", "table"),
            ("p", "Tuy nhiên, đoàn đã phát hiện 1 cửa hàng sử dụng cột đo có sai số vượt mức cho phép, 1 cửa hàng chưa có giấy chứng nhận đủ điều kiện phòng cháy chữa cháy và 1 cửa hàng không niêm yết giá tại cột bơm. Đoàn đã lập biên bản, chuyển Chi cục Quản lý thị trường xử phạt vi phạm hành chính với tổng số tiền 21,5 triệu đồng."),
            ("p", "Kết thúc đợt kiểm tra, đoàn yêu cầu các cửa hàng khắc phục ngay các tồn tại, thường xuyên tự kiểm tra thiết bị đo lường và lưu giữ đầy đủ chứng từ nguồn gốc hàng hóa. Trong quý II/2016, Sở Công Thương sẽ tiếp tục kiểm tra tại các huyện Quảng Điền, Phú Vang và thị xã Hương Thủy."),
        ],
        "sig": "Nguồn: Chi cục Quản lý thị trường", "authors": [], "unit": "Chi cục Quản lý thị trường",
    },
    {
        "tc": 3140, "cn": 80, "date": "09/05/2016",
        "title": "Đưa hàng Việt về huyện miền núi A Lưới năm 2016",
        "lead": "Hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, từ ngày 04 đến 06/5/2016, Sở Công Thương phối hợp với UBND huyện A Lưới tổ chức phiên chợ đưa hàng Việt về miền núi tại thị trấn A Lưới.",
        "blocks": [
            ("p", "Phiên chợ có 40 gian hàng của 22 doanh nghiệp, hợp tác xã trong và ngoài tỉnh, giới thiệu và bán các mặt hàng thiết yếu như lương thực, thực phẩm chế biến, hàng may mặc, đồ gia dụng, vật tư nông nghiệp với giá ưu đãi, giảm từ 5 đến 20% so với giá thị trường."),
            ("img", "/UploadFiles/TinTuc/2016/5/9/hangviet-aluoi-1.jpg", "Người dân đến tham quan, mua sắm tại phiên chợ", "Ảnh: Minh Hiếu", "italic"),
            ("p", "Bên cạnh hoạt động bán hàng, ban tổ chức còn bố trí khu trưng bày sản phẩm đặc trưng của địa phương như dệt zèng, mật ong rừng, gạo đỏ A Lưới; tổ chức chương trình văn nghệ và trò chơi dân gian thu hút đông đảo bà con dân tộc Pa Cô, Tà Ôi, Cơ Tu tham gia."),
            ("img", "/UploadFiles/TinTuc/2016/5/9/hangviet-aluoi-2.jpg", "Gian hàng dệt zèng của Hợp tác xã Dệt thổ cẩm A Lưới", "Ảnh: Minh Hiếu", "italic"),
            ("p", "Theo ban tổ chức, sau 3 ngày diễn ra, phiên chợ đã đón khoảng 7.500 lượt khách, doanh thu ước đạt 1,2 tỷ đồng. Nhiều doanh nghiệp đã ký kết hợp đồng đặt hàng với các đại lý, cửa hàng tạp hóa trên địa bàn huyện để duy trì nguồn hàng lâu dài."),
            ("p", "Trong năm 2016, Sở Công Thương dự kiến tổ chức thêm 3 phiên chợ hàng Việt tại các huyện Nam Đông, Phú Lộc và Phong Điền."),
        ],
        "sig": "Minh Hiếu - Trung tâm Xúc tiến Thương mại", "authors": ["Minh Hiếu"], "unit": "Trung tâm Xúc tiến Thương mại",
    },
    {
        "tc": 3147, "cn": 73, "date": "20/06/2016",
        "title": "Thông báo tiếp nhận hồ sơ đề án khuyến công địa phương năm 2017",
        "lead": None,
        "blocks": [
            ("p", "Căn cứ Quyết định của UBND tỉnh về việc ban hành Quy định quản lý và sử dụng kinh phí khuyến công địa phương, Sở Công Thương thông báo tiếp nhận hồ sơ đăng ký đề án khuyến công địa phương năm 2017 như sau:"),
            ("b", "1. Đối tượng"),
            ("p", "Các tổ chức, cá nhân trực tiếp đầu tư, sản xuất công nghiệp nông thôn tại các huyện, thị xã và các xã thuộc thành phố Huế; các cơ sở sản xuất sản phẩm công nghiệp nông thôn tiêu biểu."),
            ("b", "2. Hồ sơ gồm"),
            ("ul", [
                "Đơn đăng ký tham gia đề án khuyến công theo mẫu;",
                "Bản sao giấy chứng nhận đăng ký kinh doanh hoặc giấy tờ tương đương;",
                "Thuyết minh đề án, trong đó nêu rõ nội dung, kinh phí và hiệu quả dự kiến;",
                "Báo giá thiết bị của ít nhất 03 đơn vị cung cấp.",
            ]),
            ("b", "3. Thời hạn và nơi nhận"),
            ("p", "Hồ sơ gửi về Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, số 3 Lê Quý Đôn, thành phố Huế trước ngày 15/7/2016. Hồ sơ gửi sau thời hạn trên sẽ được xem xét trong kế hoạch năm tiếp theo."),
            ("p", "Các mẫu hồ sơ được đăng tải kèm theo thông báo này."),
        ],
        "attach": [
            ("Mẫu đơn đăng ký đề án khuyến công", "/UploadFiles/TinTuc/2016/6/20/maudon-khuyencong-2017.doc"),
            ("Mẫu thuyết minh đề án", "/UploadFiles/TinTuc/2016/6/20/thuyetminh-dean.doc"),
        ],
        "sig": "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "authors": [],
        "unit": "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
    },
    {
        "tc": 3153, "cn": 72, "date": "15/07/2016",
        "title": "Triển khai Chương trình sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2016 - 2020",
        "lead": "Ngày 13/7, Sở Công Thương tổ chức hội nghị triển khai Chương trình mục tiêu quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả trên địa bàn tỉnh giai đoạn 2016 - 2020.",
        "blocks": [
            ("p", "Theo báo cáo, giai đoạn 2011 - 2015, toàn tỉnh đã tiết kiệm được khoảng 5,2% tổng mức tiêu thụ năng lượng. Nhiều doanh nghiệp sản xuất xi măng, dệt may, chế biến thủy sản đã đầu tư công nghệ mới, thay thế thiết bị hiệu suất thấp, lắp đặt hệ thống đun nước nóng bằng năng lượng mặt trời."),
            ("p", "Giai đoạn 2016 - 2020, tỉnh phấn đấu tiết kiệm từ 5 đến 8% tổng mức tiêu thụ năng lượng; 100% cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng định kỳ và xây dựng mô hình quản lý năng lượng."),
            ("p", "Để đạt mục tiêu trên, Sở Công Thương sẽ tăng cường tuyên truyền, hướng dẫn doanh nghiệp tiếp cận nguồn vốn ưu đãi; phối hợp với Điện lực Thừa Thiên Huế triển khai chương trình chiếu sáng công cộng hiệu suất cao; kiểm tra việc dán nhãn năng lượng đối với các sản phẩm lưu thông trên thị trường."),
            ("p", "Tại hội nghị, đại diện một số doanh nghiệp đã chia sẻ kinh nghiệm thực tế. Công ty Cổ phần Dệt may Huế cho biết, sau khi thay thế hệ thống máy nén khí và lắp biến tần cho các động cơ, mỗi năm công ty tiết kiệm khoảng 1,3 triệu kWh điện, tương đương gần 2 tỷ đồng."),
            ("p", "Sở Công Thương đề nghị các sở, ngành, địa phương và doanh nghiệp xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện định kỳ trước ngày 15/12 hằng năm."),
        ],
        "sig": "Phòng Quản lý năng lượng", "authors": [], "unit": "Phòng Quản lý năng lượng",
    },
    {
        "tc": 3160, "cn": 75, "date": "23/08/2016",
        "title": "Tập huấn công tác an toàn hóa chất cho doanh nghiệp năm 2016",
        "lead": None,
        "blocks": [
            ("p", "Trong hai ngày 18 và 19/8, Sở Công Thương phối hợp với Cục Hóa chất tổ chức lớp tập huấn về an toàn hóa chất và phòng ngừa, ứng phó sự cố hóa chất cho hơn 80 học viên là cán bộ quản lý, kỹ thuật của các doanh nghiệp sản xuất, kinh doanh, sử dụng hóa chất trên địa bàn tỉnh."),
            ("img", "/UploadFiles/TinTuc/2016/8/23/taphuanhoachat.jpg", "Học viên thực hành xử lý sự cố tràn đổ hóa chất", "Ảnh: Văn Tâm", "table"),
            ("p", "Tại lớp tập huấn, các học viên được phổ biến các quy định mới của Luật Hóa chất và các văn bản hướng dẫn; kỹ năng phân loại, ghi nhãn hóa chất theo hệ thống hài hòa toàn cầu GHS; cách xây dựng kế hoạch và biện pháp phòng ngừa, ứng phó sự cố hóa chất tại cơ sở."),
            ("p", "Học viên cũng được thực hành sử dụng trang thiết bị bảo hộ cá nhân, xử lý tình huống rò rỉ, tràn đổ hóa chất và sơ cứu người bị nhiễm độc."),
            ("p", "Hiện trên địa bàn tỉnh có khoảng 150 cơ sở hoạt động liên quan đến hóa chất. Qua kiểm tra năm 2015, vẫn còn nhiều cơ sở chưa xây dựng biện pháp phòng ngừa sự cố, việc lưu trữ, bảo quản hóa chất chưa đúng quy định. Sở Công Thương đề nghị các doanh nghiệp sau tập huấn rà soát, hoàn thiện hồ sơ trước đợt kiểm tra dự kiến vào tháng 10/2016."),
        ],
        "sig": "Nguồn: Báo Thừa Thiên Huế", "authors": [], "unit": "Báo Thừa Thiên Huế",
    },
    {
        "tc": 3166, "cn": 72, "date": "05/09/2016",
        "title": "Giám đốc Sở làm việc với Công ty Điện lực Thừa Thiên Huế về cấp điện mùa mưa bão",
        "lead": None,
        "blocks": [
            ("p", "Chiều ngày 01/9, Giám đốc Sở Công Thương đã có buổi làm việc với Công ty Điện lực Thừa Thiên Huế về công tác bảo đảm cung cấp điện an toàn, ổn định trong mùa mưa bão năm 2016."),
            ("p", "Theo báo cáo của Công ty Điện lực, 8 tháng đầu năm, sản lượng điện thương phẩm đạt 835 triệu kWh, tăng 10,6% so với cùng kỳ. Công ty đã hoàn thành việc kiểm tra, phát quang hành lang tuyến trên 1.200 km đường dây trung thế, thay thế 46 cột điện xuống cấp và chuẩn bị đầy đủ vật tư dự phòng theo phương châm “bốn tại chỗ”."),
            ("img", "/UploadFiles/TinTuc/2016/9/5/lamviec-dienluc.jpg", "Giám đốc Sở Công Thương phát biểu tại buổi làm việc", None, "table"),
            ("p", "Giám đốc Sở Công Thương ghi nhận nỗ lực của ngành điện và đề nghị Công ty tiếp tục rà soát các khu vực xung yếu, nhất là vùng đầm phá, ven biển và miền núi; xây dựng phương án cấp điện ưu tiên cho các trụ sở ban chỉ huy phòng chống thiên tai, bệnh viện và trạm bơm tiêu úng."),
            ("p", "Đồng thời, Công ty cần phối hợp chặt chẽ với chính quyền địa phương tuyên truyền người dân không tự ý xử lý sự cố điện, không thả diều, đánh bắt cá bằng điện gần đường dây; công khai số điện thoại đường dây nóng để tiếp nhận thông tin sự cố 24/24 giờ."),
        ],
        "sig": "Bảo Châu", "authors": ["Bảo Châu"], "unit": None,
    },
]

# ---------------------------------------------------------------- chrome

def viewstate(seed: str, n: int) -> str:
    rnd = random.Random(seed)
    raw = bytes(rnd.getrandbits(8) for _ in range(n))
    return "/wEPDwUKMTM4NjQ5NzY1Ng9kFgJmD2QWAgIDD2QWCgIBD2QW" + base64.b64encode(raw).decode()


MENU_TOP = [
    ("Trang chủ", f"/?gd={GD}"),
    ("Giới thiệu", f"/?gd={GD}&cn=101"),
    ("Tin tức - Sự kiện", f"/?gd={GD}&cn=71"),
    ("Thông báo", f"/?gd={GD}&cn=73"),
    ("Văn bản", f"/?gd={GD}&cn=90"),
    ("Thủ tục hành chính", f"/?gd={GD}&cn=95"),
    ("Hỏi đáp", f"/?gd={GD}&cn=98"),
    ("Liên hệ", f"/?gd={GD}&cn=103"),
]

MENU_LEFT = [
    ("GIỚI THIỆU", [("Chức năng nhiệm vụ", f"/?gd={GD}&cn=101"), ("Cơ cấu tổ chức", f"/?gd={GD}&cn=102"),
                    ("Danh bạ điện thoại", f"/?gd={GD}&cn=103")]),
    ("TIN TỨC - SỰ KIỆN", [("Tất cả tin", f"/?gd={GD}&cn=71"), ("Tin hoạt động ngành", f"/?gd={GD}&cn=72"), ("Thông báo", f"/?gd={GD}&cn=73"),
                           ("Khuyến công", f"/?gd={GD}&cn=75"), ("Thương mại - Thị trường", f"/?gd={GD}&cn=80"),
                           ("Tin trong tỉnh", f"/?gd={GD}&cn=81")]),
    ("VĂN BẢN", [("Văn bản pháp quy", f"/?gd={GD}&cn=90"), ("Văn bản chỉ đạo điều hành", f"/?gd={GD}&cn=91"),
                 ("Dự thảo lấy ý kiến", f"/?gd={GD}&cn=92")]),
    ("DỊCH VỤ CÔNG", [("Thủ tục hành chính", f"/?gd={GD}&cn=95"), ("Tra cứu hồ sơ", f"/?gd={GD}&cn=96"),
                      ("Hỏi đáp trực tuyến", f"/?gd={GD}&cn=98")]),
    ("TIỆN ÍCH", [("Sơ đồ website", f"/?gd={GD}&cn=110"), ("Giá cả thị trường", f"/?gd={GD}&cn=84"),
                  ("Lịch công tác", f"/?gd={GD}&cn=86")]),
]

LINKS = [
    ("Chính phủ", "http://www.chinhphu.vn"), ("Bộ Công Thương", "http://www.moit.gov.vn"),
    ("Tỉnh ủy Thừa Thiên Huế", "http://www.thuathienhue.org.vn"),
    ("UBND tỉnh Thừa Thiên Huế", "http://www.thuathienhue.gov.vn"),
    ("Sở Kế hoạch và Đầu tư", "http://skhdt.thuathienhue.gov.vn"),
    ("Sở Tài chính", "http://stc.thuathienhue.gov.vn"), ("Sở Tư pháp", "http://stp.thuathienhue.gov.vn"),
    ("Sở Nông nghiệp và PTNT", "http://snnptnt.thuathienhue.gov.vn"),
    ("Sở Giao thông vận tải", "http://sgtvt.thuathienhue.gov.vn"),
    ("Sở Thông tin và Truyền thông", "http://stttt.thuathienhue.gov.vn"),
    ("UBND thành phố Huế", "http://huecity.gov.vn"), ("UBND thị xã Hương Thủy", "http://huongthuy.thuathienhue.gov.vn"),
    ("UBND thị xã Hương Trà", "http://huongtra.thuathienhue.gov.vn"),
    ("UBND huyện Phong Điền", "http://phongdien.thuathienhue.gov.vn"),
    ("UBND huyện A Lưới", "http://aluoi.thuathienhue.gov.vn"),
]

STYLE = """
body{margin:0;padding:0;background:#e9eef2 url(/App_Themes/SCT/images/bg_body.gif) repeat-x;font-family:Arial,Tahoma,Verdana;font-size:12px;color:#222}
a{color:#0b3d7a;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.tbl_main{background:#fff;border-left:1px solid #c9d4de;border-right:1px solid #c9d4de}
.td_banner{height:150px;background:url(/App_Themes/SCT/images/banner.jpg) no-repeat}
.menu_ngang{background:url(/App_Themes/SCT/images/bg_menu.gif) repeat-x;height:32px}
.menu_ngang a{color:#fff;font-weight:bold;padding:0 12px;line-height:32px}
.ngay_thang{color:#fff;font-size:11px;padding-right:8px}
.khung_trai{width:200px;vertical-align:top;background:#f3f6f9}
.khung_giua{vertical-align:top;padding:6px 8px}
.khung_phai{width:210px;vertical-align:top;background:#f3f6f9}
.tieude_khung{background:url(/App_Themes/SCT/images/bg_title.gif) repeat-x;color:#fff;font-weight:bold;height:26px;padding-left:10px;line-height:26px}
.menu_doc a{display:block;padding:4px 6px 4px 16px;background:url(/App_Themes/SCT/images/arrow.gif) no-repeat 4px 8px;border-bottom:1px dotted #cbd5df}
.TieuDeTin{font-size:16px;font-weight:bold;color:#a0151b}
.NgayCapNhat{font-size:11px;color:#777;font-style:italic}
.TomTatTin{font-weight:bold;text-align:justify}
.NoiDungTin{text-align:justify;line-height:18px}
.NoiDungTin p{margin:6px 0}
.tinkhac a{background:url(/App_Themes/SCT/images/bullet.gif) no-repeat 0 5px;padding-left:10px}
.ngaytinkhac{color:#888;font-size:11px}
.footer{background:#0b3d7a;color:#fff;text-align:center;padding:8px;line-height:18px}
.footer a{color:#fff}
.tintuc_item{border-bottom:1px dotted #ccc;padding:6px 0}
.tintuc_item img{float:left;margin:0 8px 4px 0;border:1px solid #ddd}
.phantrang a,.phantrang span{padding:2px 6px;border:1px solid #ccc;margin:0 1px}
.phantrang span{background:#0b3d7a;color:#fff}
"""


def header(title_suffix: str, action: str, seed: str) -> str:
    menu = "".join(f'<a href="{esc(u)}">{esc(t)}</a><img src="/App_Themes/SCT/images/menu_sep.gif" alt="" />'
                   for t, u in MENU_TOP)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title_suffix)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Sở Công Thương, Thừa Thiên Huế, công nghiệp, thương mại, khuyến công" /><meta name="description" content="Trang thông tin điện tử Sở Công Thương tỉnh Thừa Thiên Huế" /><link href="/App_Themes/SCT/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/SCT/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" />
<style type="text/css">{STYLE}</style>
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/Scripts/swfobject.js"></script>
</head>
<body>
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, 15000)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=7Rk4FhJ-2bY1oPq0nWc3Vg2&amp;t=634605462569062500" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=Qf3Jb9_hMZk0Vt1YxL2pUjK6eN8rA5cW4sD7gH0iO3mP1qR9tT2vX5zB8nE6yC4u0&amp;t=ffffffffec2d9970" type="text/javascript"></script>
<div>
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQL{hashlib.md5(seed.encode()).hexdigest()}AKbpbeUCwL4t6aXDgLq7s3fBQ==" />
</div>
<table class="tbl_main" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td class="td_banner" colspan="3">
      <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="150" id="banner"><param name="movie" value="/App_Themes/SCT/images/banner.swf" /><param name="wmode" value="transparent" /><embed src="/App_Themes/SCT/images/banner.swf" width="1000" height="150" wmode="transparent" type="application/x-shockwave-flash"></embed></object>
    </td>
  </tr>
  <tr>
    <td class="menu_ngang" colspan="3">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td align="left">{menu}</td>
        <td align="right" class="ngay_thang"><span id="ctl00_lblNgayThang">{TODAY}</span></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td colspan="3" style="background:#dde6ee;padding:3px 6px">
      <table width="100%" cellpadding="0" cellspacing="0"><tr>
        <td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><span style="color:#a0151b">Chào mừng kỷ niệm 71 năm Cách mạng Tháng Tám và Quốc khánh 2/9 - Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ doanh nghiệp</span></marquee></td>
        <td align="right" width="260">
          <input name="ctl00$ucTimKiem$txtTuKhoa" type="text" value="Tìm kiếm tin tức" id="ctl00_ucTimKiem_txtTuKhoa" style="width:170px;" onfocus="if(this.value=='Tìm kiếm tin tức')this.value='';" />
          <input type="submit" name="ctl00$ucTimKiem$btnTim" value="Tìm" id="ctl00_ucTimKiem_btnTim" />
        </td>
      </tr></table>
    </td>
  </tr>
  <tr>
"""


def left_col() -> str:
    parts = ['    <td class="khung_trai">\n']
    for head, items in MENU_LEFT:
        parts.append(f'      <div class="tieude_khung">{esc(head)}</div>\n      <div class="menu_doc">\n')
        for t, u in items:
            parts.append(f'        <a href="{esc(u)}">{esc(t)}</a>\n')
        parts.append("      </div>\n")
    parts.append("""      <div class="tieude_khung">XEM TIN THEO NGÀY</div>
      <div style="padding:6px">
        <select name="ctl00$ucXemTin$ddlNgay" id="ctl00_ucXemTin_ddlNgay">""" +
                 "".join(f'<option value="{d}">{d}</option>' for d in range(1, 32)) +
                 """</select>
        <select name="ctl00$ucXemTin$ddlThang" id="ctl00_ucXemTin_ddlThang">""" +
                 "".join(f'<option value="{m}">Tháng {m}</option>' for m in range(1, 13)) +
                 """</select>
        <select name="ctl00$ucXemTin$ddlNam" id="ctl00_ucXemTin_ddlNam">""" +
                 "".join(f'<option value="{y}">{y}</option>' for y in range(2009, 2017)) +
                 """</select>
        <input type="submit" name="ctl00$ucXemTin$btnXem" value="Xem" id="ctl00_ucXemTin_btnXem" />
      </div>
      <div class="tieude_khung">HỖ TRỢ TRỰC TUYẾN</div>
      <div style="padding:6px;text-align:center">
        <a href="ymsgr:sendIM?sct_thuathienhue"><img src="/App_Themes/SCT/images/yahoo_online.gif" alt="Hỗ trợ" border="0" /></a><br />
        Đường dây nóng: 054.3822540
      </div>
      <div style="padding:6px;text-align:center">
        <a href="http://dichvucong.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/dichvucong.jpg" width="185" alt="Dịch vụ công trực tuyến" border="0" /></a><br />
        <a href="http://www.moit.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/bocongthuong.jpg" width="185" alt="Bộ Công Thương" border="0" /></a><br />
        <a href="http://hanhchinhcong.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/motcua.jpg" width="185" alt="Một cửa điện tử" border="0" /></a>
      </div>
    </td>
""")
    return "".join(parts)


def right_col(seed: int, newest) -> str:
    rnd = random.Random(seed)
    total = 1_284_000 + seed * 317 + rnd.randint(0, 900)
    online = rnd.randint(18, 95)
    news = "".join(
        f'        <div style="padding:3px 0;border-bottom:1px dotted #ccc"><a href="{esc(art_url(a))}">{esc(a["title"])}</a></div>\n'
        for a in newest)
    opts = "".join(f'<option value="{esc(u)}">{esc(t)}</option>' for t, u in LINKS)
    return f"""    <td class="khung_phai">
      <div class="tieude_khung">TIN MỚI NHẤT</div>
      <div style="padding:6px">
{news}      </div>
      <div class="tieude_khung">GIÁ CẢ THỊ TRƯỜNG</div>
      <div style="padding:6px">
        <table width="100%" cellpadding="2" cellspacing="0" style="font-size:11px">
          <tr><td>Gạo tẻ thường</td><td align="right">{11000 + rnd.randint(0, 8) * 100:,} đ/kg</td></tr>
          <tr><td>Thịt heo hơi</td><td align="right">{44000 + rnd.randint(0, 20) * 100:,} đ/kg</td></tr>
          <tr><td>Xăng RON 92</td><td align="right">{15000 + rnd.randint(0, 20) * 100:,} đ/lít</td></tr>
          <tr><td>Vàng SJC</td><td align="right">{3300 + rnd.randint(0, 90)},000 đ/chỉ</td></tr>
        </table>
      </div>
      <div class="tieude_khung">THĂM DÒ Ý KIẾN</div>
      <div style="padding:6px">
        Bạn đánh giá thế nào về trang thông tin điện tử của Sở?<br />
        <input id="ctl00_ucBinhChon_rdo_0" type="radio" name="ctl00$ucBinhChon$rdo" value="1" /><label for="ctl00_ucBinhChon_rdo_0">Rất hữu ích</label><br />
        <input id="ctl00_ucBinhChon_rdo_1" type="radio" name="ctl00$ucBinhChon$rdo" value="2" /><label for="ctl00_ucBinhChon_rdo_1">Hữu ích</label><br />
        <input id="ctl00_ucBinhChon_rdo_2" type="radio" name="ctl00$ucBinhChon$rdo" value="3" /><label for="ctl00_ucBinhChon_rdo_2">Bình thường</label><br />
        <input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" />
        <input type="submit" name="ctl00$ucBinhChon$btnKetQua" value="Kết quả" id="ctl00_ucBinhChon_btnKetQua" />
      </div>
      <div class="tieude_khung">LIÊN KẾT WEBSITE</div>
      <div style="padding:6px">
        <select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" style="width:190px" onchange="if(this.value!='')window.open(this.value);">
          <option value="">-- Liên kết website --</option>{opts}
        </select>
      </div>
      <div class="tieude_khung">THỐNG KÊ TRUY CẬP</div>
      <div style="padding:6px">
        <table width="100%" cellpadding="2" cellspacing="0">
          <tr><td>Đang truy cập:</td><td align="right"><span id="ctl00_ucThongKe_lblOnline">{online}</span></td></tr>
          <tr><td>Tổng lượt truy cập:</td><td align="right"><span id="ctl00_ucThongKe_lblTong">{total:,}</span></td></tr>
        </table>
      </div>
    </td>
"""


def footer() -> str:
    return """  </tr>
  <tr>
    <td colspan="3" class="footer">
      <b>TRANG THÔNG TIN ĐIỆN TỬ SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ</b><br />
      Địa chỉ: 07 Nguyễn Huệ, thành phố Huế - Điện thoại: 054.3822540 - Fax: 054.3824736<br />
      Email: sct@thuathienhue.gov.vn<br />
      Ghi rõ nguồn "Trang thông tin điện tử Sở Công Thương Thừa Thiên Huế" khi phát hành lại thông tin từ nguồn này.<br />
      Thiết kế và phát triển bởi <a href="http://www.huecit.com.vn" target="_blank">Trung tâm Công nghệ Thông tin tỉnh Thừa Thiên Huế (HueCIT)</a>
    </td>
  </tr>
</table>

<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-21844190-7']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
</body>
</html>
"""


def page(title_suffix, action, seed, center, newest) -> str:
    return (header(title_suffix, action, str(seed)) + left_col() +
            f'    <td class="khung_giua">\n{center}\n    </td>\n' + right_col(seed, newest) + footer())


# ---------------------------------------------------------------- article body

def caption_text(cap, credit):
    if credit:
        return f"{cap} ({credit})"
    return cap


def render_blocks(a):
    out, text, images = [], [], []
    for b in a["blocks"]:
        kind = b[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{esc(b[1])}</p>')
            text.append(b[1])
        elif kind == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b[1])}</strong></p>')
            text.append(b[1])
        elif kind == "ul":
            out.append('<ul>' + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
            text.extend(b[1])
        elif kind == "table":
            rows = []
            for i, r in enumerate(b[1]):
                if i == 0:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in r) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
                text.append(" | ".join(r))
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        elif kind == "img":
            _, src, cap, credit, style = b
            alt = ""
            if style == "table":
                out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 480px;"><tbody>'
                           f'<tr><td><img alt="{alt}" src="{esc(src)}" style="width: 480px; height: 320px;" /></td></tr>'
                           f'<tr><td style="text-align: center;"><em>{esc(caption_text(cap, credit))}</em></td></tr>'
                           "</tbody></table>")
            else:
                out.append(f'<p style="text-align: center;"><img alt="{alt}" src="{esc(src)}" style="width: 460px; height: 306px;" /></p>')
                out.append(f'<p style="text-align: center;"><em>{esc(caption_text(cap, credit))}</em></p>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        else:
            raise ValueError(kind)
    out.append(f'<p style="text-align: right;"><strong>{esc(a["sig"])}</strong></p>')
    return "\n".join(out), text, images


def article_center(a, others):
    body, text, images = render_blocks(a)
    cat = CATS[a["cn"]]
    lead_row = ""
    if a["lead"]:
        lead_row = f"""        <tr>
          <td style="padding:4px 0"><span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblTomTat" class="TomTatTin">{esc(a['lead'])}</span></td>
        </tr>
"""
    attach = ""
    if a.get("attach"):
        items = "".join(
            f'          <tr><td><img src="/App_Themes/SCT/images/icon_doc.gif" alt="" /> <a href="{esc(u)}" target="_blank">{esc(t)}</a></td></tr>\n'
            for t, u in a["attach"])
        attach = f"""        <tr>
          <td style="padding-top:8px">
            <table id="ctl00_ContentPlaceHolder1_ucChiTietTin_tblFileDinhKem" width="100%" cellpadding="2" cellspacing="0">
              <tr><td><b>File đính kèm:</b></td></tr>
{items}            </table>
          </td>
        </tr>
"""
    others_html = "".join(
        f'            <tr><td class="tinkhac"><a href="{esc(art_url(o))}">{esc(o["title"])}</a> <span class="ngaytinkhac">({o["date"]})</span></td></tr>\n'
        for o in others)
    center = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <a href="/?gd={GD}&amp;cn=71">Tin tức - Sự kiện</a> &raquo; <a href="/?gd={GD}&amp;cn={a['cn']}" class="duongdan">{esc(cat)}</a></td>
        </tr>
        <tr>
          <td style="padding:8px 0 2px 0"><span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblTieuDe" class="TieuDeTin">{esc(a['title'])}</span></td>
        </tr>
        <tr>
          <td><span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblNgayCapNhat" class="NgayCapNhat">Ngày cập nhật {a['date']}</span></td>
        </tr>
{lead_row}        <tr>
          <td>
            <div id="ctl00_ContentPlaceHolder1_ucChiTietTin_divNoiDung" class="NoiDungTin">
{body}
            </div>
          </td>
        </tr>
{attach}        <tr>
          <td align="right" style="padding:6px 0;border-top:1px dotted #ccc">
            <a href="javascript:window.print();"><img src="/App_Themes/SCT/images/print.gif" alt="" border="0" /> In trang</a> &nbsp;
            <a href="mailto:?subject={esc(a['title'])}"><img src="/App_Themes/SCT/images/email.gif" alt="" border="0" /> Gửi email</a> &nbsp;
            <a href="javascript:history.back();"><img src="/App_Themes/SCT/images/back.gif" alt="" border="0" /> Trở về</a> &nbsp;
            <a href="#"><img src="/App_Themes/SCT/images/top.gif" alt="" border="0" /> Về đầu trang</a>
          </td>
        </tr>
        <tr>
          <td style="padding-top:10px">
            <div class="tieude_khung">CÁC TIN KHÁC</div>
            <table id="ctl00_ContentPlaceHolder1_ucChiTietTin_dlTinKhac" cellspacing="0" cellpadding="3" border="0" width="100%">
{others_html}            </table>
          </td>
        </tr>
      </table>"""
    return center, text, images


def iso(d):
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}T00:00:00+07:00"


def write(name, url_path, kind, html_text, expected=None):
    (HERE / f"{name}.html").write_bytes(html_text.encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def sorted_arts():
    def key(a):
        d, m, y = a["date"].split("/")
        return (y, m, d)
    return sorted(ARTICLES, key=key, reverse=True)


def listing_items(arts, with_img=True):
    out = []
    for a in arts:
        img = ""
        first_img = next((b for b in a["blocks"] if b[0] == "img"), None)
        if first_img and with_img:
            img = f'<a href="{esc(art_url(a))}"><img src="{esc(first_img[1])}" width="120" height="80" alt="" /></a>'
        summary = a["lead"] or next(b[1] for b in a["blocks"] if b[0] == "p")
        if len(summary) > 220:
            summary = summary[:220].rsplit(" ", 1)[0] + "..."
        out.append(f"""        <div class="tintuc_item">
          {img}<a href="{esc(art_url(a))}" class="tieude_ds"><b>{esc(a['title'])}</b></a> <span class="ngaytinkhac">({a['date']})</span>
          <div>{esc(summary)}</div>
          <div style="clear:both"></div>
        </div>
""")
    return "".join(out)


def main():
    for p in HERE.glob("*.html"):
        p.unlink()
    for p in HERE.glob("*.json"):
        if p.name != "site.json":
            p.unlink()
    arts = sorted_arts()
    newest_all = arts[:6]
    for i, a in enumerate(ARTICLES):
        same = [o for o in arts if o is not a and o["cn"] == a["cn"]]
        rest = [o for o in arts if o is not a and o["cn"] != a["cn"]]
        others = (same + rest)[:6]
        center, text, images = article_center(a, others)
        newest = [o for o in arts if o is not a][i % 3: i % 3 + 5]
        html_text = page(f"{SITE_NAME} - {a['title']}", "./" + art_url(a)[1:], 100 + i, center, newest)
        expected = {
            "title": a["title"],
            "agency_prefix": None,
            "lead": norm(a["lead"]) if a["lead"] else None,
            "text": "\n\n".join(norm(t) for t in text),
            "published_at": iso(a["date"]),
            "updated_at": None,
            "date_label": "Ngày cập nhật",
            "authors": a["authors"],
            "unit": a["unit"],
            "images": images,
            "category": CATS[a["cn"]],
        }
        write(f"tin-{a['tc']}", art_url(a), "article", html_text, expected)

    # ---- home (listing)
    blocks = []
    for cn in (72, 73, 75, 80):
        items = [a for a in arts if a["cn"] == cn]
        lst = "".join(
            f'          <tr><td class="tinkhac"><a href="{esc(art_url(a))}">{esc(a["title"])}</a> <span class="ngaytinkhac">({a["date"]})</span></td></tr>\n'
            for a in items)
        blocks.append(f"""      <div class="tieude_khung"><a href="/?gd={GD}&amp;cn={cn}" style="color:#fff">{esc(CATS[cn].upper())}</a></div>
      <table width="100%" cellpadding="3" cellspacing="0">
{lst}      </table>
""")
    top = arts[0]
    home_center = f"""      <table width="100%" cellpadding="0" cellspacing="0">
        <tr><td>
          <div class="tieude_khung">TIN NỔI BẬT</div>
{listing_items(arts[:3])}
        </td></tr>
        <tr><td>
{''.join(blocks)}
        </td></tr>
        <tr><td style="padding:6px 0">
          <a href="/?gd={GD}&amp;cn=101">Chức năng nhiệm vụ</a> | <a href="/?gd={GD}&amp;cn=103">Danh bạ điện thoại</a> | <a href="/?gd={GD}&amp;cn=110">Sơ đồ website</a> | <a href="/?gd={GD}&amp;cn=72&amp;tc=3099">Tin cũ</a>
        </td></tr>
      </table>"""
    write("trang-chu", f"/?gd={GD}", "listing",
          page(SITE_NAME, f"./?gd={GD}", 1, home_center, newest_all))

    # ---- category listings with paging (5 per page)
    per = 5
    for cn in (71, 72, 73, 75, 80):
        # 71 is the parent section: it lists every item of its sub-categories, 5 per page
        items = arts if cn == 71 else [a for a in arts if a["cn"] == cn]
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for pno, chunk in enumerate(pages, 1):
            pager = ""
            if len(pages) > 1:
                links = []
                for k in range(1, len(pages) + 1):
                    if k == pno:
                        links.append(f"<span>{k}</span>")
                    else:
                        href = f"/?gd={GD}&amp;cn={cn}" + (f"&amp;p={k}" if k > 1 else "")
                        links.append(f'<a href="{href}">{k}</a>')
                pager = f'      <div class="phantrang" style="text-align:center;padding:8px">Trang: {" ".join(links)}</div>\n'
            center = f"""      <div style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <span class="duongdan">{esc(CATS[cn])}</span></div>
      <div class="tieude_khung">{esc(CATS[cn].upper())}</div>
{listing_items(chunk)}{pager}"""
            q = f"/?gd={GD}&cn={cn}" + (f"&p={pno}" if pno > 1 else "")
            name = f"chuyenmuc-{cn}" + (f"-p{pno}" if pno > 1 else "")
            write(name, q, "listing", page(f"{SITE_NAME} - {CATS[cn]}", "./" + q[1:], 10 + cn + pno, center, newest_all))

    # ---- static: chức năng nhiệm vụ
    static_center = f"""      <div style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <span class="duongdan">Chức năng nhiệm vụ</span></div>
      <div class="tieude_khung">CHỨC NĂNG NHIỆM VỤ</div>
      <div class="NoiDungTin">
<p><strong>1. Vị trí và chức năng</strong></p>
<p>Sở Công Thương là cơ quan chuyên môn thuộc UBND tỉnh Thừa Thiên Huế, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về công nghiệp và thương mại, bao gồm: cơ khí, luyện kim, điện, năng lượng mới, năng lượng tái tạo, hóa chất, vật liệu nổ công nghiệp, công nghiệp khai thác mỏ và chế biến khoáng sản, công nghiệp tiêu dùng, công nghiệp thực phẩm, công nghiệp chế biến khác; lưu thông hàng hóa trên địa bàn tỉnh; xuất khẩu, nhập khẩu; quản lý thị trường; xúc tiến thương mại; thương mại điện tử; dịch vụ thương mại; hội nhập kinh tế quốc tế; quản lý cạnh tranh, chống bán phá giá; bảo vệ quyền lợi người tiêu dùng.</p>
<p>Sở Công Thương có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Công Thương.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p>- Trình UBND tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 5 năm và hằng năm; chương trình, biện pháp tổ chức thực hiện các nhiệm vụ cải cách hành chính nhà nước thuộc phạm vi quản lý của Sở.</p>
<p>- Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án, tiêu chuẩn, quy chuẩn kỹ thuật về công nghiệp và thương mại sau khi được phê duyệt.</p>
<p>- Hướng dẫn, kiểm tra, thanh tra việc thực hiện các quy định của pháp luật về công nghiệp và thương mại; xử lý vi phạm theo thẩm quyền.</p>
<p>- Thực hiện hợp tác quốc tế về công nghiệp và thương mại theo phân cấp, ủy quyền của UBND tỉnh.</p>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính - Tổng hợp, Phòng Quản lý công nghiệp, Phòng Quản lý thương mại, Phòng Quản lý năng lượng, Phòng Kỹ thuật an toàn - Môi trường. Đơn vị trực thuộc: Chi cục Quản lý thị trường, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, Trung tâm Xúc tiến Thương mại.</p>
      </div>"""
    write("chuc-nang-nhiem-vu", f"/?gd={GD}&cn=101", "static",
          page(f"{SITE_NAME} - Chức năng nhiệm vụ", f"./?gd={GD}&cn=101", 2, static_center, newest_all))

    # ---- contact: danh bạ điện thoại
    rows = [
        ("Giám đốc Sở", "Nguyễn Văn Thành", "054.3822540", "0914.123.456"),
        ("Phó Giám đốc Sở", "Lê Thị Minh Hương", "054.3823811", "0905.234.567"),
        ("Phó Giám đốc Sở", "Trần Quốc Bảo", "054.3825633", "0913.345.678"),
        ("Chánh Văn phòng", "Phan Thị Thu Hà", "054.3822540", "0935.456.789"),
        ("Chánh Thanh tra", "Hoàng Đức Vinh", "054.3821457", "0914.567.890"),
        ("Trưởng phòng Quản lý công nghiệp", "Đặng Văn Phúc", "054.3826102", "0905.678.901"),
        ("Trưởng phòng Quản lý thương mại", "Võ Thị Ngọc Lan", "054.3826355", "0983.789.012"),
        ("Trưởng phòng Quản lý năng lượng", "Ngô Quang Huy", "054.3827441", "0914.890.123"),
        ("Chi cục trưởng Chi cục QLTT", "Trương Công Định", "054.3822688", "0905.901.234"),
        ("Giám đốc Trung tâm Khuyến công", "Huỳnh Thị Bích Ngọc", "054.3830419", "0935.012.345"),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td><td>{d}</td></tr>\n"
                  for i, (a, b, c, d) in enumerate(rows, 1))
    contact_center = f"""      <div style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <span class="duongdan">Danh bạ điện thoại</span></div>
      <div class="tieude_khung">DANH BẠ ĐIỆN THOẠI</div>
      <p>Sở Công Thương tỉnh Thừa Thiên Huế - Địa chỉ: 07 Nguyễn Huệ, thành phố Huế</p>
      <table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">
<tr><th>TT</th><th>Chức vụ</th><th>Họ và tên</th><th>Cơ quan</th><th>Di động</th></tr>
{trs}      </table>"""
    write("danh-ba", f"/?gd={GD}&cn=103", "contact",
          page(f"{SITE_NAME} - Danh bạ điện thoại", f"./?gd={GD}&cn=103", 3, contact_center, newest_all))

    # ---- sitemap
    sm = []
    for head, items in MENU_LEFT:
        sm.append(f"<li><b>{esc(head.title())}</b><ul>" + "".join(
            f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items) + "</ul></li>")
    sitemap_center = f"""      <div style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <span class="duongdan">Sơ đồ website</span></div>
      <div class="tieude_khung">SƠ ĐỒ WEBSITE</div>
      <ul>{''.join(sm)}</ul>"""
    write("so-do-website", f"/?gd={GD}&cn=110", "sitemap",
          page(f"{SITE_NAME} - Sơ đồ website", f"./?gd={GD}&cn=110", 4, sitemap_center, newest_all))

    # ---- soft 404: an item id that no longer exists, served with 200 and full chrome
    nf_center = f"""      <div style="padding:4px 0;border-bottom:1px solid #c9d4de"><a href="/?gd={GD}">Trang chủ</a> &raquo; <a href="/?gd={GD}&amp;cn=72" class="duongdan">Tin hoạt động ngành</a></div>
      <table width="100%" cellpadding="0" cellspacing="0">
        <tr><td style="padding:30px 0;text-align:center">
          <span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblThongBao" style="color:#a0151b;font-weight:bold">Không tìm thấy tin bạn yêu cầu. Tin có thể đã bị xóa hoặc chưa được duyệt đăng.</span><br /><br />
          <a href="/?gd={GD}">Quay về trang chủ</a>
        </td></tr>
      </table>"""
    write("khong-tim-thay", f"/?gd={GD}&cn=72&tc=3099", "soft_404",
          page(f"{SITE_NAME} - ", f"./?gd={GD}&cn=72&tc=3099", 5, nf_center, newest_all))


if __name__ == "__main__":
    main()
