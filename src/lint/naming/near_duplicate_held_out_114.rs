//! A hundred-and-fourteenth held-out table for naming/near-duplicate (issue 21), written in the
//! thirteenth session after the first hundred and eleven tables (the other three of this session,
//! the hundred-and-twelfth, hundred-and-thirteenth and hundred-and-fifteenth, were being written
//! beside it and were not seen), by someone who had seen neither the rule's code nor its output:
//! event-name pairs of the kind a mining, quarrying or forestry company's own tracking plan
//! collects over years, when its tablet, cab and handheld apps' calls in camelCase and PascalCase
//! and its snake_case data plan, an Australian or UK site and a North American one, full words and
//! the abbreviations the trade types (estop, rqd, pm, loto, agg, vol, pkg, gw, pm10, env), synonyms
//! two teams picked (tipped and dumped, pattern and design, dipped and depth measured, close call
//! and near miss, signed off and accepted, coded and assigned, docket and ticket, landed and
//! delivered, unit and block, tagged and labelled, pulled and unloaded, boxes and shipment,
//! allocated and assigned, exceeded and breached, raised and reported), verb-first and
//! object-first, or an old system and a new one each name the same event (this time only mining,
//! quarrying and forestry operations: a haul truck fleet management system, a blast planning and
//! charging app, a drill core logging and sample tracking tool, a drill rig's production and health
//! telemetry, a mine safety system with collision avoidance, fatigue monitoring, lockouts and
//! refuge chambers, a shift handover and production reporting tool, a quarry's weighbridge, crusher
//! and aggregate sales, a timber harvester's and forwarder's cab software, a log scaling and load
//! ticket app, a sawmill's grading, kiln and lumber yard inventory, a reforestation planting crew's
//! app and a site's environmental monitoring), drawn from memory of public specs and real products
//! (Caterpillar MineStar Fleet's, Modular Mining DISPATCH's and Wenco's truck dispatch, shovel
//! loading, dumps, haul road closures, fleet reassignments and autonomous truck pauses and
//! emergency stops; Orica SHOTPlus' and BlastIQ's and Dyno Nobel's blast designs, dipped, primed
//! and stemmed holes, blast guards, delayed and cancelled blasts, misfires and re-entry; Seequent
//! MX Deposit's, acQuire GIM Suite's and Imdex Hub's logged core, wet and dry core photos, RQD,
//! assay batches and results, planned and picked-up collars and certified standards and field
//! duplicates; Epiroc Certiq's and Sandvik OptiMine's drill plans, rig PMs, tramming, set-ups,
//! redrilled and abandoned holes and autodrill; Hexagon MineProtect's and Caterpillar Driver Safety
//! System's proximity alerts and fatigue alerts, SafetyCulture's pre-start checks and MineARC's
//! refuge chambers, personal locks and tag boards; Micromine Pitram's, Deswik's and HxGN
//! MineOperate's handovers, shift reports, delay codes and crew lineups; Loadrite's and Command
//! Alkon's weighbridge tickets, weigh-ins and weigh-outs, aggregate orders and rejected loads,
//! crushers and Propeller's drone stockpile surveys; John Deere TimberMatic's, Komatsu Forest
//! MaxiFleet's and Ponsse's processed stems, sawlogs and pulpwood, saw bars and chains, forwarder
//! trips and loads and harvest blocks; Timbeter's log pile volumes and Trimble LoggerTrac's scale
//! tickets, check scales, culls, defect deductions and voided tickets; USNR's and Microtec's
//! scanner grading, kiln charges, lumber packages and yard counts; Terraformation Terraware's
//! survival surveys and planting contractors' tallies, seedling shipments, heeled-in seedlings,
//! block allocations and piece rates; and EarthSoft EQuIS', Envirosuite's, Aeroqual's and
//! Instantel's groundwater samples, PM10 trigger levels, blast vibration readings, noise
//! complaints, water discharges and environmental incidents). Each pair has a one-line description
//! per name and was labelled by hand before the rule was run on them. Only the data arrays and
//! comments of earlier tables (the ninety-ninth and hundred-and-eleventh whole, to copy their
//! format) were read, and a grep, without reading the training table, checked that no name here is
//! in any of the earlier tables or in the training table. Never tune the rule to these.

