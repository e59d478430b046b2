//! The word data the naming and type rules read: the verb lexicon (WordNet's base verbs and
//! past forms, plus product verbs), vague words, UI words, particles and the like. Data only.
//!
//! `verbs.txt` is derived from WordNet 3.0 by `examples/derive_verbs.rs` (its header carries
//! WordNet's licence); `product_verbs.txt` is the short hand list of verbs WordNet lacks.
//! `phrasal_verbs.txt`, WordNet's verbs with a particle (`set_up`), `nouns.txt`, its common
//! one-word nouns, `adjectives.txt`, the words mostly used as adjectives, and `persons.txt`,
//! the nouns of a person or a social group, are derived by the same example.
//! `compounds.txt`, WordNet's one-word nouns made of two of its words (`dashboard`), which a
//! run-on event name keeps whole, is derived by the same example.
//! `related.txt`, the derivations of one meaning and the synonyms of nouns that
//! `naming/near-duplicate` reads, is derived from WordNet 3.0 by `examples/derive_related.rs`.

use std::borrow::Cow;
use std::sync::OnceLock;

use foldhash::{HashMap as FastMap, HashSet as FastSet};

const VERBS: &str = include_str!("verbs.txt");
const PRODUCT_VERBS: &str = include_str!("product_verbs.txt");
const RELATED: &str = include_str!("related.txt");
const PHRASAL_VERBS: &str = include_str!("phrasal_verbs.txt");
const NOUNS: &str = include_str!("nouns.txt");
const ADJECTIVES: &str = include_str!("adjectives.txt");
const PERSONS: &str = include_str!("persons.txt");
const COMPOUNDS: &str = include_str!("compounds.txt");
const MEASURES: &str = include_str!("measures.txt");

/// Particles that may follow the verb: `user_signed_up`, `user_opted_out`.
pub const PARTICLES: [&str; 8] = ["up", "in", "out", "on", "off", "back", "down", "over"];

/// Whether `word` is a particle or a preposition: a word that joins, never a thing or an
/// action of its own.
pub fn is_particle_or_preposition(word: &str) -> bool {
    PARTICLES.contains(&word) || PREPOSITIONS.contains(&word)
}

/// Verbs whose preposition completes them, with no object after it in a name that names the
/// object first (`building_permit_applied_for`, `fan_message_replied_to`,
/// `registered_letter_signed_for`): the preposition ends the name as a particle does. Other
/// prepositions left at the end say nothing (`reviewable_transitioned_to`).
pub const PREPOSITIONAL_VERBS: &[(&str, &str)] = &[
    ("account", "for"),
    ("agree", "to"),
    ("apply", "for"),
    ("ask", "for"),
    ("attend", "to"),
    ("budget", "for"),
    ("call", "for"),
    ("care", "for"),
    ("comply", "with"),
    ("consent", "to"),
    ("listen", "to"),
    ("look", "for"),
    ("object", "to"),
    ("opt", "for"),
    ("pay", "for"),
    ("pray", "for"),
    ("prepare", "for"),
    ("qualify", "for"),
    ("register", "for"),
    ("reply", "to"),
    ("respond", "to"),
    ("search", "for"),
    ("send", "for"),
    ("sign", "for"),
    ("subscribe", "to"),
    ("vote", "for"),
    ("wait", "for"),
];

/// Verbs that take a complement right after them (`doc_made_private`, `ticket_marked_resolved`,
/// `setting_turned_off` is a particle already; the copular `device_went_offline`,
/// `user_became_inactive`): the complement says what the object became.
pub const COMPLEMENT_VERBS: [&str; 11] = [
    "made", "marked", "set", "turned", "kept", "left", "went", "came", "became", "got", "stayed",
];

/// States a thing goes into by itself (`invoice_overdue`, `stream_online`,
/// `metric_alert_critical`): in the verb slot with an object before them the name says the
/// state, not whether the thing went into it or was found in it, and gets no rename; after a
/// copular verb's present form the event is the object going into the state
/// (`gateway_goes_offline` -> `gateway_went_offline`; the copular form `device_went_offline`
/// already passes). States a person sets (`file_public`, `answer_incorrect`: made public or
/// marked incorrect, which the words do not say) and states a thing is in rather than enters
/// (`available`, `active`) get no rename either.
pub const STATES: &[&str] = &[
    "absent",
    "corrupt",
    "critical",
    "delinquent",
    "dormant",
    "empty",
    "full",
    "idle",
    "inactive",
    "live",
    "offline",
    "online",
    "overdue",
    "stale",
    "unavailable",
    "unhealthy",
    "unresponsive",
];

/// States a person sets with a verb that takes a complement (`mark_credit_card_invalid`,
/// `make_profile_public`, `set_card_default`), besides the words WordNet's corpus saw mostly
/// as adjectives: these are nouns too, so the adjective table lacks them.
pub const COMPLEMENT_STATES: &[&str] = &[
    "active", "default", "inactive", "invalid", "primary", "private", "public", "unread", "valid",
    "visible",
];

/// Nouns that name the message about an event, not the event (`failed_payment_notification`
/// is the payment failing; Recurly's and Paddle's webhook names): after the event's words they
/// say nothing of their own. In the slot after other words they are no verb either
/// (`low_balance_alert` is no `low_balance_alerted`).
pub const NOTICE_NOUNS: &[&str] = &["alert", "notice", "notification", "reminder", "warning"];

/// The longest phrase or complement after the verb, in words (`added_to_shared_wishlist`).
pub const MAX_AFTER_VERB: usize = 4;

/// Words ending in -ed that are not past-tense verbs, whatever WordNet says (`feed` is also the
/// past of "to fee").
pub const ED_NOUNS: [&str; 7] = ["feed", "need", "seed", "speed", "bed", "red", "embed"];

/// Past forms WordNet lists that products write as nouns: `pay_rent` is no rending (rend),
/// `add_clove` no cleaving, `slew` no slaying, `unlock_moped` no moping.
pub const NOUN_PASTS: [&str; 4] = ["clove", "moped", "rent", "slew"];

/// A word that looks like a past form but is read as a noun: SPEC's `-ed` nouns
/// ([`ED_NOUNS`]) and [`NOUN_PASTS`].
pub fn is_noun_not_past(word: &str) -> bool {
    ED_NOUNS.contains(&word) || NOUN_PASTS.contains(&word)
}

/// Words no event name may contain (plus `naming.banned_words`): SPEC's list, then the verb
/// forms of its words, which say just as little.
pub const BANNED: &[&str] = &[
    "stuff",
    "thing",
    "things",
    "misc",
    "something",
    "whatever",
    "engaged",
    "interacted",
    "tmp",
    "temp",
    "test",
    "foo",
    "engage",
    "engages",
    "engaging",
    "interact",
    "interacts",
    "interacting",
    "miscellaneous",
];

/// The nouns of SPEC's vague verbs: vague as what the name is about, alone, in the verb slot
/// or right before it (`user_engagement`, `social_interaction`, `interaction_logged`), not as
/// a qualifier (`engagement_score_updated`).
pub const VAGUE_HEADS: &[&str] = &["engagement", "engagements", "interaction", "interactions"];

/// Verbs an SDK or a logger sends an event with: before `event` they name no product action
/// (`track_event`, `log_event`), unlike a product's own verbs (`create_event`).
pub const TELEMETRY_VERBS: &[&str] = &[
    "capture", "dispatch", "emit", "fire", "log", "raise", "record", "send", "trigger", "track",
];

/// Words that say nothing when they are the whole name or stand where the action belongs
/// (`event`, `custom`, `media_player_event`); elsewhere they can be product nouns
/// (`calendar_event_created`, `custom_domain_connected`).
pub const VAGUE_AS_ACTION: &[&str] = &["event", "events", "custom", "action", "actions"];

/// Words of a description that say an event acts on many things at once: a plural name
/// described with one of them (`files_deleted`, "deleted many files in one bulk action", "with
/// the count of files") is another event than its singular described without.
/// Read from the description as written.
pub const BULK_WORDS: &[&str] = &["batch", "bulk", "count", "many", "multiple", "several"];

/// Words of a description that say an event acts on a whole set, which tell a plural name
/// from its singular (`transactions_exported` "all transactions in a date range", `photos_
/// downloaded` "a whole album", `search_engines_changed` "the list of installed search
/// engines"), but not two verbs apart ("finished all onboarding steps").
pub const WHOLE_WORDS: &[&str] = &["all", "entire", "list", "whole"];

/// Abbreviations product teams write for a word, read as the word in the near-duplicate key
/// (`doc_opened` is `document_opened`). Only ones with a single reading in product analytics:
/// not `sub` (subscription, subscriber), `pr` (pull request, press release) or `auth`
/// (authentication, authorization), which the near-duplicate key reads as the one word of
/// the catalog they begin, if only one.
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("acct", "account"),
    ("acked", "acknowledged"),
    ("addr", "address"),
    ("admin", "administrator"),
    ("amt", "amount"),
    ("app", "application"),
    ("appt", "appointment"),
    ("bday", "birthday"),
    ("bg", "background"),
    ("bkg", "booking"),
    ("btc", "bitcoin"),
    ("chrgr", "charger"),
    ("config", "configuration"),
    ("convo", "conversation"),
    ("cust", "customer"),
    ("cxl", "cancellation"),
    ("db", "database"),
    ("dept", "department"),
    ("doc", "document"),
    ("docs", "documents"),
    ("env", "environment"),
    ("ep", "episode"),
    ("equip", "equipment"),
    ("fave", "favorite"),
    ("fw", "firmware"),
    ("grp", "group"),
    ("hrs", "hours"),
    ("img", "image"),
    ("info", "information"),
    ("intl", "international"),
    ("mgr", "manager"),
    ("mins", "minutes"),
    ("msg", "message"),
    ("mtg", "meeting"),
    ("notif", "notification"),
    ("org", "organization"),
    ("physio", "physiotherapy"),
    ("pic", "picture"),
    ("pics", "pictures"),
    ("pkg", "package"),
    ("pmt", "payment"),
    ("pref", "preference"),
    ("prefs", "preferences"),
    ("pw", "password"),
    ("pwd", "password"),
    ("qn", "question"),
    ("qty", "quantity"),
    ("rcvd", "received"),
    ("recs", "recommendations"),
    ("reg", "registration"),
    ("repo", "repository"),
    ("resv", "reservation"),
    ("rpt", "report"),
    ("rx", "prescription"),
    ("sched", "schedule"),
    ("soln", "solution"),
    ("tix", "tickets"),
    ("tkt", "ticket"),
    ("txn", "transaction"),
    ("usr", "user"),
    ("vax", "vaccination"),
    ("vid", "video"),
    ("vids", "videos"),
    ("wpt", "waypoint"),
    ("wt", "weight"),
    ("wx", "weather"),
    ("xfer", "transfer"),
];

