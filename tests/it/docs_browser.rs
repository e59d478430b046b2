//! The docs page in a real browser: headless Chromium opens `tracklint docs` output from a
//! file:// URL (as is, with `?q=`, with filters) and the DOM after the page's script ran is
//! checked (`--dump-dom`). Ignored by default, since a fresh machine may have no browser;
//! `.ci/run` installs Debian's chromium and runs them: `cargo test --locked -- --ignored browser`.
//! A missing browser fails these tests; it never skips them.

use crate::common;
use crate::docs_support;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{excerpt, scratch};
use data_encoding::BASE64;
use docs_support::{Article, articles, assert_no_injected_markup, hostile, search_matches, shop};
use sha2::{Digest, Sha256};

/// `$TRACKLINT_CHROMIUM`, else `chromium` on the PATH.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("TRACKLINT_CHROMIUM") {
        return PathBuf::from(path);
    }
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("chromium"))
                .find(|candidate| candidate.is_file())
        })
        .unwrap_or_else(|| {
            panic!("chromium not found: install Debian's chromium (.ci/run does) or set TRACKLINT_CHROMIUM")
        })
}

/// Writes the HTML page of `catalog` into a scratch folder and returns its path.
fn render(catalog: &Path, label: &str) -> PathBuf {
    let output = Command::new(common::binary())
        .arg("docs")
        .arg(catalog)
        .output()
        .expect("run tracklint docs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dir = scratch("docs-browser", label);
    let page = dir.join("dictionary.html");
    std::fs::write(&page, &output.stdout).expect("write page");
    page
}

/// A file:// URL for an absolute path, with anything but plain path characters
/// percent-encoded.
fn file_url(path: &Path, query: &str) -> String {
    let mut url = String::from("file://");
    for byte in path.to_str().expect("UTF-8 path").bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url + query
}

/// What the browser made of the page.
struct Dom {
    html: String,
    /// Chromium's log, console messages included (`--enable-logging=stderr`).
    log: String,
}

/// Opens `page` with `query` in headless Chromium (a fresh profile each run) and returns the
/// DOM after the page's script ran.
fn dump_dom(page: &Path, query: &str, label: &str) -> Dom {
    dump_dom_of(&file_url(page, query), &[], label)
}

/// Opens `url` in headless Chromium with `extra` flags and returns the DOM after the page's
/// scripts ran.
fn dump_dom_of(url: &str, extra: &[&str], label: &str) -> Dom {
    let profile = scratch("docs-browser", &format!("profile-{label}"));
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg("--dump-dom")
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 180 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let dom = Dom {
        html: out.join().unwrap_or_default(),
        log: err.join().unwrap_or_default(),
    };
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        status.success() && dom.html.contains("</html>"),
        "chromium failed ({status}):\n{}",
        excerpt(&dom.log)
    );
    dom
}

/// Runs `act` once `page` (opened with `tail`: a query and a fragment) has loaded in a
/// `width` x `height` frame, then `measure` 100 ms later (virtual time: a timer, since
/// animation frames do not run there), and returns what `measure` returned. Headless Chromium will not make its window narrower than 500 px, so a phone's
/// width is a frame's: inside it the page's viewport, media queries included, is `width`.
/// Both are JavaScript function bodies run by a probe script added to a copy of the page,
/// which the copy's Content-Security-Policy allows by its hash next to the page's own.
fn probe(
    page: &Path,
    tail: &str,
    (width, height): (u32, u32),
    act: &str,
    measure: &str,
    label: &str,
) -> serde_json::Value {
    let script = format!(
        "(function () {{\n  function act() {{ {act} }}\n  function measure() {{ {measure} }}\n  addEventListener(\"load\", function () {{\n    act();\n    setTimeout(function () {{\n      var result;\n      try {{ result = measure(); }} catch (error) {{ result = {{ error: String(error) }}; }}\n      parent.postMessage(JSON.stringify(result), \"*\");\n    }}, 100);\n  }});\n}})();"
    );
    let hash = BASE64.encode(&Sha256::digest(script.as_bytes()));
    let html = std::fs::read_to_string(page).expect("read page");
    let policy_end = "; base-uri &#39;none&#39;";
    assert_eq!(html.matches(policy_end).count(), 1, "one policy");
    let probed = html
        .replacen(
            policy_end,
            &format!(" &#39;sha256-{hash}&#39;{policy_end}"),
            1,
        )
        .replacen("</body>", &format!("<script>{script}</script>\n</body>"), 1);
    let dir = page.parent().expect("page folder");
    std::fs::write(dir.join("probed.html"), probed).expect("write probed page");
    let frame = format!(
        "<!DOCTYPE html>\n<html><body style=\"margin:0\"><iframe src=\"probed.html{}\" style=\"border:0;width:{width}px;height:{height}px\"></iframe>\n<script>addEventListener(\"message\", function (m) {{ var out = document.createElement(\"pre\"); out.id = \"probe\"; out.textContent = m.data; document.body.appendChild(out); }});</script></body></html>\n",
        tail.replace('&', "&amp;").replace('"', "&quot;")
    );
    let frame_path = dir.join("frame.html");
    std::fs::write(&frame_path, frame).expect("write frame");
    let dom = dump_dom_of(
        &file_url(&frame_path, ""),
        &["--window-size=1400,1000", "--virtual-time-budget=10000"],
        label,
    );
    assert_clean_run(&dom);
    let start = dom
        .html
        .find("<pre id=\"probe\">")
        .unwrap_or_else(|| panic!("the probe did not report:\n{}", excerpt(&dom.log)))
        + "<pre id=\"probe\">".len();
    let end = dom.html[start..].find("</pre>").expect("</pre>") + start;
    let value: serde_json::Value =
        serde_json::from_str(&docs_support::decode(&dom.html[start..end])).expect("probe JSON");
    assert!(value.get("error").is_none(), "probe failed: {value}");
    value
}

