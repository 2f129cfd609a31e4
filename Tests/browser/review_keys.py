#!/usr/bin/env python3
"""The review queue's keyboard keys in a real browser (headless Chromium driven by Selenium).

Starts `claims serve` on a free loopback port over a fresh temporary ledger, logs an article
through the /log form, opens /review, presses Enter twice and x once as real key events, and
checks through the JSON API that exactly two candidates became claims and one was rejected, and
that /tally went from no rows to one row per accepted system. Then it logs a vaguer report of the
first claim from another outlet and presses c ("same as claim N?": yes), checking that it became
a citation of that claim, not a new one. Screenshots of the review page
(after the keys) and of the tally page go to --out.

Usage: python3 Tests/browser/review_keys.py --claims .build/debug/claims --out DIR
Exit 0 when every check passes; 1 with a one-line reason otherwise; 2 when Selenium, Chromium
or chromedriver is missing.
"""

import argparse
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

# Everything (server start, browser, checks) must finish within this many seconds.
TOTAL_SECONDS = 90
# How long one step (a page load, a key's request) may take.
STEP_SECONDS = 20

# An article of our own: four claims about four different systems (a fifth paragraph has none).
ARTICLE = """\
Ukraine's air force said on Tuesday that air defences had shot down 23 of 27 Shahed drones launched by Russia overnight.

The air force also said it had destroyed three Kalibr cruise missiles over the Mykolaiv region.

Russia's Defence Ministry said on Tuesday that its air defences had intercepted nine ATACMS missiles over Crimea.

Later in the morning the air force said two Kh-101 cruise missiles had been shot down over the Kyiv region.

A local official said falling debris damaged the roof of a warehouse near the port; nobody was hurt.
"""

# The same Shahed figure as another outlet put it: a possible repeat of the first claim.
REPEAT = """\
Ukraine's air force said on Tuesday it had shot down at least 20 Shahed drones overnight.
"""


