//! A hundred-and-tenth held-out table for naming/near-duplicate (issue 21), written in the twelfth
//! session after the first hundred and seven tables (the other three of this session, the
//! hundred-and-eighth, hundred-and-ninth and hundred-and-eleventh, were being written beside it and
//! were not seen), by someone who had seen neither the rule's code nor its output: event-name pairs
//! of the kind an industrial software company's own tracking plan collects over years, when its iOS
//! and Android apps' and rugged handhelds' calls in camelCase and PascalCase and its snake_case
//! data plan, a UK team and an American one, full words and the abbreviations the trade types (wo,
//! pm, oee, fai, rtu, asn, kwh, pv, accel, dvir, bsw, cal, ncr, po, loto), synonyms two teams
//! picked (quarantined and put on hold, asset and equipment, logged and recorded, answered and
//! responded to, near miss and close call, vendor and supplier, raised and opened), verb-first and
//! object-first, or an old service and a new one each name the same event (this time only industry,
//! energy and utilities: a manufacturing execution system with work orders, batches and quality
//! holds, a computerized maintenance management system (CMMS) for assets and preventive
//! maintenance, an industrial IoT and SCADA monitoring dashboard with alarms, a warehouse
//! management system with receiving, putaway, pick waves and cycle counts, a utility customer app
//! with meter readings, outages, bills and smart thermostat programs, a solar and home battery
//! monitoring app, a fleet telematics and driver safety tool, a construction project management app
//! with RFIs, submittals and punch lists, an oil and gas field operations app, a lab quality and
//! calibration tool, a procurement and supplier portal and an EHS (health and safety) incident
//! reporting app), drawn from memory of public specs and real products (Plex's, Tulip's and
//! Rockwell FactoryTalk's work order schedules, dispatch, pauses, quality holds, rework, scrap
//! counts, OEE reports and first article inspections; Fiix's, UpKeep's, MaintainX's and IBM
//! Maximo's PM work orders, downtime, spare parts, sign-offs, completion and closure, bulk creation
//! and deferred PMs; Ignition's, AVEVA's and AWS IoT SiteWise's alarm acknowledgement, shelving and
//! suppression, RTU communications, forced PLC tags, local and remote starts and manual and auto
//! loops; Manhattan's, Blue Yonder's and SAP EWM's ASNs, putaway, picks, short and over picks,
//! cycle counts, dock doors, waves, cartons, replenishment and consolidation; Opower's, PG&E's and
//! Octopus Energy's meter readings, kWh usage charts, outage alerts, power cuts, paperless and
//! estimated bills, peak saving events and thermostat programmes with precooling; Enphase
//! Enlighten's, the Tesla app's and SolarEdge's backup reserve, PV production, Storm Watch, grid
//! outages, grid and solar charging, time-based control and microinverters; Samsara's, Motive's and
//! Geotab's harsh events, DVIRs, coaching, geofences, dashcam clips, dismissed events and pre-trip
//! and post-trip inspections; Procore's, Autodesk Build's and Fieldwire's RFIs, submittals, punch
//! items and drawing sheets and sets; GreaseBook's, WellView's and Enverus's BS&W tests, haul
//! tickets, wells brought online and oil and water loads; LabWare LIMS's, MasterControl's, Beamex's
//! and GAGEtrak's calibration reminders, NCRs, as-found checks, retests and resamples; Coupa's, SAP
//! Ariba's and Jaggaer's POs, supplier invoices, invoice holds, quotes and supplier invitations;
//! and SafetyCulture's (iAuditor's), Intelex's and VelocityEHS's near misses, LOTO, first aid and
//! recordable injuries and permits to work). Each pair has a one-line description per name and was
//! labelled by hand before the rule was run on them. Only the data arrays and comments of earlier
//! tables (the ninety-ninth and hundred-and-seventh whole, to copy their format) were read, and a
//! grep, without reading the training table or the matches' context, checked that no name here is
//! in any of the earlier tables or in the training table. Never tune the rule to these.

