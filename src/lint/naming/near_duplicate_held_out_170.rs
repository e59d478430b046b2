//! A hundred-and-seventieth held-out table for naming/near-duplicate (issue 21), written in the
//! eighteenth session (its second batch) after the first hundred and sixty-seven tables (the other
//! three of this batch, 168th to 171st, were being written beside it and were not seen), by someone
//! who had seen neither the rule's code nor its output: event-name pairs of the kind a well
//! drilling and pump contractor's, a state agency's, a pump maker's and a water-testing lab's own
//! tracking plans collect over years, when the iOS and Android rig, technician and owner apps'
//! calls in camelCase and PascalCase and a snake_case data plan, a UK or Canadian team and an
//! American one, full words and the abbreviations the trade types (rpt, td, swl, sub, psi, coc, tc,
//! ro, tech, gw, dtw), synonyms two teams picked (sealed and plugged, set and installed, finished
//! and completed, bladder tank and pressure tank, read and retrieved, shipped and mailed, released
//! and published, changed and replaced, disinfected and shock chlorinated, no water and out of
//! water, enabled and turned on, quote and estimate, billed and invoiced, a well construction
//! report and a well log), spellings (licence and license, mobilised and mobilized, bore hole and
//! borehole, ecoli and e_coli), a verb-first call and an object-first one, a passive and an active
//! word order, or an old system and a new one each name the same event (this time only water well
//! drilling and pump service: well permits and state well-driller reporting, drilling rigs and bore
//! depth, pump installs, pressure tanks and constant pressure drives, water-testing lab portals,
//! water treatment systems, service calls, state and federal groundwater databases, a well owner's
//! app and site, and drilling estimates and invoices), drawn from memory of public specs and real
//! products, about a dozen of them (Texas TDLR's Submitted Driller's Reports and plugging reports;
//! the Minnesota Department of Health's well and sealing notifications and well records; Wisconsin
//! DNR's well construction reports and pump installer licences; the USGS National Water Information
//! System's monitoring wells, depth-to-water readings and provisional and approved data; Franklin
//! Electric's FE Connect with its drives' fault codes, underload and overload faults, dry-run
//! protection, sleep mode and firmware; Grundfos GO's pump pairing and settings backups; Pentair's
//! home app with its softener regenerations, resin, iron filters, UV lamps and reverse osmosis;
//! ServiceTitan's, Jobber's and FieldEdge's no-water calls, dispatches, escalations, after-hours
//! fees, estimates, deposits and invoices for well contractors; Tap Score's and state-certified
//! labs' sample kits, chains of custody, coliform resamples and arsenic and uranium results; and
//! the National Ground Water Association's WellOwner.org with its contractor directory, checkup
//! reminders and well care emails). Each pair has a one-line description per name and was labelled
//! by hand before the rule was run on them. Only the data arrays and comments of earlier tables
//! (the ninety-ninth and hundred-and-sixty-seventh whole, to copy their format) were read, and a
//! grep, listing only file names and without reading the training table, checked that no name here
//! is in any of the earlier tables (the first, inside `held_out.rs`, included) or in the training
//! table. Never tune the rule to these.

