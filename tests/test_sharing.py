"""Sharing an archive safely: 127.0.0.1 by default; any other address only behind a login; --public
the explicit way out. An anonymous visitor gets the login page and nothing else (pages, SQL,
exports, JSON, our routes, static files); a logged-in one gets everything. Tested through
Datasette's client with the configuration 'archive serve' builds, against a real 'archive serve'
on 127.0.0.2, and in Chromium."""

import base64
import http.cookiejar
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from archive.cli import cli, serve_metadata, serve_settings
from conftest import ROOT, copy_archive, free_port
from datasette_plugins import hooks
from datasette_plugins.logins import hash_password, load_accounts, password_file

USER, PASSWORD = "alice", "correct horse battery staple"
SECRET_TITLE = "Detention testimonies, not for circulation"
SECRET_LICENCE = "Internal circulation 7F3"


@pytest.fixture(scope="module")
def archive_copy(sample_db, tmp_path_factory):
    """The sample archive copied (with its index) beside an identity file naming it: the title must
    not reach an anonymous visitor either."""
    folder = tmp_path_factory.mktemp("shared")
    db = folder / "archive.db"
    copy_archive(sample_db, db)  # not shutil.copy: see conftest.copy_archive
    (folder / "archive.metadata.yml").write_text(f"title: {SECRET_TITLE}\nlicense: {SECRET_LICENCE}\n", encoding="utf-8")
    return db


@pytest.fixture(scope="module")
def accounts():
    return {USER: hash_password(PASSWORD)}


@pytest.fixture(scope="module")
def facts(archive_copy):
    conn = sqlite3.connect(archive_copy)
    try:
        article_id, title = conn.execute("select id, title from articles order by rowid limit 1").fetchone()
        entity = conn.execute("select id from entities order by articles desc limit 1").fetchone()[0]
        titles = [row[0] for row in conn.execute("select title from articles")]
    finally:
        conn.close()
    return {"id": article_id, "title": title, "entity": entity, "titles": titles}


def paths(facts) -> list:
    """Every kind of page, data and file the archive serves."""
    article, entity = facts["id"], urllib.parse.quote(facts["entity"])
    return [
        "/", "/archive", "/archive/articles", "/archive/articles.json", "/archive/articles.csv?_stream=1",
        f"/archive/articles/{article}", f"/archive/articles/{article}.json", "/archive/outlets",
        "/archive?sql=select+title+from+articles", "/archive.json?sql=select+title+from+articles",
        "/archive.csv?sql=select+title+from+articles", "/archive/articles_per_outlet_per_month",
        "/archive/articles_per_outlet_per_month.json",
        "/archive.json?sql=select+value+from+json_each(whoosh_search('camp'))",
        "/-/search?q=camp", "/-/search.csv?q=camp", "/-/search.json?q=camp", "/-/search.jsonl?q=camp",
        "/-/search.ris?q=camp", "/-/search.bib?q=camp", "/-/search.csl.json?q=camp",
        f"/-/article/{article}", f"/-/article/{article}.ris", f"/-/article/{article}.bib",
        f"/-/article/{article}.csl.json", "/-/entities", f"/-/entity/{entity}", "/-/timeline", "/-/map",
        "/-/suggest?q=ca", "/-/metadata.json", "/-/versions.json", "/-/plugins.json", "/-/settings.json",
        "/-/databases.json", "/-/threads.json", "/-/actor.json",
        "/-/static-plugins/news-archive/suggest.js", "/-/static/sql-formatter-2.3.3.min.js",
    ]


ANONYMOUS_ONLY = ["/archive.db", "/-/password-tool", "/no/such/page", "/-/allow-debug", "/-/permissions",
                  "/-/messages", "/-/static/app.css/../../archive/articles.json", "/-/login/../archive/articles",
                  "/-/static-plugins/news-archive/archive.css/../suggest.js", "/-/log%69n", "/%2D/login"]


def private_datasette(db, accounts, monkeypatch, metadata_change=None):
    environ = {}
    metadata = serve_metadata(db, None, accounts, environ=environ)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    if metadata_change:
        metadata = metadata_change(metadata)
    return Datasette([str(db)], metadata=metadata, settings=serve_settings())