/// Abbreviations product teams write for a verb in the verb slot (`pwd_reset_req`,
/// `acct_stmt_dl`, `env_var_del`): a rename reads them as the verb and keeps the objects as
/// written (`pwd_reset_requested`). Only ones with a single reading as a verb: not `exp`
/// (export, expire), `sub` (subscribe, submit) or `conf` (confirm, configure).
pub const VERB_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ack", "acknowledge"),
    ("chg", "change"),
    ("cncl", "cancel"),
    ("del", "delete"),
    ("dl", "download"),
    ("dwnld", "download"),
    ("purch", "purchase"),
    ("rcvd", "receive"),
    ("recv", "receive"),
    ("req", "request"),
    ("rqst", "request"),
    ("upd", "update"),
    ("updt", "update"),
];

/// Media a thing is sent by, as the near-duplicate key reads them (an SMS is a text); each but
/// `sms` is a verb of sending by it too, which the key reads as `send` and the medium
/// (`quote_emailed` is `quote_sent_by_email` and `quote_email_sent`): WordNet's ways to
/// telecommunicate in writing (e-mail, fax) and text, a verb newer than WordNet (a text
/// message). Not `mail`, which WordNet pairs with `post` as a verb of its own (`kit_mailed`,
/// `kit_posted`).
const MEDIA: &[(&str, &str)] = &[
    ("email", "email"),
    ("fax", "fax"),
    ("sms", "text"),
    ("text", "text"),
];

/// The medium a word names, if it names one of [`MEDIA`].
pub fn medium(word: &str) -> Option<&'static str> {
    expanded(MEDIA, word)
}

/// The word an abbreviation in [`ABBREVIATIONS`] stands for.
pub fn abbreviation(word: &str) -> Option<&'static str> {
    expanded(ABBREVIATIONS, word)
}

/// Clipped words of [`ABBREVIATIONS`] that products write as words of their own, which a
/// rename keeps as written (`app_opened`, `admin_invited`, `repo_archived`).
pub const KEPT_CLIPPINGS: &[&str] = &["admin", "app", "config", "info", "repo"];

/// The verb an abbreviation in [`VERB_ABBREVIATIONS`] stands for.
pub fn verb_abbreviation(word: &str) -> Option<&'static str> {
    expanded(VERB_ABBREVIATIONS, word)
}

