//! A hundred-and-fifty-sixth held-out table for naming/near-duplicate (issue 21), written in the
//! seventeenth session after the first hundred and fifty-five tables (the other three of this
//! batch, 156th to 159th, were being written beside it and were not seen), by someone who had seen
//! neither the rule's code nor its output: event-name pairs of the kind a music store chain's, a
//! point-of-sale vendor's, a piano technician's scheduler's and a marketplace seller tool's own
//! tracking plans collect over years, when the iOS and Android staff, parent and teacher apps'
//! calls in camelCase and PascalCase and a snake_case data plan, a UK team and an American one,
//! full words and the abbreviations the trade types (rto, sax, chem, rm, merch, ed rep), synonyms
//! two teams picked (turned in and returned, damage waiver and maintenance plan, fee charged and
//! payment collected, purchase option exercised and bought out, size upgraded and exchanged for the
//! next size, swapped and replaced, lent out and checked out, brought up and raise completed,
//! reminder sent and reminded, a brand name and a humidity system, done and completed, tweaked and
//! adjusted, strings changed and restrung, contract and agreement, paid out and payout issued,
//! dropped and reduced, trial and intro, logged and recorded, rung up and completed, placed and
//! submitted, opened and started, made and completed, fitting night and tryout night), spellings
//! (canceled and cancelled, set up and setup, signup and sign up), a verb-first call and an
//! object-first one, a run-on word and its split, or an old system and a new one each name the same
//! event (this time only musical instrument rental and repair shops: school band rent-to-own
//! rentals, rental payments and returns, repair intake and tickets, woodwind and brass bench work,
//! piano tuning visits, string setups, consignment of used instruments, lesson rooms, the shop
//! counter, and a band director portal with school routes), drawn from memory of public specs and
//! real products, about a dozen of them (Music & Arts' rent-to-own school rentals, Maintenance and
//! Replacement plan, renewals, autopay and purchase credit, school deliveries and educational
//! representatives; Shar Music's violin size exchanges, step-up instruments, string changes and bow
//! rehairs; Sweetwater's repair shop with its setups, fret work and string heights; StewMac's fret
//! levelling, refrets and bridge fitting; Gazelle's piano service calls, reminders, recurring plans
//! and client records; TuneLab's and CyberTuner's pitch raises; Dampp-Chaser's humidity systems;
//! Reverb's listings, offers, counters and price drops; Guitar Center's used gear bought outright
//! or taken on consignment and its consignor payouts; My Music Staff's and Guitar Center Lessons'
//! rooms, makeup lessons, credits, no-shows and group classes; AIMsi's and Rain POS's rental
//! contracts, repair work orders, quotes, holds, warranty claims, special orders, layaways, voids
//! and refunds; Lightspeed Retail's counter sales and stock counts; and Charms Office Assistant's
//! director accounts and class rosters). Each pair has a one-line description per name and was
//! labelled by hand before the rule was run on them. Only the data arrays and comments of earlier
//! tables (the ninety-ninth and hundred-and-fifty-fifth whole, to copy their format) were read, and
//! a grep, listing only file names and without reading the training table, checked that no name
//! here is in any of the earlier tables (the first, inside `held_out.rs`, included) or in the
//! training table. Never tune the rule to these.

