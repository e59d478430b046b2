//! `tracklint docs`: the structure and escaping of the HTML and markdown pages, determinism,
//! PATH scope, `--out` (atomic, confined to the repository), incomplete catalogs and hostile
//! names. The page in a real browser is tests/docs_browser.rs.

use crate::common;
use crate::docs_support;

use std::path::Path;

use assert_cmd::Command;
use data_encoding::BASE64;
use regex::Regex;
use sha2::{Digest, Sha256};

use common::{run_limited, scratch};
use docs_support::{articles, hostile, repo_path, shop, small_catalog};

/// Runs `tracklint docs ARGS` in `cwd`; asserts exit 0 and a quiet stderr; returns stdout.
fn docs_in(cwd: &Path, args: &[&str]) -> String {
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .current_dir(cwd)
        .arg("docs")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "", "docs {args:?} wrote on stderr");
    String::from_utf8(output.stdout).expect("UTF-8 page")
}

fn docs(args: &[&str]) -> String {
    docs_in(&repo_path(""), args)
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The content of the one `<tag>...</tag>` element of a page.
fn only_element<'a>(page: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    assert_eq!(page.matches(&open).count(), 1, "one <{tag}>");
    let start = page.find(&open).unwrap() + open.len();
    let end = page[start..].find(&close).unwrap() + start;
    &page[start..end]
}

fn sha256(text: &str) -> String {
    BASE64.encode(&Sha256::digest(text.as_bytes()))
}

/// The part of the page between `<main>` and `</main>` (what the catalog decides).
fn main_part(page: &str) -> &str {
    let start = page.find("<main>").expect("<main>");
    let end = page.find("</main>").expect("</main>") + "</main>".len();
    &page[start..end]
}

/// Every markdown table row has as many cell separators (unescaped `|`) as its header.
fn assert_tables_intact(markdown: &str) {
    let separators = |line: &str| {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            if c == '|' && !escaped {
                count += 1;
            }
            escaped = c == '\\' && !escaped;
        }
        count
    };
    let mut header: Option<usize> = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let count = separators(line);
        match header {
            None => header = Some(count),
            Some(expected) => assert_eq!(count, expected, "broken table row: {line}"),
        }
    }
}

#[test]
fn html_page_is_self_contained_and_its_policy_hashes_its_inline_code() {
    let page = docs(&["examples/shop"]);
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    );
    let style = only_element(&page, "style");
    let script = only_element(&page, "script");
    let policy = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-{}&#39;; script-src &#39;sha256-{}&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\">",
        sha256(style),
        sha256(script)
    );
    assert!(
        page.contains(&policy),
        "policy must hash the inline code:\n{policy}"
    );
    // Nothing that could fetch: no URL, no external resource, no import.
    for fetch in [
        "http:", "https:", "src=", "url(", "@import", "<link", "<img", "<iframe",
    ] {
        assert!(!page.contains(fetch), "page holds {fetch:?}");
    }
    // No markup from strings, no eval, no inline handlers: the script only toggles `hidden`
    // and fills inputs with `.value`.
    for unsafe_api in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "Function(",
    ] {
        assert!(!script.contains(unsafe_api), "script uses {unsafe_api}");
    }
    docs_support::assert_no_injected_markup(&page);
    assert!(script.contains("input.value = value") && script.contains("history.replaceState"));
    assert!(script.contains("event.hidden = !visible"));
    // Phone, print, dark and light.
    assert!(
        page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    for media in [
        "@media (prefers-color-scheme: dark)",
        "@media print",
        "@media (max-width: 40rem)",
    ] {
        assert!(style.contains(media), "style lacks {media}");
    }
}

#[test]
fn html_of_a_small_catalog_has_this_exact_structure() {
    let dir = scratch("docs", "structure-html");
    small_catalog(&dir, true);
    let page = docs(&[path_arg(&dir)]);
    let main = main_part(&page);
    insta::assert_snapshot!("small_catalog_html_main", main);
    // Events sorted by name, each with its anchor and state attributes.
    let found = articles(&page);
    let ids: Vec<&str> = found.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "banner_clicked",
            "plan_upgraded",
            "promotion_clicked",
            "user_signed_up"
        ]
    );
    assert!(main.contains("<article class=\"event\" id=\"plan_upgraded\" data-search=\"plan_upgraded an account moved to a higher plan. billing necessary upgrade thank-you plan_tier seats seats after the change. billing_address where the invoices go. billing_address.city town of the billing address.\" data-owner=\"billing\" data-status=\"active\" data-lifecycle=\"subscription_change\" data-consent=\"necessary\" data-plans=\"backend\" data-destinations=\"warehouse\" data-crm=\"stale\">"));
    assert!(main.contains("<span class=\"badge stale\">stale approval</span>"));
    assert!(main.contains(
        "<tr class=\"gap\"><td><span class=\"name\">cancellation</span></td><td>required</td>"
    ));
    assert!(main.contains("deprecated, since 2026-01-01; replaced by <a href=\"#promotion_clicked\">promotion_clicked</a>; sunset 2027-01-01"));
    assert!(page.contains(
        "<p class=\"as-of\">Reviewed as of <time datetime=\"2026-11-28\">2026-11-28</time></p>"
    ));
}

