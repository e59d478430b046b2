//! A seventy-first held-out table for the naming rules (issue 21), written after the first
//! sixty-seven tables (the sixty-eighth to seventieth were being written beside it and were not
//! seen), by someone who had seen neither the rules' code nor their output. Like the tenth to
//! sixty-seventh, it reads like ordinary teams' own tracking plans rather than vendors' webhooks,
//! this time only for social and community apps, some of which (dating, language exchange,
//! co-working, photo sharing, neighbourhoods) earlier tables touched from other sides: a
//! neighbourhood social network, a hobby club and meetup app, a dating app for over-50s, a language
//! exchange app, a book club app, a local buy-nothing gifting group app, a student society app, an
//! alumni network, a co-working space community app, an online forum for car enthusiasts, a
//! photo-sharing app for film photographers and a travel buddy finder. Event names are written as a
//! mobile team writes them: mostly camelCase and PascalCase calls from the iOS and Android SDKs,
//! some snake_case from the data plan, and a few written with spaces and capitals by a community
//! manager. They are modelled on and partly recalled from memory of public sources: Nextdoor's
//! address verification postcards, lost pet alerts, recommendations, crime and safety posts, polls
//! and business pages, Meetup's and Heylo's RSVPs, waitlists, organiser roles, check-ins, dues and
//! recurring events, Lumen's, OurTime's and SilverSingles' selfie verification, personality
//! questionnaires, icebreakers, video dates, voice prompts and daily match limits, Tandem's and
//! HelloTalk's partner search, voice message translation, inline corrections, voice rooms and
//! native and learning languages, Fable's and Bookclubs' clubs, reading schedules, spoiler
//! comments, book votes, progress and meetings, the Buy Nothing Project's, Olio's and Freecycle's
//! give and ask posts, chosen recipients, porch pickups and group membership requests, students'
//! unions' and Campus Groups' society memberships, committee elections, freshers' fairs, tickets
//! and constitutions, Graduway's, PeopleGrove's and Hivebrite's mentorship requests, claimed
//! profiles, reunions, giving days and job boards, Nexudus', OfficeRnD's and Cobot's hot desks,
//! member directories, visitor registration, print credits, perks and phone booths, XenForo and
//! vBulletin car forums' build threads, garages, quotes, classifieds, dyno sheets and reputation,
//! Lomography's and Glass' rolls, film stocks, lab scans, gear lists, critiques and exposure notes,
//! and Travel Buddy's, Tourlina's and Couchsurfing's trip plans, buddy requests, hangouts, shared
//! itineraries and ID verification, with the mistakes real teams make: verbs first, nouns of
//! action, `-ing` forms, camelCase, PascalCase and Title Case with spaces, vague words, generic UI
//! and action words, numbered UI words and steps, `_success`, `_error` and `_failure` suffixes,
//! run-on words, plural slips, present tenses with a person first, abbreviations and leftover SDK
//! call prefixes (`on`, `handle`). Names are snake_cased where a plan would be, with the case kept
//! where it is the point. Each was labelled by hand before the rules were run on them. The author
//! read only the data arrays of the earlier tables, up to the sixty-seventh, and checked with a
//! grep, without reading the training table, that no name here is in any of them or in the training
//! table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_71: &[(&str, Label)] = &[
    // Already fine: a neighbourhood social network, Nextdoor-style (a `by` phrase, a multi-word
    // object, a multi-word object, an `as` phrase, a multi-word object, a multi-word object).
    ("address_verified_by_postcard", Ok),
    ("lost_pet_alert_posted", Ok),
    ("neighbour_recommendation_added", Ok),
    ("safety_post_marked_as_resolved", Ok),
    ("neighbourhood_poll_created", Ok),
    ("local_business_page_claimed", Ok),
    // Already fine: a hobby club and meetup app, Meetup- and Heylo-style (a multi-word object, a
    // multi-word object, a `to` phrase, a particle, a multi-word object, a multi-word object).
    ("meetup_rsvp_confirmed", Ok),
    ("event_waitlist_joined", Ok),
    ("organizer_role_transferred_to_member", Ok),
    ("meetup_attendee_checked_in", Ok),
    ("club_annual_dues_paid", Ok),
    ("recurring_meetup_scheduled", Ok),
    // Already fine: a dating app for over-50s, Lumen-, OurTime- and SilverSingles-style (a
    // multi-word object, a multi-word object, an irregular past, a multi-word object, a multi-word
    // object, an irregular past that looks like a base).
    ("selfie_verification_passed", Ok),
    ("personality_questionnaire_completed", Ok),
    ("match_icebreaker_sent", Ok),
    ("first_date_video_call_started", Ok),
    ("profile_voice_prompt_recorded", Ok),
    ("daily_match_limit_reset", Ok),
    // Already fine: a language exchange app, Tandem- and HelloTalk-style (an irregular past, a
    // multi-word object, a multi-word object, a multi-word object, an irregular past that looks
    // like a base, a multi-word object).
    ("exchange_partner_found", Ok),
    ("voice_message_translated", Ok),
    ("inline_correction_sent", Ok),
    ("exchange_session_scheduled", Ok),
    ("native_language_set", Ok),
    ("pronunciation_recording_played", Ok),
    // Already fine: a book club app, Fable- and Bookclubs-style (a multi-word object, a multi-word
    // object, an `-ed` adjective in the object, an irregular past that looks like a base, a
    // multi-word object, a multi-word object).
    ("book_club_founded", Ok),
    ("reading_schedule_published", Ok),
    ("hidden_spoiler_comment_revealed", Ok),
    ("next_book_vote_cast", Ok),
    ("reading_progress_updated", Ok),
    ("club_meeting_rescheduled", Ok),
    // Already fine: a local buy-nothing gifting group app, Buy Nothing-, Olio- and Freecycle-style
    // (a multi-word object, an irregular past, a multi-word object, an `as` phrase with an
    // irregular past, an `as` phrase, a multi-word object).
    ("give_post_published", Ok),
    ("gift_recipient_chosen", Ok),
    ("porch_pickup_arranged", Ok),
    ("gift_marked_as_given", Ok),
    ("ask_post_marked_as_fulfilled", Ok),
    ("group_membership_approved", Ok),
    // Already fine: a student society app, students' union- and Campus Groups-style (a multi-word
    // object, a multi-word object, a multi-word object, a multi-word object, a multi-word object).
    ("society_membership_purchased", Ok),
    ("committee_member_elected", Ok),
    ("freshers_fair_signup_recorded", Ok),
    ("society_event_ticket_refunded", Ok),
    ("society_constitution_uploaded", Ok),
    // Already fine: an alumni network, Graduway-, PeopleGrove- and Hivebrite-style (a multi-word
    // object, a multi-word object, a multi-word object, an irregular past, a multi-word object, a
    // multi-word object).
    ("mentorship_request_accepted", Ok),
    ("alumni_profile_claimed", Ok),
    ("class_reunion_registration_completed", Ok),
    ("giving_day_donation_made", Ok),
    ("alumni_job_posting_shared", Ok),
    ("graduation_year_confirmed", Ok),
    // Already fine: a co-working space community app, Nexudus-, OfficeRnD- and Cobot-style (a
    // multi-word object, a multi-word object, an `at` phrase, a particle, a multi-word object, a
    // multi-word object).
    ("hot_desk_reserved", Ok),
    ("coworker_directory_searched", Ok),
    ("visitor_registered_at_reception", Ok),
    ("printing_credits_topped_up", Ok),
    ("community_perk_redeemed", Ok),
    ("phone_booth_reserved", Ok),
    // Already fine: an online forum for car enthusiasts, XenForo- and vBulletin-style (a multi-word
    // object, a `to` phrase, a multi-word object, a multi-word object, a multi-word object, an
    // irregular past).
    ("build_thread_started", Ok),
    ("project_car_added_to_garage", Ok),
    ("forum_reply_quoted", Ok),
    ("classified_listing_bumped", Ok),
    ("dyno_sheet_attached", Ok),
    ("reputation_point_given", Ok),
    // Already fine: a photo-sharing app for film photographers, Lomography- and Glass-style (a
    // multi-word object, a multi-word object, a multi-word object, a `to` phrase, a multi-word
    // object, a multi-word object).
    ("film_roll_uploaded", Ok),
    ("film_stock_tagged", Ok),
    ("lab_scans_imported", Ok),
    ("camera_body_added_to_gear_list", Ok),
    ("photo_critique_requested", Ok),
    ("exposure_notes_saved", Ok),
    // Already fine: a travel buddy finder, Travel Buddy-, Tourlina- and Couchsurfing-style (a
    // multi-word object, an irregular past, a multi-word object, a multi-word object, a multi-word
    // object).
    ("trip_plan_published", Ok),
    ("travel_buddy_request_sent", Ok),
    ("city_hangout_joined", Ok),
    ("shared_itinerary_edited", Ok),
    ("traveller_id_verification_submitted", Ok),
    // A neighbourhood network: camelCase from the app with a verb first, Title Case with spaces
    // from the community manager's sheet already past, a leftover `on` callback prefix already
    // past, a verb first.
    ("shareLostPetAlert", Rename(&["lost_pet_alert_shared"])),
    ("Neighbour Invited", Rename(&["neighbour_invited"])),
    ("onAddressVerified", Rename(&["address_verified"])),
    ("thank_neighbour", Rename(&["neighbour_thanked"])),
    // A meetup app: camelCase with a verb first and a `to` phrase, PascalCase from the iOS SDK
    // already past (British or American spelling), an `-ing` form, a `_success` on a request.
    (
        "rsvpToMeetup",
        Rename(&["meetup_rsvp_submitted", "meetup_rsvp_sent"]),
    ),
    (
        "MeetupCancelled",
        Rename(&["meetup_cancelled", "meetup_canceled"]),
    ),
    ("joining_club", Rename(&["club_joined"])),
    (
        "club_join_request_success",
        Rename(&["club_join_request_sent", "club_join_request_submitted"]),
    ),
    // A dating app for over-50s: camelCase with a verb first, PascalCase from the Android SDK
    // already past, a person first in the present tense, an `_error` on a noun (a failed unmatch
    // stays failed).
    ("sendFlirt", Rename(&["flirt_sent"])),
    ("ProfileSpotlighted", Rename(&["profile_spotlighted"])),
    ("member_likes_profile", Rename(&["profile_liked"])),
    (
        "unmatch_error",
        Rename(&["unmatch_failed", "match_removal_failed"]),
    ),
    // A language exchange app: camelCase with a verb first, Title Case with spaces already past, a
    // leftover `on` callback prefix already past, abbreviations.
    (
        "correctMessage",
        Rename(&["message_corrected", "message_correction_sent"]),
    ),
    (
        "Language Partner Matched",
        Rename(&["language_partner_matched"]),
    ),
    ("onVoiceRoomJoined", Rename(&["voice_room_joined"])),
    (
        "lang_pref_updated",
        Rename(&["language_preference_updated"]),
    ),
    // A book club app: camelCase with a verb first, Title Case with spaces already past, a base
    // verb, a run-on already past, a plural slip (one review per event).
    (
        "startDiscussion",
        Rename(&["discussion_started", "book_discussion_started"]),
    ),
    ("Book Club Joined", Rename(&["book_club_joined"])),
    ("chapter_finish", Rename(&["chapter_finished"])),
    (
        "readingchallengejoined",
        Rename(&["reading_challenge_joined"]),
    ),
    ("book_reviews_written", Rename(&["book_review_written"])),
    // A gifting group app: camelCase with a verb first, PascalCase from the SDK already past with a
    // particle, a verb first, a noun of action.
    ("postGiftOffer", Rename(&["gift_offer_posted"])),
    ("GiftPickedUp", Rename(&["gift_picked_up"])),
    ("claim_gift", Rename(&["gift_claimed"])),
    (
        "gift_interest_expression",
        Rename(&["gift_interest_expressed"]),
    ),
    // A student society app: camelCase with a verb first, Title Case with spaces already past, a
    // `_failure` on a noun (a failed purchase stays failed), an abbreviation.
    ("joinSociety", Rename(&["society_joined"])),
    (
        "Committee Election Opened",
        Rename(&["committee_election_opened"]),
    ),
    (
        "membership_purchase_failure",
        Rename(&[
            "membership_purchase_failed",
            "society_membership_purchase_failed",
        ]),
    ),
    ("soc_event_created", Rename(&["society_event_created"])),
    // An alumni network: camelCase with a verb first, a leftover `handle` callback prefix already
    // past, a person first in the present tense, a `_success` on a noun.
    (
        "askForMentor",
        Rename(&["mentor_requested", "mentorship_requested"]),
    ),
    ("handleDonationCompleted", Rename(&["donation_completed"])),
    (
        "alumnus_updates_employer",
        Rename(&["employer_updated", "current_employer_updated"]),
    ),
    (
        "reunion_rsvp_success",
        Rename(&["reunion_rsvp_submitted", "reunion_rsvp_sent"]),
    ),
    // A co-working app: camelCase with a verb first, PascalCase from the door-access SDK already
    // past with a particle, a verb first with a particle, an abbreviation (British or American
    // spelling), an `-ing` form.
    ("bookHotDesk", Rename(&["hot_desk_booked"])),
    ("GuestCheckedIn", Rename(&["guest_checked_in"])),
    ("check_in_member", Rename(&["member_checked_in"])),
    (
        "mtg_room_booking_cancelled",
        Rename(&[
            "meeting_room_booking_cancelled",
            "meeting_room_booking_canceled",
        ]),
    ),
    ("day_pass_purchasing", Rename(&["day_pass_purchased"])),
    // A car enthusiasts' forum: camelCase with a verb first, Title Case with spaces already past, a
    // run-on with an abbreviation, a leftover `on` callback prefix already past.
    (
        "createThread",
        Rename(&["thread_created", "forum_thread_created"]),
    ),
    ("Build Thread Featured", Rename(&["build_thread_featured"])),
    (
        "repgiven",
        Rename(&["reputation_given", "reputation_point_given"]),
    ),
    ("onThreadSubscribed", Rename(&["thread_subscribed"])),
    // A film photo-sharing app: camelCase with a verb first, PascalCase from the iOS SDK already
    // past, an `_error` on a noun (a failed upload stays failed), an `-ing` form.
    (
        "uploadRoll",
        Rename(&["film_roll_uploaded", "roll_uploaded"]),
    ),
    (
        "RollDeveloped",
        Rename(&["roll_developed", "film_roll_developed"]),
    ),
    (
        "negative_scan_upload_error",
        Rename(&["negative_scan_upload_failed"]),
    ),
    ("lens_tagging", Rename(&["lens_tagged"])),
    // A travel buddy finder: camelCase with a verb first, Title Case with spaces already past, a
    // person first in the present tense, an abbreviation.
    (
        "sendBuddyRequest",
        Rename(&["buddy_request_sent", "travel_buddy_request_sent"]),
    ),
    ("Trip Posted", Rename(&["trip_posted"])),
    ("traveller_joins_hangout", Rename(&["hangout_joined"])),
    ("itin_shared", Rename(&["itinerary_shared"])),
    // Vague: banned words (a neighbourhood feed, a dating match card, a gifting group's archive, a
    // meetup organiser's dry run, a society logo, a gifting group's listings).
    ("neighbourhood_feed_engaged", Vague),
    ("match_card_interacted", Vague),
    ("misc_gifts_archived", Vague),
    ("test_meetup_published", Vague),
    ("temp_society_logo_uploaded", Vague),
    ("free_stuff_listed", Vague),
    // Vague: generic UI or action nouns as the whole object, some named after where they are on the
    // screen (a book club modal, an alumni banner, a co-working visitor form, a film photo menu, a
    // language partner popup, a society dropdown).
    ("book_club_modal_opened", Vague),
    ("alumni_home_banner_clicked", Vague),
    ("visitor_form_submitted", Vague),
    ("film_photo_menu_opened", Vague),
    ("language_partner_popup_closed", Vague),
    ("society_dropdown_changed", Vague),
    // Vague: a numbered onboarding step (a dating app), a numbered tab (a car forum's garage page),
    // a numbered link (a travel buddy finder).
    ("dating_onboarding_step_4_skipped", Vague),
    ("garage_tab3_opened", Vague),
    ("trip_card_link2_clicked", Vague),
    // Flagged, but no rename is right without more context: an error kind, a state, a state, a
    // state, a state, a state, a state, a bare noun, a bare noun, an error kind, a state, an error
    // kind, a state, a state, a state.
    ("neighbourhood_boundary_overlap", NoRename),
    ("meetup_at_capacity", NoRename),
    ("dating_profile_incomplete", NoRename),
    ("member_age_below_minimum", NoRename),
    ("language_partner_offline", NoRename),
    ("book_club_dormant", NoRename),
    ("gift_no_longer_available", NoRename),
    ("pickup_no_show", NoRename),
    ("election_quorum_shortfall", NoRename),
    ("graduation_record_mismatch", NoRename),
    ("coworking_space_over_capacity", NoRename),
    ("duplicate_build_thread", NoRename),
    ("vin_invalid", NoRename),
    ("scan_resolution_too_low", NoRename),
    ("passport_expiring_soon", NoRename),
];
