//! A sixtieth held-out table for the naming rules (issue 21), written after the first fifty-nine
//! tables (the sixty-first to sixty-third were being written beside it and were not seen), by
//! someone who had seen neither the rules' code nor their output. Like the tenth to fifty-ninth, it
//! reads like ordinary companies' own tracking plans rather than vendors' webhooks, this time only
//! for products about events and tickets: a concert ticketing app with resale, a conference app
//! with an agenda and badge scanning, a music festival app with cashless wristbands, a theatre box
//! office site, a museum's timed-entry and audio-guide app, a sports club's season-ticket app, a
//! comedy club's booking site, a cinema chain's app with seat selection and snacks, a wedding
//! planning and RSVP site, a charity gala's auction and donation app, a nightclub guest-list app
//! and a trade show's exhibitor lead-capture app. Event names are written as those product teams
//! write them: mostly snake_case from a data team's plan, some camelCase and PascalCase from the
//! mobile SDK, and a few Title Case names with spaces from an older Segment spec. They are modelled
//! on and partly recalled from memory of public sources: Ticketmaster's Verified Fan, presale
//! codes, waiting rooms, face-value exchange and ticket transfers, AXS's, SeatGeek's, DICE's and
//! Twickets' resale listings and payouts, Whova's, Cvent's, Bizzabo's, Swapcard's and Sched's
//! personal agendas, session feedback, speaker slides, one-to-one meetings and badge printing
//! kiosks, Glastonbury's, Coachella's, Tappit's, Intellitix' and Playter's wristband registration,
//! cashless top-ups, unspent credit refunds, clash finders and campervan passes, Spektrix',
//! Tessitura's, AudienceView's, TodayTix' and the National Theatre's matinees, captioned and
//! relaxed performances, day seats and rush lotteries, gift vouchers and interval drinks, MoMA's,
//! the Met's, Tate's, Smartify's and Bloomberg Connects' timed entry, special exhibition add-ons,
//! member guest passes and audio tour stops, Premier League and NFL clubs' season cards, ticket
//! exchanges, away ballots, instalment plans and cup allocations, the Comedy Cellar's, the Laugh
//! Factory's and SeatEngine's shows, two-drink minimums, Yondr phone pouches and open mics, AMC's,
//! Odeon's, Cineworld's, Vue's and Regal's recliners, snack combos, Unlimited and A-List cards,
//! free refills and booking fees, The Knot's, Zola's, Joy's, Hitched's and Bridebook's save the
//! dates, meal choices, plus-ones, registries, honeymoon funds and seating plans, GiveSmart's,
//! OneCause's, Handbid's, Givergy's and Greater Giving's silent auctions, paddle raises, outbid
//! alerts, maximum bids, checkout and Gift Aid, Tablelist's, Discotech's and Fatsoma's guest lists,
//! VIP tables, bottle service and promoter links, and Cvent LeadCapture's, iCapture's, Map Your
//! Show's and atEvent's lead retrieval, qualifying questions, card scans, ratings and CRM exports,
//! with the mistakes real teams make: verbs first, nouns of action, `-ing` forms, camelCase,
//! PascalCase and Title Case with spaces, vague words, numbered UI words and steps, `_success`,
//! `_error` and `_failure` suffixes, run-on words, plural slips, present tenses with a person
//! first, abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are snake_cased
//! where a plan would be, with the case kept where it is the point. Each was labelled by hand
//! before the rules were run on them. The author read only the data arrays of the earlier tables,
//! up to the fifty-ninth, and checked with a grep, without reading the training table, that no name
//! here is in any of them or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_60: &[(&str, Label)] = &[
    // Already fine: a concert ticketing app with resale, Ticketmaster-, AXS- and DICE-style (a
    // multi-word object, a multi-word object, a multi-word object, a past participle inside the
    // object, an irregular past with a particle, an adjective in the object).
    ("presale_code_redeemed", Ok),
    ("verified_fan_signup_completed", Ok),
    ("resale_listing_price_lowered", Ok),
    ("transferred_tickets_claimed", Ok),
    ("resale_earnings_paid_out", Ok),
    ("online_queue_joined", Ok),
    // Already fine: a conference app with an agenda and badge scanning, Whova-, Cvent- and
    // Swapcard-style (a multi-word object, a multi-word object, a plural object, an `at` phrase, a
    // number word inside the object, a multi-word object).
    ("agenda_session_bookmarked", Ok),
    ("attendee_badge_scanned", Ok),
    ("speaker_slides_downloaded", Ok),
    ("badge_printed_at_kiosk", Ok),
    ("one_to_one_meeting_requested", Ok),
    ("session_feedback_submitted", Ok),
    // Already fine: a music festival app with cashless wristbands, Glastonbury-, Tappit- and
    // Playter-style (a short object, a particle after the verb, a `to` phrase, an adjective in the
    // object, an irregular past, an irregular past that looks like a base with `set` in the
    // object).
    ("wristband_registered", Ok),
    ("cashless_wallet_topped_up", Ok),
    ("wristband_linked_to_account", Ok),
    ("unspent_credit_refund_requested", Ok),
    ("campervan_pass_bought", Ok),
    ("set_time_reminder_set", Ok),
    // Already fine: a theatre box office site, Spektrix-, TodayTix- and National Theatre-style (a
    // plural object, an adjective in the object, a multi-word object, a British spelling in the
    // object, a British word with a prefixed verb, an irregular past).
    ("matinee_tickets_booked", Ok),
    ("captioned_performance_booked", Ok),
    ("day_seat_lottery_entered", Ok),
    ("theatre_gift_voucher_redeemed", Ok),
    ("interval_drinks_preordered", Ok),
    ("rush_ticket_won", Ok),
    // Already fine: a museum's timed-entry and audio-guide app, MoMA-, Tate- and Smartify-style (a
    // multi-word object, a multi-word object, a particle inside the object, a multi-word object, an
    // irregular participle, a `to` phrase with a British spelling).
    ("timed_entry_slot_booked", Ok),
    ("audio_guide_track_played", Ok),
    ("special_exhibition_add_on_selected", Ok),
    ("member_guest_pass_used", Ok),
    ("audio_tour_language_chosen", Ok),
    ("artwork_added_to_favourites", Ok),
    // Already fine: a sports club's season-ticket app, Premier League- and NFL club-style (a
    // multi-word object, a `to` phrase, a multi-word object, a `to` phrase naming a brand, a
    // British spelling with an irregular past and a particle, a plural object).
    ("season_ticket_renewed", Ok),
    ("match_seat_released_to_exchange", Ok),
    ("away_ticket_ballot_entered", Ok),
    ("season_card_added_to_apple_wallet", Ok),
    ("renewal_instalment_plan_set_up", Ok),
    ("cup_tie_tickets_allocated", Ok),
    // Already fine: a comedy club's booking site, Comedy Cellar- and SeatEngine-style (an irregular
    // past, a multi-word object, a multi-word object, a short object, a `to` phrase).
    ("cover_charge_paid", Ok),
    ("front_row_table_requested", Ok),
    ("open_mic_lottery_entered", Ok),
    ("headliner_waitlist_joined", Ok),
    ("booking_moved_to_late_show", Ok),
    // Already fine: a cinema chain's app with seat selection and snacks, AMC-, Odeon- and
    // Cineworld-style (a `to` phrase, a multi-word object, a short object, an `at` phrase, an
    // adjective in the object, a plural object).
    ("snack_combo_added_to_order", Ok),
    ("popcorn_upsize_accepted", Ok),
    ("showtime_filter_applied", Ok),
    ("snack_order_collected_at_counter", Ok),
    ("unlimited_membership_card_linked", Ok),
    ("recliner_seats_selected", Ok),
    // Already fine: a wedding planning and RSVP site, The Knot-, Zola- and Bridebook-style (a set
    // phrase in the object, a multi-word object, a number word in the object, an irregular past, an
    // irregular past, a `with` phrase).
    ("save_the_date_cards_ordered", Ok),
    ("guest_meal_choice_recorded", Ok),
    ("plus_one_name_added", Ok),
    ("registry_gift_bought", Ok),
    ("honeymoon_fund_contribution_made", Ok),
    ("seating_plan_shared_with_venue", Ok),
    // Already fine: a charity gala's auction and donation app, GiveSmart-, OneCause- and
    // Givergy-style (a multi-word object, an irregular past, a prefixed past inside the object, an
    // irregular past, a British term with a `to` phrase, an irregular participle after a set
    // phrase).
    ("silent_auction_bid_placed", Ok),
    ("paddle_raise_pledge_made", Ok),
    ("outbid_alert_sent", Ok),
    ("auction_winnings_paid", Ok),
    ("gift_aid_added_to_pledge", Ok),
    ("fund_a_need_gift_given", Ok),
    // Already fine: a nightclub guest-list app, Tablelist-, Discotech- and Fatsoma-style (a
    // multi-word object, an abbreviation in the object with an irregular past, an irregular
    // participle, an irregular past, an `at` phrase).
    ("guest_list_spot_claimed", Ok),
    ("vip_table_deposit_paid", Ok),
    ("bottle_service_package_chosen", Ok),
    ("promoter_link_shared", Ok),
    ("entry_qr_code_scanned_at_door", Ok),
    // Already fine: a trade show's exhibitor lead-capture app, Cvent LeadCapture-, iCapture- and
    // Map Your Show-style (a multi-word object, a plural object, a multi-word object, a `to` phrase
    // with an abbreviation, a multi-word object, an irregular past that looks like a base).
    ("exhibitor_lead_captured", Ok),
    ("lead_qualifier_answers_saved", Ok),
    ("business_card_photographed", Ok),
    ("leads_exported_to_crm", Ok),
    ("booth_visit_logged", Ok),
    ("lead_rating_set", Ok),
    // A concert ticketing app: camelCase with a verb first from the mobile SDK, a noun of action,
    // Title Case with spaces from the old Segment spec already past, an `_error` on a noun (a
    // failed listing stays failed), a person first in the present tense.
    (
        "buyResaleTicket",
        Rename(&["resale_ticket_bought", "resale_ticket_purchased"]),
    ),
    ("presale_code_entry", Rename(&["presale_code_entered"])),
    (
        "Ticket Listed For Resale",
        Rename(&["ticket_listed_for_resale"]),
    ),
    ("resale_listing_error", Rename(&["resale_listing_failed"])),
    ("fan_transfers_tickets", Rename(&["tickets_transferred"])),
    // A conference app: camelCase with a verb first, a `_success` on a noun of action, an `-ing`
    // form with a verb first, a leftover `handle` callback prefix already past.
    (
        "scanBadge",
        Rename(&["badge_scanned", "attendee_badge_scanned"]),
    ),
    (
        "session_registration_success",
        Rename(&["session_registration_completed"]),
    ),
    ("bookmarking_session", Rename(&["session_bookmarked"])),
    (
        "handleMeetingRequestAccepted",
        Rename(&["meeting_request_accepted"]),
    ),
    // A music festival app: a verb first with its particle, PascalCase from the mobile SDK already
    // past, a `_failure` on a noun (a failed payment stays failed), a person first in the present
    // tense.
    (
        "top_up_wallet",
        Rename(&["wallet_topped_up", "cashless_wallet_topped_up"]),
    ),
    ("WristbandActivated", Rename(&["wristband_activated"])),
    (
        "cashless_payment_failure",
        Rename(&["cashless_payment_failed"]),
    ),
    (
        "festivalgoer_links_wristband",
        Rename(&["wristband_linked"]),
    ),
    // A theatre box office site: a verb first, Title Case with spaces from the old Segment spec
    // already past, an `-ing` form, an abbreviation.
    ("book_matinee", Rename(&["matinee_booked"])),
    (
        "Performance Tickets Booked",
        Rename(&["performance_tickets_booked"]),
    ),
    (
        "seat_upgrade_purchasing",
        Rename(&["seat_upgrade_purchased"]),
    ),
    (
        "tix_exchanged",
        Rename(&["tickets_exchanged", "theatre_tickets_exchanged"]),
    ),
    // A museum app: camelCase from the mobile SDK already past, a noun of action, a verb first with
    // an abbreviation kept, a noun that is also a base verb.
    ("audioGuideStarted", Rename(&["audio_guide_started"])),
    (
        "timed_entry_booking_confirmation",
        Rename(&["timed_entry_booking_confirmed"]),
    ),
    (
        "scan_artwork_qr",
        Rename(&["artwork_qr_scanned", "artwork_qr_code_scanned"]),
    ),
    (
        "museum_membership_upgrade",
        Rename(&["museum_membership_upgraded"]),
    ),
    // A sports club's app: camelCase with a verb first, PascalCase from the mobile SDK already
    // past, a person first in the present tense, an abbreviation.
    ("renewSeasonCard", Rename(&["season_card_renewed"])),
    (
        "TicketExchangeListingCreated",
        Rename(&["ticket_exchange_listing_created"]),
    ),
    (
        "member_buys_cup_tickets",
        Rename(&["cup_tickets_bought", "cup_tickets_purchased"]),
    ),
    (
        "season_ticket_pmt_plan_cancelled",
        Rename(&["season_ticket_payment_plan_cancelled"]),
    ),
    // A comedy club's site: camelCase with a verb first, Title Case with spaces from the old
    // Segment spec already past, a noun of action, a present tense.
    ("bookComedyShow", Rename(&["comedy_show_booked"])),
    (
        "Comedy Booking Completed",
        Rename(&["comedy_booking_completed"]),
    ),
    (
        "phone_pouch_acknowledgement",
        Rename(&["phone_pouch_policy_acknowledged"]),
    ),
    ("party_size_changes", Rename(&["party_size_changed"])),
    // A cinema chain's app: a noun that is also a base verb, PascalCase from the mobile SDK already
    // past, a plural slip in the object, a `_success` on a noun of action.
    (
        "snack_preorder",
        Rename(&["snack_preorder_placed", "snacks_preordered"]),
    ),
    (
        "ConcessionOrderPlaced",
        Rename(&["concession_order_placed"]),
    ),
    ("drinks_refill_redeemed", Rename(&["drink_refill_redeemed"])),
    (
        "booking_fee_waiver_success",
        Rename(&["booking_fee_waived"]),
    ),
    // A wedding site: camelCase with a verb first and an abbreviation kept, a noun of action, Title
    // Case with spaces from the old Segment spec already past, a person first in the present tense.
    ("submitWeddingRsvp", Rename(&["wedding_rsvp_submitted"])),
    ("guest_meal_selection", Rename(&["guest_meal_selected"])),
    ("Registry Item Added", Rename(&["registry_item_added"])),
    (
        "couple_invites_guests",
        Rename(&["guests_invited", "wedding_guests_invited"]),
    ),
    // A charity gala app: camelCase with a verb first, an `_error` on a noun of action (a failed
    // donation stays failed), an adjective for a past, a person first in the present tense.
    ("placeSilentBid", Rename(&["silent_bid_placed"])),
    (
        "donation_processing_error",
        Rename(&["donation_processing_failed", "donation_payment_failed"]),
    ),
    (
        "auction_checkout_complete",
        Rename(&["auction_checkout_completed"]),
    ),
    ("guest_donates_to_appeal", Rename(&["appeal_donation_made"])),
    // A nightclub guest-list app: camelCase with a verb first, a noun of action, a run-on already
    // past, a leftover `on` callback prefix on a noun.
    ("joinGuestList", Rename(&["guest_list_joined"])),
    (
        "vip_table_booking_request",
        Rename(&["vip_table_booking_requested"]),
    ),
    ("bottleserviceordered", Rename(&["bottle_service_ordered"])),
    (
        "onDoorCheckIn",
        Rename(&["guest_checked_in_at_door", "door_check_in_completed"]),
    ),
    // A trade show's lead-capture app: camelCase with a verb first, a `_failure` on a noun of
    // action (a failed export stays failed), Title Case with spaces from the old Segment spec
    // already past, an `-ing` form, an abbreviation.
    ("captureLead", Rename(&["lead_captured"])),
    ("lead_export_failure", Rename(&["lead_export_failed"])),
    ("Lead Note Added", Rename(&["lead_note_added"])),
    ("leads_syncing", Rename(&["leads_synced"])),
    (
        "exhbtr_profile_updated",
        Rename(&["exhibitor_profile_updated"]),
    ),
    // Vague: banned words (a festival's extra fees, a conference agenda, a gala's livestream, a QA
    // RSVP on a live wedding site, a scratch exhibitor badge).
    ("misc_festival_fee_added", Vague),
    ("conference_agenda_interacted", Vague),
    ("gala_livestream_engaged", Vague),
    ("test_wedding_rsvp_received", Vague),
    ("temp_exhibitor_badge_issued", Vague),
    // Vague: generic UI elements as the whole object, some named after what they sit in (a cinema
    // seat picker modal, a resale banner, a museum map popup, a ticket quantity dropdown, a comedy
    // lineup link, a gala donation form, a lead scanner button).
    ("cinema_seat_picker_modal_opened", Vague),
    ("resale_banner_dismissed", Vague),
    ("museum_map_popup_closed", Vague),
    ("ticket_quantity_dropdown_changed", Vague),
    ("comedy_lineup_link_clicked", Vague),
    ("gala_donation_form_submitted", Vague),
    ("lead_scanner_button_tapped", Vague),
    // Vague: a numbered setup step (a wedding website), a numbered tab (a festival app), a numbered
    // button (a guest list).
    ("wedding_website_step_4_completed", Vague),
    ("festival_app_tab3_opened", Vague),
    ("guest_list_button2_tapped", Vague),
    // Flagged, but no rename is right without more context: a state, a state, a state, an error
    // kind, a bare noun, a state, a bare noun, a bare noun, a state, an `-ing` future event, a
    // state, a state, an error kind, an error kind, an error kind.
    ("resale_price_above_cap", NoRename),
    ("badge_printer_offline", NoRename),
    ("wristband_balance_low", NoRename),
    ("wristband_nfc_read_timeout", NoRename),
    ("theatre_access_seat_availability", NoRename),
    ("timed_entry_slot_full", NoRename),
    ("season_ticket_arrears", NoRename),
    ("comedy_show_age_restriction", NoRename),
    ("cinema_screen_at_capacity", NoRename),
    ("silent_auction_closing_soon", NoRename),
    ("wedding_rsvp_overdue", NoRename),
    ("guest_list_at_capacity", NoRename),
    ("door_id_mismatch", NoRename),
    ("lead_scan_duplicate", NoRename),
    ("agenda_sync_conflict", NoRename),
];
