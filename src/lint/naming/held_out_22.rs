//! A twenty-second held-out table for the naming rules (issue 21), written after the first
//! twenty-one were used to develop them, by someone who had seen neither the rules' code nor their
//! output. Like the tenth to twenty-first, it reads like ordinary companies' own tracking plans
//! rather than vendors' webhooks, for products those tables did not cover: a theme-park app, a
//! car-insurance telematics (driving score) app, a home-improvement retailer's app, a
//! public-transit ticketing app, a sneaker-drop raffle app, an at-home meal-kit cooking class app,
//! a drone flight-planning app, a volunteer-shift scheduling app, an esports tournament platform, a
//! consumer VPN app, an airport lounge access app and a car-maintenance booking app for a
//! dealership service department. Event names are written as those product teams write them,
//! modelled on and partly recalled from memory of public sources: My Disney Experience's Genie+ and
//! Lightning Lane selections, virtual queues, boarding groups, park reservations, PhotoPass and
//! mobile food orders, Universal's and Six Flags' apps, Progressive Snapshot's plug-in device and
//! trips, Root's and Allstate Drivewise's driving scores, hard braking and passenger trips, Home
//! Depot's, Lowe's and B&Q's aisle locations, paint color matching, tool rental, curbside pickup,
//! project calculators and Pro Xtra accounts, Transit's GO, Citymapper's journeys, TfL Oyster
//! top-ups, fare capping and Masabi Justride's mobile tickets and ticket inspection, Nike SNKRS'
//! draws and Exclusive Access, Adidas Confirmed's reservations and StockX's bids and asks,
//! HelloFresh's and Blue Apron's skipped boxes and swapped meals and Goldbelly's live cooking
//! classes with their ingredient kits and recordings, DJI Fly's GEO zone unlocks, waypoint missions
//! and return to home, Aloft's and Airspace Link's LAANC authorizations and Remote ID,
//! VolunteerMatch's opportunities, SignUpGenius' shift sign-ups and reminders and Galaxy Digital's
//! hours, waivers and background checks, Battlefy's, FACEIT's and start.gg's team registration,
//! check-ins, match reports, disputes, seeding and anti-cheat client, NordVPN's, ExpressVPN's and
//! Mullvad's kill switch, split tunneling, WireGuard, server locations and dedicated IPs, Priority
//! Pass' digital membership card, guest visits and dining credits and LoungeBuddy's lounge passes,
//! and Xtime's, myKaarma's and CDK's service appointments, service advisors, loaner vehicles,
//! multi-point inspection videos, recommended repairs, valet pickup and repair order payments, with
//! the mistakes real teams make: verbs first, nouns of action, `-ing` forms, camelCase, PascalCase
//! and Title Case with spaces, vague words, UI positions, `_success`, `_error` and `_failure`
//! suffixes, run-on words, plural slips, present tenses with a person first, abbreviations and
//! leftover SDK call prefixes (`on`, `track_`). Names are snake_cased where a plan would be, with
//! the case kept where the source's case is the point. Each was labelled by hand before the rules
//! were run on them. The author read only the data of the first twenty-one tables (the twenty-third
//! was being written at the same time), and checked with a grep, without reading the training
//! table, that no name here is in any of them or in the training table. Never tune the rules to
//! these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_22: &[(&str, Label)] = &[
    // Already fine: a theme-park app, My Disney Experience-, Genie+-, Universal- and Six
    // Flags-style (a multi-word object, a short object, a multi-word object, an irregular past, a
    // brand in the object with a `to` phrase, a multi-word object with a particle).
    ("lightning_lane_booked", Ok),
    ("virtual_queue_joined", Ok),
    ("boarding_group_assigned", Ok),
    ("park_reservation_made", Ok),
    ("photopass_photo_linked_to_account", Ok),
    ("mobile_food_order_picked_up", Ok),
    // Already fine: a car-insurance telematics app, Snapshot-, Root- and Drivewise-style (a short
    // object, a multi-word object, a multi-word object, an `as` phrase, a brand in the object with
    // a particle, an adjective in the object).
    ("trip_recorded", Ok),
    ("hard_brake_detected", Ok),
    ("driving_score_calculated", Ok),
    ("trip_marked_as_passenger", Ok),
    ("snapshot_device_plugged_in", Ok),
    ("safe_driving_discount_earned", Ok),
    // Already fine: a home-improvement retailer's app, Home Depot-, Lowe's- and B&Q-style (a
    // multi-word object, a multi-word object, a multi-word object, an adjective in the object, a
    // multi-word object, a brand in the object).
    ("aisle_location_viewed", Ok),
    ("paint_color_matched", Ok),
    ("tool_rental_reserved", Ok),
    ("curbside_pickup_requested", Ok),
    ("material_estimate_calculated", Ok),
    ("pro_xtra_account_linked", Ok),
    // Already fine: a public-transit ticketing app, Transit-, Citymapper-, Oyster- and
    // Masabi-style (an adjective in the object, a multi-word object, a brand in the object with a
    // particle, a multi-word object, a particle inside the object, an irregular past with a `to`
    // phrase).
    ("mobile_ticket_activated", Ok),
    ("fare_cap_reached", Ok),
    ("oyster_card_topped_up", Ok),
    ("trip_plan_saved", Ok),
    ("auto_top_up_enabled", Ok),
    ("ticket_shown_to_inspector", Ok),
    // Already fine: a sneaker-drop raffle app, SNKRS-, Confirmed- and StockX-style (a noun that is
    // also a verb, an irregular past after it, an irregular past that looks like a base, a
    // multi-word object, an adjective in the object).
    ("draw_entered", Ok),
    ("draw_won", Ok),
    ("drop_reminder_set", Ok),
    ("exclusive_access_offer_received", Ok),
    ("lowest_ask_matched", Ok),
    // Already fine: an at-home meal-kit cooking class app, HelloFresh-, Blue Apron- and
    // Goldbelly-style (an `-ing` word in the object, a multi-word object, a short object, a
    // multi-word object, an adjective in the object, a multi-word object).
    ("live_cooking_class_joined", Ok),
    ("class_ingredient_kit_shipped", Ok),
    ("chef_question_asked", Ok),
    ("class_recording_replayed", Ok),
    ("weekly_box_skipped", Ok),
    ("recipe_card_downloaded", Ok),
    // Already fine: a drone flight-planning app, DJI Fly-, Aloft- and Airspace Link-style (an
    // abbreviation in the object, a `to` phrase, a noun of action in the object, a short object,
    // an abbreviation in the object, a preposition inside the object).
    ("laanc_authorization_approved", Ok),
    ("waypoint_mission_uploaded_to_drone", Ok),
    ("geo_zone_unlock_requested", Ok),
    ("flight_log_synced", Ok),
    ("remote_id_broadcast_enabled", Ok),
    ("return_to_home_triggered", Ok),
    // Already fine: a volunteer-shift scheduling app, VolunteerMatch-, SignUpGenius- and Galaxy
    // Digital-style (a multi-word object, a multi-word object, a multi-word object, a multi-word
    // object, a multi-word object, a noun that is also a verb in the object).
    ("volunteer_shift_claimed", Ok),
    ("volunteer_hours_logged", Ok),
    ("liability_waiver_signed", Ok),
    ("background_check_cleared", Ok),
    ("volunteer_opportunity_posted", Ok),
    ("shift_swap_approved", Ok),
    // Already fine: an esports tournament platform, Battlefy-, FACEIT- and start.gg-style (a
    // multi-word object, a multi-word object, a multi-word object, a particle, a multi-word
    // object, a hyphenated word in the object).
    ("tournament_team_registered", Ok),
    ("match_result_reported", Ok),
    ("match_result_disputed", Ok),
    ("player_checked_in", Ok),
    ("bracket_seeding_finalized", Ok),
    ("anti_cheat_client_installed", Ok),
    // Already fine: a consumer VPN app, NordVPN-, ExpressVPN- and Mullvad-style (an abbreviation
    // as the object, an irregular past, a multi-word object, a `to` phrase with a brand, an `-ing`
    // word in the object, an abbreviation in the object).
    ("vpn_connected", Ok),
    ("server_location_chosen", Ok),
    ("kill_switch_enabled", Ok),
    ("protocol_switched_to_wireguard", Ok),
    ("split_tunneling_configured", Ok),
    ("dedicated_ip_purchased", Ok),
    // Already fine: an airport lounge access app, Priority Pass- and LoungeBuddy-style (an
    // irregular past, an irregular past participle, a `to` phrase, a multi-word object, an
    // irregular past participle).
    ("lounge_day_pass_bought", Ok),
    ("digital_membership_card_shown", Ok),
    ("guest_added_to_lounge_visit", Ok),
    ("dining_credit_redeemed", Ok),
    ("lounge_review_written", Ok),
    // Already fine: a car-maintenance booking app for a dealership service department, Xtime-,
    // myKaarma- and CDK-style (a multi-word object, an irregular past, a multi-word object, a
    // multi-word object, an adjective in the object, an irregular past).
    ("service_appointment_confirmed", Ok),
    ("service_advisor_chosen", Ok),
    ("loaner_vehicle_requested", Ok),
    ("inspection_video_watched", Ok),
    ("recommended_repair_approved", Ok),
    ("repair_order_paid", Ok),
    // A theme-park app: camelCase with a verb first, an `_error` (a failed purchase stays failed),
    // Title Case already past, a noun of action.
    ("joinVirtualQueue", Rename(&["virtual_queue_joined"])),
    (
        "lightning_lane_purchase_error",
        Rename(&["lightning_lane_purchase_failed"]),
    ),
    ("Park Ticket Linked", Rename(&["park_ticket_linked"])),
    (
        "return_time_modification",
        Rename(&["return_time_modified"]),
    ),
    // A car-insurance telematics app: camelCase with a verb first, a `_failure` (a failed upload
    // stays failed), a person first in the present tense, an `on` callback already past.
    ("startTripRecording", Rename(&["trip_recording_started"])),
    ("trip_upload_failure", Rename(&["trip_upload_failed"])),
    (
        "driver_brakes_hard",
        Rename(&["hard_brake_detected", "hard_braking_detected"]),
    ),
    ("onTripEnded", Rename(&["trip_ended"])),
    // A home-improvement retailer's app: camelCase with a verb first, a run-on noun that takes a
    // particle, Title Case already past, a `_success` on a noun of action.
    (
        "scanBarcode",
        Rename(&["barcode_scanned", "product_barcode_scanned"]),
    ),
    (
        "curbside_checkin",
        Rename(&["curbside_checked_in", "curbside_pickup_checked_in"]),
    ),
    ("Paint Color Saved", Rename(&["paint_color_saved"])),
    (
        "tool_rental_reservation_success",
        Rename(&["tool_rental_reserved"]),
    ),
    // A public-transit ticketing app: camelCase with a verb first, a `_failure` (a failed
    // activation stays failed), a person first in the present tense, an `-ing` noun of action.
    ("buyTicket", Rename(&["ticket_purchased", "ticket_bought"])),
    (
        "ticket_activation_failure",
        Rename(&["ticket_activation_failed"]),
    ),
    (
        "user_taps_card",
        Rename(&["card_tapped", "fare_card_tapped"]),
    ),
    ("journey_planning", Rename(&["journey_planned"])),
    // A sneaker-drop raffle app: camelCase with a verb first, an `_error` (a failed entry stays
    // failed), PascalCase already past, a noun of action.
    ("enterDraw", Rename(&["draw_entered"])),
    ("draw_entry_error", Rename(&["draw_entry_failed"])),
    (
        "SizeSelected",
        Rename(&["size_selected", "shoe_size_selected"]),
    ),
    ("bid_placement", Rename(&["bid_placed"])),
    // An at-home meal-kit cooking class app: camelCase with a verb first, an `_error` (a failed
    // stream stays failed), Title Case already past, a noun that is also a base verb.
    ("bookCookingClass", Rename(&["cooking_class_booked"])),
    (
        "class_stream_error",
        Rename(&["class_stream_failed", "live_class_stream_failed"]),
    ),
    ("Meal Swapped", Rename(&["meal_swapped"])),
    ("box_skip", Rename(&["box_skipped", "weekly_box_skipped"])),
    // A drone flight-planning app: camelCase with a verb first and an abbreviation, a `_failure`
    // (a failed sync stays failed), a noun of action, a leftover `track_` SDK call prefix.
    (
        "requestLaancAuth",
        Rename(&["laanc_authorization_requested", "laanc_auth_requested"]),
    ),
    (
        "flight_log_sync_failure",
        Rename(&["flight_log_sync_failed"]),
    ),
    ("flight_plan_creation", Rename(&["flight_plan_created"])),
    ("track_airspace_checked", Rename(&["airspace_checked"])),
    // A volunteer-shift scheduling app: camelCase with a verb first, an `_error` on a noun of
    // action (a failed submission stays failed), Title Case already past, a plural slip with a
    // base verb, a noun of action.
    (
        "cancelShift",
        Rename(&["shift_cancelled", "shift_canceled"]),
    ),
    (
        "volunteer_hours_submission_error",
        Rename(&["volunteer_hours_submission_failed"]),
    ),
    ("Waiver Signed", Rename(&["waiver_signed"])),
    (
        "shift_reminders_send",
        Rename(&["shift_reminder_sent", "shift_reminders_sent"]),
    ),
    (
        "background_check_completion",
        Rename(&["background_check_completed"]),
    ),
    // An esports tournament platform: camelCase with a verb first, a `_failure` (a failed
    // registration stays failed), PascalCase already past, a run-on noun that takes a particle, a
    // leftover `track_` SDK call prefix.
    ("reportMatchScore", Rename(&["match_score_reported"])),
    (
        "tournament_registration_failure",
        Rename(&["tournament_registration_failed"]),
    ),
    ("MatchForfeited", Rename(&["match_forfeited"])),
    ("team_checkin", Rename(&["team_checked_in"])),
    ("track_bracket_published", Rename(&["bracket_published"])),
    // A consumer VPN app: camelCase with a verb first and an abbreviation, an `_error` (a failed
    // connection stays failed), an `on` callback already past, a noun that is also a base verb.
    ("connectVPN", Rename(&["vpn_connected"])),
    ("vpn_connection_error", Rename(&["vpn_connection_failed"])),
    ("onKillSwitchTriggered", Rename(&["kill_switch_triggered"])),
    ("server_switch", Rename(&["server_switched"])),
    // An airport lounge access app: a `_success` on a noun that is also a verb, a `_failure` (a
    // failed scan stays failed), a noun of action, a person first in the present tense.
    (
        "lounge_pass_purchase_success",
        Rename(&["lounge_pass_purchased", "lounge_pass_bought"]),
    ),
    (
        "membership_card_scan_failure",
        Rename(&["membership_card_scan_failed"]),
    ),
    (
        "lounge_access_validation",
        Rename(&["lounge_access_validated"]),
    ),
    ("traveler_enters_lounge", Rename(&["lounge_entered"])),
    // A dealership service booking app: camelCase with a verb first and an abbreviation, an
    // `_error` on a noun of action (a failed payment stays failed), Title Case already past, an
    // `-ing` noun of action.
    (
        "bookServiceAppt",
        Rename(&["service_appointment_booked", "service_appt_booked"]),
    ),
    (
        "repair_order_payment_error",
        Rename(&["repair_order_payment_failed"]),
    ),
    (
        "Recommended Service Declined",
        Rename(&["recommended_service_declined"]),
    ),
    (
        "valet_pickup_scheduling",
        Rename(&["valet_pickup_scheduled"]),
    ),
    // Vague: banned words (a theme-park app's park map, a sneaker app's drop calendar, a drone
    // app's scratch flight plans, an esports platform's QA tournaments, a service department's
    // repair order line items).
    ("park_map_interacted", Vague),
    ("drop_calendar_engaged", Vague),
    ("tmp_flight_plan_saved", Vague),
    ("test_tournament_created", Vague),
    ("misc_line_item_added", Vague),
    // Vague: generic UI or action nouns as the whole object, some with a UI position (a telematics
    // app's coaching tips, a retailer's home page, a transit app's home-screen widget, a cooking
    // class app's landing page, a volunteer app's filters, a VPN app's desktop tray, a lounge
    // app's upsells).
    ("action_completed", Vague),
    ("top_banner_dismissed", Vague),
    ("widget_tapped", Vague),
    ("hero_cta_tapped", Vague),
    ("chevron_tapped", Vague),
    ("tray_icon_clicked", Vague),
    ("interstitial_closed", Vague),
    // Vague: a numbered slide (a cooking class app's onboarding), a numbered preflight checklist
    // item (a drone app), a numbered link (a service department's reminder email).
    ("slide2_viewed", Vague),
    ("checklist_item_3_checked", Vague),
    ("reminder_email_link1_clicked", Vague),
    // Flagged, but no rename is right without more context: a state, a state, a state, an error
    // kind, a state, a bare noun, a bare noun, a state, a state, a bare noun, a state, an error
    // kind, an error kind, a state, a bare noun.
    ("park_at_capacity", NoRename),
    ("low_driving_score", NoRename),
    ("out_of_stock_at_store", NoRename),
    ("fare_zone_mismatch", NoRename),
    ("size_unavailable", NoRename),
    ("missing_ingredients", NoRename),
    ("no_fly_zone", NoRename),
    ("weak_gps_signal", NoRename),
    ("shift_full", NoRename),
    ("opponent_no_show", NoRename),
    ("match_in_progress", NoRename),
    ("dns_leak", NoRename),
    ("invalid_boarding_pass", NoRename),
    ("vehicle_ready_for_pickup", NoRename),
    ("unpaid_balance", NoRename),
];
