//! A fifth held-out table for the naming rules (issue 21), written after the first four were
//! used to develop them, by someone who had seen neither the rules' code nor their output:
//! real event names recalled from memory of public event catalogs, webhook event types, SDK
//! callbacks and tracking plans the first four tables mostly left alone (Appcues, Pendo,
//! Userpilot and Intercom product tours, FullStory autocapture, Stripe Billing, Chargebee,
//! Recurly and Paddle webhooks, Shopify app webhooks, Snowplow's ecommerce and media plugins,
//! the YouTube IFrame player API, Spotify's Web Playback SDK, Twitch EventSub, Salesforce and
//! Pipedrive, Freshdesk, DocuSign Connect, Daily-style video-call SDK events, HomeKit and
//! SmartThings-style smart-home events, Amplitude's and Mixpanel's fintech templates) and of
//! language-learning, home-rental, food-delivery, patient-portal, government-service and HR
//! apps, snake_cased where a plan would be, with the case kept where the source's case is the
//! point. Each was labelled by hand before the rules were run on them. The author read only the
//! first four tables' data, and checked with a grep, without reading the training table, that
//! no name here is in any of the five. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_5: &[(&str, Label)] = &[
    // Already fine: Appcues, Userpilot, Pendo and Intercom product tours (vendor prefix kept).
    ("appcues_flow_aborted", Ok),
    ("appcues_nps_ask_me_later_selected", Ok),
    ("resource_center_opened", Ok),
    ("product_tour_step_viewed", Ok),
    ("checklist_task_completed", Ok),
    // Already fine: Stripe Billing webhook types, dots made underscores (a complement, an
    // adverb before the verb).
    ("invoice_marked_uncollectible", Ok),
    ("subscription_schedule_released", Ok),
    ("customer_subscription_paused", Ok),
    ("payment_method_automatically_updated", Ok),
    ("invoice_payment_action_required", Ok),
    // Already fine: Chargebee webhooks (a particle, an adverb before the verb).
    ("subscription_cancellation_scheduled", Ok),
    ("subscription_scheduled_cancellation_removed", Ok),
    ("customer_moved_out", Ok),
    ("payment_source_locally_deleted", Ok),
    // Already fine: Paddle webhooks.
    ("transaction_billed", Ok),
    ("subscription_imported", Ok),
    ("locker_processed", Ok),
    // Already fine: Shopify app webhooks, slashes made underscores.
    ("orders_partially_fulfilled", Ok),
    ("subscription_billing_attempts_challenged", Ok),
    ("fulfillment_orders_hold_released", Ok),
    // Already fine: the YouTube player's cued state and Spotify's Web Playback SDK.
    ("video_cued", Ok),
    ("player_state_changed", Ok),
    ("autoplay_failed", Ok),
    ("repeat_mode_changed", Ok),
    // Already fine: language learning.
    ("hearts_refilled", Ok),
    ("streak_repaired", Ok),
    ("speaking_exercise_skipped", Ok),
    ("xp_boost_activated", Ok),
    // Already fine: home rentals (a phrase, a particle).
    ("listing_saved_to_wishlist", Ok),
    ("booking_request_sent", Ok),
    ("reservation_altered", Ok),
    ("instant_book_turned_on", Ok),
    // Already fine: food delivery (a phrase after the verb).
    ("restaurant_favorited", Ok),
    ("group_order_created", Ok),
    ("order_scheduled_for_later", Ok),
    ("substitution_approved", Ok),
    // Already fine: patient portals.
    ("lab_results_viewed", Ok),
    ("prescription_renewal_requested", Ok),
    ("proxy_access_granted", Ok),
    ("visit_summary_downloaded", Ok),
    // Already fine: government services (an irregular past, a failure).
    ("eligibility_checked", Ok),
    ("passport_application_submitted", Ok),
    ("tax_return_filed", Ok),
    ("identity_proofing_failed", Ok),
    // Already fine: Salesforce, Pipedrive (a phrase after the verb).
    ("lead_assigned", Ok),
    ("case_escalated", Ok),
    ("opportunity_reopened", Ok),
    ("activity_marked_as_done", Ok),
    // Already fine: Freshdesk.
    ("canned_response_inserted", Ok),
    ("private_note_added", Ok),
    ("ticket_forwarded", Ok),
    // Already fine: HR suites.
    ("time_off_requested", Ok),
    ("timesheet_submitted", Ok),
    ("expense_report_approved", Ok),
    ("offer_letter_signed", Ok),
    // Already fine: DocuSign Connect (a run-on past verb that is one word).
    ("envelope_voided", Ok),
    ("envelope_corrected", Ok),
    ("recipient_autoresponded", Ok),
    // Already fine: video calls.
    ("hand_lowered", Ok),
    ("background_blurred", Ok),
    ("waiting_participant_added", Ok),
    ("local_screen_share_started", Ok),
    // Already fine: smart home (an irregular past, a complement after an irregular verb).
    ("motion_detected", Ok),
    ("doorbell_rung", Ok),
    ("water_leak_detected", Ok),
    ("smoke_alarm_silenced", Ok),
    ("garage_door_left_open", Ok),
    // Already fine: Amplitude's and Mixpanel's fintech templates (an irregular past).
    ("trade_executed", Ok),
    ("watchlist_item_added", Ok),
    ("price_alert_set", Ok),
    // Appcues and Pendo: an `_error`, camelCase guide events, a noun in the verb slot.
    (
        "appcues_experience_error",
        Rename(&[
            "appcues_experience_errored",
            "appcues_experience_failed",
            "appcues_experience_error_occurred",
        ]),
    ),
    ("guideSeen", Rename(&["guide_seen"])),
    ("guideTimeout", Rename(&["guide_timed_out"])),
    // FullStory autocapture: a past verb first.
    ("thrashed_cursor", Rename(&["cursor_thrashed"])),
    // Stripe Billing: a run-on, a state.
    ("invoiceitem_created", Rename(&["invoice_item_created"])),
    (
        "invoice_overdue",
        Rename(&["invoice_became_overdue", "invoice_went_overdue"]),
    ),
    // Recurly webhook notifications: adjective first, a `_notification` suffix.
    (
        "canceled_subscription_notification",
        Rename(&["subscription_canceled", "subscription_cancelled"]),
    ),
    ("failed_payment_notification", Rename(&["payment_failed"])),
    (
        "new_dunning_event_notification",
        Rename(&["dunning_event_created"]),
    ),
    // Paddle Classic alerts: `new_` first.
    (
        "new_audience_member",
        Rename(&["audience_member_created", "audience_member_added"]),
    ),
    // Shopify app webhooks: a noun of action, a `_failure`, a base verb.
    (
        "customers_data_request",
        Rename(&["customers_data_requested", "customer_data_requested"]),
    ),
    (
        "subscription_billing_attempts_failure",
        Rename(&[
            "subscription_billing_attempts_failed",
            "subscription_billing_attempt_failed",
        ]),
    ),
    (
        "bulk_operations_finish",
        Rename(&["bulk_operations_finished", "bulk_operation_finished"]),
    ),
    // Snowplow ecommerce plugin actions: a `_view` suffix, an abbreviated `_error`.
    ("promo_view", Rename(&["promo_viewed"])),
    ("trns_error", Rename(&["trns_failed", "transaction_failed"])),
    // Snowplow media plugin events: base verbs, a position mark, a verb after the subject.
    ("seek_end", Rename(&["seek_ended"])),
    ("playback_rate_change", Rename(&["playback_rate_changed"])),
    ("ad_break_start", Rename(&["ad_break_started"])),
    ("ad_first_quartile", Rename(&["ad_first_quartile_reached"])),
    ("user_update_quality", Rename(&["quality_updated_by_user"])),
    // The YouTube IFrame player API's callbacks and Spotify's SDK: `on` and a base verb,
    // an `_error`, a verb first in camelCase.
    (
        "onPlaybackQualityChange",
        Rename(&["playback_quality_changed"]),
    ),
    ("initialization_error", Rename(&["initialization_failed"])),
    ("skipTrack", Rename(&["track_skipped"])),
    // Twitch EventSub types, dots made underscores: base verbs, a bare state.
    ("channel_follow", Rename(&["channel_followed"])),
    (
        "channel_poll_begin",
        Rename(&[
            "channel_poll_began",
            "channel_poll_begun",
            "channel_poll_started",
        ]),
    ),
    (
        "stream_online",
        Rename(&["stream_went_online", "stream_came_online"]),
    ),
    // Home rentals: a past verb first, a base verb.
    ("viewed_listing_photos", Rename(&["listing_photos_viewed"])),
    ("wishlist_create", Rename(&["wishlist_created"])),
    // Food delivery: an `_impression` suffix.
    (
        "store_impression",
        Rename(&["store_viewed", "store_shown", "store_displayed"]),
    ),
    // Patient portals: a `_success`, a verb first in camelCase.
    (
        "echeckin_success",
        Rename(&[
            "echeckin_succeeded",
            "echeckin_completed",
            "e_check_in_completed",
            "e_check_in_succeeded",
        ]),
    ),
    ("payBill", Rename(&["bill_paid"])),
    // Government services: a noun of action, `error_` first.
    ("vehicle_tax_renewal", Rename(&["vehicle_tax_renewed"])),
    ("error_document_upload", Rename(&["document_upload_failed"])),
    // Salesforce and Pipedrive: PascalCase with a stage name, past verbs first.
    (
        "OpportunityClosedWon",
        Rename(&["opportunity_won", "opportunity_closed_as_won"]),
    ),
    ("added_deal", Rename(&["deal_added"])),
    ("merged_organization", Rename(&["organization_merged"])),
    // Freshdesk: a noun that is also a verb.
    (
        "ticket_reply",
        Rename(&["ticket_replied_to", "ticket_reply_sent"]),
    ),
    // HR suites: a verb first with a particle and no object, the present tense.
    (
        "clock_in",
        Rename(&["user_clocked_in", "employee_clocked_in"]),
    ),
    ("candidate_applies", Rename(&["candidate_applied"])),
    // DocuSign Connect events, hyphens made underscores: base verbs, a run-on.
    ("envelope_purge", Rename(&["envelope_purged"])),
    (
        "recipient_authenticationfailed",
        Rename(&["recipient_authentication_failed"]),
    ),
    ("recipient_delegate", Rename(&["recipient_delegated"])),
    // Video-call SDK events, hyphens made underscores: past verbs first, an `_error`, camelCase.
    ("joined_meeting", Rename(&["meeting_joined"])),
    ("left_meeting", Rename(&["meeting_left"])),
    ("recording_error", Rename(&["recording_failed"])),
    ("raiseHand", Rename(&["hand_raised"])),
    // Smart home: a bare state, a negated `-ing` state.
    ("contact_sensor_open", Rename(&["contact_sensor_opened"])),
    (
        "accessory_not_responding",
        Rename(&[
            "accessory_stopped_responding",
            "accessory_became_unresponsive",
            "accessory_went_unresponsive",
        ]),
    ),
    // Fintech and gaming templates: a verb first, a `did_` prefix.
    ("buy_stock", Rename(&["stock_bought", "stock_purchased"])),
    ("did_unlock_skin", Rename(&["skin_unlocked"])),
    // Vague: banned words in product-tour and survey events.
    ("appcues_step_interacted", Vague),
    ("user_engaged_with_tour", Vague),
    ("misc_feedback_submitted", Vague),
    ("temp_survey_shown", Vague),
    ("foo_clicked", Vague),
    // Vague: generic UI nouns as the whole object (FullStory, GOV.UK, product tours).
    ("element_seen", Vague),
    ("form_response", Vague),
    ("lightbox_opened", Vague),
    ("btn_click", Vague),
    ("tile_clicked", Vague),
    ("accordion_expanded", Vague),
    ("submit_clicked", Vague),
    ("modal_close", Vague),
    // Vague: numbered steps and icons.
    ("step1_next", Vague),
    ("icon2_tapped", Vague),
    // Flagged, but no rename is right without more context: a bare noun, a state, a warning
    // about the future, a reminder, an `-ing` status, a progress mark, no object.
    ("guideActivity", NoRename),
    ("error_click", NoRename),
    ("invoice_will_be_due", NoRename),
    ("subscription_renewal_reminder", NoRename),
    ("low_balance_gift_card_notification", NoRename),
    ("subscription_trialing", NoRename),
    ("transaction", NoRename),
    ("percent_progress", NoRename),
    ("onReady", NoRename),
    ("not_ready", NoRename),
    ("channel_poll_progress", NoRename),
    ("request_to_book", NoRename),
    ("save_and_return_later", NoRename),
    ("recipient_finish_later", NoRename),
    ("fatal_error", NoRename),
];
