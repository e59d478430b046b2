//! A hundred-and-forty-second held-out table for the naming rules (issue 21), written in the
//! fifteenth session (its fourth batch) after the first hundred and thirty-nine tables (the other
//! three of this batch, 140th to 143rd, were being written beside it and were not seen), by someone
//! who had seen neither the rules' code nor their output. Like the tenth to
//! hundred-and-thirty-ninth, it reads like ordinary teams' own tracking plans rather than vendors'
//! webhooks, this time only for coworking spaces and flexible offices, a few corners of which (a
//! coworking-space booking app, a coworking day-pass app, and hot desks, visitor registration and
//! print credits in a table of community apps) earlier tables touched from other sides: desk and
//! meeting room bookings, day passes and memberships, visitor check-in and badges, mail and package
//! handling, printing credits, community events, access control and door unlocks, invoices and
//! member portals, space management software, and private offices, tours and leads. Event names are
//! written as a flexible office operator's, a visitor management vendor's and a space management
//! software vendor's teams write them: mostly snake_case from the data team's plan, some camelCase
//! and PascalCase from the iOS and Android member apps (some with leftover `on` and `track` call
//! prefixes), a few in Title Case with spaces from an older operator dashboard, and the trade's own
//! abbreviations (nda, rsvp, pkg, inv, grp). They are modelled on and partly recalled from memory
//! of public sources, about a dozen products: WeWork's All Access and On Demand day passes,
//! credits, guest passes and office tours, Regus' and Industrious' private office enquiries,
//! proposals, agreements and move-ins, Deskpass', Croissant's and LiquidSpace's day passes and
//! rolled-over credits, Robin's and Skedda's desk and room bookings, floor maps, check-ins and
//! automatic releases, Nexudus', OfficeRnD's and Cobot's plans, invoices, credit notes, deposits,
//! mail handling and community boards, Optix's, Spacebring's, Andcards' and Yardi Kube's events,
//! RSVPs, waitlists, resources, rates and occupancy reports, Envoy's and Proxyclick's visitor
//! invites, NDAs, badges, watchlists and host notifications, Envoy Deliveries' and Anytime
//! Mailbox's package logging, mail scans and forwarding, PaperCut's and ezeep's print credits,
//! secure release, quotas and scan to email, and Kisi's, Openpath's, Brivo's and Salto KS' mobile
//! keys, access groups, door unlocks, propped doors and wave to unlock, with the mistakes real
//! teams make: verbs first, nouns of action, `-ing` forms, camelCase, PascalCase and Title Case
//! with spaces, vague words, generic UI words, a numbered tab, a numbered link, a numbered step and
//! a floor's number as a token of its own, `_success`, `_error` and `_failure` suffixes, an
//! `error_` prefix, two run-on words, a plural slip, present tenses with a person first, base verbs
//! for pasts, an adjective for a past, abbreviations and leftover SDK call prefixes (`on`,
//! `track`). Names are snake_cased where a plan would be, with the case kept where it is the point.
//! Each was labelled by hand before the rules were run on them. The author read only the data
//! arrays and comments of earlier tables (the ninety-ninth and hundred-and-thirty-ninth whole, to
//! copy their format, and a few lines of the fifteenth, seventy-first and eighty-fifth, which
//! touched coworking) and the `Label` enum, and checked with a grep, listing only file names and
//! without reading the training table, that no name here is in any of the earlier tables (the
//! first, inside `held_out.rs`, included) or in the training table. One vague name collided all the
//! same, with the hundred-and-fortieth written beside it (`form_initialled`), and was replaced, by
//! the session that wired the tables in, with one of the same shape and label (`form_witnessed`)
//! before any run. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_142: &[(&str, Label)] = &[
    // Already fine: desk and meeting room bookings, Robin-, Skedda-, Nexudus- and OfficeRnD-style
    // (a multi-word object, a `for` phrase, an adjective in the object, a multi-word object, an
    // adjective in the object, a `by` phrase with an article, an irregular past).
    ("desk_booking_confirmed", Ok),
    ("meeting_room_booked_for_client_call", Ok),
    ("recurring_room_booking_created", Ok),
    ("office_floor_map_opened", Ok),
    ("unused_desk_booking_released", Ok),
    ("room_booking_extended_by_half_an_hour", Ok),
    ("phone_booth_held", Ok),
    // Already fine: day passes and memberships, WeWork On Demand-, WeWork All Access-, Deskpass-,
    // Croissant- and LiquidSpace-style (an irregular past with an `in` phrase, a multi-word object,
    // a `for` phrase, a doubled-l spelling with a product's words in the object, a multi-word
    // object, a multi-word object, a particle with an adjective in the object).
    ("day_pass_bought_in_app", Ok),
    ("desk_membership_upgraded", Ok),
    ("membership_paused_for_summer", Ok),
    ("all_access_membership_cancelled", Ok),
    ("guest_pass_shared", Ok),
    ("membership_agreement_signed", Ok),
    ("unused_credits_rolled_over", Ok),
    // Already fine: visitor check-in and badges, Envoy-, Proxyclick- and SwipedOn-style (a `by`
    // phrase, a multi-word object, an abbreviation with an `at` phrase, an `of` phrase, an
    // irregular participle, a particle, a multi-word object).
    ("visitor_invited_by_member", Ok),
    ("visitor_name_badge_printed", Ok),
    ("nda_signed_at_kiosk", Ok),
    ("host_notified_of_arrival", Ok),
    ("visitor_photo_taken", Ok),
    ("visitor_signed_out", Ok),
    ("watchlist_match_flagged", Ok),
    // Already fine: mail and package handling, Envoy Deliveries-, Nexudus-, OfficeRnD- and Anytime
    // Mailbox-style (an `at` phrase, an irregular past, an `on` phrase, a `by` phrase, a `to`
    // phrase, a particle with an adjective in the object, a long object).
    ("package_logged_at_reception", Ok),
    ("parcel_arrival_notice_sent", Ok),
    ("mail_scanned_on_request", Ok),
    ("package_collected_by_member", Ok),
    ("mail_forwarded_to_home_address", Ok),
    ("registered_letter_signed_for", Ok),
    ("virtual_mailbox_address_assigned", Ok),
    // Already fine: printing credits, PaperCut- and ezeep-style (a particle with a long object, an
    // `at` phrase, an irregular participle spelt like its base verb, a British spelling with a
    // plural, an irregular past with a `to` phrase, a multi-word object, a particle with an
    // adjective in the object).
    ("print_credit_balance_topped_up", Ok),
    ("print_job_released_at_copier", Ok),
    ("print_quota_reset", Ok),
    ("colour_pages_charged", Ok),
    ("scanned_pages_sent_to_inbox", Ok),
    ("printer_driver_installed", Ok),
    ("monthly_print_allowance_used_up", Ok),
    // Already fine: community events, Nexudus-, Spacebring-, Andcards- and Cobot-style (a
    // multi-word object, an abbreviation in the object, a multi-word object, an `and` inside the
    // object, a long object, a long object, a long object).
    ("community_event_published", Ok),
    ("event_rsvp_received", Ok),
    ("member_spotlight_posted", Ok),
    ("lunch_and_learn_scheduled", Ok),
    ("community_event_waitlist_joined", Ok),
    ("member_directory_profile_updated", Ok),
    ("community_board_post_pinned", Ok),
    // Already fine: access control and door unlocks, Kisi-, Openpath-, Brivo- and Salto KS-style (a
    // `from` phrase, a multi-word object, a multi-word object, a multi-word object, a particle, a
    // feature's name holding a `to` and a base verb with a particle, a `to` phrase).
    ("door_unlocked_from_phone", Ok),
    ("access_card_issued", Ok),
    ("member_mobile_key_revoked", Ok),
    ("weekend_access_granted", Ok),
    ("door_propped_open", Ok),
    ("wave_to_unlock_turned_on", Ok),
    ("access_group_assigned_to_member", Ok),
    // Already fine: invoices and member portals, Cobot-, Nexudus- and OfficeRnD-style (a short
    // object, a `by` phrase, a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, a multi-word object).
    ("invoice_issued", Ok),
    ("invoice_paid_by_direct_debit", Ok),
    ("member_payment_method_updated", Ok),
    ("late_payment_fee_waived", Ok),
    ("booking_credit_note_raised", Ok),
    ("billing_contact_changed", Ok),
    ("key_deposit_refunded", Ok),
    // Already fine: space management software, Optix-, Yardi Kube- and Essensys-style (a multi-word
    // object, an adjective in the object, a `to` phrase, a multi-word object, a `to` phrase, a verb
    // made from a noun, an irregular participle spelt like its base verb).
    ("occupancy_report_exported", Ok),
    ("room_hourly_rate_changed", Ok),
    ("private_office_assigned_to_company", Ok),
    ("floor_plan_uploaded", Ok),
    ("resource_added_to_location", Ok),
    ("member_company_onboarded", Ok),
    ("location_capacity_set", Ok),
    // Already fine: private offices, tours and leads, Industrious-, Regus- and WeWork-style (a
    // multi-word object, a British spelling, a `to` phrase, a particle inside the object, a
    // particle with an irregular past, a `re-` verb, a particle).
    ("office_tour_booked", Ok),
    ("office_enquiry_received", Ok),
    ("proposal_sent_to_lead", Ok),
    ("move_in_date_agreed", Ok),
    ("office_keys_handed_over", Ok),
    ("office_agreement_renewed", Ok),
    ("lead_followed_up", Ok),
    // Desk and meeting room bookings: camelCase with a verb first, a noun of action, Title Case
    // with spaces already past, a `_failure` (a failed check-in stays failed), a person first in
    // the present tense.
    ("bookMeetingRoom", Rename(&["meeting_room_booked"])),
    ("hot_desk_reservation", Rename(&["hot_desk_reserved"])),
    (
        "Room Booking Cancelled",
        Rename(&["room_booking_cancelled"]),
    ),
    ("room_check_in_failure", Rename(&["room_check_in_failed"])),
    ("member_extends_booking", Rename(&["booking_extended"])),
    // Day passes and memberships: camelCase with a verb first, a noun of action, PascalCase already
    // past, a base verb, a leftover `track` call prefix already past.
    (
        "purchaseDayPass",
        Rename(&["day_pass_purchased", "day_pass_bought"]),
    ),
    ("membership_upgrade", Rename(&["membership_upgraded"])),
    ("MembershipFrozen", Rename(&["membership_frozen"])),
    ("guest_pass_redeem", Rename(&["guest_pass_redeemed"])),
    (
        "trackMembershipCancelled",
        Rename(&["membership_cancelled"]),
    ),
    // Visitor check-in and badges: camelCase with a verb first, an `-ing` form with a particle,
    // PascalCase already past, an `_error` (a failed sign-in stays failed), a person first in the
    // present tense.
    ("inviteVisitor", Rename(&["visitor_invited"])),
    ("visitor_checking_in", Rename(&["visitor_checked_in"])),
    (
        "BadgePrinted",
        Rename(&["badge_printed", "visitor_badge_printed"]),
    ),
    ("visitor_sign_in_error", Rename(&["visitor_sign_in_failed"])),
    (
        "host_receives_arrival_alert",
        Rename(&["arrival_alert_received", "host_arrival_alert_received"]),
    ),
    // Mail and package handling: camelCase with a verb first, a noun of action, a leftover `on`
    // callback prefix already past, a clipped word already past, a plural slip (one package per
    // event).
    ("logPackage", Rename(&["package_logged"])),
    ("mail_scan_request", Rename(&["mail_scan_requested"])),
    ("onPackagePickedUp", Rename(&["package_picked_up"])),
    (
        "pkg_delivered_to_desk",
        Rename(&["package_delivered_to_desk"]),
    ),
    ("packages_signed_for", Rename(&["package_signed_for"])),
    // Printing credits: camelCase with a verb first and a verb that may not carry over, an `-ing`
    // form, Title Case with spaces already past, a `_failure` (a failed job stays failed), an
    // `error_` prefix already past.
    (
        "buyPrintCredits",
        Rename(&["print_credits_bought", "print_credits_purchased"]),
    ),
    ("print_job_releasing", Rename(&["print_job_released"])),
    ("Print Quota Exceeded", Rename(&["print_quota_exceeded"])),
    ("print_job_failure", Rename(&["print_job_failed"])),
    ("error_print_job_rejected", Rename(&["print_job_rejected"])),
    // Community events: camelCase with an abbreviation used as a verb first, a noun of action with
    // both spellings accepted, PascalCase already past, a person first in the present tense, a base
    // verb.
    (
        "rsvpToEvent",
        Rename(&["event_rsvp_sent", "event_rsvp_submitted"]),
    ),
    (
        "event_cancellation",
        Rename(&["event_cancelled", "event_canceled"]),
    ),
    (
        "CommunityEventPublished",
        Rename(&["community_event_published"]),
    ),
    (
        "member_joins_waitlist",
        Rename(&["waitlist_joined", "event_waitlist_joined"]),
    ),
    ("event_reminder_send", Rename(&["event_reminder_sent"])),
    // Access control and door unlocks: camelCase with a verb first, a `_failure` (a failed unlock
    // stays failed), a leftover `on` callback prefix already past, an `-ing` form, a clipped word
    // already past.
    ("unlockStudioDoor", Rename(&["studio_door_unlocked"])),
    ("door_unlock_failure", Rename(&["door_unlock_failed"])),
    ("onAccessGranted", Rename(&["access_granted"])),
    ("mobile_key_issuing", Rename(&["mobile_key_issued"])),
    ("door_grp_updated", Rename(&["door_group_updated"])),
    // Invoices and member portals: camelCase with a verb first, a `_success` on a noun, Title Case
    // with spaces already past, a clipped word already past, a run-on with a particle.
    ("payInvoice", Rename(&["invoice_paid"])),
    (
        "member_invoice_payment_success",
        Rename(&[
            "member_invoice_paid",
            "member_invoice_payment_completed",
            "member_invoice_payment_succeeded",
        ]),
    ),
    ("Invoice Downloaded", Rename(&["invoice_downloaded"])),
    (
        "inv_emailed_to_member",
        Rename(&["invoice_emailed_to_member"]),
    ),
    ("autopayturnedon", Rename(&["autopay_turned_on"])),
    // Space management software: camelCase with a verb first, a noun of action, PascalCase with a
    // person first in the present tense, an `_error` (a failed upload stays failed), a run-on
    // already past.
    (
        "exportOccupancyReport",
        Rename(&["occupancy_report_exported"]),
    ),
    ("resource_creation", Rename(&["resource_created"])),
    ("AdminAssignsOffice", Rename(&["office_assigned"])),
    (
        "floor_plan_upload_error",
        Rename(&["floor_plan_upload_failed"]),
    ),
    ("floorplanpublished", Rename(&["floor_plan_published"])),
    // Private offices, tours and leads: camelCase with a verb first, an adjective for a past,
    // PascalCase already past, a person first in the present tense, a leftover `track` call prefix
    // already past with a British spelling.
    (
        "scheduleTour",
        Rename(&["tour_scheduled", "office_tour_scheduled"]),
    ),
    (
        "tour_booking_complete",
        Rename(&["tour_booking_completed", "tour_booked"]),
    ),
    ("LeadConverted", Rename(&["lead_converted"])),
    ("sales_rep_sends_proposal", Rename(&["proposal_sent"])),
    ("trackEnquirySubmitted", Rename(&["enquiry_submitted"])),
    // Vague: banned words (a virtual office's scanned post, a desk booking screen, a building's
    // door access sync, a members' community feed, a perks page, a printer's own check page, a
    // contractor's short-lived door code written the way access systems name it).
    ("misc_mail_items_scanned", Vague),
    ("desk_booking_stuff_cleared", Vague),
    ("door_access_things_synced", Vague),
    ("community_feed_interacted", Vague),
    ("member_perks_engaged", Vague),
    ("printer_test_page_printed", Vague),
    ("temp_access_code_generated", Vague),
    // Vague: generic UI nouns as the whole object, with the trade's own verbs (an app's
    // hold-to-unlock button, a membership agreement's form, a scanned letter's link, a booking
    // reminder's banner).
    ("button_held_to_unlock", Vague),
    ("form_witnessed", Vague),
    ("link_forwarded", Vague),
    ("banner_snoozed", Vague),
    // Vague: a numbered step (a visitor kiosk), a numbered tab (a booking screen), a numbered link
    // (an invoice email), a floor's number as a token of its own (a floor map).
    ("kiosk_step_3_skipped", Vague),
    ("booking_tab4_opened", Vague),
    ("invoice_link2_tapped", Vague),
    ("floor_2_map_opened", Vague),
    // Flagged, but no rename is right without more context: a bare noun, a state, a state, an error
    // kind, a state, a state, a state, an error kind, a state in PascalCase, a bare noun, an error
    // kind, a state, a state, a state, a bare noun.
    ("desk_occupancy_rate", NoRename),
    ("meeting_room_unavailable", NoRename),
    ("membership_on_hold", NoRename),
    ("visitor_not_on_guest_list", NoRename),
    ("kiosk_printer_offline", NoRename),
    ("package_awaiting_pickup", NoRename),
    ("mailbox_full", NoRename),
    ("print_balance_insufficient", NoRename),
    ("PrinterOutOfToner", NoRename),
    ("event_capacity", NoRename),
    ("invalid_access_credential", NoRename),
    ("fire_exit_door_ajar", NoRename),
    ("membership_invoice_overdue", NoRename),
    ("location_at_full_capacity", NoRename),
    ("tour_lead_source", NoRename),
];
