//! naming/*: event and property names a new analyst can read and query (SPEC §3.2): the rules,
//! the checks of one name and their diagnostics. How a name is read (its verb slot, its typed
//! parts, what it says) lives in `grammar`, renames in `rename`, the near-duplicate search in
//! `near_duplicate`; the word data they read lives in `words`.

mod grammar;
#[cfg(test)]
mod held_out;
#[cfg(test)]
mod held_out_10;
#[cfg(test)]
mod held_out_100;
#[cfg(test)]
mod held_out_101;
#[cfg(test)]
mod held_out_102;
#[cfg(test)]
mod held_out_103;
#[cfg(test)]
mod held_out_104;
#[cfg(test)]
mod held_out_105;
#[cfg(test)]
mod held_out_106;
#[cfg(test)]
mod held_out_107;
#[cfg(test)]
mod held_out_108;
#[cfg(test)]
mod held_out_109;
#[cfg(test)]
mod held_out_11;
#[cfg(test)]
mod held_out_110;
#[cfg(test)]
mod held_out_111;
#[cfg(test)]
mod held_out_112;
#[cfg(test)]
mod held_out_113;
#[cfg(test)]
mod held_out_114;
#[cfg(test)]
mod held_out_115;
#[cfg(test)]
mod held_out_116;
#[cfg(test)]
mod held_out_117;
#[cfg(test)]
mod held_out_118;
#[cfg(test)]
mod held_out_119;
#[cfg(test)]
mod held_out_12;
#[cfg(test)]
mod held_out_120;
#[cfg(test)]
mod held_out_121;
#[cfg(test)]
mod held_out_122;
#[cfg(test)]
mod held_out_123;
#[cfg(test)]
mod held_out_124;
#[cfg(test)]
mod held_out_125;
#[cfg(test)]
mod held_out_126;
#[cfg(test)]
mod held_out_127;
#[cfg(test)]
mod held_out_128;
#[cfg(test)]
mod held_out_129;
#[cfg(test)]
mod held_out_13;
#[cfg(test)]
mod held_out_130;
#[cfg(test)]
mod held_out_131;
#[cfg(test)]
mod held_out_132;
#[cfg(test)]
mod held_out_133;
#[cfg(test)]
mod held_out_134;
#[cfg(test)]
mod held_out_135;
#[cfg(test)]
mod held_out_136;
#[cfg(test)]
mod held_out_137;
#[cfg(test)]
mod held_out_138;
#[cfg(test)]
mod held_out_139;
#[cfg(test)]
mod held_out_14;
#[cfg(test)]
mod held_out_140;
#[cfg(test)]
mod held_out_141;
#[cfg(test)]
mod held_out_142;
#[cfg(test)]
mod held_out_143;
#[cfg(test)]
mod held_out_144;
#[cfg(test)]
mod held_out_145;
#[cfg(test)]
mod held_out_146;
#[cfg(test)]
mod held_out_147;
#[cfg(test)]
mod held_out_148;
#[cfg(test)]
mod held_out_149;
#[cfg(test)]
mod held_out_15;
#[cfg(test)]
mod held_out_150;
#[cfg(test)]
mod held_out_151;
#[cfg(test)]
mod held_out_152;
#[cfg(test)]
mod held_out_153;
#[cfg(test)]
mod held_out_154;
#[cfg(test)]
mod held_out_155;
#[cfg(test)]
mod held_out_156;
#[cfg(test)]
mod held_out_157;
#[cfg(test)]
mod held_out_158;
#[cfg(test)]
mod held_out_159;
#[cfg(test)]
mod held_out_16;
#[cfg(test)]
mod held_out_160;
#[cfg(test)]
mod held_out_161;
#[cfg(test)]
mod held_out_162;
#[cfg(test)]
mod held_out_163;
#[cfg(test)]
mod held_out_164;
#[cfg(test)]
mod held_out_165;
#[cfg(test)]
mod held_out_166;
#[cfg(test)]
mod held_out_167;
#[cfg(test)]
mod held_out_168;
#[cfg(test)]
mod held_out_169;
#[cfg(test)]
mod held_out_17;
#[cfg(test)]
mod held_out_170;
#[cfg(test)]
mod held_out_171;
#[cfg(test)]
mod held_out_172;
#[cfg(test)]
mod held_out_173;
#[cfg(test)]
mod held_out_174;
#[cfg(test)]
mod held_out_175;
#[cfg(test)]
mod held_out_18;
#[cfg(test)]
mod held_out_19;
#[cfg(test)]
mod held_out_2;
#[cfg(test)]
mod held_out_20;
#[cfg(test)]
mod held_out_21;
#[cfg(test)]
mod held_out_22;
#[cfg(test)]
mod held_out_23;
#[cfg(test)]
mod held_out_24;
#[cfg(test)]
mod held_out_25;
#[cfg(test)]
mod held_out_26;
#[cfg(test)]
mod held_out_27;
#[cfg(test)]
mod held_out_28;
#[cfg(test)]
mod held_out_29;
#[cfg(test)]
mod held_out_3;
#[cfg(test)]
mod held_out_30;
#[cfg(test)]
mod held_out_31;
#[cfg(test)]
mod held_out_32;
#[cfg(test)]
mod held_out_33;
#[cfg(test)]
mod held_out_34;
#[cfg(test)]
mod held_out_35;
#[cfg(test)]
mod held_out_36;
#[cfg(test)]
mod held_out_37;
#[cfg(test)]
mod held_out_38;
#[cfg(test)]
mod held_out_39;
#[cfg(test)]
mod held_out_4;
#[cfg(test)]
mod held_out_40;
#[cfg(test)]
mod held_out_41;
#[cfg(test)]
mod held_out_42;
#[cfg(test)]
mod held_out_43;
#[cfg(test)]
mod held_out_44;
#[cfg(test)]
mod held_out_45;
#[cfg(test)]
mod held_out_46;
#[cfg(test)]
mod held_out_47;
#[cfg(test)]
mod held_out_48;
#[cfg(test)]
mod held_out_49;
#[cfg(test)]
mod held_out_5;
#[cfg(test)]
mod held_out_50;
#[cfg(test)]
mod held_out_51;
#[cfg(test)]
mod held_out_52;
#[cfg(test)]
mod held_out_53;
#[cfg(test)]
mod held_out_54;
#[cfg(test)]
mod held_out_55;
#[cfg(test)]
mod held_out_56;
#[cfg(test)]
mod held_out_57;
#[cfg(test)]
mod held_out_58;
#[cfg(test)]
mod held_out_59;
#[cfg(test)]
mod held_out_6;
#[cfg(test)]
mod held_out_60;
#[cfg(test)]
mod held_out_61;
#[cfg(test)]
mod held_out_62;
#[cfg(test)]
mod held_out_63;
#[cfg(test)]
mod held_out_64;
#[cfg(test)]
mod held_out_65;
#[cfg(test)]
mod held_out_66;
#[cfg(test)]
mod held_out_67;
#[cfg(test)]
mod held_out_68;
#[cfg(test)]
mod held_out_69;
#[cfg(test)]
mod held_out_7;
#[cfg(test)]
mod held_out_70;
#[cfg(test)]
mod held_out_71;
#[cfg(test)]
mod held_out_72;
#[cfg(test)]
mod held_out_73;
#[cfg(test)]
mod held_out_74;
#[cfg(test)]
mod held_out_75;
#[cfg(test)]
mod held_out_76;
#[cfg(test)]
mod held_out_77;
#[cfg(test)]
mod held_out_78;
#[cfg(test)]
mod held_out_79;
#[cfg(test)]
mod held_out_8;
#[cfg(test)]
mod held_out_80;
#[cfg(test)]
mod held_out_81;
#[cfg(test)]
mod held_out_82;
#[cfg(test)]
mod held_out_83;
#[cfg(test)]
mod held_out_84;
#[cfg(test)]
mod held_out_85;
#[cfg(test)]
mod held_out_86;
#[cfg(test)]
mod held_out_87;
#[cfg(test)]
mod held_out_88;
#[cfg(test)]
mod held_out_89;
#[cfg(test)]
mod held_out_9;
#[cfg(test)]
mod held_out_90;
#[cfg(test)]
mod held_out_91;
#[cfg(test)]
mod held_out_92;
#[cfg(test)]
mod held_out_93;
#[cfg(test)]
mod held_out_94;
#[cfg(test)]
mod held_out_95;
#[cfg(test)]
mod held_out_96;
#[cfg(test)]
mod held_out_97;
#[cfg(test)]
mod held_out_98;
#[cfg(test)]
mod held_out_99;
mod near_duplicate;
#[cfg(test)]
mod near_duplicate_held_out;
#[cfg(test)]
mod near_duplicate_held_out_10;
#[cfg(test)]
mod near_duplicate_held_out_100;
#[cfg(test)]
mod near_duplicate_held_out_101;
#[cfg(test)]
mod near_duplicate_held_out_102;
#[cfg(test)]
mod near_duplicate_held_out_103;
#[cfg(test)]
mod near_duplicate_held_out_104;
#[cfg(test)]
mod near_duplicate_held_out_105;
#[cfg(test)]
mod near_duplicate_held_out_106;
#[cfg(test)]
mod near_duplicate_held_out_107;
#[cfg(test)]
mod near_duplicate_held_out_108;
#[cfg(test)]
mod near_duplicate_held_out_109;
#[cfg(test)]
mod near_duplicate_held_out_11;
#[cfg(test)]
mod near_duplicate_held_out_110;
#[cfg(test)]
mod near_duplicate_held_out_111;
#[cfg(test)]
mod near_duplicate_held_out_112;
#[cfg(test)]
mod near_duplicate_held_out_113;
#[cfg(test)]
mod near_duplicate_held_out_114;
#[cfg(test)]
mod near_duplicate_held_out_115;
#[cfg(test)]
mod near_duplicate_held_out_116;
#[cfg(test)]
mod near_duplicate_held_out_117;
#[cfg(test)]
mod near_duplicate_held_out_118;
#[cfg(test)]
mod near_duplicate_held_out_119;
#[cfg(test)]
mod near_duplicate_held_out_12;
#[cfg(test)]
mod near_duplicate_held_out_120;
#[cfg(test)]
mod near_duplicate_held_out_121;
#[cfg(test)]
mod near_duplicate_held_out_122;
#[cfg(test)]
mod near_duplicate_held_out_123;
#[cfg(test)]
mod near_duplicate_held_out_124;
#[cfg(test)]
mod near_duplicate_held_out_125;
#[cfg(test)]
mod near_duplicate_held_out_126;
#[cfg(test)]
mod near_duplicate_held_out_127;
#[cfg(test)]
mod near_duplicate_held_out_128;
#[cfg(test)]
mod near_duplicate_held_out_129;
#[cfg(test)]
mod near_duplicate_held_out_13;
#[cfg(test)]
mod near_duplicate_held_out_130;
#[cfg(test)]
mod near_duplicate_held_out_131;
#[cfg(test)]
mod near_duplicate_held_out_132;
#[cfg(test)]
mod near_duplicate_held_out_133;
#[cfg(test)]
mod near_duplicate_held_out_134;
#[cfg(test)]
mod near_duplicate_held_out_135;
#[cfg(test)]
mod near_duplicate_held_out_136;
#[cfg(test)]
mod near_duplicate_held_out_137;
#[cfg(test)]
mod near_duplicate_held_out_138;
#[cfg(test)]
mod near_duplicate_held_out_139;
#[cfg(test)]
mod near_duplicate_held_out_14;
#[cfg(test)]
mod near_duplicate_held_out_140;
#[cfg(test)]
mod near_duplicate_held_out_141;
#[cfg(test)]
mod near_duplicate_held_out_142;
#[cfg(test)]
mod near_duplicate_held_out_143;
#[cfg(test)]
mod near_duplicate_held_out_144;
#[cfg(test)]
mod near_duplicate_held_out_145;
#[cfg(test)]
mod near_duplicate_held_out_146;
#[cfg(test)]
mod near_duplicate_held_out_147;
#[cfg(test)]
mod near_duplicate_held_out_148;
#[cfg(test)]
mod near_duplicate_held_out_149;
#[cfg(test)]
mod near_duplicate_held_out_15;
#[cfg(test)]
mod near_duplicate_held_out_150;
#[cfg(test)]
mod near_duplicate_held_out_151;
#[cfg(test)]
mod near_duplicate_held_out_152;
#[cfg(test)]
mod near_duplicate_held_out_153;
#[cfg(test)]
mod near_duplicate_held_out_154;
#[cfg(test)]
mod near_duplicate_held_out_155;
#[cfg(test)]
mod near_duplicate_held_out_156;
#[cfg(test)]
mod near_duplicate_held_out_157;
#[cfg(test)]
mod near_duplicate_held_out_158;
#[cfg(test)]
mod near_duplicate_held_out_159;
#[cfg(test)]
mod near_duplicate_held_out_16;
#[cfg(test)]
mod near_duplicate_held_out_160;
#[cfg(test)]
mod near_duplicate_held_out_161;
#[cfg(test)]
mod near_duplicate_held_out_162;
#[cfg(test)]
mod near_duplicate_held_out_163;
#[cfg(test)]
mod near_duplicate_held_out_164;
#[cfg(test)]
mod near_duplicate_held_out_165;
#[cfg(test)]
mod near_duplicate_held_out_166;
#[cfg(test)]
mod near_duplicate_held_out_167;
#[cfg(test)]
mod near_duplicate_held_out_168;
#[cfg(test)]
mod near_duplicate_held_out_169;
#[cfg(test)]
mod near_duplicate_held_out_17;
#[cfg(test)]
mod near_duplicate_held_out_170;
#[cfg(test)]
mod near_duplicate_held_out_171;
#[cfg(test)]
mod near_duplicate_held_out_172;
#[cfg(test)]
mod near_duplicate_held_out_173;
#[cfg(test)]
mod near_duplicate_held_out_174;
#[cfg(test)]
mod near_duplicate_held_out_175;
#[cfg(test)]
mod near_duplicate_held_out_18;
#[cfg(test)]
mod near_duplicate_held_out_19;
#[cfg(test)]
mod near_duplicate_held_out_2;
#[cfg(test)]
mod near_duplicate_held_out_20;
#[cfg(test)]
mod near_duplicate_held_out_21;
#[cfg(test)]
mod near_duplicate_held_out_22;
#[cfg(test)]
mod near_duplicate_held_out_23;
#[cfg(test)]
mod near_duplicate_held_out_24;
#[cfg(test)]
mod near_duplicate_held_out_25;
#[cfg(test)]
mod near_duplicate_held_out_26;
#[cfg(test)]
mod near_duplicate_held_out_27;
#[cfg(test)]
mod near_duplicate_held_out_28;
#[cfg(test)]
mod near_duplicate_held_out_29;
#[cfg(test)]
mod near_duplicate_held_out_3;
#[cfg(test)]
mod near_duplicate_held_out_30;
#[cfg(test)]
mod near_duplicate_held_out_31;
#[cfg(test)]
mod near_duplicate_held_out_32;
#[cfg(test)]
mod near_duplicate_held_out_33;
#[cfg(test)]
mod near_duplicate_held_out_34;
#[cfg(test)]
mod near_duplicate_held_out_35;
#[cfg(test)]
mod near_duplicate_held_out_36;
#[cfg(test)]
mod near_duplicate_held_out_37;
#[cfg(test)]
mod near_duplicate_held_out_38;
#[cfg(test)]
mod near_duplicate_held_out_39;
#[cfg(test)]
mod near_duplicate_held_out_4;
#[cfg(test)]
mod near_duplicate_held_out_40;
#[cfg(test)]
mod near_duplicate_held_out_41;
#[cfg(test)]
mod near_duplicate_held_out_42;
#[cfg(test)]
mod near_duplicate_held_out_43;
#[cfg(test)]
mod near_duplicate_held_out_44;
#[cfg(test)]
mod near_duplicate_held_out_45;
#[cfg(test)]
mod near_duplicate_held_out_46;
#[cfg(test)]
mod near_duplicate_held_out_47;
#[cfg(test)]
mod near_duplicate_held_out_48;
#[cfg(test)]
mod near_duplicate_held_out_49;
#[cfg(test)]
mod near_duplicate_held_out_5;
#[cfg(test)]
mod near_duplicate_held_out_50;
#[cfg(test)]
mod near_duplicate_held_out_51;
#[cfg(test)]
mod near_duplicate_held_out_52;
#[cfg(test)]
mod near_duplicate_held_out_53;
#[cfg(test)]
mod near_duplicate_held_out_54;
#[cfg(test)]
mod near_duplicate_held_out_55;
#[cfg(test)]
mod near_duplicate_held_out_56;
#[cfg(test)]
mod near_duplicate_held_out_57;
#[cfg(test)]
mod near_duplicate_held_out_58;
#[cfg(test)]
mod near_duplicate_held_out_59;
#[cfg(test)]
mod near_duplicate_held_out_6;
#[cfg(test)]
mod near_duplicate_held_out_60;
#[cfg(test)]
mod near_duplicate_held_out_61;
#[cfg(test)]
mod near_duplicate_held_out_62;
#[cfg(test)]
mod near_duplicate_held_out_63;
#[cfg(test)]
mod near_duplicate_held_out_64;
#[cfg(test)]
mod near_duplicate_held_out_65;
#[cfg(test)]
mod near_duplicate_held_out_66;
#[cfg(test)]
mod near_duplicate_held_out_67;
#[cfg(test)]
mod near_duplicate_held_out_68;
#[cfg(test)]
mod near_duplicate_held_out_69;
#[cfg(test)]
mod near_duplicate_held_out_7;
#[cfg(test)]
mod near_duplicate_held_out_70;
#[cfg(test)]
mod near_duplicate_held_out_71;
#[cfg(test)]
mod near_duplicate_held_out_72;
#[cfg(test)]
mod near_duplicate_held_out_73;
#[cfg(test)]
mod near_duplicate_held_out_74;
#[cfg(test)]
mod near_duplicate_held_out_75;
#[cfg(test)]
mod near_duplicate_held_out_76;
#[cfg(test)]
mod near_duplicate_held_out_77;
#[cfg(test)]
mod near_duplicate_held_out_78;
#[cfg(test)]
mod near_duplicate_held_out_79;
#[cfg(test)]
mod near_duplicate_held_out_8;
#[cfg(test)]
mod near_duplicate_held_out_80;
#[cfg(test)]
mod near_duplicate_held_out_81;
#[cfg(test)]
mod near_duplicate_held_out_82;
#[cfg(test)]
mod near_duplicate_held_out_83;
#[cfg(test)]
mod near_duplicate_held_out_84;
#[cfg(test)]
mod near_duplicate_held_out_85;
#[cfg(test)]
mod near_duplicate_held_out_86;
#[cfg(test)]
mod near_duplicate_held_out_87;
#[cfg(test)]
mod near_duplicate_held_out_88;
#[cfg(test)]
mod near_duplicate_held_out_89;
#[cfg(test)]
mod near_duplicate_held_out_9;
#[cfg(test)]
mod near_duplicate_held_out_90;
#[cfg(test)]
mod near_duplicate_held_out_91;
#[cfg(test)]
mod near_duplicate_held_out_92;
#[cfg(test)]
mod near_duplicate_held_out_93;
#[cfg(test)]
mod near_duplicate_held_out_94;
#[cfg(test)]
mod near_duplicate_held_out_95;
#[cfg(test)]
mod near_duplicate_held_out_96;
#[cfg(test)]
mod near_duplicate_held_out_97;
#[cfg(test)]
mod near_duplicate_held_out_98;
#[cfg(test)]
mod near_duplicate_held_out_99;
mod rename;
#[cfg(test)]
mod training;

