//! A sixty-fifth held-out table for the naming rules (issue 21), written after the first
//! sixty-three tables (the sixty-fourth, sixty-sixth and sixty-seventh were being written beside it
//! and were not seen), by someone who had seen neither the rules' code nor their output. Like the
//! tenth to sixty-third, it reads like ordinary teams' own tracking plans rather than vendors'
//! webhooks, this time only for faith communities and charities, a few of which (blood donation,
//! pet adoption, volunteering, grants) earlier tables touched from other sides: a church giving and
//! events app, a mosque's prayer-times and donations app, a synagogue membership portal, a donor
//! CRM for a charity, a peer-to-peer fundraising page builder, a volunteer rota app, a grant-making
//! foundation's application portal, a charity shop's donation drop-off booking, a disaster relief
//! appeal site, a blood and organ donor registry's app, a mentoring charity's matching app and an
//! animal shelter's adoption and fostering site. Event names are written as those teams write them:
//! mostly snake_case from a data team's plan, some PascalCase from a Salesforce-style CRM backend's
//! platform events, British words and spellings from UK charities (Gift Aid, programme,
//! organisation, enquiry, enrolment, honour, haemoglobin, rota, postcode, Direct Debit) and the
//! transliterations and abbreviations those teams use (iqamah, jumuah, yahrzeit, eoi, dbs, odr).
//! They are modelled on and partly recalled from memory of public sources: Pushpay's, Tithe.ly's,
//! Planning Center's Church Center and ChurchSuite's recurring gifts, giving statements, small
//! groups, event sign-ups and sermon media, Muslim Pro's, Mawaqit's and Masjidal's adhan alerts,
//! iqamah timetables, qibla compass, Jumu'ah khutbahs and LaunchGood's sadaqah, zakat and iftar
//! sponsorships, ShulCloud's and Chaverware's dues, yahrzeit reminders, High Holy Day seats,
//! kiddush sponsorships, aliyah honours and Hebrew school, Salesforce's Nonprofit Success Pack
//! donor journey stages, recurring donations, soft credits and households, Beacon's, Donorfy's and
//! Raiser's Edge's Gift Aid declarations and claims, Direct Debit mandates, legacy notifications
//! and thank-you letters, JustGiving's, Enthuse's, Givebutter's and Classy's fundraising pages,
//! targets, team pages, Strava links, in memory pages and offline donations, Rotas', Rosterfy's and
//! ChurchSuite's rotas, cover requests, slot swaps, blockout dates and reminders, Submittable's,
//! Flexigrant's and Fluxx's eligibility quizzes, expressions of interest, two-stage applications,
//! budgets, applicant organisations and monitoring reports, the British Heart Foundation's, Oxfam's
//! and Sue Ryder's furniture collections, drop-off slots, fire labels and Retail Gift Aid, the
//! Disasters Emergency Committee's, the British Red Cross' and ShelterBox's emergency appeals, UK
//! Aid Match and workplace collections, NHS Blood and Transplant's GiveBlood app and Organ Donor
//! Register with its faith and beliefs declaration, Anthony Nolan's stem cell register,
//! Brightside's, Chronus' and Big Brothers Big Sisters' matches, DBS checks, safeguarding training
//! and session logs, and Battersea's, Dogs Trust's, the RSPCA's and Shelterluv's home checks, meet
//! and greets, reservations, foster placements, rehoming fees and microchip transfers, with the
//! mistakes real teams make: verbs first, nouns of action, `-ing` forms, camelCase, PascalCase and
//! Title Case with spaces, vague words, generic UI words, numbered UI words and steps, `_success`,
//! `_error` and `_failure` suffixes, run-on words, present tenses with a person first,
//! abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are snake_cased where a
//! plan would be, with the case kept where it is the point. Each was labelled by hand before the
//! rules were run on them. The author read only the data arrays of the earlier tables, up to the
//! sixty-third, and checked with a grep, without reading the training table, that no name here is
//! in any of them or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_65: &[(&str, Label)] = &[
    // Already fine: a church giving and events app, Pushpay-, Tithe.ly-, Church Center- and
    // ChurchSuite-style (a particle after an irregular past that looks like a base, an `-ing`
    // word in the object, a multi-word object, a multi-word object, a multi-word object, a
    // British word with an irregular past).
    ("recurring_tithe_set_up", Ok),
    ("annual_giving_statement_downloaded", Ok),
    ("home_group_joined", Ok),
    ("youth_camp_registration_submitted", Ok),
    ("sermon_audio_downloaded", Ok),
    ("baptism_enquiry_sent", Ok),
    // Already fine: a mosque's prayer-times and donations app, Muslim Pro-, Mawaqit- and
    // LaunchGood-style (a transliterated word in the object, a plural transliterated object,
    // transliterated words in the object, a two-word Arabic term, a multi-word object, a
    // multi-word object).
    ("adhan_reciter_changed", Ok),
    ("iqamah_times_updated", Ok),
    ("jumuah_khutbah_stream_joined", Ok),
    ("sadaqah_jariyah_pledged", Ok),
    ("iftar_meal_sponsored", Ok),
    ("qibla_compass_calibrated", Ok),
    // Already fine: a synagogue membership portal, ShulCloud- and Chaverware-style (a plural
    // object with an irregular past, a Yiddish word in the object, a multi-word object, a
    // Hebrew word in the object, a British spelling, a British spelling).
    ("membership_dues_paid", Ok),
    ("yahrzeit_reminder_added", Ok),
    ("high_holy_day_seat_booked", Ok),
    ("kiddush_sponsorship_booked", Ok),
    ("aliyah_honour_assigned", Ok),
    ("hebrew_school_enrolment_submitted", Ok),
    // Already fine: a donor CRM for a charity, NPSP-, Beacon- and Donorfy-style (a UK term, a
    // `to` phrase, a plural object, a particle after an irregular past that looks like a base,
    // a multi-word object, a multi-word object).
    ("gift_aid_declaration_recorded", Ok),
    ("soft_credit_assigned_to_household", Ok),
    ("household_accounts_merged", Ok),
    ("direct_debit_mandate_set_up", Ok),
    ("legacy_notification_logged", Ok),
    ("thank_you_letter_batch_printed", Ok),
    // Already fine: a peer-to-peer fundraising page builder, JustGiving-, Enthuse- and
    // Givebutter-style (a multi-word object, a multi-word object, a multi-word object, a brand
    // with a `to` phrase, `in` as a word of the object, a `to` phrase).
    ("fundraising_page_story_edited", Ok),
    ("fundraising_target_increased", Ok),
    ("team_fundraising_page_joined", Ok),
    ("strava_activity_linked_to_page", Ok),
    ("in_memory_page_created", Ok),
    ("offline_donation_added_to_total", Ok),
    // Already fine: a volunteer rota app, Rotas-, Rosterfy- and ChurchSuite-style (a British
    // word in the object, a particle, a British word, an irregular past, a `to` phrase).
    ("rota_cover_requested", Ok),
    ("availability_blocked_out", Ok),
    ("monthly_rota_published", Ok),
    ("shift_reminder_text_sent", Ok),
    ("team_leader_assigned_to_shift", Ok),
    // Already fine: a grant-making foundation's application portal, Submittable-, Flexigrant-
    // and Fluxx-style (a multi-word object, `of` inside the object, a multi-word object, a
    // number word in the object with an irregular past, a multi-word object, a British spelling
    // in the object).
    ("eligibility_quiz_passed", Ok),
    ("expression_of_interest_submitted", Ok),
    ("project_budget_spreadsheet_uploaded", Ok),
    ("stage_two_invitation_sent", Ok),
    ("grant_monitoring_report_submitted", Ok),
    ("applicant_organisation_registered", Ok),
    // Already fine: a charity shop's donation drop-off booking, British Heart Foundation-,
    // Oxfam- and Sue Ryder-style (a multi-word object, a particle-like word inside the object
    // with an irregular past, a multi-word object, a UK term, a British word).
    ("furniture_collection_booked", Ok),
    ("drop_off_slot_chosen", Ok),
    ("sofa_fire_label_photo_uploaded", Ok),
    ("retail_gift_aid_card_registered", Ok),
    ("collection_postcode_checked", Ok),
    // Already fine: a disaster relief appeal site, DEC-, British Red Cross- and
    // ShelterBox-style (a multi-word object, an abbreviation with a `to` phrase, an irregular
    // past, an irregular past that looks like a base, a multi-word object, a multi-word
    // object).
    ("emergency_appeal_launched", Ok),
    ("uk_aid_match_applied_to_gift", Ok),
    ("relief_kit_gift_bought", Ok),
    ("appeal_progress_update_read", Ok),
    ("workplace_collection_registered", Ok),
    ("crisis_fund_monthly_gift_started", Ok),
    // Already fine: a blood and organ donor registry's app, NHS Blood and Transplant- and
    // Anthony Nolan-style (a multi-word object, `and` inside the object, a British spelling, a
    // multi-word object, a multi-word object, a `with` phrase).
    ("organ_donation_decision_recorded", Ok),
    ("faith_and_beliefs_declaration_added", Ok),
    ("haemoglobin_result_viewed", Ok),
    ("donor_session_slot_booked", Ok),
    ("stem_cell_register_joined", Ok),
    ("donation_decision_shared_with_family", Ok),
    // Already fine: a mentoring charity's matching app, Brightside-, Chronus- and Big Brothers
    // Big Sisters-style (a multi-word object, a multi-word object, an abbreviation, a
    // multi-word object, a multi-word object, a multi-word object).
    ("mentor_match_proposed", Ok),
    ("mentee_match_accepted", Ok),
    ("dbs_check_cleared", Ok),
    ("mentoring_session_logged", Ok),
    ("safeguarding_training_completed", Ok),
    ("mentoring_relationship_closed", Ok),
    // Already fine: an animal shelter's adoption and fostering site, Battersea-, Dogs Trust-
    // and Shelterluv-style (a multi-word object, `and` inside the object, a multi-word object,
    // an `-ed` adjective in the object, an irregular past, a `to` phrase).
    ("home_check_booked", Ok),
    ("meet_and_greet_arranged", Ok),
    ("foster_placement_ended", Ok),
    ("adopted_dog_microchip_transferred", Ok),
    ("rehoming_fee_paid", Ok),
    ("cat_added_to_shortlist", Ok),
    // A church giving and events app: camelCase with a verb first and a particle, a noun of
    // action, Title Case already past (from the church office's spreadsheet), a leftover `on`
    // callback prefix already past.
    ("setUpRegularGiving", Rename(&["regular_giving_set_up"])),
    ("youth_camp_booking", Rename(&["youth_camp_booked"])),
    ("Sermon Notes Saved", Rename(&["sermon_notes_saved"])),
    (
        "onGivingStatementRequested",
        Rename(&["giving_statement_requested"]),
    ),
    // A mosque's prayer-times app: camelCase with a verb first, a `_failure` on a noun (a
    // failed payment stays failed), Title Case with a transliteration already past, a person
    // first in the present tense.
    ("setAdhanAlarm", Rename(&["adhan_alarm_set"])),
    (
        "sadaqah_payment_failure",
        Rename(&["sadaqah_payment_failed"]),
    ),
    (
        "Jummah Reminder Scheduled",
        Rename(&["jummah_reminder_scheduled"]),
    ),
    (
        "user_checks_prayer_times",
        Rename(&["prayer_times_checked", "prayer_times_viewed"]),
    ),
    // A synagogue membership portal: camelCase with a verb first, a noun of action, PascalCase
    // from the CRM backend already past, a noun that is also a base verb.
    ("payDues", Rename(&["membership_dues_paid", "dues_paid"])),
    (
        "yahrzeit_date_calculation",
        Rename(&["yahrzeit_date_calculated"]),
    ),
    (
        "HighHolyDayTicketsIssued",
        Rename(&["high_holy_day_tickets_issued"]),
    ),
    (
        "member_directory_search",
        Rename(&["member_directory_searched"]),
    ),
    // A donor CRM: PascalCase from the Salesforce-style backend already past, PascalCase
    // already past, PascalCase with a British spelling already past, a noun of action with a UK
    // term, a verb first.
    (
        "DonorJourneyStageAdvanced",
        Rename(&["donor_journey_stage_advanced"]),
    ),
    (
        "RecurringDonationCreated",
        Rename(&["recurring_donation_created"]),
    ),
    (
        "GiftAidDeclarationCancelled",
        Rename(&["gift_aid_declaration_cancelled"]),
    ),
    (
        "gift_aid_claim_submission",
        Rename(&["gift_aid_claim_submitted"]),
    ),
    (
        "merge_duplicate_contacts",
        Rename(&["duplicate_contacts_merged"]),
    ),
    // A peer-to-peer fundraising page builder: camelCase with a verb first, an `-ing` form with
    // a verb first and a brand, PascalCase from the CRM backend already past, a `_failure` on a
    // brand (a failed sync stays failed), a run-on already past.
    (
        "createTeamPage",
        Rename(&["team_page_created", "team_fundraising_page_created"]),
    ),
    (
        "sharing_page_to_whatsapp",
        Rename(&[
            "page_shared_to_whatsapp",
            "fundraising_page_shared_to_whatsapp",
        ]),
    ),
    ("SupporterThanked", Rename(&["supporter_thanked"])),
    ("strava_sync_failure", Rename(&["strava_sync_failed"])),
    (
        "pagecoverphotouploaded",
        Rename(&["page_cover_photo_uploaded"]),
    ),
    // A volunteer rota app: camelCase with a verb first (the button may only ask for a swap), a
    // leftover `handle` callback prefix already past, a `_success` on a base verb, a person
    // first in the present tense.
    (
        "swapRotaSlot",
        Rename(&["rota_slot_swapped", "rota_slot_swap_requested"]),
    ),
    ("handleShiftDeclined", Rename(&["shift_declined"])),
    ("rota_publish_success", Rename(&["rota_published"])),
    ("volunteer_accepts_shift", Rename(&["shift_accepted"])),
    // A grant-making foundation's portal: camelCase with a verb first, an `_error` on a noun
    // that is also a base verb (a failed upload stays failed), PascalCase from the CRM backend
    // already past, an `-ing` form (a check under way is not a check done).
    ("startApplication", Rename(&["grant_application_started"])),
    ("budget_upload_error", Rename(&["budget_upload_failed"])),
    (
        "ExpressionOfInterestShortlisted",
        Rename(&["expression_of_interest_shortlisted"]),
    ),
    (
        "eligibility_checking",
        Rename(&["eligibility_check_started"]),
    ),
    // A charity shop's drop-off booking: a verb first, a run-on word in a noun of action, Title
    // Case already past, a noun that is also a base verb.
    (
        "book_collection",
        Rename(&["collection_booked", "furniture_collection_booked"]),
    ),
    (
        "dropoff_slot_selection",
        Rename(&["drop_off_slot_selected", "dropoff_slot_selected"]),
    ),
    (
        "Furniture Collection Cancelled",
        Rename(&["furniture_collection_cancelled"]),
    ),
    ("collection_reschedule", Rename(&["collection_rescheduled"])),
    // A disaster relief appeal site: camelCase with a verb first and a `to` phrase, an `_error`
    // on a noun (a failed payment stays failed), a leftover `on` callback prefix already past,
    // a noun with a particle.
    (
        "donateToEarthquakeAppeal",
        Rename(&[
            "earthquake_appeal_donation_made",
            "earthquake_appeal_gift_made",
        ]),
    ),
    (
        "appeal_gift_payment_error",
        Rename(&["appeal_gift_payment_failed"]),
    ),
    ("onAppealShared", Rename(&["appeal_shared"])),
    ("gift_aid_opt_in", Rename(&["gift_aid_opted_in"])),
    // A blood and organ donor registry's app: camelCase with a verb first, an abbreviation (the
    // Organ Donor Register), an `-ing` form with a verb first (a booking under way is not a
    // booking made), Title Case already past.
    (
        "registerOrganDonationDecision",
        Rename(&["organ_donation_decision_registered"]),
    ),
    (
        "odr_decision_updated",
        Rename(&["organ_donor_register_decision_updated"]),
    ),
    (
        "booking_donor_appointment",
        Rename(&["donor_appointment_booking_started"]),
    ),
    ("Donor Card Downloaded", Rename(&["donor_card_downloaded"])),
    // A mentoring charity's matching app: camelCase with a verb first, a noun of action, a base
    // verb after a noun, a person first in the present tense with a British spelling.
    ("requestMentor", Rename(&["mentor_requested"])),
    (
        "match_approval",
        Rename(&["match_approved", "mentor_match_approved"]),
    ),
    ("session_log_submit", Rename(&["session_log_submitted"])),
    (
        "mentee_completes_programme",
        Rename(&["programme_completed", "mentoring_programme_completed"]),
    ),
    // An animal shelter's adoption and fostering site: camelCase with a verb first, an `_error`
    // on a noun of action (a failed booking stays failed), PascalCase from the CRM backend
    // already past, a run-on already past with the adjective last.
    ("reserveDog", Rename(&["dog_reserved"])),
    (
        "home_visit_booking_error",
        Rename(&["home_visit_booking_failed"]),
    ),
    (
        "FosterPlacementStarted",
        Rename(&["foster_placement_started"]),
    ),
    ("dogsavailableviewed", Rename(&["available_dogs_viewed"])),
    // Vague: banned words (a church's loose collection, a QA Gift Aid claim in the live CRM, a
    // prayer-times widget, a fundraising page, a scratch rota, a shop's goods log).
    ("misc_offering_received", Vague),
    ("test_gift_aid_claim_submitted", Vague),
    ("prayer_times_widget_interacted", Vague),
    ("fundraising_page_engaged", Vague),
    ("tmp_rota_created", Vague),
    ("donated_things_logged", Vague),
    // Vague: generic UI elements as the whole object (a Gift Aid checkbox, a mentor profile
    // modal, a pet gallery carousel, a grant guidance accordion, a sermon player button, a rota
    // filter dropdown).
    ("gift_aid_checkbox_ticked", Vague),
    ("mentor_profile_modal_opened", Vague),
    ("pet_gallery_carousel_swiped", Vague),
    ("grant_guidance_accordion_expanded", Vague),
    ("sermon_player_button_tapped", Vague),
    ("rota_filter_dropdown_changed", Vague),
    // Vague: a numbered banner (a disaster relief appeal site), a numbered application step (a
    // grant portal), a numbered registration step (an organ donor registry).
    ("appeal_banner2_clicked", Vague),
    ("grant_application_step_3_saved", Vague),
    ("organ_register_step_4_completed", Vague),
    // Flagged, but no rename is right without more context: an `-ing` future event, a state, a
    // future event, a bare noun, a state, an error kind, a state, a state, a future event, an
    // error kind, a state, an `-ing` future event, a state, a state, a state.
    ("recurring_gift_card_expiring", NoRename),
    ("giving_statement_ready", NoRename),
    ("maghrib_in_ten_minutes", NoRename),
    ("ramadan_timetable", NoRename),
    ("dues_in_arrears", NoRename),
    ("duplicate_donor_record", NoRename),
    ("fundraising_page_inactive", NoRename),
    ("rota_short_of_volunteers", NoRename),
    ("application_deadline_tomorrow", NoRename),
    ("grant_budget_over_limit", NoRename),
    ("collection_slots_unavailable", NoRename),
    ("appeal_closing_soon", NoRename),
    ("donor_not_eligible", NoRename),
    ("mentor_match_pending", NoRename),
    ("dog_on_hold", NoRename),
];
