//! `tracklint validate`: real payloads checked against the catalog and its plans (SPEC §6).
//! Flow: `reader` (a thread) cuts the inputs into capped lines and batches of lines → `check`
//! parses each line once (`properties` into a `tree` borrowed from the line) and checks each
//! call against its event's compiled `schema` and the per-call rules, on a rayon pool, batch
//! by batch in input order → `collect` (a thread) sees
//! the calls in input order for what needs the whole stream (duplicates, library tracker,
//! coverage, `volume`) → a `Validation` that `report/` renders. Memory is a few batches plus
//! bounded tables, whatever the input size.

pub mod check;
pub mod collect;
pub mod context;
mod json;
pub mod library;
pub mod pins;
pub mod reader;
pub mod recent;
pub mod sample;
pub mod schema;
mod short;
pub mod tree;
pub mod version;
mod violation;
pub mod volume;

use std::sync::mpsc::sync_channel;

use foldhash::HashMap as FastMap;
use rayon::prelude::*;

use check::{Checked, Worker, check_line};
use collect::{Collector, Validation};
use context::Context;
use reader::{Batch, Message, Opened};

use crate::syntax::source::FileId;

/// Lines checked by one worker task: large enough to amortise scheduling, small enough that
/// both workers stay busy to the end of a batch.
const LINES_PER_TASK: usize = 256;

/// Batches in flight between the threads (each at most a few MiB).
const QUEUE: usize = 2;

/// Streams `inputs` through the checks. `names` are the inputs' printed names; `errors_only`
/// keeps only errors for the report (all are counted).
pub fn validate(
    cx: &Context,
    inputs: Vec<Opened>,
    names: FastMap<FileId, String>,
    errors_only: bool,
) -> Validation {
    let (batches, from_reader) = sync_channel::<Message>(QUEUE);
    let (checked, to_collector) =
        sync_channel::<Result<Vec<Vec<Checked>>, (FileId, String)>>(QUEUE);
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("tracklint-validate-{i}"))
        .build()
        .ok();
    std::thread::scope(|scope| {
        scope.spawn(move || reader::stream(inputs, batches));
        let collector = scope.spawn(move || {
            let mut collector = Collector::new(cx, names, errors_only);
            for result in to_collector {
                match result {
                    Ok(mut chunks) => chunks
                        .iter_mut()
                        .flatten()
                        .for_each(|c| collector.absorb(c)),
                    Err((file, reason)) => collector.failed(file, reason),
                }
            }
            collector.finish()
        });
        for message in from_reader {
            let result = match message {
                Message::Batch(batch) => Ok(match &pool {
                    Some(pool) => pool.install(|| check_batch(cx, batch)),
                    None => check_batch(cx, batch),
                }),
                Message::Failed { file, reason } => Err((file, reason)),
            };
            if checked.send(result).is_err() {
                break;
            }
        }
        drop(checked);
        collector
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Checks a batch on the pool; the calls come back in input order, a list per task (handed
/// on as they are: flattening would move every call once more).
fn check_batch(cx: &Context, batch: Batch) -> Vec<Vec<Checked>> {
    let Batch { file, bytes, lines } = batch;
    lines
        .par_chunks(LINES_PER_TASK)
        .map(|chunk| {
            let mut out = Vec::with_capacity(chunk.len());
            let mut worker = Worker::default();
            for line in chunk {
                check_line(cx, &mut worker, file, line, &bytes, &mut out);
            }
            out
        })
        .collect()
}
