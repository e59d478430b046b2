//! A sixty-eighth held-out table for the naming rules (issue 21), written after the first
//! sixty-seven tables (the sixty-ninth to seventy-first were being written beside it and were not
//! seen), by someone who had seen neither the rules' code nor their output. Like the tenth to
//! sixty-seventh, it reads like ordinary teams' own tracking plans rather than vendors' webhooks,
//! this time only for fashion and beauty commerce, a few corners of which (resale listings,
//! alterations, eyewear try-on) earlier tables touched from other sides: a fashion resale
//! marketplace, a made-to-measure suit shop, a sneaker drop and raffle app, a cosmetics
//! subscription box, a hair colour kit brand's site with a shade quiz, an eyewear brand's virtual
//! try-on, a jewellery engraving shop, a lingerie fit-finder, a kids' clothing swap, a perfume
//! sample service, a department store's personal shopping booking and a tailoring alterations
//! add-on at checkout. Event names are written as those teams write them: mostly snake_case from a
//! data team's plan, some camelCase from the iOS app, some Title Case with spaces from an older
//! Segment spec, and British spellings from a UK retailer (colour, jewellery, customised,
//! personalised, enquiry, basket, trousers, cancelled). They are modelled on and partly recalled
//! from memory of public sources: Vinted's, Depop's, Vestiaire Collective's and The RealReal's
//! listings, bundles, offers, holiday mode, buyer protection, consignment kits and authentication,
//! Indochino's, Suitsupply's and Proper Cloth's fabric swatches, lapels, linings, monograms,
//! measurement profiles, fittings and remake guarantees, Nike SNKRS', END. Launches' and Foot
//! Locker's draws, exclusive access, waiting rooms, release reminders and reserved pairs,
//! Birchbox's, Ipsy's, Glossybox's and BoxyCharm's beauty profiles, glam bags, choice products,
//! points and skipped months, Madison Reed's, eSalon's and Josh Wood Colour's shade quizzes,
//! colourists, root kits, glosses, toners and auto-delivery, Warby Parker's, Ace & Tate's and
//! Specsavers' virtual try-on, face width, pupillary distance, prescriptions, lens upgrades and eye
//! tests, Monica Vinader's, Missoma's and Pandora's engraving fonts, handwriting engravings,
//! proofs, ring sizers and gift wrap, ThirdLove's, Bravissimo's and M&S's fit-finders, half cup
//! sizes, sister sizes, band fit and fit specialists, Kidizen's and The Little Loop's swap bags,
//! credits, grading and hubs, Scentbird's, Sniph's and The Perfume Society's scent queues, sample
//! vials, discovery sets and full bottles, Selfridges', Harrods' and Nordstrom's personal shopping
//! appointments, style briefs, stylist edits and fitting suites, and Nordstrom's and Uniqlo's
//! hemming, inside leg lengths and alteration fees at checkout, with the mistakes real teams make:
//! verbs first, nouns of action, `-ing` forms, camelCase and Title Case with spaces, vague words,
//! generic UI and action words, numbered UI words and steps, `_success`, `_error` and `_failure`
//! suffixes, run-on words, base verbs and adjectives for the verb, present tenses with a person
//! first, abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are snake_cased
//! where a plan would be, with the case kept where it is the point. Each was labelled by hand
//! before the rules were run on them. The author read only the data arrays of the earlier tables,
//! up to the sixty-seventh, and checked with a grep, without reading the training table, that no
//! name here is in any of them or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_68: &[(&str, Label)] = &[
    // Already fine: a fashion resale marketplace, Vinted-, Depop- and Vestiaire Collective-style
    // (an adjective-like word in the object, a multi-word object, a multi-word object, an irregular
    // past, an `as` phrase, a multi-word object).
    ("preloved_item_listed", Ok),
    ("designer_handbag_authenticated", Ok),
    ("consignment_shipping_kit_requested", Ok),
    ("seller_bundle_discount_set", Ok),
    ("sold_item_marked_as_shipped", Ok),
    ("buyer_protection_fee_charged", Ok),
    // Already fine: a made-to-measure suit shop, Indochino-, Suitsupply- and Proper Cloth-style (a
    // multi-word object, an irregular past, a multi-word object, a `to` phrase, a multi-word
    // object, a multi-word object).
    ("fabric_swatch_pack_ordered", Ok),
    ("lapel_style_chosen", Ok),
    ("showroom_fitting_appointment_booked", Ok),
    ("monogram_added_to_jacket_lining", Ok),
    ("remake_guarantee_claimed", Ok),
    ("suit_pattern_drafted", Ok),
    // Already fine: a sneaker drop and raffle app, SNKRS-, END. Launches- and Foot Locker-style (a
    // multi-word object, an irregular past, a multi-word object, a `to` phrase, a multi-word
    // object, an `in` phrase).
    ("raffle_entry_confirmed", Ok),
    ("release_day_reminder_set", Ok),
    ("raffle_winner_notified", Ok),
    ("shoe_size_saved_to_profile", Ok),
    ("waiting_room_queue_joined", Ok),
    ("reserved_pair_collected_in_store", Ok),
    // Already fine: a cosmetics subscription box, Birchbox-, Ipsy- and Glossybox-style (a
    // multi-word object, a multi-word object, a multi-word object, a `with` phrase, a multi-word
    // object, a multi-word object).
    ("beauty_profile_quiz_completed", Ok),
    ("monthly_glam_bag_shipped", Ok),
    ("box_sample_reviewed", Ok),
    ("full_size_product_bought_with_points", Ok),
    ("choice_product_picked", Ok),
    ("box_contents_revealed", Ok),
    // Already fine: a hair colour kit brand's site with a shade quiz, Madison Reed-, eSalon- and
    // Josh Wood Colour-style (British spellings as the UK site writes them: a multi-word object, a
    // multi-word object, a `for` phrase, a particle inside the object, a multi-word object, a
    // multi-word object).
    ("shade_quiz_completed", Ok),
    ("colour_match_recommended", Ok),
    ("hair_photo_uploaded_for_colourist", Ok),
    ("root_touch_up_kit_ordered", Ok),
    ("colour_auto_delivery_paused", Ok),
    ("colourist_video_consultation_booked", Ok),
    // Already fine: an eyewear brand's virtual try-on, Warby Parker-, Ace & Tate- and
    // Specsavers-style (a multi-word object, a multi-word object, a multi-word object, a multi-word
    // object, a multi-word object, a multi-word object).
    ("live_try_on_session_started", Ok),
    ("face_width_measured", Ok),
    ("frame_colour_switched", Ok),
    ("prescription_photo_uploaded", Ok),
    ("pupillary_distance_entered", Ok),
    ("try_on_snapshot_saved", Ok),
    // Already fine: a jewellery engraving shop, Monica Vinader-, Missoma- and Pandora-style (a
    // multi-word object, a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, a British spelling in the object).
    ("engraving_text_entered", Ok),
    ("engraving_font_chosen", Ok),
    ("engraving_preview_rendered", Ok),
    ("ring_size_guide_downloaded", Ok),
    ("handwriting_engraving_uploaded", Ok),
    ("jewellery_gift_wrap_added", Ok),
    // Already fine: a lingerie fit-finder, ThirdLove-, Bravissimo- and M&S-style (a multi-word
    // object, a multi-word object, an irregular past, a multi-word object, a multi-word object, a
    // multi-word object).
    ("fit_finder_quiz_started", Ok),
    ("bra_size_recommended", Ok),
    ("band_fit_feedback_given", Ok),
    ("half_cup_size_selected", Ok),
    ("fit_specialist_chat_started", Ok),
    ("at_home_trial_order_placed", Ok),
    // Already fine: a kids' clothing swap, Kidizen- and The Little Loop-style (an irregular past, a
    // multi-word object, a multi-word object, a multi-word object, an `at` phrase, a multi-word
    // object).
    ("outgrown_clothes_bag_sent", Ok),
    ("swap_credits_earned", Ok),
    ("size_bundle_claimed", Ok),
    ("child_size_profile_updated", Ok),
    ("swap_parcel_received_at_hub", Ok),
    ("clothes_condition_graded", Ok),
    // Already fine: a perfume sample service, Scentbird-, Sniph- and The Perfume Society-style (a
    // multi-word object, a multi-word object, a multi-word object, a multi-word object, a `to`
    // phrase).
    ("fragrance_sample_vial_ordered", Ok),
    ("scent_queue_reordered", Ok),
    ("discovery_set_credit_redeemed", Ok),
    ("fragrance_family_preference_saved", Ok),
    ("sample_upgraded_to_full_bottle", Ok),
    // Already fine: a department store's personal shopping booking, Selfridges-, Harrods- and
    // Nordstrom-style (a multi-word object, a multi-word object, a `to` phrase, a multi-word
    // object, a multi-word object).
    ("personal_shopping_appointment_booked", Ok),
    ("style_brief_submitted", Ok),
    ("stylist_edit_sent_to_client", Ok),
    ("fitting_suite_reserved", Ok),
    ("personal_stylist_requested", Ok),
    // Already fine: a tailoring alterations add-on at checkout, Nordstrom- and Uniqlo-style (a
    // multi-word object, a multi-word object, a multi-word object, a multi-word object, a `from`
    // phrase with the UK basket, a multi-word object).
    ("trouser_hem_alteration_added", Ok),
    ("inside_leg_length_entered", Ok),
    ("alteration_fee_waived", Ok),
    ("sleeve_alteration_requested", Ok),
    ("alteration_removed_from_basket", Ok),
    ("altered_garment_dispatched", Ok),
    // A resale marketplace: camelCase from the iOS app with a verb first, Title Case with spaces
    // already past (from the old Segment spec), a `_failure` on a noun (a failed check stays
    // failed), a person first in the present tense, a run-on already past.
    ("relistItem", Rename(&["item_relisted"])),
    ("Counter Offer Sent", Rename(&["counter_offer_sent"])),
    (
        "luxury_item_authentication_failure",
        Rename(&["luxury_item_authentication_failed"]),
    ),
    (
        "seller_ships_parcel",
        Rename(&["parcel_shipped", "parcel_shipped_by_seller"]),
    ),
    ("bundlecreated", Rename(&["bundle_created"])),
    // A suit shop: camelCase with a verb first, a noun of action, Title Case with spaces already
    // past, an `-ing` form with a verb first (British or American spelling).
    (
        "saveMeasurements",
        Rename(&["measurements_saved", "body_measurements_saved"]),
    ),
    ("fabric_selection", Rename(&["fabric_selected"])),
    ("Suit Configured", Rename(&["suit_configured"])),
    (
        "customising_jacket",
        Rename(&["jacket_customised", "jacket_customized"]),
    ),
    // A sneaker raffle app: camelCase with a verb first, a `_success` on a noun, a leftover `on`
    // callback prefix already past, a person first in the present tense, Title Case with spaces
    // already past.
    ("enterRaffle", Rename(&["raffle_entered"])),
    (
        "raffle_entry_success",
        Rename(&["raffle_entry_submitted", "raffle_entered"]),
    ),
    ("onDrawResultReceived", Rename(&["draw_result_received"])),
    ("user_wins_raffle", Rename(&["raffle_won"])),
    ("Launch Reminder Set", Rename(&["launch_reminder_set"])),
    // A cosmetics box: camelCase with a verb first, a noun of action, Title Case with spaces
    // already past (British spelling), an `_error` on a noun (a failed purchase stays failed).
    ("skipNextBox", Rename(&["next_box_skipped"])),
    ("beauty_quiz_submission", Rename(&["beauty_quiz_submitted"])),
    (
        "Glam Bag Customised",
        Rename(&["glam_bag_customised", "glam_bag_customized"]),
    ),
    ("add_on_purchase_error", Rename(&["add_on_purchase_failed"])),
    // A hair colour site: camelCase with a verb first (taking the quiz starts it), an adjective for
    // the verb, a run-on already past, a person first in the present tense.
    (
        "takeShadeQuiz",
        Rename(&["shade_quiz_started", "shade_quiz_taken"]),
    ),
    ("shade_quiz_complete", Rename(&["shade_quiz_completed"])),
    ("colourkitordered", Rename(&["colour_kit_ordered"])),
    ("customer_changes_shade", Rename(&["shade_changed"])),
    // An eyewear try-on: camelCase with a verb first, an abbreviation with a base verb, Title Case
    // with spaces already past, a noun of action (a denial stays a denial).
    (
        "launchTryOn",
        Rename(&["try_on_launched", "virtual_try_on_launched"]),
    ),
    (
        "pd_measure",
        Rename(&["pupillary_distance_measured", "pd_measured"]),
    ),
    ("Lens Upgrade Added", Rename(&["lens_upgrade_added"])),
    (
        "try_on_camera_permission_denial",
        Rename(&["try_on_camera_permission_denied"]),
    ),
    // A jewellery engraving shop: camelCase with a verb first, a `_failure` on a noun (a failed
    // load stays failed), an `-ing` form with a verb first (British or American spelling), Title
    // Case with spaces already past.
    ("addEngraving", Rename(&["engraving_added"])),
    (
        "engraving_preview_load_failure",
        Rename(&["engraving_preview_load_failed"]),
    ),
    (
        "personalising_necklace",
        Rename(&["necklace_personalised", "necklace_personalized"]),
    ),
    ("Ring Size Selected", Rename(&["ring_size_selected"])),
    // A lingerie fit-finder: camelCase with a verb first, a base verb, Title Case with spaces
    // already past, a person first in the present tense.
    ("startFitFinder", Rename(&["fit_finder_started"])),
    ("bra_size_calculate", Rename(&["bra_size_calculated"])),
    ("Fit Quiz Abandoned", Rename(&["fit_quiz_abandoned"])),
    (
        "customer_selects_band_size",
        Rename(&["band_size_selected"]),
    ),
    // A kids' clothing swap: camelCase with a verb first, a noun of action, an `-ing` form, a
    // run-on already past.
    ("requestSwapBag", Rename(&["swap_bag_requested"])),
    ("swap_listing_creation", Rename(&["swap_listing_created"])),
    (
        "clothes_bundle_swapping",
        Rename(&["clothes_bundle_swapped"]),
    ),
    ("swapcreditsredeemed", Rename(&["swap_credits_redeemed"])),
    // A perfume sample service: camelCase with a verb first and a `to` phrase, a base verb
    // (American or British spelling), Title Case with spaces already past, a noun of action.
    (
        "addToScentQueue",
        Rename(&["fragrance_added_to_queue", "scent_added_to_queue"]),
    ),
    (
        "sample_subscription_cancel",
        Rename(&[
            "sample_subscription_cancelled",
            "sample_subscription_canceled",
        ]),
    ),
    ("Sample Vial Shipped", Rename(&["sample_vial_shipped"])),
    ("scent_rating", Rename(&["scent_rated"])),
    // A personal shopping booking: camelCase with a verb first, an abbreviation already past, Title
    // Case with spaces already past (British spelling), a leftover `handle` callback prefix already
    // past (British or American spelling).
    ("bookPersonalShopper", Rename(&["personal_shopper_booked"])),
    ("appt_rescheduled", Rename(&["appointment_rescheduled"])),
    ("Stylist Enquiry Sent", Rename(&["stylist_enquiry_sent"])),
    (
        "handleAppointmentCancelled",
        Rename(&["appointment_cancelled", "appointment_canceled"]),
    ),
    // An alterations add-on at checkout: camelCase with a verb first, a `_failure` on a noun (a
    // failed booking stays failed), Title Case with spaces already past, a person first in the
    // present tense.
    (
        "addHemming",
        Rename(&["hemming_added", "hem_alteration_added"]),
    ),
    (
        "alteration_booking_failure",
        Rename(&["alteration_booking_failed"]),
    ),
    ("Trousers Hemmed", Rename(&["trousers_hemmed"])),
    (
        "customer_removes_alteration",
        Rename(&["alteration_removed"]),
    ),
    // Vague: banned words (a resale feed, a misc engraving line, a shade quiz, a seeded raffle
    // entry, a lingerie fit profile saved by the web client).
    ("resale_feed_engaged", Vague),
    ("misc_accessory_engraved", Vague),
    ("shade_quiz_interacted", Vague),
    ("test_raffle_entry_created", Vague),
    ("tmp_fit_profile_saved", Vague),
    // Vague: generic UI or action nouns as the whole object, some named after where they are on the
    // screen (an eyewear try-on button, a perfume modal, a personal shopping form, an alterations
    // checkbox, a suit builder dropdown, a beauty box popup, a swap action).
    ("try_on_button_tapped", Vague),
    ("perfume_modal_opened", Vague),
    ("personal_shopping_form_submitted", Vague),
    ("alterations_checkbox_ticked", Vague),
    ("suit_builder_dropdown_changed", Vague),
    ("beauty_box_popup_dismissed", Vague),
    ("kids_swap_action_performed", Vague),
    // Vague: a numbered tab (an eyewear lens options page), a numbered quiz step (a lingerie
    // fit-finder), a numbered link (a sneaker raffle page).
    ("lens_options_tab3_opened", Vague),
    ("fit_quiz_step_4_completed", Vague),
    ("raffle_link2_clicked", Vague),
    // Flagged, but no rename is right without more context: a verdict, an error kind, a state, a
    // bare noun, a bare noun, a state, a state, a state, a state, a state, a state, a state, a
    // state, a bare noun, a state.
    ("item_counterfeit", NoRename),
    ("measurement_mismatch", NoRename),
    ("raffle_entry_duplicate", NoRename),
    ("sneaker_resale_premium", NoRename),
    ("box_retail_value", NoRename),
    ("hair_porosity_high", NoRename),
    ("hair_shade_out_of_stock", NoRename),
    ("frame_too_wide_for_face", NoRename),
    ("engraving_too_long", NoRename),
    ("bra_size_unavailable", NoRename),
    ("swap_bag_overweight", NoRename),
    ("sample_allowance_remaining", NoRename),
    ("stylist_unavailable", NoRename),
    ("alteration_lead_time", NoRename),
    ("inseam_out_of_range", NoRename),
];