use std::cell::RefCell;

use foldhash::HashSet as FastSet;

use super::Context;
use super::words::{self, Lexicon, PARTICLES};
use crate::catalog::rename::{References, edits as rename_edits};
use crate::catalog::{Catalog, Name};
use crate::config::{Naming, NamingStyle};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Fix, Rule};
use crate::syntax::source::Sources;
use crate::text::to_snake_case;
use grammar::{ShapeProblem, assemble, is_article};
use near_duplicate::{
    Definition, Entry, Kind, near_duplicates, property_definitions, property_entries,
};
pub use near_duplicate::{near_duplicate_key, spelling_key};
use rename::{Typos, VerbFix, fix_verb, renamed_event, run_on_split, spelled_out};

pub static CASE: Rule = Rule {
    id: "naming/case",
    severity: Severity::Error,
    summary: "Event and property names are snake_case ASCII: `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`.",
    why: "Warehouses, CRM tools and SDKs each mangle `OrderCompleted`, `order-completed` and \
          `Order Completed` differently; one case everywhere keeps a name the same column, the \
          same trait and the same trigger in every tool.",
    bad: "events:\n  OrderCompleted:\n    owner: checkout\n",
    good: "events:\n  order_completed:\n    owner: checkout\n",
    fix: Fix::Unsafe,
};