class Failure(Exception):
    """A check that did not hold: the message is the test's one-line verdict."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", required=True, help="the claims executable")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    arguments = parser.parse_args()
    try:
        from selenium import webdriver  # noqa: F401
    except ImportError:
        print("browser test: Python selenium is missing: pip install selenium", file=sys.stderr)
        return 2
    for tool in ("chromium", "chromedriver"):
        if shutil.which(tool) is None:
            print(f"browser test: {tool} is missing: apt-get install chromium chromium-driver", file=sys.stderr)
            return 2
    os.makedirs(arguments.out, exist_ok=True)

    def out_of_time(signum, frame):
        raise Failure(f"did not finish within {TOTAL_SECONDS} s")

    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(TOTAL_SECONDS)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="claims-browser-") as work:
        server = None
        driver = None
        try:
            db = os.path.join(work, "ledger.sqlite")
            run([arguments.claims, "init", "--db", db])
            server, base = start_server(arguments.claims, db, work)
            driver = start_browser()
            first_claim = check_review_keys(driver, base, arguments.out)
            check_same_as_key(driver, base, first_claim)
        except Failure as failure:
            if driver is not None:
                try:
                    driver.save_screenshot(os.path.join(arguments.out, "failure.png"))
                except Exception:
                    pass
            print(f"browser test: FAILED: {failure}", file=sys.stderr)
            if server is not None:
                print(f"browser test: server log: {read_log(work)}", file=sys.stderr)
            return 1
        finally:
            signal.alarm(0)
            if driver is not None:
                driver.quit()
            if server is not None:
                stop_server(server)
    print(f"browser test: passed in {time.monotonic() - started:.1f} s; screenshots in {arguments.out}")
    return 0


# MARK: - The checks


def check_review_keys(driver, base: str, out: str) -> None:
    from selenium.webdriver.common.by import By

    # The tally of an empty ledger has no rows.
    driver.get(base + "/tally?by=system")
    rows_before = tally_rows(driver)
    if rows_before != 0:
        raise Failure(f"/tally of a fresh ledger shows {rows_before} rows, expected 0")

    # Log the article through the form; it lands on the article's review.
    log_article(driver, base, "Overnight air defence figures (browser test)", ARTICLE)
    candidates = driver.find_elements(By.CSS_SELECTOR, "#candidates li.candidate")
    ids = [int(item.get_attribute("data-id")) for item in candidates]
    if len(ids) < 3:
        raise Failure(f"the article gave {len(ids)} candidates, the test needs at least 3")
    pending = [entry for entry in api(base, "/api/review?status=pending") if entry["copy_of"] is None]
    systems = {entry["id"]: entry["candidate"]["system"] for entry in pending}

    # The first candidate is selected when the page loads.
    wait_for(driver, lambda d: has_class(d, ids[0], "selected"), "the first candidate is not selected on load")

    # Enter accepts the selected candidate and moves on, twice; x rejects (the prompt asks for a reason).
    press(driver, "ENTER")
    wait_for(driver, lambda d: has_class(d, ids[0], "accepted"), "Enter did not accept the first candidate")
    wait_for(driver, lambda d: has_class(d, ids[1], "selected"), "after Enter the second candidate is not selected")
    press(driver, "ENTER")
    wait_for(driver, lambda d: has_class(d, ids[1], "accepted"), "Enter did not accept the second candidate")
    press(driver, "x")
    prompt = wait_for(driver, alert_present, "x did not ask for a reason")
    prompt.send_keys("not about weapons")
    prompt.accept()
    wait_for(driver, lambda d: has_class(d, ids[2], "rejected"), "x did not reject the third candidate")
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(out, "review.png"))

    # The ledger agrees, through the API: two claims from the first two candidates, one rejection.
    accepted = sorted(entry["id"] for entry in api(base, "/api/review?status=accepted"))
    rejected = api(base, "/api/review?status=rejected")
    claims = api(base, "/api/claims")
    if accepted != ids[:2]:
        raise Failure(f"accepted candidates are {accepted}, expected {ids[:2]}")
    if [entry["id"] for entry in rejected] != [ids[2]]:
        raise Failure(f"rejected candidates are {[entry['id'] for entry in rejected]}, expected {[ids[2]]}")
    if rejected[0].get("reason") not in (None, "not about weapons"):
        raise Failure(f"the rejection's reason is {rejected[0].get('reason')!r}")
    if len(claims) != 2:
        raise Failure(f"/api/claims lists {len(claims)} claims, expected 2")
    remaining = len([entry for entry in api(base, "/api/review?status=pending") if entry["copy_of"] is None])
    if remaining != len(pending) - 3:
        raise Failure(f"{remaining} candidates still pending, expected {len(pending) - 3}")

    # /tally now has one row per system of the two accepted candidates.
    expected_rows = len({systems[i] for i in ids[:2]})
    driver.get(base + "/tally?by=system")
    rows_after = tally_rows(driver)
    api_rows = len(api(base, "/api/tally?by=system"))
    if rows_after != expected_rows or api_rows != expected_rows:
        raise Failure(f"/tally shows {rows_after} rows and /api/tally {api_rows}, expected {expected_rows}")
    driver.save_screenshot(os.path.join(out, "tally.png"))
    shahed = [claim["id"] for claim in claims if claim.get("system") == "shahed-136"]
    if len(shahed) != 1:
        raise Failure(f"expected one Shahed claim among {[(c['id'], c.get('system')) for c in claims]}")
    return shahed[0]


def check_same_as_key(driver, base: str, claim_id: int) -> None:
    """A vaguer copy of claim `claim_id` from another outlet: its item offers "same as claim N?",
    and c accepts it as a citation of that claim (no new claim)."""
    from selenium.webdriver.common.by import By

    log_article(driver, base, "Another outlet's figure (browser test)", REPEAT)
    items = driver.find_elements(By.CSS_SELECTOR, "#candidates li.candidate")
    if len(items) != 1 or items[0].get_attribute("data-same-as") != str(claim_id):
        found = [(item.get_attribute("data-id"), item.get_attribute("data-same-as")) for item in items]
        raise Failure(f"the repeat's review shows {found}, expected one candidate 'same as claim {claim_id}'")
    candidate = int(items[0].get_attribute("data-id"))
    wait_for(driver, lambda d: has_class(d, candidate, "selected"), "the repeat is not selected on load")
    press(driver, "c")
    # The queue is empty after it, so the page reloads: ask the ledger rather than the page.
    wait_for(driver, lambda d: status_of(base, candidate) == "accepted", "c did not accept the repeat")
    accepted = [entry for entry in api(base, "/api/review?status=accepted") if entry["id"] == candidate]
    if not accepted or accepted[0]["claim_id"] != claim_id:
        raise Failure(f"after c the repeat is {accepted}, expected accepted into claim {claim_id}")
    if len(api(base, "/api/claims")) != 2:
        raise Failure("c made a new claim instead of a citation")
    citations = api(base, f"/api/claims/{claim_id}").get("citations", [])
    if len(citations) != 2:
        raise Failure(f"claim {claim_id} has {len(citations)} citations after c, expected 2")


def log_article(driver, base: str, title: str, text: str) -> None:
    """Logs `text` through the /log form and waits for the article's review page."""
    from selenium.webdriver.common.by import By

    driver.get(base + "/log")
    driver.find_element(By.ID, "log-title").send_keys(title)
    driver.find_element(By.ID, "log-published").send_keys("2024-05-14")
    driver.find_element(By.ID, "log-text").send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "form.log button[type=submit]").click()
    wait_for(driver, lambda d: "/review?source=" in d.current_url, f"the /log form did not land on the review of '{title}'")
    wait_for(driver, lambda d: d.find_elements(By.ID, "candidates"), f"the review of '{title}' shows no candidates")


