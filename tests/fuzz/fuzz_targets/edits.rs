//! Fuzzes the edits tracklint writes into catalog files (SPEC §8, "Writes"): a small catalog
//! with hostile names in every layout `rename` extends, built from the input; one event is
//! renamed and every diagnostic's fix applied in memory, and the edited text must parse back
//! to the intended values (or the rename is refused with the reason the catalog gives); an
//! eighth of the inputs are arbitrary dictionary text, where a refusal is always fine. The
//! property is tests/it/edits_property.rs, which a short seeded run in `cargo test` shares.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use tracklint::config::Config;

#[path = "../../it/edits_property.rs"]
mod edits_property;

fuzz_target!(|data: &[u8]| {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    let config =
        CONFIG.get_or_init(|| Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]));
    let Some((&mode, data)) = data.split_first() else {
        return;
    };
    let mut input = Unstructured::new(data);
    // Mostly generated catalogs; an eighth of the inputs are dictionary text as it comes.
    if mode % 8 == 0 {
        let _ = edits_property::check_raw(&mut input);
    } else if let Ok(model) = edits_property::Model::generate(&mut input) {
        edits_property::check_model(&model, config, true);
    }
});