/// `(name_a, description_a, name_b, description_b, same)`: `same` is true when a reviewer
/// would say the two names are one thing tracked twice (merge them), false when they are two
/// different things that both legitimately exist.
pub(super) const HELD_OUT_PAIRS_114: &[(&str, &str, &str, &str, bool)] = &[
    (
        "HaulTruckDispatched",
        "Supervisor's iPad app (PascalCase): haul truck dispatched.",
        "haul_truck_dispatched_to_loader",
        "The dispatch system sent a haul truck to its next loading unit.",
        true,
    ),
    (
        "truck_tipped_at_crusher",
        "Australian site's plan: truck tipped at crusher.",
        "truck_dumped_at_crusher",
        "A haul truck emptied its load into the primary crusher.",
        true,
    ),
    (
        "loaded_haul_truck",
        "Old fleet system export: loaded haul truck.",
        "haul_truck_loaded_by_shovel",
        "A shovel or loader finished filling a haul truck.",
        true,
    ),
    (
        "autonomous_truck_estop_triggered",
        "Autonomous haulage feed (abbreviated): estop triggered.",
        "autonomous_truck_emergency_stop_triggered",
        "An autonomous haul truck was halted by an emergency stop.",
        true,
    ),
    (
        "blast_pattern_approved",
        "Old drill and blast app: blast pattern approved.",
        "blast_design_approved",
        "An engineer signed off the hole layout and charging plan for a blast.",
        true,
    ),
    (
        "quarryBlastFired",
        "Android app (camelCase): quarry blast fired.",
        "quarry_blast_fired",
        "The shotfirer set off a blast at a quarry face.",
        true,
    ),
    (
        "blasthole_dipped",
        "Old charging app: blasthole dipped.",
        "blast_hole_depth_measured",
        "A crew measured a drilled hole's depth and water before charging it.",
        true,
    ),
    (
        "blast_area_reentry_approved",
        "Old safety app: blast area reentry approved.",
        "blast_area_re_entry_approved",
        "The shotfirer let people back into the blast area once the fumes had cleared.",
        true,
    ),
    (
        "DrillholeLogged",
        "Field tablet (PascalCase): drillhole logged.",
        "drill_hole_core_logged",
        "A geologist finished logging the core from one drill hole.",
        true,
    ),
    (
        "assay_batch_sent_to_lab",
        "Old sample tracking app: assay batch sent to lab.",
        "assay_batch_dispatched_to_lab",
        "A batch of core samples left site for the assay laboratory.",
        true,
    ),
    (
        "rqd_recorded",
        "Core logging app (abbreviated): RQD recorded.",
        "rock_quality_designation_recorded",
        "A geologist entered how much of a core run came out in sound pieces.",
        true,
    ),
    (
        "rig_drill_plan_received",
        "Old rig display: rig drill plan received.",
        "drill_plan_received_by_rig",
        "A drill rig downloaded the hole plan for its next pattern.",
        true,
    ),
    (
        "rigPmCompleted",
        "Android maintenance app (camelCase, abbreviated): rig PM completed.",
        "rig_preventive_maintenance_completed",
        "A fitter finished the scheduled service on a drill rig.",
        true,
    ),
    (
        "hole_drilled_to_depth",
        "Old rig telemetry: hole drilled to depth.",
        "hole_completed_to_design_depth",
        "A rig finished drilling a hole down to its planned depth.",
        true,
    ),
    (
        "underground_close_call_logged",
        "Old incident app: underground close call logged.",
        "underground_near_miss_reported",
        "A worker reported something that nearly caused an injury.",
        true,
    ),
    (
        "ProximityAlertRaised",
        "In-cab display (PascalCase): proximity alert raised.",
        "proximity_alert_raised",
        "The collision avoidance system warned an operator of a vehicle or person close by.",
        true,
    ),
    (
        "prestart_check_done",
        "Old paper-form app: prestart check done.",
        "pre_start_check_completed",
        "An operator finished the checklist on their machine before the shift.",
        true,
    ),
    (
        "loto_isolation_applied",
        "Maintenance app (abbreviated): LOTO isolation applied.",
        "lockout_tagout_isolation_applied",
        "A fitter isolated a machine and put their lock and tag on it.",
        true,
    ),
    (
        "handover_signed_off",
        "Old handover app: handover signed off.",
        "shift_handover_accepted",
        "The incoming supervisor accepted the outgoing shift's handover.",
        true,
    ),
    (
        "shiftReportSubmitted",
        "Android app (camelCase): shift report submitted.",
        "end_of_shift_report_submitted",
        "A supervisor sent in the end-of-shift production and delay report.",
        true,
    ),
    (
        "delay_reason_coded",
        "Old fleet system: delay reason coded.",
        "delay_code_assigned",
        "A controller put a reason code against a stop in production.",
        true,
    ),
    (
        "weighbridge_docket_issued",
        "UK quarry's system: weighbridge docket issued.",
        "weighbridge_ticket_issued",
        "A driver got the printed weight and delivery ticket at the weighbridge.",
        true,
    ),
    (
        "agg_order_placed",
        "Sales app (abbreviated): agg order placed.",
        "aggregate_order_placed",
        "A customer ordered crushed stone or sand for delivery.",
        true,
    ),
    (
        "stockpile_drone_survey_flown",
        "Survey team's plan: stockpile drone survey flown.",
        "stockpile_drone_flight_completed",
        "A drone finished flying over the stockpiles to measure them.",
        true,
    ),
    (
        "HarvesterStemProcessed",
        "Harvester cab PC (PascalCase): harvester stem processed.",
        "harvester_stem_processed",
        "A harvester felled one tree and cut it into logs.",
        true,
    ),
    (
        "forwarder_load_landed",
        "Old forwarder log: forwarder load landed.",
        "forwarder_load_delivered_to_landing",
        "A forwarder dropped a load of logs at the roadside landing.",
        true,
    ),
    (
        "harvest_unit_closed_out",
        "US crew's app: harvest unit closed out.",
        "harvest_block_closed_out",
        "A logging contractor finished all cutting on a block and closed it.",
        true,
    ),
    (
        "logScaleTicketIssued",
        "Android scaler app (camelCase): log scale ticket issued.",
        "log_scale_ticket_issued",
        "A scaler issued the ticket recording a truckload's log volume.",
        true,
    ),
    (
        "log_vol_estimated",
        "Photo app (abbreviated): log vol estimated.",
        "log_volume_estimated",
        "The app worked out a log pile's volume from a photo.",
        true,
    ),
    (
        "log_cull_recorded",
        "Old scaling sheet: log cull recorded.",
        "log_culled",
        "A scaler rejected a log as unusable because of rot or breakage.",
        true,
    ),
    (
        "lumber_pkg_tagged",
        "Yard scanner (abbreviated): lumber pkg tagged.",
        "lumber_package_labelled",
        "A yard worker put a barcode tag on a finished lumber package.",
        true,
    ),
    (
        "kiln_charge_pulled",
        "Old kiln control: kiln charge pulled.",
        "kiln_charge_unloaded",
        "Dried lumber was taken out of the kiln at the end of a cycle.",
        true,
    ),
    (
        "Yard Stock Counted",
        "Old yard dashboard (Title Case): yard stock counted.",
        "lumber_yard_stock_counted",
        "Yard staff counted the packages in one area of the lumber yard.",
        true,
    ),
    (
        "DailyTallyEntered",
        "iOS crew app (PascalCase): daily tally entered.",
        "daily_tally_entered",
        "A planter entered how many trees they planted that day.",
        true,
    ),
    (
        "seedling_boxes_received",
        "Old nursery app: seedling boxes received.",
        "seedling_shipment_received",
        "A planting camp received its seedlings from the nursery.",
        true,
    ),
    (
        "planting_block_allocated",
        "Canadian contractor's app: planting block allocated.",
        "planting_block_assigned",
        "A crew boss gave a planter a piece of ground to plant.",
        true,
    ),
    (
        "gw_sample_collected",
        "Field sampling app (abbreviated): gw sample collected.",
        "groundwater_sample_taken",
        "A technician took a water sample from a monitoring bore.",
        true,
    ),
    (
        "pm10_trigger_level_exceeded",
        "Air monitor feed: PM10 trigger level exceeded.",
        "pm10_trigger_level_breached",
        "Dust at a boundary monitor went over the site's trigger level.",
        true,
    ),
    (
        "vibration_reading_uploaded",
        "Old seismograph feed: vibration reading uploaded.",
        "blast_vibration_reading_uploaded",
        "A blast monitor sent its ground vibration reading to the cloud.",
        true,
    ),
    (
        "env_incident_raised",
        "EHS app (abbreviated): env incident raised.",
        "environmental_incident_reported",
        "Someone reported a spill, discharge or other environmental incident.",
        true,
    ),
    (
        "haul_truck_loaded_at_shovel",
        "A shovel finished filling a haul truck.",
        "haul_truck_dumped_at_waste_dump",
        "A haul truck emptied waste rock at a dump.",
        false,
    ),
    (
        "autonomous_truck_paused",
        "A controller held an autonomous truck where it was.",
        "autonomous_truck_resumed",
        "A held autonomous truck was released to carry on.",
        false,
    ),
    (
        "haul_road_closed",
        "A controller shut a haul road segment to traffic.",
        "haul_road_reopened",
        "A closed haul road segment was opened to traffic again.",
        false,
    ),
    (
        "haul_truck_reassigned",
        "Dispatch gave one truck a different loading unit.",
        "haul_fleet_reassigned",
        "A controller moved the whole fleet to a new loading plan, with the count.",
        false,
    ),
    (
        "blast_hole_primed",
        "A crew put the detonator and booster into a hole.",
        "blast_hole_stemmed",
        "A crew filled the top of a charged hole with crushed rock.",
        false,
    ),
    (
        "blast_guard_posted",
        "A guard was placed on an access road before the blast.",
        "blast_guard_stood_down",
        "A guard was told to leave their post after the all-clear.",
        false,
    ),
    (
        "scheduled_blast_delayed",
        "The shotfirer put a planned blast back to a later time.",
        "scheduled_blast_cancelled",
        "A planned blast was called off.",
        false,
    ),
    (
        "blast_misfire_reported",
        "A hole or line failed to fire and was reported.",
        "blast_misfire_cleared",
        "A misfired hole was made safe and cleared.",
        false,
    ),
    (
        "core_box_photographed_wet",
        "A core box was photographed wetted, to show colour and texture.",
        "core_box_photographed_dry",
        "A core box was photographed dry, for the permanent record.",
        false,
    ),
    (
        "assay_samples_submitted",
        "Samples were sent to the assay laboratory.",
        "assay_results_received",
        "The laboratory returned grades for a batch of samples.",
        false,
    ),
    (
        "drill_hole_collar_planned",
        "A geologist set where a hole should start.",
        "drill_hole_collar_picked_up",
        "A surveyor measured where a drilled hole actually started.",
        false,
    ),
    (
        "certified_standard_inserted",
        "A reference sample of known grade was put into the sample run.",
        "field_duplicate_inserted",
        "A second split of the same interval was added to check precision.",
        false,
    ),
    (
        "drill_rig_trammed_to_pattern",
        "A rig drove to its next drill pattern.",
        "drill_rig_set_up_on_hole",
        "A rig levelled and lined up over a hole ready to drill.",
        false,
    ),
    (
        "blast_hole_redrilled",
        "A blocked or short hole was drilled again.",
        "blast_hole_abandoned",
        "A hole was given up and left out of the blast.",
        false,
    ),
    (
        "rig_autodrill_enabled",
        "An operator switched the rig to automatic drilling.",
        "rig_autodrill_disabled",
        "An operator took the rig back to manual drilling.",
        false,
    ),
    (
        "fatigue_alert_confirmed",
        "A controller reviewed a fatigue alert and confirmed the operator was drowsy.",
        "fatigue_alert_dismissed_as_false",
        "A controller marked a fatigue alert as a false alarm.",
        false,
    ),
    (
        "refuge_chamber_occupied",
        "Workers went into a refuge chamber during an emergency.",
        "refuge_chamber_inspected",
        "A monthly check of a refuge chamber's air and supplies was done.",
        false,
    ),
    (
        "personal_lock_removed",
        "A worker took their own lock off an isolation point.",
        "personal_lock_cut_off",
        "A supervisor removed a lock whose owner had left site, by procedure.",
        false,
    ),
    (
        "underground_tag_in_recorded",
        "A worker was counted into the mine at the portal.",
        "underground_tag_out_recorded",
        "A worker was counted out of the mine at the portal.",
        false,
    ),
    (
        "shift_handover_started",
        "The outgoing supervisor began the handover.",
        "shift_handover_escalated",
        "A handover item was passed to the mine manager for a decision.",
        false,
    ),
    (
        "production_delay_started",
        "A machine stopped producing and a delay began.",
        "production_delay_ended",
        "A stopped machine went back to producing.",
        false,
    ),
    (
        "crew_lineup_changed",
        "A supervisor moved one person to another machine.",
        "crew_lineup_copied_from_last_shift",
        "A supervisor reused the previous shift's whole lineup.",
        false,
    ),
    (
        "truck_weighed_in",
        "A truck was weighed empty on arrival at the quarry.",
        "truck_weighed_out",
        "A truck was weighed full as it left the quarry.",
        false,
    ),
    (
        "aggregate_load_rejected",
        "A customer refused a delivered load on site.",
        "aggregate_load_returned_to_quarry",
        "A refused load was brought back and tipped at the quarry.",
        false,
    ),
    (
        "primary_crusher_started",
        "An operator started the primary crusher.",
        "primary_crusher_tripped",
        "The crusher stopped by itself after a fault or blockage.",
        false,
    ),
    (
        "noise_complaint_received",
        "A neighbour complained about noise from the site.",
        "noise_complaint_closed",
        "Staff finished looking into a noise complaint and closed it.",
        false,
    ),
    (
        "harvester_bar_changed",
        "An operator fitted a new saw bar to the harvester head.",
        "harvester_chain_changed",
        "An operator fitted a new saw chain to the harvester head.",
        false,
    ),
    (
        "harvest_block_opened",
        "Cutting began on a new block.",
        "harvest_block_suspended",
        "Work on a block was stopped for fire danger or wet ground.",
        false,
    ),
    (
        "stem_bucked_to_sawlog",
        "A stem was cut into sawlog lengths.",
        "stem_bucked_to_pulpwood",
        "A stem was cut into pulpwood lengths.",
        false,
    ),
    (
        "forwarder_trip_started",
        "A forwarder left the landing to collect logs.",
        "forwarder_trip_completed",
        "A forwarder came back to the landing with its load.",
        false,
    ),
    (
        "log_load_scaled_at_mill",
        "The mill scaled a truckload at the gate.",
        "log_load_check_scaled",
        "A second scaler rescaled a sample load to audit the first.",
        false,
    ),
    (
        "log_defect_recorded",
        "A scaler noted rot, sweep or a split in a log.",
        "log_defect_deduction_reversed",
        "A deduction for a defect was taken back on review.",
        false,
    ),
    (
        "load_ticket_voided",
        "A scale ticket was cancelled as wrong.",
        "load_ticket_reissued",
        "A corrected ticket was issued in place of a cancelled one.",
        false,
    ),
    (
        "lumber_package_built",
        "A stacker finished a package of boards.",
        "lumber_packages_consolidated",
        "Yard staff merged part-packages into full ones, with the count.",
        false,
    ),
    (
        "board_graded_by_scanner",
        "An automatic grader graded a board.",
        "board_graded_by_hand",
        "A human grader graded a board the scanner could not.",
        false,
    ),
    (
        "lumber_shipped_to_customer",
        "A load of lumber left the yard for a customer.",
        "lumber_returned_by_customer",
        "A customer sent lumber back to the mill.",
        false,
    ),
    (
        "seedlings_heeled_in",
        "Seedlings were buried in soil at camp for a while to keep them cool.",
        "seedlings_planted_out",
        "Seedlings were planted at their final spot on the block.",
        false,
    ),
    (
        "planter_paid_for_block",
        "A planter got their piece-rate pay for a block.",
        "planter_docked_for_quality",
        "A planter's pay was cut after a quality plot failed.",
        false,
    ),
    (
        "survival_survey_scheduled",
        "A survey of how many planted trees lived was booked.",
        "survival_survey_completed",
        "A crew finished counting surviving trees in the plots.",
        false,
    ),
    (
        "water_discharge_started",
        "A site began pumping water off site under its permit.",
        "water_discharge_stopped",
        "A site stopped pumping water off site.",
        false,
    ),
];