/// `(name_a, description_a, name_b, description_b, same)`: `same` is true when a reviewer
/// would say the two names are one thing tracked twice (merge them), false when they are two
/// different things that both legitimately exist.
pub(super) const HELD_OUT_PAIRS_170: &[(&str, &str, &str, &str, bool)] = &[
    (
        "WellCompletionReportFiled",
        "iOS rig app (PascalCase): well completion report filed.",
        "well_completion_report_filed",
        "A driller filed the state's report on a newly finished well.",
        true,
    ),
    (
        "state_well_rpt_filed",
        "Old driller portal (abbreviated): state well rpt filed.",
        "state_well_report_filed",
        "A driller sent a new well's log and construction details to the state.",
        true,
    ),
    (
        "well_construction_report_filed",
        "Wisconsin team's portal: well construction report filed.",
        "well_log_filed_with_state",
        "A driller filed the record of how a new well was built with the state.",
        true,
    ),
    (
        "pump_installer_licence_renewed",
        "Canadian team's app: pump installer licence renewed.",
        "pump_installer_license_renewed",
        "A pump installer renewed their state licence for another year.",
        true,
    ),
    (
        "abandoned_well_sealed",
        "Old well log app: abandoned well sealed.",
        "abandoned_well_plugged",
        "A driller filled an unused well with grout so it can no longer carry water.",
        true,
    ),
    (
        "drilling_rig_mobilised",
        "UK team's app: drilling rig mobilised.",
        "drilling_rig_mobilized",
        "A drilling rig was moved to a customer's property to start a well.",
        true,
    ),
    (
        "bore_hole_drilled",
        "Old rig app: bore hole drilled.",
        "borehole_drilled",
        "The crew finished drilling the hole for a new well.",
        true,
    ),
    (
        "td_reached",
        "Rig log (abbreviated): TD reached.",
        "total_depth_reached",
        "The drill got to the final depth planned for the well.",
        true,
    ),
    (
        "steel_casing_set",
        "Old rig log: steel casing set.",
        "steel_casing_installed",
        "The crew put steel casing into the borehole.",
        true,
    ),
    (
        "grouted_annulus",
        "Old Android app (verb first): grouted annulus.",
        "annulus_grouted",
        "The gap between the casing and the borehole wall was sealed with grout.",
        true,
    ),
    (
        "swl_recorded",
        "Rig log (abbreviated): SWL recorded.",
        "static_water_level_recorded",
        "The crew wrote down how far below ground the water stands at rest.",
        true,
    ),
    (
        "well_development_finished",
        "Old rig app: well development finished.",
        "well_development_completed",
        "The crew finished clearing fines from a new well until it pumped clean.",
        true,
    ),
    (
        "sub_pump_pulled",
        "Technician app (abbreviated): sub pump pulled.",
        "submersible_pump_pulled",
        "A technician hoisted a submersible pump out of a well.",
        true,
    ),
    (
        "spliceDropCable",
        "Android app (camelCase, verb first): splice drop cable.",
        "drop_cable_spliced",
        "A technician joined the pump's power cable to the drop cable.",
        true,
    ),
    (
        "JetPumpPrimed",
        "Android app (PascalCase): jet pump primed.",
        "jet_pump_primed",
        "A technician filled a jet pump with water so it could start drawing.",
        true,
    ),
    (
        "bladder_tank_installed",
        "Old service app: bladder tank installed.",
        "well_pressure_tank_installed",
        "A technician fitted a new pressure tank on a well system.",
        true,
    ),
    (
        "precharge_pressure_adjusted",
        "Old service app: precharge pressure adjusted.",
        "air_precharge_adjusted",
        "A technician changed the air pressure in a tank to match the pump's settings.",
        true,
    ),
    (
        "cut_in_psi_changed",
        "Technician app (abbreviated): cut-in psi changed.",
        "cut_in_pressure_changed",
        "The pressure at which the pump turns on was changed.",
        true,
    ),
    (
        "drive_fault_code_read",
        "Old drive app: drive fault code read.",
        "drive_fault_code_retrieved",
        "A technician pulled the last fault code from a pump drive over Bluetooth.",
        true,
    ),
    (
        "pump_paired_with_app",
        "iOS app: pump paired with app.",
        "app_paired_with_pump",
        "A technician connected the phone app to a pump or drive for setup.",
        true,
    ),
    (
        "well_sampling_kit_shipped",
        "Lab portal: well sampling kit shipped.",
        "well_sampling_kit_mailed",
        "The lab sent sample bottles and instructions to a well owner.",
        true,
    ),
    (
        "coc_completed",
        "Lab portal (abbreviated): COC completed.",
        "chain_of_custody_completed",
        "The sampler filled in and signed the form that travels with a sample.",
        true,
    ),
    (
        "lab_report_released",
        "Old lab system: lab report released.",
        "lab_report_published",
        "A well owner's water analysis report was made available in the portal.",
        true,
    ),
    (
        "tc_detected",
        "Lab export (abbreviated): TC detected.",
        "total_coliform_detected",
        "The lab found total coliform bacteria in a well water sample.",
        true,
    ),
    (
        "ecoli_detected",
        "Old lab system: ecoli detected.",
        "e_coli_detected",
        "The lab found E. coli in a well water sample.",
        true,
    ),
    (
        "softener_resin_replaced",
        "Old service app: softener resin replaced.",
        "softener_resin_bed_replaced",
        "A technician swapped the worn resin in a water softener for new resin.",
        true,
    ),
    (
        "uv_sterilizer_lamp_changed",
        "Old service app: UV sterilizer lamp changed.",
        "uv_sterilizer_lamp_replaced",
        "A technician put a new lamp in a UV disinfection unit.",
        true,
    ),
    (
        "well_system_disinfected",
        "Old service app: well system disinfected.",
        "well_system_shock_chlorinated",
        "A technician dosed a well and its plumbing with chlorine to kill bacteria.",
        true,
    ),
    (
        "ro_system_installed",
        "Treatment app (abbreviated): RO system installed.",
        "reverse_osmosis_system_installed",
        "A reverse osmosis drinking water unit was fitted under a sink.",
        true,
    ),
    (
        "no_water_call_received",
        "Old dispatch board: no water call received.",
        "out_of_water_call_received",
        "A well owner called to say no water was coming from the taps.",
        true,
    ),
    (
        "tech_dispatched_to_well",
        "Dispatch board (abbreviated): tech dispatched to well.",
        "technician_dispatched_to_well",
        "A dispatcher sent a technician to a customer's well.",
        true,
    ),
    (
        "WellServiceVisitCompleted",
        "iOS technician app (PascalCase): well service visit completed.",
        "well_service_visit_completed",
        "A technician finished the work on a well service visit.",
        true,
    ),
    (
        "motor_amps_measured",
        "Technician app (abbreviated): motor amps measured.",
        "motor_amperage_measured",
        "A technician read the current a pump motor draws while running.",
        true,
    ),
    (
        "well_record_lookup_completed",
        "Old state database: well record lookup completed.",
        "well_record_looked_up",
        "A user found a well's record in the state database.",
        true,
    ),
    (
        "gw_level_measured",
        "Field app (abbreviated): gw level measured.",
        "groundwater_level_measured",
        "A field crew measured the water level in a monitoring well.",
        true,
    ),
    (
        "dtw_recorded",
        "Field app (abbreviated): DTW recorded.",
        "depth_to_water_recorded",
        "The depth from the ground to the water in a well was written down.",
        true,
    ),
    (
        "checkup_reminder_enabled",
        "Android owner app: checkup reminder enabled.",
        "checkup_reminder_turned_on",
        "A well owner switched on the yearly well checkup reminder.",
        true,
    ),
    (
        "searched_contractor_directory",
        "Old owner site (verb first): searched contractor directory.",
        "contractor_directory_searched",
        "A well owner searched the directory of licensed well contractors.",
        true,
    ),
    (
        "well_drilling_quote_sent",
        "Old sales tool: well drilling quote sent.",
        "well_drilling_estimate_sent",
        "A contractor sent a homeowner the price for drilling a new well.",
        true,
    ),
    (
        "drilled_footage_billed",
        "Old invoicing tool: drilled footage billed.",
        "drilled_footage_invoiced",
        "The customer was charged for the feet actually drilled.",
        true,
    ),
    (
        "well_permit_requested",
        "A driller applied to the county for a permit to drill a well.",
        "well_permit_granted",
        "The county approved a driller's well permit application.",
        false,
    ),
    (
        "well_report_submitted_to_state",
        "A driller sent one well's report to the state.",
        "well_reports_submitted_in_batch",
        "A driller sent many well reports to the state at once, with the count.",
        false,
    ),
    (
        "well_log_filed",
        "A driller filed a well's log with the state.",
        "well_log_rejected_by_state",
        "The state sent a filed well log back as incomplete.",
        false,
    ),
    (
        "new_well_notification_filed",
        "A driller told the state a new well is about to be drilled.",
        "well_sealing_notification_filed",
        "A driller told the state an old well is about to be sealed.",
        false,
    ),
    (
        "drilling_rig_set_up_on_pad",
        "The crew parked and levelled the rig over the well spot.",
        "drilling_rig_torn_down",
        "The crew packed up the rig after the well was finished.",
        false,
    ),
    (
        "drilling_paused_for_weather",
        "The crew stopped drilling because of storms or frozen ground.",
        "drilling_resumed_after_weather",
        "The crew started drilling again after bad weather.",
        false,
    ),
    (
        "pilot_hole_drilled",
        "The crew drilled a narrow first hole to find the water.",
        "borehole_reamed",
        "The crew widened a drilled hole to fit the casing.",
        false,
    ),
    (
        "lost_circulation_reported",
        "Drilling fluid stopped coming back up the hole.",
        "circulation_regained",
        "Drilling fluid started coming back up the hole again.",
        false,
    ),
    (
        "casing_seated_in_bedrock",
        "The bottom of the casing was driven firmly into rock.",
        "liner_set_inside_casing",
        "A smaller plastic liner was put inside the well's casing.",
        false,
    ),
    (
        "bentonite_grout_pumped",
        "The crew sealed the casing with bentonite clay grout.",
        "neat_cement_grout_pumped",
        "The crew sealed the casing with cement grout.",
        false,
    ),
    (
        "submersible_pump_lowered",
        "A technician reset a submersible pump deeper in a well.",
        "submersible_pump_raised",
        "A technician reset a submersible pump higher in a well.",
        false,
    ),
    (
        "pump_motor_replaced",
        "A technician put a new motor on a submersible pump.",
        "pump_end_replaced",
        "A technician put a new wet end on a submersible pump, keeping the motor.",
        false,
    ),
    (
        "check_valve_installed",
        "A technician fitted a check valve in a well's drop pipe.",
        "check_valve_removed",
        "A technician took a check valve out of a well's drop pipe.",
        false,
    ),
    (
        "single_pump_install_logged",
        "A technician logged one pump install.",
        "pump_installs_imported_in_bulk",
        "An office manager imported many past pump installs at once, with the count.",
        false,
    ),
    (
        "pump_shut_off_by_low_pressure_cutoff",
        "The pressure switch stopped the pump when pressure fell too low.",
        "low_pressure_cutoff_reset",
        "A technician or owner reset the pressure switch after a low-pressure shut-off.",
        false,
    ),
    (
        "tank_precharge_raised",
        "A technician added air to a pressure tank.",
        "tank_precharge_lowered",
        "A technician let air out of a pressure tank.",
        false,
    ),
    (
        "drive_underload_fault_logged",
        "A pump drive saw too little load, as when a well runs dry.",
        "drive_overload_fault_logged",
        "A pump drive saw too much load, as when a pump is jammed.",
        false,
    ),
    (
        "drive_firmware_updated",
        "A pump drive installed new firmware from the app.",
        "drive_settings_backed_up",
        "A technician saved a copy of a drive's settings to the app.",
        false,
    ),
    (
        "dry_run_protection_enabled",
        "A technician turned on a drive's protection against running dry.",
        "dry_run_protection_disabled",
        "A technician turned off a drive's protection against running dry.",
        false,
    ),
    (
        "drive_entered_sleep_mode",
        "A constant pressure drive stopped the pump when no water was used.",
        "drive_woke_from_sleep_mode",
        "A sleeping drive started the pump again when a tap opened.",
        false,
    ),
    (
        "well_water_sample_collected",
        "A well owner or technician filled the lab's sample bottles.",
        "water_sample_rejected_by_lab",
        "The lab refused a sample as too old, too warm or wrongly bottled.",
        false,
    ),
    (
        "sample_kit_ordered_by_owner",
        "A well owner bought a water sample kit online.",
        "sample_kit_activated_online",
        "A well owner registered a kit's code before sending the sample.",
        false,
    ),
    (
        "coliform_resample_requested",
        "The lab asked for a new sample after a positive coliform result.",
        "coliform_resample_collected",
        "A new sample was taken to recheck a positive coliform result.",
        false,
    ),
    (
        "arsenic_result_posted",
        "The lab posted a sample's arsenic result.",
        "uranium_result_posted",
        "The lab posted a sample's uranium result.",
        false,
    ),
    (
        "lab_results_shared_with_contractor",
        "A well owner let their well contractor see their results.",
        "lab_results_shared_with_county",
        "Results were sent to the county health department.",
        false,
    ),
    (
        "softener_regeneration_started",
        "A water softener began cleaning and recharging its resin.",
        "softener_regeneration_skipped",
        "A softener skipped a planned regeneration because little water was used.",
        false,
    ),
    (
        "uv_lamp_expiry_warning_shown",
        "A UV unit warned that its lamp is near the end of its life.",
        "uv_lamp_failure_alarm_raised",
        "A UV unit's alarm went off because its lamp stopped working.",
        false,
    ),
    (
        "iron_filter_installed",
        "A technician fitted a new iron filter on a well system.",
        "iron_filter_serviced",
        "A technician serviced an existing iron filter.",
        false,
    ),
    (
        "well_shock_chlorination_scheduled",
        "A technician booked a date to chlorinate a well.",
        "post_chlorination_sample_collected",
        "A sample was taken after chlorination to check the water is clear.",
        false,
    ),
    (
        "well_service_call_escalated",
        "A service call was passed to a senior technician or the pump maker.",
        "well_service_call_cancelled",
        "A well owner called off a service call before the technician came.",
        false,
    ),
    (
        "technician_en_route_to_well",
        "A technician set off toward a customer's well.",
        "technician_left_well_site",
        "A technician drove away from a customer's well after the job.",
        false,
    ),
    (
        "after_hours_fee_charged",
        "An after-hours call-out fee was added to a well service invoice.",
        "after_hours_fee_waived",
        "The after-hours call-out fee was taken off a well service invoice.",
        false,
    ),
    (
        "service_call_put_on_hold_for_parts",
        "A well service call was paused until parts arrived.",
        "service_call_resumed_with_parts",
        "A paused well service call carried on once the parts arrived.",
        false,
    ),
    (
        "water_level_reading_marked_provisional",
        "A new water level reading was published as not yet reviewed.",
        "water_level_reading_approved",
        "A hydrologist reviewed a water level reading and approved it.",
        false,
    ),
    (
        "monitoring_well_site_activated",
        "A monitoring well started reporting water levels to the network.",
        "monitoring_well_site_discontinued",
        "A monitoring well stopped being measured for the network.",
        false,
    ),
    (
        "well_record_corrected",
        "Staff fixed a wrong depth or location in a well's record.",
        "well_record_merged_with_duplicate",
        "Staff joined two records of the same well into one.",
        false,
    ),
    (
        "well_checkup_reminder_snoozed",
        "A well owner put off a yearly checkup reminder for a few weeks.",
        "well_checkup_reminder_dismissed",
        "A well owner cleared a yearly checkup reminder for good.",
        false,
    ),
    (
        "well_owner_newsletter_subscribed_to",
        "A well owner signed up for well care emails.",
        "well_owner_newsletter_unsubscribed_from",
        "A well owner stopped getting well care emails.",
        false,
    ),
    (
        "drilling_estimate_accepted",
        "A homeowner accepted a contractor's price for a new well.",
        "drilling_estimate_revised",
        "A contractor changed the price of a well estimate.",
        false,
    ),
    (
        "drilling_deposit_collected",
        "A contractor took a deposit before drilling a well.",
        "drilling_deposit_refunded",
        "A contractor paid back a deposit after a well job was called off.",
        false,
    ),
];
