//! Timing helpers shared by the benchmarks.

use std::time::{Duration, Instant};

/// The median of runs.
pub fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// The median time of `iterations` runs of `f`, after one warm-up run.
#[allow(dead_code, reason = "each benchmark includes this module and uses part of it")]
pub fn time(iterations: usize, mut f: impl FnMut()) -> Duration {
    f();
    median(
        (0..iterations)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}