#[test]
fn markdown_of_a_small_catalog_has_the_same_content_in_tables() {
    let dir = scratch("docs", "structure-markdown");
    small_catalog(&dir, true);
    let markdown = docs(&[path_arg(&dir), "--format", "markdown"]);
    insta::assert_snapshot!("small_catalog_markdown", markdown);
    assert_tables_intact(&markdown);
    assert!(markdown.contains("| [`plan_upgraded`](#plan_upgraded) | Upgrade thank\\-you | `lifecycle` | 1 | 2 | **stale approval** |"));
    assert!(markdown.contains("| `cancellation` | required | — | **gap: no active event** |"));
}

#[test]
fn pages_are_byte_identical_across_runs_and_working_directories() {
    for format in ["html", "markdown"] {
        let first = docs(&["examples/shop", "--format", format]);
        let second = docs(&["examples/shop", "--format", format]);
        assert!(first == second, "{format}: two runs differ");
        let inside = docs_in(&shop(), &["--format", format]);
        assert!(
            first == inside,
            "{format}: differs when run inside the catalog"
        );
    }
}

#[test]
fn no_date_unless_review_today_is_pinned() {
    let dir = scratch("docs", "unpinned");
    small_catalog(&dir, false);
    let today = tracklint::config::today_utc().to_string();
    for format in ["html", "markdown"] {
        let page = docs(&[path_arg(&dir), "--format", format]);
        assert!(!page.contains("Reviewed as of"), "{format}");
        assert!(!page.contains(&today), "{format} shows today's date");
    }
    let pinned = docs(&["examples/shop", "--format", "markdown"]);
    assert!(pinned.contains(" Reviewed as of 2026-11-28."));
}

#[test]
fn paths_restrict_the_events_shown() {
    let billing = shop().join("dictionary/billing.yaml");
    let workspace =
        tracklint::engine::workspace::load_workspace(&[shop()], None).expect("load the shop");
    let mut expected: Vec<String> = workspace
        .catalog
        .events
        .iter()
        .filter(|e| {
            workspace
                .sources
                .get(e.file)
                .path
                .ends_with("dictionary/billing.yaml")
        })
        .map(|e| e.name.value.clone())
        .collect();
    expected.sort();
    assert!(expected.len() >= 5 && expected.len() < workspace.catalog.events.len());
    let page = docs(&[path_arg(&billing)]);
    let shown: Vec<String> = articles(&page).into_iter().map(|a| a.id).collect();
    assert_eq!(shown, expected);
    // Plans outside the path still say who sends them; properties no shown event uses are gone.
    let trial = articles(&page)
        .into_iter()
        .find(|a| a.id == "trial_started")
        .unwrap();
    assert!(
        trial
            .body
            .contains("<span class=\"name\">backend</span> (server, analytics-node)"),
        "{}",
        trial.body
    );
    assert!(page.contains("<tr id=\"tl-property-subscription_id\" data-search="));
    assert!(!page.contains("<tr id=\"tl-property-coupon_code\""));
    let markdown = docs(&[path_arg(&billing), "--format", "markdown"]);
    assert!(
        markdown.contains("\n### `trial_started`\n")
            && !markdown.contains("\n### `coupon_applied`\n")
    );
}