def tally_rows(driver) -> int:
    from selenium.webdriver.common.by import By

    wait_for(driver, lambda d: d.find_elements(By.TAG_NAME, "h1"), "the tally page did not load")
    return len(driver.find_elements(By.CSS_SELECTOR, "main table tbody tr"))


def has_class(driver, candidate_id: int, name: str) -> bool:
    from selenium.webdriver.common.by import By

    items = driver.find_elements(By.CSS_SELECTOR, f'#candidates li[data-id="{candidate_id}"]')
    return bool(items) and name in (items[0].get_attribute("class") or "").split()


def status_of(base: str, candidate_id: int) -> str:
    """The candidate's review status, as the API reports it."""
    entries = [entry for entry in api(base, "/api/review?status=all") if entry["id"] == candidate_id]
    return entries[0]["status"] if entries else "missing"


def alert_present(driver):
    from selenium.common.exceptions import NoAlertPresentException

    try:
        alert = driver.switch_to.alert
        _ = alert.text
        return alert
    except NoAlertPresentException:
        return False


def press(driver, key: str) -> None:
    """Sends one real key event to the page (to whatever has the focus: the body)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(driver).send_keys(getattr(Keys, key) if key.isupper() else key).perform()


def wait_for(driver, condition, message: str):
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, STEP_SECONDS, poll_frequency=0.05).until(condition)
    except TimeoutException:
        raise Failure(message) from None


# MARK: - Server, browser, API


def run(command: list) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=STEP_SECONDS)
    if result.returncode != 0:
        raise Failure(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")


def start_server(claims: str, db: str, work: str):
    """`claims serve` on 127.0.0.1 and a free port (0), under `timeout` so that it stops by
    itself even if this script is killed. Returns the process and its base URL."""
    log = open(os.path.join(work, "serve.log"), "w")
    command = ["timeout", "--kill-after=5", str(TOTAL_SECONDS + 30),
               claims, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0"]
    # Its own process group (timeout and the server), so that stopping it reaches the server too.
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + STEP_SECONDS
    line = b""
    while time.monotonic() < deadline and not line.endswith(b"\n"):
        ready, _, _ = select.select([server.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(server.stdout.fileno(), 1)
            if not chunk:
                break
            line += chunk
    match = re.match(r"listening on (http://127\.0\.0\.1:\d+)\s*$", line.decode(errors="replace"))
    if not match:
        stop_server(server)
        raise Failure(f"claims serve did not say 'listening on http://127.0.0.1:PORT' (said {line!r})")
    return server, match.group(1)


def stop_server(server) -> None:
    """SIGTERM to the server's process group; SIGKILL to it if it has not stopped 10 s later."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            print("browser test: warning: claims serve did not stop within 10 s of SIGTERM: killed", file=sys.stderr)
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    try:
        os.killpg(server.pid, 0)
    except ProcessLookupError:
        return
    # timeout has exited but the server has not: it must not outlive the test.
    print("browser test: warning: claims serve outlived timeout after SIGTERM: killed", file=sys.stderr)
    time.sleep(2)
    try:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def read_log(work: str) -> str:
    try:
        with open(os.path.join(work, "serve.log")) as log:
            return log.read().strip().replace("\n", " | ")[-2000:] or "(empty)"
    except OSError:
        return "(none)"


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1400", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    # The Debian driver, named explicitly: Selenium Manager must not download one.
    service = Service(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(STEP_SECONDS)
    return driver


def api(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=STEP_SECONDS) as response:
        return json.load(response)


if __name__ == "__main__":
    sys.exit(main())
