//! A sixth held-out table for the naming rules (issue 21), written after the first five were
//! used to develop them, by someone who had seen neither the rules' code nor their output:
//! real event names recalled from memory of public event catalogs, webhook event types, SDK
//! callbacks and tracking plans the first five tables mostly left alone (PayPal, Square, Adyen
//! and Braintree webhooks; SendGrid, Mailgun, Postmark and Mailchimp event webhooks; Trello
//! action types, Asana, Monday and ClickUp webhooks; Box, Dropbox and Google Drive activity;
//! Bitbucket, CircleCI, PagerDuty, Opsgenie and Statuspage; Eventbrite and Ticketmaster; Etsy,
//! eBay platform notifications, WooCommerce hooks, Magento observer events and BigCommerce
//! webhooks; Moodle events and Canvas LMS live events; Adobe Analytics events; iOS and Android
//! lifecycle callbacks; PlayFab and Steamworks callbacks; Strava, Peloton and Garmin) and of
//! podcast, e-reader, news-publisher, airline, hotel, car-rental, crypto-wallet,
//! password-manager, dating, job-board and maps apps, snake_cased where a plan would be (dots,
//! slashes, hyphens and colons made underscores), with the case kept where the source's case
//! is the point. Each was labelled by hand before the rules were run on them. The author read
//! only the first five tables' data, and checked with a grep, without reading the training
//! table, that no name here is in any of the six. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_6: &[(&str, Label)] = &[
    // Already fine: PayPal webhook event types, dots made underscores.
    ("payment_capture_reversed", Ok),
    ("billing_subscription_suspended", Ok),
    ("payment_sale_denied", Ok),
    ("customer_dispute_resolved", Ok),
    // Already fine: Square webhooks (a negated verb).
    ("inventory_count_updated", Ok),
    ("dispute_evidence_added", Ok),
    ("gift_card_customer_unlinked", Ok),
    // Already fine: Braintree webhook kinds (an adverb after the verb, an irregular past with its
    // complement, a `by` phrase).
    ("subscription_charged_unsuccessfully", Ok),
    ("subscription_went_active", Ok),
    ("payment_method_revoked_by_customer", Ok),
    // Already fine: Asana and Monday webhooks (a negated verb, a phrase after the verb).
    ("task_undeleted", Ok),
    ("item_moved_to_any_group", Ok),
    ("item_restored", Ok),
    // Already fine: Box webhook triggers, dots made underscores.
    ("folder_downloaded", Ok),
    ("task_assignment_updated", Ok),
    ("collaboration_rejected", Ok),
    ("sign_request_declined", Ok),
    // Already fine: Bitbucket and PagerDuty webhooks, colons and dots made underscores.
    ("repo_commit_status_updated", Ok),
    ("incident_reassigned", Ok),
    ("incident_responder_replied", Ok),
    ("incident_status_update_published", Ok),
    ("incident_annotated", Ok),
    // Already fine: Eventbrite webhooks (a particle, a negated verb) and Ticketmaster (a phrase).
    ("venue_updated", Ok),
    ("attendee_checked_out", Ok),
    ("event_unpublished", Ok),
    ("ticket_class_deleted", Ok),
    ("ticket_transfer_accepted", Ok),
    ("tickets_listed_for_resale", Ok),
    // Already fine: Etsy, WooCommerce hooks and BigCommerce webhooks (vendor and area prefixes
    // kept, an adverb before the verb).
    ("listing_deactivated", Ok),
    ("woocommerce_cart_emptied", Ok),
    ("woocommerce_checkout_order_processed", Ok),
    ("woocommerce_order_partially_refunded", Ok),
    ("store_cart_abandoned", Ok),
    ("store_cart_converted", Ok),
    ("store_order_message_created", Ok),
    // Already fine: Moodle events and Canvas live events (a negated verb, a British spelling).
    ("badge_revoked", Ok),
    ("role_unassigned", Ok),
    ("course_module_completion_updated", Ok),
    ("assessable_submitted", Ok),
    ("user_enrolment_created", Ok),
    ("asset_accessed", Ok),
    ("syllabus_updated", Ok),
    ("content_migration_completed", Ok),
    // Already fine: PlayFab, Strava, Peloton and Garmin (a copular form, irregular pasts, a
    // phrase after an irregular verb).
    ("player_virtual_currency_balance_changed", Ok),
    ("athlete_deauthorized", Ok),
    ("activity_made_private", Ok),
    ("kudos_given", Ok),
    ("class_taken", Ok),
    ("course_sent_to_device", Ok),
    // Already fine: podcasts, e-readers and news publishers (a phrase, a negated verb, a
    // particle, a past that looks like a base).
    ("episode_marked_as_played", Ok),
    ("show_unfollowed", Ok),
    ("word_looked_up", Ok),
    ("article_read", Ok),
    ("gift_article_sent", Ok),
    // Already fine: airlines, hotels and car rental (a participle in the object, a phrase, an
    // irregular past with a particle, an adverb after the verb).
    ("checked_bag_added", Ok),
    ("boarding_pass_added_to_wallet", Ok),
    ("room_sold_out", Ok),
    ("digital_key_issued", Ok),
    ("vehicle_returned_early", Ok),
    ("insurance_coverage_declined", Ok),
    // Already fine: crypto wallets and password managers (a particle, negated verbs).
    ("seed_phrase_revealed", Ok),
    ("wallet_backed_up", Ok),
    ("vault_unlocked", Ok),
    ("password_autofilled", Ok),
    // Already fine: dating, job boards and maps (a negated verb, an irregular past).
    ("profile_unhidden", Ok),
    ("rose_sent", Ok),
    ("candidate_shortlisted", Ok),
    ("recruiter_messaged", Ok),
    ("offline_map_downloaded", Ok),
    ("speed_limit_exceeded", Ok),
    // Adyen notification event codes, upper case: a base verb, a run-on.
    ("MANUAL_REVIEW_ACCEPT", Rename(&["manual_review_accepted"])),
    ("PAIDOUT_REVERSED", Rename(&["payout_reversed"])),
    // SendGrid, Mailgun, Postmark and Mailchimp event webhooks: run-ons, a base verb after an
    // adjective, a past verb with no object, a PascalCase noun of action.
    (
        "spamreport",
        Rename(&[
            "email_reported_as_spam",
            "email_marked_as_spam",
            "spam_report_received",
        ]),
    ),
    (
        "permanent_fail",
        Rename(&[
            "email_failed_permanently",
            "email_permanently_failed",
            "message_failed_permanently",
            "message_permanently_failed",
        ]),
    ),
    (
        "complained",
        Rename(&["recipient_complained", "user_complained"]),
    ),
    ("SubscriptionChange", Rename(&["subscription_changed"])),
    (
        "upemail",
        Rename(&[
            "email_address_updated",
            "email_updated",
            "subscriber_email_updated",
            "member_email_updated",
        ]),
    ),
    // Trello action types, camelCase verb first (a copular form, a phrase after the verb).
    (
        "commentCard",
        Rename(&[
            "card_commented_on",
            "card_comment_added",
            "comment_added_to_card",
        ]),
    ),
    (
        "makeAdminOfBoard",
        Rename(&[
            "member_made_admin_of_board",
            "member_made_board_admin",
            "board_admin_added",
        ]),
    ),
    (
        "convertToCardFromCheckItem",
        Rename(&["check_item_converted_to_card"]),
    ),
    // Monday and ClickUp webhooks: a verb first with a noun that is also a verb, camelCase.
    (
        "create_update",
        Rename(&["update_created", "update_posted"]),
    ),
    ("taskCommentPosted", Rename(&["task_comment_posted"])),
    // Box event-stream types, upper case: a negated base verb with a phrase, a verb first.
    (
        "ITEM_UNDELETE_VIA_TRASH",
        Rename(&["item_undeleted_via_trash", "item_restored_from_trash"]),
    ),
    (
        "COLLAB_INVITE_COLLABORATOR",
        Rename(&["collaborator_invited", "collab_collaborator_invited"]),
    ),
    // Dropbox audit event types and Google Drive activity: a base verb, a `_success`, a
    // PascalCase noun of action, a bare negated verb.
    ("file_revert", Rename(&["file_reverted"])),
    (
        "device_link_success",
        Rename(&["device_linked", "device_link_succeeded"]),
    ),
    (
        "PermissionChange",
        Rename(&["permission_changed", "permissions_changed"]),
    ),
    (
        "untrash",
        Rename(&[
            "item_untrashed",
            "file_untrashed",
            "item_restored_from_trash",
            "file_restored_from_trash",
        ]),
    ),
    // Bitbucket, PagerDuty v2, Opsgenie and Statuspage: a run-on, a base verb, a negated base
    // verb, PascalCase verb first.
    (
        "pullrequest_fulfilled",
        Rename(&["pull_request_fulfilled", "pull_request_merged"]),
    ),
    ("repo_fork", Rename(&["repo_forked"])),
    (
        "incident_unacknowledge",
        Rename(&["incident_unacknowledged"]),
    ),
    (
        "TakeOwnership",
        Rename(&["alert_ownership_taken", "ownership_taken"]),
    ),
    ("component_update", Rename(&["component_updated"])),
    // Eventbrite and Ticketmaster: a split negation before a particle, a noun of action.
    (
        "barcode_un_checked_in",
        Rename(&[
            "barcode_check_in_undone",
            "barcode_check_in_reversed",
            "barcode_check_in_reverted",
            "barcode_unchecked_in",
        ]),
    ),
    (
        "presale_signup",
        Rename(&[
            "user_signed_up_for_presale",
            "user_registered_for_presale",
            "presale_registration_completed",
            "presale_signup_completed",
        ]),
    ),
    // eBay platform notifications, PascalCase: a verb with no object, a noun phrase.
    ("OutBid", Rename(&["bidder_outbid", "user_outbid"])),
    ("EndOfAuction", Rename(&["auction_ended"])),
    // WooCommerce hooks, Magento observer events, BigCommerce webhooks: a past verb first after
    // the vendor prefix, an `_after` hook suffix, mixed case.
    (
        "woocommerce_applied_coupon",
        Rename(&["woocommerce_coupon_applied", "coupon_applied"]),
    ),
    ("sales_order_place_after", Rename(&["sales_order_placed"])),
    (
        "store_order_statusUpdated",
        Rename(&["store_order_status_updated"]),
    ),
    // Moodle and Adobe Analytics: a run-on past verb, an abbreviated camelCase cart event.
    ("user_loggedin", Rename(&["user_logged_in"])),
    (
        "scRemove",
        Rename(&[
            "product_removed_from_cart",
            "cart_item_removed",
            "item_removed_from_cart",
        ]),
    ),
    // iOS and Android lifecycle callbacks, Steam callbacks: `did` and `on` prefixes, a base verb.
    (
        "applicationDidFinishLaunching",
        Rename(&["application_launched", "app_launched"]),
    ),
    ("onConfigurationChanged", Rename(&["configuration_changed"])),
    ("LobbyEnter", Rename(&["lobby_entered"])),
    // PlayFab events: a dropped preposition, a run-on noun of action.
    ("player_added_title", Rename(&["player_added_to_title"])),
    (
        "player_realmoney_purchase",
        Rename(&[
            "player_real_money_purchase_made",
            "player_real_money_purchase_completed",
        ]),
    ),
    // Podcasts, e-readers and news: a bare state, a past verb first, an `-ing` (a download under
    // way is not a download done), a `_click` suffix.
    (
        "auto_download_on",
        Rename(&["auto_download_turned_on", "auto_downloads_turned_on"]),
    ),
    ("finished_book", Rename(&["book_finished"])),
    ("book_downloading", Rename(&["book_download_started"])),
    (
        "subscribe_button_click",
        Rename(&["subscribe_button_clicked"]),
    ),
    // Airlines and car rental: a noun of action, a base verb, a verb first.
    (
        "flight_status_lookup",
        Rename(&["flight_status_looked_up", "flight_status_checked"]),
    ),
    ("vehicle_return", Rename(&["vehicle_returned"])),
    (
        "add_additional_driver",
        Rename(&["additional_driver_added"]),
    ),
    // Crypto wallets and password managers: a verb first, an `_error`, a noun in the verb slot.
    (
        "approve_token_spend",
        Rename(&["token_spend_approved", "token_spending_approved"]),
    ),
    (
        "wallet_connect_error",
        Rename(&["wallet_connection_failed", "wallet_connect_failed"]),
    ),
    ("vault_timeout", Rename(&["vault_timed_out"])),
    // Dating, job boards and maps: an exclamation, the present tense, a base verb.
    ("its_a_match", Rename(&["match_made", "match_created"])),
    ("job_seeker_applies", Rename(&["job_seeker_applied"])),
    (
        "navigation_cancel",
        Rename(&["navigation_cancelled", "navigation_canceled"]),
    ),
    // Vague: a generic action (Opsgenie), Adobe Analytics' numbered events and custom links,
    // generic UI nouns from iOS and Android.
    ("CustomAction", Vague),
    ("event1", Vague),
    ("custom_link_clicked", Vague),
    ("viewDidAppear", Vague),
    ("snackbar_shown", Vague),
    ("bottom_sheet_dismissed", Vague),
    ("fab_tapped", Vague),
    ("list_item_tapped", Vague),
    // Vague: banned words (travel, podcasts, dating, job boards, crypto, password managers).
    ("things_to_do_viewed", Vague),
    ("player_interacted", Vague),
    ("user_engaged_with_match", Vague),
    ("misc_job_filter_applied", Vague),
    ("tmp_wallet_created", Vague),
    ("test_login_created", Vague),
    // Vague: a numbered step (airline booking).
    ("booking_step_3_completed", Vague),
    // Flagged, but no rename is right without more context: an outcome held in a field, two
    // outcomes in one, a bare noun, a state, an `-ing` status, a warning about the future, a
    // progress mark, a notification, a reminder.
    ("AUTHORISATION", NoRename),
    ("CANCEL_OR_REFUND", NoRename),
    ("profile", NoRename),
    ("Comment", NoRename),
    ("not_run", NoRename),
    ("investigating", NoRename),
    ("degraded_performance", NoRename),
    ("WatchedItemEndingSoon", NoRename),
    ("woocommerce_low_stock", NoRename),
    ("course_progress", NoRename),
    ("applicationWillTerminate", NoRename),
    ("onLowMemory", NoRename),
    ("MicroTxnAuthorizationResponse", NoRename),
    ("new_episode_available", NoRename),
    ("book_return_due", NoRename),
];