/// What `short` stands for in a table of abbreviations.
fn expanded(table: &[(&str, &'static str)], short: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(s, _)| *s == short)
        .map(|&(_, long)| long)
}

/// Google Analytics 4's recommended e-commerce events (and two automatic app events) and the
/// Segment E-commerce v2 (and Mobile) spec events they track, snake_cased: a catalog fed by
/// both SDKs holds one event twice (`add_to_cart` and `product_added`). Only names whose event
/// is the same in both specs (GA4's `share` of any content is no `product_shared`); GA4's
/// `sign_up` and `login` already share a key with `signed_up` and `logged_in`.
pub const VENDOR_EVENTS: &[(&str, &str)] = &[
    ("add_payment_info", "payment_info_entered"),
    ("add_shipping_info", "shipping_info_entered"),
    ("add_to_cart", "product_added"),
    ("add_to_wishlist", "product_added_to_wishlist"),
    ("begin_checkout", "checkout_started"),
    ("purchase", "order_completed"),
    ("refund", "order_refunded"),
    ("remove_from_cart", "product_removed"),
    ("select_item", "product_clicked"),
    ("select_promotion", "promotion_clicked"),
    ("view_cart", "cart_viewed"),
    ("view_item", "product_viewed"),
    ("view_item_list", "product_list_viewed"),
    ("view_promotion", "promotion_viewed"),
    // GA4's automatically collected app events and the Segment Mobile spec events they
    // track: `first_open` is "Application Installed" (fired at the first open after an
    // install), `app_remove` "Application Uninstalled".
    ("app_remove", "application_uninstalled"),
    ("first_open", "application_installed"),
];

/// Words that name the control an event happened on, not what it does: with two other words
/// or more they add nothing to the near-duplicate key (`upgrade_button_clicked` is
/// `upgrade_clicked`).
pub const FILLER_WORDS: &[&str] = &["btn", "button"];

/// Adverbs that are no `-ly` form of an adjective: after the verb they say when or how often
/// (`order_delivered_late`, `email_sent_twice`), like the `-ly` adverbs
/// (`subscription_charged_unsuccessfully`; see [`is_adverb`]).
pub const ADVERBS: &[&str] = &[
    "aboard", "abroad", "again", "ahead", "aloud", "already", "away", "daily", "early", "forward",
    "home", "hourly", "indoors", "late", "monthly", "now", "offline", "once", "online", "only",
    "outdoors", "overseas", "soon", "still", "today", "tomorrow", "tonight", "twice", "weekly",
    "yearly",
];

/// Whether `word` is an adverb: one of [`ADVERBS`], or `-ly` after a word WordNet's corpus saw
/// mostly as an adjective (`successfully`, `permanently`, `automatically`).
pub fn is_adverb(word: &str) -> bool {
    if ADVERBS.contains(&word) {
        return true;
    }
    let Some(stem) = word.strip_suffix("ly").filter(|s| s.len() > 3) else {
        return false;
    };
    // `automatically` is `automatic`, `gently` is `gentle`, `easily` is `easy`.
    let stems = [
        Some(stem.to_owned()),
        stem.strip_suffix("al").map(str::to_owned),
        Some(format!("{stem}le")),
        stem.strip_suffix('i').map(|s| format!("{s}y")),
    ];
    // Or any word the tables know, the `-ly` word itself being none (`publicly`, `directly`;
    // not `reply`, `family`).
    let known = |w: &str| {
        is_adjective(w) || is_noun(w) || lexicon().is_base_verb(w) || COMPLEMENT_STATES.contains(&w)
    };
    !is_noun(word)
        && !lexicon().is_base_verb(word)
        && stems.into_iter().flatten().any(|s| known(&s))
}

/// Copular verbs, which only join a thing to its state (`device_went_offline`): before the
/// state they say nothing of their own in the near-duplicate key.
pub const COPULAR_VERBS: &[&str] = &["became", "become", "came", "come", "go", "went"];

/// A control and the verb always done with it: right before that verb it says nothing of its
/// own in the near-duplicate key (`renewal_form_submitted` is `renewal_submitted`,
/// `pricing_page_viewed` is `pricing_viewed`). A button is left out everywhere
/// ([`FILLER_WORDS`]).
pub const CONTROL_VERBS: &[(&str, &str)] = &[
    ("form", "submit"),
    ("link", "click"),
    ("link", "tap"),
    ("page", "view"),
    ("screen", "view"),
];

/// Names that SDKs send for their own calls and automatic events, which have no object and
/// past-tense verb, and the event each stands for, as its objects and its verb: Segment's
/// `identify`, `page` and `screen` calls (Segment Spec, "The Spec: Identify", "Page",
/// "Screen"), PostHog's `$groupidentify`, and Firebase/GA4 automatic events
/// ("[GA4] Automatically collected events": `first_open`, `in_app_purchase`,
/// `app_exception`, `ad_reward`). Names the rules already rename (`screen_view`,
/// `session_start`, `app_update`) are not here.
pub const VENDOR_CALLS: &[(&str, &[&str], &[&str])] = &[
    ("ad_reward", &["ad", "reward"], &["earned"]),
    ("app_exception", &["app", "exception"], &["thrown"]),
    ("first_open", &["app"], &["first", "opened"]),
    ("groupidentify", &["group"], &["identified"]),
    ("identify", &["user"], &["identified"]),
    (
        "in_app_purchase",
        &["in", "app", "purchase"],
        &["completed"],
    ),
    ("page", &["page"], &["viewed"]),
    ("screen", &["screen"], &["viewed"]),
];

/// Verbs in the present that say what a thing is or needs, not what happened to it
/// (`order_needs_review`, `payment_intent_requires_action`, `user_is_active`,
/// `po_awaiting_approval`): a state, for which no rename is sure.
pub const STATE_VERBS: &[&str] = &["awaiting", "has", "is", "needs", "requires"];

/// Pronouns: alone before the verb slot they name no object (`its_a_match`).
pub const PRONOUNS: &[&str] = &[
    "he", "her", "his", "i", "it", "its", "me", "my", "our", "she", "their", "they", "we", "you",
    "your",
];

/// Lifecycle hooks' words around an action (`afterCreateUser`, Magento's
/// `sales_order_place_after`, `beforeDeleteUser`).
pub const HOOK_WORDS: &[&str] = &["after", "before"];

/// Words that negate a name: a rename keeps each one (`email_not_verified`).
pub const NEGATIONS: &[&str] = &["not", "no", "non", "never"];

/// Words of a description that say nothing of what it describes: two descriptions agree by
/// the other words (with words of one or two letters, but for [`NEGATIONS`], left out too).
pub const DESCRIPTION_STOP_WORDS: &[&str] = &[
    "about", "after", "all", "also", "and", "any", "are", "been", "before", "being", "but", "can",
    "could", "does", "each", "for", "from", "had", "has", "have", "her", "his", "how", "into",
    "its", "may", "might", "more", "most", "once", "only", "onto", "other", "our", "per", "should",
    "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "upon", "via", "was", "were", "what", "when", "where", "which",
    "while", "who", "whom", "whose", "will", "with", "would", "you", "your",
];

/// Light verbs that, first, make what the word after them names (`make_offer`,
/// `perform_search`): the rename puts that word first, made or performed.
pub const LIGHT_FIRST: &[&str] = &["make", "perform"];

/// File formats a thing is exported, downloaded or shared as: last after a verb first and its
/// object they say how (`export_report_csv` -> `report_exported_as_csv`).
pub const FILE_FORMATS: &[&str] = &[
    "csv", "docx", "gif", "ics", "jpeg", "jpg", "json", "mp3", "mp4", "pdf", "png", "svg", "txt",
    "xls", "xlsx", "xml", "zip",
];

/// Adjectives that say what kind of error an error was or what was wrong (`fatal_sync_error`:
/// a fatal error in a sync, not a fatal sync that failed; `invalid_card_error`), unlike one
/// that says which thing failed (`remote_unlock_error`, `parental_gate_failure`).
pub const ERROR_KINDS: &[&str] = &[
    "bad",
    "conflicting",
    "critical",
    "duplicate",
    "expired",
    "fatal",
    "incorrect",
    "insufficient",
    "internal",
    "invalid",
    "major",
    "minor",
    "missing",
    "permanent",
    "severe",
    "temporary",
    "transient",
    "unauthorized",
    "unexpected",
    "unhandled",
    "unknown",
    "unsupported",
    "wrong",
];

/// Words that make a name a failure: a rename of such a name has `failed` in its verb slot
/// (`error_export_pdf` -> `pdf_export_failed`) or is not offered; never a success form.
pub const FAILURE_WORDS: &[&str] = &[
    "err",
    "error",
    "errors",
    "fail",
    "failed",
    "failing",
    "failure",
    "failures",
    "unsuccessful",
];

/// Generic UI and action nouns (a subset of [`UI_WORDS`], plus `action`) that name no product
/// thing when they are the whole object of a generic interaction: `button_clicked`,
/// `open_modal`, `form_submitted`, `do_action`, `action_performed`. Qualified they are fine
/// (`signup_form_submitted`, `upgrade_modal_opened`). Not here: `page` and `screen`
/// (`page_viewed`, `screen_viewed` are Segment's standard events), and words that name a
/// product thing in many products (`item`, `card`, `tab`, `step`, `image`, `menu`, `field`,
/// `banner`: issue 21 wants `banner_impression` renamed `banner_viewed`).
pub const GENERIC_OBJECTS: &[&str] = &[
    "accordion",
    "action",
    "actions",
    "btn",
    "button",
    "carousel",
    "checkbox",
    "chevron",
    "chip",
    "coachmark",
    "component",
    "cta",
    "dialog",
    "div",
    "drawer",
    "dropdown",
    "element",
    "expander",
    "fab",
    "form",
    "icon",
    "input",
    "interstitial",
    "lightbox",
    "link",
    "modal",
    "option",
    "overlay",
    "panel",
    "picker",
    "popover",
    "popup",
    "slider",
    "snackbar",
    "stepper",
    "tile",
    "toast",
    "toggle",
    "tooltip",
    "widget",
];

/// Generic UI elements of two words, vague like [`GENERIC_OBJECTS`] as the whole object of a
/// generic interaction (`bottom_sheet_dismissed`, `list_item_tapped`).
pub const GENERIC_COMPOUNDS: &[(&str, &str)] = &[
    ("action", "sheet"),
    ("bottom", "sheet"),
    ("context", "menu"),
    ("hamburger", "menu"),
    ("kebab", "menu"),
    ("list", "item"),
    ("list", "row"),
    ("menu", "item"),
    ("nav", "bar"),
    ("navigation", "bar"),
    ("overflow", "menu"),
    ("radio", "button"),
    ("segmented", "control"),
];

/// Screens and views of a product, which say where a generic element is shown, not what it
/// does: right before one they leave it generic (`outage_map_popup_dismissed`,
/// `broker_dashboard_widget_clicked`, `technician_app_menu_item_selected`).
pub const PLACES: &[&str] = &["app", "dashboard", "feed", "home", "hub", "map", "portal"];

/// Words that say where a generic element is, not what it does: before one it leaves it
/// generic (`header_button_tapped`, `footer_link_clicked`).
pub const POSITIONS: &[&str] = &[
    "bottom",
    "floating",
    "footer",
    "header",
    "hero",
    "left",
    "nav",
    "navbar",
    "pane",
    "primary",
    "right",
    "secondary",
    "side",
    "sidebar",
    "toolbar",
    "top",
    "tray",
];

/// Base verbs of generic interactions: with a [`GENERIC_OBJECTS`] word as the whole object
/// they say nothing (`button_clicked`), while a product verb does (`link_copied`).
pub const INTERACTION_VERBS: &[&str] = &[
    "accept",
    "acknowledge",
    "cancel",
    "change",
    "check",
    "click",
    "close",
    "collapse",
    "complete",
    "confirm",
    "decrement",
    "dismiss",
    "display",
    "do",
    "drag",
    "execute",
    "expand",
    "finish",
    "fire",
    "flip",
    "focus",
    "hide",
    "hover",
    "increment",
    "move",
    "open",
    "perform",
    "press",
    "run",
    "scroll",
    "see",
    "select",
    "show",
    "start",
    "submit",
    "swipe",
    "switch",
    "take",
    "tap",
    "tick",
    "toggle",
    "trigger",
    "uncheck",
    "untick",
    "use",
    "view",
];

/// Vague words that, after the first word of a pair, name something specific: an A/B test, a
/// re-engagement notification.
pub const SPECIFIC_COMPOUNDS: &[(&str, &str)] = &[
    ("ab", "test"),
    ("ab", "tests"),
    ("re", "engagement"),
    ("split", "test"),
];

/// Generic UI words that, followed by a number, name a position instead of a product noun.
pub const UI_WORDS: &[&str] = &[
    "button",
    "btn",
    "link",
    "tab",
    "item",
    "field",
    "page",
    "screen",
    "modal",
    "menu",
    "icon",
    "element",
    "section",
    "option",
    "card",
    "widget",
    "box",
    "panel",
    "dialog",
    "step",
    "banner",
    "image",
    "img",
    "form",
    "input",
    "component",
    "div",
    "view",
    "label",
    "block",
    "row",
    "column",
    "col",
    "slide",
    "tile",
    "cta",
    "popup",
    "toggle",
    "checkbox",
];

/// Nouns WordNet also lists as verbs that in an event name are the thing acted on: in
/// `submit_form` or `view_cart` the verb is the other word, and `focus_formed` would be
/// nonsense.
pub const OBJECT_NOUNS: &[&str] = &[
    "account",
    "action",
    "badge",
    "button",
    "call",
    "campaign",
    "card",
    "cart",
    "channel",
    "chart",
    "chat",
    "command",
    "comment",
    "content",
    "date",
    "document",
    "email",
    "experience",
    "feature",
    "default",
    "feed",
    "field",
    "file",
    "filter",
    "form",
    "general",
    "group",
    "image",
    "invoice",
    "issue",
    "item",
    "label",
    "lead",
    "level",
    "link",
    "list",
    "map",
    "menu",
    "message",
    "mode",
    "name",
    "need",
    "note",
    "option",
    "order",
    "page",
    "panel",
    "phone",
    "photo",
    "picture",
    "plan",
    "poll",
    "post",
    "profile",
    "project",
    "question",
    "quiz",
    "record",
    "report",
    "result",
    "review",
    "room",
    "score",
    "screen",
    "seed",
    "space",
    "speed",
    "stage",
    "state",
    "survey",
    "tab",
    "table",
    "task",
    "team",
    "text",
    "ticket",
    "time",
    "title",
    "type",
    "value",
    "video",
    "window",
];

/// Verbs that, first in a name, are its action: `add_bookmark` is a bookmark added, not an
/// add bookmarked (the verb_object order of GA4's `view_item` and `begin_checkout`).
pub const ACTION_VERBS: &[&str] = &[
    "accept",
    "add",
    "answer",
    "apply",
    "approve",
    "archive",
    "begin",
    "book",
    "bookmark",
    "buy",
    "cancel",
    "change",
    "choose",
    "clear",
    "click",
    "close",
    "collapse",
    "complete",
    "confirm",
    "connect",
    "copy",
    "create",
    "decline",
    "delete",
    "destroy",
    "disable",
    "disqualify",
    "dismiss",
    "download",
    "earn",
    "edit",
    "enable",
    "end",
    "enter",
    "exit",
    "expand",
    "export",
    "expose",
    "finish",
    "focus",
    "follow",
    "generate",
    "hide",
    "import",
    "install",
    "join",
    "launch",
    "leave",
    "like",
    "link",
    "load",
    "log",
    "obscure",
    "open",
    "pause",
    "pay",
    "place",
    "play",
    "post",
    "preview",
    "print",
    "publish",
    "purchase",
    "qualify",
    "rate",
    "read",
    "receive",
    "redeem",
    "refresh",
    "refund",
    "reject",
    "reload",
    "remove",
    "rename",
    "reply",
    "report",
    "request",
    "reset",
    "resume",
    "retry",
    "save",
    "select",
    "send",
    "share",
    "ship",
    "show",
    "sign",
    "skip",
    "sort",
    "spend",
    "start",
    "stop",
    "submit",
    "subscribe",
    "swipe",
    "switch",
    "tap",
    "toggle",
    "track",
    "unlock",
    "unsubscribe",
    "update",
    "upgrade",
    "upload",
    "verify",
    "view",
    "visit",
    "vote",
    "watch",
    "win",
];

/// Nouns that name an action as an event (`hubspot_contact_creation`, `payment_failure`),
/// with their verb. A short list on purpose: most nouns in -ion name a thing (`transaction`,
/// `promotion`, `question`), and turning those into verbs would be nonsense.
pub const NOUNS_OF_ACTION: &[(&str, &str)] = &[
    ("acknowledgement", "acknowledge"),
    ("acknowledgment", "acknowledge"),
    ("activation", "activate"),
    ("addition", "add"),
    ("analysis", "analyze"),
    ("approval", "approve"),
    ("arrival", "arrive"),
    ("authentication", "authenticate"),
    ("authorization", "authorize"),
    ("call", "call"),
    ("cancelation", "cancel"),
    ("cancellation", "cancel"),
    ("closure", "close"),
    ("completion", "complete"),
    ("confirmation", "confirm"),
    ("conversion", "convert"),
    ("creation", "create"),
    ("customisation", "customise"),
    ("customization", "customize"),
    ("deactivation", "deactivate"),
    ("deletion", "delete"),
    ("departure", "depart"),
    ("disconnection", "disconnect"),
    ("dismissal", "dismiss"),
    ("enrollment", "enroll"),
    ("enrolment", "enrol"),
    ("execution", "execute"),
    ("expiration", "expire"),
    ("expiry", "expire"),
    ("failure", "fail"),
    // An ad or a banner shown to someone: `banner_impression` is `banner_viewed`.
    ("impression", "view"),
    ("insertion", "insert"),
    ("installation", "install"),
    ("moderation", "moderate"),
    ("modification", "modify"),
    ("payment", "pay"),
    ("placement", "place"),
    ("proposal", "propose"),
    ("publication", "publish"),
    ("redemption", "redeem"),
    ("redirection", "redirect"),
    ("registration", "register"),
    ("reimbursement", "reimburse"),
    ("rejection", "reject"),
    ("removal", "remove"),
    ("renewal", "renew"),
    ("reservation", "reserve"),
    ("selection", "select"),
    ("shipment", "ship"),
    ("submission", "submit"),
    ("subscription", "subscribe"),
    ("success", "succeed"),
    ("termination", "terminate"),
    ("uninstallation", "uninstall"),
    ("use", "use"),
    ("validation", "validate"),
    ("verification", "verify"),
    ("withdrawal", "withdraw"),
];

/// Nouns WordNet derives from a verb in one meaning that products use for a thing, not for
/// the action: a waitlist position is no positing, a card collection or a loan application
/// no collecting or applying, a stadium entrance no entering, tire pressure no pressing. No
/// rename reads them as the verb.
pub const THING_NOUNS: &[&str] = &[
    "application",
    "attention",
    "collection",
    "documentation",
    "entrance",
    "fixture",
    "foundation",
    "government",
    "position",
    "pressure",
    "publication",
    "transaction",
];

/// Nouns that an `-ing` word before them names a kind of, a thing and no action on it:
/// `tracking_number`, `billing_address`, `checking_account`, `hiking_trail`.
pub const GERUND_KINDS: &[&str] = &[
    "account", "address", "app", "code", "details", "fee", "list", "number", "plan", "profile",
    "settings", "status", "trail", "type",
];

/// Nouns of action that say what happened to the words before them, not what was acted on:
/// `search_success` is a search that succeeded, `tool_call` a tool that was called (while in
/// `renew_subscription` the noun is the object of the verb before it).
pub const OUTCOME_NOUNS: &[&str] = &[
    "success",
    "failure",
    "completion",
    "impression",
    "call",
    "use",
];

/// UI elements a person clicks: a name that ends in one with no verb is a click on it
/// (`save_button` -> `save_button_clicked`). A link or a tab is also a thing acted on
/// (`copy_link` is `link_copied`, `switch_tab` is `tab_switched`): after a verb it is not a
/// click.
pub const CLICKABLE: &[&str] = &["button", "btn", "link", "tab", "icon", "cta", "checkbox"];

/// Verbs of a click on a control: in the slot, the words before name the control
/// (`buy_now_click` -> `buy_now_clicked`, not `now_click_bought`); before the slot, the
/// slot's word is the control's label (`button_click_buy`), not the verb.
pub const CLICK_VERBS: &[&str] = &["click", "press", "tap"];

/// Controls that are also things a verb acts on: see [`CLICKABLE`].
pub const ACTED_ON_CONTROLS: &[&str] = &["link", "tab"];

/// Verbs that say at which point of an action an event is (`purchase_complete`,
/// `video_start_play`): in the slot they are the verb, not an object of a verb before them;
/// before a verb in the slot they are the action and that verb what started or ended
/// (`video_start_play` -> `video_play_started`).
pub const ASPECT_VERBS: &[&str] = &[
    "begin", "complete", "end", "fail", "finish", "pause", "resume", "start", "stop", "succeed",
];

/// Verbs that act on an error rather than fail: `show_error` is `error_shown`, not a show that
/// failed (`export_error` is `export_failed`).
pub const ERROR_VERBS: &[&str] = &[
    "capture", "catch", "clear", "dismiss", "display", "handle", "hide", "log", "raise", "render",
    "show", "throw", "track", "view",
];

/// Words before the rest of a name that are no part of it: an event handler's `on`
/// (`on_app_open`) and the auxiliary `did` (`did_finish_onboarding`, `user_did_login`).
pub const AUXILIARIES: &[&str] = &["did", "on"];

/// Closed compounds of a verb and a particle: `user_signup` means a user signed up.
pub const COMPOUND_VERBS: &[(&str, &str, &str)] = &[
    ("backup", "back", "up"),
    ("cashout", "cash", "out"),
    ("checkin", "check", "in"),
    ("cleanup", "clean", "up"),
    ("dropoff", "drop", "off"),
    ("followup", "follow", "up"),
    ("login", "log", "in"),
    ("logout", "log", "out"),
    ("lookup", "look", "up"),
    ("optin", "opt", "in"),
    ("optout", "opt", "out"),
    ("pickup", "pick", "up"),
    ("rollback", "roll", "back"),
    ("setup", "set", "up"),
    ("shutdown", "shut", "down"),
    ("signin", "sign", "in"),
    ("signoff", "sign", "off"),
    ("signout", "sign", "out"),
    ("signup", "sign", "up"),
    ("timeout", "time", "out"),
    ("topup", "top", "up"),
];

/// Phrases that say what state a thing is in (`pet_claim_in_review`, `order_on_hold`): last in
/// a name with no past form they name a state, for which no rename is sure.
pub const STATE_PHRASES: &[(&str, &str)] = &[
    ("above", "maximum"),
    ("at", "capacity"),
    ("at", "risk"),
    ("behind", "schedule"),
    ("below", "grade"),
    ("below", "market"),
    ("below", "minimum"),
    ("in", "progress"),
    ("in", "review"),
    ("in", "stock"),
    ("in", "transit"),
    ("in", "use"),
    ("off", "air"),
    ("of", "life"),
    ("of", "stock"),
    ("of", "sync"),
    ("on", "hold"),
    ("over", "budget"),
    ("over", "limit"),
    ("under", "budget"),
    ("under", "review"),
];

/// Closed compounds of a verb and a particle that happen to a thing by themselves
/// (`query_timeout`, `server_shutdown`): no verb before them acts on them, unlike on a pickup
/// or a backup (`schedule_pickup` -> `pickup_scheduled`).
pub const SELF_COMPOUNDS: &[&str] = &["shutdown", "timeout"];

/// The verb and particle of a closed compound (`login` -> log, in), when `word` is one.
pub fn compound_verb(word: &str) -> Option<(&'static str, &'static str)> {
    COMPOUND_VERBS
        .iter()
        .find(|(compound, _, _)| *compound == word)
        .map(|&(_, verb, particle)| (verb, particle))
}

/// The table's own copy of an account action (see [`ACCOUNT_ACTIONS`]), when `verb` with
/// `particle` (empty for none) is one.
pub fn account_action(verb: &str, particle: &str) -> Option<(&'static str, &'static str)> {
    ACCOUNT_ACTIONS
        .iter()
        .find(|&&(v, p)| v == verb && p == particle)
        .copied()
}

/// Phrasal verbs of products that WordNet 3.0 lacks (games, wallets, devices): a particle
/// after one of these words makes it a verb (`wallet_top_up` -> `wallet_topped_up`).
pub const PRODUCT_PHRASAL_VERBS: &[(&str, &str)] = &[
    ("level", "up"),
    ("power", "off"),
    ("power", "on"),
    ("scroll", "down"),
    ("scroll", "up"),
    ("top", "up"),
    ("zoom", "out"),
];

/// The account actions a person does to their own account, as verb and particle (empty for
/// none): alone in a name (`login`, `sign_up`, `signed_in`, `unsubscribed`) or before a
/// phrase (`sign_in_with_google`, `enroll_in_course`) the one who did it is the user
/// (`user_logged_in`, Segment's "Signed Up"/"Signed In"/"Signed Out", its email spec's
/// "Unsubscribed"). Other verbs alone name no object and get no rename (`search` could be of
/// products, songs or help articles; `add_to_cart` does not say what was added).
pub const ACCOUNT_ACTIONS: &[(&str, &str)] = &[
    ("enrol", ""),
    ("enroll", ""),
    ("log", "in"),
    ("log", "out"),
    ("opt", "in"),
    ("opt", "out"),
    ("register", ""),
    ("sign", "in"),
    ("sign", "out"),
    ("sign", "up"),
    ("subscribe", ""),
    ("unsubscribe", ""),
];

/// Closed compounds of software products that WordNet 3.0 (2006) predates or lacks, which a
/// run-on event name keeps whole like `compounds.txt`'s (`leaderboardviewed` is no
/// `leader_board_viewed`). Written from general knowledge of product vocabularies, not from
/// the held-out tables.
pub const PRODUCT_COMPOUNDS: &[&str] = &[
    "allowlist",
    "autocomplete",
    "autofill",
    "autopay",
    "autoplay",
    "autosave",
    "backend",
    "blocklist",
    "bookmarklet",
    "cashback",
    "chatbot",
    "checkbox",
    "checkout",
    "codebase",
    "cooldown",
    "downvote",
    "dropdown",
    "dropoff",
    "ebook",
    "email",
    "fanbase",
    "frontend",
    "gameplay",
    "geofence",
    "gradebook",
    "handoff",
    "hashtag",
    "headset",
    "homescreen",
    "hotspot",
    "inbox",
    "keychain",
    "leaderboard",
    "livestream",
    "lockscreen",
    "login",
    "logout",
    "lookup",
    "mainnet",
    "navbar",
    "newsfeed",
    "offline",
    "online",
    "passcode",
    "passkey",
    "payout",
    "paystub",
    "paywall",
    "pickup",
    "playthrough",
    "podcast",
    "popup",
    "postcode",
    "preorder",
    "roadmap",
    "screencast",
    "screenshot",
    "sidebar",
    "signup",
    "skillset",
    "smartphone",
    "smartwatch",
    "snapshot",
    "splashscreen",
    "standup",
    "storyline",
    "subreddit",
    "textbox",
    "timestamp",
    "toolbar",
    "tooltip",
    "touchpoint",
    "upvote",
    "username",
    "voicemail",
    "waitlist",
    "walkthrough",
    "watchlist",
    "webhook",
    "webinar",
    "webpage",
    "website",
    "whiteboard",
    "wishlist",
    "workflow",
    "workspace",
];

/// Whether `word` is a closed compound a run-on name keeps whole: one of WordNet's
/// (`compounds.txt`) or of [`PRODUCT_COMPOUNDS`].
pub fn is_closed_compound(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    PRODUCT_COMPOUNDS.contains(&word) || table_set(&SET, COMPOUNDS).contains(word)
}

/// Nouns that head a compound after a word that can be a verb or a noun: `search_results`,
/// `help_center`, `watch_history` name a screen or a part of one (a search's results), not
/// an action on results; `share_count`, `order_total`, `push_token`, `read_receipt` a number
/// or a thing. After a verb alone they get no verb-first rename.
pub const COMPOUND_HEADS: &[&str] = &[
    "bar", "box", "center", "count", "history", "menu", "mode", "page", "panel", "receipt",
    "results", "screen", "section", "sheet", "token", "total", "view",
];

/// Verbs that change a setting or a part of what they act on: after an object and before a
/// word that can be a noun or a verb, they are the action and that word is the part changed
/// (`dashboard_change_sort` -> `dashboard_sort_changed`, not `dashboard_change_sorted`).
pub const EDIT_VERBS: &[&str] = &[
    "add", "apply", "change", "clear", "edit", "modify", "remove", "reset", "set", "toggle",
    "update",
];

/// Nouns of what a thing has (`file_name`, `order_status`, `page_title`): after a noun that
/// can be a verb too they name that thing's attribute, not an object the verb acts on.
pub const ATTRIBUTE_NOUNS: &[&str] = &[
    "amount", "code", "date", "id", "name", "number", "price", "size", "status", "time", "title",
    "type", "url", "value", "version",
];

/// Common actions whose object may itself be an action: before a noun of action they act on
/// it, even one mostly used as a noun (`request_cancellation` -> `cancellation_requested`,
/// `schedule_inspection` -> `inspection_scheduled`); before one, another common action may
/// name the thing the action was done to (`search_submission` -> `search_submitted`).
pub const ACTION_TAKING_VERBS: &[&str] = &[
    "accept",
    "approve",
    "authorize",
    "begin",
    "book",
    "cancel",
    "complete",
    "confirm",
    "decline",
    "delay",
    "deny",
    "finish",
    "initiate",
    "pause",
    "postpone",
    "reject",
    "renew",
    "request",
    "resume",
    "retry",
    "reverse",
    "revoke",
    "schedule",
    "skip",
    "start",
    "stop",
    "submit",
    "suspend",
    "trigger",
    "undo",
    "withdraw",
];

/// Verbs whose `-ing` form last says what goes on by itself or for a while, a state rather
/// than a thing done (`lease_expiring`, `video_buffering`, `playlist_syncing`,
/// `deadline_approaching`, `receipt_missing`): such a name gets no rename (see also
/// `ASPECT_VERBS`).
pub const ONGOING_VERBS: &[&str] = &[
    "approach",
    "arrive",
    "buffer",
    "charge",
    "clear",
    "clip",
    "close",
    "connect",
    "continue",
    "exist",
    "expire",
    "idle",
    "lag",
    "lapse",
    "last",
    "load",
    "miss",
    "overheat",
    "pair",
    "pend",
    "print",
    "process",
    "reconnect",
    "refresh",
    "regenerate",
    "remain",
    "ring",
    "rot",
    "run",
    "stir",
    "sync",
    "type",
    "wait",
];

/// Actions that move data and report their progress while they run (`photo_uploading`,
/// `report_exporting`): their `-ing` form last says one started (`photo_upload_started`).
/// Other common actions in `-ing` last were done (`room_booking` -> `room_booked`).
pub const TRANSFER_VERBS: &[&str] = &["download", "export", "import", "install", "upload"];

/// Nouns in `-ing` that name a thing or a field, not an action on one
/// (`water_temperature_reading`, `low_balance_warning`, `hull_corrosion_finding`,
/// `email_marketing`): last after other words they are no action done.
pub const THING_GERUNDS: &[&str] = &[
    "advertising",
    "banking",
    "bedding",
    "billing",
    "building",
    "catering",
    "clothing",
    "drawing",
    "filing",
    "finding",
    "funding",
    "heading",
    "holding",
    "hosting",
    "housing",
    "landing",
    "listing",
    "marketing",
    "meeting",
    "messaging",
    "offering",
    "opening",
    "packaging",
    "painting",
    "parking",
    "posting",
    "pricing",
    "reading",
    "recording",
    "saving",
    "seating",
    "setting",
    "shipping",
    "streaming",
    "warning",
    "wedding",
];

/// Nouns in `-ing` of [`THING_GERUNDS`] that name a kind of thing beside one word
/// (`screen_recording`, `job_opening`, `express_shipping`, `cost_saving`) but the action done to
/// a compound of two words or more before them (`milk_yield_recording` -> `milk_yield_recorded`,
/// `aligner_order_shipping` -> `aligner_order_shipped`).
pub const COMPOUND_ACTION_GERUNDS: &[&str] = &["opening", "recording", "saving", "shipping"];

/// Nouns of a problem found or a condition a thing is in (`fare_zone_mismatch`,
/// `sla_breach`, `calendar_conflict`, `weather_delay`): a name that ends in one reports the
/// problem, and no verb made of it says surely what happened (`identity_mismatched`,
/// `weather_delayed` read as something done to the identity or the weather).
pub const PROBLEM_NOUNS: &[&str] = &[
    "anomaly",
    "backlog",
    "backorder",
    "breach",
    "clog",
    "collision",
    "conflict",
    "defect",
    "delay",
    "deviation",
    "discrepancy",
    "disruption",
    "drift",
    "dropout",
    "duplicate",
    "fade",
    "fatigue",
    "fault",
    "glitch",
    "harassment",
    "hold",
    "jam",
    "leak",
    "mismatch",
    "outage",
    "overage",
    "overheat",
    "overlap",
    "overload",
    "restriction",
    "risk",
    "saturation",
    "shortage",
    "shortfall",
    "skew",
    "spam",
    "spike",
    "stutter",
    "surge",
    "variance",
    "violation",
];

/// Nouns of a number in the slot (`share_count`, `order_total`, `hsa_balance`): a metric,
/// not a counting or a balancing.
pub const METRIC_NOUNS: &[&str] = &[
    "backlog",
    "balance",
    "count",
    "estimate",
    "fee",
    "lag",
    "latency",
    "progress",
    "rate",
    "ratio",
    "spend",
    "threshold",
    "total",
];

/// Nouns of a bound or a span a thing has (`data_limit`, `return_window`,
/// `loan_eligibility`): like `ATTRIBUTE_NOUNS`, after a noun they name what it has.
pub const LIMIT_NOUNS: &[&str] = &["cap", "deadline", "eligibility", "limit", "window"];

/// Bills and charges, what a payment pays (`invoice_payment_success` -> `invoice_paid`),
/// unlike its means or its payee (`card_payment_success` stays a payment that succeeded).
pub const PAID_NOUNS: &[&str] = &[
    "bill", "deposit", "fare", "fee", "fine", "invoice", "premium", "rent", "tax", "toll",
    "tuition",
];

/// Verbs that change an amount or a bound (`raise_limit`, `extend_deadline`): before an
/// attribute or a measure they act on it, like `EDIT_VERBS`.
pub const AMOUNT_VERBS: &[&str] = &[
    "adjust", "decrease", "extend", "increase", "lower", "raise", "reduce",
];

/// Articles: no part of what a name says (`place_an_order`, `request_a_quote`).
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Words that say which occurrence: the word after one is a noun, not a verb (GA4's
/// `first_open`, `first_visit` count the first open and visit; `first_opened` says something
/// else).
pub const ORDINALS: &[&str] = &["first", "last", "next", "previous", "second", "third"];

/// Words that start a prepositional phrase: `add_to_cart` has no object of its own to put
/// before the verb; `payment_failed_due_to_card`, `subscription_paused_until_date` end in one.
pub const PREPOSITIONS: &[&str] = &[
    "about", "above", "across", "after", "against", "as", "at", "before", "behind", "below",
    "between", "by", "due", "during", "for", "from", "in", "inside", "into", "near", "of", "on",
    "onto", "outside", "through", "to", "under", "until", "via", "with", "within", "without",
];

/// Words before `_time` that make it a duration (`load_time`, `watch_time`), not a point in
/// time (`click_time`, `install_time`).
pub const DURATION_WORDS: &[&str] = &[
    "active",
    "average",
    "avg",
    "boot",
    "buffer",
    "buffering",
    "build",
    "compile",
    "cpu",
    "cycle",
    "down",
    "dwell",
    "elapsed",
    "execution",
    "handle",
    "handling",
    "hold",
    "idle",
    "lead",
    "load",
    "loading",
    "max",
    "mean",
    "median",
    "min",
    "play",
    "playing",
    "processing",
    "read",
    "reading",
    "render",
    "rendering",
    "response",
    "round",
    "run",
    "running",
    "screen",
    "session",
    "spent",
    "startup",
    "talk",
    "think",
    "total",
    "transit",
    "travel",
    "turnaround",
    "up",
    "view",
    "viewing",
    "wait",
    "waiting",
    "watch",
    "watched",
];

/// WordNet's verbs and the product verbs, parsed once per process.
pub struct Lexicon {
    /// Base verbs whose only past form is the regular one.
    regular: FastSet<&'static str>,
    /// Base verbs with listed past forms -> the forms, the one to suggest first.
    listed: FastMap<&'static str, &'static str>,
    /// Every listed past form -> its base verb.
    listed_forms: FastMap<&'static str, &'static str>,
    /// Verbs WordNet's tagged corpus saw more often as nouns (`company`, `side`).
    mostly_nouns: FastSet<&'static str>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::parse([VERBS, PRODUCT_VERBS]))
}

impl Lexicon {
    fn parse(tables: [&'static str; 2]) -> Lexicon {
        let mut lexicon = Lexicon {
            regular: FastSet::default(),
            listed: FastMap::default(),
            listed_forms: FastMap::default(),
            mostly_nouns: FastSet::default(),
        };
        let lines = tables.into_iter().flat_map(str::lines);
        for line in lines.filter(|l| !l.starts_with('#')) {
            let mut line = line.trim();
            if let Some(rest) = line.strip_prefix('~') {
                line = rest;
                if let Some(base) = line.split(' ').next() {
                    lexicon.mostly_nouns.insert(base);
                }
            } else if let Some(base) = line.split(' ').next() {
                // A later table's plain line overrides an earlier `~` (the product verb
                // `background` over WordNet's mostly-noun one).
                lexicon.mostly_nouns.remove(base);
            }
            let Some((base, forms)) = line.split_once(' ') else {
                if !line.is_empty() {
                    lexicon.regular.insert(line);
                }
                continue;
            };
            lexicon.regular.remove(base);
            lexicon.listed.insert(base, forms);
            for form in forms.split(' ') {
                lexicon.listed_forms.entry(form).or_insert(base);
            }
        }
        lexicon
    }

    pub fn is_base_verb(&self, word: &str) -> bool {
        self.regular.contains(word) || self.listed.contains_key(word)
    }

    /// A base verb that may be taken for the verb of a name: not one WordNet's corpus saw
    /// mostly as a noun (`enrichment_company` is no company-ing), unless it is a common
    /// event verb (`level_end`, `view`), and not a noun that names the object.
    pub fn is_likely_verb(&self, word: &str) -> bool {
        self.is_base_verb(word)
            && !is_object_noun(word)
            && (!self.mostly_nouns.contains(word) || is_action_verb(word))
    }

    /// A likely verb (see [`Lexicon::is_likely_verb`]) or a common event action: a word that
    /// may be the verb of a name.
    pub fn is_verb_like(&self, word: &str) -> bool {
        self.is_likely_verb(word) || is_action_verb(word)
    }

    /// A verb-like word WordNet's tagged corpus never saw as a noun (`renew`, `attach`,
    /// `override`; not `report`, `bet`), whatever rarer noun senses WordNet gives it.
    pub fn is_untagged_as_noun(&self, word: &str) -> bool {
        self.is_verb_like(word) && !is_noun(word)
    }

    /// A verb-like word WordNet's corpus does not know as a noun (see
    /// [`Lexicon::is_untagged_as_noun`]), nor WordNet by two noun senses or more (`dip`,
    /// `climb`; `revoke` has one), unless a common action (`cancel`): where it stands it can
    /// only be a verb.
    pub fn is_only_verb(&self, word: &str) -> bool {
        self.is_untagged_as_noun(word)
            && (is_action_verb(word) || related_words().noun_senses(word) < 2)
    }

    /// A verb-like word WordNet knows as no noun in any sense (`withdraw`, `connect`; not
    /// `quote`, whose one noun sense is a quotation, which [`Lexicon::is_only_verb`] takes
    /// for a verb, nor a common action with a noun sense, `export`).
    pub fn is_never_noun(&self, word: &str) -> bool {
        self.is_untagged_as_noun(word) && !related_words().has_noun_sense(word)
    }

    /// The verb a noun of action comes from: `creation` -> create, `payment` -> pay.
    pub fn verb_of_noun(&self, noun: &str) -> Option<&'static str> {
        let &(_, verb) = NOUNS_OF_ACTION.iter().find(|(n, _)| *n == noun)?;
        self.base(verb)
    }

    /// Whether `particle` after `verb` makes one verb of the two (`set up`, `roll back`,
    /// `sign in`: WordNet's phrasal verbs, the closed compounds' parts and
    /// [`PRODUCT_PHRASAL_VERBS`]), rather than
    /// opening a phrase (`enroll in`).
    pub fn is_phrasal(&self, verb: &str, particle: &str) -> bool {
        static PHRASAL: OnceLock<FastSet<(&'static str, &'static str)>> = OnceLock::new();
        let phrasal = PHRASAL.get_or_init(|| {
            let listed = PHRASAL_VERBS
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once(' '));
            let compounds = COMPOUND_VERBS.iter().map(|&(_, v, p)| (v, p));
            listed
                .chain(compounds)
                .chain(PRODUCT_PHRASAL_VERBS.iter().copied())
                .collect()
        });
        phrasal.contains(&(verb, particle))
    }

    /// The lexicon's own copy of a base verb.
    pub fn base(&self, word: &str) -> Option<&'static str> {
        self.regular
            .get(word)
            .copied()
            .or_else(|| self.listed.get_key_value(word).map(|(base, _)| *base))
    }

    /// The base verb `word` is a past form of (`sent` -> send, `saved` -> save), without
    /// allocating: the listed forms by lookup, regular ones by the stems they can come from.
    pub fn base_of_past(&self, word: &str) -> Option<&'static str> {
        if let Some(&base) = self.listed_forms.get(word) {
            return Some(base);
        }
        let stem = word.strip_suffix("ed")?;
        // viewed <- view, saved <- save, copied <- copy.
        let candidates = [
            Some(Cow::Borrowed(stem)),
            word.strip_suffix('d').map(Cow::Borrowed),
            stem.strip_suffix('i').map(|s| Cow::Owned(format!("{s}y"))),
        ];
        candidates.into_iter().flatten().find_map(|candidate| {
            let base = self.regular.get(candidate.as_ref())?;
            is_regular_past(base, word).then_some(*base)
        })
    }

    /// The past form to suggest for a base verb (`begin` -> begun, `step` -> stepped,
    /// `save` -> saved), or nothing when `base` is no verb.
    pub fn past_participle(&self, base: &str) -> Option<Cow<'static, str>> {
        if let Some(forms) = self.listed.get(base) {
            return forms.split(' ').next().map(Cow::Borrowed);
        }
        self.regular
            .get(base)
            .map(|base| Cow::Owned(regular_past(base)))
    }

    /// Every past form, for "did you mean" on a misspelt one; built on first use.
    pub fn past_forms(&self) -> &'static [String] {
        static FORMS: OnceLock<Vec<String>> = OnceLock::new();
        FORMS.get_or_init(|| {
            let lexicon = lexicon();
            let mut forms: Vec<String> = lexicon
                .listed_forms
                .keys()
                .map(|form| (*form).to_owned())
                .chain(lexicon.regular.iter().map(|base| regular_past(base)))
                .collect();
            forms.sort_unstable();
            forms.dedup();
            forms
        })
    }

    /// How many base verbs the lexicon holds (for the README and tests).
    pub fn len(&self) -> usize {
        self.regular.len() + self.listed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The regular past of a base verb: `save` -> saved, `copy` -> copied, `play` -> played,
/// `view` -> viewed. Doubled consonants (`stepped`) are listed in the table, not guessed.
pub fn regular_past(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = consonant_y_stem(base) {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    }
}

/// Whether `word` is the regular past of `base`, without building it.
fn is_regular_past(base: &str, word: &str) -> bool {
    if base.ends_with('e') {
        return word.strip_suffix('d') == Some(base);
    }
    if let Some(stem) = consonant_y_stem(base) {
        return word.strip_suffix("ied") == Some(stem);
    }
    word.strip_suffix("ed") == Some(base)
}

/// `cop` for copy (a consonant before the y), nothing for play.
fn consonant_y_stem(base: &str) -> Option<&str> {
    base.strip_suffix('y')
        .filter(|stem| !stem.is_empty() && !stem.ends_with(['a', 'e', 'i', 'o', 'u']))
}

/// How a noun holds a WordNet synset, which says whom it is a synonym of (related.txt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SenseRole {
    /// A well-used sense of the word (`comment`, `remark`: "a statement that expresses a
    /// personal opinion").
    Member,
    /// A hypernym the gloss of one of the word's senses defines it by (`note`: "a comment or
    /// instruction").
    Hypernym,
    /// A rarer sense of the word that another word's gloss names (`comment`, "a written
    /// explanation or criticism", for `note`).
    Target,
    /// A verb's main sense, which is another verb's main sense too (`finish`, `complete`), or
    /// its second, or the broader verb another's main sense is a kind of (`remove`).
    Verb,
    /// A verb's second sense, another verb's main or second sense (`grant`, `award`).
    VerbSecond,
    /// A verb's third sense, another verb's main, second or third sense (`finish`, `end`;
    /// `make`, `create`): held to descriptions like a second sense.
    VerbThird,
    /// The broader verb a verb's main sense is a kind of, another verb's main, second or third
    /// sense (`delete`, a way to `remove`; `allocate`, a way to `assign` in its second sense).
    VerbBroader,
    /// Any other sense of a verb, another verb's sense too (`book` and `reserve` share "arrange
    /// for and reserve in advance", `book`'s second sense and `reserve`'s fourth): held to
    /// descriptions like a second sense.
    VerbOther,
    /// A verb two steps up at most from one of a verb's senses, another verb's sense
    /// (`update` is a way to `modify`, a way to `change`): held to descriptions like
    /// [`SenseRole::VerbOther`].
    VerbAncestor,
    /// Any other sense of a noun, another noun's sense too (`gratuity` and `tip`): held to
    /// descriptions that say more than the names and agree.
    Loose,
}

