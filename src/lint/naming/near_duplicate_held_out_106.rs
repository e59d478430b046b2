//! A hundred-and-sixth held-out table for naming/near-duplicate (issue 21), written in the eleventh
//! session after the first hundred and three tables (the other three of this session, among the
//! hundred-and-fourth to hundred-and-seventh, were being written beside it and were not seen), by
//! someone who had seen neither the rule's code nor its output: event-name pairs of the kind a
//! research organisation's own tracking plan collects over years, when its iOS and Android apps'
//! calls in camelCase and PascalCase and its snake_case analytics plan, a UK team and an American
//! one, full words and the abbreviations research teams type (eln, coc, inv, epro, crf, sdv, ae,
//! sae, pi, irb, ms, nf, roi, id, doi), synonyms two teams picked (cloned and copied, logged in and
//! registered, reservation and booking, induction and training, lot and batch, stipend and
//! compensation, issued and raised, IRB and ethics committee, referee and peer reviewer, registered
//! and minted), or an old tool and a new one each name the same event (this time only scientific
//! research and labs: an electronic lab notebook, a LIMS with sample intake, barcodes and chain of
//! custody, a lab equipment booking system, a reagent and inventory tracker, a clinical trial
//! participant app, a trial site's EDC, a grant application portal, a journal manuscript submission
//! and peer review system, a bioinformatics pipeline runner, a microscopy image analysis tool, a
//! citizen science app and a research data repository), drawn from memory of public specs and real
//! products (Benchling's and LabArchives' shared, signed, witnessed and locked entries, cloned
//! protocols and SOP versions; LabWare's and STARLIMS' sample login, specimen acceptance and
//! rejection, aliquots, storage check-out and result review and release; iLab's, PPMS' and
//! Clustermarket's reservations, inductions, approvals, sessions, out-of-service instruments and
//! recurring bookings; Quartzy's requests, orders, lot numbers, stock counts and antibody aliquots;
//! myMedidata's, Medidata eCOA's and Castor eConsent's consents, reconsents, withdrawals, ePRO
//! diaries, visit calendars, stipends and dosing logs; Medidata Rave's, REDCap's and Castor EDC's
//! CRFs, queries, SDV, AEs and SAEs, randomisation, screening and casebook freezes and locks; NIH
//! ASSIST's, eRA Commons' and UKRI's proposals, co-PIs, IRB approvals, award terms, letters of
//! intent, budgets, no-cost extensions, supplements and progress reports; ScholarOne's and
//! Editorial Manager's submissions, referee invitations, decisions, desk rejections, transfers and
//! registered reports; Nextflow Tower's relaunched and resumed runs, Galaxy's histories and deleted
//! and purged datasets, and reference genomes; Fiji's and QuPath's ROIs, projections, background
//! subtraction, denoising and batch analysis; iNaturalist's identifications and captive or wild
//! flags and Zooniverse's classifications; and Zenodo's, Figshare's and Dryad's DOIs, public
//! metadata under embargo and access requests for restricted files). Each pair has a one-line
//! description per name and was labelled by hand before the rule was run on them. Only the data
//! arrays and comments of earlier tables (the ninety-ninth and hundred-and-third whole, to copy
//! their format) were read, and a grep, without reading the training table, checked that no name
//! here is in any of the first hundred and three tables or in the training table. Never tune the
//! rule to these.

