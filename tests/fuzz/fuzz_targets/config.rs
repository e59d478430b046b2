//! Fuzzes the config reader (`tracklint.yaml`) on arbitrary text: errors are fine, panics are
//! not. Paths it names are resolved against a folder that does not exist.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use tracklint::config::Config;
use tracklint::syntax::source::Sources;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sources = Sources::new();
    let _ = Config::from_text(
        Path::new("/nonexistent/tracklint-fuzz/tracklint.yaml"),
        text,
        &mut sources,
    );
});