def assert_nothing_given(response, path, facts):
    assert response.status_code in (302, 401, 403), (path, response.status_code, response.text[:300])
    if response.status_code == 302:
        assert response.headers["location"] == "/-/login", (path, response.headers)
    body = response.text
    assert SECRET_TITLE not in body and SECRET_LICENCE not in body and facts["title"] not in body, path
    assert not any(title in body for title in facts["titles"][:20]), path
    assert "whoosh" not in body.lower() or response.status_code == 403, path


async def login_cookie(ds, user=USER, password=PASSWORD):
    form = await ds.client.get("/-/login")
    assert form.status_code == 200
    token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
    response = await ds.client.post("/-/login", data={"username": user, "password": password, "csrftoken": token},
                                    cookies={"ds_csrftoken": form.cookies["ds_csrftoken"]})
    return response, response.cookies.get("ds_actor")


async def test_anonymous_gets_nothing_but_the_login_page(archive_copy, accounts, facts, monkeypatch):
    ds = private_datasette(archive_copy, accounts, monkeypatch)
    for path in paths(facts) + ANONYMOUS_ONLY:
        for headers in ({"accept": "text/html"}, {"accept": "*/*"}):
            assert_nothing_given(await ds.client.get(path, headers=headers), path, facts)
        assert_nothing_given(await ds.client.post(path, data={"sql": "delete from articles"}), path, facts)
    page = await ds.client.get("/-/search?q=camp", headers={"accept": "text/html"})
    assert page.status_code == 302 and page.headers["location"] == "/-/login"
    data = await ds.client.get("/-/search.csv?q=camp")
    assert data.status_code == 401 and data.text == "Log in first: /-/login\n"
    login = await ds.client.get("/-/login")
    assert login.status_code == 200 and 'name="password"' in login.text
    assert SECRET_TITLE not in login.text and SECRET_LICENCE not in login.text  # no title, licence or source


async def test_a_logged_in_visitor_gets_everything(archive_copy, accounts, facts, monkeypatch):
    ds = private_datasette(archive_copy, accounts, monkeypatch)
    wrong, cookie = await login_cookie(ds, password="not the password at all")
    assert cookie is None and "Invalid username or password" in wrong.text
    response, cookie = await login_cookie(ds)
    assert response.status_code == 302 and cookie
    assert "httponly" in response.headers["set-cookie"].lower()  # no script on a page can read the login
    for path in paths(facts):
        got = await ds.client.get(path, cookies={"ds_actor": cookie})
        assert got.status_code == 200, (path, got.status_code, got.text[:300])
    article = await ds.client.get(f"/-/article/{facts['id']}", cookies={"ds_actor": cookie})
    assert facts["title"] in article.text or facts["title"].replace("'", "&#39;") in article.text
    search = await ds.client.get("/-/search?q=camp", cookies={"ds_actor": cookie})
    assert "archive-hit" in search.text and SECRET_LICENCE in search.text  # the footer names the licence again
    assert SECRET_TITLE in (await ds.client.get("/", cookies={"ds_actor": cookie})).text
    rows = (await ds.client.get("/archive/articles.json?_shape=array&_size=max", cookies={"ds_actor": cookie})).json()
    assert len(rows) == len(facts["titles"])
    actor = (await ds.client.get("/-/actor.json", cookies={"ds_actor": cookie})).json()
    assert actor == {"actor": {"id": USER}}
    forged = await ds.client.get("/-/search.csv?q=camp", cookies={"ds_actor": cookie[:-3] + "abc"})
    assert forged.status_code == 401  # a cookie not signed by this server is no login


async def test_http_basic_auth_for_scripts(archive_copy, accounts, facts, monkeypatch):
    ds = private_datasette(archive_copy, accounts, monkeypatch)
    good = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    bad = "Basic " + base64.b64encode(f"{USER}:wrong".encode()).decode()
    response = await ds.client.get("/-/search.csv?q=camp", headers={"authorization": good})
    assert response.status_code == 200 and response.text.lstrip("\ufeff").startswith("id,title")
    assert (await ds.client.get("/-/search.csv?q=camp", headers={"authorization": bad})).status_code == 401
    assert (await ds.client.get("/-/search.csv?q=camp", headers={"authorization": "Basic %%%"})).status_code == 401


