//! Independent pieces of work on every core, with their results in the order of the input.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Runs `f` on every item, on as many threads as there are cores (never more than items),
/// and returns the results in the order of `items`. Each thread takes the next item when
/// it is free, so a slow item does not hold up the others.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(items.len());
    // One worker is this thread: a thread started for it costs its start and a heap of its
    // own (an allocator's arena, grown page by page), a good part of drafting one document.
    if workers <= 1 {
        return items.iter().enumerate().map(|(i, item)| f(i, item)).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let result = f(i, item);
                *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
            });
        }
    });
    // The scope joined every thread, and a thread stops only when no item is left (a panic
    // in `f` would have been raised by the scope), so every slot is filled.
    results.into_iter().map(|m| m.into_inner().unwrap_or_else(|p| p.into_inner()).expect("every item was processed")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..100).collect();
        // Uneven work, so that threads finish out of order.
        let out = super::map(&items, |i, &n| {
            std::thread::sleep(std::time::Duration::from_micros((n % 7) * 50));
            (i as u64, n * n)
        });
        assert_eq!(out, items.iter().map(|&n| (n, n * n)).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |_, &b| b).is_empty());
    }
}
