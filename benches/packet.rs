//! Benchmark of `naskah packet` (not a test): the whole process on the sample, its wall
//! time and peak memory, against LibreOffice converting the same DOCX files to PDF
//! (`soffice --headless --convert-to pdf`), which is what an office does today.
//!
//! `cargo bench --bench packet`

mod common;

use common::{median, time};
use naskah::model::DocKind;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs a command to its end; returns its wall time and peak resident memory (KiB), which
/// `wait4` reports for the process and the children it waited for.
#[allow(clippy::zombie_processes, reason = "the child is reaped by `wait4`, which also gives its peak memory")]
fn measure(cmd: &mut Command) -> (Duration, i64) {
    let start = Instant::now();
    let child = cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().expect("the command starts");
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value, and `wait4` only writes into the two
    // out-parameters, which live until it returns.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "the command failed: {cmd:?}");
    (start.elapsed(), usage.ru_maxrss)
}

/// Median time and largest peak memory of `n` runs, after a warm-up run.
fn runs(n: usize, mut make: impl FnMut() -> Command) -> (Duration, i64) {
    measure(&mut make());
    let results: Vec<(Duration, i64)> = (0..n).map(|_| measure(&mut make())).collect();
    (median(results.iter().map(|r| r.0).collect()), results.iter().map(|r| r.1).max().unwrap_or(0))
}

fn packet(sample: &str, dir: &Path, n: usize) -> (Duration, i64) {
    let root = env!("CARGO_MANIFEST_DIR");
    runs(n, || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_naskah"));
        c.args(["packet", &format!("{root}/samples/{sample}.yaml"), "-o"]).arg(dir).arg("--force");
        c
    })
}

fn main() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("packet");
    let (ours, ours_kib) = packet("denpasar-perth", &out, 20);
    println!(
        "naskah packet, Denpasar-Perth (4 documents as DOCX and PDF, packet.pdf, manifest): {:.0} ms, peak memory {:.1} MB",
        ours.as_secs_f64() * 1e3,
        ours_kib as f64 / 1024.0
    );
    if Path::new("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc").exists() {
        let (ko, ko_kib) = packet("gianyar-gapyeong-ko", &tmp.path().join("ko"), 10);
        println!(
            "naskah packet, Gianyar-Gapyeong with Korean (5 documents, system CJK font): {:.0} ms, peak memory {:.1} MB",
            ko.as_secs_f64() * 1e3,
            ko_kib as f64 / 1024.0
        );
    }

    // The floor under the whole process: typst alone laying out the four documents and
    // exporting them as PDF, in this process (fonts already parsed), on one core and on all.
    let src = std::fs::read_to_string(format!("{}/samples/denpasar-perth.yaml", env!("CARGO_MANIFEST_DIR"))).expect("sample");
    let input = naskah::input::load("denpasar-perth.yaml", &src).expect("valid").input;
    let asm = naskah::assemble::Assembler::new(None, naskah::library::Library::embedded().expect("library")).expect("templates");
    let docs: Vec<naskah::model::Document> = [DocKind::DprdLetter, DocKind::Plan, DocKind::ActionPlan, DocKind::Loi]
        .into_iter()
        .map(|k| asm.draft(k, &input).expect("draft").0)
        .collect();
    let opts = naskah::render::Options::default();
    let one_core = time(10, || {
        for d in &docs {
            std::hint::black_box(naskah::render::pdf::render(d, &opts).expect("pdf"));
        }
    });
    let all_cores = time(10, || {
        std::hint::black_box(naskah::parallel::map(&docs, |_, d| naskah::render::pdf::render(d, &opts).expect("pdf")));
    });
    println!(
        "typst alone, the same 4 documents laid out and exported in this process: {:.0} ms on one core, {:.0} ms on all cores",
        one_core.as_secs_f64() * 1e3,
        all_cores.as_secs_f64() * 1e3
    );

    let soffice =
        ["soffice", "libreoffice"].into_iter().find(|s| Command::new(s).arg("--version").output().is_ok_and(|o| o.status.success()));
    let Some(soffice) = soffice else {
        println!("LibreOffice is not installed (Debian: libreoffice-writer); no comparison");
        return;
    };
    let docx: Vec<String> = ["01-dprd-letter", "02-plan", "03-action-plan", "04-loi"]
        .iter()
        .map(|s| out.join(format!("{s}.docx")).display().to_string())
        .collect();
    let profile = format!("-env:UserInstallation=file://{}", tmp.path().join("lo-profile").display());
    let lo_out = tmp.path().join("lo");
    // One LibreOffice process converts the four files: the fairest case for it.
    let (theirs, theirs_kib) = runs(3, || {
        let mut c = Command::new(soffice);
        c.arg(&profile).args(["--headless", "--convert-to", "pdf", "--outdir"]).arg(&lo_out).args(&docx);
        c
    });
    println!(
        "{soffice} --headless --convert-to pdf, the same 4 DOCX files in one process (PDF only, no merge): {:.0} ms, peak memory {:.1} MB",
        theirs.as_secs_f64() * 1e3,
        theirs_kib as f64 / 1024.0
    );
    println!("naskah is {:.1} times faster than one LibreOffice process for the four files", theirs.as_secs_f64() / ours.as_secs_f64());
    // What a clerk's script does: one conversion per file.
    let (per_file, per_file_kib) = runs(2, || {
        let script = docx
            .iter()
            .map(|f| format!("{soffice} '{profile}' --headless --convert-to pdf --outdir '{}' '{f}' || exit 1", lo_out.display()))
            .collect::<Vec<_>>()
            .join("\n");
        let mut c = Command::new("sh");
        c.args(["-c", &script]);
        c
    });
    println!(
        "{soffice} --headless --convert-to pdf, one process per file: {:.0} ms, peak memory {:.1} MB",
        per_file.as_secs_f64() * 1e3,
        per_file_kib as f64 / 1024.0
    );
    println!("naskah is {:.1} times faster than one LibreOffice process per file", per_file.as_secs_f64() / ours.as_secs_f64());
}