async def test_the_public_never_writes_even_logged_in(archive_copy, accounts, monkeypatch):
    ds = private_datasette(archive_copy, accounts, monkeypatch)
    _, cookie = await login_cookie(ds)
    before = sqlite3.connect(archive_copy).execute("select count(*) from articles").fetchone()
    response = await ds.client.get("/archive.json", params={"sql": "delete from articles"}, cookies={"ds_actor": cookie})
    assert response.status_code in (400, 403)
    assert sqlite3.connect(archive_copy).execute("select count(*) from articles").fetchone() == before


def test_every_route_of_ours_is_guarded():
    routes = hooks.register_routes()
    assert len(routes) >= 9
    assert all(getattr(view, "archive_guarded", False) for _, view in routes), routes


async def test_each_lock_holds_on_its_own(archive_copy, accounts, facts, monkeypatch):
    """Without the gate, Datasette's view-instance and our routes' own check still refuse; without
    the allow block and our check, the gate alone still refuses."""

    def without_gate(metadata):
        plugins = dict(metadata["plugins"])
        plugins["news-archive"] = dict(plugins["news-archive"], login_required=False)
        return dict(metadata, plugins=plugins)

    ds = private_datasette(archive_copy, accounts, monkeypatch, without_gate)
    for path in paths(facts):
        if path.startswith(("/-/static", "/-/versions", "/-/plugins", "/-/settings", "/-/threads", "/-/actor",
                            "/-/databases")):
            continue  # code and Datasette's own facts, not the archive: the gate covers them
        response = await ds.client.get(path)
        assert response.status_code == 403, (path, response.status_code)
        assert facts["title"] not in response.text, path

    def gate_only(metadata):
        return {key: value for key, value in metadata.items() if key != "allow"}

    ds = private_datasette(archive_copy, accounts, monkeypatch, gate_only)
    for path in paths(facts):
        assert_nothing_given(await ds.client.get(path), path, facts)


async def test_served_locally_without_accounts_is_open_as_before(archive_copy, facts):
    ds = Datasette([str(archive_copy)], metadata=serve_metadata(archive_copy, None, {}), settings=serve_settings())
    for path in ("/-/search?q=camp", "/archive/articles.json", f"/-/article/{facts['id']}"):
        assert (await ds.client.get(path)).status_code == 200, path


# -- the commands ---------------------------------------------------------------------------

def invoke(*args, input=None, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=True)


def test_archive_password_writes_a_hash_only_file_for_its_owner(archive_copy, tmp_path):
    db = tmp_path / "mine.db"
    shutil.copy(archive_copy, db)
    result = invoke("password", db, "--user", USER, input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    path = password_file(db)
    assert path == tmp_path / "mine.passwords"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert PASSWORD not in text and f"{USER}:pbkdf2_sha256$" in text
    assert PASSWORD not in result.output
    assert invoke("password", db, "--user", "bob", input="another long passphrase\n").exit_code == 0
    accounts, where = load_accounts(db)
    assert set(accounts) == {USER, "bob"} and where == str(path)
    from datasette_auth_passwords.utils import verify_password

    assert verify_password(PASSWORD, accounts[USER]) and not verify_password("wrong", accounts[USER])
    short = invoke("password", db, input="short\n")
    assert short.exit_code == 1 and "at least 12 characters" in short.output
    bad_user = invoke("password", db, "--user", "a_b", input=PASSWORD + "\n")
    assert bad_user.exit_code == 1 and len(bad_user.output.strip().splitlines()) == 1
    printed = invoke("password", db, "--print", input=PASSWORD + "\n")
    assert printed.exit_code == 0 and printed.output.startswith("archive:pbkdf2_sha256$")
    assert not list(tmp_path.glob(".*tmp"))
    os.chmod(path, 0o644)  # readable by others: refused
    refused = invoke("serve", db, "--port", free_port())
    assert refused.exit_code == 1 and f"chmod 600 {path}" in refused.output
    assert len(refused.output.strip().splitlines()) == 1


@pytest.mark.parametrize("host", ["0.0.0.0", "127.0.0.2", "::"])
def test_serving_beyond_this_machine_without_a_login_refuses_to_start(archive_copy, host, tmp_path):
    db = tmp_path / "archive.db"
    shutil.copy(archive_copy, db)
    env = {"ARCHIVE_PASSWORD_HASH": ""}
    result = invoke("serve", db, "--host", host, "--port", free_port(), env=env)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        f"Error: serving on {host} needs a login: make an account with 'archive password {db}' (or set "
        f"ARCHIVE_PASSWORD_HASH), or pass --public to let anyone who reaches {host}:"
        + result.output.split(f"reaches {host}:")[1].strip()]
    assert "Serving" not in result.output


