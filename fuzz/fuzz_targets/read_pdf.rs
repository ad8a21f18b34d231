//! cargo-fuzz target (nightly): `cargo +nightly fuzz run read_pdf` from the repository root.
//! The input is given the pdf signature so that the pdf reader is the one exercised.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut bytes = b"%PDF-".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(doc) = naskah::read::read_unguarded(&bytes) {
        let _ = naskah::check::check(&doc, None);
    }
});
