//! A thirty-seventh held-out table for the naming rules (issue 21), written after the first
//! thirty-six tables (the thirty-sixth was written beside it and not seen), by someone who had
//! seen neither the rules' code nor their output. Like the tenth to thirty-fifth, it reads like
//! ordinary companies' own tracking plans rather than vendors' webhooks, this time only for
//! products for people on the move or buying things that those tables did not cover: an intercity
//! coach booking app, a long-distance carpooling app, a luggage-storage marketplace, a trip
//! itinerary organiser, a surplus-food rescue app, a craft-beer check-in app, a pay-at-table
//! restaurant ordering app, a cashback and coupon app, a buy-now-pay-later app, a padel and tennis
//! court booking app, a hiking and trail-navigation app and a cinema ticketing app. Event names
//! are written as those product teams write them, modelled on and partly recalled from memory of
//! public sources: FlixBus', Megabus' and Greyhound's seat reservations, extra luggage, boarding
//! passes, live bus tracking and rebooking after a missed connection, BlaBlaCar's ride offers,
//! booking requests, driver approval, ID verification, ratings and ride alerts, Bounce's,
//! Stasher's and LuggageHero's drop-off bookings, bag seals, shop check-ins, extensions and damage
//! protection, TripIt's and Wanderlog's forwarded confirmation emails, flight alerts, gate changes,
//! travel stats and shared day plans, Too Good To Go's Surprise Bags (Magic Bags elsewhere),
//! pickup windows, favourites and meals-saved impact, Untappd's check-ins, toasts, badges, wish
//! lists, venues and menu scans, Sunday's and Mr Yum's table QR codes, bill splitting and tips,
//! Rakuten's, Ibotta's and Honey's cash back offers, receipt scans, browser extension, coupon codes
//! and payouts, Klarna's, Afterpay's and Affirm's payment plans, Pay in 4, due-date extensions,
//! reported returns and spending limits, Playtomic's court slots, open matches, player levels and
//! match results, AllTrails' and Komoot's offline maps, recordings, off-route alerts, waypoints
//! and trail conditions, and Odeon's, AMC's (Stubs A-List) and Fandango's showtimes, recliner
//! seats, snack preorders and ticket exchanges, with the mistakes real teams make: verbs first,
//! nouns of action, `-ing` forms, camelCase, PascalCase and Title Case with spaces, vague words,
//! numbered UI words and steps, `_success`, `_error` and `_failure` suffixes, run-on words, plural
//! slips, present tenses with a person first, abbreviations and leftover SDK call prefixes (`on`,
//! `handle`). Names are snake_cased where a plan would be, with the case kept where the source's
//! case is the point. Each was labelled by hand before the rules were run on them. The author read
//! only the data arrays of the earlier tables, up to the thirty-fifth (the thirty-sixth was being
//! written at the same time), and checked with a grep, without reading the training table, that no
//! name here is in any of them or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_37: &[(&str, Label)] = &[
    // Already fine: an intercity coach booking app, FlixBus-, Megabus- and Greyhound-style (a
    // short object, a `to` phrase, a multi-word object, a short object, an `-ed` word in the
    // object with a re- verb, an irregular past participle with an `on` phrase).
    ("coach_trip_booked", Ok),
    ("extra_luggage_added_to_booking", Ok),
    ("coach_boarding_pass_downloaded", Ok),
    ("bus_departure_delayed", Ok),
    ("missed_connection_rebooked", Ok),
    ("bus_stop_location_shown_on_map", Ok),
    // Already fine: a long-distance carpooling app, BlaBlaCar-style (a multi-word object, an
    // `-ing` word in the object, a `by` phrase, an irregular past, a short object, an abbreviation
    // everyone uses).
    ("ride_offer_published", Ok),
    ("seat_booking_requested", Ok),
    ("booking_request_approved_by_driver", Ok),
    ("driver_rating_left", Ok),
    ("ride_alert_created", Ok),
    ("driver_id_verified", Ok),
    // Already fine: a luggage-storage marketplace, Bounce-, Stasher- and LuggageHero-style (a
    // particle-like word inside the object, an adjective in the object, a particle and an `at`
    // phrase, a multi-word object, a particle, a short object).
    ("bag_drop_off_booked", Ok),
    ("nearby_storage_spot_selected", Ok),
    ("bags_checked_in_at_shop", Ok),
    ("bag_seal_number_entered", Ok),
    ("luggage_picked_up", Ok),
    ("storage_booking_extended", Ok),
    // Already fine: a trip itinerary organiser, TripIt- and Wanderlog-style (a multi-word object, a
    // `with` phrase, a multi-word object, a re- verb, a `to` phrase, a plural object).
    ("confirmation_email_forwarded", Ok),
    ("itinerary_shared_with_companion", Ok),
    ("flight_gate_change_detected", Ok),
    ("trip_day_reordered", Ok),
    ("place_added_to_day_plan", Ok),
    ("travel_stats_viewed", Ok),
    // Already fine: a surplus-food rescue app, Too Good To Go-style (a short object, a short
    // object, a `to` phrase with a British spelling, a miss as the event, an `-ed` word in the
    // object, a particle).
    ("surprise_bag_reserved", Ok),
    ("surprise_bag_collected", Ok),
    ("store_added_to_favourites", Ok),
    ("pickup_window_missed", Ok),
    ("rescued_meal_count_shared", Ok),
    ("store_alert_turned_on", Ok),
    // Already fine: a craft-beer check-in app, Untappd-style (a particle and an `at` phrase, a
    // particle-like word inside the object, a multi-word object, a `to` phrase, a short object).
    ("beer_checked_in_at_venue", Ok),
    ("check_in_toasted", Ok),
    ("brewery_badge_unlocked", Ok),
    ("beer_added_to_wish_list", Ok),
    ("beer_menu_scanned", Ok),
    // Already fine: a pay-at-table restaurant ordering app, Sunday- and Mr Yum-style (an
    // abbreviation in the object, a `to` phrase, an irregular past that looks like a base with an
    // adverb after it, an irregular past participle, an irregular past, a short object).
    ("table_qr_code_scanned", Ok),
    ("dish_added_to_table_order", Ok),
    ("bill_split_evenly", Ok),
    ("tip_amount_chosen", Ok),
    ("table_bill_paid", Ok),
    ("receipt_emailed", Ok),
    // Already fine: a cashback and coupon app, Rakuten-, Ibotta- and Honey-style (a run-on word
    // the product uses, a short object, an `auto` prefix before the verb, an irregular past, a
    // `through` phrase, a multi-word object).
    ("cashback_offer_activated", Ok),
    ("grocery_receipt_scanned", Ok),
    ("coupon_code_auto_applied", Ok),
    ("cashback_payout_sent", Ok),
    ("retailer_visited_through_portal", Ok),
    ("referral_bonus_earned", Ok),
    // Already fine: a buy-now-pay-later app, Klarna-, Afterpay- and Affirm-style (an irregular past
    // participle, an irregular past that looks like a base with an `into` phrase, a short object,
    // an adverb after the verb, a multi-word object, a short object).
    ("installment_plan_chosen", Ok),
    ("purchase_split_into_installments", Ok),
    ("due_date_extended", Ok),
    ("installment_paid_early", Ok),
    ("order_return_reported", Ok),
    ("spending_limit_raised", Ok),
    // Already fine: a padel and tennis court booking app, Playtomic-style (a short object, an
    // adjective in the object, a multi-word object, a `to` phrase, a `by` phrase).
    ("court_slot_booked", Ok),
    ("open_match_joined", Ok),
    ("match_score_confirmed", Ok),
    ("racket_rental_added_to_booking", Ok),
    ("booking_cancelled_by_club", Ok),
    // Already fine: a hiking and trail-navigation app, AllTrails- and Komoot-style (an adjective
    // in the object, an `-ing` word in the object, an irregular past participle, a `with` phrase,
    // a particle-like word inside the object, a short object).
    ("offline_trail_map_downloaded", Ok),
    ("hike_recording_started", Ok),
    ("trail_review_written", Ok),
    ("route_planned_with_waypoints", Ok),
    ("off_route_alert_sent", Ok),
    ("trail_condition_reported", Ok),
    // Already fine: a cinema ticketing app, Odeon-, AMC- and Fandango-style (a one-word object, an
    // irregular past participle, an `at` phrase, a pre- word in the object, a `for` phrase, a
    // one-letter word in the object with an irregular past).
    ("showtime_selected", Ok),
    ("recliner_seat_chosen", Ok),
    ("ticket_scanned_at_entrance", Ok),
    ("snack_preorder_placed", Ok),
    ("ticket_exchanged_for_later_showtime", Ok),
    ("a_list_reservation_made", Ok),
    // A coach booking app: camelCase with a verb first, a `_failure` on a noun of action (a failed
    // reservation stays failed), Title Case already past, a person first in the present tense, an
    // `on` callback already past.
    ("bookCoachTicket", Rename(&["coach_ticket_booked"])),
    (
        "seat_reservation_failure",
        Rename(&["seat_reservation_failed"]),
    ),
    ("Boarding Pass Scanned", Rename(&["boarding_pass_scanned"])),
    (
        "passenger_changes_departure",
        Rename(&["departure_changed", "booking_departure_changed"]),
    ),
    ("onTripCancelled", Rename(&["trip_cancelled"])),
    // A carpooling app: camelCase with a verb first, an `_error` on a verb-like noun (a failed
    // request stays failed), Title Case already past, a person first in the present tense.
    (
        "publishRide",
        Rename(&["ride_published", "ride_offer_published"]),
    ),
    ("booking_request_error", Rename(&["booking_request_failed"])),
    ("Ride Completed", Rename(&["ride_completed"])),
    (
        "driver_accepts_passenger",
        Rename(&["passenger_accepted", "booking_request_accepted"]),
    ),
    // A luggage-storage app: a noun of action, a `_failure` on a noun of action with a run-on word
    // (a failed confirmation stays failed), PascalCase already past with a particle, an `-ing`
    // form with a verb first.
    ("storage_spot_selection", Rename(&["storage_spot_selected"])),
    (
        "bag_dropoff_confirmation_failure",
        Rename(&[
            "bag_dropoff_confirmation_failed",
            "bag_drop_off_confirmation_failed",
        ]),
    ),
    ("BagsPickedUp", Rename(&["bags_picked_up"])),
    (
        "extending_storage_booking",
        Rename(&["storage_booking_extended"]),
    ),
    // A trip organiser: camelCase with a verb first, an `_error` on a noun of action (a failed sync
    // stays failed), Title Case already past, a run-on already past.
    ("importBookingEmail", Rename(&["booking_email_imported"])),
    ("itinerary_sync_error", Rename(&["itinerary_sync_failed"])),
    ("Trip Plan Shared", Rename(&["trip_plan_shared"])),
    (
        "tripcollaboratoradded",
        Rename(&["trip_collaborator_added"]),
    ),
    // A surplus-food app: camelCase with a verb first, a `_success` on a noun of action, Title Case
    // already past, a person first in the present tense.
    ("reserveMagicBag", Rename(&["magic_bag_reserved"])),
    (
        "bag_pickup_success",
        Rename(&["bag_picked_up", "bag_collected"]),
    ),
    ("Surprise Bag Rated", Rename(&["surprise_bag_rated"])),
    (
        "user_saves_store",
        Rename(&["store_saved", "store_favourited"]),
    ),
    // A craft-beer check-in app: camelCase with a verb first and a particle, a `_failure` on a noun
    // of action (a failed upload stays failed), Title Case already past, an `-ing` form with a
    // verb first.
    ("checkInBeer", Rename(&["beer_checked_in"])),
    (
        "check_in_upload_failure",
        Rename(&["check_in_upload_failed"]),
    ),
    ("Brewery Followed", Rename(&["brewery_followed"])),
    (
        "toasting_friend_check_in",
        Rename(&["friend_check_in_toasted"]),
    ),
    // A pay-at-table app: camelCase with a verb first, an `_error` on a noun (a failed payment
    // stays failed), Title Case already past, a person first in the present tense.
    ("splitBill", Rename(&["bill_split"])),
    ("table_payment_error", Rename(&["table_payment_failed"])),
    (
        "Tip Percentage Selected",
        Rename(&["tip_percentage_selected"]),
    ),
    ("guest_orders_dessert", Rename(&["dessert_ordered"])),
    // A cashback app: camelCase with a verb first, a `_failure` on a noun of action (a failed
    // tracking stays failed), Title Case already past, a leftover `handle` callback prefix already
    // past.
    (
        "activateCashback",
        Rename(&["cashback_activated", "cashback_offer_activated"]),
    ),
    (
        "cashback_tracking_failure",
        Rename(&["cashback_tracking_failed"]),
    ),
    (
        "Grocery Receipt Submitted",
        Rename(&["grocery_receipt_submitted"]),
    ),
    ("handleCouponApplied", Rename(&["coupon_applied"])),
    // A buy-now-pay-later app: camelCase with a verb first, a `_failure` on an abbreviation (a
    // failed checkout stays failed), Title Case already past, a person first in the present tense.
    ("payInstallment", Rename(&["installment_paid"])),
    ("bnpl_checkout_failure", Rename(&["bnpl_checkout_failed"])),
    ("Payment Plan Created", Rename(&["payment_plan_created"])),
    (
        "shopper_extends_due_date",
        Rename(&["due_date_extended", "payment_due_date_extended"]),
    ),
    // A court booking app: camelCase with a verb first, an `_error` on a noun of action (a failed
    // submission stays failed), Title Case already past, a plural slip for a past tense.
    ("bookCourt", Rename(&["court_booked"])),
    (
        "match_result_submission_error",
        Rename(&["match_result_submission_failed"]),
    ),
    ("Open Match Created", Rename(&["open_match_created"])),
    (
        "court_booking_cancels",
        Rename(&["court_booking_cancelled", "court_booking_canceled"]),
    ),
    // A hiking app: camelCase with a verb first, a `_failure` on a noun of action (a failed
    // download stays failed), Title Case already past with a `to` phrase, a person first in the
    // present tense.
    ("recordHike", Rename(&["hike_recorded"])),
    (
        "trail_map_download_failure",
        Rename(&["trail_map_download_failed"]),
    ),
    ("Trail Saved To List", Rename(&["trail_saved_to_list"])),
    (
        "hiker_reports_trail_closure",
        Rename(&["trail_closure_reported"]),
    ),
    // A cinema ticketing app: camelCase with a verb first and a plural, an `_error` on a noun of
    // action (a failed selection stays failed), Title Case already past, an `on` callback already
    // past, a `_success` on a noun of action.
    (
        "buyMovieTickets",
        Rename(&["movie_tickets_bought", "movie_tickets_purchased"]),
    ),
    (
        "cinema_seat_selection_error",
        Rename(&["cinema_seat_selection_failed"]),
    ),
    (
        "Showtime Reminder Sent",
        Rename(&["showtime_reminder_sent"]),
    ),
    ("onTicketRefunded", Rename(&["ticket_refunded"])),
    (
        "concession_pickup_success",
        Rename(&["concession_order_picked_up"]),
    ),
    // Vague: banned words (a carpool app's odd fees, a trip organiser's scratch itinerary, a
    // cashback app's offer tile, a hiking app's trail photos, a pay-at-table app's dummy orders).
    ("misc_carpool_fee_added", Vague),
    ("temp_itinerary_created", Vague),
    ("cashback_offer_engaged", Vague),
    ("trail_photo_interacted", Vague),
    ("test_table_order_placed", Vague),
    // Vague: a numbered step (a luggage app's booking flow), a numbered banner (a cinema app's
    // home screen), a numbered tab (a court search).
    ("luggage_booking_step_2_completed", Vague),
    ("cinema_home_banner2_tapped", Vague),
    ("court_search_tab3_opened", Vague),
    // Vague: generic UI elements as the whole object, named after where they are on the screen (a
    // coach results list's dropdown, a beer page's popup, a pay screen's button, a checkout's
    // modal, a hike summary's card, a food-rescue home screen's link, a carpool search's form).
    ("bus_results_dropdown_opened", Vague),
    ("beer_detail_popup_closed", Vague),
    ("pay_screen_button_tapped", Vague),
    ("bnpl_checkout_modal_shown", Vague),
    ("hike_summary_card_swiped", Vague),
    ("food_rescue_home_link_clicked", Vague),
    ("carpool_search_form_submitted", Vague),
    // Flagged, but no rename is right without more context: an `-ing` status, a bare noun, a bare
    // noun, a state, an error kind, a state, a state, a state, a bare noun, a state, a bare noun,
    // an error kind, a state, a state, a state.
    ("bus_running_late", NoRename),
    ("bus_delay_minutes", NoRename),
    ("carpool_seats_remaining", NoRename),
    ("storage_spot_at_capacity", NoRename),
    ("itinerary_flight_conflict", NoRename),
    ("store_bags_unavailable", NoRename),
    ("beer_not_in_database", NoRename),
    ("table_bill_outstanding", NoRename),
    ("cashback_pending_balance", NoRename),
    ("installment_overdue", NoRename),
    ("bnpl_eligibility_score", NoRename),
    ("padel_partner_level_mismatch", NoRename),
    ("trail_conditions_muddy", NoRename),
    ("hiker_off_route", NoRename),
    ("screening_almost_full", NoRename),
];