/// `(name_a, description_a, name_b, description_b, same)`: `same` is true when a reviewer
/// would say the two names are one thing tracked twice (merge them), false when they are two
/// different things that both legitimately exist.
pub(super) const HELD_OUT_PAIRS_106: &[(&str, &str, &str, &str, bool)] = &[
    (
        "NotebookEntryShared",
        "iOS app (PascalCase): notebook entry shared.",
        "notebook_entry_shared",
        "A scientist shared a notebook entry with a colleague or project team.",
        true,
    ),
    (
        "eln_entry_signed",
        "Old export (abbreviated): ELN entry signed.",
        "electronic_notebook_entry_signed",
        "A scientist signed a finished entry so it can no longer be edited.",
        true,
    ),
    (
        "protocol_cloned",
        "Old ELN: protocol cloned.",
        "protocol_copied",
        "A scientist made their own copy of a lab protocol to edit.",
        true,
    ),
    (
        "signed_off_experiment",
        "Old web ELN: signed off experiment.",
        "experiment_signed_off",
        "The lab head approved a finished experiment's record.",
        true,
    ),
    (
        "sample_logged_in",
        "Old LIMS: sample logged in.",
        "sample_registered",
        "A sample arriving at the lab was entered into the LIMS with its barcode.",
        true,
    ),
    (
        "SampleTubeScanned",
        "Android handheld (PascalCase): sample tube scanned.",
        "sample_tube_scanned",
        "A technician scanned the barcode on a sample tube.",
        true,
    ),
    (
        "coc_transfer_recorded",
        "Old LIMS (abbreviated): COC transfer recorded.",
        "chain_of_custody_transfer_recorded",
        "A sample was handed from one person to another and both signed.",
        true,
    ),
    (
        "specimen_aliquotted",
        "UK lab's LIMS: specimen aliquotted.",
        "specimen_aliquoted",
        "A specimen was split into smaller portions in new tubes.",
        true,
    ),
    (
        "instrument_reservation_made",
        "Old booking system: instrument reservation made.",
        "instrument_booking_made",
        "A researcher reserved time on a shared instrument.",
        true,
    ),
    (
        "MicroscopeSlotBooked",
        "iOS app (PascalCase): microscope slot booked.",
        "microscope_slot_booked",
        "A user booked a time slot on a facility microscope.",
        true,
    ),
    (
        "instrument_induction_completed",
        "UK facility: instrument induction completed.",
        "instrument_training_completed",
        "A new user finished the training needed to book an instrument.",
        true,
    ),
    (
        "cancelled_instrument_booking",
        "Old booking calendar: cancelled instrument booking.",
        "instrument_booking_cancelled",
        "A user gave up a time slot they had booked on an instrument.",
        true,
    ),
    (
        "item_request_placed",
        "Old inventory tool: item request placed.",
        "item_request_submitted",
        "A lab member asked the lab manager to order a reagent or consumable.",
        true,
    ),
    (
        "inv_item_received",
        "Android app (abbreviated): inv item received.",
        "inventory_item_received",
        "An ordered item arrived and was marked as received.",
        true,
    ),
    (
        "reagent_lot_number_recorded",
        "Old inventory sheet: reagent lot number recorded.",
        "reagent_batch_number_recorded",
        "A lab member noted the manufacturer's lot of a received reagent.",
        true,
    ),
    (
        "chemical_location_changed",
        "Old inventory tool: chemical location changed.",
        "chemical_location_updated",
        "A lab member recorded that a chemical moved to another shelf or room.",
        true,
    ),
    (
        "eConsentCompleted",
        "iOS app (camelCase): eConsent completed.",
        "econsent_completed",
        "A participant finished reading and signed the electronic consent.",
        true,
    ),
    (
        "epro_diary_submitted",
        "Android app (abbreviated): ePRO diary submitted.",
        "patient_reported_outcome_diary_submitted",
        "A participant sent their daily symptom diary from the app.",
        true,
    ),
    (
        "visit_schedule_viewed",
        "Old participant portal: visit schedule viewed.",
        "visit_calendar_viewed",
        "A participant opened the list of their upcoming study visits.",
        true,
    ),
    (
        "participant_stipend_paid",
        "Old payments feed: participant stipend paid.",
        "participant_compensation_paid",
        "A participant was paid for attending a study visit.",
        true,
    ),
    (
        "crf_completed",
        "Old EDC (abbreviated): CRF completed.",
        "case_report_form_completed",
        "A site coordinator filled in every field of a visit's case report form.",
        true,
    ),
    (
        "query_issued",
        "Old EDC: query issued.",
        "query_raised",
        "A monitor or data manager asked the site about a data point.",
        true,
    ),
    (
        "subject_sdv_finished",
        "Monitor app (abbreviated): subject SDV finished.",
        "subject_source_data_verification_finished",
        "A monitor finished checking a subject's data against source records.",
        true,
    ),
    (
        "ae_logged",
        "Old EDC (abbreviated): AE logged.",
        "adverse_event_logged",
        "A site recorded an adverse event a participant had.",
        true,
    ),
    (
        "PatientRandomised",
        "Tablet app (PascalCase): patient randomised.",
        "participant_randomised",
        "A participant was assigned to a treatment arm.",
        true,
    ),
    (
        "funding_proposal_submitted",
        "Old research office portal: funding proposal submitted.",
        "funding_application_submitted",
        "An applicant sent their finished application to the funder.",
        true,
    ),
    (
        "co_pi_added",
        "Old portal (abbreviated): co-PI added.",
        "co_principal_investigator_added",
        "An applicant added a second lead researcher to the proposal.",
        true,
    ),
    (
        "irb_approval_letter_uploaded",
        "US team's portal: IRB approval letter uploaded.",
        "ethics_approval_letter_uploaded",
        "An applicant attached the ethics committee's approval letter.",
        true,
    ),
    (
        "AwardTermsAccepted",
        "iOS app (PascalCase): award terms accepted.",
        "award_terms_accepted",
        "A grantee's institution accepted the terms and conditions of an award.",
        true,
    ),
    (
        "ms_submitted",
        "Old submission site (abbreviated): MS submitted.",
        "manuscript_submission_completed",
        "An author finished submitting a new manuscript to the journal.",
        true,
    ),
    (
        "referee_invited",
        "UK team's system: referee invited.",
        "peer_reviewer_invited",
        "An editor asked a researcher to review a manuscript.",
        true,
    ),
    (
        "DecisionEmailSent",
        "Editor dashboard (PascalCase): decision email sent.",
        "decision_email_sent",
        "An editor sent the author the journal's decision on their paper.",
        true,
    ),
    (
        "nf_run_launched",
        "Old Tower (abbreviated): NF run launched.",
        "nextflow_run_launched",
        "A user started a Nextflow pipeline run.",
        true,
    ),
    (
        "pipeline_execution_completed",
        "Old runner: pipeline execution completed.",
        "pipeline_run_finished",
        "A pipeline run finished all its steps.",
        true,
    ),
    (
        "GalaxyHistoryImported",
        "Galaxy plugin (PascalCase): Galaxy history imported.",
        "galaxy_history_imported",
        "A user copied a shared Galaxy history into their account.",
        true,
    ),
    (
        "roi_added",
        "Old image tool (abbreviated): ROI added.",
        "region_of_interest_added",
        "A user drew a new region to measure on an image.",
        true,
    ),
    (
        "max_projection_made",
        "Old plugin: max projection made.",
        "maximum_intensity_projection_created",
        "A user flattened a z-stack into one image of its brightest pixels.",
        true,
    ),
    (
        "observation_id_agreed",
        "Android app (abbreviated): observation ID agreed.",
        "observation_identification_agreed",
        "A user agreed with the species someone else suggested for an observation.",
        true,
    ),
    (
        "ClassificationSubmitted",
        "iOS app (PascalCase): classification submitted.",
        "classification_submitted",
        "A volunteer finished classifying one image in a project.",
        true,
    ),
    (
        "dataset_doi_registered",
        "Old repository: dataset DOI registered.",
        "dataset_doi_minted",
        "A dataset got its permanent DOI from DataCite.",
        true,
    ),
    (
        "notebook_entry_locked",
        "An entry was locked so no one can edit it.",
        "notebook_entry_unlocked",
        "An admin reopened a locked entry for corrections.",
        false,
    ),
    (
        "experiment_entry_witnessed",
        "A colleague countersigned an entry as witness to the work.",
        "experiment_entry_signed",
        "The author signed their own finished entry.",
        false,
    ),
    (
        "sop_version_published",
        "A new version of a standard operating procedure was made the one to follow.",
        "sop_version_archived",
        "An old version of an SOP was retired from use.",
        false,
    ),
    (
        "specimen_accepted",
        "A received specimen passed the intake checks and was logged.",
        "specimen_rejected",
        "A received specimen failed intake checks, such as a leaking tube.",
        false,
    ),
    (
        "plasma_aliquot_created",
        "One portion of plasma was split off from a sample.",
        "plasma_aliquots_created",
        "A plasma sample was split into many portions at once, with the count.",
        false,
    ),
    (
        "sample_checked_out_of_storage",
        "A sample was taken out of its freezer for use.",
        "sample_returned_to_storage",
        "A sample was put back in its freezer after use.",
        false,
    ),
    (
        "sample_result_reviewed",
        "A second analyst checked a sample's result.",
        "sample_result_released",
        "A checked result was sent to the customer or study.",
        false,
    ),
    (
        "instrument_booking_requested",
        "A user asked for time on an instrument that needs approval.",
        "instrument_booking_approved",
        "The facility manager approved a requested booking.",
        false,
    ),
    (
        "instrument_session_started",
        "A user logged in at the instrument at the start of a booked slot.",
        "instrument_session_ended",
        "A user logged out of the instrument at the end of their session.",
        false,
    ),
    (
        "instrument_put_out_of_service",
        "Facility staff blocked bookings on a broken instrument.",
        "instrument_put_back_in_service",
        "A repaired instrument was opened for bookings again.",
        false,
    ),
    (
        "instrument_booking_created",
        "A user booked one slot on an instrument.",
        "recurring_instrument_booking_created",
        "A user booked the same slot every week for a term.",
        false,
    ),
    (
        "reagent_order_approved",
        "The lab manager approved a request to buy a reagent.",
        "reagent_order_placed",
        "The approved order was sent to the supplier.",
        false,
    ),
    (
        "stock_count_adjusted",
        "A lab member corrected the number of items on hand after a count.",
        "stock_item_consumed",
        "A lab member recorded using up one item.",
        false,
    ),
    (
        "antibody_aliquot_thawed",
        "A frozen antibody portion was taken out to thaw for use.",
        "antibody_aliquot_refrozen",
        "A thawed antibody portion was put back in the freezer.",
        false,
    ),
    (
        "econsent_declined",
        "A person chose not to take part after reading the consent.",
        "econsent_withdrawn",
        "A participant took back consent they had given earlier.",
        false,
    ),
    (
        "diary_entry_submitted",
        "A participant sent the day's diary.",
        "diary_entry_missed",
        "A day passed with no diary entry from the participant.",
        false,
    ),
    (
        "study_visit_scheduled",
        "A site booked a participant's next study visit.",
        "study_visit_completed",
        "A participant attended a study visit and it was done.",
        false,
    ),
    (
        "participant_reconsented",
        "A participant signed an updated consent after the protocol changed.",
        "participant_consented",
        "A participant signed consent to the study for the first time.",
        false,
    ),
    (
        "study_drug_dose_logged",
        "A participant recorded taking a dose of study drug.",
        "study_drug_dose_skipped",
        "A participant recorded missing a dose of study drug.",
        false,
    ),
    (
        "data_query_answered",
        "The site replied to a data query.",
        "data_query_closed",
        "The monitor accepted the site's answer and closed the query.",
        false,
    ),
    (
        "casebook_frozen",
        "A subject's data was frozen so the site cannot change it without unfreezing.",
        "casebook_locked",
        "A subject's data was locked for good for the final analysis.",
        false,
    ),
    (
        "sae_reported_to_sponsor",
        "A site told the sponsor about a serious adverse event within a day.",
        "sae_reported_to_irb",
        "A site told its ethics board about a serious adverse event.",
        false,
    ),
    (
        "field_sdv_marked",
        "A monitor ticked one field as checked against source.",
        "crf_sdv_marked",
        "A monitor ticked a whole case report form as checked against source.",
        false,
    ),
    (
        "participant_screened",
        "A candidate was checked against the study's entry criteria.",
        "participant_screen_failed",
        "A screened candidate did not meet the entry criteria.",
        false,
    ),
    (
        "research_proposal_withdrawn",
        "An applicant pulled their proposal before review.",
        "research_proposal_declined",
        "The funder turned a proposal down after review.",
        false,
    ),
    (
        "budget_cost_line_added",
        "An applicant added one cost to the budget.",
        "budget_cost_lines_imported",
        "An applicant loaded all costs from a spreadsheet, with the count.",
        false,
    ),
    (
        "letter_of_intent_submitted",
        "An applicant sent the short pre-proposal the funder asks for first.",
        "full_application_submitted",
        "An invited applicant sent the full application.",
        false,
    ),
    (
        "award_no_cost_extension_requested",
        "A grantee asked for more time to spend an award, with no new money.",
        "award_supplement_requested",
        "A grantee asked for extra money on an existing award.",
        false,
    ),
    (
        "progress_report_submitted",
        "A grantee sent a yearly progress report.",
        "final_report_submitted",
        "A grantee sent the closing report at the end of the award.",
        false,
    ),
    (
        "manuscript_desk_rejected",
        "An editor turned a paper down without sending it to review.",
        "manuscript_rejected_after_review",
        "A paper was turned down after peer review.",
        false,
    ),
    (
        "registered_report_accepted_in_principle",
        "An editor accepted a study plan before its data were collected.",
        "registered_report_accepted",
        "An editor accepted the finished report after the study was run.",
        false,
    ),
    (
        "manuscript_transferred_to_sister_journal",
        "A rejected paper moved to another of the publisher's journals.",
        "manuscript_resubmitted",
        "An author sent a new version of a rejected paper to the same journal.",
        false,
    ),
    (
        "pipeline_run_relaunched",
        "A run was started again from scratch with the same settings.",
        "pipeline_run_resumed",
        "A failed run was restarted from where it stopped, reusing finished steps.",
        false,
    ),
    (
        "reference_genome_uploaded",
        "A user added a reference genome to use in pipelines.",
        "reference_genome_indexed",
        "A reference genome was indexed so aligners can use it.",
        false,
    ),
    (
        "galaxy_dataset_deleted",
        "A user deleted a dataset from a history; it can still be undeleted.",
        "galaxy_dataset_purged",
        "A deleted dataset was removed for good to free space.",
        false,
    ),
    (
        "image_background_subtracted",
        "A user removed uneven background light from an image.",
        "image_denoised",
        "A user reduced random noise in an image.",
        false,
    ),
    (
        "batch_analysis_started",
        "A user ran the same analysis over a whole folder of images.",
        "image_analysis_started",
        "A user ran the analysis on the open image.",
        false,
    ),
    (
        "observation_marked_captive",
        "A user flagged an observation as a captive or planted organism.",
        "observation_marked_wild",
        "A user confirmed an observation shows a wild organism.",
        false,
    ),
    (
        "dataset_made_public",
        "A dataset's files became visible to everyone.",
        "dataset_metadata_made_public",
        "Only a dataset's description went public while its files stay embargoed.",
        false,
    ),
    (
        "dataset_access_requested",
        "A user asked the owner for access to restricted files.",
        "dataset_access_granted",
        "The owner let a user download restricted files.",
        false,
    ),
];