/// `(name_a, description_a, name_b, description_b, same)`: `same` is true when a reviewer
/// would say the two names are one thing tracked twice (merge them), false when they are two
/// different things that both legitimately exist.
pub(super) const HELD_OUT_PAIRS_156: &[(&str, &str, &str, &str, bool)] = &[
    (
        "BandInstrumentRented",
        "iOS app (PascalCase): band instrument rented.",
        "band_instrument_rented",
        "A family rented a band instrument for a student for the school year.",
        true,
    ),
    (
        "rto_contract_signed",
        "Old POS (abbreviated): RTO contract signed.",
        "rent_to_own_contract_signed",
        "A parent signed a rental whose payments count toward buying the instrument.",
        true,
    ),
    (
        "rental_horn_turned_in",
        "Old store system: rental horn turned in.",
        "rental_horn_returned",
        "A family brought a rented brass instrument back to the store.",
        true,
    ),
    (
        "rental_damage_waiver_added",
        "Old rental system: rental damage waiver added.",
        "rental_maintenance_plan_added",
        "A parent added the monthly plan that covers repairs and damage on a rental.",
        true,
    ),
    (
        "monthly_rental_fee_charged",
        "Billing system: monthly rental fee charged.",
        "monthly_rental_payment_collected",
        "A family's monthly rental payment was taken from their card.",
        true,
    ),
    (
        "rental_purchase_option_exercised",
        "Old rental system: rental purchase option exercised.",
        "rental_bought_out_early",
        "A family paid the rest of the price to own a rented instrument early.",
        true,
    ),
    (
        "violin_size_upgraded",
        "Old string shop system: violin size upgraded.",
        "violin_exchanged_for_next_size",
        "A growing student swapped a rented violin for the next size up.",
        true,
    ),
    (
        "repair_workorder_created",
        "Old POS (run-on): repair workorder created.",
        "repair_work_order_created",
        "The repair desk opened a work order for an instrument brought in.",
        true,
    ),
    (
        "approved_repair_quote",
        "Old repair desk (verb first): approved repair quote.",
        "repair_quote_approved",
        "A customer agreed to the price quoted for a repair so work can start.",
        true,
    ),
    (
        "sax_repad_completed",
        "Old bench app (abbreviated): sax repad completed.",
        "saxophone_repad_completed",
        "A technician finished putting new pads on a saxophone.",
        true,
    ),
    (
        "brass_chem_cleaned",
        "Old bench app (abbreviated): brass chem cleaned.",
        "brass_chemically_cleaned",
        "A brass instrument was soaked and cleaned inside in the chemical bath.",
        true,
    ),
    (
        "key_cork_swapped",
        "Old bench app: key cork swapped.",
        "key_cork_replaced",
        "A technician fitted a new cork to a woodwind key.",
        true,
    ),
    (
        "loaner_lent_out",
        "Old repair desk: loaner lent out.",
        "loaner_checked_out",
        "A customer was given a shop instrument to use while theirs is repaired.",
        true,
    ),
    (
        "PianoServiceCallBooked",
        "iOS scheduling app (PascalCase): piano service call booked.",
        "piano_service_call_booked",
        "A client booked a technician's visit to tune or service their piano.",
        true,
    ),
    (
        "tuning_visit_canceled",
        "US team's app: tuning visit canceled.",
        "tuning_visit_cancelled",
        "A client called off a booked piano tuning visit.",
        true,
    ),
    (
        "piano_pitch_brought_up",
        "Old scheduler: piano pitch brought up.",
        "piano_pitch_raise_completed",
        "A technician raised a flat piano's pitch before fine tuning it.",
        true,
    ),
    (
        "piano_client_reminder_sent",
        "Old scheduler: piano client reminder sent.",
        "piano_client_reminded",
        "A client was reminded their piano is due for its yearly tuning.",
        true,
    ),
    (
        "dampp_chaser_installed",
        "Old invoice system (brand name): Dampp-Chaser installed.",
        "piano_humidity_system_installed",
        "A technician fitted a humidity control system inside a client's piano.",
        true,
    ),
    (
        "bass_set_up_completed",
        "Old bench app: bass set up completed.",
        "bass_setup_completed",
        "A technician finished adjusting a bass guitar's neck, strings and intonation.",
        true,
    ),
    (
        "fret_dress_done",
        "Old bench app: fret dress done.",
        "fret_dress_completed",
        "A technician finished levelling, crowning and polishing a guitar's frets.",
        true,
    ),
    (
        "violin_bow_rehair_finished",
        "Old string shop system: violin bow rehair finished.",
        "violin_bow_rehair_completed",
        "A luthier finished putting new horsehair on a violin bow.",
        true,
    ),
    (
        "neck_relief_tweaked",
        "Old bench app: neck relief tweaked.",
        "neck_relief_adjusted",
        "A technician turned the truss rod to change the bow in a guitar's neck.",
        true,
    ),
    (
        "electric_guitar_strings_changed",
        "Old repair desk: electric guitar strings changed.",
        "electric_guitar_restrung",
        "A technician put a fresh set of strings on an electric guitar.",
        true,
    ),
    (
        "consigned_gear_contract_signed",
        "Old consignment system: consigned gear contract signed.",
        "consigned_gear_agreement_signed",
        "A seller signed the terms for the shop to sell their instrument for them.",
        true,
    ),
    (
        "ReverbListingCreated",
        "Listing sync (PascalCase): Reverb listing created.",
        "reverb_listing_created",
        "The shop listed a used instrument on Reverb.",
        true,
    ),
    (
        "consignment_seller_paid_out",
        "Old consignment system: consignment seller paid out.",
        "consignment_seller_payout_issued",
        "A seller was paid their share after their consigned instrument sold.",
        true,
    ),
    (
        "used_gear_price_dropped",
        "Old listing tool: used gear price dropped.",
        "used_gear_price_reduced",
        "The asking price of a used instrument in the shop was lowered.",
        true,
    ),
    (
        "lesson_rm_reserved",
        "Old front desk app (abbreviated): lesson rm reserved.",
        "lesson_room_reserved",
        "A teacher reserved one of the shop's lesson rooms for a time slot.",
        true,
    ),
    (
        "MissedLessonMadeUp",
        "Android teacher app (PascalCase): missed lesson made up.",
        "missed_lesson_made_up",
        "A student had a lesson in place of one they missed.",
        true,
    ),
    (
        "trial_piano_lesson_booked",
        "Web site: trial piano lesson booked.",
        "intro_piano_lesson_booked",
        "A new student booked a first piano lesson at a reduced price.",
        true,
    ),
    (
        "student_no_show_logged",
        "Old studio calendar: student no show logged.",
        "student_no_show_recorded",
        "A teacher noted that a student did not come to their lesson.",
        true,
    ),
    (
        "walk_in_sale_rung_up",
        "Old POS: walk-in sale rung up.",
        "walk_in_sale_completed",
        "A customer paid for strings, reeds or books at the counter.",
        true,
    ),
    (
        "merch_credit_issued",
        "Old POS (abbreviated): merch credit issued.",
        "merchandise_credit_issued",
        "A customer was given credit to spend in the shop for a return.",
        true,
    ),
    (
        "sheet_music_special_order_placed",
        "Old POS: sheet music special order placed.",
        "sheet_music_special_order_submitted",
        "Staff ordered a book or score the shop does not stock for a customer.",
        true,
    ),
    (
        "horn_layaway_opened",
        "Old POS: horn layaway opened.",
        "horn_layaway_started",
        "A customer put a brass instrument aside and began paying for it in parts.",
        true,
    ),
    (
        "director_portal_signup_completed",
        "Old portal: director portal signup completed.",
        "director_portal_sign_up_completed",
        "A band director finished creating an account on the school portal.",
        true,
    ),
    (
        "classRosterImported",
        "Director portal (camelCase): class roster imported.",
        "class_roster_imported",
        "A band director uploaded the list of students in a class.",
        true,
    ),
    (
        "school_delivery_made",
        "Old route app: school delivery made.",
        "school_delivery_completed",
        "A school route driver dropped rental instruments off at a school.",
        true,
    ),
    (
        "band_fitting_night_held",
        "Old events calendar: band fitting night held.",
        "band_tryout_night_held",
        "The shop ran an evening at a school where beginners tried and rented instruments.",
        true,
    ),
    (
        "ed_rep_school_visit_logged",
        "Old route app (abbreviated): ed rep school visit logged.",
        "educational_rep_school_visit_logged",
        "A store's school representative recorded a visit to a band room.",
        true,
    ),
    (
        "student_rental_renewed",
        "A family kept a rental going into the next school year.",
        "student_rental_cancelled",
        "A family ended a rental and returned the instrument.",
        false,
    ),
    (
        "rental_payment_missed",
        "A monthly rental payment was not made by its due date.",
        "rental_payment_caught_up",
        "A family paid the rental payments they had missed.",
        false,
    ),
    (
        "rental_autopay_paused",
        "A family stopped automatic rental payments for a while, such as over summer.",
        "rental_autopay_resumed",
        "Automatic rental payments started again after a pause.",
        false,
    ),
    (
        "rental_instrument_reserved",
        "A rental instrument was held for a student before the fitting night.",
        "rental_instrument_assigned",
        "A specific instrument, by serial number, was put on a student's contract.",
        false,
    ),
    (
        "rental_equity_credited",
        "Part of a rental payment was counted toward buying the instrument.",
        "rental_equity_forfeited",
        "Built-up purchase credit was lost when a rental contract lapsed.",
        false,
    ),
    (
        "rental_violin_upsized",
        "A student swapped a rented violin for the next size up.",
        "rental_violin_stepped_up",
        "A student swapped a rented violin for a better intermediate model.",
        false,
    ),
    (
        "school_rental_contract_created",
        "Staff created one rental contract for a student.",
        "school_rental_contracts_imported",
        "Staff loaded a school's rental contracts from a spreadsheet, with the count.",
        false,
    ),
    (
        "repair_quote_emailed",
        "A customer was emailed the price for a repair.",
        "repair_quote_declined",
        "A customer turned down the price quoted for a repair.",
        false,
    ),
    (
        "repair_ticket_put_on_hold",
        "Work on a repair was stopped while waiting on parts or an answer.",
        "repair_ticket_taken_off_hold",
        "Work on a held repair started again.",
        false,
    ),
    (
        "repair_parts_ordered",
        "The repair desk ordered parts a job needs from a supplier.",
        "repair_parts_received",
        "Parts ordered for a repair arrived at the shop.",
        false,
    ),
    (
        "instrument_checked_in_for_repair",
        "A customer left an instrument at the repair desk.",
        "instrument_checked_out_after_repair",
        "A customer took a repaired instrument home.",
        false,
    ),
    (
        "repair_warranty_claim_approved",
        "The maker agreed to pay for a repair under warranty.",
        "repair_warranty_claim_denied",
        "The maker refused to pay for a repair under warranty.",
        false,
    ),
    (
        "clarinet_pads_replaced",
        "A technician fitted new pads to a clarinet.",
        "clarinet_pads_reseated",
        "A technician reshaped a clarinet's existing pads so they seal again.",
        false,
    ),
    (
        "flute_overhaul_completed",
        "A flute was stripped, repadded and rebuilt.",
        "flute_clean_oil_adjust_completed",
        "A flute was cleaned, oiled and adjusted without new pads.",
        false,
    ),
    (
        "trumpet_valves_aligned",
        "A technician lined a trumpet's valve ports up with its tubes.",
        "trumpet_valves_replated",
        "A trumpet's worn valves were plated again so they fit snugly.",
        false,
    ),
    (
        "sax_neck_straightened",
        "A bent saxophone neck was pulled back into shape.",
        "sax_neck_replaced",
        "A damaged saxophone neck was swapped for a new one.",
        false,
    ),
    (
        "piano_tuning_visit_started",
        "A technician arrived and began work on a client's piano.",
        "piano_tuning_visit_finished",
        "A technician finished work on a client's piano.",
        false,
    ),
    (
        "concert_piano_pitch_raised",
        "A technician brought a flat piano up to concert pitch.",
        "concert_piano_pitch_lowered",
        "A technician brought a sharp piano down to concert pitch.",
        false,
    ),
    (
        "piano_regulation_quoted",
        "A client was quoted for adjusting how their piano's keys and hammers move.",
        "piano_voicing_quoted",
        "A client was quoted for changing how bright or soft the hammers sound.",
        false,
    ),
    (
        "recurring_tuning_plan_created",
        "A client signed up for tunings every six months.",
        "recurring_tuning_plan_cancelled",
        "A client stopped their repeating tuning visits.",
        false,
    ),
    (
        "piano_client_added",
        "A technician added a new client to their calendar.",
        "piano_added_to_client",
        "A technician added another piano to an existing client's record.",
        false,
    ),
    (
        "guitar_setup_quoted",
        "A customer was told the price of a setup for their guitar.",
        "guitar_setup_picked_up",
        "A customer collected their guitar after its setup.",
        false,
    ),
    (
        "string_height_lowered",
        "A technician lowered the strings for an easier feel.",
        "string_height_raised",
        "A technician raised the strings to stop them buzzing.",
        false,
    ),
    (
        "bass_frets_leveled",
        "A technician filed a bass's frets level without taking them out.",
        "bass_refretted",
        "A technician pulled a bass's frets and fitted new ones.",
        false,
    ),
    (
        "violin_bridge_fitted",
        "A luthier carved and fitted a new bridge to a violin.",
        "violin_bridge_straightened",
        "A luthier pulled a leaning violin bridge back upright.",
        false,
    ),
    (
        "violin_string_changed",
        "One string on a violin was replaced, such as after it broke.",
        "violin_strings_changed",
        "A full set of strings on a violin was replaced.",
        false,
    ),
    (
        "consignment_listing_paused",
        "A seller asked the shop to stop showing their instrument for a while.",
        "consignment_listing_ended",
        "The shop took a consigned instrument off sale for good.",
        false,
    ),
    (
        "reverb_offer_received",
        "A buyer made an offer on a listed instrument.",
        "reverb_offer_countered",
        "The shop answered a buyer's offer with a different price.",
        false,
    ),
    (
        "consignment_term_extended",
        "A seller agreed to leave their instrument for sale for longer.",
        "consignment_term_expired",
        "An instrument's time for sale ran out without a sale.",
        false,
    ),
    (
        "used_instrument_bought_outright",
        "The shop paid a seller cash for a used instrument.",
        "used_instrument_taken_on_consignment",
        "The shop agreed to sell a used instrument and pay the seller once it sells.",
        false,
    ),
    (
        "consignor_payout_held",
        "A seller's payout was kept back during the buyer's return window.",
        "consignor_payout_released",
        "A held payout was sent to the seller when the return window closed.",
        false,
    ),
    (
        "practice_room_rented_by_hour",
        "A musician rented a practice room for an hour.",
        "practice_room_rental_extended",
        "A musician added more time to a practice room they were in.",
        false,
    ),
    (
        "weekly_lesson_slot_added",
        "A teacher opened a new repeating lesson time.",
        "weekly_lesson_slot_dropped",
        "A teacher removed a repeating lesson time from their week.",
        false,
    ),
    (
        "lesson_credit_issued",
        "A student got a credit for a lesson the teacher cancelled.",
        "lesson_credit_used",
        "A student booked a makeup lesson with a credit.",
        false,
    ),
    (
        "student_enrolled_in_group_class",
        "A student joined a group class such as beginner ukulele.",
        "student_withdrawn_from_group_class",
        "A student left a group class before it ended.",
        false,
    ),
    (
        "register_sale_voided",
        "A sale was cancelled at the register before the card payment settled.",
        "register_sale_refunded",
        "Money for a settled sale was given back to the customer.",
        false,
    ),
    (
        "reed_stock_counted",
        "Staff counted the boxes of reeds on the shelf.",
        "reed_stock_reordered",
        "Staff ordered more reeds from the supplier.",
        false,
    ),
    (
        "piano_layaway_deposit_taken",
        "A customer paid the first part to put a piano aside.",
        "piano_layaway_final_payment_taken",
        "A customer paid the last part and the piano was delivered.",
        false,
    ),
    (
        "school_repair_pickup_made",
        "A driver collected broken instruments from a school for repair.",
        "school_repair_dropoff_made",
        "A driver brought repaired instruments back to a school.",
        false,
    ),
    (
        "band_director_account_approved",
        "Staff confirmed a new portal user really is a school's band director.",
        "band_director_account_suspended",
        "Staff blocked a portal account after the director left the school.",
        false,
    ),
];