pub static STYLE: Rule = Rule {
    id: "naming/style",
    severity: Severity::Error,
    summary: "The event name has the configured shape: at least an object and a verb (and a \
              product area first for area_object_action), and matches `naming.event_pattern`.",
    why: "`signup` could be a page, a button or an outcome. A name with an object and a verb \
          (`user_signed_up`) says what happened to what, and one shape across the catalog \
          makes events sort and search together.",
    bad: "events:\n  signup:\n    owner: growth\n",
    good: "events:\n  user_signed_up:\n    owner: growth\n",
    fix: Fix::Unsafe,
};

pub static PAST_TENSE_VERB: Rule = Rule {
    id: "naming/past-tense-verb",
    severity: Severity::Error,
    summary: "The verb slot (last token for object_action, first for verb_object) holds a \
              past-tense verb of the lexicon (WordNet's verbs, product verbs such as onboarded, \
              and `naming.extra_verbs`) or the regular `-ed` form of a noun WordNet knows \
              (`bin_stickered`); one particle (up, in, out, ...), or a short phrase \
              (`card_moved_to_board`, `listing_taken_off_market`, \
              `episode_downloaded_over_wifi`) or complement \
              (`doc_made_private`, `answer_rated_helpful`), or the preposition a verb takes \
              (`permit_applied_for`, `message_replied_to`), may follow it, and so may an \
              adverb last (`order_delivered_late`, `payment_retried_automatically`: \
              an `-ly` form of a known word, or again, aloud, early, late, online, once, twice, \
              daily, weekly, ...).",
    why: "An event records something that already happened. `page_view` reads as a noun or a \
          command; `page_viewed` is unambiguous, and a consistent tense keeps names guessable \
          in every query. An `-ed` word that is no verb (`plan_upgraed`) is a typo that splits \
          the event from its siblings; the help names the nearest real verb.",
    bad: "events:\n  page_view:\n    owner: web\n  plan_upgraed:\n    owner: billing\n",
    good: "events:\n  page_viewed:\n    owner: web\n  plan_upgraded:\n    owner: billing\n",
    fix: Fix::Unsafe,
};

pub static VAGUE_WORD: Rule = Rule {
    id: "naming/vague-word",
    severity: Severity::Error,
    summary: "A name uses a banned vague word (stuff, thing, misc, test, engaged, ...), names \
              only an engagement or interaction, is a bare `event` or `custom` or ends in one \
              (`*_event`; not after a product verb first: `create_event`), uses a generic UI \
              word with a number (`button1`), a token of digits \
              only (`step_2`), or a generic UI or action noun as the whole object \
              (`button_clicked`, `open_modal`, `do_action`).",
    why: "`clicked_stuff`, `user_engagement` and `media_player_event` mean nothing six months \
          later, and UI positions change with every redesign. Name the product noun and what \
          happened to it; put positions and step numbers in properties. Where such a word \
          names something specific (`calendar_event_created`, `engagement_score_updated`, \
          `signup_form_submitted`) it is left alone, and so are the standard `page_viewed` and \
          `screen_viewed`.",
    bad: "events:\n  clicked_stuff:\n    owner: web\n  button_clicked:\n    owner: web\n  step_2_completed:\n    owner: onboarding\n  user_engagement:\n    owner: web\n  media_player_event:\n    owner: video\n",
    good: "events:\n  invitation_sent:\n    owner: web\n  signup_form_submitted:\n    owner: web\n  onboarding_step_completed:\n    owner: onboarding\n    properties:\n      step_number: {type: integer, minimum: 1, required: true}\n  article_read:\n    owner: web\n  video_paused:\n    owner: video\n",
    fix: Fix::None,
};

pub static NEAR_DUPLICATE: Rule = Rule {
    id: "naming/near-duplicate",
    severity: Severity::Warning,
    summary: "Two event names (or two property names) differ only in case, separators (also \
              inside a word: `sign_up`, `signup`), word order, verb form, spelling or a \
              derivation of one meaning (`validation`, `validate`; `previously`, `previous`), or, \
              when their definitions agree, in number or by a WordNet synonym (`note`, \
              `comment`); reported on the one that breaks other naming rules, else the newer one.",
    why: "`order_completed` and `order_complete` split one metric across two names; every \
          dashboard then counts half of it. Near-duplicates are almost always the same thing \
          tracked twice. A plural or a synonym alone is not enough: `file_deleted` and a \
          `files_deleted` with a count, `error` the message and `errors` the count, are two \
          things. Such a pair needs the same properties (or, for properties, the same type) \
          and descriptions that agree; a synonym also needs descriptions that say the same in \
          other words than the names, and a noun only one of the names uses (`project` and \
          `task` across several events are two things). Not pairs either: a list and a scalar \
          (`tags`, `tag`), other numbers (`step_1`, `step_11`), another verb \
          (`export_imported`, `import_exported`). Keep the well-formed name, or the one the \
          baseline already has.",
    bad: "events:\n  order_cancelled:\n    owner: checkout\n  order_canceled:\n    owner: payments\n  refunded_order:\n    owner: payments\n  order_refunded:\n    owner: payments\n  validate_completed:\n    owner: data\n  validation_completed:\n    owner: data\n",
    good: "events:\n  order_cancelled:\n    owner: checkout\n  order_refunded:\n    owner: payments\n  validate_completed:\n    owner: data\n",
    fix: Fix::None,
};

pub static MAX_LENGTH: Rule = Rule {
    id: "naming/max-length",
    severity: Severity::Warning,
    summary: "An event or property name is longer than `naming.max_length` (48).",
    why: "Destinations truncate long names (some CRM tools at 50 characters), and a truncated \
          name collides with its neighbours.",
    bad: "events:\n  onboarding_checklist_first_team_member_invitation_sent_successfully:\n    owner: growth\n",
    good: "events:\n  teammate_invited:\n    owner: growth\n",
    fix: Fix::None,
};

pub const RULES: &[&Rule] = &[
    &CASE,
    &STYLE,
    &PAST_TENSE_VERB,
    &VAGUE_WORD,
    &NEAR_DUPLICATE,
    &MAX_LENGTH,
];

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // The word tables take a while to build: another worker may build them meanwhile.
    crate::pool::join(|| check_names(cx, out), words::warm_up);
}