impl SenseRole {
    /// Whether the sense is a verb's (see [`RelatedWords::verb`]).
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            SenseRole::Verb
                | SenseRole::VerbSecond
                | SenseRole::VerbThird
                | SenseRole::VerbBroader
                | SenseRole::VerbOther
                | SenseRole::VerbAncestor
        )
    }

    /// Whether the sense is a loose one (a noun's or a verb's rarer sense, a verb two steps
    /// up), which pairs only on the descriptions and makes no word known
    /// (see [`RelatedWords::knows`]).
    pub fn is_loose(self) -> bool {
        matches!(
            self,
            SenseRole::Loose | SenseRole::VerbOther | SenseRole::VerbAncestor
        )
    }
}

/// One synset a word holds, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sense {
    /// The synset's offset in data.noun, or in data.verb for [`SenseRole::Verb`].
    pub synset: u32,
    pub role: SenseRole,
}

impl Sense {
    /// Whether two nouns holding these senses are synonyms: both use the synset well, or one
    /// is defined by the other. Two words defined by one broader word are not (a
    /// `consultation` and an `interview` are both conversations).
    pub fn pairs_with(self, other: Sense) -> bool {
        use SenseRole::{
            Hypernym, Loose, Member, Target, Verb, VerbAncestor, VerbBroader, VerbOther,
            VerbSecond, VerbThird,
        };
        self.synset == other.synset
            && matches!(
                (self.role, other.role),
                (Member, Member)
                    | (Member | Target | Loose, Loose)
                    | (Loose, Member | Target)
                    | (Verb | VerbSecond | VerbThird | VerbOther, VerbOther)
                    | (VerbOther, Verb | VerbSecond | VerbThird)
                    | (VerbAncestor, Verb | VerbSecond | VerbThird | VerbOther)
                    | (Verb | VerbSecond | VerbThird | VerbOther, VerbAncestor)
                    | (Hypernym, Member | Target)
                    | (Member | Target, Hypernym)
                    | (Verb | VerbSecond, Verb | VerbSecond)
                    | (Verb | VerbSecond | VerbThird, VerbThird)
                    | (VerbThird, Verb | VerbSecond)
                    | (Verb | VerbSecond | VerbThird, VerbBroader)
                    | (VerbBroader, Verb | VerbSecond | VerbThird)
            )
    }

