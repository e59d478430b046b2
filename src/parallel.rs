//! Work spread over every core: a scoped worker per core pulling items by index, results back
//! in input order. Used to read and parse catalog files.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `work` over `items` on every core, keeping the input order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else {
                return done;
            };
            done.push((index, work(index, item)));
        }
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                std::thread::Builder::new()
                    // Deeply nested YAML recurses; give the parser room (depth is bounded).
                    .stack_size(64 * 1024 * 1024)
                    .spawn_scoped(scope, worker)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| match handle {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => Vec::new(),
            })
            .collect()
    });
    // A worker that could not be spawned leaves items undone; do them here.
    if results.len() < items.len() {
        let done: HashSet<usize> = results.iter().map(|(i, _)| *i).collect();
        for (index, item) in items.iter().enumerate() {
            if !done.contains(&index) {
                results.push((index, work(index, item)));
            }
        }
    }
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