fn check_names(cx: &Context, out: &mut Vec<Diagnostic>) {
    let vocabulary = Vocabulary::for_catalog(&cx.config.naming, cx.catalog);
    let mut typos = Typos::default();
    let baseline = cx.baseline.map(|b| &b.catalog);
    let established_events: FastSet<&str> = baseline
        .iter()
        .flat_map(|b| b.events.iter().map(|e| e.name.value.as_str()))
        .collect();
    for event in &cx.catalog.events {
        vocabulary.take(&event.name.value);
    }
    let mut events = Vec::with_capacity(cx.catalog.events.len());
    let mut renames = RenameFixes::new(cx);
    for event in &cx.catalog.events {
        let before = out.len();
        let well_formed = event_name(&vocabulary, &mut typos, &event.name, out);
        for diagnostic in &mut out[before..] {
            renames.attach(diagnostic, &event.name.value);
        }
        events.push(Entry {
            name: &event.name,
            well_formed,
            established: established_events.contains(event.name.value.as_str()),
            definition: Definition::Event {
                properties: &event.properties,
                description: event.description.as_ref().map(|d| d.value.as_str()),
            },
        });
    }
    for property in &cx.catalog.properties {
        property_name(vocabulary.naming, &property.name, out);
    }
    for event in &cx.catalog.events {
        for property in event.properties.iter().filter(|p| p.inline().is_some()) {
            property_name(vocabulary.naming, &property.name, out);
        }
    }
    let established_properties: FastSet<&str> = baseline
        .iter()
        .flat_map(|b| property_definitions(b).map(|p| p.name.value.as_str()))
        .collect();
    let properties = property_entries(cx.catalog, vocabulary.naming, &established_properties);
    if cx.reports(&NEAR_DUPLICATE) {
        near_duplicates(&vocabulary, Kind::Event, &events, out);
        near_duplicates(&vocabulary, Kind::Property, &properties, out);
    }
}

/// The edits of the renames the naming rules suggest: those `tracklint rename` makes (the key,
/// the plan entries, `replaced_by`, and the old name in `renamed_from` with a `backfill`
/// placeholder), offered as an unsafe fix. The old name is recorded unless the baseline
/// (`--against`) shows no data was ever sent under it; without a baseline it is recorded.
struct RenameFixes<'c> {
    catalog: &'c Catalog,
    sources: &'c Sources,
    baseline: Option<&'c Catalog>,
    /// Built at the first suggested rename: a clean catalog never pays for it.
    references: Option<References<'c>>,
}

impl<'c> RenameFixes<'c> {
    fn new(cx: &Context<'c>) -> Self {
        RenameFixes {
            catalog: cx.catalog,
            sources: cx.sources,
            baseline: cx.baseline.map(|b| &b.catalog),
            references: None,
        }
    }

    /// Gives `diagnostic` the edits of its suggested rename of `old`, when it suggests one and
    /// the event's layout lets `rename` write it.
    fn attach(&mut self, diagnostic: &mut Diagnostic, old: &str) {
        let Some(new) = diagnostic.rename.as_deref() else {
            return;
        };
        let record = self.baseline.is_none_or(|base| base.event(old).is_some());
        let catalog = self.catalog;
        let references = self
            .references
            .get_or_insert_with(|| References::new(catalog));
        if let Ok(edits) = rename_edits(references, self.sources, old, new, record) {
            diagnostic.edits = edits;
        }
    }
}

/// What the naming checks of one run share: the config, its banned words as a set (a long
/// `naming.banned_words` is looked up per token of every event) and the verb lexicon.
pub struct Vocabulary<'a> {
    naming: &'a Naming,
    banned: FastSet<&'a str>,
    lexicon: &'static Lexicon,
    /// Names a rename may not suggest: the catalog's events and what was suggested already in
    /// this run (two diagnostics never suggest one name, and none an event that exists).
    taken: RefCell<FastSet<String>>,
    /// Whether the catalog names a thing `track` (a song's: `track_played`, `track_id`): a
    /// camelCase `track` first is then that thing, not an SDK's track call around the event.
    track_is_a_noun: bool,
}

impl<'a> Vocabulary<'a> {
    pub fn new(naming: &'a Naming) -> Self {
        Vocabulary {
            naming,
            banned: naming.banned_words.iter().map(String::as_str).collect(),
            lexicon: words::lexicon(),
            taken: RefCell::default(),
            track_is_a_noun: false,
        }
    }

    /// The vocabulary for checking `catalog`'s names: whether it names a thing `track`.
    pub fn for_catalog(naming: &'a Naming, catalog: &Catalog) -> Self {
        let mut vocabulary = Vocabulary::new(naming);
        vocabulary.track_is_a_noun = has_tracks(&vocabulary, catalog);
        vocabulary
    }

    /// Whether `name` is an event of the catalog or was suggested already.
    fn is_taken(&self, name: &str) -> bool {
        self.taken.borrow().contains(name)
    }

    /// Records `name` as taken (an event's name, or a suggestion just made); false when it
    /// was taken already, so a suggestion can claim a name and learn whether it may.
    fn take(&self, name: &str) -> bool {
        self.taken.borrow_mut().insert(name.to_owned())
    }

    /// The first vague token: a generic UI or action noun as the whole object, a banned word
    /// anywhere, a word such as `event` alone or in the verb slot, `engagement` there or right
    /// before it, digits only, or a UI word with a number.
    fn vague_token(&self, tokens: &[&str], slot: Option<usize>) -> Option<(usize, Vague)> {
        if let Some(found) = self.generic_object(tokens) {
            return Some(found);
        }
        tokens.iter().enumerate().find_map(|(i, token)| {
            if self.banned.contains(token) {
                return Some((i, Vague::Banned));
            }
            let previous = i.checked_sub(1).and_then(|p| tokens.get(p)).copied();
            let specific =
                previous.is_some_and(|p| words::SPECIFIC_COMPOUNDS.contains(&(p, *token)));
            // What the name is about: the verb slot, or the last word (the head noun of
            // `media_player_event` whichever the style) unless a phrase after the verb ends in
            // it (`cohost_added_to_event`: a product's event).
            let in_phrase = slot.is_some_and(|s| {
                s < i
                    && tokens[s + 1..i]
                        .iter()
                        .any(|t| words::PREPOSITIONS.contains(t))
            });
            let in_action = (i + 1 == tokens.len() && !in_phrase) || slot == Some(i);
            let is_head = in_action || slot == Some(i + 1);
            // `create_event`: after a product verb first, an event is what it acts on (an
            // event platform's own thing); after a telemetry verb it says nothing
            // (`track_event`).
            let acted_on = ["event", "events"].contains(token)
                && i + 1 == tokens.len()
                && i >= 1
                && tokens.first().is_some_and(|first| {
                    words::is_action_verb(first) && !words::TELEMETRY_VERBS.contains(first)
                });
            let vague = words::is_banned(token)
                || (in_action && words::VAGUE_AS_ACTION.contains(token) && !acted_on)
                || (is_head && words::VAGUE_HEADS.contains(token));
            if vague && !specific {
                return Some((i, Vague::Banned));
            }
            if token.bytes().all(|b| b.is_ascii_digit()) {
                return Some((i, Vague::DigitsOnly));
            }
            let word = token.trim_end_matches(|c: char| c.is_ascii_digit());
            if word.len() < token.len() && words::is_ui_word(word) {
                return Some((i, Vague::UiPosition));
            }
            None
        })
    }

    /// A generic UI or action noun that is the whole object of a generic interaction, in
    /// either order (`button_clicked`, `click_button`, `click_on_button`, `do_action`): the
    /// name, less its area and particles, is that noun and one interaction verb.
    fn generic_object(&self, tokens: &[&str]) -> Option<(usize, Vague)> {
        let is_area = |i: usize| {
            i == 0
                && self.naming.style == NamingStyle::AreaObjectAction
                && self.naming.areas.iter().any(|a| a == tokens[0])
        };
        // A phrase after the object and its verb says where or from what, not what the
        // element does (`button_tapped_on_fleet_map` is `button_tapped`).
        let end = (2..tokens.len())
            .find(|&i| words::PREPOSITIONS.contains(&tokens[i]))
            .unwrap_or(tokens.len());
        let content = (0..end).filter(|&i| {
            !is_area(i)
                && !PARTICLES.contains(&tokens[i])
                && !words::PREPOSITIONS.contains(&tokens[i])
        });
        let mut content: Vec<usize> = content.collect();
        // A generic element of two words is one noun, its last (`bottom_sheet_dismissed`), and
        // so are two generic elements (`overlay_modal_closed`, `cta_button_tapped`).
        let compound = |at: usize| {
            let pair = (tokens[content[at]], tokens[content[at + 1]]);
            words::GENERIC_COMPOUNDS.contains(&pair)
                || (words::GENERIC_OBJECTS.contains(&pair.0)
                    && words::GENERIC_OBJECTS.contains(&pair.1))
        };
        let mut compound_head = None;
        let mut first = None;
        if content.len() == 3
            && let Some(at) = [0, 1].into_iter().find(|&at| compound(at))
        {
            compound_head = Some(content[at + 1]);
            first = Some(tokens[content[at]].to_owned());
            content.remove(at);
        } else if content.len() == 3 && words::POSITIONS.contains(&tokens[content[0]]) {
            // Where it is says nothing of what it does (`header_button_tapped`).
            content.remove(0);
        }
        // A past form, a base verb or a noun of action (`form_submission`).
        let interaction = |word: &str| {
            let root = || words::related_words().get(word).and_then(|r| r.root);
            let base = self.past_base(word).or_else(root).unwrap_or(word);
            words::INTERACTION_VERBS
                .iter()
                .copied()
                .find(|v| *v == base)
        };
        // A generic element right after the screen, page, menu or position it is on says
        // where it is, not what it does (`lesson_screen_button_tapped`,
        // `editor_toolbar_icon_clicked`), however many words come before; an action is no
        // less generic for what it was done on (`document_action_performed`: which action?),
        // unlike a UI element qualified by what it is for (`signup_form_submitted`).
        // A generic element of two words (`mower_map_bottom_sheet_swiped`) is read the same.
        if let [.., noun, verb] = content.as_slice()
            && content.len() > 2
        {
            let word = tokens[*noun];
            let pair = content.len() > 3
                && words::GENERIC_COMPOUNDS.contains(&(tokens[content[content.len() - 3]], word));
            let generic = words::GENERIC_OBJECTS.contains(&word) || pair;
            let before = content
                .len()
                .checked_sub(3 + usize::from(pair))
                .map(|at| tokens[content[at]]);
            // A place in the product before it (`outage_map_popup_dismissed`) even alone;
            // a UI word or a position after another word (`lesson_screen_button_tapped`).
            let place = generic
                && before.is_some_and(|before| {
                    let after_a_word = content.len() > 3 + usize::from(pair);
                    words::PLACES.contains(&before)
                        || (after_a_word
                            && (words::is_ui_word(before) || words::POSITIONS.contains(&before)))
                });
            // The interaction last, read only when the words before it are generic.
            if (place || ["action", "actions"].contains(&word))
                && let Some(verb) = interaction(tokens[*verb])
            {
                let generic = Vague::GenericObject {
                    verb: verb.to_owned(),
                    first: None,
                };
                return Some((*noun, generic));
            }
        }
        let [a, b] = content.as_slice() else {
            return None;
        };
        let (a, b) = (*a, *b);
        let generic =
            |i: usize| compound_head == Some(i) || words::GENERIC_OBJECTS.contains(&tokens[i]);
        let (noun, verb) = if generic(a) && interaction(tokens[b]).is_some() {
            (a, b)
        } else if generic(b) && interaction(tokens[a]).is_some() {
            (b, a)
        } else {
            return None;
        };
        let verb = interaction(tokens[verb]).unwrap_or_default();
        Some((
            noun,
            Vague::GenericObject {
                verb: verb.to_owned(),
                first,
            },
        ))
    }

