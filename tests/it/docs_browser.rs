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
use docs_support::{Article, articles, assert_no_injected_markup, hostile, search_matches, shop};

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
        .arg("--dump-dom")
        .arg(file_url(page, query))
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
        let anchor = format!("<a class=\"name\" href=\"#{name}\">{name}</a>");
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
