//! A twentieth held-out table for the naming rules (issue 21), written after the first nineteen
//! were used to develop them, by someone who had seen neither the rules' code nor their output.
//! Like the tenth to nineteenth, it reads like ordinary companies' own tracking plans rather than
//! vendors' webhooks, for products those tables did not cover: a dating app, a rideshare driver
//! app (the driver's side), a mortgage application portal, a smart-thermostat and home-automation
//! app, a sleep-tracking wearable app, a no-code database and spreadsheet tool, a CI/CD and
//! code-hosting platform's own product analytics, a food-delivery courier app, a hair and beauty
//! salon booking app, an online course platform for creators, a mobile game's in-game store and
//! battle pass, and a travel-insurance app. Event names are written as those product teams write
//! them, modelled on and partly recalled from memory of public sources: Tinder's swipes, Super
//! Likes and Boosts, Hinge's voice prompts, roses and Standouts, Bumble's Opening Moves and
//! photo verification, the Uber Driver and Lyft Driver apps' trip requests, destination filters,
//! surge and Prime Time maps, rider ratings, Instant Pay and Express Pay cash-outs and vehicle
//! inspections, Rocket Mortgage's and Better.com's preapproval letters, loan estimates, rate locks
//! and floats, document uploads, appraisals and closing disclosures, Google Nest's, ecobee's and
//! SmartThings' setpoints, Eco and Away modes, holds, room sensors, geofencing, routines and HVAC
//! filter reminders, Oura's readiness and sleep scores, Whoop's recovery and sleep coach, Fitbit's
//! sleep stages, bedtime reminders and smart wake alarms, Airtable's bases, lookup and formula
//! fields, grid and kanban views, interfaces and CSV imports, Notion's databases and Coda's docs,
//! GitHub's, GitLab's and CircleCI's repositories, branch protection rules, merge queues,
//! self-hosted runners, workflow re-runs, merge request approvals and Codespaces, DoorDash
//! Dasher's offers, dashes, hot bag checks and drop-off photos, Uber Eats' and Deliveroo's courier
//! apps, Booksy's, Fresha's and Vagaro's bookings, deposits, no-show fees, add-on services,
//! consultations and walk-in queues, Teachable's, Kajabi's and Thinkific's drip schedules, order
//! bumps, completion certificates, affiliates, communities and quizzes, Fortnite's Item Shop,
//! battle pass tiers, tier skips and gifting, Clash Royale's Pass Royale, chests and gems,
//! Genshin Impact's wishes, top-ups and daily rewards, and Allianz Travel's, World Nomads' and
//! SafetyWing's quotes, annual multi-trip plans, trip costs, pre-existing conditions, claims,
//! extensions bought while abroad and emergency assistance lines, with the mistakes real teams
//! make: verbs first, nouns of action, `-ing` forms, camelCase, PascalCase and Title Case with
//! spaces, vague words, UI positions, `_success`, `_error` and `_failure` suffixes, run-on words,
//! plural slips, abbreviations, the person first with the present tense and leftover SDK call
//! prefixes (`on`, `track_`). Names are snake_cased where a plan would be (dots, colons and
//! hyphens made underscores), with the case kept where the source's case is the point. Each was
//! labelled by hand before the rules were run on them. The author read only the first nineteen
//! tables' data, and checked with a grep, without reading the training table, that no name here is
//! in any of the nineteen or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_20: &[(&str, Label)] = &[
    // Already fine: a dating app, Tinder-, Hinge- and Bumble-style (an adverb after the verb, a
    // multi-word object, a multi-word object, a multi-word object, an irregular participle, an
    // irregular past with a `to` phrase).
    ("profile_swiped_right", Ok),
    ("voice_prompt_recorded", Ok),
    ("prompt_answer_edited", Ok),
    ("selfie_verification_completed", Ok),
    ("opening_move_chosen", Ok),
    ("rose_sent_to_standout_profile", Ok),
    // Already fine: a rideshare driver app, Uber Driver- and Lyft Driver-style (a multi-word
    // object, an irregular past, a `by` phrase, a particle, a multi-word object, an irregular past
    // with an adverb).
    ("trip_request_accepted", Ok),
    ("destination_filter_set", Ok),
    ("rider_rated_by_driver", Ok),
    ("earnings_cashed_out", Ok),
    ("vehicle_inspection_uploaded", Ok),
    ("driver_went_online", Ok),
    // Already fine: a mortgage application portal, Rocket Mortgage- and Better.com-style (a
    // multi-word object, a multi-word object, a run-together word that is one word, a plural in the
    // object, a multi-word object, a multi-word object).
    ("loan_estimate_viewed", Ok),
    ("rate_lock_extended", Ok),
    ("preapproval_letter_downloaded", Ok),
    ("bank_statements_uploaded", Ok),
    ("home_appraisal_ordered", Ok),
    ("closing_disclosure_signed", Ok),
    // Already fine: a smart-thermostat and home-automation app, Nest-, ecobee- and
    // SmartThings-style (a multi-word object, a particle, a `by` phrase, a short object, a
    // multi-word object, an abbreviation).
    ("temperature_setpoint_changed", Ok),
    ("eco_mode_turned_on", Ok),
    ("away_mode_triggered_by_geofence", Ok),
    ("room_sensor_paired", Ok),
    ("automation_routine_created", Ok),
    ("hvac_filter_replaced", Ok),
    // Already fine: a sleep-tracking wearable app, Oura-, Whoop- and Fitbit-style (a multi-word
    // object, a multi-word object, an irregular past, an adverb after the verb, a `from` phrase, a
    // multi-word object).
    ("sleep_session_detected", Ok),
    ("readiness_score_viewed", Ok),
    ("smart_alarm_set", Ok),
    ("nap_logged_manually", Ok),
    ("sleep_data_synced_from_ring", Ok),
    ("bedtime_reminder_enabled", Ok),
    // Already fine: a no-code database and spreadsheet tool, Airtable-, Notion- and Coda-style (a
    // multi-word object, a `from` phrase with an abbreviation, a multi-word object, a multi-word
    // object, a `with` phrase, an `-ed` word in the object).
    ("lookup_field_added", Ok),
    ("records_imported_from_csv", Ok),
    ("kanban_view_created", Ok),
    ("formula_field_edited", Ok),
    ("base_shared_with_collaborator", Ok),
    ("linked_record_expanded", Ok),
    // Already fine: a CI/CD and code-hosting platform's product analytics, GitHub-, GitLab- and
    // CircleCI-style (a multi-word object, an `-ed` word in the object, a multi-word object, a
    // multi-word object, a short object).
    ("branch_protection_rule_created", Ok),
    ("self_hosted_runner_registered", Ok),
    ("merge_queue_enabled", Ok),
    ("workflow_rerun_requested", Ok),
    ("codespace_launched", Ok),
    // Already fine: a food-delivery courier app, DoorDash Dasher-, Uber Eats- and Deliveroo-style
    // (a multi-word object, a short object, a `to` phrase, a multi-word object, an irregular
    // participle with a particle-like word inside the object, a `by` phrase).
    ("delivery_offer_declined", Ok),
    ("dash_scheduled", Ok),
    ("food_handed_to_customer", Ok),
    ("hot_bag_verified", Ok),
    ("drop_off_photo_taken", Ok),
    ("customer_called_by_courier", Ok),
    // Already fine: a hair and beauty salon booking app, Booksy-, Fresha- and Vagaro-style (a short
    // object, a multi-word object, a particle-like word inside the object, a multi-word object, a
    // multi-word object, a multi-word object).
    ("appointment_rebooked", Ok),
    ("no_show_fee_charged", Ok),
    ("service_add_on_selected", Ok),
    ("color_consultation_booked", Ok),
    ("portfolio_photo_uploaded", Ok),
    ("cancellation_policy_accepted", Ok),
    // Already fine: an online course platform for creators, Teachable-, Kajabi- and Thinkific-style
    // (a multi-word object, an `as` phrase with an adjective, a multi-word object, a `to` phrase, a
    // particle, a multi-word object).
    ("drip_schedule_configured", Ok),
    ("lesson_preview_marked_as_free", Ok),
    ("completion_certificate_issued", Ok),
    ("order_bump_added_to_checkout", Ok),
    ("affiliate_commission_paid_out", Ok),
    ("community_post_pinned", Ok),
    // Already fine: a mobile game's in-game store and battle pass, Fortnite-, Clash Royale- and
    // Genshin-style (a multi-word object, a multi-word object, an irregular past, a `to` phrase, a
    // multi-word object).
    ("season_pass_level_unlocked", Ok),
    ("season_reward_claimed", Ok),
    ("gem_bundle_bought", Ok),
    ("skin_gifted_to_friend", Ok),
    ("daily_shop_refreshed", Ok),
    // Already fine: a travel-insurance app, Allianz Travel-, World Nomads- and SafetyWing-style (a
    // multi-word object, a multi-word object with a hyphenated word split, a plural in the object,
    // a `during` phrase, a multi-word object, a hyphenated word split in the object).
    ("trip_cost_entered", Ok),
    ("annual_multi_trip_plan_purchased", Ok),
    ("claim_receipts_uploaded", Ok),
    ("policy_extended_during_trip", Ok),
    ("emergency_hotline_called", Ok),
    ("pre_existing_condition_declared", Ok),
    // A dating app: camelCase with a verb first, a `_success` on a noun that is also a base verb,
    // Title Case already past, the person first with the present tense, a `_failure` (a failed
    // verification stays failed).
    ("likeProfile", Rename(&["profile_liked"])),
    ("match_success", Rename(&["match_made", "match_created"])),
    ("Message Sent To Match", Rename(&["message_sent_to_match"])),
    ("user_blocks_profile", Rename(&["profile_blocked"])),
    (
        "photo_verification_failure",
        Rename(&["photo_verification_failed"]),
    ),
    // A rideshare driver app: camelCase with a verb first and a verb that does not carry over, a
    // noun of action, an `on` callback already past, an `_error` on a run-on (a failed cash-out
    // stays failed).
    ("goOffline", Rename(&["driver_went_offline"])),
    (
        "ride_acceptance",
        Rename(&["ride_accepted", "ride_request_accepted"]),
    ),
    ("onTripCompleted", Rename(&["trip_completed"])),
    (
        "instant_pay_cashout_error",
        Rename(&["instant_pay_cash_out_failed", "instant_payout_failed"]),
    ),
    // A mortgage application portal: camelCase with a verb first, a `_failure` on an abbreviation
    // (a failed upload stays failed), Title Case already past, a noun of action.
    (
        "startPreapproval",
        Rename(&["preapproval_started", "mortgage_preapproval_started"]),
    ),
    (
        "doc_upload_failure",
        Rename(&["doc_upload_failed", "document_upload_failed"]),
    ),
    (
        "Rate Locked",
        Rename(&["rate_locked", "interest_rate_locked"]),
    ),
    (
        "credit_check_authorization",
        Rename(&["credit_check_authorized"]),
    ),
    // A smart-thermostat and home-automation app: camelCase with a verb first, a leftover `track_`
    // SDK call prefix, a run-on already past, a `_failure` on an abbreviation (a failed connection
    // stays failed).
    (
        "setTargetTemperature",
        Rename(&["target_temperature_set", "target_temperature_changed"]),
    ),
    (
        "track_heating_schedule_updated",
        Rename(&["heating_schedule_updated"]),
    ),
    ("thermostatpaired", Rename(&["thermostat_paired"])),
    (
        "hvac_connection_failure",
        Rename(&["hvac_connection_failed"]),
    ),
    // A sleep-tracking wearable app: an `-ing` with a verb first (a sync under way is not a sync
    // done), a base verb, PascalCase already past, the person first with the present tense.
    ("syncingSleepData", Rename(&["sleep_data_sync_started"])),
    ("ring_pair", Rename(&["ring_paired"])),
    ("SleepScoreViewed", Rename(&["sleep_score_viewed"])),
    (
        "user_views_recovery_trend",
        Rename(&["recovery_trend_viewed"]),
    ),
    // A no-code database and spreadsheet tool: camelCase with a verb first, a noun that is also a
    // base verb, Title Case already past, a `_success` on an abbreviation.
    ("createBase", Rename(&["base_created"])),
    ("field_type_change", Rename(&["field_type_changed"])),
    ("Record Comment Added", Rename(&["record_comment_added"])),
    (
        "csv_import_success",
        Rename(&["csv_imported", "csv_import_completed"]),
    ),
    // A CI/CD and code-hosting platform: a leftover `track_` SDK call prefix with an abbreviation,
    // an `on` callback already past, a noun of action, PascalCase already past.
    (
        "track_repo_forked",
        Rename(&["repo_forked", "repository_forked"]),
    ),
    ("onPipelineFailed", Rename(&["pipeline_failed"])),
    ("runner_registration", Rename(&["runner_registered"])),
    ("DeployKeyAdded", Rename(&["deploy_key_added"])),
    // A food-delivery courier app: camelCase with a verb first, a base verb, a run-on with the verb
    // first, the person first with the present tense.
    ("acceptDeliveryOffer", Rename(&["delivery_offer_accepted"])),
    (
        "pickup_confirm",
        Rename(&["pickup_confirmed", "order_pickup_confirmed"]),
    ),
    ("deliveredorder", Rename(&["order_delivered"])),
    ("dasher_starts_dash", Rename(&["dash_started"])),
    // A hair and beauty salon booking app: camelCase with a verb first, a base verb, a `_failure`
    // (a failed deposit stays failed), Title Case already past.
    ("bookBlowout", Rename(&["blowout_booked"])),
    (
        "appointment_reschedule",
        Rename(&["appointment_rescheduled"]),
    ),
    (
        "deposit_payment_failure",
        Rename(&["deposit_payment_failed"]),
    ),
    (
        "Review Left For Stylist",
        Rename(&["review_left_for_stylist"]),
    ),
    // An online course platform for creators: camelCase with a verb first, a noun of action, a
    // `_success` with a base verb, an `on` callback already past.
    ("enrollStudent", Rename(&["student_enrolled"])),
    ("lesson_completion", Rename(&["lesson_completed"])),
    ("course_publish_success", Rename(&["course_published"])),
    ("onQuizSubmitted", Rename(&["quiz_submitted"])),
    // A mobile game's in-game store and battle pass: camelCase with a verb first, a noun that is
    // also a base verb, a run-on already past, Title Case already past, an `_error` on an
    // abbreviation (a failed purchase stays failed).
    (
        "buyBattlePass",
        Rename(&["battle_pass_purchased", "battle_pass_bought"]),
    ),
    ("tier_skip_purchase", Rename(&["tier_skip_purchased"])),
    ("rewardsclaimed", Rename(&["rewards_claimed"])),
    ("Item Shop Opened", Rename(&["item_shop_opened"])),
    (
        "iap_purchase_error",
        Rename(&["iap_purchase_failed", "in_app_purchase_failed"]),
    ),
    // A travel-insurance app: camelCase with a verb first and a verb that does not carry over, a
    // noun of action, a base verb (a cancellation in either spelling), Title Case already past.
    ("getTravelQuote", Rename(&["travel_quote_requested"])),
    (
        "medical_claim_submission",
        Rename(&["medical_claim_submitted"]),
    ),
    (
        "policy_cancel",
        Rename(&["policy_cancelled", "policy_canceled"]),
    ),
    ("Trip Dates Changed", Rename(&["trip_dates_changed"])),
    // Vague: banned words (a dating app's prompts, a mortgage portal's closing costs, a sleep app's
    // insights, a game store's leftovers, a travel-insurance app's draft policies).
    ("dating_prompt_engaged", Vague),
    ("misc_lender_fee_added", Vague),
    ("sleep_insight_interacted", Vague),
    ("misc_item_purchased", Vague),
    ("temp_policy_created", Vague),
    // Vague: generic UI or action nouns as the whole object, some with a UI position (a
    // thermostat's temperature control, a no-code tool's field menu, a courier app's notices, a
    // salon app's home screen, a course player's hints, a driver app's trip panel).
    ("stepper_incremented", Vague),
    ("dropdown_collapsed", Vague),
    ("snackbar_dismissed", Vague),
    ("icon_tapped", Vague),
    ("tooltip_viewed", Vague),
    ("drawer_expanded", Vague),
    // Vague: a numbered banner (a course sales page), a numbered tab (a game store), a numbered
    // signup step (a mortgage portal), a numbered prompt (a dating app).
    ("sales_banner2_clicked", Vague),
    ("store_tab4_selected", Vague),
    ("signup_step_5_viewed", Vague),
    ("prompt_3_answered", Vague),
    // Flagged, but no rename is right without more context: an `-ing` future event, a state, a
    // state, an `-ing` state, an `-ing` future event, a state, a state, a state, a state, a state,
    // an `-ing` status, a bare noun, an `-ing` future event, a bare noun, an `-ing` future event.
    ("match_expiring_soon", NoRename),
    ("out_of_likes", NoRename),
    ("surge_pricing_active", NoRename),
    ("rider_waiting_at_pickup", NoRename),
    ("rate_lock_expiring", NoRename),
    ("loan_in_underwriting", NoRename),
    ("filter_change_due", NoRename),
    ("sleep_debt_high", NoRename),
    ("base_over_record_limit", NoRename),
    ("pipeline_flaky", NoRename),
    ("courier_running_late", NoRename),
    ("no_show_risk", NoRename),
    ("battle_pass_ending_soon", NoRename),
    ("travel_advisory", NoRename),
    ("trip_starting_tomorrow", NoRename),
];