    /// Whether an event name passes every naming rule that looks at one name (all but
    /// near-duplicate): what every suggested name must do.
    pub fn is_well_formed_event(&self, text: &str) -> bool {
        if text.chars().count() > self.naming.max_length || !is_snake_case(text) {
            return false;
        }
        if let Some((pattern, _)) = &self.naming.event_pattern
            && !pattern.is_match(text)
        {
            return false;
        }
        let tokens: Vec<&str> = text.split('_').collect();
        let Ok(slot) = self.shape(&tokens) else {
            return false;
        };
        self.vague_token(&tokens, Some(slot)).is_none() && self.is_slot_past(tokens[slot])
    }

    /// An example name in the configured style (`invitation_sent`, `sent_invitation`,
    /// `billing_invitation_sent`), when it passes every naming rule of this config.
    fn example(&self, objects: &[&str], verb: &[&str]) -> Option<String> {
        let area = match self.naming.style {
            NamingStyle::AreaObjectAction => Some(self.naming.areas.first()?.as_str()),
            _ => None,
        };
        let name = assemble(self.naming.style, area, objects, verb);
        self.is_well_formed_event(&name).then_some(name)
    }

    /// An account action alone, as a compound (`login`), two words (`log_in`), a past form
    /// (`logged_in`) or one verb (`unsubscribed`), as what the user did (`user_logged_in`),
    /// when that passes this config's rules.
    pub(super) fn user_compound(&self, text: &str) -> Option<String> {
        let tokens: Vec<&str> = text.split('_').collect();
        let (verb, particle, rest) = self.account_action(&tokens)?;
        if !rest.is_empty() {
            return None;
        }
        let past = self.lexicon.past_participle(verb)?;
        let verb: Vec<&str> = [past.as_ref(), particle]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect();
        self.example(&["user"], &verb)
    }

    /// The event an SDK's own call or automatic event stands for (`identify` ->
    /// `user_identified`, `first_open` -> `app_first_opened`: `words::VENDOR_CALLS`), however
    /// the name is cased or separated, when it passes this config's rules.
    pub(super) fn vendor_call(&self, text: &str) -> Option<String> {
        let letters = || {
            text.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase())
        };
        let &(_, objects, verb) = words::VENDOR_CALLS
            .iter()
            .find(|(call, _, _)| call.bytes().filter(|&b| b != b'_').eq(letters()))?;
        self.example(objects, verb)
    }

    /// The account action (`words::ACCOUNT_ACTIONS`) a name starts with, as a closed compound
    /// (`login`), a verb or its past form, and its particle (empty for none): the base verb,
    /// the particle and the words after them.
    pub(super) fn account_action<'t>(
        &self,
        tokens: &'t [&'t str],
    ) -> Option<(&'static str, &'static str, &'t [&'t str])> {
        let (&first, rest) = tokens.split_first()?;
        let is_action = words::account_action;
        if let Some((verb, particle)) = words::compound_verb(first) {
            return is_action(verb, particle).map(|(verb, particle)| (verb, particle, rest));
        }
        // A verb, its past form, or its noun of action (`registration`).
        let verb = self
            .past_base(first)
            .or_else(|| self.lexicon.base(first))
            .or_else(|| words::related_words().get(first)?.root)
            .and_then(|verb| self.lexicon.base(verb))?;
        // Its particle when the table lists the verb with it (`sign_in`), else a phrase's
        // preposition (`enroll_in_course`).
        let with_particle = rest
            .split_first()
            .and_then(|(particle, after)| Some((is_action(verb, particle)?, after)));
        match with_particle {
            Some(((verb, particle), after)) if !particle.is_empty() => {
                Some((verb, particle, after))
            }
            _ => is_action(verb, "").map(|(verb, particle)| (verb, particle, rest)),
        }
    }

    /// `, e.g. "invitation_sent"`, or nothing when no example passes this config's rules.
    fn for_example(&self, objects: &[&str], verb: &[&str]) -> String {
        self.example(objects, verb)
            .map_or(String::new(), |name| format!(", e.g. \"{name}\""))
    }
}

/// Checks `name` against `naming.max_length`; true when it is within it.
fn max_length(naming: &Naming, what: &str, name: &Name, out: &mut Vec<Diagnostic>) -> bool {
    let length = name.value.chars().count();
    if length <= naming.max_length {
        return true;
    }
    out.push(
        MAX_LENGTH
            .at(
                name.span,
                format!(
                    "{what} \"{}\" is {length} characters long, over the limit of {}",
                    name.value, naming.max_length
                ),
            )
            .with_help("shorten it; destinations truncate long names and truncated names collide"),
    );
    false
}

fn property_name(naming: &Naming, name: &Name, out: &mut Vec<Diagnostic>) {
    max_length(naming, "property", name, out);
    if !is_snake_case(&name.value) {
        let suggestion =
            Some(to_snake_case(&name.value)).filter(|snake| is_well_formed_property(naming, snake));
        out.push(case_diagnostic("property", name, suggestion));
    }
}

fn is_well_formed_property(naming: &Naming, text: &str) -> bool {
    is_snake_case(text) && text.chars().count() <= naming.max_length
}

fn case_diagnostic(what: &str, name: &Name, suggestion: Option<String>) -> Diagnostic {
    let help = match suggestion {
        Some(suggestion) => format!("rename it to \"{suggestion}\""),
        None => {
            "use lowercase ASCII letters, digits and single underscores, starting with a letter"
                .into()
        }
    };
    CASE.at(
        name.span,
        format!("{what} \"{}\" is not snake_case", name.value),
    )
    .with_span_label("not snake_case")
    .with_help(help)
}

/// The diagnostics of one event name on its own (case, `naming.event_pattern`, vague words,
/// shape, verb, length), as `check` reports them: `rename` checks NEW before writing it.
pub fn event_name_problems(naming: &Naming, catalog: &Catalog, name: &Name) -> Vec<Diagnostic> {
    let vocabulary = Vocabulary::for_catalog(naming, catalog);
    let mut out = Vec::new();
    event_name(&vocabulary, &mut Typos::default(), name, &mut out);
    out
}

/// A camelCase name that is an SDK's track call around an event (`trackEpisodePlayed`): the
/// event, when it has two words at least and passes every naming rule, and the catalog names
/// no thing `track` (a music catalog's `trackDownloadStarted` is a track's download).
fn sdk_track_stripped(v: &Vocabulary, snake: &str) -> Option<String> {
    let rest = snake.strip_prefix("track_")?;
    let words = rest.split('_').count();
    let stripped = !v.track_is_a_noun && words >= 2 && v.is_well_formed_event(rest);
    (stripped && v.take(rest)).then(|| rest.to_owned())
}

/// Whether an event or property name of `catalog` has `track` as a thing (see
/// [`names_a_track`]).
fn has_tracks(v: &Vocabulary, catalog: &Catalog) -> bool {
    let inline = catalog.events.iter().flat_map(|e| &e.properties);
    let properties = catalog.properties.iter().map(|p| &p.name.value);
    let property_names = properties.chain(inline.map(|p| &p.name.value));
    catalog
        .events
        .iter()
        .map(|e| &e.name.value)
        .chain(property_names)
        .any(|name| names_a_track(v, name))
}

