//! One explicit rayon pool for the loader and the rules, with room on every worker for the
//! deepest nesting a file may have; when threads cannot be started (a tight `ulimit -v`), the
//! work runs on the calling thread instead.

use std::sync::OnceLock;

use rayon::prelude::*;

/// Stack of every worker. The YAML tree, its JSON copy, the schema validator and dropping a tree
/// each recurse once per level, at most 128 levels (SPEC §8); a test walks that deep on a
/// worker. 16 MiB leaves a wide margin while keeping reserved memory small under `ulimit -v`.
const WORKER_STACK: usize = 16 * 1024 * 1024;

fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|index| format!("tracklint-{index}"))
            .stack_size(WORKER_STACK)
            .build()
            .ok()
    })
    .as_ref()
}

/// `work` over every item, on the pool when there is one, results in input order. Every item
/// is its own task (a file, a rule group, a chunk of names: few and heavy), so an idle worker
/// can take any item not yet started; rayon's default would hand each worker runs of a
/// quarter of the items, and one worker would finish its run alone.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(usize, &T) -> R + Sync + Send) -> Vec<R> {
    match pool() {
        Some(pool) => pool.install(|| {
            items
                .par_iter()
                .with_max_len(1)
                .enumerate()
                .map(|(index, item)| work(index, item))
                .collect()
        }),
        None => items
            .iter()
            .enumerate()
            .map(|(index, item)| work(index, item))
            .collect(),
    }
}

/// Runs `work` on the pool when a worker is free, without waiting for it (nothing, when there
/// is no pool: what it prepares is then built on first use).
pub fn spawn(work: impl FnOnce() + Send + 'static) {
    if let Some(pool) = pool() {
        pool.spawn(work);
    }
}

/// Runs `a` here and `b` on another worker when one is free (else here, after `a`).
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    match pool() {
        Some(pool) => pool.install(|| rayon::join(a, b)),
        None => (a(), b()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::yaml;

    #[test]
    fn keeps_input_order() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(
            map(&items, |index, item| index + item),
            (0..1000).map(|i| 2 * i).collect::<Vec<_>>()
        );
    }

    /// The deepest file accepted is parsed, converted and dropped on a worker.
    #[test]
    fn workers_have_room_for_the_deepest_nesting() {
        let depth = yaml::MAX_DEPTH;
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let results = map(&[text.clone(), text], |_, text| {
            let document = yaml::parse(text).map_err(|e| e.message)?;
            let json = document.root.to_json();
            Ok::<_, String>(json.is_array())
        });
        assert_eq!(results, vec![Ok(true), Ok(true)]);
    }
}
