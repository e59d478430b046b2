//! A hundred-and-fifth held-out table for the naming rules (issue 21), written in the eleventh
//! session after the first hundred and three tables (the other three of this session, 104th to
//! 107th, were being written beside it and were not seen), by someone who had seen neither the
//! rules' code nor their output. Like the tenth to hundred-and-third, it reads like ordinary teams'
//! own tracking plans rather than vendors' webhooks, this time only for crypto and digital assets,
//! a few corners of which (a crypto exchange's retail app, a hardware wallet's companion app)
//! earlier tables touched from other sides: a custodial exchange app (buy, sell, convert, limit
//! orders), a self-custody wallet (seed phrase backup, network switch, token approvals, gas fees),
//! a staking and earn product, an NFT marketplace (mint, list, bid, offer), a DeFi swap front end
//! (slippage, liquidity pools), a crypto card, an on-ramp and KYC flow, a hardware wallet companion
//! app, a tax reporting tool for crypto, a block explorer, a crypto payroll and merchant payments
//! product and an exchange's compliance back office (travel rule, withdrawal holds). Event names
//! are written as a crypto company's product teams write them: mostly snake_case from the data
//! team's plan, some camelCase and PascalCase from the iOS and Android apps (some with leftover
//! `on` and `track` call prefixes), a few in Title Case with spaces from an older dashboard, and
//! the trade's own abbreviations (tx, txn, kyc, aml, nft, lp, apy, eth, btc, sol, steth, addr, csv,
//! api, vasp). They are modelled on and partly recalled from memory of public sources: Coinbase's,
//! Kraken's and Crypto.com's recurring buys, converts, limit and market orders, partial fills and
//! price alerts; MetaMask's and Phantom's secret recovery phrases, network switcher, custom tokens,
//! token approvals and revokes, and gas fee editing; Lido's stETH withdrawal requests and
//! Coinbase's and Kraken's staking, rewards, validators and APYs; OpenSea's, Magic Eden's and
//! Blur's mints, listings, collection offers, auctions and creator royalties; Uniswap's and Curve's
//! slippage tolerance, price impact warnings, swap routes, liquidity pools and positions; the
//! Crypto.com Visa card's and the Coinbase Card's freezes, top-ups, virtual cards, spending limits
//! and cashback; MoonPay's and Ramp's ID documents, selfies, proof of address, KYC tiers and
//! quotes; Ledger Live's and Trezor Suite's firmware updates, PINs, coin apps, on-device signing,
//! genuine checks and Bluetooth pairing; Koinly's and CoinTracker's exchange API keys, wallet
//! syncs, CSV imports, cost basis methods, gift transactions and capital gains reports; Etherscan's
//! and Blockchair's address and transaction look-ups, verified contract source, token holder lists,
//! watchlists and gas tracker; BitPay's, Coinbase Commerce's and Bitwage's invoices, settlements
//! and crypto salary splits; and Chainalysis's, Notabene's and TRM's travel rule messages,
//! beneficiary VASPs, withdrawal holds, sanctions screening alerts and suspicious activity reports,
//! with the mistakes real teams make: verbs first, nouns of action, `-ing` forms, camelCase,
//! PascalCase and Title Case with spaces, vague words, generic UI words, numbered UI words and
//! steps, `_success`, `_error` and `_failure` suffixes, an `error_` prefix, run-on words, plural
//! slips, present tenses with a person first, base verbs for pasts, abbreviations and leftover SDK
//! call prefixes (`on`, `track`). Names are snake_cased where a plan would be, with the case kept
//! where it is the point. Each was labelled by hand before the rules were run on them. The author
//! read only the data arrays and comments of earlier tables (the ninety-ninth and hundred-and-third
//! whole, to copy their format), and checked with a grep, without reading the training table, that
//! no name here is in any of the first hundred and three tables or in the training table. Never
//! tune the rules to these.

use super::held_out::Label::{self, NoRename, Ok, Rename, Vague};

