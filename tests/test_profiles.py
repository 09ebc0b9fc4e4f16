"""Profile URL rules, canonicalisation, the family registry and the sources file."""

from __future__ import annotations

import pytest

from crawler.profiles import FAMILIES, Family, ProfileError, make_profile, register_family
from crawler.sources import SourceError, load_sources
from crawler.urls import canonicalize

HUE = "http://sngv.example.gov.vn"
LR = "http://sokhcn.example.gov.vn"


@pytest.fixture(scope="module")
def huecit():
    return make_profile("huecit", "t-huecit")


@pytest.fixture(scope="module")
def liferay():
    return make_profile("liferay", "t-liferay")


def test_huecit_parameter_order_variants_are_one_url(huecit):
    a = huecit.canonicalize(f"{HUE}/?gd=19&cn=115&tc=62547")
    b = huecit.canonicalize(f"{HUE}/?cn=115&gd=19&tc=62547")
    c = huecit.canonicalize(f"{HUE.upper()}:80/?tc=62547&gd=19&cn=115&utm_source=zalo#top")
    assert a == b == c == f"{HUE}/?cn=115&gd=19&tc=62547"


@pytest.mark.parametrize("path,kind,reason", [
    ("/?gd=19&cn=115&tc=62547", "article", None),
    ("/Default.aspx?gd=19&cn=116&tc=7", "article", None),
    ("/?gd=19&cn=115", "listing", None),
    ("/?gd=19&cn=115&pg=3", "listing", None),
    ("/", "listing", None),
    ("/?gd=19&cn=115&ngay=21-02-2021", "trap", "calendar"),
    ("/?gd=19&tukhoa=lua", "trap", "search"),
    ("/UploadFiles/TinTuc/2021/2/21/a.jpg", "other", None),
])
def test_huecit_classify(huecit, path, kind, reason):
    assert huecit.classify(huecit.canonicalize(HUE + path)) == (kind, reason)


def test_liferay_drops_state_and_column_noise_keeps_paging(liferay):
    noisy = (f"{LR}/tin-tuc?p_p_id=101_INSTANCE_x&p_p_lifecycle=0&p_p_state=maximized"
             "&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1"
             "&_101_INSTANCE_x_delta=10&_101_INSTANCE_x_cur=2")
    plain = f"{LR}/tin-tuc?_101_INSTANCE_x_cur=2&p_p_id=101_INSTANCE_x&_101_INSTANCE_x_delta=10"
    assert liferay.canonicalize(noisy) == liferay.canonicalize(plain)
    assert "_101_INSTANCE_x_cur=2" in liferay.canonicalize(noisy)
    assert liferay.classify(liferay.canonicalize(noisy)) == ("listing", None)
    liferay6 = (f"{LR}/tin-tuc?p_p_id=101_INSTANCE_x&p_p_lifecycle=0&_101_INSTANCE_x_keywords="
                "&_101_INSTANCE_x_advancedSearch=false&_101_INSTANCE_x_andOperator=true"
                "&p_r_p_564233524_resetCur=false&_101_INSTANCE_x_delta=10&_101_INSTANCE_x_cur=3")
    assert liferay.classify(liferay.canonicalize(liferay6)) == ("listing", None)
    assert liferay.canonicalize(liferay6).endswith("_101_INSTANCE_x_cur=3&_101_INSTANCE_x_delta=10"
                                                   "&p_p_id=101_INSTANCE_x")
    liferay7 = (f"{LR}/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
                "_INSTANCE_ab&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
                "_INSTANCE_ab_cur=2&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
                "_INSTANCE_ab_redirect=%2Ftin-tuc")
    assert liferay.classify(liferay.canonicalize(liferay7)) == ("listing", None)
    assert "redirect" not in liferay.canonicalize(liferay7)
    art = f"{LR}/tin-tuc/-/view_content/120301-hoi-nghi.html?redirect=%2Ftin-tuc"
    assert liferay.canonicalize(art) == f"{LR}/tin-tuc/-/view_content/120301-hoi-nghi.html"


