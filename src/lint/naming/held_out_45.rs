//! A forty-fifth held-out table for the naming rules (issue 21), written after the first forty-four
//! tables (the forty-fourth was written beside it and not seen), by someone who had seen neither
//! the rules' code nor their output. Like the tenth to forty-third, it reads like ordinary
//! companies' own tracking plans rather than vendors' webhooks, this time only for developer-facing
//! and infrastructure products those tables did not cover: a feature-flag and experimentation
//! console, a tracing and log observability tool, a serverless Postgres and MySQL database
//! service, an API gateway and developer portal, an artifact and package registry, a cloud hosting
//! console, a game backend and live-ops console, an IoT device-fleet console, an uptime and
//! synthetic monitoring service with on-call, a mobile CI and beta-distribution service, a mobile
//! crash-reporting and app-stability dashboard and a secrets manager. Event names are written as
//! those product teams write them, modelled on and partly recalled from memory of public sources:
//! Statsig's feature gates, pulse results and holdouts, Unleash's and Flagsmith's toggles,
//! segments, overrides, gradual rollouts and stale flags, ConfigCat's kill switches, Honeycomb's
//! queries, triggers, SLO burn alerts, derived columns and BubbleUp, Axiom's and SigNoz's log
//! retention, datasets and trace views, Neon's branches, resets from parent, point-in-time restore
//! and autosuspended computes, PlanetScale's deploy requests, safe migrations and passwords,
//! Aiven's read replicas and connection pools, Kong Konnect's routes, plugins, upstream targets,
//! consumer groups and Dev Portal, Apigee's API products and developer apps, Tyk's keys and
//! quotas, JFrog Artifactory's local, remote and virtual repositories, Xray scans and replication,
//! Cloudsmith's entitlement tokens, quarantine, promotion and retention rules, Gemfury's yanked
//! versions, DigitalOcean's droplets, volumes, reserved IPs, cloud firewalls and snapshots,
//! Linode's rebuilds and Hetzner Cloud's floating IPs, rescue mode and resets, Heroic Labs Nakama's
//! storage objects, leaderboards, tournaments, groups, parties and matchmaker tickets, Unity
//! Gaming Services' Cloud Save, Economy and Remote Config, Beamable's live events,
//! balenaCloud's fleets, pinned releases, device variables and OTA updates, Particle's cloud
//! functions, SIM cards and product firmware, Golioth's device tags, Better Stack's monitors,
//! heartbeats, on-call calendars and escalations, Checkly's API and browser checks from several
//! regions, UptimeRobot's maintenance windows and SSL expiry alerts, Bitrise's and Codemagic's
//! workflows, build caches, code signing and build minutes, Expo EAS's builds, submissions and
//! update channels, Firebase App Distribution's tester groups, Firebase Crashlytics' dSYMs,
//! velocity alerts, regressed issues and crash-free users, Bugsnag's stability targets and
//! Embrace's ANRs and OOMs, Doppler's configs, branch configs, service tokens and syncs,
//! Infisical's secret versions and access requests and HashiCorp Vault's dynamic secrets, leases
//! and unsealing, with the mistakes real teams make: verbs first, nouns of action, `-ing` forms,
//! camelCase, PascalCase and Title Case with spaces, vague words, numbered UI words and steps,
//! `_success`, `_error` and `_failure` suffixes, run-on words, present tenses with a person first,
//! abbreviations and leftover SDK call prefixes (`on`, `handle`). Names are snake_cased where a
//! plan would be, with the case kept where the source's case is the point. Each was labelled by
//! hand before the rules were run on them. The author read only the data arrays of the earlier
//! tables, up to the forty-third (the forty-fourth was being written at the same time), and
//! checked with a grep, without reading the training table, that no name here is in any of them
//! or in the training table. Never tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_45: &[(&str, Label)] = &[
    // Already fine: a feature-flag and experimentation console, Statsig-, Unleash-, Flagsmith- and
    // ConfigCat-style (a multi-word object, a noun of action in the object, a `to` phrase, a `to`
    // phrase with a plural, an adjective in the object, a particle).
    ("feature_gate_created", Ok),
    ("flag_rollout_percentage_increased", Ok),
    ("targeting_rule_added_to_flag", Ok),
    ("experiment_shipped_to_all_users", Ok),
    ("stale_flag_archived", Ok),
    ("kill_switch_turned_on", Ok),
    // Already fine: a tracing and log observability tool, Honeycomb-, Axiom- and SigNoz-style (a
    // multi-word object, an abbreviation in the object, a multi-word object, an adjective in the
    // object, an `until` phrase, a plural object).
    ("trace_query_executed", Ok),
    ("slo_burn_alert_fired", Ok),
    ("log_retention_extended", Ok),
    ("derived_column_saved", Ok),
    ("trigger_muted_until_morning", Ok),
    ("span_attributes_indexed", Ok),
    // Already fine: a serverless Postgres and MySQL database service, Neon-, PlanetScale- and
    // Aiven-style (a multi-word object, an irregular past that looks like a base with a `from`
    // phrase, a verb-like word in the object, a multi-word object, an `in` inside the object, an
    // irregular past first in the object).
    ("database_branch_created", Ok),
    ("branch_reset_from_parent", Ok),
    ("deploy_request_merged", Ok),
    ("compute_endpoint_suspended", Ok),
    ("point_in_time_restore_started", Ok),
    ("read_replica_added", Ok),
    // Already fine: an API gateway and developer portal, Kong Konnect-, Apigee- and Tyk-style (an
    // abbreviation in the object, a multi-word object, an `as` phrase, an abbreviation with a `to`
    // phrase, a multi-word object, a multi-word object).
    ("consumer_api_key_rotated", Ok),
    ("rate_limit_plugin_enabled", Ok),
    ("upstream_target_marked_as_unhealthy", Ok),
    ("api_product_published_to_portal", Ok),
    ("developer_app_approved", Ok),
    ("gateway_route_deleted", Ok),
    // Already fine: an artifact and package registry, JFrog Artifactory-, Cloudsmith- and
    // Gemfury-style (a `to` phrase, an adjective in the object, a short object, a multi-word
    // object, a noun of action in the object, a `to` phrase).
    ("package_version_promoted_to_release", Ok),
    ("remote_repository_added", Ok),
    ("artifact_quarantined", Ok),
    ("entitlement_token_revoked", Ok),
    ("vulnerability_scan_finished", Ok),
    ("retention_policy_applied_to_repository", Ok),
    // Already fine: a cloud hosting console, DigitalOcean-, Linode- and Hetzner Cloud-style (a
    // short object, a `to` phrase, an irregular past participle, a multi-word object, an
    // abbreviation in the object, an irregular past with a `from` phrase).
    ("droplet_resized", Ok),
    ("block_volume_attached_to_server", Ok),
    ("server_snapshot_taken", Ok),
    ("firewall_rule_added", Ok),
    ("floating_ip_reassigned", Ok),
    ("server_rebuilt_from_image", Ok),
    // Already fine: a game backend and live-ops console, Nakama-, Unity Gaming Services- and
    // Beamable-style (an irregular past that looks like a base in the object, a `to` phrase, an
    // `-ing` word in the object, a multi-word object, a short object, an irregular past
    // participle).
    ("leaderboard_reset_scheduled", Ok),
    ("virtual_currency_granted_to_player", Ok),
    ("matchmaking_ticket_submitted", Ok),
    ("remote_config_override_published", Ok),
    ("player_account_banned", Ok),
    ("cloud_save_slot_written", Ok),
    // Already fine: an IoT device-fleet console, balenaCloud-, Particle- and Golioth-style (a `to`
    // phrase, a `to` phrase, an abbreviation with a particle, an irregular past with an adverb, a
    // multi-word object, a multi-word object).
    ("device_added_to_fleet", Ok),
    ("firmware_release_pinned_to_fleet", Ok),
    ("ota_update_rolled_out", Ok),
    ("fleet_device_went_offline", Ok),
    ("sim_card_deactivated", Ok),
    ("device_function_invoked", Ok),
    // Already fine: an uptime and synthetic monitoring service with on-call, Better Stack-,
    // Checkly- and UptimeRobot-style (a multi-word object, an abbreviation in the object, an
    // abbreviation in a long object with an irregular past, an `on` inside the object with an
    // irregular past participle, an irregular past that looks like a base with a particle, a `to`
    // phrase).
    ("uptime_monitor_paused", Ok),
    ("api_check_created", Ok),
    ("ssl_certificate_expiry_alert_sent", Ok),
    ("on_call_schedule_overridden", Ok),
    ("maintenance_window_set_up", Ok),
    ("probe_region_added_to_check", Ok),
    // Already fine: a mobile CI and beta-distribution service, Bitrise-, Codemagic-, Expo EAS- and
    // Firebase App Distribution-style (an abbreviation in the object, a `to` phrase naming a
    // brand, a multi-word object, an `-ing` word in the object, a brand in the object with a `to`
    // phrase, a tool name in the object).
    ("ios_build_queued", Ok),
    ("build_artifact_uploaded_to_testflight", Ok),
    ("tester_group_invited", Ok),
    ("provisioning_profile_renewed", Ok),
    ("eas_update_published_to_channel", Ok),
    ("gradle_build_cache_cleared", Ok),
    // Already fine: a mobile crash-reporting and app-stability dashboard, Crashlytics-, Bugsnag-
    // and Embrace-style (a `re-` verb, an abbreviation in the object, a multi-word object, an
    // irregular past that looks like a base, an `as` phrase).
    ("crash_issue_regressed", Ok),
    ("dsym_file_uploaded", Ok),
    ("velocity_alert_triggered", Ok),
    ("stability_target_set", Ok),
    ("crash_issue_closed_as_fixed", Ok),
    // Already fine: a secrets manager, Doppler-, Infisical- and HashiCorp Vault-style (a
    // multi-word object, a plural with a `to` phrase naming a brand, a multi-word object, a
    // particle, an adjective in the object).
    ("database_secret_rotated", Ok),
    ("environment_secrets_synced_to_vercel", Ok),
    ("service_token_issued", Ok),
    ("secret_version_rolled_back", Ok),
    ("dynamic_credential_leased", Ok),
    // A feature-flag console: camelCase with a verb first, an `_error` on a noun of action (a
    // failed evaluation stays failed), Title Case already past, a noun of action, an `on` callback
    // already past.
    (
        "toggleFlag",
        Rename(&["feature_flag_toggled", "flag_toggled"]),
    ),
    ("flag_evaluation_error", Rename(&["flag_evaluation_failed"])),
    (
        "Experiment Results Viewed",
        Rename(&["experiment_results_viewed"]),
    ),
    (
        "rollout_percentage_change",
        Rename(&["rollout_percentage_changed"]),
    ),
    (
        "onFlagArchived",
        Rename(&["flag_archived", "feature_flag_archived"]),
    ),
    // An observability tool: camelCase with a verb first, a `_failure` on a noun of action (a
    // failed ingestion stays failed), PascalCase already past, abbreviations of a noun and a verb,
    // a person first in the present tense.
    ("runTraceQuery", Rename(&["trace_query_executed"])),
    ("log_ingestion_failure", Rename(&["log_ingestion_failed"])),
    ("QueryResultExported", Rename(&["query_result_exported"])),
    ("alrt_ack", Rename(&["alert_acknowledged"])),
    (
        "user_creates_trigger",
        Rename(&["trigger_created", "alert_trigger_created"]),
    ),
    // A database service: camelCase with a verb first, an `_error` on a noun of action (a failed
    // migration stays failed), Title Case already past, an abbreviation with an adjective for a
    // past.
    (
        "createBranch",
        Rename(&["database_branch_created", "branch_created"]),
    ),
    (
        "schema_migration_error",
        Rename(&["schema_migration_failed"]),
    ),
    ("Deploy Request Opened", Rename(&["deploy_request_opened"])),
    (
        "pitr_restore_complete",
        Rename(&["pitr_restore_completed", "point_in_time_restore_completed"]),
    ),
    // An API gateway: camelCase with a verb first, a leftover `handle` callback prefix already
    // past, a noun that is also a base verb with an abbreviation, a run-on already past.
    ("revokeApiKey", Rename(&["api_key_revoked"])),
    ("handleRateLimitExceeded", Rename(&["rate_limit_exceeded"])),
    (
        "plugin_config_update",
        Rename(&["plugin_config_updated", "plugin_configuration_updated"]),
    ),
    ("portalsignupapproved", Rename(&["portal_signup_approved"])),
    // An artifact registry: camelCase with a verb first, a `_failure` on a noun of action (a
    // failed upload stays failed), Title Case already past, abbreviations.
    ("publishPackage", Rename(&["package_published"])),
    (
        "artifact_upload_failure",
        Rename(&["artifact_upload_failed"]),
    ),
    (
        "Repository Replication Started",
        Rename(&["repository_replication_started"]),
    ),
    ("pkg_ver_yanked", Rename(&["package_version_yanked"])),
    // A cloud hosting console: camelCase with a verb first, an `-ing` form with a verb first (a
    // resize under way is not a resize done), PascalCase already past, a noun of action.
    ("createDroplet", Rename(&["droplet_created"])),
    ("resizing_server", Rename(&["server_resize_started"])),
    (
        "ServerSnapshotRestored",
        Rename(&["server_snapshot_restored"]),
    ),
    ("floating_ip_assignment", Rename(&["floating_ip_assigned"])),
    // A game backend: camelCase with a verb first, a `_success` on a noun of action, an `on`
    // callback already past, a run-on with an irregular past participle.
    (
        "grantCurrency",
        Rename(&["currency_granted", "virtual_currency_granted"]),
    ),
    (
        "matchmaking_success",
        Rename(&["match_found", "matchmaking_completed"]),
    ),
    ("onPlayerBanned", Rename(&["player_banned"])),
    ("cloudsavewritten", Rename(&["cloud_save_written"])),
    // An IoT fleet console: camelCase with a verb first, a `_failure` on an abbreviation (a failed
    // rollout stays failed), a present tense, PascalCase already past.
    ("flashFirmware", Rename(&["firmware_flashed"])),
    ("ota_rollout_failure", Rename(&["ota_rollout_failed"])),
    ("gateway_goes_offline", Rename(&["gateway_went_offline"])),
    ("SimCardActivated", Rename(&["sim_card_activated"])),
    // An uptime monitoring service: camelCase with a verb first, an `_error` on a noun (a failed
    // check run stays failed), an abbreviation of the verb, a noun of action with a particle.
    (
        "pauseMonitor",
        Rename(&["monitor_paused", "uptime_monitor_paused"]),
    ),
    ("check_run_error", Rename(&["check_run_failed"])),
    ("incident_ack", Rename(&["incident_acknowledged"])),
    (
        "on_call_handoff",
        Rename(&["on_call_handed_off", "on_call_shift_handed_off"]),
    ),
    // A mobile CI service: camelCase with a verb first, a `_failure` on an abbreviation and an
    // `-ing` noun (a failed signing stays failed), Title Case already past, a base verb.
    ("triggerBuild", Rename(&["build_triggered"])),
    ("ipa_signing_failure", Rename(&["ipa_signing_failed"])),
    ("Tester Invited", Rename(&["tester_invited"])),
    ("build_distribute", Rename(&["build_distributed"])),
    // A crash-reporting dashboard: camelCase with a verb first and an abbreviation, a noun of
    // action, an `on` callback already past, an abbreviation with a base verb.
    (
        "uploadDsym",
        Rename(&["dsym_uploaded", "dsym_file_uploaded"]),
    ),
    (
        "crash_regression",
        Rename(&["crash_issue_regressed", "crash_regressed"]),
    ),
    (
        "onIssueResolved",
        Rename(&["issue_resolved", "crash_issue_resolved"]),
    ),
    ("anr_detect", Rename(&["anr_detected"])),
    // A secrets manager: camelCase with a verb first, a `_failure` on a noun of action (a failed
    // sync stays failed), Title Case already past, a person first in the present tense.
    ("rotateSecret", Rename(&["secret_rotated"])),
    ("secret_sync_failure", Rename(&["secret_sync_failed"])),
    ("Service Token Revoked", Rename(&["service_token_revoked"])),
    ("engineer_reveals_secret", Rename(&["secret_revealed"])),
    // Vague: banned words (a flag console's throwaway flags, a database's scratch branches, a
    // registry's odd uploads, an observability tool's trace view, a secrets manager's placeholder
    // secrets, a game backend's leaderboards).
    ("test_flag_created", Vague),
    ("tmp_branch_deleted", Vague),
    ("misc_artifact_uploaded", Vague),
    ("trace_view_interacted", Vague),
    ("foo_secret_added", Vague),
    ("leaderboard_engaged", Vague),
    // Vague: a numbered step (a cloud console's server wizard), a numbered tab (an IoT device
    // page), a numbered button (an uptime monitor page).
    ("server_setup_step_2_completed", Vague),
    ("device_tab3_opened", Vague),
    ("monitor_button2_clicked", Vague),
    // Vague: generic UI elements as the whole object, named after where they are on the screen (a
    // CI build page's modal, a crash list's dropdown, a gateway console's sidebar link, a flag
    // list's tooltip, a registry home page's banner, a cloud console's popup).
    ("build_details_modal_closed", Vague),
    ("crash_list_dropdown_opened", Vague),
    ("gateway_sidebar_link_clicked", Vague),
    ("flag_toggle_tooltip_dismissed", Vague),
    ("registry_banner_clicked", Vague),
    ("console_popup_dismissed", Vague),
    // Flagged, but no rename is right without more context: a state, a state, a bare noun, an
    // error kind, an error kind, a state, a state, a state, a bare noun, a state, a bare noun, an
    // `-ing` future event, a bare noun, a bare noun, a bare noun.
    ("flag_stale", NoRename),
    ("p99_latency_high", NoRename),
    ("database_cpu_saturation", NoRename),
    ("upstream_timeout", NoRename),
    ("package_name_conflict", NoRename),
    ("droplet_out_of_memory", NoRename),
    ("player_session_active", NoRename),
    ("device_firmware_outdated", NoRename),
    ("fleet_heartbeat", NoRename),
    ("monitor_down", NoRename),
    ("build_minutes_remaining", NoRename),
    ("provisioning_profile_expiring_soon", NoRename),
    ("crash_free_rate", NoRename),
    ("secret_lease_ttl", NoRename),
    ("api_quota_usage", NoRename),
];
