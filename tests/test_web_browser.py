"""The web page in a real browser (issue #16): Debian's Chromium, driven by Playwright, reads
the hand-written archive of tests/web_site.py and a real crawl of the demo portal. A title typed
without diacritics finds its article; an article shows its captions and labelled dates; the
versions page shows the diff of an edited re-crawl; a story's page lists its republishers; the
sources page draws the runs chart; no page logs an error; no archived payload runs.

Every page visited is saved as a full-page PNG (test artifacts): under ``$WEB_SCREENSHOTS`` if
set, else in pytest's temporary directory. The five docs/web.md shows are refreshed with
``WEB_SCREENSHOTS=docs/screenshots pytest tests/test_web_browser.py -k "finds_the_article or
captions or versions_page or cluster_page or sources_page"`` (the other tests' pictures are not
for the docs).

The browser is /usr/bin/chromium (.ci/run installs it with apt): Playwright's own browser
download is not reachable from this project's machines."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from tests.web_site import (
    EDITED_FIRST,
    EDITED_SECOND,
    XSS_CAPTION,
    XSS_RAW,
    XSS_TITLE,
    served,
    write_web_archive,
)

CHROMIUM = Path("/usr/bin/chromium")
#: Headless, as root (no sandbox), no GPU; and quiet: without the background-networking flags
#: Chromium opens connections of its own (component updates, sync, QUIC probes) that this
#: machine's network refuses many at a time.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Full-page PNGs at this width stay well under 300 KB (docs/screenshots/).
VIEWPORT = {"width": 1200, "height": 800}
#: How long a page is given after "load" for a payload's handler (onerror, onload) to fire.
SETTLE_MS = 300


class Tab:
    """One page of a test's browser context, with what it logged: console errors, uncaught
    exceptions and dialogs, on every page visited."""

    def __init__(self, page: Page, base: str, shots: Path) -> None:
        self.page, self.base, self.shots = page, base, shots
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.watch(page)

    def watch(self, page: Page) -> None:
        def console(message: ConsoleMessage) -> None:
            if message.type == "error":  # a policy violation or a failed load is one too
                self.errors.append(f"{message.location.get('url') or page.url}: console: {message.text}")

        def dialog(box: Dialog) -> None:
            self.dialogs.append(f"{page.url}: {box.type}: {box.message}")
            box.dismiss()

        page.on("console", console)
        page.on("pageerror", lambda exc: self.errors.append(f"{page.url}: uncaught: {exc}"))
        page.on("dialog", dialog)

    def visit(self, path: str) -> Page:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, (path, response and response.status)
        return self.page

    def shot(self, name: str) -> None:
        self.page.screenshot(path=self.shots / f"{name}.png", full_page=True)


class Chromium:
    """One Chromium for the module, driven from a thread of its own.

    Why a thread: the suite runs with ``--reactor=asyncio``, and pytest-twisted runs that reactor
    in a greenlet of the main thread from the session's start, so every test sees a running
    asyncio loop and Playwright's sync API refuses to start ("using Playwright Sync API inside
    the asyncio loop"); its own loop could not run beside the reactor's in one thread anyway. A
    worker thread has no loop: every Playwright call is made in it (``run``), and an assertion
    that fails there is re-raised in the test."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        try:
            self._browser = self._thread.submit(self._launch).result(timeout=60)
        except BaseException:
            self._thread.shutdown()
            raise

    def _launch(self) -> Browser:
        self._playwright = sync_playwright().start()
        return self._playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)

    def run(self, base: str, shots: Path, check: Callable[[Tab], None]) -> None:
        """``check`` in a fresh browser context; then no page it opened may have logged an
        error."""
        self._thread.submit(self._in_context, base, shots, check).result(timeout=180)

    def _in_context(self, base: str, shots: Path, check: Callable[[Tab], None]) -> None:
        context = self._browser.new_context(viewport=VIEWPORT, locale="vi-VN",
                                            timezone_id="Asia/Ho_Chi_Minh")
        try:
            tab = Tab(context.new_page(), base, shots)
            check(tab)
            assert tab.errors == [], "\n".join(tab.errors)
        finally:
            context.close()

    def close(self) -> None:
        def stop() -> None:
            self._browser.close()
            self._playwright.stop()

        try:
            self._thread.submit(stop).result(timeout=60)
        finally:
            self._thread.shutdown()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (.ci/run installs it: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # in CI the browser tests must run, never skip quietly
        pytest.skip(reason)
    browser = Chromium()
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("WEB_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    web = write_web_archive(tmp_path_factory.mktemp("web-browser") / "archive")
    with served(web.root) as server:
        yield server.url, web


def _search(page: Page, typed: str) -> None:
    """Type ``typed`` into the search box, key by key, and press Enter."""
    box = page.locator("form.search input[name=q]")
    box.fill("")
    box.press_sequentially(typed)
    box.press("Enter")
    page.wait_for_url(re.compile(r"[?&]q="))
    expect(page.locator("#summary")).to_be_visible()


def _payload_ran(page: Page, tab: Tab) -> list[str]:
    """What a payload leaves behind: the value it sets on ``window.__pwned``, and dialogs."""
    page.wait_for_timeout(SETTLE_MS)
    value = page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)")
    return ([f"window.__pwned = {value!r}"] if value is not None else []) + tab.dialogs


# -- the hand-written archive -----------------------------------------------------------------
def test_a_title_typed_without_diacritics_finds_the_article(chromium, site, shots):
    base, web = site

    def check(tab: Tab) -> None:
        page = tab.visit("/")
        _search(page, "khoi cong cau dong ha")
        hit = page.locator("ol.hits a.title", has_text="Khởi công cầu Đông Hà mới bắc qua sông Hiếu")
        expect(hit).to_have_count(1)
        expect(page.locator("ol.hits mark").first).to_be_visible()  # the matched words, marked
        tab.shot("search")
        hit.click()
        page.wait_for_url(f"**/article/{web.edited_id}")
        expect(page.locator("h1#title")).to_have_text("Khởi công cầu Đông Hà mới bắc qua sông Hiếu")

    chromium.run(base, shots, check)


def test_the_article_shows_its_captions_and_dates_with_their_labels(chromium, site, shots):
    base, web = site

    def check(tab: Tab) -> None:
        page = tab.visit(f"/article/{web.edited_id}")
        caption = page.locator("figure.image figcaption.caption")
        expect(caption).to_be_visible()
        expect(caption).to_contain_text("Lễ khởi công cầu Đông Hà")
        expect(caption.locator(".credit")).to_have_text("(Ảnh: Hải Long)")
        # the photo itself, from its capture in the WARC (not from the portal)
        img = page.locator("figure.image img")
        expect(img).to_have_attribute("src", re.compile(rf"^/article/{web.edited_id}/image/0\?v="))
        page.wait_for_function("() => document.querySelector('figure.image img').complete")
        assert img.evaluate("e => e.naturalWidth") == 160
        published = page.locator("dl.facts dt:text-is('Ngày đăng') + dd")
        expect(published).to_be_visible()
        expect(published).to_have_text("2021-03-04 15:00 (printed: Ngày đăng: 04/03/2021 15:00)")
        expect(page.locator("dl.facts dt:text-is('Cập nhật') + dd")).to_have_text(re.compile(r"^\d{4}-"))
        # The stylesheet is applied (the policy lets our own through): the facts are a grid.
        assert page.locator("dl.facts").evaluate("e => getComputedStyle(e).display") == "grid"
        tab.shot("article")

    chromium.run(base, shots, check)


def test_the_versions_page_shows_the_diff_of_an_edited_recrawl(chromium, site, shots):
    base, web = site

    def check(tab: Tab) -> None:
        page = tab.visit(f"/article/{web.edited_id}")
        expect(page.locator("#versions-link")).to_have_text("2 versions")
        page.locator("#versions-link").click()
        page.wait_for_url(f"**/article/{web.edited_id}/versions")
        second = page.locator("section.version#v2")
        expect(second.locator(".changed")).to_have_text("changed: title")
        expect(second.locator(".diff ins")).to_have_text(EDITED_SECOND[1:])
        expect(second.locator(".diff del")).to_have_text([EDITED_FIRST[1]])
        expect(second.locator(".diff .same")).to_have_text([EDITED_FIRST[0]])
        # Added paragraphs green, removed ones struck through: the diff reads as a diff.
        assert second.locator(".diff del").evaluate("e => getComputedStyle(e).textDecorationLine") \
            == "line-through"
        assert second.locator(".diff ins").first.evaluate("e => getComputedStyle(e).backgroundColor") \
            == "rgb(240, 255, 244)"
        tab.shot("versions")

    chromium.run(base, shots, check)


def test_the_cluster_page_lists_the_republishers(chromium, site, shots):
    base, web = site

    def check(tab: Tab) -> None:
        page = tab.visit("/")
        _search(page, "hoi nghi tong ket chuyen doi so")
        expect(page.locator("ol.hits > li")).to_have_count(1)  # one story, not three copies
        page.locator("ol.hits a.copies", has_text="3 copies").click()
        page.wait_for_url(f"**/cluster/{web.cluster_id}")
        rows = page.locator("table.cluster tbody tr")
        expect(rows).to_have_count(4)  # the original's two versions (edited in place), two copies
        assert sorted(rows.locator("td:nth-child(2)").all_inner_texts()) == \
            ["bao-quang-tri", "huyen-cam-lo", "tinh-qt", "tinh-qt"]
        expect(page.locator("table.cluster tr.original")).to_have_count(2)
        expect(page.locator("table.cluster td", has_text="(earlier version)")).to_have_count(1)
        expect(page.locator("h1")).to_have_text("One story, 3 copies on 3 sources")
        differs = page.locator("section.member-diff", has_text="bao-quang-tri")
        expect(differs.locator("ins")).to_have_text(
            ["Báo Quảng Trị đưa thêm ý kiến của người dân về dịch vụ công."])
        tab.shot("cluster")

    chromium.run(base, shots, check)


def test_the_sources_page_draws_the_runs_chart(chromium, site, shots):
    base, _ = site

    def check(tab: Tab) -> None:
        page = tab.visit("/sources")
        chart = page.locator("figure.chart", has_text="Run outcomes, oldest first")
        svg = chart.locator("svg[role=img]")
        expect(svg).to_be_visible()
        # tests/web_site.py's three runs: 3 new; 1 changed; 1 new and 2 errors.
        bars = svg.locator("rect")
        expect(bars).to_have_count(4)
        assert sorted(t.split(" · ")[-1] for t in bars.locator("title").all_text_contents()) == \
            ["changed: 1", "errors: 2", "new: 1", "new: 3"]
        for box in (bars.nth(i).bounding_box() for i in range(4)):
            assert box and box["width"] > 1 and box["height"] > 1, box  # drawn, not collapsed
        expect(page.locator("table.runs tbody tr")).to_have_count(3)
        tab.shot("sources")

    chromium.run(base, shots, check)


def test_no_page_logs_an_error_and_the_script_works(chromium, site, shots):
    """Every page of the archive, its script's two touches used: a policy violation, a failed
    load or an exception on any of them is a console error (``Chromium.run`` asserts none)."""
    base, web = site

    def check(tab: Tab) -> None:
        # The detector itself: a page that logs an error is seen.
        control = tab.page.context.new_page()
        probe = Tab(control, base, shots)
        control.set_content("<script>console.error('control')</script>")
        assert [e.endswith("console: control") for e in probe.errors] == [True], probe.errors
        control.close()

        page = tab.visit("/")
        page.locator("main h2").click()
        page.keyboard.press("/")  # jumps to the search box
        expect(page.locator("form.search input[name=q]")).to_be_focused()
        tab.shot("home")
        _search(page, "chuyen doi so")
        page.locator("form.search select[name=source]").select_option("huyen-cam-lo")
        page.wait_for_url(re.compile(r"source=huyen-cam-lo"))  # a chosen filter applies at once
        expect(page.locator("ol.hits > li")).to_have_count(1)
        old = f"/article/{web.edited_id}?v=" + quote(_first_version(page, base, web.edited_id))
        for path, name in [(f"/article/{web.edited_id}", None), (old, "article-first-version"),
                           (f"/article/{web.edited_id}/versions", None),
                           (f"/article/{web.story_ids[2]}", "article-republished"),
                           (f"/cluster/{web.cluster_id}", None), ("/sources", None),
                           ("/sources/tinh-qt", "source"),
                           ("/?q=huyen&source=huyen-cam-lo&page=2", "search-page-2")]:
            tab.visit(path)
            expect(page.locator("footer")).to_be_visible()
            if name:  # the others are shot by the tests above
                tab.shot(name)

    chromium.run(base, shots, check)


def test_a_first_visit_logs_no_error(chromium, site, shots):
    """A browser's first page from a server: what it asks for on its own (an icon: the pages
    name an empty one, else Chromium's /favicon.ico request logs a 404) loads too."""
    _, web = site

    def check(tab: Tab) -> None:
        tab.visit("/")
        tab.page.wait_for_timeout(SETTLE_MS)  # the icon is asked for after "load"

    with served(web.root) as server:  # a new origin: Chromium has asked it for nothing yet
        chromium.run(server.url, shots, check)


def _first_version(page: Page, base: str, article_id: str) -> str:
    versions = page.request.get(f"{base}/article/{article_id}?format=json").json()["versions"]
    return versions[0]["version_id"]


def test_archived_payloads_do_not_run(chromium, site, shots):
    """The article whose title, text, lead, unit, caption and raw capture carry scripts: on its
    page, in search results and as the raw capture, nothing sets ``window.__pwned``."""
    base, web = site

    def check(tab: Tab) -> None:
        # The control: the same payloads in a page without our escaping and policy do run, and
        # the detector sees them (so a pass below means they did not run, not that it is blind).
        for html in (XSS_RAW.decode(), f"<h1>{XSS_TITLE}</h1>", f"<p>{XSS_CAPTION}</p>",
                     "<img src=x onerror=\"alert('control')\">"):
            control = tab.page.context.new_page()
            probe = Tab(control, base, shots)
            control.set_content(html)
            assert _payload_ran(control, probe), html
            control.close()

        page = tab.visit(f"/article/{web.hostile_id}")
        assert _payload_ran(page, tab) == []
        # Shown as text, and the page not hidden by the unit's <style>.
        expect(page.locator("h1#title")).to_contain_text('<script>window.__pwned="title"</script>')
        expect(page.locator("figcaption.caption").first).to_contain_text("<svg onload=")
        expect(page.locator("main")).to_be_visible()
        assert page.locator("a[href^='javascript:' i], iframe, main script, main svg").count() == 0
        # The photo entry claiming a capture of a scripted SVG is shown as not captured.
        assert page.locator("main img").count() == 0
        expect(page.locator(".not-captured", has_text="ma-doc.svg")).to_be_visible()
        tab.shot("hostile-article")
        for query in ("pwned", "doan co ma"):  # a word of its title, words of its text
            page = tab.visit("/?q=" + quote(query))
            expect(page.locator("ol.hits a.title").first).to_contain_text("<script>")
            assert _payload_ran(page, tab) == [], query
        tab.shot("hostile-search")
        page = tab.visit(f"/article/{web.hostile_id}/raw")
        expect(page.locator("body")).to_contain_text("<script>window.__pwned='raw'</script>")
        assert _payload_ran(page, tab) == []
        tab.shot("hostile-raw")

    chromium.run(base, shots, check)


# -- a real crawl of the demo portal ----------------------------------------------------------
def test_a_demo_title_typed_without_diacritics_finds_it(chromium, demo_crawl, shots):
    from archive.search import fold

    root = demo_crawl["demo-liferay"].archive
    article_id, title = _a_liferay_story(root)
    typed = fold(title)
    assert typed.isascii()

    def check(tab: Tab) -> None:
        page = tab.visit("/")
        _search(page, typed)
        hit = page.locator("ol.hits a.title", has_text=title)
        expect(hit).to_have_count(1)
        tab.shot("demo-search")
        hit.click()
        page.wait_for_url(f"**/article/{article_id}")
        expect(page.locator("h1#title")).to_contain_text(title)
        expect(page.locator("article .text p").first).to_be_visible()
        tab.shot("demo-article")

    with served(root) as server:
        chromium.run(server.url, shots, check)


def _a_liferay_story(root: Path) -> tuple[str, str]:
    """An article id and title of the demo crawl: a title with diacritics, plain words (no query
    syntax), of a story no other portal republished (results show one copy per story, which
    could be another portal's)."""
    from archive import open_archive
    from archive.clusters import cluster_members, find_cluster
    from archive.search import fold

    with open_archive(root) as archive:
        rows = archive.sql("SELECT arg_max(version_id, fetched_at), article_id, arg_max(title, fetched_at) "
                           "FROM articles WHERE source = 'demo-liferay' GROUP BY article_id "
                           "ORDER BY article_id").fetchall()
        for version_id, article_id, title in rows:
            if fold(title) == title.lower() or not re.fullmatch(r"[\w ]+", title):
                continue
            copies = cluster_members(archive, find_cluster(archive, version_id) or "")
            if {m["source"] for m in copies} == {"demo-liferay"}:
                return article_id, title
    raise AssertionError("no demo-liferay story fits")
