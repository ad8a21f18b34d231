//! A mutation fuzzer for the readers that runs on stable Rust, bounded in time:
//! `cargo run --release --example fuzz -- [docx|pdf|text|all] [SECONDS]`.
//!
//! Seeds are the drafts the drafting side generates, the labelled corpus and hand-made
//! PDFs; each round mutates one (byte flips, truncation, deletion, duplication, splicing)
//! and runs the reader and the checker on it. A panic is a bug: the run stops and the
//! input is saved to `fuzz-crash-<n>.bin`. (With a nightly toolchain, `fuzz/` holds the
//! same targets for cargo-fuzz, coverage-guided.)

use std::time::{Duration, Instant};

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    let corpus = std::path::Path::new(root).join("tests/corpus");
    for entry in std::fs::read_dir(&corpus).into_iter().flatten().flatten() {
        let p = entry.path();
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or_default().to_string();
        let wanted = match target {
            "docx" => ext == "docx",
            "pdf" => ext == "pdf",
            "text" => ext == "txt" || ext == "md",
            _ => true,
        };
        if wanted && p.is_file() {
            out.extend(std::fs::read(&p).ok());
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let target = args.get(1).map(String::as_str).unwrap_or("all").to_string();
    let seconds: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(30);
    let seeds = seeds(&target);
    assert!(!seeds.is_empty(), "no seeds for `{target}`");
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rand = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let mut m = seeds[(rand() as usize) % seeds.len()].clone();
        for _ in 0..(1 + rand() % 4) {
            if m.is_empty() {
                break;
            }
            let i = (rand() as usize) % m.len();
            match rand() % 5 {
                0 => m[i] = rand() as u8,
                1 => m.truncate(i),
                2 => {
                    let n = ((rand() % 256) as usize).min(m.len() - i);
                    m.drain(i..i + n);
                }
                3 => {
                    let n = ((rand() % 256) as usize).min(m.len() - i);
                    let chunk = m[i..i + n].to_vec();
                    m.splice(i..i, chunk);
                }
                _ => {
                    let other = &seeds[(rand() as usize) % seeds.len()];
                    let j = (rand() as usize) % other.len().max(1);
                    m.truncate(i);
                    m.extend_from_slice(&other[j.min(other.len())..]);
                }
            }
        }
        let input = m.clone();
        let result = std::panic::catch_unwind(move || {
            if let Ok(doc) = naskah::read::read_unguarded(&m) {
                let _ = naskah::check::check(&doc, None);
            }
        });
        if result.is_err() {
            let name = format!("fuzz-crash-{runs}.bin");
            let _ = std::fs::write(&name, &input);
            eprintln!("panic on run {runs}; input saved to {name}");
            std::process::exit(1);
        }
        runs += 1;
    }
    println!("{target}: {runs} mutated inputs in {seconds} s, no panic");
}