#[test]
fn out_writes_the_page_atomically_inside_the_repository() {
    let dir = scratch("docs", "out");
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    small_catalog(&dir, true);
    std::fs::create_dir_all(dir.join("site")).unwrap();
    let expected = docs_in(&dir, &[]);
    for run in 0..2 {
        let output = Command::cargo_bin("tracklint")
            .unwrap()
            .current_dir(&dir)
            .args(["docs", "--out", "site/dictionary.html"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "run {run}");
        assert!(output.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "wrote site/dictionary.html (4 events)\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("site/dictionary.html")).unwrap(),
            expected
        );
        // Replaced in place: no temporary file is left beside it.
        let names: Vec<_> = std::fs::read_dir(dir.join("site"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["dictionary.html"]);
    }
}

/// `--out` is the user's (SPEC §8 "Writes"): written where it points, parents created, a FIFO
/// outside the repository written directly; inside the repository never through a planted
/// link, and never into a FIFO or a folder.
#[test]
fn out_is_written_where_it_points_but_never_through_a_link_inside() {
    let parent = scratch("docs", "confined");
    let dir = parent.join("catalog");
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    small_catalog(&dir, true);
    let docs_out = |out: &str| {
        let output = Command::cargo_bin("tracklint")
            .unwrap()
            .current_dir(&dir)
            .args(["docs", "--out", out])
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    // Outside the repository, in folders that do not exist yet.
    let (code, _, stderr) = docs_out("../site/pages/outside.html");
    assert_eq!(code, Some(0), "{stderr}");
    let page = std::fs::read_to_string(parent.join("site/pages/outside.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Inside, missing folders are created too.
    let (code, _, stderr) = docs_out("public/new/page.html");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(dir.join("public/new/page.html").is_file());
    // A device outside the repository is written directly: the page arrives on stdout.
    let (code, stdout, stderr) = docs_out("/dev/stdout");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.starts_with("<!DOCTYPE html>"), "{stdout}");
    // Planted inside the repository: a link to a file outside, a link to a folder outside,
    // a FIFO and a folder. Each is refused, and nothing outside changes.
    std::fs::write(parent.join("victim.html"), "keep").unwrap();
    std::os::unix::fs::symlink(parent.join("victim.html"), dir.join("link.html")).unwrap();
    std::fs::create_dir_all(parent.join("elsewhere")).unwrap();
    std::os::unix::fs::symlink(parent.join("elsewhere"), dir.join("linked")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("fifo.html"))
        .status()
        .unwrap();
    assert!(fifo.success());
    std::fs::create_dir_all(dir.join("folder.html")).unwrap();
    for (out, said) in [
        ("link.html", "link.html is a symbolic link"),
        (
            "linked/page.html",
            "linked is a symbolic link inside the repository",
        ),
        ("fifo.html", "fifo.html is a FIFO"),
        ("folder.html", "folder.html is a directory"),
    ] {
        let (code, stdout, stderr) = docs_out(out);
        assert_eq!(code, Some(2), "--out {out}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(said), "--out {out}: {stderr}");
    }
    assert_eq!(
        std::fs::read_to_string(parent.join("victim.html")).unwrap(),
        "keep"
    );
    assert_eq!(
        std::fs::read_dir(parent.join("elsewhere")).unwrap().count(),
        0
    );
}

#[test]
fn a_catalog_that_was_not_read_completely_is_not_published() {
    let dir = scratch("docs", "unparsed");
    small_catalog(&dir, true);
    std::fs::write(
        dir.join("dictionary/broken.yaml"),
        "events:\n  a: [unclosed\n",
    )
    .unwrap();
    let output = Command::cargo_bin("tracklint")
        .unwrap()
        .args(["docs", path_arg(&dir), "--color", "never"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.contains("structure/yaml-syntax") && stderr.contains("broken.yaml"),
        "{stderr}"
    );
    assert!(stderr.contains("cannot write the dictionary"), "{stderr}");

    let dir = scratch("docs", "unreadable");
    small_catalog(&dir, true);
    let fifo = dir.join("dictionary/pipe.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let outcome = run_limited(&dir, &["docs"], 1024, 60, None);
    outcome.assert_exit(&[2], "FIFO in the catalog");
    assert!(outcome.stderr.contains("pipe.yaml"), "{}", outcome.stderr);
    assert!(outcome.stdout.is_empty());
}

/// Catalog text that would be markup, quotes, entities, control characters or a bidi override
/// if printed raw.
const RAW_HOSTILE: [&str; 12] = [
    "<script>alert(1)",
    "<img",
    "<iframe",
    "<svg",
    "<b>",
    "<a href=javascript",
    "\" onclick=\"",
    "\" onmouseover=\"",
    "' onfocus='",
    "\u{202e}",
    "\u{1}",
    "\u{1b}",
];

#[test]
fn hostile_names_are_text_in_html() {
    let page = docs(&[path_arg(&hostile())]);
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only tracklint's own script"
    );
    for raw in RAW_HOSTILE {
        assert!(!page.contains(raw), "raw {raw:?} in the page");
    }
    assert!(
        !page
            .chars()
            .any(|c| c != '\n' && tracklint::escape::is_hidden(c))
    );
    docs_support::assert_no_injected_markup(&page);
    // One escaper for text and attributes alike.
    for escaped in [
        "<article class=\"event\" id=\"e:%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"",
        "<article class=\"event\" id=\"e:quote%22%27%26amp%3B_sent\"",
        "<article class=\"event\" id=\"e:order%E2%80%AEcompleted\"",
        "data-owner=\"owner\\u{1}\\u{1b}[2J\"",
        "<p class=\"description\">&lt;/article&gt;&lt;script&gt;alert(3)&lt;/script&gt; | cell |",
        "<option value=\"&lt;img src=x onerror=alert(2)&gt;\">&lt;img src=x onerror=alert(2)&gt;</option>",
        "replaced by <span class=\"name\">&quot; onclick=&quot;alert(5)</span>",
        "<a href=\"#e:%3Cscript%3Ealert%281%29%3C%2Fscript%3E\">&lt;script&gt;alert(1)&lt;/script&gt;</a>",
        "<tr id=\"tl-property-%3Cimg%20src%3Dx%20onerror%3Dalert%287%29%3E\" data-search=\"&lt;img src=x onerror=alert(7)&gt; | broken | table |\\u{a}# heading\">",
        "data-search=\"&lt;script&gt;alert(1)&lt;/script&gt; &lt;/article&gt;&lt;script&gt;alert(3)&lt;/script&gt; | cell | `code` *bold* [link](javascript:alert(8)) &lt;img src=x onerror=alert(2)&gt; analytics &lt;a href=javascript:alert(6)&gt;x&lt;/a&gt; &lt;img src=x onerror=alert(7)&gt; &quot; onmouseover=&quot;alert(9) &#39; onfocus=&#39;alert(10)\"",
        "<p class=\"description\">&lt;/article&gt;&lt;script&gt;alert(3)&lt;/script&gt; | cell | <code>code</code> *bold* [link](javascript:alert(8))</p>",
    ] {
        assert!(page.contains(escaped), "missing {escaped}");
    }
    let ids: Vec<String> = articles(&page).into_iter().map(|a| a.id).collect();
    assert_eq!(
        ids,
        [
            "e:%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
            "e:by%2Downer",
            "coupon_applied",
            "e:crm%2Dtriggers",
            "e:order%E2%80%AEcompleted",
            "properties",
            "e:property%3Acoupon_code",
            "e:quote%22%27%26amp%3B_sent",
        ]
    );
}

/// Events named like the page's own anchors (`by-owner`, `crm-triggers`, `properties`) or a
/// property's (`property:coupon_code`) cannot take them: every id is unique, the page's own all
/// hold a `-`, and each navigation link lands on its section.
#[test]
fn event_names_cannot_take_the_pages_anchors() {
    let page = docs(&[path_arg(&hostile())]);
    let id = Regex::new(r#"<([a-z]+)[^>]* id="([^"]*)""#).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for found in id.captures_iter(&page) {
        let (tag, id) = (&found[1], &found[2]);
        assert!(seen.insert(id.to_owned()), "id {id} twice");
        if tag != "article" {
            assert!(id.contains('-'), "the page's own id {id} lacks a `-`");
        } else {
            assert!(!id.contains('-'), "event id {id} holds a `-`");
        }
    }
    for (target, section) in [
        ("tl-by-owner", "By owner"),
        ("tl-crm-triggers", "CRM triggers"),
        ("tl-properties", "Catalog properties"),
        ("tl-events", "Events"),
    ] {
        assert!(page.contains(&format!("href=\"#{target}\"")), "{target}");
        assert!(
            page.contains(&format!("<section id=\"{target}\">\n<h2>{section}</h2>")),
            "{target}"
        );
    }
    assert!(page.contains("<tr id=\"tl-property-coupon_code\" data-search="));
    assert!(page.contains("href=\"#tl-property-coupon_code\""));
}

#[test]
fn hostile_names_are_text_in_markdown() {
    let markdown = docs(&[path_arg(&hostile()), "--format", "markdown"]);
    assert_tables_intact(&markdown);
    assert!(
        !Regex::new(r"(^|[^\\])<").unwrap().is_match(&markdown),
        "raw < in markdown"
    );
    assert!(
        !markdown
            .chars()
            .any(|c| c != '\n' && tracklint::escape::is_hidden(c))
    );
    for escaped in [
        "\n### \\<script\\>alert\\(1\\)\\</script\\>\n",
        "| owner | \\<img src=x onerror=alert\\(2\\)\\> |",
        "\n### order\\\\u\\{202e\\}completed\n",
        "\\| broken \\| table \\|\\\\u\\{a\\}\\# heading",
    ] {
        assert!(markdown.contains(escaped), "missing {escaped}");
    }
}

#[test]
fn a_large_catalog_renders_in_bounded_time_and_memory() {
    let dir = scratch("docs", "large");
    let mut events = String::from("events:\n");
    let long = "x".repeat(2000);
    for i in 0..3000 {
        events.push_str(&format!(
            "  event_{i:05}_viewed:\n    description: \"{long} <&>\"\n    owner: team_{}\n    consent: analytics\n    properties:\n      item_id: {{type: string, required: true, enum: [a, b, c]}}\n",
            i % 40
        ));
    }
    std::fs::write(dir.join("events.yaml"), events).unwrap();
    let outcome = run_limited(&dir, &["docs", "."], 1024, 120, None);
    outcome.assert_exit(&[0], "3,000 events with long descriptions");
    assert_eq!(articles(&outcome.stdout).len(), 3000);
    assert_eq!(outcome.stdout.matches(" &lt;&amp;&gt;</p>").count(), 3000);
}

/// The HTML of one event's article, from its opening tag to `</article>`.
fn article<'a>(page: &'a str, id: &str) -> &'a str {
    let open = format!("<article class=\"event\" id=\"{id}\"");
    let start = page
        .find(&open)
        .unwrap_or_else(|| panic!("no article {id}"));
    let end = page[start..].find("</article>").expect("closed article") + start;
    &page[start..end]
}

#[test]
fn nested_nullable_and_closed_definitions_are_shown_and_searched() {
    let page = docs(&[path_arg(&shop())]);
    // The catalog table gives every definition under the order lines its own row, named by
    // its path (two extra cells: owner, used by); an event's card links to the property.
    for row in [
        "<tr class=\"nested\"><td><span class=\"name\">products[]</span></td><td>object</td><td></td><td><code>additionalProperties: false</code></td>",
        "<tr class=\"nested\"><td><span class=\"name\">products[].quantity</span></td><td>integer</td>",
        "<tr class=\"nested\"><td><span class=\"name\">products[].price</span></td><td>[integer, &quot;null&quot;]</td>",
        "<tr class=\"nested\"><td><span class=\"name\">products[].gift_wrap</span></td><td>[string, &quot;null&quot;]</td><td></td><td><code>enum: paper, box, null</code></td>",
        "<tr class=\"nested\"><td><span class=\"name\">products[].sku</span></td><td>string</td><td></td><td><code>pattern: &quot;^[A-Z0-9-]{4,32}$&quot;</code></td><td></td><td>internal</td><td></td><td></td></tr>",
    ] {
        assert!(page.contains(row), "missing {row}");
    }
    let order = article(&page, "order_completed");
    assert!(
        order.contains("<li><a href=\"#tl-property-products\">products</a> array, required</li>"),
        "{order}"
    );
    assert!(
        order.contains(
            "<dt>Closed</dt><dd>yes: a payload property it does not list is rejected</dd>"
        )
    );
    assert_eq!(page.matches("<dt>Closed</dt>").count(), 1);
    // The search reaches the nested names through the property's row, which the event links.
    let products = Regex::new(r#"<tr id="tl-property-products" data-search="([^"]*)">"#)
        .unwrap()
        .captures(&page)
        .map(|found| found[1].to_owned())
        .expect("the products row");
    assert!(products.contains(" products[].gift_wrap"), "{products}");
    // A nullable top-level property says so in its type.
    assert!(article(&page, "coupon_applied").contains(
        "<a href=\"#tl-property-coupon_code\">coupon_code</a> [string, &quot;null&quot;], required</li>"
    ));

    let markdown = docs(&[path_arg(&shop()), "--format", "markdown"]);
    assert_tables_intact(&markdown);
    assert!(markdown.contains("| ↳ products\\[\\]\\.quantity | `integer` | required | — | minimum: 1; maximum: 999 | — | internal |"));
    assert!(markdown.contains("| closed | yes: a payload property it does not list is rejected |"));
}

/// A CRM event approved by a configured approver, with `consent` as given.
fn approved_crm_catalog(dir: &Path, consent: &str, rules: &str) {
    common::write(
        dir,
        "tracklint.yaml",
        format!("catalog: [.]\ncrm:\n  approvers: [lifecycle]\n{rules}"),
    );
    common::write(
        dir,
        "events.yaml",
        format!(
            "events:
  trial_started:
    description: A trial began.
    owner: growth
    consent: {consent}
    dedupe_key: trial_id
    properties:
      trial_id: {{type: string, required: true, description: Id of the trial.}}
    crm: {{eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Trial nudges}}
"
        ),
    );
    common::write(
        dir,
        "plan.yaml",
        "plan: web_app\ndescription: Browser app\nowner: web\nsource: {kind: client}\ndestinations: [crm]\nidentity: [user_id]\nevents:\n  trial_started: {}\n",
    );
}

#[test]
fn an_approval_is_never_shown_while_a_privacy_or_governance_error_stands() {
    let dir = scratch("docs", "blocked-approval");
    approved_crm_catalog(&dir, "analytics", "");
    let page = docs(&[path_arg(&dir)]);
    let trial = article(&page, "trial_started");
    assert!(trial.contains("data-crm=\"blocked\""), "{trial}");
    assert!(trial.contains("eligible: Trial nudges<br>approval recorded (<span class=\"name\">lifecycle</span>, version 1) <span class=\"badge unapproved\">blocked by an error</span><ul class=\"blockers\"><li><code>privacy/marketing-consent-required</code> CRM-eligible event &quot;trial_started&quot; only has analytics consent</li></ul>"), "{trial}");
    assert!(!page.contains("approved by"), "{page}");
    assert!(!page.contains("badge covered\">approved"), "{page}");
    assert!(
        page.contains("<td><span class=\"badge unapproved\">blocked by an error</span></td></tr>")
    );
    let markdown = docs(&[path_arg(&dir), "--format", "markdown"]);
    assert!(markdown.contains("| CRM | eligible: Trial nudges; approval recorded (`lifecycle`, version 1); **blocked by an error**: `privacy/marketing-consent-required` CRM\\-eligible event \"trial\\_started\" only has analytics consent |"), "{markdown}");

    // Marketing consent clears it; so does a configured severity below error.
    for (consent, rules) in [
        ("marketing", ""),
        (
            "analytics",
            "rules:\n  privacy/marketing-consent-required: warn\n",
        ),
    ] {
        approved_crm_catalog(&dir, consent, rules);
        let page = docs(&[path_arg(&dir)]);
        let trial = article(&page, "trial_started");
        assert!(
            trial.contains("data-crm=\"approved\""),
            "{consent} {rules}: {trial}"
        );
        assert!(trial.contains("approved by <span class=\"name\">lifecycle</span> for version 1 (current 1) <span class=\"badge covered\">approved</span>"));
        assert!(!trial.contains("blockers"));
    }
}

/// The `data-search` of the page's element whose opening tag starts with `open`.
fn search_of(page: &str, open: &str) -> String {
    let start = page
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in the page"));
    let tag = &page[start..start + page[start..].find('>').expect("tag end")];
    let found = Regex::new(r#" data-search="([^"]*)""#)
        .unwrap()
        .captures(tag)
        .unwrap_or_else(|| panic!("no data-search on {tag}"));
    docs_support::decode(&found[1])
}

#[test]
fn the_search_index_holds_what_marketers_type() {
    let dir = scratch("docs", "search-index");
    small_catalog(&dir, true);
    let page = docs(&[path_arg(&dir)]);
    let event = |id: &str| search_of(&page, &format!("<article class=\"event\" id=\"{id}\""));
    // Its CRM trigger, consent category and tags, besides name, description, owner and
    // property names.
    assert_eq!(
        event("user_signed_up"),
        "user_signed_up a person created a login. accounts marketing welcome series acquisition web plan_tier email"
    );
    // Its former names.
    assert!(event("banner_clicked").contains(" old_banner_tapped "));
    // The description an event gives a catalog property, and an inline property's, with the
    // nested definitions' paths and descriptions.
    assert!(event("promotion_clicked").ends_with(" plan_tier the plan shown on the promotion."));
    assert!(event("plan_upgraded").ends_with(
        " seats seats after the change. billing_address where the invoices go. billing_address.city town of the billing address."
    ));
    // A catalog property's description is searched on its row, once for the page: the
    // script reaches it through the event's link to the row.
    assert_eq!(
        search_of(&page, "<tr id=\"tl-property-plan_tier\""),
        "plan_tier billing plan of the account (`free` during a trial)."
    );
    let links = Regex::new(r##"<li><a href="#(tl-property-[^"]*)">"##).unwrap();
    let linked: std::collections::BTreeSet<&str> = links
        .captures_iter(main_part(&page))
        .map(|found| found.get(1).expect("id").as_str())
        .collect();
    assert_eq!(linked.len(), 2, "{linked:?}");
    for id in linked {
        assert!(
            page.contains(&format!("<tr id=\"{id}\" data-search=\"")),
            "no searchable row for #{id}"
        );
    }
    // What the filters match on, and what they offer.
    let user = articles(&page)
        .into_iter()
        .find(|a| a.id == "user_signed_up")
        .expect("user_signed_up");
    assert_eq!(user.attribute("data-consent"), Some("marketing"));
    assert_eq!(user.attribute("data-plans"), Some("backend\nweb"));
    assert_eq!(user.attribute("data-destinations"), Some("crm\nwarehouse"));
    for select in [
        "<select id=\"tl-filter-consent\"><option value=\"\">Any consent</option><option value=\"analytics\">analytics</option><option value=\"marketing\">marketing</option><option value=\"necessary\">necessary</option></select>",
        "<select id=\"tl-filter-plan\"><option value=\"\">All plans</option><option value=\"backend\">backend</option><option value=\"web\">web</option></select>",
        "<select id=\"tl-filter-destination\"><option value=\"\">All destinations</option><option value=\"crm\">crm</option><option value=\"warehouse\">warehouse</option></select>",
        "<select id=\"tl-filter-view\"><option value=\"\">Cards</option><option value=\"list\">List</option></select>",
    ] {
        assert!(page.contains(select), "missing {select}");
    }
}

/// An event whose prose holds markdown code spans: escaped markup inside one, a longer run
/// around a backtick, a lone backtick, and spans in a unit, a trigger and a changelog note.
fn code_span_catalog(dir: &Path) {
    common::write(
        dir,
        "tracklint.yaml",
        "catalog: [.]\ncrm:\n  approvers: [lifecycle]\n",
    );
    common::write(
        dir,
        "events.yaml",
        "events:
  refund_issued:
    description: 'Amount in `<b>cents</b>` (see ``a `tick` b``); a lone ` stays.'
    owner: billing
    consent: marketing
    dedupe_key: refund_id
    version: 2
    changelog:
      - {version: 2, date: 2026-01-01, summary: 'renamed `amount` to `refund_amount`'}
    properties:
      refund_id: {type: string, required: true}
      refund_amount: {type: integer, required: true, unit: 'minor units of `currency`', description: 'Use `\"&<>` for nothing.'}
    crm: {eligible: true, approved_by: lifecycle, approved_version: 2, trigger: 'Send when `refund_amount` > 0'}
",
    );
    common::write(
        dir,
        "plan.yaml",
        "plan: backend\nsource: {kind: server}\ndestinations: [crm]\nidentity: [user_id]\nevents:\n  refund_issued: {}\n",
    );
}

#[test]
fn inline_code_in_prose_is_code_and_escaped_inside() {
    let dir = scratch("docs", "code-spans");
    code_span_catalog(&dir);
    let page = docs(&[path_arg(&dir)]);
    let refund = article(&page, "refund_issued");
    for html in [
        "<p class=\"description\">Amount in <code>&lt;b&gt;cents&lt;/b&gt;</code> (see <code>a `tick` b</code>); a lone ` stays.</p>",
        "integer, required: Use <code>&quot;&amp;&lt;&gt;</code> for nothing. (unit: minor units of <code>currency</code>)",
        "eligible: Send when <code>refund_amount</code> &gt; 0<br>",
        "(2026-01-01): renamed <code>amount</code> to <code>refund_amount</code></li>",
    ] {
        assert!(refund.contains(html), "missing {html} in {refund}");
    }
    assert!(!page.contains("<b>"));
    docs_support::assert_no_injected_markup(&page);
    // The shop's own: a description and the units of money.
    let shop = docs(&["examples/shop"]);
    assert!(shop.contains("shoppers without a business account are <code>consumer</code>."));
    assert!(shop.contains("(unit: minor units of <code>currency</code>)"));
    assert!(!main_part(&shop).contains(">minor units of `currency`"));
}

#[test]
fn empty_values_are_drawn_by_the_style_sheet_not_repeated_markup() {
    let dir = scratch("docs", "placeholders");
    small_catalog(&dir, true);
    for page in [docs(&[path_arg(&dir)]), docs(&["examples/shop"])] {
        let main = main_part(&page);
        for placeholder in [
            "<span class=\"muted\">—</span>",
            "—</td>",
            "—</dd>",
            "not sampled",
            "not a CRM trigger",
            "<th>Unit</th><th>Classification</th></tr></thead>\n<tbody>\n<tr><td><a",
        ] {
            assert!(!main.contains(placeholder), "{placeholder:?} in the page");
        }
    }
    let page = docs(&[path_arg(&dir)]);
    // An event without an owner, a property nobody uses: empty, and the style sheet shows a dash.
    assert!(page.contains("<dt>Owner</dt><dd class=\"owner\"></dd>"));
    assert!(page.contains("<td>internal</td><td></td><td></td></tr>"));
    let style = only_element(&page, "style");
    assert!(style.contains(
        "td:empty::before, dd:empty::before, .owner:empty::before { content: \"—\"; color: var(--muted); }"
    ));
    // What badges already say is not said again as a fact.
    let plan_upgraded = article(&page, "plan_upgraded");
    assert!(!plan_upgraded.contains("<dt>Status</dt>"));
    assert!(!plan_upgraded.contains("<dt>Destinations</dt>"));
}

/// A catalog shaped like `examples/gen_catalog.rs` writes (5 catalog properties and an inline
/// one per event, every one described, one or two plans, a CRM trigger in ten), `events`
/// events.
fn realistic_catalog(dir: &Path, events: usize) {
    let mut properties = String::from("properties:\n");
    for p in 0..200 {
        properties.push_str(&format!(
            "  field_{p:03}_value:\n    type: string\n    enum: [low, medium, high]\n    description: Status of the field number {p} when the event happened.\n"
        ));
    }
    common::write(dir, "properties.yaml", properties);
    let mut dictionary = String::from("events:\n");
    for e in 0..events {
        dictionary.push_str(&format!(
            "  widget_{e:05}_saved:\n    description: Sent once the widget number {e} has been saved.\n    owner: team_{}\n    consent: {}\n    last_reviewed: 2026-04-14\n    properties:\n",
            e % 20,
            if e % 10 == 0 { "marketing" } else { "analytics" }
        ));
        for p in 0..5 {
            let required = if p % 2 == 0 { "required" } else { "optional" };
            dictionary.push_str(&format!(
                "      field_{:03}_value: {required}\n",
                (e + p * 37) % 200
            ));
        }
        dictionary.push_str(
            "      widget_score:\n        type: number\n        minimum: 0\n        required: true\n        description: Relevance score of the widget between 0 and 1.\n",
        );
        if e % 10 == 0 {
            dictionary.push_str(&format!(
                "    dedupe_key: widget_score\n    crm: {{eligible: true, approved_by: lifecycle, approved_version: 1, trigger: Journey step after widget {e} saved}}\n"
            ));
        }
    }
    common::write(dir, "events.yaml", dictionary);
    common::write(
        dir,
        "tracklint.yaml",
        "catalog: [.]\ncrm:\n  approvers: [lifecycle]\n",
    );
    for (plan, kind, destinations) in [
        ("web_app", "client", "[warehouse, crm]"),
        ("backend", "server", "[warehouse]"),
    ] {
        let mut text = format!(
            "plan: {plan}\nsource: {{kind: {kind}, library: analytics-node}}\ndestinations: {destinations}\nidentity: [user_id]\nevents:\n"
        );
        // Most events have one sender; every tenth has both.
        for e in (0..events).filter(|e| e % 10 == 0 || (e % 2 == 0) == (plan == "backend")) {
            text.push_str(&format!("  widget_{e:05}_saved: {{}}\n"));
        }
        common::write(dir, &format!("{plan}.yaml"), text);
    }
}

/// SPEC §7: 10,000 events make a page under 20 MB, so an event may cost 2,000 bytes at
/// most, its search text, filter data and index entries included; this asks for a tenth
/// less (it was 3,890 with a table row of placeholders per property). Measured as what 500
/// more events add, so the style sheet, the script and the catalog table do not count.
#[test]
fn an_event_costs_little_of_the_page() {
    let size = |events: usize| {
        let dir = scratch("docs", &format!("bytes-per-event-{events}"));
        realistic_catalog(&dir, events);
        let page = docs(&[path_arg(&dir)]);
        assert_eq!(articles(&page).len(), events);
        page.len()
    };
    let per_event = (size(1000) - size(500)) / 500;
    assert!(per_event <= 1800, "{per_event} bytes an event");
}

/// A catalog property most events use links the first few and the page's search for the
/// rest, so the catalog table does not list every event again.
#[test]
fn a_widely_used_property_links_a_few_events_and_the_search_for_all() {
    let dir = scratch("docs", "used-by");
    realistic_catalog(&dir, 1000);
    let page = docs(&[path_arg(&dir)]);
    let row = Regex::new(r#"(?s)<tr id="tl-property-field_000_value" .*?</tr>"#)
        .unwrap()
        .find(&page)
        .expect("the row of field_000_value")
        .as_str();
    assert_eq!(row.matches("<li><a href=\"#widget_").count(), 12, "{row}");
    assert!(
        row.ends_with(
            "<li><a class=\"more\" href=\"?q=field_000_value\">and 13 more</a></li></ul></td></tr>"
        ),
        "{row}"
    );
}
