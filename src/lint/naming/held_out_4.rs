//! A fourth held-out table for the naming rules (issue 21), written after the first three were
//! used to develop them, by someone who had seen neither the rules' code nor their output:
//! real event names recalled from memory of public event catalogs, webhook and log event types
//! and tracking plans the first three tables mostly left alone (Segment's A/B testing spec,
//! mobile push, Braze Currents, Iterable system events, Klaviyo metrics, OneSignal, AppsFlyer,
//! Branch and Adjust, the Meta, TikTok and Pinterest pixels' standard events, Calendly, Zoom
//! and Twilio webhooks, Auth0 and Okta log events,
//! Sentry, Datadog RUM, LaunchDarkly, Optimizely, Mux and Bitmovin player events, Mastodon,
//! Discourse, Gitea, Nextcloud, Mattermost, WordPress and Ghost) and of banking, insurance,
//! real-estate, food-delivery, ride-hailing, fitness, dating and gaming apps, snake_cased where
//! a plan would be, with the case kept where the source's case is the point. Each was labelled
//! by hand before the rules were run on them. The author read only the first three tables'
//! data, and checked with a grep, without reading the training table, that no name here is in
//! any of the four. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_4: &[(&str, Label)] = &[
    // Already fine: Segment's A/B testing spec, experiment assignment, push tokens.
    ("experiment_viewed", Ok),
    ("experiment_variant_assigned", Ok),
    ("push_token_registered", Ok),
    // Already fine: Braze, Iterable and Customer.io messaging events.
    ("email_converted", Ok),
    ("sms_delivered", Ok),
    ("in_app_message_clicked", Ok),
    // Already fine: AppsFlyer standard events, vendor prefix kept.
    ("af_level_achieved", Ok),
    ("af_achievement_unlocked", Ok),
    // Already fine: Calendly webhooks (a noun compound with `no`).
    ("invitee_created", Ok),
    ("invitee_canceled", Ok),
    ("invitee_no_show_created", Ok),
    ("routing_form_submission_created", Ok),
    // Already fine: Zoom webhooks (irregular pasts, a phrase after the verb).
    ("meeting_participant_joined", Ok),
    ("meeting_participant_left", Ok),
    ("meeting_participant_put_in_waiting_room", Ok),
    ("meeting_sharing_started", Ok),
    ("recording_transcript_completed", Ok),
    ("webinar_registration_created", Ok),
    // Already fine: Twilio message statuses and Verify (a negated verb).
    ("message_undelivered", Ok),
    ("message_queued", Ok),
    ("verification_approved", Ok),
    // Already fine: Sentry, LaunchDarkly and Optimizely (a particle).
    ("issue_ignored", Ok),
    ("event_alert_triggered", Ok),
    ("flag_turned_on", Ok),
    ("flag_archived", Ok),
    ("experiment_activated", Ok),
    // Already fine: Mastodon (a British spelling) and Discourse webhooks.
    ("account_approved", Ok),
    ("status_favourited", Ok),
    ("status_boosted", Ok),
    ("topic_recovered", Ok),
    ("post_destroyed", Ok),
    ("user_unsuspended", Ok),
    ("flag_deferred", Ok),
    ("user_badge_granted", Ok),
    // Already fine: Ghost webhooks, Jetpack Tracks, Nextcloud activity.
    ("post_unscheduled", Ok),
    ("post_rescheduled", Ok),
    ("member_edited", Ok),
    ("wpcom_block_inserted", Ok),
    ("file_restored", Ok),
    // Already fine: banking (a complement, irregular pasts).
    ("statement_downloaded", Ok),
    ("overdraft_protection_enabled", Ok),
    ("payee_added", Ok),
    ("card_reported_lost", Ok),
    ("travel_notice_set", Ok),
    ("account_overdrawn", Ok),
    // Already fine: insurance (an irregular past).
    ("policy_bound", Ok),
    ("claim_filed", Ok),
    ("roadside_assistance_requested", Ok),
    ("deductible_changed", Ok),
    // Already fine: real estate.
    ("home_tour_scheduled", Ok),
    ("mortgage_calculator_used", Ok),
    // Already fine: food delivery (a particle, an adverb after the verb).
    ("order_picked_up", Ok),
    ("courier_assigned", Ok),
    ("driver_tipped", Ok),
    ("order_delivered_late", Ok),
    // Already fine: ride hailing (a `by` phrase, an irregular past).
    ("driver_arrived", Ok),
    ("ride_cancelled_by_rider", Ok),
    ("surge_pricing_accepted", Ok),
    ("pickup_location_set", Ok),
    // Already fine: fitness.
    ("personal_record_set", Ok),
    ("workout_logged", Ok),
    ("heart_rate_zone_entered", Ok),
    ("class_booked", Ok),
    // Already fine: dating (a negated verb).
    ("match_expired", Ok),
    ("user_unmatched", Ok),
    ("photo_verified", Ok),
    // Already fine: gaming (an irregular past).
    ("boss_defeated", Ok),
    ("match_found", Ok),
    ("battle_pass_tier_unlocked", Ok),
    ("daily_reward_claimed", Ok),
    // Braze Currents event types, lower-cased: a run-on, a noun of action.
    (
        "pushnotification_open",
        Rename(&["push_notification_opened"]),
    ),
    ("canvas_entry", Rename(&["canvas_entered"])),
    // Iterable system events: camelCase base verbs, a `Click` suffix.
    ("emailSend", Rename(&["email_sent"])),
    (
        "hostedUnsubscribeClick",
        Rename(&[
            "hosted_unsubscribe_clicked",
            "hosted_unsubscribe_link_clicked",
        ]),
    ),
    // Klaviyo metrics, snake_cased: past verb first.
    ("ordered_product", Rename(&["product_ordered"])),
    ("fulfilled_order", Rename(&["order_fulfilled"])),
    ("refunded_order", Rename(&["order_refunded"])),
    (
        "unsubscribed_from_email_marketing",
        Rename(&[
            "user_unsubscribed_from_email_marketing",
            "email_marketing_unsubscribed",
        ]),
    ),
    ("subscribed_to_list", Rename(&["user_subscribed_to_list"])),
    // OneSignal SDK events.
    ("permissionChange", Rename(&["permission_changed"])),
    // AppsFlyer standard events, vendor prefix kept or dropped.
    (
        "af_complete_registration",
        Rename(&["af_registration_completed", "registration_completed"]),
    ),
    (
        "af_tutorial_completion",
        Rename(&["af_tutorial_completed", "tutorial_completed"]),
    ),
    (
        "af_opened_from_push_notification",
        Rename(&[
            "af_app_opened_from_push_notification",
            "app_opened_from_push_notification",
        ]),
    ),
    (
        "af_spent_credits",
        Rename(&["af_credits_spent", "credits_spent"]),
    ),
    // Branch standard and lifecycle events, Adjust callbacks.
    ("UNLOCK_ACHIEVEMENT", Rename(&["achievement_unlocked"])),
    ("REINSTALL", Rename(&["app_reinstalled"])),
    ("rejected_install", Rename(&["install_rejected"])),
    // Game and onboarding events: a base verb with a particle, an irregular base verb.
    (
        "player_level_up",
        Rename(&["player_leveled_up", "player_levelled_up"]),
    ),
    (
        "onboarding_begin",
        Rename(&["onboarding_began", "onboarding_begun", "onboarding_started"]),
    ),
    // Meta, TikTok and Pinterest pixel standard events: PascalCase, an article, a run-on.
    ("CustomizeProduct", Rename(&["product_customized"])),
    ("SubmitApplication", Rename(&["application_submitted"])),
    ("PlaceAnOrder", Rename(&["order_placed"])),
    ("pagevisit", Rename(&["page_visited", "page_viewed"])),
    // Zoom and Twilio: an object after the verb, a negative state.
    (
        "meeting_participant_joined_waiting_room",
        Rename(&[
            "meeting_waiting_room_participant_joined",
            "meeting_waiting_room_joined",
        ]),
    ),
    (
        "call_no_answer",
        Rename(&[
            "call_not_answered",
            "call_unanswered",
            "call_went_unanswered",
        ]),
    ),
    // Auth0 log event descriptions: success and failure first.
    (
        "success_login",
        Rename(&["login_succeeded", "user_logged_in"]),
    ),
    (
        "failed_signup",
        Rename(&["signup_failed", "sign_up_failed"]),
    ),
    ("blocked_account", Rename(&["account_blocked"])),
    // Okta System Log event types, dots made underscores.
    (
        "group_user_membership_add",
        Rename(&["group_user_membership_added", "user_added_to_group"]),
    ),
    (
        "user_account_reset_password",
        Rename(&[
            "user_account_password_reset",
            "user_password_reset",
            "password_reset",
        ]),
    ),
    (
        "policy_evaluate_sign_on",
        Rename(&["sign_on_policy_evaluated", "policy_evaluated_for_sign_on"]),
    ),
    // Sentry metric alerts and Mux and Bitmovin player events.
    (
        "metric_alert_critical",
        Rename(&["metric_alert_went_critical", "metric_alert_became_critical"]),
    ),
    (
        "rebufferstart",
        Rename(&["rebuffer_started", "rebuffering_started"]),
    ),
    ("onStallStarted", Rename(&["stall_started"])),
    // Discourse, Gitea, WordPress, Ghost and Mattermost: an object after the verb, a
    // dangling preposition, a base verb, a verb first, a state before the verb.
    (
        "user_confirmed_email",
        Rename(&["user_email_confirmed", "email_confirmed"]),
    ),
    (
        "reviewable_transitioned_to",
        Rename(&[
            "reviewable_transitioned",
            "reviewable_status_changed",
            "reviewable_status_transitioned",
        ]),
    ),
    (
        "pull_request_sync",
        Rename(&["pull_request_synced", "pull_request_synchronized"]),
    ),
    (
        "transition_post_status",
        Rename(&["post_status_transitioned", "post_status_changed"]),
    ),
    ("post_published_edited", Rename(&["published_post_edited"])),
    (
        "ui_channel_sidebar_created_category",
        Rename(&[
            "ui_channel_sidebar_category_created",
            "channel_sidebar_category_created",
        ]),
    ),
    // Banking and insurance: nouns of action, a `_failure`, a `did_` prefix.
    (
        "mobile_check_deposit",
        Rename(&["mobile_check_deposited", "mobile_check_deposit_made"]),
    ),
    ("wire_transfer_failure", Rename(&["wire_transfer_failed"])),
    ("claim_submission", Rename(&["claim_submitted"])),
    ("did_complete_kyc", Rename(&["kyc_completed"])),
    // Food delivery, ride hailing, fitness, dating, gaming.
    ("restaurant_menu_view", Rename(&["restaurant_menu_viewed"])),
    (
        "order_out_for_delivery",
        Rename(&["order_sent_out_for_delivery", "order_went_out_for_delivery"]),
    ),
    (
        "rider_rated_driver",
        Rename(&["driver_rated", "driver_rated_by_rider"]),
    ),
    ("startWorkout", Rename(&["workout_started"])),
    ("send_super_like", Rename(&["super_like_sent"])),
    (
        "respawn",
        Rename(&["player_respawned", "character_respawned"]),
    ),
    // Vague: TikTok pixel's generic events, a numbered step from Mattermost's funnel.
    ("ClickButton", Vague),
    ("SubmitForm", Vague),
    ("signup_user_01_welcome", Vague),
    ("checkout_step_2_viewed", Vague),
    // Vague: generic UI nouns as the whole object, numbered UI.
    ("banner_clicked", Vague),
    ("toast_displayed", Vague),
    ("link_tapped", Vague),
    ("carousel_swiped", Vague),
    ("popover_opened", Vague),
    ("btn3_tap", Vague),
    ("tab2_selected", Vague),
    // Vague: banned words.
    ("temp_event", Vague),
    ("test_event_fired", Vague),
    ("user_interacted_with_carousel", Vague),
    ("misc_error", Vague),
    // Flagged, but no rename is right without more context: a state, a warning about the
    // future, a bare noun, a bare verb, an `-ing`, an ambiguous pair of nouns, no object.
    ("active_on_site", NoRename),
    ("notification_will_show_in_foreground", NoRename),
    ("ad_revenue", NoRename),
    ("Contact", NoRename),
    ("Download", NoRename),
    ("fork", NoRename),
    ("call_ringing", NoRename),
    ("screen_sharing", NoRename),
    ("breached_password", NoRename),
    ("long_task", NoRename),
    ("onPaused", NoRename),
    ("RESERVE", NoRename),
    ("low_balance_alert", NoRename),
    ("item_out_of_stock", NoRename),
    ("swipe_right", NoRename),
];