    /// Whether two verbs holding these senses share their main sense, the closest relation:
    /// the definitions need only not tell them apart (others need descriptions that agree).
    pub fn one_main_sense(self, other: Sense) -> bool {
        self.role == SenseRole::Verb && other.role == SenseRole::Verb
    }
}

/// What related.txt says of one word.
#[derive(Clone, Copy, Debug)]
pub struct Related {
    /// The table's own copy of the word.
    pub word: &'static str,
    /// The word it is a derivation of, with one meaning (`validation` -> validate,
    /// `previously` -> previous).
    pub root: Option<&'static str>,
    /// The verb whose message it is (`invitation` -> invite), which is no action: only the
    /// near-duplicate key reads it as its verb.
    pub said: Option<&'static str>,
    /// The synsets it shares with other nouns.
    pub senses: &'static [Sense],
}

impl Related {
    /// The word the near-duplicate key reads it as: its root, or the verb whose message it is.
    pub fn key_root(&self) -> Option<&'static str> {
        self.root.or(self.said)
    }
}

/// A word's `root` and `said` (see [`Related`]).
#[derive(Clone, Copy, Default)]
struct Roots {
    root: Option<&'static str>,
    said: Option<&'static str>,
    /// Whether the line says more than loose senses (see [`RelatedWords::knows`]).
    well_used: bool,
}

