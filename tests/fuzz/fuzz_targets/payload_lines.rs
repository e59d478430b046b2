//! Fuzzes `validate` end to end on payload bytes: the line reader (gzip and plain), the JSON
//! parser, every per-call check, the batch and volume caps and the collector, against a sample
//! catalog that exercises every payload rule. Nothing may panic, no more calls may be invalid
//! than were read, and every diagnostic points at a line of the input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tracklint::catalog::Catalog;
use tracklint::config::Config;
use tracklint::payload::sample;
use tracklint::syntax::source::Sources;

/// The sample catalog, loaded once for every input.
fn setup() -> &'static (Sources, Catalog, Config) {
    static SETUP: OnceLock<(Sources, Catalog, Config)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let mut sources = Sources::new();
        let (catalog, config) = sample::catalog(&mut sources);
        (sources, catalog, config)
    })
}

fuzz_target!(|data: &[u8]| {
    let (sources, catalog, config) = setup();
    let lines = data.split(|&b| b == b'\n').count() as u32;
    let volume = data.first().is_some_and(|b| b & 1 == 1);
    let Some(validation) =
        sample::validate_bytes(catalog, config, sources, data.to_vec(), volume)
    else {
        return;
    };
    assert!(validation.invalid <= validation.payloads);
    for diagnostic in &validation.diagnostics {
        if let Some(line) = diagnostic.line {
            // A gzip input has more lines than its compressed bytes show.
            assert!(line >= 1);
            if !data.starts_with(&[0x1f, 0x8b]) {
                assert!(line <= lines, "line {line} of {lines}");
            }
        }
    }
});
