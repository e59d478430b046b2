//! A hundred-and-fifty-sixth held-out table for the naming rules (issue 21), written in the
//! seventeenth session after the first hundred and fifty-five tables (the other three of this
//! batch, 156th to 159th, were being written beside it and were not seen), by someone who had seen
//! neither the rules' code nor their output. Like the tenth to hundred-and-fifty-fifth, it reads
//! like ordinary teams' own tracking plans rather than vendors' webhooks, this time only for
//! musical instrument rental and repair shops, a few corners of which (rent-to-own payments, repair
//! tickets, lesson bookings, used-gear listings, layaway) earlier tables may have touched from
//! other sides: school band rent-to-own rentals, rental payments, purchase credit and returns,
//! repair intake and tickets, woodwind and brass bench work with re-padding, corks, dents and
//! chemical cleaning, piano tuning visits, string setups and bow rehairs, consignment of used
//! instruments, lesson rooms, the shop counter, and a band director portal with school routes.
//! Event names are written as a music store chain's, a point-of-sale vendor's, a piano technician's
//! scheduler's and a marketplace seller tool's teams write them: mostly snake_case from the data
//! team's plan, some camelCase and PascalCase from the iOS and Android staff, parent and teacher
//! apps (some with leftover `on` and `track` call prefixes), a few in Title Case with spaces from
//! an older store dashboard, and the trade's own abbreviations (rto, pmt, est, sax, chem, appt,
//! sku, qty). They are modelled on and partly recalled from memory of public sources, about a dozen
//! products: Music & Arts' rent-to-own school rental program with its Maintenance and Replacement
//! plan, rental credit and school deliveries by its educational representatives, Shar Music's
//! string rentals, size exchanges and bow rehairs, Sweetwater's repair shop and its guitar
//! inspection and setups, StewMac's fret, nut and truss rod work, Gazelle's piano service
//! scheduling with reminders and client records, TuneLab's and CyberTuner's tuning files and pitch
//! raises, Dampp-Chaser's piano humidity control system, Reverb's listings, offers and price drops,
//! Guitar Center's used gear and consignment, My Music Staff's and Guitar Center Lessons' lesson
//! calendars, makeup lessons, attendance and autopay, AIMsi's and Rain POS's music store point of
//! sale with rental contracts, repair tickets, layaway and serial numbers, Lightspeed Retail's
//! sales, store credit and inventory syncs, and Charms Office Assistant's band director portal with
//! rosters and school-owned instruments, with the mistakes real teams make: verbs first, nouns of
//! action, `-ing` forms, camelCase, PascalCase and Title Case with spaces, vague words, generic UI
//! words, a numbered tab and a numbered step, `_success`, `_error` and `_failure` suffixes, an
//! `error_` prefix, a run-on word, a plural slip, present tenses with a person first, a base verb,
//! adjectives for pasts, abbreviations and leftover SDK call prefixes (`on`, `track`). Names are
//! snake_cased where a plan would be, with the case kept where it is the point. Each was labelled
//! by hand before the rules were run on them. The author read only the data arrays and comments of
//! earlier tables (the ninety-ninth and hundred-and-fifty-fifth whole, to copy their format) and
//! the `Label` enum, and checked with a grep, listing only file names and without reading the
//! training table, that no name here is in any of the earlier tables (the first, inside
//! `held_out.rs`, included) or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_156: &[(&str, Label)] = &[
    // Already fine: school band rent-to-own rentals, Music & Arts- and AIMsi rental-style (a
    // multi-word object, a `to` inside the object, an irregular participle, a `to` phrase, a `to`
    // phrase, an adjective in the object, an irregular past with a particle).
    ("band_instrument_rental_started", Ok),
    ("rent_to_own_agreement_signed", Ok),
    ("rental_instrument_size_chosen", Ok),
    ("maintenance_plan_added_to_rental", Ok),
    ("rental_instrument_delivered_to_school", Ok),
    ("first_rental_payment_collected", Ok),
    ("rental_autopay_set_up", Ok),
    // Already fine: rental payments, purchase credit and returns, Music & Arts- and Shar Music
    // rental-style (a `to` phrase, an irregular past with a particle, an adjective in the object, a
    // `to` phrase, a participle as an adjective in the object, a `for` phrase, a multi-word
    // object).
    ("rental_credit_applied_to_purchase", Ok),
    ("rental_instrument_paid_off", Ok),
    ("early_purchase_discount_applied", Ok),
    ("rental_instrument_returned_to_store", Ok),
    ("returned_rental_inspected", Ok),
    ("cello_swapped_for_larger_size", Ok),
    ("rental_autopay_card_updated", Ok),
    // Already fine: repair intake and tickets, Sweetwater repair shop-, Music & Arts repair- and
    // AIMsi repair ticket-style (a multi-word object, a multi-word object, a `to` phrase, a
    // particle and a `for` phrase, a `from` phrase, a multi-word object, a long object).
    ("woodwind_repair_ticket_opened", Ok),
    ("overhaul_estimate_approved", Ok),
    ("repair_estimate_texted_to_parent", Ok),
    ("instrument_dropped_off_for_repair", Ok),
    ("repair_instrument_collected_from_school", Ok),
    ("loaner_instrument_issued", Ok),
    ("repair_warranty_claim_filed", Ok),
    // Already fine: woodwind and brass bench work, a repair shop's own bench plan (a `re-` verb, a
    // plural in the object, a multi-word object, an adverb before the verb, a long object, an
    // adjective in the object, a multi-word object).
    ("saxophone_repadded", Ok),
    ("flute_pads_replaced", Ok),
    ("tenon_cork_replaced", Ok),
    ("trumpet_chemically_cleaned", Ok),
    ("trombone_slide_dent_removed", Ok),
    ("stuck_mouthpiece_pulled", Ok),
    ("oboe_key_height_adjusted", Ok),
    // Already fine: piano tuning visits, Gazelle-, TuneLab- and CyberTuner-style (a multi-word
    // object, a multi-word object, a multi-word object, an adjective in the object, a multi-word
    // object, a long object, an adjective in the object).
    ("piano_tuning_visit_booked", Ok),
    ("tuning_reminder_emailed", Ok),
    ("piano_pitch_raised", Ok),
    ("grand_piano_tuned", Ok),
    ("tuning_file_saved", Ok),
    ("humidity_control_system_installed", Ok),
    ("sticky_piano_key_freed", Ok),
    // Already fine: string setups, Sweetwater inspection-, Shar Music- and StewMac-style (a noun
    // inside the object, a multi-word object, a `re-` verb with an irregular past, a plural in the
    // object, an irregular past, a multi-word object, a `re-` verb made from a noun).
    ("guitar_setup_booked", Ok),
    ("truss_rod_adjusted", Ok),
    ("acoustic_guitar_restrung", Ok),
    ("fret_ends_dressed", Ok),
    ("bass_intonation_set", Ok),
    ("bone_nut_fitted", Ok),
    ("violin_bow_rehaired", Ok),
    // Already fine: consignment of used instruments, Reverb- and Guitar Center used gear-style (a
    // multi-word object, an `on` phrase with a brand, a multi-word object, a brand in the object,
    // an irregular past, an adjective in the object, a `to` phrase).
    ("consignment_agreement_signed", Ok),
    ("consigned_guitar_listed_on_reverb", Ok),
    ("consigned_bass_price_lowered", Ok),
    ("reverb_offer_accepted", Ok),
    ("consignment_payout_sent", Ok),
    ("used_trumpet_appraised", Ok),
    ("consigned_amp_returned_to_owner", Ok),
    // Already fine: lesson rooms, My Music Staff- and Guitar Center Lessons-style (a multi-word
    // object, a multi-word object, a multi-word object, an irregular past, a particle and a `for`
    // phrase, a multi-word object, a long object).
    ("lesson_room_booked", Ok),
    ("trial_lesson_scheduled", Ok),
    ("makeup_guitar_lesson_booked", Ok),
    ("drum_lesson_package_bought", Ok),
    ("student_checked_in_for_lesson", Ok),
    ("lesson_attendance_marked", Ok),
    ("spring_recital_slot_assigned", Ok),
    // Already fine: the shop counter, AIMsi-, Rain POS- and Lightspeed Retail-style (an irregular
    // past with a particle, a `to` phrase, a word before the verb, a long object, a long object, a
    // multi-word object, a multi-word object).
    ("accessory_sale_rung_up", Ok),
    ("valve_oil_added_to_sale", Ok),
    ("method_book_special_ordered", Ok),
    ("instrument_return_store_credit_issued", Ok),
    ("instrument_serial_number_recorded", Ok),
    ("guitar_layaway_started", Ok),
    ("cash_drawer_counted", Ok),
    // Already fine: a band director portal and school routes, Charms- and Music & Arts educational
    // representative-style (a multi-word object, a long object, a long object, a `to` phrase, a
    // participle in the object and a `to` phrase, a `by` phrase, a long object).
    ("band_roster_uploaded", Ok),
    ("instrument_tryout_night_scheduled", Ok),
    ("school_route_stop_completed", Ok),
    ("student_rental_linked_to_school", Ok),
    ("school_owned_tuba_assigned_to_student", Ok),
    ("repair_pickup_requested_by_director", Ok),
    ("band_supply_list_published", Ok),
    // School band rent-to-own rentals: camelCase with a verb first, an `-ing` form, PascalCase
    // already past, a person first in the present tense, an abbreviation already past.
    ("rentClarinet", Rename(&["clarinet_rented"])),
    (
        "band_rental_agreement_signing",
        Rename(&["band_rental_agreement_signed"]),
    ),
    (
        "RentalContractStarted",
        Rename(&["rental_contract_started"]),
    ),
    (
        "parent_chooses_trumpet_rental",
        Rename(&["trumpet_rental_chosen"]),
    ),
    (
        "rto_contract_created",
        Rename(&["rent_to_own_contract_created"]),
    ),
    // Rental payments, purchase credit and returns: a `_failure` (a failed payment stays failed), a
    // leftover `on` callback prefix already past, Title Case with spaces already past, an
    // abbreviation already past, an adjective for a past.
    ("rental_payment_failure", Rename(&["rental_payment_failed"])),
    ("onRentalReturnScanned", Rename(&["rental_return_scanned"])),
    ("Rental Paid Off", Rename(&["rental_paid_off"])),
    ("rental_pmt_declined", Rename(&["rental_payment_declined"])),
    (
        "rental_buyout_complete",
        Rename(&["rental_buyout_completed"]),
    ),
    // Repair intake and tickets: camelCase with a verb first, a noun of action, PascalCase already
    // past, a person first in the present tense with a particle, an abbreviation already past.
    (
        "createBrassRepairTicket",
        Rename(&["brass_repair_ticket_created"]),
    ),
    (
        "repair_ticket_assignment",
        Rename(&["repair_ticket_assigned"]),
    ),
    (
        "StringRepairTicketClosed",
        Rename(&["string_repair_ticket_closed"]),
    ),
    (
        "parent_picks_up_repaired_flute",
        Rename(&["repaired_flute_picked_up"]),
    ),
    ("overhaul_est_sent", Rename(&["overhaul_estimate_sent"])),
    // Woodwind and brass bench work: camelCase with a verb first and an abbreviation, a noun of
    // action, an abbreviation with an adjective for a past, PascalCase already past, a person first
    // in the present tense.
    (
        "repadAltoSax",
        Rename(&["alto_sax_repadded", "alto_saxophone_repadded"]),
    ),
    ("bell_dent_removal", Rename(&["bell_dent_removed"])),
    (
        "tuba_chem_clean_done",
        Rename(&["tuba_chemical_clean_completed", "tuba_chemically_cleaned"]),
    ),
    ("FlutePadReplaced", Rename(&["flute_pad_replaced"])),
    ("tech_replaces_neck_cork", Rename(&["neck_cork_replaced"])),
    // Piano tuning visits: camelCase with a verb first, Title Case with spaces already past, an
    // adjective for a past, an abbreviation already past, a leftover `track` call prefix in
    // camelCase already past.
    ("bookPianoTuning", Rename(&["piano_tuning_booked"])),
    (
        "Piano Tuning Rescheduled",
        Rename(&["piano_tuning_rescheduled"]),
    ),
    ("pitch_raise_complete", Rename(&["pitch_raise_completed"])),
    (
        "tuning_appt_confirmed",
        Rename(&["tuning_appointment_confirmed"]),
    ),
    (
        "trackTuningVisitCompleted",
        Rename(&["tuning_visit_completed"]),
    ),
    // String setups: camelCase with a verb first, an `-ing` form, PascalCase already past, a
    // `_success` on a noun, a person first in the present tense.
    ("restringGuitar", Rename(&["guitar_restrung"])),
    (
        "fret_leveling",
        Rename(&["frets_leveled", "fret_leveling_completed"]),
    ),
    ("BowRehairCompleted", Rename(&["bow_rehair_completed"])),
    ("guitar_setup_success", Rename(&["guitar_setup_completed"])),
    ("luthier_adjusts_soundpost", Rename(&["soundpost_adjusted"])),
    // Consignment of used instruments: camelCase with a verb first, an `-ing` form, Title Case with
    // spaces already past, an `_error` (a failed payout stays failed), a run-on with an irregular
    // past.
    ("listConsignedGuitar", Rename(&["consigned_guitar_listed"])),
    (
        "reverb_listing_publishing",
        Rename(&["reverb_listing_published"]),
    ),
    ("Reverb Offer Declined", Rename(&["reverb_offer_declined"])),
    (
        "consigned_sale_payout_error",
        Rename(&["consigned_sale_payout_failed"]),
    ),
    ("usedgearsold", Rename(&["used_gear_sold"])),
    // Lesson rooms: camelCase with a verb first, a noun of action, PascalCase already past, a
    // person first in the present tense, an `_error` (a failed charge stays failed).
    (
        "schedulePianoMakeupLesson",
        Rename(&["piano_makeup_lesson_scheduled"]),
    ),
    (
        "voice_lesson_cancellation",
        Rename(&["voice_lesson_cancelled", "voice_lesson_canceled"]),
    ),
    ("LessonRoomReleased", Rename(&["lesson_room_released"])),
    (
        "teacher_logs_lesson_notes",
        Rename(&["lesson_notes_logged"]),
    ),
    ("lesson_autopay_error", Rename(&["lesson_autopay_failed"])),
    // The shop counter: camelCase with a verb first and a particle, PascalCase already past, an
    // `error_` prefix on a noun of action, abbreviations already past, a base verb.
    ("ringUpReedSale", Rename(&["reed_sale_rung_up"])),
    (
        "LayawayInstallmentReceived",
        Rename(&["layaway_installment_received"]),
    ),
    (
        "error_reed_inventory_sync",
        Rename(&["reed_inventory_sync_failed"]),
    ),
    ("sku_qty_adjusted", Rename(&["sku_quantity_adjusted"])),
    ("receipt_reprint", Rename(&["receipt_reprinted"])),
    // A band director portal and school routes: camelCase with a verb first, an `-ing` form,
    // PascalCase already past, a plural slip (one director's account per event), Title Case with
    // spaces already past.
    ("uploadStudentRoster", Rename(&["student_roster_uploaded"])),
    (
        "school_delivery_scheduling",
        Rename(&["school_delivery_scheduled"]),
    ),
    (
        "DirectorPortalInviteSent",
        Rename(&["director_portal_invite_sent"]),
    ),
    (
        "director_portal_accounts_activated",
        Rename(&["director_portal_account_activated"]),
    ),
    (
        "School Repair Pickup Scheduled",
        Rename(&["school_repair_pickup_scheduled"]),
    ),
    // Vague: banned words (a repair bill, a reed wall, a valve oil shelf, a rental portal, a tuning
    // calendar, a loaner while a repair is on the bench, a consignment price tag, a QA booking in a
    // piano technician's scheduler).
    ("misc_repair_charge_added", Vague),
    ("reed_stuff_restocked", Vague),
    ("valve_oil_things_reordered", Vague),
    ("rental_portal_interacted", Vague),
    ("tuning_calendar_engaged", Vague),
    ("tmp_loaner_clarinet_issued", Vague),
    ("temp_consignment_tag_printed", Vague),
    ("test_piano_visit_booked", Vague),
    // Vague: generic UI or action nouns as the whole object, with the trade's own screens (a rental
    // start button, a rent-to-own checkout modal, a tryout night sign-up form, a tuning schedule
    // popup, an action on a repair ticket).
    ("button_tapped_to_start_rental", Vague),
    ("modal_dismissed_during_rent_to_own_checkout", Vague),
    ("form_signed_at_instrument_tryout_night", Vague),
    ("popup_closed_on_tuning_schedule", Vague),
    ("action_performed_on_repair_ticket", Vague),
    // Vague: a numbered step (a rental checkout), a numbered tab (a repair queue).
    ("rental_checkout_step_4_completed", Vague),
    ("repair_queue_tab2_opened", Vague),
    // Flagged, but no rename is right without more context: a state, a bare noun, a state in
    // PascalCase, a bare noun, an error kind, a state, a state, an error kind, a state, a state, a
    // bare noun, a state in PascalCase, an error kind, a bare noun, a state.
    ("rental_balance_past_due", NoRename),
    ("rent_to_own_equity", NoRename),
    ("RentalInstrumentOverdue", NoRename),
    ("repair_bench_backlog", NoRename),
    ("pad_leak", NoRename),
    ("piano_out_of_tune", NoRename),
    ("neck_relief_excessive", NoRename),
    ("serial_number_mismatch", NoRename),
    ("loaner_unavailable", NoRename),
    ("piano_humidity_too_low", NoRename),
    ("consignment_fee_percentage", NoRename),
    ("LessonRoomOccupied", NoRename),
    ("rental_contract_invalid", NoRename),
    ("teacher_weekly_availability", NoRename),
    ("repair_parts_on_backorder", NoRename),
];