pub(super) const HELD_OUT_NAMES_105: &[(&str, Label)] = &[
    // Already fine: a custodial exchange app, Coinbase-, Kraken- and Crypto.com-style (a multi-word
    // object, a multi-word object, abbreviations in the object with a `to` phrase, a multi-word
    // object, an irregular past with an abbreviation in the object, an adverb before the verb).
    ("stop_limit_order_placed", Ok),
    ("recurring_buy_scheduled", Ok),
    ("btc_converted_to_eth", Ok),
    ("market_order_filled", Ok),
    ("eth_price_alert_set", Ok),
    ("buy_limit_order_partially_filled", Ok),
    // Already fine: a self-custody wallet, MetaMask- and Phantom-style (a particle, a multi-word
    // object, a `to` phrase, a multi-word object, a multi-word object, a multi-word object).
    ("secret_recovery_phrase_backed_up", Ok),
    ("recovery_phrase_confirmed", Ok),
    ("network_switched_to_polygon", Ok),
    ("token_approval_revoked", Ok),
    ("custom_token_imported", Ok),
    ("gas_fee_edited", Ok),
    // Already fine: a staking and earn product, Lido-, Coinbase staking- and Kraken-style (an
    // abbreviation as the object, a `re-` verb, an abbreviation in the object, an irregular
    // participle, an abbreviation in the object, a multi-word object).
    ("eth_staked", Ok),
    ("staking_rewards_restaked", Ok),
    ("steth_withdrawal_requested", Ok),
    ("validator_chosen", Ok),
    ("apy_breakdown_viewed", Ok),
    ("lockup_period_ended", Ok),
    // Already fine: an NFT marketplace, OpenSea-, Magic Eden- and Blur-style (an abbreviation as
    // the object, a `for` phrase, an irregular past, a multi-word object, a multi-word object, an
    // irregular past).
    ("nft_minted", Ok),
    ("nft_listed_for_sale", Ok),
    ("collection_offer_made", Ok),
    ("timed_auction_bid_placed", Ok),
    ("nft_listing_price_lowered", Ok),
    ("creator_royalty_paid", Ok),
    // Already fine: a DeFi swap front end, Uniswap- and Curve-style (a multi-word object, a
    // multi-word object, a `to` phrase, a multi-word object, an irregular participle, a multi-word
    // object).
    ("slippage_tolerance_changed", Ok),
    ("token_swap_confirmed", Ok),
    ("liquidity_added_to_pool", Ok),
    ("liquidity_position_closed", Ok),
    ("price_impact_warning_shown", Ok),
    ("swap_route_refreshed", Ok),
    // Already fine: a crypto card, Crypto.com Visa card- and Coinbase Card-style (an irregular
    // participle, a multi-word object, a particle, a multi-word object, a multi-word object).
    ("crypto_card_frozen", Ok),
    ("cashback_reward_earned", Ok),
    ("crypto_card_topped_up", Ok),
    ("crypto_card_spend_limit_raised", Ok),
    ("virtual_visa_card_issued", Ok),
    // Already fine: an on-ramp and KYC flow, MoonPay- and Ramp-style (an abbreviation in the
    // object, a multi-word object, a phrase as the object, an abbreviation in the object, a
    // multi-word object, a British spelling).
    ("id_document_photo_uploaded", Ok),
    ("selfie_check_passed", Ok),
    ("proof_of_address_submitted", Ok),
    ("kyc_tier_upgraded", Ok),
    ("purchase_quote_accepted", Ok),
    ("card_payment_authorised", Ok),
    // Already fine: a hardware wallet companion app, Ledger Live- and Trezor Suite-style (a
    // multi-word object, an irregular participle, a multi-word object, an `on` phrase, a check that
    // passed, an `over` phrase).
    ("ledger_firmware_updated", Ok),
    ("device_pin_chosen", Ok),
    ("coin_app_installed", Ok),
    ("withdrawal_signed_on_device", Ok),
    ("device_genuine_check_passed", Ok),
    ("device_paired_over_bluetooth", Ok),
    // Already fine: a tax reporting tool for crypto, Koinly- and CoinTracker-style (an abbreviation
    // in the object, a plural in the object, an abbreviation in the object, a multi-word object, a
    // multi-word object, an `as` phrase).
    ("exchange_api_key_connected", Ok),
    ("wallet_transactions_synced", Ok),
    ("csv_file_imported", Ok),
    ("cost_basis_method_changed", Ok),
    ("capital_gains_report_downloaded", Ok),
    ("transaction_marked_as_gift", Ok),
    // Already fine: a block explorer, Etherscan- and Blockchair-style (a multi-word object, a
    // multi-word object, a multi-word object, a multi-word object, a `to` phrase, a multi-word
    // object).
    ("wallet_address_searched", Ok),
    ("transaction_hash_copied", Ok),
    ("contract_source_verified", Ok),
    ("token_holder_list_exported", Ok),
    ("address_added_to_watchlist", Ok),
    ("gas_tracker_viewed", Ok),
    // Already fine: a crypto payroll and merchant payments product, BitPay-, Coinbase Commerce- and
    // Bitwage-style (an irregular past, a multi-word object, a multi-word object, a multi-word
    // object, a multi-word object).
    ("crypto_invoice_sent", Ok),
    ("merchant_payment_received", Ok),
    ("payroll_run_approved", Ok),
    ("salary_crypto_split_updated", Ok),
    ("settlement_payout_initiated", Ok),
    // Already fine: an exchange's compliance back office, Chainalysis-, Notabene- and TRM-style (a
    // multi-word object, a multi-word object, a multi-word object, a multi-word object, a
    // multi-word object, an irregular participle with a particle and an abbreviation in the
    // object).
    ("travel_rule_message_sent", Ok),
    ("withdrawal_hold_released", Ok),
    ("sanctions_screening_alert_raised", Ok),
    ("suspicious_activity_report_filed", Ok),
    ("beneficiary_vasp_identified", Ok),
    ("aml_case_written_up", Ok),
    // A custodial exchange app: camelCase with a verb first, a `_success` in PascalCase, a person
    // first in the present tense, a base verb.
    ("placeLimitOrder", Rename(&["limit_order_placed"])),
    (
        "BuyOrderSuccess",
        Rename(&["buy_order_completed", "buy_order_filled"]),
    ),
    (
        "user_cancels_limit_order",
        Rename(&["limit_order_cancelled", "limit_order_canceled"]),
    ),
    ("sell_order_execute", Rename(&["sell_order_executed"])),
    // A self-custody wallet: a leftover `on` callback prefix already past, camelCase with a verb
    // first, an `-ing` form, an `_error` (a failed estimate stays failed), an abbreviation already
    // past.
    ("onSeedPhraseRevealed", Rename(&["seed_phrase_revealed"])),
    ("switchNetwork", Rename(&["network_switched"])),
    (
        "token_approval_revoking",
        Rename(&["token_approval_revoked"]),
    ),
    (
        "gas_fee_estimation_error",
        Rename(&["gas_fee_estimation_failed"]),
    ),
    ("tx_sent", Rename(&["transaction_sent"])),
    // A staking and earn product: camelCase with a verb first and an abbreviation, an `-ing` form
    // with the object last, a noun of action, Title Case with spaces already past.
    ("stakeSol", Rename(&["sol_staked"])),
    (
        "claiming_staking_rewards",
        Rename(&["staking_rewards_claimed"]),
    ),
    (
        "validator_exit_submission",
        Rename(&["validator_exit_submitted"]),
    ),
    ("Earn Program Joined", Rename(&["earn_program_joined"])),
    // An NFT marketplace: camelCase with a verb first, PascalCase already past, a `_failure` (a
    // failed bid stays failed), a leftover `track` call prefix already past.
    ("mintNft", Rename(&["nft_minted"])),
    ("NftListingCreated", Rename(&["nft_listing_created"])),
    ("bid_placement_failure", Rename(&["bid_placement_failed"])),
    (
        "trackOfferAccepted",
        Rename(&["offer_accepted", "nft_offer_accepted"]),
    ),
    // A DeFi swap front end: a verb first in snake_case, camelCase with a verb first and an
    // abbreviation, an `error_` prefix already past, a run-on already past.
    ("swap_tokens", Rename(&["tokens_swapped"])),
    (
        "removeLpPosition",
        Rename(&["lp_position_removed", "liquidity_position_removed"]),
    ),
    ("error_swap_reverted", Rename(&["swap_reverted"])),
    ("liquiditypooljoined", Rename(&["liquidity_pool_joined"])),
    // A crypto card: camelCase with a verb first, a noun of action, PascalCase already past, a
    // `_failure` (a failed top-up stays failed).
    ("freezeVirtualCard", Rename(&["virtual_card_frozen"])),
    ("card_activation", Rename(&["card_activated"])),
    ("CashbackRedeemed", Rename(&["cashback_redeemed"])),
    ("card_top_up_failure", Rename(&["card_top_up_failed"])),
    // An on-ramp and KYC flow: camelCase with a verb first, a noun of action with an abbreviation,
    // Title Case with spaces and an abbreviation already past, a person first in the present tense.
    ("verifyBuyerIdentity", Rename(&["buyer_identity_verified"])),
    (
        "kyc_submission",
        Rename(&["kyc_submitted", "kyc_application_submitted"]),
    ),
    ("KYC Approved", Rename(&["kyc_approved"])),
    (
        "user_buys_crypto_with_card",
        Rename(&["crypto_bought_with_card", "crypto_purchased_with_card"]),
    ),
    // A hardware wallet companion app: a leftover `on` callback prefix already past, an `-ing`
    // form, a verb first in snake_case, Title Case with spaces already past (a failed check stays
    // failed).
    ("onLedgerConnected", Rename(&["ledger_connected"])),
    ("firmware_updating", Rename(&["firmware_updated"])),
    (
        "verify_receive_address",
        Rename(&["receive_address_verified"]),
    ),
    ("Genuine Check Failed", Rename(&["genuine_check_failed"])),
    // A tax reporting tool for crypto: camelCase with a verb first, a noun of action, an `_error`
    // (a failed sync stays failed), an abbreviation already past.
    ("importTradeHistory", Rename(&["trade_history_imported"])),
    ("tax_report_generation", Rename(&["tax_report_generated"])),
    ("wallet_sync_error", Rename(&["wallet_sync_failed"])),
    (
        "txn_category_changed",
        Rename(&["transaction_category_changed"]),
    ),
    // A block explorer: camelCase with a verb first and an abbreviation, an abbreviation already
    // past, PascalCase already past, an `-ing` form with the object last.
    ("searchTxHash", Rename(&["transaction_hash_searched"])),
    ("addr_copied", Rename(&["address_copied"])),
    ("ContractVerified", Rename(&["contract_verified"])),
    ("viewing_token_holders", Rename(&["token_holders_viewed"])),
    // A crypto payroll and merchant payments product: camelCase with a verb first, a base verb, a
    // `_success` on a noun, a person first in the present tense, a plural slip (one invoice per
    // event).
    ("createInvoice", Rename(&["invoice_created"])),
    ("payroll_run_submit", Rename(&["payroll_run_submitted"])),
    (
        "merchant_payment_success",
        Rename(&["merchant_payment_received", "merchant_payment_completed"]),
    ),
    (
        "employee_chooses_crypto_payout",
        Rename(&["crypto_payout_chosen"]),
    ),
    ("invoices_expired", Rename(&["invoice_expired"])),
    // An exchange's compliance back office: camelCase with a verb first, a `_failure` (a failed
    // check stays failed), a noun of action with an abbreviation, a person first in the present
    // tense.
    (
        "holdWithdrawal",
        Rename(&["withdrawal_held", "withdrawal_hold_placed"]),
    ),
    (
        "travel_rule_check_failure",
        Rename(&["travel_rule_check_failed"]),
    ),
    ("aml_alert_escalation", Rename(&["aml_alert_escalated"])),
    (
        "analyst_clears_alert",
        Rename(&["alert_cleared", "aml_alert_cleared"]),
    ),
    // Vague: banned words (an exchange's fees, a wallet's settings, an NFT page, a swap widget, a
    // staking page, a KYC draft, a QA build of a crypto card).
    ("misc_exchange_fee_charged", Vague),
    ("wallet_settings_stuff_changed", Vague),
    ("nft_thing_favorited", Vague),
    ("swap_widget_interacted", Vague),
    ("staking_page_engaged", Vague),
    ("tmp_kyc_draft_saved", Vague),
    ("test_card_transaction_settled", Vague),
    // Vague: generic UI or action nouns as the whole object, some named after where they are on the
    // screen (an exchange's convert screen, a hardware wallet app, a tax tool, a compliance back
    // office, a block explorer, a merchant dashboard).
    ("convert_button_clicked", Vague),
    ("hardware_wallet_modal_closed", Vague),
    ("tax_report_form_submitted", Vague),
    ("compliance_action_performed", Vague),
    ("explorer_link_clicked", Vague),
    ("merchant_popup_dismissed", Vague),
    // Vague: a numbered on-ramp step (an on-ramp flow), a numbered tab (a wallet's home screen).
    ("onramp_step_2_completed", Vague),
    ("wallet_tab4_opened", Vague),
    // Flagged, but no rename is right without more context: an error kind, an error kind, a state,
    // a bare noun, a bare noun, a state, a bare noun, a state, a state, a state, a state, a bare
    // noun, a bare noun, a state in PascalCase, a bare noun.
    ("insufficient_gas", NoRename),
    ("unsupported_network", NoRename),
    ("seed_phrase_not_backed_up", NoRename),
    ("staking_apy", NoRename),
    ("nft_floor_price", NoRename),
    ("slippage_too_high", NoRename),
    ("impermanent_loss", NoRename),
    ("card_balance_low", NoRename),
    ("kyc_pending", NoRename),
    ("ledger_app_not_open", NoRename),
    ("cost_basis_missing", NoRename),
    ("block_confirmations", NoRename),
    ("merchant_settlement_currency", NoRename),
    ("WithdrawalOnHold", NoRename),
    ("address_risk_score", NoRename),
];