/// The derivations and synonyms of related.txt, parsed once per process.
pub struct RelatedWords {
    words: FastMap<&'static str, (Roots, usize, usize)>,
    senses: Vec<Sense>,
    /// A verb's related senses, by verb: where in `senses` they are.
    verbs: FastMap<&'static str, (usize, usize)>,
}

pub fn related_words() -> &'static RelatedWords {
    static RELATED_WORDS: OnceLock<RelatedWords> = OnceLock::new();
    RELATED_WORDS.get_or_init(|| RelatedWords::parse(RELATED))
}

impl RelatedWords {
    /// Lines `word [root | =said] [id | ^id | ~id | +id | vid | wid | tid | uid | xid |
    /// yid ...]`; a field that is neither is skipped (the table is ours, but a bad line must
    /// not stop a check).
    fn parse(table: &'static str) -> RelatedWords {
        let mut related = RelatedWords {
            words: FastMap::default(),
            senses: Vec::new(),
            verbs: FastMap::default(),
        };
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split_whitespace();
            let Some(word) = fields.next() else {
                continue;
            };
            let start = related.senses.len();
            let mut roots = Roots::default();
            let mut verbs = Vec::new();
            for field in fields {
                let numbered = field.len() > 1 && field[1..].bytes().all(|b| b.is_ascii_digit());
                let (role, digits) = match field.as_bytes().first() {
                    Some(b'^') => (SenseRole::Hypernym, &field[1..]),
                    Some(b'~') => (SenseRole::Target, &field[1..]),
                    Some(b'+') => (SenseRole::Loose, &field[1..]),
                    Some(&letter @ (b'v' | b'w' | b't' | b'u' | b'x' | b'y')) if numbered => {
                        let role = match letter {
                            b'v' => SenseRole::Verb,
                            b'w' => SenseRole::VerbSecond,
                            b't' => SenseRole::VerbThird,
                            b'x' => SenseRole::VerbOther,
                            b'y' => SenseRole::VerbAncestor,
                            _ => SenseRole::VerbBroader,
                        };
                        if let Ok(synset) = field[1..].parse() {
                            verbs.push(Sense { synset, role });
                        }
                        continue;
                    }
                    Some(b) if b.is_ascii_digit() => (SenseRole::Member, field),
                    Some(b'=') => {
                        roots.said = field.get(1..);
                        continue;
                    }
                    _ => {
                        roots.root = Some(field);
                        continue;
                    }
                };
                if let Ok(synset) = digits.parse() {
                    related.senses.push(Sense { synset, role });
                }
            }
            let end = related.senses.len();
            roots.well_used = roots.root.is_some()
                || roots.said.is_some()
                || related.senses[start..end]
                    .iter()
                    .chain(&verbs)
                    .any(|s| !s.role.is_loose());
            if !verbs.is_empty() {
                related.verbs.insert(word, (end, end + verbs.len()));
                related.senses.extend(verbs);
            }
            related.words.insert(word, (roots, start, end));
        }
        related
    }

    pub fn get(&'static self, word: &str) -> Option<Related> {
        let (word, &(roots, start, end)) = self.words.get_key_value(word)?;
        Some(Related {
            word,
            root: roots.root,
            said: roots.said,
            senses: self.senses.get(start..end).unwrap_or_default(),
        })
    }

    /// Whether the table knows `word` by more than its loose senses: a derivation, a
    /// well-used sense of a noun, or a verb's first three senses or broader verb (a word of
    /// WordNet's that a name may well use; `temp` and `comp` are known by loose senses only).
    pub fn knows(&'static self, word: &str) -> bool {
        self.words
            .get(word)
            .is_some_and(|(roots, ..)| roots.well_used)
    }

    /// Whether WordNet knows `word` as a noun in some sense it shares with another noun
    /// (`quote`, `pledge`, `swag`), beyond the nouns its tagged corpus saw (see [`is_noun`]).
    pub fn has_noun_sense(&'static self, word: &str) -> bool {
        self.noun_senses(word) > 0
    }

    /// How many senses WordNet knows `word` by as a noun, among those it shares with another
    /// noun (`dip`: 4, `cancel`: 1, `withdraw`: none).
    pub fn noun_senses(&'static self, word: &str) -> usize {
        self.get(word)
            .map_or(0, |r| r.senses.iter().filter(|s| !s.role.is_verb()).count())
    }

    /// The noun of action WordNet derives from `verb`, or the message it says (`connect` ->
    /// connection, `verify` -> verification): the one such noun its tagged corpus saw
    /// (`connexion` is no second choice), none where two were seen (`install`: installation,
    /// installment). The reverse map is built on first use.
    pub fn action_noun(&'static self, verb: &str) -> Option<&'static str> {
        static NOUNS: OnceLock<FastMap<&'static str, Option<&'static str>>> = OnceLock::new();
        let nouns = NOUNS.get_or_init(|| {
            let mut nouns: FastMap<&'static str, Option<&'static str>> = FastMap::default();
            for (&word, (roots, ..)) in &self.words {
                let thing = THING_NOUNS.contains(&word);
                let Some(verb) = roots
                    .root
                    .or(roots.said)
                    .filter(|_| is_noun(word) && !thing)
                else {
                    continue;
                };
                // A second noun of one verb leaves it none.
                nouns
                    .entry(verb)
                    .and_modify(|noun| *noun = None)
                    .or_insert(Some(word));
            }
            nouns
        });
        nouns.get(verb).copied().flatten()
    }

    /// Whether each verb's main sense is the other's second (`connect`, `link`; `allow`,
    /// `permit`; `bet`, `wager`): as close as one main sense shared.
    pub fn main_senses_crossed(&'static self, a: &str, b: &str) -> bool {
        let senses = |verb: &str| self.verb(verb).map(|r| r.senses).unwrap_or_default();
        let (a, b) = (senses(a), senses(b));
        let main_in = |main: &[Sense], other: &[Sense]| {
            main.iter().filter(|s| s.role == SenseRole::Verb).any(|m| {
                other
                    .iter()
                    .any(|o| o.role == SenseRole::VerbSecond && o.synset == m.synset)
            })
        };
        main_in(a, b) && main_in(b, a)
    }

    /// A verb's related senses (`finish`: the main sense it shares with `complete`), as a
    /// [`Related`] of those senses.
    pub fn verb(&'static self, verb: &str) -> Option<Related> {
        let (word, &(start, end)) = self.verbs.get_key_value(verb)?;
        Some(Related {
            word,
            root: None,
            said: None,
            senses: self.senses.get(start..end).unwrap_or_default(),
        })
    }

    /// How many words the table holds (for tests).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Builds the tables the naming rules read for every catalog (the verb lexicon, WordNet's
/// related words, nouns and adjectives), so a worker with nothing else to do can build them
/// while the rules start.
pub fn warm_up() {
    lexicon();
    related_words();
    is_noun("");
    is_adjective("");
}

/// A word list as a set, built on first use (the lists are long; lookups are per token).
pub fn word_set(
    cell: &'static OnceLock<FastSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static FastSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

/// A noun whose first sense is an attribute or a quantity and that is no verb (`measures.txt`:
/// `capacity`, `height`, `availability`): what a thing has, parsed on first use.
pub fn is_measure(word: &str) -> bool {
    static MEASURE_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    table_set(&MEASURE_SET, MEASURES).contains(word)
}

/// A one-word noun WordNet's tagged corpus saw (`nouns.txt`), parsed on first use.
pub fn is_noun(word: &str) -> bool {
    static NOUN_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    table_set(&NOUN_SET, NOUNS).contains(word)
}

/// A word WordNet's tagged corpus saw mostly as an adjective (`adjectives.txt`: `dead`,
/// `quick`), parsed on first use.
pub fn is_adjective(word: &str) -> bool {
    static ADJECTIVE_SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    table_set(&ADJECTIVE_SET, ADJECTIVES).contains(word)
}

/// Who a noun names, by `persons.txt`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Party {
    /// A person (`user`, `customer`, `rider`).
    Person,
    /// A social group (`team`, `company`).
    Group,
}

/// Whether a noun, or the word an abbreviation stands for (`admin`), names a person or a
/// social group: who can sign up or log in, or have done what a name says.
pub fn party(word: &str) -> Option<Party> {
    match persons().get(abbreviation(word).unwrap_or(word)) {
        Some(&PersonLine::Tagged(party)) => Some(party),
        _ => None,
    }
}

/// A person: one WordNet's tagged corpus saw (see [`party`]), or a noun it did not see whose
/// first sense is a person (persons.txt's `untagged`: `alumnus`, `haulier`, `ratepayer`).
pub fn is_person_noun(word: &str) -> bool {
    matches!(
        persons().get(abbreviation(word).unwrap_or(word)),
        Some(PersonLine::Tagged(Party::Person) | PersonLine::Untagged)
    )
}

/// What a line of persons.txt says of its word.
#[derive(Clone, Copy)]
enum PersonLine {
    /// A noun the tagged corpus saw: a person, or (marked `group`) a social group.
    Tagged(Party),
    /// A noun it did not see whose first sense is a person (marked `untagged`).
    Untagged,
}

/// persons.txt, parsed once on first use; a line with another mark is skipped.
fn persons() -> &'static FastMap<&'static str, PersonLine> {
    static PERSONS_TABLE: OnceLock<FastMap<&'static str, PersonLine>> = OnceLock::new();
    PERSONS_TABLE.get_or_init(|| {
        let lines = PERSONS.lines().filter(|l| !l.starts_with('#'));
        lines
            .filter_map(|line| match line.split_once(' ') {
                Some((word, "group")) => Some((word, PersonLine::Tagged(Party::Group))),
                Some((word, "untagged")) => Some((word, PersonLine::Untagged)),
                Some(_) => None,
                None => (!line.is_empty()).then_some((line, PersonLine::Tagged(Party::Person))),
            })
            .collect()
    })
}

/// A person or a social group: who can sign up or log in (`customer_signup`, `team_signup`).
pub fn is_person(word: &str) -> bool {
    party(word).is_some()
}

/// The words of a one-word-per-line table (`#` lines are its header), as a set built once.
fn table_set(
    cell: &'static OnceLock<FastSet<&'static str>>,
    table: &'static str,
) -> &'static FastSet<&'static str> {
    cell.get_or_init(|| {
        table
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .collect()
    })
}

pub fn is_ui_word(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    word_set(&SET, UI_WORDS).contains(word)
}

pub fn is_object_noun(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    word_set(&SET, OBJECT_NOUNS).contains(word)
}

pub fn is_action_verb(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    word_set(&SET, ACTION_VERBS).contains(word)
}

pub fn is_banned(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    word_set(&SET, BANNED).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_parsed() {
        let lexicon = lexicon();
        assert!(lexicon.len() > 8_000, "{}", lexicon.len());
        for base in [
            "view", "send", "begin", "step", "onboard", "upvote", "save", "copy",
        ] {
            assert!(lexicon.is_base_verb(base), "{base}");
        }
        assert!(!lexicon.is_base_verb("checkout"));
        assert!(!lexicon.is_base_verb("event"));
    }

    #[test]
    fn a_verb_seen_mostly_as_a_noun_is_no_likely_verb() {
        let lexicon = lexicon();
        // By the senses the corpus tagged (`company`), or by how often it saw the word as a
        // noun rather than a verb (cntlist.rev: dog 42 to 2, crop 8 to 1, rest 56 to 48).
        for noun in ["company", "dog", "crop", "cash", "rest", "fuel"] {
            assert!(!lexicon.is_likely_verb(noun), "{noun}");
            assert!(lexicon.is_base_verb(noun), "{noun}");
        }
        // A common event action is one all the same (`workout_log`, `order_ship`).
        for verb in ["grant", "lag", "log", "ship", "view"] {
            assert!(lexicon.is_likely_verb(verb), "{verb}");
        }
    }

    #[test]
    fn past_participles_are_real_words() {
        let lexicon = lexicon();
        let cases = [
            ("send", "sent"),
            ("begin", "begun"),
            ("pay", "paid"),
            ("buy", "bought"),
            ("step", "stepped"),
            ("submit", "submitted"),
            ("save", "saved"),
            ("copy", "copied"),
            ("play", "played"),
            ("view", "viewed"),
            ("choose", "chosen"),
            ("do", "done"),
            ("go", "gone"),
            ("put", "put"),
            ("run", "run"),
            ("show", "shown"),
            ("swim", "swum"),
            ("panic", "panicked"),
            ("cancel", "cancelled"),
            ("burn", "burned"),
            // Only a British past is in -t for burn and spell; keep, sweep, deal and mean have
            // no other (the tables once suggested `keeped`, `sweeped`), and knit doubles its t.
            ("spell", "spelled"),
            ("keep", "kept"),
            ("sweep", "swept"),
            ("deal", "dealt"),
            ("mean", "meant"),
            ("knit", "knitted"),
            // WordNet lists only the archaic `addrest`, `blest`, `bypast`.
            ("address", "addressed"),
            ("bless", "blessed"),
            ("bypass", "bypassed"),
            ("benefit", "benefited"),
            ("onboard", "onboarded"),
            ("upvote", "upvoted"),
            ("upsell", "upsold"),
            ("unsubscribe", "unsubscribed"),
            // WordNet lists only `wrought`, `molten`, `shaven`: the regular past is the one.
            ("work", "worked"),
            ("melt", "melted"),
            ("shave", "shaved"),
            ("spotlight", "spotlighted"),
            // A prefix or a noun before a verb with pasts of its own (the tables once
            // suggested `proofreaded`, `resubmited`, `troubleshooted`), but not a word only
            // spelled like one (`delay`, `relay`) nor a suffix (`memorise`).
            ("proofread", "proofread"),
            ("resubmit", "resubmitted"),
            ("troubleshoot", "troubleshot"),
            ("bootstrap", "bootstrapped"),
            ("resell", "resold"),
            ("rework", "reworked"),
            ("delay", "delayed"),
            ("relay", "relayed"),
            ("memorise", "memorised"),
            ("beat", "beat"),
            ("chide", "chided"),
            ("forecast", "forecast"),
        ];
        for (base, past) in cases {
            assert_eq!(
                lexicon.past_participle(base).as_deref(),
                Some(past),
                "{base}"
            );
        }
        assert_eq!(lexicon.past_participle("checkout"), None);
    }

    #[test]
    fn past_forms_lead_back_to_their_base() {
        let lexicon = lexicon();
        let cases = [
            ("sent", Some("send")),
            ("began", Some("begin")),
            ("begun", Some("begin")),
            ("stepped", Some("step")),
            ("saved", Some("save")),
            ("copied", Some("copy")),
            ("played", Some("play")),
            ("viewed", Some("view")),
            ("canceled", Some("cancel")),
            ("cancelled", Some("cancel")),
            ("showed", Some("show")),
            ("burnt", Some("burn")),
            ("keeped", None),
            ("sweeped", None),
            ("knited", None),
            ("worked", Some("work")),
            ("wrought", Some("work")),
            ("melted", Some("melt")),
            ("proofread", Some("proofread")),
            ("resubmitted", Some("resubmit")),
            ("resubmited", None),
            ("proofreaded", None),
            ("beat", Some("beat")),
            ("forecasted", Some("forecast")),
            ("chided", Some("chide")),
            ("weaved", Some("weave")),
            ("broadcasted", Some("broadcast")),
            ("costed", Some("cost")),
            ("prepped", Some("prep")),
            ("backfilled", Some("backfill")),
            ("unhid", Some("unhide")),
            ("burned", Some("burn")),
            ("upvoted", Some("upvote")),
            ("synced", Some("sync")),
            // Misspelt or made up: no verb.
            ("steped", None),
            ("sended", None),
            ("upgraed", None),
            ("blorped", None),
            ("controled", None),
        ];
        for (word, base) in cases {
            assert_eq!(lexicon.base_of_past(word), base, "{word}");
        }
    }

    #[test]
    fn related_words_hold_derivations_and_synonyms() {
        let related = related_words();
        assert!(related.len() > 4_000, "{}", related.len());
        let root = |word: &str| related.get(word).and_then(|r| r.root);
        assert_eq!(root("validation"), Some("validate"));
        assert_eq!(root("deletion"), Some("delete"));
        assert_eq!(root("previously"), Some("previous"));
        // Not one meaning: a statement is no state, a user no use, a manual a book.
        assert_eq!(root("statement"), None);
        assert_eq!(root("user"), None);
        assert_eq!(root("manually"), None);
        // Synonyms in well-used senses of both words.
        let synonyms = |a: &str, b: &str| {
            let (Some(a), Some(b)) = (related.get(a), related.get(b)) else {
                return false;
            };
            let well_used = |s: &&Sense| !s.role.is_loose();
            a.senses
                .iter()
                .filter(well_used)
                .any(|s| b.senses.iter().filter(well_used).any(|t| s.pairs_with(*t)))
        };
        let loose = |a: &str, b: &str| {
            let (Some(a), Some(b)) = (related.get(a), related.get(b)) else {
                return false;
            };
            a.senses.iter().any(|s| {
                b.senses
                    .iter()
                    .any(|t| s.pairs_with(*t) && [s.role, t.role].contains(&SenseRole::Loose))
            })
        };
        assert!(synonyms("note", "comment"));
        assert!(synonyms("comment", "remark"));
        // Loose synonyms: a sense one of the two seldom has ("a short account of the news",
        // "a bill of fare").
        assert!(loose("account", "report") && !synonyms("account", "report"));
        assert!(loose("card", "menu") && !synonyms("card", "menu"));
        assert!(loose("gratuity", "tip"));
        // Both "a conversation": defined by one broader word, not by each other.
        assert!(!synonyms("consultation", "interview"));
        // Known by more than loose senses, or not.
        assert!(related.knows("validation") && related.knows("comment"));
        assert!(!related.knows("gratuity") && !related.knows("temp"));
        // A verb's main sense a kind of another's second: `allocate`, `assign`.
        let verb_senses = |verb: &str| related.verb(verb).map(|r| r.senses).unwrap_or_default();
        assert!(verb_senses("allocate").iter().any(|s| {
            s.role == SenseRole::VerbBroader
                && verb_senses("assign")
                    .iter()
                    .any(|t| t.role == SenseRole::VerbSecond && s.pairs_with(*t))
        }));
        // A verb's rarer sense another verb shares: `book`'s second, `reserve`'s fourth.
        assert!(verb_senses("book").iter().any(|s| {
            s.role == SenseRole::VerbOther
                && verb_senses("reserve")
                    .iter()
                    .any(|t| t.role == SenseRole::VerbOther && s.pairs_with(*t))
        }));
    }

    #[test]
    fn every_listed_suggestion_is_an_accepted_form() {
        let lexicon = lexicon();
        // A form two bases share (`enrolled`: enrol, enroll) leads back to one of them.
        for base in lexicon.listed.keys() {
            let past = lexicon.past_participle(base).unwrap_or_default();
            assert!(lexicon.base_of_past(&past).is_some(), "{base}: {past}");
        }
    }
}