/// `(name_a, description_a, name_b, description_b, same)`: `same` is true when a reviewer
/// would say the two names are one thing tracked twice (merge them), false when they are two
/// different things that both legitimately exist.
pub(super) const HELD_OUT_PAIRS_110: &[(&str, &str, &str, &str, bool)] = &[
    (
        "WorkOrderScheduled",
        "iOS supervisor app (PascalCase): work order scheduled.",
        "work_order_scheduled",
        "A planner put a production work order on a line's schedule for a shift.",
        true,
    ),
    (
        "wo_dispatched",
        "Old shop-floor terminal (abbreviated): wo dispatched.",
        "work_order_dispatched",
        "A work order was sent to the operator station that will run it.",
        true,
    ),
    (
        "finished_batch_quarantined",
        "Old MES: finished batch quarantined.",
        "finished_batch_put_on_quality_hold",
        "QA stopped a finished batch from shipping until it is checked.",
        true,
    ),
    (
        "line_oee_report_exported",
        "Plant dashboard (abbreviated): line OEE report exported.",
        "line_overall_equipment_effectiveness_report_exported",
        "A plant manager downloaded a line's availability, performance and quality figures.",
        true,
    ),
    (
        "fai_report_approved",
        "Old quality terminal (abbreviated): FAI report approved.",
        "first_article_inspection_report_approved",
        "QA signed off the check that the first part off a new setup meets the drawing.",
        true,
    ),
    (
        "pm_work_order_auto_created",
        "Old CMMS (abbreviated): PM work order auto created.",
        "preventive_maintenance_work_order_auto_created",
        "The schedule created a work order for a machine's routine service.",
        true,
    ),
    (
        "asset_downtime_logged",
        "Technician app: asset downtime logged.",
        "equipment_downtime_recorded",
        "A technician noted how long a machine was out of service.",
        true,
    ),
    (
        "sparePartRequested",
        "Android technician app (camelCase): spare part requested.",
        "spare_part_requested",
        "A technician asked the storeroom for a part for a job.",
        true,
    ),
    (
        "technician_signed_off_work_order",
        "Old CMMS: technician signed off work order.",
        "work_order_signed_off",
        "A technician confirmed their work on a maintenance job was done.",
        true,
    ),
    (
        "process_alarm_acked",
        "HMI event log (abbreviated): process alarm acked.",
        "process_alarm_acknowledged",
        "An operator acknowledged an active process alarm on the HMI.",
        true,
    ),
    (
        "comms_lost_with_rtu",
        "Old SCADA server: comms lost with RTU.",
        "rtu_communication_lost",
        "The SCADA server stopped hearing from a remote terminal unit.",
        true,
    ),
    (
        "asn_uploaded",
        "Vendor portal (abbreviated): ASN uploaded.",
        "advance_shipping_notice_uploaded",
        "A vendor sent the list of what is on an inbound truck before it arrives.",
        true,
    ),
    (
        "received_pallet_putaway_completed",
        "RF gun app: received pallet putaway completed.",
        "received_pallet_put_away",
        "A pallet was stored in its assigned rack location after receiving.",
        true,
    ),
    (
        "picked_order_line",
        "Old RF gun app: picked order line.",
        "order_line_picked",
        "A picker took the units for one order line from a bin.",
        true,
    ),
    (
        "BinCountSubmitted",
        "Android RF app (PascalCase): bin count submitted.",
        "bin_count_submitted",
        "A counter sent in the quantity they counted at a bin location.",
        true,
    ),
    (
        "trailer_door_assigned",
        "Old yard system: trailer door assigned.",
        "trailer_dock_door_assigned",
        "A trailer in the yard was given a dock door to unload at.",
        true,
    ),
    (
        "meter_read_submitted",
        "Old web portal (abbreviated): meter read submitted.",
        "meter_reading_sent",
        "A customer entered their own meter reading in the app or on the website.",
        true,
    ),
    (
        "kwh_usage_chart_viewed",
        "Old web portal (abbreviated): kWh usage chart viewed.",
        "energy_usage_chart_viewed",
        "A customer opened the chart of their electricity use by hour or day.",
        true,
    ),
    (
        "outage_alerts_enabled",
        "Old web account: outage alerts enabled.",
        "outage_notifications_turned_on",
        "A customer chose to be told by text or email about power cuts at their address.",
        true,
    ),
    (
        "paperless_statements_enrolled",
        "Old web portal: paperless statements enrolled.",
        "paperless_statements_turned_on",
        "A customer stopped paper bills and now gets them by email.",
        true,
    ),
    (
        "thermostat_program_enrollment_completed",
        "US team's app: thermostat program enrollment completed.",
        "thermostat_programme_enrolment_completed",
        "A customer signed their smart thermostat up for the utility's demand response scheme.",
        true,
    ),
    (
        "ReserveLevelChanged",
        "iOS app (PascalCase): reserve level changed.",
        "backup_reserve_level_updated",
        "A homeowner changed how much battery charge is kept for power cuts.",
        true,
    ),
    (
        "pv_production_viewed",
        "Old installer portal (abbreviated): PV production viewed.",
        "solar_production_viewed",
        "A homeowner looked at how much power their panels generated.",
        true,
    ),
    (
        "stormwatch_triggered",
        "Old battery gateway log: stormwatch triggered.",
        "storm_watch_triggered",
        "The battery charged to full ahead of a severe weather warning.",
        true,
    ),
    (
        "utility_grid_outage_started",
        "Gateway log: grid outage started.",
        "grid_power_lost",
        "The home lost grid power and the battery took over.",
        true,
    ),
    (
        "harsh_accel_event_flagged",
        "Old telematics device (abbreviated): harsh accel event flagged.",
        "harsh_acceleration_event_flagged",
        "The vehicle gateway sensed a driver speeding up sharply.",
        true,
    ),
    (
        "dvir_completed",
        "Driver app (abbreviated): DVIR completed.",
        "vehicle_inspection_report_completed",
        "A driver finished their inspection of a vehicle before or after a trip.",
        true,
    ),
    (
        "DriverCoached",
        "iOS manager app (PascalCase): driver coached.",
        "driver_coached",
        "A safety manager went over a flagged dashcam event with the driver.",
        true,
    ),
    (
        "vehicle_arrived_at_geofence",
        "Old routing tool: vehicle arrived at geofence.",
        "vehicle_geofence_entered",
        "A truck drove into the mapped boundary around a site.",
        true,
    ),
    (
        "design_rfi_answered",
        "Field app: design RFI answered.",
        "design_rfi_responded_to",
        "The architect or engineer replied to a request for information.",
        true,
    ),
    (
        "SubmittalDistributed",
        "iOS app (PascalCase): submittal distributed.",
        "submittal_distributed",
        "An approved submittal was sent out to everyone on its distribution list.",
        true,
    ),
    (
        "punch_list_item_created",
        "Old web app: punch list item created.",
        "punch_item_created",
        "Someone on a walkthrough logged a defect to fix before handover.",
        true,
    ),
    (
        "bsw_test_recorded",
        "Old field app (abbreviated): BS&W test recorded.",
        "basic_sediment_and_water_test_recorded",
        "A pumper logged the sediment and water cut of a crude oil sample.",
        true,
    ),
    (
        "HaulTicketApproved",
        "Android field app (PascalCase): haul ticket approved.",
        "haul_ticket_approved",
        "A lease operator approved the ticket for a load a trucker took from a tank.",
        true,
    ),
    (
        "cal_due_reminder_sent",
        "Old gauge tool (abbreviated): cal due reminder sent.",
        "calibration_due_reminder_sent",
        "An instrument's owner was told its calibration date is coming up.",
        true,
    ),
    (
        "incoming_inspection_ncr_raised",
        "Quality app (abbreviated): incoming inspection NCR raised.",
        "incoming_inspection_nonconformance_report_opened",
        "An inspector recorded bought-in parts that do not meet their spec.",
        true,
    ),
    (
        "po_emailed_to_vendor",
        "Old supplier portal (abbreviated): PO emailed to vendor.",
        "purchase_order_emailed_to_supplier",
        "A buyer's approved order went out to the supplier by email.",
        true,
    ),
    (
        "SupplierInvoiceSubmitted",
        "Supplier portal (PascalCase): supplier invoice submitted.",
        "supplier_invoice_submitted",
        "A supplier sent in an invoice against a purchase order.",
        true,
    ),
    (
        "near_miss_logged",
        "Old safety app: near miss logged.",
        "close_call_reported",
        "A worker reported something that could have hurt someone but did not.",
        true,
    ),
    (
        "lockout_tagout_verified",
        "Safety app: lockout tagout verified.",
        "loto_verified",
        "A supervisor checked that a machine's energy sources are locked out before work.",
        true,
    ),
    (
        "work_order_paused",
        "An operator stopped a running work order for a while, such as for a break.",
        "work_order_resumed",
        "An operator carried on with a paused work order.",
        false,
    ),
    (
        "quality_hold_applied",
        "QA stopped a batch from moving on until it is checked.",
        "quality_hold_lifted",
        "QA let a held batch move on after checking it.",
        false,
    ),
    (
        "batch_scrapped",
        "A whole batch was thrown away as unusable.",
        "batch_reworked",
        "A batch was sent back through a step to fix a defect.",
        false,
    ),
    (
        "good_count_reported",
        "An operator entered how many good parts were made this shift.",
        "scrap_count_reported",
        "An operator entered how many parts were thrown away this shift.",
        false,
    ),
    (
        "maintenance_work_order_completed",
        "A technician finished the work on a maintenance job.",
        "maintenance_work_order_closed",
        "A supervisor reviewed a finished job and closed it once labour and parts were booked.",
        false,
    ),
    (
        "asset_taken_out_of_service",
        "A machine was tagged as not to be used until it is repaired.",
        "asset_returned_to_service",
        "A repaired machine was cleared for use again.",
        false,
    ),
    (
        "storeroom_part_issued",
        "The storeroom gave a part to a technician for a job.",
        "storeroom_part_returned",
        "An unused part went back to the storeroom after a job.",
        false,
    ),
    (
        "pm_task_skipped",
        "A routine service was skipped because the machine was down for a rebuild.",
        "pm_task_deferred",
        "A routine service was moved to a later date.",
        false,
    ),
    (
        "maintenance_work_order_created",
        "Someone created one maintenance work order.",
        "maintenance_work_orders_bulk_created",
        "A planner created many work orders at once from a template, with the count.",
        false,
    ),
    (
        "process_alarm_shelved",
        "An operator hid a nuisance alarm for a set time.",
        "process_alarm_suppressed",
        "Control logic hid an alarm by design because its equipment is stopped.",
        false,
    ),
    (
        "pump_started_remotely",
        "An operator started a pump from the control room.",
        "pump_started_locally",
        "A field operator started a pump at the panel next to it.",
        false,
    ),
    (
        "plc_tag_forced",
        "An engineer overrode a PLC tag's live value for testing.",
        "plc_tag_unforced",
        "A forced PLC tag went back to its live value.",
        false,
    ),
    (
        "control_loop_put_in_manual",
        "An operator took a control loop out of automatic control.",
        "control_loop_put_in_auto",
        "An operator handed a control loop back to automatic control.",
        false,
    ),
    (
        "pick_wave_built",
        "The system grouped orders into a wave but has not sent it to pickers.",
        "pick_wave_completed",
        "The last pick of a wave was done.",
        false,
    ),
    (
        "outbound_carton_packed",
        "A packer finished packing and sealing one carton.",
        "outbound_carton_loaded",
        "A packed carton was loaded onto a carrier's truck at the dock.",
        false,
    ),
    (
        "pick_face_replenished",
        "A forward pick location was topped up from reserve stock.",
        "bin_consolidated",
        "Part-filled locations holding one SKU were merged into one bin.",
        false,
    ),
    (
        "pick_shortage_reported",
        "A picker found fewer units in the bin than the task asked for.",
        "pick_overage_reported",
        "A picker took more units from the bin than the task asked for.",
        false,
    ),
    (
        "estimated_bill_issued",
        "A bill was sent based on an estimated meter reading.",
        "actual_bill_issued",
        "A bill was sent based on a real meter reading.",
        false,
    ),
    (
        "power_cut_reported",
        "A customer told the utility their power is off.",
        "power_restored",
        "Crews brought power back to a customer's address.",
        false,
    ),
    (
        "peak_saving_event_joined",
        "A customer took part in a peak-time saving event.",
        "peak_saving_event_opted_out",
        "A customer chose to leave a peak-time saving event.",
        false,
    ),
    (
        "thermostat_precooling_started",
        "The utility cooled a home ahead of a peak event.",
        "thermostat_peak_setback_started",
        "The thermostat raised the set temperature a few degrees for the peak hours.",
        false,
    ),
    (
        "home_battery_charged_from_grid",
        "The home battery filled up from grid power at a cheap rate.",
        "home_battery_charged_from_solar",
        "The home battery filled up from the panels' spare power.",
        false,
    ),
    (
        "time_based_control_mode_enabled",
        "A homeowner set the battery to save money on time-of-use rates.",
        "self_powered_mode_enabled",
        "A homeowner set the battery to use as much of their own solar as possible.",
        false,
    ),
    (
        "microinverter_added",
        "An installer added one microinverter to a system.",
        "microinverters_bulk_added",
        "An installer added all of an array's microinverters by scanning a map, with the count.",
        false,
    ),
    (
        "dashcam_clip_requested",
        "A manager asked a dashcam to upload a few seconds of footage.",
        "dashcam_clip_uploaded",
        "A dashcam finished sending a requested clip.",
        false,
    ),
    (
        "speeding_event_dismissed",
        "A manager marked a speeding event as not needing coaching.",
        "speeding_event_coached",
        "A manager went over a speeding event with the driver.",
        false,
    ),
    (
        "pre_trip_inspection_submitted",
        "A driver sent in their vehicle check before setting off.",
        "post_trip_inspection_submitted",
        "A driver sent in their vehicle check at the end of a trip.",
        false,
    ),
    (
        "rfi_drafted",
        "Someone started an RFI but has not sent it.",
        "rfi_issued",
        "An RFI was sent to the architect for an answer.",
        false,
    ),
    (
        "submittal_approved_as_noted",
        "A submittal was approved with comments the builder must follow.",
        "submittal_rejected",
        "A submittal was turned down and must be sent in again.",
        false,
    ),
    (
        "punch_item_fixed",
        "A subcontractor marked a punch item as fixed.",
        "punch_item_verified",
        "The superintendent checked a fixed punch item and accepted it.",
        false,
    ),
    (
        "drawing_sheet_uploaded",
        "One drawing sheet was added to a project.",
        "full_drawing_set_uploaded",
        "A whole set of drawings was uploaded at once, with the sheet count.",
        false,
    ),
    (
        "well_brought_online",
        "A well was opened to flow into the sales line.",
        "well_taken_offline",
        "A well was closed in and stopped producing.",
        false,
    ),
    (
        "oil_load_hauled",
        "A truck took a load of crude oil from a lease tank.",
        "water_load_hauled",
        "A truck took a load of produced water to a disposal well.",
        false,
    ),
    (
        "gauge_found_in_tolerance",
        "A gauge's as-found check was within its limits.",
        "gauge_adjusted_to_tolerance",
        "A gauge was out of its limits and was adjusted back within them.",
        false,
    ),
    (
        "lab_sample_retested",
        "The same sample was tested again after an out-of-spec result.",
        "lab_sample_resampled",
        "A fresh sample was taken from the batch after an out-of-spec result.",
        false,
    ),
    (
        "invoice_placed_on_hold",
        "An invoice was stopped from payment because it did not match the PO.",
        "invoice_released_for_payment",
        "A held invoice was cleared to be paid.",
        false,
    ),
    (
        "supplier_quote_received",
        "A supplier answered an RFQ with prices.",
        "supplier_quote_accepted",
        "A buyer picked a supplier's quote.",
        false,
    ),
    (
        "supplier_invited_to_portal",
        "A buyer invited one supplier to join the portal.",
        "suppliers_bulk_invited_to_portal",
        "A buyer invited a list of suppliers to the portal at once, with the count.",
        false,
    ),
    (
        "first_aid_case_recorded",
        "A worker got minor first aid for an injury at work.",
        "recordable_injury_recorded",
        "An injury that must go on the OSHA 300 log was recorded.",
        false,
    ),
    (
        "confined_space_permit_issued",
        "A supervisor gave a crew a permit to enter a tank, pit or vessel.",
        "confined_space_permit_suspended",
        "A permit was paused, stopping the work until it is safe again.",
        false,
    ),
];