/// Whether an event or property name (any case) has `track` as a thing: a word after the
/// first (`playlist_track_added`), the first before no whole event (`track_played`,
/// `track_id`).
fn names_a_track(v: &Vocabulary, name: &str) -> bool {
    // Most names have no `track` in any case: they are passed over without a copy.
    let has_track = name
        .as_bytes()
        .windows(5)
        .any(|w| w.eq_ignore_ascii_case(b"track"));
    if !has_track {
        return false;
    }
    let snake = to_snake_case(name);
    match snake.split_once('_') {
        Some(("track", rest)) => {
            let words: Vec<&str> = rest.split('_').collect();
            words.contains(&"track") || words.len() < 2 || !v.is_well_formed_event(rest)
        }
        _ => snake.split('_').any(|t| t == "track"),
    }
}

/// A handler's `on` before the last word, a past form (`bookmarks_onCreated`, Chrome's
/// `chrome.bookmarks.onCreated`): the event is what the rest says (`bookmarks_created`).
fn handler_inside(v: &Vocabulary, text: &str, snake: &str) -> Option<String> {
    let at = text.rfind("on")?;
    let written = text[at + 2..].starts_with(|c: char| c.is_ascii_uppercase())
        && text[..at].ends_with(|c: char| c.is_ascii_lowercase() || c == '_' || c == '.');
    let (rest, last) = snake.rsplit_once('_')?;
    let rest = rest.strip_suffix("_on")?;
    let renamed = format!("{rest}_{last}");
    let fine = written && v.is_past_tense(last) && v.is_well_formed_event(&renamed);
    (fine && v.take(&renamed)).then_some(renamed)
}

/// A lowerCamelCase name is a method's name, a verb first: `snoozeThread` -> `thread_snoozed`,
/// `logFeeding` -> `feeding_logged`, `topUpAccount` -> `account_topped_up`. Only a verb
/// first that names no screen (nor an object before what a thing has: `fileName`), no past
/// form after it, and a last word that is no control or compound head, nor a common action
/// or a word that can be no noun after a first word that may be a noun and is no common
/// action before two words (`pageView`, `emailSend`, `shareButton`, `searchBar` are read
/// otherwise; `startLiveView` is not).
fn camel_verb_first(v: &Vocabulary, text: &str, snake: &str) -> Option<String> {
    let lower_camel = text.starts_with(|c: char| c.is_ascii_lowercase())
        && text.contains(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric());
    let (first, rest) = snake.split_once('_')?;
    // `topUpAccount`, `checkInDog`: a phrasal verb first, its particle with it.
    let (particle, rest) = match rest.split_once('_') {
        Some((particle, objects))
            if PARTICLES.contains(&particle) && v.lexicon.is_phrasal(first, particle) =>
        {
            (Some(particle), objects)
        }
        _ => (None, rest),
    };
    let words: Vec<&str> = rest.split('_').collect();
    let last = *words.last()?;
    // A past form that is its own base and a noun is a thing after a common action
    // (`placeBid`: a bid, not a past).
    let thing = |w: &str| {
        v.lexicon.base(w) == Some(w)
            && words::is_noun(w)
            && !words::is_action_verb(w)
            && (words::is_action_verb(first) || v.lexicon.is_only_verb(first))
    };
    // `orderCertifiedTranslation`: a past form that is an adjective before the last word
    // qualifies it (`certified_translation_ordered`).
    let qualifies = |w: &str| words::is_adjective(w) && Some(&w) != words.last();
    let plain = |w: &&str| {
        (!v.is_past_tense(w) || thing(w) || qualifies(w)) && !words::is_particle_or_preposition(w)
    };
    // A last word that is a common action, or can be no noun, makes an object and its action
    // (`pageView`, `emailSend`, `levelComplete`), unless the first word can be no noun
    // (`snoozeThread`) or is a likely verb (`logPlay`, `checkMyRate`: a method's verb); any
    // other word after a verb is what it acts on (`logDive`, `mistPlant`).
    let action_last = words::is_action_verb(last) || v.lexicon.is_only_verb(last);
    // A common action first and an object of two words or more (`startLiveView`,
    // `startReturnRequest`): the first word is the verb, whatever the last can be.
    let acts_first = words::is_action_verb(first) && words.len() > 1;
    // A control or a compound's head last names what a noun first is part of (`shareButton`,
    // `searchBar`), not after a common action and two words (`openSettingsPage`).
    let part = words::is_ui_word(last)
        || words::COMPOUND_HEADS.contains(&last)
        || words::CLICKABLE.contains(&last);
    // `markRoomDirty`: an adjective last after an object is a complement, which the
    // snake_case reading places; alone after the verb it is the object (`rotateSecret`). An
    // adverb last says how or when (`orderAhead`), a state what a thing is in (`napOverdue`),
    // no object.
    let head =
        (action_last && words::is_noun(first) && !acts_first && !v.lexicon.is_likely_verb(first))
            || (words::is_adjective(last) && words.len() > 1)
            || words::STATES.contains(&last)
            || (part && !acts_first)
            || words::is_adverb(last)
            || words::compound_verb(last).is_some();
    // A copular verb first wants its complement (`becomePatron`), no object; a getter's `get`
    // says nothing of what happened (`getQuotes`).
    let copular = words::COPULAR_VERBS.contains(&first) || first == "get";
    // A method's first word is its verb, even one WordNet's corpus saw mostly as a noun
    // (`awardGrant`, `contactAgent`, `pairSensor`), unless it names a screen (`pageTitle`).
    // One the tables list as an object is the verb before a thing (`recordHike`, `fileClaim`,
    // `orderOil`), not before what a thing has (`fileName`, `orderStatus`) or an action
    // (`emailSend`).
    let owned = words::ATTRIBUTE_NOUNS.contains(&last)
        || words::METRIC_NOUNS.contains(&last)
        || action_last;
    let verb_first = v.lexicon.is_verb_like(first)
        || (v.lexicon.is_base_verb(first)
            && !words::is_ui_word(first)
            && (!words::is_object_noun(first) || !owned));
    // `lowPhoneBattery`: a word mostly used as an adjective first, before two words,
    // qualifies them (`smoothSkin`, `emptyTrash` act on one).
    let qualifier = words::is_adjective(first) && words.len() > 1;
    if !lower_camel || !verb_first || head || copular || qualifier || !words.iter().all(plain) {
        return None;
    }
    let past = v.lexicon.past_participle(first)?;
    // `checkMyRate`: a possessive names nothing (see `grammar::is_article`).
    let kept: Vec<&str> = (0..words.len())
        .filter(|&i| !is_article(v, words[i], words.get(i + 1).copied()))
        .map(|i| words[i])
        .collect();
    let rest = kept.join("_");
    let renamed = match particle {
        Some(particle) => format!("{rest}_{past}_{particle}"),
        None => format!("{rest}_{past}"),
    };
    let renamed = spelled_out(v, renamed);
    (v.is_well_formed_event(&renamed) && v.take(&renamed)).then_some(renamed)
}

/// Checks one event name against every rule that looks at one name; true when it passes all.
fn event_name(v: &Vocabulary, typos: &mut Typos, name: &Name, out: &mut Vec<Diagnostic>) -> bool {
    let mut well_formed = max_length(v.naming, "event", name, out);
    let text = name.value.as_str();
    if !is_snake_case(text) {
        let snake = to_snake_case(text);
        let suggestion = sdk_track_stripped(v, &snake)
            .or_else(|| handler_inside(v, text, &snake))
            .or_else(|| camel_verb_first(v, text, &snake))
            .or_else(|| renamed_event(v, typos, &snake));
        // A vague name is vague in any case (`ClickButton`): both are said at once.
        let tokens: Vec<&str> = snake.split('_').collect();
        let vague = v.vague_token(&tokens, v.shape(&tokens).ok());
        let mut diagnostic = case_diagnostic("event", name, suggestion.clone());
        if let Some(suggestion) = suggestion {
            diagnostic = diagnostic.with_rename(suggestion);
        } else if v.is_taken(&snake) {
            // `OrderCompleted` beside `order_completed`: one event twice, or two that need
            // names that tell them apart; never the other's name.
            diagnostic = diagnostic.with_help(format!(
                "\"{snake}\" is another event's name: merge the two if they are one event, \
                 else name what sets this one apart"
            ));
        }
        out.push(diagnostic);
        if let Some((index, kind)) = &vague {
            out.push(vague_diagnostic(v, name, tokens[*index], kind));
        }
        return false;
    }
    if let Some((pattern, configured)) = &v.naming.event_pattern
        && !pattern.is_match(text)
    {
        out.push(
            STYLE
                .at(
                    name.span,
                    format!(
                        "event \"{text}\" does not match `naming.event_pattern` {}",
                        configured.value
                    ),
                )
                .with_label(configured.span, "the configured pattern")
                .with_help("rename the event so it matches the pattern"),
        );
        well_formed = false;
    }
    let tokens: Vec<&str> = text.split('_').collect();
    let shape = v.shape(&tokens);
    let vague = v.vague_token(&tokens, shape.as_ref().ok().copied());
    if let Some((index, kind)) = &vague {
        out.push(vague_diagnostic(v, name, tokens[*index], kind));
        well_formed = false;
    }
    match shape {
        Err(problem) => {
            out.push(style_diagnostic(v, typos, name, problem));
            false
        }
        Ok(verb) => {
            // A vague word in the verb slot is already reported; one rename fixes both.
            let verb_is_vague = vague.as_ref().is_some_and(|(i, _)| *i == verb);
            if verb_is_vague || v.is_slot_past(tokens[verb]) {
                return well_formed;
            }
            out.push(past_tense_diagnostic(v, typos, name, &tokens, verb));
            false
        }
    }
}