@pytest.mark.parametrize("path,kind,reason", [
    ("/tin-tuc/-/view_content/120301-hoi-nghi.html", "article", None),
    ("/tin-tuc/-/view_content/120301-hoi-nghi.html/en/vi/en", "trap", "language_switch"),
    ("/tin-tuc/en", "trap", "language_switch"),
    ("/c/portal/login?p_l_id=1&redirect=%2Ftin-tuc", "trap", "login"),
    ("/web/guest/home?p_p_id=58&p_p_state=maximized&_58_struts_action=%2Flogin%2Fforgot_password",
     "trap", "login"),
    ("/web/guest/trang-chu", "listing", None),
    ("/group/control_panel", "trap", "private_page"),
    ("/web/guest/tin-tuc/-/asset_publisher/AbCdEf/content/hoi-nghi-tong-ket", "article", None),
    ("/chi-tiet-tin/-/view-article/1/1471512847261/1590372000000", "article", None),
])
def test_liferay_classify(liferay, path, kind, reason):
    assert liferay.classify(liferay.canonicalize(LR + path)) == (kind, reason)


def test_session_ids_and_tracking_dropped():
    assert canonicalize("http://a/x;jsessionid=ABC123?b=2&fbclid=z&a=1&gclid=q") == "http://a/x?a=1&b=2"


def test_registry_rejects_duplicates_and_bad_values():
    with pytest.raises(ProfileError):
        register_family(Family(name="huecit"))
    with pytest.raises(ProfileError):
        Family(name="broken", article_urls=("(unclosed",))
    with pytest.raises(ProfileError):
        Family(name="broken", body="div[[")
    with pytest.raises(ProfileError):
        make_profile("liferay", "x", {"no_such_rule": 1})
    assert {"huecit", "liferay", "generic"} <= set(FAMILIES)


def test_portal_override_changes_one_rule(liferay):
    custom = make_profile("liferay", "custom", {"body": ".noi-dung"})
    assert custom.body == ".noi-dung"
    assert custom.trap_urls == liferay.trap_urls


def test_packaged_sources_load():
    sources = load_sources()
    assert {"demo-huecit", "demo-liferay"} <= set(sources)
    assert all(s.profile() for s in sources.values())
    assert any(not s.verified for s in sources.values())


@pytest.mark.parametrize("body,message", [
    ('[[source]]\nname="a"\nfamily="nope"\nbase_url="http://a"\n', "unknown family"),
    ('[[source]]\nname="A B"\nfamily="huecit"\nbase_url="http://a"\n', "must match"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="ftp://a"\n', "base_url"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\nspeed=1\n', "unknown key"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\n'
     '[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://b"\n', "duplicate"),
    ("[[source]\n", "Expected"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\nconcurrency=0\n', "concurrency"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\nmax_pages=true\n', "max_pages"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\nverified="no"\n', "verified"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="demo:other"\n', "no demo site"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\noverrides="x"\n', "table"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\n'
     'overrides={article_urls="abc"}\n', "list of strings"),
    ('[[source]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\n'
     'overrides={nope=1}\n', "unknown override"),
    ('[[sources]]\nname="a"\nfamily="huecit"\nbase_url="http://a"\n', "top-level"),
    ('[source]\nname="a"\nfamily="huecit"\nbase_url="http://a"\n', r"\[\[source\]\]"),
])
def test_bad_sources_file_is_a_clear_error(tmp_path, body, message):
    path = tmp_path / "sources.toml"
    path.write_text(body)
    with pytest.raises(SourceError, match=message):
        load_sources(path)


@pytest.mark.parametrize("lead,prefix", [
    ("(Chinhphu.vn) - Chiều 12/3, Thủ tướng…", "(Chinhphu.vn) -"),
    ("VGP - Sáng nay…", "VGP -"),
    ("VOV.VN - Theo kế hoạch…", "VOV.VN -"),
    ("(QBĐT) – Ngày 5/6…", "(QBĐT) –"),
    ("Trong – ngoài tỉnh cùng chung tay…", None),
    ("Festival – Lễ hội Huế năm 2024…", None),
    ("Sáng 12/3, Sở tổ chức…", None),
])
def test_agency_prefix_only_when_it_is_one(lead, prefix):
    from crawler.extract.body import split_agency_prefix

    assert split_agency_prefix(lead)[0] == prefix


@pytest.mark.parametrize("caption,expected", [
    ("Quang cảnh hội nghị (Ảnh: Minh Châu)", ("Quang cảnh hội nghị", "Ảnh: Minh Châu")),
    ("Đại biểu thăm gian hàng. Ảnh: VGP/Nhật Bắc", ("Đại biểu thăm gian hàng", "Ảnh: VGP/Nhật Bắc")),
    ("Một số hình ảnh: đoàn công tác thăm mô hình", ("Một số hình ảnh: đoàn công tác thăm mô hình", None)),
])
def test_credit_split(caption, expected):
    from crawler.extract.body import split_credit

    assert split_credit(caption) == expected