/// The page ran its script and nothing it holds broke the policy or threw.
fn assert_clean_run(dom: &Dom) {
    for line in dom.log.lines() {
        assert!(
            !line.contains("Content Security Policy") && !line.contains("Uncaught"),
            "browser console: {line}"
        );
    }
}

fn visible_ids(found: &[Article]) -> Vec<String> {
    let mut ids: Vec<String> = found
        .iter()
        .filter(|a| !a.hidden)
        .map(|a| a.id.clone())
        .collect();
    ids.sort();
    ids
}

fn shown_line(dom: &Dom) -> String {
    let start = dom.html.find("<p id=\"tl-shown\"").expect("#tl-shown");
    let text_start = dom.html[start..].find('>').expect("tag end") + start + 1;
    let end = dom.html[text_start..].find("</p>").expect("</p>") + text_start;
    dom.html[text_start..end].to_owned()
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_shows_every_shop_event_with_its_owner_and_anchor() {
    let page = render(&shop(), "shop-all");
    let dom = dump_dom(&page, "", "shop-all");
    assert_clean_run(&dom);
    let found = articles(&dom.html);
    let mut expected = docs_support::owners(&shop());
    expected.sort();
    assert!(expected.len() >= 35, "the shop has its events");
    let mut shown: Vec<(String, String)> = found
        .iter()
        .map(|a| (a.id.clone(), a.owner.clone().unwrap_or_default()))
        .collect();
    shown.sort();
    assert_eq!(shown, expected, "every event with its owner");
    assert!(
        found.iter().all(|a| !a.hidden),
        "nothing hidden without a filter"
    );
    for (name, _) in &expected {
        let anchor = format!("<a href=\"#{name}\">{name}</a>");
        assert!(dom.html.contains(&anchor), "no link to #{name}");
    }
    let total = expected.len();
    assert_eq!(shown_line(&dom), format!("{total} of {total} events shown"));
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_query_hides_exactly_the_non_matching_events() {
    let page = render(&shop(), "shop-query");
    let total = docs_support::owners(&shop()).len();
    for (query, term) in [
        ("?q=coupon", "coupon"),
        ("?q=Subscription_ID", "subscription_id"),
        // a name one level down: the order lines' gift wrap
        ("?q=gift_wrap", "gift_wrap"),
    ] {
        let dom = dump_dom(&page, query, "shop-query");
        assert_clean_run(&dom);
        let matches = search_matches(&shop(), term);
        let mut expected: Vec<String> = matches
            .iter()
            .filter(|(_, hit)| *hit)
            .map(|(name, _)| name.clone())
            .collect();
        expected.sort();
        assert!(
            expected.len() >= 2 && expected.len() < total,
            "{term} should match some events, not all: {expected:?}"
        );
        let found = articles(&dom.html);
        assert_eq!(
            found.len(),
            total,
            "{query}: filtering hides, never removes"
        );
        assert_eq!(visible_ids(&found), expected, "{query}");
        assert_eq!(
            shown_line(&dom),
            format!("{} of {total} events shown", expected.len())
        );
    }
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_filters_combine_with_the_query() {
    let page = render(&shop(), "shop-filters");
    let workspace = tracklint::engine::workspace::load_workspace(&[shop()], None).expect("load");
    let matches = search_matches(&shop(), "coupon");
    let mut expected: Vec<String> = workspace
        .catalog
        .events
        .iter()
        .zip(&matches)
        .filter(|(event, (_, hit))| {
            *hit && event.owner.as_ref().is_some_and(|o| o.value == "growth")
        })
        .map(|(event, _)| event.name.value.clone())
        .collect();
    expected.sort();
    let dom = dump_dom(&page, "?q=coupon&owner=growth", "shop-filters");
    assert_clean_run(&dom);
    assert_eq!(visible_ids(&articles(&dom.html)), expected);
    let mut crm: Vec<String> = workspace
        .catalog
        .events
        .iter()
        .filter(|e| e.is_crm_eligible())
        .map(|e| e.name.value.clone())
        .collect();
    crm.sort();
    assert!(!crm.is_empty());
    let dom = dump_dom(&page, "?crm=eligible", "shop-filters");
    assert_eq!(visible_ids(&articles(&dom.html)), crm);
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_shows_hostile_names_as_text() {
    let page = render(&hostile(), "hostile");
    // The query itself is markup: it must reach the search box as text, not as elements.
    let dom = dump_dom(&page, "?q=%3Cscript%3E%3Cimg%20src%3Dx%3E", "hostile");
    assert_clean_run(&dom);
    assert_no_injected_markup(&dom.html);
    assert!(dom.html.contains("<title>Event dictionary: docs</title>"));
    let found = articles(&dom.html);
    let names: Vec<String> = search_matches(&hostile(), "")
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let mut ids: Vec<String> = found.iter().map(|a| a.id.clone()).collect();
    ids.sort();
    assert_eq!(names.len(), found.len());
    let workspace = tracklint::engine::workspace::load_workspace(&[hostile()], None).expect("load");
    let mut expected: Vec<String> = workspace
        .catalog
        .events
        .iter()
        .map(|event| tracklint::docs::event_id(&event.name.value).into_owned())
        .collect();
    expected.sort();
    assert_eq!(
        ids, expected,
        "every hostile name is its own anchor, encoded where it is not a bare name"
    );
    // "<script><img" and "src=x>" are the terms; no event holds the first, so all are hidden.
    assert!(found.iter().all(|a| a.hidden), "{:?}", visible_ids(&found));
    let dom = dump_dom(&page, "?q=%3Cscript%3E", "hostile");
    let mut expected: Vec<String> = search_matches(&hostile(), "<script>")
        .into_iter()
        .filter(|(_, hit)| *hit)
        .map(|(name, _)| name)
        .collect();
    expected.sort();
    assert_eq!(expected, ["<script>alert(1)</script>"]);
    assert_eq!(
        visible_ids(&articles(&dom.html)),
        ["e:%3Cscript%3Ealert%281%29%3C%2Fscript%3E"]
    );
    // The name is text inside the link, escaped by the serializer like any text.
    assert!(
        dom.html
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>")
    );
    assert!(dom.html.contains("order\\u{202e}completed</a>"));
}

/// A probe's JavaScript expression: the sorted ids of the shown event cards.
const SHOWN_IDS: &str = "Array.prototype.filter.call(document.querySelectorAll(\"article.event\"), function (a) { return !a.hidden; }).map(function (a) { return a.id; }).sort()";

/// The sorted names of the events `search_matches` says a search for `term` finds.
fn matching(catalog: &Path, term: &str) -> Vec<String> {
    let mut names: Vec<String> = search_matches(catalog, term)
        .into_iter()
        .filter(|(_, hit)| *hit)
        .map(|(name, _)| name)
        .collect();
    names.sort();
    names
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string").to_owned())
        .collect()
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_search_finds_an_event_by_its_crm_trigger() {
    let page = render(&shop(), "shop-trigger");
    // "win-back" is only in a CRM trigger: not in any name, description or property.
    assert_eq!(matching(&shop(), "win-back"), ["subscription_cancelled"]);
    let workspace = tracklint::engine::workspace::load_workspace(&[shop()], None).expect("load");
    let cancelled = workspace
        .catalog
        .events
        .iter()
        .find(|e| e.name.value == "subscription_cancelled")
        .expect("the shop has it");
    assert!(
        !cancelled
            .description
            .as_ref()
            .is_some_and(|d| d.value.to_lowercase().contains("win-back"))
    );
    let dom = dump_dom(&page, "?q=Win-Back", "shop-trigger");
    assert_clean_run(&dom);
    assert_eq!(
        visible_ids(&articles(&dom.html)),
        ["subscription_cancelled"]
    );
    // Consent categories and tags are searched too.
    for term in ["marketing", "b2b"] {
        let expected = matching(&shop(), term);
        assert!(!expected.is_empty(), "{term}");
        let dom = dump_dom(&page, &format!("?q={term}"), "shop-trigger");
        assert_eq!(visible_ids(&articles(&dom.html)), expected, "{term}");
    }
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_says_when_no_event_matches() {
    let page = render(&shop(), "shop-empty");
    let dom = dump_dom(&page, "?q=no-such-event", "shop-empty");
    assert_clean_run(&dom);
    assert!(articles(&dom.html).iter().all(|a| a.hidden));
    assert!(
        dom.html.contains("<p id=\"tl-empty\" class=\"empty\"><span id=\"tl-empty-text\">No events match “no-such-event”.</span>"),
        "{}",
        excerpt(&dom.html)
    );
    let dom = dump_dom(&page, "?q=no-such-event&status=draft", "shop-empty");
    assert!(articles(&dom.html).iter().all(|a| a.hidden));
    assert!(dom.html.contains(
        "<span id=\"tl-empty-text\">No events match “no-such-event” with these filters.</span>"
    ));
    let dom = dump_dom(&page, "?status=retired&crm=eligible", "shop-empty");
    assert!(articles(&dom.html).iter().all(|a| a.hidden));
    assert!(
        dom.html
            .contains("<span id=\"tl-empty-text\">No events match these filters.</span>")
    );
    // While something matches, the message stays hidden.
    let dom = dump_dom(&page, "?q=coupon", "shop-empty");
    assert!(
        dom.html
            .contains("<p id=\"tl-empty\" class=\"empty\" hidden=\"\">")
    );
    // Its button clears the search and the filters.
    let seen = probe(
        &page,
        "?q=no-such-event&consent=marketing",
        (1280, 800),
        "document.getElementById(\"tl-clear\").click();",
        &format!(
            "return {{ search: location.search, empty: document.getElementById(\"tl-empty\").hidden, shown: {SHOWN_IDS}.length }};"
        ),
        "shop-empty",
    );
    assert_eq!(seen["search"], "");
    assert_eq!(seen["empty"], true);
    assert_eq!(
        seen["shown"].as_u64(),
        Some(docs_support::owners(&shop()).len() as u64)
    );
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_facets_filter_with_the_search_and_live_in_the_url() {
    let page = render(&shop(), "shop-facets");
    let workspace = tracklint::engine::workspace::load_workspace(&[shop()], None).expect("load");
    let total = workspace.catalog.events.len();
    let listed_by = |event: &str, plan: &str| {
        workspace
            .catalog
            .plans_listing(event)
            .any(|(p, _)| p.id.value == plan)
    };
    let with = |keep: &dyn Fn(&tracklint::catalog::Event) -> bool| {
        let mut names: Vec<String> = workspace
            .catalog
            .events
            .iter()
            .filter(|e| keep(e))
            .map(|e| e.name.value.clone())
            .collect();
        names.sort();
        names
    };
    let consent =
        |e: &tracklint::catalog::Event| e.consent.as_ref().is_some_and(|c| c.value == "marketing");
    let marketing = with(&consent);
    assert!(!marketing.is_empty() && marketing.len() < total);
    // Restored from the URL.
    let dom = dump_dom(&page, "?consent=marketing", "shop-facets");
    assert_clean_run(&dom);
    assert_eq!(visible_ids(&articles(&dom.html)), marketing);
    // Chosen in the bar: the others hide, and the choice lands in the URL next to the rest.
    let web = with(&|e| consent(e) && listed_by(&e.name.value, "web_storefront"));
    assert!(!web.is_empty() && web.len() < marketing.len(), "{web:?}");
    let seen = probe(
        &page,
        "?consent=marketing",
        (1280, 800),
        "var plan = document.getElementById(\"tl-filter-plan\"); plan.value = \"web_storefront\"; plan.dispatchEvent(new Event(\"change\"));",
        &format!(
            "return {{ search: location.search, consent: document.getElementById(\"tl-filter-consent\").value, shown: {SHOWN_IDS} }};"
        ),
        "shop-facets",
    );
    assert_eq!(seen["search"], "?consent=marketing&plan=web_storefront");
    assert_eq!(seen["consent"], "marketing");
    assert_eq!(strings(&seen["shown"]), web);
    // Destination and the search combine (AND).
    let crm_orders: Vec<String> = matching(&shop(), "order")
        .into_iter()
        .filter(|name| {
            workspace
                .catalog
                .plans_listing(name)
                .any(|(plan, _)| plan.destinations.iter().any(|d| d.value == "crm"))
        })
        .collect();
    assert!(!crm_orders.is_empty() && crm_orders.len() < matching(&shop(), "order").len());
    let dom = dump_dom(&page, "?q=order&destination=crm", "shop-facets");
    assert_eq!(visible_ids(&articles(&dom.html)), crm_orders);
    // A value the select does not offer is ignored, not shown as a filter.
    let dom = dump_dom(&page, "?plan=%3Cimg%20src%3Dx%3E", "shop-facets");
    assert_eq!(visible_ids(&articles(&dom.html)).len(), total);
}

/// Where the card of `#order_completed` is, against the sticky bar.
const CARD_AND_BAR: &str = "var card = document.getElementById(\"order_completed\").getBoundingClientRect(); var bar = document.querySelector(\".filters\"); return { top: card.top, bar: bar.getBoundingClientRect().bottom, sticky: getComputedStyle(bar).position, scrolled: scrollY, height: innerHeight, view: (document.getElementById(\"tl-filter-view\") || {}).value, list: document.getElementById(\"tl-events\").classList.contains(\"list\") };";

fn assert_card_below_bar(seen: &serde_json::Value, context: &str) {
    let number = |key: &str| seen[key].as_f64().expect("a number");
    assert_eq!(seen["sticky"], "sticky", "{context}: {seen}");
    assert!(number("scrolled") > 0.0, "{context}: not scrolled: {seen}");
    assert!(
        number("top") >= number("bar"),
        "{context}: the card is under the bar: {seen}"
    );
    assert!(
        number("top") < number("height") / 2.0,
        "{context}: the card is not near the top: {seen}"
    );
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_a_linked_event_lands_below_the_sticky_bar() {
    let page = render(&shop(), "shop-anchor");
    // Wide, and narrower where the bar wraps to more rows (but is still sticky).
    for width in [1280, 760] {
        let seen = probe(
            &page,
            "#order_completed",
            (width, 700),
            "",
            CARD_AND_BAR,
            "shop-anchor",
        );
        assert_card_below_bar(&seen, &format!("{width} px"));
    }
    // A name in the list view opens its card, below the bar too.
    let seen = probe(
        &page,
        "?view=list",
        (1280, 700),
        "document.querySelector(\"#order_completed h3 a\").click();",
        CARD_AND_BAR,
        "shop-anchor",
    );
    assert_card_below_bar(&seen, "from the list");
    assert_eq!(seen["view"], "");
    assert_eq!(seen["list"], false);
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_list_view_shows_one_line_per_shown_event() {
    let page = render(&shop(), "shop-list");
    let expected = matching(&shop(), "coupon");
    // Each shown event is one line: its name (a link to its card) with its badges, its owner
    // and its description, nothing else of the card.
    let seen = probe(
        &page,
        "?view=list&q=coupon",
        (1280, 800),
        "",
        &format!(
            "var shown = Array.prototype.filter.call(document.querySelectorAll(\"article.event\"), function (a) {{ return !a.hidden; }}); var line = function (a) {{ var parts = Array.prototype.filter.call(a.querySelectorAll(\"h3, h3 *, p, dl, dl > *, h4, ul, li, code\"), function (e) {{ return e.getClientRects().length > 0; }}).map(function (e) {{ return e.tagName + (e.className ? \".\" + e.className.split(\" \")[0] : \"\"); }}); return {{ height: a.getBoundingClientRect().height, parts: parts, link: a.querySelector(\"h3 a\").getAttribute(\"href\") }}; }}; return {{ list: document.getElementById(\"tl-events\").classList.contains(\"list\"), view: document.getElementById(\"tl-filter-view\").value, head: document.querySelector(\".list-head\").getClientRects().length > 0, shown: {SHOWN_IDS}, lines: shown.map(line) }};"
        ),
        "shop-list",
    );
    assert_eq!(seen["list"], true);
    assert_eq!(seen["view"], "list");
    assert_eq!(seen["head"], true, "the list has its column heads");
    assert_eq!(strings(&seen["shown"]), expected);
    for line in seen["lines"].as_array().expect("lines") {
        let height = line["height"].as_f64().expect("height");
        assert!(height < 48.0, "not one line: {line}");
        let parts = strings(&line["parts"]);
        assert!(
            parts.iter().all(|p| p.starts_with("H3")
                || p.starts_with("A")
                || p.starts_with("SPAN.badge")
                || p == "DL.facts"
                || p == "DD.owner"
                || p == "P.description"
                || p == "CODE"),
            "more than name, owner and description: {line}"
        );
        assert!(parts.iter().any(|p| p == "DD.owner"), "{line}");
        assert!(parts.iter().any(|p| p == "P.description"), "{line}");
        assert!(line["link"].as_str().is_some_and(|l| l.starts_with('#')));
    }
    // Without `?view=list` the cards show their facts and properties.
    let seen = probe(
        &page,
        "?q=coupon",
        (1280, 800),
        "",
        "var card = document.querySelector(\"article.event:not([hidden])\"); return { list: document.getElementById(\"tl-events\").classList.contains(\"list\"), properties: card.querySelector(\"ul.properties\").getClientRects().length > 0, head: document.querySelector(\".list-head\").getClientRects().length > 0 };",
        "shop-list",
    );
    assert_eq!(seen["list"], false);
    assert_eq!(seen["properties"], true);
    assert_eq!(seen["head"], false);
}

/// A catalog of long unbroken names and words, the widest things a phone has to show.
fn long_names_catalog() -> PathBuf {
    let dir = scratch("docs-browser", "long-names-catalog");
    let long =
        "subscription_renewal_payment_method_verification_completed_for_enterprise_workspace";
    common::write(
        &dir,
        "tracklint.yaml",
        "catalog: [.]\ncrm:\n  approvers: [lifecycle_marketing_and_customer_relationship_management]\n",
    );
    common::write(
        &dir,
        "events.yaml",
        format!(
            "events:
  {long}:
    description: A very long {long}_without_any_space_{long} word, and `{long}` as code.
    owner: lifecycle_marketing_and_customer_relationship_management_team_of_the_company
    lifecycle: subscription_renewal_with_a_rather_long_lifecycle_stage_name_too
    consent: marketing
    dedupe_key: {long}_id
    tags: [{long}_tag]
    renamed_from: [{long}_old]
    backfill: map the old name
    properties:
      {long}_id: {{type: string, required: true, description: Id of the {long}.}}
    crm:
      eligible: true
      approved_by: lifecycle_marketing_and_customer_relationship_management
      approved_version: 1
      trigger: Nudge_{long}_after_a_very_long_time_without_any_space_in_it
"
        ),
    );
    common::write(
        &dir,
        "plan.yaml",
        format!(
            "plan: {long}_plan\nsource: {{kind: server, library: analytics_library_with_a_long_long_long_name}}\ndestinations: [crm, {long}_warehouse]\nidentity: [user_id]\nevents:\n  {long}: {{}}\n"
        ),
    );
    dir
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs these"]
fn browser_a_phone_never_scrolls_sideways() {
    let long = long_names_catalog();
    let overflow = "var root = document.documentElement; var wide = []; Array.prototype.forEach.call(document.querySelectorAll(\"body *\"), function (e) { if (e.getBoundingClientRect().right > root.clientWidth + 0.5 && !e.closest(\".table-wrap\") && wide.length < 8) { wide.push(e.tagName + \".\" + e.className + \" \" + (e.textContent || \"\").slice(0, 40)); } }); return { inner: innerWidth, scroll: root.scrollWidth, client: root.clientWidth, wide: wide };";
    for (catalog, label) in [(shop(), "shop"), (hostile(), "hostile"), (long, "long")] {
        let page = render(&catalog, &format!("phone-{label}"));
        for tail in ["", "?view=list", "?q=no-such-event"] {
            let seen = probe(
                &page,
                tail,
                (360, 800),
                "",
                overflow,
                &format!("phone-{label}"),
            );
            assert_eq!(seen["inner"].as_u64(), Some(360), "{seen}");
            let number = |key: &str| seen[key].as_f64().expect("a number");
            assert!(
                number("scroll") <= number("client"),
                "{label}{tail}: the page is wider than the phone: {seen}"
            );
        }
    }
}