fn vague_diagnostic(v: &Vocabulary, name: &Name, token: &str, kind: &Vague) -> Diagnostic {
    let text = &name.value;
    let (message, help) = match kind {
        Vague::Banned => (
            format!("event \"{text}\" uses the vague word \"{token}\""),
            format!(
                "name the product noun and the past-tense verb{}",
                v.for_example(&["invitation"], &["sent"])
            ),
        ),
        Vague::UiPosition => (
            format!("event \"{text}\" names a UI position (\"{token}\"), not a product noun"),
            format!(
                "name what the element does{} and put its position in a property",
                v.example(&["plan", "upgrade"], &["clicked"])
                    .map_or(String::new(), |e| format!(" (e.g. \"{e}\")"))
            ),
        ),
        Vague::GenericObject { .. } if token.starts_with("action") => (
            format!("event \"{text}\" names only a generic action (\"{token}\")"),
            format!(
                "name the action itself with its object{}",
                v.for_example(&["report"], &["exported"])
            ),
        ),
        Vague::GenericObject { verb, first } => {
            let element: Vec<&str> = first.iter().map(String::as_str).chain([token]).collect();
            let mut objects = vec!["checkout"];
            objects.extend(&element);
            let element = element.join(" ");
            (
                format!("event \"{text}\" names only a generic UI element (\"{element}\")"),
                format!(
                    "name what the {element} is for{}",
                    v.lexicon
                        .past_participle(verb)
                        .map_or(String::new(), |past| v.for_example(&objects, &[&past]))
                ),
            )
        }
        Vague::DigitsOnly => (
            format!("event \"{text}\" has a token of digits only (\"{token}\")"),
            format!(
                "put the number in a property{} with `step_number`",
                v.for_example(&["onboarding", "step"], &["completed"])
            ),
        ),
    };
    VAGUE_WORD
        .at(name.span, message)
        .with_span_label("vague name")
        .with_help(help)
}

fn style_diagnostic(
    v: &Vocabulary,
    typos: &mut Typos,
    name: &Name,
    problem: ShapeProblem,
) -> Diagnostic {
    let text = &name.value;
    let naming = v.naming;
    let (message, help) = match (problem, naming.style) {
        (ShapeProblem::NoArea, _) => {
            let example = naming
                .areas
                .first()
                .and_then(|area| renamed_event(v, typos, &format!("{area}_{text}")))
                .or_else(|| v.example(&["invoice"], &["paid"]))
                .map_or(String::new(), |e| format!(", e.g. \"{e}\""));
            (
                format!("event \"{text}\" does not start with a product area"),
                format!(
                    "start the name with one of `naming.areas` ({}){example}",
                    crate::text::list(naming.areas.iter().map(String::as_str))
                ),
            )
        }
        (ShapeProblem::NoObject, NamingStyle::VerbObject) => (
            format!("event \"{text}\" needs a verb and an object"),
            format!(
                "name it <past-tense verb>_<object>{}",
                v.for_example(&["user"], &["signed", "up"])
            ),
        ),
        (ShapeProblem::NoObject, NamingStyle::AreaObjectAction) => (
            format!("event \"{text}\" needs an area, an object and a verb"),
            format!(
                "name it <area>_<object>_<past-tense verb>{}",
                v.for_example(&["invoice"], &["paid"])
            ),
        ),
        (ShapeProblem::NoObject, NamingStyle::ObjectAction) => {
            let message = format!("event \"{text}\" needs an object and a verb");
            // `login` alone: a person logged in, and the person is the user; `pageview`: two
            // words run together.
            let user = v.user_compound(text).map(|r| (r, "name who did it"));
            let vendor = || {
                v.vendor_call(text)
                    .map(|r| (r, "name the event the SDK's call stands for"))
            };
            let split = || run_on_split(v, text).map(|r| (r, "split the words"));
            match user
                .or_else(vendor)
                .or_else(split)
                .map(|(renamed, how)| (v.take(&renamed), renamed, how))
            {
                Some((false, renamed, _)) => (
                    message,
                    format!(
                        "no rename is offered: \"{renamed}\", the name this one calls for, is \
                         another event's (or another diagnostic's suggestion); merge the two if \
                         they are one event, else name what sets this one apart"
                    ),
                ),
                Some((true, renamed, how)) => {
                    return STYLE
                        .at(name.span, message)
                        .with_help(format!("{how}: \"{renamed}\""))
                        .with_rename(renamed);
                }
                None => (
                    message,
                    "no rename is offered: name the object, then what happened to it as a \
                     past-tense verb (<object>_<past-tense verb>)"
                        .to_owned(),
                ),
            }
        }
    };
    STYLE.at(name.span, message).with_help(help)
}

fn past_tense_diagnostic(
    v: &Vocabulary,
    typos: &mut Typos,
    name: &Name,
    tokens: &[&str],
    verb: usize,
) -> Diagnostic {
    let word = tokens[verb];
    let slot = match v.naming.style {
        NamingStyle::VerbObject => "start",
        _ => "end",
    };
    let unknown = if word.ends_with("ed") {
        " is no verb tracklint knows"
    } else {
        ""
    };
    let fix = fix_verb(v, typos, tokens, verb);
    // A past form whose phrase is too long to be the verb slot's (`item_added_to_cart_from_
    // wishlist`): say so, not that the verb is missing.
    let long_phrase = (1..tokens.len()).find(|&i| {
        let opens = tokens
            .get(i + 1)
            .is_some_and(|t| words::is_particle_or_preposition(t));
        opens && tokens.len() - i - 1 > words::MAX_AFTER_VERB && v.is_past_tense(tokens[i])
    });
    let help = match &fix {
        VerbFix::Hint(None) if long_phrase.is_some() => {
            let past = long_phrase.map_or("", |i| tokens[i]);
            format!(
                "no rename is offered: at most {} words may follow \"{past}\" (a particle \
                 and a short phrase); keep the rest in a property",
                words::MAX_AFTER_VERB
            )
        }
        VerbFix::Rename(renamed) => format!(
            "name what already happened: \"{renamed}\"; add custom verbs to `naming.extra_verbs`"
        ),
        VerbFix::Typo(renamed) => format!(
            "did you mean \"{renamed}\"? If \"{word}\" is a verb of your product, add it to `naming.extra_verbs`"
        ),
        VerbFix::NoRename => "no rename is offered: name what failed, then `failed` \
                               (<object>_<verb>_failed)"
            .to_owned(),
        VerbFix::Taken(taken) => format!(
            "no rename is offered: \"{taken}\", the name this one calls for, is another \
             event's (or another diagnostic's suggestion); name what sets this event apart"
        ),
        VerbFix::Hint(Some(past)) => format!(
            "no rename is offered: which word is the object is not clear; name what was \
             {past}, then \"{past}\"; add custom verbs to `naming.extra_verbs`"
        ),
        VerbFix::Hint(None) if word.ends_with("ed") => format!(
            "no rename is offered: end the name with a past-tense verb tracklint knows, or, if \
             \"{word}\" is a verb of your product, add it to `naming.extra_verbs`"
        ),
        VerbFix::Hint(None) => "no rename is offered: name the object, then what happened to it \
                                as a past-tense verb; add custom verbs to `naming.extra_verbs`"
            .to_owned(),
    };
    let diagnostic = PAST_TENSE_VERB
        .at(
            name.span,
            format!(
                "event \"{}\" does not {slot} with a past-tense verb (\"{word}\"{unknown})",
                name.value
            ),
        )
        .with_span_label("not past tense")
        .with_help(help);
    match fix {
        VerbFix::Rename(renamed) | VerbFix::Typo(renamed) => diagnostic.with_rename(renamed),
        _ => diagnostic,
    }
}

#[derive(Debug)]
enum Vague {
    Banned,
    /// A generic UI or action noun as the whole object, with the base of its verb and, for
    /// an element of two words, the first (`bottom` of `bottom_sheet`).
    GenericObject {
        verb: String,
        first: Option<String>,
    },
    UiPosition,
    DigitsOnly,
}

