//! A ninth held-out table for the naming rules (issue 21), written after the first eight were
//! used to develop them, by someone who had seen neither the rules' code nor their output: real
//! event names recalled from memory of public event catalogs, webhook and event types, SDK
//! callbacks, open-source products' analytics code and tracking plans the first eight tables
//! mostly left alone (Help Scout and Front webhooks, Freshchat webhook actions, Loom's recordSDK,
//! Miro's Web SDK, the Canva Button, Webflow webhooks, npm hooks, Docker Engine events, Gusto and
//! Deel webhooks, Workday business processes, QuickBooks Online and Xero webhooks, Brex webhooks,
//! Dropbox Sign callbacks, PandaDoc webhooks, the Vimeo Player SDK, Wistia's player API, JW
//! Player, videojs-contrib-ads as used by Brightcove, ConvertKit and Beehiiv webhooks, Circle,
//! Reddit's pixel and Devvit triggers, Airtable automation triggers, Coinbase Commerce webhooks,
//! Roblox engine signals, Fortnite's Verse device events) and of second-hand marketplaces
//! (Depop, Vinted, OfferUp), travel (Hopper, Skyscanner, Kayak), meal-kit and coffee-ordering
//! (HelloFresh, Starbucks, McDonald's), mobility (Lime, Citymapper, Waze), health (Headspace,
//! Calm, MyFitnessPal, Flo), mobile strategy games, banking and investing (Monzo, Chime,
//! Robinhood) and government and civic apps, snake_cased where a plan would be (dots, slashes,
//! hyphens and colons made underscores), with the case kept where the source's case is the
//! point. Each was labelled by hand before the rules were run on them. The author read only the
//! first eight tables' data, and checked with a grep, without reading the training table, that
//! no name here is in any of the nine. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_9: &[(&str, Label)] = &[
    // Already fine: Help Scout webhooks, dots made underscores (a multi-word object).
    ("convo_assigned", Ok),
    ("convo_merged", Ok),
    ("convo_agent_reply_created", Ok),
    ("convo_customer_reply_created", Ok),
    ("beacon_chat_customer_replied", Ok),
    // Already fine: Webflow webhooks (a negated verb, a vendor area prefix kept).
    ("page_metadata_updated", Ok),
    ("ecomm_inventory_changed", Ok),
    ("collection_item_unpublished", Ok),
    ("memberships_user_account_added", Ok),
    // Already fine: npm hooks, colons and hyphens made underscores (a negated verb).
    ("package_owner_added", Ok),
    ("package_dist_tag_removed", Ok),
    ("package_undeprecated", Ok),
    // Already fine: Gusto and Deel webhooks, dots made underscores (a re- verb, a long object).
    ("employee_rehired", Ok),
    ("payroll_reversed", Ok),
    ("company_provisioned", Ok),
    ("contractor_onboarded", Ok),
    ("employee_job_compensation_updated", Ok),
    ("contract_status_updated", Ok),
    // Already fine: QuickBooks Online and Brex webhooks, upper case made snake_case.
    ("invoice_emailed", Ok),
    ("referral_activated", Ok),
    ("expense_payment_updated", Ok),
    ("transfer_processed", Ok),
    // Already fine: Dropbox Sign callbacks and PandaDoc webhooks (a re- verb, a failure).
    ("signature_request_reassigned", Ok),
    ("account_confirmed", Ok),
    ("recipient_completed", Ok),
    ("document_creation_failed", Ok),
    // Already fine: Beehiiv and Coinbase Commerce webhooks, dots and colons made underscores.
    ("subscription_confirmed", Ok),
    ("subscription_tier_paused", Ok),
    ("survey_response_submitted", Ok),
    ("charge_delayed", Ok),
    ("charge_resolved", Ok),
    // Already fine: Canva and Circle (a copular form with its complement).
    ("background_removed", Ok),
    ("space_made_private", Ok),
    // Already fine: Depop, Vinted and OfferUp (a phrase after the verb).
    ("item_bumped", Ok),
    ("offer_countered", Ok),
    ("item_marked_as_sold", Ok),
    // Already fine: Hopper and Kayak.
    ("price_freeze_purchased", Ok),
    ("carrot_cash_earned", Ok),
    ("hacker_fare_selected", Ok),
    // Already fine: HelloFresh, Starbucks and McDonald's (a phrase after the verb).
    ("meal_swapped", Ok),
    ("plan_paused", Ok),
    ("stars_redeemed", Ok),
    ("mobile_order_placed", Ok),
    ("drink_customized", Ok),
    ("deal_added_to_mobile_order", Ok),
    // Already fine: Lime, Citymapper and Waze (an irregular past).
    ("vehicle_rung", Ok),
    ("group_ride_started", Ok),
    ("go_mode_started", Ok),
    ("road_closure_reported", Ok),
    ("speed_camera_reported", Ok),
    // Already fine: Headspace, Calm, MyFitnessPal and Flo (a phrase, a particle).
    ("sleepcast_started", Ok),
    ("daily_calm_played", Ok),
    ("meal_copied_to_date", Ok),
    ("period_logged", Ok),
    ("pregnancy_mode_turned_on", Ok),
    // Already fine: mobile strategy games, Fortnite and Roblox (an irregular past).
    ("troops_trained", Ok),
    ("shield_expired", Ok),
    ("village_raided", Ok),
    ("storm_circle_shrunk", Ok),
    ("game_pass_purchased", Ok),
    // Already fine: Monzo, Chime and Robinhood (an irregular past with a phrase, a particle, an
    // adverb after the verb, an adverb before the verb, a copular form).
    ("money_withdrawn_from_pot", Ok),
    ("round_ups_turned_on", Ok),
    ("paycheck_received_early", Ok),
    ("recurring_investment_set_up", Ok),
    ("dividend_automatically_reinvested", Ok),
    ("balance_went_negative", Ok),
    // Already fine: government and civic apps (an irregular past).
    ("pothole_reported", Ok),
    ("mail_ballot_requested", Ok),
    ("jury_summons_postponed", Ok),
    ("parking_ticket_paid", Ok),
    // Help Scout and Front: a noun in the verb slot, a negated base verb with no object (Front's
    // events are all conversation events), an `_error`, an abbreviated outbound reply.
    (
        "convo_status",
        Rename(&["convo_status_changed", "convo_status_updated"]),
    ),
    ("unassign", Rename(&["conversation_unassigned"])),
    (
        "sending_error",
        Rename(&["message_sending_failed", "message_send_failed"]),
    ),
    ("out_reply", Rename(&["reply_sent", "outbound_reply_sent"])),
    // Freshchat webhook actions: a noun of action.
    (
        "conversation_assignment",
        Rename(&["conversation_assigned"]),
    ),
    // Loom's recordSDK and Miro's Web SDK, hyphens and colons made underscores: base verbs.
    ("recording_start", Rename(&["recording_started"])),
    ("upload_complete", Rename(&["upload_completed"])),
    ("selection_update", Rename(&["selection_updated"])),
    ("app_card_open", Rename(&["app_card_opened"])),
    // The Canva Button, camelCase: an `on` prefix with a base verb.
    ("onDesignPublish", Rename(&["design_published"])),
    // Webflow webhooks: a base verb, `new_` after the area.
    ("site_publish", Rename(&["site_published"])),
    (
        "ecomm_new_order",
        Rename(&["ecomm_order_created", "ecomm_order_placed", "order_placed"]),
    ),
    // npm hooks and Docker Engine events, colons made underscores: negated base verbs, an
    // irregular base verb.
    ("package_unpublish", Rename(&["package_unpublished"])),
    ("package_unstar", Rename(&["package_unstarred"])),
    ("container_die", Rename(&["container_died"])),
    ("image_untag", Rename(&["image_untagged"])),
    // Workday business processes and Xero webhooks: a verb first in mixed case, upper case with a
    // base verb.
    ("Hire_Employee", Rename(&["employee_hired"])),
    ("INVOICE_UPDATE", Rename(&["invoice_updated"])),
    // QuickBooks Online webhook operations: a base verb.
    ("payment_void", Rename(&["payment_voided"])),
    // Gusto and Brex: an `_error` after a noun of action, upper case already past.
    (
        "payroll_submission_error",
        Rename(&["payroll_submission_failed"]),
    ),
    ("TRANSFER_FAILED", Rename(&["transfer_failed"])),
    // Dropbox Sign callbacks: a base verb.
    (
        "signature_request_remind",
        Rename(&[
            "signature_request_reminder_sent",
            "signature_request_reminded",
        ]),
    ),
    // The Vimeo Player SDK and Wistia's player API: a past verb with no object, run-ons (a base
    // verb, a verb first, a past verb, a verb first).
    ("seeked", Rename(&["video_seeked", "player_seeked"])),
    ("bufferend", Rename(&["buffer_ended", "buffering_ended"])),
    (
        "enterpictureinpicture",
        Rename(&["picture_in_picture_entered"]),
    ),
    (
        "percentwatchedchanged",
        Rename(&["percent_watched_changed"]),
    ),
    (
        "cancelfullscreen",
        Rename(&[
            "fullscreen_cancelled",
            "fullscreen_canceled",
            "fullscreen_exited",
        ]),
    ),
    // JW Player and videojs-contrib-ads: camelCase with no verb, an `Error`, a negated state, a
    // run-on noun in the verb slot.
    (
        "firstFrame",
        Rename(&[
            "first_frame_rendered",
            "first_frame_shown",
            "first_frame_displayed",
        ]),
    ),
    (
        "setupError",
        Rename(&["setup_failed", "player_setup_failed"]),
    ),
    (
        "autostartNotAllowed",
        Rename(&[
            "autostart_not_allowed",
            "autostart_blocked",
            "autostart_disallowed",
        ]),
    ),
    ("adtimeout", Rename(&["ad_timed_out", "ads_timed_out"])),
    // ConvertKit webhooks, dots made underscores: a repeated object with a base verb.
    (
        "subscriber_subscriber_bounce",
        Rename(&["subscriber_bounced"]),
    ),
    ("purchase_purchase_create", Rename(&["purchase_created"])),
    // Reddit's pixel and Devvit triggers, PascalCase: a verb first, a base verb.
    ("ViewContent", Rename(&["content_viewed"])),
    ("PostReport", Rename(&["post_reported"])),
    // Circle and Airtable: an object after the verb, the present tense.
    (
        "member_left_community",
        Rename(&["community_member_left", "member_left"]),
    ),
    ("record_enters_view", Rename(&["record_entered_view"])),
    // Roblox signals and Fortnite's Verse events, PascalCase: already past, a past verb with no
    // object, an `Event` suffix (a particle).
    ("PlayerAdded", Rename(&["player_added", "player_joined"])),
    (
        "Died",
        Rename(&["humanoid_died", "character_died", "player_died"]),
    ),
    ("ItemPickedUpEvent", Rename(&["item_picked_up"])),
    (
        "EliminatedEvent",
        Rename(&["player_eliminated", "agent_eliminated"]),
    ),
    // HelloFresh and Starbucks: a vendor prefix with a verb first, a verb first.
    ("hf_skip_week", Rename(&["hf_week_skipped", "week_skipped"])),
    ("reload_card", Rename(&["card_reloaded"])),
    // Lime and Waze: a base verb, a past verb first.
    ("ride_end", Rename(&["ride_ended"])),
    ("reported_hazard", Rename(&["hazard_reported"])),
    // Headspace, MyFitnessPal and Flo: an `-ing` (a download under way is not a download done),
    // a `did_` prefix, the present tense.
    (
        "sleepcast_downloading",
        Rename(&["sleepcast_download_started"]),
    ),
    ("did_log_food", Rename(&["food_logged"])),
    ("period_starts", Rename(&["period_started"])),
    // Monzo, Chime and Coinbase: a `_success`, a `_failure`.
    (
        "bank_link_success",
        Rename(&["bank_link_succeeded", "bank_account_linked", "bank_linked"]),
    ),
    ("identity_check_failure", Rename(&["identity_check_failed"])),
    // Vague: Dropbox Sign's test callback, Roblox's numbered mouse button, Miro's icon click,
    // Devvit's generic moderator action.
    ("callback_test", Vague),
    ("MouseButton1Click", Vague),
    ("icon_click", Vague),
    ("ModAction", Vague),
    // Vague: banned words (banking, expense cards, communities, meal kits).
    ("test_transfer_sent", Vague),
    ("misc_expense_added", Vague),
    ("temp_card_created", Vague),
    ("post_engaged", Vague),
    ("recipe_card_interacted", Vague),
    ("something_missing_reported", Vague),
    // Vague: generic UI nouns as the whole object (newsletters, food ordering, travel).
    ("hamburger_menu_opened", Vague),
    ("exit_intent_popup_shown", Vague),
    ("toast_tapped", Vague),
    // Vague: a numbered card (health onboarding) and a numbered level (games).
    ("onboarding_card_3_swiped", Vague),
    ("level_12_unlocked", Vague),
    // Flagged, but no rename is right without more context: a reminder, a state, a bare noun, an
    // ambiguous state, a progress mark, a warning about the future, a pending state, a noun
    // plural, a readiness state.
    ("reminder", NoRename),
    ("container_health_status", NoRename),
    ("signature_request_downloadable", NoRename),
    ("sign_url_invalid", NoRename),
    ("document_completed_pdf_ready", NoRename),
    ("timeupdate", NoRename),
    ("cuepoint", NoRename),
    ("conversion", NoRename),
    ("viewable", NoRename),
    ("PlayerRemoving", NoRename),
    ("charge_pending", NoRename),
    ("ModMail", NoRename),
    ("Lead", NoRename),
    ("satisfaction_ratings", NoRename),
    ("ACCOUNTING_RECORD_READY_FOR_EXPORT", NoRename),
];