def test_a_malformed_hash_is_one_line(archive_copy):
    result = invoke("serve", archive_copy, "--host", "127.0.0.2", "--port", free_port(),
                    env={"ARCHIVE_PASSWORD_HASH": "alice:secret"})
    assert result.exit_code == 1 and result.output.strip().splitlines() == [
        "Error: ARCHIVE_PASSWORD_HASH, line 1: not a 'user:pbkdf2_sha256$...' line (make one with 'archive password DB')"]


# -- a real 'archive serve' on 127.0.0.2 ----------------------------------------------------

class Served:
    def __init__(self, db, *args, env=None, host="127.0.0.2"):
        self.port = free_port()
        self.base = f"http://{host}:{self.port}"
        environ = dict(os.environ)
        environ.pop("ARCHIVE_PASSWORD_HASH", None)
        environ.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "archive.cli", "serve", str(db), "--host", host, "--port", str(self.port), *args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=environ)

    def __enter__(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.base + "/-/login", timeout=2).read()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise AssertionError(self.process.communicate()[0])
                time.sleep(0.2)
        raise AssertionError("archive serve did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.output = self.process.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.output = self.process.communicate()[0]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(opener, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {"accept": "text/html"})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def protected_db(archive_copy, tmp_path_factory):
    folder = tmp_path_factory.mktemp("protected")
    db = folder / "archive.db"
    shutil.copy(archive_copy, db)
    shutil.copytree(archive_copy.with_name("archive.whoosh"), folder / "archive.whoosh")
    shutil.copy(archive_copy.with_name("archive.metadata.yml"), folder / "archive.metadata.yml")
    assert invoke("password", db, "--user", USER, input=PASSWORD + "\n").exit_code == 0
    return db


def test_real_server_with_a_login(protected_db, facts):
    with Served(protected_db) as served:
        anonymous = urllib.request.build_opener(NoRedirect)
        for path in paths(facts) + ANONYMOUS_ONLY:
            status, headers, body = fetch(anonymous, served.base + path)
            assert status in (302, 401), (path, status)
            assert SECRET_TITLE not in body and SECRET_LICENCE not in body and facts["title"] not in body, path
        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        status, _, form = fetch(browser, served.base + "/-/login")
        token = re.search(r'name="csrftoken" value="([^"]+)"', form).group(1)
        status, headers, _ = fetch(browser, served.base + "/-/login", data=urllib.parse.urlencode(
            {"username": USER, "password": PASSWORD, "csrftoken": token}).encode())
        assert status == 302 and any(cookie.name == "ds_actor" for cookie in jar)
        for path in paths(facts):
            status, _, body = fetch(browser, served.base + path)
            assert status == 200, (path, status, body[:300])
    assert f"Login required ({USER}, from {protected_db.with_name('archive.passwords')})" in served.output
    assert "Traceback" not in served.output


def test_real_server_with_the_hash_in_the_environment(archive_copy, tmp_path, facts):
    db = tmp_path / "archive.db"
    shutil.copy(archive_copy, db)
    shutil.copytree(archive_copy.with_name("archive.whoosh"), tmp_path / "archive.whoosh")
    env = {"ARCHIVE_PASSWORD_HASH": f"{USER}:{hash_password(PASSWORD)}"}
    with Served(db, env=env) as served:
        status, _, _ = fetch(urllib.request.build_opener(NoRedirect), served.base + "/-/search.csv?q=camp",
                             headers={"accept": "*/*"})
        assert status == 401
        auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        status, _, body = fetch(urllib.request.build_opener(), served.base + "/-/search.csv?q=camp",
                                headers={"authorization": auth})
        assert status == 200 and body.lstrip("\ufeff").startswith("id,title")
    assert "from ARCHIVE_PASSWORD_HASH" in served.output
    assert not password_file(db).exists()


def test_real_server_public_says_so_and_serves_everyone(archive_copy, tmp_path, facts):
    db = tmp_path / "archive.db"
    shutil.copy(archive_copy, db)
    shutil.copytree(archive_copy.with_name("archive.whoosh"), tmp_path / "archive.whoosh")
    with Served(db, "--public") as served:
        status, _, body = fetch(urllib.request.build_opener(), served.base + f"/-/article/{facts['id']}")
        assert status == 200
    assert "Warning: --public: no login; anyone who can reach 127.0.0.2" in served.output


def test_default_host_is_this_machine_only(archive_copy, tmp_path):
    from archive.cli import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


# -- in Chromium (last in this module: sync Playwright keeps its event loop running) ---------

@pytest.mark.browser
def test_in_chromium_a_visitor_sees_the_login_page_only_until_logged_in(browser, protected_db, facts, artifacts_dir):
    with Served(protected_db) as served:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        pages = ["/", "/-/search?q=camp", f"/-/article/{facts['id']}", "/archive/articles",
                 "/archive?sql=select+title+from+articles", "/-/timeline", "/-/map", "/-/entities",
                 "/archive/articles_per_outlet_per_month"]
        for path in pages:
            page.goto(served.base + path)
            assert page.url == served.base + "/-/login", path
            assert page.locator("input[name=password]").is_visible()
            html = page.content()
            assert facts["title"] not in html and SECRET_TITLE not in html and SECRET_LICENCE not in html, path
        for path in ("/-/search.csv?q=camp", "/-/search.json?q=camp", "/archive/articles.json", "/-/versions.json",
                     "/-/static-plugins/news-archive/suggest.js"):
            response = page.request.get(served.base + path)
            assert response.status == 401 and facts["title"] not in response.text(), path
        page.screenshot(path=str(artifacts_dir / "login.png"), full_page=True)

        page.fill("input[name=username]", USER)
        page.fill("input[name=password]", "a wrong password, long enough")
        page.locator("input[type=submit][value='Log in']").click()
        page.wait_for_load_state()
        assert "Invalid username or password" in page.content()
        assert page.request.get(served.base + "/-/search.csv?q=camp").status == 401

        page.fill("input[name=username]", USER)
        page.fill("input[name=password]", PASSWORD)
        page.locator("input[type=submit][value='Log in']").click()
        page.wait_for_url(served.base + "/")
        page.goto(served.base + "/-/search?q=camp")
        assert page.locator(".archive-hit").count() >= 1
        page.screenshot(path=str(artifacts_dir / "logged-in-search.png"))
        page.goto(served.base + f"/-/article/{facts['id']}")
        assert page.locator("article h1").inner_text() == facts["title"]
        page.goto(served.base + "/archive/articles")
        assert page.locator("td.col-title a").count() >= 10
        page.goto(served.base + "/archive?sql=select+title+from+articles+order+by+title")
        assert page.locator("td.col-title").count() == len(facts["titles"])
        for path in ("/-/timeline", "/-/map", "/-/entities"):
            assert page.goto(served.base + path).status == 200, path
        exported = page.request.get(served.base + "/-/search.csv?q=camp")
        assert exported.status == 200 and exported.text().lstrip("\ufeff").startswith("id,title")

        page.goto(served.base + "/-/logout")  # and out again: the archive closes
        page.locator("input[type=submit][value='Log out']").click()
        page.wait_for_load_state()
        page.goto(served.base + "/-/search?q=camp")
        assert page.url == served.base + "/-/login"
        assert errors == []
        context.close()