/// `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`
pub fn is_snake_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_lowercase) || bytes.last() == Some(&b'_') {
        return false;
    }
    bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
        && !name.contains("__")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    /// The default naming config in `style`, with the area `billing`.
    pub(super) fn naming(style: NamingStyle) -> Naming {
        let mut naming = Config::defaults(".".into(), Vec::new()).naming;
        naming.style = style;
        naming.areas = vec!["billing".into()];
        naming
    }

    #[test]
    fn a_phrase_too_long_after_the_verb_is_named_in_the_help() {
        let found = diagnose(
            &naming(NamingStyle::ObjectAction),
            "item_added_to_cart_from_saved_wishlist",
        );
        let helps: Vec<_> = found
            .iter()
            .map(|d| (d.rule.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            helps,
            [(
                "naming/past-tense-verb",
                Some(
                    "no rename is offered: at most 4 words may follow \"added\" (a particle \
                     and a short phrase); keep the rest in a property"
                )
            )]
        );
    }

    #[test]
    fn past_tense_and_shape() {
        let n = naming(NamingStyle::ObjectAction);
        let v = Vocabulary::new(&n);
        let verb = |name: &str| {
            let tokens: Vec<&str> = name.split('_').collect();
            v.shape(&tokens).map(|i| v.is_past_tense(tokens[i]))
        };
        assert_eq!(verb("page_viewed"), Ok(true));
        assert_eq!(verb("invitation_sent"), Ok(true));
        assert_eq!(verb("user_signed_up"), Ok(true));
        assert_eq!(verb("user_logged_in"), Ok(true));
        assert_eq!(verb("page_view"), Ok(false));
        assert_eq!(verb("news_feed"), Ok(false));
        assert_eq!(verb("plan_upgraed"), Ok(false));
        assert_eq!(verb("plan_blorped"), Ok(false));
        assert_eq!(verb("signup"), Err(ShapeProblem::NoObject));
        assert_eq!(verb("signed_up"), Err(ShapeProblem::NoObject));

        let vo = naming(NamingStyle::VerbObject);
        let v = Vocabulary::new(&vo);
        let tokens: Vec<&str> = "sent_invitation".split('_').collect();
        assert_eq!(v.shape(&tokens), Ok(0));

        let a = naming(NamingStyle::AreaObjectAction);
        let v = Vocabulary::new(&a);
        let tokens: Vec<&str> = "billing_invoice_paid".split('_').collect();
        assert_eq!(v.shape(&tokens), Ok(2));
        let tokens: Vec<&str> = "invoice_paid".split('_').collect();
        assert_eq!(v.shape(&tokens), Err(ShapeProblem::NoArea));
    }

    #[test]
    fn extra_verbs_take_past_forms_and_bases() {
        let mut n = naming(NamingStyle::ObjectAction);
        n.extra_verbs = ["blorped".to_owned(), "zorp".to_owned()].into();
        let v = Vocabulary::new(&n);
        assert!(v.is_past_tense("blorped"));
        assert!(v.is_past_tense("zorped"));
        assert!(!v.is_past_tense("zorping"));
    }

    #[test]
    fn a_regular_past_of_a_noun_is_a_past_in_the_slot_only() {
        let n = naming(NamingStyle::ObjectAction);
        let v = Vocabulary::new(&n);
        for word in [
            "stickered",
            "aliquoted",
            "dispositioned",
            "vectorized",
            "comped",
        ] {
            assert!(v.is_slot_past(word), "{word}");
            // No verb to move or split off elsewhere in a name.
            assert!(!v.is_past_tense(word), "{word}");
        }
        // A misspelt past of a known verb, a word of no known word, a noun or an adjective.
        for word in [
            "payed", "steped", "loged", "upgraed", "hundred", "wicked", "feed",
        ] {
            assert!(!v.is_slot_past(word), "{word}");
        }
        assert!(v.is_well_formed_event("contaminated_bin_stickered"));
        assert!(!v.is_well_formed_event("invoice_payed"));
    }

    #[test]
    fn snake_case() {
        assert!(is_snake_case("checkout_step2_viewed"));
        for bad in [
            "OrderCompleted",
            "order__completed",
            "order_",
            "_order",
            "2fa_enabled",
            "order-completed",
            "café_opened",
        ] {
            assert!(!is_snake_case(bad), "{bad}");
        }
        assert_eq!(to_snake_case("OrderCompleted"), "order_completed");
        assert_eq!(to_snake_case("order-completed"), "order_completed");
        assert_eq!(to_snake_case("2fa"), "");
        // An acronym ends before a capital that starts a lowercase word, but keeps its plural.
        assert_eq!(to_snake_case("HTMLPageViewed"), "html_page_viewed");
        assert_eq!(to_snake_case("userIDVerified"), "user_id_verified");
        assert_eq!(to_snake_case("userIDsExported"), "user_ids_exported");
        assert_eq!(to_snake_case("PDFsDownloaded"), "pdfs_downloaded");
        assert_eq!(to_snake_case("APIKey"), "api_key");
    }

    #[test]
    fn short_and_odd_ed_words_do_not_panic() {
        let naming = naming(NamingStyle::ObjectAction);
        for name in [
            "order_ed",
            "order_eed",
            "order_dded",
            "ed_ed",
            "a_d",
            "x_ied",
        ] {
            let found = diagnose(&naming, name);
            assert!(
                found.iter().any(|d| d.rule == PAST_TENSE_VERB.id),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn a_generic_ui_or_action_noun_as_the_whole_object_is_vague() {
        let n = naming(NamingStyle::ObjectAction);
        let vague = |text: &str| diagnose(&n, text).iter().any(|d| d.rule == VAGUE_WORD.id);
        for name in [
            "click_button",
            "button_clicked",
            "open_modal",
            "modal_opened",
            "submit_form",
            "form_submitted",
            "do_action",
            "item_action",
            "action_performed",
            "tap_on_cta",
            "dialog_closed",
        ] {
            assert!(vague(name), "{name}");
        }
        for name in [
            "page_viewed",
            "screen_viewed",
            "signup_form_submitted",
            "upgrade_modal_opened",
            "link_copied",
            "item_selected",
            "custom_action_created",
        ] {
            assert!(!vague(name), "{name}");
        }
        let area = naming(NamingStyle::AreaObjectAction);
        assert!(
            diagnose(&area, "billing_form_submitted")
                .iter()
                .any(|d| d.rule == VAGUE_WORD.id)
        );
        let help = |text: &str| {
            let found = diagnose(&n, text);
            found
                .iter()
                .find_map(|d| d.help.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            help("form_submitted"),
            "name what the form is for, e.g. \"checkout_form_submitted\""
        );
        assert_eq!(
            help("click_button"),
            "name what the button is for, e.g. \"checkout_button_clicked\""
        );
        assert_eq!(
            help("do_action"),
            "name the action itself with its object, e.g. \"report_exported\""
        );
        // A generic element of two words, either side of its verb; qualified, it is fine.
        assert_eq!(
            diagnose(&n, "bottom_sheet_dismissed")
                .iter()
                .map(|d| d.message.as_str())
                .collect::<Vec<_>>(),
            ["event \"bottom_sheet_dismissed\" names only a generic UI element (\"bottom sheet\")"]
        );
        assert_eq!(
            help("tap_list_item"),
            "name what the list item is for, e.g. \"checkout_list_item_tapped\""
        );
        assert!(!vague("settings_list_item_tapped"));
        assert!(!vague("item_list_viewed"));
        // A phrase after the verb says where, not what the element is for; two generic
        // elements are one.
        assert_eq!(
            help("button_tapped_on_fleet_map"),
            "name what the button is for, e.g. \"checkout_button_tapped\""
        );
        assert_eq!(help("cta_button_tapped"), "name what the cta button is for");
        assert!(vague("link_opened_from_handover_email"));
        assert!(vague("dialog_accepted"));
        assert!(vague("nav_link_tapped"));
        // Hiding, finishing, running, firing, executing and acknowledging are generic too.
        for name in [
            "popup_hidden",
            "action_finished",
            "action_run",
            "action_fired",
        ] {
            assert!(vague(name), "{name}");
        }
        assert!(vague("action_executed") && vague("modal_acknowledged"));
        assert!(!vague("job_run") && !vague("alert_fired"));
        assert!(!vague("invitation_accepted"));
        assert!(!vague("export_button_tapped_on_fleet_map"));
        assert!(!vague("item_added_to_cart"));
        // In any case: the case diagnostic (with no rename) and the vague one, both.
        let found = diagnose(&n, "ClickButton");
        assert_eq!(
            found.iter().map(|d| d.rule.as_str()).collect::<Vec<_>>(),
            ["naming/case", "naming/vague-word"]
        );
        assert!(found.iter().all(|d| d.rename.is_none()));
    }

    /// Runs every one-name naming check on `text` under `naming`.
    pub(super) fn diagnose(naming: &Naming, text: &str) -> Vec<Diagnostic> {
        use crate::syntax::source::{FileId, Located, Span};
        let name = Located::new(text.to_owned(), Span::new(FileId(0), 0, 1));
        let mut out = Vec::new();
        event_name(
            &Vocabulary::new(naming),
            &mut Typos::default(),
            &name,
            &mut out,
        );
        out
    }

    /// Every event name a help line puts in quotes (the renames and the examples; a quoted
    /// single word is the word being discussed).
    pub(super) fn quoted_names(help: &str) -> Vec<&str> {
        help.split('"')
            .skip(1)
            .step_by(2)
            .filter(|quoted| quoted.contains('_'))
            .collect()
    }

    /// What the checks tell the author of `text`: `ok`, the suggested name, `no rename` (said
    /// plainly), `hint` (with the past form it names, if any), `vague` or `style`.
    pub(super) fn outcome(naming: &Naming, text: &str) -> String {
        let found = diagnose(naming, text);
        if found.is_empty() {
            return "ok".into();
        }
        if found.iter().any(|d| d.rule == VAGUE_WORD.id) {
            return "vague".into();
        }
        // The typed rename, never a scrape of the help text.
        if let Some(renamed) = found.iter().find_map(|d| d.rename.clone()) {
            return renamed;
        }
        if found.iter().any(|d| d.rule == STYLE.id) {
            return "style".into();
        }
        let help = found
            .iter()
            .find_map(|d| d.help.as_deref())
            .unwrap_or_default();
        if help.starts_with("no rename is offered") {
            return "no rename".into();
        }
        "other".into()
    }
}
