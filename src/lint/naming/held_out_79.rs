//! A seventy-ninth held-out table for the naming rules (issue 21), written after the first
//! seventy-five tables (the seventy-sixth to seventy-eighth were being written beside it and were
//! not seen), by someone who had seen neither the rules' code nor their output. Like the tenth to
//! seventy-fifth, it reads like ordinary teams' own tracking plans rather than vendors' webhooks,
//! this time only for personal security and safety, some of which (home cameras, identity
//! monitoring, walk-home check-ins and neighbourhood alerts) earlier tables touched from other
//! sides: a home security camera app, an identity theft monitoring service, a kids' GPS watch app,
//! a personal safety walk-home app, a car tracker and alarm app, a password breach alert service, a
//! smoke and carbon-monoxide alarm app, a safe-deposit box booking site, a bike lock and theft
//! registry app, a lone worker check-in app, an emergency contacts and medical ID app and a
//! neighbourhood watch alert app. Event names are written as a mobile-first team writes them:
//! mostly camelCase and PascalCase calls from the iOS and Android apps, some snake_case from the
//! analytics plan, run-together words, a few names in Title Case with spaces, and some plural slips
//! and abbreviations. They are modelled on and partly recalled from memory of public sources:
//! Ring's, Arlo's, Wyze's and Eufy's motion zones, privacy zones, person and package detection,
//! event clips, live view, sirens and chimes, Aura's, LifeLock's, IdentityForce's and Experian
//! IdentityWorks' dark web scans, credit locks and freezes, inquiries, SSN alerts and restoration
//! cases, Xplora's, Gabb's, TickTalk's and GizmoWatch's safe zones, school mode, approved contacts,
//! SOS calls and location requests, bSafe's, Noonlight's and Hollie Guard's guardians, shared
//! journeys, fake calls, follow-me sessions and arrival check-ins, Viper SmartStart's,
//! DroneMobile's and Tracker's remote starts, ignition, tilt and tow alerts, geofences and
//! immobilisers, Have I Been Pwned's, Firefox Monitor's and 1Password Watchtower's breach
//! notifications, domain verification and Pwned Passwords, Nest Protect's, First Alert Onelink's
//! and Kidde HomeSafe's hush, Heads-Up warnings, Sound Check, interconnected alarms and end-of-life
//! warnings, private vaults' and banks' box sizes, vault appointments, keys, biometric enrolment
//! and contents insurance, Bike Index's, BikeRegister's and Project 529's serial numbers, stolen
//! reports, recoveries, ownership transfers and marking kits, Peoplesafe's, StaySafe's,
//! SoloProtect's and Blackline's check-in timers, amber and red alerts, man-down and fall detection
//! and monitoring centres, Apple's Medical ID's and MedicAlert's blood types, allergies, organ
//! donor status and lock-screen access, and Nextdoor's, Citizen's and Neighbourhood Alert's
//! incident reports, watch schemes, alert radii and crime maps, with the mistakes real teams make:
//! verbs first, nouns of action, `-ing` forms, camelCase, PascalCase and Title Case with spaces,
//! vague words, generic UI and action words, numbered UI words and steps, `_success`, `_error` and
//! `_failure` suffixes, run-on words, plural slips, present tenses with a person first, base verbs
//! for pasts, abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are snake_cased
//! where a plan would be, with the case kept where it is the point. Each was labelled by hand
//! before the rules were run on them. The author read only the data arrays of earlier tables (the
//! seventy-fifth whole, to copy its format), and checked with a grep, without reading the training
//! table, that no name here is in any of the first seventy-five tables or in the training table.
//! Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_79: &[(&str, Label)] = &[
    // Already fine: a home security camera app, Ring-, Arlo-, Wyze- and Eufy-style (an irregular
    // past, a particle, a multi-word object, a `to` phrase, a multi-word object, a multi-word
    // object).
    ("motion_zone_drawn", Ok),
    ("person_detection_turned_on", Ok),
    ("event_clip_downloaded", Ok),
    ("privacy_zone_added_to_camera", Ok),
    ("camera_siren_sounded", Ok),
    ("doorbell_chime_paired", Ok),
    // Already fine: an identity theft monitoring service, Aura-, LifeLock-, IdentityForce- and
    // Experian IdentityWorks-style (a multi-word object, a multi-word object, a multi-word object,
    // a multi-word object, a multi-word object, a multi-word object).
    ("dark_web_report_downloaded", Ok),
    ("credit_file_locked", Ok),
    ("credit_freeze_temporarily_lifted", Ok),
    ("restoration_case_opened", Ok),
    ("monitored_email_added", Ok),
    ("credit_inquiry_disputed", Ok),
    // Already fine: a kids' GPS watch app, Xplora-, Gabb-, TickTalk- and GizmoWatch-style (a
    // multi-word object, a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, a `with` phrase).
    ("safe_zone_created", Ok),
    ("school_mode_scheduled", Ok),
    ("approved_contact_added", Ok),
    ("watch_location_requested", Ok),
    ("sos_call_placed", Ok),
    ("watch_paired_with_parent_phone", Ok),
    // Already fine: a personal safety walk-home app, bSafe-, Noonlight- and Hollie Guard-style (a
    // `with` phrase, a bare object, an irregular past, a bare object, a multi-word object, a
    // multi-word object).
    ("journey_shared_with_guardian", Ok),
    ("guardian_invited", Ok),
    ("fake_call_ringtone_chosen", Ok),
    ("arrival_confirmed", Ok),
    ("walk_home_eta_updated", Ok),
    ("follow_me_session_ended", Ok),
    // Already fine: a car tracker and alarm app, Viper SmartStart-, DroneMobile- and Tracker-style
    // (a multi-word object, a multi-word object, a multi-word object, a multi-word object, a bare
    // object, a multi-word object).
    ("remote_engine_start_requested", Ok),
    ("ignition_alert_received", Ok),
    ("vehicle_tow_detected", Ok),
    ("vehicle_geofence_created", Ok),
    ("immobiliser_armed", Ok),
    ("parked_location_saved", Ok),
    // Already fine: a password breach alert service, Have I Been Pwned-, Firefox Monitor- and
    // 1Password Watchtower-style (a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, a multi-word object, a multi-word object).
    ("breach_notification_sent", Ok),
    ("domain_ownership_verified", Ok),
    ("monitoring_subscription_confirmed", Ok),
    ("pwned_password_checked", Ok),
    ("breach_details_viewed", Ok),
    ("compromised_password_changed", Ok),
    // Already fine: a smoke and carbon-monoxide alarm app, Nest Protect-, First Alert Onelink- and
    // Kidde HomeSafe-style (a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, a `to` phrase, a multi-word object).
    ("smoke_alarm_hushed", Ok),
    ("carbon_monoxide_alarm_cleared", Ok),
    ("alarm_battery_replaced", Ok),
    ("early_smoke_warning_announced", Ok),
    ("alarm_added_to_interconnect_group", Ok),
    ("sound_check_scheduled", Ok),
    // Already fine: a safe-deposit box booking site, private vault- and bank-style (an irregular
    // past, a multi-word object, a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object).
    ("box_size_chosen", Ok),
    ("vault_appointment_booked", Ok),
    ("box_rental_renewed", Ok),
    ("biometric_enrolment_completed", Ok),
    ("box_key_collected", Ok),
    ("contents_insurance_added", Ok),
    // Already fine: a bike lock and theft registry app, Bike Index-, BikeRegister- and Project
    // 529-style (a bare object, a multi-word object, a past with its complement, a multi-word
    // object, a multi-word object, a multi-word object).
    ("bike_registered", Ok),
    ("frame_serial_verified", Ok),
    ("bike_reported_stolen", Ok),
    ("stolen_bike_recovered", Ok),
    ("bike_ownership_transferred", Ok),
    ("lock_key_number_registered", Ok),
    // Already fine: a lone worker check-in app, Peoplesafe-, StaySafe-, SoloProtect- and
    // Blackline-style (a multi-word object, a multi-word object, a multi-word object, a multi-word
    // object, a multi-word object, a `with` phrase).
    ("welfare_check_in_completed", Ok),
    ("check_in_timer_started", Ok),
    ("missed_check_in_escalated", Ok),
    ("fall_alert_triggered", Ok),
    ("amber_alert_raised", Ok),
    ("location_shared_with_monitoring_centre", Ok),
    // Already fine: an emergency contacts and medical ID app, Medical ID- and MedicAlert-style (a
    // multi-word object, a multi-word object, a multi-word object, an `on` phrase, a multi-word
    // object).
    ("blood_type_entered", Ok),
    ("drug_allergy_added", Ok),
    ("organ_donor_status_updated", Ok),
    ("medical_id_shown_on_lock_screen", Ok),
    ("emergency_contact_removed", Ok),
    // Already fine: a neighbourhood watch alert app, Nextdoor-, Citizen- and Neighbourhood
    // Alert-style (a `to` phrase, an irregular past that looks like a base, a multi-word object, a
    // multi-word object, a multi-word object).
    ("incident_reported_to_police", Ok),
    ("watch_alert_broadcast", Ok),
    ("suspicious_vehicle_reported", Ok),
    ("scheme_coordinator_appointed", Ok),
    ("alert_radius_changed", Ok),
    // A home security camera app: camelCase with a verb first, PascalCase from the iOS SDK already
    // past, a leftover `on` callback prefix already past, an `_error` on a noun (a failed download
    // stays failed), a person first in the present tense.
    ("armCamera", Rename(&["camera_armed"])),
    ("MotionDetected", Rename(&["motion_detected"])),
    ("onLiveViewStarted", Rename(&["live_view_started"])),
    (
        "clip_download_error",
        Rename(&["clip_download_failed", "event_clip_download_failed"]),
    ),
    (
        "user_shares_clip",
        Rename(&["clip_shared", "event_clip_shared"]),
    ),
    // An identity theft monitoring service: Title Case with spaces already past, camelCase with a
    // verb first, an abbreviation in a noun of action, camelCase from the Android app already past
    // (abbreviated or spelled out).
    ("Credit Lock Enabled", Rename(&["credit_lock_enabled"])),
    ("freezeCreditFile", Rename(&["credit_file_frozen"])),
    ("id_alert_review", Rename(&["identity_alert_reviewed"])),
    (
        "ssnAlertReceived",
        Rename(&[
            "ssn_alert_received",
            "social_security_number_alert_received",
        ]),
    ),
    // A kids' GPS watch app: camelCase with a verb first, PascalCase with an acronym already past,
    // a base verb, a person first in the present tense.
    ("setSafeZone", Rename(&["safe_zone_set"])),
    (
        "SOSTriggered",
        Rename(&["sos_triggered", "sos_alert_triggered"]),
    ),
    ("class_mode_enable", Rename(&["class_mode_enabled"])),
    ("childLeavesSafeZone", Rename(&["safe_zone_exited"])),
    // A walk-home app: camelCase with a verb first, a leftover `handle` callback prefix already
    // past, a base verb, Title Case with spaces already past.
    ("startJourney", Rename(&["journey_started"])),
    (
        "handleGuardianInviteAccepted",
        Rename(&["guardian_invite_accepted", "guardian_invitation_accepted"]),
    ),
    ("fake_call_trigger", Rename(&["fake_call_triggered"])),
    (
        "Safe Arrival Confirmed",
        Rename(&["safe_arrival_confirmed"]),
    ),
    // A car tracker and alarm app: camelCase with a verb first, PascalCase from the app already
    // past, a noun of action (American or British spelling), a `_success` on a past.
    ("lockDoors", Rename(&["doors_locked", "car_doors_locked"])),
    ("TiltAlertReceived", Rename(&["tilt_alert_received"])),
    (
        "immobilizer_activation",
        Rename(&["immobilizer_activated", "immobiliser_activated"]),
    ),
    ("vehicle_located_success", Rename(&["vehicle_located"])),
    // A password breach alert service: camelCase with a verb first, PascalCase already past, a noun
    // of action, a `_failure` on a noun (a failed search stays failed).
    ("checkPassword", Rename(&["password_checked"])),
    ("BreachAlertSent", Rename(&["breach_alert_sent"])),
    (
        "domain_verification",
        Rename(&["domain_verified", "domain_ownership_verified"]),
    ),
    ("breach_search_failure", Rename(&["breach_search_failed"])),
    // A smoke and carbon-monoxide alarm app: camelCase with a verb first, PascalCase with an
    // abbreviation already past, a base verb, a run-on already past, an `_error` on a noun (a
    // failed setup stays failed).
    ("hushAlarm", Rename(&["alarm_hushed", "smoke_alarm_hushed"])),
    (
        "CoAlarmTriggered",
        Rename(&["co_alarm_triggered", "carbon_monoxide_alarm_triggered"]),
    ),
    (
        "low_battery_warning_dismiss",
        Rename(&["low_battery_warning_dismissed"]),
    ),
    ("alarmsilenced", Rename(&["alarm_silenced"])),
    (
        "wifi_setup_error",
        Rename(&["wifi_setup_failed", "alarm_wifi_setup_failed"]),
    ),
    // A safe-deposit box booking site: camelCase with a verb first, Title Case with spaces already
    // past, a plural slip (one box per event), an abbreviation.
    ("bookVaultVisit", Rename(&["vault_visit_booked"])),
    ("Box Rental Cancelled", Rename(&["box_rental_cancelled"])),
    ("boxes_reserved", Rename(&["box_reserved"])),
    (
        "vault_appt_rescheduled",
        Rename(&["vault_appointment_rescheduled"]),
    ),
    // A bike lock and theft registry app: camelCase with a verb first, a verb first in snake_case,
    // PascalCase already past, a noun of action.
    ("registerBike", Rename(&["bike_registered"])),
    (
        "report_theft",
        Rename(&["theft_reported", "bike_theft_reported"]),
    ),
    ("BikeRecovered", Rename(&["bike_recovered"])),
    (
        "serial_lookup",
        Rename(&["serial_looked_up", "serial_number_looked_up"]),
    ),
    // A lone worker check-in app: camelCase with a verb first, a leftover `on` callback prefix
    // already past, a run-on with the verb first, a person first in the present tense.
    ("startCheckInTimer", Rename(&["check_in_timer_started"])),
    ("onManDownDetected", Rename(&["man_down_detected"])),
    ("missedcheckin", Rename(&["check_in_missed"])),
    ("worker_raises_red_alert", Rename(&["red_alert_raised"])),
    // An emergency contacts and medical ID app: Title Case with spaces already past, camelCase with
    // a verb first, PascalCase already past, an `-ing` form with the object after it.
    ("Medical ID Updated", Rename(&["medical_id_updated"])),
    ("addAllergy", Rename(&["allergy_added"])),
    (
        "EmergencyContactAdded",
        Rename(&["emergency_contact_added"]),
    ),
    ("sharing_medical_id", Rename(&["medical_id_shared"])),
    // A neighbourhood watch alert app: camelCase with a verb first, PascalCase with an irregular
    // past, a person first in the present tense, an `-ing` form.
    ("postIncident", Rename(&["incident_posted"])),
    ("WatchAlertRead", Rename(&["watch_alert_read"])),
    (
        "member_joins_scheme",
        Rename(&["scheme_joined", "watch_scheme_joined"]),
    ),
    ("crime_map_filtering", Rename(&["crime_map_filtered"])),
    // Vague: banned words (a camera's settings screen, a kids' watch profile, a walk-home app's
    // feature card, a breach report page, a vault booking draft, a bike registry's dry run).
    ("misc_camera_settings_changed", Vague),
    ("kids_watch_thing_updated", Vague),
    ("safety_feature_engaged", Vague),
    ("breach_report_interacted", Vague),
    ("tmp_vault_booking_created", Vague),
    ("test_bike_registered", Vague),
    // Vague: generic UI or action nouns as the whole object, some named after where they are on the
    // screen (a live view screen, a credit report page, a medical ID editor, a car status card, a
    // lone worker check-in screen, an alarm settings page).
    ("live_view_button_clicked", Vague),
    ("credit_report_modal_opened", Vague),
    ("medical_id_form_submitted", Vague),
    ("car_status_popup_closed", Vague),
    ("check_in_action_performed", Vague),
    ("alarm_settings_dropdown_changed", Vague),
    // Vague: a numbered onboarding step (a walk-home app), a numbered tab (a vault booking site), a
    // numbered link (a neighbourhood watch map).
    ("walk_home_onboarding_step_3_completed", Vague),
    ("vault_booking_tab2_opened", Vague),
    ("watch_map_link2_clicked", Vague),
    // Flagged, but no rename is right without more context: a state, a bare noun, an error kind, a
    // bare noun, a state, a state, a state, a state, a bare noun, a state, a state, an error kind,
    // a state, a state, a bare noun.
    ("camera_offline", NoRename),
    ("weak_wifi_signal", NoRename),
    ("selfie_id_mismatch", NoRename),
    ("credit_score_drop", NoRename),
    ("watch_battery_critical", NoRename),
    ("no_gps_fix", NoRename),
    ("guardian_unreachable", NoRename),
    ("ignition_on", NoRename),
    ("password_reuse", NoRename),
    ("sensor_end_of_life", NoRename),
    ("no_box_availability", NoRename),
    ("duplicate_serial_number", NoRename),
    ("check_in_overdue", NoRename),
    ("medical_id_incomplete", NoRename),
    ("unverified_neighbour", NoRename),
];
