//! A forty-fourth held-out table for the naming rules (issue 21), written after the first
//! forty-three tables (the forty-fifth was written beside it and not seen), by someone who had seen
//! neither the rules' code nor their output. Like the tenth to forty-third, it reads like ordinary
//! companies' own tracking plans rather than vendors' webhooks, this time only for products from
//! outside the US market, as their own teams in Europe, Latin America, Africa, Asia and Australia
//! write them, that those tables did not cover: a European rail booking app, an Australian transit
//! smartcard app, an Indian food-delivery app, a Spanish and Latin American quick-commerce and
//! errand app, an East African mobile money wallet, an Indian UPI payments app, a Nordic mobile
//! payments app, a Brazilian digital bank and Pix wallet, a European classifieds marketplace, a
//! South and South-East Asian bike-taxi and auto-rickshaw ride-hailing app, a government digital ID
//! and documents app and an Australian state and federal services app. Event names are written as
//! those product teams write them, with their British and local spellings and abbreviations,
//! modelled on and partly recalled from memory of public sources: SNCF Connect's, DB Navigator's
//! and Renfe's seat reservations, BahnCards, mobile tickets, delay compensation, first-class
//! upgrades, couchettes, ticket exchanges and validation, Opal's and Myki's top-ups, auto top-up,
//! tap on and touch off, passes, concession fares, weekly caps and lost-card balance transfers,
//! Swiggy's and Zomato's favourites, delivery partners, Gold membership, ratings, preponed slots,
//! cash on delivery and rain fees, Glovo's, Rappi's and iFood's Glovers, Turbo orders, custom
//! errands, cash change, small-order fees and scheduled orders, M-Pesa's and Airtel Money's
//! statements, airtime, Paybill and Lipa na M-Pesa, Fuliza overdrafts, agent withdrawals, reversals
//! and agent float, PhonePe's, Paytm's and BHIM's UPI PINs, collect requests, recharges, bill
//! payments, AutoPay mandates and KYC, Vipps', Swish's and MobilePay's payment requests, BankID,
//! split bills, recurring agreements and refunds, Nubank's, PicPay's and Mercado Pago's Pix keys,
//! scheduled Pix, copy-and-paste codes, boletos, credit limits, instalments and night-time limits,
//! Leboncoin's, Kleinanzeigen's, Wallapop's and Marktplaats' ads, bumps, price offers,
//! reservations, relay-point parcels and saved searches, Gojek's, Ola's and Rapido's bike taxis,
//! autos, ride OTPs, SOS alerts, GoPay and rentals, Singpass', DigiD's and DigiLocker's logins,
//! Myinfo consent, issued documents, face verification and Aadhaar linking, and Service NSW's and
//! myGov's rego renewals, Medicare claims, Active Kids vouchers, digital licences, Centrelink
//! payments and inbox letters, with the mistakes real teams make: verbs first, nouns of action,
//! `-ing` forms, camelCase, PascalCase and Title Case with spaces, vague words, numbered UI words
//! and steps, `_success` (misspelt), `_error` and `_failure` suffixes, run-on words, plural slips,
//! present tenses with a person first, abbreviations and leftover SDK call prefixes (`on`,
//! `handle`). Names are snake_cased where a plan would be, with the case kept where the source's
//! case is the point. Each was labelled by hand before the rules were run on them. The author read
//! only the data arrays of the earlier tables, up to the forty-third (the forty-fifth was being
//! written at the same time), and checked with a grep, without reading the training table, that no
//! name here is in any of them or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_44: &[(&str, Label)] = &[
    // Already fine: a European rail booking app, SNCF Connect-, DB Navigator- and Renfe-style (a
    // multi-word object, a brand word in the object with a `to` phrase, a multi-word object, a noun
    // of action in the object, an irregular past, a `for` phrase).
    ("train_seat_reserved", Ok),
    ("bahncard_added_to_basket", Ok),
    ("mobile_ticket_downloaded", Ok),
    ("delay_compensation_claim_submitted", Ok),
    ("first_class_upgrade_bought", Ok),
    ("ticket_exchanged_for_earlier_train", Ok),
    // Already fine: an Australian transit smartcard app, Opal- and Myki-style (a particle, a
    // particle-like word inside the object with a particle, a short object with a particle, an
    // irregular past, an adjective in the object, an `-ed` word and a particle inside the object).
    ("opal_card_topped_up", Ok),
    ("opal_auto_top_up_switched_on", Ok),
    ("card_tapped_on", Ok),
    ("myki_pass_bought", Ok),
    ("lost_card_balance_transferred", Ok),
    ("missed_touch_off_fare_adjusted", Ok),
    // Already fine: an Indian food-delivery app, Swiggy- and Zomato-style (a `to` phrase with a
    // British spelling, a multi-word object, a re- verb, an `after` phrase, an Indian English verb,
    // an `on` inside the object with an irregular past participle).
    ("restaurant_added_to_favourites", Ok),
    ("delivery_partner_tipped", Ok),
    ("gold_membership_renewed", Ok),
    ("order_rated_after_delivery", Ok),
    ("delivery_slot_preponed", Ok),
    ("cash_on_delivery_chosen", Ok),
    // Already fine: a Spanish and Latin American quick-commerce and errand app, Glovo-, Rappi- and
    // iFood-style (a brand word in the object, a re- verb with a `to` phrase, a `by` phrase, an
    // adjective in the object, a verb-like noun in the object, an adjective in the object).
    ("rappi_turbo_order_placed", Ok),
    ("courier_reassigned_to_order", Ok),
    ("order_collected_by_glover", Ok),
    ("custom_errand_requested", Ok),
    ("cash_change_amount_entered", Ok),
    ("small_order_fee_charged", Ok),
    // Already fine: an East African mobile money wallet, M-Pesa- and Airtel Money-style (a brand
    // word in the object, an irregular past with a `for` phrase, a run-together trade word in the
    // object, a Swahili product name in the object with an irregular past, a re- verb with an
    // irregular past, an irregular past participle with an `at` phrase).
    ("mpesa_statement_downloaded", Ok),
    ("airtime_bought_for_other_number", Ok),
    ("paybill_account_number_saved", Ok),
    ("lipa_na_mpesa_payment_made", Ok),
    ("fuliza_overdraft_repaid", Ok),
    ("cash_withdrawn_at_agent", Ok),
    // Already fine: an Indian UPI payments app, PhonePe-, Paytm- and BHIM-style (an irregular past
    // that looks like a base, a `to` phrase, a verb-like word first in the object, a re- verb, an
    // irregular past, an abbreviation and a run-together word in the object).
    ("upi_pin_set", Ok),
    ("bank_account_linked_to_upi", Ok),
    ("collect_request_declined", Ok),
    ("prepaid_mobile_recharged", Ok),
    ("electricity_bill_paid", Ok),
    ("upi_autopay_mandate_created", Ok),
    // Already fine: a Nordic mobile payments app, Vipps-, Swish- and MobilePay-style (an irregular
    // past with a `to` phrase, a brand word in the object, an irregular past that looks like a base
    // with a `with` phrase, an `-ing` word in the object, an `in` phrase, a short object).
    ("payment_request_sent_to_friend", Ok),
    ("bankid_login_completed", Ok),
    ("bill_split_with_group", Ok),
    ("recurring_agreement_accepted", Ok),
    ("shop_payment_confirmed_in_app", Ok),
    ("default_card_changed", Ok),
    // Already fine: a Brazilian digital bank and Pix wallet, Nubank-, PicPay- and Mercado
    // Pago-style (a brand word in the object, a multi-word object, an abbreviation in the object, a
    // Portuguese word as the object with an irregular past, a multi-word object, an irregular past
    // that looks like a base with an `into` phrase and a British spelling).
    ("pix_key_registered", Ok),
    ("pix_payment_scheduled", Ok),
    ("pix_qr_code_copied", Ok),
    ("boleto_paid", Ok),
    ("credit_card_limit_raised", Ok),
    ("purchase_split_into_instalments", Ok),
    // Already fine: a European classifieds marketplace, Leboncoin-, Kleinanzeigen-, Wallapop- and
    // Marktplaats-style (a `to` phrase with an `of`, an irregular past with a `to` phrase, a
    // multi-word object, a particle and an `at` phrase, an `-ed` word first in the object, an `as`
    // phrase).
    ("ad_bumped_to_top_of_search", Ok),
    ("price_offer_made_to_seller", Ok),
    ("seller_phone_number_revealed", Ok),
    ("parcel_dropped_off_at_relay_point", Ok),
    ("saved_search_alert_created", Ok),
    ("ad_reported_as_fraud", Ok),
    // Already fine: a South and South-East Asian ride-hailing app for bike taxis and autos, Gojek-,
    // Ola- and Rapido-style (a multi-word object, the word `auto` first in the object, an
    // abbreviation in the object with a `with` phrase, an abbreviation in the object, a `for`
    // phrase, an irregular past participle).
    ("bike_taxi_booked", Ok),
    ("auto_rickshaw_fare_estimated", Ok),
    ("ride_otp_shared_with_driver", Ok),
    ("ride_sos_alert_raised", Ok),
    ("gopay_balance_used_for_ride", Ok),
    ("rental_package_chosen", Ok),
    // Already fine: a government digital ID and documents app, Singpass-, DigiD- and
    // DigiLocker-style (a brand word in the object, a `with` phrase, a British spelling with a
    // `from` phrase, a noun of action in the object, a `to` phrase).
    ("digid_app_activated", Ok),
    ("myinfo_data_shared_with_agency", Ok),
    ("driving_licence_fetched_from_issuer", Ok),
    ("face_verification_passed", Ok),
    ("aadhaar_linked_to_digilocker", Ok),
    // Already fine: an Australian state and federal services app, Service NSW- and myGov-style (a
    // local word for registration that is the ordinary word there, a local verb, an adjective and a
    // plural in the object, a British spelling, an irregular past that looks like a base).
    ("vehicle_rego_renewed", Ok),
    ("medicare_claim_lodged", Ok),
    ("active_kids_voucher_redeemed", Ok),
    ("digital_driver_licence_refreshed", Ok),
    ("mygov_inbox_letter_read", Ok),
    // A rail app: camelCase with a verb first, a `_failure` on a noun of action (a failed booking
    // stays failed), Title Case already past with a British spelling, a person first in the present
    // tense.
    ("bookTrainTicket", Rename(&["train_ticket_booked"])),
    (
        "couchette_booking_failure",
        Rename(&["couchette_booking_failed"]),
    ),
    (
        "Train Ticket Cancelled",
        Rename(&["train_ticket_cancelled"]),
    ),
    (
        "passenger_validates_ticket",
        Rename(&["ticket_validated", "train_ticket_validated"]),
    ),
    // A transit card app: camelCase with a verb first and a particle, a noun of action, a leftover
    // `handle` callback prefix already past, a base verb.
    (
        "topUpMyki",
        Rename(&["myki_topped_up", "myki_card_topped_up"]),
    ),
    (
        "concession_application",
        Rename(&["concession_application_submitted"]),
    ),
    (
        "handleCardRegistered",
        Rename(&["card_registered", "transit_card_registered"]),
    ),
    (
        "weekly_cap_reach",
        Rename(&["weekly_cap_reached", "weekly_fare_cap_reached"]),
    ),
    // A food-delivery app: camelCase with a verb first, an `_error` on a base verb (a failed coupon
    // stays failed), an abbreviation, a person first in the present tense.
    ("placeFoodOrder", Rename(&["food_order_placed"])),
    (
        "coupon_apply_error",
        Rename(&["coupon_apply_failed", "coupon_application_failed"]),
    ),
    ("delivery_addr_saved", Rename(&["delivery_address_saved"])),
    ("customer_reorders_meal", Rename(&["meal_reordered"])),
    // A quick-commerce app: camelCase with a verb first and a British word, a `_failure` on a noun
    // (a failed tip stays failed), PascalCase already past, an `-ing` form with a verb first.
    (
        "addToBasket",
        Rename(&["item_added_to_basket", "product_added_to_basket"]),
    ),
    ("courier_tip_failure", Rename(&["courier_tip_failed"])),
    ("OrderScheduled", Rename(&["order_scheduled"])),
    ("rating_courier", Rename(&["courier_rated"])),
    // A mobile money wallet: camelCase with a verb first and a brand as the object, a verb first
    // with a noun of action, Title Case already past, a verb and its particle as a noun, an
    // abbreviation.
    ("sendMpesa", Rename(&["mpesa_money_sent", "money_sent"])),
    (
        "reverse_transaction_request",
        Rename(&["transaction_reversal_requested"]),
    ),
    (
        "Airtime Purchase Failed",
        Rename(&["airtime_purchase_failed"]),
    ),
    ("fuliza_opt_in", Rename(&["fuliza_opted_in"])),
    ("txn_reversed", Rename(&["transaction_reversed"])),
    // A UPI app: camelCase with a verb first and a `to` phrase, a misspelt `_success`, a noun of
    // action, PascalCase already past.
    (
        "payToContact",
        Rename(&["contact_paid", "payment_sent_to_contact"]),
    ),
    (
        "upi_payment_sucess",
        Rename(&["upi_payment_succeeded", "upi_payment_completed"]),
    ),
    (
        "kyc_verification",
        Rename(&["kyc_verified", "kyc_verification_completed"]),
    ),
    ("RechargeCompleted", Rename(&["recharge_completed"])),
    // A Nordic payments app: camelCase with a verb first, an `_error` on an `-ing` noun (a failed
    // signing stays failed), a person first in the present tense (a cancellation in either
    // spelling), Title Case already past.
    (
        "requestMoney",
        Rename(&["money_requested", "payment_request_sent"]),
    ),
    ("bankid_signing_error", Rename(&["bankid_signing_failed"])),
    (
        "sender_cancels_request",
        Rename(&["payment_request_cancelled", "payment_request_canceled"]),
    ),
    ("Swish Refund Sent", Rename(&["swish_refund_sent"])),
    // A Brazilian bank app: camelCase with a verb first, a `_failure` on a noun (a failed transfer
    // stays failed), a run-on already past, a noun of action with a British spelling.
    ("generateBoleto", Rename(&["boleto_generated"])),
    ("pix_transfer_failure", Rename(&["pix_transfer_failed"])),
    ("pixkeydeleted", Rename(&["pix_key_deleted"])),
    (
        "instalments_simulation",
        Rename(&["instalments_simulated", "instalment_plan_simulated"]),
    ),
    // A classifieds marketplace: camelCase with a verb first, a noun of action, Title Case already
    // past, a person first in the present tense, a plural slip for a past tense with a British
    // spelling.
    ("postAd", Rename(&["ad_posted", "listing_posted"])),
    ("ad_renewal", Rename(&["ad_renewed"])),
    ("Seller Contacted", Rename(&["seller_contacted"])),
    (
        "buyer_reserves_item",
        Rename(&["item_reserved", "ad_reserved"]),
    ),
    ("ad_favourites", Rename(&["ad_favourited"])),
    // A bike-taxi and auto app: camelCase with a verb first and a short local word, a base verb
    // with a `by` phrase (a cancellation in either spelling), PascalCase already past, an `on`
    // callback already past.
    (
        "bookAuto",
        Rename(&["auto_rickshaw_booked", "auto_ride_booked"]),
    ),
    (
        "ride_cancel_by_driver",
        Rename(&["ride_cancelled_by_driver", "ride_canceled_by_driver"]),
    ),
    ("RideOtpVerified", Rename(&["ride_otp_verified"])),
    ("onBikeTripEnded", Rename(&["bike_trip_ended"])),
    // A digital ID app: camelCase with a verb first and a `with` phrase, a `_failure` on a noun of
    // action (a failed download stays failed), Title Case with an irregular past, an `-ing` with a
    // verb first (a check under way is not one done).
    (
        "loginWithSingpass",
        Rename(&["singpass_login_completed", "user_logged_in_with_singpass"]),
    ),
    (
        "document_download_failure",
        Rename(&["document_download_failed"]),
    ),
    ("Myinfo Consent Given", Rename(&["myinfo_consent_given"])),
    (
        "verifying_identity",
        Rename(&["identity_verification_started"]),
    ),
    // A state services app: camelCase with a verb first and a local abbreviation, an `_error` on a
    // noun of action with a British spelling (a failed lodgement stays failed), Title Case already
    // past with a British spelling, a run-on already past.
    (
        "renewRego",
        Rename(&["vehicle_rego_renewed", "vehicle_registration_renewed"]),
    ),
    (
        "medicare_claim_lodgement_error",
        Rename(&["medicare_claim_lodgement_failed"]),
    ),
    (
        "Driver Licence Renewed",
        Rename(&["driver_licence_renewed"]),
    ),
    (
        "centrelinkpaymentreceived",
        Rename(&["centrelink_payment_received"]),
    ),
    // Vague: banned words (a rail app's odd add-ons, a classifieds draft, a UPI app's dummy
    // payment, a wallet's home screen, a transit card).
    ("misc_travel_extra_added", Vague),
    ("tmp_listing_saved", Vague),
    ("test_upi_payment_sent", Vague),
    ("wallet_home_engaged", Vague),
    ("transit_card_interacted", Vague),
    // Vague: a numbered step (a wallet's KYC flow), a numbered button (a quick-commerce basket), a
    // numbered tab (a ride app's home screen).
    ("wallet_kyc_step_2_completed", Vague),
    ("basket_button2_tapped", Vague),
    ("ride_home_tab3_opened", Vague),
    // Vague: generic UI elements as the whole object, named after where they are on the screen (a
    // rail journey planner's popup, a ride screen's banner, a wallet home's modal, a restaurant
    // menu's tooltip, a classified ad page's footer link, a services list's dropdown, a Pix area's
    // button).
    ("journey_planner_popup_dismissed", Vague),
    ("ride_screen_banner_clicked", Vague),
    ("wallet_home_modal_closed", Vague),
    ("restaurant_menu_tooltip_dismissed", Vague),
    ("classified_ad_footer_link_clicked", Vague),
    ("gov_services_dropdown_opened", Vague),
    ("pix_area_button_tapped", Vague),
    // Flagged, but no rename is right without more context: a state, a state, a state, a state, a
    // bare noun, a bare noun, a state, a state, a state, a bare noun, a bare noun, a state, an
    // `-ing` status, an error kind, an `-ing` status.
    ("platform_not_yet_announced", NoRename),
    ("seat_map_unavailable", NoRename),
    ("opal_balance_negative", NoRename),
    ("touch_off_missing", NoRename),
    ("rain_surge_fee", NoRename),
    ("delivery_delay_reason", NoRename),
    ("mpesa_float_low", NoRename),
    ("upi_server_down", NoRename),
    ("bankid_not_installed", NoRename),
    ("pix_nighttime_limit", NoRename),
    ("listing_duplicate", NoRename),
    ("seller_unresponsive", NoRename),
    ("driver_arriving", NoRename),
    ("aadhaar_otp_mismatch", NoRename),
    ("rego_expiring_soon", NoRename),
];
