//! A ninety-sixth held-out table for the naming rules (issue 21), written after the first
//! ninety-five tables (the ninety-seventh to ninety-ninth were being written beside it and were not
//! seen), by someone who had seen neither the rules' code nor their output. Like the tenth to
//! ninety-fifth, it reads like ordinary teams' own tracking plans rather than vendors' webhooks,
//! this time only for farming and agriculture operations, a few of which (a crop field records app,
//! a livestock herd app, a grain elevator's grower portal, a vineyard tool) earlier tables touched
//! from other sides: a crop planning and field records app, a livestock herd management app, a
//! dairy milking parlour system, a grain marketing and elevator app, farm machinery telematics, a
//! precision spraying and drone app, an agronomist's scouting app, a farm accounting and subsidy
//! claims tool, a farm shop and box scheme, a vineyard manager, an orchard picking crew app and a
//! poultry house controller. Event names are written as those teams write them: mostly snake_case
//! from the analytics plan, camelCase and PascalCase from the apps' and controllers' own calls
//! (some with leftover `on` and `handle` callback prefixes), and a few in Title Case with spaces
//! from older dashboards. They are modelled on and partly recalled from memory of public sources:
//! Agworld's, Gatekeeper's, Trimble Ag Software's and xarvio FIELD MANAGER's crop plans, rotations,
//! field operations, varieties, seed lots and season roll-overs, Herdwatch's, AgriWebb's, Breedr's
//! and CattleMax's pregnancy scans, mart sales, cattle passports, TB tests, turnouts, weaning and
//! herd groups, DeLaval DelPro's, Lely Horizon's, GEA DairyPlan's and Afimilk's robot milkings,
//! drafting gates, diverted milk, kick-offs, heat detection, culls and mastitis alerts, Bushel's,
//! GrainBridge's, FBN's and Cargill's forward contracts, target-price offers, scale tickets,
//! settlements and futures charts, John Deere Operations Center's, JDLink's, CLAAS TELEMATICS',
//! Case IH AFS Connect's and Fendt Connect's geofences, fuel levels, work data, guidance lines,
//! engine hours and service intervals, DJI Agras', XAG's, Hylio's and John Deere See & Spray's
//! missions, swath widths, nozzles, battery swaps, return-to-home points and buffer zones,
//! FarmQA's, Scouting Pro's, Trapview's and Plantix's weed pressure ratings, trap counts, photo
//! diagnoses, thresholds and signed-off recommendations, Figured's, Farmplan Cashbook's, Xero's and
//! the Rural Payments service's bank coding, enterprise budgets, VAT returns, SFI and BPS claims
//! and land parcels, Barn2Door's, Local Line's, Harvie's and Open Food Network's box skips, CSA
//! shares, collection slots, swaps, egg vending machines and wholesale orders, Vinsight's,
//! InnoVint's, Fruition Sciences' and Agrivi's pruning, hedging, berry samples, Brix readings,
//! frost fans, bird nets and bin tickets, Hectre's, PickTrace's, Croptracker's and FarmSoft's
//! clock-ins, bin scans, badges and piece rates, and Big Dutchman ViperTouch's, Fancom's, Munters
//! Rotem's and SKOV's setpoints, chick placements, feed bins, mortality counts, alarms, lighting
//! programs and depopulations, with the mistakes real teams make: verbs first, nouns of action,
//! `-ing` forms, camelCase, PascalCase and Title Case with spaces, vague words, generic UI words,
//! numbered UI words and steps, `_success`, `_error` and `_failure` suffixes, run-on words, plural
//! slips, present tenses with a person first, base verbs for pasts, abbreviations and leftover SDK
//! call prefixes (`on`, `handle`). Names are snake_cased where a plan would be, with the case kept
//! where it is the point. Each was labelled by hand before the rules were run on them. The author
//! read only the data arrays and comments of earlier tables (the ninety-fifth whole, to copy its
//! format), and checked with a grep, without reading the training table, that no name here is in
//! any of the first ninety-five tables or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_96: &[(&str, Label)] = &[
    // Already fine: a crop planning and field records app, Agworld-, Gatekeeper-, Trimble Ag
    // Software- and xarvio FIELD MANAGER-style (a noun of action in the object, a noun of action in
    // the object, a `to` phrase, a `to` phrase, a noun that looks like an `-ed` past inside the
    // object, a particle).
    ("crop_rotation_planned", Ok),
    ("nitrogen_application_logged", Ok),
    ("crop_plan_copied_to_next_season", Ok),
    ("wheat_variety_assigned_to_field", Ok),
    ("seed_lot_number_entered", Ok),
    ("harvest_record_closed_off", Ok),
    // Already fine: a livestock herd management app, Herdwatch-, AgriWebb-, Breedr- and
    // CattleMax-style (a multi-word object, an irregular past with an `at` phrase, a multi-word
    // object, a particle with a `with` phrase, an abbreviation in the object, an irregular
    // participle).
    ("ewe_pregnancy_scan_recorded", Ok),
    ("animal_sold_at_mart", Ok),
    ("cattle_passport_requested", Ok),
    ("bull_turned_out_with_heifers", Ok),
    ("herd_tb_test_booked", Ok),
    ("wormer_dose_given", Ok),
    // Already fine: a dairy milking parlour system, DeLaval DelPro-, Lely Horizon-, GEA DairyPlan-
    // and Afimilk-style (an `in` phrase, an `-ing` word in the object, the drafting gate's own verb
    // with a `to` phrase, a `from` phrase, a particle, a multi-word object).
    ("cow_milked_in_robot", Ok),
    ("milking_session_started", Ok),
    ("cow_drafted_to_treatment_pen", Ok),
    ("milk_diverted_from_bulk_tank", Ok),
    ("cluster_kicked_off", Ok),
    ("mastitis_alert_acknowledged", Ok),
    // Already fine: a grain marketing and elevator app, Bushel-, GrainBridge-, FBN- and
    // Cargill-style (a multi-word object, a multi-word object, a multi-word object, an `at` phrase,
    // an irregular past, a `to` phrase).
    ("forward_contract_signed", Ok),
    ("futures_chart_viewed", Ok),
    ("scale_ticket_received", Ok),
    ("offer_placed_at_target_price", Ok),
    ("grain_settlement_paid", Ok),
    ("load_delivered_to_elevator", Ok),
    // Already fine: farm machinery telematics, John Deere Operations Center-, JDLink-, CLAAS
    // TELEMATICS-, Case IH AFS Connect- and Fendt Connect-style (a multi-word object, a multi-word
    // object, an irregular past that looks like a base, a `to` phrase, a short object, a multi-word
    // object).
    ("machine_geofence_alert_raised", Ok),
    ("tractor_fuel_level_reported", Ok),
    ("service_interval_reset", Ok),
    ("work_data_synced_to_cloud", Ok),
    ("guidance_line_shared", Ok),
    ("combine_header_lowered", Ok),
    // Already fine: a precision spraying and drone app, DJI Agras-, XAG-, Hylio- and John Deere See
    // & Spray-style (a multi-word object, a multi-word object, a multi-word object, an irregular
    // past that looks like a base, a `to` phrase, an irregular participle with an `around` phrase).
    ("spray_drone_mission_uploaded", Ok),
    ("spray_tank_refilled", Ok),
    ("nozzle_blockage_cleared", Ok),
    ("spray_swath_width_set", Ok),
    ("drone_returned_to_home_point", Ok),
    ("buffer_zone_drawn_around_watercourse", Ok),
    // Already fine: an agronomist's scouting app, FarmQA-, Scouting Pro-, Trapview- and
    // Plantix-style (a short object, a multi-word object, a `from` phrase, a short object, a noun
    // of action as the object, a short object).
    ("weed_pressure_rated", Ok),
    ("pest_trap_count_entered", Ok),
    ("crop_disease_identified_from_photo", Ok),
    ("scouting_route_walked", Ok),
    ("agronomy_recommendation_issued", Ok),
    ("aphid_threshold_exceeded", Ok),
    // Already fine: a farm accounting and subsidy claims tool, Figured-, Farmplan Cashbook-, Xero-
    // and Rural Payments service-style (a multi-word object, an irregular past, an abbreviation in
    // the object, an abbreviation in the object, an irregular participle, a multi-word object).
    ("bank_transaction_coded", Ok),
    ("enterprise_budget_built", Ok),
    ("farm_vat_return_filed", Ok),
    ("sfi_application_submitted", Ok),
    ("land_parcel_claim_withdrawn", Ok),
    ("subsidy_payment_received", Ok),
    // Already fine: a farm shop and box scheme, Barn2Door-, Local Line-, Harvie- and Open Food
    // Network-style (a short word in the object, an abbreviation in the object, a multi-word
    // object, a particle, a multi-word object, a multi-word object).
    ("veg_box_delivery_skipped", Ok),
    ("csa_share_paused", Ok),
    ("farm_shop_collection_slot_booked", Ok),
    ("box_item_swapped_out", Ok),
    ("egg_vending_machine_restocked", Ok),
    ("wholesale_order_packed", Ok),
    // Already fine: a vineyard manager, Vinsight-, InnoVint-, Fruition Sciences- and Agrivi-style
    // (a short object, an irregular participle, a short object, an irregular past that looks like a
    // base, a particle, an irregular past that looks like a base with a particle).
    ("vine_block_pruned", Ok),
    ("berry_sample_taken", Ok),
    ("vine_row_hedged", Ok),
    ("grape_harvest_date_set", Ok),
    ("frost_fan_switched_on", Ok),
    ("bird_netting_put_up", Ok),
    // Already fine: an orchard picking crew app, Hectre-, PickTrace-, Croptracker- and
    // FarmSoft-style (a particle, a multi-word object, a `to` phrase, a multi-word object, a
    // multi-word object).
    ("picker_clocked_in", Ok),
    ("apple_bin_scanned", Ok),
    ("bin_credited_to_picker", Ok),
    ("piece_rate_changed", Ok),
    ("orchard_row_finished", Ok),
    // Already fine: a poultry house controller, Big Dutchman ViperTouch-, Fancom-, Munters Rotem-
    // and SKOV-style (a multi-word object, an `in` phrase, a noun that looks like an `-ed` past
    // inside the object, a multi-word object, a multi-word object).
    ("house_temperature_setpoint_changed", Ok),
    ("flock_placed_in_house", Ok),
    ("feed_bin_refilled", Ok),
    ("mortality_count_entered", Ok),
    ("lighting_program_changed", Ok),
    // A crop planning app: camelCase with a verb first, a `_success` on a noun, Title Case with
    // spaces already past, a run-on already past.
    ("createCropPlan", Rename(&["crop_plan_created"])),
    ("field_record_save_success", Rename(&["field_record_saved"])),
    (
        "Field Boundary Imported",
        Rename(&["field_boundary_imported"]),
    ),
    ("fieldoperationlogged", Rename(&["field_operation_logged"])),
    // A livestock app: camelCase with a verb first, an `-ing` form, a leftover `on` callback prefix
    // already past, a person first in the present tense.
    ("registerNewbornCalf", Rename(&["newborn_calf_registered"])),
    (
        "animal_movement_recording",
        Rename(&["animal_movement_recorded"]),
    ),
    ("onHerdGroupCreated", Rename(&["herd_group_created"])),
    ("farmer_weans_calves", Rename(&["calves_weaned"])),
    // A dairy parlour system: camelCase with a verb first, a `_failure` on a base verb (a failed
    // attachment stays failed), PascalCase already past, an `-ing` form, a verb first with a `for`
    // phrase.
    (
        "startMilking",
        Rename(&["milking_started", "milking_session_started"]),
    ),
    (
        "robot_teat_cup_attach_failure",
        Rename(&[
            "robot_teat_cup_attachment_failed",
            "teat_cup_attachment_failed",
        ]),
    ),
    ("CowInHeatDetected", Rename(&["cow_in_heat_detected"])),
    ("milk_yield_recording", Rename(&["milk_yield_recorded"])),
    ("flag_cow_for_cull", Rename(&["cow_flagged_for_cull"])),
    // A grain marketing app: camelCase with a verb first and a particle, Title Case with spaces
    // with an irregular past that looks like a base, an abbreviation already past, a base verb.
    (
        "lockInPrice",
        Rename(&["price_locked_in", "grain_price_locked_in"]),
    ),
    ("Cash Bid Alert Set", Rename(&["cash_bid_alert_set"])),
    ("scale_tkt_downloaded", Rename(&["scale_ticket_downloaded"])),
    (
        "grain_offer_cancel",
        Rename(&["grain_offer_cancelled", "grain_offer_canceled"]),
    ),
    // Farm machinery telematics: camelCase with a verb first and a `to` phrase, a leftover `handle`
    // callback prefix already past, an abbreviation already past, an `_error` on a noun of action
    // (a failed activation stays failed).
    (
        "sendWorkPlanToMachine",
        Rename(&["work_plan_sent_to_machine"]),
    ),
    (
        "handleMachineAlertReceived",
        Rename(&["machine_alert_received"]),
    ),
    ("engine_hrs_updated", Rename(&["engine_hours_updated"])),
    (
        "telematics_modem_activation_error",
        Rename(&["telematics_modem_activation_failed"]),
    ),
    // A spraying and drone app: camelCase with a verb first, PascalCase already past, a noun of
    // action, a person first in the present tense.
    ("startSprayMission", Rename(&["spray_mission_started"])),
    ("DroneBatterySwapped", Rename(&["drone_battery_swapped"])),
    (
        "drone_mission_completion",
        Rename(&["drone_mission_completed"]),
    ),
    ("pilot_pauses_spraying", Rename(&["spraying_paused"])),
    // An agronomist's scouting app: camelCase with a verb first, a leftover `on` callback prefix
    // already past, a base verb with a particle, a run-on already past.
    ("createScoutingReport", Rename(&["scouting_report_created"])),
    (
        "onPestObservationAdded",
        Rename(&["pest_observation_added"]),
    ),
    (
        "recommendation_sign_off",
        Rename(&["recommendation_signed_off"]),
    ),
    ("trapimagesuploaded", Rename(&["trap_images_uploaded"])),
    // A farm accounting and subsidy claims tool: camelCase with a verb first, Title Case with
    // spaces already past, a `_failure` on a base verb (a failed submission stays failed), a plural
    // slip (one parcel per event).
    ("submitSubsidyClaim", Rename(&["subsidy_claim_submitted"])),
    ("Sales Invoice Raised", Rename(&["sales_invoice_raised"])),
    (
        "bps_claim_submit_failure",
        Rename(&["bps_claim_submission_failed"]),
    ),
    ("land_parcels_mapped", Rename(&["land_parcel_mapped"])),
    // A farm shop and box scheme: camelCase with a verb first, PascalCase already past, a person
    // first in the present tense, an `-ing` form, a `_success` on a base verb.
    ("skipBoxDelivery", Rename(&["box_delivery_skipped"])),
    ("CsaShareRenewed", Rename(&["csa_share_renewed"])),
    ("customer_adds_box_extra", Rename(&["box_extra_added"])),
    (
        "csa_share_cancelling",
        Rename(&["csa_share_cancelled", "csa_share_canceled"]),
    ),
    (
        "farm_shop_order_place_success",
        Rename(&["farm_shop_order_placed"]),
    ),
    // A vineyard manager: camelCase with a verb first, a base verb, PascalCase already past, a noun
    // of action.
    ("logBrixReading", Rename(&["brix_reading_logged"])),
    (
        "grape_bin_ticket_print",
        Rename(&["grape_bin_ticket_printed"]),
    ),
    ("VineBlockCreated", Rename(&["vine_block_created"])),
    (
        "pruning_crew_assignment",
        Rename(&["pruning_crew_assigned"]),
    ),
    // An orchard picking crew app: camelCase with a verb first, a leftover `on` callback prefix
    // already past, a present tense with a particle, a base verb.
    ("scanPickerBadge", Rename(&["picker_badge_scanned"])),
    ("onBinFilled", Rename(&["bin_filled"])),
    ("picker_clocks_out", Rename(&["picker_clocked_out"])),
    ("bin_label_reprint", Rename(&["bin_label_reprinted"])),
    // A poultry house controller: camelCase with a verb first, a leftover `handle` callback prefix
    // already past, a noun of action, Title Case with spaces already past.
    (
        "setHouseTemperature",
        Rename(&[
            "house_temperature_set",
            "house_temperature_setpoint_changed",
        ]),
    ),
    (
        "handleHouseAlarmAcknowledged",
        Rename(&["house_alarm_acknowledged"]),
    ),
    (
        "chicks_placement",
        Rename(&["chicks_placed", "flock_placed"]),
    ),
    ("Flock Depopulated", Rename(&["flock_depopulated"])),
    // Vague: banned words (a field operations list, a herd screen, a parlour screen, an elevator's
    // bid page, a drone mission draft, a QA build of a claims tool, a vineyard's records).
    ("misc_field_operation_logged", Vague),
    ("herd_stuff_updated", Vague),
    ("parlour_screen_interacted", Vague),
    ("cash_bid_page_engaged", Vague),
    ("tmp_spray_mission_saved", Vague),
    ("test_subsidy_claim_submitted", Vague),
    ("vineyard_thing_added", Vague),
    // Vague: generic UI or action nouns as the whole object, named after where they are on the
    // screen (a telematics map, a scouting screen, a box scheme shop, an orchard crew list, a
    // poultry house dashboard, a drone app's home screen).
    ("telematics_map_button_tapped", Vague),
    ("scouting_modal_closed", Vague),
    ("box_scheme_popup_dismissed", Vague),
    ("orchard_crew_form_submitted", Vague),
    ("poultry_house_action_performed", Vague),
    ("drone_app_banner_clicked", Vague),
    // Vague: a numbered setup step (a milking robot), a numbered tab (a grain elevator app).
    ("milking_robot_setup_step_3_completed", Vague),
    ("elevator_app_tab2_opened", Vague),
    // Flagged, but no rename is right without more context: a bare noun, a bare noun, a state, a
    // state, a bare noun, a state in PascalCase, an error kind, a bare noun, a state, an error
    // kind, a state, a bare noun, a bare noun, a bare noun, a state.
    ("soil_moisture_deficit", NoRename),
    ("cow_somatic_cell_count", NoRename),
    ("bulk_tank_temperature_high", NoRename),
    ("grain_protein_below_spec", NoRename),
    ("basis_price", NoRename),
    ("TractorFuelLow", NoRename),
    ("rtk_correction_timeout", NoRename),
    ("spray_drift_risk", NoRename),
    ("potato_blight_risk_high", NoRename),
    ("subsidy_claim_overlapping_parcels", NoRename),
    ("veg_box_out_of_stock", NoRename),
    ("grape_maturity", NoRename),
    ("picker_productivity", NoRename),
    ("poultry_house_ammonia_level", NoRename),
    ("flock_water_intake_low", NoRename),
];
