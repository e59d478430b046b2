//! An eighty-sixth held-out table for the naming rules (issue 21), written after the first
//! eighty-three tables (the eighty-fourth, eighty-fifth and eighty-seventh were being written
//! beside it and were not seen), by someone who had seen neither the rules' code nor their output.
//! Like the tenth to eighty-third, it reads like ordinary teams' own tracking plans rather than
//! vendors' webhooks, this time only for transport operations run by companies, some of which
//! (public-transit ticketing, intercity coaches, airport parking and freight) earlier tables
//! touched from the passenger's or the shipper's side: a bus operator's driver duty app, a train
//! operator's delay repay claims, a taxi fleet dispatch console, a school bus tracking app for
//! parents, a bike-share rebalancing crew app, a port's berth scheduling tool, an airport
//! ground-handling turnaround app, a metro's accessibility assistance booking, a tram maintenance
//! defects log, a coach company's charter quote builder, a rail freight wagon tracker and a road
//! works permit system. Event names are written as operators' teams write them: mostly snake_case
//! from the data plan, with some PascalCase names kept from a legacy system's feed, some camelCase
//! calls from the apps (a few with leftover `on` and `handle` prefixes), a few names in Title Case
//! with spaces, British spellings and the abbreviations operators use (DR, ETA, BACS, ASAP, TOBT,
//! GPU, OLE, VOR, VPI, FPN, USRN). They are modelled on and partly recalled from memory of public
//! sources: Optibus', Trapeze OPS' and Omnibus' duty cards, running boards, duty swaps and rest day
//! working, DVSA's daily walkaround check and the GB domestic drivers' hours rules, National Rail's
//! Delay Repay as Avanti West Coast, LNER, GWR and Northern run it, with ticket uploads, rail
//! travel vouchers and the Rail Ombudsman, Autocab's, iCabbi's and Cordic's dispatch consoles,
//! plots, zone queues, account jobs, prebookings and no-shows, Zum's, Edulog's Parent Portal,
//! Stopfinder's and Here Comes the Bus' stop ETAs, arrival alerts and student RFID cards, Lyft's
//! Citi Bike, Santander Cycles' and Beryl's rebalancing vans, battery swaps and docking stations,
//! Navis N4's, PortXchange's and the Port of Felixstowe's berth windows, pilotage, towage, harbour
//! dues and shore power, Swissport's, Menzies' and dnata's turnaround apps, IATA's loadsheets,
//! EUROCONTROL A-CDM's TOBT and TSAT and Assaia's turnaround monitoring, National Rail's Passenger
//! Assist and TfL's turn-up-and-go help, ramps and step-free guides, Manchester Metrolink's and
//! Edinburgh Trams' defect logging with IBM Maximo work orders, pantograph and OLE inspections and
//! wheel lathes, Coach Manager's and Distance Dynamics' private hire quotes, deposits and driver
//! overnights, TOPS, DB Cargo's, Freightliner's and GB Railfreight's consists, Nexxiot's wagon
//! trackers and VPI exams, and the DfT's Street Manager, with permit schemes, early starts,
//! variations, fixed penalty notices, traffic management plans and reinstatements, with the
//! mistakes real teams make: verbs first, nouns of action, `-ing` forms, camelCase, PascalCase and
//! Title Case with spaces, vague words, generic UI and action words, numbered UI words and steps,
//! `_success`, `_error` and `_failure` suffixes, run-on words, present tenses with a person first,
//! base verbs for pasts, abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are
//! snake_cased where a plan would be, with the case kept where it is the point. Each was labelled
//! by hand before the rules were run on them. The author read only the data arrays of earlier
//! tables (the nineteenth and eighty-third whole, to copy their format), and checked with a grep,
//! without reading the training table, that no name here is in any of the first eighty-three tables
//! or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_86: &[(&str, Label)] = &[
    // Already fine: a bus operator's driver duty app, Optibus-, Trapeze OPS- and Omnibus-style (a
    // multi-word object, a particle with an `at` phrase, a multi-word object, a multi-word object,
    // an `-ing` word in the object, a `to` phrase).
    ("duty_card_viewed", Ok),
    ("driver_signed_on_at_depot", Ok),
    ("walkaround_check_submitted", Ok),
    ("duty_swap_requested", Ok),
    ("rest_day_working_accepted", Ok),
    ("vehicle_defect_reported_to_engineering", Ok),
    // Already fine: a train operator's delay repay claims, Avanti West Coast-, LNER-, GWR- and
    // Northern-style (a multi-word object with an irregular past, a multi-word object, a `by`
    // phrase with an abbreviation, an `as` phrase, a multi-word object, a `to` phrase).
    ("delay_repay_claim_made", Ok),
    ("season_ticket_photo_uploaded", Ok),
    ("compensation_paid_by_bacs", Ok),
    ("claim_rejected_as_duplicate", Ok),
    ("rail_travel_voucher_issued", Ok),
    ("claim_appealed_to_rail_ombudsman", Ok),
    // Already fine: a taxi fleet dispatch console, Autocab-, iCabbi- and Cordic-style (a `to`
    // phrase, a multi-word object, a particle-like word inside the object, a `by` phrase, a `from`
    // phrase, an abbreviation in the object).
    ("booking_dispatched_to_driver", Ok),
    ("account_job_created", Ok),
    ("passenger_no_show_recorded", Ok),
    ("fare_adjusted_by_controller", Ok),
    ("driver_suspended_from_dispatch", Ok),
    ("asap_booking_accepted", Ok),
    // Already fine: a school bus tracking app for parents, Zum-, Stopfinder-, Edulog- and Here
    // Comes the Bus-style (an abbreviation in the object, an irregular past, a `to` phrase, a
    // multi-word object, a `for` phrase, an irregular past that looks like a base).
    ("bus_stop_eta_viewed", Ok),
    ("bus_arrival_alert_set", Ok),
    ("child_added_to_account", Ok),
    ("pickup_stop_changed", Ok),
    ("absence_reported_for_morning_route", Ok),
    ("transport_office_message_read", Ok),
    // Already fine: a bike-share rebalancing crew app, Citi Bike-, Santander Cycles- and
    // Beryl-style (an `onto` phrase with a plural, a multi-word object, a short object, a `for`
    // phrase, an `-ing` word in the object, an adjective in the object).
    ("bikes_loaded_onto_van", Ok),
    ("dock_station_rebalanced", Ok),
    ("battery_swapped", Ok),
    ("bike_flagged_for_repair", Ok),
    ("rebalancing_task_completed", Ok),
    ("empty_station_restocked", Ok),
    // Already fine: a port's berth scheduling tool, Navis N4-, PortXchange- and Port of
    // Felixstowe-style (a multi-word object, an abbreviation in the object, a `for` phrase, a
    // multi-word object, a `to` phrase, a multi-word object).
    ("berth_window_allocated", Ok),
    ("vessel_eta_updated", Ok),
    ("pilot_booked_for_arrival", Ok),
    ("tug_order_confirmed", Ok),
    ("vessel_moved_to_anchorage", Ok),
    ("shore_power_cable_connected", Ok),
    // Already fine: an airport ground-handling turnaround app, Swissport-, Menzies-, dnata- and
    // Assaia-style (a particle-like word inside the object, an irregular past with a `to` phrase,
    // a multi-word object, a British `-ing` word as the object, an abbreviation, an abbreviation).
    ("chocks_on_recorded", Ok),
    ("loadsheet_sent_to_captain", Ok),
    ("pushback_clearance_received", Ok),
    ("fuelling_completed", Ok),
    ("tobt_updated", Ok),
    ("gpu_connected", Ok),
    // Already fine: a metro's accessibility assistance booking, TfL- and Passenger Assist-style (a
    // multi-word object, a `for` phrase with an `-ing` word, an adjective in the object, an
    // irregular past inside the object, an irregular past with an `at` phrase, a `to` phrase).
    ("assistance_booking_confirmed", Ok),
    ("ramp_requested_for_boarding", Ok),
    ("step_free_route_planned", Ok),
    ("lift_outage_alert_shown", Ok),
    ("passenger_met_at_platform", Ok),
    ("companion_added_to_booking", Ok),
    // Already fine: a tram maintenance defects log, Metrolink-, Edinburgh Trams- and Maximo-style
    // (a short object, a particle with a `by` phrase, a short object, an irregular participle with
    // a `from` phrase, a short object, an abbreviation in the object).
    ("defect_raised", Ok),
    ("defect_signed_off_by_fitter", Ok),
    ("pantograph_inspected", Ok),
    ("tram_withdrawn_from_service", Ok),
    ("wheelset_reprofiled", Ok),
    ("ole_fault_logged", Ok),
    // Already fine: a coach company's charter quote builder, Coach Manager- and Distance
    // Dynamics-style (an irregular past, a multi-word object, a `to` phrase, a multi-word object
    // with an irregular past, an abbreviation with an irregular past, a `to` phrase).
    ("charter_quote_built", Ok),
    ("pickup_point_added", Ok),
    ("overnight_stay_added_to_quote", Ok),
    ("private_hire_deposit_paid", Ok),
    ("quote_pdf_sent", Ok),
    ("coach_size_changed_to_midi", Ok),
    // Already fine: a rail freight wagon tracker, DB Cargo-, Freightliner- and GB
    // Railfreight-style (a `to` phrase, an `at` phrase, an `as` phrase, a short object, an
    // abbreviation in the object).
    ("wagon_attached_to_train", Ok),
    ("wagon_detached_at_yard", Ok),
    ("wagon_marked_as_defective", Ok),
    ("consist_confirmed", Ok),
    ("gps_tracker_fitted", Ok),
    // Already fine: a road works permit system, Street Manager-style (a multi-word object, a
    // multi-word object, a multi-word object, a short object, an `-ing` word in the object).
    ("early_start_requested", Ok),
    ("permit_variation_approved", Ok),
    ("fixed_penalty_notice_issued", Ok),
    ("reinstatement_registered", Ok),
    ("traffic_management_plan_attached", Ok),
    // A bus operator's driver duty app: camelCase with a verb first, PascalCase already past from
    // the legacy scheduling feed, a noun of action, a `_failure` (a failed check stays failed), a
    // person first in the present tense.
    ("signOnDuty", Rename(&["driver_signed_on"])),
    ("DutyCardPrinted", Rename(&["duty_card_printed"])),
    ("duty_swap_approval", Rename(&["duty_swap_approved"])),
    (
        "walkaround_check_failure",
        Rename(&["walkaround_check_failed"]),
    ),
    ("driver_requests_overtime", Rename(&["overtime_requested"])),
    // A train operator's delay repay claims: camelCase with a verb first, a base verb with an
    // abbreviation, Title Case with spaces already past, an `_error` (a failed upload stays
    // failed).
    (
        "submitDelayRepayClaim",
        Rename(&["delay_repay_claim_submitted"]),
    ),
    (
        "dr_claim_approve",
        Rename(&["dr_claim_approved", "delay_repay_claim_approved"]),
    ),
    ("Compensation Paid", Rename(&["compensation_paid"])),
    ("ticket_upload_error", Rename(&["ticket_upload_failed"])),
    // A taxi fleet dispatch console: a leftover `on` callback prefix already past, a noun of
    // action (a cancellation in either spelling), a person first in the present tense, a run-on
    // already past.
    ("onJobDispatched", Rename(&["job_dispatched"])),
    (
        "booking_cancellation",
        Rename(&["booking_cancelled", "booking_canceled"]),
    ),
    (
        "driver_goes_on_break",
        Rename(&["driver_break_started", "driver_went_on_break"]),
    ),
    ("meterstarted", Rename(&["meter_started"])),
    // A school bus tracking app for parents: camelCase with a verb first and a verb that does not
    // carry over, PascalCase already past from the legacy card-reader feed, a base verb, an `-ing`
    // form.
    (
        "trackBus",
        Rename(&["bus_location_viewed", "bus_map_viewed"]),
    ),
    ("StudentScannedOn", Rename(&["student_scanned_on"])),
    (
        "route_change_acknowledge",
        Rename(&["route_change_acknowledged"]),
    ),
    ("absence_reporting", Rename(&["absence_reported"])),
    // A bike-share rebalancing crew app: camelCase with a verb first, a `_success` on a noun of
    // action, an adjective for a past, Title Case with spaces already past.
    (
        "swapBattery",
        Rename(&["battery_swapped", "bike_battery_swapped"]),
    ),
    ("bike_collection_success", Rename(&["bike_collected"])),
    (
        "rebalance_task_complete",
        Rename(&["rebalance_task_completed", "rebalancing_task_completed"]),
    ),
    (
        "Bike Marked Broken",
        Rename(&["bike_marked_broken", "bike_marked_as_broken"]),
    ),
    // A port's berth scheduling tool: camelCase with a verb first, PascalCase already past with an
    // acronym from the legacy terminal system, a base verb, a `_failure` (a failed booking stays
    // failed).
    ("allocateBerth", Rename(&["berth_allocated"])),
    ("VesselETAChanged", Rename(&["vessel_eta_changed"])),
    ("berth_plan_publish", Rename(&["berth_plan_published"])),
    ("pilot_booking_failure", Rename(&["pilot_booking_failed"])),
    // An airport ground-handling turnaround app: a leftover `handle` callback prefix with a state
    // for a verb, a base verb, an `_error` on a noun of action (a failed transmission stays
    // failed), a person first in the present tense, a run-on with an adjective for a past.
    ("handleChocksOff", Rename(&["chocks_off_recorded"])),
    ("pushback_start", Rename(&["pushback_started"])),
    (
        "loadsheet_transmission_error",
        Rename(&["loadsheet_transmission_failed", "loadsheet_send_failed"]),
    ),
    (
        "ramp_agent_assigns_task",
        Rename(&["turnaround_task_assigned"]),
    ),
    ("fuellingcomplete", Rename(&["fuelling_completed"])),
    // A metro's accessibility assistance booking: camelCase with a verb first, a base verb (a
    // cancellation in either spelling), Title Case with spaces already past, a leftover `on`
    // callback prefix already past.
    ("bookAssistance", Rename(&["assistance_booked"])),
    (
        "assistance_booking_cancel",
        Rename(&[
            "assistance_booking_cancelled",
            "assistance_booking_canceled",
        ]),
    ),
    ("Ramp Deployed", Rename(&["ramp_deployed"])),
    (
        "onTurnUpAndGoRequested",
        Rename(&["turn_up_and_go_requested"]),
    ),
    // A tram maintenance defects log: camelCase with a verb first, PascalCase already past from
    // the legacy Maximo feed, a noun of action, an adjective for a past.
    ("raiseDefect", Rename(&["defect_raised"])),
    ("DefectClosed", Rename(&["defect_closed"])),
    (
        "defect_priority_change",
        Rename(&["defect_priority_changed"]),
    ),
    (
        "wheel_turning_complete",
        Rename(&["wheel_turning_completed"]),
    ),
    // A coach company's charter quote builder: camelCase with a verb first, a noun of action, a
    // person first in the present tense, Title Case with spaces and an acronym already past.
    (
        "buildQuote",
        Rename(&["quote_built", "charter_quote_built"]),
    ),
    (
        "charter_quote_acceptance",
        Rename(&["charter_quote_accepted"]),
    ),
    ("customer_pays_deposit", Rename(&["deposit_paid"])),
    ("Quote PDF Downloaded", Rename(&["quote_pdf_downloaded"])),
    // A rail freight wagon tracker: PascalCase already past from the legacy TOPS bridge, a base
    // verb with an operator's abbreviation, a noun of action, a `_failure` (a failed pairing stays
    // failed).
    ("WagonDetached", Rename(&["wagon_detached"])),
    (
        "wgn_location_update",
        Rename(&["wgn_location_updated", "wagon_location_updated"]),
    ),
    ("consist_confirmation", Rename(&["consist_confirmed"])),
    (
        "wagon_tracker_pairing_failure",
        Rename(&["wagon_tracker_pairing_failed"]),
    ),
    // A road works permit system: camelCase with a verb first and a verb that may not carry over,
    // a noun that is also a base verb, PascalCase already past with an acronym, a `_failure` (a
    // failed inspection stays failed).
    (
        "applyForStreetWorksPermit",
        Rename(&[
            "street_works_permit_application_submitted",
            "street_works_permit_requested",
        ]),
    ),
    (
        "permit_extension_request",
        Rename(&["permit_extension_requested"]),
    ),
    (
        "FPNIssued",
        Rename(&["fpn_issued", "fixed_penalty_notice_issued"]),
    ),
    (
        "site_inspection_failure",
        Rename(&["site_inspection_failed"]),
    ),
    // Vague: banned words (a tram depot's odds and ends, a QA vessel call, an agency driver in a
    // taxi fleet, a delay repay landing page, a duty app's home screen, a turnaround dashboard).
    ("misc_defect_logged", Vague),
    ("test_vessel_call_created", Vague),
    ("temp_driver_added", Vague),
    ("delay_repay_page_interacted", Vague),
    ("duty_app_engaged", Vague),
    ("turnaround_thing_flagged", Vague),
    // Vague: generic UI or action nouns as the whole object, some named after where they are on
    // the screen (a dispatch console, an assistance booking page, a quote builder, a parents' bus
    // map, a permit wizard, a rebalancing crew app).
    ("dispatch_console_button_clicked", Vague),
    ("assistance_form_submitted", Vague),
    ("quote_builder_modal_opened", Vague),
    ("bus_map_tooltip_shown", Vague),
    ("permit_wizard_dropdown_changed", Vague),
    ("rebalancing_action_performed", Vague),
    // Vague: a numbered claim step (a delay repay form), a numbered banner (a school bus app's
    // home screen), a numbered tab (a wagon tracker).
    ("claim_step_2_completed", Vague),
    ("home_banner2_clicked", Vague),
    ("wagon_list_tab3_opened", Vague),
    // Flagged, but no rename is right without more context: an `-ing` future event, a state with
    // an abbreviation, a state, a state, a state, a state, a bare noun, a state, a state, a state,
    // a state, a state, a state with an abbreviation, a bare noun, an error kind with an
    // abbreviation.
    ("bus_arriving_soon", NoRename),
    ("tram_vor", NoRename),
    ("driver_out_of_hours", NoRename),
    ("claim_outside_time_limit", NoRename),
    ("no_drivers_available", NoRename),
    ("docking_station_full", NoRename),
    ("berth_conflict", NoRename),
    ("turnaround_behind_schedule", NoRename),
    ("lift_out_of_service", NoRename),
    ("assistance_pending", NoRename),
    ("defect_overdue", NoRename),
    ("coach_unavailable_on_date", NoRename),
    ("wagon_overdue_for_vpi", NoRename),
    ("street_works_clash", NoRename),
    ("invalid_usrn", NoRename),
];
