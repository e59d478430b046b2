//! Fuzzes the YAML tree builder, the catalog loader and every rule on one file of arbitrary
//! bytes: nothing may panic, and every diagnostic span must lie inside its file.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use tracklint::catalog::{self, Input, LoadOptions};
use tracklint::config::Config;
use tracklint::engine::check;
use tracklint::lint::{Context, EVERY_RULE};
use tracklint::syntax::source::Sources;

fuzz_target!(|data: &[u8]| {
    let inputs = vec![Input::Memory {
        path: PathBuf::from("fuzz.yaml"),
        name: "fuzz.yaml".to_owned(),
        bytes: Ok(data.to_vec()),
    }];
    let mut sources = Sources::new();
    let catalog = catalog::load_inputs(&inputs, &LoadOptions::default(), &mut sources);
    let config = Config::defaults(PathBuf::from("."), vec![PathBuf::from(".")]);
    let cx = Context {
        catalog: &catalog,
        config: &config,
        sources: &sources,
        baseline: None,
        selected: EVERY_RULE,
    };
    for diagnostic in check::run(&cx) {
        let text = &sources.get(diagnostic.span.file).text;
        assert!(diagnostic.span.end() as usize <= text.len());
        let _ = sources.start(diagnostic.span);
    }
});
