//! A sixteenth held-out table for the naming rules (issue 21), written after the first fifteen were
//! used to develop them, by someone who had seen neither the rules' code nor their output. Like the
//! tenth to fifteenth, it reads like ordinary companies' own tracking plans rather than vendors'
//! webhooks, for products those tables did not cover: a video streaming (SVOD) service, a
//! second-hand fashion marketplace, an online car marketplace, a wedding-planning app, a corporate
//! card and spend-management tool, an online whiteboard, a localization and translation SaaS, a
//! fleet telematics tool, a kids' learning app, a newsletter publishing platform, a golf tee-time
//! booking app and a 3D and CAD design SaaS. Event names are written as those product teams write
//! them, modelled on and partly recalled from memory of public sources: Netflix's profiles, Profile
//! Lock, end credits, My List, downloads and extra members, Disney+, Max, BritBox and Crunchyroll,
//! Poshmark's closet sharing and bundles, Vestiaire Collective's authentication, ThredUp's Clean
//! Out Kits and Vinted's bumps and offers, Auto Trader's and Cazoo's part-exchange valuations,
//! finance quotes and reservations, Carvana's delivery slots, Zola's, The Knot's, Hitched's,
//! Bridebook's and Joy's guest lists, RSVPs, registries, cash funds and save-the-dates, Ramp's,
//! Pleo's, Spendesk's and Expensify's virtual cards, receipt matching, spend limits and
//! reimbursements, Miro's, FigJam's, Mural's and Lucidspark's frames, voting sessions, mind maps
//! and retro templates, Lokalise's, Crowdin's, Phrase's and Transifex's keys, glossaries,
//! pre-translation, branches and over-the-air bundles, Samsara's, Motive's, Geotab's and Webfleet's
//! geofences, harsh-driving events, DVIRs, hours-of-service logs and dash cams, Khan Academy Kids,
//! ABCmouse, Epic!'s Read-To-Me books and Prodigy, with their parental gates, stickers and
//! screen-time limits, Substack's recommendations, Ghost's, Buttondown's and Kit's imports and
//! custom domains and beehiiv's Boosts, GolfNow's Hot Deals and rain checks, TeeOff, Chronogolf,
//! BRS Golf and 18Birdies with handicap score posting, and Onshape's Part Studios, branches and
//! mate connectors, Fusion's, SketchUp's, Shapr3D's and Tinkercad's fillets, drawings, STL exports
//! and 3D printing, with the mistakes real teams make: verbs first, nouns of action, `-ing` forms,
//! camelCase, PascalCase and Title Case with spaces, vague words, UI positions, `_success`,
//! `_error` and `_failure` suffixes, run-on words, plural slips, abbreviations and leftover SDK
//! call prefixes (`on`, `track_`). Names are snake_cased where a plan would be (dots, colons and
//! hyphens made underscores), with the case kept where the source's case is the point. Each was
//! labelled by hand before the rules were run on them. The author read only the first fifteen
//! tables' data, and checked with a grep, without reading the training table, that no name here is
//! in any of the fifteen or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_16: &[(&str, Label)] = &[
    // Already fine: a video streaming service, Netflix- and Disney+-style (a multi-word object, a
    // phrase naming where, an `over` phrase, a particle, an irregular past, a particle).
    ("end_credits_skipped", Ok),
    ("movie_added_to_my_list", Ok),
    ("episode_downloaded_over_wifi", Ok),
    ("profile_lock_turned_on", Ok),
    ("extra_member_slot_bought", Ok),
    ("autoplay_previews_turned_off", Ok),
    // Already fine: a second-hand fashion marketplace, Vinted-, Poshmark-, Vestiaire- and
    // ThredUp-style (a short object, an irregular past, a `for` phrase, a phrase after the verb, a
    // comparative verb, a particle inside the object).
    ("listing_bumped", Ok),
    ("bundle_offer_sent", Ok),
    ("item_sent_for_authentication", Ok),
    ("closet_shared_to_followers", Ok),
    ("listing_price_lowered", Ok),
    ("clean_out_kit_requested", Ok),
    // Already fine: an online car marketplace, Auto Trader-, Carvana- and Cazoo-style (a
    // multi-word object, a multi-word object, a short object, an irregular past, a `with` phrase,
    // an irregular past).
    ("home_delivery_slot_booked", Ok),
    ("part_exchange_valuation_received", Ok),
    ("finance_quote_saved", Ok),
    ("vehicle_history_check_bought", Ok),
    ("car_reserved_with_deposit", Ok),
    ("dealer_review_left", Ok),
    // Already fine: a wedding-planning app, Zola-, The Knot-, Hitched- and Bridebook-style (an
    // abbreviation, a verb inside the object, an irregular past that looks like a base, a British
    // spelling in the object, a phrase after the verb, a plural with a `from` phrase).
    ("rsvp_received", Ok),
    ("save_the_date_sent", Ok),
    ("wedding_date_set", Ok),
    ("supplier_enquiry_sent", Ok),
    ("cash_fund_added_to_registry", Ok),
    ("guests_imported_from_contacts", Ok),
    // Already fine: a corporate card and spend-management tool, Ramp-, Pleo- and Expensify-style (a
    // phrase after the verb, a phrase after the verb, an adverb after the verb, an irregular past
    // with a particle, an irregular past with a particle, a plural with a phrase).
    ("virtual_card_issued_to_employee", Ok),
    ("receipt_matched_to_transaction", Ok),
    ("spend_limit_raised_temporarily", Ok),
    ("reimbursement_paid_out", Ok),
    ("expense_report_sent_back", Ok),
    ("transactions_synced_to_netsuite", Ok),
    // Already fine: an online whiteboard, Miro-, FigJam- and Mural-style (a multi-word object, an
    // `-ing` word in the object, an `as` phrase, a copular form with its complement (which holds an
    // irregular past), a short object).
    ("mind_map_node_added", Ok),
    ("voting_session_ended", Ok),
    ("frame_exported_as_png", Ok),
    ("board_made_read_only", Ok),
    ("retro_template_inserted", Ok),
    // Already fine: a localization and translation SaaS, Lokalise-, Crowdin- and Phrase-style (a
    // multi-word object, a short object, a prefixed verb with a `with` phrase, a `by` phrase, an
    // abbreviation, an `into` phrase).
    ("translation_key_created", Ok),
    ("glossary_term_added", Ok),
    ("strings_pretranslated_with_deepl", Ok),
    ("translation_approved_by_proofreader", Ok),
    ("ota_bundle_published", Ok),
    ("branch_merged_into_main", Ok),
    // Already fine: a fleet telematics tool, Samsara-, Motive- and Geotab-style (a multi-word
    // object, an `-ing` word in the object, an abbreviation, an abbreviation in the object, a
    // multi-word object, a phrase after the verb).
    ("job_site_geofence_entered", Ok),
    ("harsh_braking_detected", Ok),
    ("dvir_submitted", Ok),
    ("hos_log_certified", Ok),
    ("dash_cam_footage_requested", Ok),
    ("vehicle_assigned_to_driver", Ok),
    // Already fine: a kids' learning app, Khan Academy Kids-, Epic!- and Prodigy-style (a short
    // object, a particle inside the object, a multi-word object, an irregular past and a phrase
    // inside the object
    // (Epic!'s Read-To-Me books), an irregular past that looks like a base, a multi-word object).
    ("child_profile_added", Ok),
    ("grown_up_check_passed", Ok),
    ("reward_sticker_earned", Ok),
    ("read_to_me_book_opened", Ok),
    ("daily_screen_time_limit_set", Ok),
    ("phonics_lesson_finished", Ok),
    // Already fine: a newsletter publishing platform, Substack-, Ghost-, Kit- and beehiiv-style (a
    // `from` phrase, a phrase after the verb, a particle, a multi-word object, beehiiv's Boosts, a
    // negated verb).
    ("subscribers_imported_from_mailchimp", Ok),
    ("recommendation_added_to_welcome_page", Ok),
    ("paid_subscriptions_turned_on", Ok),
    ("custom_sending_domain_verified", Ok),
    ("boost_offer_accepted", Ok),
    ("podcast_episode_unpublished", Ok),
    // Already fine: a golf tee-time booking app, GolfNow-, Chronogolf- and 18Birdies-style (a short
    // object, an irregular past, a phrase after the verb, a phrase after the verb, a `for` phrase).
    ("tee_time_booked", Ok),
    ("hot_deal_bought", Ok),
    ("players_added_to_booking", Ok),
    ("rain_check_applied_to_booking", Ok),
    ("score_posted_for_handicap", Ok),
    // Already fine: a 3D and CAD design SaaS, Onshape-, Fusion-, SketchUp- and Shapr3D-style (a
    // verb made from a noun, a multi-word object, a multi-word object, an `as` phrase, a `from`
    // phrase, a phrase with a digit-and-letter token).
    ("edge_filleted", Ok),
    ("part_studio_created", Ok),
    ("assembly_mate_added", Ok),
    ("model_exported_as_stl", Ok),
    ("drawing_created_from_part", Ok),
    ("model_sent_to_3d_printer", Ok),
    // A video streaming service: camelCase with a verb first, an `_error` (a failed playback stays
    // failed), a verb first, Title Case already past, an `on` callback already past.
    ("playTrailer", Rename(&["trailer_played"])),
    ("playback_error", Rename(&["playback_failed"])),
    ("download_episode", Rename(&["episode_downloaded"])),
    ("Kids Profile Created", Rename(&["kids_profile_created"])),
    ("onPlaybackStarted", Rename(&["playback_started"])),
    // A second-hand fashion marketplace: camelCase with a verb first, a verb first with an
    // irregular past to go to, a `_success` on a base verb, a British run-on.
    ("listItem", Rename(&["item_listed"])),
    ("make_offer", Rename(&["offer_made"])),
    (
        "offer_accept_success",
        Rename(&["offer_accepted", "offer_acceptance_succeeded"]),
    ),
    (
        "itemfavourited",
        Rename(&["item_favourited", "item_favorited"]),
    ),
    // An online car marketplace: Title Case already past, camelCase with a verb first, an `_error`
    // (a failed application stays failed), a noun of action with an abbreviation.
    (
        "Car Valuation Requested",
        Rename(&["car_valuation_requested"]),
    ),
    ("saveSearch", Rename(&["search_saved"])),
    (
        "finance_application_error",
        Rename(&["finance_application_failed"]),
    ),
    (
        "reg_lookup",
        Rename(&[
            "reg_looked_up",
            "reg_number_looked_up",
            "registration_looked_up",
        ]),
    ),
    // A wedding-planning app: a verb first with a plural slip, a base verb, a noun of action,
    // PascalCase already past.
    ("add_guests", Rename(&["guests_added", "guest_added"])),
    ("rsvp_submit", Rename(&["rsvp_submitted"])),
    ("registry_creation", Rename(&["registry_created"])),
    (
        "WeddingWebsitePublished",
        Rename(&["wedding_website_published"]),
    ),
    // A corporate card and spend-management tool: camelCase with a verb first, a `_failure` (a
    // failed upload stays failed), a noun of action, a leftover `track_` SDK call prefix,
    // abbreviations with a base verb.
    ("issueVirtualCard", Rename(&["virtual_card_issued"])),
    ("receipt_upload_failure", Rename(&["receipt_upload_failed"])),
    (
        "reimbursement_request",
        Rename(&["reimbursement_requested"]),
    ),
    ("track_card_locked", Rename(&["card_locked"])),
    (
        "exp_rpt_submit",
        Rename(&["expense_report_submitted", "exp_rpt_submitted"]),
    ),
    // An online whiteboard: camelCase with a verb first, a base verb, a base verb, a verb first
    // with a format word after the object.
    ("createFrame", Rename(&["frame_created"])),
    ("board_share", Rename(&["board_shared"])),
    ("voting_session_start", Rename(&["voting_session_started"])),
    (
        "export_board_pdf",
        Rename(&["board_exported_as_pdf", "board_exported_to_pdf"]),
    ),
    // A localization and translation SaaS: an `-ing` (an upload under way is not an upload done),
    // a noun that is also a base verb, an `_error` (a failed machine translation stays failed),
    // PascalCase already past.
    (
        "uploading_source_file",
        Rename(&["source_file_upload_started"]),
    ),
    ("glossary_import", Rename(&["glossary_imported"])),
    (
        "machine_translation_error",
        Rename(&["machine_translation_failed"]),
    ),
    ("ProjectCreated", Rename(&["project_created"])),
    // A fleet telematics tool: camelCase with a verb first, a noun that is also a base verb, an
    // `_error` on an abbreviation (a failed submission stays failed), a clipped verb.
    (
        "assignDriver",
        Rename(&["driver_assigned", "driver_assigned_to_vehicle"]),
    ),
    ("geofence_exit", Rename(&["geofence_exited"])),
    (
        "dvir_submit_error",
        Rename(&["dvir_submission_failed", "dvir_submit_failed"]),
    ),
    (
        "speeding_alert_ack",
        Rename(&["speeding_alert_acknowledged"]),
    ),
    // A kids' learning app: camelCase with a verb first, Title Case already past, a `_failure` (a
    // failed gate stays failed), a base verb.
    ("completeLesson", Rename(&["lesson_completed"])),
    ("Sticker Collected", Rename(&["sticker_collected"])),
    ("parental_gate_failure", Rename(&["parental_gate_failed"])),
    ("book_finish", Rename(&["book_finished"])),
    // A newsletter publishing platform: camelCase with a verb first, an `_error` (a failed import
    // stays failed), a verb first with a phrase, a run-on.
    ("publishPost", Rename(&["post_published"])),
    (
        "subscriber_import_error",
        Rename(&["subscriber_import_failed"]),
    ),
    (
        "upgrade_to_paid",
        Rename(&[
            "subscription_upgraded_to_paid",
            "subscriber_upgraded_to_paid",
        ]),
    ),
    ("paywallshown", Rename(&["paywall_shown"])),
    // A golf tee-time booking app: a UI position with a `_click`, a base verb, Title Case already
    // past, an `_error` (a failed payment stays failed).
    (
        "header_book_tee_time_click",
        Rename(&["header_book_tee_time_clicked"]),
    ),
    (
        "tee_time_cancel",
        Rename(&["tee_time_cancelled", "tee_time_canceled"]),
    ),
    ("Scorecard Submitted", Rename(&["scorecard_submitted"])),
    ("booking_payment_error", Rename(&["booking_payment_failed"])),
    // A 3D and CAD design SaaS: camelCase with a verb first, a `_failure` (a failed export stays
    // failed), PascalCase already past, an `-ing` (an import under way is not an import done).
    ("createAssembly", Rename(&["assembly_created"])),
    ("stl_export_failure", Rename(&["stl_export_failed"])),
    ("MateConnectorAdded", Rename(&["mate_connector_added"])),
    ("importing_step_file", Rename(&["step_file_import_started"])),
    // Vague: banned words (a fashion marketplace's bundles, a car marketplace's test drives, a
    // wedding app's vendor profiles, a spend tool's temporary limits, a whiteboard's canvas, a CAD
    // tool's feature tree).
    ("misc_items_bundled", Vague),
    ("test_drive_requested", Vague),
    ("vendor_profile_engaged", Vague),
    ("tmp_spend_limit_set", Vague),
    ("canvas_element_interacted", Vague),
    ("feature_tree_item_interacted", Vague),
    // Vague: generic UI nouns as the whole object, some with a UI position (a translation
    // editor's sidebar, a fleet map, a kids' lesson screen, a newsletter's upgrade prompt, a golf
    // course page).
    ("editor_sidebar_tab_switched", Vague),
    ("map_popup_dismissed", Vague),
    ("lesson_screen_button_tapped", Vague),
    ("upgrade_modal_closed", Vague),
    ("course_page_cta_clicked", Vague),
    // Vague: a numbered home-row tile and a numbered player icon (a streaming service), a
    // numbered activity tile (a kids' app), a numbered onboarding question (a wedding app).
    ("home_row_tile4_selected", Vague),
    ("player_overlay_icon2_tapped", Vague),
    ("activity_tile_2_tapped", Vague),
    ("onboarding_question_3_answered", Vague),
    // Flagged, but no rename is right without more context: a bare noun (Netflix's "Are you still
    // watching?"), an `-ing` status, an `-ing` warning, a state, an `-ing` warning, a bare noun, a
    // state, a state, an `-ing` status, an `-ing` status, an `-ing` status, a state, a future
    // event, a bare noun, an `-ing` status.
    ("still_watching_prompt", NoRename),
    ("buffering", NoRename),
    ("offer_expiring_soon", NoRename),
    ("finance_eligibility_pending", NoRename),
    ("rsvp_deadline_approaching", NoRename),
    ("days_until_wedding", NoRename),
    ("card_over_limit", NoRename),
    ("receipt_missing", NoRename),
    ("board_loading", NoRename),
    ("untranslated_strings_remaining", NoRename),
    ("vehicle_idling", NoRename),
    ("time_limit_almost_up", NoRename),
    ("issue_going_out_tomorrow", NoRename),
    ("frost_delay", NoRename),
    ("model_regenerating", NoRename),
];
