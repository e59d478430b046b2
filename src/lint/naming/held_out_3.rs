//! A third held-out table for the naming rules (issue 21), written after the first two were
//! used to develop them, by someone who had seen neither the rules' code nor their output:
//! real event names recalled from memory of public event catalogs and tracking plans of
//! products and vendors the first two tables mostly left alone (Shopify's web-pixel events,
//! Unity Analytics, Snowplow, PostHog, Intercom, HubSpot, Stripe, Zendesk, Jira, Linear,
//! GitHub, GitLab, Slack, Discord, Figma, Notion, Plausible and Matomo goals, App Store and
//! Google Play notifications, Plaid Link) and of fintech, health, travel, education,
//! marketplace, IoT, admin-console and media apps, snake_cased where a plan would be, with
//! the case kept where the source's case is the point. Each was labelled by hand before the
//! rules were run on them. The author read only the first two tables' data, and checked with
//! a grep, without reading the training table, that no name here is in any of the three.
//! Never tune the rules to these.
use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_3: &[(&str, Label)] = &[
    // Already fine: Shopify web-pixel standard events.
    ("collection_viewed", Ok),
    ("search_submitted", Ok),
    ("product_removed_from_cart", Ok),
    ("checkout_contact_info_submitted", Ok),
    ("checkout_shipping_info_submitted", Ok),
    ("payment_info_submitted", Ok),
    ("checkout_address_info_submitted", Ok),
    ("ui_extension_errored", Ok),
    // Already fine: PostHog survey events.
    ("survey_sent", Ok),
    // Already fine: Unity Analytics standard events (an irregular past that looks like a base).
    ("level_quit", Ok),
    ("store_opened", Ok),
    ("item_acquired", Ok),
    // Already fine: Stripe webhook types, dots made underscores.
    ("invoice_payment_failed", Ok),
    ("customer_subscription_deleted", Ok),
    ("charge_succeeded", Ok),
    ("charge_refunded", Ok),
    ("checkout_session_completed", Ok),
    ("charge_dispute_created", Ok),
    ("invoice_finalized", Ok),
    // Already fine: Zendesk, Jira and Linear (a negated verb).
    ("ticket_solved", Ok),
    ("ticket_reopened", Ok),
    ("ticket_merged", Ok),
    ("sprint_started", Ok),
    ("version_released", Ok),
    ("version_unreleased", Ok),
    ("issue_triaged", Ok),
    ("issue_snoozed", Ok),
    // Already fine: GitHub webhook event and action pairs (a phrase after the verb).
    ("workflow_run_completed", Ok),
    ("pull_request_converted_to_draft", Ok),
    ("repository_archived", Ok),
    ("secret_scanning_alert_resolved", Ok),
    // Already fine: Slack Events API and Notion webhooks.
    ("reaction_added", Ok),
    ("tokens_revoked", Ok),
    ("app_home_opened", Ok),
    ("page_content_updated", Ok),
    ("page_undeleted", Ok),
    // Already fine: App Store and Google Play subscription notifications.
    ("subscription_recovered", Ok),
    ("subscription_pending_purchase_canceled", Ok),
    ("grace_period_expired", Ok),
    ("offer_redeemed", Ok),
    ("subscription_price_change_confirmed", Ok),
    // Already fine: HubSpot CRM.
    ("lifecycle_stage_changed", Ok),
    ("deal_stage_changed", Ok),
    ("meeting_booked", Ok),
    // Already fine: fintech (a particle after the verb).
    ("kyc_rejected", Ok),
    ("autopay_turned_off", Ok),
    ("transaction_disputed", Ok),
    ("loan_application_submitted", Ok),
    // Already fine: health.
    ("heart_rate_alert_triggered", Ok),
    ("telehealth_visit_joined", Ok),
    ("med_dose_missed", Ok),
    ("step_goal_reached", Ok),
    // Already fine: travel.
    ("online_check_in_completed", Ok),
    ("visa_requirements_viewed", Ok),
    ("flight_delayed", Ok),
    // Already fine: education.
    ("flashcard_flipped", Ok),
    ("hint_used", Ok),
    ("streak_freeze_used", Ok),
    // Already fine: marketplaces (irregular pasts).
    ("bid_placed", Ok),
    ("auction_won", Ok),
    ("review_left", Ok),
    // Already fine: IoT and devices (a complement after an irregular verb).
    ("device_provisioned", Ok),
    ("thermostat_setpoint_changed", Ok),
    ("door_unlocked", Ok),
    ("device_went_offline", Ok),
    // Already fine: B2B admin consoles.
    ("user_deprovisioned", Ok),
    ("audit_log_exported", Ok),
    ("seat_limit_reached", Ok),
    ("ip_allowlist_updated", Ok),
    // Already fine: media (an irregular past, a particle).
    ("paywall_hit", Ok),
    ("closed_captions_turned_on", Ok),
    ("episode_downloaded", Ok),
    // Unity Analytics: a base verb in the slot, a `_click` suffix, camelCase.
    ("level_fail", Rename(&["level_failed"])),
    ("level_skip", Rename(&["level_skipped"])),
    ("cutscene_skip", Rename(&["cutscene_skipped"])),
    ("social_share_accept", Rename(&["social_share_accepted"])),
    ("store_item_click", Rename(&["store_item_clicked"])),
    (
        "push_notification_enable",
        Rename(&["push_notifications_enabled", "push_notification_enabled"]),
    ),
    ("gameStarted", Rename(&["game_started"])),
    (
        "adImpression",
        Rename(&["ad_viewed", "ad_shown", "ad_displayed"]),
    ),
    // PostHog's `$create_alias`, `$` dropped.
    ("create_alias", Rename(&["alias_created"])),
    // Snowplow's web, mobile, media and consent events.
    (
        "site_search",
        Rename(&[
            "site_searched",
            "site_search_performed",
            "site_search_submitted",
        ]),
    ),
    (
        "application_background",
        Rename(&[
            "application_backgrounded",
            "application_moved_to_background",
        ]),
    ),
    (
        "buffer_start",
        Rename(&["buffer_started", "buffering_started"]),
    ),
    ("cmp_visible", Rename(&["cmp_shown", "cmp_displayed"])),
    // Intercom's recommended past-verb-first style.
    ("placed_order", Rename(&["order_placed"])),
    ("invited_friend", Rename(&["friend_invited"])),
    // Stripe, Jira and GitHub: a present-tense state, a run-on, a state phrase.
    (
        "payment_intent_requires_action",
        Rename(&["payment_intent_action_required"]),
    ),
    ("issuelink_created", Rename(&["issue_link_created"])),
    (
        "pull_request_ready_for_review",
        Rename(&[
            "pull_request_marked_ready_for_review",
            "pull_request_marked_as_ready_for_review",
        ]),
    ),
    // GitLab system hooks.
    (
        "project_destroy",
        Rename(&["project_destroyed", "project_deleted"]),
    ),
    ("user_add_to_group", Rename(&["user_added_to_group"])),
    (
        "user_failed_login",
        Rename(&["user_login_failed", "login_failed"]),
    ),
    (
        "user_access_request_to_group",
        Rename(&["group_access_requested"]),
    ),
    // Slack Events API: a negated base verb, an object after the verb, a bare adjective.
    ("channel_unarchive", Rename(&["channel_unarchived"])),
    (
        "member_joined_channel",
        Rename(&["channel_member_joined", "channel_joined"]),
    ),
    ("channel_rename", Rename(&["channel_renamed"])),
    ("file_public", Rename(&["file_made_public"])),
    ("app_mention", Rename(&["app_mentioned"])),
    // Discord gateway events and Figma webhooks, upper case.
    ("GUILD_MEMBER_ADD", Rename(&["guild_member_added"])),
    ("TYPING_START", Rename(&["typing_started"])),
    (
        "FILE_COMMENT",
        Rename(&[
            "file_commented_on",
            "file_comment_added",
            "file_comment_posted",
            "file_comment_created",
        ]),
    ),
    // Plausible and Matomo goals.
    ("outbound_link_click", Rename(&["outbound_link_clicked"])),
    (
        "newsletter_signup",
        Rename(&[
            "newsletter_signup_completed",
            "newsletter_subscribed",
            "user_signed_up_for_newsletter",
        ]),
    ),
    ("contact_form_submit", Rename(&["contact_form_submitted"])),
    // App Store and Google Play: a state phrase, an account action with no object.
    (
        "subscription_on_hold",
        Rename(&["subscription_put_on_hold", "subscription_placed_on_hold"]),
    ),
    ("subscribed", Rename(&["user_subscribed"])),
    // Plaid Link events, lower-cased.
    ("submit_credentials", Rename(&["credentials_submitted"])),
    ("fail_oauth", Rename(&["oauth_failed"])),
    (
        "identity_verification_fail_step",
        Rename(&["identity_verification_step_failed"]),
    ),
    // Fintech: `_success`, an undoing verb in front.
    (
        "deposit_success",
        Rename(&["deposit_succeeded", "deposit_completed"]),
    ),
    ("unlink_bank_account", Rename(&["bank_account_unlinked"])),
    // Travel, education, marketplaces, IoT, admin consoles, media.
    ("bookHotel", Rename(&["hotel_booked"])),
    ("course_completion", Rename(&["course_completed"])),
    (
        "answer_incorrect",
        Rename(&[
            "answer_marked_incorrect",
            "answer_marked_as_incorrect",
            "incorrect_answer_submitted",
        ]),
    ),
    ("listing_view", Rename(&["listing_viewed"])),
    ("ota_update_failure", Rename(&["ota_update_failed"])),
    (
        "admin_impersonated_user",
        Rename(&["user_impersonated_by_admin", "user_impersonated"]),
    ),
    (
        "password_reset_request",
        Rename(&["password_reset_requested"]),
    ),
    ("videoStart", Rename(&["video_started"])),
    // Vague: Shopify's DOM events, Snowplow's and HubSpot's form events, generic UI nouns.
    ("input_focused", Vague),
    ("change_form", Vague),
    ("form_submission", Vague),
    ("menu_opened", Vague),
    ("tab_switched", Vague),
    ("slider_moved", Vague),
    ("popup_close", Vague),
    // Vague: numbered screens, levels and progress marks.
    ("onboarding_screen2_viewed", Vague),
    ("level_3_completed", Vague),
    ("video_75_percent_watched", Vague),
    ("scroll_depth_50", Vague),
    // Vague: banned words and generic actions.
    ("something_went_wrong", Vague),
    ("engaged_session", Vague),
    ("widget_interacted", Vague),
    ("tmp_checkout_debug", Vague),
    ("action_taken", Vague),
    // Flagged, but no rename is right without more context: no object, a bare noun, a state,
    // a warning about the future, an `-ing` that may be under way or done.
    ("clicked", NoRename),
    ("tutorial_step", NoRename),
    ("iap_transaction", NoRename),
    ("newPlayer", NoRename),
    ("game_over", NoRename),
    ("invoice_upcoming", NoRename),
    ("customer_source_expiring", NoRename),
    ("customer_subscription_trial_will_end", NoRename),
    ("push", NoRename),
    ("did_renew", NoRename),
    ("subscription_in_grace_period", NoRename),
    ("handoff", NoRename),
    ("battery_low", NoRename),
    ("sensor_pairing", NoRename),
    ("web_vitals", NoRename),
];
