//! An eighth held-out table for the naming rules (issue 21), written after the first seven were
//! used to develop them, by someone who had seen neither the rules' code nor their output: real
//! event names recalled from memory of public event catalogs, webhook and notification types, SDK
//! callbacks, open-source products' analytics code and tracking plans the first seven tables mostly
//! left alone (Amazon SP-API notification types, Walmart Marketplace webhooks, Instacart Connect
//! statuses, DoorDash Drive and Uber Eats webhooks, Airbnb hosting, Booking.com connectivity, edX
//! tracking-log events, Udemy, Coursera and Khan Academy, the Fitbit Web API, Deezer's JavaScript
//! SDK and SoundCloud's widget API, the Roku Advertising Framework, Unity Ads, AppLovin MAX, AdMob
//! and ironSource callbacks, RevenueCat, Adapty and Superwall events, Customer.io, Marketo
//! activities, Salesforce Marketing Cloud, Drift and Outreach webhooks, Zoom Phone, Aircall, Twilio
//! TaskRouter (Flex) and Vonage Video events, Mindbody webhooks, ClassPass, OpenTable and Resy,
//! Zillow, Redfin and Rightmove, LinkedIn, Upwork and Fiverr, Jenkins, Datadog and New Relic, Duo's
//! logs and 1Password's Events API) and of streaming, smart-TV and point-of-sale apps, snake_cased
//! where a plan would be (dots, slashes, hyphens and colons made underscores), with the case kept
//! where the source's case is the point. Each was labelled by hand before the rules were run on
//! them. The author read only the first seven tables' data, and checked with a grep, without
//! reading the training table, that no name here is in any of the eight. Never tune the rules to
//! these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_8: &[(&str, Label)] = &[
    // Already fine: Amazon SP-API notification types and Walmart Marketplace webhooks, upper case
    // made snake_case (a negated verb, a run-on verb with an `auto` prefix).
    ("account_status_changed", Ok),
    ("feed_processing_finished", Ok),
    ("report_processing_finished", Ok),
    ("offer_unpublished", Ok),
    ("po_line_autocancelled", Ok),
    ("buy_box_changed", Ok),
    // Already fine: DoorDash Drive, Uber Eats and Instacart, upper case and dots made snake_case
    // (an irregular past, a particle, a negated verb, an adverb before the verb).
    ("delivery_photo_taken", Ok),
    ("shopper_checked_out", Ok),
    ("delivery_return_initialized", Ok),
    ("store_deprovisioned", Ok),
    ("order_fulfillment_issues_resolved", Ok),
    ("item_partially_refunded", Ok),
    // Already fine: Airbnb hosting (an irregular past, a particle).
    ("listing_snoozed", Ok),
    ("co_host_invited", Ok),
    ("special_offer_sent", Ok),
    ("smart_pricing_turned_on", Ok),
    // Already fine: edX tracking-log events, dots made underscores (a vendor prefix kept, a negated
    // verb, a long object).
    ("edx_course_enrollment_activated", Ok),
    ("edx_course_enrollment_deactivated", Ok),
    ("edx_forum_response_voted", Ok),
    ("edx_bookmark_added", Ok),
    ("edx_team_learner_added", Ok),
    ("edx_special_exam_timed_attempt_created", Ok),
    ("textbook_pdf_page_navigated", Ok),
    // Already fine: Udemy and Khan Academy (a complement after the verb), the Fitbit Web API.
    ("lecture_marked_as_complete", Ok),
    ("energy_points_earned", Ok),
    ("tracker_synced", Ok),
    ("water_intake_logged", Ok),
    // Already fine: Deezer's SDK events and app, streaming apps (a run-on verb with an `auto`
    // prefix).
    ("mute_changed", Ok),
    ("tracklist_changed", Ok),
    ("flow_started", Ok),
    ("next_episode_autoplayed", Ok),
    // Already fine: Adapty's events (a multi-word object, a re- verb).
    ("trial_converted", Ok),
    ("subscription_renewal_cancelled", Ok),
    ("trial_renewal_reactivated", Ok),
    ("access_level_updated", Ok),
    ("billing_issue_detected", Ok),
    // Already fine: Customer.io, Drift and Outreach (an irregular past, a particle).
    ("customer_subscription_preferences_changed", Ok),
    ("email_drafted", Ok),
    ("contact_identified", Ok),
    ("playbook_goal_met", Ok),
    ("mailing_bounced", Ok),
    ("prospect_opted_out", Ok),
    // Already fine: Zoom Phone and Aircall webhooks, dots made underscores (a negated verb, a
    // copular form with a phrase).
    ("phone_callee_answered", Ok),
    ("phone_voicemail_received", Ok),
    ("phone_warm_transfer_initiated", Ok),
    ("call_commented", Ok),
    ("call_untagged", Ok),
    ("call_comm_assets_generated", Ok),
    ("call_went_to_voicemail", Ok),
    // Already fine: Twilio TaskRouter events, dots and hyphens made underscores.
    ("reservation_rescinded", Ok),
    ("workflow_target_matched", Ok),
    ("task_queue_entered", Ok),
    // Already fine: Mindbody webhooks and ClassPass (a run-on `auto` verb, a particle, an adverb
    // after the verb).
    ("client_contract_autorenewed", Ok),
    ("class_waitlist_request_created", Ok),
    ("credits_carried_over", Ok),
    ("late_cancel_fee_charged", Ok),
    ("class_cancelled_late", Ok),
    // Already fine: OpenTable and Resy, Zillow and Redfin (a participle in the object, an irregular
    // past).
    ("party_seated", Ok),
    ("waitlist_party_notified", Ok),
    ("saved_search_edited", Ok),
    ("tour_request_withdrawn", Ok),
    // Already fine: LinkedIn, Upwork and Fiverr (irregular pasts, a particle after a phrase-like
    // object).
    ("connection_request_withdrawn", Ok),
    ("open_to_work_turned_on", Ok),
    ("milestone_funded", Ok),
    ("proposal_withdrawn", Ok),
    ("custom_offer_sent", Ok),
    // Already fine: Jenkins events, Datadog and Duo (an irregular past, a negated verb, a
    // particle).
    ("job_run_queue_left", Ok),
    ("job_crud_renamed", Ok),
    ("monitor_unmuted", Ok),
    ("call_timed_out", Ok),
    // Amazon SP-API notification types, lower-cased: a noun of action, a plural noun of action.
    (
        "listings_item_status_change",
        Rename(&["listings_item_status_changed"]),
    ),
    (
        "fba_inventory_availability_changes",
        Rename(&["fba_inventory_availability_changed"]),
    ),
    // DoorDash Drive webhook events, upper case: a past verb before its object.
    (
        "DASHER_CONFIRMED_DROPOFF_ARRIVAL",
        Rename(&[
            "dasher_dropoff_arrival_confirmed",
            "dropoff_arrival_confirmed",
        ]),
    ),
    // Uber Eats webhook types, dots made underscores: a base verb, a `_failure`, a `_success`.
    (
        "orders_release",
        Rename(&["order_released", "orders_released"]),
    ),
    ("orders_failure", Rename(&["order_failed", "orders_failed"])),
    (
        "eats_report_success",
        Rename(&[
            "eats_report_succeeded",
            "eats_report_generated",
            "report_generated",
        ]),
    ),
    // Booking.com connectivity actions: verbs first, one with a complement.
    (
        "report_no_show",
        Rename(&["no_show_reported", "guest_no_show_reported"]),
    ),
    (
        "mark_credit_card_invalid",
        Rename(&[
            "credit_card_marked_invalid",
            "credit_card_marked_as_invalid",
        ]),
    ),
    // edX tracking-log events: a noun and a verb first, a verb first (an irregular past), a base
    // verb, a run-on verb first.
    ("speed_change_video", Rename(&["video_speed_changed"])),
    ("hide_transcript", Rename(&["transcript_hidden"])),
    ("problem_check_fail", Rename(&["problem_check_failed"])),
    (
        "showanswer",
        Rename(&["answer_shown", "problem_answer_shown"]),
    ),
    // Fitbit Web API notifications, camelCase: a verb first.
    ("deleteUser", Rename(&["user_deleted"])),
    // Deezer's SDK events and SoundCloud's widget: a base verb, a verb first.
    ("track_end", Rename(&["track_ended"])),
    ("open_share_panel", Rename(&["share_panel_opened"])),
    // The Roku Advertising Framework, PascalCase: a base verb.
    ("PodStart", Rename(&["ad_pod_started", "pod_started"])),
    // Unity Ads, AppLovin MAX, AdMob and ironSource callbacks: `On` and `on` prefixes with a vendor
    // name, a base verb, a failure, a past verb after `on`, a `Did` inside, a failure after a noun
    // of action.
    (
        "OnUnityAdsShowComplete",
        Rename(&["unity_ads_show_completed", "ad_show_completed"]),
    ),
    (
        "OnUnityAdsFailedToLoad",
        Rename(&["unity_ads_load_failed", "ad_load_failed"]),
    ),
    ("onUserRewarded", Rename(&["user_rewarded"])),
    ("adDidRecordImpression", Rename(&["ad_impression_recorded"])),
    (
        "onInterstitialAdLoadFailed",
        Rename(&["interstitial_ad_load_failed"]),
    ),
    // RevenueCat webhook types, upper case: nouns of action (a negated one).
    (
        "UNCANCELLATION",
        Rename(&[
            "subscription_uncancelled",
            "subscription_uncanceled",
            "subscription_reactivated",
        ]),
    ),
    ("RENEWAL", Rename(&["subscription_renewed"])),
    (
        "PRODUCT_CHANGE",
        Rename(&["product_changed", "subscription_product_changed"]),
    ),
    // Adapty and Superwall events: a past verb first, a base verb (a failure), mixed case with a
    // noun of action, a `did` inside.
    (
        "entered_grace_period",
        Rename(&["grace_period_entered", "subscription_entered_grace_period"]),
    ),
    (
        "restore_fail",
        Rename(&[
            "restore_failed",
            "purchase_restore_failed",
            "purchases_restore_failed",
        ]),
    ),
    (
        "nonRecurringProduct_purchase",
        Rename(&["non_recurring_product_purchased"]),
    ),
    (
        "subscriptionStatus_didChange",
        Rename(&["subscription_status_changed"]),
    ),
    // Marketo activity types, Salesforce Marketing Cloud and Upwork, snake_cased: verbs first,
    // `new_` first, a negated PascalCase state, a past verb first.
    (
        "visit_webpage",
        Rename(&["webpage_visited", "web_page_visited"]),
    ),
    ("sync_lead_to_sfdc", Rename(&["lead_synced_to_sfdc"])),
    ("new_lead", Rename(&["lead_created"])),
    ("NotSent", Rename(&["email_not_sent", "message_not_sent"])),
    ("submitted_proposal", Rename(&["proposal_submitted"])),
    // Drift webhooks: `new_` first, a bare adjective.
    (
        "new_meeting",
        Rename(&["meeting_booked", "meeting_scheduled", "meeting_created"]),
    ),
    (
        "conversation_inactive",
        Rename(&["conversation_went_inactive", "conversation_became_inactive"]),
    ),
    // Zoom Phone and Aircall webhooks, dots made underscores: a negated base verb, a run-on with a
    // particle, an adjective for the verb, an adjective for the adverb.
    ("phone_callee_unmute", Rename(&["phone_callee_unmuted"])),
    ("call_hungup", Rename(&["call_hung_up"])),
    (
        "call_unsuccessful_transfer",
        Rename(&["call_transfer_failed"]),
    ),
    (
        "call_external_transferred",
        Rename(&["call_transferred_externally", "call_externally_transferred"]),
    ),
    // Twilio TaskRouter and Vonage Video: a noun in the verb slot, an `-ing` (a reconnection under
    // way is not a reconnection done).
    ("reservation_timeout", Rename(&["reservation_timed_out"])),
    (
        "sessionReconnecting",
        Rename(&["session_reconnection_started", "session_reconnect_started"]),
    ),
    // Mindbody webhooks, mixed case.
    (
        "classRosterBooking_cancelled",
        Rename(&[
            "class_roster_booking_cancelled",
            "class_roster_booking_canceled",
        ]),
    ),
    // OpenTable and Rightmove: a noun phrase in the verb slot, a verb first with an article.
    (
        "reservation_no_show",
        Rename(&[
            "reservation_marked_as_no_show",
            "reservation_marked_no_show",
        ]),
    ),
    ("draw_a_search_area", Rename(&["search_area_drawn"])),
    // LinkedIn conversion types, upper case verb first.
    ("REQUEST_QUOTE", Rename(&["quote_requested"])),
    // New Relic, Duo and 1Password: a PascalCase noun, an `_error`, an irregular base verb, a noun
    // with a particle, a verb first.
    (
        "JavaScriptError",
        Rename(&["javascript_error_occurred", "javascript_error_thrown"]),
    ),
    ("admin_login_error", Rename(&["admin_login_failed"])),
    (
        "activation_begin",
        Rename(&["activation_began", "activation_begun", "activation_started"]),
    ),
    ("admin_lockout", Rename(&["admin_locked_out"])),
    ("enter_item_edit_mode", Rename(&["item_edit_mode_entered"])),
    // Vague: RevenueCat's test webhook (upper case), Marketo's generic link activity, New Relic's
    // generic page action.
    ("TEST", Vague),
    ("click_link", Vague),
    ("PageAction", Vague),
    // Vague: generic UI nouns as the whole object (paywalls, lead-gen forms).
    ("modal_shown", Vague),
    ("radio_button_selected", Vague),
    ("dropdown_changed", Vague),
    // Vague: banned words (sales engagement, e-learning, two-factor, point of sale, streaming,
    // hotel connectivity).
    ("prospect_engaged", Vague),
    ("lesson_interacted", Vague),
    ("temp_password_issued", Vague),
    ("misc_charge_added", Vague),
    ("something_went_wrong_viewed", Vague),
    ("test_booking_created", Vague),
    // Vague: numbered slides, questions and remote buttons.
    ("onboarding_slide_2_viewed", Vague),
    ("question_4_answered", Vague),
    ("button2_pressed", Vague),
    // Flagged, but no rename is right without more context: a warning about the future, an
    // ambiguous state, no object, a bare noun, a state, an `-ing` status, a notification, a
    // progress mark, a bare verb, an alert.
    ("adWillPresentFullScreenContent", NoRename),
    ("onAdUnavailable", NoRename),
    ("first_seen", NoRename),
    ("device_attributes", NoRename),
    ("pricing_health", NoRename),
    ("inventory_oos", NoRename),
    ("picking", NoRename),
    ("dasher_enroute_to_pickup", NoRename),
    ("orders_notification", NoRename),
    ("call_ringing_on_agent", NoRename),
    ("interesting_moment", NoRename),
    ("UNSTABLE", NoRename),
    ("Midpoint", NoRename),
    ("reveal", NoRename),
    ("price_drop_alert", NoRename),
];
